import { isTimeZone, WEEKDAYS } from './schedule.js';
import { dayAfter, isDay } from './window.js';
import { NUMBER_WORDS, ordinalOf } from '../cost/parse.js';
export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export function monthOf(word) {
    const w = word.toLowerCase().replace(/\.$/, '');
    if (w.length < 3)
        return undefined;
    const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
    return i >= 0 ? i + 1 : undefined;
}
export const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const YEAR_AFTER = String.raw `(?:,?\s+(20\d{2})\b(?!-\d))?`;
const SINCE_MONTH = new RegExp(String.raw `\b(since|from|after)\s+(?:the\s+(?:start|beginning)\s+of\s+)?${MONTH_WORD}\b${YEAR_AFTER}`, 'i');
const IN_MONTH = new RegExp(String.raw `\b(?:in|during|for|over|of|last|next|coming)\s+${MONTH_WORD}\b${YEAR_AFTER}`, 'i');
const AHEAD = /\b(?:next|coming|upcoming|ahead|will|going to|changing|scheduled|planned)\b/i;
const MONTH_AND_YEAR = new RegExp(String.raw `^${MONTH_WORD}\b,?\s+(20\d{2})$`, 'i');
const yearOf = (written) => (written === undefined ? {} : { year: Number(written) });
export function rangeWords(range) {
    if (range === 'last-7-days')
        return '';
    if (range === 'last-week')
        return 'last week';
    if ('period' in range)
        return range.period.replaceAll('-', ' ');
    if ('last' in range)
        return `last ${range.last} ${range.unit}s`;
    const year = 'year' in range && range.year !== undefined ? ` ${range.year}` : '';
    if ('quarter' in range)
        return `q${range.quarter}${year}`;
    if ('month' in range)
        return `${range.since ? 'since' : range.ahead ? 'next' : 'in'} ${MONTHS[range.month - 1] ?? ''}${year}`;
    if ('fromDay' in range) {
        const said = (d) => `${MONTHS[d.month - 1] ?? ''} ${d.day}`;
        if (range.toDay === undefined)
            return `${range.after ? 'after' : 'since'} ${said(range.fromDay)}`;
        if (range.toDay.month === range.fromDay.month && range.toDay.day === range.fromDay.day)
            return `on ${said(range.fromDay)}`;
        return `from ${said(range.fromDay)} to ${said(range.toDay)}`;
    }
    return range.to === undefined ? `since ${range.from}` : `${range.from}..${range.to}`;
}
const DAY = String.raw `(\d{4}-\d{2}-\d{2})`;
const LAST_N = new RegExp(String.raw `\b(?:last|past|previous)\s+(\d{1,6}|${Object.keys(NUMBER_WORDS)
    .filter((w) => /^[a-z]+$/.test(w) && NUMBER_WORDS[w] !== 1)
    .join('|')})\s+(days?|weeks?|months?|years?)\b`);
const MAX_LAST_MONTHS = 120;
const BETWEEN_DAYS = new RegExp(String.raw `(?:\b(?:between|from)\s+)?${DAY}\s*(?:(\.\.|–|—|-{1,2})|\b(?:to|and|through|until|till)\b)\s*${DAY}\b`, 'i');
const SINCE_DAY = new RegExp(String.raw `\b(since|from|after)\s+${DAY}\b`, 'i');
const DAY_OF_MONTH = String.raw `(\d{1,2})(?:st|nd|rd|th)?\b`;
export const MONTH_DAY = String.raw `${MONTH_WORD}\s+${DAY_OF_MONTH}${YEAR_AFTER}`;
const DAY_TO = String.raw `\s*(?:–|—|-{1,2}|\b(?:to|and|through|thru|until|till)\b)\s*`;
export const TO_DAY = String.raw `${DAY_TO}(?:${MONTH_WORD}\s+)?${DAY_OF_MONTH}${YEAR_AFTER}`;
const BETWEEN_MONTH_DAYS = new RegExp(String.raw `(?:\b(?:between|from)\s+)?\b${MONTH_DAY}${TO_DAY}`, 'i');
const ON_DAY = new RegExp(String.raw `\bon\s+(?:the\s+(?:day\s+)?of\s+)?(?:${MONTH_DAY}|${DAY}\b)`, 'i');
const ONE_DAY = /\b(today|yesterday)(?:'s)?\b/;
const SINCE_MONTH_DAY = new RegExp(String.raw `\b(since|from|after)\s+${MONTH_DAY}`, 'i');
const isoDay = (year, month, day) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
function monthDaysRange(m) {
    const [, firstMonth = '', firstDay = '', firstYear, lastMonth, lastDay = '', lastYear] = m;
    const from = { month: monthOf(firstMonth) ?? 1, day: Number(firstDay) };
    const to = { month: lastMonth === undefined ? from.month : (monthOf(lastMonth) ?? from.month), day: Number(lastDay) };
    const written = firstYear ?? lastYear;
    if (written === undefined)
        return { fromDay: from, toDay: to };
    const wraps = to.month < from.month || (to.month === from.month && to.day < from.day);
    const lastYearOf = lastYear !== undefined ? Number(lastYear) : Number(written) + (wraps ? 1 : 0);
    const firstYearOf = firstYear !== undefined ? Number(firstYear) : lastYearOf - (wraps ? 1 : 0);
    const last = isoDay(lastYearOf, to.month, to.day);
    return { from: isoDay(firstYearOf, from.month, from.day), to: isDay(last) ? dayAfter(last) : last };
}
const YEAR = /\b(in|during|for|over|throughout|across|since|from)\s+(?:(?:the\s+)?(?:whole|full|entire)\s+(?:year\s+(?:of\s+)?)?)?(20\d{2})\b(?![-\d])/i;
export function rangeProblem(range) {
    if (typeof range === 'object' && 'last' in range) {
        const months = { day: range.last / 30, week: (range.last * 7) / 30, month: range.last, year: range.last * 12 }[range.unit];
        if (Number.isInteger(range.last) && range.last >= 1 && months <= MAX_LAST_MONTHS)
            return undefined;
        return `Cannot look back over the last ${range.last} ${range.unit}s: give from 1 day to 10 years, such as the last 30 days.`;
    }
    if (typeof range === 'object' && 'fromDay' in range) {
        const bad = [range.fromDay, ...(range.toDay ? [range.toDay] : [])].find((d) => !isDay(isoDay(2024, d.month, d.day)));
        if (bad)
            return `Cannot read ${MONTHS[bad.month - 1]} ${bad.day} as a day of the calendar: give days such as october 1 to november 15, or 2026-10-01..2026-11-16.`;
        return undefined;
    }
    if (typeof range !== 'object' || !('from' in range))
        return undefined;
    const days = [range.from, ...(range.to === undefined ? [] : [range.to])];
    const bad = days.find((d) => !isDay(d));
    if (bad)
        return `Cannot read ${bad} as a day of the calendar: give days such as 2026-09-01..2026-10-01 (the first before the second).`;
    if (range.to !== undefined && range.from >= range.to)
        return `The window ${range.from}..${range.to} ends before it starts: give the first date before the second, such as ${range.to}..${range.from}.`;
    return undefined;
}
export function rangeInWords(text) {
    const t = text.toLowerCase();
    const between = BETWEEN_DAYS.exec(t);
    if (between) {
        const [, from = '', dots, last = ''] = between;
        return { from, to: dots !== undefined || !isDay(last) || last < from ? last : dayAfter(last) };
    }
    const betweenWords = BETWEEN_MONTH_DAYS.exec(t);
    if (betweenWords)
        return monthDaysRange(betweenWords);
    const on = ON_DAY.exec(t);
    if (on) {
        const [, month, day = '', year, iso] = on;
        if (iso !== undefined)
            return { from: iso, to: isDay(iso) ? dayAfter(iso) : iso };
        const only = { month: monthOf(month ?? '') ?? 1, day: Number(day) };
        if (year === undefined)
            return { fromDay: only, toDay: only };
        const written = isoDay(Number(year), only.month, only.day);
        return { from: written, to: isDay(written) ? dayAfter(written) : written };
    }
    const sinceWords = SINCE_MONTH_DAY.exec(t);
    if (sinceWords) {
        const [, how, month = '', day = '', year] = sinceWords;
        const first = { month: monthOf(month) ?? 1, day: Number(day) };
        if (year === undefined)
            return how === 'after' ? { fromDay: first, after: true } : { fromDay: first };
        const iso = isoDay(Number(year), first.month, first.day);
        return { from: how === 'after' && isDay(iso) ? dayAfter(iso) : iso };
    }
    const sinceDay = SINCE_DAY.exec(t);
    if (sinceDay) {
        const day = sinceDay[2] ?? '';
        return { from: sinceDay[1] === 'after' && isDay(day) ? dayAfter(day) : day };
    }
    const since = SINCE_MONTH.exec(t);
    if (since) {
        const month = monthOf(since[2] ?? '') ?? 1;
        const year = since[3] === undefined ? undefined : Number(since[3]);
        if (since[1] === 'after')
            return { month: (month % 12) + 1, since: true, ...(year === undefined ? {} : { year: month === 12 ? year + 1 : year }) };
        return { month, since: true, ...yearOf(since[3]) };
    }
    const lastN = LAST_N.exec(t);
    if (lastN) {
        const unit = ['day', 'week', 'month', 'year'].find((u) => lastN[2].startsWith(u[0])) ?? 'month';
        return { last: NUMBER_WORDS[lastN[1]] ?? Number(lastN[1]), unit };
    }
    if (/\b(?:this|the current|current)\s+month\b|\bmonth[- ]to[- ]date\b|\bmtd\b/.test(t))
        return { period: 'this-month' };
    if (/\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:last|the previous)\s+month\b/.test(t))
        return { period: 'since-last-month' };
    if (/\b(?:last|previous|past)\s+month\b/.test(t))
        return { period: 'last-month' };
    if (/\b(?:next|the coming|coming)\s+month\b/.test(t))
        return { period: 'next-month' };
    if (/\b(?:this|the current|current)\s+quarter\b|\bquarter[- ]to[- ]date\b|\bqtd\b/.test(t))
        return { period: 'this-quarter' };
    if (/\b(?:last|previous|past)\s+quarter\b/.test(t))
        return { period: 'last-quarter' };
    if (/\b(?:this|the current|current)\s+year\b|\bso far this year\b|\bytd\b|\byear[- ]to[- ]date\b/.test(t))
        return { period: 'this-year' };
    if (/\b(?:last|previous|past)\s+year\b/.test(t))
        return { period: 'last-year' };
    if (/\b(?:next|the coming|coming)\s+year\b/.test(t))
        return { period: 'next-year' };
    const quarter = new RegExp(String.raw `\b(?:in |during |for |over |of )?(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th) quarter)\b(?:\s+of)?${YEAR_AFTER}`).exec(t);
    if (quarter)
        return {
            quarter: quarter[1] ? Number(quarter[1]) : (ordinalOf(quarter[2] ?? '') ?? 4),
            ...yearOf(quarter[3]),
        };
    const inMonth = IN_MONTH.exec(t);
    if (inMonth && !(inMonth[1] === 'may' && !/\b(?:in|during)\s+may\b(?!\s+(?:be|have|want|need))/.test(t)))
        return { month: monthOf(inMonth[1] ?? '') ?? 1, since: false, ...yearOf(inMonth[2]), ...(inMonth[2] === undefined && AHEAD.test(t) ? { ahead: true } : {}) };
    const year = YEAR.exec(t);
    if (year) {
        const y = Number(year[2]);
        return /^(?:since|from)$/.test(year[1] ?? '') ? { from: `${y}-01-01` } : { from: `${y}-01-01`, to: `${y + 1}-01-01` };
    }
    if (/\bsince\s+(?:last|the previous|a)\s+week(?:\s+ago)?\b/.test(t))
        return 'last-7-days';
    if (/\b(?:last|previous|past)\s+week\b/.test(t))
        return 'last-week';
    const day = ONE_DAY.exec(t);
    if (day)
        return { period: day[1] === 'today' ? 'today' : 'yesterday' };
    return undefined;
}
export const DIGEST_FORMS = '`/models digest on [monday] [09:00] [Europe/Berlin] [providers openai,anthropic] [watch gpt-4.1-mini,grok-4.3] [quiet skip]`, `/models digest off`, `/models digest preview [today | last week | this month | last quarter | in november | since october | october 1 to november 15 | on october 7 | 2026-05-18..2026-05-25] [cuts | increases]`';
function weekdayOf(word) {
    const w = word.toLowerCase().replace(/[.,]$/, '');
    const i = WEEKDAYS.findIndex((day) => w.length >= 3 && (day.startsWith(w) || w === `${day}s`));
    return i >= 0 ? i + 1 : undefined;
}
export function timeOf(word) {
    const m = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(word.trim());
    if (!m || (m[2] === undefined && m[3] === undefined))
        return undefined;
    let hours = Number(m[1]);
    const minutes = Number(m[2] ?? 0);
    const meridiem = m[3]?.toLowerCase();
    if (meridiem) {
        if (hours < 1 || hours > 12)
            return undefined;
        hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
    }
    if (hours > 23 || minutes > 59)
        return undefined;
    return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
const JOINING_WORDS = new Set(['at', 'every', 'each', 'in', 'on', 'and', 'the', 'around', 'by', 'please', 'pls']);
const list = (text) => (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
export function parseDigestCommand(text) {
    const words = text
        .trim()
        .split(/\s+/)
        .filter((w) => w !== '');
    const [action = '', ...rest] = words.map((w, i) => (i === 0 ? w.toLowerCase() : w));
    if (action === '' || action === 'status')
        return { action: 'status' };
    if (action === 'off' || action === 'stop' || action === 'unsubscribe')
        return { action: 'off' };
    if (action === 'preview' || action === 'show') {
        const at = rest.findIndex((w) => /^providers?$/i.test(w));
        const providers = at >= 0 ? list(rest[at + 1]?.toLowerCase()) : undefined;
        const kept = at >= 0 ? [...rest.slice(0, at), ...rest.slice(at + 2)] : rest;
        const directionWord = kept.find((w) => /^(?:increases|cuts)$/i.test(w));
        const direction = directionWord ? (/^cuts$/i.test(directionWord) ? 'cut' : 'increase') : undefined;
        const arg = kept
            .filter((w) => w !== directionWord)
            .join(' ')
            .toLowerCase();
        const withProviders = (c) => ({
            ...c,
            ...(providers?.length ? { providers } : {}),
            ...(direction ? { direction } : {}),
        });
        if (arg === '' || arg === 'this week' || arg === 'last 7 days')
            return withProviders({ action: 'preview', range: 'last-7-days' });
        if (arg === 'last week')
            return withProviders({ action: 'preview', range: 'last-week' });
        const monthAndYear = MONTH_AND_YEAR.exec(arg);
        const named = monthAndYear ? { month: monthOf(monthAndYear[1] ?? '') ?? 1, since: false, ...yearOf(monthAndYear[2]) } : undefined;
        const words = rangeInWords(arg) ?? named ?? (monthOf(arg) !== undefined ? { month: monthOf(arg), since: false } : undefined);
        const problem = words ? rangeProblem(words) : undefined;
        if (problem)
            return { action: 'error', message: problem };
        if (words)
            return withProviders({ action: 'preview', range: words });
        return {
            action: 'error',
            message: `Cannot read “${rest.join(' ')}” as a week. Try \`/models digest preview last week\`, \`… this month\`, \`… last quarter\`, \`… since october\` or \`/models digest preview 2026-05-18..2026-05-25\` (the first date before the second).`,
        };
    }
    if (action !== 'on' && action !== 'subscribe' && action !== 'start') {
        return { action: 'error', message: `Unknown digest command “${words[0]}”. Valid forms: ${DIGEST_FORMS}.` };
    }
    const result = { action: 'on' };
    for (let i = 0; i < rest.length; i++) {
        const word = rest[i];
        const lower = word.toLowerCase();
        const weekday = weekdayOf(lower);
        const time = timeOf(lower) ?? (/^\d{1,2}$/.test(lower) && /^(am|pm)$/i.test(rest[i + 1] ?? '') ? timeOf(`${lower}${rest[++i]}`) : undefined);
        if (weekday !== undefined)
            result.weekday = weekday;
        else if (time !== undefined)
            result.localTime = time;
        else if (JOINING_WORDS.has(lower))
            continue;
        else if (lower === 'providers' || lower === 'provider' || lower === 'from')
            result.providers = list(rest[++i]?.toLowerCase());
        else if (lower === 'watch' || lower === 'watching' || lower === 'models')
            result.watched = list(rest[++i]);
        else if (lower === 'quiet') {
            const mode = rest[++i]?.toLowerCase();
            if (mode !== 'skip' && mode !== 'line')
                return { action: 'error', message: `“quiet” takes skip (post nothing in a quiet week) or line (post one line), got “${mode ?? ''}”.` };
            result.quiet = mode;
        }
        else if (word.includes('/') || /^utc$/i.test(word) || /^gmt$/i.test(word)) {
            const zone = /^(utc|gmt)$/i.test(word) ? 'UTC' : word;
            if (!isTimeZone(zone))
                return { action: 'error', message: `Unknown time zone “${word}”. Use an IANA name such as Europe/Berlin, America/New_York or UTC.` };
            result.timeZone = zone;
        }
        else if (/^\d/.test(word)) {
            return { action: 'error', message: `Cannot read “${word}” as a time. Use 24-hour HH:MM (09:00, 17:30) or 9am / 5pm.` };
        }
        else {
            return {
                action: 'error',
                message: `Cannot read “${word}”: expected a weekday (monday … sunday), a time (09:00), a time zone (Europe/Berlin), providers a,b, watch x,y or quiet skip. Valid forms: ${DIGEST_FORMS}.`,
            };
        }
    }
    return result;
}
const ZONE_WORDS = {
    pacific: 'America/Los_Angeles',
    pt: 'America/Los_Angeles',
    pst: 'America/Los_Angeles',
    pdt: 'America/Los_Angeles',
    mountain: 'America/Denver',
    mst: 'America/Denver',
    mdt: 'America/Denver',
    central: 'America/Chicago',
    cst: 'America/Chicago',
    cdt: 'America/Chicago',
    eastern: 'America/New_York',
    et: 'America/New_York',
    est: 'America/New_York',
    edt: 'America/New_York',
    utc: 'UTC',
    gmt: 'UTC',
    bst: 'Europe/London',
    cet: 'Europe/Berlin',
    cest: 'Europe/Berlin',
    ist: 'Asia/Kolkata',
    jst: 'Asia/Tokyo',
};
export function subscriptionInWords(text) {
    if (!/\bdigest\b/i.test(text) || /^\s*how\b/i.test(text))
        return undefined;
    if (/\b(?:turn off|switch off|stop|disable|unsubscribe|cancel|remove|pause|mute|silence|opt out)\b/i.test(text))
        return { action: 'off' };
    if (/^\s*(?:when|what (?:time|day)|which day)\b/i.test(text) && !/\b(?:changed?|cheaper|pric\w*|new|released?)\b/i.test(text))
        return { action: 'status' };
    const timed = text.split(/[\s?!,.]+/).some((w) => weekdayOf(w) !== undefined || timeOf(w) !== undefined);
    const scheduling = timed && (/\b(?:send|deliver|move|change|switch|reschedule)\b/i.test(text) || /^\s*(?:the\s+|our\s+|weekly\s+)*digest\s+(?:on|every|at)\b/i.test(text));
    if (!scheduling && !/\b(?:set ?up|subscribe|turn on|enable|start|schedule|send (?:us|me)|post)\b/i.test(text))
        return undefined;
    const kept = [];
    const words = text
        .replace(/[?!,.](?=\s|$)/g, ' ')
        .split(/\s+/)
        .filter((w) => w !== '');
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const next = words[i + 1];
        if (weekdayOf(w) !== undefined)
            kept.push(w);
        else if (timeOf(w) !== undefined)
            kept.push(w);
        else if (/^at$/i.test(w) && next !== undefined && /^\d{1,2}$/.test(next) && Number(next) < 24) {
            kept.push(`${next.padStart(2, '0')}:00`);
            i++;
        }
        else if (w.includes('/') && isTimeZone(w))
            kept.push(w);
        else if (ZONE_WORDS[w.toLowerCase()])
            kept.push(ZONE_WORDS[w.toLowerCase()]);
    }
    const command = parseDigestCommand(['on', ...kept].join(' '));
    return command.action === 'error' ? undefined : command;
}
const UP = /\b(?:more expensive|pricier|costlier|dearer|increas\w*|hikes?|hiked|rais(?:e|ed|es)|rises?|rose|risen|(?:went|gone|go|going|gotten) up)\b/i;
const DOWN = /\b(?:cheaper|less expensive|cuts?|drops?|dropped|lower(?:ed)?|reduc\w*|decreas\w*|fell|fallen|discount\w*|(?:went|gone|go|going|gotten) down)\b/i;
export function directionInWords(text) {
    if (/\bup (?:or|and|\/) down\b|\bdown (?:or|and|\/) up\b/i.test(text))
        return undefined;
    const up = UP.test(text);
    const down = DOWN.test(text);
    return up === down ? undefined : up ? 'increase' : 'cut';
}
//# sourceMappingURL=command.js.map