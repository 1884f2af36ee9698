import { exact } from './price.js';
import { PERIOD_TO_MONTH } from './profile.js';
const TERM_UNITS = ['day', 'week', 'month', 'quarter', 'year'];
export const termIn = (spans) => spans.find((s) => typeof s !== 'string');
export function termCostOf(monthlyUsd, spans) {
    const term = termIn(spans);
    return term ? { termCost: { term, usd: spanUsd(monthlyUsd, term) } } : {};
}
export const MAX_TERM_MONTHS = 1200;
export const MIN_TERM_MONTHS = 1 / PERIOD_TO_MONTH.day;
const termUnitMonths = (unit) => (unit === 'quarter' ? 3 : 1 / PERIOD_TO_MONTH[unit]);
export const termMonths = (term) => term.count * termUnitMonths(term.unit);
export function asStretch(term) {
    if (termMonths(term) === 12)
        return 'year';
    if (term.count !== 1 || term.unit === 'quarter')
        return term;
    return term.unit === 'month' ? null : term.unit;
}
export function termWords(term) {
    if (term.count === 1)
        return `a ${term.unit}`;
    return `${Number(term.count.toFixed(2))} ${term.unit}s`;
}
export const SPANS = ['hour', 'day', 'week', 'year'];
export const SPAN_FLAGS = { hour: 'hourly', day: 'daily', week: 'weekly', year: 'yearly' };
export const SPAN_FIELDS = { hour: 'hourlyUsd', day: 'dailyUsd', week: 'weeklyUsd', year: 'yearlyUsd' };
export function spanUsd(monthlyUsd, span) {
    if (typeof span !== 'string') {
        const { unit, count } = span;
        return exact(unit === 'day' || unit === 'week' ? (monthlyUsd / PERIOD_TO_MONTH[unit]) * count : monthlyUsd * termMonths(span));
    }
    return exact(span === 'year' ? monthlyUsd * 12 : monthlyUsd / PERIOD_TO_MONTH[span]);
}
export function spanTokens(tokensPerMonth, span) {
    if (typeof span !== 'string')
        return tokensPerMonth * termMonths(span);
    return span === 'year' ? tokensPerMonth * 12 : tokensPerMonth / PERIOD_TO_MONTH[span];
}
export function spanFields(monthlyUsd, spans) {
    return Object.fromEntries(spans.flatMap((s) => (typeof s === 'string' ? [[SPAN_FIELDS[s], spanUsd(monthlyUsd, s)]] : [])));
}
export function spansAsked(asked) {
    return SPANS.filter((s) => asked[SPAN_FLAGS[s]] === true);
}
export function stretchesAsked(asked) {
    return [...spansAsked(asked), ...(asked.term ? [asked.term] : [])];
}
export function spanFlags(spans) {
    return Object.fromEntries(spans.map((s) => [SPAN_FLAGS[s], true]));
}
export const SPAN_WORDS = {
    hour: { per: 'an hour', over: 'per hour', title: 'Hourly', asked: 'hourly cost' },
    day: { per: 'a day', over: 'per day', title: 'Daily', asked: 'daily cost' },
    week: { per: 'a week', over: 'per week', title: 'Weekly', asked: 'weekly cost' },
    year: { per: 'a year', over: 'over a year', title: 'Yearly', asked: 'annual cost' },
};
const ONE_TERM_TITLES = { day: 'Daily', week: 'Weekly', month: 'Monthly', quarter: 'Quarterly', year: 'Yearly' };
export function spanWords(span) {
    if (typeof span === 'string')
        return SPAN_WORDS[span];
    const over = `over ${termWords(span)}`;
    const title = span.count === 1 ? ONE_TERM_TITLES[span.unit] : `${Number(span.count.toFixed(2))}-${span.unit}`;
    return { per: over, over, title, asked: over };
}
export function termChangeWords(cost) {
    if (!cost.changes?.length)
        return '';
    const days = cost.changes.join(', ');
    return cost.partial ? ` (at today's price; it changes on ${days})` : ` (with the price change${cost.changes.length > 1 ? 's' : ''} on ${days})`;
}
export const spanKey = (span) => (typeof span === 'string' ? span : `${span.count}-${span.unit}`);
export const VOLUME_SPANS = SPANS.filter((s) => s !== 'year');
//# sourceMappingURL=span.js.map