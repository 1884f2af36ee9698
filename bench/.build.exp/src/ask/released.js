import { subDays } from 'date-fns/subDays';
import { subMonths } from 'date-fns/subMonths';
import { subWeeks } from 'date-fns/subWeeks';
import { subYears } from 'date-fns/subYears';
import { NUMBER_WORDS } from '../cost/parse.js';
import { MONTH_DAY, MONTH_WORD, monthOf, rangeInWords, rangeProblem, rangeWords, TO_DAY } from '../digest/command.js';
import { dayAfter, dayOf, isDay, utcDay, windowOf } from '../digest/window.js';
const RELEASED = /\b(?:release[ds]?|launched|came out|come out|shipped|published|introduced|announced|out)\b/gi;
const SPAN = /^\s*(?:(?:with)?in\s+|over\s+)?(?:the\s+)?(last|past)\s+(\d{1,3}|an?|one|two|three|four|five|six|nine|twelve)?\s*(day|week|month|year)s?\b/i;
const THIS_WEEK = /^\s*(?:(?:with)?in\s+|during\s+)?(?:this|the current|current)\s+week\b/i;
const SINCE_DAY = /^\s*(since|after|from|on or after)\s+(\d{4}-\d{2}-\d{2})\b/i;
const YEAR = /^\s*(in|during|since|from|after)\s+(20\d{2})\b(?!-\d)/i;
const BEFORE = new RegExp(String.raw `^\s*(?:before|prior to|earlier than|until)\s+(?:${MONTH_WORD},?\s+(20\d{2})\b(?!-\d)|(20\d{2})\b(?!-\d)|(\d{4}-\d{2}-\d{2})\b)`, 'i');
const DAYS_IN_WORDS = new RegExp(String.raw `^\s*(?:(?:between|from|since|after|on or after|on)\s+)?${MONTH_DAY}(?:${TO_DAY})?`, 'i');
const REACH = 40;
const BY_WHOM = /^\s*(?:by|from)\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?/i;
export function releaseWindowInWords(text) {
    for (const m of text.matchAll(RELEASED)) {
        const start = m.index;
        const after = text.slice(m.index + m[0].length);
        const found = windowAfter(after.slice(0, REACH));
        if (found)
            return { window: found.window, start, end: m.index + m[0].length + found.length, keep: '' };
        const by = BY_WHOM.exec(after);
        for (const who of by ? [by[0].replace(/\s+\S+$/, ''), by[0]] : []) {
            const later = windowAfter(after.slice(who.length, who.length + REACH));
            if (later && /^\s*(?:by|from)\s+\S/i.test(who))
                return { window: later.window, start, end: m.index + m[0].length + who.length + later.length, keep: who };
        }
    }
    return undefined;
}
function windowAfter(text) {
    const week = THIS_WEEK.exec(text);
    if (week)
        return { window: { last: 1, unit: 'week' }, length: week[0].length };
    const span = SPAN.exec(text);
    const calendar = span !== null && span[2] === undefined && /^\s*last\b/i.test(text) && /^(?:week|month|year)$/i.test(span[3] ?? '');
    if (span && !calendar) {
        const n = span[2];
        const last = n === undefined ? 1 : (NUMBER_WORDS[n.toLowerCase()] ?? Number(n));
        return { window: { last, unit: (span[3] ?? 'month').toLowerCase() }, length: span[0].length };
    }
    const day = SINCE_DAY.exec(text);
    if (day) {
        const written = day[2];
        const first = (day[1] ?? '').toLowerCase() === 'after' && isDay(written) ? dayAfter(written) : written;
        return { window: { since: first }, length: day[0].length };
    }
    const year = YEAR.exec(text);
    if (year) {
        const how = (year[1] ?? '').toLowerCase();
        const y = Number(year[2]);
        return { window: how === 'after' ? { year: y + 1, since: true } : { year: y, since: how === 'since' || how === 'from' }, length: year[0].length };
    }
    const before = BEFORE.exec(text);
    if (before) {
        const [, month, monthYear, year, day] = before;
        const first = day ?? (year ? `${year}-01-01` : `${monthYear}-${String(monthOf(month ?? '') ?? 1).padStart(2, '0')}-01`);
        return { window: { before: first }, length: before[0].length };
    }
    const days = DAYS_IN_WORDS.exec(text);
    const named = days ? rangeInWords(days[0]) : undefined;
    const length = days?.[0].length ?? 0;
    if (named && typeof named === 'object' && 'fromDay' in named)
        return { window: { range: named }, length };
    if (named && typeof named === 'object' && 'from' in named && named.to === undefined)
        return { window: { since: named.from }, length };
    const lead = /^\s*(?:(?:in|during|since|from|after|over|this|last|the|current|so far|previous|past)\b\s*)*[\w-]+(?:\s+(?:year|month|quarter))?(?:,?\s+20\d{2}\b)?/i.exec(text);
    const range = lead ? rangeInWords(lead[0]) : undefined;
    if (range && range !== 'last-7-days' && !(typeof range === 'object' && 'from' in range))
        return { window: { range }, length: lead[0].length };
    return undefined;
}
const SUBTRACT = { day: subDays, week: subWeeks, month: subMonths, year: subYears };
export function windowProblem(w) {
    if ('last' in w && w.last < 1)
        return `A window of ${w.last} ${w.unit}s has no days: ask for at least 1, such as released in the last 3 months.`;
    if ('since' in w && typeof w.since === 'string' && !isDay(w.since))
        return `Cannot read ${w.since} as a day of the calendar: give one such as released after 2026-06-01.`;
    if ('before' in w && !isDay(w.before))
        return `Cannot read ${w.before} as a day of the calendar: give one such as released before 2026-06-01.`;
    if ('range' in w)
        return rangeProblem(w.range);
    return undefined;
}
export function releaseBounds(window, asOf) {
    const { from, to } = calendarBounds(window, asOf);
    return { from, to: to < asOf ? to : asOf };
}
function calendarBounds(window, asOf) {
    const today = utcDay(asOf);
    if ('range' in window) {
        const { from, to } = windowOf(window.range, today);
        return { from: dayOf(from), to: dayOf(subDays(to, 1)) };
    }
    if ('year' in window)
        return { from: `${window.year}-01-01`, to: window.since ? asOf : `${window.year}-12-31` };
    if ('since' in window)
        return { from: window.since, to: asOf };
    if ('before' in window)
        return { to: dayOf(subDays(utcDay(window.before), 1)) };
    return { from: dayOf(SUBTRACT[window.unit](today, window.last)), to: asOf };
}
export function releaseWindowText(window) {
    if ('year' in window)
        return `released ${window.since ? 'since' : 'in'} ${window.year}`;
    if ('since' in window)
        return `released since ${window.since}`;
    if ('before' in window)
        return `released before ${window.before}`;
    if ('last' in window)
        return `released in the last ${window.last} ${window.unit}${window.last === 1 ? '' : 's'}`;
    return `released ${rangeWords(window.range)}`;
}
//# sourceMappingURL=released.js.map