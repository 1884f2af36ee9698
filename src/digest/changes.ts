// What changed in a window: derived from the catalog's dated price history and from changes the
// sync policy accepted from observations. Pure and clock-free.
import { addDays } from 'date-fns/addDays';
import { PRICE_FIELDS, type Source } from '../catalog/schema.ts';
import type { Catalog, CatalogModel } from '../catalog/validate.ts';

export interface Window {
  from: Date;
  to: Date;
}

/** A change reported by the sync policy (e.g. two sources agree on a new price). */
export interface ObservedChange {
  model: string;
  field: string;
  old: number | null;
  new: number | null;
  date: Date;
  /** 'vendor' when the provider changed it, 'correction' when a catalog figure was wrong. */
  cause: 'vendor' | 'correction' | 'unknown';
  /** The source's name (litellm, openrouter, models.dev) and the URL it was fetched from. */
  source: string;
  url: string;
}

/** Which way a price moved. */
export type PriceDirection = 'cut' | 'increase';

export interface PriceChange {
  model: string;
  name: string;
  provider: string;
  field: string;
  old: number;
  new: number;
  /** Relative change, (new − old) / old; −0.8 is an 80% cut. */
  pct: number;
  date: string;
  direction: PriceDirection;
  cause: 'vendor' | 'correction' | 'unknown';
  note: string | null;
  source: Source;
  checked: string;
}

export interface LimitChange {
  model: string;
  field: 'contextWindow' | 'maxOutput';
  old: number | null;
  new: number | null;
  date: string;
  source: string;
}

export interface Changes {
  window: { from: string; to: string };
  prices: PriceChange[];
  /** Models released in the window, each with its first price and where that price was published. */
  /** `free`: its first price is a free, rate-limited endpoint, not a price to plan on. */
  added: { model: string; name: string; provider: string; date: string; input: number; output: number; free?: true; source: Source; checked: string }[];
  deprecated: { model: string; name: string; date: string; replacement: string | null }[];
  /** Models retiring within 90 days after the window. */
  retiring: { model: string; name: string; retires: string; replacement: string | null }[];
  /** Price changes the catalog already holds for the 90 days after the window (announced, not yet in force), soonest first. */
  ahead: PriceChange[];
  limits: LimitChange[];
}

/** A price field's place in a price list (input before output before batch). */
const fieldOrder = (field: string) => (PRICE_FIELDS as readonly string[]).indexOf(field);

/** How far past the window retirements and announced price changes are said. */
const RETIRING_WITHIN_DAYS = 90;

const day = (d: Date) => d.toISOString().slice(0, 10);
/** Whether a catalog date (YYYY-MM-DD, midnight UTC) falls in [from, to). */
const within = (date: string, from: Date, to: Date) => {
  const t = new Date(`${date}T00:00:00Z`);
  return t >= from && t < to;
};
const inWindow = (date: string, w: Window) => within(date, w.from, w.to);
const isLimit = (field: string): field is LimitChange['field'] => field === 'contextWindow' || field === 'maxOutput';

function priceChanges(model: CatalogModel, w: Window): PriceChange[] {
  const out: PriceChange[] = [];
  model.pricing.forEach((entry, i) => {
    const before = model.pricing[i - 1];
    if (!before || !inWindow(entry.from, w)) return;
    for (const field of PRICE_FIELDS) {
      const old = before[field];
      const now = entry[field];
      if (old === undefined || now === undefined || old === now || old === 0) continue;
      out.push({
        model: model.id,
        name: model.name,
        provider: model.provider,
        field,
        old,
        new: now,
        pct: (now - old) / old,
        date: entry.from,
        direction: now < old ? 'cut' : 'increase',
        cause: 'vendor',
        note: entry.note ?? null,
        source: entry.source,
        checked: entry.checked,
      });
    }
  });
  return out;
}

/** The price changes the sync policy accepted in the window that the catalog's history does not already hold. */
function observedPriceChanges(catalog: Catalog, observed: ObservedChange[], w: Window, known: PriceChange[]): PriceChange[] {
  const seen = new Set(known.map((p) => `${p.model}|${p.field}|${p.date}`));
  const out: PriceChange[] = [];
  for (const o of observed) {
    const model = catalog.byId.get(o.model);
    if (!model || o.date < w.from || o.date >= w.to || isLimit(o.field)) continue;
    if (o.old === null || o.new === null || o.old === 0 || o.old === o.new) continue;
    const key = `${o.model}|${o.field}|${day(o.date)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      model: o.model,
      name: model.name,
      provider: model.provider,
      field: o.field,
      old: o.old,
      new: o.new,
      pct: (o.new - o.old) / o.old,
      date: day(o.date),
      direction: o.new < o.old ? 'cut' : 'increase',
      cause: o.cause,
      note: null,
      source: { url: o.url, via: `${o.source} sync, observed ${day(o.date)}` },
      checked: day(o.date),
    });
  }
  return out;
}

export function changes(catalog: Catalog, observed: ObservedChange[], w: Window): Changes {
  const fromHistory = catalog.models.flatMap((m) => priceChanges(m, w));
  const prices = [...fromHistory, ...observedPriceChanges(catalog, observed, w, fromHistory)];
  // Biggest moves first: cuts and increases by size, then by date and id for a stable order.
  prices.sort((a, b) => Math.abs(b.pct) - Math.abs(a.pct) || a.date.localeCompare(b.date) || a.model.localeCompare(b.model) || a.field.localeCompare(b.field));

  const horizon = addDays(w.to, RETIRING_WITHIN_DAYS);
  return {
    window: { from: w.from.toISOString(), to: w.to.toISOString() },
    prices,
    added: catalog.models
      .filter((m) => inWindow(m.released ?? m.pricing[0]!.from, w))
      .map((m) => {
        const first = m.pricing[0]!;
        return {
          model: m.id,
          name: m.name,
          provider: m.provider,
          date: m.released ?? first.from,
          input: first.input,
          output: first.output,
          ...(first.free ? { free: true as const } : {}),
          source: first.source,
          checked: first.checked,
        };
      })
      // Newest first, as a reader scans "what's new"; the same day by maker and id, for a stable order.
      .sort((a, b) => b.date.localeCompare(a.date) || a.provider.localeCompare(b.provider) || a.model.localeCompare(b.model)),
    deprecated: catalog.models
      .filter((m) => m.deprecated !== undefined && inWindow(m.deprecated, w))
      .map((m) => ({ model: m.id, name: m.name, date: m.deprecated as string, replacement: m.replacement ?? null })),
    retiring: catalog.models
      .filter((m) => m.retires !== undefined && within(m.retires, w.from, horizon))
      .map((m) => ({ model: m.id, name: m.name, retires: m.retires as string, replacement: m.replacement ?? null }))
      .sort((a, b) => a.retires.localeCompare(b.retires)),
    ahead: catalog.models
      .flatMap((m) => priceChanges(m, { from: w.to, to: horizon }))
      .sort((a, b) => a.date.localeCompare(b.date) || a.model.localeCompare(b.model) || fieldOrder(a.field) - fieldOrder(b.field)),
    limits: observed
      .filter((o) => isLimit(o.field) && o.date >= w.from && o.date < w.to && catalog.byId.has(o.model))
      .map((o) => ({ model: o.model, field: o.field as LimitChange['field'], old: o.old, new: o.new, date: day(o.date), source: o.source })),
  };
}
