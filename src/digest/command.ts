// `/models digest …`: on [weekday] [time] [zone] [providers a,b] [watch x,y] [quiet skip|line],
// off, preview [last week | 2026-05-18..2026-05-25], or nothing (this channel's subscription).
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { isTimeZone, WEEKDAYS } from './schedule.ts';
import { dayAfter, isDay } from './window.ts';
import type { PriceDirection } from './changes.ts';
import { NUMBER_WORDS, ordinalOf } from '../cost/parse.ts';

export type DigestCommand =
  | { action: 'status' }
  | { action: 'off' }
  | { action: 'preview'; range: DigestRange; providers?: string[]; direction?: PriceDirection; newModels?: true }
  | {
      action: 'on';
      weekday?: number;
      localTime?: string;
      timeZone?: string;
      providers?: string[];
      watched?: string[];
      quiet?: 'line' | 'skip';
    }
  | { action: 'error'; message: string };

/**
 * The window a digest preview covers. Windows in words ("this month", "in november", "since october", "last quarter")
 * stay words here: the core never reads the clock, so the application turns them into dates (src/app/digest.ts).
 */
export type DigestRange =
  | 'last-7-days'
  | 'last-week'
  /** Whole UTC days, `to` not included; without `to`, up to and including today ("since 2026-09-01"). */
  | { from: string; to?: string }
  | {
      period: 'today' | 'yesterday' | 'this-month' | 'last-month' | 'since-last-month' | 'next-month' | 'this-quarter' | 'last-quarter' | 'this-year' | 'last-year' | 'next-year';
    }
  /** The last N days, weeks or months up to and including today ("in the last 30 days", "over the past 3 months"). */
  | { last: number; unit: 'day' | 'week' | 'month' | 'year' }
  /**
   * A calendar month (1 = January): of `year`, else its most recent occurrence (with `ahead`, its next one: "what's
   * changing in january?"); with `since`, from its start up to today.
   */
  | { month: number; since: boolean; year?: number; ahead?: boolean }
  /** A calendar quarter (1 = January to March): of `year`, else its most recent occurrence. */
  | { quarter: number; year?: number }
  /**
   * Days named with no year ("between october 1 and november 15", "since october 1"): from the most recent such first
   * day (today's included) through the last day, included; with no last day, up to today.
   */
  | { fromDay: MonthDay; toDay?: MonthDay; after?: true };

/** A day of a month, with no year: "october 1" is { month: 10, day: 1 }. */
export interface MonthDay {
  month: number;
  day: number;
}

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** A month's name or its abbreviation ("nov", "sept", "November") → 1..12. */
export function monthOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTHS.findIndex((m) => m.startsWith(w) || (w === 'sept' && m === 'september'));
  return i >= 0 ? i + 1 : undefined;
}

/** A month's name or abbreviation, captured. */
export const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
/** A year after a month or a quarter ("june 2025", "q3, 2025"). */
const YEAR_AFTER = String.raw`(?:,?\s+(20\d{2})\b(?!-\d))?`;
const SINCE_MONTH = new RegExp(String.raw`\b(since|from|after)\s+(?:the\s+(?:start|beginning)\s+of\s+)?${MONTH_WORD}\b${YEAR_AFTER}`, 'i');
const IN_MONTH = new RegExp(String.raw`\b(?:in|during|for|over|of|last|next|coming)\s+${MONTH_WORD}\b${YEAR_AFTER}`, 'i');
/** Words that ask what is ahead ("what's changing in january?", "price changes next march"): the month's next occurrence. */
const AHEAD = /\b(?:next|coming|upcoming|ahead|will|going to|changing|scheduled|planned)\b/i;
/** A month and a year alone ("june 2025"), as a preview's argument. */
const MONTH_AND_YEAR = new RegExp(String.raw`^${MONTH_WORD}\b,?\s+(20\d{2})$`, 'i');

/** The year a window names, if any. */
const yearOf = (written: string | undefined) => (written === undefined ? {} : { year: Number(written) });

/** A window as the words `rangeInWords` reads back as the same window ("since october", "last quarter"; "" for the default). */
export function rangeWords(range: DigestRange): string {
  if (range === 'last-7-days') return '';
  if (range === 'last-week') return 'last week';
  if ('period' in range) return range.period.replaceAll('-', ' ');
  if ('last' in range) return `last ${range.last} ${range.unit}s`;
  const year = 'year' in range && range.year !== undefined ? ` ${range.year}` : '';
  if ('quarter' in range) return `q${range.quarter}${year}`;
  if ('month' in range) return `${range.since ? 'since' : range.ahead ? 'next' : 'in'} ${MONTHS[range.month - 1] ?? ''}${year}`;
  if ('fromDay' in range) {
    const said = (d: MonthDay) => `${MONTHS[d.month - 1] ?? ''} ${d.day}`;
    if (range.toDay === undefined) return `${range.after ? 'after' : 'since'} ${said(range.fromDay)}`;
    if (range.toDay.month === range.fromDay.month && range.toDay.day === range.fromDay.day) return `on ${said(range.fromDay)}`;
    return `from ${said(range.fromDay)} to ${said(range.toDay)}`;
  }
  return range.to === undefined ? `since ${range.from}` : `${range.from}..${range.to}`;
}

const DAY = String.raw`(\d{4}-\d{2}-\d{2})`;
/** "the last 30 days", "past 3 months", "previous two weeks": a count of days, weeks or months back from today. */
const LAST_N = new RegExp(
  String.raw`\b(?:last|past|previous)\s+(\d{1,6}|${Object.keys(NUMBER_WORDS)
    .filter((w) => /^[a-z]+$/.test(w) && NUMBER_WORDS[w] !== 1)
    .join('|')})\s+(days?|weeks?|months?|years?)\b`,
);
/** The furthest back a window of the last N looks: ten years. */
const MAX_LAST_MONTHS = 120;
/**
 * "2026-09-01..2026-10-01" (the command's form: the second day not included), "between 2026-09-01 and 2026-09-30",
 * "from 2026-09-01 to 2026-09-30" (in words: both days included).
 */
const BETWEEN_DAYS = new RegExp(String.raw`(?:\b(?:between|from)\s+)?${DAY}\s*(?:(\.\.|–|—|-{1,2})|\b(?:to|and|through|until|till)\b)\s*${DAY}\b`, 'i');
/** "since 2026-09-01", "after 2026-09-01" (the day after). */
const SINCE_DAY = new RegExp(String.raw`\b(since|from|after)\s+${DAY}\b`, 'i');
/** A day of a month in words: "october 1", "oct 1st", with its year when said ("october 1, 2026"). */
const DAY_OF_MONTH = String.raw`(\d{1,2})(?:st|nd|rd|th)?\b`;
export const MONTH_DAY = String.raw`${MONTH_WORD}\s+${DAY_OF_MONTH}${YEAR_AFTER}`;
/** The words between a span's first and last day: "to", "and", "through", a dash. */
const DAY_TO = String.raw`\s*(?:–|—|-{1,2}|\b(?:to|and|through|thru|until|till)\b)\s*`;
/** A span's last day: "november 15", or "15" in the first day's month, with its year when said. */
export const TO_DAY = String.raw`${DAY_TO}(?:${MONTH_WORD}\s+)?${DAY_OF_MONTH}${YEAR_AFTER}`;
/** "Between october 1 and november 15", "from oct 1 to 15", "sept 1 – sept 30, 2026": both days included. */
const BETWEEN_MONTH_DAYS = new RegExp(String.raw`(?:\b(?:between|from)\s+)?\b${MONTH_DAY}${TO_DAY}`, 'i');
/** "Between march and june 2026", "from jan to mar", "march–june": whole months, both included. */
const BETWEEN_MONTHS = new RegExp(
  String.raw`(?:\b(?:between|from)\s+${MONTH_WORD}${YEAR_AFTER}${DAY_TO}|\b${MONTH_WORD}${YEAR_AFTER}\s*(?:–|—|-{1,2})\s*)${MONTH_WORD}\b(?!\s+\d{1,2}(?:st|nd|rd|th)?\b)${YEAR_AFTER}`,
  'i',
);
/** A year with no february 29: a span of months said without its year ends on february 28. */
const NOT_A_LEAP_YEAR = 2025;

/** "On october 7", "on oct 7th, 2026", "on 2026-10-07": that day alone. */
const ON_DAY = new RegExp(String.raw`\bon\s+(?:the\s+(?:day\s+)?of\s+)?(?:${MONTH_DAY}|${DAY}\b)`, 'i');
/** "Today", "yesterday": that day alone. */
const ONE_DAY = /\b(today|yesterday)(?:'s)?\b/;
/** "Since october 1", "after oct 15" (the day after). */
const SINCE_MONTH_DAY = new RegExp(String.raw`\b(since|from|after)\s+${MONTH_DAY}`, 'i');

/** A day of a month as YYYY-MM-DD in a year. */
const isoDay = (year: number, month: number, day: number) => `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * Days in words as a range: with a year said, those days (the last included); without one, the days to be placed on
 * the day asked. A day the calendar lacks is kept as written, for rangeProblem to say so.
 */
function monthDaysRange(from: MonthDay, to: MonthDay, firstYear: string | undefined, lastYear: string | undefined): DigestRange {
  const written = firstYear ?? lastYear;
  if (written === undefined) return { fromDay: from, toDay: to };
  // "December 15 to January 10, 2027": the first day is in the year before the last one's.
  const wraps = to.month < from.month || (to.month === from.month && to.day < from.day);
  const lastYearOf = lastYear !== undefined ? Number(lastYear) : Number(written) + (wraps ? 1 : 0);
  const firstYearOf = firstYear !== undefined ? Number(firstYear) : lastYearOf - (wraps ? 1 : 0);
  const last = isoDay(lastYearOf, to.month, to.day);
  return { from: isoDay(firstYearOf, from.month, from.day), to: isDay(last) ? dayAfter(last) : last };
}
/** A calendar year: "in 2025", "during 2026", "since 2025" (from its first day up to today). */
const YEAR = /\b(in|during|for|over|throughout|across|since|from)\s+(?:(?:the\s+)?(?:whole|full|entire)\s+(?:year\s+(?:of\s+)?)?)?(20\d{2})\b(?![-\d])/i;

/**
 * What is wrong with a range of days as read, if anything: a day the calendar lacks ("2026-13-01"), or a first day not
 * before the second.
 */
export function rangeProblem(range: DigestRange): string | undefined {
  if (typeof range === 'object' && 'last' in range) {
    const months = { day: range.last / 30, week: (range.last * 7) / 30, month: range.last, year: range.last * 12 }[range.unit];
    if (Number.isInteger(range.last) && range.last >= 1 && months <= MAX_LAST_MONTHS) return undefined;
    return `Cannot look back over the last ${range.last} ${range.unit}s: give from 1 day to 10 years, such as the last 30 days.`;
  }
  if (typeof range === 'object' && 'fromDay' in range) {
    // Checked in a leap year: "february 29" is a day, in the years that have one.
    const bad = [range.fromDay, ...(range.toDay ? [range.toDay] : [])].find((d) => !isDay(isoDay(2024, d.month, d.day)));
    if (bad) return `Cannot read ${MONTHS[bad.month - 1]} ${bad.day} as a day of the calendar: give days such as october 1 to november 15, or 2026-10-01..2026-11-16.`;
    return undefined;
  }
  if (typeof range !== 'object' || !('from' in range)) return undefined;
  const days = [range.from, ...(range.to === undefined ? [] : [range.to])];
  const bad = days.find((d) => !isDay(d));
  if (bad) return `Cannot read ${bad} as a day of the calendar: give days such as 2026-09-01..2026-10-01 (the first before the second).`;
  if (range.to !== undefined && range.from >= range.to)
    return `The window ${range.from}..${range.to} ends before it starts: give the first date before the second, such as ${range.to}..${range.from}.`;
  return undefined;
}

/** A window written in words, anywhere in `text`; undefined when it names none. "last week" and "this week" are the classic ranges. */
export function rangeInWords(text: string): DigestRange | undefined {
  const t = text.toLowerCase();
  const between = BETWEEN_DAYS.exec(t);
  if (between) {
    const [, from = '', dots, last = ''] = between;
    // Written backwards, the days stay as typed for rangeProblem to say so.
    return { from, to: dots !== undefined || !isDay(last) || last < from ? last : dayAfter(last) };
  }
  const betweenWords = BETWEEN_MONTH_DAYS.exec(t);
  if (betweenWords) {
    const [, firstMonth = '', firstDay = '', firstYear, lastMonth, lastDay = '', lastYear] = betweenWords;
    const from: MonthDay = { month: monthOf(firstMonth) ?? 1, day: Number(firstDay) };
    const to: MonthDay = { month: lastMonth === undefined ? from.month : (monthOf(lastMonth) ?? from.month), day: Number(lastDay) };
    return monthDaysRange(from, to, firstYear, lastYear);
  }
  const months = BETWEEN_MONTHS.exec(t);
  if (months) {
    // Two alternatives, each with its own groups: "between march and june 2026", "march–june".
    const [, a, ay, b, by, last = '', lastYear] = months;
    const [firstMonth = '', firstYear] = a !== undefined ? [a, ay] : [b, by];
    const to = monthOf(last) ?? 1;
    const year = Number(lastYear ?? firstYear ?? NOT_A_LEAP_YEAR);
    return monthDaysRange({ month: monthOf(firstMonth) ?? 1, day: 1 }, { month: to, day: getDaysInMonth(new Date(year, to - 1, 1)) }, firstYear, lastYear);
  }
  const on = ON_DAY.exec(t);
  if (on) {
    const [, month, day = '', year, iso] = on;
    if (iso !== undefined) return { from: iso, to: isDay(iso) ? dayAfter(iso) : iso };
    const only: MonthDay = { month: monthOf(month ?? '') ?? 1, day: Number(day) };
    if (year === undefined) return { fromDay: only, toDay: only };
    const written = isoDay(Number(year), only.month, only.day);
    return { from: written, to: isDay(written) ? dayAfter(written) : written };
  }
  const sinceWords = SINCE_MONTH_DAY.exec(t);
  if (sinceWords) {
    const [, how, month = '', day = '', year] = sinceWords;
    const first: MonthDay = { month: monthOf(month) ?? 1, day: Number(day) };
    // "After october 31" starts with the day after it (placed with the year, on the day asked).
    if (year === undefined) return how === 'after' ? { fromDay: first, after: true } : { fromDay: first };
    const iso = isoDay(Number(year), first.month, first.day);
    return { from: how === 'after' && isDay(iso) ? dayAfter(iso) : iso };
  }
  const sinceDay = SINCE_DAY.exec(t);
  if (sinceDay) {
    const day = sinceDay[2] ?? '';
    // "After" a day starts with the next one (a day the calendar lacks is kept as written, for rangeProblem to refuse).
    return { from: sinceDay[1] === 'after' && isDay(day) ? dayAfter(day) : day };
  }
  const since = SINCE_MONTH.exec(t);
  if (since) {
    const month = monthOf(since[2] ?? '') ?? 1;
    const year = since[3] === undefined ? undefined : Number(since[3]);
    // "After june" starts with july (and "after december 2025" with january 2026).
    if (since[1] === 'after') return { month: (month % 12) + 1, since: true, ...(year === undefined ? {} : { year: month === 12 ? year + 1 : year }) };
    return { month, since: true, ...yearOf(since[3]) };
  }
  // "In the last 30 days", "over the past 3 months" (a count: "last month" alone is the calendar month, below).
  const lastN = LAST_N.exec(t);
  if (lastN) {
    const unit = (['day', 'week', 'month', 'year'] as const).find((u) => (lastN[2] as string).startsWith(u[0] as string)) ?? 'month';
    return { last: NUMBER_WORDS[lastN[1] as string] ?? Number(lastN[1]), unit };
  }
  if (/\b(?:this|the current|current)\s+month\b|\bmonth[- ]to[- ]date\b|\bmtd\b/.test(t)) return { period: 'this-month' };
  if (/\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?:last|the previous)\s+month\b/.test(t)) return { period: 'since-last-month' };
  if (/\b(?:last|previous|past)\s+month\b/.test(t)) return { period: 'last-month' };
  if (/\b(?:next|the coming|coming)\s+month\b/.test(t)) return { period: 'next-month' };
  if (/\b(?:this|the current|current)\s+quarter\b|\bquarter[- ]to[- ]date\b|\bqtd\b/.test(t)) return { period: 'this-quarter' };
  if (/\b(?:last|previous|past)\s+quarter\b/.test(t)) return { period: 'last-quarter' };
  if (/\b(?:this|the current|current)\s+year\b|\bso far this year\b|\bytd\b|\byear[- ]to[- ]date\b/.test(t)) return { period: 'this-year' };
  if (/\b(?:last|previous|past)\s+year\b/.test(t)) return { period: 'last-year' };
  if (/\b(?:next|the coming|coming)\s+year\b/.test(t)) return { period: 'next-year' };
  const quarter = new RegExp(String.raw`\b(?:in |during |for |over |of )?(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th) quarter)\b(?:\s+of)?${YEAR_AFTER}`).exec(t);
  if (quarter)
    return {
      quarter: quarter[1] ? Number(quarter[1]) : (ordinalOf(quarter[2] ?? '') ?? 4),
      ...yearOf(quarter[3]),
    };
  const inMonth = IN_MONTH.exec(t);
  // "may" is also a verb: only "in May", "during May" and the like name the month.
  if (inMonth && !(inMonth[1] === 'may' && !/\b(?:in|during)\s+may\b(?!\s+(?:be|have|want|need))/.test(t)))
    return { month: monthOf(inMonth[1] ?? '') ?? 1, since: false, ...yearOf(inMonth[2]), ...(inMonth[2] === undefined && AHEAD.test(t) ? { ahead: true } : {}) };
  const year = YEAR.exec(t);
  if (year) {
    const y = Number(year[2]);
    return /^(?:since|from)$/.test(year[1] ?? '') ? { from: `${y}-01-01` } : { from: `${y}-01-01`, to: `${y + 1}-01-01` };
  }
  // "Since last week" asks what changed in the week up to now, not in the calendar week before this one.
  if (/\bsince\s+(?:last|the previous|a)\s+week(?:\s+ago)?\b/.test(t)) return 'last-7-days';
  if (/\b(?:last|previous|past)\s+week\b/.test(t)) return 'last-week';
  // Last, as a window's end is often "today" ("this month until today").
  const day = ONE_DAY.exec(t);
  if (day) return { period: day[1] === 'today' ? 'today' : 'yesterday' };
  return undefined;
}

export const DIGEST_FORMS =
  '`/models digest on [monday] [09:00] [Europe/Berlin] [providers openai,anthropic] [watch gpt-4.1-mini,grok-4.3] [quiet skip]`, `/models digest off`, `/models digest preview [today | last week | this month | last quarter | in november | since october | october 1 to november 15 | on october 7 | 2026-05-18..2026-05-25] [cuts | increases] [new-models]`';

/** A weekday as people write it ("monday", "Mondays", "tue", "thurs."): its ISO number (1 = Monday); undefined otherwise. */
function weekdayOf(word: string): number | undefined {
  const w = word.toLowerCase().replace(/[.,]$/, '');
  const i = WEEKDAYS.findIndex((day) => w.length >= 3 && (day.startsWith(w) || w === `${day}s`));
  return i >= 0 ? i + 1 : undefined;
}

/** "09:00", "9:30", "9am", "5pm", "17:45" → "HH:MM"; undefined if it is not a time. */
export function timeOf(word: string): string | undefined {
  const m = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(word.trim());
  if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
  let hours = Number(m[1]);
  const minutes = Number(m[2] ?? 0);
  const meridiem = m[3]?.toLowerCase();
  if (meridiem) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Words between a subscription's parts that say nothing of their own ("at 9am", "every monday", "in UTC"). */
const JOINING_WORDS = new Set(['at', 'every', 'each', 'in', 'on', 'and', 'the', 'around', 'by', 'please', 'pls']);

const list = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

export function parseDigestCommand(text: string): DigestCommand {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((w) => w !== '');
  const [action = '', ...rest] = words.map((w, i) => (i === 0 ? w.toLowerCase() : w));
  if (action === '' || action === 'status') return { action: 'status' };
  if (action === 'off' || action === 'stop' || action === 'unsubscribe') return { action: 'off' };
  if (action === 'preview' || action === 'show') {
    // "… providers anthropic,openai" narrows the preview to those providers; "… increases" or "… cuts" to those changes.
    const at = rest.findIndex((w) => /^providers?$/i.test(w));
    const providers = at >= 0 ? list(rest[at + 1]?.toLowerCase()) : undefined;
    const kept = at >= 0 ? [...rest.slice(0, at), ...rest.slice(at + 2)] : rest;
    const directionWord = kept.find((w) => /^(?:increases|cuts)$/i.test(w));
    const direction: PriceDirection | undefined = directionWord ? (/^cuts$/i.test(directionWord) ? 'cut' : 'increase') : undefined;
    // "… new-models": only the models released in the window.
    const newModels = kept.some((w) => /^new-models$/i.test(w));
    const arg = kept
      .filter((w) => w !== directionWord && !/^new-models$/i.test(w))
      .join(' ')
      .toLowerCase();
    const withProviders = (c: Extract<DigestCommand, { action: 'preview' }>): DigestCommand => ({
      ...c,
      ...(providers?.length ? { providers } : {}),
      ...(direction ? { direction } : {}),
      ...(newModels ? { newModels } : {}),
    });
    if (arg === '' || arg === 'this week' || arg === 'last 7 days') return withProviders({ action: 'preview', range: 'last-7-days' });
    if (arg === 'last week') return withProviders({ action: 'preview', range: 'last-week' });
    const monthAndYear = MONTH_AND_YEAR.exec(arg);
    const named = monthAndYear ? { month: monthOf(monthAndYear[1] ?? '') ?? 1, since: false, ...yearOf(monthAndYear[2]) } : undefined;
    const words = rangeInWords(arg) ?? named ?? (monthOf(arg) !== undefined ? { month: monthOf(arg) as number, since: false } : undefined);
    // Days the calendar lacks, or a window that ends before it starts, are said as such.
    const problem = words ? rangeProblem(words) : undefined;
    if (problem) return { action: 'error', message: problem };
    if (words) return withProviders({ action: 'preview', range: words });
    return {
      action: 'error',
      message: `Cannot read “${rest.join(' ')}” as a week. Try \`/models digest preview last week\`, \`… this month\`, \`… last quarter\`, \`… since october\` or \`/models digest preview 2026-05-18..2026-05-25\` (the first date before the second).`,
    };
  }
  if (action !== 'on' && action !== 'subscribe' && action !== 'start') {
    return { action: 'error', message: `Unknown digest command “${words[0]}”. Valid forms: ${DIGEST_FORMS}.` };
  }
  const result: Extract<DigestCommand, { action: 'on' }> = { action: 'on' };
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i] as string;
    const lower = word.toLowerCase();
    const weekday = weekdayOf(lower);
    const time = timeOf(lower) ?? (/^\d{1,2}$/.test(lower) && /^(am|pm)$/i.test(rest[i + 1] ?? '') ? timeOf(`${lower}${rest[++i]}`) : undefined);
    if (weekday !== undefined) result.weekday = weekday;
    else if (time !== undefined) result.localTime = time;
    // Words that join the parts as people say them: "on monday at 9am in Europe/Berlin", "every friday".
    else if (JOINING_WORDS.has(lower)) continue;
    else if (lower === 'providers' || lower === 'provider' || lower === 'from') result.providers = list(rest[++i]?.toLowerCase());
    else if (lower === 'watch' || lower === 'watching' || lower === 'models') result.watched = list(rest[++i]);
    else if (lower === 'quiet') {
      const mode = rest[++i]?.toLowerCase();
      if (mode !== 'skip' && mode !== 'line')
        return { action: 'error', message: `“quiet” takes skip (post nothing in a quiet week) or line (post one line), got “${mode ?? ''}”.` };
      result.quiet = mode;
    } else if (word.includes('/') || /^utc$/i.test(word) || /^gmt$/i.test(word)) {
      const zone = /^(utc|gmt)$/i.test(word) ? 'UTC' : word;
      if (!isTimeZone(zone)) return { action: 'error', message: `Unknown time zone “${word}”. Use an IANA name such as Europe/Berlin, America/New_York or UTC.` };
      result.timeZone = zone;
    } else if (/^\d/.test(word)) {
      return { action: 'error', message: `Cannot read “${word}” as a time. Use 24-hour HH:MM (09:00, 17:30) or 9am / 5pm.` };
    } else {
      return {
        action: 'error',
        message: `Cannot read “${word}”: expected a weekday (monday … sunday), a time (09:00), a time zone (Europe/Berlin), providers a,b, watch x,y or quiet skip. Valid forms: ${DIGEST_FORMS}.`,
      };
    }
  }
  return result;
}

/**
 * A zone named by its city ("berlin", "new york", "sao paulo"): each IANA zone's last part, spaced as words. Read only
 * beside "time" or after "in" ("9am berlin time", "at 9 in tokyo"), as cities' names are words too ("easter", "phoenix").
 */
let zoneCities: Map<string, string> | undefined;
function zoneOfCity(city: string): string | undefined {
  zoneCities ??= new Map(
    Intl.supportedValuesOf('timeZone')
      .filter((zone) => zone.includes('/') && !zone.startsWith('Etc/'))
      .map((zone) => [(zone.split('/').at(-1) as string).replace(/_/g, ' ').toLowerCase(), zone]),
  );
  return zoneCities.get(city.toLowerCase());
}

/** Zones named in two words, read before either word alone ("central european" is not "central", US Central). */
const ZONE_PHRASES: Record<string, string> = {
  'central european': 'Europe/Berlin',
  'eastern european': 'Europe/Athens',
  'western european': 'Europe/Lisbon',
  'india standard': 'Asia/Kolkata',
  'japan standard': 'Asia/Tokyo',
};

/** The zones people name in words ("5pm pacific", "9am CET"), as IANA names; anything else is written as one. */
const ZONE_WORDS: Record<string, string> = {
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

/** The state of this channel's digest asked, not a change to it: "digest status", "is the digest on?", "are we subscribed?". */
const DIGEST_STATE_ASKED =
  /^\s*(?:(?:what(?:'s| is| are)|show(?: me)?|check)\s+(?:the\s+|our\s+|my\s+|this channel's\s+)?(?:weekly\s+)?digest(?:'s)?\s+(?:status|schedule|settings?|subscription|time|day)\b|(?:the\s+|our\s+)?(?:weekly\s+)?digest\s+(?:status|schedule|settings?)\s*[?.!]*\s*$|(?:is|are)\s+(?:the\s+|our\s+|my\s+)?(?:weekly\s+)?digests?\s+(?:on|off|enabled|disabled|active|running|set up|scheduled|subscribed)\b|(?:is|are)\s+(?:we|this channel|you)\s+(?:subscribed|signed up|getting)\b|(?:do|does)\s+(?:we|this channel|i)\s+(?:have|get|receive)\s+(?:a|the)\s+(?:weekly\s+)?digest\b)/i;

/**
 * A digest subscription asked for in words: "set up a digest every monday at 9 in Europe/Berlin", "turn off the
 * digest". Undefined when the text does not ask to turn one on or off. The words it keeps are the command's own
 * (weekday, time, zone), so the result is what `/models digest on …` would read.
 */
export function subscriptionInWords(text: string): DigestCommand | undefined {
  // "Subscribe", "unsubscribe this channel": the digest is what a channel subscribes to.
  const alone = /^\s*(?:please\s+)?(un)?subscribe(?:\s+(?:this channel|the channel|us|me|here))?\s*(?:please\s*)?[.!]*\s*$/i.exec(text);
  if (alone) return alone[1] ? { action: 'off' } : parseDigestCommand('on');
  // "how do I set up a digest?" asks how, and is answered with the forms, not by subscribing.
  if (!/\bdigest\b/i.test(text) || /^\s*how\b/i.test(text)) return undefined;
  // "Digest status", "is the digest on?", "what's our digest schedule?": this channel's subscription, asked, not changed.
  if (DIGEST_STATE_ASKED.test(text)) return { action: 'status' };
  if (/\b(?:turn off|switch off|stop|disable|unsubscribe|cancel|remove|pause|mute|silence|opt out)\b/i.test(text)) return { action: 'off' };
  // "When is our digest sent?", "what time does the digest go out?": this channel's schedule.
  if (/^\s*(?:when|what (?:time|day)|which day)\b/i.test(text) && !/\b(?:changed?|cheaper|pric\w*|new|released?)\b/i.test(text)) return { action: 'status' };
  // "Send the digest on fridays at 10am", "move our digest to tuesday", "digest on fridays at 5pm": a day or a time is a
  // schedule to set.
  const timed = text.split(/[\s?!,.]+/).some((w) => weekdayOf(w) !== undefined || timeOf(w) !== undefined);
  const scheduling = timed && (/\b(?:send|deliver|move|change|switch|reschedule)\b/i.test(text) || /^\s*(?:the\s+|our\s+|weekly\s+)*digest\s+(?:on|every|at)\b/i.test(text));
  if (!scheduling && !/\b(?:set ?up|subscribe|turn on|enable|start|schedule|send (?:us|me)|post)\b/i.test(text)) return undefined;
  const kept: string[] = [];
  const words = text
    .replace(/[?!,.](?=\s|$)/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    const next = words[i + 1];
    if (weekdayOf(w) !== undefined) kept.push(w);
    else if (timeOf(w) !== undefined) kept.push(w);
    else if (/^at$/i.test(w) && next !== undefined && /^\d{1,2}$/.test(next) && Number(next) < 24) {
      kept.push(`${next.padStart(2, '0')}:00`);
      i++;
    } else if (w.includes('/') && isTimeZone(w)) kept.push(w);
    else if (next !== undefined && ZONE_PHRASES[`${w} ${next}`.toLowerCase()]) {
      kept.push(ZONE_PHRASES[`${w} ${next}`.toLowerCase()] as string);
      i++;
    } else if (ZONE_WORDS[w.toLowerCase()]) kept.push(ZONE_WORDS[w.toLowerCase()] as string);
    else {
      // "Berlin time", "in new york": a city's zone, of one word or two.
      const before = words[i - 1]?.toLowerCase();
      const two = next !== undefined ? zoneOfCity(`${w} ${next}`) : undefined;
      const after = (two ? words[i + 2] : next)?.toLowerCase();
      const zone = two ?? zoneOfCity(w);
      if (zone && (after === 'time' || before === 'in')) {
        kept.push(zone);
        if (two) i++;
      } else if (next?.toLowerCase() === 'time' && !/^(?:the|a|any|same|what|this|that|local|our|my|your|lunch|delivery|send|sending)$/i.test(w)) {
        // "9am gotham time": a zone that is no zone is said, not left to become UTC.
        return {
          action: 'error',
          message: `Cannot read “${w} time” as a time zone: name a city (9am Berlin time, at 9 in New York) or an IANA zone such as Europe/Berlin.`,
        };
      }
    }
  }
  const command = parseDigestCommand(['on', ...kept].join(' '));
  return command.action === 'error' ? undefined : command;
}

const UP = /\b(?:more expensive|pricier|costlier|dearer|increas\w*|hikes?|hiked|rais(?:e|ed|es)|rises?|rose|risen|(?:went|gone|go|going|gotten) up)\b/i;
const DOWN = /\b(?:cheaper|less expensive|cuts?|drops?|dropped|lower(?:ed)?|reduc\w*|decreas\w*|fell|fallen|discount\w*|(?:went|gone|go|going|gotten) down)\b/i;

/** Which way the prices asked about moved ("which models got cheaper?", "any price hikes?"); both ways, or neither, is every change. */
export function directionInWords(text: string): PriceDirection | undefined {
  if (/\bup (?:or|and|\/) down\b|\bdown (?:or|and|\/) up\b/i.test(text)) return undefined;
  const up = UP.test(text);
  const down = DOWN.test(text);
  return up === down ? undefined : up ? 'increase' : 'cut';
}
