// A cost's other spans besides the month, when a question asks for them ("daily cost", "annual cost"): each is
// derived from the month by the month convention the assumptions state, never priced on its own.
import { exact } from './price.ts';
import { DAYS_PER_MONTH } from './profile.ts';

export type Span = 'day' | 'year';

/** The spans in the order answers show them: the day, then the year. */
export const SPANS: readonly Span[] = ['day', 'year'];

/** A month's cost over another span: a day is 1/30.4375 of the month, a year 12 months. */
export function spanUsd(monthlyUsd: number, span: Span): number {
  return exact(span === 'year' ? monthlyUsd * 12 : monthlyUsd / DAYS_PER_MONTH);
}

/** A month's tokens over another span: the same month convention as its cost. */
export function spanTokens(tokensPerMonth: number, span: Span): number {
  return span === 'year' ? tokensPerMonth * 12 : tokensPerMonth / DAYS_PER_MONTH;
}

/** The spans a question asks for, in the order answers show them. */
export function spansAsked(asked: { daily?: boolean; yearly?: boolean }): Span[] {
  return SPANS.filter((s) => (s === 'day' ? asked.daily : asked.yearly) === true);
}

/** How a span is said: after an amount ("a day"), after a verdict ("per day"), and as a column or row title ("Daily"). */
export const SPAN_WORDS: Record<Span, { per: string; over: string; title: string }> = {
  day: { per: 'a day', over: 'per day', title: 'Daily' },
  year: { per: 'a year', over: 'over a year', title: 'Yearly' },
};
