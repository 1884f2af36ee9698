// `sync generate`: drafts whole provider files from the public catalogs, for a person to review.
//
// Inputs (any of them; each is read as served, with the date it was captured):
// - models.dev api.json: a provider's own entries (first-party prices, specs, dates) and the host providers that sell
//   open-weight models (togetherai, fireworks-ai, groq, deepinfra, cerebras, amazon-bedrock, azure, google-vertex…);
// - OpenRouter's /api/v1/models listing: every vendor's models, OpenRouter's own price (a route), ":free" endpoints;
// - the LMArena + OpenRouter leaderboard file: newer OpenRouter prices and models listed after the other two.
//
// Each model is reconciled against the newest source that has it: the figures of an older source are the first price
// period, and a newer source's different price becomes a dated entry (never an overwrite). A figure no source publishes
// stays absent. $0 endpoints are marked `free`, never priced. Non-chat models (image, embedding, speech, rerank,
// moderation) go to the file's `outOfScope` list.
//
// The result is one readable YAML file per provider. An existing file is never rewritten: models already in it are
// kept exactly as they are (hand edits and comments included) and only models it lacks are proposed, so running the
// command again adds nothing.
import { basename } from 'node:path';
import { addYears, format, parseISO } from 'date-fns';
import { Document, isMap, isScalar, isSeq, parse, parseDocument, visit, type YAMLMap, type YAMLSeq } from 'yaml';
import { outOfScopeKind } from '../catalog/out-of-scope.ts';
import { normalizeName } from '../catalog/normalize.ts';
import type { Capability, Modality, OutOfScopeModel } from '../catalog/schema.ts';
import { catalogId, perMillion, perMillionFromPerToken } from './types.ts';
import { HOSTS, type ProviderSpec } from './provider-specs.ts';

// ---------------------------------------------------------------------------------------------------------------
// What to generate

// ---------------------------------------------------------------------------------------------------------------
// The documents, as far as the generator reads them

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** A source document with the label and date it is cited by. */
export interface SourceDoc {
  data: unknown;
  /** Where it was read (a file name), shown in `via`. */
  file: string;
  /** The date the figures were captured (YYYY-MM-DD). */
  checked: string;
}

export interface GenerateInputs {
  modelsdev?: SourceDoc;
  openrouter?: SourceDoc;
  arena?: SourceDoc;
}

/** The capture date of a file: the date in its name (…2026-08-18.json), else `fallback`. */
export function dateOfFile(path: string, fallback: string): string {
  return /(\d{4}-\d{2}-\d{2})/.exec(basename(path))?.[1] ?? fallback;
}

// ---------------------------------------------------------------------------------------------------------------
// Names

/** Words that say how a host packs a model, not which model it is. */
const NOISE = new Set(['instruct', 'fp8', 'fp16', 'bf16', 'fp4', 'int4', 'int8', 'maas', 'basic', 'hf', 'v1', '0', 'awq', 'gguf', 'tput']);
const VENDOR_WORDS = new Set([
  'meta',
  'metallama',
  'amazon',
  'qwen',
  'alibaba',
  'moonshotai',
  'zai',
  'zhipuai',
  'minimax',
  'xiaomi',
  'cohere',
  'nvidia',
  'microsoft',
  'mistralai',
  'deepseek',
  'deepseekai',
  'openai',
  'google',
  'ibm',
  'accounts',
  'fireworks',
  'models',
]);

/** A key two catalogs' ids for the same model share: "meta.llama4-maverick-17b-instruct-v1:0" ≈ "Llama-4-Maverick-17B-128E-Instruct-FP8". */
export function matchKey(id: string): string {
  let text = id.toLowerCase().trim();
  text = text.slice(text.lastIndexOf('/') + 1);
  text = text.replace(/^(us|eu|apac|global|jp|au)\./, '').replace(/^[a-z-]+\.(?=[a-z])/, '');
  text = text.replace(/:(free|batch|\d+)$/, '');
  const words = text.split(/[-_.:\s]+/).filter((w) => w !== '' && !NOISE.has(w) && !/^\d+e$/.test(w));
  while (words.length > 1 && VENDOR_WORDS.has(words[0] as string)) words.shift();
  return words.join('');
}

function familyOf(id: string, given?: string): string {
  if (given) return given;
  const first = id.split(/[-_]/)[0] ?? id;
  return first.replace(/[\d.]+[a-z]?$/, '') || first;
}

function orName(name: string): string {
  return name.replace(/^[^:]{1,40}:\s+/, '').replace(/\s*\(free\)$/i, '');
}

// ---------------------------------------------------------------------------------------------------------------
// Scope

type OutKind = OutOfScopeModel['kind'];

// ---------------------------------------------------------------------------------------------------------------
// The draft of one model

export interface DraftPrice {
  from: string;
  input: number;
  cachedInput?: number;
  cacheWrite5m?: number;
  output: number;
  tiers?: { above: number; inclusive?: boolean; input: number; cachedInput?: number; output: number }[];
  note?: string;
  host?: string;
  free?: true;
  source: { url: string; via: string };
  checked: string;
}

export interface DraftRoute {
  platform: string;
  id: string;
  input?: number;
  cachedInput?: number;
  output?: number;
  free?: true;
  source: { url: string; via: string };
  checked: string;
}

interface Draft {
  id: string;
  name: string;
  family: string;
  released?: string;
  knowledgeCutoff?: string;
  status: 'active' | 'preview' | 'deprecated';
  retires?: string;
  contextWindow?: number;
  maxOutput?: number;
  input: Set<Modality>;
  output: Set<Modality>;
  capabilities: Partial<Record<Capability, boolean>>;
  license?: string;
  openWeights?: boolean;
  pricing: DraftPrice[];
  routes: DraftRoute[];
  /** Where the specs were read. */
  spec?: { url: string; via: string; checked: string };
  keys: Set<string>;
  /** Other ids people type for it (OpenRouter's, when it differs from the provider's). */
  aliases: string[];
  /** Where each figure came from, for the comment above the model. */
  notes: string[];
  orId?: string;
}

const MODALITY: Record<string, Modality> = { text: 'text', image: 'image', audio: 'audio', video: 'video', pdf: 'pdf', file: 'pdf' };
const modalities = (list: unknown): Modality[] => (Array.isArray(list) ? list.flatMap((m) => (typeof m === 'string' && MODALITY[m] ? [MODALITY[m] as Modality] : [])) : []);

function via(doc: SourceDoc, label: string): string {
  return `${label} (${doc.file}, ${doc.checked})`;
}

const dateOf = (unix: unknown): string | undefined => (num(unix) !== undefined ? new Date((unix as number) * 1000).toISOString().slice(0, 10) : undefined);
const isoDate = (v: unknown): string | undefined => {
  const s = str(v);
  return s && /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
};
const monthOrDate = (v: unknown): string | undefined => {
  const s = str(v);
  return s && /^\d{4}-\d{2}(-\d{2})?$/.test(s) ? s : undefined;
};

/** models.dev `cost` → a price (USD per 1M), or undefined without input and output. */
function mdPrice(cost: unknown, where: string): Omit<DraftPrice, 'from' | 'source' | 'checked'> | undefined {
  if (!isObj(cost)) return undefined;
  const input = num(cost.input);
  const output = num(cost.output);
  if (input === undefined || output === undefined) return undefined;
  const p: Omit<DraftPrice, 'from' | 'source' | 'checked'> = { input: perMillion(input, `${where}.input`), output: perMillion(output, `${where}.output`) };
  const cached = num(cost.cache_read);
  if (cached !== undefined && cached <= input) p.cachedInput = perMillion(cached, `${where}.cache_read`);
  const write = num(cost.cache_write);
  if (write !== undefined && write > 0) p.cacheWrite5m = perMillion(write, `${where}.cache_write`);
  const tiers = Array.isArray(cost.tiers) ? cost.tiers : [];
  const drafted = tiers.flatMap((t, i) => {
    if (!isObj(t) || !isObj(t.tier) || num(t.tier.size) === undefined || num(t.input) === undefined || num(t.output) === undefined) return [];
    const tier = {
      above: t.tier.size as number,
      input: perMillion(t.input, `${where}.tiers[${i}].input`),
      output: perMillion(t.output, `${where}.tiers[${i}].output`),
    } as NonNullable<DraftPrice['tiers']>[number];
    if (num(t.cache_read) !== undefined) tier.cachedInput = perMillion(t.cache_read, `${where}.tiers[${i}].cache_read`);
    return [tier];
  });
  if (drafted.length > 0) p.tiers = drafted;
  if (p.input === 0 && p.output === 0) p.free = true;
  return p;
}

/** OpenRouter `pricing` (USD per token, as strings) → a price, or undefined without prompt and completion. */
function orPrice(pricing: unknown, where: string): Omit<DraftPrice, 'from' | 'source' | 'checked'> | undefined {
  if (!isObj(pricing) || pricing.prompt === undefined || pricing.completion === undefined) return undefined;
  const input = perMillionFromPerToken(pricing.prompt, `${where}.prompt`);
  const output = perMillionFromPerToken(pricing.completion, `${where}.completion`);
  if (input < 0 || output < 0) return undefined;
  const p: Omit<DraftPrice, 'from' | 'source' | 'checked'> = { input, output };
  if (pricing.input_cache_read !== undefined) {
    const cached = perMillionFromPerToken(pricing.input_cache_read, `${where}.input_cache_read`);
    if (cached <= input) p.cachedInput = cached;
  }
  const overrides = Array.isArray(pricing.overrides) ? pricing.overrides : [];
  const tiers = overrides.flatMap((o, i) => {
    if (!isObj(o) || num(o.min_prompt_tokens) === undefined || o.prompt === undefined || o.completion === undefined) return [];
    // OpenRouter applies an override from min_prompt_tokens on: the threshold itself is inside the tier.
    const tier = {
      above: o.min_prompt_tokens as number,
      inclusive: true,
      input: perMillionFromPerToken(o.prompt, `${where}.overrides[${i}].prompt`),
      output: perMillionFromPerToken(o.completion, `${where}.overrides[${i}].completion`),
    } as NonNullable<DraftPrice['tiers']>[number];
    if (o.input_cache_read !== undefined) tier.cachedInput = perMillionFromPerToken(o.input_cache_read, `${where}.overrides[${i}].input_cache_read`);
    return [tier];
  });
  if (tiers.length > 0 && !overrides.some((o) => isObj(o) && o.min_prompt_tokens === undefined)) p.tiers = tiers;
  if (input === 0 && output === 0) p.free = true;
  return p;
}

const samePrices = (a: { input?: number; output?: number }, b: { input?: number; output?: number }) => a.input === b.input && a.output === b.output;

// ---------------------------------------------------------------------------------------------------------------
// Generating one provider

export interface GeneratedProvider {
  spec: ProviderSpec;
  models: Draft[];
  outOfScope: OutOfScopeModel[];
  /** Source entries not turned into a model, with why. */
  skipped: { id: string; reason: string }[];
}

export interface Taken {
  /** Model ids already in the catalog (any provider). */
  ids: Set<string>;
  /** Normalised names already claimed in the catalog. */
  names: Set<string>;
}

export function generateProvider(spec: ProviderSpec, inputs: GenerateInputs, taken: Taken): GeneratedProvider {
  const drafts: Draft[] = [];
  const byKey = new Map<string, Draft>();
  const outOfScope = new Map<string, OutKind>();
  const skipped: { id: string; reason: string }[] = [];
  const index = (d: Draft, key: string) => {
    if (key === '' || byKey.has(key)) return;
    d.keys.add(key);
    byKey.set(key, d);
  };
  const find = (...ids: (string | undefined)[]) => ids.map((i) => (i ? byKey.get(matchKey(i)) : undefined)).find((d) => d !== undefined);
  const newDraft = (id: string, name: string): Draft => {
    const d: Draft = {
      id,
      name,
      family: familyOf(id),
      status: 'active',
      input: new Set(),
      output: new Set(),
      capabilities: {},
      pricing: [],
      routes: [],
      keys: new Set(),
      aliases: [],
      notes: [],
    };
    drafts.push(d);
    index(d, matchKey(id));
    return d;
  };

  // 1. The provider's own API (models.dev): first-party prices and specs.
  const md = inputs.modelsdev;
  if (md && isObj(md.data)) {
    for (const key of spec.modelsdev) {
      const provider = md.data[key];
      if (!isObj(provider) || !isObj(provider.models)) continue;
      for (const [rawId, m] of Object.entries(provider.models)) {
        if (!isObj(m)) continue;
        const id = catalogId(str(m.id) ?? rawId);
        if (spec.ownIds && !spec.ownIds.test(id)) continue;
        if (/^(cerebras|groq)-/.test(id)) continue; // another host's endpoint listed under the provider
        const outputs = isObj(m.modalities) && Array.isArray(m.modalities.output) ? (m.modalities.output as string[]) : ['text'];
        const kind = outOfScopeKind(id, outputs);
        if (kind) {
          outOfScope.set(id, kind);
          continue;
        }
        const d = find(id) ?? newDraft(id, str(m.name) ?? id);
        if (!/\s/.test(d.name)) d.name = id; // a name that is only the id spelled differently
        d.family = familyOf(d.id, str(m.family));
        fillFromModelsdev(d, m, md, spec);
        const price = mdPrice(m.cost, `models.dev ${key}.${rawId}.cost`);
        if (price && !price.free) {
          d.pricing.push({ from: d.released ?? md.checked, ...price, source: { url: spec.pricingUrl, via: via(md, 'models.dev api.json') }, checked: md.checked });
          d.notes.push(`first-party price and specs: models.dev ${key}`);
        } else if (price?.free) {
          d.notes.push(`models.dev ${key} lists it at $0 (not a price)`);
        }
      }
    }
  }

  // 2. OpenRouter's listing: every model of the vendor, OpenRouter's price, ":free" endpoints.
  const or = inputs.openrouter;
  const orData = or && isObj(or.data) && Array.isArray(or.data.data) ? (or.data.data as unknown[]) : [];
  const orEntries = orData.filter(isObj).filter((e) => typeof e.id === 'string' && spec.openrouter.includes((e.id as string).split('/')[0] as string));
  // Base ids first, so a ":free" endpoint finds its model.
  orEntries.sort((a, b) => Number(String(a.id).includes(':')) - Number(String(b.id).includes(':')));
  for (const e of orEntries) {
    if (!or) break;
    const orId = e.id as string;
    if (orId.endsWith(':batch') || orId.includes(':peft')) continue;
    const arch = isObj(e.architecture) ? e.architecture : {};
    const outputs = Array.isArray(arch.output_modalities) ? (arch.output_modalities as string[]) : ['text'];
    const id = catalogId(orId);
    const kind = outOfScopeKind(id, outputs);
    if (kind) {
      outOfScope.set(id, kind);
      continue;
    }
    const free = orId.endsWith(':free');
    const slug = str(e.canonical_slug);
    const hf = str(e.hugging_face_id);
    let d = find(orId, slug, hf);
    const price = orPrice(e.pricing, `OpenRouter ${orId}.pricing`);
    const source = { url: `https://openrouter.ai/${orId.replace(/:free$/, '')}`, via: via(or, 'OpenRouter /api/v1/models') };
    if (free) {
      if (!d) d = newDraft(id, orName(str(e.name) ?? id));
      fillFromOpenRouter(d, e, or);
      d.routes.push({ platform: 'openrouter', id: orId, free: true, source: { ...source, url: `https://openrouter.ai/${orId}` }, checked: or.checked });
      continue;
    }
    if (!d) d = newDraft(id, orName(str(e.name) ?? id));
    else if (d.name === d.id && str(e.name)) d.name = orName(str(e.name) as string);
    d.orId = orId;
    if (catalogId(orId) !== d.id && !d.aliases.includes(catalogId(orId))) d.aliases.push(catalogId(orId));
    for (const k of [slug, hf]) if (k) index(d, matchKey(k));
    fillFromOpenRouter(d, e, or);
    if (!price) continue;
    if (price.free) {
      d.routes.push({ platform: 'openrouter', id: orId, free: true, source, checked: or.checked });
    } else if (d.pricing.length === 0) {
      d.pricing.push({ from: d.released ?? or.checked, ...price, host: 'openrouter', source, checked: or.checked });
      d.routes.push({ platform: 'openrouter', id: orId, source, checked: or.checked });
      d.notes.push(`no first-party price in the sources: priced at OpenRouter's listing`);
    } else {
      const own = d.pricing[0] as DraftPrice;
      const route: DraftRoute = { platform: 'openrouter', id: orId, source, checked: or.checked };
      if (!samePrices(own, price))
        Object.assign(route, { input: price.input, ...(price.cachedInput !== undefined ? { cachedInput: price.cachedInput } : {}), output: price.output });
      d.routes.push(route);
    }
  }

  // 3. Hosts (models.dev host providers): each host's own price for the same model.
  if (md && isObj(md.data)) {
    for (const [hostKey, platform] of Object.entries(HOSTS)) {
      const host = md.data[hostKey];
      if (!isObj(host) || !isObj(host.models)) continue;
      const url = str(host.doc) ?? `https://models.dev/${hostKey}`;
      for (const [rawId, m] of Object.entries(host.models)) {
        if (!isObj(m)) continue;
        const d = byKey.get(matchKey(rawId));
        if (!d || d.routes.some((r) => r.platform === platform)) continue;
        const route = hostRoute(m, rawId, hostKey, platform, url, md);
        if (!route) continue;
        d.routes.push(route);
        if (d.contextWindow === undefined && num(isObj(m.limit) ? m.limit.context : undefined)) fillFromModelsdev(d, m, md, spec, url);
      }
    }
  }

  // 4. The newest source: OpenRouter prices as of the leaderboard's date, and models listed since.
  const arena = inputs.arena;
  const arenaModels = arena && isObj(arena.data) && Array.isArray(arena.data.models) ? (arena.data.models as unknown[]).filter(isObj) : [];
  for (const a of arenaModels) {
    if (!arena) break;
    const orId = str(a.id);
    if (!orId || !spec.openrouter.includes(orId.split('/')[0] as string)) continue;
    const input = num(a.price_in);
    const output = num(a.price_out);
    const source = { url: `https://openrouter.ai/${orId}`, via: via(arena, 'LMArena leaderboard with OpenRouter prices') };
    let d = find(orId);
    if (!d) {
      const context = num(a.context_length);
      if (input === undefined || output === undefined || context === undefined) {
        skipped.push({ id: orId, reason: 'listed on the leaderboard without a price or a context window' });
        continue;
      }
      d = newDraft(catalogId(orId), str(a.display_name) ?? catalogId(orId));
      d.released = isoDate(a.listed_at_iso);
      d.contextWindow = context;
      // The leaderboard is LMArena's text arena: text in, text out is what it establishes.
      d.input.add('text');
      d.output.add('text');
      d.spec = { url: `https://openrouter.ai/${orId}`, ...{ via: source.via }, checked: arena.checked };
      d.orId = orId;
      d.notes.push('listed after the August snapshots: specs and price from the October leaderboard file only');
    }
    if (str(a.license) && d.license === undefined) d.license = str(a.license);
    if (typeof a.open_weights === 'boolean' && d.openWeights === undefined) d.openWeights = a.open_weights;
    if (input === undefined || output === undefined) continue;
    const price = { input: perMillion(input, `${orId}.price_in`), output: perMillion(output, `${orId}.price_out`) };
    const first = d.pricing[0];
    const last = d.pricing[d.pricing.length - 1];
    const hostedAtOpenRouter = first === undefined || first.host === 'openrouter';
    if (hostedAtOpenRouter) {
      if (price.input === 0 && price.output === 0) continue;
      if (last === undefined) {
        d.pricing.push({ from: d.released ?? arena.checked, ...price, host: 'openrouter', source, checked: arena.checked });
        d.routes.push({ platform: 'openrouter', id: orId, source, checked: arena.checked });
      } else if (!samePrices(last, price)) {
        if (last.from >= arena.checked) continue;
        d.pricing.push({
          from: arena.checked,
          ...price,
          host: 'openrouter',
          note: `OpenRouter's price on ${arena.checked}; the day it changed is not in the sources`,
          source,
          checked: arena.checked,
        });
        d.notes.push(`OpenRouter moved the price between ${last.checked} and ${arena.checked}`);
      } else {
        last.checked = arena.checked;
        last.source = source;
      }
    } else {
      const route = d.routes.find((r) => r.platform === 'openrouter' && !r.free);
      if (route) {
        Object.assign(route, { source, checked: arena.checked });
        delete route.cachedInput;
        if (samePrices(first, price)) {
          delete route.input;
          delete route.output;
        } else Object.assign(route, price);
      } else if (!(price.input === 0 && price.output === 0)) {
        d.routes.push({ platform: 'openrouter', id: orId, ...(samePrices(first, price) ? {} : price), source, checked: arena.checked });
      }
    }
  }

  // 5. What cannot become a model: no price anywhere, or no context window.
  const models: Draft[] = [];
  for (const d of drafts) {
    if (taken.ids.has(d.id)) {
      skipped.push({ id: d.id, reason: 'already in the catalog' });
      continue;
    }
    if (d.contextWindow === undefined) {
      skipped.push({ id: d.id, reason: 'no context window in the sources' });
      continue;
    }
    if (d.pricing.length === 0) {
      const paid = d.routes
        .filter((r) => !r.free && r.input !== undefined && r.output !== undefined)
        .sort((a, b) => (a.input as number) + (a.output as number) - ((b.input as number) + (b.output as number)))[0];
      const freeRoute = d.routes.find((r) => r.free);
      if (paid) {
        d.pricing.push({
          from: d.released ?? paid.checked,
          input: paid.input as number,
          ...(paid.cachedInput !== undefined ? { cachedInput: paid.cachedInput } : {}),
          output: paid.output as number,
          host: paid.platform,
          source: paid.source,
          checked: paid.checked,
        });
        d.notes.push(`no first-party or OpenRouter price: priced at the cheapest host (${paid.platform})`);
      } else if (freeRoute) {
        d.pricing.push({ from: d.released ?? freeRoute.checked, input: 0, output: 0, host: 'openrouter', free: true, source: freeRoute.source, checked: freeRoute.checked });
        d.notes.push('only a free, rate-limited endpoint in the sources');
      } else {
        skipped.push({ id: d.id, reason: 'no price in the sources' });
        continue;
      }
    }
    d.pricing.sort((a, b) => a.from.localeCompare(b.from));
    // Two periods cannot start on the same day; the later source's figure wins.
    d.pricing = d.pricing.filter((p, i, all) => all[i + 1]?.from !== p.from);
    // Names: a name another model already answers to is left out (the id still resolves).
    let name = d.name;
    if (taken.names.has(normalizeName(name))) name = d.id;
    if (taken.names.has(normalizeName(name)) || taken.names.has(normalizeName(d.id))) {
      skipped.push({ id: d.id, reason: 'its name or id is already taken in the catalog' });
      continue;
    }
    d.name = name;
    d.aliases = d.aliases.filter((a) => !taken.names.has(normalizeName(a)) && normalizeName(a) !== normalizeName(name) && normalizeName(a) !== normalizeName(d.id));
    for (const a of d.aliases) taken.names.add(normalizeName(a));
    taken.names.add(normalizeName(name));
    taken.names.add(normalizeName(d.id));
    for (const r of d.routes) taken.names.add(normalizeName(r.id));
    taken.ids.add(d.id);
    models.push(d);
  }
  return { spec, models, outOfScope: [...outOfScope].filter(([id]) => !models.some((m) => m.id === id)).map(([id, kind]) => ({ id, kind })), skipped };
}

function fillFromModelsdev(d: Draft, m: Obj, md: SourceDoc, spec: ProviderSpec, url = spec.pricingUrl): void {
  d.released ??= isoDate(m.release_date);
  d.knowledgeCutoff ??= monthOrDate(m.knowledge);
  const limit = isObj(m.limit) ? m.limit : {};
  d.contextWindow ??= num(limit.context);
  const out = num(limit.output);
  if (d.maxOutput === undefined && out !== undefined && d.contextWindow !== undefined && out < d.contextWindow) d.maxOutput = out;
  if (isObj(m.modalities)) {
    if (d.input.size === 0) for (const x of modalities(m.modalities.input)) d.input.add(x);
    if (d.output.size === 0) for (const x of modalities(m.modalities.output)) d.output.add(x);
  }
  if (typeof m.reasoning === 'boolean') d.capabilities.reasoning ??= m.reasoning;
  if (typeof m.tool_call === 'boolean') {
    d.capabilities['function-calling'] ??= m.tool_call;
    d.capabilities['tool-use'] ??= m.tool_call;
  }
  if (m.structured_output === true) d.capabilities['structured-outputs'] ??= true;
  if (typeof m.open_weights === 'boolean') d.openWeights ??= m.open_weights;
  if (m.status === 'deprecated') d.status = 'deprecated';
  else if (m.status === 'beta' || m.status === 'alpha' || /preview/.test(d.id)) d.status = 'preview';
  d.spec ??= { url, via: via(md, 'models.dev api.json'), checked: md.checked };
}

function fillFromOpenRouter(d: Draft, e: Obj, or: SourceDoc): void {
  d.released ??= dateOf(e.created);
  d.knowledgeCutoff ??= monthOrDate(e.knowledge_cutoff);
  d.contextWindow ??= num(e.context_length);
  const top = isObj(e.top_provider) ? e.top_provider : {};
  const out = num(top.max_completion_tokens);
  if (d.maxOutput === undefined && out !== undefined && d.contextWindow !== undefined && out < d.contextWindow) d.maxOutput = out;
  const arch = isObj(e.architecture) ? e.architecture : {};
  if (d.input.size === 0) for (const x of modalities(arch.input_modalities)) d.input.add(x);
  if (d.output.size === 0) for (const x of modalities(arch.output_modalities)) d.output.add(x);
  const params = Array.isArray(e.supported_parameters) ? (e.supported_parameters as string[]) : [];
  if (params.includes('tools')) {
    d.capabilities['function-calling'] ??= true;
    d.capabilities['tool-use'] ??= true;
  }
  if (params.includes('structured_outputs')) d.capabilities['structured-outputs'] ??= true;
  if (params.includes('reasoning') || params.includes('include_reasoning')) d.capabilities.reasoning ??= true;
  if (str(e.hugging_face_id)) d.openWeights ??= true;
  const expires = isoDate(e.expiration_date);
  // A date decades out (OpenRouter lists 2098-12-31 for some models) is a placeholder, not an announced retirement.
  if (expires && expires <= format(addYears(parseISO(or.checked), 10), 'yyyy-MM-dd')) {
    d.retires ??= expires;
    d.status = 'deprecated';
  }
  d.spec ??= { url: `https://openrouter.ai/${String(e.id).replace(/:free$/, '')}`, via: via(or, 'OpenRouter /api/v1/models'), checked: or.checked };
}

// ---------------------------------------------------------------------------------------------------------------
// YAML

/** The model as the catalog writes it, keys in the schema's order. */
function modelObject(d: Draft): Obj {
  const input = [...d.input];
  const output = [...d.output];
  if (input.length === 0) input.push('text');
  if (output.length === 0) output.push('text');
  const caps: Obj = {};
  if (input.includes('image')) caps.vision = true;
  for (const c of ['reasoning', 'function-calling', 'tool-use', 'structured-outputs'] as Capability[]) if (d.capabilities[c] !== undefined) caps[c] = d.capabilities[c];
  if (d.pricing.some((p) => p.cachedInput !== undefined)) caps['prompt-caching'] = true;
  const spec = d.spec as NonNullable<Draft['spec']>;
  return {
    id: d.id,
    name: d.name,
    ...(d.aliases.length > 0 ? { aliases: d.aliases } : {}),
    family: d.family,
    ...(d.released ? { released: d.released } : {}),
    ...(d.knowledgeCutoff ? { knowledgeCutoff: d.knowledgeCutoff } : {}),
    status: d.status,
    ...(d.retires ? { retires: d.retires } : {}),
    contextWindow: d.contextWindow,
    ...(d.maxOutput ? { maxOutput: d.maxOutput } : {}),
    modalities: { input, output },
    ...(Object.keys(caps).length > 0 ? { capabilities: caps } : {}),
    license: d.license ?? (d.openWeights ? 'open weights (license not recorded)' : 'proprietary'),
    openWeights: d.openWeights ?? false,
    pricing: d.pricing.map((p) => ({
      from: p.from,
      input: p.input,
      ...(p.cachedInput !== undefined ? { cachedInput: p.cachedInput } : {}),
      ...(p.cacheWrite5m !== undefined ? { cacheWrite5m: p.cacheWrite5m } : {}),
      output: p.output,
      ...(p.tiers
        ? {
            tiers: p.tiers.map((t) => ({
              above: t.above,
              ...(t.inclusive ? { inclusive: true } : {}),
              input: t.input,
              ...(t.cachedInput !== undefined ? { cachedInput: t.cachedInput } : {}),
              output: t.output,
            })),
          }
        : {}),
      ...(p.note ? { note: p.note } : {}),
      ...(p.host ? { host: p.host } : {}),
      ...(p.free ? { free: true } : {}),
      source: p.source,
      checked: p.checked,
    })),
    ...(d.routes.length > 0
      ? {
          routes: d.routes.map((r) => ({
            platform: r.platform,
            id: r.id,
            ...(r.input !== undefined ? { input: r.input } : {}),
            ...(r.cachedInput !== undefined ? { cachedInput: r.cachedInput } : {}),
            ...(r.output !== undefined ? { output: r.output } : {}),
            ...(r.free ? { free: true } : {}),
            source: r.source,
            checked: r.checked,
          })),
        }
      : {}),
    specSource: { url: spec.url, via: spec.via },
    specChecked: spec.checked,
  };
}

const TO_STRING = { lineWidth: 0, flowCollectionPadding: false } as const;

/** Lists of scalars print on one line ([text, image]); everything else in block style. */
function flowScalars(doc: Document): void {
  visit(doc, {
    Seq(_key, node) {
      if (node.items.every((i) => isScalar(i))) node.flow = true;
    },
  });
}

const HEADER = (g: GeneratedProvider, sources: string[]) =>
  [
    ` ${g.spec.name} models.`,
    ` Generated by \`modelscout sync generate\` from: ${sources.join('; ')}.`,
    ' Review before committing. Edits by hand are kept: the generator only adds models a file does not have.',
    " Prices are USD per 1M tokens. A price period with `host` is that host's price (the provider sells no API of its own in",
    " the sources); `free: true` marks a free or rate-limited endpoint, which is not a price. Routes carry each host's own",
    ' price. A figure no source publishes is left out.',
  ].join('\n');

function modelNode(doc: Document, d: Draft) {
  const node = doc.createNode(modelObject(d), { aliasDuplicateObjects: false }) as YAMLMap;
  const notes = [...new Set(d.notes)];
  if (notes.length > 0) node.commentBefore = notes.map((n) => ` ${n}`).join('\n');
  return node;
}

/** A whole new provider file. */
export function providerYaml(g: GeneratedProvider, sources: string[]): string {
  const doc = new Document({
    provider: {
      id: g.spec.id,
      name: g.spec.name,
      website: g.spec.website,
      pricingUrl: g.spec.pricingUrl,
      ...(g.spec.country ? { country: { code: g.spec.country.code, source: { url: g.spec.website }, checked: g.spec.country.checked } } : {}),
      prefixes: g.spec.prefixes,
    },
    models: [],
    ...(g.outOfScope.length > 0 ? { outOfScope: g.outOfScope } : {}),
  });
  doc.commentBefore = HEADER(g, sources);
  const models = doc.get('models') as YAMLSeq;
  for (const d of g.models) models.items.push(modelNode(doc, d));
  flowScalars(doc);
  return doc.toString(TO_STRING);
}

/**
 * An existing provider file with the generated models it lacks appended, every other byte unchanged: the new models'
 * text is spliced in after the file's last model. Returns undefined when there is nothing to add.
 */
export function appendToProviderYaml(existing: string, g: GeneratedProvider): string | undefined {
  const parsed = parseDocument(existing);
  const models = parsed.get('models');
  if (!isSeq(models)) throw new Error('the file has no models list');
  const have = new Set(models.items.flatMap((i) => (isMap(i) ? [String(i.get('id'))] : [])));
  const add = g.models.filter((d) => !have.has(d.id));
  if (add.length === 0) return undefined;
  const doc = new Document({ models: [] });
  const seq = doc.get('models') as YAMLSeq;
  for (const d of add) seq.items.push(modelNode(doc, d));
  flowScalars(doc);
  const text = doc.toString(TO_STRING).replace(/^models:\n/, '');
  const end = (models.range as [number, number, number])[1];
  const before = existing.slice(0, end).replace(/\n*$/, '\n');
  return `${before}\n${text}${existing.slice(end).replace(/^\n*/, existing.slice(end).trim() === '' ? '' : '\n')}`;
}

/** The parsed YAML of a generated file (for checks and the round-trip test). */
export function readYaml(text: string): unknown {
  return parse(text);
}

// ---------------------------------------------------------------------------------------------------------------
// Host routes for models already in the catalog

/** A host's own price for a model, from its models.dev record; none where the host shows $0 ("not published" there, not a price). */
function hostRoute(m: Record<string, unknown>, rawId: string, hostKey: string, platform: string, url: string, md: SourceDoc): DraftRoute | undefined {
  const price = mdPrice(m.cost, `models.dev ${hostKey}.${rawId}.cost`);
  if (!price || price.free) return undefined;
  return {
    platform,
    id: str(m.id) ?? rawId,
    input: price.input,
    ...(price.cachedInput !== undefined ? { cachedInput: price.cachedInput } : {}),
    output: price.output,
    source: { url, via: via(md, `models.dev api.json, ${hostKey}`) },
    checked: md.checked,
  };
}

/** Each host's own price for an open-weight model, from models.dev's host providers, matched by `matchKey`. */
export function hostRoutesFor(ids: string[], md: SourceDoc): DraftRoute[] {
  if (!isObj(md.data)) return [];
  const keys = new Set(ids.map(matchKey));
  const routes: DraftRoute[] = [];
  for (const [hostKey, platform] of Object.entries(HOSTS)) {
    const host = md.data[hostKey];
    if (!isObj(host) || !isObj(host.models)) continue;
    const url = str(host.doc) ?? `https://models.dev/${hostKey}`;
    for (const [rawId, m] of Object.entries(host.models)) {
      if (!isObj(m) || !keys.has(matchKey(rawId)) || routes.some((r) => r.platform === platform)) continue;
      const route = hostRoute(m, rawId, hostKey, platform, url, md);
      if (route) routes.push(route);
    }
  }
  return routes;
}

/**
 * A provider file with host routes added to its open-weight models: after a model's last route (or as a new `routes`
 * list before `specSource`), for hosts the model has no route on yet. Every other byte stays. Undefined = nothing to add.
 */
export function appendHostRoutes(existing: string, md: SourceDoc): { text: string; added: { model: string; platform: string }[] } | undefined {
  const parsed = parseDocument(existing);
  const models = parsed.get('models');
  if (!isSeq(models)) return undefined;
  const inserts: [number, string][] = [];
  const added: { model: string; platform: string }[] = [];
  for (const item of models.items) {
    if (!isMap(item) || item.get('openWeights') !== true) continue;
    const id = String(item.get('id'));
    const routesNode = item.get('routes', true);
    const have = new Set(isSeq(routesNode) ? routesNode.items.flatMap((r) => (isMap(r) ? [String(r.get('platform'))] : [])) : []);
    const snapshots = item.get('snapshots', true) as unknown;
    const ids = [id, ...(isSeq(snapshots) ? snapshots.items.map((s) => String(isScalar(s) ? s.value : s)) : [])];
    const fresh = hostRoutesFor(ids, md).filter(
      (r) => !have.has(r.platform) && !(r.platform === 'bedrock' && have.has('amazon-bedrock')) && !(r.platform === 'vertex' && have.has('google-vertex')),
    );
    if (fresh.length === 0) continue;
    const doc = new Document({ routes: fresh.map((r) => ({ ...r })) }, { aliasDuplicateObjects: false });
    flowScalars(doc);
    const body = doc.toString(TO_STRING).replace(/^routes:\n/, '');
    const indent = (text: string, spaces: number) =>
      `${text
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => ' '.repeat(spaces) + l)
        .join('\n')}\n`;
    if (isSeq(routesNode)) {
      const end = (routesNode.range as [number, number, number])[1];
      const at = existing.lastIndexOf('\n', end - 1) + 1;
      inserts.push([at, indent(body, 4)]);
    } else {
      const spec = item.items.find((p) => isScalar(p.key) && p.key.value === 'specSource');
      if (!spec || !isScalar(spec.key)) continue;
      const at = existing.lastIndexOf('\n', (spec.key.range as [number, number, number])[0]) + 1;
      inserts.push([at, `    routes:\n${indent(body, 4)}`]);
    }
    for (const r of fresh) added.push({ model: id, platform: r.platform });
  }
  if (inserts.length === 0) return undefined;
  let text = existing;
  for (const [at, s] of inserts.sort((a, b) => b[0] - a[0])) text = text.slice(0, at) + s + text.slice(at);
  return { text, added };
}
