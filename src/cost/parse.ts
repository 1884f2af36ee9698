// Reading volumes, mixes, cache shares and prompt sizes as people write them.
// Each parser returns a value or a message that says what was wrong and shows valid forms.
import Big from 'big.js';
import { PERIOD_TO_MONTH, type Mix, type Period } from './profile.ts';
import { asStretch, MAX_TERM_MONTHS, MIN_TERM_MONTHS, termMonths, type Term, type TermUnit } from './span.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export const VOLUME_FORMS =
  '50M, 50m, 50 million, 5e7, 50,000,000, 1.5B, 500k, 2.5 billion — optionally per second, minute, hour, day, week, month, quarter or year, or over 6 months';
export const MIX_FORMS = '3:1, 70/30, 75% input, 1:1, mostly input, mostly output';
export const SHARE_FORMS = '0.5, 50%, 0 to 1';

/** More than a quadrillion tokens a month is not a workload, it is a typo. */
export const MAX_TOKENS_PER_MONTH = 1e15;

const MULTIPLIERS: Record<string, number> = {
  '': 1,
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mm: 1e6,
  mil: 1e6,
  mio: 1e6,
  million: 1e6,
  millions: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  billions: 1e9,
  t: 1e12,
  trillion: 1e12,
};

const PERIOD_WORDS: Record<string, Period> = {
  s: 'second',
  sec: 'second',
  second: 'second',
  min: 'minute',
  minute: 'minute',
  h: 'hour',
  hr: 'hour',
  hour: 'hour',
  hourly: 'hour',
  d: 'day',
  day: 'day',
  daily: 'day',
  w: 'week',
  wk: 'week',
  week: 'week',
  weekly: 'week',
  mo: 'month',
  month: 'month',
  monthly: 'month',
  y: 'year',
  yr: 'year',
  year: 'year',
  yearly: 'year',
  annually: 'year',
  annual: 'year',
};

export interface Volume {
  /** The count as written, in its own period. */
  tokens: number;
  period: Period;
  tokensPerMonth: number;
  /** When the count is over several periods or a quarter ("60M tokens over 6 months", "5M a quarter"): that term (`period` is then the month). */
  term?: Term;
}

/** Numbers said in words: "one million tokens", "half a million", "over six months". */
export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  'a hundred': 100,
  'one hundred': 100,
  'half a': 0.5,
};

/** Places said in words: "the second cheapest", "the third one". */
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** A place, in words or as "2nd", "23rd", "11th" (captured). */
export const ORDINAL = String.raw`(${ORDINAL_WORDS.join('|')}|\d{1,3}(?:st|nd|rd|th))`;
/** A place's number: "second" and "2nd" are 2; undefined for anything else. */
export function ordinalOf(word: string): number | undefined {
  const w = word.toLowerCase();
  const i = ORDINAL_WORDS.indexOf(w);
  if (i >= 0) return i + 1;
  const n = /^(\d{1,3})(?:st|nd|rd|th)$/.exec(w);
  return n ? Number(n[1]) : undefined;
}

/** A term's count, in digits or words (not "half a": "half a year" is read as six months). */
export const COUNT = String.raw`(?:\d+(?:\.\d+)?|${Object.keys(NUMBER_WORDS)
  .filter((w) => w !== 'half a')
  .sort((a, b) => b.length - a.length)
  .join('|')})`;
export const TERM_UNIT = '(?:days?|weeks?|months?|mos?|quarters?|qtrs?|years?|yrs?)';

/** A term's words as a term: ("6", "months") → 6 months; "half a year" is 6 months. */
export function termOf(count: string, unit: string): Term {
  const u = unit.toLowerCase();
  const termUnit: TermUnit = /^d/.test(u) ? 'day' : /^w/.test(u) ? 'week' : /^q/.test(u) ? 'quarter' : /^y/.test(u) ? 'year' : 'month';
  const n = NUMBER_WORDS[count.toLowerCase().replace(/\s+/g, ' ')] ?? Number(count);
  return { count: n, unit: termUnit };
}

export const TERM_FORMS = '6 months, 6mo, a quarter, 2 years, 3 weeks, 10 days';

/** A term as the CLI's --over takes it: "6 months", "6mo", "quarter", "2y". */
export function parseTerm(text: string): Parsed<Term> {
  const m = new RegExp(String.raw`^\s*(${COUNT})?\s*[\s-]?\s*(${TERM_UNIT}|[dwqy])\s*$`, 'i').exec(text);
  if (!m) return { ok: false, error: `Cannot read ${JSON.stringify(text.trim().slice(0, 60))} as a stretch of time. Valid forms: ${TERM_FORMS}.` };
  const term = termOf(m[1] ?? '1', m[2] as string);
  const problem = termProblem(term, text);
  return problem ? { ok: false, error: problem } : { ok: true, value: term };
}

/** What is wrong with a term (a stretch to price over, or how far ahead or back prices are read), if anything: less than a day, or more than a century. */
export function termProblem(term: Term, typed: string, as: 'term' | 'ahead' | 'ago' = 'term'): string | undefined {
  if (Number.isFinite(term.count) && termMonths(term) >= MIN_TERM_MONTHS && termMonths(term) <= MAX_TERM_MONTHS) return undefined;
  const [what, example] = {
    term: ['a stretch to price over', 'over 6 months or for a quarter'],
    ahead: ['a time ahead to read prices on', 'in 6 months'],
    ago: ['a time back to read prices on', '6 months ago'],
  }[as];
  return `“${typed.trim().slice(0, 60)}” is not ${what}: give one of at least a day and up to 100 years, such as ${example}.`;
}

/** A number with an optional exponent: "50", "1.5", "50,000,000", "5e7", "10^30". */
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:e[+-]?\d+)?|\d+\s*\^\s*\d+|\.\d+)`;
const VOLUME_RE = new RegExp(
  String.raw`^\s*${NUMBER}\s*(k|thousand|mm|m|mil|mio|millions?|bn|b|billions?|t|trillion)?\s*(?:tokens?|toks?)?\s*(?:(?:\/|per|a|an|each|every)\s*(s|sec|second|min|minute|h|hr|hour|d|day|w|wk|week|mo|month|y|yr|year)|(hourly|daily|weekly|monthly|yearly|annually|annual)|(?:\/|per|a|an|each|every)\s*(quarter|qtr)|(quarterly)|(?:\/|per|each|every|over|across|during|in)\s+(?:(?:the\s+)?(?:(?:next|coming|first)\s+)?(${COUNT})[\s-]*|the\s+(?:(?:next|coming|whole)\s+)?)(${TERM_UNIT}))?\s*$`,
  'i',
);

/** The number written, or Infinity when it is too large for a double (1e400, 10^400, 400 digits). */
function numberValue(text: string): number {
  const clean = text.replace(/,/g, '').replace(/\s+/g, '');
  const caret = /^(\d+)\^(\d+)$/.exec(clean);
  if (caret) return Number(caret[1]) ** Number(caret[2]);
  return Number(clean);
}

const beyondAnyWorkload = (text: string) =>
  ({
    ok: false,
    error: `${JSON.stringify(text.trim().slice(0, 60))} is beyond any real workload (the limit is 10^15 tokens a month). Check the unit. Valid forms: ${VOLUME_FORMS}.`,
  }) as const;

export function parseVolume(text: string): Parsed<Volume> {
  const match = VOLUME_RE.exec(
    text
      .replace(/\s+tokens?\s*$/i, '')
      .trim()
      .replace(/^[~≈]/, ''),
  );
  if (!match) {
    if (/^\s*-/.test(text)) return { ok: false, error: `A volume must be more than zero tokens, got ${JSON.stringify(text.trim())}. Valid forms: ${VOLUME_FORMS}.` };
    return { ok: false, error: `Cannot read ${JSON.stringify(text.trim())} as a token volume. Valid forms: ${VOLUME_FORMS}.` };
  }
  const [, num = '', unit = '', periodWord, adverb, quarter, quarterly, termCount, termUnit] = match;
  const multiplier = MULTIPLIERS[unit.toLowerCase()] ?? 1;
  const written = numberValue(num);
  if (!Number.isFinite(written)) return beyondAnyWorkload(text);
  const tokens = Number(new Big(written).times(multiplier).toString());
  const period: Period = PERIOD_WORDS[(periodWord ?? adverb ?? 'month').toLowerCase()] ?? 'month';
  if (!Number.isFinite(tokens) || tokens <= 0) {
    return { ok: false, error: `A volume must be more than zero tokens, got ${JSON.stringify(text.trim())}. Valid forms: ${VOLUME_FORMS}.` };
  }
  // "5M a quarter", "60M over 6 months": the count is the term's; a term of one day, week or year is that period's.
  const writtenTerm = quarter || quarterly ? termOf('1', 'quarter') : termUnit ? termOf(termCount ?? '1', termUnit) : undefined;
  const stretch = writtenTerm ? asStretch(writtenTerm) : undefined;
  if (writtenTerm) {
    const problem = termProblem(writtenTerm, text);
    if (problem) return { ok: false, error: problem };
  }
  const term = stretch !== undefined && stretch !== null && typeof stretch !== 'string' ? stretch : undefined;
  const inPeriod: Period = typeof stretch === 'string' ? stretch : stretch === null ? 'month' : period;
  const tokensPerMonth = term
    ? Number(
        (term.unit === 'day' || term.unit === 'week' ? new Big(tokens).times(PERIOD_TO_MONTH[term.unit]).div(term.count) : new Big(tokens).div(termMonths(term)))
          .round(6)
          .toString(),
      )
    : Number(new Big(tokens).times(PERIOD_TO_MONTH[inPeriod]).round(6).toString());
  if (!Number.isFinite(tokensPerMonth) || tokensPerMonth > MAX_TOKENS_PER_MONTH) return beyondAnyWorkload(text);
  if (tokensPerMonth < 1) {
    return { ok: false, error: `${JSON.stringify(text.trim())} is less than one token a month. Valid forms: ${VOLUME_FORMS}.` };
  }
  return { ok: true, value: { tokens, period: term ? 'month' : inPeriod, tokensPerMonth, ...(term ? { term } : {}) } };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Integers are reduced (70/30 → 7:3, 75% input → 3:1); decimals are kept as written. */
export function mixOf(input: number, output: number): Mix {
  if (Number.isInteger(input) && Number.isInteger(output) && input + output > 0) {
    const d = gcd(input, output) || 1;
    return { input: input / d, output: output / d };
  }
  return { input, output };
}

const NAMED_MIXES: Record<string, Mix> = {
  'mostly input': { input: 9, output: 1 },
  'input heavy': { input: 9, output: 1 },
  'input-heavy': { input: 9, output: 1 },
  'mostly output': { input: 1, output: 9 },
  'output heavy': { input: 1, output: 9 },
  'output-heavy': { input: 1, output: 9 },
  balanced: { input: 1, output: 1 },
  even: { input: 1, output: 1 },
  'input only': { input: 1, output: 0 },
  'output only': { input: 0, output: 1 },
};

export function parseMix(text: string): Parsed<Mix> {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const named = NAMED_MIXES[t];
  if (named) return { ok: true, value: named };
  const bad = { ok: false as const, error: `Cannot read ${JSON.stringify(text.trim())} as an input:output mix. Valid forms: ${MIX_FORMS}.` };
  const ratio = /^(\d+(?:\.\d+)?)\s*[:/]\s*(\d+(?:\.\d+)?)$/.exec(t);
  const pct = /^(\d+(?:\.\d+)?)\s*%\s*(input|output|in|out)$/.exec(t);
  let input: number;
  let output: number;
  if (ratio) {
    input = Number(ratio[1]);
    output = Number(ratio[2]);
  } else if (pct) {
    const share = Number(pct[1]);
    if (share > 100) return { ok: false, error: `A share cannot be above 100%, got ${JSON.stringify(text.trim())}. Valid forms: ${MIX_FORMS}.` };
    const isInput = pct[2]?.startsWith('in') ?? true;
    input = isInput ? share : Number(new Big(100).minus(share));
    output = isInput ? Number(new Big(100).minus(share)) : share;
  } else {
    return bad;
  }
  if (!Number.isFinite(input) || !Number.isFinite(output) || input > 1e6 || output > 1e6) {
    return { ok: false, error: `Cannot read ${JSON.stringify(text.trim().slice(0, 60))} as a mix: use small numbers on each side. Valid forms: ${MIX_FORMS}.` };
  }
  if (input + output <= 0) return { ok: false, error: `A mix needs some tokens on one side; ${JSON.stringify(text.trim())} has none. Valid forms: ${MIX_FORMS}.` };
  return { ok: true, value: mixOf(input, output) };
}

/** A share 0..1, written as 0.5 or 50%. */
export function parseShare(text: string, what = 'cached share'): Parsed<number> {
  const t = text.trim();
  const m = /^(\d+(?:\.\d+)?|\.\d+)\s*(%)?$/.exec(t);
  if (!m) return { ok: false, error: `Cannot read ${JSON.stringify(t)} as a ${what}. Valid forms: ${SHARE_FORMS}.` };
  const value = m[2] ? Number(new Big(m[1] ?? '0').div(100)) : Number(m[1]);
  if (!Number.isFinite(value) || value > 1) return { ok: false, error: `A ${what} is between 0 and 1 (or 0% and 100%), got ${JSON.stringify(t)}.` };
  return { ok: true, value };
}

/** A prompt size per request: "300k", "272,001", "1M". */
export function parsePromptSize(text: string): Parsed<number> {
  const m = new RegExp(String.raw`^\s*${NUMBER}\s*(k|m)?\s*(?:tokens?)?\s*$`, 'i').exec(text);
  const written = m ? numberValue(m[1] ?? '') : NaN;
  const value = Number.isFinite(written) ? Number(new Big(written).times(MULTIPLIERS[(m?.[2] ?? '').toLowerCase()] ?? 1)) : NaN;
  if (!m || !Number.isFinite(value) || value <= 0 || !Number.isInteger(value)) {
    return { ok: false, error: `Cannot read ${JSON.stringify(text.trim())} as a prompt size in tokens. Valid forms: 300k, 272001, 1M.` };
  }
  if (value > 100_000_000) return { ok: false, error: `A prompt of ${value} tokens fits no model's context window. Valid forms: 300k, 272001, 1M.` };
  return { ok: true, value };
}
