// Finds the usage-profile and filter phrases in free text ("for 50M tokens a day", "mix 70/30",
// "with vision", "context ≥ 400k", "under $100 a month") and removes them, leaving the rest
// (model names, intent words) for the parsers. Shared by the command grammar and questions.
import type { CapabilityWords } from '../catalog/lanes-schema.ts';
import type { Capability, Modality } from '../catalog/schema.ts';
import { countriesOf } from '../catalog/countries.ts';
import { DEFAULT_MIX, PERIOD_TO_MONTH } from '../cost/profile.ts';
import { asStretch, SPAN_FLAGS, SPANS, termWords, VOLUME_SPANS, type Span, type Term } from '../cost/span.ts';
import {
  COUNT as TERM_COUNT,
  MAX_TOKENS_PER_MONTH,
  mixOf,
  NUMBER_WORDS as NUMBER_WORDS_IN_VOLUMES,
  parseMix,
  ORDINAL,
  ordinalOf,
  parseShare,
  parseVolume,
  TERM_UNIT,
  termOf,
  termProblem,
} from '../cost/parse.ts';
import type { Query } from './query.ts';
import { tokens as tokensText } from '../cost/format.ts';
import { crossedPriceBounds, type PRICE_BOUNDS } from '../cost/rank.ts';
import { isDay } from '../digest/window.ts';
import { MONTH_WORD, monthOf } from '../digest/command.ts';
import { releaseWindowInWords, windowProblem } from './released.ts';
import { priceDayInWords, priceDayProblem } from './price-day.ts';
import { SHARE_WORD, shareSaid } from './share-words.ts';

const UNIT = '(?:k|thousand|mm|m|mil|mio|millions?|bn|b|billions?|t|trillion)';
const NUM = String.raw`(?:\d+\s*\^\s*\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:e[+-]?\d+)?)`;
// "5M a day", "5M daily"; a quarter or a term of several periods ("5M a quarter", "60M tokens over 6 months") is the term's.
const PERIOD = String.raw`(?:(?:\s*\/\s*|\s+(?:per|a|an|each|every)\s+)(?:second|sec|s|minute|min|hour|hr|h|day|d|week|wk|w|month|mo|year|yr|y|quarter|qtr)\b|\s+(?:hourly|daily|weekly|monthly|yearly|annually|quarterly)|\s+(?:per|each|every|over|across|during|in)\s+(?:(?:the\s+)?(?:(?:next|coming|first)\s+)?${TERM_COUNT}[\s-]*|the\s+(?:(?:next|coming|whole)\s+)?)${TERM_UNIT}\b)`;
// A volume needs a unit or the word "tokens": "4.1" in "gpt 4.1 mini" is never a volume.
const VOLUME_RE = new RegExp(
  String.raw`(?<![\w.\-/$])(?<!\bper\s)(?<!\bper\s~)(?:(?:for|at|of|with|~|≈|about|around)\s+)?(-?${NUM})(?:\s*(${UNIT}))?\b(?:\s+(input|output)\b)?(\s+(?:tokens?|toks?)\b)?(${PERIOD})?(?:\s+of\s+traffic)?`,
  'gi',
);

const PROVIDER_WORDS: [RegExp, string][] = [
  [/\bopen\s?ai\b|\bgpt\b/i, 'openai'],
  [/\b(?:anthropic|claude)\b/i, 'anthropic'],
  [/\b(?:google|gemini)\b/i, 'google'],
  [/\b(?:x\.?ai|grok)\b/i, 'xai'],
  [/\bdeepseek\b/i, 'deepseek'],
  [/\bmistral(?:\s?ai)?\b/i, 'mistral'],
];

/** Words that leave what follows out of a ranking: "excluding deepseek", "filter out llama", "don't want gpt-5". */
export const LEAVING_OUT = String.raw`excluding|exclude|leave out|leaving out|except(?:\s+for)?|other than|besides|apart from|but not|avoid(?:ing)?|anything but|without|filter(?:ing)? out|hide|hiding|skip|skipping|ignore|ignoring|minus|drop|dropping|remove|removing|take out|(?:do not|don't|dont) (?:want|need|use|include)|not interested in|rather than|neither|no`;

/** The provider a bare provider or family word names ("claude" → anthropic), if it is one. */
export function providerOfWord(word: string): string | undefined {
  return PROVIDER_WORDS.find(([re]) => re.test(word))?.[1];
}

/** Text as a pattern that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern: any of space, dash or nothing between its words ("fine tuning" meets "fine-tuning", "finetuning"). */
export function phraseSource(phrase: string): string {
  return phrase
    .toLowerCase()
    .split(/[\s\-_]+/)
    .filter((w) => w !== '')
    .map(escapeRegExp)
    .join('[\\s\\-_]?');
}

const capabilityPatterns = new WeakMap<CapabilityWords, [RegExp, Capability][]>();

/** The catalog's capability words as filters: "with vision", "supports json mode", "that can call tools". */
function capabilityPatternsOf(words: CapabilityWords): [RegExp, Capability][] {
  let patterns = capabilityPatterns.get(words);
  if (!patterns) {
    patterns = (Object.entries(words) as [Capability, string[]][]).map(([capability, phrases]) => [
      new RegExp(
        // Not inside a hyphenated name ("llama-3.2-90b-vision") or a negation ("non-reasoning").
        String.raw`\b(?:with|supports?|supporting|has|having|and|that|which)?\s*(?<![\w-])(?:${[...phrases]
          .sort((a, b) => b.length - a.length)
          .map(phraseSource)
          .join('|')})\b`,
        'gi',
      ),
      capability,
    ]);
    capabilityPatterns.set(words, patterns);
  }
  return patterns;
}

/** A provider word followed by a version or a family word is part of a model name ("grok 4.3"). */
const PART_OF_NAME = String.raw`(?![\s-]*(?:\d|[a-z]\d|sonnet|opus|haiku|fable|pro\b|flash|mini|nano|codex|large|medium|small|chat|reasoner|build|beta))(?![\s-]+(?!(?:models?|for|at|with|under|over|in|on|from|to|and|or|tokens?|only|api|prices?)\b)[a-z]{3,}[\s-]+v?\d)`;
const PROVIDER_PATTERNS: [RegExp, string][] = PROVIDER_WORDS.map(([re, provider]) => [
  new RegExp(String.raw`\b(?:from|by|only)?\s*` + re.source + PART_OF_NAME + String.raw`(?:'s)?(?:\s+(?:models?|only))?`, 'gi'),
  provider,
]);

export interface Extracted {
  /** The text with every recognised phrase replaced by a space. */
  rest: string;
  query: Partial<Query> & { filters: Query['filters']; problems: string[] };
  /** The size of each request, document or prompt when the text says one ("10k transcripts of 8k tokens each"). */
  each?: number;
}

function tokensOf(size: string): number | undefined {
  const parsed = parseVolume(size);
  return parsed.ok ? parsed.value.tokens : undefined;
}

const SCALES: Record<string, string> = { thousand: 'k', million: 'M', billion: 'B', trillion: 'T' };
const WORD_VOLUME = new RegExp(
  String.raw`\b(${Object.keys(NUMBER_WORDS_IN_VOLUMES)
    .sort((a, b) => b.length - a.length)
    .join('|')})\s+(thousand|million|billion|trillion)\b`,
  'gi',
);

/** "One million tokens", "a billion", "half a million" as figures ("1M", "1B", "0.5M"), so volumes read them. */
function numbersInWords(text: string): string {
  return text.replace(WORD_VOLUME, (_all, n: string, scale: string) => `${NUMBER_WORDS_IN_VOLUMES[n.toLowerCase()]}${SCALES[scale.toLowerCase()]}`);
}

/** "Per million requests", "for a thousand calls": a count written as a scale word alone, as its figure ("per 1M requests"). */
function scaleAloneAsCount(text: string): string {
  return text.replace(SCALE_ALONE_COUNT, (_, lead: string, scale: string) => `${lead} 1${SCALES[scale.toLowerCase()]} `);
}

/** "2 dollars", "500 bucks", "1.5k USD" written as "$2", "$500", "$1.5k": every amount below reads the sign. */
function dollarsAsSign(text: string): string {
  return text
    .replace(/(?<![\w$.,])(\d[\d,]*(?:\.\d+)?)(\s*k)?\s*(?:dollars?|bucks|usd)\b/gi, (_, n: string, k: string | undefined) => `$${n}${k ? 'k' : ''}`)
    .replace(BUDGET_WITHOUT_SIGN, (_, said: string, n: string, k: string | undefined) => `${said}$${n}${k ? 'k' : ''}`);
}

/** "Our budget is 2k a month", "a budget of 500": an amount said to be a budget is in dollars, with or without the sign. */
const BUDGET_WITHOUT_SIGN =
  /\b(budget(?:\s+is\s+|\s+of\s+|\s*[=:]\s*|\s+)(?:about\s+|around\s+|roughly\s+|~)?)(\d[\d,]*(?:\.\d+)?)(\s*k)?\b(?!\s*(?:tokens?|toks?|%|[mb]\b|million|billion|thousand))/gi;

/**
 * "Sends 8k tokens of context per query and gets 500 back", "each call uses 3k tokens and returns 400": each request's
 * two sides said as what goes and what comes back, written as the sides are ("8k tokens in and 500 out per query").
 */
function sentAndBack(text: string): string {
  return text.replace(SENT_AND_BACK, (...args: unknown[]) => {
    const g = args.at(-1) as Record<string, string | undefined>;
    const said = (g.each ?? g.per1 ?? g.per2)?.toLowerCase();
    // "…, each sends 2k tokens and gets 1k back": each of the things counted before it.
    const per = said === undefined ? (g.eachAlone ? 'each' : 'per request') : `per ${A_THING.test(said) ? singularOf(said) : said}`;
    return `${g.inN}${g.inU ?? ''} tokens in and ${g.outN}${g.outU ?? ''} out ${per}`;
  });
}

/** The period a request rate's abbreviation counts in: "rps", "req/s" per second; "rpm" per minute; "rpd" per day. */
const RATE_PERIODS: Record<string, string> = { s: 'second', m: 'minute', h: 'hour', d: 'day' };
/** Each request's size said right after a rate ("200 rps of 500 tokens", "200 req/s, 500 tokens each"). */
const RATE_SIZE_AFTER = /^\s*(?:,|of|at|with|x|×|averaging)?\s*(?:about |around |~)?\d/i;
/** Each request's size said anywhere as each one's ("800 tokens per request at 20 rps"). */
const EACH_REQUEST_SIZE = /\btok(?:en)?s?\s+(?:each|per\s+(?:request|call|query|message)|an?\s+(?:request|call|query|message))\b/i;
/**
 * "200 rps of 500 tokens", "50 qps of 1k", "10 rpm, 2k tokens each": a request rate with each request's size, written
 * out ("200 requests per second") for the workload readers. A rate with no size ("does gpt-5 allow 500 rpm?") is a
 * rate limit, not a workload: it is left out of what is read as a volume (the question's words still ask it).
 */
function requestRatesInWords(text: string): string {
  const eachSized = EACH_REQUEST_SIZE.test(text);
  return text.replace(
    /(?<![\w.])(\d[\d,]*(?:\.\d+)?\s*[km]?)\s*(?:([rq])p([smhd])|req(?:uest)?s?\s*\/\s*(s|sec|second|m|min|minute|h|hr|hour|d|day))\b/gi,
    (whole: string, n: string, abbreviated: string | undefined, short: string | undefined, long: string | undefined, at: number, all: string) => {
      if (!eachSized && !RATE_SIZE_AFTER.test(all.slice(at + whole.length, at + whole.length + 40))) return '';
      return `${n} ${abbreviated?.toLowerCase() === 'q' ? 'queries' : 'requests'} per ${RATE_PERIODS[(short ?? long ?? 's')[0]?.toLowerCase() ?? 's']}`;
    },
  );
}

/** `text` with every match of `re` replaced by what `fn` makes of it, each match given as exec would (index, groups). */
export function replaceMatches(text: string, re: RegExp, fn: (m: RegExpExecArray) => string): string {
  return text.replace(re, (...args) => {
    // With named groups, replace passes them last, after the offset and the whole string.
    const named = typeof args[args.length - 1] === 'object' ? (args.pop() as Record<string, string>) : undefined;
    const groups = args.slice(0, -2) as string[];
    return fn(Object.assign([...groups], { index: args[args.length - 2] as number, input: args[args.length - 1] as string, groups: named }) as unknown as RegExpExecArray);
  });
}

/** The text being read, what has been read from it, and the phrases cut out as they are read. */
class Reader {
  rest: string;
  readonly query: Extracted['query'] = { filters: {}, problems: [] };
  /** "500K output tokens" prices only that side, unless a mix is given elsewhere. */
  sideOnly: { input: number; output: number } | undefined;
  /** Each request's tokens, when a workload said them. */
  each: number | undefined;
  /** Each request's input tokens, when a workload said them by side ("2k in and 500 out each"). */
  eachInput: number | undefined;
  /** A workload said each prompt's size and, so far, nothing of what each one writes ("5M requests with 100k-token prompts"). */
  promptsOnly = false;
  /** How many of the month's input tokens are read from the cache ("100M tokens, 50M of them cached"). */
  cachedTokens: number | undefined;
  /** The volume read said no period ("5M tokens"): a day or week asked for ("daily cost of 5M tokens") makes it that span's. */
  volumeWithoutPeriod = false;
  /** The first volume read was a month's tokens as typed (no words, side, term or other period): more such can follow it. */
  plainVolume = false;
  /** "What does one 100k-token prompt cost?": the size of the one prompt whose cost is asked, with no response said. */
  onePrompt: number | undefined;
  /** "What does a 1000-word essay cost to write?": that one piece is what the model writes, not what it reads. */
  oneWritten = false;
  /** "Cost to translate a 3000-word document": the piece is read, and about as much is written. */
  oneTranslated = false;
  /** Things counted with no period ("1000 requests of 3k tokens"): how many, of what. */
  countedOnce: { count: number; what: string } | undefined;
  /** "What if it was 10x more?", "if we double our usage": the volume times this, as typed. */
  scaleBy: { factor: number; said: string } | undefined;

  /** The text as typed, for what a workload's count also says ("40 tool calls" counts calls that need function calling). */
  readonly said: string;

  constructor(text: string) {
    this.said = text;
    this.rest = ` ${requestRatesInWords(dollarsAsSign(countsInFigures(sentAndBack(scaleAloneAsCount(numbersInWords(text))))))} `;
  }

  /** Replaces every match of `re` with a space, unless `fn` returns false (not this kind of phrase) or the text to leave. */
  cut(re: RegExp, fn: (m: RegExpExecArray) => boolean | string | undefined): void {
    this.rest = replaceMatches(this.rest, re, (m) => {
      const kept = fn(m);
      return kept === false ? (m[0] as string) : typeof kept === 'string' ? ` ${kept} ` : ' ';
    });
  }
}

/** Currencies other than USD, by the words and signs people use for them. */
const CURRENCIES: [RegExp, string][] = [
  [/€|\beuros?\b|\beur\b/i, 'EUR'],
  [/£|\bpounds?(?:\s+sterling)?\b|\bgbp\b/i, 'GBP'],
  [/¥|\byen\b|\bjpy\b/i, 'JPY'],
  [/₹|\brupees?\b|\binr\b/i, 'INR'],
  [/\byuan\b|\brmb\b|\bcny\b/i, 'CNY'],
  [/\b(?:cad|aud|chf|sek|nok|dkk|brl|mxn|krw|sgd|hkd|nzd|zar|pln)\b/i, ''],
];

/**
 * "gpt-5's price in euros", "under €500 a month": prices are published in USD, and answers stay in it (said); an amount
 * in another currency cannot be a budget or a price cap, and is asked again in dollars.
 */
function readCurrency(r: Reader): void {
  for (const [re, code] of CURRENCIES) {
    const hit = re.exec(r.rest);
    if (!hit) continue;
    const currency = code || hit[0].toUpperCase();
    r.query.currency = currency;
    const amount = new RegExp(String.raw`(?:${re.source})\s*\d[\d,.]*\s*k?|\d[\d,.]*\s*k?\s*(?:${re.source})`, 'i').exec(r.rest);
    if (amount)
      r.query.problems.push(
        `Cannot read “${amount[0].trim().slice(0, 40)}”: prices are published in USD, and Model Scout does not convert ${currency}. Give the amount in dollars, such as under $500 a month.`,
      );
    r.rest = r.rest.replace(new RegExp(String.raw`\b(?:in|to|into)\s+(?:${re.source})|${re.source}`, 'gi'), ' ');
    return;
  }
}

/**
 * What reads like an amount or a volume but is not one: "under $-5", "NaN tokens". Said as a problem with the forms
 * that work, rather than dropped (an answer without the cap or at the default volume would look like the one asked).
 */
function readNotNumbers(r: Reader): void {
  // "$1-$3" is a range, not a negative amount.
  r.cut(/(?:\$\s*-|(?<!\d\s*)-\s*\$)\s*\d[\d,.]*\s*k?\b/g, (m) => {
    r.query.problems.push(`Cannot read “${m[0].trim()}” as an amount: a budget or price cap is more than $0, such as under $500 a month or under $2 per million.`);
  });
  r.cut(/\b(?:nan|infinity|inf|undefined|null)[\s-]+(?:tokens?|toks?|requests?|calls?|words?|characters?)\b/gi, (m) => {
    r.query.problems.push(`Cannot read “${m[0].trim()}” as a volume: give a number, such as 50M tokens or 2,000 requests of 1k tokens.`);
  });
  r.cut(NEGATIVE_COUNT, (m) => {
    r.query.problems.push(`Cannot count “${m[0].trim()}”: a count of requests or users is more than zero, such as 500 requests a day of 2k tokens each.`);
  });
  // Amounts are written out: "$1e3" or "$1e-30" is no price anyone publishes or budgets.
  r.cut(/\$\s*\d+(?:\.\d+)?e[+-]?\d+\b/gi, (m) => {
    r.query.problems.push(`Cannot read “${m[0].trim()}” as an amount: write it out, such as under $500 a month or under $0.50 per million.`);
  });
  // A share below zero: "-20% cached", "cache hit rate -0.5".
  r.cut(
    /(?<![\w.])-\s*\d+(?:\.\d+)?\s*%?\s*(?=(?:of\s+(?:the\s+)?(?:input|prompts?)\s+)?(?:is\s+)?(?:cached|cache\b|caching))|\b(?:cached|cache hits?|cache hit rate|caching)\s*(?:of|at|=|:)?\s*-\s*\d+(?:\.\d+)?\s*%?/gi,
    (m) => {
      r.query.problems.push(`A cached share is between 0 and 1 (or 0% and 100%), got "${m[0].trim()}".`);
    },
  );
}

/** A place a maker is based in, as questions write it after "from" or "made in" ("china", "the us", "europe"). */
const MAKER_PLACE_WORD = String.raw`(?:the\s+(?:us|usa|u\.s\.(?:a\.)?|united states|eu|european union|uk|united kingdom)|china|prc|usa|u\.s\.(?:a\.)?|united states|america|europe(?:an union)?|eu|france|uk|united kingdom|britain|germany|canada|israel|japan|(?:south\s+)?korea)`;
/** A maker's place as an adjective ("chinese models", "us-based labs"); a bare "us" is a place only after "non-", "from a" or a word that picks among models ("which us models"). */
const PLACE_ADJECTIVE = String.raw`(?:(?:us|u\.s\.|usa|eu|uk|china|chinese|american|european|french)[- ](?:based|made|built|developed)|chinese|american|european|eu|french|british|canadian|german|japanese|(?:south\s+)?korean|israeli|u\.s\.|(?<=\bnon[- ]?|\b(?:from|by)\s+an?\s+|\b(?:which|what|the|only|any|all|best|cheapest|top|good|other|are there)\s+)us)`;
/** What a maker's place is said of: "models", "labs", "open weights models", "reasoning models" (not "language models"). */
const MAKER_NOUN = String.raw`(?:(?!language\b|speaking\b|to\b|into\b|text\b|translation\b|translating\b|documents?\b)[\w-]+\s+){0,3}?(?:models?|llms?|providers?|compan(?:y|ies)|vendors?|labs?|ones|only|options?|alternatives?|equivalents?|choices?|competitors?|rivals?|makers?|developers?|startups?|firms?)\b`;
/** Words that leave a place out: "non-chinese", "no chinese models", "except chinese ones". */
const LEAVE_OUT = String.raw`(?:non[- ]?|not[- ]|no\s+|(?:except|excluding|without|avoid(?:ing)?|other than|but not|apart from)\s+(?:any\s+|the\s+)?)`;
const PLACES_LIST = String.raw`(?<places>${MAKER_PLACE_WORD}(?:\s*(?:,|\bor\b|\band\b)\s*${MAKER_PLACE_WORD})*)`;
const MAKER_PLACE = new RegExp(
  [
    // "non-chinese models", "chinese labs", "no chinese models", "except chinese ones", "from a non-us company"
    String.raw`\b(?<out>${LEAVE_OUT})?(?<adjective>${PLACE_ADJECTIVE})(?=\s+${MAKER_NOUN})`,
    // "cheapest one, non-chinese", "isn't chinese", "are not american": left out, said last
    String.raw`(?:\b(?<out3>${LEAVE_OUT})|\b(?:is|are)\s*n['’]?t\s+|\b(?:is|are)\s+not\s+)(?<adjective3>${PLACE_ADJECTIVE})\s*(?=[?.!,]*\s*$)`,
    // "us-based", "eu-made" on their own
    String.raw`\b(?<adjective2>(?:us|u\.s\.|eu|uk)[- ](?:based|made|built|developed))\b`,
    // "made in china", "not from the us", "outside europe", "from china or the us"
    String.raw`\b(?:(?<out2>(?:not|(?:is|are|was|were)\s*n['’]?t)\s+|(?:except|excluding)\s+(?:those\s+|ones\s+|models\s+)?)?(?:from|made in|built in|developed in|based in|headquartered in|coming from|out of)|(?<outside>outside)(?:\s+of)?)\s+${PLACES_LIST}\b(?!\s*[- ]hosted)`,
  ].join('|'),
  'gi',
);
/** Where a model is served, which the catalog does not record: "hosted in the eu", "eu-hosted", "data residency". */
const HOSTED_IN = new RegExp(String.raw`\b(?:(?:hosted|served|deployed|running|data)\s+in\s+${MAKER_PLACE_WORD}|(?:us|eu|uk)[- ]hosted|data[- ]residency)\b`, 'gi');
/** A region with no borders the catalog can hold a maker's country to. */
const WESTERN = /\b(?:non[- ]?)?western\s+(?:models?|llms?|providers?|labs?|companies|makers)\b/gi;

/** Any word a place or a hosting region is said with. */
const PLACE_MENTIONED = /\b(?:chin|americ|europ|united|eu\b|us\b|u\.s|usa|uk\b|franc|french|brit|canad|german|japan|korea|israel|prc\b|western|data[- ]residency)/i;

/** The countries the words name, or undefined when a word names none. */
function countriesIn(words: string): string[] | undefined {
  const codes: string[] = [];
  for (const word of words.split(/\s*(?:,|\bor\b|\band\b)\s*/i)) {
    const found = countriesOf(word.replace(/[- ](?:based|made|built|developed)$/i, ''));
    if (!found) return undefined;
    codes.push(...found);
  }
  return [...new Set(codes)];
}

/**
 * Where a model's maker is based ("non-chinese models", "made in the us or europe"): the countries kept or left out.
 * Where a model is hosted is not recorded, and is said not to be applied, never dropped silently.
 */
function readOrigin(r: Reader): void {
  // Most texts name no place: the word test keeps the long patterns below off them.
  if (!PLACE_MENTIONED.test(r.rest)) return;
  r.cut(HOSTED_IN, (m) => {
    r.query.notes = [
      ...(r.query.notes ?? []),
      `“${m[0].trim()}” is not applied: the catalog records where each model's maker is based, not where it is served; ask for a maker's country (such as made in europe or non-chinese) or a host (such as on azure)`,
    ];
  });
  r.cut(WESTERN, (m) => {
    r.query.notes = [...(r.query.notes ?? []), `“${m[0].trim()}” is not applied: name the countries, such as made in the us or europe, or non-chinese`];
  });
  r.cut(MAKER_PLACE, (m) => {
    const g = m.groups ?? {};
    const words = g.adjective ?? g.adjective2 ?? g.places ?? g.adjective3 ?? '';
    const codes = countriesIn(words);
    if (!codes) return false;
    const out = g.out !== undefined || g.out2 !== undefined || g.outside !== undefined || g.adjective3 !== undefined;
    const key = out ? 'notMadeIn' : 'madeIn';
    r.query.filters[key] = [...new Set([...(r.query.filters[key] ?? []), ...codes])].sort();
  });
}

/**
 * "Which models charge more for long prompts?", "models with long-context pricing", "a surcharge over 200k": the models
 * whose price list has a long-prompt tier (`with a long-prompt price` in a command).
 */
const LONG_PROMPT_PRICED =
  /\b(?:charges?|charging|costs?|priced|pricing|bills?)\s+more\s+(?:for|above|over|past)\s+(?:long(?:er)?|big(?:ger)?|large(?:r)?)\s+(?:prompts?|contexts?|inputs?|requests?)\b|\blong[- ](?:context|prompt)\s+(?:pricing|prices?|surcharges?|rates?|tiers?)\b|\bwith\s+a\s+long-prompt\s+price\b|\b(?:have|has|with|charge|charges)\s+(?:a\s+)?surcharges?\b/gi;

/** The text with "long-context pricing" and the like blanked in place: a price asked about, not the long-context lane. */
export const withoutLongPromptPricing = (text: string): string => text.replace(LONG_PROMPT_PRICED, (span) => ' '.repeat(span.length));

/** "Not a preview", "no previews", "excluding previews", "stable models only": previews left out. */
const NO_PREVIEWS =
  /\b(?:(?:that'?s|that is|which is|is)\s+)?not\s+(?:a\s+|in\s+)?previews?\b|\b(?:no|without|excluding|exclude|skip|minus)\s+(?:the\s+|any\s+)?previews?\b|\b(?:stable|non[- ]?preview|generally available)\s+(?=(?:\w+\s+){0,2}?(?:models?|llms?|ones?|releases?|versions?)\b)|\bstable\s+(?:only|releases?\s+only)\b/gi;

function readNoPreviews(r: Reader): void {
  r.cut(NO_PREVIEWS, () => {
    r.query.filters.noPreviews = true;
  });
}

function readLongPromptPriced(r: Reader): void {
  // The words stay for the prompt-size reader ("long context pricing above 200k" is a prompt past 200k); a command's
  // own wording says nothing more.
  r.cut(LONG_PROMPT_PRICED, (m) => {
    r.query.filters.longPromptPriced = true;
    return /long-prompt price/i.test(m[0]) ? undefined : false;
  });
}

/** More than a trillion dollars is not a budget or a price anyone is quoted. */
const MAX_USD = 1e12;

/** An amount in USD as written ("1,500", "2.5"), times `scale` (1000 for "k"; cents are divided by 100); a problem is recorded when it is not a real amount. */
function amount(r: Reader, written: string, scale: number, cents = false): number | undefined {
  const value = (Number(written.replace(/,/g, '')) * scale) / (cents ? 100 : 1);
  if (Number.isFinite(value) && value <= MAX_USD) return value;
  r.query.problems.push(`Cannot read $${written.slice(0, 40)} as an amount: give a budget or price of at most $1 trillion, such as $500 a month or $2 per million.`);
  return undefined;
}

/** The side a price cap is on, when written first ("input price under …"); "audio input" is a modality, not a side. */
const SIDE_FIRST = String.raw`(?:(?<!\b(?:audio|image|images|video|pdf|text|voice|speech)\s+)(input|output)(?:\s+(?:price|cost|rate|tokens?))?\s+(?:(?:is|are|at)\s+)?)?`;
/** Where a bound's words start: a word, or a sign ("> $1/M", "< $2 output"), which has no word boundary before it. */
const BOUND_START = String.raw`(?:\b|(?=[<>≤≥]))`;
/** A cap on the month ("under $500 a month", "< $1"): a sign starts one as a word does. */
const MONTH_CAP = new RegExp(
  String.raw`${BOUND_START}(?:under|below|less than|at most|up to|max(?:imum)?|within|budget(?: of)?|<=|≤|<)\s*\$\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?\s*(?:\/|per|a|an)?\s*(?:month|mo)?\b(?:ly)?`,
  'gi',
);
/** A cap in cents per million ("under 50 cents per million output"). */
const CENTS_CAP = new RegExp(
  String.raw`${BOUND_START}(?:under|below|less than|at most|up to|max(?:imum)?|<=|≤|<)\s*(\d+(?:\.\d+)?)\s*(?:cents?|¢|c)\s*(?:\/|per|a)\s*(?:million|1m|m|mtok)\b(?:\s*tokens?)?(?:\s*(output|input))?`,
  'gi',
);
/** The words of a cap on a price. */
const UNDER = '(?:under|below|less than|at most|up to|max(?:imum)?|cheaper than|<=|≤|<)';

/** "Per million" after an amount, or "blended" ("under $5 blended"): a price per million tokens, not a month's. */
const PER_MILLION = String.raw`(?:\s*(?:\/|per|a)\s*(?:million|1m|m|mtok)\b|\s+blended(?:\s+(?:price|cost|rate))?\b)`;
/** "Under $1 per million (input)", "input price under $1/M": a cap on the blended price or one side's. */
const CAP_PER_MILLION = new RegExp(
  String.raw`${BOUND_START}${SIDE_FIRST}${UNDER}\s*\$\s*(\d+(?:\.\d+)?)${PER_MILLION}\s*(output|input)?(?:\s*tokens?)?(?:\s*(output|input))?`,
  'gi',
);
/** "Under $2 output", "input below $0.50": a side's price is quoted per million, so no "per million" is needed. */
const CAP_ONE_SIDE = new RegExp(
  String.raw`${BOUND_START}${SIDE_FIRST}${UNDER}\s*\$\s*(\d+(?:\.\d+)?)(?![\d.,]|\s*k\b)(?:\s+(?:for|on)(?:\s+the)?)?(?:\s+(output|input)\b(?:\s+(?:tokens?|price|cost|rate)\b)?)?(?!\s*(?:\/|per|a|an)\s*(?:month|mo|million|1m|m\b|mtok)|\s+blended\b)`,
  'gi',
);

/** The words of a floor on a price. */
const OVER = '(?:over|above|more than|at least|min(?:imum)?|more expensive than|pricier than|>=|≥|>)';
/** "Per million (input)" after an amount, with the side it prices written after it, if any. */
const PER_MILLION_SIDE = String.raw`${PER_MILLION}\s*(output|input)?(?:\s*tokens?)?(?:\s*(output|input))?`;
/** "Between $1 and $3 per million output", "$1-$3/M", "from $0.50 to $2 per million tokens": a floor and a cap. */
const RANGE_PER_MILLION = new RegExp(
  String.raw`\b${SIDE_FIRST}(?:(?:priced|costing)\s+)?(?:between|from)?\s*\$\s*(\d+(?:\.\d+)?)\s*(?:-|–|to|and)\s*\$?\s*(\d+(?:\.\d+)?)${PER_MILLION_SIDE}`,
  'gi',
);
/**
 * "Exactly $1 per million input", "priced at $0.15 input and $0.60 output": a price itself, a floor and a cap at once
 * (the second side may follow after "and").
 */
const EXACT_PRICE = new RegExp(
  String.raw`\b(?:exactly|priced at|that cost|costing|cost of exactly)\s*\$\s*(\d+(?:\.\d+)?)(?:${PER_MILLION_SIDE}|\s+(input|output)\b)(?:\s*(?:and|,|\/)\s*\$\s*(\d+(?:\.\d+)?)(?:\s*(?:\/|per|a)\s*(?:million|1m|m|mtok))?\s*(input|output)\b)?`,
  'gi',
);
/** "Priced at $0.15/$0.60 per million": input and output, as price lists pair them. */
const PRICE_PAIR = /\b(?:priced at|at|costing|costs?|for)\s*\$\s*(\d+(?:\.\d+)?)\s*\/\s*\$\s*(\d+(?:\.\d+)?)(?:\s*(?:\/|per|a)\s*(?:million|1m|m|mtok)\b(?:\s*tokens?)?)?/gi;
/** "Over $1 per million input", "output price above $10/M": a floor on the blended price or one side's. */
const FLOOR_PER_MILLION = new RegExp(String.raw`${BOUND_START}${SIDE_FIRST}${OVER}\s*\$\s*(\d+(?:\.\d+)?)${PER_MILLION_SIDE}`, 'gi');
/** "Output over $10", "input price above $2": a side's price is quoted per million, so no "per million" is needed. */
const FLOOR_ONE_SIDE = new RegExp(
  String.raw`${BOUND_START}${SIDE_FIRST}${OVER}\s*\$\s*(\d+(?:\.\d+)?)(?![\d.,]|\s*k\b)(?:\s+(?:for|on)(?:\s+the)?)?(?:\s+(output|input)\b(?:\s+(?:tokens?|price|cost|rate)\b)?)?(?!\s*(?:\/|per|a|an)\s*(?:month|mo|million|1m|m\b|mtok)|\s+blended\b)`,
  'gi',
);

/** Budgets (read first, so "$100 a month" is never read as a volume). */
const AFFORD = /\bafford(?:able)?\b/i;
/** A dollar amount beside "afford": a month's, not a price per million tokens. */
const AFFORD_AMOUNT =
  /(?:\b(?:for|with|on|at|of|under|within)\s+)?\$\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?\b(?!\s*(?:\/|per|a|an)\s*(?:million|1m|m\b|mtok|tokens?|1k\b|k\b|thousand))(?:\s*(?:\/\s*|per |a |an )(?:month|mo)\b)?/gi;

/** "Not under", "not over", "no more than": a bound said through its opposite. */
const NOT_UNDER = /\b(?:not|no)\s+(?:under|below|less than|lower than|cheaper than|slower than)\b/gi;
const NOT_OVER = /\b(?:not|no)\s+(?:over|above|more than|higher than|greater than|pricier than|more expensive than)\b/gi;

function readBudgets(r: Reader): void {
  // "Not under $1 per million" is at least $1, "not over 200k context" at most: the bound the words mean.
  r.rest = r.rest.replace(NOT_UNDER, 'at least').replace(NOT_OVER, 'at most');
  // A second cap or floor on the same price is said, and the first kept.
  const bound = (key: (typeof PRICE_BOUNDS)[number]['min' | 'max'], value: number) => {
    const first = r.query.filters[key];
    if (first === undefined) r.query.filters[key] = value;
    else if (first !== value)
      r.query.problems.push(
        `Two ${key.startsWith('max') ? 'caps' : 'floors'} on the same price given ($${first} and $${value} per million); give one, such as between $1 and $3 per million.`,
      );
  };
  const perMillion = (value: number | undefined, side: string | undefined) => {
    if (value === undefined) return;
    const which = side?.toLowerCase();
    bound(which === 'output' ? 'maxOutputPerMillion' : which === 'input' ? 'maxInputPerMillion' : 'maxPerMillion', value);
  };
  const monthly = (value: number | undefined) => {
    if (value !== undefined) r.query.filters.maxMonthlyUsd = value;
  };
  const floorPerMillion = (value: number | undefined, side: string | undefined) => {
    if (value === undefined) return;
    const which = side?.toLowerCase();
    bound(which === 'output' ? 'minOutputPerMillion' : which === 'input' ? 'minInputPerMillion' : 'minPerMillion', value);
  };
  // A range is read first, so its upper end is not read as a cap alone.
  r.cut(RANGE_PER_MILLION, (m) => {
    const side = m[4] ?? m[5] ?? m[1];
    const [low, high] = [amount(r, m[2] ?? '', 1), amount(r, m[3] ?? '', 1)];
    if (low === undefined || high === undefined) return;
    floorPerMillion(Math.min(low, high), side);
    perMillion(Math.max(low, high), side);
  });
  r.cut(PRICE_PAIR, (m) => {
    for (const [written, side] of [
      [m[1], 'input'],
      [m[2], 'output'],
    ] as const) {
      const value = amount(r, written ?? '', 1);
      if (value === undefined) continue;
      floorPerMillion(value, side);
      perMillion(value, side);
    }
  });
  r.cut(EXACT_PRICE, (m) => {
    const first = amount(r, m[1] ?? '', 1);
    const side = m[2] ?? m[3] ?? m[4];
    if (first !== undefined) {
      floorPerMillion(first, side);
      perMillion(first, side);
    }
    const second = m[5] !== undefined ? amount(r, m[5], 1) : undefined;
    if (second !== undefined) {
      floorPerMillion(second, m[6]);
      perMillion(second, m[6]);
    }
  });
  // Floors, then caps. The side priced may come first ("input price under $1/M") or after ("under $1 per million input
  // tokens"); a side's price is quoted per million tokens, so "under $2 output" and "input below $0.50" bound that side.
  for (const [onePrice, oneSide, set] of [
    [FLOOR_PER_MILLION, FLOOR_ONE_SIDE, floorPerMillion],
    [CAP_PER_MILLION, CAP_ONE_SIDE, perMillion],
  ] as const) {
    r.cut(onePrice, (m) => {
      set(amount(r, m[2] ?? '', 1), m[3] ?? m[4] ?? m[1]);
    });
    r.cut(oneSide, (m) => {
      const side = m[1] ?? m[3];
      if (side === undefined) return false;
      set(amount(r, m[2] ?? '', 1), side);
    });
  }
  r.cut(MONTH_CAP, (m) => {
    monthly(amount(r, m[1] ?? '', m[2] ? 1000 : 1));
  });
  r.cut(CENTS_CAP, (m) => {
    perMillion(amount(r, m[1] ?? '', 1, true), m[2]);
  });
  // "$500 budget", "a $2k monthly budget", "budget: $500", "budget is $500": a budget is for the month the profile prices.
  r.cut(/\$\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?\s*(?:(?:\/\s*|per |a )(?:month|mo)\s+|monthly\s+|a month\s+)?budget\b/gi, (m) => {
    monthly(amount(r, m[1] ?? '', m[2] ? 1000 : 1));
  });
  r.cut(
    /\bbudget(?: is| of|:)?\s*(?:about |around |roughly |~)?\$\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?\b(?!\s*(?:\/|per|a)\s*(?:million|1m|m\b|mtok))(?:\s*(?:\/\s*|per |a |an )(?:month|mo)\b)?/gi,
    (m) => {
      monthly(amount(r, m[1] ?? '', m[2] ? 1000 : 1));
    },
  );
  r.cut(/(?:\b(?:our |my |the |a )?budget(?: is| of|:)?\s*(?:about |around |roughly |~)?)?\$\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?\s*(?:\/\s*|per |a |an )(?:month|mo)\b/gi, (m) => {
    monthly(amount(r, m[1] ?? '', m[2] ? 1000 : 1));
  });
  // "The most capable model we can afford at 100M tokens for $200": what can be afforded is the month's budget.
  if (AFFORD.test(r.rest))
    r.cut(AFFORD_AMOUNT, (m) => {
      monthly(amount(r, m[1] ?? '', m[2] ? 1000 : 1));
    });
  // A floor above the cap on the same price leaves nothing to rank: said, not answered with an empty list.
  for (const { side, floor, cap } of crossedPriceBounds(r.query.filters)) {
    const per = `per million${side ? ` ${side}` : ''}`;
    r.query.problems.push(`A floor of $${floor} ${per} is above the cap of $${cap}: no price is both; give the lower bound first, such as between $1 and $3 ${per}.`);
  }
}

/** What a workload is counted in: requests, messages, tickets, documents… */
const THINGS = `(?:requests?|calls?|messages?|queries|query|conversations?|chats?|documents?|docs|tickets?|pages?|emails?|prompts?|responses?|replies|answers?|completions?|questions?|sessions?|tasks?|jobs?|files?|pdfs?|transcripts?|articles?|reviews?|turns?|exchanges?|reports?|summaries|summary|contracts?|books?|images?|photos?|pictures?|screenshots?|scans?|receipts?|invoices?|forms?|texts?|snippets?|sentences?|tweets?|posts?|comments?|records?|rows?|items?|entries|entry|chunks?|passages?|paragraphs?|descriptions?|listings?|headlines?|prs?|commits?|diffs?|searches|search|lookups?|translations?|classifications?|iterations?|evals?|trajector(?:y|ies)|episodes?|claims?|resumes?|meetings?|recordings?|interviews?|lectures?|podcasts?)`;
/** What a request sends and what comes back, each a number of tokens (see sentAndBack). */
const SENT_AND_BACK = new RegExp(
  String.raw`(?:\b(?<eachAlone>each)\s+(?:(?<each>${THINGS})\s+)?)?\b(?:sends?|sending|sent|uses?|using)\s+(?:about |around |roughly |~)?(?<inN>${NUM})(?:\s*(?<inU>${UNIT})(?![a-z]))?\s*(?:tokens?|toks?)(?:\s+of\s+(?:context|input|prompts?|retrieved\s+context))?(?:\s+(?:per|each|a)\s+(?<per1>${THINGS}))?\s+and\s+(?:gets?|getting|receives?|receiving|returns?|returning|generates?|generating|writes?|writing)\s+(?:about |around |roughly |~)?(?<outN>${NUM})(?:\s*(?<outU>${UNIT})(?![a-z]))?(?:\s*(?:tokens?|toks?))?(?:\s+(?:back|out|in return|in response))?(?:\s+(?:per|each|a)\s+(?<per2>${THINGS}))?\b`,
  'gi',
);

/** Pieces of text a size is given for: "8,000-token documents", "a 1000-word essay". */
const PIECES_OF_TEXT = `(?:documents?|docs?|transcripts?|contracts?|files?|pdfs?|books?|reports?|essays?|articles?|blog[- ]posts?|posts?|stor(?:y|ies)|letters?|emails?|summar(?:y|ies)|chapters?|descriptions?|reviews?|texts?|papers?|speech(?:es)?|scripts?|newsletters?|press releases?)`;

/** Things counted: the plural ("300k prompts" are many; "a 300k prompt" is one prompt's size). */
export const MANY_THINGS = `(?:requests|calls|messages|queries|conversations|chats|documents|docs|tickets|pages|emails|prompts|responses|replies|answers|completions|questions|sessions|tasks|jobs|files|pdfs|transcripts|articles|reviews|turns|exchanges|reports|summaries|contracts|books|images|photos|pictures|screenshots|scans|receipts|invoices|forms|texts|snippets|sentences|tweets|posts|comments|records|rows|items|entries|chunks|passages|paragraphs|descriptions|listings|headlines|prs|commits|diffs|searches|lookups|translations|classifications|iterations|evals|trajectories|episodes|claims|resumes|meetings|recordings|interviews|lectures|podcasts)`;
/** "per million requests", "for a thousand calls": a scale word alone before things counted (scaleAloneAsCount). */
const SCALE_ALONE_COUNT = new RegExp(String.raw`\b(per|every|each|for\s+(?:a|one|every)|a)\s+(thousand|million|billion)\s+(?=(?:[a-z-]+\s+){0,2}?${MANY_THINGS}\b)`, 'gi');
/** Up to two words between a count and what it counts ("500 support tickets"); never "token", which makes the number a size ("300k token prompts"). */
const BETWEEN = String.raw`(?:(?!toks?\b|tokens?\b)[a-z]+\s+){0,2}?`;
/** "10k requests a day", "500 support tickets a day", "10 messages each": how many, of what, in what period. */
const REQUESTS = String.raw`(?<![\w.])(?<reqN>${NUM})\s*(?<reqU>${UNIT})?\s+${BETWEEN}${MANY_THINGS}\b(?<reqPeriod>${PERIOD})?(?:\s+each)?`;
/** The words for each side of a request: "500 in", "2k input", "500-token prompts"; "200 out", "200 token responses". */
const IN_WORD = 'input|inputs|prompts?|in';
const IN_WORDS = `(?:${IN_WORD})`;
const OUT_WORDS = '(?:output|outputs|completions?|responses?|replies|answers?|out|back)';
const IS_INPUT = new RegExp(`^${IN_WORDS}$`, 'i');
/** What a model writes back for each request: "200 token summaries", "a 5 token label", "500 token answers". */
const OUTPUT_THINGS =
  '(?:summar(?:y|ies)|answers?|repl(?:y|ies)|responses?|outputs?|labels?|completions?|translations?|classifications?|tags?|titles?|captions?|verdicts?|results?)';
/** Each request's output said after its size: "1500 tokens each, 200 token summaries", "(~100 tokens each, 5 token label)". */
const OUTPUT_EACH = new RegExp(
  String.raw`(?:\b(?:with|and|plus|into|producing|generating|returning|giving|getting|gets|get)\s+|[,;(]\s*)(?:an?\s+|about\s+|around\s+|roughly\s+|~|≈)?(?<outN>-?\s*${NUM})\s*(?<outU>${UNIT})?[\s-]*(?:tokens?|toks?)[\s-]+(?:of\s+)?(?:output\s+)?${OUTPUT_THINGS}\b`,
  'gi',
);
/** What each one writes said as what it is: "and the reply is ~250 tokens", "; answers average 300 tokens", ", output 150 tokens". */
const OUTPUT_SAID = new RegExp(
  String.raw`(?:\b(?:with|and|plus|while)\s+|[,;]\s*)(?:the\s+|each\s+|every\s+|its\s+|their\s+)?${OUTPUT_THINGS}\s*(?:(?:is|are|averages?|runs?|comes? to|of)\s+|[:=]\s*)?(?:about\s+|around\s+|roughly\s+|typically\s+|usually\s+|~|≈)?(?<outN>-?\s*${NUM})\s*(?<outU>${UNIT})?[\s-]*(?:tokens?|toks?)\b`,
  'gi',
);
/** "~2k tokens", "8k context": the size of each. */
const SIZE = String.raw`(?:about |around |roughly |~|≈)?(?<sizeN>${NUM})\s*(?<sizeU>${UNIT})?\s*(?:(?:tokens?|toks?)(?:\s+(?:of\s+)?context)?|context)`;
/** Each request's input may be called its context ("6k token context + 300 token answer"); a month's is a context floor. */
const EACH_IN_WORDS = `(?:${IN_WORD}|context)`;
/** "2k tokens in and 500 out": the size of each, by side. */
const SIDES = String.raw`(?:~|≈|about\s+|around\s+|roughly\s+)?(?<inN>${NUM})\s*(?<inU>${UNIT})?[\s-]*(?:tokens?[\s-]+)?${EACH_IN_WORDS}\b(?:\s+tokens?)?(?:\s+(?:each|apiece))?\s*(?:and|,|\+|\/|&)?\s*(?<outN>${NUM})\s*(?<outU>${UNIT})?[\s-]*(?:tokens?[\s-]+)?${OUT_WORDS}\b(?:\s+tokens?)?`;
/** "each", "per request", "a message": the size is each one's. */
const EACH = String.raw`(?:each|apiece|per\s+${THINGS}|a\s+${THINGS})\b`;
const EACH_SIZE = `(?:${SIDES}|${SIZE})`;
/** A period said after each one's size ("500 documents of 2k tokens each per month"): the count's, when it has none before. */
const SIZE_PERIOD = `(?:[\\s,]*once(?=\\s+(?:a|an|per|every|each)\\s))?(?<sizePeriod>${PERIOD})?`;
const REQUEST_VOLUMES = [
  // "classifying tickets, ~2M/day, 300 tok each", "tickets on gpt-5 nano, 2M/day, …": what is counted named first, then
  // how many and each one's size.
  new RegExp(
    String.raw`\b${MANY_THINGS}(?:\s+(?:on|with|using|via|through)\s+(?<kept>[\uE000-\uF8FF]+))?\s*[,:(–-]\s*(?:~|≈|about\s+|around\s+|roughly\s+)?(?<reqN>${NUM})\s*(?<reqU>${UNIT})?(?<reqPeriod>${PERIOD})\s*[,;]?\s*${EACH_SIZE}\s*,?\s*${EACH}`,
    'gi',
  ),
  // "500 tickets a day, each 2k tokens in and 500 out"
  new RegExp(String.raw`${REQUESTS}[\s,(]*each\s+(?:(?:with|at|of|averaging)\s+)?${EACH_SIZE}${SIZE_PERIOD}`, 'gi'),
  // "10k requests a day at ~2k tokens each", "500 calls, 3k tokens per call", "2M texts a day (~100 tokens each)"
  new RegExp(String.raw`${REQUESTS}[\s,(]*(?:(?:at|of|with|x|×|averaging)\s*)?${EACH_SIZE}\s*,?\s*${EACH}${SIZE_PERIOD}`, 'gi'),
  // "2M requests of 1,500 tokens", "10k calls x 2k tokens", "10k chats a day averaging 2k tokens": the joining word says
  // each one is that size.
  new RegExp(
    String.raw`${REQUESTS}(?:\s+(?:of|at|x|×)|[\s,]+(?:averaging|that average|which average|(?:with|at|of) an average of|on average|on average of|average|avg\.?|on avg\.?))\s*${EACH_SIZE}\b(?:\s+(?:each|apiece)\b)?${SIZE_PERIOD}`,
    'gi',
  ),
  // "2000 requests/day, 400 in / 150 out", "10k requests/day 2k in 500 out": both sides right after the count, with no
  // period of their own, are each one's.
  new RegExp(String.raw`${REQUESTS}\s*(?:[,:;]|\s+with)?\s*${SIDES}(?!${PERIOD})(?!\s*(?:in total|total|overall))`, 'gi'),
  // "100k requests per day; average prompt 1,200 tokens; average completion 300 tokens": each side named before its size.
  new RegExp(
    String.raw`${REQUESTS}[\s,;:]+(?:(?:with|at)\s+)?(?:(?:an?\s+)?(?:average|avg\.?|typical|mean)\s+)?(?:prompts?|inputs?|contexts?)\s*(?:of|is|are|:|=)?\s*(?:about\s+|around\s+|~)?(?<inN>${NUM})\s*(?<inU>${UNIT})?\s*(?:tokens?|toks?)\s*(?:[,;]|and)\s*(?:(?:an?\s+)?(?:average|avg\.?|typical|mean)\s+)?(?:completions?|outputs?|responses?|answers?|replies)\s*(?:of|is|are|:|=)?\s*(?:about\s+|around\s+|~)?(?<outN>${NUM})\s*(?<outU>${UNIT})?\s*(?:tokens?|toks?)`,
    'gi',
  ),
  // "5k tokens per request and 2000 requests per hour": the size first, then how many.
  new RegExp(String.raw`${EACH_SIZE}\s*(?:per|each|a|an)\s+${THINGS}\b[\s,]*(?:and|with|at|x|×|times|for|,)?\s*${REQUESTS}`, 'gi'),
  // "8k token prompts and 500 token answers, 20k times a day": each side's size, then how many times.
  new RegExp(
    String.raw`(?<![\w.])(?:about |around |roughly |~|≈)?(?<inN>${NUM})\s*(?<inU>${UNIT})?[\s-]*(?:tokens?|toks?)[\s-]+(?:prompts?|inputs?|requests?|queries|questions|contexts?)\b(?:\s+(?:and|,|with|then)\s+(?:(?:gets?|getting|receives?|receiving|returns?|returning|back)\s+)?|\s*[,+/&]\s*)(?:about |around |roughly |~|≈)?(?<outN>${NUM})\s*(?<outU>${UNIT})?[\s-]*(?:tokens?|toks?)[\s-]+${OUTPUT_THINGS}\b[\s,]*(?<reqN>-?${NUM})\s*(?<reqU>${UNIT})?\s+times\b(?<reqPeriod>${PERIOD})?`,
    'gi',
  ),
  // "500 1k-token documents a day", "2000 8k token transcripts a month": how many, each one's size, then what.
  new RegExp(
    String.raw`(?<![\w.])(?<reqN>${NUM})\s*(?<reqU>${UNIT})?\s+(?:about |around |roughly |~|≈)?(?<sizeN>${NUM})\s*(?<sizeU>${UNIT})?[\s-]*(?:tokens?|toks?)[\s-]+${BETWEEN}${MANY_THINGS}\b(?<reqPeriod>${PERIOD})?`,
    'gi',
  ),
];
/**
 * The size said later in the sentence, with no other number between: "3M requests on haiku 4.5 if each is 1500 tokens",
 * "500 calls a day to gpt-5, 2k tokens each". The words between (the model's name among them) are left to be read.
 */
const GAP = String.raw`(?<gap>[^\d.?!]{1,80}?)`;
const LATER_SIZE = [
  new RegExp(
    String.raw`${REQUESTS}${GAP}\b(?:each|every\s+(?:one|${THINGS}))(?:\s+(?:one|${THINGS}))?\s+(?:(?:is|has|uses|averages|averaging|runs|takes|being|of|at|with|about|around)\s+)*${EACH_SIZE}`,
    'gi',
  ),
  new RegExp(String.raw`${REQUESTS}${GAP}[\s,]${EACH_SIZE}\s*,?\s*${EACH}`, 'gi'),
  // "3000 emails a day, replies are about 200 tokens", "… they average 1k tokens": what they are is each one's size.
  new RegExp(
    String.raw`${REQUESTS}${GAP}\b(?:they|${MANY_THINGS})\s+(?:are|average|run|come to)\s+(?:(?:about|around|roughly|approximately|typically|usually)\s+)?${EACH_SIZE}`,
    'gi',
  ),
  // "1k requests on gpt-5-nano with 500 token prompts and 200 token responses": both sides say each one's size.
  new RegExp(String.raw`${REQUESTS}${GAP}\b(?:with|at|of)\s+${SIDES}`, 'gi'),
  // "20k tickets per month on gpt-5 mini, avg 1,200 tokens": an average said after the model is each one's size.
  new RegExp(String.raw`${REQUESTS}${GAP}[\s,]+(?:averaging|average|avg\.?|on average)\s+${EACH_SIZE}\b(?!${PERIOD})`, 'gi'),
  // "2 requests a second on gpt-5 mini of 1k tokens": a size joined to the count is each one's, unless it has a period
  // of its own ("… at 50M tokens a month" is the month's).
  new RegExp(String.raw`${REQUESTS}${GAP}\s(?:of|at|averaging)\s+${SIZE}\b(?!${PERIOD})(?!\s*(?:in total|total|overall|altogether))`, 'gi'),
  // "each report of 10k tokens on gpt-5, 1000 reports a month": the size first, then how many.
  new RegExp(String.raw`\b(?:each|every|per|one|a)\s+${THINGS}\s+(?:(?:is|are|of|has|uses|averages|averaging|at|with|about|around)\s+)+${EACH_SIZE}${GAP}${REQUESTS}`, 'gi'),
];

/**
 * "5M requests with 100k-token prompts", "1000 calls a day on gemini 2.5 pro of 300k token prompts": each one's prompt,
 * its input; what each writes is read after it when said ("… and 500-token responses").
 */
const PROMPTS_COUNTED = new RegExp(
  String.raw`${REQUESTS}${GAP}\b(?:with|of|at|averaging|using)\s+(?:an?\s+)?(?:(?:average|avg\.?|typical)\s+)?(?:about |around |roughly |~|≈)?(?<sizeN>${NUM})\s*(?<sizeU>${UNIT})?[\s-]*(?:tokens?|toks?)[\s-]+(?:prompts?|inputs?)\b(?![\s-]+(?:and|with|plus|\+|,)?\s*${NUM})`,
  'gi',
);

/** A month's volume no workload has, as a problem. */
const beyondAMonth = (tokens: number) =>
  `Cannot price ${tokens.toLocaleString('en-US')} tokens a month: give a volume above 0 and at most ${MAX_TOKENS_PER_MONTH.toLocaleString('en-US')}.`;

/** A product of counts (users × requests × tokens) too large to be a workload, said in the asker's words. */
const productProblem = (phrase: string) =>
  `Cannot price “${saidOfOne(quoted(phrase))}”: that is no real workload (above 0 and at most 10^15 tokens a month). Check the counts and units.`;

/** A phrase as the asker wrote it, for a message: a model's name taken out of it reads "…", and it is cut at 80 characters. */
const quoted = (phrase: string) =>
  phrase
    .replace(/\s*[\uE000-\uF8FF]+\s*/g, ' … ')
    .replace(/\s+/g, ' ')
    .replace(/ … ,/g, ' …,')
    .trim()
    .slice(0, 80);

/** Who sends the requests: users, seats, agents… */
const PEOPLE = '(?:users?|people|seats?|customers?|clients?|employees?|developers?|devs|engineers?|analysts?|students?|writers?|reps?|staff|teammates?|agents?|bots?|members?)';

/** Counts written as words: "two", "a dozen" (not "a", "half a", "hundred": never a count on their own here). */
const COUNT_WORDS: Record<string, number> = {
  ...Object.fromEntries(Object.entries(NUMBER_WORDS_IN_VOLUMES).filter(([w]) => w !== 'a' && w !== 'an' && w !== 'half a' && w !== 'hundred')),
  'a dozen': 12,
  dozen: 12,
};
const WORD_COUNT = new RegExp(
  String.raw`(?<![\w.$-])(${Object.keys(COUNT_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\s+(?!(?:quarters|thirds|fifths|tenths|fourths)\b)(?=(?:[a-z]+\s+){0,2}?(?:${MANY_THINGS}|${PEOPLE})\b)`,
  'gi',
);
/** "A team of 8", "a team of 12 engineers": that many people. */
const TEAM_OF = new RegExp(
  String.raw`\b(?:an?\s+|our\s+|my\s+)?(?:team|group|squad|org(?:anization)?|company|department)\s+of\s+(\d{1,6}|${Object.keys(COUNT_WORDS)
    .filter((w) => !/\s/.test(w))
    .join('|')})\b(?:\s+(${PEOPLE}))?`,
  'gi',
);
/** A rate's period right after one thing: "a request per minute", "one call every second", "a message a day". */
const ONE_PER_PERIOD = String.raw`(?:\s*\/\s*|\s+(?:per|a|an|each|every)\s+)(?:second|sec|minute|min|hour|hr|day|week|month)\b|\s+(?:hourly|daily|weekly|monthly)\b`;
const ONE_AT_A_RATE = new RegExp(String.raw`(?<![\w.$-])(?:1|one|an?|a single)\s+((?:[a-z]+\s+)?)(${THINGS})(?=${ONE_PER_PERIOD})`, 'gi');

/**
 * "Two requests a second", "five developers", "a dozen agents": a count in words, as its figure; "one request per minute",
 * "a call every second": one thing at a rate is a count too ("1 requests per minute", plural as the readers count),
 * where "a request of 2k tokens" alone is the one request whose cost is asked.
 */
function countsInFigures(text: string): string {
  return text
    .replace(TEAM_OF, (_, n: string, who: string | undefined) => `${COUNT_WORDS[n.toLowerCase()] ?? n} ${who ?? 'people'}`)
    .replace(WORD_COUNT, (_, n: string) => `${COUNT_WORDS[n.toLowerCase().replace(/\s+/g, ' ')]} `)
    .replace(ONE_AT_A_RATE, (_, between: string, thing: string) => `1 ${between}${pluralOf(thing)}`);
}

/** One of a plural counted thing ("1 messages"). */
const ONE_OF_MANY = new RegExp(String.raw`(?<![\w.,])1(\s+(?:[a-z]+\s+)??)(${MANY_THINGS})\b`, 'gi');
/** A plural counted thing, the whole word. */
const A_THING = new RegExp(`^${MANY_THINGS}$`, 'i');
/** The counted thing in a workload's phrase. */
const THINGS_COUNTED = new RegExp(MANY_THINGS, 'i');

/** "1 messages" (as countsInFigures writes one thing at a rate) said back as "1 message". */
function saidOfOne(phrase: string): string {
  return phrase.replace(ONE_OF_MANY, (_, between: string, things: string) => `1${between}${singularOf(things)}`);
}

/** One of a plural counted thing: "queries" → "query", "requests" → "request". */
export function singularOf(things: string): string {
  return /ies$/i.test(things) ? `${things.slice(0, -3)}y` : /(?:sh|ch|x|ss)es$/i.test(things) ? things.slice(0, -2) : things.slice(0, -1);
}

/** A counted thing's plural, as MANY_THINGS spells it: "request" → "requests", "query" → "queries". */
export function pluralOf(thing: string): string {
  if (A_THING.test(thing)) return thing;
  return /[^aeiou]y$/i.test(thing) ? `${thing.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/i.test(thing) ? `${thing}es` : `${thing}s`;
}

/** "10k users", "1000 daily users": how many people (or seats, agents) send the requests, and how often when said. */
const USERS = String.raw`(?<![\w.])(?<userN>${NUM})\s*(?<userU>${UNIT})?\s+(?:(?<userPeriod>hourly|daily|weekly|monthly)\s+)?(?:active\s+)?(?:[a-z]+\s+)??(?<who>${PEOPLE})\b`;
/** "10k users sending 20 messages a day of 500 tokens", "1000 daily users, 10 messages each, 800 tokens per message". */
/** Words that join people to what they do: "sending", "who each make", "averaging". */
const JOIN_WORD = `(?:each|who|that|sending|send|sends|making|make|makes|doing|do|does|asking|ask|asks|running|run|runs|submitting|submit|submits|posting|post|posts|handling|handle|handles|processing|process|processes|reviewing|review|reviews|answering|answer|answers|writing|write|writes|averaging|average|with|at|about|around|~)`;
/**
 * The words between the people and their requests: "sending", "who each make", "averaging", or a clause about where
 * or how they work and then "each" ("20 engineers using an ai coding assistant, each doing 100 requests a day"; not
 * "1000 agent tasks a day, each 50 turns", where the people are no people).
 */
const USER_JOIN = String.raw`(?:[\s,]+(?:${JOIN_WORD}\s+){0,3}(?:~|≈)?|\s*[x×*]\s*|\s+(?:using|who use|that use|working|on|in|at|from|across|with|for)\s+[^\d,.;?!]{1,60}?,\s*(?:they\s+)?each\s+(?:${JOIN_WORD}\s+){0,2})`;
const USER_VOLUMES = new RegExp(
  String.raw`${USERS}${USER_JOIN}${REQUESTS}[\s,]*(?:each\s+)?(?:(?:at|of|with|x|×|averaging|average|avg\.?)\s*)?${EACH_SIZE}(?:\s*,?\s*${EACH})?`,
  'gi',
);

/** "-500 requests", "-10 users": a count below zero, never read as its absolute value. */
const NEGATIVE_COUNT = new RegExp(String.raw`(?<![\w.])-\s*${NUM}\s*(?:${UNIT})?\s+${BETWEEN}(?:${MANY_THINGS}|${PEOPLE})\b`, 'gi');

/** "Daily users" send their requests each day, unless the requests say their own period. */
const USER_PERIOD: Record<string, string> = { hourly: ' an hour', daily: ' a day', weekly: ' a week', monthly: ' a month' };

/** A period said before a count, in its clause ("every day we run …", "each week, …", "daily, we send …"). */
const PERIOD_BEFORE = /\b(?:(?:every|each|per|once a)\s+(hour|day|week|month|year)|(hourly|daily|nightly|weekly|monthly|yearly))\b[^\d.?!;]{0,40}$/i;
const PERIOD_WORDS: Record<string, string> = { hourly: 'hour', daily: 'day', nightly: 'day', weekly: 'week', monthly: 'month', yearly: 'year' };

function periodBefore(before: string): string {
  const m = PERIOD_BEFORE.exec(before);
  const unit = m ? (m[1] ?? PERIOD_WORDS[(m[2] ?? '').toLowerCase()]) : undefined;
  return unit ? ` a ${unit.toLowerCase()}` : '';
}

/**
 * Each request's tokens ("2k tokens", or "2k tokens in and 500 out": their sum, and the mix when none is given) times
 * how many (`counts`, each as written), in `period`: the month's tokens, or a problem said in the asker's words.
 */
function countedVolume(r: Reader, m: RegExpExecArray, counts: string[], said: string): boolean | undefined {
  const g = m.groups ?? {};
  // "Every day we run 500 jobs of 20k tokens": a period said just before the count is the count's.
  const period = said.trim() === '' ? periodBefore(m.input.slice(0, m.index)) : said;
  const sides = g.inN !== undefined ? [parseVolume(`${g.inN}${g.inU ?? ''}`), parseVolume(`${g.outN}${g.outU ?? ''}`)] : [];
  const size = g.sizeN !== undefined ? parseVolume(`${g.sizeN}${g.sizeU ?? ''}`) : undefined;
  const read = counts.map((c) => parseVolume(c));
  // A count or size no workload has ("1e400 requests", "0 calls") is said, not left to be read as a name.
  if (![...read, ...(size ? [size] : []), ...sides].every((c) => c.ok)) {
    r.query.problems.push(productProblem(m[0] ?? ''));
    return;
  }
  const tokensOfEach = (v: (typeof read)[number]) => (v.ok ? v.value.tokens : 0);
  const each = size ? tokensOfEach(size) : sides.reduce((sum, v) => sum + tokensOfEach(v), 0);
  const total = read.reduce((product, c) => product * tokensOfEach(c), each);
  r.each = each;
  const perPeriod = parseVolume(`${total}${period}`);
  if (!perPeriod.ok) {
    r.query.problems.push(productProblem(m[0] ?? ''));
    return;
  }
  r.query.tokens = perPeriod.value.tokensPerMonth;
  // One count with no period ("1000 requests of 3k tokens") is that many requests, not a month's.
  const thing = THINGS_COUNTED.exec(m[0] ?? '')?.[0];
  r.countedOnce = read.length === 1 && period.trim() === '' && thing ? { count: tokensOfEach(read[0] as (typeof read)[number]), what: thing.toLowerCase() } : undefined;
  const [input, output] = sides.map(tokensOfEach);
  r.eachInput = input;
  if (input !== undefined && output !== undefined && input + output > 0) r.sideOnly = mixOf(input, output);
}

/**
 * The size said later, as for requests: "500 users sending 20 messages a day on claude haiku 4.5, 1k tokens per
 * message", "200 agents making 50 calls an hour to gpt-5, each 3k tokens".
 */
const USER_LATER_SIZE = [
  new RegExp(String.raw`${USERS}${USER_JOIN}${REQUESTS}${GAP}[\s,]${EACH_SIZE}\s*,?\s*${EACH}`, 'gi'),
  new RegExp(
    String.raw`${USERS}${USER_JOIN}${REQUESTS}${GAP}\b(?:each|every\s+(?:one|${THINGS}))(?:\s+(?:one|${THINGS}))?\s+(?:(?:is|has|uses|averages|averaging|runs|takes|being|of|at|with|about|around)\s+)*${EACH_SIZE}`,
    'gi',
  ),
];

/** "Per head", "per person", "per dev", "per user": one of the people counted. */
const PER_ONE_OF_THEM = String.raw`per\s+(?:head|person|dev|${PEOPLE})`;

/** How many people send the month's requests ("2000 users", "50 developers"), kept to say the cost of each. */
function peopleCounted(r: Reader, count: string, who: string | undefined): void {
  const n = parseVolume(count);
  if (!n.ok || r.query.tokens === null || r.query.tokens === undefined || n.value.tokens < 1) return;
  r.query.people = { count: n.value.tokens, who: (who ?? 'users').toLowerCase() };
}

/** "300 users share 90M tokens", "90M tokens split across 300 users": the month's people, its tokens unchanged. */
const SHARED_BY = [
  new RegExp(String.raw`(?<![\w.])(?<n>${NUM})\s*(?<u>${UNIT})?\s+(?:[a-z]+\s+)?(?<who>${PEOPLE})\s+(?:share|sharing|split|splitting|use|using)\b`, 'i'),
  new RegExp(String.raw`\b(?:shared|split|divided|spread)\s+(?:across|among|between|by|over)\s+(?<n>${NUM})\s*(?<u>${UNIT})?\s+(?:[a-z]+\s+)?(?<who>${PEOPLE})\b`, 'i'),
];

/** People said to share the month's tokens (read after the volume): the cost of each is said. */
function readSharedBy(r: Reader): void {
  if (r.query.people !== undefined) return;
  for (const pattern of SHARED_BY) {
    const g = pattern.exec(r.rest)?.groups;
    if (g) {
      peopleCounted(r, `${g.n}${g.u ?? ''}`, g.who);
      return;
    }
  }
}

/**
 * "500 employees at 100k tokens each a month", "50 developers using codex at 2M tokens a day each": people × each one's
 * tokens; "20 developers using 2M tokens each" with no period, a month's (a person's share, not one request of 2M).
 */
const PEOPLE_SIZE = new RegExp(
  String.raw`${USERS}\s+(?<between>(?:[^\s,.;?!]+\s+){0,4}?)(?:at|with|of|using|use|uses|consuming|consume|averaging|burning|sending)\s+(?:about |around |roughly |~)?(?<sizeN>${NUM})\s*(?<sizeU>${UNIT})?\s*(?:tokens?|toks?)\s*(?:(?:each|apiece|${PER_ONE_OF_THEM})(?<period>${PERIOD})?(?!\s+${THINGS}\b)|(?<periodFirst>${PERIOD})(?:\s+(?:each|apiece))?)`,
  'gi',
);

/** "2M tokens per user per month for 250 users": each one's tokens first, then how many people. */
const SIZE_PER_PERSON = new RegExp(
  String.raw`(?<![\w.])(?:about |around |roughly |~)?(?<sizeN>${NUM})\s*(?<sizeU>${UNIT})?\s*(?:tokens?|toks?)(?<periodFirst>${PERIOD})?\s+(?:per|a|each)\s+(?:user|person|seat|head|dev|developer|engineer|employee|customer|member|agent|student|rep)\b(?<period>${PERIOD})?(?<between>)[\s,]+(?:for|across|with|times|x|×|among|and)\s+(?:(?:we|there)\s+(?:have|are)\s+)?(?:our\s+|the\s+)?(?<userN>${NUM})\s*(?<userU>${UNIT})?\s+(?:[a-z]+\s+)?(?<who>${PEOPLE})\b`,
  'gi',
);

/** "40 devs using gpt-5, 1.5M tokens each a day": the size after a comma is each one's only when "each" says so. */
const PEOPLE_THEN_EACH = new RegExp(
  String.raw`${USERS}(?:\s+(?<between>(?:[^\s,.;?!]+\s+){0,4}?[^\s,.;?!]+))?\s*[,:;]\s*(?:about |around |roughly |~)?(?<sizeN>${NUM})\s*(?<sizeU>${UNIT})?\s*(?:tokens?|toks?)\s*(?:(?:each|apiece|${PER_ONE_OF_THEM})(?<period>${PERIOD})|(?<periodFirst>${PERIOD})\s+(?:each|apiece|${PER_ONE_OF_THEM}))`,
  'gi',
);

/** "200 devs on gpt-5-codex, each 2M tokens a day", "200 users × 2M tokens a day": "each" said first, or a product. */
const PEOPLE_EACH_FIRST = new RegExp(
  String.raw`${USERS}(?:\s+(?<between>(?:[^\s,.;?!]+\s+){0,4}?[^\s,.;?!]+))?\s*(?:[,:;]\s*(?:each|every one(?: of them)?)\s+(?:(?:using|uses|at|with|on|sending|consuming|burning|averaging)\s+)?|[x×*]\s*)(?:about |around |roughly |~)?(?<sizeN>${NUM})\s*(?<sizeU>${UNIT})?\s*(?:tokens?|toks?)(?<period>${PERIOD})`,
  'gi',
);

/**
 * "5 agents 8 hours a day on sonnet 4.5 at 50k tokens per hour each", "10 developers using codex 6 hours a day, 200k
 * tokens an hour": people × the hours each works in a day (or week) × the tokens each uses in an hour.
 */
const HOURS_AT_A_RATE = new RegExp(
  String.raw`${USERS}\s+(?<between>(?:[^\s\d,.;?!]+\s+){0,4}?)(?<hours>\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\s+(?:a|per|each|every)\s+(?<unit>day|week|month)\b(?<gap>[^\d.?!;]{0,60}?)(?:\b(?:at|with|of|using|burning|consuming|averaging)\s+|,\s*)(?:about |around |roughly |~)?(?<sizeN>${NUM})\s*(?<sizeU>${UNIT})?\s*(?:tokens?|toks?)\s*(?:(?:per|an?|each|every)\s+hour|hourly)\b(?:\s+(?:each|apiece))?`,
  'gi',
);

/** The hours of use in a day (or week) and the tokens an hour, with no people counted: "8 hours a day at 50k tokens per hour". */
const HOURS_ALONE = [
  new RegExp(
    String.raw`(?<![\w.])(?<hours>\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\s+(?:a|per|each|every)\s+(?<unit>day|week|month)\b(?<gap>[^\d.?!;]{0,60}?)(?:\b(?:at|with|of|using|burning|consuming|averaging)\s+|,\s*)(?:about |around |roughly |~)?(?<sizeN>${NUM})\s*(?<sizeU>${UNIT})?\s*(?:tokens?|toks?)\s*(?:(?:per|an?|each|every)\s+hour|hourly)\b`,
    'gi',
  ),
  new RegExp(
    String.raw`(?<![\w.])(?:about |around |roughly |~)?(?<sizeN>${NUM})\s*(?<sizeU>${UNIT})?\s*(?:tokens?|toks?)\s*(?:(?:per|an?|each|every)\s+hour|hourly)\b(?<gap>[^\d.?!;]{0,60}?)\b(?:for|over|during)\s+(?<hours>\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\s+(?:a|per|each|every)\s+(?<unit>day|week|month)\b`,
    'gi',
  ),
];

/** One person's share said of requests: "per user", "each developer", "a seat". */
const PER_PERSON = String.raw`(?:per|a|an|each|every)\s+(?:user|person|customer|client|employee|developer|dev|engineer|agent|seat|member|head|rep|student|analyst|writer)`;
/**
 * "3 calls per user per day with 2k tokens each for 10k users", "20 messages a day per user of 500 tokens for 300
 * users": each one's requests and their size first, then how many people.
 */
const RATE_THEN_PEOPLE = [String.raw`\s+${PER_PERSON}(?<reqPeriod>${PERIOD})?`, String.raw`(?<reqPeriod>${PERIOD})\s+${PER_PERSON}`].map(
  (rate) =>
    new RegExp(
      String.raw`(?<![\w.])(?<reqN>${NUM})\s*(?<reqU>${UNIT})?\s+${BETWEEN}${MANY_THINGS}${rate}[\s,]*(?:(?:each\s+)?(?:of|with|at|averaging)\s+)?${EACH_SIZE}(?:\s*,?\s*${EACH})?${GAP}\b(?:for|across|with|among|from|times|x|×)\s+(?:our\s+|the\s+|all\s+)?${USERS}`,
      'gi',
    ),
);

/** One count in a chain of counts: "5 sessions each", "x 8 messages per session", ", 20 turns a day". */
const CHAIN_LINK = String.raw`\s*(?:,|x|×|\*|\band\b|\bwith\b|\beach\s+(?:with|having|doing|making|sending|running)\b)?\s*(?:about\s+|around\s+|~)?${NUM}\s*(?:${UNIT})?\s+(?:[a-z]+\s+)?${MANY_THINGS}\b(?:\s+(?:each|apiece|per\s+[a-z]+))?(?:${PERIOD})?`;
/**
 * "100k MAU, 5 sessions each, 8 messages per session, 300 tokens per message", "10k users x 5 sessions x 8 messages x
 * 300 tokens": who or what is counted, two or three counts inside each, then each one's tokens.
 */
const COUNT_CHAIN = new RegExp(
  String.raw`(?<![\w.])(?:about\s+|around\s+|~)?${NUM}\s*(?:${UNIT})?\s+(?:[a-z]+\s+)?(?<head>${PEOPLE}|mau|dau|monthly active users|daily active users|${MANY_THINGS})\b(?:${PERIOD})?(?:${CHAIN_LINK}){2,3}\s*(?:,|x|×|\*|\bof\b|\bat\b|\bwith\b|\band\b)?\s*(?:about\s+|around\s+|~)?${NUM}\s*(?:${UNIT})?[\s-]*(?:tokens?|toks?)\b(?:\s+(?:each|apiece|per\s+[a-z]+))?(?:${PERIOD})?`,
  'gi',
);
const CHAIN_COUNT = new RegExp(String.raw`(?<![\w.])(${NUM})\s*(${UNIT})?(?![\w.])`, 'gi');
const CHAIN_PERIOD = new RegExp(PERIOD, 'i');
const ACTIVE_USERS = /^(?:mau|dau|monthly active users|daily active users)$/;
const PEOPLE_WORD = new RegExp(`^${PEOPLE}$`, 'i');

/** A chain of counts and each one's tokens (COUNT_CHAIN): their product, in the period said (DAU a day's, else a month's). */
function readCountChains(r: Reader): void {
  r.cut(COUNT_CHAIN, (m) => {
    const counts = [...(m[0] ?? '').matchAll(CHAIN_COUNT)].map((c) => `${c[1]}${c[2] ?? ''}`);
    const size = counts.pop();
    if (size === undefined || counts.length < 3) return false;
    const head = (m.groups?.head ?? '').toLowerCase();
    const said = CHAIN_PERIOD.exec(m[0] ?? '')?.[0] ?? (head === 'dau' || head.startsWith('daily') ? ' a day' : ' a month');
    const sized = Object.assign([...m], { index: m.index, input: m.input, groups: { ...m.groups, sizeN: size, sizeU: undefined } }) as unknown as RegExpExecArray;
    countedVolume(r, sized, counts, said);
    // People at the head of the chain: each one's share is said beside the month.
    const who = ACTIVE_USERS.test(head) ? 'users' : PEOPLE_WORD.test(head) ? head : undefined;
    if (who) peopleCounted(r, counts[0] as string, who);
  });
}

/** "10k users sending 20 messages a day of 500 tokens": the product of the three, in that period. */
function readUserVolumes(r: Reader): void {
  const counted = (m: RegExpExecArray) => {
    const g = m.groups ?? {};
    const period = g.reqPeriod ?? USER_PERIOD[(g.userPeriod ?? '').toLowerCase()] ?? '';
    const read = countedVolume(r, m, [`${g.userN}${g.userU ?? ''}`, `${g.reqN}${g.reqU ?? ''}`], period);
    peopleCounted(r, `${g.userN}${g.userU ?? ''}`, g.who);
    return read;
  };
  r.cut(USER_VOLUMES, counted);
  // People and what each sends, with no requests counted: the tokens each uses in a period; the words between stay.
  const perPerson = (m: RegExpExecArray) => {
    const g = m.groups ?? {};
    const each = parseVolume(`${g.sizeN}${g.sizeU ?? ''}`);
    const count = parseVolume(`${g.userN}${g.userU ?? ''}`);
    if (!each.ok || !count.ok) return false;
    const month = parseVolume(`${each.value.tokens * count.value.tokens}${g.period ?? g.periodFirst ?? ''}`);
    if (!month.ok) {
      r.query.problems.push(productProblem(m[0] ?? ''));
      return undefined;
    }
    r.query.tokens = month.value.tokensPerMonth;
    peopleCounted(r, `${g.userN}${g.userU ?? ''}`, g.who);
    // The model's name among the words between stays to be read.
    return g.between || undefined;
  };
  // Hours at a rate first: "20 devs 40 hours a week with 100k tokens per hour" is not 100k tokens an hour around the clock.
  r.cut(HOURS_AT_A_RATE, (m) => {
    const g = m.groups ?? {};
    const people = parseVolume(`${g.userN}${g.userU ?? ''}`);
    const perHour = parseVolume(`${g.sizeN}${g.sizeU ?? ''}`);
    const hours = Number(g.hours);
    if (!people.ok || !perHour.ok || !(hours > 0)) return false;
    const month = parseVolume(`${people.value.tokens * hours * perHour.value.tokens} a ${g.unit}`);
    if (!month.ok) {
      r.query.problems.push(productProblem(m[0] ?? ''));
      return undefined;
    }
    r.query.tokens = month.value.tokensPerMonth;
    peopleCounted(r, `${g.userN}${g.userU ?? ''}`, g.who);
    // The model's name among the words around the hours stays to be read.
    return `${g.between ?? ''} ${g.gap ?? ''}`;
  });
  // "We use gpt-5 8 hours a day at 50k tokens per hour": the hours × the tokens an hour, in that period.
  for (const pattern of HOURS_ALONE)
    r.cut(pattern, (m) => {
      const g = m.groups ?? {};
      const perHour = parseVolume(`${g.sizeN}${g.sizeU ?? ''}`);
      const hours = Number(g.hours);
      if (!perHour.ok || !(hours > 0)) return false;
      const month = parseVolume(`${hours * perHour.value.tokens} a ${g.unit}`);
      if (!month.ok) {
        r.query.problems.push(productProblem(m[0] ?? ''));
        return undefined;
      }
      r.query.tokens = month.value.tokensPerMonth;
      return g.gap || undefined;
    });
  r.cut(PEOPLE_SIZE, perPerson);
  r.cut(PEOPLE_THEN_EACH, perPerson);
  r.cut(PEOPLE_EACH_FIRST, perPerson);
  r.cut(SIZE_PER_PERSON, perPerson);
  for (const pattern of RATE_THEN_PEOPLE) r.cut(pattern, (m) => counted(m) ?? (m.groups?.gap as string));
  // The words between (the model's name among them) are left to be read.
  for (const pattern of USER_LATER_SIZE) r.cut(pattern, (m) => counted(m) ?? (m.groups?.gap as string));
}

/** Things counted inside each of the first ("10 turns" of each conversation): how many, of what. */
const INNER = String.raw`(?<innerN>${NUM})\s*(?<innerU>${UNIT})?\s+${BETWEEN}${MANY_THINGS}\b`;
/** Each inner thing's size, with the words that may join it: "of 500 tokens", ", 500 tokens per turn", "at 2k tokens each". */
const INNER_SIZE = String.raw`[\s,]*(?:each\s+)?(?:(?:at|of|with|x|×|averaging)\s*)?${EACH_SIZE}(?:\s*,?\s*${EACH})?`;
const NESTED_VOLUMES = [
  // "1000 conversations a day of 10 turns of 500 tokens", "5000 sessions a month, each with 20 requests of 1k tokens"
  new RegExp(
    String.raw`${REQUESTS}[\s,]+(?:each\s+(?:(?:one\s+)?(?:of|with|having|averaging|containing|is|has|takes?|runs?)\s+)?|(?:of|with|having|averaging|containing|x|×)\s+)(?:about |around |roughly |~)?${INNER}(?:\s+each|\s+(?:per|a)\s+${THINGS}\b)?${INNER_SIZE}`,
    'gi',
  ),
  // "1000 conversations a day, 10 turns each, 500 tokens per turn"
  new RegExp(String.raw`${REQUESTS}\s*,\s*(?:(?:avg\.?|average|about|around|roughly|~)\s*)?${INNER}\s+(?:each|(?:per|a)\s+${THINGS})\b${INNER_SIZE}`, 'gi'),
  // "30 llm calls per task and we do 2k tasks a day, 3k tokens per call": the inner count first, per the outer thing.
  new RegExp(
    String.raw`(?<![\w.])(?<innerN>${NUM})\s*(?<innerU>${UNIT})?\s+${BETWEEN}${MANY_THINGS}\s+(?:per|each|a|an|for each|for every)\s+${THINGS}\b[^\d.?!]{1,40}?(?<reqN>${NUM})\s*(?<reqU>${UNIT})?\s+${BETWEEN}${MANY_THINGS}\b(?<reqPeriod>${PERIOD})?[\s,]+(?:(?:at|of|with|averaging)\s+)?${EACH_SIZE}\s*(?:per|each|a|an)\s+${THINGS}\b`,
    'gi',
  ),
  // "3 calls per user per day, 10k users, 1k tokens per call": each person's count first, then how many people.
  new RegExp(
    String.raw`(?<![\w.])(?<reqN>${NUM})\s*(?<reqU>${UNIT})?\s+${BETWEEN}${MANY_THINGS}\s+(?:per|each|a|an)\s+(?:user|person|customer|employee|seat|member|dev|developer|agent)\b(?<reqPeriod>${PERIOD})?[\s,]+(?:(?:and|for|across|with|times|x|×)\s+)?(?<innerN>${NUM})\s*(?<innerU>${UNIT})?\s+(?:[a-z]+\s+)?${PEOPLE}\b[\s,]+(?:(?:at|of|with|averaging)\s+)?${EACH_SIZE}(?:\s*(?:(?:per|each|a|an)\s+${THINGS}\b|each\b))?`,
    'gi',
  ),
  // "20k conversations a day, avg 6 turns, 400 tokens per turn": each inner one's size said per that thing.
  new RegExp(String.raw`${REQUESTS}\s*,\s*(?:(?:avg\.?|average|about|around|roughly|~)\s*)?${INNER}\s*,\s*${EACH_SIZE}\s*(?:per|a|each)\s+${THINGS}\b`, 'gi'),
];

/** "1000 conversations a day of 10 turns of 500 tokens": conversations × turns × tokens per turn, in that period. */
function readNestedVolumes(r: Reader): void {
  for (const pattern of NESTED_VOLUMES)
    r.cut(pattern, (m) => {
      const g = m.groups ?? {};
      return countedVolume(r, m, [`${g.reqN}${g.reqU ?? ''}`, `${g.innerN}${g.innerU ?? ''}`], g.reqPeriod ?? '');
    });
}

/**
 * The words every workload reading below needs one of: what is counted (requests, tickets, users…), or the hours of use.
 * Without one ("/compare a b for 50M tokens"), none of their patterns can match, and none is run.
 */
const WORKLOAD_WORDS = new RegExp(String.raw`\b(?:${THINGS}|${PEOPLE}|mau|dau|active|hours?|hourly|hrs?)\b`, 'i');

/** "10k requests a day at ~2k tokens each": requests × tokens per request, in that period. */
function readRequestVolumes(r: Reader): void {
  if (!WORKLOAD_WORDS.test(r.rest)) return;
  readCountChains(r);
  readUserVolumes(r);
  readNestedVolumes(r);
  r.cut(PROMPTS_COUNTED, (m) => {
    const read = countedVolume(r, m, [`${m.groups?.reqN}${m.groups?.reqU ?? ''}`], m.groups?.reqPeriod ?? '');
    if (r.each !== undefined) r.promptsOnly = true;
    return read ?? m.groups?.gap;
  });
  // A model's name inside the phrase ("tickets on gpt-5 nano, 2M/day, …") stays to be read.
  for (const pattern of REQUEST_VOLUMES)
    r.cut(pattern, (m) => countedVolume(r, m, [`${m.groups?.reqN}${m.groups?.reqU ?? ''}`], m.groups?.reqPeriod || m.groups?.sizePeriod || '') ?? m.groups?.kept);
  if (r.query.tokens === undefined)
    for (const pattern of LATER_SIZE)
      r.cut(pattern, (m) => countedVolume(r, m, [`${m.groups?.reqN}${m.groups?.reqU ?? ''}`], m.groups?.reqPeriod ?? '') ?? (m.groups?.gap as string));
  readOutputEach(r);
  // Prompts with nothing said of what each writes: the prompts alone are priced, unless a mix says what is written.
  if (r.promptsOnly && r.eachInput === undefined && r.each !== undefined) {
    r.eachInput = r.each;
    r.sideOnly = mixOf(1, 0);
  } else r.promptsOnly = false;
}

/**
 * "50k tickets a month, 1500 tokens each, 200 token summaries": each request's size was its input, and what each one
 * writes is said apart; the month holds both, at that mix.
 */
function readOutputEach(r: Reader): void {
  const input = r.each;
  const month = r.query.tokens;
  if (input === undefined || input <= 0 || r.eachInput !== undefined || typeof month !== 'number') return;
  for (const pattern of [OUTPUT_EACH, OUTPUT_SAID])
    r.cut(pattern, (m) => {
      if (r.eachInput !== undefined) return false;
      // A size below zero ("-200 token summaries") is said, not read as 200 or left out.
      const output = parseVolume(`${(m.groups?.outN ?? '').replace(/\s+/g, '')}${m.groups?.outU ?? ''}`);
      if (!output.ok) {
        r.query.problems.push(
          `Cannot read “${m[0]
            ?.replace(/^[\s,;(]+/, '')
            .trim()
            .slice(0, 60)}” as what each one writes: ${output.error}`,
        );
        return;
      }
      const written = output.value.tokens;
      const tokens = (month * (input + written)) / input;
      if (tokens > MAX_TOKENS_PER_MONTH) {
        r.query.problems.push(productProblem(m[0] ?? ''));
        return;
      }
      r.query.tokens = tokens;
      r.each = input + written;
      r.eachInput = input;
      r.sideOnly = mixOf(input, written);
    });
}

/** "10,000 PDFs", "500 tickets a day" with no size in tokens: a count of things, not tokens, and no workload to price. */
const COUNT_WITHOUT_SIZE = new RegExp(String.raw`(?<![\w.])(${NUM})\s*(${UNIT})?\s+${BETWEEN}(?<thing>${MANY_THINGS})\b`, 'i');

/** "20 developers", "500 daily users" with no workload of theirs read: people, not tokens. */
const PEOPLE_WITHOUT_SIZE = new RegExp(String.raw`(?<![\w.$])(${NUM})\s*(${UNIT})?\s+(?:(?:hourly|daily|weekly|monthly|active)\s+)?(?:[a-z]+\s+)??(?<who>${PEOPLE})\b`, 'i');

/** What follows a number that counts things ("… PDFs", "… support tickets", "… daily users"), not tokens. */
const COUNTED = new RegExp(String.raw`^\s+${BETWEEN}(?:${MANY_THINGS}|${PEOPLE})\b`, 'i');

/** A count of things left when no volume was read: asked for their size instead of pricing a default month. */
/** A length of recording: "1 hour of audio", "30 minutes of video", "10 hours of calls". */
const RECORDING =
  /\b(?:\d+(?:\.\d+)?|an?|one|two|three|five|ten)\s*(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\s+of\s+(?:recorded\s+)?(audio|speech|video|recordings?|calls?|meetings?|podcasts?|voice)\b/i;

/** "A 300 page book", "40-page contracts": a document's length in pages. */
const PAGES_LONG =
  /(?<![\w.])(\d[\d,]*)[\s-]+pages?(?:[\s-]+long)?\s+(?:[a-z]+\s+)?(books?|documents?|docs?|pdfs?|reports?|contracts?|manuals?|files?|papers?|decks?|theses|thesis|novels?)\b/i;

/** A count as typed, its scale word spaced as words are ("10 million", "500k"). */
const countSaid = (n: string | undefined, unit: string | undefined) => `${n ?? ''}${unit ? (unit.length > 2 ? ` ${unit}` : unit) : ''}`;

/**
 * What is said of people counted with nothing said of what each sends: a note where `priced` is priced instead (a
 * ranking's or a comparison's order holds at any volume), a problem where their bill was asked.
 */
export function headcountWords(h: { typed: string; who: string; said: string }, priced: string): { note: string; problem: string } {
  const example = `${h.said} ${h.who} sending 100 requests a day of 2k tokens each`;
  return {
    note: `“${h.typed}” counts ${h.who}, not tokens, so ${priced} is priced: say what each sends, such as ${example}`,
    problem: `“${h.typed}” counts ${h.who}, not tokens: say what each sends to price it, such as ${example}.`,
  };
}

function readCountWithoutSize(r: Reader): void {
  if (r.query.tokens !== undefined && r.query.tokens !== null) return;
  // "20 developers using it 4 hours a day": people, with nothing that says how many tokens they send (a note, below).
  const people = PEOPLE_WITHOUT_SIZE.exec(r.rest);
  // "500 users sending 20 messages a day": the messages are counted too, so only their size is missing: asked (below).
  const counted = people ? COUNT_WITHOUT_SIZE.exec(r.rest.slice(people.index + people[0].length)) : null;
  if (people && counted) {
    const things = counted.groups?.thing ?? 'requests';
    const after = r.rest.slice(people.index + people[0].length + counted.index + counted[0].length);
    const period = /^\s*(?:a|per|each|every)\s+(hour|day|week|month|year)\b/i.exec(after)?.[1]?.toLowerCase() ?? 'day';
    r.query.problems.push(
      `“${people[0].trim()}… ${saidOfOne(counted[0].trim())}” counts ${people.groups?.who ?? 'users'} and ${things}, not tokens: give the size of each, such as ${people[0].trim()} sending ${saidOfOne(`${countSaid(counted[1], counted[2])} ${things}`)} a ${period} of 2k tokens each.`,
    );
    r.rest = ' ';
    return;
  }
  if (people) {
    const said = { typed: people[0].trim().slice(0, 60), who: people.groups?.who ?? 'users', said: countSaid(people[1], people[2]) };
    const { note, problem } = headcountWords(said, 'the default volume');
    // Said beside a ranking or a comparison at the default volume, not instead of it (their order holds at any volume);
    // one model's bill at a volume nobody said is no answer, so its size is asked (settleUnsized).
    r.query.notes = [...(r.query.notes ?? []), note];
    r.query.unsized = { problem, note, costOnly: true };
    // A follow-up shares the volume before among as many ("what about for 10 devs?").
    const count = parseVolume(said.said.replace(/\s+/g, ''));
    if (count.ok && count.value.tokens >= 1) r.query.headcount = { ...said, count: count.value.tokens };
    r.rest = `${r.rest.slice(0, people.index)} ${r.rest.slice(people.index + people[0].length)}`;
    return;
  }
  // "1 hour of audio", "30 minutes of calls": a length of recording, which each model turns into tokens its own way.
  const length = RECORDING.exec(r.rest);
  if (length) {
    const typed = length[0].trim().slice(0, 60);
    const problem = `“${typed}” is a length of ${length[1]?.toLowerCase()}, not tokens: the catalog prices tokens, and how many a minute takes differs by model; give the tokens, such as 1M tokens.`;
    r.query.problems.push(problem);
    r.query.unsized = { problem, note: `“${typed}” is a length of ${length[1]?.toLowerCase()}, not tokens, so the default volume is priced` };
    r.rest = `${r.rest.slice(0, length.index)} ${r.rest.slice(length.index + length[0].length)}`;
    return;
  }
  // "A 300 page book", "a 40-page contract": a length in pages, which hold more or less text; asked in tokens.
  const pages = PAGES_LONG.exec(r.rest);
  if (pages) {
    const typed = pages[0].trim().slice(0, 60);
    // One document's size is asked: "a 150k-token pdf", never "a 150k-token pdfs".
    const what = (pages[2] ?? 'document')
      .toLowerCase()
      .replace(/^theses$/, 'thesis')
      .replace(/(?<!thesi)s$/, '');
    const problem = `“${typed}” is a length in pages, not tokens: pages hold more or less text, so give its size in tokens, such as a 150k-token ${what}.`;
    r.query.problems.push(problem);
    r.query.unsized = { problem, note: `“${typed}” is a length in pages, not tokens, so the default volume is priced` };
    r.rest = `${r.rest.slice(0, pages.index)} ${r.rest.slice(pages.index + pages[0].length)}`;
    return;
  }
  const m = COUNT_WITHOUT_SIZE.exec(r.rest);
  if (!m) return;
  const things = m.groups?.thing ?? 'requests';
  const typed = saidOfOne(m[0].trim().slice(0, 60));
  const example = saidOfOne(`${countSaid(m[1], m[2])} ${things} of 2k tokens each`);
  const problem = `“${typed}” counts ${things}, not tokens: give the size of each in tokens, such as ${example} (or 1.5k tokens in and 500 out each).`;
  r.query.problems.push(problem);
  r.query.unsized = { problem, note: `“${typed}” counts ${things}, not tokens, so the default volume is priced: give the size of each to price yours, such as ${example}` };
  r.rest = `${r.rest.slice(0, m.index)} ${r.rest.slice(m.index + m[0].length)}`;
}

/** A context size: "400k", "1M", "2 million", "200000", "1,000,000", "2e6". */
const CONTEXT_SIZE = String.raw`(${NUM}\s*(?:[km]\b|thousand\b|million\b)?)`;

/** The words of a ceiling on a size: "less than 32k context", "a max output under 16k". */
const CEILING_WORDS = '(?:under|below|less than|fewer than|at most|smaller than|no more than|<=|≤|<)';
/** "Context between 100k and 200k", "a context window of 128k to 256k"; "between 100k and 200k context". */
const CONTEXT_RANGES = [
  new RegExp(String.raw`\bcontext(?:\s+window)?s?\s*(?:of\s+|is\s+)?(?:between|from)?\s*${CONTEXT_SIZE}(?:\s*tokens?)?\s*(?:-|–|to|and)\s*${CONTEXT_SIZE}(?:\s*tokens?)?`, 'gi'),
  new RegExp(String.raw`\b(?:between|from)\s*${CONTEXT_SIZE}(?:\s*tokens?)?\s*(?:-|–|to|and)\s*${CONTEXT_SIZE}(?:\s*tokens?)?\s+(?:of\s+)?context(?:\s+windows?)?\b`, 'gi'),
  // "100k-300k context", "128k to 256k context window".
  new RegExp(String.raw`(?<![\w.])${CONTEXT_SIZE}(?:\s*tokens?)?\s*(?:-|–|to)\s*${CONTEXT_SIZE}(?:\s*tokens?)?\s+(?:of\s+)?context(?:\s+windows?)?\b`, 'gi'),
];
/** "Context under 200k", "less than 32k context". */
const CONTEXT_CEILINGS = [
  new RegExp(String.raw`\bcontext(?:\s+window)?s?\s*(?:of\s+|is\s+)?${CEILING_WORDS}\s*${CONTEXT_SIZE}(?:\s*tokens?)?`, 'gi'),
  new RegExp(String.raw`${BOUND_START}${CEILING_WORDS}\s*${CONTEXT_SIZE}(?:\s*tokens?)?\s+(?:of\s+)?context(?:\s+windows?)?\b`, 'gi'),
];
/** "Context ≥ 400k", "at least 400k context", "400k+ context", "1M context window". */
const CONTEXT_FLOORS = [
  new RegExp(String.raw`\b(?:min(?:imum)?\s+)?context(?:\s+window)?\s*(?:of\s+)?(?:≥|>=|>|at least|over|above|of at least|min(?:imum)?|:)?\s*${CONTEXT_SIZE}(?:\s*tokens?)?`, 'gi'),
  new RegExp(String.raw`\b(?:at least|over|above|min(?:imum)?|≥|>=)?\s*${CONTEXT_SIZE}\+?\s*(?:tokens?\s+)?(?:of\s+)?context(?:\s+window)?\b`, 'gi'),
];

/** Context floors, ceilings and ranges: "context ≥ 400k", "at least 400k context", "less than 32k context", "between 100k and 200k context". */
function readContextFloors(r: Reader): void {
  const sizeOf = (size: string) => {
    const n = tokensOf(size);
    // A bare number below any context window ("context of 2025 models") is not a size.
    return n === undefined || (/^[\d,.]+$/.test(size.trim()) && n < 1000) ? undefined : n;
  };
  const floor = (size: string) => {
    const n = tokensOf(size);
    // A bare number below any context window ("context of 2025 models") is not a size.
    if (n === undefined || (/^[\d,.]+$/.test(size.trim()) && n < 8000)) return false;
    r.query.filters.minContext = n;
  };
  // A bound that is no size ("less than 0k context", "between 1e20 and 1e21") is said, not read as a volume.
  const noSize = (size: string) => {
    r.query.problems.push(`Cannot read “${size.trim().slice(0, 40)}” as a context window: give a size in tokens, such as less than 32k context or context between 100k and 200k.`);
  };
  const range = (low: string, high: string) => {
    const [a, b] = [sizeOf(low), sizeOf(high)];
    if (a === undefined || b === undefined) {
      // "Context between 2024 and 2025" may be years: left to be read; a size with a unit is said to be none.
      if (![low, high].some((x) => /[a-z]/i.test(x))) return false;
      noSize(a === undefined ? low : high);
      return;
    }
    r.query.filters.minContext = Math.min(a, b);
    r.query.filters.maxContext = Math.max(a, b);
  };
  // A ceiling is read before the floors, so "less than 32k context" is never read as at least 32k.
  const ceiling = (size: string) => {
    const n = sizeOf(size);
    if (n === undefined) {
      if (!/[a-z]/i.test(size)) return false;
      noSize(size);
      return;
    }
    r.query.filters.maxContext = n;
  };
  for (const pattern of CONTEXT_RANGES) r.cut(pattern, (m) => range(m[1] ?? '', m[2] ?? ''));
  for (const pattern of CONTEXT_CEILINGS) r.cut(pattern, (m) => ceiling(m[1] ?? ''));
  for (const pattern of CONTEXT_FLOORS) r.cut(pattern, (m) => floor(m[1] ?? ''));
}

/** "A max output under 16k", "less than 8k max output", "can output at most 4k tokens". */
const OUTPUT_CEILINGS = [
  new RegExp(String.raw`\b(?:max(?:imum)?\s+)?output(?:\s+(?:limit|length|tokens?))?\s*(?:of\s+|is\s+)?${CEILING_WORDS}\s*(\d+(?:\.\d+)?\s*[km])\b(?:\s*tokens?)?`, 'gi'),
  new RegExp(String.raw`${BOUND_START}${CEILING_WORDS}\s*(\d+(?:\.\d+)?\s*[km])\s*(?:tokens?\s+)?(?:of\s+)?(?:max(?:imum)?\s+)?output(?:\s+(?:limit|length|tokens?))?\b`, 'gi'),
  new RegExp(String.raw`\b(?:can|could|that)\s+(?:output|write|generate)\s+(?:only\s+)?${CEILING_WORDS}\s*(\d+(?:\.\d+)?\s*[km])\b(?:\s*tokens?)?`, 'gi'),
];

/** Output floors: "can output 64k tokens", "at least 128k output", "max output ≥ 64k", "64k+ output tokens". */
function readOutputFloors(r: Reader): void {
  const floor = (size: string) => {
    const n = tokensOf(size);
    if (n === undefined) return false;
    r.query.filters.minOutput = n;
  };
  // A ceiling is read first, so "less than 8k max output" is never read as at least 8k.
  const ceiling = (size: string) => {
    const n = tokensOf(size);
    if (n === undefined) return false;
    r.query.filters.maxOutput = n;
  };
  for (const pattern of OUTPUT_CEILINGS) r.cut(pattern, (m) => ceiling(m[1] ?? ''));
  r.cut(
    /\b(?:max(?:imum)?\s+)?output(?:\s+(?:limit|length|tokens?))?\s*(?:of\s+)?(?:≥|>=|>|at least|over|above|of at least|min(?:imum)?|:)\s*(\d+(?:\.\d+)?\s*[km])\b(?:\s*tokens?)?/gi,
    (m) => floor(m[1] ?? ''),
  );
  r.cut(
    /\b(?:can|could|that)\s+(?:output|write|generate)\s+(?:up to\s+|at least\s+)?(\d+(?:\.\d+)?\s*[km])\b(?:\s*tokens?)?(?:\s+(?:at once|in one (?:go|response|reply)|per (?:response|reply|request)))?/gi,
    (m) => floor(m[1] ?? ''),
  );
  r.cut(
    /\b(?:at least|over|above|more than|greater than|min(?:imum)?|≥|>=|>)?\s*(\d+(?:\.\d+)?\s*[km])\+?\s*(?:tokens?\s+)?(?:of\s+)?(?:max(?:imum)?\s+)?output(?:\s+(?:limit|length|tokens?))?\b/gi,
    (m) => {
      // "500K output tokens" alone is a volume of output (readVolume); a floor says so ("at least", "+", "max output",
      // "models that support 32k output", "a model with 500k output").
      // "With 128k context and 32k output": beside a context floor, an output size is a floor too (unless each request's).
      const besideContext =
        r.query.filters.minContext !== undefined &&
        /(?:\band|&|,)\s*$/i.test(m.input.slice(0, m.index)) &&
        !/^\s*(?:tokens?\s+)?(?:per|each|a|an|every)\b/i.test(m.input.slice(m.index + m[0].length));
      const asked =
        besideContext ||
        /^\s*(?:at least|over|above|more than|greater than|min|≥|>=|>)|\+|max/i.test(m[0] ?? '') ||
        /\b(?:supports?|supporting|handles?|allows?|offers?|(?:models?|llms?|ones?) (?:with|having|that (?:has|have))(?: an?)?)\s*$/i.test(m.input.slice(0, m.index));
      if (!asked) return false;
      return floor(m[1] ?? '');
    },
  );
}

/** A speed unit as people write it: "tokens per second", "tok/s", "t/s", "tps". */
const PER_SECOND = String.raw`(?:(?:tokens?|toks?|t)\s*(?:\/|per|a|each)\s*(?:s|sec|secs|second)\b|tps\b)`;
const SPEED_FLOORS = [
  // "faster than 200 tokens per second", "at least 100 tok/s", "≥ 150 tps", "200+ tokens/s", "output speed over 100 tokens per second"
  new RegExp(
    String.raw`(?:\b(?:output\s+)?(?:speed|throughput)\s*(?:of\s+)?)?(?:\b(?:faster than|quicker than|at least|over|above|more than|min(?:imum)?(?:\s+of)?|of at least)|≥|>=|>)\s*(\d+(?:\.\d+)?)\s*${PER_SECOND}`,
    'gi',
  ),
  new RegExp(String.raw`(?<![\w.])(\d+(?:\.\d+)?)\s*(?:\+\s*${PER_SECOND}|${PER_SECOND}\s*(?:or (?:more|faster|better|above)|\+|minimum|at least))`, 'gi'),
  // "speed ≥ 200", "output speed at least 150 tokens/s" (the unit is optional after the word speed)
  new RegExp(String.raw`\b(?:output\s+)?speed\s*(?:of\s+)?(?:≥|>=|>|at least|over|above|of at least|min(?:imum)?|:)\s*(\d+(?:\.\d+)?)\b(?:\s*${PER_SECOND})?`, 'gi'),
];

/**
 * Speed floors: "faster than 200 tokens per second", "at least 100 tok/s". Read before volumes, which would take
 * "200 tokens per second" for a workload.
 */
function readSpeedFloors(r: Reader): void {
  for (const re of SPEED_FLOORS)
    r.cut(re, (m) => {
      const n = Number(m[1]);
      if (!Number.isFinite(n) || n <= 0 || n > 1e6) return false;
      r.query.filters.minSpeed = n;
    });
}

/** "What will it cost in january?", "prices on 2027-01-01", "next month": the day prices are read on. */
function readPriceDay(r: Reader): void {
  const found = priceDayInWords(r.rest);
  if (!found) return;
  const problem = priceDayProblem(found.day);
  if (problem) r.query.problems.push(problem);
  else r.query.pricedOn = found.day;
  r.rest = `${r.rest.slice(0, found.start)} ${r.rest.slice(found.end)}`;
}

/** A knowledge cutoff's month in words: "cutoff after june 2025", "trained on data since march 2025". */
const CUTOFF_MONTH_IN_WORDS = new RegExp(
  String.raw`\b((?:knowledge\s+)?cut-?off(?:\s+date)?\s+(?:is\s+)?(?:after|since|from|in|of|during|before|prior to|earlier than|at least|no earlier than)\s+|(?:trained on|training data|knowledge)\s+(?:data\s+)?(?:up\s+)?(?:after|since|from|through|to|until|in)\s+)${MONTH_WORD}\s+(20\d{2})\b`,
  'gi',
);

/**
 * Knowledge cutoffs: "knowledge cutoff after 2025", "trained on data from 2025-06 or later", "cutoff since march 2025";
 * "cutoff in 2025" is within that year (that month for "in 2025-06"), "cutoff before 2025-06" before that month.
 */
function readKnowledgeCutoff(r: Reader): void {
  // "After june 2025": a month in words is that month's figure ("after 2025-06").
  r.rest = r.rest.replace(CUTOFF_MONTH_IN_WORDS, (_all, lead: string, month: string, year: string) => `${lead}${year}-${String(monthOf(month)).padStart(2, '0')}`);
  r.cut(
    /\b(?:knowledge\s+)?cut-?off(?:\s+date)?\s+(?:is\s+)?(after|since|from|in|of|during|before|prior to|earlier than|≥|>=|at least|no earlier than)\s+(20\d{2})(?:-(\d{2}))?(?:-(\d{2}))?(\s+or\s+later)?\b|\b(?:trained on|training data|knowledge)\s+(?:data\s+)?(?:up\s+)?(after|since|from|through|to|until|in)\s+(20\d{2})(?:-(\d{2}))?(?:-(\d{2}))?(\s+or\s+later)?\b/gi,
    (m) => {
      const how = (m[1] ?? m[6] ?? '').toLowerCase();
      const year = Number(m[2] ?? m[7]);
      const month = m[3] ?? m[8];
      const dayOf = m[4] ?? m[9];
      if ((month !== undefined && !isDay(`${year}-${month}-01`)) || (dayOf !== undefined && !isDay(`${year}-${month}-${dayOf}`))) {
        r.query.problems.push(
          `Cannot read “${(m[0] ?? '').trim().slice(0, 60)}” as a date: give a year, a month or a day of the calendar, such as knowledge cutoff after 2025-06.`,
        );
        return;
      }
      // The month after a year or a month: "after 2025" is 2026 on, "after 2025-06" July on.
      const next = month ? (Number(month) === 12 ? `${year + 1}-01` : `${year}-${String(Number(month) + 1).padStart(2, '0')}`) : `${year + 1}-01`;
      const written = `${year}-${month ?? '01'}${dayOf ? `-${dayOf}` : ''}`;
      if (/^(?:before|prior to|earlier than)$/.test(how)) {
        r.query.filters.knowledgeCutoffBefore = written;
        return;
      }
      // "After 2025" is 2026 on; "since", "from", "in" and "through" include it; "in" (or "of", "during") a year or a
      // month ends with it, unless "or later" is said.
      r.query.filters.minKnowledgeCutoff = how === 'after' && !dayOf ? next : written;
      if (/^(?:in|of|during)$/.test(how) && !dayOf && !(m[5] ?? m[10])) r.query.filters.knowledgeCutoffBefore = next;
    },
  );
}

/** "<N> token <things>": N is the size of each thing, never a count of them. */
const SIZED_THINGS = new RegExp(
  String.raw`\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*[km]?)[- ]tokens?[- ](?:long[- ])?(?:prompts?|inputs?|contexts|codebases?|repos?|manuals?|${PIECES_OF_TEXT})\b`,
  'gi',
);

/** "A single 500-token message", "one 2k-token request": one request of that size (counted ones are read as a volume). */
const ONE_SIZED_REQUEST = /(?<=\b(?:one|a single|a|an)\s+)(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*[km]?)[- ]tokens?[- ](?:message|request|call|query|question|ticket|chat)\b/gi;

/** "One", "a single", "a": what follows is one request, document or prompt. */
const ONE_OF = /\b(?:one|a single|a|an)\s*$/i;
/** Words that ask what something costs. */
const COST_WORDS = /\b(?:how much|costs?|price[ds]?|pricing|charged?|bill(?:ed)?)\b/i;

/** Words that ask for a piece to be written: what is priced is the model's output. */
const WRITING = /\b(?:write|writes|writing|written|generate|generates|generating|generated|draft|drafting|compose|composing|produce|producing|create|creating)\b/i;

/** Words that ask for a piece to be translated. */
const TRANSLATING = /\btranslat(?:e|es|ed|ing|ion|ions)\b/i;

/** "1000 words read as 1,333 tokens": the rule a count of words is priced by. */
function wordsNote(...read: [words: number, tokens: number][]): string {
  const each = read.map(([words, tokens]) => `${words.toLocaleString('en-US')} words read as ${tokens.toLocaleString('en-US')} tokens`);
  return `${each.join(' and ')}: about ¾ of an English word per token (OpenAI's rule of thumb; other languages and tokenizers differ)`;
}

/** A period a volume is counted in, after "per" or "a". */
const A_PERIOD = String.raw`(?:second|sec|minute|min|hour|hr|day|week|month|mo|year|yr|quarter)s?\b`;

/**
 * Each thing's size in words: "2000-word articles", "of 2000 words each", "averaging 500 words". Written as tokens for
 * the readers of sizes and workloads, and said; a volume in words ("2M words a month") is the volume reader's.
 */
const WORDS_AS_SIZE = new RegExp(
  String.raw`(?<![\w.,])(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*k?)(?:(?<hyphen>-)words?(?=[- ])|\s+words?(?=\s+(?:long\s+)?${PIECES_OF_TEXT}\b)|\s+words?(?=\s+(?:each|apiece|a piece|per\s+(?!${A_PERIOD})[a-z]+|on average|long)\b)|(?<=\b(?:of|averaging|average|around|about|~)\s+\S+)\s+words?(?![\s-]*(?:a|an|per|each|every|\/)\s*${A_PERIOD}))\b`,
  'gi',
);

function readWordsAsSizes(r: Reader): void {
  const read: [number, number][] = [];
  r.rest = r.rest.replace(WORDS_AS_SIZE, (span, ...args) => {
    const g = args.at(-1) as { n: string; hyphen?: string };
    const words = tokensOf(g.n.replace(/[,\s]/g, ''));
    if (words === undefined) return span;
    const n = Math.round(words * TOKENS_PER_WORD);
    read.push([words, n]);
    return g.hyphen ? `${n}-tokens` : `${n} tokens`;
  });
  if (read.length > 0) r.query.notes = [...(r.query.notes ?? []), wordsNote(...read)];
}

/**
 * "Per word", "per 1000 words", "for every 100 words", "per character", "per million characters": the cost of that many
 * words or characters, not a month's (a single one is priced per 1,000).
 */
const PER_WORDS =
  /(?:\bper|\/|\bfor\s+(?:every|each))\s*(?:(?:a|one|1)\s+)?(?:(-?\s*(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:e[+-]?\d+)?\s*[km]?)|a thousand|thousand|a million|million)\s+)?(words?|characters?|chars?)\b/gi;
const WORDS_IN_WORDS: Record<string, string> = { 'a thousand': '1000', thousand: '1000', 'a million': '1M', million: '1M' };

function readPerWords(r: Reader): void {
  r.cut(PER_WORDS, (m) => {
    const written = (m[1] ?? '').toLowerCase();
    const characters = /^c/i.test(m[2] ?? '');
    const unit = characters ? 'characters' : 'words';
    const rate = characters ? TOKENS_PER_CHARACTER : TOKENS_PER_WORD;
    const count = written === '' ? 1000 : tokensOf((WORDS_IN_WORDS[written] ?? written).replace(/[,\s]/g, ''));
    if (count === undefined || count < 1 || count * rate > MAX_TOKENS_PER_MONTH) {
      r.query.problems.push(
        `Cannot price per ${written} ${unit}: give a count of ${unit} from 1 to ${Math.floor(MAX_TOKENS_PER_MONTH / rate).toLocaleString('en-US')}, such as per 1000 ${unit}.`,
      );
      return;
    }
    if (r.query.tokens !== undefined && r.query.tokens !== null) return false;
    const n = Math.max(1, Math.round(count * rate));
    r.query.tokens = n;
    r.query.forCount = { count, what: count === 1 ? unit.replace(/s$/, '') : unit };
    const read = characters
      ? `${count.toLocaleString('en-US')} characters read as ${n.toLocaleString('en-US')} tokens: about 4 characters of English per token (OpenAI's rule of thumb; other languages and tokenizers differ)`
      : wordsNote([count, n]);
    r.query.notes = [...(r.query.notes ?? []), `${read}${written === '' ? `; priced per 1,000 ${unit}, as a single ${unit.replace(/s$/, '')} costs too little to show` : ''}`];
  });
}

/** Prompt size: "300k-token prompts", "prompts of 300k", "300k prompt", "200k token transcripts" (each one's size, not a month's). */
function readPromptSize(r: Reader): void {
  // "300k-token prompts", "1000 token prompts", "8,000-token documents", "200k token transcripts": each one's size.
  r.cut(SIZED_THINGS, (m) => {
    const n = tokensOf((m[1] ?? '').replace(/,/g, ''));
    if (n === undefined) return false;
    // What the work is turned into ("… into 400-token summaries") is written, not read: no prompt's size.
    if (/\binto\s+(?:an?\s+)?$/i.test(m.input.slice(0, m.index))) return ' ';
    r.query.promptTokens = n;
    if (ONE_OF.test(m.input.slice(0, m.index)) && !/s$/i.test(m[0]) && COST_WORDS.test(m.input)) {
      r.onePrompt = n;
      r.oneWritten = WRITING.test(m.input);
      r.oneTranslated = TRANSLATING.test(m.input);
    }
  });
  r.cut(ONE_SIZED_REQUEST, (m) => {
    const n = tokensOf((m[1] ?? '').replace(/,/g, ''));
    if (n === undefined || !COST_WORDS.test(m.input)) return false;
    r.query.promptTokens = n;
    r.onePrompt = n;
  });
  // "What happens above 200k tokens?", "prompts over 200k", "inputs longer than 128k tokens": a prompt just past that size.
  r.cut(
    /\bwhat happens\s+(?:to (?:the )?(?:price|cost)s?\s+)?(?:above|over|past|beyond|after)\s+(\d+(?:\.\d+)?\s*[km])(?:\s*tokens?)?\b|\b(?:prompts?|inputs?)\s+(?:above|over|past|beyond|longer than|bigger than|larger than)\s+(\d+(?:\.\d+)?\s*[km])(?:\s*tokens?)?\b/gi,
    (m) => {
      const n = tokensOf(m[1] ?? m[2] ?? '');
      if (n === undefined || n > MAX_PROMPT_THRESHOLD) return false;
      r.query.promptTokens = n + 1;
    },
  );
  // "200k+ prompts", "200k+ token inputs": prompts past that size, billed at the long-context price.
  r.cut(/\b(\d+(?:\.\d+)?\s*[km])\s*\+[\s-]*(?:tokens?[\s-]+)?(?:prompts?|inputs?)\b/gi, (m) => {
    const n = tokensOf(m[1] ?? '');
    if (n === undefined || n > MAX_PROMPT_THRESHOLD) return false;
    r.query.promptTokens = n + 1;
  });
  r.cut(
    /\b(\d+(?:\.\d+)?\s*[km])(?:-prompts?| prompt(?![- ]?size)(?!\s+(?:of\s+|is\s+)?~?\d)|\s*tokens?\s+(?:per|each|a)\s+prompt)\b|\b(?:(?:each|every|the|our|a|one)\s+)?prompts?\s+(?:(?:is|are|of|averag(?:e|es|ing)|run|runs|hold|holds|have|has)\s+)?(?:(?:around|about|roughly|~|up to)\s+)?(\d+(?:\.\d+)?\s*[km])(?:\s*tokens?)?(?:\s+(?:each|long))?\b|\bprompt[- ]size\s*(?:of\s+|is\s+)?(\d+(?:\.\d+)?\s*[km])\b/gi,
    (m) => {
      const n = tokensOf(m[1] ?? m[2] ?? m[3] ?? '');
      if (n === undefined) return false;
      r.query.promptTokens = n;
    },
  );
  // "with 300k prompts": each one's size (a count of prompts is "2M prompts a month", "10k prompts and 2k responses").
  r.cut(/\b(?:with|using)\s+(\d+(?:\.\d+)?\s*k)\s+prompts\b(?!\s*(?:a|an|per|each|every|and|,)\b)/gi, (m) => {
    const n = tokensOf(m[1] ?? '');
    if (n === undefined) return false;
    r.query.promptTokens = n;
  });
  // "RAG over 500k tokens", "a codebase of 800k tokens", "documents around 300k tokens": what one prompt holds (a volume
  // in a period, "over 500k tokens a day", stays a volume; "per document of 20k tokens" is one request's cost).
  r.cut(
    /(?<!\b(?:per|each)\s+)\b(?:rag|retrieval|context|documents?|docs|codebases?|repos?|repositories|pdfs?|books?|transcripts?|contracts?|manuals?)\s+(?:(?:of|over|across|spanning|with|up to|around|about|that are|are)\s+)+(?:~\s*)?(\d+(?:\.\d+)?\s*[km])(?![\s-]*(?:tokens?\s*)?(?:a|an|per|\/|each|every)\s*(?:day|week|month|year|hour|minute|second)s?\b)[\s-]*(?:tokens?)?\b/gi,
    (m) => {
      const n = tokensOf(m[1] ?? '');
      if (n === undefined) return false;
      r.query.promptTokens = n;
    },
  );
  // "Prompts over 200k", "pricing above 200k tokens", "a surcharge over 200k tokens", "does it charge more over 200k?":
  // the long-context price, so a prompt just past that size (a
  // volume a month is not a prompt: "over 1M tokens a month" is left to the volume). "Pricing for gemini 2.5 pro above
  // 200k" reaches here with the model's name masked (a placeholder in the private-use area).
  r.cut(
    /\b(?:prompts?|requests?|inputs?|context|pricing|prices?|rates?|costs?|surcharges?|premium|more expensive|pricier|(?:charges?|costs?) (?:more|extra))\s+(?:(?:changes?|changing|differs?|go(?:es)? up|rises?|is|are)\s+)?(?:(?:for|of|on)\s+(?:(?:prompts?|requests?|inputs?)|[\uE000-\uF8FF]+)\s+)?(?:over|above|beyond|longer than|bigger than|larger than|more than|past|exceeding|>)\s*(\d+(?:\.\d+)?\s*[km])\b(?:\s*tokens?)?(?!\s*(?:a|an|per|\/|each|every)\s*(?:month|mo|day|week|year|hour|minute|second)\b)/gi,
    (m) => {
      const n = tokensOf(m[1] ?? '');
      if (n === undefined || n > MAX_PROMPT_THRESHOLD) return false;
      r.query.promptTokens = n + 1;
      // The masked name stays, for the model to be found.
      return /[\uE000-\uF8FF]+/.exec(m[0])?.[0];
    },
  );
}

/** Long-context prices start at a prompt of a few hundred thousand tokens, 1M at most: a larger "over N" is a volume. */
const MAX_PROMPT_THRESHOLD = 2_000_000;

/** A cached share of input: "80% cache hits", "50% caching", "80% of input is cached"; "cached 50%", "cache hit rate 0.8". */
export const CACHE_SHARES: readonly [RegExp, RegExp] = [
  /\b(\d+(?:\.\d+)?\s*%|0?\.\d+)\s*(?:of\s+(?:the\s+|our\s+)?(?:input|prompts?|tokens?|requests?|input tokens)\s+)?(?:(?:is|are|gets?|being|will be|would be)\s+)?(?:cache[ds]?(?:\s+hits?)?|cache hit rate|caching|prompt caching|(?:served|read|come|comes) from (?:the )?cache)\b/gi,
  /\b(?:cached|cache hits?|cache hit rate|caching|cache)\s*(?:of|at|=|:)?\s*(\d+(?:\.\d+)?\s*%|(?:\d?\.\d+|1|0)(?![\w.,]))(?!\s*[:/])/gi,
];

/** Cache: "80% cache hits", "cached 50%", "with 0.5 cached", "cache hit rate of 80%". */
/** "1B cached tokens", "500M cached input tokens": that much input, all read from the cache. */
const CACHED_TOKENS = new RegExp(String.raw`(?<![\w.])(${NUM})\s*(${UNIT})?\s+(?:of\s+)?cached(?:\s+input)?\s+(?:tokens?|toks?)\b`, 'gi');
/** "100M tokens, 50M of them cached": that much of the input read from the cache. */
const CACHED_OF_THEM = new RegExp(
  String.raw`(?<![\w.])(${NUM})\s*(${UNIT})?\s+of\s+(?:them|those|these|it|that|the\s+(?:tokens|input)|our\s+input)\s+(?:(?:are|is|being|get|gets|come|comes)\s+)?(?:cached|from\s+(?:the\s+)?cache)\b`,
  'gi',
);

/** "40M in / 8M out / 20M cached": beside the month's volume, that much of its input read from the cache. */
const CACHED_AMOUNT = new RegExp(
  String.raw`(?<![\w.])(${NUM})\s*(${UNIT})\s+(?:(?:is|are|of it|of them)\s+)?cached\b(?!\s+(?:input|tokens?|toks?)\b)(?!\s*(?:(?:at|of|=|:)\s*)?-?\.?\d)`,
  'gi',
);
/** A volume written with its unit ("40M", "1.5 billion"). */
const SCALED_VOLUME = new RegExp(String.raw`(?<![\w.])${NUM}\s*${UNIT}\b`, 'gi');

function readCache(r: Reader): void {
  // Beside the month's volume (read already, or still in the text) a share of it; alone ("20M cached"), that much input,
  // all of it read from the cache, as "20M cached tokens" is.
  r.cut(CACHED_AMOUNT, (m) => {
    if (r.query.tokens == null && (m.input.match(SCALED_VOLUME)?.length ?? 0) < 2) {
      r.query.cachedShare ??= 1;
      return `${m[1]}${m[2]} input tokens`;
    }
    const n = parseVolume(`${m[1]}${m[2] ?? ''}`);
    if (!n.ok) return false;
    r.cachedTokens = n.value.tokens;
  });
  r.cut(CACHED_TOKENS, (m) => {
    r.query.cachedShare ??= 1;
    return `${m[1]}${m[2] ?? ''} input tokens`;
  });
  r.cut(CACHED_OF_THEM, (m) => {
    const n = parseVolume(`${m[1]}${m[2] ?? ''}`);
    if (!n.ok) return false;
    r.cachedTokens = n.value.tokens;
  });
  // "80% cache hits", "80% of input is cached", "half the prompts come from the cache".
  r.cut(CACHE_SHARES[0], (m) => {
    const parsed = parseShare(m[1] ?? '');
    if (parsed.ok) r.query.cachedShare = parsed.value;
    else r.query.problems.push(parsed.error);
  });
  r.cut(CACHE_SHARES[1], (m) => {
    const parsed = parseShare(m[1] ?? '');
    if (parsed.ok) r.query.cachedShare = parsed.value;
    else r.query.problems.push(parsed.error);
  });

  // "How much does caching save at a 50% hit rate?": a hit rate in a sentence about caching is the cached share.
  if (/\bcach(?:e|ed|es|ing)\b/i.test(r.rest))
    r.cut(/\b(?:an?\s+)?(\d+(?:\.\d+)?\s*%)\s+hit(?:\s+|-)?(?:rate|ratio)\b|\bhit(?:\s+|-)?(?:rate|ratio)\s*(?:of|at|=|:|is)?\s*(\d+(?:\.\d+)?\s*%)/gi, (m) => {
      const parsed = parseShare(m[1] ?? m[2] ?? '');
      if (parsed.ok) r.query.cachedShare = parsed.value;
      else r.query.problems.push(parsed.error);
    });
  r.cut(CACHED_SHARE_SAID, (m) => {
    r.query.cachedShare = cachedShareOf(m[1] ?? m[2] ?? '');
  });
}

/** A cached share in words or percent: "half", "a third", "30%"; "most" is taken as 80% (said in the assumptions). */
const CACHED_SHARE_WORD = String.raw`(${SHARE_WORD}|most|all|\d{1,3}(?:\.\d+)?\s*%)`;
/** What a cached share is of: the input, the prompts, the requests. */
const CACHED_WHOLE = `(?:it|them|(?:the |our |my |their )?(?:input|prompts?|input tokens|requests|system prompts?|context))`;
/**
 * "Half the input is cached", "most of our prompts come from the cache"; "we cache about half our prompts", "we can
 * cache a third of the input".
 */
const CACHED_SHARE_SAID = new RegExp(
  [
    String.raw`\b(?:about |roughly |around )?(${SHARE_WORD}|most|all)(?: (?:of )?${CACHED_WHOLE})? (?:is |are |gets |get |will be |would be )?(?:cached|cache hits?|(?:served|read|come|comes) from (?:the )?cache)\b`,
    String.raw`\b(?:we|i|they)\s+(?:(?:can|could|will|would|should|usually|typically|mostly)\s+)?cache\s+(?:about\s+|roughly\s+|around\s+|~\s*)?${CACHED_SHARE_WORD}\s+(?:of\s+)?${CACHED_WHOLE}`,
  ].join('|'),
  'gi',
);
const cachedShareOf = (said: string): number | null => {
  const word = said.trim().toLowerCase();
  return word === 'most' ? 0.8 : word === 'all' ? 1 : (shareSaid(said) ?? null);
};

/** Mix: "mix 3:1", "3:1 mix", "70/30", "75% input", "mostly output". */
/** "Input is 10x output", "output 2 times the input": one side as a multiple of the other. */
const SIDE_TIMES_SIDE = /\b(input|output)\s+(?:tokens?\s+)?(?:is|are|being|at|of)?\s*(\d+(?:\.\d+)?)\s*(?:x|×|times)\s+(?:the\s+|as\s+much\s+as\s+(?:the\s+)?)?(input|output)\b/gi;

function readMix(r: Reader): void {
  r.cut(SIDE_TIMES_SIDE, (m) => {
    const times = Number(m[2]);
    const [side, other] = [(m[1] ?? '').toLowerCase(), (m[3] ?? '').toLowerCase()];
    if (side === other || !(times > 0) || !Number.isFinite(times)) return false;
    r.query.mix = side === 'input' ? { input: times, output: 1 } : { input: 1, output: times };
  });
  r.cut(/\b(?:mix(?:ed)?|ratio|split)\s*(?:of|=|:)?\s*(\d+(?:\.\d+)?\s*[:/]\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*%\s*(?:input|output))/gi, (m) => {
    const parsed = parseMix(m[1] ?? '');
    if (parsed.ok) r.query.mix = parsed.value;
    else r.query.problems.push(parsed.error);
  });
  // "24/7", "24x7": around the clock, not a 24:7 mix.
  r.cut(/(?<![\w.\-/])24\s*[/x×]\s*7(?![\w.\-/])/gi, () => {
    r.query.notes = [...(r.query.notes ?? []), '“24/7” read as around the clock, not a 24:7 input:output mix'];
  });
  r.cut(/(?<![\w.\-/])(\d+(?:\.\d+)?)\s*([:/])\s*(\d+(?:\.\d+)?)(?![\w.\-/])(?:\s*(?:mix|ratio|split|input[:/]output|in[:/]out))?/gi, (m) => {
    const parsed = parseMix(`${m[1]}:${m[3]}`);
    if (parsed.ok) r.query.mix = parsed.value;
    else r.query.problems.push(parsed.error);
  });
  // "80% of our tokens are output", "100% of tokens are input": that share of the month on that side.
  r.cut(/\b(\d+(?:\.\d+)?)\s*%\s+of\s+(?:(?:the|our|my|all)\s+)*(?:tokens?|traffic|usage|volume)\s+(?:is|are|was|were|would be|will be)\s+(input|output)\b/gi, (m) => {
    const parsed = parseMix(`${m[1]}% ${m[2]}`);
    if (parsed.ok) r.query.mix = parsed.value;
    else r.query.problems.push(parsed.error);
  });
  r.cut(/\b(\d+(?:\.\d+)?)\s*%\s*(input|output|in|out)\b/gi, (m) => {
    const parsed = parseMix(`${m[1]}% ${m[2]}`);
    if (parsed.ok) r.query.mix = parsed.value;
    else r.query.problems.push(parsed.error);
  });
  // "Mostly output", "output-heavy", "most of our traffic is output".
  r.cut(/\b(mostly|mainly)\s+(input|output)\b|\b(input|output)[- ]heavy\b|\bmost of (?:our|the|my) (?:traffic|tokens|usage|volume) (?:is|are|was|were) (input|output)\b/gi, (m) => {
    const side = (m[2] ?? m[3] ?? m[4] ?? 'input').toLowerCase();
    r.query.mix = side === 'input' ? { input: 9, output: 1 } : { input: 1, output: 9 };
  });
  // "Only input tokens", "output only", "no output": every token on one side (not "the input price only", a price asked).
  r.cut(
    /\b(?:only|just|purely|all)\s+(input|output)(?:\s+tokens?)?\b(?!\s+(?:prices?|pricing|costs?|rates?))|\ball\s+(?:of\s+)?(?:(?:our|the|my)\s+)?(?:traffic|tokens|usage|volume)\s+(?:is|are|was|were|would be|will be)\s+(input|output)\b|\b(input|output)(?:\s+tokens?)?\s+only\b|\bno\s+(output|input)(?:\s+tokens?)?\b(?!\s+(?:prices?|pricing|costs?|rates?))/gi,
    (m) => {
      const side = (m[1] ?? m[2] ?? m[3] ?? '').toLowerCase() || ((m[4] ?? '').toLowerCase() === 'output' ? 'input' : 'output');
      r.query.mix = side === 'input' ? { input: 1, output: 0 } : { input: 0, output: 1 };
    },
  );
  // A signed share after "mix" ("mix -1:3", "mix 3:-1") is a mix that cannot be read: said, not dropped.
  r.cut(/\b(?:mix(?:ed)?|ratio|split)\s*(?:of|=|:)?\s*([-+−]\d[\d.]*\s*[:/]\s*[-+−]?\d[\d.]*|\d[\d.]*\s*[:/]\s*[-+−]\d[\d.]*)/gi, (m) => {
    const parsed = parseMix(m[1] ?? '');
    if (parsed.ok) r.query.mix = parsed.value;
    else r.query.problems.push(parsed.error);
  });
  // Any other figure after "mix" ("mix 1e9:1", "mix 3-1") is not one either, and is not a volume.
  r.cut(/\b(?:mix|ratio|split)\s*(?:of|=|:)?\s*([^\s,;?!]*\d[^\s,;?!]*)/gi, (m) => {
    const parsed = parseMix(m[1] ?? '');
    if (parsed.ok) r.query.mix = parsed.value;
    else r.query.problems.push(parsed.error);
  });
}

/** Multipliers said in words. */
const TIMES: Record<string, number> = {
  double: 2,
  doubles: 2,
  doubled: 2,
  doubling: 2,
  twice: 2,
  triple: 3,
  triples: 3,
  tripled: 3,
  tripling: 3,
  quadruple: 4,
  quadruples: 4,
  quadrupled: 4,
  halve: 0.5,
  halves: 0.5,
  halved: 0.5,
};
const TIMES_WORDS = Object.keys(TIMES).join('|');
const GROWS = '(?:usage|volume|traffic|tokens|load|workload|requests|it|that|this)';
const WHAT_GROWS = String.raw`(?:(?:our|the|my|its|this|that)\s+)?${GROWS}`;
/** What a multiple may be of: not a price, a speed, one side of the mix or the context. */
const NOT_VOLUME = String.raw`(?!\s+(?:input|output|cache\w*|context|prompts?|responses?|expensive|cheaper|pricier|faster|slower))`;
/**
 * "What if it was 10x more?", "if we double our usage", "at 3x the volume", "what if traffic triples", "10x it": the
 * volume read (or, in a follow-up, the one before) times that. "10x cheaper", "2x more output" or "triple the context"
 * are about prices, the mix or a window, not the volume.
 */
const VOLUME_MULTIPLES: RegExp[] = [
  new RegExp(String.raw`\b(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(?:x|×|times)\s+(?:more|bigger|larger|higher|as much)\b${NOT_VOLUME}`, 'gi'),
  /\b(?:at|with|for)\s+(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(?:x|×|times)\s+(?:the\s+|our\s+|that\s+)?(?:volume|usage|traffic|tokens|load|scale)\b/gi,
  /\b(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(?:x|×)\s+(?:it|that|this)\b/gi,
  // "Make it 10x", "make that 3 times": the volume before, that many times over.
  new RegExp(
    String.raw`\b(?:make|makes|made|making)\s+(?:it|that|this)\s+(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(?:x|×|times)(?:\s+(?:more|bigger|larger|as much))?\b${NOT_VOLUME}`,
    'gi',
  ),
  new RegExp(String.raw`\b(${TIMES_WORDS})\s+${WHAT_GROWS}\b`, 'gi'),
  /\b(?:make|makes|made|making)\s+(?:it|that|this)\s+(double|triple|quadruple)\b/gi,
  new RegExp(String.raw`\b${GROWS}\s+(doubles|doubled|triples|tripled|quadruples|quadrupled|halves|halved)\b`, 'gi'),
  // "Half that", "cut it in half": the volume before, halved (not "half the input is cached", a share).
  /\b(half)\s+(?:of\s+)?(?:it|that|this)\b(?=\s*(?:[?.!,]|$|(?:then|please|pls|instead)\b))/gi,
  /\bcut\s+(?:it|that|this|the\s+volume|our\s+usage)\s+in\s+(half)\b/gi,
  // "Half that volume", "half the usage" (not "half the traffic to gpt-5 mini", a share moved).
  /\b(half)\s+(?:of\s+)?(?:that|this|the|our)\s+(?:volume|usage|load|workload)\b(?!\s+(?:to|on|onto|from|goes|moves|is|are)\b)/gi,
];

/** What every multiple above needs: a number then x, ×, times, or a word of doubling, tripling or halving. */
const MULTIPLE_WORDS = /\d\s*(?:x|×)|times|doubl|twice|tripl|quadrupl|halv|half/i;

function readScale(r: Reader): void {
  if (!MULTIPLE_WORDS.test(r.rest)) return;
  for (const re of VOLUME_MULTIPLES)
    r.cut(re, (m) => {
      const said = m[1] ?? '';
      const factor = /^\d/.test(said) ? Number(said) : said.toLowerCase() === 'half' ? 0.5 : (TIMES[said.toLowerCase()] ?? Number.NaN);
      if (!(factor > 0) || !Number.isFinite(factor)) {
        r.query.problems.push(`Cannot read “${quoted(m[0])}” as a multiple of the volume: give one above zero, such as 10x more or double it.`);
        return;
      }
      r.scaleBy = { factor, said: m[0].trim() };
    });
}

/** The volume read times the multiplier said ("50M tokens, what if it was 10x more?"), said in the notes; kept for a follow-up without one. */
function scaledVolume(r: Reader): void {
  const scale = r.scaleBy;
  if (!scale) return;
  const tokens = r.query.tokens;
  // No volume to multiply: the default one is, when answered (which says so).
  if (tokens === undefined || tokens === null) {
    r.query.scaleBy = scale.factor;
    return;
  }
  const scaled = Math.round(tokens * scale.factor);
  if (!(scaled > 0) || scaled > MAX_TOKENS_PER_MONTH) {
    r.query.problems.push(productProblem(`${scale.said} of ${tokensText(tokens)} tokens`));
    return;
  }
  // Several volumes asked are each scaled ("at 10M and 50M tokens, what if it was 10x more?").
  const volumes = r.query.volumes?.map((v) => Math.round(v * scale.factor));
  if (volumes?.some((v) => v > MAX_TOKENS_PER_MONTH)) {
    r.query.problems.push(productProblem(`${scale.said} of ${tokensText(Math.max(...(r.query.volumes ?? [])))} tokens`));
    return;
  }
  const before = r.query.volumes;
  r.query.tokens = scaled;
  if (volumes) r.query.volumes = volumes;
  const note = before
    ? `“${quoted(scale.said)}” read as ${scale.factor} × each volume (${before.map((v) => tokensText(v)).join(', ')} tokens a month)`
    : scaleNote(scale.said, scale.factor, tokens);
  r.query.notes = [...(r.query.notes ?? []), note];
}

/** "“what if it was 10x more” read as 10 × 50M tokens a month". */
export function scaleNote(said: string, factor: number, tokens: number): string {
  return `“${quoted(said)}” read as ${factor} × ${tokensText(tokens)} tokens a month`;
}

/** Batch and service tiers. */
function readPricingOptions(r: Reader): void {
  // "30% batch", "half of it through the batch api": a share of the traffic on batch, priced as that share at batch rates
  // and the rest at standard ones (never as if all of it were batch).
  r.cut(BATCH_SHARE, (m) => {
    const percent = m[1] ?? m[3];
    const share = percent !== undefined ? Number.parseFloat(percent) / 100 : (shareSaid(m[2] ?? m[4] ?? '') ?? Number.NaN);
    if (share === 1) r.query.batch = true;
    else if (share > 0 && share < 1) r.query.batchShare = share;
    else if (share !== 0) r.query.problems.push(`Cannot read “${m[0].trim()}” as a share on the Batch API: give a share from 0% to 100%, such as 30% batch.`);
  });
  r.cut(/\b(?:with\s+|via\s+|using\s+|on\s+)?(?:the\s+)?batch(?:ed)?(?:\s+api)?(?:\s+(?:price|pricing|mode))?\b/gi, () => {
    r.query.batch = true;
  });
  r.cut(/\b(?:on\s+|at\s+|with\s+)?(?:the\s+)?(priority|flex)\s*(?:tier|processing|mode|pricing)?\b/gi, (m) => {
    r.query.serviceTier = (m[1] ?? '').toLowerCase() as 'priority' | 'flex';
  });
  // "Fast mode", "the fast tier" (Anthropic's and OpenAI's quicker route); "fast" alone is speed, not a tier.
  r.cut(/\b(?:on\s+|at\s+|with\s+|in\s+)?(?:the\s+)?fast\s+(?:tier|mode|pricing)\b/gi, () => {
    r.query.serviceTier = 'fast';
  });
}

/** A share of the traffic on the Batch API: "30% batch", "half of it via batch", "a third of our requests through the batch api". */
/** What a share on batch is of: the traffic, the requests. */
const BATCHED_WHAT = String.raw`(?:traffic|requests|volume|tokens|usage|calls|jobs|load|work|workload)\b`;
const BATCH_SHARE = new RegExp(
  // "With batch on half our sonnet 4.5 traffic", "batch for 30% of requests": the share said after.
  String.raw`\bbatch(?:ed)?(?:\s+api)?\s+(?:on|for)\s+(?:(?<![\w.])(\d+(?:\.\d+)?)\s*%|(${SHARE_WORD}))\s+(?:of\s+)?(?:(?:the|our|my|its|their)\s+)?(?:${BATCHED_WHAT}|(?=(?:\S+\s+){1,4}?${BATCHED_WHAT}))|` +
    String.raw`(?:(?<![\w.])(\d+(?:\.\d+)?)\s*%\s+(?:of\s+(?:(?:the|our|my|its|their)\s+)?\w+\s+)?|\b(${SHARE_WORD})\s+(?:of\s+(?:(?:the|our|my|its|their)\s+)?\w+|(?:the|our|my|its|their)\s+\w+)\s+)(?:(?:is|are|goes?|going|run|runs|sent|on|via|through|in|can|could|would|will|be|go|use|uses|to|into|onto)\s+)*(?:the\s+)?batch(?:ed)?(?:\s+api)?\b`,
  'gi',
);

/** One side's tokens: "5M input", "1,000,000 output tokens a day", "2M prompt tokens", "10k tokens in". */
const SIDE_VOLUME = String.raw`(${NUM})\s*(${UNIT})?\s*(?:tokens?\s+)?(${IN_WORDS}|${OUT_WORDS})\b(?:\s+tokens?)?(${PERIOD})?`;
/** "5M input and 1M output tokens", "1M output + 5M input a day": both sides of one workload. */
const SIDE_VOLUMES = new RegExp(
  String.raw`(?<![\w.\-/$])(?:(?:for|at|of|with)\s+)?${SIDE_VOLUME}\s*(?:,|\band\b|&|\+|\bplus\b|\bwith\b|\/)?\s*(?:(?:a|an|get|gets|getting|receive|receiving|and)\s+){0,3}${SIDE_VOLUME}(?:\s+tokens?\b)?(${PERIOD})?`,
  'gi',
);

/** The side's word first: "input 8M", "output tokens: 2M", "input = 10k tokens a day". */
const SIDE_FIRST_VOLUME = String.raw`(${IN_WORDS}|${OUT_WORDS})(?:\s+tokens?)?\s*(?::|=|of)?\s*(${NUM})\s*(${UNIT})?(?:\s*tokens?)?(${PERIOD})?`;
/** "input 8M output 2M", "input: 8M, output: 2M tokens a month". */
const SIDE_FIRST_VOLUMES = new RegExp(String.raw`(?<![\w.\-/$])${SIDE_FIRST_VOLUME}\s*(?:,|;|\band\b|&|\+|\/)?\s*${SIDE_FIRST_VOLUME}(?:\s+tokens?\b)?(${PERIOD})?`, 'gi');

/**
 * Input and output tokens given apart: the volume is their sum and the mix their ratio. A period written once applies
 * to both sides ("5M input and 1M output tokens a day"); each side may have its own. The side may come first
 * ("input 8M output 2M").
 */
function readSideVolumes(r: Reader): void {
  readOneRequestSides(r);
  r.cut(SIDE_VOLUMES, (m) => {
    const [, n1 = '', u1 = '', s1 = '', p1, n2 = '', u2 = '', s2 = '', p2, shared] = m;
    markOneRequest(r, m, p1 ?? p2 ?? shared);
    return sideVolumes(r, m[0] ?? '', [n1, u1, s1, p1], [n2, u2, s2, p2], shared);
  });
  r.cut(SIDE_FIRST_VOLUMES, (m) => {
    const [, s1 = '', n1 = '', u1 = '', p1, s2 = '', n2 = '', u2 = '', p2, shared] = m;
    markOneRequest(r, m, p1 ?? p2 ?? shared);
    return sideVolumes(r, m[0] ?? '', [n1, u1, s1, p1], [n2, u2, s2, p2], shared);
  });
}

/** "For a 100k token prompt and 2k output": both sides of one request, with no period, are that request's cost. */
function markOneRequest(r: Reader, m: RegExpExecArray, period: string | undefined): void {
  if (
    period === undefined &&
    /(?:^|\b(?:for|with|of|on|send|sending|make|making|run|running|does|do|would|will|is|was))\s*(?:a|one|each|a single|every)\s*$/i.test(m.input.slice(0, m.index))
  )
    r.query.per = 'request';
}

/** "200k context + 2k output": one request's prompt (its context, as filled) and its answer. */
const CONTEXT_AND_ANSWER = new RegExp(
  String.raw`(?:\b(?:a|an|one)\s+)?(?<![\w.])(?<inN>${NUM})\s*(?<inU>${UNIT})?[\s-]*(?:tokens?[\s-]+)?(?:context|prompt)\b(?:\s+window)?\s*(?:and|\+|,|with|&)\s*(?:(?:a|an|one)\s+)?(?<outN>${NUM})\s*(?<outU>${UNIT})?[\s-]*(?:tokens?[\s-]+)?(?:output|answers?|responses?|replies|reply|completions?)\b(?:\s+tokens?)?`,
  'gi',
);
const SAID_OF_ONE_REQUEST = /\b(?:per|a|an|one|each|every|single)\s+(?:request|call|query|api call|completion)\b/i;

/**
 * "gpt-5 with 200k context and 2k output per request", "a request with a 200k context and a 2k answer": one request of
 * both sides, its context the prompt (a context beside an output, in a month's question, is a floor and is left).
 */
function readOneRequestSides(r: Reader): void {
  if (!SAID_OF_ONE_REQUEST.test(r.rest)) return;
  r.cut(CONTEXT_AND_ANSWER, (m) => {
    const g = m.groups ?? {};
    const input = tokensOf(`${g.inN}${g.inU ?? ''}`);
    const output = tokensOf(`${g.outN}${g.outU ?? ''}`);
    if (input === undefined || output === undefined || input + output > MAX_TOKENS_PER_MONTH) return false;
    r.query.per = 'request';
    r.query.tokens = input + output;
    r.query.promptTokens = input;
    r.query.mix = mixOf(input, output);
  });
}

/** One side of a workload as written: its count, unit, side word ("input", "out") and period, if any. */
type Side = [count: string, unit: string, word: string, period: string | undefined];

/** One workload's two sides read into the volume and the mix; false leaves the phrase to be read otherwise. */
function sideVolumes(r: Reader, phrase: string, [n1, u1, s1, p1]: Side, [n2, u2, s2, p2]: Side, shared: string | undefined): false | undefined {
  const input = (s: string) => IS_INPUT.test(s);
  // As for one volume, a unit or the word "tokens" says these are tokens ("5 input and 2 output" may be anything);
  // "10k prompts and 10k responses" count things unless "token" says each side's size ("500 token prompts").
  const counted = (side: string) => /s$/i.test(side) && !new RegExp(String.raw`\btokens?[\s-]+${side}\b`, 'i').test(phrase);
  // Said of one request ("per request, 2000 in 500 out"), bare figures on both sides are its tokens.
  const ofOneRequest = r.query.per === 'request' || SAID_OF_ONE_REQUEST.test(r.rest);
  if (input(s1) === input(s2) || !(u1 || u2 || /\btok|\d,\d{3}/i.test(phrase) || ofOneRequest) || counted(s1) || counted(s2)) return false;
  // A side of none ("0 output") is allowed; a volume alone must be above zero.
  const monthly = (n: string, unit: string, period: string | undefined) =>
    /^0+(?:\.0+)?$/.test(n) ? ({ ok: true, value: { tokensPerMonth: 0 } } as const) : parseVolume(`${n}${unit}${period ?? ''}`);
  const first = monthly(n1, u1, p1 ?? shared ?? p2);
  const second = monthly(n2, u2, p2 ?? shared ?? p1);
  if (!first.ok || !second.ok) {
    for (const side of [first, second]) if (!side.ok) r.query.problems.push(side.error);
    return undefined;
  }
  const [inSide, outSide] = input(s1) ? [first.value, second.value] : [second.value, first.value];
  const total = inSide.tokensPerMonth + outSide.tokensPerMonth;
  if (total <= 0 || total > MAX_TOKENS_PER_MONTH) {
    r.query.problems.push(beyondAMonth(total));
    return undefined;
  }
  r.query.tokens = total;
  // The mix from the counts as written when both are in one period (3M:1M a week is 3:1), else from the months.
  const samePeriod = 'period' in inSide && 'period' in outSide && inSide.period === outSide.period;
  r.query.mix = samePeriod ? mixOf(inSide.tokens, outSide.tokens) : mixOf(Math.round(inSide.tokensPerMonth), Math.round(outSide.tokensPerMonth));
  return undefined;
}

/** Whether "<word> <size>" ("falcon 180b") names a model by its size rather than a volume: the caller knows the names. */
export type ModelSize = (word: string, size: string) => boolean;

/** Words or characters counted instead of tokens ("2M words a month", "100k characters"). */
const WORDS_AFTER = new RegExp(String.raw`^\s+(?<what>words?|characters?|chars?)\b(${PERIOD})?`, 'i');
/** An English word is about 4/3 of a token, and a token about 4 characters (OpenAI's rules of thumb). */
export const TOKENS_PER_WORD = 4 / 3;
export const TOKENS_PER_CHARACTER = 1 / 4;

/** "2TB of text", "500 MB of logs a month": bytes of plain text, at about 4 bytes (characters) of English per token. */
const BYTES_OF_TEXT = new RegExp(
  String.raw`(?<![\w.])(?<n>${NUM})\s*(?<unit>kb|mb|gb|tb|kilobytes?|megabytes?|gigabytes?|terabytes?)\s+of\s+(?:[a-z]+\s+){0,2}?(?:text|data|documents?|docs|logs?|files?|transcripts?|content|emails?|code|chats?|messages?)\b(?<period>${PERIOD})?`,
  'gi',
);
const BYTES_PER_UNIT: Record<string, number> = { k: 1e3, m: 1e6, g: 1e9, t: 1e12 };

function readBytes(r: Reader): void {
  r.cut(BYTES_OF_TEXT, (m) => {
    const g = m.groups ?? {};
    const bytes = Number((g.n ?? '').replace(/,/g, '')) * (BYTES_PER_UNIT[(g.unit ?? 'k')[0]?.toLowerCase() ?? 'k'] ?? 1e3);
    const parsed = parseVolume(`${Math.round(bytes * TOKENS_PER_CHARACTER)}${g.period ?? ''}`);
    if (!parsed.ok) {
      r.query.problems.push(productProblem(m[0] ?? ''));
      return;
    }
    if (r.query.tokens !== undefined && r.query.tokens !== null) return false;
    r.query.tokens = parsed.value.tokensPerMonth;
    r.query.notes = [
      ...(r.query.notes ?? []),
      `${m[0].trim()} read as ${Math.round(r.query.tokens).toLocaleString('en-US')} tokens a month: about 4 bytes of plain English text per token (PDFs, markup and other languages hold fewer tokens per byte)`,
    ];
  });
}

/** Volumes: the first one wins; a second is reported rather than silently ignored. */
function readVolume(r: Reader, modelSize?: ModelSize): void {
  // "words a month" after the volume is cut once the volume's own cut is done (a cut replaces the text it was given).
  let wordsPhrase: string | undefined;
  r.cut(VOLUME_RE, (m) => {
    const [, num = '', unit, side, tokensWord, period] = m;
    // "2M words a month": words, not tokens, at about ¾ of an English word per token; their period follows "words".
    const words = tokensWord ? null : WORDS_AFTER.exec(m.input.slice(m.index + m[0].length));
    if (!unit && !tokensWord && !words && !/e|,|\^/i.test(num)) return false;
    const before = m.input.slice(0, m.index);
    const billions = /^(?:b|bn)$/i.test(unit ?? '') && !tokensWord && !period;
    // "llama 3.3 70b": a size after a version is part of a model's name, not 70 billion tokens.
    if (billions && /\d\s+$/.test(before)) return false;
    // "falcon 180b", "gemma 27b": a size right after a word of a model's name (never after "for", "at", "about"…).
    const word = /(\p{L}[\p{L}\d.-]*)\s+$/u.exec(before)?.[1];
    if (billions && word && /^\d/.test(m[0]) && modelSize?.(word, `${num}${unit}`)) return false;
    // "10,000 PDFs", "2M support tickets": a count of things, not tokens.
    if (!tokensWord && COUNTED.test(m.input.slice(m.index + m[0].length))) return false;
    // "500K output tokens" prices only that side, unless a mix is given elsewhere.
    if (side && tokensWord) r.sideOnly = side.toLowerCase() === 'output' ? { input: 0, output: 1 } : { input: 1, output: 0 };
    const parsed = parseVolume(`${num}${unit ?? ''}${period ?? words?.[2] ?? ''}`);
    if (!parsed.ok) {
      r.query.problems.push(parsed.error);
      return;
    }
    const plain = !words && !side && !parsed.value.term && parsed.value.period === 'month';
    if (r.query.tokens !== undefined && r.query.tokens !== null) {
      // "At 10M, 50M and 100M tokens": several months' volumes, each priced where an answer can show them (settleVolumes).
      if (plain && r.plainVolume) {
        // The same volume said twice is one.
        const volumes = r.query.volumes ?? [r.query.tokens];
        if (!volumes.includes(parsed.value.tokensPerMonth)) r.query.volumes = [...volumes, parsed.value.tokensPerMonth];
        return;
      }
      // Refused, not guessed: which of the two was meant is the asker's to say.
      r.query.problems.push(
        `Two volumes given (${Math.round(r.query.tokens).toLocaleString('en-US')} and ${Math.round(parsed.value.tokensPerMonth).toLocaleString('en-US')} tokens a month): give one volume for the month, such as 50M tokens.`,
      );
      return;
    }
    const characters = words !== null && /^c/i.test(words.groups?.what ?? '');
    r.query.tokens = words ? Math.round(parsed.value.tokensPerMonth * (characters ? TOKENS_PER_CHARACTER : TOKENS_PER_WORD)) : parsed.value.tokensPerMonth;
    if (words) {
      const rule = characters ? 'about 4 characters of English per token' : 'about ¾ of an English word per token';
      r.query.notes = [
        ...(r.query.notes ?? []),
        `${num}${unit && /^\p{L}{2,}/u.test(unit) ? ` ${unit}` : (unit ?? '')} ${characters ? 'characters' : 'words'}${words[2] ?? ''} read as ${r.query.tokens.toLocaleString('en-US')} tokens a month: ${rule} (OpenAI's rule of thumb; other languages and tokenizers differ)`,
      ];
      wordsPhrase = words[0];
    }
    // A year's volume ("50M tokens a year") is budgeted by the year, an hour's, a day's or a week's likewise: the answer gives that span too.
    const span = SPANS.find((s) => s === parsed.value.period);
    if (span) r.query[SPAN_FLAGS[span]] = true;
    // So is a term's ("60M tokens over 6 months"): the answer gives the cost over it.
    if (parsed.value.term) r.query.term = parsed.value.term;
    r.volumeWithoutPeriod = !period && !words?.[2];
    r.plainVolume = plain;
  });
  const phrase = wordsPhrase as string | undefined;
  if (phrase) r.rest = r.rest.replace(phrase, ' ');
  // "5 quadrillion tokens", "a gazillion tokens": an amount in a word no volume is written in, said (not priced at the
  // default volume unsaid).
  r.cut(UNKNOWN_AMOUNT, (m) => {
    r.query.problems.push(
      `Cannot read “${m[0].trim().slice(0, 40)}” as a volume: write it with k, M, B or T (thousand, million, billion, trillion), such as 5T tokens, up to 10^15 tokens a month.`,
    );
  });

  if (r.sideOnly && (r.query.mix === undefined || r.query.mix === null)) r.query.mix = r.sideOnly;
}

/** An amount in a word for a number no volume is written in, before "tokens": "quadrillion", "zillion", "gazillion". */
const UNKNOWN_AMOUNT =
  /(?:(?<![\w.,])\d+(?:\.\d+)?\s*|\b(?:a|an|one|two|three|five|ten|some)\s+)?\b(?!(?:m|b|tr)illions?\b)(?:[a-z]*illions?|zillions?|gazillions?|bajillions?|jillions?|googols?)\s+(?:of\s+)?(?:tokens?|toks?)\b/gi;

/** A negation right before a phrase ("not released this year", "wasn't launched in 2025"). */
const NOT_BEFORE = /\b(?:not|never|wasn'?t|weren'?t|isn'?t|aren'?t|haven'?t been|hasn'?t been)\s+$/i;

/** "Released this year", "launched in the last 3 months": the window, kept in words. */
function readReleaseWindow(r: Reader): void {
  for (let found = releaseWindowInWords(r.rest); found; found = releaseWindowInWords(r.rest)) {
    // "Not released this year" leaves a window out: said, never read as the window itself.
    const negated = NOT_BEFORE.test(r.rest.slice(0, found.start));
    const problem = negated
      ? `“not ${r.rest.slice(found.start, found.end).trim()}” leaves a window out, which is no filter here: ask for models released before a day, such as released before 2026-01-01.`
      : windowProblem(found.window);
    if (problem) r.query.problems.push(problem);
    else r.query.released = found.window;
    r.rest = `${r.rest.slice(0, found.start)} ${found.keep} ${r.rest.slice(found.end)}`;
  }
}

/** What one request may be called when its cost is asked for: "per conversation", "cost of one ticket" ("per task" is a benchmark's). */
const ONE_REQUEST = String.raw`(?:request|call|api call|completion|query|prompt|conversation|chat|message|ticket|document|doc|email|session|question|summary|page|transcript|article|review|turn|exchange|reply|response|pdf|file|book|contract|report|image|photo|picture|screenshot|scan|receipt|invoice|form|recording|meeting)`;
/** A word after a request's kind that makes it a kind of thing, not one request: "a code review bot", "a support ticket system". */
const KIND_OF_THING = String.raw`(?!\s+(?:bots?|agents?|tools?|apps?|assistants?|pipelines?|systems?|workflows?|services?|features?|products?|platforms?|use cases?|workloads?|models?|llms?)\b)`;
const PER_REQUEST = new RegExp(
  String.raw`\b(?:per|each|a single|one|for a|for one|for each)\s+(?:(?!tokens?\b|of\b|the\b)[a-z]+\s+)?(?<what>${ONE_REQUEST})\b(?!s)${KIND_OF_THING}|(?<![\w.,])1\s+(?<one>${ONE_REQUEST})\b(?!s)|\bcost\s+of\s+(?:a|one)\s+(?:(?!tokens?\b|of\b|the\b)[a-z]+\s+)?(?<costOf>${ONE_REQUEST})\b(?!s)${KIND_OF_THING}`,
  'gi',
);

const ONE_REQUEST_NOTE = ' priced as one request of all its tokens';
/** One of the things a cost is asked per, sized: "500-token pages", "2k token tickets". */
const SIZED_ONE = new RegExp(String.raw`(?<![\w.])(\d+(?:\.\d+)?)\s*(k|m)?[\s-]*tokens?[\s-]+${ONE_REQUEST}s?\b`, 'i');

/** "Cost per request", "for one call", "cost per conversation": the volume is one request's tokens. */
function readPerRequest(r: Reader): void {
  // "gpt-5 at 2k tokens each": a size of each with no count of them (counted workloads were read before) is one request's.
  r.cut(/\b(tokens?)\s+(?:each|apiece)\b/gi, (m) => {
    r.query.per = 'request';
    return m[1] as string;
  });
  r.cut(PER_REQUEST, (m) => {
    r.query.per = 'request';
    const what = (m.groups?.what ?? m.groups?.one ?? m.groups?.costOf ?? 'request').toLowerCase();
    // A conversation or a ticket is priced as one request of all its tokens: said, so the sum is not mistaken for a turn's.
    if (!/^(?:request|call|api call|completion|query|prompt)$/.test(what)) {
      r.query.perWhat = what;
      r.query.notes = [...(r.query.notes ?? []).filter((n) => !n.endsWith(ONE_REQUEST_NOTE)), `a ${what}${ONE_REQUEST_NOTE}`];
    }
  });
}

/** What is not a span of cost after "daily" or "a week": "a day ago", "daily users", "the weekly digest". */
const NOT_A_SPAN = String.raw`(?!\s+(?:ago|old|from now|active|users?|people|visitors|digest|summary|roundup|report|update|sync|limits?|quotas?))`;
/**
 * "Hourly cost", "for one hour"; "daily cost", "how much per day"; "weekly spend", "cost per week"; "annual cost", "what do we save a year": that span's
 * figure is asked for ("this year" and "a year ago" are dates, not a span of cost).
 */
const SPAN_PHRASES: [Span, RegExp][] = [
  ['hour', new RegExp(String.raw`\b(?:hourly|per\s+hour|(?:an|each|every)\s+hour|(?:in|for|over)\s+(?:an|one|1)\s+(?:single\s+)?hour)\b${NOT_A_SPAN}`, 'gi')],
  ['day', new RegExp(String.raw`\b(?:daily|per\s+day|(?:a|each|every)\s+day|(?:in|for|over)\s+(?:a|one|1)\s+(?:single\s+)?day)\b${NOT_A_SPAN}`, 'gi')],
  ['week', new RegExp(String.raw`\b(?:weekly|per\s+week|(?:a|each|every)\s+week|(?:in|for|over)\s+(?:a|one|1)\s+(?:single\s+)?week)\b${NOT_A_SPAN}`, 'gi')],
  [
    'year',
    /\b(?:annual(?:ly|i[sz]ed)?|yearly|per\s+(?:year|annum|yr)|(?:a|each|every)\s+(?:year|yr)|(?:in|over|for)\s+(?:a|one|the|1)\s+(?:full\s+)?year|(?:a|one|the)\s+full\s+year|(?:12|twelve)\s+months)\b(?!\s+(?:ago|old|from now))/gi,
  ],
];

/**
 * The spans asked for besides the month. Read after volumes, which take "5M tokens a day" as a workload; a volume said
 * without a period beside an hour, a day or a week asked for ("daily cost of 5M tokens", "50M tokens on opus per week") is that
 * span's (beside a year, it stays a month's: "annual cost at 10M tokens").
 */
function readSpans(r: Reader): void {
  for (const [span, re] of SPAN_PHRASES)
    r.cut(re, () => {
      r.query[SPAN_FLAGS[span]] = true;
    });
  const span = VOLUME_SPANS.find((s) => r.query[SPAN_FLAGS[s]]);
  if (span && r.volumeWithoutPeriod && typeof r.query.tokens === 'number') {
    const tokens = Math.round(r.query.tokens * PERIOD_TO_MONTH[span]);
    if (tokens > MAX_TOKENS_PER_MONTH) r.query.problems.push(beyondAMonth(tokens));
    else r.query.tokens = tokens;
  }
}

/**
 * A term: "for 6 months", "over the next two years", "6 months of gpt-5", "a 3-month pilot", "a 2 week hackathon",
 * "quarterly", "next quarter", "for q1", "the next 6 months", "for half a year". Never a date or a window: "in 6 months", "the
 * last 6 months", "6 months ago", "within 3 months of release".
 */
const TERM_PHRASE = new RegExp(
  String.raw`\b(?:for|over|across|during|throughout)\s+(?:(?:the\s+)?(?:(?:next|coming|first|whole|full|entire)\s+)?(?<n>-?${TERM_COUNT})[\s-]*|the\s+(?:(?:next|coming|whole|full|entire)\s+)?)(?<unit>${TERM_UNIT})\b(?!\s+(?:ago|old|from now|later|after|before|in\b))|(?<![\w.]|\b(?:within|after|in|last|past|first|every|each|per|than)\s)(?<ofN>${TERM_COUNT})[\s-]+(?<ofUnit>${TERM_UNIT})\s+of\b(?!\s+(?:release|launch|its))|(?<![\w.])(?<adjN>\d+(?:\.\d+)?|${TERM_COUNT})-(?<adjUnit>day|week|month|quarter|year)\b(?![\s-]+old)|\b(?<quarter>quarterly|per\s+quarter|(?:each|every)\s+quarter|(?:for|over|during)\s+(?:a|one|the|the\s+whole|the\s+next|the\s+coming)\s+quarter|(?:for|over|during|across)\s+(?:(?:all\s+of|the\s+whole\s+of)\s+)?q[1-4](?:\s+(?:of\s+)?\d{4})?|(?<!\b(?:last|past|previous|this)\s+)next\s+quarter)\b|\b(?:the\s+)?(?:next|coming)\s+(?<nextN>${TERM_COUNT})\s+(?<nextUnit>${TERM_UNIT})\b|(?<![\w.])(?<workN>${TERM_COUNT})[\s-]+(?<workUnit>day|week|month|quarter|year)s?\s+(?=(?:pilot|trial|hackathon|project|sprint|contract|engagement|test|poc|proof of concept|experiment|campaign|program|programme|period|window|commitment|rollout|migration)\b)|\b(?<half>(?:for|over|during)\s+(?:a\s+)?half[\s-](?:a[\s-])?year)\b`,
  'gi',
);

/**
 * The term asked for besides the month, read before the spans ("for half a year" is no year): one of a day, a week or
 * a year is that span. A term of days or weeks makes a volume said without a period that period's, as a day or a
 * week asked for does.
 */
function readTerm(r: Reader): void {
  r.cut(TERM_PHRASE, (m) => {
    const g = m.groups ?? {};
    // "Next quarter", "the next 6 months" are a term to cost only where a cost is asked ("which models retire next
    // quarter?" is a date).
    if ((g.nextN !== undefined || /^next\s+quarter$/i.test(g.quarter ?? '')) && !/\b(?:costs?|spend\w*|budget\w*|pay|bill|pric\w+|how much|total)\b/i.test(m.input)) return false;
    const term: Term = g.quarter
      ? { count: 1, unit: 'quarter' }
      : g.half
        ? { count: 6, unit: 'month' }
        : termOf(g.n ?? g.ofN ?? g.adjN ?? g.nextN ?? g.workN ?? '1', g.unit ?? g.ofUnit ?? g.adjUnit ?? g.nextUnit ?? g.workUnit ?? '');
    const problem = termProblem(term, m[0]);
    if (problem) {
      r.query.problems.push(problem);
      return;
    }
    const stretch = asStretch(term);
    if (stretch === null) return;
    if (typeof stretch === 'string') {
      r.query[SPAN_FLAGS[stretch]] = true;
      return;
    }
    if (r.query.term && termWords(r.query.term) !== termWords(stretch)) {
      r.query.problems.push(`Two stretches given; using the first (over ${termWords(r.query.term)}).`);
      return;
    }
    r.query.term = stretch;
    if ((stretch.unit === 'day' || stretch.unit === 'week') && r.volumeWithoutPeriod && typeof r.query.tokens === 'number' && !VOLUME_SPANS.some((s) => r.query[SPAN_FLAGS[s]])) {
      const tokens = Math.round(r.query.tokens * PERIOD_TO_MONTH[stretch.unit]);
      if (tokens > MAX_TOKENS_PER_MONTH) r.query.problems.push(beyondAMonth(tokens));
      else r.query.tokens = tokens;
      r.volumeWithoutPeriod = false;
    }
  });
}

/** "Per 1k tokens", "per thousand tokens": unit prices quoted per 1K. */
function readUnit(r: Reader): void {
  r.cut(/(?:\bper|\/)\s*(?:1\s*k|1,000|1000|one thousand|a thousand|thousand)\b(?:\s*tokens?)?(?!\s*(?:requests?|calls?))/gi, () => {
    r.query.unit = 'thousand';
  });
}

/** What a model must output: "image output", "generates images", "audio output". */
const OUTPUT_MODALITIES: [RegExp, Modality][] = [
  [/\b(?:image|images)\s+(?:output|generation)\b|\b(?:outputs?|generates?|generating|creates?|makes?)\s+images?\b/gi, 'image'],
  [/\b(?:audio|speech|voice)\s+output\b|\b(?:outputs?|generates?|speaks)\s+(?:audio|speech)\b/gi, 'audio'],
];

/** The text with output-modality phrases blanked, so "image output" names no lane about reading images. */
export function withoutOutputModalities(text: string): string {
  return OUTPUT_MODALITIES.reduce((t, [re]) => t.replace(re, (span) => ' '.repeat(span.length)), text);
}

/** Calls counted that are tools' ("40 tool calls", "200 function calls a day"). */
const TOOL_CALLS_COUNTED = /\d[\d,.]*\s*[kmb]?\s+(?:tool|function)[\s-]+calls?\b/i;

/** Capabilities ("with vision", in the catalog's words) and input modalities ("audio input"). */
function readCapabilities(r: Reader, words: CapabilityWords): void {
  // Output modalities first: "audio output" is not audio input, and "generates images" is not vision.
  for (const [re, modality] of OUTPUT_MODALITIES) {
    const before = r.rest;
    r.rest = r.rest.replace(re, ' ');
    if (r.rest !== before) r.query.filters.outputModalities = [...new Set([...(r.query.filters.outputModalities ?? []), modality])];
  }
  for (const [re, capability] of capabilityPatternsOf(words)) {
    const before = r.rest;
    r.rest = r.rest.replace(re, ' ');
    if (r.rest !== before) r.query.filters.need = [...new Set([...(r.query.filters.need ?? []), capability])];
  }
  // "40 tool calls per task" was read as a count of calls; the calls are tools', so the model must call them.
  if (TOOL_CALLS_COUNTED.test(r.said) && !TOOL_CALLS_COUNTED.test(r.rest) && words['function-calling'] !== undefined)
    r.query.filters.need = [...new Set([...(r.query.filters.need ?? []), 'function-calling' as Capability])];
  const modalities: [RegExp, Modality][] = [
    [/\b(?:image|images) input\b/gi, 'image'],
    // "Speech to text", "transcription": a chat model transcribes what it hears (its audio input); "transcripts" are text.
    [/\b(?:audio|voice) input\b|\baudio\b|\bspeech[- ]to[- ]text\b|\bstt\b|\bspeech recognition\b|\btranscri(?:be|bes|bing|ption)\b/gi, 'audio'],
    [/\bvideo input\b|\bvideo\b/gi, 'video'],
    [/\bpdfs?\b(?: input)?/gi, 'pdf'],
  ];
  for (const [re, modality] of modalities) {
    const before = r.rest;
    r.rest = r.rest.replace(re, ' ');
    if (r.rest !== before) r.query.filters.inputModalities = [...new Set([...(r.query.filters.inputModalities ?? []), modality])];
  }
}

/** Counts written as words ("the three cheapest", "the next ten"). */
export const LENGTH_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20 };

/** A count written as digits or a word. */
export const LENGTH = String.raw`(\d+|${Object.keys(LENGTH_WORDS).join('|')})`;
const RANKING_WORD = '(?:cheapest|newest|latest|fastest|largest|biggest|best)';
/** What a count of suggestions is counted in: "3 alternatives", "three options", "5 good picks". */
export const SUGGESTIONS = '(?:alternatives|options|choices|picks|suggestions|candidates|replacements|substitutes|recommendations)';
/**
 * How many to show: "top 10", "top three", "the 3 cheapest", "five cheapest models", "cheapest 5" (not "cheapest 5m"),
 * "3 alternatives", "three good options".
 */
const TOP_COUNT = new RegExp(
  String.raw`\btop\s*${LENGTH}\b|\b(?:the\s+)?${LENGTH}\s+(?=${RANKING_WORD}\b)|\b${LENGTH}\s+(?=(?:[a-z]+\s+)?${SUGGESTIONS}\b)|(?<=${RANKING_WORD}\s+)(${Object.keys(LENGTH_WORDS).join('|')})(?=\s+(?:[a-z-]+\s+)?(?:models?|llms?|ones|${SUGGESTIONS.slice(3, -1)})\b)|(?<=${RANKING_WORD}\s+)(\d+)\b(?![.,]\d)(?!\s*(?:(?:k|m|mm|b|bn|t|thousand|million|billion|trillion|tokens?)\b|%|\/|:|per\b|x\b))`,
  'gi',
);

/** "Show me 10", "list 20 models", "give me the first 3": a length alone, asked of a list (a ranking before, in a thread). */
const SHOW_COUNT = new RegExp(
  String.raw`^\s*(?:(?:and|ok(?:ay)?|now|then|so|just|only|pls|please)[\s,]+)*(?:show|list|give)(?:\s+(?:me|us))?\s+(?:(?:just|only)\s+)?(?:the\s+)?(?:first\s+|top\s+)?${LENGTH}(?:\s+(?:more\s+)?(?:models?|results?|rows?|options?|ones|of them|picks|llms?))?(?:\s+(?:please|pls))?\s*[?.!]*\s*$`,
  'i',
);

/** A ranking's word after a place ("the second cheapest", "3rd newest"). */
const PLACED_RANKING = '(?:cheapest|least expensive|newest|latest|fastest|largest|biggest|most expensive|priciest|dearest|best|highest[- ]scoring)';
/** "The second cheapest", "3rd newest", "the fifth-best": one model, at that place. */
const PLACE = new RegExp(String.raw`\b(?:the\s+)?${ORDINAL}[\s-]+(?=${PLACED_RANKING}\b)`, 'gi');
/**
 * "Models 6 through 10", "ranks 11-20", "#6–#10", "the 6th to 10th": the places from one to the other (also the
 * command's form, "ranks 6 to 10").
 */
const PLACES =
  /(?:\b(?:models?|ranks?|positions?|places?|rows?|results?|ones|numbers?)\s+#?|#|\bthe\s+(?=\d{1,3}(?:st|nd|rd|th)\b))(\d{1,3})(?:st|nd|rd|th)?\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b)\s*#?(\d{1,3})(?:st|nd|rd|th)?\b(?!\s*(?:[kmb]|bn|tokens?|%|\$|per\b|x\b|×|times\b|million|billion|thousand|(?:users?|requests?|calls?|days?|weeks?|months?|years?|hours?)\b))/gi;

/** A long figure said back in part, marked as cut ("99999999999…"). */
const clipped = (written: string) => (written.length > 12 ? `${written.slice(0, 12)}…` : written);

/** The longest list a question may ask for (a message cuts a longer table than it holds, and says so). */
export const MAX_TOP = 999;

/** "Closed source", "proprietary", "not open weights", "skip open source models": the models whose weights are not open. */
const PROPRIETARY = new RegExp(
  String.raw`(?<![\w-])(?:closed[- ](?:source|weights?)|proprietary|(?:(?:${LEAVING_OUT}|not)\s+(?:the\s+|any\s+)?|non[- ])open[- ](?:source|weights?)(?:\s+(?:models?|llms?|ones))?|(?:is|are)\s+not\s+open[- ](?:source|weights?)|(?:isn'?t|aren'?t)\s+open[- ](?:source|weights?))\b`,
  'gi',
);
/** Free endpoints left out: "without free endpoints", "no free models", "skip the free ones". */
const FREE_LEFT_OUT = new RegExp(
  String.raw`\b(?:${LEAVING_OUT}|not)\s+(?:the\s+|any\s+)?(?:free|no[- ]cost|zero[- ]cost|rate[- ]limited)\s+(?:models?|endpoints?|tiers?|options?|llms?|ones?|versions?)\b`,
  'gi',
);

/** "3 models from each provider", "2 cheapest per vendor": how many from each provider. */
const PER_PROVIDER_COUNT = new RegExp(
  String.raw`\b(\d{1,2}|${Object.keys(LENGTH_WORDS).join('|')})\s+(?:(?:cheapest|newest|latest|best|fastest|largest|most expensive|priciest)\s+)?(?:(?:models?|ones|llms?|options)\s+)?(?:(?:from|for|of|by)\s+(?:each|every)|per)\s+(?:provider|vendor|lab|company|maker|developer)s?\b`,
  'gi',
);

/** Open weights, deprecated models included, how many to show. */
function readListFilters(r: Reader): void {
  // "Closed source", "proprietary", "not open weights": the models whose weights are not open, read before open weights.
  r.cut(PROPRIETARY, () => {
    r.query.filters.openWeights = false;
  });
  // "Without free endpoints", "skip free models": what a ranking does anyway (free endpoints rank only when asked for).
  r.cut(FREE_LEFT_OUT, () => undefined);
  // Not inside a hyphenated name ("gpt-oss-120b").
  // Run on a team's own machines: "self-hosted", "run locally", "on-prem", "on our own gpus"; "run qwen3 locally" keeps
  // the name between.
  r.cut(
    /(?<![\w-])(?:open[- ]weights?|open[- ]source|open(?=\s+(?:[\w-]+\s+)?(?:models?|llms?)\b)|self[- ]host(?:ed|able|ing)?|oss|run(?:ning)?\s+(?:(?:it|them|this|that|models?|llms?)\s+)?(?:locally|on[- ]prem(?:ise|ises)?|offline)|(?<=\brun(?:ning)?\s+[\w.-]+(?:\s+[\w.-]+){0,3}\s+)(?:locally|offline)|on[- ]prem(?:ise|ises)?|on (?:our|my) own (?:hardware|servers?|gpus?|infra(?:structure)?)|(?:can|could)\s+(?:i|we|you)\s+download|download(?:able)?\s+(?:the\s+)?(?:weights|models?))\b/gi,
    () => {
      r.query.filters.openWeights = true;
    },
  );
  r.cut(/\b(?:incl(?:uding|ude)?|with|show)\s+(?:the\s+)?(?:deprecated|retired|old)(?:\s+(?:ones|models))?\b/gi, () => {
    r.query.filters.includeDeprecated = true;
  });
  // "free models for prototyping", "free tier", "free endpoints": rank only the free or rate-limited endpoints.
  r.cut(
    /(?<!\bnon[- ]|\bnot\s)\b(?:free|no[- ]cost|zero[- ]cost)\s+(?<kept>(?:[\w.-]+\s+){0,2}?)(?:models?|endpoints?|tiers?|options?|llms?|ones?|versions?|variants?)\b|\b(?:anything|something|any(?:one)?)\s+(?:that'?s\s+|that is\s+)?free\b|\bfor\s+free\b|\bfree\s+of\s+charge\b|\b(?:models?|llms?|ones?|endpoints?|options?)\s+(?:that\s+)?(?:are|is)\s+(?:(?:completely|totally|actually|still)\s+)?free\b(?:\s+to\s+use)?/gi,
    (m) => {
      r.query.filters.free = true;
      // "Free deepseek models": the words between are still read (a maker, a kind of work).
      return m.groups?.kept?.trim() ? m.groups.kept : undefined;
    },
  );
  // "The cheapest 3 models from each provider", "2 newest per vendor": that many from each, every provider shown.
  r.cut(PER_PROVIDER_COUNT, (m) => {
    const written = (m[1] ?? '').toLowerCase();
    const n = LENGTH_WORDS[written] ?? Number(written);
    if (!(n >= 1 && n <= 20)) return false;
    r.query.filters.eachProvider = true;
    if (n > 1) r.query.filters.perProvider = n;
    r.query.top = MAX_TOP;
  });
  // "The cheapest model from each provider", "newest per vendor": one model per provider, every provider shown.
  r.cut(
    /\b(?:from|for|of|by|at|per)\s+(?:each|every|every single)\s+(?:provider|vendor|lab|company|maker|developer)s?\b|\bper\s+(?:provider|vendor|lab|company|maker)\b|\bby\s+provider\b|\b(?:from|of|by)\s+each\s+of\b(?=\s+(?!them\b|these\b|those\b|the\b|us\b|our\b|my\b)[a-z])/gi,
    () => {
      r.query.filters.eachProvider = true;
      r.query.top ??= MAX_TOP;
    },
  );
  // "Flagships" (the command's word, as commandFor writes it): each provider's flagship, in the ranking's order.
  r.cut(/\bflagships\b/gi, () => {
    r.query.filters.eachProvider = true;
    r.query.filters.flagships = true;
    r.query.top ??= MAX_TOP;
  });
  // "List all xai models", "all the anthropic models": every model that passes, not the first five.
  r.cut(/\b(?:list|show(?:\s+me)?|give\s+me|what\s+are)\s+all\b(?:\s+(?:of\s+)?the\b)?|(?<!\bof\s)\ball\s+(?:of\s+)?the\s+(?=(?:[\w-]+\s+){0,2}(?:models?|llms?)\b)/gi, () => {
    r.query.top ??= MAX_TOP;
  });
  r.cut(SHOW_COUNT, (m) => {
    const written = (m[1] ?? '').toLowerCase();
    const n = LENGTH_WORDS[written] ?? Number(written);
    if (n >= 1 && n <= MAX_TOP) r.query.top = n;
    else r.query.problems.push(`Cannot show ${clipped(written)}: ask for 1 to ${MAX_TOP}, such as show me 10.`);
  });
  r.cut(PLACES, (m) => {
    const first = Number(m[1]);
    const last = Number(m[2]);
    if (first >= 1 && last >= first && last - first < MAX_TOP) {
      r.query.skip = first - 1;
      r.query.top = last - first + 1;
    } else r.query.problems.push(`Cannot show ranks ${first} to ${last}: give the first place, then the last, such as ranks 6 to 10.`);
  });
  r.cut(PLACE, (m) => {
    const place = ordinalOf(m[1] ?? '') ?? 1;
    if (place > 1) r.query.skip = place - 1;
    r.query.top ??= 1;
  });
  r.cut(TOP_COUNT, (m) => {
    const written = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').toLowerCase();
    const n = LENGTH_WORDS[written] ?? Number(written);
    if (n >= 1 && n <= MAX_TOP) r.query.top = n;
    else r.query.problems.push(`Cannot show the top ${clipped(written)}: ask for the top 1 to ${MAX_TOP}, such as top 10.`);
  });
}

/** A catalog's providers as the question grammar reads them. */
export type ProviderList = readonly { id: string; name: string }[];

/** Words of a provider's name too common to stand for it alone ("Thinking Machines Lab" is not "thinking"). */
const COMMON_WORDS = new Set(['thinking', 'ant', 'seed', 'labs', 'lab', 'cloud', 'research']);

/**
 * Every way a question names a provider: the well-known words (with family words: "claude", "gemini"), and each
 * catalog provider's id, name, the name in brackets and the first word of a longer name ("Qwen (Alibaba Cloud)":
 * qwen, alibaba cloud, alibaba). `named` reads them where a provider is meant ("from meta", "qwen models");
 * `notFrom` where one is left out ("not from openai", "excluding meta and qwen", "non-anthropic").
 */
interface ProviderLexicon {
  words: [RegExp, string][];
  named: RegExp;
  notFrom: RegExp;
}
const lexicons = new WeakMap<ProviderList, ProviderLexicon>();

/** Without a catalog's providers: the well-known words alone (one list, so its lexicon is built once). */
const NO_PROVIDERS: ProviderList = [];

function lexiconOf(providers: ProviderList = NO_PROVIDERS): ProviderLexicon {
  let lexicon = lexicons.get(providers);
  if (lexicon) return lexicon;
  const forms = (p: ProviderList[number]): string[] => {
    const plain = p.name.replace(/\s*\(.*\)\s*/, '').trim();
    const bracketed = /\(([^)]+)\)/.exec(p.name)?.[1]?.trim();
    const first = (t: string | undefined) => (t && t.split(/\s+/).length > 1 ? t.split(/\s+/)[0] : undefined);
    return [p.id, plain, bracketed, first(plain), first(bracketed)].filter((w): w is string => w !== undefined && w.length >= 3 && !COMMON_WORDS.has(w.toLowerCase()));
  };
  const catalogForms = providers.flatMap((p) => [...new Set(forms(p))].map((w) => ({ word: phraseSource(w), id: p.id })));
  const catalogWords = catalogForms.map(({ word, id }): [RegExp, string] => [new RegExp(String.raw`(?<![\w-])${word}(?![\w-])`, 'i'), id]);
  const words = [...PROVIDER_WORDS, ...catalogWords];
  const source = words.map(([re]) => `(?:${re.source})`).join('|');
  // After "non-" a name is joined by the hyphen: the same words without their boundary checks.
  const joined = [...PROVIDER_WORDS.map(([re]) => re.source), ...catalogForms.map(({ word }) => `${word}\\b`)].join('|');
  lexicon = {
    words,
    // "from mistral or cohere", "by openai, anthropic and google": every provider of the list.
    named: new RegExp(
      String.raw`\b(?:from|by|made by)\s+(?:the\s+)?(?:${source})(?:(?:\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+|\s*\/\s*)(?:(?:from|by)\s+)?(?:${source}))*(?:'s)?(?![\w-])|(?:${source})(?:'s)?\s+(?:models?|llms?|only|family)\b`,
      'gi',
    ),
    notFrom: new RegExp(
      String.raw`(?:\b(?:not|nothing|none|no models?|isn't|is not|aren't|are not|wasn't|weren't)\s+(?:from|by|made by|built by|trained by|developed by)|\b(?:doesn't|don't|does not|do not)\s+come\s+from|\b(?:${LEAVING_OUT}|isn'?t|is not|aren'?t|are not|not))\s+(?:(?:from|by)\s+)?(?:the\s+)?(?:${source})(?:(?:\s*,\s*|\s+(?:or|and|nor)\s+|\s*\/\s*)(?:${source}))*(?:'s)?(?![\w-]*[\s-]*\d)(?:\s+(?:models?|llms?))?|\bnon[- ]?(?:${joined})`,
      'gi',
    ),
  };
  lexicons.set(providers, lexicon);
  return lexicon;
}

/** The providers a word names ("claude" → anthropic, "qwen" → qwen), among the catalog's providers and the well-known words. */
export function providersNamedBy(word: string, providers?: ProviderList): string[] {
  return providersIn(lexiconOf(providers), word);
}

/** The providers a span names, in the lexicon's words. */
const providersIn = (lexicon: ProviderLexicon, span: string) => {
  const words = span.replace(/^\s*non[- ]?/i, ' ');
  return [...new Set(lexicon.words.filter(([re]) => re.test(words)).map(([, provider]) => provider))];
};

/** Capabilities asked away: "without reasoning", "non-reasoning" (a filter); "no vision needed" (none). */
interface NegatedCapability {
  capability: Capability;
  /** "no vision needed", "doesn't need tool use": no filter either way. */
  notNeeded: RegExp;
  /** "without reasoning", "no vision", "non-reasoning": models without it. */
  without: RegExp;
}
const negatedPatterns = new WeakMap<CapabilityWords, NegatedCapability[]>();

function negatedPatternsOf(words: CapabilityWords): NegatedCapability[] {
  let patterns = negatedPatterns.get(words);
  if (!patterns) {
    patterns = (Object.entries(words) as [Capability, string[]][]).map(([capability, phrases]) => {
      const phrase = `(?:${[...phrases]
        .sort((a, b) => b.length - a.length)
        .map(phraseSource)
        .join('|')})`;
      return {
        capability,
        notNeeded: new RegExp(
          String.raw`\b(?:(?:no|without)\s+${phrase}\s+(?:is\s+)?(?:needed|required|necessary)|(?:don'?t|doesn'?t|do not|does not)\s+(?:need|require)\s+${phrase}|${phrase}\s+(?:is\s+)?(?:not|isn'?t)\s+(?:needed|required|necessary))\b`,
          'gi',
        ),
        without: new RegExp(
          String.raw`(?<![\w-])(?:without|no|non[- ]?|(?:doesn'?t|does not|don'?t|do not|can'?t|cannot|can not|won'?t)\s+(?:support|have|offer|do|handle|use|accept)\s+|lacks?\s+|lacking\s+|(?:${LEAVING_OUT}|not)\s+(?:the\s+|any\s+)?)\s*${phrase}\b`,
          'gi',
        ),
      };
    });
    negatedPatterns.set(words, patterns);
  }
  return patterns;
}

/** Negated capabilities before capabilities, so "without reasoning" is never read as asking for it. */
function readCapabilityNegations(r: Reader, words: CapabilityWords): void {
  for (const n of negatedPatternsOf(words)) {
    r.cut(n.notNeeded, () => undefined);
    r.cut(n.without, () => {
      r.query.filters.without = [...new Set([...(r.query.filters.without ?? []), n.capability])];
    });
  }
}

/** Providers left out before providers asked for, so "not from openai" is never read as "from openai". */
function readNotFrom(r: Reader, providers: ProviderLexicon): void {
  r.cut(providers.notFrom, (m) => {
    const left = providersIn(providers, m[0] ?? '');
    if (left.length === 0) return false;
    r.query.filters.excludeProviders = [...new Set([...(r.query.filters.excludeProviders ?? []), ...left])];
  });
}

/** The text with every negation ("not from openai", "non-reasoning") blanked in place, for matching lanes and attributes. */
export function withoutNegations(text: string, words: CapabilityWords = {}, providers?: ProviderList): string {
  const blank = (t: string, re: RegExp) => t.replace(re, (span) => ' '.repeat(span.length));
  let out = blank(text, lexiconOf(providers).notFrom);
  for (const n of negatedPatternsOf(words)) out = blank(blank(out, n.notNeeded), n.without);
  return out;
}

/** Provider names as filters ("cheapest anthropic model", "from meta", "qwen models"). */
function readProviders(r: Reader, lexicon: ProviderLexicon): void {
  r.cut(lexicon.named, (m) => {
    const named = providersIn(lexicon, m[0] ?? '');
    if (named.length === 0) return false;
    r.query.filters.providers = [...new Set([...(r.query.filters.providers ?? []), ...named])];
  });
  for (const [re, provider] of PROVIDER_PATTERNS) {
    const before = r.rest;
    r.rest = r.rest.replace(re, ' ');
    if (r.rest !== before) r.query.filters.providers = [...new Set([...(r.query.filters.providers ?? []), provider])];
  }
}

/**
 * Pulls profile phrases out of `text`. `providerWords` lets bare provider names ("cheapest anthropic
 * model") act as a filter; callers turn it off where a provider word is part of a model name.
 */
export function extractProfile(
  text: string,
  options: { providerWords?: boolean; capabilityWords?: boolean; capabilities?: CapabilityWords; providers?: ProviderList; modelSize?: ModelSize } = {},
): Extracted {
  const r = new Reader(text);
  readCurrency(r);
  readNotNumbers(r);
  readScale(r);
  readOrigin(r);
  readLongPromptPriced(r);
  readNoPreviews(r);
  readBudgets(r);
  // Before the unit: "per 1000 words" is that many words, not a price per 1K tokens.
  readPerWords(r);
  readWordsAsSizes(r);
  readUnit(r);
  readSpeedFloors(r);
  readRequestVolumes(r);
  readSideVolumes(r);
  readReleaseWindow(r);
  readContextFloors(r);
  readOutputFloors(r);
  readKnowledgeCutoff(r);
  readPriceDay(r);
  readPromptSize(r);
  // After prompt sizes: "each prompt is 250k tokens" is a prompt's size, not one request's cost.
  readPerRequest(r);
  readCache(r);
  readMix(r);
  readPricingOptions(r);
  readBytes(r);
  readVolume(r, options.modelSize);
  readSharedBy(r);
  readCountWithoutSize(r);
  readTerm(r);
  readSpans(r);
  const lexicon = options.providerWords !== false ? lexiconOf(options.providers) : undefined;
  if (options.capabilityWords !== false) readCapabilityNegations(r, options.capabilities ?? {});
  if (lexicon) readNotFrom(r, lexicon);
  if (options.capabilityWords !== false) readCapabilities(r, options.capabilities ?? {});
  readListFilters(r);
  if (lexicon) readProviders(r, lexicon);
  // "How much does one 100k-token prompt cost?": that one request, its prompt alone (no response was said).
  if (r.onePrompt !== undefined && (r.query.tokens === undefined || r.query.tokens === null) && r.query.mix == null && r.each === undefined) {
    r.query.per = 'request';
    r.query.tokens = r.onePrompt;
    if (r.oneTranslated) {
      // A translation writes about as many tokens as it reads.
      r.query.tokens = r.onePrompt * 2;
      r.query.promptTokens = r.onePrompt;
      r.query.mix = mixOf(1, 1);
      r.query.notes = [...(r.query.notes ?? []), 'a translation priced as its text read and about as many tokens written'];
    } else if (r.oneWritten) {
      // What is written is output; its prompt was not said, so only the output is priced.
      delete r.query.promptTokens;
      r.query.mix = mixOf(0, 1);
      r.query.notes = [...(r.query.notes ?? []), 'the output alone: no prompt was given, so no input is priced (say one, such as with a 500-token prompt)'];
    } else {
      r.query.mix = mixOf(1, 0);
      r.query.notes = [...(r.query.notes ?? []), 'the prompt alone: no response was given, so no output is priced (say one, such as with a 2k-token response)'];
    }
  }
  // "Translate 1M words a month": the text is read and about as much written, unless the mix or each side is said.
  if (
    r.onePrompt === undefined &&
    TRANSLATING.test(text) &&
    typeof r.query.tokens === 'number' &&
    r.query.mix == null &&
    r.each === undefined &&
    (r.query.promptTokens ?? null) === null
  ) {
    r.query.tokens *= 2;
    r.query.mix = mixOf(1, 1);
    r.query.notes = [...(r.query.notes ?? []), 'a translation priced as its text read and about as many tokens written'];
  }
  scaledVolume(r);
  // "Cost of 1000 requests of 3k tokens": that many requests, with no month said (a multiple, a span or a term makes it a month's).
  const once = r.countedOnce;
  const spanned = SPANS.some((s) => r.query[SPAN_FLAGS[s]] !== undefined) || r.query.term !== undefined;
  if (once && r.scaleBy === undefined && !spanned && r.query.per !== 'request' && r.each !== undefined && r.query.tokens === once.count * r.each) r.query.forCount = once;
  // "Cost of a 200k context request": that request's prompt fills the context said; no response was said.
  const filled = r.query.filters.minContext;
  if (r.query.per === 'request' && (r.query.tokens === undefined || r.query.tokens === null) && filled !== undefined && r.query.promptTokens == null) {
    delete r.query.filters.minContext;
    r.query.tokens = filled;
    r.query.promptTokens = filled;
    r.query.mix = mixOf(1, 0);
    r.query.notes = [
      ...(r.query.notes ?? []),
      `“${tokensText(filled)} context” read as one ${tokensText(filled)}-token prompt, with no output priced (say one, such as with a 2k-token response)`,
    ];
  }
  // "Cost per page for 500-token pages": each one's size said as what it is.
  const sized = r.query.per === 'request' && (r.query.tokens === undefined || r.query.tokens === null) ? SIZED_ONE.exec(r.rest) : null;
  const sizedEach = sized ? parseVolume(`${sized[1]}${sized[2] ?? ''}`) : undefined;
  if (sizedEach?.ok) r.query.tokens = sizedEach.value.tokens;
  if (r.query.per === 'request' && (r.query.tokens === undefined || r.query.tokens === null))
    r.query.problems.push("Give the request's size to price one request, such as: cost per request of gpt-5 with 2k input and 500 output tokens.");
  // "100M tokens, 50M of them cached": that share of the month's input.
  if (r.cachedTokens !== undefined && typeof r.query.tokens === 'number' && r.query.cachedShare == null) {
    const mix = r.query.mix ?? DEFAULT_MIX;
    const input = (r.query.tokens * mix.input) / (mix.input + mix.output);
    if (input <= 0 || r.cachedTokens > input)
      r.query.problems.push(
        `${tokensText(r.cachedTokens)} tokens cached is more than the month's ${tokensText(Math.round(input))} input tokens (only input is read from the cache): give fewer, or a share such as 50% cached.`,
      );
    else r.query.cachedShare = r.cachedTokens / input;
  }
  if (r.promptsOnly && typeof r.query.tokens === 'number') {
    const mix = r.query.mix;
    if (mix && mix !== r.sideOnly && mix.input > 0) {
      // "… with 100k-token prompts, mix 4:1": each writes a quarter of its prompt, priced with it.
      r.query.tokens = (r.query.tokens * (mix.input + mix.output)) / mix.input;
    } else {
      r.query.notes = [...(r.query.notes ?? []), 'the prompts alone: no response size was given, so no output is priced (say one, such as and 500-token responses)'];
    }
  }
  // Each request's input is its prompt: what long-context prices and input limits depend on ("100 requests a day of
  // 300k tokens each" bills 225k-token prompts), unless a prompt size was said.
  if ((r.query.promptTokens === undefined || r.query.promptTokens === null) && r.each !== undefined && r.each > 0) {
    const mix = r.query.mix ?? r.sideOnly ?? DEFAULT_MIX;
    r.query.promptTokens = r.eachInput ?? Math.round((r.each * mix.input) / (mix.input + mix.output));
  }
  const each = r.each ?? r.query.promptTokens ?? undefined;
  return { rest: r.rest.replace(/\s+/g, ' ').trim(), query: r.query, ...(each !== undefined ? { each } : {}) };
}
