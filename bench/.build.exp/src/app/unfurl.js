import { exactModel } from '../catalog/resolve.js';
import { handle } from './handle.js';
export const UNFURL_DOMAINS = ['openrouter.ai', 'platform.openai.com', 'docs.anthropic.com', 'docs.claude.com', 'ai.google.dev', 'docs.x.ai', 'models.dev'];
const VENDOR_SITES = [
    { host: 'platform.openai.com', provider: 'openai', prefix: /^\/docs\/models\/?/ },
    { host: 'docs.anthropic.com', provider: 'anthropic', prefix: /^(\/[a-z]{2}(-[A-Z]{2})?)?\/docs\/(about-claude\/)?models\/?/ },
    { host: 'docs.claude.com', provider: 'anthropic', prefix: /^(\/[a-z]{2}(-[A-Z]{2})?)?\/docs\/(about-claude\/)?models\/?/ },
    { host: 'ai.google.dev', provider: 'google', prefix: /^\/gemini-api\/docs\/models\/?/ },
    { host: 'docs.x.ai', provider: 'xai', prefix: /^\/docs\/models\/?/ },
];
function candidates(url, prefix) {
    const match = url.pathname.match(prefix);
    if (!match)
        return [];
    const rest = decodeURIComponent(url.pathname.slice(match[0].length)).split('/').filter(Boolean);
    const fragment = decodeURIComponent(url.hash.replace(/^#/, ''));
    return [...(rest.length === 1 ? rest : []), ...(fragment ? [fragment] : [])];
}
function exactFor(catalog, name, provider) {
    const hit = exactModel(catalog, name);
    return hit && hit.matchedBy !== 'route' && hit.model.provider === provider ? hit.model : undefined;
}
function openRouterModel(catalog, url) {
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts.length !== 2)
        return undefined;
    const id = parts.map((p) => decodeURIComponent(p).toLowerCase()).join('/');
    const plain = id.replace(/:(free|beta|thinking|extended|nitro|floor|online)$/, '');
    const routed = catalog.models.find((m) => m.routes.some((r) => r.platform === 'openrouter' && r.id.toLowerCase() === plain));
    if (routed)
        return routed;
    const [author, slug] = plain.split('/');
    return exactFor(catalog, slug, author);
}
function modelsDevModel(catalog, url) {
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts.length !== 2)
        return undefined;
    const [provider, id] = parts.map((p) => decodeURIComponent(p).toLowerCase());
    return exactFor(catalog, id, provider);
}
export function modelForUrl(catalog, link) {
    let url;
    try {
        url = new URL(link);
    }
    catch {
        return undefined;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        return undefined;
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    if (host === 'openrouter.ai')
        return openRouterModel(catalog, url);
    if (host === 'models.dev')
        return modelsDevModel(catalog, url);
    const site = VENDOR_SITES.find((s) => s.host === host);
    if (!site)
        return undefined;
    for (const name of candidates(url, site.prefix)) {
        const model = exactFor(catalog, name, site.provider);
        if (model)
            return model;
    }
    return undefined;
}
export async function unfurlAnswer(ports, link, where) {
    const model = modelForUrl(ports.catalog, link);
    if (!model)
        return undefined;
    const card = (await handle({ text: `/models model ${model.id}`, where }, ports)).answer;
    const lanes = (await handle({ text: `/models lanes ${model.id}`, where }, ports)).answer;
    if (card.kind !== 'model-card' || lanes.kind !== 'lanes')
        return undefined;
    return { card, lanes };
}
//# sourceMappingURL=unfurl.js.map