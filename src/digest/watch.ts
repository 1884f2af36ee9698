// Watches and their alerts, as data. A watch is a model or a provider a channel (or a person, by DM) wants
// to hear about the moment it changes; an alert is one change for one watch: a price the sync accepted or
// the catalog's history dates (old → new, and the monthly cost at the workspace's default volume before
// and after), a new model of a watched provider, a deprecation, or a retirement date. Pure and clock-free:
// the caller passes the changes of a window and the date each watch began.
import { PRICE_FIELDS, type Source } from '../catalog/schema.ts';
import type { Catalog, CatalogModel } from '../catalog/validate.ts';
import { quotedPrice } from '../catalog/history.ts';
import { rawCost } from '../cost/price.ts';
import { defaultProfile, type Mix } from '../cost/profile.ts';
import type { Changes } from './changes.ts';

export type WatchKind = 'model' | 'provider';

export interface WatchTarget {
  kind: WatchKind;
  /** A model id or a provider id (resolved). */
  target: string;
}

/** `/models watch …` and `/models unwatch …`, read (names as typed; resolved when answered). */
export type WatchCommand =
  | { action: 'add'; models: string[]; providers: string[]; to: 'here' | 'dm' }
  | { action: 'remove'; models: string[]; providers: string[]; all: boolean }
  | { action: 'list' };

export const WATCH_FORMS = [
  '/models watch gpt-5.4-mini, claude-sonnet-5 [here | dm]',
  '/models watch provider anthropic [here | dm]',
  '/models watch list',
  '/models unwatch gpt-5.4-mini | provider anthropic | all',
];

/** A watch as answers show it. */
export interface WatchView extends WatchTarget {
  /** The model's or provider's name. */
  name: string;
  /** Where alerts go: a channel id, or the watcher's user id for a DM. */
  channelId: string;
  dm: boolean;
  paused: boolean;
}

export interface WatchAnswer {
  kind: 'watch';
  change: 'added' | 'removed' | 'list';
  /** What the command added or removed (for `list`, empty). */
  changed: WatchView[];
  /** For `remove`: targets that were not watched here. */
  notWatched: string[];
  /** The watches the asker can see now: this channel's and their own DM watches. */
  watches: WatchView[];
}

export type AlertKind = 'price' | 'added' | 'deprecated' | 'retiring';

/** One change for one watch: what the scheduler posts, once. */
export interface Alert {
  /** The change's identity: the exactly-once key with the team and channel. */
  key: string;
  kind: AlertKind;
  model: string;
  name: string;
  provider: string;
  /** Why it reached this watch. */
  watched: WatchTarget;
  /** The price field (input, output, cachedInput, …) for a price change; the kind otherwise. */
  field: string;
  old: number | null;
  new: number | null;
  /** The date the change applies (YYYY-MM-DD); for `retiring`, the retirement date. */
  date: string;
  /** For a price change: the monthly cost at the workspace's default volume and mix, before and after (USD). */
  monthly: { tokensPerMonth: number; mix: Mix; before: number; after: number } | null;
  replacement: string | null;
  source: Source | null;
}

export interface AlertDefaults {
  tokensPerMonth: number;
  mix: Mix;
}

/** Monthly cost (USD) of `model` at the defaults, with `field` priced at `value`; null when it does not bear on that bill. */
function monthlyWith(model: CatalogModel, field: string, value: number, date: string, defaults: AlertDefaults): number | null {
  if (!(PRICE_FIELDS as readonly string[]).includes(field)) return null;
  const entry = quotedPrice(model, date);
  const profile = { ...defaultProfile(defaults.tokensPerMonth), mix: defaults.mix };
  const priced = rawCost({ ...model, pricing: [{ ...entry, from: date, [field]: value }] }, profile, date);
  return priced.ok ? priced.total / 1_000_000 : null;
}

function covers(catalog: Catalog, watch: WatchTarget, model: string): boolean {
  if (watch.kind === 'model') return watch.target === model;
  return catalog.byId.get(model)?.provider === watch.target;
}

/**
 * The alerts a watch gets from a window's changes: only changes dated on or after the day the watch
 * began (`since`, YYYY-MM-DD), so a new watch never replays the past. New models reach provider watches
 * only; the rest reach both.
 */
export function alertsFor(catalog: Catalog, changes: Changes, watch: WatchTarget, since: string, defaults: AlertDefaults): Alert[] {
  const out: Alert[] = [];
  for (const c of changes.prices) {
    if (c.date < since || !covers(catalog, watch, c.model)) continue;
    const model = catalog.byId.get(c.model);
    const before = model ? monthlyWith(model, c.field, c.old, c.date, defaults) : null;
    const after = model ? monthlyWith(model, c.field, c.new, c.date, defaults) : null;
    out.push({
      // By the move itself, not its date: the sync accepts a change on the day it sees it, and the catalog
      // entry recorded for it later may carry the vendor's own date; both are one change.
      key: `price:${c.model}:${c.field}:${c.old}->${c.new}`,
      kind: 'price',
      model: c.model,
      name: c.name,
      provider: c.provider,
      watched: watch,
      field: c.field,
      old: c.old,
      new: c.new,
      date: c.date,
      monthly: before !== null && after !== null ? { tokensPerMonth: defaults.tokensPerMonth, mix: defaults.mix, before, after } : null,
      replacement: null,
      source: c.source,
    });
  }
  const base = (model: string) => {
    const m = catalog.byId.get(model);
    return { name: m?.name ?? model, provider: m?.provider ?? '', watched: watch, old: null, new: null, monthly: null };
  };
  if (watch.kind === 'provider') {
    for (const a of changes.added) {
      if (a.date < since || a.provider !== watch.target) continue;
      out.push({ ...base(a.model), key: `added:${a.model}`, kind: 'added', model: a.model, field: 'added', old: null, new: null, date: a.date, replacement: null, source: null });
    }
  }
  for (const d of changes.deprecated) {
    if (d.date < since || !covers(catalog, watch, d.model)) continue;
    out.push({
      ...base(d.model),
      key: `deprecated:${d.model}:${d.date}`,
      kind: 'deprecated',
      model: d.model,
      field: 'deprecated',
      date: d.date,
      replacement: d.replacement,
      source: null,
    });
  }
  for (const r of changes.retiring) {
    if (!covers(catalog, watch, r.model)) continue;
    out.push({
      ...base(r.model),
      key: `retiring:${r.model}:${r.retires}`,
      kind: 'retiring',
      model: r.model,
      field: 'retires',
      date: r.retires,
      replacement: r.replacement,
      source: null,
    });
  }
  return out;
}
