// A cost's other spans besides the month, when a question asks for them ("hourly cost", "daily cost", "weekly spend",
// "annual cost"):
// each is derived from the month by the month convention the assumptions state, never priced on its own.
import { exact } from './price.ts';
import { PERIOD_TO_MONTH } from './profile.ts';

export type Span = 'hour' | 'day' | 'week' | 'year';

/** A stretch of several days, weeks, months, quarters or years ("over 6 months", "for a quarter", "for 2 years"): the cost over all of it. */
export interface Term {
  count: number;
  unit: TermUnit;
}
const TERM_UNITS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type TermUnit = (typeof TERM_UNITS)[number];

/** A month's cost over a term asked for. */
export interface TermCost {
  term: Term;
  usd: number;
  /** Days within the term on which the model's price changes: `usd` prices each stretch at its own price. */
  changes?: string[];
  /** When a later price cannot price the profile (no batch price from then): `usd` is at today's price throughout. */
  partial?: boolean;
}

/** The term among the spans asked for, if any. */
export const termIn = (spans: readonly Stretch[]): Term | undefined => spans.find((s): s is Term => typeof s !== 'string');

/** The term among the spans asked for, with a month's cost over it ({ termCost } to lay on an answer or a row), or nothing. */
export function termCostOf(monthlyUsd: number, spans: readonly Stretch[]): { termCost?: TermCost } {
  const term = termIn(spans);
  return term ? { termCost: { term, usd: spanUsd(monthlyUsd, term) } } : {};
}

/** Any span a cost is said over besides the month: one of the fixed spans, or a term. */
export type Stretch = Span | Term;

/** The longest term priced: beyond a century a total is not a plan; the shortest a day (an hour is a span of its own). */
export const MAX_TERM_MONTHS = 1200;
export const MIN_TERM_MONTHS = 1 / PERIOD_TO_MONTH.day;

/** A unit's months by the month convention: a quarter is 3 months, a year 12, a day 1/30.4375 of a month. */
const termUnitMonths = (unit: TermUnit) => (unit === 'quarter' ? 3 : 1 / PERIOD_TO_MONTH[unit]);

export const termMonths = (term: Term): number => term.count * termUnitMonths(term.unit);

/** A term of one day, week or year (12 months, 4 quarters) is that span; one month is the month itself (null); anything else stays a term. */
export function asStretch(term: Term): Stretch | null {
  if (termMonths(term) === 12) return 'year';
  if (term.count !== 1 || term.unit === 'quarter') return term;
  return term.unit === 'month' ? null : term.unit;
}

/** "6 months", "a quarter", "2 years", "1.5 years". */
export function termWords(term: Term): string {
  if (term.count === 1) return `a ${term.unit}`;
  return `${Number(term.count.toFixed(2))} ${term.unit}s`;
}

/** The spans in the order answers show them: the hour, the day, the week, then the year. */
export const SPANS: readonly Span[] = ['hour', 'day', 'week', 'year'];

/** The Query flag that asks for each span, and the answer field that carries its cost. */
export const SPAN_FLAGS = { hour: 'hourly', day: 'daily', week: 'weekly', year: 'yearly' } as const satisfies Record<Span, string>;
export type SpanFlag = (typeof SPAN_FLAGS)[Span];
export const SPAN_FIELDS = { hour: 'hourlyUsd', day: 'dailyUsd', week: 'weeklyUsd', year: 'yearlyUsd' } as const satisfies Record<Span, string>;
export type SpanField = (typeof SPAN_FIELDS)[Span];

/**
 * A month's cost over another span: a day is 1/30.4375 of the month, an hour 1/24 of a day, a week 7 days, a year 12
 * months; a term is its count of its unit (days and weeks as the day's and the week's spans count them).
 */
export function spanUsd(monthlyUsd: number, span: Stretch): number {
  if (typeof span !== 'string') {
    const { unit, count } = span;
    return exact(unit === 'day' || unit === 'week' ? (monthlyUsd / PERIOD_TO_MONTH[unit]) * count : monthlyUsd * termMonths(span));
  }
  return exact(span === 'year' ? monthlyUsd * 12 : monthlyUsd / PERIOD_TO_MONTH[span]);
}

/** A month's tokens over another span: the same month convention as its cost. */
export function spanTokens(tokensPerMonth: number, span: Stretch): number {
  if (typeof span !== 'string') return tokensPerMonth * termMonths(span);
  return span === 'year' ? tokensPerMonth * 12 : tokensPerMonth / PERIOD_TO_MONTH[span];
}

/** Each span asked for, with the month's cost over it, as an answer's fields ({ dailyUsd: … }). */
export function spanFields(monthlyUsd: number, spans: readonly Stretch[]): Partial<Record<SpanField, number>> {
  return Object.fromEntries(spans.flatMap((s) => (typeof s === 'string' ? [[SPAN_FIELDS[s], spanUsd(monthlyUsd, s)]] : [])));
}

/** The spans a question asks for, in the order answers show them. */
export function spansAsked(asked: Partial<Record<SpanFlag, boolean>>): Span[] {
  return SPANS.filter((s) => asked[SPAN_FLAGS[s]] === true);
}

/** The spans and the term a question asks for, the term last ("daily cost over 6 months"). */
export function stretchesAsked(asked: Partial<Record<SpanFlag, boolean>> & { term?: Term | null }): Stretch[] {
  return [...spansAsked(asked), ...(asked.term ? [asked.term] : [])];
}

/** The Query flags that ask for these spans ({ daily: true, … }), none set for a span not asked. */
export function spanFlags(spans: readonly Span[]): Partial<Record<SpanFlag, true>> {
  return Object.fromEntries(spans.map((s) => [SPAN_FLAGS[s], true]));
}

/**
 * How a span is said: after an amount ("a day"), after a verdict ("per day"), as a column or row title ("Daily"), and
 * as the command that asks for it ("daily cost").
 */
export const SPAN_WORDS: Record<Span, { per: string; over: string; title: string; asked: string }> = {
  hour: { per: 'an hour', over: 'per hour', title: 'Hourly', asked: 'hourly cost' },
  day: { per: 'a day', over: 'per day', title: 'Daily', asked: 'daily cost' },
  week: { per: 'a week', over: 'per week', title: 'Weekly', asked: 'weekly cost' },
  year: { per: 'a year', over: 'over a year', title: 'Yearly', asked: 'annual cost' },
};

const ONE_TERM_TITLES: Record<TermUnit, string> = { day: 'Daily', week: 'Weekly', month: 'Monthly', quarter: 'Quarterly', year: 'Yearly' };

/** How a span or a term is said ("over 6 months", "6-month cost"), as SPAN_WORDS says a span. */
export function spanWords(span: Stretch): { per: string; over: string; title: string; asked: string } {
  if (typeof span === 'string') return SPAN_WORDS[span];
  const over = `over ${termWords(span)}`;
  const title = span.count === 1 ? ONE_TERM_TITLES[span.unit] : `${Number(span.count.toFixed(2))}-${span.unit}`;
  return { per: over, over, title, asked: over };
}

/** What a term's cost says of price changes within it: " (with the price change on 2027-01-01)", or "" with none. */
export function termChangeWords(cost: TermCost): string {
  if (!cost.changes?.length) return '';
  const days = cost.changes.join(', ');
  return cost.partial ? ` (at today's price; it changes on ${days})` : ` (with the price change${cost.changes.length > 1 ? 's' : ''} on ${days})`;
}

/** A key for a span's row: "day", "6-month". */
export const spanKey = (span: Stretch): string => (typeof span === 'string' ? span : `${span.count}-${span.unit}`);

/** The spans a volume said without a period is read over when asked for ("daily cost of 5M tokens"); beside a year it stays a month's. */
export const VOLUME_SPANS: readonly Span[] = SPANS.filter((s) => s !== 'year');
