// The sync reaches the answers: the price changes the sync policy accepted, laid over the reviewed catalog.
// Pure: the reviewed catalog and the accepted changes in, a catalog every answer reads and the notes that say
// which figures came from the sync out. Built at the edge when the store's observations change (on start and
// after each sync), never per request.
//
// A new model the sync policy accepts (src/sync/listings.ts) is added to the catalog as its sources describe it, with
// one price entry from the day the sources agreed; answers say it is listed by the sync and not yet in the reviewed
// catalog. Once the reviewed catalog names it, the policy drops it.
//
// A change becomes a dated price entry that starts on the day the sources reported it (a route's own price is
// replaced on the route), with the sources as its `source`. The reviewed catalog wins once it matches: the policy
// drops a claim the reviewed catalog already records, and a reviewed entry dated later than the overlay's takes
// over from that date, as any dated entry does.
import { wordList } from '../cost/format.ts';
import { priceOn, quotedPrice } from '../catalog/history.ts';
import { exactModel } from '../catalog/resolve.ts';
import { CAPABILITIES, MODALITIES, Model, PRICE_FIELDS, type PriceEntry, type PriceField } from '../catalog/schema.ts';
import type { Catalog, CatalogModel } from '../catalog/validate.ts';
import type { ObservedChange } from '../digest/changes.ts';
import { parseRouteField, parseTierField } from '../digest/fields.ts';
import type { AcceptedListing } from '../sync/listings.ts';

/** A figure an answer quotes from the sync rather than from the reviewed catalog. */
export interface OverlayNote {
  model: string;
  /** As the policy names it: "input", "tier>200000.output", "route[openrouter:x-ai/grok-4.5].input"; LISTED for a model the overlay adds. */
  field: string;
  /** The price the sources report, USD per 1M tokens. */
  value: number;
  /** The reviewed catalog's figure, or null where it has none. */
  reviewed: number | null;
  /** The sources that reported it, as people write them ("LiteLLM", "models.dev"). */
  sources: string[];
  /** The day they reported it (YYYY-MM-DD): the overlay's price applies from then. */
  date: string;
}

/**
 * The `field` of the note for a model the overlay adds (a model the sync lists that the reviewed catalog lacks): the
 * figure the overlay set is the model itself; `value` is its input price and `reviewed` null.
 */
export const LISTED = 'model';

export interface Overlaid {
  /** The reviewed catalog with the accepted changes applied: what every answer reads. */
  catalog: Catalog;
  /** The reviewed catalog itself: what the sync compares with and the digest reports changes against. */
  reviewed: Catalog;
  /** The overlay's figures, by model id (a model it adds has one note, field LISTED). */
  notes: ReadonlyMap<string, OverlayNote[]>;
}

const SOURCE_LABELS: Record<string, string> = { litellm: 'LiteLLM', openrouter: 'OpenRouter', 'models.dev': 'models.dev' };
const day = (d: Date) => d.toISOString().slice(0, 10);

/** "litellm + models.dev" → ["LiteLLM", "models.dev"]. */
export function sourceLabels(source: string): string[] {
  return source
    .split('+')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => SOURCE_LABELS[s] ?? s);
}

const isPriceField = (field: string): field is PriceField => (PRICE_FIELDS as readonly string[]).includes(field);

/** The entry that starts on `date` with the changes of that day applied to the entry in force then. */
function overlayEntry(model: CatalogModel, date: string, changes: readonly ObservedChange[]): PriceEntry | undefined {
  const base = priceOn(model, date) ?? quotedPrice(model, date);
  const entry: PriceEntry = { ...base, tiers: base.tiers.map((t) => ({ ...t })), serviceTiers: { ...base.serviceTiers } };
  let changed = false;
  for (const c of changes) {
    if (c.new === null) continue;
    if (isPriceField(c.field)) {
      entry[c.field] = c.new;
      changed = true;
      continue;
    }
    const tier = parseTierField(c.field);
    const t = tier && entry.tiers.find((x) => x.above === tier.above);
    if (tier && t) {
      t[tier.field] = c.new;
      changed = true;
    }
  }
  if (!changed) return undefined;
  const labels = [...new Set(changes.flatMap((c) => sourceLabels(c.source)))];
  const url = changes.find((c) => c.url !== '')?.url ?? base.source.url;
  const { note: _reviewedNote, ...rest } = entry;
  return { ...rest, from: date, checked: date, source: { url, via: `${wordList(labels)}, reported ${date} (price sync, not yet in the reviewed catalog)` } };
}

/** The model with the day's changes applied: a new dated entry for base and tier prices, the route's own price replaced. */
function overlayModel(model: CatalogModel, changes: readonly ObservedChange[]): CatalogModel {
  const byDay = new Map<string, ObservedChange[]>();
  for (const c of changes) byDay.set(day(c.date), [...(byDay.get(day(c.date)) ?? []), c]);
  let out: CatalogModel = { ...model, pricing: [...model.pricing], routes: model.routes.map((r) => ({ ...r })) };
  for (const [date, todays] of [...byDay].sort(([a], [b]) => a.localeCompare(b))) {
    const entry = overlayEntry(out, date, todays);
    if (entry) {
      // After every entry that starts on or before the day: a later reviewed entry still takes over on its date.
      const at = out.pricing.findIndex((e) => e.from > date);
      const pricing = [...out.pricing];
      pricing.splice(at < 0 ? pricing.length : at, 0, entry);
      out = { ...out, pricing };
    }
    for (const c of todays) {
      const route = parseRouteField(c.field);
      const r = route && out.routes.find((x) => x.platform === route.platform && x.id === route.id);
      if (!route || !r || c.new === null) continue;
      r[route.field] = c.new;
      r.checked = date;
      r.source = { url: c.url || r.source.url, via: `${wordList(sourceLabels(c.source))}, reported ${date} (price sync, not yet in the reviewed catalog)` };
    }
  }
  return out;
}

const SOURCE_URLS: Record<string, string> = {
  litellm: 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json',
  openrouter: 'https://openrouter.ai/models',
  'models.dev': 'https://models.dev',
};
const PENDING = 'price sync, not yet in the reviewed catalog';

/**
 * The catalog model a listing describes, or undefined where its facts do not make one (the schema decides). `status`
 * ends each `via`: what the figures are ("price sync, not yet in the reviewed catalog").
 */
export function listedModel(l: AcceptedListing, reviewed: Catalog, status: string = PENDING): CatalogModel | undefined {
  const { facts, prices } = l;
  if (prices.input === undefined || prices.output === undefined) return undefined;
  const labels = sourceLabels(l.sources.join(' + '));
  const url = SOURCE_URLS[l.sources[0] as string] ?? 'https://models.dev';
  const modalities = (list: string[] | undefined) => (list ?? ['text']).filter((m) => (MODALITIES as readonly string[]).includes(m));
  const input = modalities(facts.input);
  const output = modalities(facts.output);
  const capabilities = Object.fromEntries(Object.entries(facts.capabilities ?? {}).filter(([k]) => (CAPABILITIES as readonly string[]).includes(k)));
  if (input.includes('image')) capabilities.vision = true;
  // A name another model answers to stays unused: the id still resolves.
  const name = facts.name && !exactModel(reviewed, facts.name) ? facts.name : l.model;
  const entry: Record<string, unknown> = { from: l.date };
  for (const field of PRICE_FIELDS) if (prices[field] !== undefined) entry[field] = prices[field];
  const tiers = new Map<number, Record<string, number>>();
  for (const [field, value] of Object.entries(prices)) {
    const tier = parseTierField(field);
    if (tier && value !== undefined) tiers.set(tier.above, { ...(tiers.get(tier.above) ?? {}), [tier.field]: value });
  }
  const complete = [...tiers].filter(([, t]) => t.input !== undefined && t.output !== undefined).sort(([a], [b]) => a - b);
  if (complete.length > 0) entry.tiers = complete.map(([above, t]) => ({ above, ...t }));
  if (entry.batchInput === undefined || entry.batchOutput === undefined) {
    delete entry.batchInput;
    delete entry.batchOutput;
  }
  // What the catalog's own check refuses is left out: a cached price dearer than the input.
  if (typeof entry.cachedInput === 'number' && entry.cachedInput > prices.input) delete entry.cachedInput;
  if (prices.input === 0 && prices.output === 0) entry.free = true;
  const parsed = Model.safeParse({
    id: l.model,
    name,
    family: l.model.split(/[-_]/)[0] || l.model,
    ...(facts.released ? { released: facts.released } : {}),
    ...(facts.knowledgeCutoff ? { knowledgeCutoff: facts.knowledgeCutoff } : {}),
    status: /preview|beta/.test(l.model) ? 'preview' : 'active',
    contextWindow: facts.contextWindow,
    ...(facts.maxOutput ? { maxOutput: facts.maxOutput } : {}),
    modalities: { input: input.length > 0 ? input : ['text'], output: output.length > 0 ? output : ['text'] },
    capabilities,
    license: facts.openWeights ? 'open weights (license not recorded)' : 'not recorded',
    openWeights: facts.openWeights ?? false,
    pricing: [{ ...entry, source: { url, via: `${wordList(labels)}, reported ${l.date} (${status})` }, checked: l.checked }],
    specSource: { url: facts.url && URL.canParse(facts.url) ? facts.url : url, via: `${sourceLabels(l.specFrom)[0]}, listed ${l.date} (${status})` },
    specChecked: l.checked,
  });
  return parsed.success ? { ...parsed.data, provider: l.provider } : undefined;
}

/**
 * The reviewed catalog with the accepted changes laid over it and the accepted new models added, and a note for
 * every figure the overlay set and every model it added.
 */
export function overlayCatalog(reviewed: Catalog, changes: readonly ObservedChange[], listings: readonly AcceptedListing[] = []): Overlaid {
  const byModel = new Map<string, ObservedChange[]>();
  const notes = new Map<string, OverlayNote[]>();
  for (const c of changes) {
    const model = reviewed.byId.get(c.model);
    if (!model || c.new === null) continue;
    const known = isPriceField(c.field) || parseTierField(c.field) !== undefined || parseRouteField(c.field) !== undefined;
    if (!known) continue;
    byModel.set(c.model, [...(byModel.get(c.model) ?? []), c]);
    notes.set(c.model, [...(notes.get(c.model) ?? []), { model: c.model, field: c.field, value: c.new, reviewed: c.old, sources: sourceLabels(c.source), date: day(c.date) }]);
  }
  const added: CatalogModel[] = [];
  for (const l of listings) {
    if (reviewed.byId.has(l.model) || notes.has(l.model)) continue;
    const model = listedModel(l, reviewed);
    if (!model) continue;
    added.push(model);
    notes.set(model.id, [{ model: model.id, field: LISTED, value: l.prices.input as number, reviewed: null, sources: sourceLabels(l.sources.join(' + ')), date: l.date }]);
  }
  if (byModel.size === 0 && added.length === 0) return { catalog: reviewed, reviewed, notes };
  const models = [
    ...reviewed.models.map((m) => {
      const mine = byModel.get(m.id);
      return mine ? overlayModel(m, mine) : m;
    }),
    ...added,
  ];
  return { catalog: { ...reviewed, models, byId: new Map(models.map((m) => [m.id, m])) }, reviewed, notes };
}
