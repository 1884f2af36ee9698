// The price-sync policy: which observations become changes the digest reports, and which are disagreements.
//
// POLICY (quoted in the README)
//
// An observation is one source's price for one catalog model and field that differs from the catalog's current
// price: (source, model, field, value, catalog value, observed at). Equal prices, fields a source does not
// publish, unmapped ids and held jumps (×10 or more, ÷10 or less) are never observations, and a refused sync
// (failed fetch, malformed, empty or truncated document, negative or absurd price) records nothing at all.
// Resellers (LiteLLM's azure/bedrock/vertex entries, models.dev's reseller providers) are routes, not the provider's
// own price, and are skipped; a price the catalog records on an OpenRouter route is compared with that route.
//
// A source's standing claim is what its latest sync in the last 30 days observed; it has stood since the first of
// that source's consecutive syncs that observed the same value. A claim the catalog already matches (someone
// updated it) is settled and ignored. (A sync that finds no difference records nothing, so a claim stands until a
// later sync of that source records differences without it, or the catalog matches it.)
//
// A claim becomes a change the digest reports when
//   1. two or more sources claim the same new value for the model and field (they agree), or
//   2. it comes from the source the catalog's figure came through (the price entry's `source.via` names it):
//      the catalog's own source moved, or
//   3. it is a route's own price claimed by that route's platform (OpenRouter's price on its OpenRouter route):
//      the seller is the authority on what it charges.
// Such a change carries cause "unknown": a vendor change and a data correction look alike from outside, so the
// person who records it in the catalog decides (README, "Recording a price change").
//
// A disagreement is reported when sources' standing claims differ from each other, or when a single source's claim
// that no rule accepts has stood for 3 days or more ("OpenRouter says $0.30 cached input for grok-4.5 (since
// 2026-08-16); the catalog has $0.50 (from LiteLLM, checked 2026-07-18)"). A younger single claim is pending: it
// waits for a second source or for time. When several sources are synced together (the bot's daily sync), their
// current prices are also compared directly, equal-to-catalog ones included ("OpenRouter says $2.50 input for
// gpt-5.6-sol; LiteLLM says $5.00"); a difference the catalog already records as a route price is explained, not
// a disagreement.
//
// Nothing here edits the catalog: `sync --write` proposes a new dated price entry for a person to review.
import { subDays } from 'date-fns/subDays';
import { quotedPrice } from '../catalog/history.ts';
import type { Catalog, CatalogModel } from '../catalog/validate.ts';
import type { ObservedChange } from '../digest/changes.ts';
import { price } from '../cost/format.ts';
import type { ObservationInput } from '../store/store.ts';
import { catalogValue } from './compare.ts';
import { LITELLM_URL } from './sources/litellm.ts';
import { MODELSDEV_URL } from './sources/modelsdev.ts';
import { OPENROUTER_URL } from './sources/openrouter.ts';
import { fieldLabel, parseRouteField } from '../digest/fields.ts';
import { samePrice, type SourceId, type SourceValue } from './types.ts';

export const LOOKBACK_DAYS = 30;
const LASTING_DAYS = 3;

const SOURCE_LABELS: Record<string, string> = { litellm: 'LiteLLM', openrouter: 'OpenRouter', 'models.dev': 'models.dev' };
const SOURCE_URLS: Record<string, string> = { litellm: LITELLM_URL, openrouter: OPENROUTER_URL, 'models.dev': MODELSDEV_URL };

const label = (source: string) => SOURCE_LABELS[source] ?? source;
const day = (d: Date) => d.toISOString().slice(0, 10);

export interface Claim {
  source: string;
  value: number;
  /** When the source's unbroken run of this value began (YYYY-MM-DD). */
  since: string;
}

export interface Disagreement {
  model: string;
  field: string;
  /** The catalog's current price, or null when it has none for the field. */
  catalog: number | null;
  /** Where the catalog's figure came from (its `source.via`, or the URL). */
  catalogSource: string | null;
  claims: Claim[];
  /** One line a person can read: "LiteLLM says $0.50 cached input for grok-4.5; OpenRouter says $0.30". */
  text: string;
}

export interface Pending {
  model: string;
  field: string;
  catalog: number;
  source: string;
  value: number;
  since: string;
}

export interface PolicyReport {
  changes: ObservedChange[];
  disagreements: Disagreement[];
  pending: Pending[];
}

export interface PolicyOptions {
  now: Date;
  lookbackDays?: number;
  lastingDays?: number;
}

/** The catalog's current figure for a field (base, tier or route), and where it came from. */
function catalogFigure(model: CatalogModel, field: string, date: string): { value: number | undefined; from: string; checked: string } {
  const route = parseRouteField(field);
  if (route) {
    const r = model.routes.find((x) => x.platform === route.platform && x.id === route.id);
    return { value: r?.[route.field], from: r?.source.via ?? r?.source.url ?? '', checked: r?.checked ?? '' };
  }
  const entry = quotedPrice(model, date);
  return { value: catalogValue(entry, field as Parameters<typeof catalogValue>[1]), from: entry.source.via ?? entry.source.url, checked: entry.checked };
}

/** The sync source a catalog `source.via` names, if any. */
function sourceNamedBy(via: string): SourceId | undefined {
  if (/litellm/i.test(via)) return 'litellm';
  if (/openrouter/i.test(via)) return 'openrouter';
  if (/models\.dev/i.test(via)) return 'models.dev';
  return undefined;
}

function sayCatalog(value: number | null, from: string, checked: string): string {
  if (value === null) return 'the catalog has no figure';
  const named = sourceNamedBy(from);
  return `the catalog has ${price(value)} (from ${named ? label(named) : from}${checked ? `, checked ${checked}` : ''})`;
}

/** "LiteLLM says $0.50 cached input for grok-4.5; OpenRouter says $0.30" (+ the catalog's figure when no source shares it). */
function disagreementText(model: string, field: string, claims: { source: string; value: number }[], catalog?: { value: number | null; from: string; checked: string }): string {
  const [first, ...rest] = claims;
  if (!first) return '';
  const parts = [`${label(first.source)} says ${price(first.value)} ${fieldLabel(field)} for ${model}`, ...rest.map((c) => `${label(c.source)} says ${price(c.value)}`)];
  if (catalog && !claims.some((c) => catalog.value !== null && samePrice(c.value, catalog.value))) parts.push(sayCatalog(catalog.value, catalog.from, catalog.checked));
  return parts.join('; ');
}

type StandingClaim = Claim & { sinceMs: number };

/** Each source's standing claim for each model and field ("model\0field"), from the observations after `from` up to `to`. */
function standingClaims(observations: readonly ObservationInput[], from: Date, to: Date): Map<string, StandingClaim[]> {
  // source → run time → "model\0field" → value
  const runs = new Map<string, Map<number, Map<string, number>>>();
  for (const o of observations) {
    if (o.observedAt > to || o.observedAt <= from || o.value === null) continue;
    const t = o.observedAt.getTime();
    const bySource = runs.get(o.source) ?? new Map<number, Map<string, number>>();
    runs.set(o.source, bySource);
    const run = bySource.get(t) ?? new Map<string, number>();
    bySource.set(t, run);
    run.set(`${o.model}\u0000${o.field}`, o.value);
  }
  const claims = new Map<string, StandingClaim[]>();
  for (const [source, bySource] of runs) {
    const times = [...bySource.keys()].sort((a, b) => b - a);
    const latest = bySource.get(times[0] as number) as Map<string, number>;
    for (const [key, value] of latest) {
      let since = times[0] as number;
      for (const t of times.slice(1)) {
        const earlier = bySource.get(t)?.get(key);
        if (earlier === undefined || !samePrice(earlier, value)) break;
        since = t;
      }
      claims.set(key, [...(claims.get(key) ?? []), { source, value, since: day(new Date(since)), sinceMs: since }]);
    }
  }
  return claims;
}

/** Claims grouped by value, in the order of their earliest claim. */
function byValue(claims: StandingClaim[]): StandingClaim[][] {
  const groups: StandingClaim[][] = [];
  for (const c of claims) {
    const group = groups.find((g) => samePrice((g[0] as Claim).value, c.value));
    if (group) group.push(c);
    else groups.push([c]);
  }
  return groups;
}

/** The group of claims a rule accepts (sources agree, or the authority on the figure moved), and since when; undefined when none. */
function acceptedGroup(groups: StandingClaim[][], field: string, catalogSource: string): { group: StandingClaim[]; at: number } | undefined {
  const agreed = groups.filter((g) => new Set(g.map((c) => c.source)).size >= 2).sort((a, b) => b.length - a.length)[0];
  if (agreed) return { group: agreed, at: Math.max(...agreed.map((c) => c.sinceMs)) };
  const route = parseRouteField(field);
  const authority = route ? route.platform : sourceNamedBy(catalogSource);
  const group = groups.find((g) => g.some((c) => c.source === authority));
  return group ? { group, at: Math.min(...group.filter((c) => c.source === authority).map((c) => c.sinceMs)) } : undefined;
}

/**
 * Applies the policy to recorded observations (any order, any sources): the changes the digest reports, the
 * disagreements to show, and the single-source claims still pending.
 */
export function reviewObservations(observations: readonly ObservationInput[], catalog: Catalog, options: PolicyOptions): PolicyReport {
  const claims = standingClaims(observations, subDays(options.now, options.lookbackDays ?? LOOKBACK_DAYS), options.now);
  const lastingFrom = subDays(options.now, options.lastingDays ?? LASTING_DAYS).getTime();
  const today = day(options.now);
  const report: PolicyReport = { changes: [], disagreements: [], pending: [] };
  for (const [key, all] of [...claims].sort(([a], [b]) => a.localeCompare(b))) {
    const [modelId, field] = key.split('\u0000') as [string, string];
    const model = catalog.byId.get(modelId);
    if (!model) continue;
    const figure = catalogFigure(model, field, today);
    if (figure.value === undefined) continue;
    const current = figure.value;
    const open = all.filter((c) => !samePrice(c.value, current)).sort((a, b) => a.sinceMs - b.sinceMs || a.source.localeCompare(b.source));
    if (open.length === 0) continue;

    const groups = byValue(open);
    const accepted = acceptedGroup(groups, field, figure.from);
    if (accepted) {
      const first = accepted.group[0] as Claim;
      report.changes.push({
        model: modelId,
        field,
        old: current,
        new: first.value,
        date: new Date(accepted.at),
        cause: 'unknown',
        source: [...new Set(accepted.group.map((c) => c.source))].join(' + '),
        url: SOURCE_URLS[first.source] ?? '',
      });
    }
    const plain = open.map(({ source, value, since }) => ({ source, value, since }));
    const disagreement = { model: modelId, field, catalog: current, catalogSource: figure.from, claims: plain };
    if (groups.length >= 2) {
      report.disagreements.push({ ...disagreement, text: disagreementText(modelId, field, plain, { ...figure, value: current }) });
    } else if (accepted) {
    } else if (open.every((c) => c.sinceMs <= lastingFrom)) {
      const text = `${disagreementText(modelId, field, plain)} (since ${(open[0] as Claim).since}); ${sayCatalog(current, figure.from, figure.checked)}`;
      report.disagreements.push({ ...disagreement, text });
    } else {
      for (const c of open) report.pending.push({ model: modelId, field, catalog: current, source: c.source, value: c.value, since: c.since });
    }
  }
  return report;
}

/** The changes the digest reports from recorded observations (see the policy above). */
export function acceptedChanges(observations: readonly ObservationInput[], catalog: Catalog, options: PolicyOptions): ObservedChange[] {
  return reviewObservations(observations, catalog, options).changes;
}

/**
 * Compares several sources' current prices directly (the bot's daily sync fetches them together): every model
 * and field two or more sources price differently, equal-to-catalog prices included.
 */
export function crossSourceDisagreements(results: readonly { source: string; values: readonly SourceValue[]; fetchedAt: Date }[], catalog: Catalog, asOf: string): Disagreement[] {
  const byKey = new Map<string, Claim[]>();
  for (const r of results) {
    for (const v of r.values) {
      if (parseRouteField(v.field)) continue;
      const key = `${v.model}\u0000${v.field}`;
      byKey.set(key, [...(byKey.get(key) ?? []), { source: r.source, value: v.value, since: day(r.fetchedAt) }]);
    }
  }
  const out: Disagreement[] = [];
  for (const [key, claims] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
    if (claims.length < 2 || claims.every((c) => samePrice(c.value, (claims[0] as Claim).value))) continue;
    const [modelId, field] = key.split('\u0000') as [string, string];
    const model = catalog.byId.get(modelId);
    if (!model) continue;
    const figure = catalogFigure(model, field, asOf);
    // The catalog's own source first, so the line reads "LiteLLM (the catalog's source) says …; OpenRouter says …".
    const own = sourceNamedBy(figure.from);
    const ordered = [...claims].sort((a, b) => Number(b.source === own) - Number(a.source === own) || a.source.localeCompare(b.source));
    out.push({
      model: modelId,
      field,
      catalog: figure.value ?? null,
      catalogSource: figure.from,
      claims: ordered,
      text: disagreementText(modelId, field, ordered, { value: figure.value ?? null, from: figure.from, checked: figure.checked }),
    });
  }
  return out;
}
