import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfQuarter } from 'date-fns/endOfQuarter';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfQuarter } from 'date-fns/startOfQuarter';
import { NUMBER_WORDS } from '../cost/parse.js';
import { MONTH_WORD, MONTHS, monthOf } from '../digest/command.js';
import { dayOf, isDay, utcDay } from '../digest/window.js';
const COUNT = String.raw `(\d{1,3}|${Object.keys(NUMBER_WORDS)
    .filter((w) => /^[a-z]+$/.test(w))
    .join('|')})`;
const FORMS = [
    [
        new RegExp(String.raw `\b(?:(?:in|within|over|during)\s+)?(?:the\s+)?(?:next|coming)\s+${COUNT}\s+(day|week|month|year)s?\b|\bwithin\s+${COUNT}\s+(day|week|month|year)s?\b`, 'i'),
        (m) => {
            const [n = '', unit = ''] = m[1] !== undefined ? [m[1], m[2]] : [m[3], m[4]];
            return { within: NUMBER_WORDS[n.toLowerCase()] ?? Number(n), unit: unit.toLowerCase() };
        },
    ],
    [
        /\b(?:this|the current|current)\s+(month|quarter|year)\b|\b(?:by|before)\s+(?:the\s+)?end\s+of\s+(?:the|this)\s+(month|quarter|year)\b/i,
        (m) => ({ until: (m[1] ?? m[2] ?? 'year').toLowerCase() }),
    ],
    [/\bnext\s+(month|quarter|year)\b/i, (m) => ({ next: (m[1] ?? 'year').toLowerCase() })],
    [/\b(?:in|during)\s+(20\d{2})\b(?!-\d)/i, (m) => ({ year: Number(m[1]) })],
    [
        new RegExp(String.raw `\b(?:before|by|until|prior to)\s+(?:(\d{4}-\d{2}-\d{2})\b|${MONTH_WORD}(?:,?\s+(20\d{2}))?\b|(20\d{2})\b(?!-\d))`, 'i'),
        (m) => {
            const [, day, month, monthYear, year] = m;
            if (day)
                return { before: day };
            if (year)
                return { before: `${year}-01-01` };
            const number = monthOf(month ?? '');
            if (number === undefined)
                return undefined;
            return monthYear ? { before: `${monthYear}-${String(number).padStart(2, '0')}-01` } : { beforeMonth: number };
        },
    ],
];
export function retireWindowInWords(text) {
    for (const [form, read] of FORMS) {
        const m = form.exec(text);
        const window = m ? read(m) : undefined;
        if (m && window)
            return { window, start: m.index, end: m.index + m[0].length };
    }
    return undefined;
}
export function retireWindowProblem(w) {
    if ('within' in w && w.within < 1)
        return `A window of ${w.within} ${w.unit}s has no days: ask for at least 1, such as retiring in the next 3 months.`;
    if ('before' in w && !isDay(w.before))
        return `Cannot read ${w.before} as a day of the calendar: give one such as retiring before 2027-06-01.`;
    return undefined;
}
const CALENDAR_END = { month: endOfMonth, quarter: endOfQuarter, year: (d) => utcDay(`${d.getUTCFullYear()}-12-31`) };
const CALENDAR_START = { month: startOfMonth, quarter: startOfQuarter, year: (d) => utcDay(`${d.getUTCFullYear()}-01-01`) };
const CALENDAR_NEXT = { month: (d) => addMonths(d, 1), quarter: (d) => addMonths(d, 3), year: (d) => addYears(d, 1) };
const ADD = { day: addDays, week: addWeeks, month: addMonths, year: addYears };
export function retireBounds(window, asOf) {
    const today = utcDay(asOf);
    const later = (day) => (day < asOf ? asOf : day);
    if ('until' in window)
        return { from: asOf, to: dayOf(CALENDAR_END[window.until](today)) };
    if ('next' in window) {
        const next = CALENDAR_NEXT[window.next](CALENDAR_START[window.next](today));
        return { from: dayOf(next), to: dayOf(CALENDAR_END[window.next](next)) };
    }
    if ('within' in window)
        return { from: asOf, to: dayOf(ADD[window.unit](today, window.within)) };
    if ('year' in window)
        return { from: later(`${window.year}-01-01`), to: `${window.year}-12-31` };
    if ('before' in window)
        return { from: asOf, to: dayOf(addDays(utcDay(window.before), -1)) };
    const year = today.getUTCFullYear() + (window.beforeMonth - 1 > today.getUTCMonth() ? 0 : 1);
    return { from: asOf, to: dayOf(addDays(utcDay(`${year}-${String(window.beforeMonth).padStart(2, '0')}-01`), -1)) };
}
export function retireWindowText(window) {
    if ('until' in window)
        return `this ${window.until}`;
    if ('next' in window)
        return `next ${window.next}`;
    if ('within' in window)
        return `in the next ${window.within} ${window.unit}${window.within === 1 ? '' : 's'}`;
    if ('year' in window)
        return `in ${window.year}`;
    if ('before' in window)
        return `before ${window.before}`;
    return `before ${MONTHS[window.beforeMonth - 1] ?? 'january'}`;
}
//# sourceMappingURL=retiring.js.map