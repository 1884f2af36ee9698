// What a person asked, as data: the one shape commands, questions and buttons all parse into.
import type { PriceUnit } from '../cost/format.ts';
import type { SplitPart } from './split.ts';
import type { Mix, ServiceTier } from '../cost/profile.ts';
import type { Term } from '../cost/span.ts';
import type { RankFilters, RankOrder } from '../cost/rank.ts';
import type { DigestCommand } from '../digest/command.ts';
import type { SettingsCommand } from './settings.ts';
import type { WatchCommand } from '../digest/watch.ts';
import type { OutOfReach } from './intents.ts';
import type { ReleaseWindow } from './released.ts';
import type { RetireWindow } from './retiring.ts';
import type { PriceDay } from './price-day.ts';

export const INTENTS = [
  'compare',
  'cost',
  'cheapest',
  'lanes',
  'best',
  'attribute',
  'where',
  'upgrade',
  'model',
  'digest',
  'settings',
  'watch',
  'help',
  'cannot-see',
  'unknown',
] as const;
export type Intent = (typeof INTENTS)[number];

/**
 * What a question about the bot's own figures asks: what a blended price is, how a month is costed, where prices come
 * from, how fresh they are, whether they are list prices; "thanks" is a thank-you or an "ok", answered in a line.
 */
export const HELP_TOPICS = [
  'blended',
  'monthly',
  'sources',
  'freshness',
  'list-prices',
  'lanes',
  'tokens',
  'buying',
  'caching',
  'benchmarks',
  'winners',
  'lifecycle',
  'thanks',
] as const;
export type HelpTopic = (typeof HELP_TOPICS)[number];

/** A claimed gap: the first model named `times` as cheap (or dear), or `percent` cheaper (or dearer), than the second. */
export interface PriceClaim {
  cheaper: boolean;
  times?: number;
  percent?: number;
}

export interface Query {
  intent: Intent;
  /** Model names as typed, in the order mentioned (resolved when answering). */
  models: string[];
  /** Tokens per month, when a volume was given. */
  tokens: number | null;
  /** Several months' volumes asked at once ("at 10M, 50M and 100M tokens"), as typed; `tokens` is the first. */
  volumes?: number[];
  mix: Mix | null;
  cachedShare: number | null;
  /** Each model's own cached share, by id, when they are said apart ("sonnet 4.5 with 90% cache hits vs gpt-5 with none"). */
  cachedShares?: Record<string, number>;
  batch: boolean;
  /** People counted with nothing said of what each sends ("for 20 developers", as typed): a follow-up shares the volume before among as many. */
  headcount?: { count: number; who: string; typed: string; said: string };
  /** How many people send the month's requests ("2000 users sending 30 messages…"): the cost answer says each one's share. */
  people?: { count: number; who: string };
  /** On `cost`: the month split across the models named, by share or by each one's tokens ("80% to gpt-5-mini, 20% to gpt-5"). */
  split?: SplitPart[];
  /** With `split` by each model's tokens: the parts set against each other ("200M on A or 50M on B?"), not one bill. */
  eachOwn?: true;
  /** With `split`: the model a share was moved from ("move half our traffic from gpt-4o to gpt-4o-mini"), set against all of it there. */
  movedFrom?: string;
  /** Without `batch`: the models named that are bought through the Batch API ("is batch gpt-4.1 cheaper than gpt-4.1 mini?"). */
  batchModels?: string[];
  /** "Cost of 1000 requests of 3k tokens", "per 1M requests of 200 tokens": things counted with no period, priced as that many, not a month. */
  forCount?: { count: number; what: string };
  /** "The full comparison", "every row": the whole answer, where a channel reply would be brief. */
  fullDetail?: true;
  /** "What if it was 10x more?" with no volume of its own: the volume before (a follow-up's) times this. */
  scaleBy?: number;
  /** On `cheapest`, after a comparison ("any cheaper alternatives?"): stand-ins for the one of these models that costs least, cheaper than it. */
  alternativesTo?: string[];
  /** "Where does gpt-5 rank?": the model (as named) whose place in the ranking is asked; the rows shown are around it. */
  placeOf?: string;
  /** "Is gpt-5 in the top 10?": the places the model's is asked to be within. */
  placeWithin?: number;
  /** Without `batch`: the share of the month's tokens bought through the Batch API ("30% of our traffic goes through batch"). */
  batchShare?: number;
  serviceTier: ServiceTier | null;
  promptTokens: number | null;
  filters: RankFilters;
  /** For attribute questions: which attribute (context, price, open-weights, vision, …). */
  attribute: string | null;
  /**
   * The kind of work a question names. On `best` and `lanes`, the lane asked about; on `compare` ("X vs Y for RAG"),
   * the lane whose verdict leads the comparison.
   */
  lane: string | null;
  /** On `best` with no lane: the lanes whose first picks are asked, one row each ("which model for each kind of work?"). */
  lanePicks?: string[];
  /** On `compare`: rankings named in place of models ("the cheapest model with vision"), each compared by its top model. */
  picks?: Query[];
  /** A model reached by its place in a ranking ("the second one?"): that ranking, for what follows ("compare the top 2"). */
  rankedIn?: Query;
  /** On a pick: how many of the ranking's first models it stands for ("compare the first two" after a ranking); one when unsaid. */
  firstOf?: number;
  /** On `best` with no lane: the work asked about in the asker's words ("translation"), which no lane covers. */
  purpose?: string;
  /** For a benchmark question ("gpt-5.5 SWE-bench Pro?"): the benchmark's id. */
  benchmark?: string;
  /** For a route question ("is opus 5 on bedrock?"): the host's id. */
  platform?: string;
  /** For `cannot-see`: what the catalog cannot know that was asked (a team's spend, hardware sizing, how-to…). */
  reach?: OutOfReach;
  /** For `help`: the question about the bot's figures it answers first ("what does blended price mean?"). */
  topic?: HelpTopic;
  /** The word read as the stated quality floor ("decent", "good enough", "good at"; intents.ts DECENT_FLOOR), as asked. */
  decent?: string;
  /** How many results to show, when asked (else DEFAULT_TOP). */
  top: number | null;
  /** On `cheapest`: how prices spread across the models that pass is asked ("average price", "price range", "how many"). */
  spread?: true;
  /** With `spread`: the model whose price is set against the spread ("is gpt-5 expensive?"), as named. */
  spreadAgainst?: string;
  /** With `spread`: a price per 1M tokens at the query's mix set against it ("is $0.50 per million input cheap?"). */
  spreadAgainstPrice?: number;
  /** How many ranked models come before the first shown ("the second cheapest", "models 6 through 10", "next 5"). */
  skip?: number;
  /** For `cheapest`: ranked by price, or newest release first ("the latest OpenAI model"). */
  order: RankOrder;
  /** "Cost per request": the volume is one request's tokens, and the cost is that request's. */
  per?: 'request';
  /** What one request is called when the question names it ("per conversation", "one support ticket"). */
  perWhat?: string;
  /** "Hourly cost", "for one hour", "100k tokens an hour": answers add the hour (a day over 24) beside the month. */
  hourly?: boolean;
  /** "Daily cost", "how much per day", "5M tokens a day": answers add the day (the month over 30.4375 days) beside the month. */
  daily?: boolean;
  /** "Weekly spend", "cost per week", "50M tokens a week": answers add the week (the month over 4.348 weeks) beside the month. */
  weekly?: boolean;
  /** "Annual cost", "what do we save per year": answers add the year (12 months at the monthly volume) beside the month. */
  yearly?: boolean;
  /** "Over 6 months", "for a quarter", "60M tokens over 6 months": answers add the cost over that term beside the month. */
  term?: Term | null;
  /** A price gap claimed between two models, to check ("is flash 10x cheaper than gpt-4o?", "50% more expensive"). */
  claim?: PriceClaim;
  /** On `cost`: a month's budget in USD whose volume is asked ("how many tokens can I get for $100 with gpt-5 mini?"). */
  budget?: number;
  /** On `cost` with a budget: one request's tokens when the budget is counted in requests ("at 2k tokens each"). */
  budgetEach?: number;
  /** On `cost`: a month's budget in USD the cost is checked against ("is $100 enough for 50M tokens on gpt-5?"). */
  within?: number;
  /**
   * Models asked about one at a time just before, in the same conversation ("price of gpt-4.1", then "and gpt-4.1
   * mini?"): "compare them" or "which is cheaper?" takes them with this question's model.
   */
  earlier?: string[];
  /**
   * A count of things with no size ("1M short texts a day"): a problem where a price needs the size, a note beside a
   * lane's ranking (set while reading; settleUnsized settles it).
   */
  unsized?: { problem: string; note: string; costOnly?: true };
  /** What was read but prices nothing, said in the answer's assumptions ("“20 developers” counts developers, not tokens…"). */
  notes?: string[];
  /** A currency other than USD the asker named ("in euros"): answers stay in USD, the one currency prices are published in, and say so. */
  currency?: string;
  /** The unit the asker quotes prices in ("price of gpt-4.1 per 1k tokens"); per 1M when not said. */
  unit?: PriceUnit;
  /** The day prices are read on when asked ("what will it cost in january?"), in words until answered (price-day.ts). */
  pricedOn?: PriceDay;
  /** Models released in a window ("released this year"), in words until answered (released.ts). */
  released?: ReleaseWindow;
  /** With the retiring order, models that retire in a window ("retiring this year"), in words until answered (retiring.ts). */
  retiring?: RetireWindow;
  /** A `/models digest …` command, read. */
  digest: Exclude<DigestCommand, { action: 'error' }> | null;
  /** A `/models watch …` or `/models unwatch …` command, read (src/app/watch-command.ts). */
  watch?: WatchCommand;
  /** A `/models settings …` command, read. */
  settings: Exclude<SettingsCommand, { action: 'error' }> | null;
  /**
   * Something the catalog does not cover was asked for, a kind of model ("cheapest embedding model") or a benchmark
   * ("top models by MMLU"): a problem says so, and no input form would help.
   */
  outOfScope?: boolean;
  /** Of the models named, only the one that costs least at the profile is answered ("only the cheaper one", after a comparison). */
  cheapestOnly?: boolean;
  /** The problems are with the models meant ("drop the third" of two compared): no volume or mix form would help. */
  modelProblem?: boolean;
  /**
   * While a question is read: names read loosely ("sonnet" → the newest active Sonnet) and how, said as notes for those
   * still asked about once the reading is done (a name that became a filter, "cheapest llama model", is not).
   */
  looseNames?: { model: string; note: string }[];
  /** Problems found while reading (a bad volume, an unknown lane), each said for a person. */
  problems: string[];
  /** The text the query came from. */
  text: string;
}

/** How many rows a ranking shows when no length was asked. */
export const DEFAULT_TOP = 5;

export function emptyQuery(text: string, intent: Intent = 'unknown'): Query {
  return {
    intent,
    models: [],
    tokens: null,
    mix: null,
    cachedShare: null,
    batch: false,
    serviceTier: null,
    promptTokens: null,
    filters: {},
    attribute: null,
    lane: null,
    top: null,
    order: 'price',
    digest: null,
    settings: null,
    problems: [],
    text,
  };
}
