// The cost answer: one model at one usage profile.
import { quotedPrice } from '../catalog/history.ts';
import type { PriceEntry } from '../catalog/schema.ts';
import type { CatalogModel } from '../catalog/validate.ts';
import { collectSources, type SourceRef } from '../catalog/sources.ts';
import { assumptions, type Assumptions, type CostPer } from './assumptions.ts';
import type { PriceUnit } from './format.ts';
import { priceProfile, type CostLine, type RatesUsed } from './price.ts';
import { spanUsd, termIn, type Span, type Stretch, type TermCost } from './span.ts';
import { termCostFor } from './term-cost.ts';
import { cachedShareOf, type UsageProfile } from './profile.ts';

export interface CostAnswer {
  kind: 'cost';
  model: string;
  name: string;
  tokens: number;
  mix: { input: number; output: number };
  /** null when the model has no price for this profile (e.g. no batch price); `refusal` says why. */
  monthlyUsd: number | null;
  blendedPerMillion: number | null;
  breakdown: CostLine[];
  rates: RatesUsed | null;
  /** The model's published price list in force on the day (every field and tier), whatever the profile used. */
  prices: PriceEntry;
  /** The unit the asker quotes prices in ("per 1k tokens"): renderers show unit prices in it. */
  unit: PriceUnit;
  /** Whether `tokens` are a month's or one request's: `monthlyUsd` is then that request's cost. */
  per: CostPer;
  /** What one request is called, when the question named it ("conversation"): the cost is said "a conversation". */
  perWhat?: string;
  /** Things counted with no period ("cost of 1000 requests of 3k tokens"): `monthlyUsd` is the cost of that many, said so. */
  forCount?: { count: number; what: string };
  /** When an hour is asked for ("hourly cost"): this month's cost over an hour (a day of it over 24); null otherwise. */
  hourlyUsd: number | null;
  /** When a day is asked for ("daily cost"): this month's cost over a day of the assumptions' month; null otherwise. */
  dailyUsd: number | null;
  /** When a week is asked for ("weekly spend"): this month's cost over a week (7 of its days); null otherwise. */
  weeklyUsd: number | null;
  /** When a year is asked for: 12 months at this month's cost (the assumptions' year); null otherwise. */
  yearlyUsd: number | null;
  /** When a term is asked for ("over 6 months"): this month's cost over it. */
  termCost?: TermCost;
  /** With batch or a service tier: the same month at standard prices, to say what the choice saves or costs. */
  atStandard: { monthlyUsd: number } | null;
  /**
   * With a cached share of input: the same month with none of it cached, to say what caching saves, and the price of
   * writing to the cache where one is charged (not in the month: how often a prefix is written is the workload's).
   */
  withoutCaching: { monthlyUsd: number; cacheWritePerMillion: number | null } | null;
  notes: string[];
  refusal: string | null;
  /** When a month's budget was asked ("how many tokens can I get for $100?"): that budget, which `tokens` is what it buys. */
  budget?: number;
  /** With `budget`, when it is counted in requests: each one's tokens (`tokens` / `budgetEach` requests are bought). */
  budgetEach?: number;
  /** When the month's requests were counted by who sends them ("2000 users sending…"): how many, and each one's month. */
  perPerson?: { count: number; who: string; usd: number };
  /** When the cost was checked against a month's budget ("is $100 enough for 50M tokens?"): that budget. */
  within?: number;
  /** When several months' volumes were asked ("at 10M, 50M and 100M tokens"): the month at each, in the order asked (`tokens` is the first). */
  atVolumes?: VolumeCost[];
  assumptions: Assumptions;
  sources: SourceRef[];
}

/** One month's cost at one of several volumes asked: null with `refusal` where the model has no price for it. */
export interface VolumeCost {
  tokens: number;
  monthlyUsd: number | null;
  blendedPerMillion: number | null;
  refusal?: string;
}

/** The month at each volume, everything else in the profile alike. */
export function costsAtVolumes(model: CatalogModel, profile: UsageProfile, asOf: string, volumes: readonly number[]): VolumeCost[] {
  return volumes.map((tokens) => {
    const q = priceProfile(model, { ...profile, tokensPerMonth: tokens }, asOf);
    return q.ok ? { tokens, monthlyUsd: q.monthlyUsd, blendedPerMillion: q.blendedPerMillion } : { tokens, monthlyUsd: null, blendedPerMillion: null, refusal: q.reason };
  });
}

/** The month at standard prices when batch or a tier is asked; null when neither is, or no standard price applies. */
export function atStandardPrices(model: CatalogModel, profile: UsageProfile, asOf: string): { monthlyUsd: number } | null {
  if (!profile.batch && !profile.batchModels?.includes(model.id) && profile.serviceTier === 'standard') return null;
  const standard = priceProfile(model, { ...profile, batch: false, batchModels: [], serviceTier: 'standard' }, asOf);
  return standard.ok ? { monthlyUsd: standard.monthlyUsd } : null;
}

function withoutCachingOf(model: CatalogModel, profile: UsageProfile, asOf: string): CostAnswer['withoutCaching'] {
  if (cachedShareOf(profile, model.id) <= 0) return null;
  const uncached = priceProfile(model, { ...profile, cachedShare: 0, cachedShares: {} }, asOf);
  return uncached.ok ? { monthlyUsd: uncached.monthlyUsd, cacheWritePerMillion: quotedPrice(model, asOf).cacheWrite5m ?? null } : null;
}

/** The term among the spans asked for, with the model's cost over it ({ termCost } to lay on an answer), or nothing. */
export function termCostOfModel(model: CatalogModel, profile: UsageProfile, asOf: string, monthlyUsd: number, spans: readonly Stretch[]): { termCost?: TermCost } {
  const term = termIn(spans);
  return term ? { termCost: termCostFor(model, profile, asOf, term, monthlyUsd) } : {};
}

export function costAnswer(
  model: CatalogModel,
  profile: UsageProfile,
  asOf: string,
  unit: PriceUnit = 'million',
  per: CostPer = 'month',
  spans: readonly Stretch[] = [],
): CostAnswer {
  const q = priceProfile(model, profile, asOf);
  const prices = quotedPrice(model, asOf);
  // Priced or refused, the answer shows this price list, so it cites it.
  const sources = collectSources([{ what: `${model.id} prices (from ${prices.from})`, source: prices.source, checked: prices.checked }]);
  const base = {
    kind: 'cost' as const,
    model: model.id,
    name: model.name,
    tokens: profile.tokensPerMonth,
    mix: profile.mix,
    prices,
    unit,
    per,
    assumptions: assumptions(profile, asOf, per, per === 'month' ? spans : []),
    sources,
  };
  if (!q.ok) {
    return {
      ...base,
      monthlyUsd: null,
      hourlyUsd: null,
      dailyUsd: null,
      weeklyUsd: null,
      yearlyUsd: null,
      blendedPerMillion: null,
      breakdown: [],
      rates: null,
      atStandard: null,
      withoutCaching: null,
      notes: [],
      refusal: q.reason,
    };
  }
  const over = (span: Span) => (spans.includes(span) && per === 'month' ? spanUsd(q.monthlyUsd, span) : null);
  return {
    ...base,
    monthlyUsd: q.monthlyUsd,
    // A request's cost has no hour, day, week or year.
    hourlyUsd: over('hour'),
    dailyUsd: over('day'),
    weeklyUsd: over('week'),
    yearlyUsd: over('year'),
    ...(per === 'month' ? termCostOfModel(model, profile, asOf, q.monthlyUsd, spans) : {}),
    blendedPerMillion: q.blendedPerMillion,
    breakdown: q.breakdown,
    rates: q.rates,
    atStandard: atStandardPrices(model, profile, asOf),
    withoutCaching: withoutCachingOf(model, profile, asOf),
    notes: q.notes,
    refusal: null,
  };
}
