// Questions in plain English → the same Query the commands produce. Deterministic and offline:
// ordered rules over the text, after the profile phrases and model names are found.
import { COUNT, TERM_UNIT } from '../cost/parse.ts';
import { MAX_COMPARED } from '../compare/compare.ts';
import { money, tokens, wordList } from '../cost/format.ts';
import { spansAsked, termMonths, termWords } from '../cost/span.ts';
import { afterChangeIn } from './price-day.ts';
import { compareVersions, resolveModel, versionOf } from '../catalog/resolve.ts';
import { providerName, type Catalog, type CatalogModel } from '../catalog/validate.ts';
import type { Lane } from '../catalog/lanes-schema.ts';
import { scoreOf } from '../catalog/needs.ts';
import {
  CACHE_SHARES,
  escapeRegExp,
  extractProfile,
  MANY_THINGS,
  MAX_TOP,
  phraseSource,
  singularOf,
  providerOfWord,
  providersNamedBy,
  withoutLongPromptPricing,
  withoutNegations,
  withoutOutputModalities,
} from './extract.ts';
import { leaveOut, readLeftOut } from './excluded.ts';
import { familiesNamed, familyBeforeModels, readExcludedFamilies, readFamilyPhrase, unknownFamilyProblem } from './families.ts';
import { outOfScopeAsked, outOfScopeNameIn } from '../catalog/out-of-scope.ts';
import {
  FILLER,
  findModelNames,
  hasPlaceholder,
  unreadWords,
  maskModelNames,
  modelSizeIn,
  PLACEHOLDER_SOURCE,
  placeholder,
  placeholderId,
  readNamedPhrase,
  wordsOfNames,
  type FoundName,
} from './names.ts';
import type { ReleaseWindow } from './released.ts';
import { PRICE_BOUNDS, type RankOrder } from '../cost/rank.ts';
import { picksIn } from './picks.ts';
import { watchInWords } from './watch-words.ts';
import { settingsInWords } from './settings.ts';
import { distance } from 'fastest-levenshtein';
import { emptyQuery, type HelpTopic, type PriceClaim, type Query } from './query.ts';
import { directionInWords, MONTH_WORD, monthOf, rangeInWords, rangeProblem, subscriptionInWords } from '../digest/command.ts';
import { dayAfter, isDay } from '../digest/window.ts';
import { batchSides } from './batch-side.ts';
import { cacheSides } from './cache-side.ts';
import { readSplit } from './split.ts';
import { placeAsked, type PlaceAsked } from './placement.ts';
import { listedBy, orderNamed } from './sort-words.ts';
import { billCutTo, SHARE_WORD, shareSaid } from './share-words.ts';
import { retireWindowInWords, retireWindowProblem } from './retiring.ts';
import {
  ARENA_SCORE,
  decentWordIn,
  benchmarkIn,
  CODING_INDEX,
  uncarriedBenchmarkIn,
  DECENT_FLOOR,
  hostIn,
  hostsNamed,
  QUALITY_INDEX,
  outOfReach,
  hostsLeftOutProblem,
  readHosts,
  RELEASE_VERBS,
  readScoreFloors,
} from './intents.ts';

/** A character of one sentence: a version's dot ("haiku 4.5") ends none. */
const IN_SENTENCE = String.raw`(?:[^?.!]|(?<=\d)\.(?=\d))`;
/** A comparison word, up to the end of the text with no sentence ended ("which is better … for"). */
const COMPARING_BEFORE = new RegExp(String.raw`\b(?:better|worse|stronger|weaker|smarter|good|great|best)\b${IN_SENTENCE}{0,60}?$`, 'i');

/** Words that ask which of the models costs less: "cheaper", "price difference", "break-even". */
const PRICE_WORDS =
  /\b(?:cheaper|cheapest|less expensive|more expensive|most expensive|pricier|priciest|costlier|costliest|dearer|costs? less|costs? more|lower price|price difference|cost difference|(?:price|cost) ratio|ratio (?:of|between) (?:their |the )?(?:prices|costs)|difference in (?:monthly |the )?(?:cost|price|bill|spend)s?|break[- ]?even)\b|\bbeats?\b[^?.!]{0,40}\bon (?:price|cost)\b|\bas (?:cheap|expensive|pricey|costly|affordable) as\b|\b(?:how much|what percent(?:age)?|how many percent)\s+(?:more|less|extra)\b(?=[^?.!]{0,60}\b(?:cost|costs|charge|charges|pay)\b[^?.!]{0,40}\bthan\b)/i;
/** A gap claimed as a multiple or a part of another's price: "twice as expensive as", "half the price of", "3x the cost of". */
const CLAIM_AS_SOURCE = String.raw`(?<times>twice|double|triple|thrice|(?:two|three|four|five|ten) times|\d+(?:\.\d+)?\s*(?:x|×|times)|half|a half|(?:a|one) third|(?:a|one) quarter|a fourth|a tenth)\s+(?:as\s+(?<adjective>expensive|pricey|costly|cheap|much)\s+as|(?:the\s+|its\s+)?(?:price|cost)\s+of)\b`;

/** Attribute questions and the comparison row each one reads (capabilities come from the catalog's words: attributesOf). */
export const ATTRIBUTES: { id: string; row: string; words: RegExp }[] = [
  { id: 'context', row: 'contextWindow', words: /\b(?:context(?:\s+window)?|longer context|bigger context|larger context|more context|token limit)\b/i },
  {
    id: 'max-output',
    row: 'maxOutput',
    words:
      /\b(?:max(?:imum)?\s+output|longest output|longer outputs?|output limit|output length|output tokens? (?:limit|max)|how many tokens can .+ (?:output|write|generate)|(?:has|have|with|gives?|allows?|supports?)\s+(?:the\s+)?(?:more|most|larger|bigger|largest|biggest)\s+output(?:\s+tokens?)?)\b/i,
  },
  { id: 'knowledge-cutoff', row: 'knowledgeCutoff', words: /\b(?:knowledge cut-?off|cut-?off|training data|more recent (?:knowledge|data)|newer knowledge|fresher|trained on)\b/i },
  {
    id: 'speed',
    row: 'speed.outputTokensPerSecond',
    words: /\b(?:faster|fastest|speed|quicker|tokens per second|tokens\/s|latency|slower|how fast|time to first (?:token|byte)|ttft|throughput)\b/i,
  },
  // "What license is llama 4 maverick?": the license as published (open weights or not is its own question).
  // "Can I use llama 3.3 70b commercially?": what its license allows.
  { id: 'license', row: 'license', words: /\b(?:licen[cs]e[ds]?|licensing|terms of use|commercial(?:ly| use| purposes| products?| apps?)|for commercial)\b/i },
  {
    id: 'open-weights',
    row: 'openWeights',
    words: /\b(?:open[- ]source|open[- ]weights?|self[- ]host|proprietary|download (?:the )?weights|weights (?:available|downloadable)|api[- ]only)\b/i,
  },
  // "Is kimi k2 chinese?", "where is mistral large made?": where its maker is based.
  {
    id: 'maker-country',
    row: 'makerCountry',
    words:
      /\b(?:which|what) country\b|\bcountry of origin\b|\bmaker(?:'s)? country\b|\bwhere (?:is|are|was|were)\b.{1,60}?\b(?:from|made|based|built|developed|headquartered|trained)\b|\b(?:is|are|was|were)\b.{1,60}?\b(?:(?:a\s+)?(?:chinese|american|european|french|canadian|israeli|japanese|korean)|(?:from|made in|built in|based in)\s+(?:china|the us|the usa|america|europe|the eu|france))(?:\s+(?:model|llm|company|lab)s?)?\s*[?.!]*\s*$/i,
  },
  { id: 'multimodal', row: 'modalities.input', words: /\b(?:multimodal|multi-modal|modalit(?:y|ies)|audio|video|pdf input)\b/i },
  // Before the input price: "cached input price" is not the input price.
  {
    id: 'cached-input-price',
    row: 'price.cachedInput',
    words:
      /\b(?:cached|cache[- ]read|cache[- ]hit)\s+(?:input\s+)?(?:tokens?\s+)?(?:price|cost|rate|pricing|discount)s?\b|\b(?:caching|cache)\s+discounts?\b|\bdiscounts?\s+(?:for|on)\s+(?:cached|caching|cache)\b|\b(?:price|cost|rate)s?\s+(?:of|for|per)\s+(?:1m\s+|a million\s+)?(?:cached|cache reads?|cache hits?)\b/i,
  },
  // Before the five-minute write: "1h cache write", "cache writes for an hour" ask the one-hour write's price.
  {
    id: 'cache-write-1h-price',
    row: 'price.cacheWrite1h',
    words:
      /\b(?:1|one)[\s-]*(?:h|hr|hour)s?\s+cache[- ]writes?\b|\bcache[- ]writes?\b[^.?!]{0,24}?\b(?:1|one|an?)[\s-]*(?:h|hr|hour)\b|\b(?:1|one)[\s-]*(?:h|hr|hour)\s+(?:cache|caching|ttl)\b|\bextended\s+(?:cache|caching)\b/i,
  },
  {
    id: 'cache-write-price',
    row: 'price.cacheWrite5m',
    words: /\bcache[- ]writes?\b|\bwrit(?:e|es|ing) (?:to )?(?:the )?cache\b|\bcache (?:creation|storage)\b/i,
  },
  {
    id: 'input-price',
    row: 'price.input',
    words:
      /\b(?:input|prompt)\s+(?:token\s+)?(?:price|cost|rate|pricing)s?\b|\b(?:price|cost|rate)s?\s+(?:of|for|per)\s+(?:1m\s+|a million\s+)?(?:input|prompt)\b|\bper\s+(?:(?:1\s*m|1\s+million|a\s+million|one\s+million|million|mtok|1k|1,000|a\s+thousand|thousand|an?|one)\s+)?(?:input|prompt)\s+tok(?:en)?s?\b|\b(?:expensive|cheaper|cheapest|pricier|costlier)\s+(?:per|for|on)\s+(?:an?\s+)?(?:input|prompt)\b|\b(?:cheapest|cheaper|lowest|lower)\s+(?:input|prompt)\s*(?:tokens?\s*)?(?:price|cost|rate|pricing)?s?\b(?!\s*(?:limit|length|window|size|modalit))/i,
  },
  {
    id: 'output-price',
    row: 'price.output',
    words:
      /\b(?:output|completion)\s+(?:token\s+)?(?:price|cost|rate|pricing)s?\b|\b(?:price|cost|rate)s?\s+(?:of|for|per)\s+(?:1m\s+|a million\s+)?(?:output|completion)\b|\bper\s+(?:(?:1\s*m|1\s+million|a\s+million|one\s+million|million|mtok|1k|1,000|a\s+thousand|thousand|an?|one)\s+)?(?:output|completion)\s+tok(?:en)?s?\b|\b(?:expensive|cheaper|cheapest|pricier|costlier)\s+(?:per|for|on)\s+(?:an?\s+)?(?:output|completion)\b|\b(?:cheapest|cheaper|lowest|lower)\s+(?:output|completion)\s*(?:tokens?\s*)?(?:price|cost|rate|pricing)?s?\b(?!\s*(?:limit|length|window|size|modalit))/i,
  },
  {
    id: 'price',
    row: 'price.blended',
    words: new RegExp(`${PRICE_WORDS.source}|\\b${CLAIM_AS_SOURCE}`, 'i'),
  },
  { id: 'newer', row: 'released', words: /\b(?:newer|newest|more recent|released|release date|older|came out|come out|launch(?:ed)?|first)\b/i },
];

const attributeLists = new WeakMap<Catalog, typeof ATTRIBUTES>();

/**
 * Every attribute a question can ask about, in the order they are tried: the specs, then each capability in the
 * catalog's own words (data/lanes.yml `capabilities`; its row is capability.<id>), then modalities, price and age.
 */
export function attributesOf(catalog: Catalog): typeof ATTRIBUTES {
  let list = attributeLists.get(catalog);
  if (!list) {
    const capabilities = Object.entries(catalog.capabilityWords ?? {}).map(([id, phrases]) => ({
      id,
      row: `capability.${id}`,
      words: new RegExp(
        String.raw`\b(?:${[...(phrases as string[])]
          .sort((a, b) => b.length - a.length)
          .map(phraseSource)
          .join('|')})\b`,
        'i',
      ),
    }));
    const at = ATTRIBUTES.findIndex((a) => a.id === 'multimodal');
    list = [...ATTRIBUTES.slice(0, at), ...capabilities, ...ATTRIBUTES.slice(at)];
    attributeLists.set(catalog, list);
  }
  return list;
}

/** "Price history of gpt-4o", "when did o3 get cheaper?", "has gpt-4o's price changed?": one model's past prices (its card). */
const PRICE_HISTORY =
  /\bpric(?:e|es|ing) (?:history|changes? (?:of|for|to)|over time)\b|\bpric(?:e|es|ing)[- ]changes?\s*[?.!]*\s*$|\bwhen did\b.{1,60}?\b(?:get|gotten|become|go|come down|drop|fall|rise|increase|change|cut)\b|\bha(?:s|ve)\b.{1,60}?\b(?:price|prices|pricing)\s+(?:ever\s+)?(?:changed|dropped|fallen|gone (?:up|down)|increased|risen|been cut)\b|\b(?:has|have|did)\b.{1,60}?\b(?:ever\s+)?(?:changed?|cut|raised?|dropped|lowered?|reduced?)\s+(?:its\s+|their\s+|the\s+)?(?:price|prices|pricing)\b|\bpast prices\b|\bdid\b.{1,60}?\b(?:get|become|go)\s+(?:more expensive|cheaper|pricier|up|down)\b/i;
/**
 * "When does X's price change?", "is its intro price ending?", "will X get more expensive?", "is X going to get cheaper?":
 * its dated price history ahead.
 */
const PRICE_SCHEDULE =
  /\bwhen (?:does|will|do|is) .{1,60}?(?:price|pricing|prices|rates?) (?:change|go(?:ing)? up|rise|increase|end|expire)|\bwhen (?:does|will|do|is) .{1,60}?(?:get|become|go|going to get) (?:more expensive|cheaper|pricier)|\b(?:intro(?:ductory)?|launch|promo(?:tional)?|early[- ]access) (?:price|pricing|rates?|offer|discount)s?\b|\b(?:scheduled|upcoming|planned|future|announced|next) (?:price|pricing) (?:changes?|increases?|rises?|cuts?)\b|\bprice (?:schedule|roadmap)\b|\bwill .{1,60}?(?:get|become|be) (?:more expensive|cheaper|pricier)\b|\b(?:going to|gonna)\s+(?:get|become|be)\s+(?:more expensive|cheaper|pricier)\b|\b(?:is|are)\b.{1,60}?\bgetting\s+(?:more expensive|cheaper|pricier)\b|\b(?:did|has|have)\b.{1,60}?\b(?:price|pricing|prices|rates?)\s+(?:ever\s+)?(?:change|changed|gone (?:up|down)|go (?:up|down)|drop(?:ped)?|rise|risen|increase[ds]?|decrease[ds]?)\b|\bwhen did\b.{1,60}?\b(?:price|pricing|prices|rates?)\b|\b(?:did|has|have)\b.{1,60}?\b(?:changed?|raised?|cut|lowered?|dropped|drop)\s+(?:its\s+|their\s+|the\s+)?(?:price|pricing|prices|rates?)\b|\b(?:has|have|did)\b.{1,60}?\b(?:gotten|got|get|become|became)\s+(?:more expensive|cheaper|pricier)\b|\b(?:prices?|pricing|rates?)\s+(?:dropped|drop|rose|risen|went (?:up|down)|gone (?:up|down)|been cut|cut|increased|decreased)\s*[?.!]*\s*$|\b(?:cheaper|more expensive|pricier|dearer) than (?:it|they|this|that) (?:used to be|was|were|once was)\b|\b(?:cheaper|more expensive|pricier) than (?:before|at launch|it launched)\b|\b(?:last|latest|most recent|previous) (?:price|pricing) (?:change|cut|increase|drop|update)s?\b|\b(?:price|pricing) (?:increase|hike|rise|cut|drop)s?\s*[?.!]*\s*$/i;

/** A line's prices over its releases: "gemini flash prices changed over time", "price history of claude sonnet". */
const LINE_HISTORY =
  /(?<![\w'’.-])((?!(?:how|have|has|had|did|do|does|is|are|was|were|the|all|what|why|when|our|my|your|their|its|last|latest|recent|next|previous|current|new|old|any|every|each|this|that|these|those|first|biggest|largest|most|some|other|a|an|and|or|of|for|to|in|on|at|by|with|any)\b)[a-z][\w.-]*(?:\s+[a-z][\w.-]*)??)(?:'s)?\s+(?:model\s+)?(?:prices?|pricing)\s+(?:(?:ha(?:ve|s)\s+)?(?:chang|evolv|develop|trend)(?:e|ed|es|ing)?\b|history\b|over time\b)|\b(?:price|pricing)\s+(?:history|trends?|evolution)\s+(?:of|for|across)\s+(?:the\s+)?([a-z][\w.-]*(?:\s+[a-z][\w.-]*)?)|\b(?:price|pricing|prices)\s+of\s+(?:the\s+)?([a-z][\w.-]*(?:\s+[a-z][\w.-]*)?)\s+(?:(?:has|have)\s+)?(?:chang|evolv)\w*/i;
/** Words that say which prices, not whose: "scheduled price changes", "upcoming pricing", "batch prices". */
const PRICE_ADJECTIVE =
  /^(?:scheduled|upcoming|planned|future|announced|recent|past|previous|old|new|newer|older|historical|list|token|input|output|batch|cached|standard|flex|priority|intro(?:ductory)?|launch|promo(?:tional)?|api|per[- ]token|current|today'?s|monthly|yearly|annual)(?:\s|$)/i;

/**
 * Words that name no model or maker where one could stand: every model ("rate limits of everything"), a usage tier ("on
 * tier 2"), whose ("our"), and the words prices are asked with ("model prices", "token prices").
 */
const NAMES_NOTHING =
  /^(?:everything|all|every|each|any|everyone|them|these|those|models?|llms?|tiers?|usage|accounts?|paid|free|api|tokens?|input|output|my|our|your|their|its|current|new|old|average|typical)$/i;

/** Whether words name a provider or a model, or end in one that names nothing ("model prices", "rate limits of everything"). */
function namesSomething(catalog: Catalog, words: string): boolean {
  return NAMES_NOTHING.test(words.split(/\s+/).at(-1) ?? '') || providersNamedBy(words, catalog.providers).length > 0 || findModelNames(catalog, words, false).length > 0;
}

/** Changes asked over all the catalog's history: "over time", "all-time", "historically", "ever". */
const OVER_TIME = /\b(?:over (?:time|the years|the months)|all[- ]time|historically|through the years|since (?:the )?(?:beginning|start))\b/i;

const firstPriceDays = new WeakMap<Catalog, string>();
/** The catalog's first dated price: where "over time" starts. */
function firstPriceDay(catalog: Catalog): string {
  let day = firstPriceDays.get(catalog);
  if (day === undefined) {
    day = catalog.models.flatMap((m) => m.pricing.map((e) => e.from)).sort()[0] ?? '';
    firstPriceDays.set(catalog, day);
  }
  return day;
}

/**
 * Attributes answered model by model from one field of the catalog (or said not to be recorded there): retirement,
 * rate limits, the batch price, the maximum input. (Benchmarks, hosts and capabilities are found from the catalog's data.)
 */
export const FACTS: { id: string; words: RegExp }[] = [
  {
    id: 'retirement',
    words:
      /\b(?:retir(?:e|es|ed|ing|ement)|deprecat\w*|sunset\w*|end[- ]of[- ]life|eol|shut(?:ting)? down|shutdown|going away|discontinu\w*|still (?:supported|available|around|offered|sold|usable|live)|(?:can|could) (?:i|we|you) still (?:use|call|get|buy|access)|lifecycle|how long (?:will|is) .{1,40} (?:be )?(?:around|available|supported))\b/i,
  },
  {
    id: 'rate-limits',
    words: /\b(?:rate[- ]?limits?|rate[- ]limited|tpm|rpm|tokens per minute|requests per minute|throughput limits?|quotas?|usage tiers?|tier[- ]?\d limits?)\b/i,
  },
  {
    id: 'batch-price',
    words:
      /\bbatch(?:ed)?(?: api)? (?:price|pricing|prices|rates?|discount|cost)\b|\b(?:price|pricing|cost|discount|rates?) (?:for|of|on|with|via) (?:the )?batch\b|\bbatch discount\b|\b(?:support|supports|offer|offers|have|has|sold|available)\s+(?:(?:on|via|through|with|in)\s+)?(?:the\s+|a\s+)?batch(?:ed)?(?:\s+(?:api|mode|processing|jobs?|requests?))?\b|\bbatch(?:\s+(?:api|mode|processing))?\s+(?:support|available|supported)\b/i,
  },
  {
    // "Does o3 support flex processing?", "is there a priority tier for gpt-5?", "is flex cheaper than batch for o3?": the
    // tiers it is sold at, with their prices beside the standard and batch ones.
    id: 'tier-price',
    words: new RegExp(
      String.raw`\b(?:flex|priority)\b${IN_SENTENCE}{0,40}\b(?:or|vs\.?|versus|than|compared)\s+(?:the\s+)?batch\b|\bbatch\b${IN_SENTENCE}{0,40}\b(?:or|vs\.?|versus|than|compared)\s+(?:the\s+)?(?:flex|priority)\b|\b(?:support|supports|offer|offers|have|has|sold|available)\s+(?:(?:on|via|through|with|in|at)\s+)?(?:the\s+|a\s+)?(?:flex|priority)(?:\s+(?:tier|processing|mode|pricing))?\b|\b(?:flex|priority)(?:\s+(?:tier|processing|mode))?\s+(?:support|available|supported|offered)\b|\b(?:is there|any) (?:a )?(?:flex|priority)\s+(?:tier|processing|mode|option)\b|\b(?:service|processing) tiers?\b`,
      'i',
    ),
  },
  {
    id: 'price-schedule',
    words: PRICE_SCHEDULE,
  },
  {
    id: 'free-endpoint',
    words:
      /\bfree (?:version|tier|plan|endpoint|access|option|usage|route|variant)s?\b|\b(?:is|are)\s+(?:there\s+)?(?:a\s+)?[\w .'-]{1,40}?\s+(?:free|available for free)(?:\s+(?:on|via|through|at|from)\s+[\w .-]{1,30})?\s*[?.!]*\s*$|\b(?:use|try|run|get|access|call)\s+[\w .'-]{1,40}?\s+for free\b|\bfree to (?:use|try|call)\b/i,
  },
  {
    id: 'max-input',
    words: /\b(?:max(?:imum)? input|input limit|input cap|max(?:imum)? prompt(?: size| length)?|longest prompt|prompt limit|how (?:long|big) (?:a|can the|can a) prompt)\b/i,
  },
];

const RATE_LIMITS = FACTS.find((f) => f.id === 'rate-limits')?.words as RegExp;

/**
 * "Can gpt-5 handle 500 requests per minute?": requests counted at a rate ask about rate limits, not an unsized volume;
 * "what do 100 requests a minute cost?" still asks the size of each.
 */
function rateNotVolume(query: Query): Query {
  const unsized = query.unsized;
  if (unsized === undefined || COST.test(query.text)) return query;
  query.problems = query.problems.filter((p) => p !== unsized.problem);
  delete query.unsized;
  return query;
}

/** No filter read but the providers: a question about what a few providers publish, not a ranking with conditions. */
function onlyProvidersFiltered(query: Query): boolean {
  return Object.keys(query.filters).every((key) => key === 'providers') && query.released === undefined;
}

/** A question asked of the models named, to be answered yes or no (or which of them). */
const YES_OR_NO_OF_MODELS = /^\s*(?:is|are|does|do|did|was|were|will|would|can|which of|which one of|which ones? of|are any of|is any of|which)\b/i;

/** "New models since october", "any new models this month?": the digest's new-models part, over that window. */
const NEW_MODELS = new RegExp(
  String.raw`\b(?:new|newly (?:added|released)|latest) (?:[\w-]+ )?(?:models?|releases?|llms?)\b.*\b(?:since|this|last|in|during|between|today|yesterday|(?:from|after|on)\s+${MONTH_WORD}\b|on\s+\d{4}-\d{2}-\d{2}\b)|\bwhat did [\w-]+ change\b|\b(?:what'?s|what is|anything|something) new\b|\b(?:what|which) models? (?:came out|launched|were released|got released|were added)\b|\b(?:what|anything)(?:'s| has| have)? (?:was |were |got |been )?(?:released|launched|added|come out|came out)\b|\bnew releases?\b`,
  'i',
);

/** "A newer version of X", "is there a newer X?", "has X been updated?": a later model of the same line. */
const NEWER_VERSION =
  /\b(?:newer|later|more recent|updated|next)\s+(?:version|release|model|generation|iteration)s?\s+of\b|\b(?:is|are)\s+there\s+(?:a|any)\s+(?:newer|more recent|later)\b(?!\s+than\b)|\bhas\b.{1,60}?\bbeen\s+(?:updated|superseded|replaced)\b/i;

/** Words that set models side by side ("compare", "vs", "versus", "side by side"). */
const COMPARED_ON_HOST = /\b(?:compare|comparison|vs\.?|versus|side by side|against|compared (?:to|with))\b/i;

/** Of those, the words that ask only for the models released ("what's new" alone asks for the prices too). */
const RELEASES = /\bnew (?:[\w-]+ )?(?:models?|releases?|llms?|launches)\b/;
const MOVES = /(?:cuts?|drops?|decreases?|reductions?|hikes?|increases?|rises?)\b/;
const RELEASES_ASKED = /\bnew (?:[\w-]+ )?(?:models?|releases?|llms?)\b|\bnewly (?:added|released)\b|\b(?:released|launched|came out|come out|were added|got added)\b/i;

/** Words about prices, which a question about new models may ask of too ("new models and price cuts this week"). */
/** Releases and price moves asked side by side: "new models and price cuts", "any price hikes or new releases?". */
const RELEASES_AND_MOVES = new RegExp(
  String.raw`${RELEASES.source}\s*(?:,|and|&|plus|or)\s+(?:any\s+|the\s+)?(?:price\s+)?${MOVES.source}|\b(?:price\s+)?${MOVES.source}\s*(?:,|and|&|plus|or)\s+(?:any\s+|the\s+)?${RELEASES.source}`,
  'i',
);
const PRICE_TALK = /\b(?:pric\w*|cheaper|more expensive|pricier|cuts?|hikes?|increases?|digest|changed?|changes|costs?)\b/i;

const GREETING = `(?:hi|hello|hey|hiya|yo|sup|howdy|good (?:morning|afternoon|evening)|help(?: me| please)?|what can you do|what do you do|how do (?:i|you) (?:use|work)|how does (?:this|it) work|commands|usage|who are you|examples?|how are (?:you|things)(?: doing)?|how(?:'s| is) it going|what(?:'s| is) up)`;
/** A thank-you or an acknowledgement and nothing else ("thanks!", "ok, got it", "perfect, that helps"): answered in a line. */
const THANKS =
  /^(?:(?:thanks?|thank (?:you|u)|thx|ty|tysm|cheers|ta|appreciated?(?: it)?|much appreciated|ok(?:ay)?|k|kk|cool|great|nice|perfect|awesome|excellent|brilliant|wonderful|got it|gotcha|understood|makes sense|that(?:'s| is)? (?:helpful|great|perfect|useful)|(?:that|this) help(?:s|ed)|sounds good|good to know|noted|will do)(?:[\s,]+(?:there|all|team|everyone|folks|modelscout|model scout|bot|again|so much|a lot|very much|a ton|man|mate|buddy))*[\s!.,:)👍🙏]*){1,4}$/iu;
const HELP = new RegExp(String.raw`^(?:${GREETING}(?:[\s,]+(?:there|all|team|everyone|folks|modelscout|model scout|bot|again|so much|a lot))*[\s!?.,:)👋🙏]*|\?+)$`, 'iu');
const HELP_ANYWHERE =
  /\b(?:what can (?:you|this bot|the bot|model ?scout) do|how do (?:i|you) use (?:this|you|the bot)|how does (?:this|the) (?:bot|thing|app)? ?work|what (?:kinds? |sorts? )?of questions|what (?:can|should) i ask|example (?:questions|commands|queries)|give me (?:some )?examples|what commands|list (?:of )?commands|how many (?:models|providers)(?: (?:do you|does (?:it|the bot|the catalog)|are (?:there|in)))(?![^?]*\b(?:from|by|with|under|over|that|which)\b)|(?:what|which) (?:models|providers|vendors|labs|companies) (?:do|does|can) (?:you|i|the bot|model ?scout) (?:know|cover|have|support|track|list|compare)|(?:what|which|list|show(?: me)?|all)(?: the| your| of the)? (?:lanes|kinds of work)(?:\s+(?:do you (?:have|know|rank|cover|use)|are there|exist|you (?:have|rank|use)))?\s*[?.!]*\s*$)|^\s*lanes\s*\??\s*$|\bhow (?:do|can|should) (?:i|we) (?:compare|watch|track|monitor|set(?: up)?|add|use|ask about|check|change|find|search|filter|rank|price|estimate)\s+(?:(?:a|an|the|my|our|two|multiple|several|different)\s+)?(?:models?|llms?|prices?|costs?|budgets?|alerts?|watch(?:es)?|notifications?|defaults?|settings|volumes?|mix(?:es)?|filters?|rankings?)\s*[?.!]*\s*$/i;
const DIGEST =
  /\b(?:what(?:'?s| has| have)? changed|(?:any(?:thing)?|what) (?:\w+ )?changed? (?:on|in|with) pric\w*|pric(?:e|es|ing) (?:changes?|cuts?|drops?|increases?|hikes?|moves?|updates?)|changes? (?:this|last|past) week|weekly digest|digest|cuts? lately|(?:get|got|gotten|became|become|been) (?:cheaper|more expensive|pricier|repriced)|re-?priced|(?:cut|raised?|dropped|lowered|hiked|increased|reduced|chang(?:e|ed)|update[ds]?) (?:any |their |its |the )?(?:api )?prices|\b(?:did|does|do|will|has|have)\s+(?:[\w.-]+\s+){0,3}?(?:lower|raise|drop|reduce|hike|increase) (?:any |their |its |the )?(?:api )?prices(?!\s+than\b)|prices? (?:went|go|gone|going) (?:up|down)|(?:are|were|have)\s+(?:model\s+|api\s+|the\s+|any\s+)?prices\s+(?:been\s+)?(?:down|up|dropping|falling|rising|lower|higher)|pric(?:e|es|ing)\s+(?:have\s+|has\s+)?(?:changed|dropped|fallen|fell|rose|risen|moved|increased|decreased)|(?:went|go|gone) up or down in price|(?:went|gone|go|going|gotten) (?:up|down) in price|any (?:price )?cuts|new models? (?:this|last) week|what (?:did|have) (?:model |the |api )?prices (?:do|done)|how (?:did|have) (?:model |the |api )?prices (?:move|moved|change|changed|do|done|been)|new in pric\w+|pric\w+ news|since last week|what(?:'s| is) changing|what (?:price )?(?:changes|will change|(?:is|'s) (?:going|about) to change)\s+(?:on|in|next|this|by|before|during|over|ahead|coming|(?:at|after) the (?:start|end|turn) of)\b|(?:getting|going to get|will get|becoming) (?:more expensive|cheaper|pricier)|pric(?:e|es|ing) (?:increases?|cuts?|changes?|hikes?) (?:coming(?: up)?|ahead|upcoming|scheduled|planned)|(?:upcoming|scheduled|planned|announced) pric(?:e|es|ing) (?:increases?|cuts?|changes?|hikes?))\b/i;
/** "Released after gpt-5", "newer than gpt-4o", "came out before o3": a release window set by a model's release day. */
const RELEASED_AGAINST = new RegExp(
  String.raw`\b(?:(?:released|launched|came out|come out|shipped|out)\s+(?<when>after|since|before)|(?<than>newer|more recent|later|older|earlier)\s+than)\s+(?:the\s+)?(?<name>${PLACEHOLDER_SOURCE})`,
  'i',
);

/**
 * A ranking's release window said by a model ("the cheapest model released after gpt-5"): the day after its release, or
 * before it; the name is then no model asked about. Left alone where another model is named ("is o3 newer than gpt-5?").
 */
function releasedAgainst(catalog: Catalog, text: string, exact: readonly string[]): { rest: string; released?: ReleaseWindow; note: string } {
  const m = RELEASED_AGAINST.exec(text);
  const id = m?.groups?.name ? placeholderId(m.groups.name, exact) : undefined;
  const model = id === undefined ? undefined : catalog.byId.get(id);
  const rest = m ? `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}` : text;
  if (!m || !model?.released || !isDay(model.released) || hasPlaceholder(rest)) return { rest: text, note: '' };
  const before = /^(?:before|older|earlier)$/i.test(m.groups?.when ?? m.groups?.than ?? '');
  return {
    rest,
    released: before ? { before: model.released } : { since: dayAfter(model.released) },
    note: `released ${before ? 'before' : 'after'} ${model.id} (${model.released})`,
  };
}

/** "How much did opus get cheaper with 4.5?", "did sonnet get pricier with 4.5": a line's price change at a version. */
const GOT_CHEAPER_WITH =
  /\b(?:how much|did|has|have)\s+(?:did\s+|has\s+|have\s+)?(.+?)\s+(?:get|gotten|got|become|became|go|gone)\s+(?:cheaper|more expensive|pricier|up|down)(?:\s+in\s+price)?\s+(?:with|in|at|from)\s+(?:the\s+|version\s+|v)?(\d+(?:\.\d+)*)\b/i;

/**
 * The version named set against the version before it in its family (the catalog records no successors): "how much did
 * opus get cheaper with 4.5?" is claude-opus-4-5's price beside claude-opus-4-1's, said.
 */
function priceOfVersion(catalog: Catalog, query: Query, text: string): Query | undefined {
  const m = GOT_CHEAPER_WITH.exec(text);
  if (!m) return undefined;
  const found = resolveModel(catalog, `${m[1]} ${m[2]}`);
  if (found.kind !== 'found') return undefined;
  const model = found.model;
  const version = versionOf(model.id);
  const earlier = catalog.models
    .filter((o) => o.family === model.family && o.id !== model.id && versionOf(o.id).length > 0 && compareVersions(versionOf(o.id), version) < 0)
    .sort((a, b) => compareVersions(versionOf(b.id), versionOf(a.id)) || (b.released ?? '').localeCompare(a.released ?? ''))[0];
  if (!earlier) return undefined;
  return asIntent(query, 'attribute', {
    attribute: 'price',
    models: [earlier.id, model.id],
    notes: [...(query.notes ?? []), `${model.id} set against the version before it in the ${model.family} family, ${earlier.id}`],
  });
}

/** A price set against the other models': "compared to the average model", "than the typical llm", "is gpt-5 expensive?". */
const AGAINST_THE_REST =
  /\b(?:compared?\s+(?:to|with)|vs\.?|versus|than|against)\s+(?:the\s+|an?\s+)?(?:average|typical|median|mean|other|rest of the)(?:\s+(?:models?|llms?|prices?|ones?))?\b|^\s*(?:is|are)\s+.{2,60}?\s+(?:(?:too|very|really|that|so|relatively|fairly|reasonably|actually|still)\s+)?(?:expensive|pricey|costly|overpriced|cheap|inexpensive|affordable)(?:\s+(?:after|in|from|by|on|once|when)\s+[\w ,.'-]{1,40}?)?\s*\??\s*$/i;

/**
 * Whether one model is cheap or dear, set against other models ("is gpt-5 mini cheap compared to other models?", "how
 * does its price compare to the rest?"): its place in the spread of prices, not the models that could stand in for it.
 */
const PRICE_STANDING =
  /^\s*(?:is|are)\s+.{2,60}?\s+(?:(?:too|very|really|that|so|relatively|fairly|reasonably|actually)\s+)?(?:expensive|pricey|costly|overpriced|cheap|inexpensive|affordable)\b|\b(?:price|prices|pricing|cost|costs)\b/i;

/** "Moving from openai to anthropic", "what breaks if we switch from gpt to claude": a move between makers. */
const MAKER_MOVE =
  /\b(?:mov\w*|switch\w*|migrat\w*|port\w*|transition\w*|chang\w*|go(?:ing)?)\b[^?.!]{0,30}?\bfrom\s+([\w.-]+)(?:'s)?(?:\s+(?:models?|api))?\s+(?:to|over to|onto)\s+([\w.-]+)/i;

/** A ranking on one side's price: a month of that side's tokens alone, and the note that says so. */
export function rankedOnSide(side: 'input' | 'output'): { mix: NonNullable<Query['mix']>; note: string } {
  return { mix: side === 'input' ? { input: 1, output: 0 } : { input: 0, output: 1 }, note: `ranked by ${side} price: every token is priced as ${side}` };
}

/** The maker a move goes to, when the question moves from one maker to another and both were read as makers asked for. */
function makerMovedTo(catalog: Catalog, query: Query): string | undefined {
  const makers = MAKER_MOVE.exec(query.text);
  if (!makers) return undefined;
  const [from, to] = [makers[1] ?? '', makers[2] ?? ''].map((w) => providersNamedBy(w, catalog.providers)[0]);
  const asked = query.filters.providers ?? [];
  return from && to && from !== to && asked.includes(from) && asked.includes(to) ? to : undefined;
}

/** A maker's flagship: its current model highest on the broadest quality index (else its newest). */
function flagshipOf(catalog: Catalog, provider: string): CatalogModel | undefined {
  const current = catalog.models.filter((m) => m.provider === provider && m.status === 'active');
  const score = (m: CatalogModel) => scoreOf(m, QUALITY_INDEX) ?? Number.NEGATIVE_INFINITY;
  return [...current].sort((a, b) => score(b) - score(a) || (b.released ?? '').localeCompare(a.released ?? ''))[0];
}

/** A move between makers asked without models: what to ask instead, with each maker's flagship as the example. */
function makerMoveProblem(catalog: Catalog, from: string, to: string): string {
  const name = (id: string) => providerName(catalog, id);
  const [a, b] = [flagshipOf(catalog, from), flagshipOf(catalog, to)];
  const index = catalog.benchmarks.get(QUALITY_INDEX)?.name ?? QUALITY_INDEX;
  const example = a && b ? `, such as /models upgrade ${a.id} ${b.id} (each maker's highest on the ${index})` : '';
  return `A move from ${name(from)} to ${name(to)} is a move between models: name the one you use now and the one to move to${example}, or ask “${to}'s equivalent of” the model you use for the ${name(to)} models that can stand in for it.`;
}

/** A price per million asked whether it is cheap or dear, with no model: "is $0.50 per million input cheap?", "is $2/M output expensive?". */
const PER_MILLION_WORDS = String.raw`(?:per|a|an|\/)\s*(?:million|mil|mtok|1m|m)\b(?:\s+tokens?)?`;
const PRICE_ALONE_STANDING = new RegExp(
  String.raw`^\s*(?:is|are|would|does)\s+(?:paying\s+|a\s+price\s+of\s+)?\$\s*(?<amount>\d+(?:\.\d+)?)\s*(?:(?<side>input|output)(?:\s+tokens?)?\s*${PER_MILLION_WORDS}|${PER_MILLION_WORDS}\s*(?:(?:for\s+)?(?<side2>input|output)(?:\s+tokens?)?)?)\s+(?:(?:too|very|really|that|so|relatively|fairly|reasonably|actually|considered)\s+)?(?:expensive|pricey|costly|overpriced|cheap|inexpensive|affordable|a\s+good\s+(?:price|deal|rate)|reasonable|good\s+value|a\s+lot|high|low)\b`,
  'i',
);

/** "Above average intelligence", "smarter than average", "better than the average model". */
const ABOVE_AVERAGE =
  /\b(?:above[- ]average(?:\s+(?:intelligence|quality|smarts|capability|performance))?|(?:smarter|better|more capable|more intelligent)\s+than\s+(?:the\s+)?(?:average|typical|median)(?:\s+(?:models?|llms?|one))?)\b/i;

/**
 * "The cheapest model above average intelligence": a floor on the broadest quality index at the mean of the models
 * (deprecated ones aside) that have a score on it, said with that mean.
 */
function aboveAverage(catalog: Catalog, query: Query, text: string): void {
  if (!ABOVE_AVERAGE.test(text) || query.filters.benchmarkFloors?.some((f) => f.benchmark === QUALITY_INDEX)) return;
  const scores = catalog.models.filter((m) => m.status !== 'deprecated').flatMap((m) => m.benchmarks.filter((b) => b.id === QUALITY_INDEX).map((b) => b.score));
  if (scores.length === 0) return;
  const mean = Number((scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(1));
  query.filters.benchmarkFloors = [...(query.filters.benchmarkFloors ?? []), { benchmark: QUALITY_INDEX, min: mean }];
  const name = catalog.benchmarks.get(QUALITY_INDEX)?.name ?? QUALITY_INDEX;
  query.notes = [...(query.notes ?? []), `“above average” read as ${name} of at least ${mean}, the mean of the ${scores.length} models scored on it (deprecated ones aside)`];
}

/** "What's new in gpt-6?", "anything new with claude opus": the name asked about, at the end of the question. */
const NEWS_OF_NAME = /\b(?:what'?s|what is|anything) new (?:with|in|for|about|on) (?:the\s+)?([a-z][\w.-]*(?:\s+[\w.-]+)?)\s*\??\s*$/i;
/** "Worth it", "worth the money", "still worth using": one model weighed, no move asked. */
const WORTH_KEEPING = 'worth (?:it|the (?:money|price|cost|extra)|its (?:price|cost)|paying (?:for|extra)|using|keeping|sticking with)';
const WORTH_ALONE = new RegExp(String.raw`\b${WORTH_KEEPING}\b`, 'i');
const UPGRADE = new RegExp(
  String.raw`\b(?:(?:up|down)grad(?:e|ed|ing)|mov(?:e|ed|ing) (?:[\w/$.,%-]+ ){0,6}?(?:from|to|off|over|up to)|switch(?:ed|ing)? (?:[\w/$.,%-]+ ){0,6}?(?:from|to|over)|migrat\w*|worth (?:moving|switching|upgrading)|${WORTH_KEEPING}|replace(?:ment|d)?|replacing|ditch(?:ed|ing)?|swap(?:ped|ping)?|should (?:i|we) go to|jump(?:ed|ing)? to|go(?:ing)? from (?!\d)(?:[\w/$.,%-]+ ){1,6}?to|went from (?!\d)(?:[\w/$.,%-]+ ){1,6}?to)\b`,
  'i',
);
/** A plan sold per seat by name (ChatGPT Plus, Claude Pro, Copilot, Cursor…): never a token bill, whatever volume is said. */
const NAMED_PLAN =
  /\bchat ?gpt (?:plus|pro|team|business|enterprise|edu|go)\b|\bclaude (?:pro|max|team|enterprise)\b|\bgemini (?:advanced|ai pro|ai ultra)\b|\bsuper ?grok\b|\bcopilot\b|\bcursor\b|\bwindsurf\b|\bclaude code\b/i;

/** The lane for coding in general: a kind of coding named beside it says which is meant. */
const CODING_LANE = 'api-coding';

/**
 * A kind of coding: another lane that weighs one of the coding lane's benchmarks more than weakly (terminal work, deep
 * coding loops, Codex tasks; not cheap subagents, which only lean on them).
 */
function kindOfCoding(catalog: Catalog, lane: Lane): boolean {
  const coding = catalog.lanes.find((l) => l.id === CODING_LANE);
  if (!coding || lane.id === CODING_LANE) return false;
  const benchmarks = new Set(coding.evidence.map((e) => e.benchmark));
  return lane.evidence.some((e) => e.weight !== 'weak' && benchmarks.has(e.benchmark));
}

/** Who sells a model, as asked: "hosts for", "providers of", "platforms serving". */
const WHO_SELLS =
  '(?:(?:hosts?|providers?|places?|platforms?|inference providers?) (?:for|of|to run|serving|selling)|(?:hosts?|providers?|platforms?|inference providers?)(?=\\s*[?.!]*\\s*$))';
/** "Where is kimi k2 from?", "where is mistral large made?": where its maker is based, not where to buy it. */
const MAKER_ASKED = String.raw`${IN_SENTENCE}{1,60}?\b(?:from|made|based|built|developed|headquartered)\s*[?.!]*\s*$`;
/** "Cheapest host", "the cheapest gpt-5 endpoint", "cheapest api for llama 3.3 70b": a way of buying a model, not a model. */
const HOST_WORD = String.raw`(?:(?!models?\b)[\w.-]+\s+){0,4}?(?:hosts?|hosting|providers?|places?|routes?|platforms?|endpoints?|apis?|inference)\b`;
/** "Where …", "cheapest way to run", "cheapest host for", "which provider is cheapest for": where to buy one model, cheapest first. */
const CHEAPEST_WAY = new RegExp(
  String.raw`^\s*where\b(?!${MAKER_ASKED})(?!.{1,60}\b(?:shine|shines|fall short|falls short|struggle|struggles|fail|fails|excel|excels)\b)|\bcheapest (?:(?:way|place|host|provider) to|${WHO_SELLS})\b|\bcheapest ${HOST_WORD}|\bwho (?:sells|hosts|serves|offers)\b|\b(?:which|what)\s+(?:(?:inference|api|cloud)\s+)?(?:providers?|hosts?|platforms?|clouds?|endpoints?)\b`,
  'i',
);
const WHERE = new RegExp(
  String.raw`^\s*where\b(?!${MAKER_ASKED})(?!.{1,60}\b(?:shine|shines|fall short|falls short|struggle|struggles|fail|fails|excel|excels)\b)|\b(?:where(?: else)? (?:can|do|could|should|else) (?:i|we|you)? ?(?:run|use|get|buy|call|host|access)|where is .{1,40}\b(?:hosted|available|served|offered|sold)|where to (?:run|buy|get|use|host)|cheapest (?:way|place|host|provider) to (?:run|use|get|buy|call|host)|cheapest ${HOST_WORD}|(?:cheapest|best|cheaper|other) ${WHO_SELLS}|(?:which|what) (?:providers?|platforms?|clouds?|hosts?)|(?:providers?|hosts?|platforms?) (?:that )?(?:serve|sell|host|offer|run|carry)|across (?:all |every |the |different |other )?(?:providers?|hosts?|platforms?|clouds?|vendors?)|(?:on|at|from) (?:all|every|each|different) (?:providers?|hosts?|platforms?|clouds?)|available on|routes?|hosted on|who (?:hosts|serves|sells|offers)|besides|other than (?:the )?(?:official|first-party)|bedrock|azure|vertex|openrouter)\b`,
  'i',
);
const CHEAPEST =
  /\b(?:cheapest|cheapst|cheepest|chepest|lowest[- ]cost|least expensive|least costly|most affordable|lowest price|cheap(?:est)? option|budget[- ]friendly|budget (?:model|option|pick)|most tokens (?:per|for (?:a|the|each|every|my|our|your)) (?:dollar|\$|buck|money)|most tokens for (?:the |my |our |your )?(?:\$|money|budget)|(?:gives?|get|gets|buys?) (?:me |us |you )?(?:the )?most tokens(?! (?:per second|a second|out|in one|back))(?: for (?:the |my |our |your )?(?:money|budget|\$))?)\b/i;
/** Words that tie a question to AI models, so "cheapest flight to NYC" is not answered as one. */
const MODEL_CONTEXT =
  /\b(?:models?|llms?|ai|api|apis|tokens?|inference|gpt|claude|gemini|grok|mistral|deepseek|openai|anthropic|google|xai|codex|sonnet|opus|haiku|vision|reasoning|context|options?|providers?|subagents?|agents?|coding|rag|prompts?|chat ?bots?|chat|chatting|assistants?)\b/i;
/** "Instead of X", "alternatives to X", "replace X", "something like X": models that can stand in for X. */
const ALTERNATIVES =
  /\b(?:(?:something|anything|a model|models|an? llm|llms|one|options?|an? option)\s+(?:just\s+|a bit\s+)?like|instead of|alternatives? (?:to|for)|in place of|similar to|comparable to|equivalent to|on par with|(?:closest|nearest|best)\s+(?:match|equivalent|alternative|substitute|counterpart)\s+(?:to|for|of)|(?:closest|nearest)\s+(?:[\w-]+\s+){0,2}?(?:model|llm|option|thing|one)\s+to|\b(?:is|are)\s+(?:the\s+)?(?:closest|nearest|most similar)\s+to|(?:the\s+)?(?:equivalent|counterpart|answer)\s+(?:of|to)|substitutes? (?:to|for)|replacements?|replace|replacing|replaces|replaced|successors? (?:to|of|for)|(?<=\S\s+)successors?(?=\s*[?.!]*\s*$)|swap(?:ping)? out|(?:move|moving|migrate|migrating|switch|switching) (?:away )?(?:from|off)|ditch(?:ing)?|get off|(?:cheap(?:est|er)|any|other|good|best|some|an?)\s+alternatives?(?=\s*[?.!]*\s*$)|(?<=[,:;]\s*)alternatives?(?=\s*[?.!]*\s*$)|what else (?:could|can|should|would|might) (?:we|i|you) (?:use|try|pick|choose|run))\b/i;
/** "What should we switch to?", "which model could we move to": a move asked with no model to move to. */
const SWITCH_TO_WHAT =
  /\b(?:what|which(?: model| one)?)\s+(?:should|could|can|would)\s+(?:we|i)\s+(?:switch|move|migrate|go|change)\s+to\b|\bwhat (?:to|should we) (?:switch|move|migrate) to\b/i;
/** "A comparable option", "something similar", "an equivalent": a model that can stand in for the one named. */
const COMPARABLE = /\b(?:comparable|equivalent|similar|like[- ]for[- ]like)\b/i;
/** "Anything cheaper than X", "models that cost less than X", "cheaper alternatives to X", "on X, what are cheaper options?". */
const CHEAPER_THAN =
  /\b(?:anything|something|any(?:thing)?\s+models?|models?|alternatives?|options?|llms?|one)\s+(?:\w+\s+){0,2}?(?:cheaper|less expensive|(?:that\s+|which\s+)?costs? less|costing less|(?:a\s+)?lower prices?|lower[- ]priced)\s+than\b|\bcheaper\s+(?:alternatives?|options?|replacements?|substitutes?)\s+(?:to|for)\b|\bcheaper\s+(?:instead of|in place of)\b|\b(?:cheaper|less expensive|lower[- ]priced)\s+(?:alternatives?|options?|models?|ones?|llms?|choices?|picks?)\b|\b(?:anything|something|any\s+(?:models?|options?))\s+(?:(?:way|much|a lot|far|significantly|a bit|a little)\s+)?(?:cheaper|less expensive|lower[- ]priced)\b/i;

/**
 * "Which model saves us the most vs gpt-4o?", "biggest savings over gpt-4.1", "what's cheaper than gpt-4o?": with one
 * model named, the models that stand in for it for less.
 */
const SAVES_MOST =
  /\b(?:saves?|saving)\s+(?:(?:us|me|you|them|our team|the team)\s+)?(?:the\s+)?most\b|\b(?:biggest|largest|greatest|most|max(?:imum)?)\s+(?:cost\s+)?savings?\b|^\s*(?:(?:so\s+)?what(?:'s|s|\s+is|\s+are)?\s+|anything\s+|any\s+)?(?:cheaper|less expensive|lower[- ]priced)\s+than\b/i;

/** "What models are more expensive than sonnet 4.5?", "anything pricier than gpt-5": the models whose month costs more. */
const PRICIER_THAN =
  /\b(?:anything|something|any(?:thing)?\s+models?|models?|options?|llms?|ones?)\s+(?:\w+\s+){0,2}?(?:pricier|more expensive|dearer|(?:that\s+|which\s+)?costs? more|costing more)\s+than\b/i;

/** "Is there anything between gpt-5 mini and gpt-5 in price?", "models priced between haiku 4.5 and sonnet 4.5". */
const BETWEEN_IN_PRICE = new RegExp(
  String.raw`(?<!\b(?:difference|differences|diff|gap|delta|distance)\s+)\bbetween\b${IN_SENTENCE}{1,120}?\band\b${IN_SENTENCE}{1,120}?\b(?:in price|price[- ]?wise|in cost|cost[- ]?wise)\b|\b(?:priced|costing|that costs?)\s+between\b`,
  'i',
);

/** Words about replacing a model that a provider retires: its named successor answers them. */
const SUCCESSOR = /\b(?:replace(?:ment|s|d)?|replacing|successor|retir\w*|deprecat\w*|sunset\w*|end[- ]of[- ]life)\b/i;
/** "The latest OpenAI model", "any new anthropic models?": a ranking, newest release first. */
const NEWEST =
  /\b(?:newest|latest|most recent(?:ly released)?|recently released|just (?:released|launched|came out))\b|\b(?:release[ds]?|launch(?:ed|es)?|ship(?:ped|s)?|put out|come out|came out)\s+(?:\w+\s+)?(?:recently|lately)\b|\b(?:any|some|the|show(?: me)?|list|is there a|are there) new (?:[\w-]+ ){0,2}?(?:models?|releases?|llms?)\b|^\s*new (?:[\w-]+ ){0,2}?(?:models?|releases?|llms?)\b/i;
/** "Which model has the largest context window?": a ranking, largest context first. */
const LARGEST_CONTEXT =
  /\b(?:largest|biggest|longest|most|max(?:imum)?|highest|huge(?:st)?|widest)\s+(?:context(?:[\s-]+(?:windows?|length|sizes?))?|context[\s-]+windows?|token (?:limits?|windows?)|input windows?)\b/i;
/** "Which model has the biggest output limit?": a ranking, largest maximum output first. */
const LARGEST_OUTPUT =
  /\b(?:largest|biggest|longest|most|max(?:imum)?|highest|huge(?:st)?)\s+(?:(?:output|completion|response)(?:[\s-]+(?:limits?|lengths?|tokens?|sizes?|windows?))?(?![\s-]+(?:speeds?|throughput|rates?|(?:tokens?\s+)?per\s+second|tok\/s|tps)\b)|responses|replies)\b|\bmost\s+tokens\s+(?:out|in one (?:response|reply))\b|\b(?:output|generate|write|return|produce|emit)s?\s+(?:the\s+)?(?:most|longest|largest|biggest)\s+(?:tokens|text|responses?|answers?)\b/i;
/** "Which model is cheapest per task?": a ranking by the published cost per task of a benchmark's runs. */
const PER_TASK =
  /\b(?:cheapest|lowest(?:[- ]cost)?|least expensive|cheaper)\s+(?:(?:model|llm|one)\s+)?(?:cost\s+)?per\s+(?:task|exercise|problem|run)\b|\b(?:lowest|cheapest|best)\s+cost\s+per\s+(?:task|exercise|problem)\b|\bcosts?\s+(?:the\s+)?least\s+per\s+(?:[\w-]+\s+)?(?:task|exercise|problem|run)\b/i;
/** "Who makes grok?", "which company is behind claude?": who a family of models is by. */
const MAKER =
  /\bwho\s+(?:makes?|made|builds?|built|develops?|developed|creates?|created|trains?|trained|owns?|is behind|'?s behind)\b|\bwhich\s+(?:company|lab|vendor|provider|firm)\s+(?:makes?|made|builds?|built|develops?|developed|is behind|owns?)\b/i;
/**
 * A maker asked about ("where is mistral from?", "who makes grok?"): where it is based, said of its flagship; asked who
 * it is, with the command that lists its models.
 */
function makerOf(catalog: Catalog, query: Query, flagship: CatalogModel, listed: boolean): Query {
  const { providers: _maker, ...filters } = query.filters;
  const maker = providerName(catalog, flagship.provider);
  return asIntent(query, 'attribute', {
    attribute: 'maker-country',
    models: [flagship.id],
    filters,
    notes: [
      ...(query.notes ?? []),
      `asked of ${maker}: its flagship, ${flagship.id}`,
      ...(listed ? [`${maker}'s models in the catalog: /models cheapest from ${flagship.provider} top 20`] : []),
    ],
  });
}

/** A maker asked about by itself: "what is deepseek?", "tell me about anthropic", "who is mistral?". */
const MAKER_ABOUT = /^\s*(?:(?:what|who)(?:'s|\s+is|\s+are)\s+|tell\s+me\s+(?:more\s+)?about\s+|(?:info|information)\s+(?:on|about)\s+)\S+(?:\s+\S+)?\s*[?.!]*\s*$/i;

/** "Most expensive", "priciest": the dearest first. */
const PRICIEST = /\b(?:most expensive|priciest|costliest|most costly|highest[- ]priced|dearest)\b/i;
/** "What's the fastest model?": a ranking by measured output speed. */
const FASTEST =
  /\b(?:fastest|quickest|speediest|highest (?:output )?(?:speed|throughput|tokens? per second)|most (?:output )?tokens per second|(?:lowest|least|smallest|best) (?:latency|time to first token|ttft)|(?:low|sub-?second|minimal|real-?time) (?:latency|ttft|time to first token))\b/i;

/** "Which models are being deprecated?", "what's retiring soon": models on their way out, the soonest retirement first. */
const RETIRING = /\b(?:deprecat(?:ed|ing|ions?)|retir(?:es?|ed|ing|ements?)|sunset(?:s|ting)?|end[- ]of[- ]life|eol|shut(?:ting)? down|going away|being (?:removed|turned off))\b/i;

/** Asked of models in general, not one: "which models…", "what's retiring", "upcoming deprecations", "list…". */
const RETIRING_LIST = /\b(?:models|llms|which|what(?:'s| is| are)?|any(?:thing)?|list|upcoming|soon|next)\b/i;

/** "Most recent training data", "latest knowledge cutoff": ranked by knowledge cutoff, not by release. */
const NEWEST_KNOWLEDGE = /\b(?:most recent|newest|latest|freshest|most up[- ]to[- ]date|recent) (?:knowledge(?: cutoff)?|training(?: data| cutoff)?|(?:data )?cutoff)\b/i;

/** "Best value", "bang for the buck", "price-performance": quality for the price. */
const VALUE =
  /\b(?:(?:best|good|great|better|most) value|value (?:pick|choice|option|play)s?|value for (?:the )?money|bang for (?:(?:the|your|my|our|a) )?(?:buck|dollar)s?|price[- /](?:to[- ])?performance|cost[- /](?:to[- ])?performance|(?:performance|quality|scores?|points?|index|intelligence) (?:per|for (?:the|each|every|your|my|our)) (?:dollar|\$|buck|money)|(?:price|cost|dollars?|\$) per (?:(?:intelligence|quality|coding|index|benchmark|score)\s+)*(?:index\s+)?points?|(?:cheapest|lowest)\s+(?:\w+\s+){0,2}per (?:(?:intelligence|quality|coding|index|benchmark|score)\s+)*(?:index\s+)?points?|cost[- ]effective|most (?:cost[- ])?efficient|(?:smartest|best|most capable|strongest)\s+(?:\w+\s+)?for\s+(?:the|its|their|your|my|our)\s+(?:price|money|cost)|for the money|(?:pareto|efficient|price[- ](?:performance|quality)|cost[- ](?:performance|quality))[- ]front(?:ier)?|pareto[- ]optimal)\b/i;

/** "Which providers have…", "what labs offer…": makers asked for, not models. */
const WHICH_PROVIDERS =
  /\b(?:which|what)\s+(?:(?:ai|llm|model)\s+)?(?:providers?|vendors?|labs?|companies|makers?)\s+(?:have|has|offer|offers|sell|sells|make|makes|ship|ships|provide|provides|give|gives|with|are|is)\b/i;

/** The benchmark that measures work done by calling tools. */
const AGENTIC_INDEX = 'aa-agentic-index';

/** Words that ask for a low price without asking for the lowest ("cheap", "affordable", "budget"). */
const CHEAP_WORD = /\b(?:cheap|cheaper|cheaply|affordabl[ey]|inexpensive(?:ly)?|budget|low[- ]cost|economical(?:ly)?)\b/i;

/** The lowest price asked by itself: "cheapest for summarization", "least expensive option for RAG". */
const CHEAPEST_WORD = /\b(?:cheapest|least expensive|lowest[- ](?:cost|priced?))\b/i;

/** Coding as the purpose: "for coding", "for a coding agent", "for our code". */
const CODING_PURPOSE = /\bfor\s+(?:an?\s+|our\s+|my\s+|the\s+)?(?:\w+\s+)?cod(?:e|ing)\b/i;

/** Words that choose a model for a budget: "what can I get for…", "which model fits…", "what can we afford". */
const WITHIN_BUDGET =
  /\b(?:what|which)\b[\w\s'-]{0,30}?\b(?:get|use|afford|buy|run|pick|choose|fits?|models?|llms?|options?)\b|\b(?:afford|fits?|recommend\w*|should (?:i|we) (?:use|pick|choose))\b/i;
/** Words that ask for a low price itself ("budget" and "afford" choose within a budget instead). */
const PRICE_WORD = /\b(?:cheap|cheaper|cheapest|inexpensive|low[- ]cost|economical|lowest)\b/i;

/** A line listed whole: "list …", "show me …", "all (the) claude models", "every mistral model" (not "cheapest of all models"). */
const WHOLE_LINE =
  /^\s*(?:(?:please|can you|could you|pls)\s+)?(?:list|show(?:\s+me)?|give\s+me|what\s+are)\b|(?<!\bof\s)\b(?:all|every)\s+(?:(?:of\s+)?(?:the|their|its)\s+)?(?:[\w.-]+\s+){0,2}(?:models?|llms?)\b/i;

/** "Smartest", "most capable", "top models by intelligence": quality, not price. */
const SMARTEST =
  /\b(?:smartest|most (?:intelligent|capable|powerful|advanced)|(?<!(?:pareto|efficient|price[- ](?:performance|quality)|cost[- ](?:performance|quality))[- ])frontier|state[- ]of[- ]the[- ]art|sota|cutting[- ]edge|highest[- ](?:intelligence|quality)|best[- ]quality|strongest|(?:by|on) (?:intelligence|quality|capability)|(?:by|on) (?:their\s+)?coding (?:benchmarks?|scores?|ability|abilities|performance|skills?|strength)|(?:rank|sort|order)(?:ed)?\s+(?:\w+\s+){0,2}by\s+coding)\b/i;

/** "Smarter", "more capable", "scores higher": which of the models named is stronger, with no benchmark or work named. */
const SMARTER =
  /\b(?:smarter|more (?:intelligent|capable)|higher[- ](?:intelligence|quality)|(?:scores?|rates?|ranks?) (?:higher|better)(?: on (?:intelligence|quality))?|(?:better|higher) (?:on )?(?:intelligence|quality))\b/i;

/** The order a ranking question asks for: price when it says "cheapest", else newest, largest context or fastest if it says so. */
export function rankingOrder(text: string): RankOrder | undefined {
  if (CHEAPEST.test(text)) return 'price';
  if (PRICIEST.test(text)) return 'priciest';
  if (NEWEST_KNOWLEDGE.test(text)) return 'cutoff';
  if (RETIRING.test(text) && RETIRING_LIST.test(text)) return 'retiring';
  if (NEWEST.test(text)) return 'newest';
  if (LARGEST_CONTEXT.test(text)) return 'context';
  if (LARGEST_OUTPUT.test(text)) return 'output';
  if (FASTEST.test(text)) return 'speed';
  // "List openai models by release date", "anthropic models by context window".
  return listedBy(text);
}

/** Words that ask for a model the lane's benchmarks back ("good at coding", "proven for extraction"). */
export const PROVEN = /\b(?:(?:good|great|strong|solid|competent|reliable|excellent)\s+(?:at|for|in|with)|tested|proven|benchmarked)\b/i;

/** "Cheapest good model for terminal work", "a solid option for RAG": a model the lane's benchmarks back, not its price alone. */
const GOOD_MODEL = /\b(?:good|great|strong|solid|capable|decent|quality|reliable|competent|excellent)\s+(?:[\w-]+\s+)?(?:models?|llms?|ones?|options?|picks?|choices?)\b/i;

/** Words that ask for a benchmark's leaders ("top models on SWE-bench Pro", "who leads LMArena"). */
const LEADERBOARD = /\b(?:top|highest|best|leaderboard|leading|leads?|leaders?|ranks?|ranking|tops|#1|number one|scores? (?:highest|best|the most)|scoring (?:highest|best))\b/i;

const COST = /\b(?:cost|costs|how much|price|prices|priced|pricing|bill|spend|pay|expense|charge)\b/i;
const LANES =
  /\b(?:lanes?|any good\b|how good is\b|good (?:for|at)\b\s*\??\s*$|what (?:is|are) (?:it|they) good (?:for|at)|which (?:jobs|work|tasks)|what (?:jobs|work|tasks)|strengths?|weak(?:ness|nesses|\s+spots?)|(?:bad|weak|worse|poor|not (?:good|great)) (?:at|for)\s*\??\s*$|struggles? with\s*\??\s*$|what can .{1,40} do well|(?:best|well) suited (?:for|to)\s*\??\s*$|where does .{1,40} (?:shine|fall short|struggle|fail))/i;
/** Who a choice is made for: "I", "we", "a 5 person startup", "our small team". */
const CHOOSER = String.raw`(?:i|we|(?:a|my|our|the) (?:new |small |tiny |young |early[- ]stage |\d+[- ](?:person|people|dev|developer|engineer)s? )*(?:team|startup|company|business|project|shop|agency))`;
/** Only the words for "best" itself: "which model has the lowest latency?" asks for something else. */
const BEST_ITSELF = new RegExp(
  String.raw`\b(?:best|(?:which|what) (?:model|llm)(?=\s*(?:[?.!]|$|for\b|to (?:use|pick|choose)\b))|recommend\w*|should ${CHOOSER} (?:use|test|try|start with|pick|choose)|(?:test|try) first|top (?:\d+ )?(?:models?|llms?)|(?:pick|choose|suggest|find) (?:me |us )?(?:a|an|the) (?:model|llm))\b`,
  'i',
);
const BEST = new RegExp(
  String.raw`\b(?:which model|what model|best|(?:an?\s+)?(?:good|great|decent|solid|strong)\s+(?:models?|llms?)\s+(?=for\b|to\b)|recommend|should ${CHOOSER} (?:use|pick|choose)|good for|test first|try first|start with|default for|for (?:a |my |our )?(?:new )?team|(?:need|want|looking for|searching for) (?:a|an) (?:model|llm)|(?:pick|choose|suggest|find) (?:me |us )?(?:a|an|the) (?:model|llm))\b|^\s*(?:a |an |the )?(?:model|llm) (?:for|to)\b`,
  'i',
);

const lanePatterns = new WeakMap<Catalog, { lane: Lane; re: RegExp }[]>();

/** Each lane's words as compiled patterns: whole words, allowing plural and -ing/-ed forms ("classify" meets "classifying"). */
function patternsFor(catalog: Catalog): { lane: Lane; re: RegExp }[] {
  let patterns = lanePatterns.get(catalog);
  if (!patterns) {
    patterns = catalog.lanes.flatMap((lane) =>
      [lane.id.replace(/-/g, ' '), lane.id, ...lane.keywords].map((word) => ({
        lane,
        re: new RegExp(String.raw`(?<![\w])${escapeRegExp(word.toLowerCase())}(?:s|es|ing|ed)?(?![\w])`),
      })),
    );
    lanePatterns.set(catalog, patterns);
  }
  return patterns;
}

/**
 * The lane whose keywords (or id or name) appear in the text, longest match first, with where it matched. A lane
 * that needs a surface (the Codex lanes) is meant only when the question names that surface's product ("codex"):
 * "code review" alone is reviewing code, not Codex's GitHub reviews; when it is named, such a lane wins a tie.
 */
export function laneMatch(catalog: Catalog, text: string): { lane: Lane; start: number; end: number } | undefined {
  const t = text.toLowerCase();
  let best: { lane: Lane; start: number; end: number } | undefined;
  let bestGated = false;
  for (const { lane, re } of patternsFor(catalog)) {
    const gated = lane.needs.surfaces.length > 0;
    if (gated && !lane.needs.surfaces.some((s) => new RegExp(String.raw`\b${s.split('-')[0]}\b`).test(t))) continue;
    const m = re.exec(t);
    if (!m) continue;
    // Coding in general yields to the kind of coding named beside it ("a coding agent that runs in the terminal").
    const specific = best?.lane.id === CODING_LANE && kindOfCoding(catalog, lane);
    if (lane.id === CODING_LANE && best !== undefined && kindOfCoding(catalog, best.lane)) continue;
    const longer = !best || specific || m[0].length > best.end - best.start;
    const tieWon = best !== undefined && m[0].length === best.end - best.start && gated && !bestGated;
    if (longer || tieWon) {
      best = { lane, start: m.index, end: m.index + m[0].length };
      bestGated = gated;
    }
  }
  return best;
}

/**
 * A lane for one product's surface ("code review" is Codex's GitHub reviews) named without that product's word: the
 * lane the words would be, had the surface been named, so the answer can say why another lane was read.
 */
function gatedLaneIn(catalog: Catalog, text: string): Lane | undefined {
  const t = text.toLowerCase();
  return patternsFor(catalog).find(({ lane, re }) => lane.needs.surfaces.length > 0 && re.test(t))?.lane;
}

function apply(query: Query, found: ReturnType<typeof extractProfile>['query']): void {
  Object.assign(query, { ...found, filters: { ...query.filters, ...found.filters }, problems: [...query.problems, ...found.problems] });
}

/** The models a comparison sets one model against when it names none: "vs its competitors", "compared with the rest". */
const PEERS =
  /^(?:(?:closest|nearest|main|biggest|top|direct|best)\s+)?(?:competitors?|competition|rivals?|peers?|others?|rest|alternatives?|equivalents?|everything|everyone|all|market|field|similar|comparable)(?: models?| ones?| priced| options?)*$/i;
/** Words no model is named by, set against a model ("vs last year's model", "vs the newer one"). */
const PLAIN_WORDS = new Set(
  'last year years month months week previous older newer old new current latest version versions priced similar same other another different top cheap expensive free paid open source local big small one ones thing things setup stack baseline human humans people person team high low medium minimal effort reasoning thinking mode level levels direct directly native first-party official own save saves saving savings most money biggest largest greatest'.split(
    ' ',
  ),
);

/** Words for a way of buying a model (a tier, batch, caching), set against each other rather than against a model. */
const BUYING_WORDS =
  /^(?:standard|flex|priority|(?:non-?)?batch(?:ed)?|(?:un|non-?)?cach(?:e|ed|ing)|no|without|off|peak|off-?peak|tiers?|regular|normal|default|real-?time|sync(?:hronous)?|async(?:hronous)?|fast|scale|provisioned|on-demand|list|api|price|prices|pricing|discount(?:ed)?|mode)$/i;

/**
 * The other side of a comparison with one model named ("compare gpt-5 and foobar", "foobar vs gpt-5"): a name the
 * catalog does not know, added to be said as such (it was dropped, and gpt-5's card shown); or its peers ("gpt-5 vs
 * its competitors"), returned as the ranking of the models that can stand in for it.
 */
function otherSide(catalog: Catalog, query: Query, named: FoundName, nameRest: string): Query | undefined {
  const after = /(?:\bcompare\s+\S.*?\s+(?:and|with|to|against)|\bcompare[sd]?\s+(?:to|with|against)|\bvs\.?|\bversus)\s+(\S.*)$/i.exec(nameRest)?.[1];
  const before = /^(.*?\S)\s+(?:vs\.?|versus)\s/i.exec(nameRest)?.[1];
  // The side with no name (typed, or masked as a placeholder) and no host ("on groq vs cerebras" compares hosts).
  const unnamed = (t: string | undefined): t is string => t !== undefined && !hasPlaceholder(t) && !t.includes(named.typed) && hostsNamed(catalog, t).length === 0;
  const other = [after, before].filter(unnamed).map((t) => unreadWords(t, []))[0] ?? [];
  const found = PEERS.test(other.join(' ')) ? resolveModel(catalog, named.name) : undefined;
  if (found?.kind === 'found' && PRICE_STANDING.test(nameRest)) return asIntent(query, 'cheapest', { spread: true, spreadAgainst: found.model.id, models: [] });
  if (found?.kind === 'found') return movedFrom(catalog, query, found.model, { toSuccessor: false, cheaper: false, comparable: nameRest });
  // "Compare gpt-5 with itself": one model set against nothing else, said (not looked up as a model called "itself").
  if (other.length === 1 && /^(?:itself|themselves)$/i.test(other[0] as string))
    return asIntent(query, 'compare', {
      models: [],
      problems: [`${named.typed} set against itself compares nothing: name another model, such as /compare ${named.name} o3.`],
      modelProblem: true,
    });
  // "gpt-5 flex vs standard" (ways of buying one model), "vs last year's model" (plain words): not a model's name.
  const plain = other.every((w) => BUYING_WORDS.test(w) || PLAIN_WORDS.has(w.toLowerCase()));
  if (other.length >= 1 && other.length <= 3 && !plain) query.models.push(other.join(' '));
  return undefined;
}

/**
 * "Cheapest model with 90% on SWE-bench Verified", "top models by MMLU": a benchmark the catalog does not carry cannot
 * rank or filter, and is said so (it was dropped, and every model ranked).
 */
function uncarriedRanking(catalog: Catalog, query: Query, asked: string): void {
  const uncarried = uncarriedBenchmarkIn(asked);
  const unnamed = uncarried || query.filters.benchmarkFloors?.length ? null : SCORE_OF_NO_BENCHMARK.exec(asked);
  if (!uncarried && !unnamed) return;
  const carried = [...catalog.benchmarks.values()].map((b) => `${b.name} (${b.id})`).join(', ');
  const what = uncarried
    ? `The catalog carries no ${uncarried} scores, so it cannot rank or filter by them.`
    : `“${unnamed?.[0].trim()}” names no benchmark: a score is set on one, and the catalog's are not on one scale.`;
  query.problems.push(`${what} Benchmarks it carries: ${carried}. For example: cheapest model scoring at least 50 on swe-bench-pro.`);
  query.outOfScope = true;
}

/** A score asked of no benchmark: "at least 90% on any benchmark", "a score above 1400", "70% on the evals". */
const SCORE_OF_NO_BENCHMARK =
  /(?:\b(?:at least|over|above|more than|greater than)\s+|[>≥]=?\s*)?\d+(?:\.\d+)?\s*(?:%|percent|points?)?\s+(?:or (?:more|better|higher)\s+)?(?:on|in|across)\s+(?:(?:any|every|all|some|each|the|a|most)\s+)?(?:of (?:the|their)\s+)?(?:benchmarks?|evals?|evaluations?|leaderboards?)\b|\ban?\s+(?:benchmark\s+)?score\s+(?:of\s+)?(?:at least|over|above|more than|greater than|[>≥]=?)\s*\d+(?:\.\d+)?\s*%?/i;

/** "Long context price of gemini 2.5 pro", "does sonnet 4.5 charge more for long prompts?": the long-prompt price, no size given. */
const LONG_PROMPT_PRICE =
  /\blong[- ](?:context|prompts?|inputs?)\s+(?:price|prices|pricing|rates?|costs?|tiers?|surcharge|premium)\b|\b(?:charges?|costs?|pric(?:e|es|ed))\s+(?:more|extra|differently)\s+(?:for|on|with)\s+(?:long|longer|big|bigger|large|larger)\s+(?:prompts?|contexts?|inputs?|requests?)\b|\b(?:price|pricing|cost)\s+(?:of|for)\s+(?:long|longer)\s+(?:prompts?|contexts?|inputs?)\b/i;

/** A higher price asked past a prompt's size: "a surcharge over 200k tokens", "does it charge more above 128k?". */
const SURCHARGE_ASKED =
  /\b(?:surcharges?|premium|charges? (?:more|extra)|costs? (?:more|extra)|more expensive|pricier)\b[^?.!]{0,30}?\b(?:over|above|beyond|past|longer than|bigger than|larger than|more than)\s*\d/i;

/** "Is gemini 2.5 pro cheaper than gpt-5 for long prompts?": a price asked of long prompts, no size given. */
const FOR_LONG_PROMPTS = /\b(?:for|with|on|at|using)\s+(?:very\s+)?(?:long|longer)\s+(?:prompts?|contexts?|inputs?)\b/i;
const PRICE_ASKED = /\b(?:cheaper|pricier|more expensive|less expensive|cost|costs|price|prices|pricing|how much)\b/i;

/**
 * The long-prompt price of named models asked without a size: priced at the smallest prompt every one with a
 * long-context price bills at it (past the largest first threshold among them, where a whole request moves to the
 * higher prices), or said to have none.
 */
function longPromptPrice(catalog: Catalog, query: Query, text: string): void {
  if (query.models.length === 0) return;
  // "Is there a surcharge over 200k tokens for gpt-5?": priced at that prompt, and a model with no such price is said.
  const sized = query.promptTokens !== null && SURCHARGE_ASKED.test(text);
  if (query.promptTokens !== null && !sized) return;
  if (!sized && !LONG_PROMPT_PRICE.test(text) && !(FOR_LONG_PROMPTS.test(text) && PRICE_ASKED.test(text))) return;
  const models = query.models.map((name) => resolveModel(catalog, name));
  if (models.some((found) => found.kind !== 'found')) return;
  // The thresholds of the newest price entry: they are the same in every entry the catalog records.
  const tiers = models.flatMap((found) => {
    const tier = found.kind === 'found' ? found.model.pricing.at(-1)?.tiers[0] : undefined;
    return found.kind === 'found' && tier ? [{ id: found.model.id, tier, from: tier.above + (tier.inclusive ? 0 : 1) }] : [];
  });
  const ids = models.flatMap((found) => (found.kind === 'found' ? [found.model.id] : []));
  const without = ids.filter((id) => !tiers.some((t) => t.id === id));
  const none = without.length === 1 ? `${without[0]} publishes no long-context price` : `${wordList(without)} publish no long-context price`;
  if (sized) {
    if (without.length > 0)
      query.notes = [...(query.notes ?? []), `${none}: the same prices at any prompt size that fits ${without.length === 1 ? 'its context window' : 'their context windows'}`];
    return;
  }
  if (tiers.length === 0) {
    query.notes = [...(query.notes ?? []), `${none}: the same prices at any prompt size that fits ${ids.length === 1 ? 'its context window' : 'their context windows'}`];
    return;
  }
  const longest = tiers.reduce((a, b) => (b.from > a.from ? b : a));
  const each = tiers.map((t) => `${tiers.length > 1 ? `${t.id}'s ` : ''}${t.tier.inclusive ? 'from' : 'above'} ${t.tier.above.toLocaleString('en-US')} tokens`);
  query.promptTokens = longest.from;
  query.notes = [
    ...(query.notes ?? []),
    `“long prompts” read as a ${longest.from.toLocaleString('en-US')}-token prompt, the smallest billed at ${tiers.length === 1 ? `${longest.id}'s long-context prices` : 'each one’s long-context prices'} (${wordList(each)})${without.length > 0 ? `; ${none}` : ''}`,
  ];
}

/** What caching saves, asked without a cached share: "how much does caching save?", "gpt-5 cached vs uncached". */
const CACHING_ASKED = new RegExp(
  String.raw`\bcach(?:e|ing)\b${IN_SENTENCE}{0,40}\bhow much (?:does|would|will|can|could) (?:it|that|this) (?:save|help|cut)\b|\b(?:(?:prompt )?cach(?:e|ing) (?:saves?|savings?|discounts?|helps?|would save)|(?:saves?|savings?|discounts?|save|benefit) (?:from|with|of|for|by) (?:prompt )?cach(?:e|ing)|cached vs\.? (?:uncached|non-cached|not cached)|uncached vs\.? cached|with (?:prompt )?caching|with and without (?:prompt )?caching|with(?:out)? (?:prompt )?caching vs\.? with(?:out)?)\b`,
  'i',
);

/** The cached share a question about caching's saving is priced at when it gives none (said in the notes). */
export const ASSUMED_CACHED_SHARE = 0.5;

/** A question about what caching saves on named models, with no share given: priced at half the input cached, said. */
function cachingAsked(query: Query, text: string): void {
  if (query.cachedShare !== null || query.models.length === 0 || !CACHING_ASKED.test(text)) return;
  query.cachedShare = ASSUMED_CACHED_SHARE;
  query.notes = [
    ...(query.notes ?? []),
    `no cached share given: priced with ${ASSUMED_CACHED_SHARE * 100}% of input read from the cache, against none (say “with 80% cached” for your share)`,
  ];
}

/** The words of each question about the bot's own figures. */
const HELP_TOPIC_WORDS: [HelpTopic, RegExp][] = [
  [
    'blended',
    /\b(?:what(?:'s| is| does)?|explain|meaning of|define|definition of)\b[^?]{0,20}\bblend(?:ed|ing)?\b|\bblended (?:prices?|rates?|costs?) (?:mean|means)\b|\bhow (?:is|are|do you) (?:the )?blend|\bwhat (?:does|do) (?:a\s+|the\s+)?(?:mix\s+(?:of\s+)?)?\d+\s*[:/]\s*\d+(?:\s+(?:mix|ratio))? mean\b|\bwhat(?:'s| is) (?:an?\s+|the\s+)?(?:input[:/ ]+output\s+)?(?:mix|ratio)\s*[?.!]*\s*$/i,
  ],
  [
    'monthly',
    /\bhow (?:do|does|did) (?:you|it|the bot|model ?scout)\b[^?]{0,30}\b(?:calculat|comput|work(?:s|ed)? out|figur|estimat|get|arrive)\w*\b[^?]{0,30}\b(?:costs?|prices?|bills?|months?|monthly|numbers|figures)\b|\bhow (?:is|are) (?:the )?(?:monthly )?(?:costs?|bills?|numbers|figures|estimates?) (?:calculated|computed|worked out|estimated|derived)\b/i,
  ],
  [
    'sources',
    /\bwhere (?:do|does|did) (?:you|your|the|these|those|this)\b[^?]{0,30}\b(?:prices?|data|numbers|figures|pricing|info(?:rmation)?)\b[^?]{0,15}\bcome from\b|\bwhere (?:do|did) you get (?:your|the|these|this)\b[^?]{0,20}\b(?:prices?|data|numbers|figures|pricing)\b|\bwhat (?:are|is) (?:your|the) (?:data )?sources?\b|\b(?:sources?|origin) (?:of|for) (?:your|the|these|this) (?:prices?|data|numbers|figures|pricing)\b/i,
  ],
  [
    'freshness',
    /\bhow (?:up[- ]to[- ]date|current|fresh|recent|old|stale|often (?:are|is|do you)) (?:are |is )?(?:your|the|these|this)? ?(?:prices?|data|catalog|numbers|figures|pricing|updated|refreshed)\b|\bwhen (?:were|was|are|is|did) (?:(?:your|the|these|this|you)\s+)?(?:prices?|data|catalog|numbers|pricing)?\s*(?:last )?(?:updated?|checked|refreshed|synced|sync)\b|\b(?:are|is) (?:(?:your|the|these|this)\s+)?(?:prices?|data|numbers|catalog|pricing|figures) (?:still\s+)?(?:up[- ]to[- ]date|current|fresh|stale|old|accurate|reliable)\b|\bhow old is (?:your|the|this) (?:data|catalog|pricing)\b|\bhow often (?:do|does) (?:you|the bot|it|model ?scout) (?:update|refresh|sync|check|re-?read)\b|\bhow often (?:are|is) (?:the\s+)?(?:prices?|data|catalog) (?:updated|refreshed|synced|checked)\b/i,
  ],
  [
    'tokens',
    /^\s*(?:what(?:'s| is| are)|explain|define)\s+(?:a\s+|the\s+)?tokens?\s*[?.!]*\s*$|\b(?:reasoning|thinking)\s+tokens?\b[^?]{0,30}\b(?:billed|charged|priced|counted|count|cost)\b|\b(?:billed|charged|pay)\s+(?:for\s+)?(?:the\s+)?(?:reasoning|thinking)\s+tokens?\b|\bwhat (?:does|do) (?:a )?tokens? mean\b|\bhow (?:big|long|large|many words) is (?:a|one) token\b|\bhow many words (?:is|are|in) (?:a|one|1)? ?(?:token|million tokens|1m tokens)\b|\bhow many tokens (?:is|are|in|does|do|would|will)\s+(?:(?:there\s+)?in\s+)?(?:a|an|one|my|our)\s+(?:[\w-]+\s+){0,2}?(?:page|pages|pdf|image|images|screenshot|book|document|doc|email|essay|article|minute|hour|line|lines|file|codebase|repo)\b|\bdifference between (?:the\s+)?input and output(?: tokens?)?\b|\bwhat (?:are|is) (?:the\s+)?(?:input|output) tokens?\s*[?.!]*\s*$|\bwhy (?:is|are) output (?:tokens? )?(?:more expensive|pricier|dearer)\b/i,
  ],
  [
    'buying',
    /^\s*(?:what(?:'s| is| are)|explain|define)\s+(?:the\s+|a\s+)?(?:batch(?: api| pricing| processing| mode| discounts?)?|flex(?: processing| tier| pricing)?|priority(?: tier| processing)|service tiers?)\s*[?.!]*\s*$|\bdifference between\s+(?:the\s+)?(?:batch|flex|priority|standard)\w*(?:\s+(?:api|tier|pricing|processing))?\s+(?:and|vs\.?)\s+(?:the\s+)?(?:batch|flex|priority|standard)\b|\bhow (?:does|do) (?:the\s+)?(?:batch(?: api)?|flex(?: processing)?|priority tier|service tiers) (?:pricing )?work\b|^\s*(?:batch|flex|priority)(?:\s+(?:api|tier|processing))?\s+(?:vs\.?|or)\s+(?:batch|flex|priority|standard)(?:\s+(?:api|tier|processing))?\s*[?.!]*\s*$/i,
  ],
  [
    'lanes',
    /\b(?:what(?:'s| is| are)|explain|meaning of|define|definition of)\s+(?:a |the |your |these |those )?lanes?\s*(?:[?.!]|$)|\bhow (?:do|does|did) (?:you|it|the bot|model ?scout|a lane|lanes)\b[^?]{0,30}\b(?:pick|choose|decide|rank|judge|select|work)\w*\b[^?]{0,40}\blanes?\b|\bhow (?:do|does) (?:a |the )?(?:[\w-]+\s+){0,3}?lanes? (?:work|decide|pick|choose|rank)\b|\bwhat (?:does|do) ["“']?(?:untested|use|rarely|sometimes|proxy|proxies)["”']? mean\b|\bwhat(?:'s| is| are) (?:an? )?(?:untested|proxy|proxies)\b|\bwhat (?:do|does) (?:the |a |your )?lanes? mean\b|\b(?:which|what|list|show(?: me)?|all)(?: the| your| of the)? lanes\s+(?:do you (?:have|know|rank|cover|use)|are there|exist)\b|^\s*(?:(?:show|list|give)(?: me)?\s+)?(?:the\s+|your\s+|all(?: the)?\s+)?lanes?(?:\s+matrix)?\s*[?.!]*\s*$/i,
  ],
  [
    'caching',
    /^\s*(?:what(?:'s| is| are)|explain|define)\s+(?:the\s+|a\s+)?(?:prompt\s+|context\s+|input\s+)?(?:cach(?:e|ing)|cached input)(?:\s+(?:pricing|prices?|tokens?|discounts?|writes?|reads?))?\s*[?.!]*\s*$|\bwhat (?:does|do) (?:prompt\s+)?(?:cach(?:e|ing)|cached input) mean\b|\bhow (?:does|do) (?:prompt\s+)?caching work\b|\bwhat(?:'s| is) (?:a\s+)?cache (?:write|read|hit)s?\b|\bdifference between (?:the\s+)?(?:cached input|cache reads?|cached tokens)(?: price)? and (?:the\s+)?(?:regular |normal |uncached |plain )?input\b|\bdifference between (?:the\s+)?(?:regular |normal |uncached |plain )?input(?: price)? and (?:the\s+)?(?:cached input|cache reads?|cached tokens)\b|\b(?:why|how) is cached input (?:so )?(?:cheaper|discounted)\b/i,
  ],
  [
    'benchmarks',
    /\b(?:which|what)\s+benchmarks?\s+(?:do you|does (?:the bot|model ?scout))\s+(?:have|use|know|track|carry|cover|support|rank (?:on|by))\b|\b(?:list|show)(?: me)?(?: the| your| all(?: the)?)? benchmarks\b|\bwhat benchmarks (?:are there|exist|are available)\b|\bwhere (?:do|does) (?:your|the) (?:benchmarks?|scores?) come from\b/i,
  ],
  [
    'lifecycle',
    /^\s*what(?:'s| is| are| does| do)\s+(?:a\s+|an\s+|the\s+)?(?:deprecated|deprecation|retired|retirement|preview|sunset(?:ted)?|end[- ]of[- ]life|eol)(?:\s+(?:models?|status|date))?(?:\s+means?)?\s*[?.!]*\s*$|\bwhat(?:'s| is)? the difference between (?:deprecated|retired|preview) and (?:deprecated|retired|preview|active)\b|\bhow (?:do|does) (?:model )?(?:deprecation|retirement|retiring) work\b/i,
  ],
  [
    'winners',
    /\bhow (?:do|does|did) (?:you|it|the bot|model ?scout) (?:pick|choose|decide|determine|select|call) (?:the )?(?:winners?|verdicts?)\b|\bhow (?:is|are) (?:the )?(?:winners?|verdicts?) (?:picked|chosen|decided|determined|selected)\b|\bwhat (?:does|do) (?:the )?(?:check ?marks?|ticks?|winner column) mean\b/i,
  ],
  [
    'list-prices',
    /\b(?:are|is) (?:these|your|the|those) (?:prices?|numbers|figures|costs?) (?:official|accurate|reliable|right|correct|exact|list prices|negotiated|real|what we(?:'ll| will)? pay)\b|\bdo (?:you|these|your prices?) (?:include|account for|reflect) (?:discounts?|credits?|enterprise|committed|negotiated|volume discounts?|taxes)\b|\b(?:volume|enterprise|committed(?:[- ]use)?|bulk|negotiated|startup)\s+(?:discounts?|pricing|deals?|rates?)\b|\bhow (?:accurate|reliable|correct|exact|trustworthy|precise) (?:are|is) (?:your|the|these|those) (?:prices?|numbers|figures|data|costs?|estimates?)\b|\bcan (?:i|we) trust (?:your|the|these) (?:prices?|numbers|figures|data)\b/i,
  ],
];

/** A question asking what something is: "what is …", "what does … measure", "explain …", "tell me about …". */
const WHAT_IS =
  /^\s*(?:what(?:'s| is| are)\b(?![^?]*\b(?:cheapest|best|top|highest|lowest|score|scores|price|cost)\b)|what (?:does|do) (?:the\s+)?[\w .-]{2,40}\s+(?:measure|test|mean|cover|check)\b|explain\b|define\b|describe\b|tell me (?:about|more about)\b)/i;

/** The one benchmark or lane a "what is …" question names: the help topic that explains it, narrowed to it. */
function explainedIn(catalog: Catalog, text: string): Partial<Pick<Query, 'topic' | 'benchmark' | 'lane'>> | undefined {
  if (/\blanes?\b/i.test(text)) {
    const lane = catalog.lanes.find((l) => new RegExp(`\\b${escapeRegExp(l.id)}\\b`, 'i').test(text)) ?? laneMatch(catalog, text)?.lane;
    return lane ? { topic: 'lanes', lane: lane.id } : undefined;
  }
  const benchmark = benchmarkIn(catalog, text);
  if (!benchmark) return undefined;
  // Nothing else is said besides its name and the question's words: "what is the aider polyglot benchmark?", not
  // "what is the aider score of the best model?".
  const meta = catalog.benchmarks.get(benchmark.id);
  const own = new Set(`${meta?.name ?? ''} ${benchmark.id}`.toLowerCase().split(/[^a-z0-9.]+/));
  const rest = `${text.slice(0, benchmark.start)} ${text.slice(benchmark.end)}`.toLowerCase().split(/[^a-z0-9.']+/);
  if (rest.some((w) => w !== '' && !EXPLAIN_WORDS.has(w) && !own.has(w))) return undefined;
  return { topic: 'benchmarks', benchmark: benchmark.id };
}

/** The words of a question asking what a benchmark is, besides its name. */
const EXPLAIN_WORDS = new Set(
  "what what's is are does do the a an benchmark benchmarks eval evals evaluation test index about measure measures mean means check checks cover covers explain define describe tell me more".split(
    ' ',
  ),
);

/** The question about the bot's own figures a text asks, if any. */
function helpTopicIn(text: string): HelpTopic | undefined {
  return HELP_TOPIC_WORDS.find(([, re]) => re.test(text))?.[0];
}

/**
 * An amount after a word that spends ("spent 12k", "paying 500 a month", "our bill was 4,200 last month") with nothing
 * after it but a period, a preposition or the end: money, not tokens. A scale that tokens take ("50M", "2B") stays
 * tokens, as does anything counted ("spent 3 hours").
 */
const SPENT_WITHOUT_SIGN =
  /\b((?:spen[dt]|spends|spending|pay|pays|paying|paid|(?:bill|invoice)s?(?:\s+(?:is|was|of|came to|comes to|runs?|ran|hit|totals?|totaled))?|costs?\s+us|cost\s+us)\s+(?:(?:about|around|roughly|over|almost|nearly|close to|under|~)\s*)?)(\d[\d,]*(?:\.\d+)?)(\s*k)?(?:\s*(?:dollars?|bucks|usd)\b)?(?=\s*(?:$|[.,;:?!)]|(?:a|an|per|each|every)\s+(?:month|year|week|day|quarter)\b|\/\s*(?:mo|month|yr|year|wk|week|day)\b|(?:monthly|yearly|annually|weekly|daily|on|with|for|in|at|last|this|so far|to|and|but|now|today|already|total)\b))/gi;

/** Emoji are not part of the question (Slack's markup is taken out before: parseText). */
function cleanQuestion(raw: string): string {
  return (
    raw
      // Emoji codes (":rocket:"), but not the colons inside an id ("inkling:peft:262144").
      .replace(/(?<![\p{L}\p{N}]):[a-z0-9_+-]+:(?![\p{L}\p{N}])/gu, ' ')
      .replace(/[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}]|\u{FE0F}/gu, ' ')
      .replace(/[“”]/g, '"')
      .replace(/[‘’]/g, "'")
      // "gpt-5-level quality", "opus 5-class": the name, then the word that says how good (no model's id ends in one).
      .replace(/(?<=[\p{L}\p{N}])-(level|class|tier|grade)\b/giu, ' $1')
      // "p95 latency", "p50 ttft": a percentile of a latency the catalog does not record, not a model's name.
      .replace(/\bp\d{2}(?:\.\d+)?\s+(?=latency|ttft|time to first token|response time)/giu, '')
      // "We spent 12k on claude", "our bill was 4,200 last month": an amount spent is in dollars, with or without the sign.
      .replace(SPENT_WITHOUT_SIGN, (_, said: string, n: string, k: string | undefined) => `${said}$${n}${k ? 'k' : ''}`)
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 2000)
  );
}

/** What the question says besides its models: the text, the lane it names (and where), the attribute it asks about. */
interface Reading {
  text: string;
  query: Query;
  laneHit: { lane: Lane; start: number; end: number } | undefined;
  attribute: (typeof ATTRIBUTES)[number] | undefined;
  /** A lane for one product's surface its words name without the product (see gatedLaneIn). */
  gatedLane?: Lane | undefined;
}

function asIntent(query: Query, intent: Query['intent'], fields: Partial<Query> = {}): Query {
  return Object.assign(query, { intent, ...fields });
}

/**
 * A host named as where a model runs: after "on", "via", "through", "in" ("on bedrock", "thru aws bedrock"), or
 * before "serve", "host", "offer" or "route" ("does groq serve…", "openrouter route for…"). A host's name elsewhere
 * ("nvidia nemotron", "put them together") is not a route question.
 */
function routeHost(catalog: Catalog, text: string): ReturnType<typeof hostIn> {
  const hit = hostIn(catalog, text);
  if (!hit) return undefined;
  const before = /\b(?:on|via|through|thru|in|at|using|with|to)\s+(?:the\s+|aws\s+|amazon\s+|google\s+|microsoft\s+)?$/i.test(text.slice(0, hit.start));
  const after = /^\s*(?:serves?|hosts?|has|have|offers?|sells?|supports?|runs?|routes?|carry|carries)\b/i.test(text.slice(hit.end));
  return before || after ? hit : undefined;
}

/**
 * A lane named right after "for" ("for terminal work", "for our code reviews", "for math-heavy reasoning"), or after
 * "better at" and the like ("is gpt-5 better than opus at coding?").
 */
function forLane(text: string, laneHit: Reading['laneHit']): boolean {
  if (laneHit === undefined) return false;
  const before = text.slice(0, laneHit.start);
  const hit = text.slice(laneHit.start, laneHit.end);
  // Up to the lane, no sentence ends ("4.1" is a version, not a full stop).
  const comparing = COMPARING_BEFORE.test(before);
  return (
    /^for\b/i.test(hit) ||
    /\bfor\s+(?:\S+[\s/]+){0,4}$/i.test(before) ||
    (comparing && (/^(?:at|in|on|with)\b/i.test(hit) || /\b(?:at|in|on|with)\s+(?:\S+\s+){0,2}$/i.test(before)))
  );
}

/**
 * Two or more models: their lanes, one attribute, or the full comparison. A comparison with a purpose ("X vs Y for
 * RAG", "which is better for terminal work, A or B?") is the full comparison, with that lane's verdict first.
 */
function aboutSeveral({ text, query, laneHit, attribute }: Reading): Query {
  const lane = laneHit?.lane;
  if (LANES.test(text)) return asIntent(query, 'lanes', lane ? { lane: lane.id } : {});
  // "How many tokens can I get for $100 with gpt-5 mini vs haiku 4.5?": what a month's budget buys of each, at its price.
  const dollars = query.filters.maxMonthlyUsd ?? dollarsIn(text);
  const budget = dollars !== undefined ? monthShare(text, query, dollars) : PER_DOLLAR.test(text) ? 1 : undefined;
  if (BUDGET_VOLUME.test(text) && budget !== undefined && query.tokens === null) {
    delete query.filters.maxMonthlyUsd;
    return asIntent(query, 'attribute', { attribute: 'price', budget });
  }
  // "better for vision, A or B?" asks the attribute its lane is named after; "for math-heavy reasoning" is a purpose.
  const bare = laneHit !== undefined && attribute !== undefined && /\bfor\s+$/i.test(text.slice(0, laneHit.start)) && attribute.words.test(text.slice(laneHit.start, laneHit.end));
  // "Should I use o3 or gpt-5 for reasoning?" chooses a model for that work, whatever capability the lane is named after.
  // So does "o3 or gemini 2.5 pro for reasoning?", the choice said with no question of the capability before it.
  const before = laneHit ? text.slice(0, laneHit.start) : '';
  const choosing =
    /\b(?:should (?:i|we) (?:use|pick|choose|go with|run)|which (?:one )?should (?:i|we)|which (?:one )?to (?:use|pick|choose))\b/i.test(text) ||
    (/\b(?:or|vs\.?|versus)(?=\s)/i.test(before) && !/\b(?:better|best|worse|supports?|has|have|can|does|do|is|are)\b/i.test(before));
  const purpose = lane !== undefined && (!bare || choosing) && (forLane(text, laneHit) || BEST.test(text));
  if (purpose) return asIntent(query, 'compare', { lane: lane.id });
  // "Gemini pro vs claude opus for 200k context docs": a spec word inside what the models are for is the purpose, not
  // the one thing asked ("better for multimodal input, A or B?", the spec right after "for", still asks it).
  const at = attribute?.words.exec(text);
  const inPurpose = at != null && !attribute?.row.startsWith('capability.') && /\bfor\s+(?:\S+\s+){1,4}$/i.test(text.slice(0, at.index));
  // An attribute question names what it asks about; "compare" or a bare "which is better?" asks for everything.
  // "Compare the input prices of A and B", "compare A and B on output price only": a comparison narrowed to that figure.
  const narrowed = at != null && NARROWED.test(text.slice(0, at.index));
  // "Which is better for vision, A or B?": the capability, and when every one has it, the lane named after it decides.
  const better = bare && lane !== undefined && attribute?.row.startsWith('capability.') && /\b(?:better|best|worse)\b/i.test(before);
  if (attribute && !inPurpose && (narrowed || !/\bcompare\b|which is better\s*[?:]|better\s*\?\s*$/i.test(text)))
    return asIntent(query, 'attribute', { attribute: attribute.id, ...(better ? { lane: lane.id } : {}) });
  // "Rank gpt-5, o3 and gemini 2.5 pro by price", "sort them by context": that figure of each, best first.
  const ranked = RANK_NAMED.exec(text);
  const by = ranked ? RANKED_BY[(ranked[1] ?? '').toLowerCase().split(/\s+/)[0] as string] : undefined;
  if (by) return asIntent(query, 'attribute', { attribute: by });
  return asIntent(query, 'compare');
}

/** A comparison narrowed to the figure that follows: "compare the …", "compare A and B on …". */
const NARROWED = /\b(?:compare|comparing)\s+(?:the\s+|their\s+)?$|\b(?:compare|comparing)\b.*\b(?:on|in terms of)\s+(?:the\s+|their\s+|just\s+|only\s+)?$/i;
/** Words that set one thing's prices against another's: "cost difference between …", "bedrock vs vertex". */
const HOSTS_AGAINST = /\b(?:difference|differences|diff|gap|cheaper|pricier|more expensive|vs\.?|versus|compare[ds]?|comparison)\b/i;

/** "Rank A, B and C by price", "order them by context window": the models named, in the order of one figure. */
const RANK_NAMED = new RegExp(
  String.raw`\b(?:rank|sort|order|list)(?:ed)?\b${IN_SENTENCE}*?\bby\s+(?:the\s+|their\s+|its\s+)?(price|cost|context|release|date|max(?:imum)?\s+output|output\s+limit|speed|knowledge|cutoff)\b`,
  'i',
);
/** The attribute each figure a list is ordered by asks. */
const RANKED_BY: Record<string, string> = {
  price: 'price',
  cost: 'price',
  context: 'context',
  release: 'newer',
  date: 'newer',
  max: 'max-output',
  maximum: 'max-output',
  output: 'max-output',
  speed: 'speed',
  knowledge: 'knowledge-cutoff',
  cutoff: 'knowledge-cutoff',
};

/**
 * "Sonnet 4.5 at 100M tokens using the full 1M context": one model's window is fixed, so a context asked of its cost is
 * each prompt's size (what long-context prices depend on), and the assumptions say so.
 */
function contextAsPrompts(query: Query): Query {
  const size = query.filters.minContext;
  if (size === undefined || query.promptTokens !== null) return query;
  delete query.filters.minContext;
  query.promptTokens = size;
  query.notes = [...(query.notes ?? []), `“${tokens(size)} context” read as ${tokens(size)}-token prompts: a model's window is fixed, and its price depends on each prompt's size`];
  return query;
}

/** One model: its lanes, its cost, one attribute (a capability the catalog records, too), or its card. */
function aboutOne({ text, query, attribute, laneHit }: Reading): Query {
  if (LANES.test(text)) return asIntent(query, 'lanes', laneHit ? { lane: laneHit.lane.id } : {});
  // "How expensive is opus 4.5 compared to the average model?", "is gpt-5 expensive?": where its price stands among the
  // models that pass, with their spread.
  if (AGAINST_THE_REST.test(text)) return asIntent(query, 'cheapest', { spread: true, spreadAgainst: query.models[0] as string, models: [] });
  // "Can I run llama 3.3 70b locally?", "can we self-host gpt-oss-120b?": whether its weights are open.
  if (query.filters.openWeights && !attribute && query.tokens === null) {
    delete query.filters.openWeights;
    return asIntent(query, 'attribute', { attribute: 'open-weights' });
  }
  // "How many tokens can I get for $100 with gpt-5 mini?", "tokens per dollar": the volume a month's budget buys.
  const dollars = query.filters.maxMonthlyUsd === undefined ? dollarsIn(text) : undefined;
  const budget = query.filters.maxMonthlyUsd ?? (dollars !== undefined ? monthShare(text, query, dollars) : undefined) ?? (PER_DOLLAR.test(text) ? 1 : undefined);
  // "How many requests of 2k tokens can $500 buy?", "how many 2k-token tickets does $500 cover?": the size said is one
  // request's, and the budget is counted in them.
  const countedIn = HOW_MANY_OF.exec(text);
  if (countedIn && budget !== undefined && query.tokens !== null && query.per !== 'request' && query.forCount === undefined) {
    query.per = 'request';
    const what = singularOf((countedIn.groups?.what ?? 'requests').toLowerCase());
    if (!/^(?:request|call|completion|query|prompt)$/.test(what)) query.perWhat = what;
  }
  // "How many requests can I make for $10 at 2k tokens each?": the same, counted in those requests.
  // "We spend $3k a month on gpt-4o", "our bill was $4,200 last month on sonnet 4.5": what that spend buys, the volume
  // it stands for.
  const spentHere = SPENT.test(text) && query.tokens === null && !WITHIN_WORDS.test(text);
  if ((BUDGET_VOLUME.test(text) || countedIn || spentHere) && budget !== undefined && (query.tokens === null || query.per === 'request')) {
    delete query.filters.maxMonthlyUsd;
    return asIntent(query, 'cost', { budget });
  }
  // "Is $100 enough for 50M tokens on gpt-5?", "can we afford gpt-5 at 1B tokens on $2k a month?": the cost, checked
  // against that budget.
  // "Is gpt-5 under $100 a month at 50M tokens?" checks it the same way.
  if (budget !== undefined && query.tokens !== null && (WITHIN_WORDS.test(text) || (YES_OR_NO_OF_MODELS.test(text) && query.filters.maxMonthlyUsd !== undefined))) {
    delete query.filters.maxMonthlyUsd;
    return asIntent(query, 'cost', { within: budget });
  }
  // The card carries the dated price history.
  if (/\bprice history\b|\bprice changes? (?:of|for)\b|\bhistory of\b/i.test(text) && query.tokens === null) return asIntent(query, 'model');
  // "What's the input price of o3?": the list price, unless a workload, batch or a tier asks for a bill.
  // Both sides asked ("input and output price") is the price card: the cost answer lists every published price.
  const bothSides = /\binput\b/i.test(text) && /\boutput\b/i.test(text);
  const listPrice = attribute?.row.startsWith('price.') === true && attribute.row !== 'price.blended' && !bothSides;
  if (listPrice && query.tokens === null && query.promptTokens === null && !query.batch && query.serviceTier === null)
    return asIntent(query, 'attribute', { attribute: attribute.id });
  // "When was claude opus 5.5 released and what does it cost?": its card has both, the release and the price list.
  if (attribute?.id === 'newer' && COST.test(text) && query.tokens === null && !query.batch && query.serviceTier === null && query.cachedShare === null)
    return asIntent(query, 'model');
  // A part of a usage profile ("with 50% cache hits", "on the priority tier", "mix 10:1") asks what that costs.
  // So does a prompt's size said of the model alone ("gemini 2.5 pro at 300k token prompts"); asked whether it fits ("can
  // gpt-5 take a 300k token prompt?"), its input limit answers.
  const fitAsked =
    /^\s*(?:can|could|does|do|is|will|would)\b/i.test(text) &&
    /\b(?:take|takes|handle|handles|fit|fits|accept|accepts|support|supports|process|processes|read|reads|ingest|ingests|work with)\b/i.test(text);
  if (query.promptTokens !== null && !attribute && fitAsked && !COST.test(text)) return asIntent(query, 'attribute', { attribute: 'max-input' });
  const prompted = query.promptTokens !== null && !attribute && !fitAsked;
  if (COST.test(text) || query.tokens !== null || query.mix !== null || query.batch || query.cachedShare !== null || query.serviceTier !== null || prompted)
    return asIntent(contextAsPrompts(query), 'cost');
  // "Is gpt-5 good for computer use?": how well it does that work (the lane's verdict), not only whether it can.
  if (laneHit && PROVEN.test(text)) return asIntent(query, 'lanes', { lane: laneHit.lane.id });
  if (attribute) return asIntent(query, 'attribute', { attribute: attribute.id });
  // "Can gpt-5 read pdfs?", "does haiku 4.5 take audio?": yes or no, from the model's input modalities (not the verdict
  // of the lane the words also name).
  if (query.filters.inputModalities?.length && /^\s*(?:can|does|do|is|are|will)\b/i.test(text)) return asIntent(query, 'attribute', { attribute: 'multimodal' });
  // "o4-mini for math", "is haiku 4.5 good at extraction?": its verdict for that kind of work.
  if (laneHit && !COST.test(text)) return asIntent(query, 'lanes', { lane: laneHit.lane.id });
  const capability = query.filters.need?.[0];
  if (capability && /^\s*(?:does|do|is|are|can|has|have|will|supports?)\b|\b(?:support|supports|have|has|offer|offers|capab\w*)\b|\?\s*$/i.test(text))
    return asIntent(query, 'attribute', { attribute: capability });
  return asIntent(query, 'model');
}

/**
 * "We spent $12k on claude, what would gemini 2.5 pro have cost?": the money went to a maker's models, not to the one
 * named, and what it bought depends on which: asked, rather than priced as a budget for the model named.
 */
function spentOnMaker(catalog: Catalog, query: Query): Query {
  const makers = query.filters.providers;
  if (query.budget === undefined || query.intent !== 'cost' || makers === undefined) return query;
  const model = catalog.byId.get(query.models[0] ?? '');
  if (model === undefined || makers.includes(model.provider)) return query;
  const maker = catalog.providers.find((p) => p.id === makers[0])?.name ?? makers[0];
  const example = flagshipOf(catalog, makers[0] as string)?.id ?? 'the model';
  query.problems.push(
    `${money(query.budget)} on ${maker} buys more or fewer tokens depending on the model it went to: name it, such as “we spent ${money(query.budget)} on ${example}, what would ${model.id} cost?”`,
  );
  return query;
}

/** "B over A" prefers B, unlike a term ("over a year", "over the next 6 months"). */
const PREFERRED_OVER = new RegExp(String.raw`\bover\b(?!\s+(?:the\s+)?(?:(?:next|coming|first|whole)\s+)?(?:${COUNT}[\s-]*${TERM_UNIT}|quarter)\b)`, 'i');

/** Words that check a cost against a budget: "enough", "afford", "fit", "within", "over budget". */
const WITHIN_WORDS = /\b(?:enough|afford\w*|fits?|cover|covers|within|stay (?:under|within)|(?:over|under) (?:our |my |the )?budget|exceed\w*)\b/i;

/** "Tokens per dollar": what one dollar buys. */
const PER_DOLLAR = /\b(?:per|a|for (?:a|one|each)) (?:dollar|buck)\b/i;

/**
 * "How many tokens…", "how much usage…", "how far does $100 go", "tokens per dollar", "$100 worth of tokens", "what does
 * $50 buy on haiku 4.5?", "how much is $100 of gpt-5 in tokens?": the volume a budget buys.
 */
const BUDGET_VOLUME =
  /\bhow (?:many|much) (?:tokens|usage|volume|traffic|requests)\b|\bwhat (?:volume|usage)\b|\b(?:at|from)\s+what\s+(?:volume|point|usage|level|scale|traffic)\b|\bhow far (?:does|do|will|would|can)\b|\b(?:most|max(?:imum)?) (?:tokens|volume|usage)\b|\btokens? (?:does|do|would|will) \$|\btokens? (?:per|a|for (?:a|one|each)) (?:dollar|buck)\b|\bworth of (?:tokens|usage|requests)\b|\b(?:tokens|requests) (?:for|with) \$|\bwhat (?:does|do|would|will|can|could) \$\s?[\d.,]+\s*k?\b[^?]{0,30}\b(?:buy|get)\b|\bhow much is \$\s?[\d.,]+\s*k?\s+(?:of|on|with)\b[^?]{0,40}\bin tokens\b/i;

/** When a model came out: "is it out?", "when did it launch?", "release date". */
const RELEASE_ASKED = new RegExp(String.raw`\b(?:is|are)\b[^?!]{1,40}\bout\b|\b(?:${RELEASE_VERBS})\b`, 'i');

/** "How many requests of 2k tokens…", "how many 2k-token tickets…": a count of requests asked, each of a size. */
const HOW_MANY_OF = new RegExp(String.raw`\bhow many\s+(?:\d[\d,.]*\s*[km]?[\s-]*tokens?[\s-]+)?(?:(?!tokens?\b)[a-z-]+\s+)?(?<what>${MANY_THINGS})\b`, 'i');

/** "We spend $3k a month on…", "our bill is $500 with…", "paying $200/mo for…": what a model costs the asker now. */
const SPENT = /\b(?:spend(?:ing)?|spent|pay(?:ing)?|paid|bill(?:ed)?|costs? us|burn(?:ing)?)\b[^.?!]{0,25}\$\s*\d/i;

/** An amount in dollars ("$100", "$2.5k", "$1,200"), or undefined. */
/** A month's budget said as such ("$500 a month", "a monthly budget of $500"). */
const SAID_MONTHLY = /\$\s*\d[\d,]*(?:\.\d+)?\s*k?\s*(?:(?:\/\s*|per\s+|an?\s+)(?:month|mo)\b|monthly)|\bmonthly\s+budget\b|\bbudget\s+(?:a|per)\s+month\b/i;

/** A budget said beside a term and not as a month's ("$500 over 3 months", "$3000 for the quarter"): the month's share of it, said. */
function monthShare(text: string, query: Query, usd: number): number {
  if (!query.term || SAID_MONTHLY.test(text)) return usd;
  const month = usd / termMonths(query.term);
  query.notes = [...(query.notes ?? []), `${money(usd)} read as the budget over ${termWords(query.term)}: ${money(month)} a month`];
  return month;
}

function dollarsIn(text: string): number | undefined {
  const m = /\$\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?\b/i.exec(text);
  if (!m) return undefined;
  const n = Number((m[1] as string).replace(/,/g, '')) * (m[2] ? 1000 : 1);
  return Number.isFinite(n) && n > 0 && n <= 1e12 ? n : undefined;
}

/** Words that rank or list models before a name and "model(s)": "cheapest gpt-5 model", "which gemini 3 models". */
const NAMED_MODELS = String.raw`\b(?:cheapest|cheaper|newest|latest|fastest|best|top|which|what|list|show|all|every|any|compare|rank|sort|order|prices?|pricing|costs?)\s+(?:of\s+|for\s+)?(?:the\s+|our\s+|all\s+)?`;

/**
 * "Cheapest gpt-5 model", "which gemini 3 models have vision?": a model's name before "models" is the name every ranked
 * model answers to (gpt-5, gpt-5-mini, gpt-5.4-nano…), not that one model.
 */
function nameAsFilter(catalog: Catalog, query: Query, names: FoundName[], text: string, masked: string, exact: string[]): void {
  const [only] = names;
  if (names.length !== 1 || !only || query.filters.families) return;
  // "Can I run qwen3 locally?", "is qwen3 open source?": a series name many models answer to, asked about open weights,
  // is every model of it that has them (none listed means none does).
  if (query.filters.openWeights && !only.exact && resolveModel(catalog, only.name).kind === 'ambiguous') {
    query.filters.named = only.typed.toLowerCase();
    query.models = [];
    return;
  }
  // An exact name stands in the masked text as its placeholder; another as typed.
  const slot = exact.indexOf(only.name);
  const name = only.exact && slot >= 0 ? String.raw`\s*${placeholder(slot)}\s*` : escapeRegExp(only.typed);
  // "The gpt-5 family" is every model of it whatever comes before; "gpt-5 models" where models are ranked or listed.
  const collective = new RegExp(`(?:^|\\s)(?:the\\s+)?${name}\\s+(?:family|series|line-?up)\\b`, 'i').test(masked);
  if (!collective && !new RegExp(`${NAMED_MODELS}${name}\\s+(?:models?|variants?|versions?|series|family|line-?up|options)\\b`, 'i').test(masked)) return;
  // A series is every model its name as typed covers ("claude sonnet 4": 4.0, 4.5, 4.6), not the one model it resolves to.
  const typed = collective ? findModelNames(catalog, text, false).find((n) => n.name === only.name)?.typed : undefined;
  query.filters.named = (typed ?? (only.exact ? only.name : only.typed)).toLowerCase();
  query.models = [];
}

/**
 * "Cheapest llama model", "newest claude opus": a family word where models are ranked is the family to rank, not the
 * one model the word would otherwise pick (its newest).
 */
function familyAsFilter(catalog: Catalog, query: Query, names: FoundName[], text: string): void {
  const [only] = names;
  if (names.length !== 1 || !only || only.exact) return;
  if (!(rankingOrder(text) || /\b(?:models|which|list)\b/i.test(text))) return;
  const families = familiesNamed(catalog, only.typed);
  if (families.length === 0) return;
  query.filters.families = [...new Set([...(query.filters.families ?? []), ...families])];
  query.models = [];
}

/**
 * Family words that are not their maker's whole line: Google also makes Gemma, an open-weights line of its own. ("GPT"
 * stays OpenAI's models: people say it of o3 and o4-mini too.)
 */
const LINE_WORDS: [word: string, provider: string, maker: RegExp][] = [['gemini', 'google', /\bgoogle\b/i]];

/**
 * "Cheapest gemini models", "which gemini model is the most recent?": read as its maker, the word would let the maker's
 * other lines in (Gemma); the families the word begins are the filter instead, unless the maker is named too.
 */
function lineWordAsFamilies(catalog: Catalog, query: Query, text: string): void {
  for (const [word, provider, maker] of LINE_WORDS) {
    const providers = query.filters.providers ?? [];
    if (!providers.includes(provider) || maker.test(text) || !new RegExp(String.raw`\b${word}\b(?![\s-]*\d)`, 'i').test(text)) continue;
    const families = [...new Set(catalog.models.filter((m) => m.provider === provider && m.family.startsWith(word)).map((m) => m.family))];
    if (families.length === 0) continue;
    const rest = providers.filter((p) => p !== provider);
    if (rest.length > 0) query.filters.providers = rest;
    else delete query.filters.providers;
    query.filters.families = [...new Set([...(query.filters.families ?? []), ...families])];
  }
}

/** A word that names a whole family of models, not one ("claude", not "claude 4.5"). */
const BARE_FAMILY = String.raw`(claude|gemini|grok|gpt|deepseek|mistral)\b(?![\s-]*(?:\d|v\d))`;
/** A bare family or provider word set against a named model ("gpt-5 vs claude", "gemini or gpt-5", "compare gpt-5 and claude"). */
const VERSUS_FAMILY = new RegExp(
  String.raw`\b(?:vs\.?|versus|or|than|against|compared (?:to|with))\s+(?:the\s+)?${BARE_FAMILY}|\b${BARE_FAMILY}\s+(?:(?:\w+er|better|worse|more \w+|less \w+)\s+)?(?:vs\.?|versus|or|than|against|compared? (?:to|with)|compares (?:to|with)|stacks? up (?:to|against))\s|\b(?:compare|between)\b[^?]*?\b(?:and|with|to)\s+(?:the\s+)?${BARE_FAMILY}`,
  'i',
);

/**
 * "gpt-5 vs claude": the family word is a model to compare, not a provider filter, and too broad to pick one by:
 * it goes in as a name, so the answer asks which model of the family was meant (never a guess).
 */
function versusFamily(query: Query, blanked: string): void {
  if (query.models.length === 0 || !query.filters.providers?.length) return;
  const hit = VERSUS_FAMILY.exec(blanked);
  const word = hit?.slice(1).find((w) => w !== undefined);
  const provider = word === undefined ? undefined : providerOfWord(word);
  if (!hit || !word || !provider || !query.filters.providers.includes(provider)) return;
  const rest = query.filters.providers.filter((p) => p !== provider);
  if (rest.length > 0) query.filters.providers = rest;
  else delete query.filters.providers;
  // Before the named model when typed first ("claude vs gpt-5").
  if (hit[2] !== undefined) query.models.unshift(word.toLowerCase());
  else query.models.push(word.toLowerCase());
}

/** The text with each cached share blanked out, keeping every other word where it was. */
const withoutCacheShares = (t: string) => CACHE_SHARES.reduce((s, re) => s.replace(re, (m) => ' '.repeat(m.length)), t);

/**
 * Family words set against each other ("claude vs gemini", "compare gpt and grok", "gemini vs claude vs gpt", "is claude
 * better than gpt?"). Price words are not among them: "is claude cheaper than gpt?" sets providers' prices against each
 * other (aboutNone).
 */
const FAMILY_JOIN = String.raw`\s+(?:(?:better|worse|smarter|stronger|weaker|dumber|faster|slower|more (?:capable|accurate|intelligent|reliable)|less (?:capable|accurate|reliable))\s+than|vs\.?|versus|or|and|against|compared (?:to|with))\s+(?:the\s+)?`;
const LINE_WORD = String.raw`\p{L}[\p{L}\d-]*`;
const WORDS_SET_AGAINST = new RegExp(String.raw`\b${LINE_WORD}(?:${FAMILY_JOIN}${LINE_WORD})+`, 'giu');
const SET_AGAINST_JOIN = new RegExp(FAMILY_JOIN, 'iu');

/** A word that names a line of models ("claude", "kimi", "llama"): a family word, or a family's in the catalog, that models answer to. */
function isLineWord(catalog: Catalog, word: string): boolean {
  return (new RegExp(`^${BARE_FAMILY}$`, 'i').test(word) || familiesNamed(catalog, word).length > 0) && resolveModel(catalog, word).kind !== 'unknown';
}

/**
 * "Compare claude and gemini", "which is cheaper, deepseek or kimi?": each word is a model to name (asked back with
 * choices, or read as its flagship), not a provider or family filter, unless models are being listed.
 */
function familyAgainstFamily(catalog: Catalog, query: Query, blanked: string): void {
  if (query.models.length > 0 || rankingOrder(blanked) || /\bmodels\b/i.test(blanked)) return;
  for (const hit of blanked.matchAll(WORDS_SET_AGAINST)) {
    const words = hit[0].split(SET_AGAINST_JOIN).map((w) => w.trim().toLowerCase());
    if (words.length < 2 || !words.every((w) => isLineWord(catalog, w))) continue;
    const named = [...new Set(words)].slice(0, 4);
    if (named.length < 2) return;
    const providers = new Set(named.map((w) => providerOfWord(w)));
    const families = new Set(named.flatMap((w) => familiesNamed(catalog, w)));
    const rest = (query.filters.providers ?? []).filter((p) => !providers.has(p));
    if (rest.length > 0) query.filters.providers = rest;
    else delete query.filters.providers;
    const otherFamilies = (query.filters.families ?? []).filter((f) => !families.has(f));
    if (otherFamilies.length > 0) query.filters.families = otherFamilies;
    else delete query.filters.families;
    query.models = named;
    return;
  }
}

/** The ranking that answers a spec asked of no one model ("what is claude's context window?"): by that spec. */
const SPEC_ORDERS: Partial<Record<string, RankOrder>> = { context: 'context', 'max-output': 'output', speed: 'speed', 'knowledge-cutoff': 'cutoff' };

/** Orders of a spec or state only a model has: asked alone ("longest output limit"), they ask for models. */
const SPEC_RANKINGS = new Set<RankOrder | undefined>(['retiring', 'output', 'context', 'speed', 'cutoff']);

/** What a way of buying saves, asked: "the batch discount", "how much cheaper is flex", "what does batch save". */
const DISCOUNT = /\b(?:discounts?|discounted|savings?|saves?|how much (?:cheaper|less)|pays? off|worth it)\b/i;

/** Every lane asked at once: "for each kind of work", "every lane", "per use case", "a lane matrix". */
const EVERY_LANE =
  /\b(?:each|every|all(?:\s+the)?)\s+(?:lanes?|kinds?\s+of\s+(?:work|tasks?|jobs?)|types?\s+of\s+(?:work|tasks?|jobs?)|use[- ]?cases?|workloads?)\b|\blane\s+(?:picks|matrix|recommendations?)\b|\bper[- ](?:lane|use[- ]?case)\b/i;

/** The lanes whose first picks are asked: every lane, or two or more named in a list; undefined otherwise. */
function lanePicksAsked(catalog: Catalog, text: string, query: Query): string[] | undefined {
  // "For each kind of work" asks a pick for each, whatever the words around it ("the cheapest good option for …").
  if (EVERY_LANE.test(text)) return catalog.lanes.map((l) => l.id);
  if (!BEST.test(text) && !/\bwhat\s+(?:should|do|would)\s+(?:we|i|you)\s+use\b/i.test(text)) return undefined;
  // "For terminal work, subagents and RAG": the lanes a list names, in its order, each read once. A capability among
  // them ("coding and vision") asks for one model with both; the cheapest of several kinds of work is one model too.
  if (!/,|\band\b|\//i.test(text) || CHEAPEST_WORD.test(text) || (query.filters.need?.length ?? 0) > 0) return undefined;
  const named: { id: string; start: number; end: number }[] = [];
  let rest = text;
  for (let hit = laneMatch(catalog, rest); hit; hit = laneMatch(catalog, rest)) {
    const id = hit.lane.id;
    if (!named.some((n) => n.id === id)) named.push({ id, start: hit.start, end: hit.end });
    rest = `${rest.slice(0, hit.start)}${' '.repeat(hit.end - hit.start)}${rest.slice(hit.end)}`;
  }
  named.sort((a, b) => a.start - b.start);
  // A list: each kind of work joined to the next by a comma, "and" or a slash, with a word or two between at most
  // ("terminal coding, subagents and RAG"), not "agents that use the terminal".
  const listed = named.every((n, i) => {
    const before = named[i - 1];
    if (!before) return true;
    const gap = text.slice(before.end, n.start);
    return LIST_JOIN.test(gap) && gap.trim().split(/\s+/).length <= 4;
  });
  return named.length >= 2 && listed ? named.map((n) => n.id) : undefined;
}
const LIST_JOIN = /,|\band\b|\/|&|\bplus\b/i;

/** No model named: the cheapest for the filters, the best for a lane, or not understood. */
function aboutNone({ text, query, laneHit, attribute, gatedLane: gated }: Reading, catalog: Catalog): Query {
  const lane = laneHit?.lane;
  // "Which model for each kind of work?", "what should we use for terminal work, subagents and RAG?": each lane's first pick.
  const lanePicks = lanePicksAsked(catalog, text, query);
  // Cheapness asked of each ("the cheapest good option for every kind of work") is each lane's best value.
  const cheaply = VALUE.test(text) || CHEAP_WORD.test(text) || CHEAPEST_WORD.test(text);
  if (lanePicks) return asIntent(query, 'best', { lanePicks, lane: null, ...(cheaply ? { order: 'value' as const } : {}) });
  // A prompt's size is a filter too: "which models can take a 2M token prompt?" lists those whose input holds it.
  const filtered = Object.keys(query.filters).length > 0 || query.released !== undefined || (query.promptTokens ?? null) !== null;
  // Cheapness asked: "budget" beside an amount ("a budget of $200/month") is the budget, not a cheap model.
  const cheapAsked = CHEAP_WORD.test(query.filters.maxMonthlyUsd !== undefined ? text.replace(/\bbudget\b/gi, '') : text);
  const aboutModels =
    MODEL_CONTEXT.test(text) ||
    query.tokens !== null ||
    filtered ||
    (lane !== undefined && (BEST.test(text) || cheapAsked || CHEAPEST_WORD.test(text))) ||
    (cheapAsked && (CODING_PURPOSE.test(text) || /\b(?:models?|llms?)\b/i.test(text))) ||
    // "Longest output limit", "what's retiring": a spec or a state only models have.
    SPEC_RANKINGS.has(rankingOrder(text)) ||
    VALUE.test(text) ||
    /\bflagships?\b/i.test(text) ||
    // "Best for translation?": in a bot about models, the best one for that work.
    /^\s*(?:(?:what|which)(?:'s|\s+is|\s+are)?\s+)?(?:the\s+)?best\s+(?:one\s+)?for\s+\w/i.test(text) ||
    // "What should we use?", "what should a 5 person startup use?": in a bot about models, which model.
    /^\s*(?:so\s+|ok(?:ay)?\s+)?(?:what|which)(?:\s+one)?\s+should\s+(?:i|we|you|(?:a|my|our|the)\s+[^?!.]{1,40}?)\s+(?:use|pick|choose|go with|start with|try)\b/i.test(text);
  // "Which models support the batch api?", "models with flex processing": those with that price, ranked at it.
  // "Which providers offer batch discounts?": each provider's cheapest model with that price, one row each.
  const providersAsked = /\b(?:providers?|vendors?|labs?|companies|makers?)\b/i.test(text);
  const buyingAsked = (query.batch || query.serviceTier !== null) && (/\b(?:models?|llms?)\b/i.test(text) || providersAsked || CHEAPEST_WORD.test(text) || DISCOUNT.test(text));
  if (!aboutModels && !buyingAsked) return asIntent(query, 'unknown');
  // "At what volume does batch pay off?": a per-token price has no threshold to pass.
  if (buyingAsked && /\b(?:at what (?:volume|point|scale)|when does|break[- ]?even|how much (?:volume|usage))\b/i.test(text))
    query.notes = [
      ...(query.notes ?? []),
      `${query.batch ? 'batch' : `the ${query.serviceTier} tier`} is priced per token with no minimum, so what it saves against standard is the same share at any volume`,
    ];
  if (buyingAsked && !filtered && !lane) {
    if (providersAsked) {
      query.filters.eachProvider = true;
      query.notes = [...(query.notes ?? []), "each provider's cheapest model with that price, one row per provider"];
    }
    return asIntent(query, 'cheapest', providersAsked ? { top: query.top ?? MAX_TOP } : {});
  }
  // "Compare openai, anthropic and google flagships", "each lab's flagship", "what is openai's flagship?": each maker's
  // best on the broadest quality index (one row per maker), not its cheapest; "the flagship models", every maker's.
  // "The frontier models from openai, anthropic and google": each of those makers' flagship.
  const flagshipsAsked = /\bflagships?\b/i.test(text) || (/\bfrontier\b/i.test(text) && SMARTEST.test(text) && (query.filters.providers?.length ?? 0) >= 2);
  if (flagshipsAsked && query.models.length === 0) {
    const one = (query.filters.providers?.length ?? 0) === 1 && !query.filters.eachProvider;
    query.filters.scoredOn = QUALITY_INDEX;
    if (!one) query.filters.eachProvider = true;
    query.notes = [...(query.notes ?? []), "a flagship read as a maker's highest on the broadest quality index"];
    // "Which flagship is cheapest?", "the newest flagships": each maker's flagship, ranked in that order.
    const order = one ? undefined : rankingOrder(text);
    if (order !== undefined && order !== 'score') {
      query.filters.flagships = true;
      return asIntent(query, 'cheapest', { order, top: query.top ?? MAX_TOP });
    }
    return asIntent(query, 'cheapest', { order: 'score', top: query.top ?? (one ? 1 : MAX_TOP) });
  }
  // "Which providers have the cheapest reasoning models?", "which labs make the newest models?": each provider's first
  // in that order, one row per provider.
  const providersOrder = rankingOrder(text);
  if (WHICH_PROVIDERS.test(text) && query.models.length === 0 && !query.filters.providers?.length && providersOrder !== undefined) {
    query.filters.eachProvider = true;
    query.notes = [...(query.notes ?? []), "each provider's first in that order, one row per provider"];
    return asIntent(query, 'cheapest', { order: providersOrder, top: query.top ?? MAX_TOP });
  }
  // "Is deepseek cheaper than openai?", "anthropic vs google on price": providers set against each other, each by its
  // cheapest model (one row per provider, said in the notes).
  if (
    (query.filters.providers?.length ?? 0) >= 2 &&
    (/\b(?:cheaper|pricier|more expensive|less expensive|costlier)\s+than\b|\bvs\.?(?=\s)|\bversus\b|\bcompared?\s+(?:to|with)\b/i.test(text) ||
      (/\s(?:or)\s/i.test(text) && /\b(?:cheaper|pricier|more expensive|less expensive|costlier)\b/i.test(text)))
  ) {
    query.filters.eachProvider = true;
    query.notes = [...(query.notes ?? []), "providers set against each other: each one's cheapest model at this profile, one row per provider"];
    return asIntent(query, 'cheapest', { top: query.top ?? MAX_TOP });
  }
  // "Is deepseek open source?", "can I self-host claude?": that maker's open-weights models (none listed means none is).
  const makerNamed = (query.filters.providers?.length ?? 0) > 0 || (query.filters.families?.length ?? 0) > 0 || query.filters.named !== undefined;
  if (query.filters.openWeights && makerNamed && !lane) return asIntent(query, 'cheapest', { top: query.top ?? MAX_TOP });
  // "List anthropic models", "show me the prices of all claude models", "every mistral model": the maker's whole line, not
  // its first five.
  if (makerNamed && !lane && query.top === null && WHOLE_LINE.test(text)) query.top = MAX_TOP;
  // "Can claude read pdfs?", "does grok support vision?", "which claude models take pdf input?": that maker's models that
  // can (none listed means none can), not the best for documents or images; the kind of work stays unread.
  const canAsked = YES_OR_NO_OF_MODELS.test(text) && !BEST.test(text) && !cheapAsked && !rankingOrder(text);
  if (canAsked && makerNamed && ((query.filters.need?.length ?? 0) > 0 || (query.filters.inputModalities?.length ?? 0) > 0)) {
    delete query.filters.lane;
    return asIntent(query, 'cheapest', { top: query.top ?? MAX_TOP, lane: null });
  }
  // "decent", "good enough": the stated quality floor, unless a floor on that benchmark was given; so is "good at" beside
  // a low price ("cheapest model that is good at reasoning"), where the price would otherwise stand in for the "good",
  // unless the lane asked has floors of its own (coding's are what "good at coding" means).
  const goodAtCheaply = cheapAsked || /\bcheapest\b/i.test(text) ? /\b(?:good|strong|great) (?:at|in)\b/i.exec(text)?.[0].toLowerCase() : undefined;
  const decent = decentWordIn(text) ?? (lane?.evidence.some((e) => e.floor !== undefined) ? undefined : goodAtCheaply);
  if (decent !== undefined && !query.filters.benchmarkFloors?.some((f) => f.benchmark === DECENT_FLOOR.benchmark)) {
    query.filters.benchmarkFloors = [...(query.filters.benchmarkFloors ?? []), { ...DECENT_FLOOR }];
    query.decent = decent;
  }
  const floored = (query.filters.benchmarkFloors?.length ?? 0) > 0;
  // "Smartest model", "most capable open model under $1 per million", and the best with no kind of work, need or
  // purpose ("what's the best model?", "best open source model"): ranked on the broadest quality index, highest first.
  const needs = (query.filters.need?.length ?? 0) + (query.filters.inputModalities?.length ?? 0) > 0;
  const purpose = /\b(?:for|to do|doing)\s+(?:a\s+|an\s+|the\s+|my\s+|our\s+|some\s+)?([a-z][a-z0-9\s-]{2,60}?)\s*[?.!]*\s*$/i.exec(text);
  // "Best value", "bang for the buck": the models no other beats on both price and quality, cheapest first.
  // "Best cheap model", "smartest affordable model" ask for both at once: the same frontier.
  // "What should I use for coding on a budget?", "a cheap model for a coding agent": a choice made cheaply is the same.
  const goodAndCheap =
    cheapAsked &&
    (SMARTEST.test(text) ||
      BEST.test(text) ||
      /\b(?:good|great|decent|smart|capable|intelligent|clever|strong|high[- ]quality|recommend\w*|suggest\w*)\b/i.test(text) ||
      lane !== undefined ||
      CODING_PURPOSE.test(text));
  const valueAsked = (VALUE.test(text) || goodAndCheap) && !/\bcheapest\b/i.test(text);
  if (valueAsked && !lane && !CODING_PURPOSE.test(text)) return asIntent(query, 'cheapest', { order: 'value' });
  // "Any cheap models?", "a cheap llm": the cheapest, by price.
  // "Fastest cheap model", "newest affordable models": that order, the word "cheap" said to set no bound of its own.
  if (cheapAsked && /\b(?:models?|llms?)\b/i.test(text) && !lane && !CODING_PURPOSE.test(text)) {
    const order = rankingOrder(text);
    if (order === undefined || order === 'price' || order === 'priciest') return asIntent(query, 'cheapest');
    const bounded = PRICE_BOUNDS.some((b) => query.filters[b.max] !== undefined) || query.filters.maxMonthlyUsd !== undefined;
    if (!bounded)
      query.notes = [
        ...(query.notes ?? []),
        `“${CHEAP_WORD.exec(text)?.[0] ?? 'cheap'}” sets no price bound of its own: add one, such as under $1 per million, to keep only models that cheap`,
      ];
    return asIntent(query, 'cheapest', { order });
  }
  // "What can I get for $50 a month?", "we have $200/month, which model?": the best the budget affords, not the cheapest
  // model (which any budget affords); "cheap" or "cheapest" still asks for the price.
  // "Which models support structured outputs under $0.50?" lists the models that have it, within the budget, by price.
  const listsWhatHas = /\bwhich\s+(?:models?|llms?)\s+(?:support|supports|have|has|offer|offers|accept|accepts|take|takes|handle|handles)\b/i.test(text);
  const choosing = WITHIN_BUDGET.test(text) && !PRICE_WORD.test(text) && rankingOrder(text) === undefined && !listsWhatHas;
  if (query.filters.maxMonthlyUsd !== undefined && choosing && !lane && query.filters.scoredOn === undefined) {
    // Ranked on the benchmark a floor names ("over 1400 on lmarena under $1"), else the broadest quality index.
    query.filters.scoredOn = query.filters.benchmarkFloors?.[0]?.benchmark ?? QUALITY_INDEX;
    return asIntent(query, 'cheapest', { order: 'score' });
  }
  const bestOverall = BEST_ITSELF.test(text) && !lane && !purpose && !/\bcod(?:e|ing)\b/i.test(text) && rankingOrder(text) === undefined;
  // "Which model has the best tool calling?", "best for agentic tool use": the agentic index, among the models that call tools.
  const toolsAsked = (query.filters.need ?? []).some((n) => n === 'function-calling' || n === 'tool-use');
  if (BEST.test(text) && toolsAsked && !lane && query.filters.scoredOn === undefined && rankingOrder(text) === undefined && !/\bcheapest\b/i.test(text)) {
    query.filters.scoredOn = AGENTIC_INDEX;
    return asIntent(query, 'cheapest', { order: 'score' });
  }
  if ((SMARTEST.test(text) || bestOverall) && !/\bcheapest\b/i.test(text) && query.filters.scoredOn === undefined) {
    // "Strongest open weights model for coding": the coding index; "best model with an lmarena score above 1450": the
    // benchmark the floor names.
    query.filters.scoredOn = query.filters.benchmarkFloors?.[0]?.benchmark ?? (/\bcod(?:e|ing|er)\b|\bprogramming\b/i.test(text) ? CODING_INDEX : QUALITY_INDEX);
    return asIntent(query, 'cheapest', { order: 'score' });
  }
  // "Rank anthropic models by output price", "lowest input price with vision": that side's price ranks them, as a month
  // of that side's tokens alone, and the notes say so.
  const sides = (['input', 'output'] as const).filter((x) => ATTRIBUTES.find((a) => a.id === `${x}-price`)?.words.test(text));
  const side = sides.length === 1 ? sides[0] : undefined;
  if (side && query.mix === null && query.tokens === null) {
    const ranked = rankedOnSide(side);
    query.mix = ranked.mix;
    query.notes = [...(query.notes ?? []), ranked.note];
  }
  // Free models are asked for to be ranked: "free models for prototyping" is a cheapest question. A spec asked of a
  // family's or a provider's models ("gemini knowledge cutoff") ranks them by it.
  // "Best budget model for coding" asks for value in the lane, not its cheapest model.
  const ranked = rankingOrder(text);
  // A spec asked of a family's or a provider's models ("gemini knowledge cutoff") ranks them by it; a spec read as a
  // floor is a filter where a kind of work or a price cap decides the order ("best vision model with at least 200k
  // context", "models under $0.50 per million with at least 128k context").
  const floorOf: Partial<Record<string, unknown>> = { context: query.filters.minContext, 'max-output': query.filters.minOutput, speed: query.filters.minSpeed };
  const { maxPerMillion, maxInputPerMillion, maxOutputPerMillion, maxMonthlyUsd, minPerMillion, minInputPerMillion, minOutputPerMillion } = query.filters;
  const priceCapped = [maxPerMillion, maxInputPerMillion, maxOutputPerMillion, maxMonthlyUsd, minPerMillion, minInputPerMillion, minOutputPerMillion].some(
    (cap) => cap !== undefined,
  );
  const specFloor = attribute !== undefined && floorOf[attribute.id] !== undefined && ((lane !== undefined && (BEST.test(text) || /\btop\b/i.test(text))) || priceCapped);
  const specOrder = filtered && attribute && !specFloor ? SPEC_ORDERS[attribute.id] : undefined;
  const order = (ranked === 'price' && valueAsked && lane ? undefined : ranked) ?? specOrder;
  // The lane's needs are all the capability words asked ("vision" names the images-and-documents lane).
  const needsAsked =
    lane !== undefined &&
    lane.needs.capabilities.length > 0 &&
    lane.needs.surfaces.length === 0 &&
    lane.needs.minContext === undefined &&
    lane.needs.inputModalities.every((m) => m === 'image' && query.filters.need?.includes('vision')) &&
    lane.needs.capabilities.every((c) => query.filters.need?.includes(c));
  // "Best model for terminal coding and what would it cost at 50M": the lane's best, each with its month at that volume.
  const priceAsked = COST.test(text) && (query.tokens !== null || filtered) && !(lane && BEST.test(text));
  // "What's the batch discount for gemini?": its models at that price, each row saying what it saves against standard.
  const discountAsked = (query.batch || query.serviceTier !== null) && DISCOUNT.test(text);
  if (order || query.filters.free === true || priceAsked || discountAsked || (floored && !lane)) {
    // A lane adds a filter only when it says more than the capability words already did.
    const covered = needsAsked && lane.evidence.length <= 1;
    if (lane && !covered) query.filters.lane = lane.id;
    // "Cheapest model that's good at coding": the lane's benchmarks must back it, not its needs alone.
    if (query.filters.lane && (PROVEN.test(text) || GOOD_MODEL.test(text))) query.filters.laneTested = true;
    // "Which models retire this year?": those with a retirement date in that window.
    const retiring = order === 'retiring' ? retireWindowInWords(text) : undefined;
    if (retiring) {
      const problem = retireWindowProblem(retiring.window);
      if (problem) query.problems.push(problem);
      else query.retiring = retiring.window;
      // "Retiring next year" is the window, not a day to read prices on.
      delete query.pricedOn;
    }
    return asIntent(query, 'cheapest', { order: order ?? 'price' });
  }
  // "do any openai models have open weights?", "which models have vision?": the models that pass, ranked by price.
  const listing =
    filtered &&
    (/\b(?:which|what|any|list|show(?: me)?|are there|is there|how many|count|compare|every|each|all)\b[\w\s-]{0,25}\bmodels?\b|^\s*(?:(?:open[- ](?:source|weights?)|closed[- ]source|proprietary|cheap|cheaper|free|local|small|multimodal|reasoning|new|newer|recent|current)\s+)*(?:models?|llms?)\s+(?:with|that|which|supporting|under|from|on|we|i|you|good at|great at|strong at)\b/i.test(
      text,
    ) ||
      // "what's available on bedrock from anthropic?"
      /\b(?:what(?:'?s| is| are)?|which|anything)\b[\w\s'-]{0,25}\b(?:available|offered|sold|hosted|served|on offer|run)\b/i.test(text) ||
      // "show me everything under $0.50 per million", "list all with vision", "anything under $1?"
      /\b(?:show|list|give)(?:\s+me)?\s+(?:everything|all(?:\s+of\s+them)?|anything)\b|\b(?:everything|anything)\s+(?:under|below|cheaper|less|with|that|from|priced)\b/i.test(
        text,
      ) ||
      // "compare the claude sonnet 4 series", "the gpt-4.1 family at 20M tokens": a family's models in one ranking.
      ((query.filters.named !== undefined || query.filters.families !== undefined) && /\b(?:compare|family|series|line-?up)\b/i.test(text)) ||
      // "does claude support prompt caching?", "do gemini models have vision?": yes by listing the ones that do, no by none.
      /^\s*(?:does|do|can|are|is)\b[\w\s'-]{0,40}\b(?:support|supports|have|has|offer|offers|handle|handles|take|takes|accept|accepts|do|use|capable)\b/i.test(text));
  // A lane named only by the capability asked ("which models have vision?") lists the models that have it, untested ones too.
  if (lane && !(listing && needsAsked && !BEST.test(text))) {
    // "Best model for code review": the code-review lane is Codex's; the work is ranked on the lane read, and said.
    if (gated && gated.id !== lane.id)
      query.notes = [
        ...(query.notes ?? []),
        `the ${gated.id} lane (${gated.name}) is for ${gated.needs.surfaces.join(', ')} only: ranked on ${lane.id} (${lane.name}) instead; name ${gated.needs.surfaces[0]?.split('-')[0]} to ask for it`,
      ];
    // "Best value for terminal work", "best cheap model for RAG": the lane's price–strength frontier.
    return asIntent(query, 'best', { lane: lane.id, ...(valueAsked ? { order: 'value' as const } : {}) });
  }
  // "models released this year", "which llms launched since september?", "what did openai release in 2026?": the
  // window's models, newest first.
  if (query.released !== undefined) return asIntent(query, 'cheapest', { order: 'newest' });
  // "US-based models only": models asked for with words that could not be applied (said in the notes), ranked without them.
  // "non-reasoning models under $1", "open models with vision": filters on models, in the plural, list those that pass.
  // "Where can I use claude on aws?", "can I get grok through openrouter?": what a host sells of theirs.
  // "An anthropic model with 500k output": one model with what it must have is sought among those that have it.
  const filteredModels = filtered && (/\b(?:models|llms)\b|\b(?:model|llm) (?:with|that|which|having|supporting|offering)\b/i.test(text) || query.filters.hosts !== undefined);
  if (listing || filteredModels || ((query.notes?.length ?? 0) > 0 && /\b(?:models?|llms?)\b/i.test(text))) return asIntent(query, 'cheapest');
  // "which model for transcribing audio calls": no lane, but what it needs (audio input) ranks the models that have it;
  // the best of them asked ("best model for speech to text") are ranked on the broadest quality index, said not to test
  // that work.
  if (BEST.test(text) && needs) {
    if (!BEST_ITSELF.test(text) || cheapAsked || !purpose) return asIntent(query, 'cheapest');
    const work = (purpose[1] as string).trim();
    query.filters.scoredOn = QUALITY_INDEX;
    query.notes = [
      ...(query.notes ?? []),
      `no benchmark in the catalog measures “${work.slice(0, 60)}”: the models that can take it ranked on the broadest quality index, which does not test that work itself`,
    ];
    return asIntent(query, 'cheapest', { order: 'score', purpose: work });
  }
  // "Best model for coding", "what should I use for a coding agent?": the routine coding lane.
  if ((BEST.test(text) || cheapAsked) && /\bcod(?:e|ing)\b/i.test(text) && (/\b(?:models?|llms?|ai)\b/i.test(text) || CODING_PURPOSE.test(text)))
    return asIntent(query, 'best', { lane: CODING_LANE, ...(valueAsked ? { order: 'value' as const } : {}) });
  // "Recommend a model for translation": a purpose no lane covers and no benchmark the catalog carries measures. The
  // strongest overall, and the note says what that does and does not show.
  if (BEST.test(text) && purpose && !lane && !query.outOfScope) {
    const work = (purpose[1] as string).trim();
    query.filters.scoredOn = QUALITY_INDEX;
    query.notes = [
      ...(query.notes ?? []),
      `no benchmark in the catalog measures “${work.slice(0, 60)}”, and no kind of work it ranks matches it (/models lanes lists them): ranked on the broadest quality index instead, which does not test that work itself`,
    ];
    return asIntent(query, 'cheapest', { order: 'score', purpose: work });
  }
  return asIntent(query, 'unknown');
}

/** "As good as X", "at least as smart as X", "better than X", "smarter than X": the model whose score sets the floor. */
const AS_GOOD_AS =
  /\b(?:(?:at least|just|about|nearly|almost) )?as (?:good|smart|capable|strong|clever) as\s+$|\b(?:better|smarter|stronger|more capable|cleverer)(?: at \w+| on \w+)? than\s+$|\b(?:beats?|beating|outperforms?|outperforming|outscores?|outscoring)\s+$|\b(?:higher|better)\s+(?:[\w.-]+\s+){0,3}?(?:score|scores|rating|results?)\s+than\s+$|\bscor(?:es|ing|e)?\s+(?:higher|better|more)\s+than\s+$/i;
/** "Cheaper than gpt-5 with a higher coding score": a score above the one model named, said apart from its name. */
const HIGHER_SCORE = /\b(?:higher|better|stronger)\s+(?:[\w.-]+\s+){0,3}?(?:score|scores|rating|results)\b/i;
/** Words that ask for a score above the model's, not one at least as high. */
const ABOVE = /\b(?:better|smarter|stronger|more capable|cleverer|beats?|beating|outperform\w*|outscor\w*|higher)\b/i;
/** "gpt-5 level quality", "gpt-5-class performance", "opus-tier": the model named before sets the floor. */
const LEVEL_OF = /^[\s-]*(?:level|class|tier|grade)\b(?:\s+(?:quality|performance|intelligence|smarts|results))?/i;
/** "Similar quality", "without losing quality", "just as good": the one model named sets the floor, wherever it is named. */
const PARITY =
  /\b(?:similar|same|comparable|equivalent|equal|matching|close|the same)\s+(?:quality|performance|intelligence|capabilit(?:y|ies)|results|level|smarts)\b|\bwithout\s+(?:losing|sacrificing|giving up|dropping)\s+(?:any\s+|much\s+)?(?:quality|performance|intelligence|capability)\b|\b(?:just|nearly|almost|about)\s+as\s+(?:good|smart|capable|strong)\b(?!\s+as\b)|\b(?:is|are|that's|thats|but)\s+as\s+(?:good|smart|capable|strong)(?=\s*(?:[?.!,]|$|\s+(?:but|and|for|at)\b))|\bequally\s+(?:good|smart|capable|strong)\b|\bno\s+(?:worse|dumber|loss in quality)\b/i;
/** "Anything better for the same price?", "same price but smarter": a higher score at no more than the model's month. */
const BETTER_FOR_SAME_PRICE =
  /\b(?:better|smarter|stronger|more capable|an upgrade)\b[^?!]{0,40}?\b(?:for|at|with)\s+(?:about\s+|roughly\s+)?(?:the\s+)?(?:same|similar)\s+(?:price|cost|money|budget)\b|\b(?:same|similar)\s+(?:price|cost)\b[^?!]{0,40}?\b(?:but|and|yet)\s+(?:better|smarter|stronger|more capable)\b/i;
const CHEAPER_THAN_NAME = /\b(?:cheaper|less expensive|costs? less|lower[- ]priced) than\s+$/i;
const SOUGHT = /\b(?:any(?:thing|one)?|something|models?|llms?|which|what|cheapest|cheaper|alternatives?|options?|is there|are there|find|show|list|need|want|one)\b/i;
const CHEAPER_WORDS = /\b(?:but |and |yet )?(?:cheaper|less expensive|for less|costs? less|lower[- ]priced|at a lower price)\b/i;

/** "At half the price", "for a third of the cost", "at 30% of the price": a share of a model's price. */
const SHARE_OF_PRICE = new RegExp(String.raw`\b(?:at|for|with)\s+(?:(${SHARE_WORD})(?:\s+of)?|(\d{1,3}(?:\.\d+)?\s*%)\s+of)\s+(?:the|its|their)\s+(?:price|cost)\b`, 'i');

function shareOfPriceIn(text: string): number | undefined {
  const m = SHARE_OF_PRICE.exec(text);
  const share = m ? shareSaid(m[1] ?? m[2] ?? '') : undefined;
  return share !== undefined && share > 0 && share <= 1 ? share : undefined;
}

/**
 * A quality floor set by one named model and, when cheaper is asked, a price cap set by another (or the same): ranked by
 * price, on the Artificial Analysis Coding Index when the question is about coding, else the Intelligence Index.
 */
function relativeToModels(catalog: Catalog, query: Query, text: string): Query | undefined {
  const typed = findModelNames(catalog, text, false);
  const at = (n: { typed: string }) => text.toLowerCase().indexOf(n.typed.toLowerCase());
  const before = (n: { typed: string }) => text.slice(0, Math.max(0, at(n)));
  const after = (n: { typed: string }) => text.slice(at(n) + n.typed.length);
  const named = typed.find((n) => at(n) >= 0 && (AS_GOOD_AS.test(before(n)) || LEVEL_OF.test(after(n))));
  // "We spend too much on gpt-5: a cheaper alternative with similar quality?": parity said apart from the one name.
  const samePrice = BETTER_FOR_SAME_PRICE.test(text);
  const higher = HIGHER_SCORE.test(text) || samePrice;
  const parity = !named && typed.length === 1 && at(typed[0] as (typeof typed)[number]) >= 0 && (PARITY.test(text) || higher);
  const floorModel = named ?? (parity ? typed[0] : undefined);
  if (!floorModel) return undefined;
  // Other models are sought ("anything", "which models", "cheapest"), not two named ones set against each other ("is A
  // better than B?"): no other name comes before the floor's, save one a price is capped at.
  // "gpt-5 level quality, cheapest?" says what is sought after the name too.
  const lead = parity || LEVEL_OF.test(after(floorModel)) ? `${before(floorModel)} ${after(floorModel)}` : before(floorModel);
  if (!(SOUGHT.test(lead) || samePrice) || typed.some((n) => n !== floorModel && at(n) >= 0 && at(n) < at(floorModel))) return undefined;
  const capModel = typed.find((n) => n !== floorModel && at(n) >= 0 && CHEAPER_THAN_NAME.test(before(n)));
  const cheaper = capModel !== undefined || CHEAPER_WORDS.test(text);
  const floor = catalog.byId.get(floorModel.name);
  if (!floor) return undefined;
  const lane = laneMatch(catalog, text)?.lane;
  const { benchmark, score, index, instead, uncarried, ofLane } = qualityOf(catalog, floor, text, true, lane);
  if (score === undefined) {
    // Said with a score it does have, as a floor the question could set instead.
    const other = floor.benchmarks[0];
    const name = other ? (catalog.benchmarks.get(other.id)?.name ?? other.id) : undefined;
    const instead = other && name ? ` It is scored on ${name} (${other.score}): ask for, say, the cheapest model scoring at least ${other.score} on ${name}.` : '';
    return asIntent(query, 'cheapest', {
      models: [],
      problems: [`${floor.id} has no ${/\bscore$/i.test(index) ? index : `${index} score`} to compare other models with.${instead}`],
    });
  }
  // "Better than" is a higher score (by the index's precision, 0.1); "as good as" is at least the same.
  const strict = ABOVE.test(lead) || (parity && higher);
  const min = strict ? Math.round((score + 0.1) * 10) / 10 : score;
  query.filters.benchmarkFloors = [...(query.filters.benchmarkFloors ?? []), { benchmark, min }];
  // "As good as sonnet 4.5 at half the price": a share of its month is the cap.
  const share = shareOfPriceIn(text);
  const cap = capModel ? catalog.byId.get(capModel.name) : cheaper || samePrice || share !== undefined ? floor : undefined;
  if (cap) {
    query.filters.like = cap.id;
    if (share !== undefined) query.filters.likeShare = share;
    else if (cheaper) query.filters.cheaperThanLike = true;
    else query.filters.noDearerThanLike = true;
  }
  const lacking = instead ? `; ${floor.id} has no ${instead} score` : '';
  const notCarried = uncarried ? `; the catalog carries no ${uncarried} scores` : '';
  // The work named holds: the models ranked are those its lane takes.
  if (ofLane) query.filters.lane = ofLane;
  const laneSaid = ofLane ? `, the ${ofLane} lane's benchmark most models are scored on` : '';
  query.notes = [
    ...(query.notes ?? []),
    `“${strict ? 'better than' : 'as good as'} ${floor.id}” read as a score of at least ${min} on the ${index}${laneSaid} (${floor.id}: ${score}${lacking}${notCarried})`,
  ];
  return asIntent(query, 'cheapest', { models: [] });
}

/**
 * The quality index a question weighs a model on, and its score there: the Artificial Analysis Coding Index when the
 * question is about coding, else the Intelligence Index (or, for a model scored only on its earlier edition, that one).
 * With `fallback` (a comparison of quality asked: "better than", "as good as"), a model scored on neither is weighed on
 * the broadest benchmark it has a score on (`instead` names the index it lacks); a stand-in asked for is not narrowed to
 * the few models one benchmark scores.
 */
function qualityOf(
  catalog: Catalog,
  model: CatalogModel,
  text: string,
  fallback = true,
  lane?: Lane,
): { benchmark: string; score: number | undefined; index: string; instead?: string; uncarried?: string; ofLane?: string } {
  // "Better than gpt-5 on aider": the benchmark named, whatever the work.
  const named = benchmarkIn(catalog, text);
  if (named) return { benchmark: named.id, score: scoreOf(model, named.id), index: catalog.benchmarks.get(named.id)?.name ?? named.id };
  // "Better than gpt-5.4 for terminal work": of that lane's benchmarks the model has a score on, the one most models are
  // scored on, so the floor leaves the widest field to compare.
  const laneBenchmark = (lane?.evidence ?? [])
    .filter((e) => scoreOf(model, e.benchmark) !== undefined)
    .map((e) => ({ id: e.benchmark, scored: catalog.models.filter((m) => scoreOf(m, e.benchmark) !== undefined).length }))
    .sort((a, b) => b.scored - a.scored)[0]?.id;
  if (lane && laneBenchmark)
    return { benchmark: laneBenchmark, score: scoreOf(model, laneBenchmark), index: catalog.benchmarks.get(laneBenchmark)?.name ?? laneBenchmark, ofLane: lane.id };
  // "Beats gpt-5 on swe-bench": a benchmark the catalog carries no scores for is said, and a coding one read as coding.
  const uncarried = uncarriedBenchmarkIn(text);
  const coding = /\bcod(?:e|ing|er)\b|\bprogramming\b/i.test(text) || (uncarried !== undefined && CODING_BENCHMARKS.has(uncarried));
  const indexes = coding ? ['aa-coding-index'] : [QUALITY_INDEX, 'aa-intelligence-index-earlier'];
  const fallbacks = !fallback ? [] : coding ? ['aider-polyglot', 'swe-bench-pro', 'terminal-bench-2'] : [ARENA_SCORE, 'aider-polyglot'];
  const first = indexes[0] as string;
  const benchmark = [...indexes, ...fallbacks].find((b) => scoreOf(model, b) !== undefined) ?? first;
  const name = (id: string) => catalog.benchmarks.get(id)?.name ?? id;
  return {
    benchmark,
    score: scoreOf(model, benchmark),
    index: name(benchmark),
    ...(fallbacks.includes(benchmark) ? { instead: name(first) } : {}),
    ...(uncarried !== undefined ? { uncarried } : {}),
  };
}

/** The benchmarks the catalog does not carry that measure coding: a floor asked on one is read on coding scores. */
const CODING_BENCHMARKS = new Set(['SWE-bench Verified', 'HumanEval', 'LiveCodeBench']);

/** Where to buy the models named; the hosts the question names (outside the models' names) are the ones it asks about. */
function whereToBuy(catalog: Catalog, query: Query, blanked: string): Query {
  const hosts = hostsNamed(catalog, blanked);
  // "gpt-5 on azure vs openai", "sonnet 4.5 on bedrock and anthropic": the named model's provider's own API is one of
  // the ways asked ("google" in "Google Vertex AI" is a host's name, not a way of buying amazon's nova).
  const makers = new Set(query.models.map((name) => resolveModel(catalog, name)).flatMap((r) => (r.kind === 'found' ? [r.model.provider] : [])));
  const providers = hosts.length > 0 ? (query.filters.providers ?? []).filter((p) => makers.has(p) && !hosts.includes(p)) : [];
  if (hosts.length > 0) query.filters.hosts = [...hosts, ...providers];
  return asIntent(query, 'where', { attribute: 'routes' });
}

/** A successor asked for, not a stand-in: "what's replacing X?", "what replaced X?", "successor to X", "has X been superseded". */
const SUCCESSOR_ASKED = /\b(?:successors?|replacing|replaced|replaces|supersed\w*)\b/i;

/**
 * "Is there a newer version of claude haiku 4.5?": its own line's models released after it, newest first; undefined
 * when its release day is not known or (with `catalog`) its line has nothing later.
 */
function laterInLine(query: Query, model: CatalogModel, catalog?: Catalog): Query | undefined {
  const released = model.released;
  if (!released || !isDay(released)) return undefined;
  const since = dayAfter(released);
  if (catalog && !catalog.models.some((m) => m.family === model.family && m.released !== undefined && isDay(m.released) && m.released >= since)) return undefined;
  return asIntent(query, 'cheapest', {
    order: 'newest',
    models: [],
    filters: { ...query.filters, families: [model.family] },
    released: { since },
    notes: [...(query.notes ?? []), `the ${model.family} family's models released after ${model.id} (${released})`],
  });
}

/**
 * A move away from one model with no other named: the move to its provider's named successor (when the question asks
 * about replacing it), or else the models that can stand in for it (for less, when asked). An alternative, a
 * competitor or a comparable option (`comparable`, with the question's words) is as good as it on the quality index
 * the question is about, where the model has a score: a low price never stands in for missing quality.
 */
function movedFrom(catalog: Catalog, query: Query, model: CatalogModel, how: { toSuccessor: boolean; cheaper: boolean; comparable?: string; worth?: boolean }): Query {
  const successor = model.replacement;
  if (how.toSuccessor && successor && catalog.byId.has(successor)) return asIntent(query, 'upgrade', { models: [model.id, successor] });
  // "What's replacing gpt-4o?", "successor to o1" with none on record: the later releases of its own line, if any.
  const later = how.toSuccessor && !how.cheaper && SUCCESSOR_ASKED.test(query.text) ? laterInLine(query, model, catalog) : undefined;
  if (later) return { ...later, notes: [`the catalog's sources name no successor to ${model.id}`, ...(later.notes ?? [])] };
  // "What replaced gpt-4o?" with no successor on record: said, before the models that can stand in for it.
  if (how.toSuccessor) query.notes = [...(query.notes ?? []), `the catalog's sources name no successor to ${model.id}: these are models that can stand in for it`];
  query.filters.like = model.id;
  // "Something like sonnet 4.5 at half the price", "cut our bill in half": a share of its month is the cap.
  const share = shareOfPriceIn(query.text) ?? billCutTo(query.text);
  if (share !== undefined) query.filters.likeShare = share;
  else if (how.cheaper) query.filters.cheaperThanLike = true;
  // "Like opus 4.5 with a bigger context", "similar to gpt-4o but newer": more of it than the model has, said.
  if (BIGGER_CONTEXT.test(query.text) && query.filters.minContext === undefined) {
    query.filters.minContext = model.contextWindow + 1;
    query.notes = [...(query.notes ?? []), `a bigger context than ${model.id}'s ${model.contextWindow.toLocaleString('en-US')} tokens`];
  }
  if (NEWER_THAN_IT.test(query.text) && model.released !== undefined && query.released === undefined && isDay(model.released)) {
    query.released = { since: dayAfter(model.released) };
    query.notes = [...(query.notes ?? []), `released after ${model.id} (${model.released})`];
  }
  if (how.comparable !== undefined && !query.filters.benchmarkFloors?.length) asGoodAs(catalog, query, model, how.comparable, how.worth === true);
  return asIntent(query, 'cheapest', { models: [] });
}

/**
 * Stand-ins held to the model's quality: a score of at least its own on the index the words are about (`worth`: a
 * model without the index is weighed on a score it has), said in the notes; where it has none, said so.
 */
export function asGoodAs(catalog: Catalog, query: Query, model: CatalogModel, words: string, worth = false): void {
  const { benchmark, score, index, instead } = qualityOf(catalog, model, words, worth);
  const lacking = instead ? `; ${model.id} has no ${instead} score` : '';
  query.notes = [
    ...(query.notes ?? []),
    score === undefined
      ? `${model.id} has no ${index} score: these can take its requests (its capabilities, inputs and context); how good they are next to it is not compared`
      : `stand-ins as good as ${model.id}: a score of at least ${score} on the ${index} (${model.id}: ${score}${lacking})`,
  ];
  if (score !== undefined) query.filters.benchmarkFloors = [{ benchmark, min: score }];
}

/** More context than the model stood in for: "with a bigger context", "but with more context". */
const BIGGER_CONTEXT = /\b(?:bigger|larger|longer|more)\s+context(?:\s+window)?\b/i;
/** Newer than the model stood in for: "but newer", "a newer one", "more recent". */
const NEWER_THAN_IT = /\b(?:but|and|yet)\s+(?:a\s+)?(?:newer|more recent)\b|\b(?:a\s+)?newer\s+(?:one|model|version)\b/i;

/** Words of a question in another language (Spanish, French, German, Portuguese): not read as English words or names. */
const OTHER_LANGUAGE =
  /[¿¡]|\b(?:cu[aá]l|qu[eé]|modelo|modelos|barato|m[aá]s|quel(?:le)?|mod[eè]le|moins|cher|welche[sr]?|modell|g[uü]nstig\w*|billig\w*|preis|kosten|pre[cç]o|custo|quanto|qual|econ[oô]mico)(?![\p{L}\p{N}])/iu;
export const inOtherLanguage = (text: string) => OTHER_LANGUAGE.test(text);

/**
 * A question read into a Query. A count of things with no size ("1M short texts a day") is asked for where a price
 * needs it, and said beside a lane's ranking, whose order its evidence decides at any volume.
 */
/** A ranking's word alone ("cheapest", "the newest?", "fastest one"): that ranking, at the defaults. */
export const RANKING_ALONE =
  /^\s*(?:and\s+)?(?:the\s+)?(?:(?:top\s+)?\d{1,3}\s+)?(?:cheapest|least expensive|priciest|most expensive|newest|latest|fastest|largest context|biggest context)(?:\s+(?:one|model|llm|option|ones|models|llms|options))?(?:\s+\d{1,3}|\s+(?:ranks?\s+|#)\d{1,3}\s*(?:-|–|to|through)\s*#?\d{1,3})?\s*[?.!]*\s*$/i;

export function parseQuestion(catalog: Catalog, raw: string): Query {
  const placing = placeAsked(catalog, raw);
  const placed = placing ? placeQuery(catalog, raw, placing) : undefined;
  if (placed) return placed;
  const read = settleVolumes(settleUnsized(readQuestion(catalog, raw)));
  const unasked = read.intent === 'unknown' && read.models.length === 0 && read.problems.length === 0;
  // "The cheapest one?", and "average price per million tokens" with no ranking word: the ranking (with its spread).
  const alone = unasked && (RANKING_ALONE.test(raw) || SPREAD.test(read.text));
  const query = alone ? { ...read, intent: 'cheapest' as const, order: rankingOrder(raw) ?? ('price' as const) } : read;
  const claim = query.intent === 'attribute' && query.models.length === 2 ? claimIn(query.text) : undefined;
  const full = FULL_DETAIL.test(query.text) ? { fullDetail: true as const } : {};
  const unread = unreadAsks(catalog, query);
  const spread = query.intent === 'cheapest' && SPREAD.test(query.text) ? { spread: true as const } : {};
  // A name read loosely ("sonnet" → the newest active Sonnet) and still asked about is said, with the others it could mean.
  // "Switching from openai to anthropic … on gpt-5": the stand-ins are the maker moved to's, not the one left.
  const movedTo = query.filters.like !== undefined ? makerMovedTo(catalog, query) : undefined;
  if (movedTo) query.filters = { ...query.filters, providers: [movedTo] };
  const { looseNames, ...asked } = query;
  const readAs = (looseNames ?? []).filter((l) => asked.models.includes(l.model)).map((l) => l.note);
  const notes = [...readAs, ...unread, ...languageNote(query)];
  return { ...asked, ...full, ...spread, ...(claim ? { claim } : {}), ...(notes.length > 0 ? { notes: [...(asked.notes ?? []), ...notes] } : {}) };
}

/**
 * "Where does gpt-5 rank on aider?", "is gpt-5 in the top 10 for coding?": the ranking the words after the name ask for,
 * with the model whose place is asked; with no ranking named, the cheapest (a follow-up takes the ranking before).
 */
function placeQuery(catalog: Catalog, raw: string, asked: PlaceAsked): Query | undefined {
  const place = { text: raw, placeOf: asked.name, ...(asked.within !== undefined ? { placeWithin: asked.within } : {}) };
  if (asked.before) return { ...parseQuestion(catalog, 'cheapest models'), ...place };
  const ranking = parseQuestion(catalog, `rank models ${asked.rest}`);
  if ((ranking.intent === 'cheapest' || ranking.intent === 'best') && ranking.problems.length === 0) return { ...ranking, ...place };
  const order = orderNamed(asked.rest);
  if (order) return { ...parseQuestion(catalog, 'cheapest models'), order, ...place };
  // "Where does gpt-5 rank on nonsense?": a place asked in so many words, in a ranking no words name, is its price's.
  if (!asked.ranked) return undefined;
  const cheapest = parseQuestion(catalog, 'cheapest models');
  return { ...cheapest, ...place, notes: [...(cheapest.notes ?? []), `“${asked.rest.slice(0, 60)}” names no ranking I can read: the place shown is by price`] };
}

/** A human language the work is in ("a support bot in german", "translate into japanese", "multilingual"). */
const LANGUAGE =
  /\b(?:(?:in|into|to|from|for)\s+(?:(?:the|our)\s+)?(?:english\s+(?:and|or|to)\s+)?(?:german|french|spanish|japanese|chinese|mandarin|cantonese|korean|portuguese|italian|dutch|arabic|hindi|russian|polish|turkish|swedish|norwegian|danish|finnish|greek|hebrew|vietnamese|thai|indonesian|ukrainian|czech|romanian|hungarian)(?:\s+(?:language|speakers?|users?|customers?|text))?|multilingual|multi-lingual|non-english|other languages)\b/i;

/**
 * A language the work is in, said not to be applied: the catalog records no language support or per-language scores, and
 * a language left unsaid would read as a filter that was applied.
 */
function languageNote(query: Query): string[] {
  if (query.reach === 'languages') return [];
  const m = LANGUAGE.exec(query.text);
  return m ? [`“${m[0].trim()}” is not applied: the catalog records no language support or per-language scores`] : [];
}

/** How prices spread across models: "average price", "median output price", "price range", "how many …", "cheapest and most expensive". */
const SPREAD =
  /\b(?:average|avg|mean|median|typical)\s+(?:\w+\s+)?(?:price|prices|cost|costs|pricing|rate|rates|spend)\b|\b(?:price|pricing|cost)\s+(?:range|spread|distribution)\b|\brange\s+of\s+(?:prices|costs)\b|\bhow\s+many\s+(?:[\w-]+\s+){0,4}?(?:models|llms|options)\b|\bcheapest\s+and\s+(?:the\s+)?(?:most\s+expensive|priciest|dearest)\b|\b(?:most\s+expensive|priciest|dearest)\s+and\s+(?:the\s+)?cheapest\b/i;

/** What a ranking's models are asked to have: "with telepathy", "that supports emotions" (the phrase ends a clause). */
const ASKED_TO_HAVE =
  /\b(?:with|having|supporting|that (?:has|have|can|supports?))\s+(?:an?\s+|the\s+|some\s+)?((?:\p{L}+[\s-]+){0,2}\p{L}{3,})\s*(?=[?.!,;]|\s+(?:and|or|for|at|under|below|from|please|pls)\b|$)/giu;
/** Words a ranking reads elsewhere, or that ask for nothing to filter on. */
const NOT_A_FILTER =
  /\b(?:latency|ttft|price|prices|pricing|cost|costs|budget|cheap|cheapest|lowest|longest|largest|biggest|highest|best|quality|performance|same|capabilities|tokens?|context|window|output|requests?|it|them|that|this)\b/i;

const plainRankings = new WeakMap<Catalog, Omit<Query, 'text'>>();
/** "Cheapest model" as read, bar its words: what a phrase read as nothing leaves. */
function plainRanking(catalog: Catalog): Omit<Query, 'text'> {
  let plain = plainRankings.get(catalog);
  if (!plain) {
    const { text: _asked, ...read } = readQuestion(catalog, 'cheapest model with');
    plain = read;
    plainRankings.set(catalog, plain);
  }
  return plain;
}

/** A price near a figure: "around $1", "~$2", "= $1". */
const PRICE_NEAR =
  /(?:\b(?:around|about|roughly|approximately|close to|near|exactly)\s+|[~≈=]\s*)\$\s*\d[\d,]*(?:\.\d+)?\s*k?(?:\s*(?:\/|per|a)\s*(?:month|mo|million|1m|mtok)\b)?/i;

/**
 * "Cheapest model with telepathy": what the models of a ranking are asked to have, when it reads as no filter, is said
 * (the ranking would otherwise drop it unsaid), with what the catalog can filter on.
 */
function unreadAsks(catalog: Catalog, query: Query): string[] {
  if (query.intent !== 'cheapest' && query.intent !== 'best') return [];
  const notes: string[] = [];
  // "Cheapest model around $1", "~$2": a price near a figure bounds nothing, and is said.
  const near = PRICE_NEAR.exec(query.text);
  const bounded = PRICE_BOUNDS.some((b) => query.filters[b.min] !== undefined || query.filters[b.max] !== undefined) || query.filters.maxMonthlyUsd !== undefined;
  if (near && !bounded && query.budget === undefined) {
    const said = near[0].trim().replace(/^(?:around|about|roughly|approximately|close to|near|exactly|[~≈=])\s*/i, '');
    const per = /\b(?:per|a|month|mo)\b|\//i.test(said) ? '' : ' (a month at this volume; add per million for a token price)';
    notes.push(`“${near[0].trim()}” was read as no bound: a price is bounded with under or over, such as under ${said} or over ${said}${per}`);
  }
  for (const m of query.text.matchAll(ASKED_TO_HAVE)) {
    const phrase = (m[1] ?? '').trim();
    const words = phrase.toLowerCase().split(/[\s-]+/);
    if (words.every((w) => FILLER.has(w)) || NOT_A_FILTER.test(phrase)) continue;
    // "With a higher coding score" than a model named is its score's floor, read already.
    if (HIGHER_SCORE.test(phrase) && (query.filters.benchmarkFloors?.length ?? 0) > 0) continue;
    // Read as anything at all (a filter, a way of buying, a lane, a note), it is not said to be unread.
    const { text: _asked, ...alone } = readQuestion(catalog, `cheapest model with ${phrase}`);
    if (JSON.stringify(alone) === JSON.stringify(plainRanking(catalog)))
      notes.push(
        `“${m[0].trim().slice(0, 60)}” was read as no filter: the catalog records capabilities (such as vision, reasoning, function calling, structured outputs), inputs, context, output, speed, prices, release dates and benchmark scores`,
      );
  }
  return notes;
}

/** "The full comparison", "every row", "more details": the whole comparison, where a channel reply is brief. */
const FULL_DETAIL =
  /\b(?:full|whole|complete|entire|detailed)\s+(?:comparison|breakdown|table|details?|version)\b|\b(?:all|every)\s+(?:the\s+)?rows\b|\bin full\b|\bmore details?\b|\bshow (?:me )?everything\b/i;

/** "10x cheaper", "3 times more expensive", "50% cheaper": a gap claimed between the models, checked by the answer. */
const CLAIM = /(?<![\w.])(\d+(?:\.\d+)?)\s*(x|×|times|%|percent)\s+(cheaper|less expensive|lower|more expensive|pricier|costlier|dearer|higher)\b/i;
/** "Twice as expensive as", "three times the price of", "half the price of", "a third the cost of". */
const CLAIM_AS = new RegExp(CLAIM_AS_SOURCE, 'i');
const TIMES_WORDS: Record<string, number> = { twice: 2, double: 2, 'two times': 2, thrice: 3, triple: 3, 'three times': 3, 'four times': 4, 'five times': 5, 'ten times': 10 };
const PART_WORDS: Record<string, number> = { half: 2, 'a half': 2, 'a third': 3, 'one third': 3, 'a quarter': 4, 'one quarter': 4, 'a fourth': 4, 'a tenth': 10 };

function claimIn(text: string): PriceClaim | undefined {
  const as = CLAIM_AS.exec(text);
  if (as) {
    const said = (as.groups?.times ?? '').toLowerCase().replace(/\s+/g, ' ');
    const part = PART_WORDS[said];
    const times = part ?? TIMES_WORDS[said] ?? Number(/^(\d+(?:\.\d+)?)/.exec(said)?.[1]);
    if (!Number.isFinite(times) || times <= 0) return undefined;
    // "Half the price of B", "twice as cheap as B": the first is the cheaper; "twice as expensive as", "three times the price of": the dearer.
    return { cheaper: part !== undefined || /^cheap$/i.test(as.groups?.adjective ?? ''), times };
  }
  const m = CLAIM.exec(text);
  const n = Number(m?.[1]);
  if (!m || !Number.isFinite(n) || n <= 0) return undefined;
  const cheaper = /^(?:cheaper|less expensive|lower)$/i.test(m[3] as string);
  return /%|percent/i.test(m[2] as string) ? { cheaper, percent: n } : { cheaper, times: n };
}

/**
 * A count of things with no size, read: a note beside a lane's ranking; a problem wherever a price depends on it (a
 * price ranking too: how many tokens an image or a reply takes differs between models and decides the order).
 */
export function settleUnsized({ unsized, ...query }: Query): Query {
  if (unsized?.costOnly) {
    if (query.intent !== 'cost' || query.split !== undefined) return query;
    return { ...query, problems: [...query.problems, unsized.problem], notes: (query.notes ?? []).filter((n) => n !== unsized.note) };
  }
  if (!unsized || query.intent !== 'best') return query;
  return { ...query, problems: query.problems.filter((p) => p !== unsized.problem), notes: [...(query.notes ?? []), unsized.note] };
}

/** More volumes than a reply shows side by side. */
const MAX_VOLUMES = 8;

/**
 * Several months' volumes ("at 10M, 50M and 100M tokens") are answered where each can be shown side by side: one
 * model's cost by the month, a comparison and a move. Anywhere else (a ranking, a budget, a day's cost) which one was
 * meant is the asker's to say; carried into a follow-up that takes one (`inherited`), the first is answered, and said.
 */
export function settleVolumes(asked: Query, inherited = false): Query {
  if (!asked.volumes) return asked;
  // "Is gpt-5 cheaper than o3 at 10M and 1B tokens?": the comparison, its cost rows at each volume with their winners.
  const query = asked.intent === 'attribute' && asked.attribute === 'price' && asked.models.length >= 2 ? { ...asked, intent: 'compare' as const, attribute: null } : asked;
  const { volumes, ...rest } = query;
  if (!volumes) return query;
  const cost =
    query.intent === 'cost' &&
    query.split === undefined &&
    query.people === undefined &&
    query.forCount === undefined &&
    query.budget === undefined &&
    query.batchShare === undefined;
  const shown = (cost || query.intent === 'compare' || query.intent === 'upgrade') && query.per === undefined && spansAsked(query).length === 0 && !query.term;
  if (shown && volumes.length <= MAX_VOLUMES) return query;
  // Volumes a follow-up carried over from the question before ("the cheapest of them?"): the first is the one answered.
  if (inherited && !shown) return { ...rest, notes: [...(query.notes ?? []), `at ${tokens(query.tokens ?? 0)} tokens a month, the first of the volumes asked before`] };
  const said = volumes.map((v) => Math.round(v).toLocaleString('en-US'));
  const list = said.length <= 4 ? wordList(said) : `${said.slice(0, 3).join(', ')} … ${said.at(-1)}`;
  const given = `${volumes.length === 2 ? 'Two' : volumes.length} volumes given (${list} tokens a month)`;
  const problem = shown
    ? `${given}: give at most ${MAX_VOLUMES}, such as at 10M, 50M and 100M tokens.`
    : cost || query.intent === 'compare'
      ? `${given}: a cost by the hour, day, week or year, over a term or per request takes one volume, such as 50M tokens over 6 months; several are priced side by side by the month, such as at 10M, 50M and 100M tokens.`
      : `${given}: give one volume for the month, such as 50M tokens (one model's monthly cost, or a comparison, takes several: at 10M, 50M and 100M tokens).`;
  return { ...rest, problems: [...query.problems, problem] };
}

/** "Compare gpt-5, o3 and sonnet 4.5 without o3": the models left out again are taken out of those named, and said so. */
function leftOutAgain(catalog: Catalog, query: Query, again: readonly string[]): void {
  const idOf = (name: string) => {
    const found = resolveModel(catalog, name);
    return found.kind === 'found' ? found.model.id : name;
  };
  const kept = query.models.filter((name) => !again.includes(idOf(name)));
  if (kept.length === query.models.length) return;
  if (kept.length === 0) {
    query.problems.push(`Leaving out ${wordList([...again])} leaves no model named: name the ones to keep, such as compare gpt-5, o3 and sonnet 4.5 without o3.`);
    return;
  }
  query.models = kept;
  query.notes = [...(query.notes ?? []), `${wordList([...again])} left out, as asked`];
}

/** "4.1m" or "5m" as one side of "vs" or "or", the other a model: that number's mini model, not a volume of tokens. */
const MINI_FIRST = /^(\s*)(\d+(?:\.\d+)?)m(\s+(?:vs\.?|versus|or)\s+)(.+)$/i;
const MINI_LAST = /^(.+?\s+(?:vs\.?|versus|or)\s+)(\d+(?:\.\d+)?)m(\s*[?.!]*\s*)$/i;

function miniShorthand(catalog: Catalog, text: string): { text: string; note?: string } {
  const first = MINI_FIRST.exec(text);
  const last = first ? undefined : MINI_LAST.exec(text);
  const [number, other] = first ? [first[2], first[4]] : last ? [last[2], last[1]] : [];
  if (number === undefined || other === undefined || findModelNames(catalog, other, false).length === 0) return { text };
  const mini = resolveModel(catalog, `${number} mini`);
  if (mini.kind !== 'found') return { text };
  const read = first ? `${first[1]}${number} mini${first[3]}${first[4]}` : `${last?.[1]}${number} mini${last?.[3]}`;
  return { text: read, note: `“${number}m” read as ${mini.model.id}, not ${number}M tokens` };
}

/** A word asked to be had ("with vison", "supports reasonng"), where a misspelt capability would otherwise be dropped. */
const HAD_WORD = /\b(with|w\/?|supports?|supporting|has|having|and|plus|that can do|can do)\s+((?:\p{L}+\s+){0,2}\p{L}{5,})\b/giu;
/** Everyday words a letter or two from a capability's ("through" from "thought"): never read as a typo of one. */
const ORDINARY_WORDS = new Set(['through', 'though', 'thorough', 'throughout', 'thoughtful']);

/** A vocabulary word with an ending ("cached", "caching" of "cache"): a word of its own, not a typo of it. */
function inflected(word: string, vocabulary: readonly string[]): boolean {
  const stem = word.replace(/(?:ing|ed|es|er|ly|s|d)$/, '');
  return stem !== word && vocabulary.some((v) => v === stem || v.replace(/e$/, '') === stem);
}

const capabilityVocabulary = new WeakMap<Catalog, string[]>();

/**
 * "Cheapest model w vison": a capability's word misspelt by a letter or two (never its first letter, never a word of
 * a model's name or one the grammar reads), after a word that asks for it, is read as that word, and said so.
 */
function capabilityTypos(catalog: Catalog, text: string): { text: string; notes: string[] } {
  let vocabulary = capabilityVocabulary.get(catalog);
  if (!vocabulary) {
    const phrases = Object.values(catalog.capabilityWords ?? {}).flat();
    vocabulary = [...new Set(phrases.flatMap((p) => p.toLowerCase().split(/[\s-]+/)).filter((w) => /^\p{L}{4,}$/u.test(w)))];
    capabilityVocabulary.set(catalog, vocabulary);
  }
  const names = wordsOfNames(catalog);
  const notes: string[] = [];
  const corrected = (typed: string): string => {
    const w = typed.toLowerCase();
    if (w.length < 5 || vocabulary.includes(w) || names.has(w) || FILLER.has(w) || ORDINARY_WORDS.has(w) || inflected(w, vocabulary)) return typed;
    const within = w.length >= 7 ? 2 : 1;
    const meant = vocabulary.find((v) => v[0] === w[0] && Math.abs(v.length - w.length) <= within && distance(v, w) <= within);
    if (!meant) return typed;
    notes.push(`“${typed}” read as “${meant}”`);
    return meant;
  };
  const read = text.replace(HAD_WORD, (_all, lead: string, words: string) => `${lead} ${words.split(/\s+/).map(corrected).join(' ')}`);
  // "Best model for codding": a kind of work's one word, a slip off, after "for" or "at".
  let work = laneVocabulary.get(catalog);
  if (!work) {
    work = [...new Set(catalog.lanes.flatMap((l) => l.keywords.flatMap((k) => k.toLowerCase().split(/[\s-]+/))).filter((w) => /^\p{L}{5,}$/u.test(w)))];
    laneVocabulary.set(catalog, work);
  }
  const laneWords = work;
  const workRead = read.replace(FOR_WORK, (all, lead: string, typed: string) => {
    const w = typed.toLowerCase();
    if (laneWords.includes(w) || vocabulary.includes(w) || names.has(w) || FILLER.has(w) || ORDINARY_WORDS.has(w) || inflected(w, laneWords)) return all;
    // One slip: a letter added, dropped or changed, or two neighbours swapped ("extraciton"); never another form of a word.
    const swapped = (v: string) => [...w].some((_, i) => i + 1 < w.length && `${w.slice(0, i)}${w[i + 1]}${w[i]}${w.slice(i + 2)}` === v);
    const meant = laneWords.find((v) => v[0] === w[0] && Math.abs(v.length - w.length) <= 1 && (distance(v, w) <= 1 || swapped(v)));
    if (!meant) return all;
    notes.push(`“${typed}” read as “${meant}”`);
    return `${lead}${meant}`;
  });
  return { text: workRead, notes };
}
const laneVocabulary = new WeakMap<Catalog, string[]>();
/** The one word after "for" or "at" that may name a kind of work ("for codding"). */
const FOR_WORK = /\b((?:for|at)\s+)(\p{L}{5,})\b/giu;

/** Anthropic's coding tool, named where a model would be ("gpt-5 codex vs claude code"). */
const CLAUDE_CODE = /\bclaude[\s-]code\b/i;
const EVERY_CLAUDE_CODE = new RegExp(CLAUDE_CODE.source, 'gi');

/**
 * "Claude Code" in a question about models is the Claude models it runs (its seat price, asked as such, is a plan's):
 * read as "claude", said, so "code" never names another maker's coding model.
 */
function toolAsModels(text: string): { text: string; note?: string } {
  if (!CLAUDE_CODE.test(text) || outOfReach(text) === 'subscription') return { text };
  return {
    text: text.replace(EVERY_CLAUDE_CODE, 'claude'),
    note: "“Claude Code” is Anthropic's coding tool, billed by the tokens of the Claude model it runs: read as claude",
  };
}

function readQuestion(catalog: Catalog, raw: string): Query {
  const shorthand = miniShorthand(catalog, cleanQuestion(raw));
  const spelled = capabilityTypos(catalog, shorthand.text);
  const tool = toolAsModels(spelled.text);
  // "What will it cost after the price change?" asks a price on a day, not the price history its words would.
  const afterChange = afterChangeIn(tool.text);
  const text = afterChange ?? tool.text;
  const query = emptyQuery(raw.slice(0, 2000));
  if (afterChange !== undefined) query.pricedOn = { nextChange: true };
  const said = [...(shorthand.note ? [shorthand.note] : []), ...spelled.notes, ...(tool.note ? [tool.note] : [])];
  if (said.length > 0) query.notes = said;
  // Read as English, its articles would be names ("o" is a model series): said to need English instead.
  if (inOtherLanguage(text)) return asIntent(query, 'unknown');
  // "What does blended price mean?", "where do your prices come from?", "which lanes do you have?": the bot's own figures
  // and words, explained.
  const topic = helpTopicIn(text);
  if (topic && findModelNames(catalog, text, false).length === 0) {
    // "How does the terminal lane decide?": that lane's rule.
    const lane = topic === 'lanes' ? explainedIn(catalog, text)?.lane : undefined;
    return asIntent(query, 'help', { topic, ...(lane ? { lane } : {}) });
  }
  // "What is SWE-bench Pro?", "what does the aider benchmark measure?", "what is the terminal lane?": that one explained.
  const explained = WHAT_IS.test(text) && findModelNames(catalog, text, false).length === 0 ? explainedIn(catalog, text) : undefined;
  if (explained) return asIntent(query, 'help', explained);
  if (text !== '' && THANKS.test(text)) return asIntent(query, 'help', { topic: 'thanks' });
  if (text === '' || HELP.test(text) || HELP_ANYWHERE.test(text)) return asIntent(query, 'help');
  // "Migrating from openai to anthropic": a move is between models; each maker's flagship is offered as an example.
  const makers = MAKER_MOVE.exec(text);
  if (makers && findModelNames(catalog, text, false).length === 0) {
    const [from, to] = [makers[1] ?? '', makers[2] ?? ''].map((w) => providersNamedBy(w, catalog.providers)[0]);
    if (from && to && from !== to) return asIntent(query, 'upgrade', { problems: [makerMoveProblem(catalog, from, to)], modelProblem: true });
  }
  // "Is $0.50 per million input cheap?": that price set against every current model's, on its side.
  const standing = PRICE_ALONE_STANDING.exec(text);
  if (standing && findModelNames(catalog, text, false).length === 0) {
    const side = standing.groups?.side ?? standing.groups?.side2;
    const mix = side === undefined ? query.mix : /^in/i.test(side) ? { input: 1, output: 0 } : { input: 0, output: 1 };
    const priced = { spread: true as const, spreadAgainstPrice: Number(standing.groups?.amount), mix, models: [] };
    return asIntent({ ...query, filters: {} }, 'cheapest', priced);
  }
  // What the catalog cannot know (a team's own spend, hardware sizing, how-to) gets an honest answer, not a ranking.
  const reach = outOfReach(text);
  // "our spend on X for 70M a week" prices a volume: that is a cost question, not the team's bill; so is "cost per seat
  // for 50 developers using codex at 2M tokens a day each" (API tokens per person, not a plan's seat price).
  const priced = () => (extractProfile(text).query.tokens ?? null) !== null;
  const forecast = (reach === 'spend' && priced()) || (reach === 'subscription' && !NAMED_PLAN.test(text) && priced());
  if (reach && !forecast) {
    // Each model named that the catalog has ("llama 3.3 70b"), by its id, for what to ask instead.
    const models = findModelNames(catalog, text, true).flatMap((n) => {
      const found = resolveModel(catalog, n.name);
      return found.kind === 'found' ? [found.model.id] : [];
    });
    return asIntent(query, 'cannot-see', { reach, models });
  }
  // "how do I set up the digest?": this channel's subscription, which says how to turn it on.
  if (/^\s*how\b/i.test(text) && /\bdigest\b/i.test(text)) return asIntent(query, 'digest', { digest: { action: 'status' } });
  // "What are our settings?", "set our default volume to 50M tokens": the workspace's defaults, as /models settings.
  const settings = settingsInWords(text);
  if (settings?.action === 'error') return asIntent(query, 'settings', { problems: [settings.message] });
  if (settings) return asIntent(query, 'settings', { settings });
  // "Notify me when gpt-5's price changes", "what are you watching?": a watch, as /models watch sets one.
  const watch = watchInWords(catalog, text);
  if (watch && 'problem' in watch) return asIntent(query, 'watch', { problems: [watch.problem] });
  if (watch) return asIntent(query, 'watch', { watch });
  const subscription = subscriptionInWords(text);
  if (subscription?.action === 'error') return asIntent(query, 'digest', { problems: [subscription.message] });
  if (subscription) return asIntent(query, 'digest', { digest: subscription });
  // "When does gemini-3.8-flash's price change?", "price changes for gpt-5?" ask about one model's prices (its schedule,
  // its history on the card), not the week's changes.
  // "How have gemini flash prices changed over time?", "price history of claude sonnet": a line's releases, newest first,
  // each at its price today (one model's dated prices are on its card).
  const line = LINE_HISTORY.exec(text);
  const lineWord = (line?.[1] ?? line?.[2] ?? line?.[3] ?? '').replace(/^(?:the|all)\s+/i, '').trim();
  const lineFamilies = lineWord ? familiesNamed(catalog, lineWord) : [];
  const lineModel = lineFamilies.length > 0 ? resolveModel(catalog, lineWord) : undefined;
  // A family's word ("claude sonnet", "gemini flash"), not one model's name, nor the end of one ("gemini 2.5 flash").
  const oneModel =
    (lineModel?.kind === 'found' && lineModel.matchedBy !== 'partial' && lineModel.matchedBy !== 'family-rule') ||
    findModelNames(catalog, text, false).some((n) => n.typed.length > lineWord.length && n.typed.toLowerCase().includes(lineWord.toLowerCase()));
  // Asked over a span ("since last year"), the change of prices in it is the digest's.
  if (lineFamilies.length > 0 && !oneModel && rangeInWords(text) === undefined) {
    query.filters.families = lineFamilies;
    query.filters.includeDeprecated = true;
    query.notes = [
      ...(query.notes ?? []),
      `the ${lineWord} models newest first (deprecated ones too), each at its price today; /models model <name> shows one model's dated prices`,
    ];
    return asIntent(query, 'cheapest', { models: [], order: 'newest', top: query.top ?? MAX_TOP });
  }
  // "How have zzz prices changed?": a word that names no family, maker or model is said, not dropped for every maker's.
  // Said only where a line's history is asked in so many words ("over time", "history", "evolved"), not of every change.
  const historyAsked = OVER_TIME.test(text) || /\b(?:history|evolv\w*|trend\w*)\b/i.test(text);
  if (
    historyAsked &&
    lineWord &&
    lineFamilies.length === 0 &&
    !namesSomething(catalog, lineWord) &&
    !PRICE_ADJECTIVE.test(lineWord) &&
    !/\b(?:day|week|month|quarter|year|today|yesterday|weekly|monthly)s?\b/i.test(lineWord) &&
    findModelNames(catalog, text, false).length === 0
  )
    return asIntent(query, 'digest', {
      problems: [
        `“${lineWord.slice(0, 40)}” names no provider, model family or model in the catalog: ask about a provider (such as openai) or a family (such as gemini flash), or leave it out for every provider's prices.`,
      ],
    });
  // "What's new in sonnet 5.5 vs 4.5?" sets the models named against each other.
  const ofPrices = PRICE_SCHEDULE.test(text) || PRICE_HISTORY.test(text);
  const changes = DIGEST.test(text) || NEW_MODELS.test(text);
  const named = ofPrices || changes ? findModelNames(catalog, text, false).length : 0;
  // "At what volume does gpt-5 become cheaper than sonnet 4.5?" sets them against each other too.
  const setAgainst = named >= 2 && /\bvs\.?(?=\s)|\bversus\b|\bcompared?\s+(?:to|with)\b|\b(?:cheaper|pricier|dearer|(?:more|less) expensive)\s+than\b/i.test(text);
  // "What's new with gpt-5.5?" asks about that model (its card: release, prices and what is scheduled), not the week.
  const newsOfOne = named === 1 && /\b(?:what'?s|what is|anything) new (?:with|in|for|about|on)\b/i.test(text);
  // "Did gpt-4o's prices drop?", "what changed for gpt-4o this month": that model's dated prices (its card), not everyone's.
  const digestWords = changes && !(ofPrices && named > 0) && named !== 1 && !setAgainst && !newsOfOne;
  // "How does gemini 2.5 pro's pricing change above 200k tokens?" asks for its long-prompt price, not the week's changes.
  const longPromptOfModel = digestWords && extractProfile(text).query.promptTokens != null && named > 0;
  // "How much did opus get cheaper with 4.5?": that version's price set against the version before it in its family.
  const byVersion = changes ? priceOfVersion(catalog, query, text) : undefined;
  if (byVersion) return byVersion;
  // "What's new in gpt-6?", a name several models share: the newest of them, not the week's changes.
  // A maker's word alone ("what's new with gemini", not "gpt-6") asks for its week in the digest.
  const newsOfName = digestWords && named === 0 ? NEWS_OF_NAME.exec(text) : null;
  if (newsOfName && !(/^[^\s\d]+$/.test(newsOfName[1] as string) && providersNamedBy(newsOfName[1] as string, catalog.providers).length > 0)) {
    const newest = parseQuestion(catalog, `newest ${newsOfName[1]} models`);
    if (newest.intent === 'cheapest' && newest.problems.length === 0 && (newest.filters.named !== undefined || newest.filters.families !== undefined)) return { ...newest, text };
  }
  if (digestWords && !longPromptOfModel) {
    const providers = extractProfile(text, { providerWords: true, capabilityWords: false, providers: catalog.providers }).query.filters.providers;
    // "How have openai prices changed over time?": every change the catalog records, from its first dated price.
    const range = rangeInWords(text) ?? (OVER_TIME.test(text) ? { from: firstPriceDay(catalog) } : 'last-7-days');
    const problem = rangeProblem(range);
    if (problem) return asIntent(query, 'digest', { problems: [problem] });
    // "Which models got cheaper this year?", "any price hikes?": only the prices that moved that way.
    const direction = directionInWords(text);
    // "What models came out in october?", "any new models this week?": the models released, not what prices did.
    // "New models and price cuts this week": both.
    const newModels = direction === undefined ? !ofPrices && !PRICE_TALK.test(text) && RELEASES_ASKED.test(text) : RELEASES_AND_MOVES.test(text);
    return asIntent(query, 'digest', {
      digest: { action: 'preview', range, ...(providers?.length ? { providers } : {}), ...(direction ? { direction } : {}), ...(newModels ? { newModels } : {}) },
    });
  }

  // "gpt-5 vs the cheapest model with vision": each ranking is its own question, compared by its top model.
  const composite = picksIn(catalog, text, (phrase) => parseQuestion(catalog, phrase));
  if (composite) {
    const profiled = [...composite.picks, ...text.split(/\s+(?:vs\.?|versus|against)\s+/i).map((side) => ({ ...emptyQuery(side), ...extractProfile(side).query }))];
    const withVolume = profiled.find((q) => q.tokens !== null && q.tokens !== undefined);
    return asIntent(query, 'compare', { models: composite.models, picks: composite.picks, tokens: withVolume?.tokens ?? null, mix: withVolume?.mix ?? null });
  }

  // "Compare the cheapest 3 models with 1M context": that ranking's first models, side by side.
  const firstOfRanking = /^\s*(?:compare|show me a comparison of|side[- ]by[- ]side(?: of)?)\s+(.+)$/i.exec(text);
  if (firstOfRanking && findModelNames(catalog, text, false).length === 0) {
    const ranking = parseQuestion(catalog, firstOfRanking[1] as string);
    // "Compare the newest model from each of openai, anthropic and google": one from each maker named; so is "compare the
    // newest models from openai, anthropic and google" (an order asked of makers set side by side is each one's first).
    const named = ranking.filters.providers?.length ?? 0;
    const ordered = rankingOrder(firstOfRanking[1] as string) !== undefined;
    if (!ranking.filters.eachProvider && ordered && named >= 2 && named <= MAX_COMPARED && ranking.top === null && ranking.intent === 'cheapest') {
      ranking.filters.eachProvider = true;
      ranking.notes = [...(ranking.notes ?? []), 'one model from each maker named, its first in that order'];
    }
    const makers = ranking.filters.eachProvider ? (ranking.filters.providers?.length ?? 0) : 0;
    const n = makers >= 2 ? makers : (ranking.top ?? 0);
    if ((ranking.intent === 'cheapest' || ranking.intent === 'best') && ranking.problems.length === 0 && n >= 2 && n <= MAX_COMPARED)
      return asIntent(query, 'compare', { picks: [{ ...ranking, firstOf: n }], tokens: ranking.tokens, mix: ranking.mix });
  }

  const { masked, exact, blanked } = maskModelNames(catalog, text);
  // A benchmark's name ("Terminal-Bench 2.0") is not a lane's word ("terminal"), and a floor on it is a filter.
  const benchmarkHit = benchmarkIn(catalog, text);
  const withoutBenchmark = (t: string) => (benchmarkHit ? `${t.slice(0, benchmarkHit.start)} ${' '.repeat(benchmarkHit.end - benchmarkHit.start)}${t.slice(benchmarkHit.end)}` : t);
  // Lanes are found before capability words are taken as filters ("screenshot-heavy" is a lane); a negated word
  // ("non-reasoning", "not from openai") names no lane.
  const words = catalog.capabilityWords ?? {};
  const laneHit = laneMatch(catalog, withoutBenchmark(withoutOutputModalities(withoutLongPromptPricing(withoutNegations(text, words, catalog.providers)))));
  // An attribute word inside a lane's phrase ("context" in "long-context RAG") belongs to the lane, and one inside a
  // model's name ("reasoning" in "command-a-reasoning") to the model.
  // "With 50% caching" is the profile's cached share, not a question about the prompt-caching capability.
  const asked = withoutCacheShares(withoutBenchmark(withoutLongPromptPricing(withoutNegations(blanked, words, catalog.providers))));
  const attributeAsked = (purposeToo: boolean) =>
    attributesOf(catalog).find((a) => {
      const m = a.words.exec(asked);
      if (m === null) return false;
      if (laneHit && m.index >= laneHit.start && m.index + m[0].length <= laneHit.end && m[0].length < laneHit.end - laneHit.start) return false;
      // "Is o3 or o4-mini cheaper for reasoning?": a capability after "for" is what the models are for, so the other
      // attribute asked (the price) is the question; alone ("good for vision?") it is still read.
      return purposeToo || !(a.row.startsWith('capability.') && /\bfor\s+(?:the\s+|some\s+)?$/i.test(asked.slice(0, m.index)));
    });
  const attribute = attributeAsked(false) ?? attributeAsked(true);
  // "80% to gpt-5-mini and 20% to gpt-5": the shares (or each model's tokens) leave the text the profile reads.
  const split = readSplit(masked, exact);
  if (split && 'problem' in split) return asIntent(query, 'cost', { problems: [split.problem], modelProblem: true });
  // "Except llama and gpt-5", "excluding qwen, mistral or llama": what a list leaves out, read whole before any of it is
  // read as asked for.
  const against = releasedAgainst(catalog, split ? split.rest : masked, exact);
  const leftOut = readLeftOut(catalog, against.rest, exact);
  const { floors, rest: floorless, notes: floorNotes } = readScoreFloors(catalog, leftOut.rest);
  const {
    rest,
    query: found,
    each,
  } = extractProfile(floorless, {
    providerWords: true,
    capabilityWords: true,
    providers: catalog.providers,
    ...(catalog.capabilityWords ? { capabilities: catalog.capabilityWords } : {}),
    modelSize: modelSizeIn(catalog),
  });
  apply(query, found);
  leaveOut(query.filters, leftOut);
  if (against.released && query.released === undefined) {
    query.released = against.released;
    query.notes = [...(query.notes ?? []), against.note];
  }
  if (query.filters.maxMonthlyUsd !== undefined) query.filters.maxMonthlyUsd = monthShare(text, query, query.filters.maxMonthlyUsd);
  if (floors.length > 0) query.filters.benchmarkFloors = floors;
  if (floorNotes.length > 0) query.notes = [...(query.notes ?? []), ...floorNotes];
  // Words of the lane ("codex cloud", "code review"), a benchmark or a host are not model names.
  // Every host is taken out ("deepinfra vs together for qwen3 235b"), each blanked in place so the next is found where it is.
  const blank = (text: string, hit: { start: number; end: number } | undefined) =>
    hit ? `${text.slice(0, hit.start)}${' '.repeat(hit.end - hit.start)}${text.slice(hit.end)}` : text;
  // The benchmark first: a lane's word inside its name ("terminal" in terminal-bench-2) would leave "-bench-2" to read.
  let nameText = blank(rest, benchmarkIn(catalog, rest));
  nameText = blank(nameText, laneMatch(catalog, nameText));
  for (let host = hostIn(catalog, nameText), guard = 0; host && guard < 6; host = hostIn(catalog, nameText), guard++) nameText = blank(nameText, host);
  // "Except llama", "excluding gemma models": those families left out, never read as asked for.
  const excluded = readExcludedFamilies(catalog, nameText);
  if (excluded.families.length > 0) query.filters.excludeFamilies = excluded.families;
  const family = readFamilyPhrase(catalog, excluded.rest);
  if (family.families.length > 0) query.filters.families = family.families;
  // "models named gpt-5", "called gemini 3": the name every ranked model answers to.
  const namedPhrase = readNamedPhrase(catalog, family.rest, exact);
  if (namedPhrase.named !== undefined) query.filters.named = namedPhrase.named;
  const nameRest = namedPhrase.named !== undefined ? namedPhrase.rest : family.rest;
  const names = findModelNames(catalog, nameRest, true, exact);
  // "gpt-image-1 price", "whisper pricing": a model the catalog knows it does not cover is named, and said so (its
  // words, "image" or "audio", are no filter); "cheapest whisper model" is a family, said below.
  const outside = outOfScopeNameIn(catalog, text);
  const asOutside = () => asIntent({ ...query, filters: {} }, 'model', { models: [outside as string] });
  if (outside !== undefined && names.length > 0) return asOutside();
  // "Is there a free version of deepseek v4?": "free" asks for an endpoint, it begins no model's name.
  query.models = names.map((n) => (n.exact ? n.name : n.name.replace(/^free\s+/i, '')));
  const loose = names.flatMap((n) => (n.note !== undefined ? [{ model: n.name, note: n.note }] : []));
  if (loose.length > 0) query.looseNames = loose;
  if (leftOut.again.length > 0) leftOutAgain(catalog, query, leftOut.again);
  batchSides(query, masked, exact);
  cacheSides(query, masked, exact);
  if (split)
    return asIntent(query, 'cost', {
      split: split.parts,
      ...('movedFrom' in split && split.movedFrom ? { movedFrom: split.movedFrom } : {}),
      ...('eachOwn' in split && split.eachOwn ? { eachOwn: true as const } : {}),
    });
  const peers = names.length === 1 ? otherSide(catalog, query, names[0] as FoundName, nameRest) : undefined;
  if (peers) return peers;
  familyAsFilter(catalog, query, names, text);
  nameAsFilter(catalog, query, names, text, masked, exact);
  // "Cheapest flash models" ranks the families the word names; "cheapest gemma model", with no gemma in the catalog,
  // says so rather than ranking every model.
  const before = names.length === 0 && !query.filters.families && query.filters.named === undefined ? familyBeforeModels(catalog, nameRest) : undefined;
  if (outside !== undefined && before === undefined) return asOutside();
  if (before && 'families' in before) query.filters.families = before.families;
  else if (before) {
    query.problems.push(unknownFamilyProblem(before.unknown));
    if (before.unknown.scope) query.outOfScope = true;
  }
  versusFamily(query, blanked);
  familyAgainstFamily(catalog, query, blanked);
  if (query.models.length === 0) lineWordAsFamilies(catalog, query, blanked);
  // Latency is asked, output speed is what the catalog measures: answered with speed, and said.
  if (/\b(?:latency|time to first (?:token|byte)|ttft|response time)\b/i.test(blanked))
    query.notes = [...(query.notes ?? []), 'the catalog records measured output speed (tokens per second), not latency or time to first token'];
  // "Cheapest embedding model", "cost to embed 1B tokens": a kind of model the catalog does not cover is said so.
  const scope = query.models.length === 0 ? outOfScopeAsked(blanked) : undefined;
  if (scope && !query.outOfScope) {
    // First: what the rest of the question would need (a size, a volume) matters only once it is about a model covered.
    query.problems.unshift(scope);
    query.outOfScope = true;
  }
  longPromptPrice(catalog, query, text);
  cachingAsked(query, text);
  const count = query.models.length;
  if (count === 0) aboveAverage(catalog, query, text);
  if (count === 0 && !benchmarkHit) uncarriedRanking(catalog, query, asked);
  // "Cheapest model on bedrock": a ranking of what is bought there.
  if (count === 0) {
    const { hosts, leftOut: hostsLeft } = readHosts(catalog, text);
    if (hosts.length > 0) query.filters.hosts = hosts;
    if (hostsLeft.length > 0) query.problems.push(hostsLeftOutProblem(hostsLeft));
  }
  // "Cheapest per task on aider", "lowest cost per task": ranked by what published runs cost per task.
  if (count === 0 && PER_TASK.test(text)) {
    if (benchmarkHit) query.filters.scoredOn = benchmarkHit.id;
    return asIntent(query, 'cheapest', { order: 'task' });
  }
  // "Best aider score per dollar": price against that benchmark's score.
  if (count === 0 && benchmarkHit && floors.length === 0 && VALUE.test(text)) {
    query.filters.scoredOn = benchmarkHit.id;
    return asIntent(query, 'cheapest', { order: 'value' });
  }
  // "Top models on SWE-bench Pro", "which model scores highest on terminal bench": the benchmark's leaderboard.
  // "Cheapest model on the aider leaderboard" is the cheapest of those it scores, not its top.
  if (count === 0 && benchmarkHit && floors.length === 0 && LEADERBOARD.test(text) && !CHEAPEST.test(text)) {
    query.filters.scoredOn = benchmarkHit.id;
    return asIntent(query, 'cheapest', { order: 'score' });
  }
  // "Cheapest model with a SWE-bench Pro score": a benchmark named without a floor keeps the models scored on it.
  if (count === 0 && benchmarkHit && floors.length === 0 && query.filters.scoredOn === undefined) query.filters.scoredOn = benchmarkHit.id;

  // "Anything as good as sonnet 4.5 but cheaper?", "smarter than gpt-4o-mini but cheaper than gpt-4o": a quality floor
  // from one model's score, and a price below another's (or its own).
  const relative = count >= 1 && count <= 2 ? relativeToModels(catalog, query, text) : undefined;
  if (relative) return relative;
  // "Move from bedrock to vertex for claude sonnet 4.5": the same model bought elsewhere, every way of buying it side by side.
  // "Cost difference between running sonnet 4.5 on bedrock and vertex": the same, its price set against each host's.
  const hosts = hostsNamed(catalog, blanked).length;
  const makerToo = hosts === 1 && (query.filters.providers?.length ?? 0) >= 1 && HOSTS_AGAINST.test(text);
  if (count >= 1 && ((hosts >= 2 && (UPGRADE.test(text) || ALTERNATIVES.test(text) || HOSTS_AGAINST.test(text))) || makerToo)) return whereToBuy(catalog, query, blanked);
  // "We spend $2k a month on gpt-4o: a cheaper comparable option?": the models that stand in for it for less, at the
  // volume that spend buys on it.
  const spentOnOne = count === 1 && query.tokens === null && SPENT.test(text) ? (query.filters.maxMonthlyUsd ?? dollarsIn(text)) : undefined;
  // "We're spending $12k a month on opus 4.1, what should we switch to?": every stand-in at that volume, cheaper or not.
  const switchTo = SWITCH_TO_WHAT.test(text);
  if (spentOnOne !== undefined && (ALTERNATIVES.test(text) || CHEAPER_WORDS.test(text) || COMPARABLE.test(text) || switchTo)) {
    const found = resolveModel(catalog, query.models[0] as string);
    if (found.kind === 'found') {
      delete query.filters.maxMonthlyUsd;
      query.budget = spentOnOne;
      const cheaper = CHEAPER_WORDS.test(text) || !switchTo;
      return movedFrom(catalog, query, found.model, { toSuccessor: false, cheaper, comparable: text });
    }
  }
  // "What should we use instead of gpt-4o?": the models that can stand in for it; the provider's named successor
  // when the question is about replacing a model that has one.
  // "Anything cheaper than gpt-4.1-mini?": the models that can stand in for it at a lower month.
  if (count === 2 && BETWEEN_IN_PRICE.test(text)) {
    const [a, b] = query.models.map((name) => resolveModel(catalog, name));
    if (a?.kind === 'found' && b?.kind === 'found') {
      query.filters.pricedBetween = [a.model.id, b.model.id];
      return asIntent(query, 'cheapest', { models: [], order: 'price' });
    }
  }
  if (count === 1 && PRICIER_THAN.test(text)) {
    const found = resolveModel(catalog, query.models[0] as string);
    if (found.kind === 'found') {
      query.filters.pricierThan = found.model.id;
      return asIntent(query, 'cheapest', { models: [], order: 'price' });
    }
  }
  // "We want to cut our LLM bill in half, we use sonnet 4.5 at 500M tokens": the models that stand in for it at that share.
  if (count === 1 && billCutTo(text) !== undefined) {
    const found = resolveModel(catalog, query.models[0] as string);
    if (found.kind === 'found') {
      // What is kept of it matters most at a lower price: the strongest stand-ins within the share come first.
      const moved = movedFrom(catalog, query, found.model, { toSuccessor: false, cheaper: true });
      const index = /\bcod(?:e|ing|er)\b/i.test(text) ? CODING_INDEX : QUALITY_INDEX;
      moved.filters.scoredOn = index;
      moved.notes = [...(moved.notes ?? []), `the strongest first on the ${catalog.benchmarks.get(index)?.name ?? index}, so the cut keeps as much quality as it can`];
      return { ...moved, order: 'score' };
    }
  }
  // "Cut our bill in half" with no model: the model the bill is on decides what can stand in for it.
  if (count === 0 && billCutTo(text) !== undefined)
    return asIntent(query, 'cheapest', {
      problems: ['Name the model the bill is on, such as “cut our gpt-4o bill in half”: I rank the models that can stand in for it within that share of its price.'],
      modelProblem: true,
    });
  const cheaperThan = count === 1 && (CHEAPER_THAN.test(text) || SAVES_MOST.test(text));
  if (count === 1 && (ALTERNATIVES.test(text) || cheaperThan)) {
    const found = resolveModel(catalog, query.models[0] as string);
    // "Something like X but cheaper": stand-ins for less.
    const cheaper = cheaperThan || CHEAPER_WORDS.test(text);
    // "Anything way cheaper that's still decent?": a low price never stands in for the quality asked.
    const decent = decentWordIn(text);
    if (decent !== undefined && !query.filters.benchmarkFloors?.some((f) => f.benchmark === DECENT_FLOOR.benchmark)) {
      query.filters.benchmarkFloors = [...(query.filters.benchmarkFloors ?? []), { ...DECENT_FLOOR }];
      query.decent = decent;
    }
    if (found.kind === 'found')
      return movedFrom(catalog, query, found.model, { toSuccessor: SUCCESSOR.test(text), cheaper, ...(ALTERNATIVES.test(text) ? { comparable: text } : {}) });
  }
  // "We spend $3k a month on gpt-4o, what would we save on gpt-5 mini?": the move, at the volume that spend buys.
  const spent = count >= 2 && SPENT.test(text) ? (query.filters.maxMonthlyUsd ?? dollarsIn(text)) : undefined;
  if (spent !== undefined && query.tokens === null) {
    delete query.filters.maxMonthlyUsd;
    return asIntent(query, 'upgrade', { budget: spent, models: query.models.slice(0, 2) });
  }
  // "Is batch worth it for haiku 4.5?", "is the priority tier worth paying for on gpt-5?": one model's price with that
  // choice against its standard price, not a move to another model.
  if (count === 1 && (query.batch || query.serviceTier !== null || query.cachedShare !== null) && /\bworth\b/i.test(text)) return asIntent(query, 'cost');
  // "Is prompt caching worth it for gpt-5?" with no share cached: what a cached token costs against an uncached one.
  if (count === 1 && query.cachedShare === null && query.filters.need?.includes('prompt-caching') && /\bworth\b/i.test(text)) {
    query.filters.need = query.filters.need.filter((c) => c !== 'prompt-caching');
    if (query.filters.need.length === 0) delete query.filters.need;
    return asIntent(query, 'attribute', { attribute: 'cached-input-price' });
  }
  // "A or B?" is a choice between two, not a move from one to the other.
  const choice = count >= 2 && /\bor\b/i.test(text) && !/\b(?:from|off|ditch|replace|swap)\b/i.test(text);
  // "We use gpt-4o, what should we switch to?": one model moved from, to no model named: its provider's named
  // successor, or else the models that can stand in for it.
  // "Is claude opus 5 worth it?", "is gpt-5 worth the money?": no move is asked, so no successor is looked for; what else
  // could take its work, as good as it, answers.
  const worthOnly = WORTH_ALONE.test(text) && !UPGRADE.test(text.replace(WORTH_ALONE, ' '));
  if (UPGRADE.test(text) && count === 1) {
    const typed = findModelNames(catalog, text, false)[0]?.typed;
    const at = typed === undefined ? -1 : text.indexOf(typed);
    const isTarget = at >= 0 && /\b(?:to|onto|into|with|for|over to)\s+(?:the\s+|a\s+)?$/i.test(text.slice(0, at));
    const found = resolveModel(catalog, query.models[0] as string);
    if (!isTarget && found.kind === 'found') return movedFrom(catalog, query, found.model, { toSuccessor: !worthOnly, cheaper: false, comparable: text, worth: worthOnly });
  }
  if (UPGRADE.test(text) && count >= 1 && !choice) {
    // "from A to B" keeps its order; "to B from A", "B over A" and "B as a replacement for A" are turned around.
    // "Does A replace B?", "can A replace B" name the new model first; "replace A with B" does not.
    const replacing = /^(?<before>[\s\S]*?)\b(?:replaces?|to replace|replacing)\b(?<after>[\s\S]*)$/i.exec(text);
    const replacesNamed =
      replacing?.groups !== undefined &&
      !/\bwith\b/i.test(replacing.groups.after ?? '') &&
      findModelNames(catalog, replacing.groups.before ?? '', false).length > 0 &&
      findModelNames(catalog, replacing.groups.after ?? '', false).length > 0;
    const reversed =
      (/\bto\b[\s\S]*\bfrom\b/i.test(text) && !/\bfrom\b[\s\S]*\bto\b/i.test(text)) || PREFERRED_OVER.test(text) || /\breplacement for\b/i.test(text) || replacesNamed;
    if (count >= 2 && reversed) query.models = [query.models[1] as string, query.models[0] as string];
    // "A vs B: worth the upgrade?" says no direction: from the older release to the newer.
    else if (count === 2 && !/\b(?:from|to|off|onto|over|replace|replacing|replacement)\b/i.test(text)) {
      const [a, b] = query.models.map((id) => catalog.byId.get(id)?.released);
      if (a && b && a > b) query.models = [query.models[1] as string, query.models[0] as string];
    }
    // "Is opus worth it over sonnet for coding?": the move judged first on that lane's verdicts.
    return asIntent(query, 'upgrade', laneHit && forLane(text, laneHit) ? { lane: laneHit.lane.id } : {});
  }
  if (count >= 1) {
    // "is gpt-5.3-codex available in the codex cli?": a lane that needs one surface names it; yes or no from the model's surfaces.
    const surfaceLane = laneHit?.lane.needs.surfaces.length === 1 ? laneHit.lane : undefined;
    if (surfaceLane && /\b(?:available|offered|supported|usable|in|on|inside|within)\b/i.test(text.slice(0, laneHit?.start)) && /^\s*(?:is|are|can|does|do)\b/i.test(text))
      return asIntent(query, 'attribute', { attribute: 'surface', platform: surfaceLane.needs.surfaces[0] as string });
    // "Cheaper on deepinfra or on openrouter?": every way of buying it, cheapest first, at the volume asked.
    if (/\b(?:cheaper|cheapest|less expensive|lower price|best price|better price|costs? less)\b/i.test(text) && readHosts(catalog, text).hosts.length > 0)
      return whereToBuy(catalog, query, blanked);
    // "gpt-oss-120b on groq vs cerebras", "is kimi k2 on openrouter or together?": every way of buying it, side by side.
    const versusHosts =
      /\b(?:on|via|at|through|from)\s+([\w.-]+(?:\s+[\w.-]+)?)\s+(?:vs\.?|versus|or(?!\s+only)|compared (?:to|with))\s+([\w.-]+(?:\s+[\w.-]+)?)/i.exec(text) ??
      // "compare claude sonnet 4.5 on bedrock and anthropic"
      /\bcompare\b.*?\b(?:on|via|at|through|from)\s+([\w.-]+(?:\s+[\w.-]+)?)\s+(?:and|with|to)\s+([\w.-]+(?:\s+[\w.-]+)?)/i.exec(text) ??
      // "compare groq and together for llama 3.3 70b", "groq vs together for llama 3.3 70b"
      /\bcompare\s+([\w.-]+)\s+(?:and|with|to|vs\.?|versus)\s+([\w.-]+)\s+(?:for|on)\b/i.exec(text) ??
      /^\s*([\w.-]+(?:\s+[\w.-]+)?)\s+(?:vs\.?|versus|or)\s+([\w.-]+(?:\s+[\w.-]+)?)\s+(?:for|to (?:run|host|serve|buy))\b/i.exec(text);
    if (versusHosts && (hostIn(catalog, versusHosts[1] ?? '') || hostIn(catalog, versusHosts[2] ?? ''))) return whereToBuy(catalog, query, blanked);
    // "is opus 5 on bedrock?": yes or no, from the model's routes.
    const host = routeHost(catalog, text);
    // "Compare gpt-5 and o3 on azure", "llama 4 maverick vs qwen3 235b on deepinfra": set side by side at that host's prices.
    if (host && count >= 2 && !/\bfree\b/i.test(text) && COMPARED_ON_HOST.test(text)) return asIntent(query, 'compare', { filters: { ...query.filters, hosts: [host.id] } });
    // "How much is sonnet 4.5 on bedrock at 10M tokens?": what that way of buying it costs at the volume asked, beside the
    // others ("price of haiku 4.5 on bedrock", with no volume, is the route's prices); a volume alone asks it too ("gpt-5
    // on azure at 100M tokens").
    if (host && query.tokens !== null && !/\bfree\b/i.test(text)) return whereToBuy(catalog, query, blanked);
    if (host && !/^\s*where\b|\bwhich (?:providers?|platforms?|clouds?|hosts?)\b|\bbesides\b|\bother than\b/i.test(text))
      // "Is gpt-oss-20b free on openrouter?": that host's free endpoint, not whether it sells the model at all.
      return asIntent(query, 'attribute', { attribute: /\bfree\b/i.test(text) ? 'free-endpoint' : 'route', platform: host.id });
    // "where can I buy X cheapest" is where: the hosts come cheapest first.
    if (WHERE.test(text) && (!CHEAPEST.test(text) || (count === 1 && CHEAPEST_WAY.test(text)))) return whereToBuy(catalog, query, blanked);
    // Its past prices are on its card (every period, each with why it started).
    // "At what volume does gpt-5 mini become more expensive than $100 a month?" asks what the budget buys, not its history.
    const budgetAsked = BUDGET_VOLUME.test(text) && (query.filters.maxMonthlyUsd !== undefined || dollarsIn(text) !== undefined);
    if (count === 1 && (PRICE_HISTORY.test(text) || (DIGEST.test(text) && query.promptTokens == null)) && !PRICE_SCHEDULE.test(text) && !budgetAsked)
      return asIntent(query, 'model');
    // One field of the catalog: retirement, rate limits, batch price, maximum input, one benchmark.
    // With a workload read ("at 50M tokens", "100 requests per minute of 1k tokens each"), batch words and request rates
    // are its profile, not a question about the batch price or the rate limits.
    // "Is gpt-5 mini under $1 per million?", "which of gpt-5, o3 and sonnet 4.5 cost more than $5 per million output?":
    // each model's price against the bounds, yes or no (models like one, or instead of it, are a ranking).
    const { minPerMillion, maxPerMillion, minInputPerMillion, maxInputPerMillion, minOutputPerMillion, maxOutputPerMillion } = query.filters;
    const bounded = [minPerMillion, maxPerMillion, minInputPerMillion, maxInputPerMillion, minOutputPerMillion, maxOutputPerMillion].some((b) => b !== undefined);
    if (bounded && YES_OR_NO_OF_MODELS.test(text) && !/\b(?:like|similar|alternatives?|instead|replace|other than|besides)\b/i.test(text))
      return asIntent(query, 'attribute', { attribute: 'price-bound' });
    // "Did gpt-5 get cheaper than o3?" sets the two against each other: which is cheaper, and where that changes.
    const setAgainstOnPrice = count >= 2 && /\b(?:cheaper|pricier|dearer|(?:more|less) expensive)\s+than\b/i.test(asked);
    const fact = FACTS.find(
      (f) => f.words.test(asked) && !((f.id === 'batch-price' || f.id === 'rate-limits') && query.tokens !== null) && !(f.id === 'price-schedule' && setAgainstOnPrice),
    );
    if (fact) return asIntent(fact.id === 'rate-limits' ? rateNotVolume(query) : query, 'attribute', { attribute: fact.id });
    // "Compare A and B" asks for everything; "how does A compare to B on SWE-bench Pro?" asks for that benchmark.
    const onBenchmark = benchmarkHit !== undefined && /\b(?:on|in|at)\s+(?:the\s+)?$/i.test(text.slice(0, benchmarkHit.start));
    if (benchmarkHit && floors.length === 0 && !(count >= 2 && /\bcompare\b/i.test(text) && !onBenchmark))
      return asIntent(query, 'attribute', { attribute: 'benchmark', benchmark: benchmarkHit.id });
    // "MMLU of gpt-5": a benchmark the catalog does not carry is said to be missing; "what benchmarks does X have?" lists them.
    const uncarried = benchmarkHit ? undefined : uncarriedBenchmarkIn(asked);
    if (uncarried) return asIntent(query, 'attribute', { attribute: 'benchmark', benchmark: uncarried });
    // "Why is A the default if B scores better on coding benchmarks?" asks for the verdict between them, not their scores.
    const whyPicked = /^\s*why\s+(?:is|would|does|do|should)\b.{1,80}?\b(?:default|recommend\w*|pick(?:ed)?|choice|chosen|winner|verdict|preferred|better|use)\b/i.test(text);
    if (!benchmarkHit && !whyPicked && !/\bcompare\b/i.test(text) && /\b(?:benchmarks?|evals?)\b/i.test(asked))
      return asIntent(query, 'attribute', { attribute: 'benchmark', benchmark: '' });
    // "Which is smarter, gemini 2.5 pro or gpt-5?": their scores on the broadest quality index, for no work in particular.
    // The arena's score stands in where the index leaves one of them untested.
    // A family's word ("is claude smarter than gemini?") stands for its best model in a comparison, which says which.
    const models = count >= 2 && SMARTER.test(asked) ? query.models.map((name) => resolveModel(catalog, name)) : [];
    const named = models.flatMap((r) => (r.kind === 'found' ? [r.model] : []));
    if (named.length >= 2 && named.length === count && !benchmarkHit && laneHit === undefined && !whyPicked && !/\bcod(?:e|ing)\b/i.test(text)) {
      const scoredOn = [QUALITY_INDEX, ARENA_SCORE].find((b) => named.every((m) => scoreOf(m, b) !== undefined)) ?? QUALITY_INDEX;
      return asIntent(query, 'attribute', { attribute: 'benchmark', benchmark: scoredOn });
    }
    // The verdict asked about coding is the routine coding lane's, led by it.
    if (whyPicked && count >= 2 && laneHit === undefined && /\bcod(?:e|ing)\b/i.test(text)) return asIntent(query, 'compare', { lane: CODING_LANE });
  }
  // "Summarizing transcripts of 8k tokens each" is no long-context work: a lane for prompts of at least N tokens is not
  // the work asked when each one said is under a quarter of that (a prompt of 300k is still long-context work).
  const minInput = laneHit?.lane.needs.minInput;
  const shortOfLane = laneHit !== undefined && minInput !== undefined && each !== undefined && each < minInput / 4;
  // "1M queries/month, 6k tokens context + 400 token answers, sonnet 4.5 vs gpt-5": a spec word the workload's phrase used
  // up is no question of that spec.
  const inWorkload = attribute !== undefined && query.tokens !== null && !attribute.words.test(rest);
  const reading: Reading = { text, query, laneHit: shortOfLane ? undefined : laneHit, attribute: inWorkload ? undefined : attribute };
  // Asked which model for it, such work is general work: the best overall, among the models each one fits.
  if (shortOfLane && count === 0 && BEST.test(text) && query.filters.scoredOn === undefined) {
    query.filters.scoredOn = QUALITY_INDEX;
    query.notes = [
      ...(query.notes ?? []),
      `each is ${tokens(each)} tokens, far below the ${minInput.toLocaleString('en-US')}-token prompts of the ${laneHit.lane.id} lane: ranked on the broadest quality index instead`,
    ];
    return asIntent(query, 'cheapest', { order: 'score' });
  }
  if (count >= 2) return aboutSeveral(reading);
  // "Is gpt-6 out?", "when did deepseek v4 launch?": a name several models share, asked when it came out, is each of
  // them newest first with its release day, not a request to name one.
  const [one] = names;
  if (count === 1 && one && !one.exact && RELEASE_ASKED.test(text) && resolveModel(catalog, one.name).kind === 'ambiguous') {
    const newest = parseQuestion(catalog, `newest ${one.typed} models`);
    if (newest.intent === 'cheapest' && newest.problems.length === 0 && (newest.filters.named !== undefined || newest.filters.families !== undefined)) return { ...newest, text };
  }
  // "Is there a newer version of claude haiku 4.5?": its own line's models released after it, newest first.
  const newerOf = count === 1 && query.models[0] !== undefined && NEWER_VERSION.test(text) ? catalog.byId.get(query.models[0]) : undefined;
  const newer = newerOf ? laterInLine(query, newerOf) : undefined;
  if (newer) return newer;
  // "Who makes kimi?": a name several models share, all of one maker, asked who makes it: that maker.
  const shared = count === 1 && one && MAKER.test(text) ? resolveModel(catalog, one.name) : undefined;
  const sharedBy = shared?.kind === 'ambiguous' ? new Set(shared.candidates.map((m) => m.provider)) : undefined;
  const flagship = sharedBy?.size === 1 ? flagshipOf(catalog, [...sharedBy][0] as string) : undefined;
  if (flagship) return makerOf(catalog, query, flagship, true);
  if (count === 1) return spentOnMaker(catalog, aboutOne(reading));
  // "Which models have the highest rate limits?", "anthropic rate limits": every model whose limits the catalog records.
  if (query.tokens === null && laneHit === undefined && onlyProvidersFiltered(query) && RATE_LIMITS.test(asked) && !/\brate[- ]limited\b/i.test(asked)) {
    // "Rate limits of foobar": a name the catalog does not know is looked up (and said unknown), not dropped.
    const of = /\b(?:of|for|on)\s+(?:the\s+)?([a-z][\w.:-]*)/i.exec(asked)?.[1];
    const unknown = of !== undefined && query.filters.providers === undefined && !namesSomething(catalog, of);
    return asIntent(rateNotVolume(query), 'attribute', { attribute: 'rate-limits', ...(unknown ? { models: [of] } : {}) });
  }
  // "Is deepseek chinese?", "where is mistral based?": a maker alone, asked where it is based, answered by its flagship;
  // so is who makes a line ("who makes grok?") and a maker asked about ("what is deepseek?", "tell me about anthropic").
  const only = query.filters.providers?.length === 1 ? flagshipOf(catalog, query.filters.providers[0] as string) : undefined;
  const makerAsked = MAKER.test(text) || (MAKER_ABOUT.test(text) && onlyProvidersFiltered(query) && query.tokens === null);
  if (only && (attribute?.id === 'maker-country' || makerAsked)) return makerOf(catalog, query, only, makerAsked);
  return unknownMaker(catalog, aboutNone({ ...reading, gatedLane: gatedLaneIn(catalog, text) }, catalog), text);
}

/** Words after "from" that name no maker: "from scratch", "from each provider", "from now", "from 2025", "from the api". */
const NOT_A_MAKER = new Set(
  'a an the each every all any my our your their its this that these those now here there today scratch home work memory cache input output prompts start beginning end last next previous api apis china europe us usa america eu'.split(
    ' ',
  ),
);

/**
 * A maker said by name: "made by foobar", or "from foobar" said of the models ("cheapest model from foobar", "models with
 * vision from foobar"); "extracting data from invoices" says where the text comes from, not who made the model.
 */
const MAKER_SAID =
  /\b(?:made|built|released|developed|trained)\s+by\s+(?:the\s+)?([a-z][\w.-]*)|\b(?:models?|llms?|ones?|anything|something|options?|cheapest|best|newest|latest|only|just)\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?([a-z][\w.-]*)/i;

/**
 * "Cheapest model from foobar": a maker the catalog does not know is said, with the closest it does, rather than the
 * words dropped and every maker ranked.
 */
function unknownMaker(catalog: Catalog, query: Query, text: string): Query {
  const f = query.filters;
  // A maker named, or where makers are based ("from the uk"), is no unknown maker.
  const named = [f.providers, f.excludeProviders, f.hosts, f.families, f.named, f.madeIn, f.notMadeIn].some((v) => v !== undefined);
  if (query.intent !== 'cheapest' || named) return query;
  const m = MAKER_SAID.exec(text);
  const word = (m?.[1] ?? m?.[2])?.toLowerCase();
  // "From december 15 to …": a month is a day's, not a maker's.
  if (!word || NOT_A_MAKER.has(word) || monthOf(word) !== undefined || /\d/.test(word) || hostIn(catalog, word) || findModelNames(catalog, word, false).length > 0) return query;
  const names = catalog.providers.map((p) => ({ id: p.id, d: Math.min(distance(word, p.id), distance(word, p.name.toLowerCase())) }));
  const closest = names.filter(({ d }) => d <= Math.max(1, Math.floor(word.length / 3))).sort((a, b) => a.d - b.d || a.id.localeCompare(b.id));
  const instead =
    closest.length > 0
      ? `Did you mean ${closest
          .slice(0, 3)
          .map((c) => `from ${c.id}`)
          .join(' or ')}?`
      : `Makers it knows: ${catalog.providers.map((p) => p.id).join(', ')}.`;
  return { ...query, problems: [...query.problems, `No model maker called “${word.slice(0, 40)}” is in the catalog. ${instead}`] };
}
