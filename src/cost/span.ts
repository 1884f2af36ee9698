// A cost's other spans besides the month, when a question asks for them ("hourly cost", "daily cost", "weekly spend",
// "annual cost"):
// each is derived from the month by the month convention the assumptions state, never priced on its own.
import { exact } from './price.ts';
import { PERIOD_TO_MONTH } from './profile.ts';

export type Span = 'hour' | 'day' | 'week' | 'year';

/** The spans in the order answers show them: the hour, the day, the week, then the year. */
export const SPANS: readonly Span[] = ['hour', 'day', 'week', 'year'];

/** The Query flag that asks for each span, and the answer field that carries its cost. */
export const SPAN_FLAGS = { hour: 'hourly', day: 'daily', week: 'weekly', year: 'yearly' } as const satisfies Record<Span, string>;
export type SpanFlag = (typeof SPAN_FLAGS)[Span];
export const SPAN_FIELDS = { hour: 'hourlyUsd', day: 'dailyUsd', week: 'weeklyUsd', year: 'yearlyUsd' } as const satisfies Record<Span, string>;
export type SpanField = (typeof SPAN_FIELDS)[Span];

/** A month's cost over another span: a day is 1/30.4375 of the month, an hour 1/24 of a day, a week 7 days, a year 12 months. */
export function spanUsd(monthlyUsd: number, span: Span): number {
  return exact(span === 'year' ? monthlyUsd * 12 : monthlyUsd / PERIOD_TO_MONTH[span]);
}

/** A month's tokens over another span: the same month convention as its cost. */
export function spanTokens(tokensPerMonth: number, span: Span): number {
  return span === 'year' ? tokensPerMonth * 12 : tokensPerMonth / PERIOD_TO_MONTH[span];
}

/** Each span asked for, with the month's cost over it, as an answer's fields ({ dailyUsd: … }). */
export function spanFields(monthlyUsd: number, spans: readonly Span[]): Partial<Record<SpanField, number>> {
  return Object.fromEntries(spans.map((s) => [SPAN_FIELDS[s], spanUsd(monthlyUsd, s)]));
}

/** The spans a question asks for, in the order answers show them. */
export function spansAsked(asked: Partial<Record<SpanFlag, boolean>>): Span[] {
  return SPANS.filter((s) => asked[SPAN_FLAGS[s]] === true);
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

/** The spans a volume said without a period is read over when asked for ("daily cost of 5M tokens"); beside a year it stays a month's. */
export const VOLUME_SPANS: readonly Span[] = SPANS.filter((s) => s !== 'year');
