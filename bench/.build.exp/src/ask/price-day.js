import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { subDays } from 'date-fns/subDays';
import { isDay, utcDay } from '../digest/window.js';
import { MONTH_WORD, MONTHS, monthOf } from '../digest/command.js';
import { COUNT, TERM_UNIT, termOf, termProblem } from '../cost/parse.js';
import { termWords } from '../cost/span.js';
const AFTER_CHANGE = new RegExp(String.raw `\b(?:after|once|following|when)\s+(?:the|its|their)\s+(?:(?:${MONTH_WORD}|next|upcoming|scheduled|planned|announced|coming|new)\s+)*(?:price|pricing)\s+(?:changes?|increases?|rises?|hikes?|cuts?|drops?|updates?|bumps?)\b(?:\s+(?:lands?|kicks? in|takes? effect|happens?|goes? live))?`, 'i');
export function afterChangeIn(text) {
    const m = AFTER_CHANGE.exec(text);
    return m ? `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}` : undefined;
}
const FORMS = [
    [AFTER_CHANGE, () => ({ nextChange: true })],
    [/\b(?:on|as of|from|starting|effective|at)\s+(\d{4}-\d{2}-\d{2})\b/i, (m) => ({ day: m[1] })],
    [
        new RegExp(String.raw `\b(?:in|by|from|starting(?:\s+in)?|come|during|as of)\s+${MONTH_WORD}(?:\s+(20\d{2}))?\b`, 'i'),
        (m) => ({ month: monthOf(m[1]) ?? 1, year: m[2] ? Number(m[2]) : null }),
    ],
    [
        new RegExp(String.raw `\b(?:after|once|past|beyond)\s+${MONTH_WORD}(?:\s+(20\d{2}))?\b`, 'i'),
        (m) => {
            const month = monthOf(m[1]) ?? 1;
            const year = m[2] ? Number(m[2]) : null;
            return month === 12 ? { month: 1, year: year === null ? null : year + 1 } : { month: month + 1, year };
        },
    ],
    [/\b(?:in|during|by)\s+(20\d{2})\b(?!-)/i, (m) => ({ year: Number(m[1]) })],
    [/(?<!\b(?:over|for|during|across|throughout)\s+the\s+)\bnext\s+(month|year)\b/i, (m) => ({ next: m[1].toLowerCase() })],
    [
        new RegExp(String.raw `(?<!\b(?:tokens?|[\d.,]+\s*[kmbt]?|requests?|calls?|messages?)\s+)\bin\s+(?!(?:a|an|one|1)\s)(${COUNT})[\s-]*(${TERM_UNIT})(?:\s+time)?\b(?!\s+of\b)|\b(${COUNT})[\s-]*(${TERM_UNIT})\s+from\s+(?:now|today)\b`, 'i'),
        (m) => ({ ahead: termOf(m[1] ?? m[3] ?? '', m[2] ?? m[4] ?? '') }),
    ],
    [new RegExp(String.raw `\b(${COUNT})[\s-]*(${TERM_UNIT})\s+ago\b`, 'i'), (m) => ({ ago: termOf(m[1] ?? '', m[2] ?? '') })],
];
export function priceDayInWords(text) {
    for (const [re, read] of FORMS) {
        const m = re.exec(text);
        if (m)
            return { day: read(m), start: m.index, end: m.index + m[0].length };
    }
    return undefined;
}
export function priceDayProblem(p) {
    if ('day' in p && !isDay(p.day))
        return `Cannot read ${p.day} as a day of the calendar: give one such as on 2027-01-01.`;
    if ('ahead' in p)
        return termProblem(p.ahead, `in ${termWords(p.ahead)}`, 'ahead');
    if ('ago' in p)
        return termProblem(p.ago, `${termWords(p.ago)} ago`, 'ago');
    return undefined;
}
const pad = (n) => String(n).padStart(2, '0');
function monthStart(ymd, months, days = 0) {
    return subDays(addMonths(utcDay(`${ymd.slice(0, 7)}-01`), months), days)
        .toISOString()
        .slice(0, 10);
}
export function priceDayOn(p, asOf, nextChange) {
    const [year, month] = [Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7))];
    if ('day' in p)
        return p.day;
    if ('nextChange' in p)
        return nextChange ?? asOf;
    if ('ahead' in p || 'ago' in p) {
        const [{ count, unit }, sign] = 'ahead' in p ? [p.ahead, 1] : [p.ago, -1];
        const start = utcDay(asOf);
        const moved = unit === 'day' || unit === 'week'
            ? addDays(start, sign * Math.round(count * (unit === 'week' ? 7 : 1)))
            : addMonths(start, sign * Math.round(count * (unit === 'year' ? 12 : unit === 'quarter' ? 3 : 1)));
        return moved.toISOString().slice(0, 10);
    }
    if ('next' in p)
        return p.next === 'year' ? `${year + 1}-01-01` : monthStart(asOf, 1);
    if ('month' in p) {
        const first = `${p.year ?? (p.month < month ? year + 1 : year)}-${pad(p.month)}-01`;
        if (first.slice(0, 7) === asOf.slice(0, 7))
            return asOf;
        return first > asOf ? first : monthStart(first, 1, 1);
    }
    if (p.year === year)
        return asOf;
    return p.year > year ? `${p.year}-01-01` : `${p.year}-12-31`;
}
export function priceDayText(p) {
    if ('day' in p)
        return `on ${p.day}`;
    if ('nextChange' in p)
        return 'after the next price change';
    if ('next' in p)
        return `next ${p.next}`;
    if ('ahead' in p)
        return `in ${termWords(p.ahead).replace(/^an? /, '1 ')}`;
    if ('ago' in p)
        return `${termWords(p.ago)} ago`;
    if ('month' in p)
        return `in ${MONTHS[p.month - 1]}${p.year !== null ? ` ${p.year}` : ''}`;
    return `in ${p.year}`;
}
export function nextChangeDay(models, all, asOf) {
    const ahead = (m) => m.pricing.map((p) => p.from).filter((from) => from > asOf);
    const days = models.length > 0 ? models.flatMap((m) => ahead(m).sort().slice(0, 1)) : all.flatMap(ahead);
    return days.sort().at(-1);
}
//# sourceMappingURL=price-day.js.map