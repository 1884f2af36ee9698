// Query → Answer, by calling the core. Names are resolved here, so an unknown or ambiguous name
// becomes an answer of its own (with suggestions), never a guess.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { modelCard, type ModelCard } from '../catalog/card.ts';
import { quotedPrice } from '../catalog/history.ts';
import { outOfScopeModel } from '../catalog/out-of-scope.ts';
import { byPreference, resolveModel, type Resolution } from '../catalog/resolve.ts';
import { isRetired, statusOn } from '../catalog/lifecycle.ts';
import { scoreOf, scoreText } from '../catalog/needs.ts';
import { collectSources, makerFigures, priceFigure, specFigure, speedFigures, type SourceRef } from '../catalog/sources.ts';
import { countryName } from '../catalog/countries.ts';
import { hostName, PRICE_FIELDS, SERVICE_TIERS, type PriceEntry, type ServiceTierName } from '../catalog/schema.ts';
import { providerName, type Catalog, type CatalogModel } from '../catalog/validate.ts';
import { compareModels, MAX_COMPARED, upgrade, type ComparisonAnswer, type Detail, type UpgradeAnswer } from '../compare/compare.ts';
import { comparisonRows, dependsOnProfile, inPriceUnit, priceFieldRow, volumeWords, type Row } from '../compare/rows.ts';
import { bill, type BillAnswer } from '../cost/bill.ts';
import type { SplitPart } from './split.ts';
import { assumptions, type Assumptions, type CostPer } from '../cost/assumptions.ts';
import { cheaperBy, count, FREE_ENDPOINT, money, percent, perMillion, perUnit, pricePair, requestMoney, times, tokens, wordList, type PriceUnit } from '../cost/format.ts';
import { MAX_TOKENS_PER_MONTH, MIX_FORMS, parseVolume, VOLUME_FORMS } from '../cost/parse.ts';
import { defaultProfile, type UsageProfile } from '../cost/profile.ts';
import { costAnswer, costsAtVolumes, termCostOfModel, type CostAnswer } from '../cost/quote.ts';
import { cheapest, cheapestPaidOption, pricedOn, type CheapestAnswer, type Placement, type Ranked, type RankFilters } from '../cost/rank.ts';
import { exact, MILLION, priceProfile, tokensBought } from '../cost/price.ts';
import { priceSpread, setAgainst, type PriceSpread } from '../cost/spread.ts';
import { spanFields, spanWords, stretchesAsked, termCostOf } from '../cost/span.ts';
import { mostRunBenchmark } from '../catalog/runs.ts';
import { releaseBounds } from './released.ts';
import { best, lanePicks, lanesAnswer, type BestAnswer, type LanePicksAnswer, type LanesAnswer } from '../lanes/best.ts';
import { commandFor } from './command-text.ts';
import { inSentence } from './sentence.ts';
import { DEFAULT_TOP, type HelpTopic, type PriceClaim, type Query } from './query.ts';
import { DIGEST_FORMS } from '../digest/command.ts';
import { SETTINGS_USAGE } from './settings.ts';
import type { DigestAnswer } from '../digest/digest.ts';
import type { DigestChoice } from '../digest/schedule.ts';
import { WATCH_FORMS, type WatchAnswer } from '../digest/watch.ts';
import { attributesOf, inOtherLanguage } from './question.ts';
import { factAnswer, isFactAttribute, recordedRateLimits, type FactAnswer } from './facts.ts';
import { cheapestByMix, cheapestByMixWords, crossover, crossoverWords } from '../cost/crossover.ts';
import { ARENA_SCORE, BREAK_EVEN, BREAK_EVEN_VOLUME, DECENT_FLOOR, QUALITY_INDEX, type OutOfReach } from './intents.ts';
import { retireBounds } from './retiring.ts';
import { closeTypo, respeltModels } from '../catalog/resolve.ts';
import { collapseSnapshots } from '../catalog/snapshots.ts';
import { extractProfile, pluralOf, TOKENS_PER_WORD } from './extract.ts';

export type { FactAnswer } from './facts.ts';

export interface HelpAnswer {
  kind: 'help';
  models: number;
  providers: string[];
  lanes: HelpLane[];
  examples: { command: string; what: string }[];
  /** The newest and oldest "checked" dates of the catalog's prices. */
  checkedNewest: string;
  checkedOldest: string;
  /** The question about the bot's own figures answered first, if one was asked. */
  topic: HelpTopic | null;
  /** The one benchmark or lane the topic was asked about ("what is swe-bench pro?"): its id; null for all of them. */
  about: string | null;
  /** Where the prices in force came from: each dataset (or the provider's page, `via` null) and how many models' prices. */
  priceSources: { via: string | null; models: number }[];
  /** How recently the prices in force were confirmed, on the day asked: models checked within 30 and 90 days, of those priced. */
  freshness: { asOf: string; within30: number; within90: number; priced: number };
  /** Ways of buying besides the standard price: of the current models (not deprecated or retired), how many publish a batch price and each service tier. */
  buying: { current: number; batch: number; tiers: Record<ServiceTierName, number>; cachedInput: number; cacheWrite: number };
  /** How many models are in each state of their life on the day asked, and how many of the rest have a retirement date ahead. */
  lifecycle: { active: number; preview: number; deprecated: number; retired: number; retiringAhead: number };
  /** The benchmarks the catalog carries, each with how many current models have a score on it, and the highest of them. */
  benchmarks: { id: string; name: string; measures: string; publishedBy: string; url: string; scored: number; leader: { model: string; score: string } | null }[];
}

/** A lane as help explains it: what it is for, what a model needs, the benchmarks that decide it and how. */
export interface HelpLane {
  id: string;
  name: string;
  description: string;
  /** Capabilities, surfaces and inputs it needs, and a context or input size, as ids and figures. */
  needs: { capabilities: string[]; surfaces: string[]; inputModalities: string[]; minContext?: number; minInput?: number };
  evidence: { benchmark: string; name: string; weight: string; floor?: number; proxy: boolean }[];
  decideBy: 'price' | 'evidence';
  rationale: string;
}

export interface NotUnderstoodAnswer {
  kind: 'not-understood';
  text: string;
  /** What was understood, in words ("a volume of 50M tokens a month", "models: gpt-4.1-mini"). */
  understood: string[];
  /** The closest command that would answer, when one can be formed. */
  suggestion: string | null;
  problems: string[];
}

export interface UnknownModelAnswer {
  kind: 'unknown-model';
  text: string;
  names: { typed: string; kind: 'unknown' | 'ambiguous'; suggestions: string[]; note: string }[];
  /** For each suggestion of the first unresolved name, the corrected command. */
  retries: { label: string; command: string }[];
}

export interface InputProblemAnswer {
  kind: 'input-problem';
  text: string;
  problems: string[];
  forms: string[];
}

export interface AttributeAnswer {
  kind: 'attribute';
  attribute: string;
  question: string;
  row: Row;
  models: string[];
  names: Record<string, string>;
  /** A sentence that answers the question from the row. */
  sentence: string;
  /** The usage profile and price day; said (in `text`) only when the row depends on them (prices, costs), not for a spec, a capability or a score. */
  assumptions: Assumptions;
  sources: SourceRef[];
}

/** A question the catalog cannot answer (a team's own spend, hardware sizing, how-to…), and what can be asked instead. */
export interface CannotSeeAnswer {
  kind: 'cannot-see';
  reach: OutOfReach;
  text: string;
  /** The models the question named (catalog ids). */
  models: string[];
  /** Questions the catalog can answer instead, as commands, each with what it gives. */
  instead: { command: string; what: string }[];
  /** For a count of words or tokens asked in the other ("how many tokens is 1000 words?"): both, at the rule of thumb. */
  estimate?: { asked: 'tokens' | 'words'; words: number; tokens: number };
}

export interface WhereAnswer {
  kind: 'where';
  models: {
    id: string;
    name: string;
    provider: string;
    /** Whether the provider sells the model through its own API on the date asked (false: only hosts sell it). */
    direct: boolean;
    /** The provider's own price on the date asked (USD per 1M), when it sells the model itself at a price; its month at the volume asked. */
    ownPrice: { input: number; output: number; checked: string; monthlyUsd: number | null } | null;
    /** `batch`: a batch endpoint, whose price is the Batch API's (not for interactive requests); `monthlyUsd` at the volume asked. */
    routes: { platform: string; id: string; price: string | null; batch: boolean; monthlyUsd: number | null; checked: string }[];
    /** Hosts the question named that the catalog lists no route of this model on (ids). */
    notOn: string[];
    /** The way of buying with the lowest month (`via`: a host's id, null for the provider's own API; a tie goes to the provider); null when none is priced. */
    cheapest: { via: string | null; monthlyUsd: number } | null;
    /** The ways the question named ("cheaper on groq or cerebras?") that are priced, cheapest first, by name. */
    askedOffers: { via: string | null; name: string; monthlyUsd: number }[];
    /** Whether every priced way of buying it costs the same month. */
    samePrice: boolean;
  }[];
  /** What the months are priced at: the volume asked, or the workspace's default. */
  assumptions: Assumptions;
  sources: SourceRef[];
}

export interface UnavailableAnswer {
  kind: 'unavailable';
  what: string;
  message: string;
}

/** A workspace's default volume and mix, as shown, set or reset. */
export interface SettingsAnswer {
  kind: 'settings';
  change: 'show' | 'set' | 'reset';
  defaults: Defaults;
  /** No store keeps workspace defaults here (the console, the CLI): answers assume the built-in ones. */
  builtIn?: true;
}

/** A channel's digest subscription, as data for the renderers to word. */
export interface SubscriptionView extends DigestChoice {
  channelId: string;
  paused: boolean;
  pausedReason: string | null;
  /** When the next digest is due (an ISO instant). */
  next: string;
}

/** `/models digest`, `… on …` and `… off`: the channel's subscription after the command. */
export interface SubscriptionAnswer {
  kind: 'subscription';
  change: 'status' | 'on' | 'off';
  /** The subscription now (null when there is none). */
  subscription: SubscriptionView | null;
  /** For `off`: whether there was one to turn off. */
  removed: boolean;
}

export type Answer =
  | ComparisonAnswer
  | BillAnswer
  | UpgradeAnswer
  | CostAnswer
  | CheapestAnswer
  | LanesAnswer
  | BestAnswer
  | LanePicksAnswer
  | ModelCard
  | HelpAnswer
  | NotUnderstoodAnswer
  | UnknownModelAnswer
  | InputProblemAnswer
  | AttributeAnswer
  | WhereAnswer
  | FactAnswer
  | CannotSeeAnswer
  | DigestAnswer
  | SettingsAnswer
  | SubscriptionAnswer
  | WatchAnswer
  | UnavailableAnswer;

/** Team defaults applied where a query gives none (the Slack workspace settings, or the CLI defaults). */
export interface Defaults {
  tokensPerMonth: number;
  mix: { input: number; output: number };
}

/** Where a question gives no volume or mix: 1M tokens a month at 3:1 (a workspace can set its own). */
export const DEFAULTS: Defaults = { tokensPerMonth: 1_000_000, mix: { input: 3, output: 1 } };

export function profileOf(query: Query, defaults: Defaults = DEFAULTS): UsageProfile {
  // A multiple said with no volume of its own ("what if we double it?") multiplies the default.
  const profile = defaultProfile(query.tokens ?? defaults.tokensPerMonth * (query.scaleBy ?? 1));
  profile.mix = query.mix ?? defaults.mix;
  if (query.cachedShare !== null) profile.cachedShare = query.cachedShare;
  if (query.cachedShares) profile.cachedShares = query.cachedShares;
  profile.batch = query.batch;
  if (!query.batch && query.batchModels?.length) profile.batchModels = query.batchModels;
  if (!query.batch && query.batchShare !== undefined) profile.batchShare = query.batchShare;
  if (query.serviceTier !== null) profile.serviceTier = query.serviceTier;
  if (query.promptTokens !== null) profile.promptTokens = query.promptTokens;
  return profile;
}

/** One request's profile: its input is its prompt, so long-context prices apply when the request is that long. */
function requestProfile(query: Query, profile: UsageProfile): UsageProfile {
  if (query.per !== 'request' || profile.promptTokens !== undefined) return profile;
  const inputShare = profile.mix.input / (profile.mix.input + profile.mix.output);
  return { ...profile, promptTokens: Math.round(profile.tokensPerMonth * inputShare) };
}

export const EXAMPLES: HelpAnswer['examples'] = [
  { command: '/compare gpt-4.1-mini gpt-5.3-codex', what: 'side by side, with winners, monthly cost, verdict and lanes' },
  { command: '/compare gpt-5.4-mini grok-4.3 claude-haiku-4-5 for 50M tokens mix 70/30', what: 'up to 4 models at your volume and mix' },
  { command: '/models upgrade gpt-4.1 gpt-5.4 for terminal', what: 'what a move gains, loses and costs, led by the lane it is for' },
  { command: '/models cheapest 50M with vision context ≥ 400k', what: 'every model ranked by monthly cost, after filters' },
  { command: '/models newest from anthropic', what: 'the newest releases first, with the same filters' },
  { command: '/models cheapest on bedrock with vision', what: 'only what one host sells, each at its price there' },
  { command: '/models leaderboard swe-bench-pro', what: "a benchmark's top models, each priced" },
  { command: '/models cost grok-4.3 100M cached 80%', what: 'one model at your volume, with the breakdown' },
  { command: '/models when is o3 cheaper than gpt-5?', what: 'which of two is cheaper, and the mix, cached share, prompt size or date that changes it' },
  { command: '/models lanes gpt-5.4-mini gpt-5.3-codex', what: 'which model for which kind of work' },
  { command: '/models best terminal', what: 'the top models for a lane' },
  { command: '/models model claude-sonnet-5', what: "a model's card with sources" },
  { command: '@Model Scout cheapest for 50M tokens?', what: 'or just ask, in a channel or a DM' },
];

const EXAMPLE_FOR: Partial<Record<Query['intent'], string>> = {
  compare: '/compare gpt-4.1-mini gpt-5.3-codex for 50M tokens mix 3:1',
  upgrade: '/models upgrade gpt-4.1-mini gpt-5.4',
  cost: '/models cost grok-4.3 50M',
  model: '/models model claude-sonnet-5',
  lanes: '/models lanes gpt-5.4-mini gpt-5.3-codex',
  attribute: '/models which has the larger context, gpt-4.1-mini or grok-4.3?',
  where: '/models where can I run gpt-4.1-mini?',
};

/** The dataset a source came through, by its first word ("models.dev api.json (… 2026-08-22)" → "models.dev"); null for the provider's own page. */
const datasetOf = (via: string | undefined) => (via === undefined ? null : (via.trim().split(/\s+/)[0] ?? via));

/** How many current models publish a batch price, each service tier, a cached-input price and a cache-write price, on the day asked. */
function buyingOf(catalog: Catalog, asOf: string): HelpAnswer['buying'] {
  const current = catalog.models.filter((m) => !isRetired(m, asOf) && m.status !== 'deprecated').map((m) => quotedPrice(m, asOf));
  return {
    current: current.length,
    batch: current.filter((p) => p.batchInput !== undefined).length,
    tiers: Object.fromEntries(SERVICE_TIERS.map((t) => [t, current.filter((p) => p.serviceTiers[t] !== undefined).length])) as Record<ServiceTierName, number>,
    cachedInput: current.filter((p) => p.cachedInput !== undefined).length,
    cacheWrite: current.filter((p) => p.cacheWrite5m !== undefined || p.cacheWrite1h !== undefined).length,
  };
}

/** How many models are in each state of their life on a day, and how many have a retirement date after it. */
function lifecycleOf(catalog: Catalog, asOf: string): HelpAnswer['lifecycle'] {
  const counts = { active: 0, preview: 0, deprecated: 0, retired: 0, retiringAhead: 0 };
  for (const m of catalog.models) {
    counts[statusOn(m, asOf)] += 1;
    if (m.retires !== undefined && m.retires > asOf) counts.retiringAhead += 1;
  }
  return counts;
}

/** The current model with the highest score on a benchmark, with the score in its unit; null when none has one. */
function leaderOn(catalog: Catalog, current: readonly CatalogModel[], benchmark: string): { model: string; score: string } | null {
  let best: { model: CatalogModel; score: number } | undefined;
  for (const m of current) {
    const score = scoreOf(m, benchmark);
    if (score !== undefined && (!best || score > best.score)) best = { model: m, score };
  }
  return best ? { model: best.model.id, score: scoreText(catalog, benchmark, best.score) } : null;
}

export function helpAnswer(catalog: Catalog, asOf: string, topic: HelpTopic | null = null, about: string | null = null): HelpAnswer {
  const current = catalog.models.filter((m) => !isRetired(m, asOf) && m.status !== 'deprecated');
  const checked = catalog.models.flatMap((m) => m.pricing.map((p) => p.checked)).sort();
  // The prices answers quote today: each model's entry in force.
  const inForce = catalog.models.map((m) => quotedPrice(m, asOf));
  const bySource = new Map<string | null, number>();
  for (const p of inForce) bySource.set(datasetOf(p.source.via), (bySource.get(datasetOf(p.source.via)) ?? 0) + 1);
  const ageOf = (p: PriceEntry) => differenceInCalendarDays(parseISO(asOf), parseISO(p.checked));
  return {
    kind: 'help',
    models: catalog.models.length,
    providers: catalog.providers.map((p) => p.name),
    lanes: catalog.lanes.map((l) => ({
      id: l.id,
      name: l.name,
      description: l.description,
      needs: l.needs,
      evidence: l.evidence.map((e) => ({
        benchmark: e.benchmark,
        name: catalog.benchmarks.get(e.benchmark)?.name ?? e.benchmark,
        weight: e.weight,
        proxy: e.proxy,
        ...(e.floor !== undefined ? { floor: e.floor } : {}),
      })),
      decideBy: l.decideBy,
      rationale: l.rationale,
    })),
    examples: EXAMPLES,
    checkedNewest: checked.at(-1) ?? '',
    checkedOldest: checked[0] ?? '',
    topic,
    about,
    priceSources: [...bySource].map(([via, models]) => ({ via, models })).sort((a, b) => b.models - a.models || String(a.via).localeCompare(String(b.via))),
    freshness: { asOf, within30: inForce.filter((p) => ageOf(p) <= 30).length, within90: inForce.filter((p) => ageOf(p) <= 90).length, priced: inForce.length },
    buying: buyingOf(catalog, asOf),
    lifecycle: lifecycleOf(catalog, asOf),
    benchmarks: [...catalog.benchmarks.values()].map((b) => ({
      id: b.id,
      name: b.name,
      measures: b.measures,
      publishedBy: b.publishedBy,
      url: b.url,
      scored: current.filter((m) => m.benchmarks.some((s) => s.id === b.id)).length,
      leader: leaderOn(catalog, current, b.id),
    })),
  };
}

function understood(query: Query): string[] {
  const out: string[] = [];
  if (query.models.length > 0) out.push(`models: ${query.models.join(', ')}`);
  if (query.tokens !== null) out.push(`a volume of ${query.tokens.toLocaleString('en-US')} tokens a month`);
  if (query.mix) out.push(`a ${query.mix.input}:${query.mix.output} input:output mix`);
  if (query.lane) out.push(`the ${query.lane} lane`);
  if (query.filters.need?.length) out.push(`needs: ${query.filters.need.join(', ')}`);
  if (query.filters.minSpeed) out.push(`speed ≥ ${query.filters.minSpeed} tokens/s`);
  if (query.filters.minContext) out.push(`context ≥ ${query.filters.minContext.toLocaleString('en-US')}`);
  if (query.filters.providers?.length) out.push(`from ${query.filters.providers.join(', ')}`);
  if (query.filters.named !== undefined) out.push(`models named ${query.filters.named}`);
  return out;
}

/** The closest command for a query we could not answer as asked. */
function closest(query: Query): string | null {
  // More models than a comparison takes: the first it can.
  if (query.models.length >= 2) return commandFor({ ...query, intent: 'compare', models: query.models.slice(0, MAX_COMPARED) });
  if (query.models.length === 1) return commandFor({ ...query, intent: query.tokens !== null ? 'cost' : 'model' });
  if (query.tokens !== null || Object.keys(query.filters).length > 0) return commandFor({ ...query, intent: 'cheapest' });
  return null;
}

type Resolved = { ok: true; models: CatalogModel[]; notes: string[] } | { ok: false; answer: UnknownModelAnswer | UnavailableAnswer };

/** What a family's best is judged on, in order: the broadest quality index, then the arena score newer models have first. */
const FLAGSHIP_SIGNALS = [QUALITY_INDEX, ARENA_SCORE];

/**
 * The model a name of several families stands for in a comparison ("gpt vs claude", "is gemini better than
 * gpt-5"): of its current models, the highest on the quality index (or, with none scored there, the arena score); with
 * neither, the newest. People comparing families mean their best, and the answer says which model it took and names
 * others to ask about.
 */
function flagshipOf(catalog: Catalog, r: Extract<Resolution, { kind: 'ambiguous' }>, asOf: string): Resolution {
  const current = r.candidates.filter((m) => statusOn(m, asOf) === 'active');
  if (current.length === 0) return r;
  const signal = FLAGSHIP_SIGNALS.find((b) => current.some((m) => scoreOf(m, b) !== undefined));
  const scored = signal === undefined ? [] : current.filter((m) => scoreOf(m, signal) !== undefined);
  const best = (a: CatalogModel, b: CatalogModel) => ((scoreOf(b, signal as string) as number) > (scoreOf(a, signal as string) as number) ? b : a);
  const model = scored.length > 0 ? scored.reduce(best) : [...current].sort(byPreference)[0];
  if (!model) return r;
  const index = signal === undefined ? '' : (catalog.benchmarks.get(signal)?.name ?? signal);
  const why = signal !== undefined ? `its highest on the ${index} (${scoreOf(model, signal)})` : 'its newest (none of them has an intelligence index or arena score)';
  const others = current
    .filter((m) => m !== model)
    .slice(0, 3)
    .map((m) => m.id);
  return {
    kind: 'found',
    query: r.query,
    model,
    matchedBy: 'family-rule',
    note: `“${r.query.trim()}” names ${r.candidates.length} models; compared ${model.id}, ${why} of the ${current.length} current ones${others.length > 0 ? ` (name one to compare another: ${others.join(', ')})` : ''}`,
  };
}

function resolveAll(catalog: Catalog, query: Query, asOf: string): Resolved {
  // In a comparison of two, a name one edit away from exactly one model is that model (and the answer says so).
  const pair = (query.intent === 'compare' || query.intent === 'upgrade') && query.models.length === 2;
  // Two or more names set against each other, whatever is asked of them ("is gemini cheaper than gpt-4.1?").
  const comparing = query.models.length >= 2;
  const resolutions = query.models.map((name): Resolution => {
    const r = resolveModel(catalog, name);
    if (comparing && r.kind === 'ambiguous') return flagshipOf(catalog, r, asOf);
    if (!pair || r.kind !== 'unknown' || r.note !== undefined) return r;
    const meant = closeTypo(catalog, name);
    return meant ? { kind: 'found', query: name, model: meant, matchedBy: 'partial', note: `“${name.trim()}” read as ${meant.id}, the one model a letter away` } : r;
  });
  const bad = resolutions.filter((r): r is Exclude<Resolution, { kind: 'found' }> => r.kind !== 'found');
  if (bad.length === 0) {
    const found = resolutions as Extract<Resolution, { kind: 'found' }>[];
    return {
      ok: true,
      models: [...new Map(found.map((r) => [r.model.id, r.model])).values()],
      notes: found.map((r) => r.note).filter((n): n is string => n !== undefined),
    };
  }
  // An image, embedding or speech model the catalog knows of is out of scope, not unknown.
  const scope = bad.map((r) => (r.kind === 'unknown' ? outOfScopeModel(catalog, r.query) : undefined)).find((m) => m !== undefined);
  if (scope)
    return {
      ok: false,
      answer: {
        kind: 'unavailable',
        what: 'out-of-scope',
        message: `${scope.sentence} Ask about a chat model instead, for example /models cheapest 50M or /compare gpt-4.1-mini claude-haiku-4-5.`,
      },
    };
  const names = bad.map((r) =>
    r.kind === 'ambiguous'
      ? { typed: r.query, kind: 'ambiguous' as const, suggestions: r.candidates.slice(0, 5).map((m) => m.id), note: r.note }
      : { typed: r.query, kind: 'unknown' as const, suggestions: withRespelt(catalog, r.query, r.suggestions), note: r.note ?? `No model is called “${r.query.trim()}”` },
  );
  const first = names[0]!;
  const retries = first.suggestions.map((id) => ({ label: id, command: commandFor(renamed(query, first.typed, id)) }));
  return { ok: false, answer: { kind: 'unknown-model', text: query.text, names, retries } };
}

/** The question with one name it holds replaced by a model's id. */
function renamed(query: Query, typed: string, id: string): Query {
  const models = [...query.models];
  models[query.models.indexOf(typed)] = id;
  return { ...query, models };
}

/**
 * The question asked again with the model first offered for the first name it did not know ("yes" to "did you mean
 * gpt-5?"); undefined when it knew every name or offered none.
 */
export function withFirstOffered(catalog: Catalog, query: Query, asOf: string): Query | undefined {
  const resolved = resolveAll(catalog, query, asOf);
  if (resolved.ok || resolved.answer.kind !== 'unknown-model') return undefined;
  const first = resolved.answer.names[0];
  const id = first?.suggestions[0];
  return first && id ? renamed(query, first.typed, id) : undefined;
}

/** An unknown name's suggestions, the model a slip in one of its words means first ("lama 3.3 70b" → llama-3.3-70b-instruct). */
function withRespelt(catalog: Catalog, typed: string, suggestions: CatalogModel[]): string[] {
  const meant = respeltModels(catalog, typed);
  return [...meant, ...suggestions.filter((m) => !meant.includes(m))].slice(0, 3).map((m) => m.id);
}

/** The model whose place in a ranking is asked ("where does gpt-5 rank?"), resolved as any named model is; an unknown name is said. */
function placeOf(catalog: Catalog, query: Query, asOf: string): { ok: true; model: CatalogModel } | { ok: false; answer: Answer } | undefined {
  if (query.placeOf === undefined) return undefined;
  const resolved = resolveAll(catalog, { ...query, models: [query.placeOf] }, asOf);
  if (resolved.ok) return { ok: true, model: resolved.models[0] as CatalogModel };
  const { answer } = resolved;
  // A retry places the model named instead, in the same ranking.
  if (answer.kind !== 'unknown-model') return { ok: false, answer };
  return { ok: false, answer: { ...answer, retries: answer.retries.map((r) => ({ ...r, command: commandFor({ ...query, placeOf: r.label }) })) } };
}

/** A place asked within a top N ("is gpt-5 in the top 10?"): the N goes with the place, to be answered yes or no. */
function withinAsked<T extends { placed?: Placement }>(query: Query, answer: T): T {
  return answer.placed && query.placeWithin !== undefined ? { ...answer, placed: { ...answer.placed, within: query.placeWithin } } : answer;
}

/** The earlier release asked for: "which came out first?", "which is older?", "launched earlier". */
const FIRST_ASKED = /\b(?:first|older|oldest|earlier|earliest|before)\b/i;

/** How an attribute's winner is said ("GPT-5 is cheaper"); capabilities and open weights are said as "has …". */
const WINNER_PHRASES: Record<string, string> = {
  context: 'has the larger context window',
  'max-output': 'has the longer maximum output',
  'knowledge-cutoff': 'has the more recent knowledge cutoff',
  speed: 'is faster',
  price: 'is cheaper',
  'input-price': 'has the lower input price',
  'output-price': 'has the lower output price',
  'cached-input-price': 'has the lower cached input price',
  'cache-write-price': 'has the lower cache write price',
  'cache-write-1h-price': 'has the lower one-hour cache write price',
  newer: 'is newer',
  multimodal: 'takes more kinds of input',
};

/** The same, among three or more models ("GPT-5 Mini is cheapest"). */
const WINNER_SUPERLATIVES: Record<string, string> = {
  context: 'has the largest context window',
  'max-output': 'has the longest maximum output',
  'knowledge-cutoff': 'has the most recent knowledge cutoff',
  speed: 'is fastest',
  price: 'is cheapest',
  'input-price': 'has the lowest input price',
  'output-price': 'has the lowest output price',
  'cached-input-price': 'has the lowest cached input price',
  'cache-write-price': 'has the lowest cache write price',
  'cache-write-1h-price': 'has the lowest one-hour cache write price',
  newer: 'is newest',
  multimodal: 'takes the most kinds of input',
};

/** The figures a row reads, for its sources: a price question cites prices, a spec question the specs. */
function figuresBehind(model: CatalogModel, row: Row, asOf: string) {
  if (row.group === 'price' || row.group === 'cost') return [priceFigure(model, asOf)];
  if (row.group === 'speed') return speedFigures(model);
  return [specFigure(model)];
}

/** "Can gpt-5 read pdfs?": yes or no for each model, from its input modalities ("GPT-5: No — PDF is not among its input modalities."). */
function takesModalities(models: CatalogModel[], asked: readonly string[]): string {
  const label = (m: string) => (m === 'pdf' ? 'PDF' : m);
  return models
    .map((m) => {
      const missing = asked.filter((a) => !m.modalities.input.includes(a as (typeof m.modalities.input)[number]));
      return missing.length === 0
        ? `${m.name}: Yes — it takes ${wordList(asked.map(label))} input.`
        : `${m.name}: No — ${wordList(missing.map(label))} is not among its input modalities.`;
    })
    .join(' ');
}

/** "Is 128k context enough for gpt-4.1-mini?": yes or no for each model, from its context window. */
function holdsContext(models: CatalogModel[], floor: number): string {
  return models
    .map((m) => `${m.name}: ${m.contextWindow >= floor ? 'Yes' : 'No'} — ${count(m.contextWindow)} tokens ${m.contextWindow >= floor ? '≥' : '<'} ${count(floor)}.`)
    .join(' ');
}

/**
 * What a cache hit saves on each model's input price: " Cached input is 75% below GPT-4.1's input price ($2.00/1M)",
 * "… 90% below GPT-5's input price ($1.25/1M) and 90% below Claude Sonnet 4.5's ($3.00/1M)."
 */
function cachedDiscount(models: CatalogModel[], asOf: string, unit: PriceUnit): string {
  const below = models.flatMap((m) => {
    const { input, cachedInput, free } = quotedPrice(m, asOf);
    if (free || input === undefined || cachedInput === undefined || input <= 0 || cachedInput > input) return [];
    return [{ name: m.name, share: percent((input - cachedInput) / input), input: perUnit(input, unit) }];
  });
  const [first, ...rest] = below;
  if (!first) return '';
  const others = rest.map((b) => `${b.share} below ${b.name}'s (${b.input})`);
  return ` Cached input is ${wordList([`${first.share} below ${first.name}'s input price (${first.input})`, ...others])}.`;
}

const PLURAL_VERBS: Record<string, string> = { has: 'have', is: 'are', takes: 'take', leads: 'lead' };

/** What a month's budget buys of each model at its blended price: "$100.00 a month buys 145M tokens of GPT-5 Mini and …". */
function budgetBuys(row: Row, models: CatalogModel[], budget: number): string {
  const bought = models.flatMap((m) => {
    const blended = row.values[m.id]?.value;
    return typeof blended === 'number' && blended > 0 ? [{ name: m.name, blended, tokens: tokensBought(budget, blended) }] : [];
  });
  if (bought.length === 0) return '';
  const [most, next] = [...bought].sort((a, b) => a.blended - b.blended);
  // The multiple from the prices themselves, as the price gap says it (the token counts carry float noise).
  const more = most && next && most.blended < next.blended ? `: ${times(next.blended / most.blended)} as many of ${most.name}` : '';
  return `${money(budget)} a month buys ${wordList(bought.map((b) => `${tokens(b.tokens)} tokens of ${b.name}`))}${more}.`;
}

/** Who has a capability among the models compared: "Both have vision", "GPT-5 and o3 have reasoning; GPT-4.1 does not". */
function whoHas(models: CatalogModel[], row: Row, label: string): string {
  const withValue = (value: boolean | null) => models.filter((m) => (row.values[m.id]?.value ?? null) === value).map((m) => m.name);
  const [have, lack, unknown] = [withValue(true), withValue(false), withValue(null)];
  if (lack.length === 0 && unknown.length === 0) return `${models.length === 2 ? 'Both' : `All ${models.length}`} have ${label}`;
  if (have.length === 0 && unknown.length === 0) return `${models.length === 2 ? 'Neither' : 'None'} has ${label}`;
  return [
    have.length > 0 ? `${wordList(have)} ${have.length === 1 ? 'has' : 'have'} ${label}` : '',
    lack.length > 0 ? `${wordList(lack)} ${lack.length === 1 ? 'does' : 'do'} not${have.length > 0 ? '' : ` have ${label}`}` : '',
    unknown.length > 0 ? `not published for ${wordList(unknown)}` : '',
  ]
    .filter((part) => part !== '')
    .join('; ');
}

/**
 * How much cheaper the winner of a price row is than the next cheapest: the difference, the share saved and the
 * multiple ("$4.00/1M less: 67% cheaper; Claude Sonnet 4.5 costs 3× as much"). Empty when a figure is missing.
 */
function priceGap(row: Row, names: Record<string, string>, winner: string, per: CostPer = 'month', unit: PriceUnit = 'million'): string {
  const low = row.values[winner]?.value;
  // Models tied with the winner are not "the next cheapest": the gap is to the first model that costs more.
  const leaders = row.sharedBy ?? [winner];
  const others = Object.entries(row.values)
    .filter(([id, v]) => !leaders.includes(id) && typeof v.value === 'number')
    .sort(([, a], [, b]) => (a.value as number) - (b.value as number));
  const [next, figure] = others[0] ?? [];
  const high = figure?.value;
  if (typeof low !== 'number' || typeof high !== 'number' || !next || high <= low) return '';
  const difference = row.span
    ? `${money(high - low)} ${spanWords(row.span.per).per}`
    : row.volume
      ? per === 'request'
        ? row.volume.count !== undefined
          ? requestMoney(high - low)
          : `${requestMoney(high - low)} a ${row.volume.what ?? 'request'}`
        : `${money(high - low)} a ${per}`
      : perUnit(high - low, unit);
  // Things counted are said after the models: "$7.50 less than Claude Sonnet 4.5 for 1,000 requests of 3K tokens".
  const counted = row.volume?.count !== undefined && per === 'request' ? ` ${volumeWords(row.volume)}` : '';
  const multiple = low > 0 ? `; ${names[next]} costs ${times(high / low)} as much` : '';
  const who = leaders.length > 1 ? 'Each' : names[winner];
  return ` ${who} costs ${difference} less than ${names[next]}${counted}: ${cheaperBy(low, high)}${multiple}.`;
}

/**
 * A claimed gap checked against the figures ("is flash 10x cheaper than gpt-4o?"): "Yes", "No" with the real gap, or
 * "More than that". A multiple within 5% of the claim, or a share within 2 points, holds.
 */
function claimVerdict(claim: PriceClaim, row: Row, models: CatalogModel[], names: Record<string, string>): string | undefined {
  const [a, b] = models;
  const [x, y] = [row.values[a?.id ?? '']?.value, row.values[b?.id ?? '']?.value];
  if (!a || !b || typeof x !== 'number' || typeof y !== 'number' || x <= 0 || y <= 0) return undefined;
  const [nameA, nameB] = [names[a.id], names[b.id]];
  // The claim's direction: the first model named cheaper (or dearer) than the second.
  const [low, high, lowName, highName] = claim.cheaper ? [x, y, nameA, nameB] : [y, x, nameB, nameA];
  if (low >= high) return `No: ${nameA} is not ${claim.cheaper ? 'cheaper' : 'more expensive'} than ${nameB} here.`;
  if (claim.times !== undefined) {
    const actual = high / low;
    const gap = `${highName} costs ${times(actual)} as much as ${lowName}`;
    if (Math.abs(actual / claim.times - 1) <= 0.05) return `Yes: ${gap}.`;
    return actual > claim.times ? `More than that: ${gap}.` : `No: ${gap}, not ${claim.times}×.`;
  }
  const share = claim.cheaper ? ((high - low) / high) * 100 : ((high - low) / low) * 100;
  const said = `${nameA} is ${Math.round(share)}% ${claim.cheaper ? 'cheaper' : 'more expensive'}`;
  const percent = claim.percent ?? 0;
  if (Math.abs(share - percent) <= 2) return `Yes: ${said}.`;
  return share > percent ? `More than that: ${said}.` : `No: ${said}, not ${percent}%.`;
}

/** Assumptions kept as figures but said only when the answer depends on them (a name's reading is still said: it leads `text`). */
function saidOnlyIf(depends: boolean, a: Assumptions): Assumptions {
  return depends ? a : { ...a, text: [] };
}

/**
 * Three or more models, best figure first ("GPT-5 Mini: $0.6875/1M; Gemini 2.5 Flash: $0.85/1M; Claude Haiku 4.5:
 * $2.00/1M"), those without one last; two, or a row with no order (a yes or no, a list), as named.
 */
function inOrder(models: CatalogModel[], row: Row): CatalogModel[] {
  const better = row.better;
  if (models.length < 3 || (better !== 'lower' && better !== 'higher' && better !== 'newer')) return models;
  const key = (m: CatalogModel) => row.values[m.id]?.value;
  const rank = (m: CatalogModel) => (typeof key(m) === 'number' || typeof key(m) === 'string' ? 0 : 1);
  const compare = (a: CatalogModel, b: CatalogModel) => {
    const [x, y] = [key(a), key(b)];
    if (typeof x === 'number' && typeof y === 'number') return better === 'lower' ? x - y : y - x;
    if (typeof x === 'string' && typeof y === 'string') return better === 'newer' ? y.localeCompare(x) : 0;
    return 0;
  };
  return [...models].sort((a, b) => rank(a) - rank(b) || compare(a, b));
}

/**
 * An attribute of several models; "which is better for vision, A or B?" (a lane with it) is the capability while it sets
 * them apart, and once every one has it, the comparison with that lane's verdict first.
 */
function capabilityOrLane(catalog: Catalog, query: Query, models: CatalogModel[], profile: UsageProfile, asOf: string, detail: Detail): Answer {
  const asked = attributeAnswer(catalog, query, models, profile, asOf);
  if (query.lane === null || asked.row.better !== 'yes' || asked.row.winner !== 'tie') return asked;
  return compareModels(catalog, models, profile, asOf, detail, { focus: query.lane, unit: query.unit ?? 'million' });
}

function attributeAnswer(catalog: Catalog, query: Query, models: CatalogModel[], profile: UsageProfile, asOf: string): AttributeAnswer {
  const all = attributesOf(catalog);
  const spec = all.find((a) => a.id === query.attribute) ?? all[0]!;
  const unit = query.unit ?? 'million';
  const counted = countedOf(query);
  const rows = inPriceUnit(
    comparisonRows(
      catalog,
      models,
      profile,
      asOf,
      'full',
      stretchesAsked(query),
      counted || query.per === 'request' ? 'request' : 'month',
      counted?.what ?? query.perWhat,
      counted?.count,
    ),
    unit,
  );
  // "Cheaper at 200M tokens a month?" is answered with the month at that volume ("over a year?", "per day?", with that span); without a volume, with the blended price.
  const atVolume = rows.find((r) => r.span) ?? (query.tokens !== null ? rows.find((r) => r.volume?.yours) : undefined);
  // A price field no compared model sells has no row in a comparison ("cache write price of gpt-5"): its own row says so.
  const field = PRICE_FIELDS.find((f) => spec.row === `price.${f}`);
  const row =
    (spec.id === 'price' ? atVolume : undefined) ??
    rows.find((r) => r.key === spec.row) ??
    (field ? inPriceUnit([priceFieldRow(models, field, (m) => quotedPrice(m, asOf))], unit)[0] : undefined);
  // Every other row is built for any models (a comparison never drops one to hide a gap).
  if (!row) throw new Error(`no ${spec.row} row for ${spec.id}`);
  const names = Object.fromEntries(models.map((m) => [m.id, m.name]));
  const list = inOrder(models, row)
    .map((m) => `${m.name}: ${row.values[m.id]?.text}`)
    .join('; ');
  const label = inSentence(row.label);
  // "Which is cheaper per request: 2k in/500 out?": the volume is one request's, and so is the cost.
  const per: CostPer = (query.per === 'request' || counted) && row.volume && !row.span ? 'request' : 'month';
  let sentence: string;
  // What a price is cheapest at: a span of the month, the volume priced, or the blended price.
  const at =
    spec.id === 'price'
      ? row.span
        ? ` ${spanWords(row.span.per).over} at ${tokens(row.span.tokens)} tokens a month`
        : row.volume
          ? ` ${volumeWords(row.volume)}`
          : ` ${label}`
      : '';
  if (row.winner === null) {
    // "Released" heads a table column; in a sentence it is the release date.
    const named = row.key === 'released' ? 'Release date' : row.group === 'price' && !row.mix ? `${row.label} price` : row.label;
    // A figure with no better or worse (a license, a country) names no winner, and says none is missing.
    sentence = models.length === 1 ? `${named} of ${list}.` : `${named} — ${list}.${row.better === null ? '' : ' Not enough published figures to name a winner.'}`;
    if (row.key === 'makerCountry') sentence = models.map((m) => makerSentence(catalog, m)).join(' ');
  } else if (row.winner === 'tie' && row.better === 'yes') {
    sentence = `${whoHas(models, row, label)} — ${list}.`;
  } else if (row.winner === 'tie' && row.sharedBy) {
    // Three or more compared, and some (not all) share the best figure: they are named, tied, and the gap is to the next.
    const phrase = (WINNER_SUPERLATIVES[spec.id] ?? `leads on ${label}`).replace(/^(?:has|is|takes|leads)\b/, (verb) => PLURAL_VERBS[verb] ?? verb);
    const tied = wordList(row.sharedBy.map((id) => names[id] ?? id));
    const gap = row.group === 'price' || row.group === 'cost' ? priceGap(row, names, row.sharedBy[0] as string, per, unit) : '';
    sentence = `${tied} ${phrase}${at}, tied — ${list}.${gap}`;
  } else if (row.winner === 'tie') {
    sentence = `A tie on ${label}: ${list}.`;
  } else if (spec.id === 'newer' && FIRST_ASKED.test(query.text)) {
    // "Which launched first?": the earliest release is the one asked for, not the newest.
    const first = [...models].sort((x, y) => (x.released ?? '9999').localeCompare(y.released ?? '9999'))[0];
    sentence = `${first?.name} came out first — ${list}.`;
  } else {
    const winner = names[row.winner];
    const phrase = (models.length > 2 ? WINNER_SUPERLATIVES : WINNER_PHRASES)[spec.id] ?? (row.better === 'yes' ? `has ${label}` : `leads on ${label}`);
    sentence = `${winner} ${phrase}${at} — ${list}.${row.group === 'price' || row.group === 'cost' ? priceGap(row, names, row.winner, per, unit) : ''}`;
  }
  // "How many tokens can I get for $100 with A vs B?": what the month's budget buys of each, at the blended price.
  if (query.budget !== undefined && row.mix !== undefined && !row.volume && !row.span) sentence = `${budgetBuys(row, models, query.budget)} ${sentence}`;
  if (row.key === 'price.cachedInput') sentence += cachedDiscount(models, asOf, unit);
  const modalities = row.key === 'modalities.input' ? (query.filters.inputModalities ?? []) : [];
  if (modalities.length > 0) sentence = `${takesModalities(models, modalities)} ${sentence}`;
  const floor = row.key === 'contextWindow' ? query.filters.minContext : undefined;
  if (floor !== undefined) sentence = `${holdsContext(models, floor)} ${sentence}`;
  const checked = query.claim && (row.group === 'price' || row.group === 'cost') ? claimVerdict(query.claim, row, models, names) : undefined;
  if (checked) sentence = `${checked} ${sentence}`;
  // "When is o3 cheaper than gpt-5?", "break-even volume?": where the cheaper of the two changes (a mix, a cached share, a date).
  const [a, b] = models;
  const flip = spec.id === 'price' && a && b && models.length === 2 && row.winner !== null ? crossover(a, b, profile, asOf) : null;
  if (flip) {
    const words = crossoverWords(flip, {
      names,
      volume: BREAK_EVEN_VOLUME.test(query.text),
      breakEven: BREAK_EVEN.test(query.text),
      cache: profile.cachedShare > 0 || /\bcach(?:e|ed|ing)\b/i.test(query.text),
    });
    if (words) sentence = `${sentence} ${words}`;
  }
  // Of three or more, which costs least at each mix, where that changes.
  const byMix = spec.id === 'price' && models.length >= 3 && row.winner !== null ? cheapestByMix(models, profile, asOf) : null;
  if (byMix) sentence = `${sentence} ${cheapestByMixWords(byMix, names)}`;
  return {
    kind: 'attribute',
    attribute: spec.id,
    question: query.text,
    row,
    models: models.map((m) => m.id),
    names,
    sentence,
    assumptions: saidOnlyIf(dependsOnProfile(row), counted && per === 'request' ? assumptions(profile, asOf, 'month', [], counted) : assumptions(profile, asOf, per)),
    sources: collectSources(models.flatMap((m) => (row.key === 'makerCountry' ? makerFigures(catalog, m) : figuresBehind(m, row, asOf)))),
  };
}

/** "Kimi K2 is made by Moonshot AI, headquartered in China." */
function makerSentence(catalog: Catalog, model: CatalogModel): string {
  const maker = providerName(catalog, model.provider);
  return `${model.name} is made by ${maker}, ${model.makerCountry ? `headquartered in ${countryName(model.makerCountry)}` : 'whose country the catalog does not record'}.`;
}

/**
 * Each way of buying the models, priced for the month at the volume asked ("cheaper on deepinfra or openrouter at 1B
 * tokens?") or the default, the cheapest named, and the ways the question named ("on groq or cerebras?") first.
 */
function whereAnswer(catalog: Catalog, models: CatalogModel[], asOf: string, profile: UsageProfile, asked: readonly string[] = []): WhereAnswer {
  const month = (m: CatalogModel) => {
    const q = priceProfile(m, profile, asOf);
    return q.ok ? q.monthlyUsd : null;
  };
  type R = CatalogModel['routes'][number];
  type Own = ReturnType<typeof quotedPrice>;
  // A route's prices: its own, or, on the host whose price is the model's (the provider sells no API of its own), that price.
  const pricesOf = (own: Own, r: R): { input: number; output: number } | undefined => {
    if (r.input !== undefined && r.output !== undefined) return { input: r.input, output: r.output };
    return own.host === r.platform && !own.free && !r.free && !r.batch ? { input: own.input, output: own.output } : undefined;
  };
  // Each host with a price, cheapest first; hosts that sell at the provider's price next; batch and free endpoints last.
  const price = (r: R, p: ReturnType<typeof pricesOf>) => (r.free ? FREE_ENDPOINT : p ? pricePair(p.input, p.output) : null);
  const group = (r: R, p: ReturnType<typeof pricesOf>) => (r.free ? 3 : r.batch ? 2 : p ? 0 : 1);
  const routesOf = (m: CatalogModel, own: Own) =>
    m.routes.map((r) => ({ r, p: pricesOf(own, r) })).sort((a, b) => group(a.r, a.p) - group(b.r, b.p) || (a.p ? a.p.input + a.p.output : 0) - (b.p ? b.p.input + b.p.output : 0));
  // A route's month: a batch or free endpoint is no price for requests.
  const routeMonth = (m: CatalogModel, r: R) => (r.free || r.batch ? null : month(pricedOn(m, r, asOf)));
  const sold = models.map((m) => {
    const own = quotedPrice(m, asOf);
    // A price entry with a `host` is that host's price: the provider sells no API of its own.
    return { m, own, direct: own.host === undefined };
  });
  return {
    kind: 'where',
    models: sold.map(({ m, own, direct }) => {
      const ownPrice = direct && !own.free ? { input: own.input, output: own.output, checked: own.checked, monthlyUsd: month(m) } : null;
      const routes = routesOf(m, own)
        .map(({ r, p }) => ({ platform: r.platform, id: r.id, price: price(r, p), batch: r.batch === true, monthlyUsd: routeMonth(m, r), checked: r.checked }))
        // The cheapest month first; routes without one (batch, free) keep their place after.
        .sort((a, b) => (a.monthlyUsd ?? Number.POSITIVE_INFINITY) - (b.monthlyUsd ?? Number.POSITIVE_INFINITY));
      type Offer = { via: string | null; monthlyUsd: number };
      const offers: Offer[] = [
        ...(ownPrice?.monthlyUsd != null ? [{ via: null, monthlyUsd: ownPrice.monthlyUsd }] : []),
        ...routes.flatMap((r) => (r.monthlyUsd === null ? [] : [{ via: r.platform, monthlyUsd: r.monthlyUsd }])),
      ];
      // A tie goes to the first offered: the provider's own API, then the hosts cheapest first.
      const least = (list: Offer[]) => list.reduce<Offer | null>((best, o) => (best === null || o.monthlyUsd < best.monthlyUsd ? o : best), null);
      const isAsked = (via: string | null) => asked.includes(via ?? m.provider);
      const provider = providerName(catalog, m.provider);
      return {
        id: m.id,
        name: m.name,
        provider,
        direct,
        ownPrice,
        // The hosts asked about first, each group cheapest first.
        routes: [...routes.filter((r) => isAsked(r.platform)), ...routes.filter((r) => !isAsked(r.platform))],
        // A host asked about that sells it nowhere in the catalog is said, not left out ("azure gpt-4o price"); the provider's own API counts.
        notOn: asked.filter((h) => !m.routes.some((r) => r.platform === h) && !(direct && h === m.provider)),
        cheapest: least(offers),
        askedOffers: offers
          .filter((o) => isAsked(o.via))
          .map((o) => ({ ...o, name: o.via === null ? `${provider} directly` : hostName(o.via) }))
          .sort((a, b) => a.monthlyUsd - b.monthlyUsd),
        samePrice: offers.length > 1 && offers.every((o) => o.monthlyUsd === offers[0]?.monthlyUsd),
      };
    }),
    assumptions: assumptions(profile, asOf),
    sources: collectSources(
      sold.flatMap(({ m, direct }) => [
        ...(direct ? [priceFigure(m, asOf)] : []),
        ...m.routes.map((r) => ({ what: `${m.id} on ${r.platform}`, source: r.source, checked: r.checked })),
      ]),
    ),
  };
}

/** The query's filters with its release and retirement windows in words ("released this year") as the days they mean on `asOf`. */
function filtersOn(catalog: Catalog, query: Query, asOf: string): RankFilters {
  const filters = {
    ...query.filters,
    ...(query.released ? { released: releaseBounds(query.released, asOf) } : {}),
    ...(query.retiring ? { retires: retireBounds(query.retiring, asOf) } : {}),
  };
  if (filters.scoredOn !== undefined) return filters;
  // Value is price against quality: the broadest quality index unless a benchmark is named.
  if (query.order === 'value' && query.intent !== 'best') return { ...filters, scoredOn: QUALITY_INDEX };
  // A flagship is a maker's highest on the broadest quality index unless a benchmark is named.
  if (filters.flagships) return { ...filters, scoredOn: QUALITY_INDEX };
  // Cost per task is one benchmark's: the one named, else the one with the most published runs.
  if (query.order !== 'task') return filters;
  const benchmark = mostRunBenchmark(catalog);
  return benchmark === undefined ? filters : { ...filters, scoredOn: benchmark };
}

/** "Decent", "good at" are a stated floor: the answer's assumptions say which, in the asker's word. */
function withDecent<T extends CheapestAnswer | BestAnswer>(query: Query, a: T): T {
  if (!query.decent || !('assumptions' in a)) return a;
  const floor = query.filters.benchmarkFloors?.find((f) => f.benchmark === DECENT_FLOOR.benchmark)?.min ?? DECENT_FLOOR.min;
  const said = `“${query.decent}” read as an Artificial Analysis Intelligence Index of at least ${floor} (about the median of the catalog's scored models); models without that score are left out`;
  return { ...a, assumptions: { ...a.assumptions, text: [said, ...a.assumptions.text] } };
}

/** A ranking asked by the hour, the day, the week, the year or a term ("annual cost of the cheapest model"): each span beside the row's month. */
function withSpans(catalog: Catalog, query: Query, a: CheapestAnswer, profile: UsageProfile, asOf: string): CheapestAnswer {
  const spans = stretchesAsked(query);
  if (spans.length === 0) return a;
  // A row at the model's own prices is priced over the term across its dated changes; a host's price has none.
  const termCost = (r: CheapestAnswer['ranking'][number]) => {
    const model = r.route.id === null && !r.route.free ? catalog.byId.get(r.model) : undefined;
    return model ? termCostOfModel(model, profile, asOf, r.monthlyUsd, spans) : termCostOf(r.monthlyUsd, spans);
  };
  return {
    ...a,
    ranking: a.ranking.map((r) => ({ ...r, ...spanFields(r.monthlyUsd, spans), ...termCost(r) })),
    assumptions: assumptions(profile, asOf, 'month', spans),
  };
}

/** Things counted with no period, as a comparison prices them ("per 1000 words"); undefined for a month or one request. */
function countedOf(query: Query): { count: number; what: string } | undefined {
  return query.forCount && query.per !== 'request' ? query.forCount : undefined;
}

/** A ranking priced per request ("cheapest per request of 2k tokens") or for things counted ("per 1000 words") says so, not a month. */
function pricedFor(query: Query, a: CheapestAnswer, profile: UsageProfile, asOf: string): CheapestAnswer {
  if (query.forCount && query.per !== 'request') return { ...a, forCount: query.forCount, assumptions: assumptions(profile, asOf, 'month', [], query.forCount) };
  if (query.per === 'request')
    return { ...a, per: 'request', ...(query.perWhat !== undefined ? { perWhat: query.perWhat } : {}), assumptions: assumptions(profile, asOf, 'request') };
  return a;
}

/**
 * "How many tokens is 1000 words?", "how many words is 1M tokens?": the count asked in the other unit, at about 4/3 of
 * a token per English word; undefined when no count of words or tokens is given, or none a workload could have.
 */
function wordsAndTokens(text: string): CannotSeeAnswer['estimate'] {
  const m = /(\d[\d,.]*\s*(?:k|m|b|thousand|million|billion)?)\s*(words?|tokens?)\b/i.exec(text);
  if (!m) return undefined;
  const read = parseVolume(m[1] as string);
  if (!read.ok) return undefined;
  const count = read.value.tokens;
  return /^word/i.test(m[2] as string)
    ? { asked: 'tokens', words: count, tokens: Math.round(count * TOKENS_PER_WORD) }
    : { asked: 'words', words: Math.round(count / TOKENS_PER_WORD), tokens: count };
}

/** What the bot can answer instead of something the catalog cannot know. */
function cannotSee(catalog: Catalog, query: Query): CannotSeeAnswer {
  // The models as named ("llama 3.3 70b"), each by its id.
  const models = query.models.flatMap((name) => {
    const found = resolveModel(catalog, name);
    return found.kind === 'found' ? [found.model.id] : [];
  });
  const first = models[0];
  const providers = extractProfile(query.text, { providerWords: true, capabilityWords: false, providers: catalog.providers }).query.filters.providers ?? [];
  const from = providers.length > 0 ? ` from ${providers[0]}` : '';
  const instead: CannotSeeAnswer['instead'] = [];
  switch (query.reach) {
    case 'spend':
      if (first) instead.push({ command: `/models cost ${first} 50M`, what: 'what a volume would cost at list prices' });
      instead.push({ command: `/models cheapest 50M${from}`, what: 'the cheapest models for a monthly volume' });
      instead.push({ command: '/models digest preview last month', what: 'what changed in prices over a period' });
      break;
    case 'hardware':
      if (first) instead.push({ command: `/models model ${first}`, what: 'whether its weights are open, its licence and its size where published' });
      if (first) instead.push({ command: `/models where can I run ${first}`, what: 'hosts that serve it, with their prices' });
      instead.push({ command: '/models cheapest 50M open weights', what: 'the cheapest open-weight models to call from a host' });
      break;
    case 'status':
      if (first) instead.push({ command: `/models where can I run ${first}`, what: 'other hosts that serve it' });
      instead.push({ command: '/models cheapest 50M', what: 'alternatives ranked by monthly cost' });
      break;
    case 'subscription':
      if (first) instead.push({ command: `/models cost ${first} 50M`, what: 'what the model behind it costs through the API, at a volume' });
      instead.push({ command: `/models cheapest 50M${from}`, what: 'the cheapest API models for a monthly volume' });
      break;
    case 'truthfulness':
      if (models.length >= 2) instead.push({ command: `/compare ${models.slice(0, 4).join(' ')}`, what: 'the models side by side, with the benchmark scores both have' });
      instead.push({ command: '/models leaderboard aa-intelligence-index', what: 'the models ranked by a broad quality index, each priced' });
      break;
    case 'long-prompts':
      if (first) instead.push({ command: `/models model ${first}`, what: 'its card: context window and maximum input, with sources' });
      instead.push({ command: '/models best long-context', what: 'the long-context lane: models that take the longest prompts, on the scores the catalog has' });
      break;
    case 'parameters':
      if (first) instead.push({ command: `/models model ${first}`, what: 'its card: limits, licence, whether its weights are open, and sources' });
      instead.push({ command: '/models largest-context', what: 'the models ranked by context window, a size the catalog does record' });
      instead.push({ command: '/models cheapest 50M open weights', what: 'the cheapest open-weight models' });
      break;
    case 'price-terms':
      if (first) instead.push({ command: `/models model ${first}`, what: 'its published prices, cached input, cache writes and batch included' });
      instead.push({ command: `/models cheapest 50M${from} with 50% cached`, what: 'the cheapest models with half the input cached, at their cached-input prices' });
      instead.push({ command: `/models cheapest 50M${from} batch`, what: 'the cheapest models at their Batch API prices, the discount for work that can wait' });
      break;
    case 'popularity':
      instead.push({ command: '/models leaderboard aa-intelligence-index', what: 'the models ranked by a quality index, each priced' });
      instead.push({ command: '/models newest', what: 'the newest releases first' });
      break;
    case 'training':
      if (first) instead.push({ command: `/models model ${first}`, what: 'its card, which says whether the catalog records fine-tuning for it' });
      instead.push({ command: '/models cheapest 50M with fine-tuning', what: 'the models the catalog records as fine-tunable, priced per token' });
      break;
    case 'media':
      if (first) instead.push({ command: `/models cost ${first} 50M`, what: 'what it costs by the token (an image sent to it is billed as input tokens)' });
      instead.push({ command: '/models cheapest 50M with vision', what: 'the cheapest models that read images, priced per token' });
      break;
    case 'tokenizer': {
      const estimate = wordsAndTokens(query.text);
      const inWords = estimate?.asked !== 'words';
      const volume = !estimate ? '1M words' : inWords ? `${estimate.words} words` : `${estimate.tokens} tokens`;
      const what = inWords ? 'words' : 'tokens';
      instead.push({
        command: `/models cost ${first ?? 'gpt-5-mini'} ${volume}`,
        what: `what that many ${what} a month cost on a model${inWords ? ', read at the same rule of thumb' : ''}`,
      });
      instead.push({ command: `/models cheapest ${volume}`, what: `the cheapest models for that many ${what} a month` });
      return { kind: 'cannot-see', reach: 'tokenizer', text: query.text, models, instead, ...(estimate ? { estimate } : {}) };
    }
    case 'compliance':
    case 'regions':
      if (first) instead.push({ command: `/models where can I run ${first}`, what: 'the clouds that sell it (Bedrock, Azure, Vertex) where the catalog lists them' });
      if (first) instead.push({ command: `/models model ${first}`, what: 'its card, with the sources to check' });
      instead.push({ command: '/models help', what: 'everything the bot answers' });
      break;
    default:
      if (first) instead.push({ command: `/models model ${first}`, what: 'its card: prices, limits, capabilities and sources' });
      instead.push({ command: '/compare gpt-4.1-mini claude-haiku-4-5', what: 'two models side by side' });
      instead.push({ command: '/models help', what: 'everything the bot answers' });
  }
  return { kind: 'cannot-see', reach: query.reach ?? 'how-to', text: query.text, models, instead };
}

/** Filters a ranking reads, as examples. */
const FILTER_FORMS =
  'with vision, context ≥ 400k, from anthropic, not from openai, in the llama family, open weights, under $2 output, under $500 a month, released this year, top 10';

/** What is wrong with the input, and the forms that would be right for what was asked. */
export function inputProblem(query: Query): InputProblemAnswer {
  const forms =
    query.intent === 'digest'
      ? [`Digest: ${DIGEST_FORMS}.`]
      : query.intent === 'settings'
        ? [SETTINGS_USAGE]
        : query.intent === 'watch'
          ? [`Watches: ${WATCH_FORMS.join(' · ')}.`]
          : // A lane not named is the problem (which lists the lanes), a kind of model not covered, or the models meant: input forms would bury it.
            (query.intent === 'best' && query.lane === null) || query.outOfScope || query.modelProblem
            ? []
            : [`Volumes: ${VOLUME_FORMS}.`, `Mixes: ${MIX_FORMS}.`, ...(query.intent === 'cheapest' ? [`Filters: ${FILTER_FORMS}.`] : [])];
  // A problem that already lists the valid forms ("… Valid forms: 50M, …") is not followed by the same list again.
  const unsaid = forms.filter((form) => !query.problems.some((p) => p.includes(form.replace(/^[^:]+:\s*/, '').replace(/\.$/, ''))));
  return { kind: 'input-problem', text: query.text, problems: query.problems, forms: unsaid };
}

/** `detail`: how much a comparison holds (a channel reply is brief; the terminal, JSON and "Full comparison" full). */
export function answer(catalog: Catalog, query: Query, asOf: string, defaults: Defaults = DEFAULTS, detail: Detail = 'full'): Answer {
  if (query.problems.length > 0) return inputProblem(query);
  if (query.intent === 'help') {
    const about = query.topic === 'benchmarks' ? query.benchmark : query.topic === 'lanes' ? query.lane : null;
    return helpAnswer(catalog, asOf, query.topic ?? null, about ?? null);
  }
  if (query.intent === 'digest' || query.intent === 'settings') {
    // Both read or change stored state: the application answers them (src/app/handle.ts).
    return { kind: 'unavailable', what: query.intent, message: `${query.intent === 'digest' ? 'The digest' : 'Workspace settings'} need the store, and none is configured here.` };
  }
  if (query.intent === 'unknown') {
    const language = inOtherLanguage(query.text) ? ['Model Scout reads questions in English: ask, for example, “cheapest model for 50M tokens?” or use /models help.'] : [];
    return { kind: 'not-understood', text: query.text, understood: understood(query), suggestion: closest(query), problems: language };
  }
  if (query.intent === 'cannot-see') return cannotSee(catalog, query);

  if (query.alternativesTo?.length) return alternativesTo(catalog, query, query.alternativesTo, asOf, defaults, detail);
  const picked = query.picks?.length ? pickedModels(catalog, query, asOf, defaults) : { query, notes: [] };
  if ('answer' in picked) return picked.answer;
  const resolved = resolveAll(catalog, picked.query, asOf);
  if (!resolved.ok) return resolved.answer;
  const hosted =
    ON_HOST.has(picked.query.intent) && picked.query.filters.hosts?.length
      ? hostPrices(catalog, picked.query, resolved.models, billProfile(picked.query, defaults), asOf)
      : undefined;
  if (hosted && 'answer' in hosted) return hosted.answer;
  const paid =
    hosted ?? (PRICES_A_BILL.has(picked.query.intent) ? paidPrices(catalog, resolved.models, billProfile(picked.query, defaults), asOf) : { models: resolved.models, notes: [] });
  const one = picked.query.cheapestOnly ? cheapestOf(picked.query, paid.models, defaults, asOf) : { query: picked.query, models: paid.models, notes: [] };
  const bought = budgetVolume(catalog, one.query, one.models, defaults, asOf);
  if ('answer' in bought) return bought.answer;
  // A currency asked for is said not to be converted: prices are published, and quoted, in USD.
  const currency = query.currency ? [`prices in USD, as published: Model Scout does not convert them to ${query.currency}`] : [];
  // "What if we double it?" with no volume said: the default one multiplied.
  const scaled =
    query.scaleBy !== undefined && query.tokens === null
      ? [`${query.scaleBy} × the default volume of ${tokens(defaults.tokensPerMonth)} tokens a month (give a volume to multiply, such as 50M tokens)`]
      : [];
  // A model bought through the Batch API beside others at standard prices is named so wherever its figures are shown.
  const batchOnly = bought.query.batchModels ?? [];
  const named = one.models.map((m) => (batchOnly.includes(m.id) ? { ...m, name: `${m.name} (Batch API)` } : m));
  return withNameNotes(answerResolved(catalog, bought.query, named, asOf, defaults, detail), [
    ...one.notes,
    ...bought.notes,
    ...currency,
    ...scaled,
    ...(query.notes ?? []),
    ...picked.notes,
    ...resolved.notes,
    ...paid.notes,
  ]);
}

/** Answers that bill named models (a card, where to buy and rankings show every way of buying as it is). */
const PRICES_A_BILL = new Set<Query['intent']>(['compare', 'cost', 'upgrade', 'attribute', 'lanes']);

/** The profile an answer bills at: a bill to plan on, where a free endpoint is no price. */
function billProfile(query: Query, defaults: Defaults): UsageProfile {
  const profile = profileOf(query, defaults);
  return PRICES_A_BILL.has(query.intent) ? { ...profile, paidOnly: true } : profile;
}

/** Answers that bill named models at a host's prices when one is named ("compare gpt-5 and o3 on azure"). */
const ON_HOST = new Set<Query['intent']>(['compare', 'cost', 'upgrade']);

/**
 * "Compare gpt-5 and o3 on azure": each model billed at its cheapest way of buying on the hosts named (the provider's
 * own API where it is one of them), said in a note; a model none of them sells is said, with where it is sold.
 */
function hostPrices(catalog: Catalog, query: Query, models: CatalogModel[], profile: UsageProfile, asOf: string): { models: CatalogModel[]; notes: string[] } | { answer: Answer } {
  const hosts = new Set(query.filters.hosts);
  const names = wordList([...hosts].map(hostName), 'or');
  const bought = models.map((m) => ({ model: m, way: cheapestPaidOption(catalog, m, profile, asOf, hosts) }));
  const unsold = bought.filter((b) => b.way === undefined).map((b) => b.model);
  if (unsold.length > 0) {
    const where = (m: CatalogModel) =>
      wordList([providerName(catalog, m.provider), ...new Set(m.routes.filter((r) => r.free !== true && r.batch !== true).map((r) => hostName(r.platform)))]);
    return {
      answer: inputProblem({
        ...query,
        problems: [
          `${unsold.map((m) => `${m.id} is not sold on ${names} in the catalog (it is sold by ${where(m)})`).join('; ')}. Name a host that sells ${models.length > 1 ? 'each of them' : 'it'}, leave the host out to compare at each provider's own prices, or ask where to run ${unsold[0]?.id}.`,
        ],
      }),
    };
  }
  const maker = (m: CatalogModel) => providerName(catalog, m.provider);
  const how = bought.map(({ model, way }) => {
    if (!way || way.route.id === null) return `${model.id}: ${maker(model)}'s own API`;
    // A host selling at the maker's price bills by the maker's own entry (the same entry, not a copy).
    const atMakersPrice = quotedPrice(way.priced, asOf) === quotedPrice(model, asOf);
    return `${model.id}: ${way.route.name} (as ${way.route.id}) at ${atMakersPrice ? `${maker(model)}'s price` : 'its own price'}`;
  });
  return {
    // Named with the host wherever its figures are shown ("GPT-5 on Azure").
    models: bought.map(({ model, way }) => {
      const named = { ...model, name: `${model.name} on ${way?.route.name ?? names}` };
      return way && way.priced !== model ? { ...named, pricing: [{ ...quotedPrice(way.priced, asOf), host: way.route.host }] } : named;
    }),
    notes: [`priced on ${names} — ${how.join('; ')}`],
  };
}

/**
 * A model whose only price is a free, rate-limited endpoint ("openai/gpt-oss-20b:free") is billed at its cheapest paid
 * host, named as that host's price: a free endpoint is not a price to plan a workload on. Said in a note.
 */
function paidPrices(catalog: Catalog, models: CatalogModel[], profile: UsageProfile, asOf: string): { models: CatalogModel[]; notes: string[] } {
  const notes: string[] = [];
  const billed = models.map((m) => {
    if (quotedPrice(m, asOf).free !== true) return m;
    const paid = cheapestPaidOption(catalog, m, profile, asOf);
    if (!paid) return m;
    notes.push(`${m.id} has only a free, rate-limited endpoint of its own: billed at its cheapest paid host, ${paid.route.name}`);
    return { ...m, pricing: [{ ...quotedPrice(paid.priced, asOf), host: paid.route.host }] };
  });
  return { models: billed, notes };
}

/**
 * "Any cheaper alternatives?" after a comparison: the models that can stand in for the one compared that costs least at
 * the question's profile, and cost less; a note says which one that was.
 */
function alternativesTo(catalog: Catalog, query: Query, ids: readonly string[], asOf: string, defaults: Defaults, detail: Detail): Answer {
  const { alternativesTo: _asked, ...ranking } = query;
  const models = ids.flatMap((id) => catalog.byId.get(id) ?? []);
  const least = cheapestOf({ ...ranking, models: [...ids] }, models, defaults, asOf);
  const like = least.models.length === 1 ? least.models[0]?.id : models[0]?.id;
  if (like === undefined) return answer(catalog, ranking, asOf, defaults, detail);
  return withNameNotes(answer(catalog, { ...ranking, filters: { ...ranking.filters, like, cheaperThanLike: true } }, asOf, defaults, detail), least.notes);
}

/**
 * "Only the cheaper one" (after a comparison): the model that costs least at the question's profile, and a note naming
 * what it was weighed against. Models that cannot be priced at the profile are not picked; with none priced, all stay.
 */
function cheapestOf(query: Query, models: CatalogModel[], defaults: Defaults, asOf: string): { query: Query; models: CatalogModel[]; notes: string[] } {
  const profile = billProfile(query, defaults);
  const priced = models.flatMap((m) => {
    const q = priceProfile(m, profile, asOf);
    return q.ok ? [{ m, usd: q.monthlyUsd }] : [];
  });
  const least = priced.reduce<(typeof priced)[number] | undefined>((best, p) => (best === undefined || p.usd < best.usd ? p : best), undefined);
  if (!least) return { query, models, notes: [] };
  const others = priced.filter((p) => p !== least).map((p) => `${p.m.id} ${money(p.usd)} a month`);
  const tie = priced.some((p) => p !== least && p.usd === least.usd) ? ' (a tie: the first named is shown)' : '';
  return {
    query: { ...query, models: [least.m.id], cheapestOnly: false },
    models: [least.m],
    notes: [`${least.m.id} costs least of ${wordList(models.map((m) => m.id))} at this volume and mix${tie} (${wordList(others)})`],
  };
}

/**
 * "gpt-5 vs the cheapest model with vision": each ranking named in a comparison is answered at the comparison's profile
 * and its top model joins the models named; a note says which model each ranking read as.
 */
function pickedModels(catalog: Catalog, query: Query, asOf: string, defaults: Defaults): { query: Query; notes: string[] } | { answer: Answer } {
  const models = [...query.models];
  const notes: string[] = [];
  for (const pick of query.picks ?? []) {
    const ranked = answer(catalog, { ...pick, tokens: pick.tokens ?? query.tokens, mix: pick.mix ?? query.mix }, asOf, defaults);
    const first = ranked.kind === 'cheapest' ? ranked.ranking.map((r) => r.model) : ranked.kind === 'best' ? ranked.picks.map((p) => p.model) : [];
    const said = `“${pick.text.trim()}”`;
    // "Compare the first two" (of the ranking before): that many of its first models.
    if ((pick.firstOf ?? 1) > 1) {
      const taken = first.slice(0, pick.firstOf).filter((m) => !models.includes(m));
      models.push(...taken);
      notes.push(`the first ${taken.length} of ${said}: ${taken.join(', ')}`);
      continue;
    }
    const top = first[0];
    // Asked at a place past the last ("the 200th one" of 161): how many there are.
    const passing = ranked.kind === 'cheapest' ? ranked.eligible : ranked.kind === 'best' ? ranked.picked : 0;
    const place = ranked.kind === 'cheapest' || ranked.kind === 'best' ? ranked.firstPlace : 1;
    if (top === undefined)
      return {
        answer: {
          kind: 'not-understood',
          text: query.text,
          understood: understood(query),
          suggestion: null,
          problems: [
            passing > 0
              ? `There is no #${place} of ${said}: ${passing === 1 ? 'only 1 model passes' : `only ${passing} models pass`} its filters. Name a place from 1 to ${passing}.`
              : `No model is ${said} in the catalog: no model passes every filter.`,
          ],
        },
      };
    if (models.includes(top))
      return {
        answer: { kind: 'not-understood', text: query.text, understood: understood(query), suggestion: null, problems: [`${top} is itself ${said}: nothing to compare it with.`] },
      };
    models.push(top);
    const of = ranked.kind === 'cheapest' ? ` (${place === 1 ? 'first' : `#${place}`} of ${ranked.eligible} that pass its filters)` : place > 1 ? ` (#${place})` : '';
    notes.push(`${said} read as ${top}${of}`);
  }
  return { query: { ...query, models, picks: [] }, notes };
}

/**
 * A budget's volume ("how many tokens can I get for $100 with gpt-5 mini?", "we spend $3k a month on gpt-4o"): the tokens its blended price buys,
 * priced at that volume (so the month is the budget, to the cent), and said in the assumptions.
 */
function budgetVolume(catalog: Catalog, query: Query, models: CatalogModel[], defaults: Defaults, asOf: string): { query: Query; notes: string[] } | { answer: Answer } {
  // The one the money is spent on now: a cost's model, the model a move starts from, or the one a ranking stands in for.
  const like = query.filters.like;
  const model = query.intent === 'cost' || query.intent === 'upgrade' ? models[0] : query.intent === 'cheapest' && like !== undefined ? catalog.byId.get(like) : undefined;
  if (query.budget === undefined || !model) return { query, notes: [] };
  // With one request's size ("at 2k tokens each"), the budget is counted in such requests, each one's input its prompt.
  const each = query.per === 'request' && query.tokens !== null ? query.tokens : undefined;
  const eachMix = query.mix ?? defaults.mix;
  const prompt = each !== undefined && query.promptTokens === null ? Math.round((each * eachMix.input) / (eachMix.input + eachMix.output)) : query.promptTokens;
  const bill = { ...billProfile({ ...query, promptTokens: prompt }, defaults), tokensPerMonth: MILLION };
  const atMillion = priceProfile(model, bill, asOf);
  if (!atMillion.ok) return { query: { ...query, budget: undefined }, notes: [] };
  // Priced at 1M tokens, the month's cost is the price per 1M.
  const tokens = Math.floor(tokensBought(query.budget, atMillion.monthlyUsd));
  const budget = money(query.budget);
  if (!(tokens >= 1) || tokens > MAX_TOKENS_PER_MONTH)
    return {
      answer: inputProblem({
        ...query,
        problems: [`${budget} a month buys ${tokens < 1 ? 'less than one token' : 'more than any real workload'} of ${model.id}: give a budget it can price.`],
      }),
    };
  const mix = query.mix ?? defaults.mix;
  const requests =
    each !== undefined ? `: ${Math.floor(tokens / each).toLocaleString('en-US')} ${pluralOf(query.perWhat ?? 'request')} of ${each.toLocaleString('en-US')} tokens each` : '';
  const { per: _one, ...month } = query;
  return {
    query: { ...month, tokens, promptTokens: prompt, ...(each !== undefined ? { budgetEach: each } : {}) },
    notes: [
      `${budget} a month buys ${tokens.toLocaleString('en-US')} tokens of ${model.id} at ${mix.input}:${mix.output} (${perMillion(atMillion.blendedPerMillion)} blended)${requests}; priced at that volume`,
    ],
  };
}

/** How names were read ("“gpt-4.1-mnii” read as gpt-4.1-mini…") lead the assumptions of an answer that states them. */
function withNameNotes(a: Answer, notes: string[]): Answer {
  // A move states its comparison's assumptions.
  if (notes.length > 0 && a.kind === 'upgrade') return { ...a, comparison: withNameNotes(a.comparison, notes) as ComparisonAnswer };
  if (notes.length === 0 || !('assumptions' in a) || a.assumptions === undefined || a.assumptions === null) return a;
  return { ...a, assumptions: { ...a.assumptions, text: [...notes, ...a.assumptions.text] } } as Answer;
}

/** The spread of `rows`, with the model the question named set against it ("is gpt-5 expensive?") when it can be priced. */
function spreadAgainstModel(catalog: Catalog, query: Query, rows: Ranked[], profile: UsageProfile, asOf: string): PriceSpread | null {
  const spread = priceSpread(rows);
  // A price asked about alone ("is $0.50 per million input cheap?"), at the ranking's mix: named by what it is.
  const price = query.spreadAgainstPrice;
  if (spread && price !== undefined) {
    const side = profile.mix.output === 0 ? ' input' : profile.mix.input === 0 ? ' output' : ` blended at ${profile.mix.input}:${profile.mix.output}`;
    return setAgainst(spread, rows, { model: '', name: `${perMillion(price)}${side}`, blendedPerMillion: price, monthlyUsd: (price * profile.tokensPerMonth) / 1_000_000 });
  }
  const found = query.spreadAgainst === undefined ? undefined : resolveModel(catalog, query.spreadAgainst);
  if (!spread || found?.kind !== 'found') return spread;
  const quote = priceProfile(found.model, profile, asOf);
  if (!quote.ok) return spread;
  return setAgainst(spread, rows, { model: found.model.id, name: found.model.name, blendedPerMillion: quote.blendedPerMillion, monthlyUsd: quote.monthlyUsd });
}

/** A month split across models: shares of the month's tokens (the profile's volume) or each part's own tokens. */
function splitBill(split: readonly SplitPart[], models: CatalogModel[], profile: UsageProfile, asOf: string, movedFrom?: string, eachOwn = false): BillAnswer {
  const parts = split.flatMap((p) => {
    const model = models.find((m) => m.id === p.model);
    return model ? [{ model, tokens: 'tokens' in p ? p.tokens : Math.round(p.share * profile.tokensPerMonth) }] : [];
  });
  const answer = bill(parts, profile, asOf, eachOwn);
  // A share moved off a model is set against the whole month left on it.
  const from = movedFrom === undefined ? undefined : models.find((m) => m.id === movedFrom);
  if (!from) return answer;
  const all = priceProfile(from, { ...profile, tokensPerMonth: answer.tokens }, asOf);
  return { ...answer, baseline: { model: from.id, name: from.name, monthlyUsd: all.ok ? all.monthlyUsd : null } };
}

/**
 * "Cost of 1000 requests of 3k tokens": the cost is of that many requests (no month was said), and the assumptions say
 * so in place of the month's volume.
 */
function forCountOf(forCount: { count: number; what: string }, profile: UsageProfile, asOf: string): Pick<CostAnswer, 'forCount' | 'assumptions'> {
  return { forCount, assumptions: assumptions(profile, asOf, 'month', [], forCount) };
}

/** One model's month, a share of it bought through the Batch API and the rest as the profile buys it. */
function batchShareBill(model: CatalogModel, profile: UsageProfile, asOf: string): BillAnswer {
  const share = profile.batchShare ?? 0;
  const batched = Math.round(share * profile.tokensPerMonth);
  return bill(
    [
      { model, tokens: batched, batch: true },
      { model, tokens: profile.tokensPerMonth - batched },
    ],
    profile,
    asOf,
  );
}

/** What a question with too few models was given: "got none", or the models read ("gpt-5 vs gpt-5" names one model twice). */
function gotOnly(models: readonly CatalogModel[]): string {
  return models.length === 0 ? 'got none' : `I read only ${wordList(models.map((m) => m.id))}`;
}

function answerResolved(catalog: Catalog, query: Query, models: CatalogModel[], asOf: string, defaults: Defaults, detail: Detail): Answer {
  const profile = billProfile(query, defaults);
  const need = (min: number, max: number, what: string): NotUnderstoodAnswer | undefined => {
    if (models.length >= min && models.length <= max) return undefined;
    return {
      kind: 'not-understood',
      text: query.text,
      understood: understood(query),
      suggestion: closest(query),
      problems: [
        models.length < min
          ? `${what} needs ${min === max ? min : `at least ${min}`} model${min === 1 ? '' : 's'}; ${gotOnly(models)}.`
          : `${what} takes ${max === 1 ? 'one model' : `at most ${max} models`}; got ${models.length}.`,
        `For example: ${EXAMPLE_FOR[query.intent] ?? '/models help'}`,
      ],
    };
  };

  // A share of the month on batch is priced as a bill in two parts, for the cost of one model; elsewhere every token is
  // priced one way, and pricing it all at one would answer another question.
  if (profile.batchShare !== undefined && !(query.intent === 'cost' && models.length === 1)) {
    return inputProblem({
      ...query,
      problems: [
        `Cannot weigh a share on the Batch API here: a comparison or a ranking prices all its tokens one way. Ask the cost of one model with its share, such as gpt-4.1 at 100M tokens, 30% batch, or ask at batch prices and at standard ones.`,
      ],
    });
  }

  switch (query.intent) {
    case 'compare':
      return (
        need(2, MAX_COMPARED, 'A comparison') ??
        compareModels(catalog, models, profile, asOf, detail, {
          focus: query.lane,
          spans: stretchesAsked(query),
          per: query.per === 'request' || countedOf(query) ? 'request' : 'month',
          what: countedOf(query)?.what ?? query.perWhat,
          counted: countedOf(query)?.count,
          unit: query.unit,
          ...(query.volumes ? { volumes: query.volumes } : {}),
        })
      );
    case 'upgrade':
      return (
        need(2, 2, 'An upgrade question (from one model to another)') ?? upgrade(catalog, models[0]!, models[1]!, profile, asOf, stretchesAsked(query), query.lane, query.volumes)
      );
    case 'cost': {
      // "80% to gpt-5-mini and 20% to gpt-5": each part on its model, and the month's total.
      if (query.split && models.length >= 2) return splitBill(query.split, models, profile, asOf, query.movedFrom, query.eachOwn === true);
      // "30% of it through the Batch API": the month in two parts, that share at batch rates and the rest as asked.
      if (profile.batchShare !== undefined && models.length === 1) return batchShareBill(models[0]!, profile, asOf);
      const missing = need(1, 1, 'A cost question');
      if (missing) return missing;
      const quoted = costAnswer(models[0]!, requestProfile(query, profile), asOf, query.unit, query.per ?? 'month', query.per === 'request' ? [] : stretchesAsked(query));
      if (quoted.monthlyUsd === null) return quoted;
      return {
        ...quoted,
        ...(query.budget !== undefined ? { budget: query.budget } : {}),
        ...(query.budgetEach !== undefined ? { budgetEach: query.budgetEach } : {}),
        ...(query.within !== undefined ? { within: query.within } : {}),
        ...(query.people && query.per !== 'request' ? { perPerson: { ...query.people, usd: exact(quoted.monthlyUsd / query.people.count) } } : {}),
        ...((query.per === 'request' || query.budgetEach !== undefined) && query.perWhat !== undefined ? { perWhat: query.perWhat } : {}),
        ...(query.forCount && query.per !== 'request' ? forCountOf(query.forCount, requestProfile(query, profile), asOf) : {}),
        ...(query.volumes
          ? {
              atVolumes: costsAtVolumes(models[0]!, requestProfile(query, profile), asOf, query.volumes),
              assumptions: assumptions(profile, asOf, 'month', [], undefined, undefined, query.volumes),
            }
          : {}),
      };
    }
    case 'model':
      return need(1, 1, 'A model card') ?? modelCard(catalog, models[0]!, asOf);
    case 'lanes': {
      const missing = need(1, MAX_COMPARED, 'A lane question');
      if (missing) return missing;
      const all = lanesAnswer(catalog, models, profile, asOf);
      return query.lane ? { ...all, lanes: all.lanes.filter((l) => l.lane === query.lane) } : all;
    }
    case 'attribute':
      // Rate limits asked of no model: every model the catalog records them for.
      if (query.attribute === 'rate-limits' && query.models.length === 0) return recordedRateLimits(catalog, query.text, asOf, query.filters.providers);
      // A capability of several models is a comparison row (with a winner); of one, a yes or no with its source.
      if (isFactAttribute(query.attribute) && !(models.length > 1 && attributesOf(catalog).some((a) => a.id === query.attribute)))
        return (
          need(1, MAX_COMPARED, 'An attribute question') ??
          factAnswer(catalog, models, query.attribute as string, {
            question: query.text,
            asOf,
            bounds: query.filters,
            mix: profile.mix,
            ...(query.benchmark !== undefined ? { benchmark: query.benchmark } : {}),
            ...(query.platform !== undefined ? { platform: query.platform } : {}),
            ...(query.promptTokens != null ? { prompt: query.promptTokens } : {}),
          })
        );
      return need(1, MAX_COMPARED, 'An attribute question') ?? capabilityOrLane(catalog, query, models, profile, asOf, detail);
    case 'where':
      // Every way of buying is priced for a month at the volume asked, or the workspace's default: the cheapest is named.
      return need(1, MAX_COMPARED, 'A where-to-run question') ?? whereAnswer(catalog, models, asOf, profile, query.filters.hosts);
    case 'cheapest': {
      const placing = placeOf(catalog, query, asOf);
      if (placing && !placing.ok) return placing.answer;
      const filters = filtersOn(catalog, query, asOf);
      const ranked = withinAsked(query, cheapest(catalog, profile, filters, asOf, query.top ?? DEFAULT_TOP, query.order, query.skip, placing?.model));
      // The spread is of every model that passes, by price, whatever the ranking's order and length.
      const rows = query.spread ? cheapest(catalog, profile, filters, asOf, Number.MAX_SAFE_INTEGER, 'price').ranking : [];
      const spread = query.spread ? spreadAgainstModel(catalog, query, rows, profile, asOf) : null;
      return withDecent(query, pricedFor(query, withSpans(catalog, query, spread ? { ...ranked, spread } : ranked, profile, asOf), profile, asOf));
    }
    case 'best': {
      // "Which model for each kind of work?": each lane's first pick, one row per lane.
      const several = (query.lanePicks ?? []).flatMap((id) => catalog.lanes.filter((l) => l.id === id));
      if (several.length > 0) return lanePicks(catalog, several, profile, filtersOn(catalog, query, asOf), asOf, query.order === 'value');
      const lane = catalog.lanes.find((l) => l.id === query.lane);
      if (!lane) {
        const lanes = catalog.lanes.map((l) => l.id).join(', ');
        const problem = query.purpose
          ? `No kind of work I rank models for matches “${query.purpose}”. I rank them for: ${lanes} (/models best <lane>); or by what the work needs, such as /models cheapest with vision.`
          : `Lanes: ${lanes}.`;
        return { kind: 'not-understood', text: query.text, understood: understood(query), suggestion: null, problems: [problem] };
      }
      const placing = placeOf(catalog, query, asOf);
      if (placing && !placing.ok) return placing.answer;
      const picked = withinAsked(
        query,
        best(catalog, lane, profile, filtersOn(catalog, query, asOf), asOf, query.top ?? DEFAULT_TOP, query.order === 'value', query.skip, placing?.model),
      );
      return withDecent(query, { ...picked, picks: collapseSnapshots(catalog, picked.picks).rows });
    }
  }
  return { kind: 'not-understood', text: query.text, understood: understood(query), suggestion: closest(query), problems: [] };
}
