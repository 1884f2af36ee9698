// Link unfurls: which catalog model a pasted model or pricing page is about, and the answers its compact
// card is made of. A link is read only where its page names one model exactly (its id, a snapshot, the
// host's own route id) and the model belongs to that page's vendor; anything else unfurls nothing, so
// a card is never about the wrong model.
import type { ModelCard } from '../catalog/card.ts';
import { exactModel } from '../catalog/resolve.ts';
import type { Catalog, CatalogModel } from '../catalog/validate.ts';
import type { LanesAnswer } from '../lanes/best.ts';
import { handle } from './handle.ts';
import type { Ports, Where } from './ports.ts';

/** The domains the bot unfurls (the manifest's unfurl_domains list the same). */
export const UNFURL_DOMAINS = ['openrouter.ai', 'platform.openai.com', 'docs.anthropic.com', 'docs.claude.com', 'ai.google.dev', 'docs.x.ai', 'models.dev'] as const;

/** A vendor documentation site: the path before a model's id, and the provider whose models it documents. */
interface VendorSite {
  host: string;
  provider: string;
  /** Where the model's id sits: the path segment after this prefix, or the page's #fragment. */
  prefix: RegExp;
}

const VENDOR_SITES: VendorSite[] = [
  { host: 'platform.openai.com', provider: 'openai', prefix: /^\/docs\/models\/?/ },
  { host: 'docs.anthropic.com', provider: 'anthropic', prefix: /^(\/[a-z]{2}(-[A-Z]{2})?)?\/docs\/(about-claude\/)?models\/?/ },
  { host: 'docs.claude.com', provider: 'anthropic', prefix: /^(\/[a-z]{2}(-[A-Z]{2})?)?\/docs\/(about-claude\/)?models\/?/ },
  { host: 'ai.google.dev', provider: 'google', prefix: /^\/gemini-api\/docs\/models\/?/ },
  { host: 'docs.x.ai', provider: 'xai', prefix: /^\/docs\/models\/?/ },
];

/** The names a page could be about: the path segment after the prefix, then the #fragment. */
function candidates(url: URL, prefix: RegExp): string[] {
  const match = url.pathname.match(prefix);
  if (!match) return [];
  const rest = decodeURIComponent(url.pathname.slice(match[0].length)).split('/').filter(Boolean);
  const fragment = decodeURIComponent(url.hash.replace(/^#/, ''));
  return [...(rest.length === 1 ? rest : []), ...(fragment ? [fragment] : [])];
}

/** The model a name means exactly (never a partial match or a typo), if it is the given provider's. */
function exactFor(catalog: Catalog, name: string, provider: string): CatalogModel | undefined {
  const hit = exactModel(catalog, name);
  return hit && hit.matchedBy !== 'route' && hit.model.provider === provider ? hit.model : undefined;
}

/** openrouter.ai/<author>/<slug>: the model whose OpenRouter route has that id, or the author's own model of that id. */
function openRouterModel(catalog: Catalog, url: URL): CatalogModel | undefined {
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts.length !== 2) return undefined;
  const id = parts.map((p) => decodeURIComponent(p).toLowerCase()).join('/');
  const plain = id.replace(/:(free|beta|thinking|extended|nitro|floor|online)$/, '');
  const routed = catalog.models.find((m) => m.routes.some((r) => r.platform === 'openrouter' && r.id.toLowerCase() === plain));
  if (routed) return routed;
  const [author, slug] = plain.split('/') as [string, string];
  return exactFor(catalog, slug, author);
}

/** models.dev/<provider>/<model>: the provider's model of that id. */
function modelsDevModel(catalog: Catalog, url: URL): CatalogModel | undefined {
  const parts = url.pathname.split('/').filter(Boolean);
  if (parts.length !== 2) return undefined;
  const [provider, id] = parts.map((p) => decodeURIComponent(p).toLowerCase()) as [string, string];
  return exactFor(catalog, id, provider);
}

/** The catalog model a link is about, or undefined when it is not a model page the bot knows for certain. */
export function modelForUrl(catalog: Catalog, link: string): CatalogModel | undefined {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  if (host === 'openrouter.ai') return openRouterModel(catalog, url);
  if (host === 'models.dev') return modelsDevModel(catalog, url);
  const site = VENDOR_SITES.find((s) => s.host === host);
  if (!site) return undefined;
  for (const name of candidates(url, site.prefix)) {
    const model = exactFor(catalog, name, site.provider);
    if (model) return model;
  }
  return undefined;
}

export interface UnfurlAnswer {
  card: ModelCard;
  lanes: LanesAnswer;
}

/** The answers a link's compact card is made of (the model's card and its lane verdicts), through the one way in. */
export async function unfurlAnswer(ports: Ports, link: string, where: Where): Promise<UnfurlAnswer | undefined> {
  const model = modelForUrl(ports.catalog, link);
  if (!model) return undefined;
  const card = (await handle({ text: `/models model ${model.id}`, where }, ports)).answer;
  const lanes = (await handle({ text: `/models lanes ${model.id}`, where }, ports)).answer;
  if (card.kind !== 'model-card' || lanes.kind !== 'lanes') return undefined;
  return { card, lanes };
}
