// Cheapest: every available model ranked by monthly cost for a profile, after filters.
// Each model is priced at its cheapest paid way of buying it: the provider's own price or a host's (a route with its
// own prices), and the row names the host. Free or rate-limited endpoints are not prices: they never rank unless free
// models are asked for (`free`), and then only they do. A retired model is never a candidate.
// Ties (equal monthly cost) are broken by the lower output price, then the newer release, then the id.
import type { PriceSpread } from './spread.ts';
import type { TermCost } from './span.ts';
import { quotedPrice } from '../catalog/history.ts';
import { isRetired, lifecycleNote } from '../catalog/lifecycle.ts';
import { hostName, type Capability, type Modality, type PriceEntry, type Route } from '../catalog/schema.ts';
import { collectSources, specFigure, speedFigures, type SourceRef } from '../catalog/sources.ts';
import { providerName, type Catalog, type CatalogModel } from '../catalog/validate.ts';
import { modelsNamed } from '../catalog/resolve.ts';
import { canStandIn, scoreOf, scoreText, unmetNeed } from '../catalog/needs.ts';
import { collapseSnapshots, snapshotGroupOf } from '../catalog/snapshots.ts';
import { cheapestRun, type TaskCost } from '../catalog/runs.ts';
import { countryName, placeName } from '../catalog/countries.ts';
import { cheaperBy, count, money, percent, perMillion, price, times, tokens as tokenCount, tokensPerSecond, familiesPhrase } from './format.ts';
import { assumptions, type Assumptions } from './assumptions.ts';
import { priceScoreFrontier } from './frontier.ts';
import { atStandardPrices } from './quote.ts';
import { billedTokens, billTotal, exact, MILLION, priceProfile, ratesFor, tokensBought, type BilledTokens, type CostQuote } from './price.ts';
import type { UsageProfile } from './profile.ts';

export interface RankFilters {
  need?: Capability[];
  inputModalities?: Modality[];
  outputModalities?: Modality[];
  minContext?: number;
  /** A context window of at most this many tokens ("models with less than 32k context", "between 100k and 200k"). */
  maxContext?: number;
  /** At least this maximum output in tokens (a model without a published limit is left out). */
  minOutput?: number;
  /** At most this maximum output in tokens ("less than 8k max output"; a model without a published limit is left out). */
  maxOutput?: number;
  /** At least this measured output speed in tokens per second (a model without a measured speed is left out). */
  minSpeed?: number;
  /** A knowledge cutoff on or after this month or day (YYYY-MM or YYYY-MM-DD); a model without one is left out. */
  minKnowledgeCutoff?: string;
  /** A knowledge cutoff before this month or day ("knowledge cutoff in 2025" is before 2026-01); a model without one is left out. */
  knowledgeCutoffBefore?: string;
  providers?: string[];
  /** True: open-weight models only; false: proprietary ones only ("closed source"). */
  openWeights?: boolean;
  /** Maximum blended USD per 1M tokens at the profile's mix. */
  maxPerMillion?: number;
  /** Maximum USD per 1M (uncached) input tokens. */
  maxInputPerMillion?: number;
  /** Maximum USD per 1M output tokens. */
  maxOutputPerMillion?: number;
  /** Minimum blended USD per 1M tokens at the profile's mix ("between $1 and $3 per million"). */
  minPerMillion?: number;
  /** Minimum USD per 1M (uncached) input tokens. */
  minInputPerMillion?: number;
  /** Minimum USD per 1M output tokens. */
  minOutputPerMillion?: number;
  maxMonthlyUsd?: number;
  benchmarkFloors?: { benchmark: string; min: number }[];
  lane?: string;
  includeDeprecated?: boolean;
  /** Rank free or rate-limited endpoints only (for prototyping); without it they never rank. */
  free?: boolean;
  /** Previews left out ("cheapest model that's not a preview", "stable models only"). */
  noPreviews?: boolean;
  /** Only models whose price list has a long-prompt tier ("which models charge more for long prompts?"). */
  longPromptPriced?: boolean;
  /** One model per provider ("the cheapest model from each provider"): each provider's first in the ranking's order. */
  eachProvider?: boolean;
  /** With `eachProvider`: how many from each ("the cheapest 3 models from each provider"); one when absent. */
  perProvider?: number;
  /**
   * With `eachProvider` and `scoredOn`: each provider's flagship, its highest score on that benchmark, whatever the
   * ranking's order ("which flagship is cheapest?" picks by score and ranks by price).
   */
  flagships?: boolean;
  /** A model id: only models that can stand in for it (its capabilities, inputs and context; not itself). */
  like?: string;
  /** With `like`: only those whose month costs less than its own ("anything cheaper than gpt-4.1-mini?"). */
  cheaperThanLike?: boolean;
  /** With `like`: only those whose month costs no more than its own ("anything better for the same price?"). */
  noDearerThanLike?: boolean;
  /** With `like`: only those whose month costs at most this share of its own ("as good as sonnet 4.5 at half the price": 0.5). */
  likeShare?: number;
  /** A model id: only models whose month costs more than its own ("what models are more expensive than sonnet 4.5?"). */
  pricierThan?: string;
  /** Two model ids: only models whose month costs more than one's and less than the other's ("anything between gpt-5 mini and gpt-5 in price?"). */
  pricedBetween?: [string, string];
  /** Capabilities asked away ("non-reasoning"): models the catalog does not record as having them. */
  without?: Capability[];
  /** Providers left out ("not from openai"). */
  excludeProviders?: string[];
  /** Countries the maker must be based in ("made in the US", "european models"): ISO codes. */
  madeIn?: string[];
  /** Countries the maker must not be based in ("non-Chinese models"): ISO codes. */
  notMadeIn?: string[];
  /** Model families kept to ("cheapest llama model"): catalog family ids. */
  families?: string[];
  /** Model families left out ("except llama"): catalog family ids. */
  excludeFamilies?: string[];
  /** Models left out by name ("other than gpt-5 and o3"): catalog ids. */
  excludeModels?: string[];
  /** A name every ranked model answers to, in part ("cheapest gpt-5 model": gpt-5, gpt-5-mini, gpt-5.4-nano…; modelsNamed). */
  named?: string;
  /**
   * Where the model must be bought ("cheapest model on bedrock"): route platforms or a provider's own API (its id).
   * Each model is then priced at its cheapest way of buying there, a route at the provider's price included.
   */
  hosts?: string[];
  /** With `lane`: only models with a score on one of the lane's benchmarks ("good at coding"), not its needs alone. */
  laneTested?: boolean;
  /** A benchmark id: only models with a score on it (a ranking by score ranks by it). */
  scoredOn?: string;
  /** Released from `from` (none: any day before) to `to`, both included (YYYY-MM-DD); a model without a published release date is left out. */
  released?: { from?: string; to: string };
  /** With the retiring order: a retirement date from `from` to `to`, both included (YYYY-MM-DD). */
  retires?: { from: string; to: string };
}

/** Each price a floor or a cap may bound (the blended one, or one side's), and the filters that hold its bounds. */
export const PRICE_BOUNDS = [
  { side: undefined, min: 'minPerMillion', max: 'maxPerMillion' },
  { side: 'input', min: 'minInputPerMillion', max: 'maxInputPerMillion' },
  { side: 'output', min: 'minOutputPerMillion', max: 'maxOutputPerMillion' },
] as const;

/** A floor above the cap on the same price ("over $3 … under $1 per million"): no price passes both. */
export function crossedPriceBounds(filters: RankFilters): { side: 'input' | 'output' | undefined; floor: number; cap: number }[] {
  return PRICE_BOUNDS.flatMap(({ side, min, max }) => {
    const [floor, cap] = [filters[min], filters[max]];
    return floor !== undefined && cap !== undefined && floor > cap ? [{ side, floor, cap }] : [];
  });
}

/** Where a ranked price is bought. */
export interface RankedRoute {
  /** The host id ("groq", "openrouter") or the provider's id for its own API. */
  host: string;
  /** How answers name it ("Groq", "OpenAI"). */
  name: string;
  /** The id the host sells it under; null for the provider's own price. */
  id: string | null;
  /** A free or rate-limited endpoint, not a price. */
  free: boolean;
}

export interface Ranked {
  model: string;
  name: string;
  provider: string;
  status: string;
  monthlyUsd: number;
  blendedPerMillion: number;
  /** When an hour is asked for ("hourly cost"): this month's cost over an hour of it. */
  hourlyUsd?: number;
  /** When a day is asked for ("daily cost"): this month's cost over a day of it. */
  dailyUsd?: number;
  /** When a week is asked for ("weekly spend"): this month's cost over a week of it. */
  weeklyUsd?: number;
  /** When a year is asked for ("annual cost"): 12 months at this month's cost. */
  yearlyUsd?: number;
  /** When a term is asked for ("over 6 months"): this month's cost over it. */
  termCost?: TermCost;
  /** The model's context window in tokens (tables sort by it). */
  contextWindow: number;
  /** The most tokens one response may hold, null when the provider publishes no limit. */
  maxOutput: number | null;
  /** Measured output speed in tokens per second, null when the catalog has none. */
  outputTokensPerSecond: number | null;
  /** The score on the benchmark of `scoredOn`, as a number and as answers write it; null without that filter. */
  score: { value: number; text: string } | null;
  /** Ranked by cost per task: the model's cheapest published run on the benchmark of `scoredOn`; null otherwise. */
  perTask: TaskCost | null;
  /** The release date as published (YYYY-MM-DD or YYYY-MM), null when none is. */
  released: string | null;
  /** The announced retirement date, null when none is. */
  retires: string | null;
  /** The knowledge cutoff as published (YYYY-MM-DD or YYYY-MM), null when none is. */
  knowledgeCutoff: string | null;
  /** Where this price is bought: the cheapest paid route (or, with `free`, the free endpoint). */
  route: RankedRoute;
  /** Why it qualifies: the filters it meets, in words. */
  why: string[];
  notes: string[];
}

export interface Exclusion {
  filter: string;
  label: string;
  count: number;
}

/**
 * How a ranking is ordered: by the month's cost, newest release first ("what's the latest OpenAI model?"), largest
 * context window first ("which model has the largest context?"), largest maximum output first ("biggest output limit"), fastest measured output first ("fastest model") or
 * highest score first on the benchmark of `scoredOn` ("top models on SWE-bench Pro") or the lowest published cost per task
 * on it ("cheapest per task on aider").
 */
export const RANK_ORDERS = ['price', 'priciest', 'newest', 'context', 'output', 'speed', 'score', 'task', 'retiring', 'value', 'cutoff'] as const;
export type RankOrder = (typeof RANK_ORDERS)[number];

/** Where one model stands in a ranking ("where does gpt-5 rank?"): its place among the models ranked, or what leaves it out. */
export interface Placement {
  model: string;
  name: string;
  /** Its place (1 is first) among the `of` models ranked; null when it is not ranked. */
  place: number | null;
  of: number;
  /** What leaves it out, as the Excluded line words each filter; empty when it is ranked. */
  leftOutBy: string[];
  /** "Is gpt-5 in the top 10?": the places asked about, answered yes or no. */
  within?: number;
}

export interface CheapestAnswer {
  kind: 'cheapest';
  /** When one model's place was asked: that place, and the rows shown are the ones around it. */
  placed?: Placement;
  order: RankOrder;
  /** With the `scoredOn` filter: the benchmark, by id and name. */
  scoredOn: { id: string; name: string } | null;
  /** With the `like` filter: the model the ranked ones stand in for, at the same profile (null without a price). */
  reference: { model: string; name: string; monthlyUsd: number | null } | null;
  ranking: Ranked[];
  /** The place of the first row shown: 1, or later when asked ("the second cheapest", "ranks 6 to 10"). */
  firstPlace: number;
  /** How many models passed every filter (the ranking shows the top N of them). */
  eligible: number;
  considered: number;
  excluded: Exclusion[];
  /** Models that passed the filters but have no price for this profile (e.g. no batch price). */
  unpriced: { model: string; reason: string }[];
  filters: RankFilters;
  /**
   * When a context or output floor leaves no model: the model with the most of it among those that pass every other
   * filter ("gemini models with 2M context" → the largest Gemini window; `among: 'filtered'`), or, when none does,
   * among current models (`among: 'current'`), so the answer says how far the floor is; null otherwise.
   */
  largest: { what: 'context' | 'output'; model: string; tokens: number; among: 'filtered' | 'current' } | null;
  /**
   * When no model passes and a release window was asked: the latest release before the window, of a model that passes
   * the other filters (`among: 'filtered'`) or, with none asked, of a current model ("models released this week").
   */
  latestRelease: { model: string; released: string; among: 'filtered' | 'current' } | null;
  /**
   * When a benchmark floor leaves no model: the highest score on it of a model that passes the other filters (`among:
   * 'filtered'`) or, with none asked, of a current model ("cheapest model with at least 90% on aider").
   */
  topScore: { benchmark: string; name: string; model: string; score: number; text: string; among: 'filtered' | 'current' } | null;
  assumptions: Assumptions;
  tieBreak: string;
  sources: SourceRef[];
  /** How prices spread across every model that passes, when asked ("average price of anthropic models"). */
  spread?: PriceSpread;
  /** When each row's cost is not a month's: one request ("cheapest per request of 2k tokens"), with what it is called. */
  per?: 'request';
  perWhat?: string;
  /** Things counted with no period ("cheapest per 1000 words"): each row's cost is that many's. */
  forCount?: { count: number; what: string };
}

export const TIE_BREAK = 'equal monthly costs are ordered by the lower output price, then the newer release, then the id';
export const NEWEST_TIE_BREAK =
  'models released the same day are ordered by the lower monthly cost, then the lower output price, then the id; models without a published release date come last';
export const OUTPUT_TIE_BREAK = 'equal maximum outputs are ordered by the lower monthly cost, then the lower output price, then the newer release, then the id';
export const CONTEXT_TIE_BREAK = 'equal context windows are ordered by the lower monthly cost, then the lower output price, then the newer release, then the id';
export const SCORE_TIE_BREAK = 'equal scores are ordered by the lower monthly cost, then the lower output price, then the newer release, then the id';
export const TASK_TIE_BREAK = 'equal costs per task are ordered by the lower monthly cost, then the lower output price, then the newer release, then the id';
export const CUTOFF_TIE_BREAK = 'equal knowledge cutoffs are ordered by the lower monthly cost, then the lower output price, then the newer release, then the id';
export const VALUE_TIE_BREAK =
  'the models no other beats on both price and score, cheapest first; equal monthly costs are ordered by the higher score, then the lower output price, then the id';
export const RETIRING_TIE_BREAK =
  'models retiring the same day are ordered by the lower monthly cost, then the lower output price, then the id; deprecated models without a published retirement date come last';
export const SPEED_TIE_BREAK = 'equal speeds are ordered by the lower monthly cost, then the lower output price, then the newer release, then the id';

/** A model's month before rounding (tokens × USD per 1M) and the input and output rates behind it: what ranking and price filters need. */
interface Priced {
  total: number;
  inputRate: number;
  outputRate: number;
}

interface Check {
  filter: string;
  label: string;
  /** A cap on the price: it cannot judge a model without one, which is counted as unpriced instead. */
  judgesPrice?: true;
  /** Whether the model passes (price filters judge from the raw cost; they are skipped without one). */
  passes: (m: CatalogModel, cost: Priced | undefined) => boolean;
  /** Why a passing model qualifies, in words ('' for nothing worth saying): only for the rows shown. */
  why: (m: CatalogModel, quote: CostQuote) => string;
}

/** A model's release day; one published as a month ("2025-06") counts from the month's first day. */
function releaseDay(m: CatalogModel): string | undefined {
  return m.released && m.released.length === 7 ? `${m.released}-01` : m.released;
}

const lastReleases = new WeakMap<Catalog, string>();
/** The day the catalog's newest model was released ('' with none dated). */
function lastReleaseDay(catalog: Catalog): string {
  let last = lastReleases.get(catalog);
  if (last === undefined) {
    last =
      catalog.models
        .map((m) => releaseDay(m) ?? '')
        .sort()
        .at(-1) ?? '';
    lastReleases.set(catalog, last);
  }
  return last;
}

/**
 * "Non-Chinese models", "made in Europe": where each model's maker is based. A maker whose country the catalog does not
 * record cannot be said to pass either way, so it is counted apart.
 */
function makerCountryFilters(filters: RankFilters): Check[] {
  const where = (m: CatalogModel) => `made in ${countryName(m.makerCountry ?? '')}`;
  const list: Check[] = [{ filter: 'makerCountry', label: "maker's country not recorded", passes: (m) => m.makerCountry !== undefined, why: () => '' }];
  const kept = filters.madeIn?.length ? new Set(filters.madeIn) : undefined;
  if (kept) list.push({ filter: 'madeIn', label: `made outside ${placeName([...kept])}`, passes: (m) => kept.has(m.makerCountry ?? ''), why: where });
  const left = filters.notMadeIn?.length ? new Set(filters.notMadeIn) : undefined;
  if (left) list.push({ filter: 'notMadeIn', label: `made in ${placeName([...left])}`, passes: (m) => !left.has(m.makerCountry ?? ''), why: where });
  return list;
}

/** Each active filter as a test and, for the models shown, the reason they meet it. */
function checks(catalog: Catalog, filters: RankFilters, profile: UsageProfile, asOf: string, order: RankOrder): Check[] {
  const list: Check[] = [];
  list.push({ filter: 'retired', label: 'retired', passes: (m) => !isRetired(m, asOf), why: () => '' });
  // Priced on a past day ("the cheapest model a year ago"), a model released after it had no price then.
  if (lastReleaseDay(catalog) > asOf) list.push({ filter: 'unreleased', label: `not yet released on ${asOf}`, passes: (m) => (releaseDay(m) ?? asOf) <= asOf, why: () => '' });
  // Ranked by speed, a model without a measured speed has no place in the order: it is counted, not guessed.
  if (order === 'speed') {
    list.push({
      filter: 'speed',
      label: 'no measured output speed',
      passes: (m) => m.speed?.outputTokensPerSecond !== undefined,
      why: (m) => `output ${tokensPerSecond(m.speed?.outputTokensPerSecond ?? 0)}`,
    });
  }
  // Ranked by knowledge cutoff, a model that publishes none is counted, not placed.
  if (order === 'cutoff') {
    list.push({
      filter: 'cutoffPublished',
      label: 'no published knowledge cutoff',
      passes: (m) => m.knowledgeCutoff !== undefined,
      why: (m) => `knowledge cutoff ${m.knowledgeCutoff}`,
    });
  }
  // Ranked by maximum output, a model that publishes none is counted, not placed.
  if (order === 'output') {
    list.push({
      filter: 'outputLimit',
      label: 'no published maximum output',
      passes: (m) => m.maxOutput !== undefined,
      why: (m) => `max output ${count(m.maxOutput ?? 0)} tokens`,
    });
  }
  // Ranked by retirement, the models on their way out are the point: deprecated ones stay, and the rest are counted.
  const window = filters.retires;
  if (order === 'retiring' && window) {
    list.push({
      filter: 'lifecycle',
      label: `no retirement date from ${window.from} to ${window.to}`,
      passes: (m) => m.retires !== undefined && m.retires >= window.from && m.retires <= window.to,
      why: (m) => `retires ${m.retires}${m.replacement ? `; successor ${m.replacement}` : ''}`,
    });
  } else if (order === 'retiring') {
    list.push({
      filter: 'lifecycle',
      label: 'not deprecated and no retirement announced',
      passes: (m) => m.status === 'deprecated' || m.retires !== undefined,
      // The successor the provider names, where it names one: what to move to.
      why: (m) => `${m.retires ? `retires ${m.retires}` : 'deprecated; no retirement date published'}${m.replacement ? `; successor ${m.replacement}` : ''}`,
    });
  } else if (!filters.includeDeprecated) {
    list.push({ filter: 'status', label: 'deprecated', passes: (m) => m.status !== 'deprecated', why: () => '' });
  }
  if (filters.noPreviews) list.push({ filter: 'preview', label: 'preview', passes: (m) => m.status !== 'preview', why: () => '' });
  for (const capability of filters.need ?? []) {
    list.push({ filter: `need:${capability}`, label: `no ${capability}`, passes: (m) => m.capabilities[capability] === true, why: () => capability });
  }
  for (const capability of filters.without ?? []) {
    list.push({ filter: `without:${capability}`, label: `with ${capability}`, passes: (m) => m.capabilities[capability] !== true, why: () => `no ${capability}` });
  }
  if (filters.families && filters.families.length > 0) {
    const kept = new Set(filters.families);
    list.push({
      filter: 'families',
      label: `not in ${familiesPhrase(filters.families)}`,
      passes: (m) => kept.has(m.family),
      why: (m) => m.family,
    });
  }
  if (filters.excludeFamilies && filters.excludeFamilies.length > 0) {
    const left = new Set(filters.excludeFamilies);
    const families = `in ${familiesPhrase(filters.excludeFamilies)}`;
    list.push({ filter: 'excludeFamilies', label: families, passes: (m) => !left.has(m.family), why: () => `not ${families}` });
  }
  if (filters.excludeModels && filters.excludeModels.length > 0) {
    const left = new Set(filters.excludeModels);
    const names = filters.excludeModels.join(' or ');
    list.push({ filter: 'excludeModels', label: `left out by name (${names})`, passes: (m) => !left.has(m.id), why: () => `not ${names}` });
  }
  if (filters.named !== undefined) {
    const kept = new Set(modelsNamed(catalog, filters.named));
    list.push({ filter: 'named', label: `not named ${filters.named}`, passes: (m) => kept.has(m), why: () => `a ${filters.named} model` });
  }
  if (filters.excludeProviders && filters.excludeProviders.length > 0) {
    const left = new Set(filters.excludeProviders);
    list.push({
      filter: 'excludeProviders',
      label: `from ${filters.excludeProviders.join(' or ')}`,
      passes: (m) => !left.has(m.provider),
      // Said on each row, so a ranking that leaves makers out never reads as "no filter asked".
      why: () => `not from ${filters.excludeProviders?.join(' or ')}`,
    });
  }
  if (filters.madeIn?.length || filters.notMadeIn?.length) list.push(...makerCountryFilters(filters));
  for (const modality of filters.inputModalities ?? []) {
    list.push({ filter: `input:${modality}`, label: `no ${modality} input`, passes: (m) => m.modalities.input.includes(modality), why: () => `${modality} input` });
  }
  for (const modality of filters.outputModalities ?? []) {
    list.push({ filter: `output:${modality}`, label: `no ${modality} output`, passes: (m) => m.modalities.output.includes(modality), why: () => `${modality} output` });
  }
  const minOutput = filters.minOutput;
  if (minOutput !== undefined) {
    list.push({
      filter: 'minOutput',
      label: `maximum output below ${count(minOutput)} or not published`,
      passes: (m) => (m.maxOutput ?? 0) >= minOutput,
      why: (m) => `max output ${count(m.maxOutput ?? 0)} ≥ ${count(minOutput)}`,
    });
  }
  const maxOutput = filters.maxOutput;
  if (maxOutput !== undefined) {
    list.push({
      filter: 'maxOutput',
      label: `maximum output above ${count(maxOutput)} or not published`,
      passes: (m) => m.maxOutput !== undefined && m.maxOutput <= maxOutput,
      why: (m) => `max output ${count(m.maxOutput ?? 0)} ≤ ${count(maxOutput)}`,
    });
  }

  const minSpeed = filters.minSpeed;
  if (minSpeed !== undefined) {
    list.push({
      filter: 'minSpeed',
      label: `output speed below ${tokensPerSecond(minSpeed)} or not measured`,
      passes: (m) => (m.speed?.outputTokensPerSecond ?? 0) >= minSpeed,
      why: (m) => `output ${tokensPerSecond(m.speed?.outputTokensPerSecond ?? 0)} ≥ ${tokensPerSecond(minSpeed)}`,
    });
  }
  // A cutoff published as a month counts as that month's first day, like the bounds.
  const cutoffDay = (d: string) => (d.length === 7 ? `${d}-01` : d);
  const cutoff = filters.minKnowledgeCutoff;
  if (cutoff !== undefined) {
    list.push({
      filter: 'minKnowledgeCutoff',
      label: `knowledge cutoff before ${cutoff} or not published`,
      passes: (m) => m.knowledgeCutoff !== undefined && cutoffDay(m.knowledgeCutoff) >= cutoffDay(cutoff),
      why: (m) => `knowledge cutoff ${m.knowledgeCutoff}`,
    });
  }
  const before = filters.knowledgeCutoffBefore;
  if (before !== undefined) {
    list.push({
      filter: 'knowledgeCutoffBefore',
      label: `knowledge cutoff on or after ${before} or not published`,
      passes: (m) => m.knowledgeCutoff !== undefined && cutoffDay(m.knowledgeCutoff) < cutoffDay(before),
      why: (m) => `knowledge cutoff ${m.knowledgeCutoff}`,
    });
  }
  const scoredOn = filters.scoredOn === undefined ? undefined : catalog.benchmarks.get(filters.scoredOn);
  // Ranked by cost per task, a model needs a published run with a cost on the benchmark (a score alone is not one).
  if (scoredOn && order === 'task') {
    list.push({
      filter: 'taskCost',
      label: `no published run cost on ${scoredOn.name}`,
      passes: (m) => cheapestRun(catalog, m, scoredOn.id) !== undefined,
      // The run's score beside its cost: the cheapest run may be a weak configuration.
      why: (m) => {
        const run = cheapestRun(catalog, m, scoredOn.id);
        return run ? `scored ${scoreText(catalog, scoredOn.id, run.score)} in the ${run.label}` : '';
      },
    });
  } else if (scoredOn) {
    list.push({
      filter: 'scoredOn',
      label: `untested on ${scoredOn.name}`,
      passes: (m) => scoreOf(m, scoredOn.id) !== undefined,
      // The score, where no column shows it; who published it: a vendor's own figure is said to be one.
      why: (m) => {
        const vendor = vendorReported(m, scoredOn.id);
        if (order === 'score' || order === 'value') return vendor ? `${scoredOn.name}: vendor-reported` : '';
        return `${scoredOn.name} ${scoreText(catalog, scoredOn.id, scoreOf(m, scoredOn.id) ?? 0)}${vendor ? ' (vendor-reported)' : ''}`;
      },
    });
  }
  const released = filters.released;
  if (released) {
    list.push({
      filter: 'released',
      label: `released ${released.from === undefined ? `after ${released.to}` : released.from === released.to ? `on a day other than ${released.from}` : `outside ${released.from} to ${released.to}`}, or on no published date`,
      passes: (m) => {
        const d = releaseDay(m);
        return d !== undefined && (released.from === undefined || d >= released.from) && d <= released.to;
      },
      why: (m) => `released ${m.released}`,
    });
  }
  const minContext = filters.minContext;
  if (minContext !== undefined) {
    list.push({
      filter: 'minContext',
      label: `context below ${count(minContext)}`,
      passes: (m) => m.contextWindow >= minContext,
      why: (m) => `context ${count(m.contextWindow)} ≥ ${count(minContext)}`,
    });
  }
  const maxContext = filters.maxContext;
  if (maxContext !== undefined) {
    list.push({
      filter: 'maxContext',
      label: `context above ${count(maxContext)}`,
      passes: (m) => m.contextWindow <= maxContext,
      why: (m) => `context ${count(m.contextWindow)} ≤ ${count(maxContext)}`,
    });
  }
  if (filters.providers && filters.providers.length > 0) {
    const wanted = new Set(filters.providers);
    list.push({ filter: 'provider', label: `not from ${filters.providers.join(' or ')}`, passes: (m) => wanted.has(m.provider), why: (m) => m.provider });
  }
  // "Which models charge more for long prompts?": those whose price list bills a whole request past a prompt size anew.
  if (filters.longPromptPriced) {
    const tierOf = (m: CatalogModel) => quotedPrice(m, asOf).tiers[0];
    list.push({
      filter: 'longPromptPriced',
      label: 'no long-prompt price',
      passes: (m) => tierOf(m) !== undefined,
      why: (m) => {
        const t = tierOf(m);
        return t ? `prompt ${t.inclusive ? '≥' : '>'} ${tokenCount(t.above)}: ${perMillion(t.input)} in / ${perMillion(t.output)} out` : '';
      },
    });
  }
  // Proprietary only ("closed source", "not open weights"): the models the catalog does not record as open.
  if (filters.openWeights === false) {
    list.push({ filter: 'openWeights', label: 'open weights', passes: (m) => m.openWeights !== true, why: () => 'proprietary' });
  }
  if (filters.openWeights) {
    list.push({
      filter: 'openWeights',
      label: 'not open weights',
      passes: (m) => m.openWeights === true,
      why: (m) => (/^open weights\b/i.test(m.license) ? m.license : `open weights (${m.license})`),
    });
  }
  for (const floor of filters.benchmarkFloors ?? []) {
    const name = catalog.benchmarks.get(floor.benchmark)?.name ?? floor.benchmark;
    const score = (m: CatalogModel) => m.benchmarks.find((b) => b.id === floor.benchmark)?.score;
    list.push({
      filter: `benchmark:${floor.benchmark}`,
      label: `${name} below ${floor.min} or untested`,
      passes: (m) => (score(m) ?? Number.NEGATIVE_INFINITY) >= floor.min,
      why: (m) => `${name} ${score(m)} ≥ ${floor.min}`,
    });
  }
  const like = filters.like === undefined ? undefined : catalog.byId.get(filters.like);
  if (like) {
    const itself = snapshotGroupOf(catalog, like.id);
    list.push({
      filter: 'like',
      label: `cannot stand in for ${like.id} (the capabilities its requests use, its inputs and context)`,
      passes: (m) => snapshotGroupOf(catalog, m.id) !== itself && canStandIn(m, like, filters.without),
      why: () => `stands in for ${like.id}`,
    });
    const reference = filters.cheaperThanLike || filters.noDearerThanLike || filters.likeShare !== undefined ? priceProfile(like, profile, asOf) : undefined;
    const share = filters.likeShare;
    if (reference?.ok && share !== undefined) {
      const cap = exact(reference.monthlyUsd * share);
      list.push({
        filter: 'likeShare',
        label: `over ${percent(share, 2)} of ${like.id}'s month (over ${money(cap)} a month)`,
        passes: (_m, c) => c !== undefined && exact(c.total / MILLION) <= cap,
        why: (_m, q) => `${cheaperBy(q.monthlyUsd, reference.monthlyUsd)} than ${like.id}`,
      });
    } else if (reference?.ok) {
      const month = reference.monthlyUsd;
      const cheaper = filters.cheaperThanLike === true;
      list.push({
        filter: cheaper ? 'cheaperThanLike' : 'noDearerThanLike',
        label: `${cheaper ? 'no cheaper' : 'dearer'} than ${like.id} (${money(month)} a month)`,
        passes: (_m, c) => c !== undefined && (cheaper ? exact(c.total / MILLION) < month : exact(c.total / MILLION) <= month),
        why: (_m, q) => (q.monthlyUsd < month ? `${cheaperBy(q.monthlyUsd, month)} than ${like.id}` : `the same month as ${like.id}`),
      });
    }
  }
  // A model named as a price reference: its month at the profile, when it has one.
  const monthOf = (id: string | undefined) => {
    const model = id === undefined ? undefined : catalog.byId.get(id);
    const quote = model ? priceProfile(model, profile, asOf) : undefined;
    return model && quote?.ok ? { id: model.id, month: quote.monthlyUsd } : undefined;
  };
  const dearer = monthOf(filters.pricierThan);
  if (dearer) {
    const { id, month } = dearer;
    list.push({
      filter: 'pricierThan',
      judgesPrice: true,
      label: `no pricier than ${id} (${money(month)} a month)`,
      passes: (m, c) => c !== undefined && m.id !== id && exact(c.total / MILLION) > month,
      why: (_m, q) => `${month > 0 ? `${times(q.monthlyUsd / month)} ${id}'s` : `more than ${id}'s`} ${money(month)}`,
    });
  }
  const ends = (filters.pricedBetween ?? []).flatMap((id) => monthOf(id) ?? []);
  const [low, high] = [...ends].sort((a, b) => a.month - b.month);
  if (low && high) {
    list.push({
      filter: 'pricedBetween',
      judgesPrice: true,
      label: `not priced between ${low.id} and ${high.id} (${money(low.month)}–${money(high.month)} a month)`,
      passes: (m, c) => c !== undefined && m.id !== low.id && m.id !== high.id && exact(c.total / MILLION) > low.month && exact(c.total / MILLION) < high.month,
      why: (_m, q) => `${money(q.monthlyUsd)}: between ${low.id}'s ${money(low.month)} and ${high.id}'s ${money(high.month)}`,
    });
  }
  if (filters.hosts && filters.hosts.length > 0) {
    const hosts = new Set(filters.hosts);
    const names = filters.hosts.map(hostName);
    list.push({
      filter: 'hosts',
      label: `not sold on ${names.join(' or ')}`,
      passes: (m) => soldOn(m, hosts, asOf),
      why: () => `sold on ${names.join(' or ')}`,
    });
  }
  const lane = filters.lane === undefined ? undefined : catalog.lanes.find((l) => l.id === filters.lane);
  if (lane) {
    // Each row says whether the lane's benchmarks back it, or it meets the lane's needs untested.
    const scored = (m: CatalogModel) =>
      lane.evidence.flatMap((e) => {
        const score = scoreOf(m, e.benchmark);
        return score === undefined ? [] : [`${catalog.benchmarks.get(e.benchmark)?.name ?? e.benchmark} ${scoreText(catalog, e.benchmark, score)}${e.proxy ? ' (proxy)' : ''}`];
      });
    list.push({
      filter: `lane:${lane.id}`,
      label: `does not meet the ${lane.id} lane's needs`,
      passes: (m) => unmetNeed(lane, m) === undefined,
      why: (m) => {
        if (lane.evidence.length === 0) return `fits ${lane.id}`;
        const scores = scored(m);
        return scores.length > 0 ? `fits ${lane.id} (${scores.join(', ')})` : `meets ${lane.id}'s needs, untested on its benchmarks`;
      },
    });
    if (filters.laneTested && lane.evidence.length > 0) {
      list.push({ filter: 'laneTested', label: `untested on the ${lane.id} lane's benchmarks`, passes: (m) => scored(m).length > 0, why: () => '' });
    }
  }
  // Price filters compare the rounded figures a quote would show, so a bill of exactly the limit passes. A floor and
  // a cap on the same price ("between $1 and $3 per million") are one check.
  const rateOf = (side: 'input' | 'output' | undefined) =>
    side === undefined
      ? { name: 'blended price', rate: (c: Priced) => exact(c.total / profile.tokensPerMonth), shown: (q: CostQuote) => q.blendedPerMillion }
      : side === 'input'
        ? { name: 'input price', rate: (c: Priced) => c.inputRate, shown: (q: CostQuote) => q.rates.input }
        : { name: 'output price', rate: (c: Priced) => c.outputRate, shown: (q: CostQuote) => q.rates.output };
  for (const bound of PRICE_BOUNDS) {
    const [side, min, max] = [bound.side, filters[bound.min], filters[bound.max]];
    if (min === undefined && max === undefined) continue;
    const { name, rate, shown } = rateOf(side);
    const filter = max !== undefined ? bound.max : bound.min;
    const label =
      min !== undefined && min === max
        ? `${name} not ${perMillion(min)}`
        : min !== undefined && max !== undefined
          ? `${name} outside ${price(min)}–${perMillion(max)}`
          : max !== undefined
            ? `${name} above ${perMillion(max)}`
            : `${name} below ${perMillion(min ?? 0)}`;
    const prefix = side === undefined ? '' : `${side} `;
    list.push({
      filter,
      judgesPrice: true,
      label,
      passes: (_m, c) => c !== undefined && (max === undefined || rate(c) <= max) && (min === undefined || rate(c) >= min),
      why: (_m, q) =>
        min !== undefined && min === max
          ? `${prefix}${perMillion(shown(q))}`
          : min !== undefined && max !== undefined
            ? `${prefix}${perMillion(shown(q))} within ${price(min)}–${perMillion(max)}`
            : max !== undefined
              ? `${prefix}${perMillion(shown(q))} ≤ ${perMillion(max)}`
              : `${prefix}${perMillion(shown(q))} ≥ ${perMillion(min ?? 0)}`,
    });
  }
  const maxMonthly = filters.maxMonthlyUsd;
  if (maxMonthly !== undefined) {
    list.push({
      filter: 'maxMonthlyUsd',
      judgesPrice: true,
      label: `above ${money(maxMonthly)} a month`,
      passes: (_m, c) => c !== undefined && exact(c.total / MILLION) <= maxMonthly,
      // What the budget would buy at the model's blended price: "we have $500 a month, what gets us the most tokens?".
      why: (_m, q) =>
        `${money(q.monthlyUsd)} ≤ ${money(maxMonthly)} a month${q.blendedPerMillion > 0 ? ` (buys ${tokenCount(tokensBought(maxMonthly, q.blendedPerMillion))} tokens)` : ''}`,
    });
  }
  return list;
}

/** Equal to 12 significant digits: float noise in a sum never decides an order (exact() keeps 15 for display). */
const sameCost = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));

/** A model at its cheapest way of buying. */
interface Candidate extends Priced, Way {
  model: CatalogModel;
}

/** One way of buying a model: the model as priced there (the route's prices in place of the provider's). */
interface Option {
  route: RankedRoute;
  priced: CatalogModel;
}

/** A route's price list has no long-context or service tiers: one frozen empty list and record serve every route entry. */
const NO_TIERS: PriceEntry['tiers'] = Object.freeze([]) as unknown as PriceEntry['tiers'];
const NO_SERVICE_TIERS: PriceEntry['serviceTiers'] = Object.freeze({});

/** What a route charges per 1M input tokens: its own price, else the provider's; a free endpoint, nothing. */
const routeInput = (base: PriceEntry, route: Route): number => (route.free ? 0 : (route.input ?? base.input));
/** What a route charges per 1M output tokens: its own price, else the provider's; a free endpoint, nothing. */
const routeOutput = (base: PriceEntry, route: Route): number => (route.free ? 0 : (route.output ?? base.output));
/**
 * What a route charges per 1M cached input tokens: a host's own input price comes with its own cached price, or none
 * (cached tokens then bill as input); a free endpoint, nothing.
 */
const routeCachedInput = (base: PriceEntry, route: Route): number | undefined =>
  route.free ? 0 : (route.cachedInput ?? (route.input === undefined ? base.cachedInput : undefined));

/** The provider's price entry with a route's own prices in place (fields the route does not give stay the provider's). */
function routeEntry(base: PriceEntry, route: Route): PriceEntry {
  const entry: PriceEntry = {
    from: base.from,
    input: routeInput(base, route),
    output: routeOutput(base, route),
    tiers: NO_TIERS,
    serviceTiers: NO_SERVICE_TIERS,
    source: route.source,
    checked: route.checked,
  };
  const cachedInput = routeCachedInput(base, route);
  if (cachedInput !== undefined) entry.cachedInput = cachedInput;
  if (route.free) entry.free = true;
  return entry;
}

/** Whether a route is a way of buying of its own: a price list of its own, or a free endpoint (else it sells at the provider's price). */
const sellsOnItsOwnTerms = (r: Route): boolean => r.free === true || r.input !== undefined || r.output !== undefined || r.cachedInput !== undefined;

/** A batch endpoint's prices are the Batch API's (the model's own batch price covers them): never a way to price a request. */
const pricesRequests = (r: Route): boolean => r.batch !== true;

/** A way of buying a model: the provider's own price (`route` null) or a route with a price of its own, and the entry it bills by. */
interface Way {
  route: Route | null;
  entry: PriceEntry;
}

/** A way of buying, named as answers say it, with the model as priced there. */
function optionOf(catalog: Catalog, model: CatalogModel, way: Way): Option {
  if (way.route) {
    const r = way.route;
    return { route: { host: r.platform, name: hostName(r.platform), id: r.id, free: r.free === true }, priced: { ...model, pricing: [way.entry] } };
  }
  const base = way.entry;
  const sameRoute = base.host ? model.routes.find((r) => r.platform === base.host && r.input === undefined && r.output === undefined) : undefined;
  const name = base.host ? hostName(base.host) : providerName(catalog, model.provider);
  return { route: { host: base.host ?? model.provider, name, id: sameRoute?.id ?? null, free: base.free === true }, priced: model };
}

/** The model as priced on a route on `asOf`: the route's own price list, or the provider's (a route at the provider's price). */
export function pricedOn(model: CatalogModel, route: Route, asOf: string): CatalogModel {
  return sellsOnItsOwnTerms(route) ? { ...model, pricing: [routeEntry(quotedPrice(model, asOf), route)] } : model;
}

/** Every way of buying the model on `asOf`, named: the provider's price, then each route with a price of its own (or a free endpoint). */
export function buyingOptions(catalog: Catalog, model: CatalogModel, asOf: string): Option[] {
  const base = quotedPrice(model, asOf);
  const routes = model.routes.filter((r) => sellsOnItsOwnTerms(r) && pricesRequests(r)).map((route) => optionOf(catalog, model, { route, entry: routeEntry(base, route) }));
  return [optionOf(catalog, model, { route: null, entry: base }), ...routes];
}

/** Where a way of buying is bought: the route's platform, or the provider's own API (or the host its price entry names). */
const hostOf = (model: CatalogModel, base: PriceEntry, route: Route | null): string => (route ? route.platform : (base.host ?? model.provider));

/** Whether a model is sold on any of `hosts` on `asOf`: the provider's own API or a route there. */
function soldOn(model: CatalogModel, hosts: Set<string>, asOf: string): boolean {
  return hosts.has(hostOf(model, quotedPrice(model, asOf), null)) || model.routes.some((r) => hosts.has(r.platform) && pricesRequests(r));
}

/** The ranking order, with the tie-break of TIE_BREAK. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    (sameCost(a.total, b.total) ? 0 : a.total - b.total) ||
    a.outputRate - b.outputRate ||
    (b.model.released ?? '').localeCompare(a.model.released ?? '') ||
    a.model.id.localeCompare(b.model.id)
  );
}

/** Newest release first; a release date missing sorts last, and a day's releases go by price. */
function compareNewest(a: Candidate, b: Candidate): number {
  return (b.model.released ?? '').localeCompare(a.model.released ?? '') || compareCandidates(a, b);
}

/** A model's knowledge cutoff as a day ("2025-06" → "2025-06-01"); '' without one. */
const cutoffDay = (m: CatalogModel) => (m.knowledgeCutoff === undefined ? '' : m.knowledgeCutoff.length === 7 ? `${m.knowledgeCutoff}-01` : m.knowledgeCutoff);

interface Ordering {
  compare: (a: Candidate, b: Candidate) => number;
  tieBreak: string;
  alone: string;
}

/** Each order: how candidates compare, its tie-break in words, and why a row qualifies when no filter was asked. */
const ORDERS: Record<Exclude<RankOrder, 'score' | 'task' | 'value'>, Ordering> = {
  price: { compare: compareCandidates, tieBreak: TIE_BREAK, alone: 'no filter asked; ranked on price alone' },
  priciest: {
    // Each model at its cheapest way of buying it, the dearest of those first.
    compare: (a, b) => (sameCost(a.total, b.total) ? 0 : b.total - a.total) || compareCandidates(a, b),
    tieBreak: TIE_BREAK,
    alone: 'no filter asked; ranked on price alone, the dearest first',
  },
  newest: { compare: compareNewest, tieBreak: NEWEST_TIE_BREAK, alone: 'no filter asked; ranked by release date alone' },
  context: {
    compare: (a, b) => b.model.contextWindow - a.model.contextWindow || compareCandidates(a, b),
    tieBreak: CONTEXT_TIE_BREAK,
    alone: 'no filter asked; ranked by context window alone',
  },
  output: {
    compare: (a, b) => (b.model.maxOutput ?? 0) - (a.model.maxOutput ?? 0) || compareCandidates(a, b),
    tieBreak: OUTPUT_TIE_BREAK,
    alone: 'ranked by published maximum output alone',
  },
  cutoff: {
    // A cutoff published as a month counts as that month's first day.
    compare: (a, b) => cutoffDay(b.model).localeCompare(cutoffDay(a.model)) || compareCandidates(a, b),
    tieBreak: CUTOFF_TIE_BREAK,
    alone: 'ranked by knowledge cutoff alone',
  },
  retiring: {
    // The soonest retirement first; deprecated without a date last.
    compare: (a, b) => (a.model.retires ?? '9999').localeCompare(b.model.retires ?? '9999') || compareCandidates(a, b),
    tieBreak: RETIRING_TIE_BREAK,
    alone: 'ranked by retirement date alone',
  },
  speed: {
    compare: (a, b) => (b.model.speed?.outputTokensPerSecond ?? 0) - (a.model.speed?.outputTokensPerSecond ?? 0) || compareCandidates(a, b),
    tieBreak: SPEED_TIE_BREAK,
    alone: 'ranked by measured output speed alone',
  },
};

/**
 * The candidates no other beats on both: none costs no more and scores higher, or costs less and scores as high. From
 * the cheapest up, each kept one scores above every cheaper one (a model without the score has been filtered out).
 */
function onFrontier(candidates: Candidate[], benchmark: string): Candidate[] {
  return priceScoreFrontier(
    candidates,
    (c) => c.total,
    (c) => scoreOf(c.model, benchmark),
    sameCost,
  );
}

/** Whether a model's best score on a benchmark is its vendor's own report. */
function vendorReported(model: CatalogModel, benchmark: string): boolean {
  const best = scoreOf(model, benchmark);
  return model.benchmarks.some((b) => b.id === benchmark && b.score === best && b.reportedBy === 'vendor');
}

/** A ranking's order; by score or by cost per task, on the benchmark asked (the highest or the cheapest first), else by price. */
function orderingOf(catalog: Catalog, order: RankOrder, benchmark: string | undefined): Ordering {
  if (order !== 'score' && order !== 'task' && order !== 'value') return ORDERS[order];
  if (benchmark === undefined) return ORDERS.price;
  if (order === 'value') {
    const score = (c: Candidate) => scoreOf(c.model, benchmark) ?? Number.NEGATIVE_INFINITY;
    return {
      compare: (a, b) => (sameCost(a.total, b.total) ? 0 : a.total - b.total) || score(b) - score(a) || a.outputRate - b.outputRate || a.model.id.localeCompare(b.model.id),
      tieBreak: VALUE_TIE_BREAK,
      alone: 'on the price–score frontier',
    };
  }
  if (order === 'task') {
    const perTask = (c: Candidate) => cheapestRun(catalog, c.model, benchmark)?.perTaskUsd ?? Number.POSITIVE_INFINITY;
    return { compare: (a, b) => perTask(a) - perTask(b) || compareCandidates(a, b), tieBreak: TASK_TIE_BREAK, alone: 'ranked by cost per task alone' };
  }
  const score = (c: Candidate) => scoreOf(c.model, benchmark) ?? Number.NEGATIVE_INFINITY;
  return { compare: (a, b) => score(b) - score(a) || compareCandidates(a, b), tieBreak: SCORE_TIE_BREAK, alone: 'ranked by score alone' };
}

/** The floor on size a ranking asked for, if any: the context window's, else the maximum output's. */
function sizeFloor(filters: RankFilters): 'context' | 'output' | undefined {
  return filters.minContext !== undefined ? 'context' : filters.minOutput !== undefined ? 'output' : undefined;
}

/**
 * The model with the largest context or output, when that floor was asked (see CheapestAnswer.largest): among `nearest`
 * (the models only the floor left out), else among current models.
 */
function largestOf(
  catalog: Catalog,
  filters: RankFilters,
  asOf: string,
  nearest: CatalogModel[],
): { what: 'context' | 'output'; model: CatalogModel; tokens: number; among: 'filtered' | 'current' } | null {
  const what = sizeFloor(filters);
  if (!what) return null;
  const size = (m: CatalogModel) => (what === 'context' ? m.contextWindow : (m.maxOutput ?? 0));
  const current = catalog.models.filter((m) => !isRetired(m, asOf) && (filters.includeDeprecated || m.status !== 'deprecated'));
  const among = nearest.length > 0 ? 'filtered' : 'current';
  const top = (among === 'filtered' ? nearest : current).reduce<CatalogModel | undefined>((best, m) => (best === undefined || size(m) > size(best) ? m : best), undefined);
  return top ? { what, model: top, tokens: size(top), among } : null;
}

/** The highest score under the (first) benchmark floor that left every model out, as CheapestAnswer.topScore says it. */
function topScoreOf(catalog: Catalog, filters: RankFilters, onlyBy: Map<string, CatalogModel[]>, othersThan: (filter: string) => boolean): CheapestAnswer['topScore'] {
  const floor = filters.benchmarkFloors?.[0];
  if (!floor) return null;
  const filter = `benchmark:${floor.benchmark}`;
  const scored = (onlyBy.get(filter) ?? []).filter((m) => scoreOf(m, floor.benchmark) !== undefined);
  const top = scored.reduce<CatalogModel | undefined>(
    (a, m) => (a === undefined || (scoreOf(m, floor.benchmark) as number) > (scoreOf(a, floor.benchmark) as number) ? m : a),
    undefined,
  );
  if (!top) return null;
  const score = scoreOf(top, floor.benchmark) as number;
  const name = catalog.benchmarks.get(floor.benchmark)?.name ?? floor.benchmark;
  return { benchmark: floor.benchmark, name, model: top.id, score, text: scoreText(catalog, floor.benchmark, score), among: othersThan(filter) ? 'filtered' : 'current' };
}

/** The model released last of `models` (each with a release date), as CheapestAnswer.latestRelease says it. */
function latestReleaseOf(models: CatalogModel[], among: 'filtered' | 'current'): CheapestAnswer['latestRelease'] {
  const latest = models.reduce<CatalogModel | undefined>((best, m) => (best === undefined || (m.released as string) > (best.released as string) ? m : best), undefined);
  return latest ? { model: latest.id, released: latest.released as string, among } : null;
}

/** Each provider's first candidate in the order, the providers in the order of their firsts. */
function firstOfEachProvider(candidates: Candidate[], compare: (a: Candidate, b: Candidate) => number, each = 1): Candidate[] {
  const taken = new Map<string, number>();
  return [...candidates].sort(compare).filter((c) => {
    const n = taken.get(c.model.provider) ?? 0;
    taken.set(c.model.provider, n + 1);
    return n < each;
  });
}

/** Asked where one model stands, the rows shown are the ones around its place: how many come before the first shown. */
export function firstAround(place: number, shown: number): number {
  return Math.max(0, place - 1 - Math.floor((Math.max(1, shown) - 1) / 2));
}

/**
 * The place of `model` among the ranked candidates (a snapshot folded into a newer one takes that one's place), or, when
 * it is not ranked, what left it out: the filters it fails, its missing price, a free endpoint it lacks, the price–score
 * frontier, or its provider's first taking its row.
 */
function placementIn(
  ranked: Candidate[],
  model: CatalogModel,
  folded: Map<string, string[]>,
  compare: (a: Candidate, b: Candidate) => number,
  leftOutBy: string[],
  unpriced: { model: string; reason: string }[],
  { offFrontier, filters }: { offFrontier: boolean; filters: RankFilters },
): Placement {
  const target = ranked.find((c) => c.model.id === model.id || folded.get(c.model.id)?.includes(model.id));
  const place = target ? 1 + ranked.filter((c) => compare(c, target) < 0).length : null;
  const noPrice = unpriced.find((u) => u.model === model.id)?.reason;
  // Passing every filter and priced, it is left out only by what ranks one model in its place.
  const leftBy = filters.free
    ? `${model.id} has no free endpoint`
    : offFrontier
      ? 'another model costs no more and scores higher (or as high, for less)'
      : filters.eachProvider
        ? 'another model of its provider ranks first'
        : 'not ranked';
  const reasons = place !== null ? [] : leftOutBy.length > 0 ? leftOutBy : noPrice ? [noPrice] : [leftBy];
  return { model: model.id, name: model.name, place, of: ranked.length, leftOutBy: reasons };
}

/**
 * The first `n` items in `compare`'s order, as a stable sort would put them: an answer shows a handful of rows
 * out of hundreds of candidates, so only those are kept in order (a full sort when `n` covers them all).
 */
function firstInOrder<T>(items: T[], n: number, compare: (a: T, b: T) => number): T[] {
  if (n >= items.length) return [...items].sort(compare);
  const first: T[] = [];
  for (const item of items) {
    if (first.length === n && compare(item, first[n - 1] as T) >= 0) continue;
    // Insert in order; on a full list the last one drops off.
    let i = Math.min(first.length, n - 1);
    while (i > 0 && compare(item, first[i - 1] as T) < 0) {
      first[i] = first[i - 1] as T;
      i -= 1;
    }
    first[i] = item;
  }
  return first;
}

/** The entry a way of buying bills by: a route's own price list, else the provider's whole list (its tiers too). */
const wayEntry = (base: PriceEntry, route: Route | null): PriceEntry => (route && sellsOnItsOwnTerms(route) ? routeEntry(base, route) : base);

/** Why a model has no price for a profile: how many ways of buying it were tried, and the first reason one refused. */
interface NoPrice {
  ways: number;
  refusal: string | undefined;
}

/**
 * The cheapest paid way of buying a model at the profile, as the ranking prices it (with `hosts`, only ways of buying
 * there); undefined when it has none.
 */
export function cheapestPaidOption(catalog: Catalog, model: CatalogModel, profile: UsageProfile, asOf: string, hosts?: ReadonlySet<string>): Option | undefined {
  const way = cheapestWay(model, profile, billedTokens(profile, model.id), false, asOf, hosts);
  return 'total' in way ? optionOf(catalog, model, way) : undefined;
}

/** The cheapest paid way of buying a model on `asOf` (with `free`, the cheapest free endpoint), or why it has none. */
function cheapestWay(model: CatalogModel, profile: UsageProfile, tokens: BilledTokens, free: boolean, asOf: string, hosts?: ReadonlySet<string>): Candidate | NoPrice {
  // The usual profile (standard prices, no prompt size) bills any way of buying at its own three prices and is never
  // refused: those ways are priced from the numbers, without building an entry and a RatesUsed for each (ranking
  // visits every way of buying every model, and those were most of what it allocated).
  const atListPrices = !profile.batch && !profile.batchModels?.length && profile.serviceTier === 'standard' && profile.promptTokens === undefined;
  const base = quotedPrice(model, asOf);
  let best: Candidate | undefined;
  let ways = 0;
  let refusal: string | undefined;
  // i = -1 is the provider's own price; then each route with a price of its own or a free endpoint.
  for (let i = -1; i < model.routes.length; i++) {
    const route = i < 0 ? null : (model.routes[i] as Route);
    // Asked for hosts, only ways of buying there count, and a route there at the provider's price is one of them.
    if (route && !pricesRequests(route)) continue;
    if (hosts ? !hosts.has(hostOf(model, base, route)) : route && !sellsOnItsOwnTerms(route)) continue;
    if ((route ? route.free === true : base.free === true) !== free) continue;
    ways += 1;
    let input: number;
    let cachedInput: number;
    let output: number;
    // The entry this way bills by: built here only off the list-price path (else only for a new best).
    let entry: PriceEntry | undefined;
    if (atListPrices) {
      input = route ? routeInput(base, route) : base.input;
      output = route ? routeOutput(base, route) : base.output;
      // As ratesFor's standard rates: cached tokens without a cached price of their own bill as input.
      cachedInput = (route ? routeCachedInput(base, route) : base.cachedInput) ?? input;
    } else {
      entry = wayEntry(base, route);
      const rates = ratesFor(model, entry, profile);
      if ('ok' in rates) {
        refusal ??= rates.reason;
        continue;
      }
      ({ input, cachedInput, output } = rates);
    }
    const total = billTotal(tokens, input, cachedInput, output);
    // As between models: equal months (float noise aside) go to the lower output price.
    if (!best || (sameCost(total, best.total) ? output < best.outputRate : total < best.total)) {
      best = { model, route, entry: entry ?? wayEntry(base, route), total, inputRate: input, outputRate: output };
    }
  }
  return best ?? { ways, refusal };
}

function referenceOf(catalog: Catalog, filters: RankFilters, profile: UsageProfile, asOf: string): CheapestAnswer['reference'] {
  const like = filters.like === undefined ? undefined : catalog.byId.get(filters.like);
  if (!like) return null;
  const q = priceProfile(like, profile, asOf);
  return { model: like.id, name: like.name, monthlyUsd: q.ok ? q.monthlyUsd : null };
}

/** The ranking of the models that pass `filters`, in `order`: `top` of them, after the first `skip` ("ranks 6 to 10"). */
export function cheapest(
  catalog: Catalog,
  profile: UsageProfile,
  filters: RankFilters,
  asOf: string,
  top = 10,
  order: RankOrder = 'price',
  skip = 0,
  placeOf?: CatalogModel,
): CheapestAnswer {
  const tests = checks(catalog, filters, profile, asOf, order);
  const ordering = orderingOf(catalog, order, filters.scoredOn);
  const excludedCounts = tests.map(() => 0);
  const candidates: Candidate[] = [];
  const unpriced: { model: string; reason: string }[] = [];

  // Batch or a service tier is a way of buying each model, not a filter: a row with nothing else to say says it.
  const byPrice = order === 'price' || order === 'priciest';
  const boughtAs = !byPrice
    ? undefined
    : profile.batch
      ? 'priced at its batch rates'
      : profile.serviceTier !== 'standard'
        ? `priced at its ${profile.serviceTier} tier`
        : undefined;
  // "How much does batch save?": each row's way of buying says what it changes against the standard price.
  const againstStandard = (way: string, priced: CatalogModel, quote: CostQuote): string => {
    const standard = atStandardPrices(priced, profile, asOf);
    if (!standard || standard.monthlyUsd === quote.monthlyUsd) return way;
    return quote.monthlyUsd < standard.monthlyUsd
      ? `${way}, ${cheaperBy(quote.monthlyUsd, standard.monthlyUsd)} than standard`
      : `${way}, ${times(quote.monthlyUsd / standard.monthlyUsd)} standard`;
  };
  const tokens = billedTokens(profile);
  const hosts = filters.hosts && filters.hosts.length > 0 ? new Set(filters.hosts) : undefined;
  // The priced models one filter alone left out, by that filter: when none passes, the nearest to a size floor (see
  // largestOf), the latest release before a release window, the highest score under a benchmark floor.
  const onlyBy = new Map<string, CatalogModel[]>();
  // Whether filters besides `filter` (and the lifecycle ones every ranking has) were asked.
  const othersThan = (filter: string) => tests.some((t) => t.filter !== filter && t.filter !== 'retired' && t.filter !== 'unreleased' && t.filter !== 'status');
  const floor = sizeFloor(filters) === 'context' ? 'minContext' : 'minOutput';
  // Only these filters' near misses are said (the first benchmark floor's, as topScoreOf reads it).
  const missesSaid = new Set([floor, 'released', ...(filters.benchmarkFloors?.[0] ? [`benchmark:${filters.benchmarkFloors[0].benchmark}`] : [])]);
  // What leaves the model whose place is asked out of the ranking, when something does.
  const leftOutBy: string[] = [];
  // Free models asked for: those that pass every filter with no free endpoint, counted among what is left out.
  let noFreeEndpoint = 0;
  for (const model of catalog.models) {
    const way = cheapestWay(model, profile, tokens, filters.free === true, asOf, hosts);
    const best = 'total' in way ? way : undefined;
    let failed = 0;
    let failedBy = '';
    // Each filter counts every model it excludes, independently of the others.
    for (let i = 0; i < tests.length; i++) {
      const t = tests[i] as Check;
      if (t.passes(model, best)) continue;
      // Price filters cannot judge a model without a price; it is reported as unpriced instead.
      if (!best && t.judgesPrice) continue;
      excludedCounts[i] = (excludedCounts[i] as number) + 1;
      failed++;
      failedBy = t.filter;
      if (model === placeOf) leftOutBy.push(t.label);
    }
    // Priced, as the ranking without that filter would show it.
    if (failed === 1 && 'total' in way && missesSaid.has(failedBy)) {
      const missed = onlyBy.get(failedBy);
      if (missed) missed.push(model);
      else onlyBy.set(failedBy, [model]);
    }
    if (failed > 0) continue;
    if ('total' in way) candidates.push(way);
    // A model with no free endpoint is simply not a free model: not worth listing as unpriced.
    else if (filters.free && way.ways === 0) noFreeEndpoint++;
    else {
      unpriced.push({
        model: model.id,
        reason: way.refusal ?? (filters.free ? `${model.id} has no free endpoint` : `${model.id} has only a free, rate-limited endpoint (ask for free models to see it)`),
      });
    }
  }
  // Snapshots of one model ("gpt-4o", "gpt-4o-2024-11-20") are one choice: ranked once, as the newest snapshot.
  const { rows: collapsed, folded } = collapseSnapshots(catalog, candidates, (c) => c.model.id);
  // Ranked by value, only the models no other beats on both price and score: the price–score frontier.
  const frontier = order === 'value' && filters.scoredOn !== undefined ? onFrontier(collapsed, filters.scoredOn) : undefined;
  const distinct = frontier ?? collapsed;
  // Flagships are each provider's highest score, ranked then in the order asked.
  const flagshipsBy = filters.flagships && filters.scoredOn !== undefined && order !== 'score' ? orderingOf(catalog, 'score', filters.scoredOn) : undefined;
  const ranked = filters.eachProvider ? firstOfEachProvider(distinct, (flagshipsBy ?? ordering).compare, filters.perProvider) : distinct;
  // With several from each provider, each row says its place among its provider's.
  const placeWithin = new Map<Candidate, number>();
  if ((filters.perProvider ?? 1) > 1) {
    const counts = new Map<string, number>();
    for (const c of [...ranked].sort(ordering.compare)) {
      const n = (counts.get(c.model.provider) ?? 0) + 1;
      counts.set(c.model.provider, n);
      placeWithin.set(c, n);
    }
  }

  const placed = placeOf ? placementIn(ranked, placeOf, folded, ordering.compare, leftOutBy, unpriced, { offFrontier: collapsed.length > distinct.length, filters }) : undefined;
  const from = placed?.place != null ? firstAround(placed.place, top) : skip;
  const shown = firstInOrder(ranked, from + Math.max(1, top), ordering.compare)
    .slice(from)
    .map((candidate) => {
      const { model } = candidate;
      const option = optionOf(catalog, model, candidate);
      const quote = priceProfile(option.priced, profile, asOf) as CostQuote;
      // Two tests may say the same of a row (a cutoff order and a cutoff bound): said once.
      const why = [
        ...new Set(tests.map((t) => t.why(model, quote)).filter((w) => w !== '')),
        ...(filters.eachProvider
          ? [`${flagshipsBy ? 'flagship of' : placeWithin.has(candidate) ? `#${placeWithin.get(candidate)} from` : 'first from'} ${providerName(catalog, model.provider)}`]
          : []),
      ];
      return { model, quote, why, route: option.route, boughtAs: boughtAs === undefined ? undefined : againstStandard(boughtAs, option.priced, quote) };
    });
  const scoredOn = filters.scoredOn === undefined ? undefined : catalog.benchmarks.get(filters.scoredOn);
  const scoreOn = (m: CatalogModel): Ranked['score'] => {
    const value = scoredOn ? scoreOf(m, scoredOn.id) : undefined;
    return scoredOn && value !== undefined ? { value, text: scoreText(catalog, scoredOn.id, value) } : null;
  };
  const largest = ranked.length === 0 ? largestOf(catalog, filters, asOf, othersThan(floor) ? (onlyBy.get(floor) ?? []) : []) : null;
  const releasedBefore = (onlyBy.get('released') ?? []).filter((m) => m.released !== undefined && m.released < (filters.released?.from ?? ''));
  return {
    kind: 'cheapest',
    order,
    scoredOn: scoredOn ? { id: scoredOn.id, name: scoredOn.name } : null,
    reference: referenceOf(catalog, filters, profile, asOf),
    ...(placed ? { placed } : {}),
    firstPlace: from + 1,
    ranking: shown.map(({ model, quote, why, route, boughtAs }) => ({
      model: model.id,
      name: model.name,
      provider: model.provider,
      status: model.status,
      monthlyUsd: quote.monthlyUsd,
      blendedPerMillion: quote.blendedPerMillion,
      contextWindow: model.contextWindow,
      maxOutput: model.maxOutput ?? null,
      outputTokensPerSecond: model.speed?.outputTokensPerSecond ?? null,
      score: scoreOn(model),
      perTask: order === 'task' && scoredOn ? (cheapestRun(catalog, model, scoredOn.id) ?? null) : null,
      released: model.released ?? null,
      retires: model.retires ?? null,
      knowledgeCutoff: model.knowledgeCutoff ?? null,
      route,
      // A prompt's size is what a row with no filter qualifies on: its input holds it. A way of buying is said beside
      // the filters a row passes, so a batch price is never read as the standard one.
      why:
        why.length > 0
          ? boughtAs === undefined
            ? why
            : [...why, boughtAs]
          : [
              filters.free
                ? 'free endpoints only'
                : (boughtAs ??
                  (profile.promptTokens !== undefined
                    ? `takes a ${tokenCount(profile.promptTokens)}-token prompt (max input ${count(model.maxInput ?? model.contextWindow)})`
                    : ordering.alone)),
            ],
      notes: [
        // Ranked by retirement, the row's own reason already says it.
        ...(order === 'retiring' ? quote.notes.filter((n) => n !== lifecycleNote(model, asOf)) : quote.notes),
        ...(model.status === 'preview' ? [`${model.id} is a preview`] : []),
        ...(route.free ? [`${route.name}'s ${route.id ?? model.id} is a free, rate-limited endpoint: not a price to plan a workload on`] : []),
        ...(folded.has(model.id) ? [`also sold as ${folded.get(model.id)?.join(', ')} (snapshots of the same model)`] : []),
      ],
    })),
    eligible: distinct.length,
    considered: catalog.models.length,
    excluded: [
      ...tests.map((t, i) => ({ filter: t.filter, label: t.label, count: excludedCounts[i] ?? 0 })),
      ...(filters.free ? [{ filter: 'free', label: 'no free endpoint in the catalog', count: noFreeEndpoint }] : []),
      ...(frontier ? [{ filter: 'frontier', label: 'another model costs no more and scores higher (or as high, for less)', count: collapsed.length - frontier.length }] : []),
    ],
    unpriced,
    filters,
    largest: largest ? { what: largest.what, model: largest.model.id, tokens: largest.tokens, among: largest.among } : null,
    latestRelease: ranked.length === 0 ? latestReleaseOf(releasedBefore, othersThan('released') ? 'filtered' : 'current') : null,
    topScore: ranked.length === 0 ? topScoreOf(catalog, filters, onlyBy, othersThan) : null,
    assumptions: assumptions(profile, asOf),
    tieBreak: ordering.tieBreak,
    // The figures the order ranks by are cited beside the prices: the context window (the specs) or the speed.
    sources: collectSources(
      shown
        .flatMap(({ model, quote, route }) => [
          { what: route.id ? `${model.id} on ${route.name}` : `${model.id} prices`, source: quote.source, checked: quote.checked },
          ...(order === 'context' || order === 'output' ? [specFigure(model)] : order === 'speed' ? speedFigures(model) : []),
          ...(scoredOn ? model.benchmarks.filter((b) => b.id === scoredOn.id).map((b) => ({ what: `${model.id} ${b.id}`, source: b.source, checked: b.checked })) : []),
        ])
        .concat(largest ? [specFigure(largest.model)] : []),
    ),
  };
}
