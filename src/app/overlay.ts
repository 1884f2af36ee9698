// The sync reaches the answers: the price changes the sync policy accepted, laid over the reviewed catalog.
// Pure: the reviewed catalog and the accepted changes in, a catalog every answer reads and the notes that say
// which figures came from the sync out. Built at the edge when the store's observations change (on start and
// after each sync), never per request.
//
// A change becomes a dated price entry that starts on the day the sources reported it (a route's own price is
// replaced on the route), with the sources as its `source`. The reviewed catalog wins once it matches: the policy
// drops a claim the reviewed catalog already records, and a reviewed entry dated later than the overlay's takes
// over from that date, as any dated entry does.
import { priceOn, quotedPrice } from '../catalog/history.ts';
import { PRICE_FIELDS, type PriceEntry, type PriceField } from '../catalog/schema.ts';
import type { Catalog, CatalogModel } from '../catalog/validate.ts';
import type { ObservedChange } from '../digest/changes.ts';
import { parseRouteField, parseTierField } from '../digest/fields.ts';

/** A figure an answer quotes from the sync rather than from the reviewed catalog. */
export interface OverlayNote {
  model: string;
  /** As the policy names it: "input", "tier>200000.output", "route[openrouter:x-ai/grok-4.5].input". */
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

export interface Overlaid {
  /** The reviewed catalog with the accepted changes applied: what every answer reads. */
  catalog: Catalog;
  /** The reviewed catalog itself: what the sync compares with and the digest reports changes against. */
  reviewed: Catalog;
  /** The overlay's figures, by model id. */
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

/** "LiteLLM", "LiteLLM and models.dev", "LiteLLM, OpenRouter and models.dev". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
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
  return { ...rest, from: date, checked: date, source: { url, via: `${joinNames(labels)}, reported ${date} (price sync, not yet in the reviewed catalog)` } };
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
      r.source = { url: c.url || r.source.url, via: `${joinNames(sourceLabels(c.source))}, reported ${date} (price sync, not yet in the reviewed catalog)` };
    }
  }
  return out;
}

/** The reviewed catalog with the accepted changes laid over it, and a note for every figure the overlay set. */
export function overlayCatalog(reviewed: Catalog, changes: readonly ObservedChange[]): Overlaid {
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
  if (byModel.size === 0) return { catalog: reviewed, reviewed, notes };
  const models = reviewed.models.map((m) => {
    const mine = byModel.get(m.id);
    return mine ? overlayModel(m, mine) : m;
  });
  return { catalog: { ...reviewed, models, byId: new Map(models.map((m) => [m.id, m])) }, reviewed, notes };
}
