// New models: a model a source lists that the reviewed catalog lacks (the sync's `newModels`), recorded with what the
// source says about it, and the policy that decides when the answers list it.
//
// POLICY (quoted in the README)
//
// A source's listing of a new model is what its latest sync in the last 30 days said about it (prices and specs). A
// new model is accepted — listed in every answer as an overlay on the reviewed catalog — when two or more sources list
// it (the same provider and the same catalog id once vendor prefixes and variants are dropped) at the same input and
// output price. It is listed from the day the second source agreed. Its prices are the fields the agreeing sources
// give alike (a field only one of them publishes is left out: "not published"); its specs are read from models.dev
// first, then OpenRouter, then LiteLLM, each fact from the first source that gives it. A model needs a context window
// from some source to be listed. The reviewed catalog wins: a listing whose id or source id the reviewed catalog
// already resolves is dropped, so once `sync --write` or `sync generate` has written the model (and the catalog is
// reviewed), the reviewed entry is what answers read. A model the reviewed catalog names as out of scope, or whose id or
// sources say it is not a text model (image, speech, embedding…), is never listed.
import { subDays } from 'date-fns/subDays';
import { outOfScopeKind, outOfScopeModel } from '../catalog/out-of-scope.ts';
import { exactModel } from '../catalog/resolve.ts';
import type { Catalog } from '../catalog/validate.ts';
import type { ListingInput } from '../store/store.ts';
import type { FieldPrices, ModelFacts, SyncResult } from './types.ts';
import { samePrice } from './types.ts';

export const LISTING_LOOKBACK_DAYS = 30;

/** The order sources are read for specs: the richest first. */
const SPEC_ORDER = ['models.dev', 'openrouter', 'litellm'];
const ID = /^[a-z0-9][a-z0-9._:-]*$/;

/** A new model the policy accepts. */
export interface AcceptedListing {
  /** The catalog id it takes. */
  model: string;
  provider: string;
  /** The sources that agree, in the order specs are read from them. */
  sources: string[];
  /** Each agreeing source's id for it. */
  sourceIds: Record<string, string>;
  /** The day the second source agreed (YYYY-MM-DD): the model is listed from then. */
  date: string;
  /** The latest day an agreeing source confirmed it (YYYY-MM-DD). */
  checked: string;
  prices: FieldPrices;
  facts: ModelFacts;
  /** The source each spec was read from. */
  specFrom: string;
}

/** The store rows for a sync's new models, one per catalog id (the first id a source lists it under). */
export function listingInputs(result: Pick<SyncResult, 'source' | 'newModels' | 'fetchedAt'>): ListingInput[] {
  const seen = new Set<string>();
  const out: ListingInput[] = [];
  for (const m of result.newModels) {
    if (!ID.test(m.catalogId) || seen.has(m.catalogId)) continue;
    seen.add(m.catalogId);
    out.push({
      source: result.source,
      model: m.catalogId,
      provider: m.provider,
      sourceId: m.id,
      prices: m.prices as Record<string, number>,
      facts: m.facts as Record<string, unknown>,
      observedAt: result.fetchedAt,
    });
  }
  return out;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const sameOffer = (a: ListingInput, b: ListingInput) =>
  a.prices.input !== undefined && a.prices.output !== undefined && a.prices.input === b.prices.input && a.prices.output === b.prices.output;

/** Facts merged in SPEC_ORDER: each fact (and each capability) from the first source that gives it. */
function mergeFacts(rows: readonly ListingInput[]): { facts: ModelFacts; from: string } {
  const facts: ModelFacts = {};
  const capabilities: Record<string, boolean> = {};
  let from = rows[0]?.source ?? '';
  for (const r of rows) {
    const f = r.facts as ModelFacts;
    if (facts.contextWindow === undefined && f.contextWindow !== undefined) from = r.source;
    for (const [k, v] of Object.entries(f)) {
      if (k === 'capabilities' || v === undefined) continue;
      (facts as Record<string, unknown>)[k] ??= v;
    }
    for (const [k, v] of Object.entries(f.capabilities ?? {})) if (typeof v === 'boolean') capabilities[k] ??= v;
  }
  if (Object.keys(capabilities).length > 0) facts.capabilities = capabilities;
  return { facts, from };
}

/** The fields the agreeing sources give alike; a field fewer than two of them give is left out. */
function agreedPrices(rows: readonly ListingInput[]): FieldPrices {
  const prices: Record<string, number> = {};
  const fields = new Set(rows.flatMap((r) => Object.keys(r.prices)));
  for (const f of fields) {
    const values = rows.flatMap((r) => (r.prices[f] === undefined ? [] : [r.prices[f] as number]));
    if (values.length >= 2 && values.every((v) => samePrice(v, values[0] as number))) prices[f] = values[0] as number;
  }
  return prices as FieldPrices;
}

/** The new models the policy accepts at `now` from the recorded listings (see the policy above). */
export function acceptedListings(listings: readonly ListingInput[], reviewed: Catalog, options: { now: Date; lookbackDays?: number }): AcceptedListing[] {
  const from = subDays(options.now, options.lookbackDays ?? LISTING_LOOKBACK_DAYS);
  const inWindow = listings.filter((l) => l.observedAt >= from && l.observedAt <= options.now);
  // Each source's rows per model, oldest first.
  const byModel = new Map<string, Map<string, ListingInput[]>>();
  for (const l of [...inWindow].sort((a, b) => a.observedAt.getTime() - b.observedAt.getTime())) {
    const key = `${l.provider}\u0000${l.model}`;
    const sources = byModel.get(key) ?? new Map<string, ListingInput[]>();
    sources.set(l.source, [...(sources.get(l.source) ?? []), l]);
    byModel.set(key, sources);
  }
  const out: AcceptedListing[] = [];
  for (const [key, sources] of [...byModel].sort(([a], [b]) => a.localeCompare(b))) {
    const [provider, model] = key.split('\u0000') as [string, string];
    const latest = [...sources].map(([source, rows]) => ({ source, rows, last: rows[rows.length - 1] as ListingInput }));
    // The reviewed catalog wins: a model it already names is not listed again.
    if (exactModel(reviewed, model) || latest.some((s) => exactModel(reviewed, s.last.sourceId))) continue;
    // Nor one it names as out of scope (image, speech, embedding…), nor one whose sources say it writes no text.
    if (outOfScopeModel(reviewed, model) || outOfScopeKind(model, ['text'])) continue;
    if (latest.some((s) => Array.isArray((s.last.facts as ModelFacts).output) && !(s.last.facts as ModelFacts).output?.includes('text'))) continue;
    if (!reviewed.providers.some((p) => p.id === provider)) continue;
    // The largest group of sources that list it at the same input and output price.
    let group: typeof latest = [];
    for (const s of latest) {
      const agreeing = latest.filter((o) => sameOffer(o.last, s.last));
      if (agreeing.length > group.length) group = agreeing;
    }
    if (group.length < 2) continue;
    group.sort((a, b) => SPEC_ORDER.indexOf(a.source) - SPEC_ORDER.indexOf(b.source) || a.source.localeCompare(b.source));
    // Each source's unbroken run of this offer began at its first row in the window with it; agreement, at the later start.
    const start = (s: (typeof group)[number]) => {
      let i = s.rows.length - 1;
      while (i > 0 && sameOffer(s.rows[i - 1] as ListingInput, s.last)) i -= 1;
      return (s.rows[i] as ListingInput).observedAt;
    };
    const agreedAt = new Date(Math.max(...group.map((s) => start(s).getTime())));
    const checked = new Date(Math.max(...group.map((s) => s.last.observedAt.getTime())));
    const merged = mergeFacts(group.map((s) => s.last));
    if (merged.facts.contextWindow === undefined) continue;
    out.push({
      model,
      provider,
      sources: group.map((s) => s.source),
      sourceIds: Object.fromEntries(group.map((s) => [s.source, s.last.sourceId])),
      date: day(agreedAt),
      checked: day(checked),
      prices: agreedPrices(group.map((s) => s.last)),
      facts: merged.facts,
      specFrom: merged.from,
    });
  }
  return out;
}
