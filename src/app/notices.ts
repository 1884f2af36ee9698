// What every answer says about the prices it quotes, beside the answer itself: figures the sync laid over the
// reviewed catalog, models only the sync lists, scheduled price changes, models retired or not yet released on the date asked, and how old
// the prices are. Data, read from the answer's own models and the date asked; the renderers word it.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import type { Answer } from '../ask/answer.ts';
import { priceOn, quotedPrice, scheduledChanges } from '../catalog/history.ts';
import { statusOn } from '../catalog/lifecycle.ts';
import { billModels } from '../cost/bill.ts';
import type { Catalog, CatalogModel } from '../catalog/validate.ts';
import { LISTED, type OverlayNote } from './overlay.ts';

/** Prices older than this many days say their age. */
export const STALE_AFTER_DAYS = 30;

export interface SyncedNote extends OverlayNote {
  name: string;
}

/** A model the price sync lists that the reviewed catalog lacks: answered from what its sources say. */
export interface ListedNote {
  model: string;
  name: string;
  /** The sources that list it, as people write them ("LiteLLM", "models.dev"). */
  sources: string[];
  /** The day they agreed (YYYY-MM-DD). */
  date: string;
}

/** A price change the catalog records for a date after the one asked. */
export interface ScheduledNote {
  model: string;
  name: string;
  /** The prices in force on the date asked (USD per 1M) and why they started, when the catalog says. */
  current: { input: number; output: number; note: string | null };
  /** The day the next entry takes over, its prices, and its note. */
  next: { from: string; input: number; output: number; note: string | null };
  /** Whether the current entry is introductory or promotional (its note says so). */
  introductory: boolean;
}

export interface LifecycleNote {
  model: string;
  name: string;
  /**
   * "retired": retired on the date asked (by its retirement date, or its status); "deprecated": still served, on its
   * way out; "unreleased": released after the date asked.
   */
  state: 'retired' | 'deprecated' | 'unreleased';
  /** The release date of an unreleased model; the retirement date of the others, null when none is published. */
  date: string | null;
  replacement: string | null;
}

export interface Staleness {
  /** Whole days between the oldest price check among the answer's models and the date asked. */
  days: number;
  checked: string;
  /** The models whose prices are older than STALE_AFTER_DAYS. */
  models: string[];
}

export interface Notices {
  asOf: string;
  synced: SyncedNote[];
  /** Models the answer quotes that only the price sync lists (not yet in the reviewed catalog). */
  listed: ListedNote[];
  scheduled: ScheduledNote[];
  lifecycle: LifecycleNote[];
  /** Present when the answer's prices are older than STALE_AFTER_DAYS. */
  stale: Staleness | null;
}

/** An answer with what it says about its prices (absent on answers that quote none). */
export type Answered = Answer & { notices?: Notices };

/** The catalog models an answer is about, in the answer's order. */
export function answerModels(a: Answer): string[] {
  switch (a.kind) {
    case 'comparison':
    case 'lanes':
    case 'attribute':
      return a.models;
    case 'upgrade':
      return [a.from, a.to];
    case 'cost':
      return [a.model];
    case 'bill':
      return billModels(a);
    case 'cheapest':
      return a.ranking.map((r) => r.model);
    case 'best':
      return a.picks.map((p) => p.model);
    case 'lane-picks':
      // One model may lead several lanes: each is one model.
      return [...new Set(a.lanes.flatMap((row) => (row.pick ? [row.pick.model] : [])))];
    case 'model-card':
      return [a.model.id];
    case 'where':
      return a.models.map((m) => m.id);
    default:
      return [];
  }
}

const INTRODUCTORY = /\b(introductory|promotional|launch|preview pricing|limited[- ]time)\b/i;

function scheduledNote(model: CatalogModel, asOf: string): ScheduledNote | undefined {
  const [next] = scheduledChanges(model, asOf);
  const current = priceOn(model, asOf);
  if (!next || !current) return undefined;
  return {
    model: model.id,
    name: model.name,
    current: { input: current.input, output: current.output, note: current.note ?? null },
    next: { from: next.from, input: next.input, output: next.output, note: next.note ?? null },
    introductory: INTRODUCTORY.test(current.note ?? '') || INTRODUCTORY.test(next.note ?? ''),
  };
}

function lifecycleNote(model: CatalogModel, asOf: string): LifecycleNote | undefined {
  const replacement = model.replacement ?? null;
  if (model.released !== undefined && model.released > asOf) return { model: model.id, name: model.name, state: 'unreleased', date: model.released, replacement };
  const status = statusOn(model, asOf);
  if (status === 'retired' || status === 'deprecated') return { model: model.id, name: model.name, state: status, date: model.retires ?? null, replacement };
  return undefined;
}

/**
 * The age on `today` of the prices quoted for these models on `asOf` (a later day when a question asks for one): null
 * when none is older than STALE_AFTER_DAYS.
 */
export function staleness(models: readonly CatalogModel[], asOf: string, today = asOf): Staleness | null {
  const asked = parseISO(today);
  // Models checked together share a date: each date is counted once.
  const daysSince = new Map<string, number>();
  const ageOf = (checked: string): number => {
    let days = daysSince.get(checked);
    if (days === undefined) {
      days = differenceInCalendarDays(asked, parseISO(checked));
      daysSince.set(checked, days);
    }
    return days;
  };
  const aged = models
    .map((m) => {
      const { checked } = quotedPrice(m, asOf);
      return { id: m.id, checked, days: ageOf(checked) };
    })
    .filter((x) => x.days > STALE_AFTER_DAYS);
  if (aged.length === 0) return null;
  const oldest = aged.reduce((a, b) => (b.days > a.days ? b : a));
  return { days: oldest.days, checked: oldest.checked, models: aged.map((x) => x.id) };
}

/** Whether the answer quotes prices: a question about a spec ("its context window?") quotes none, so their age and schedule go unsaid. */
function quotesPrices(a: Answer): boolean {
  return a.kind !== 'attribute' || a.row.group === 'price' || a.row.group === 'cost';
}

/**
 * What the answer says about its prices on `asOf` (the day they are read on), or undefined for an answer about no
 * model; their age is counted to `today`.
 */
export function noticesFor(a: Answer, catalog: Catalog, overlay: ReadonlyMap<string, readonly OverlayNote[]>, asOf: string, today = asOf): Notices | undefined {
  const models = answerModels(a).flatMap((id) => catalog.byId.get(id) ?? []);
  if (models.length === 0) return undefined;
  const priced = quotesPrices(a);
  return {
    asOf,
    synced: models.flatMap((m) => (overlay.get(m.id) ?? []).filter((n) => n.date <= asOf && n.field !== LISTED).map((n) => ({ ...n, name: m.name }))),
    listed: models.flatMap((m) => (overlay.get(m.id) ?? []).filter((n) => n.field === LISTED).map((n) => ({ model: m.id, name: m.name, sources: n.sources, date: n.date }))),
    scheduled: priced ? models.flatMap((m) => scheduledNote(m, asOf) ?? []) : [],
    lifecycle: models.flatMap((m) => lifecycleNote(m, asOf) ?? []),
    stale: priced ? staleness(models, asOf, today) : null,
  };
}

/** A cost answer for a model not yet released on the date asked is not priced: it says so instead. */
export function unreleasedCost(a: Answer, notices: Notices | undefined): Answer {
  if (a.kind !== 'cost' || !notices) return a;
  const unreleased = notices.lifecycle.find((l) => l.model === a.model && l.state === 'unreleased');
  if (!unreleased) return a;
  return {
    ...a,
    monthlyUsd: null,
    blendedPerMillion: null,
    breakdown: [],
    rates: null,
    notes: [],
    sources: [],
    refusal: `${a.name} was not yet released on ${notices.asOf} (released ${unreleased.date})`,
  };
}
