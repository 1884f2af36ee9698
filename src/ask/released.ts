// Release dates as a filter: "released this year", "launched since september", "came out in 2025", "released in the
// last 3 months", "released after 2026-06-01". The window stays in words on the Query (the core never reads the
// clock); the answer turns it into dates on the day it is asked (releaseBounds).
import { subDays } from 'date-fns/subDays';
import { subMonths } from 'date-fns/subMonths';
import { subWeeks } from 'date-fns/subWeeks';
import { subYears } from 'date-fns/subYears';
import { NUMBER_WORDS } from '../cost/parse.ts';
import { MONTH_DAY, MONTH_WORD, monthOf, rangeInWords, rangeProblem, rangeWords, TO_DAY, type DigestRange } from '../digest/command.ts';
import { dayAfter, dayOf, isDay, utcDay, windowOf } from '../digest/window.ts';

export type ReleaseUnit = 'day' | 'week' | 'month' | 'year';

/** A release window as asked: calendar words, a year, a first day, or a span back from the day asked. */
export type ReleaseWindow =
  /**
   * "this year", "since october", "in november", "last quarter", "between march and june" (the digest's windows); with
   * its days, "between march and june 2026" (`to` not included).
   */
  | { range: Exclude<DigestRange, 'last-7-days' | { from: string; to?: string }> | { from: string; to: string } }
  /** "in 2025" (that year), "since 2025" (from its start). */
  | { year: number; since: boolean }
  /** "since 2026-06-01", "after 2026-06-01" (the day after). */
  | { since: string }
  /** "in the last 3 months", "past week". */
  | { last: number; unit: ReleaseUnit }
  /** "before june 2026", "prior to 2026", "before 2026-03-01": released before that day (YYYY-MM-DD). */
  | { before: string };

/** The calendar words a window may be. */
type WindowRange = Extract<ReleaseWindow, { range: unknown }>['range'];

/** Words that say the window is about a release. */
const RELEASED = /\b(?:release[ds]?|launched|came out|come out|shipped|published|introduced|announced|out)\b/gi;
// "In the last 3 months", "past week"; a bare "last month" is the calendar month before this one (rangeInWords).
const SPAN = /^\s*(?:(?:with)?in\s+|over\s+)?(?:the\s+)?(last|past)\s+(\d{1,3}|an?|one|two|three|four|five|six|nine|twelve)?\s*(day|week|month|year)s?\b/i;
const THIS_WEEK = /^\s*(?:(?:with)?in\s+|during\s+)?(?:this|the current|current)\s+week\b/i;
const SINCE_DAY = /^\s*(since|after|from|on or after)\s+(\d{4}-\d{2}-\d{2})\b/i;
const YEAR = /^\s*(in|during|since|from|after)\s+(20\d{2})\b(?!-\d)/i;
/** "Before june 2026", "prior to 2026", "before 2026-03-01": a month with its year, a year, or a day. */
const BEFORE = new RegExp(String.raw`^\s*(?:before|prior to|earlier than|until)\s+(?:${MONTH_WORD},?\s+(20\d{2})\b(?!-\d)|(20\d{2})\b(?!-\d)|(\d{4}-\d{2}-\d{2})\b)`, 'i');
/** Days of months in words, one or two, after the release word: "between september 1 and october 15", "since oct 1st". */
const DAYS_IN_WORDS = new RegExp(String.raw`^\s*(?:(?:between|from|since|after|on or after|on)\s+)?${MONTH_DAY}(?:${TO_DAY})?`, 'i');
/** Months or days from one to another: "between march and june 2026", "from jan to mar", "2026-03-01..2026-07-01". */
const SPAN_OF_MONTHS = new RegExp(
  String.raw`^\s*(?:(?:between|from)\s+${MONTH_WORD}(?:,?\s+20\d{2})?\s*(?:and|to|through|thru|until|till|–|—|-)\s*${MONTH_WORD}|(?:in\s+)?${MONTH_WORD}(?:,?\s+20\d{2})?\s*[–—-]\s*${MONTH_WORD})\b(?!\s+\d{1,2}\b)(?:,?\s+20\d{2}\b)?|^\s*(?:between|from)?\s*\d{4}-\d{2}-\d{2}\s*(?:\.\.|–|—|-{1,2}|to|and|through|until)\s*\d{4}-\d{2}-\d{2}\b`,
  'i',
);
/** How far after the release word the window may start ("released by openai this year"). */
const REACH = 40;

/** Who released it, between the release word and the window ("released by anthropic this year"): kept for the filters. */
const BY_WHOM = /^\s*(?:by|from)\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?/i;

/**
 * The release window a text asks for, the span of its phrase (the release word to the window's end), and the words
 * inside it that are not the window's ("by anthropic"), to be read by the other filters.
 */
export function releaseWindowInWords(text: string): { window: ReleaseWindow; start: number; end: number; keep: string } | undefined {
  for (const m of text.matchAll(RELEASED)) {
    const start = m.index;
    const after = text.slice(m.index + m[0].length);
    const found = windowAfter(after.slice(0, REACH));
    if (found) return { window: found.window, start, end: m.index + m[0].length + found.length, keep: '' };
    // "by anthropic this year": one or two words of who, then the window.
    const by = BY_WHOM.exec(after);
    for (const who of by ? [by[0].replace(/\s+\S+$/, ''), by[0]] : []) {
      const later = windowAfter(after.slice(who.length, who.length + REACH));
      if (later && /^\s*(?:by|from)\s+\S/i.test(who)) return { window: later.window, start, end: m.index + m[0].length + who.length + later.length, keep: who };
    }
  }
  return undefined;
}

function windowAfter(text: string): { window: ReleaseWindow; length: number } | undefined {
  // "This week" is the digest's week, the last seven days: a span back from the day asked.
  const week = THIS_WEEK.exec(text);
  if (week) return { window: { last: 1, unit: 'week' }, length: week[0].length };
  const span = SPAN.exec(text);
  const calendar = span !== null && span[2] === undefined && /^\s*last\b/i.test(text) && /^(?:week|month|year)$/i.test(span[3] ?? '');
  if (span && !calendar) {
    const n = span[2];
    const last = n === undefined ? 1 : (NUMBER_WORDS[n.toLowerCase()] ?? Number(n));
    return { window: { last, unit: (span[3] ?? 'month').toLowerCase() as ReleaseUnit }, length: span[0].length };
  }
  const day = SINCE_DAY.exec(text);
  // A day that is not one ("2026-02-30") is kept as written, for the reader to refuse.
  if (day) {
    const written = day[2] as string;
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
  // "Between march and june 2026": those months, whole.
  const months = SPAN_OF_MONTHS.exec(text);
  const spanned = months ? rangeInWords(months[0]) : undefined;
  if (months && spanned && typeof spanned === 'object' && ('fromDay' in spanned || ('from' in spanned && spanned.to !== undefined)))
    return { window: { range: spanned as WindowRange }, length: months[0].length };
  // Days in words ("between september 1 and october 15", "since october 1"), placed on the day asked.
  const days = DAYS_IN_WORDS.exec(text);
  const named = days ? rangeInWords(days[0]) : undefined;
  const length = days?.[0].length ?? 0;
  if (named && typeof named === 'object' && 'fromDay' in named) return { window: { range: named }, length };
  // With its year ("since october 15, 2026"), a first day as written.
  if (named && typeof named === 'object' && 'from' in named && named.to === undefined) return { window: { since: named.from }, length };
  // Calendar words right after the release word ("this year", "since october", "in november 2025", "last quarter").
  const lead = /^\s*(?:(?:in|during|since|from|after|over|this|last|the|current|so far|previous|past)\b\s*)*[\w-]+(?:\s+(?:year|month|quarter))?(?:,?\s+20\d{2}\b)?/i.exec(text);
  const range = lead ? rangeInWords(lead[0]) : undefined;
  if (range && range !== 'last-7-days' && !(typeof range === 'object' && 'from' in range)) return { window: { range }, length: (lead as RegExpExecArray)[0].length };
  return undefined;
}

const SUBTRACT: Record<ReleaseUnit, (d: Date, n: number) => Date> = { day: subDays, week: subWeeks, month: subMonths, year: subYears };

/** What is wrong with a window as read, if anything: a span of no days, or a day the calendar does not have. */
export function windowProblem(w: ReleaseWindow): string | undefined {
  if ('last' in w && w.last < 1) return `A window of ${w.last} ${w.unit}s has no days: ask for at least 1, such as released in the last 3 months.`;
  if ('since' in w && typeof w.since === 'string' && !isDay(w.since)) return `Cannot read ${w.since} as a day of the calendar: give one such as released after 2026-06-01.`;
  if ('before' in w && !isDay(w.before)) return `Cannot read ${w.before} as a day of the calendar: give one such as released before 2026-06-01.`;
  if ('range' in w) return rangeProblem(w.range);
  return undefined;
}

/** The days a window means on `asOf` (YYYY-MM-DD, UTC), first and last included; it never ends after `asOf`. */
export function releaseBounds(window: ReleaseWindow, asOf: string): { from?: string; to: string } {
  const { from, to } = calendarBounds(window, asOf);
  return { from, to: to < asOf ? to : asOf };
}

/** The days a window names, to its calendar end ("in 2026" is all of 2026). */
function calendarBounds(window: ReleaseWindow, asOf: string): { from?: string; to: string } {
  const today = utcDay(asOf);
  if ('range' in window) {
    const { from, to } = windowOf(window.range, today);
    return { from: dayOf(from), to: dayOf(subDays(to, 1)) };
  }
  if ('year' in window) return { from: `${window.year}-01-01`, to: window.since ? asOf : `${window.year}-12-31` };
  if ('since' in window) return { from: window.since, to: asOf };
  // Before a day: every release up to the day before it.
  if ('before' in window) return { to: dayOf(subDays(utcDay(window.before), 1)) };
  return { from: dayOf(SUBTRACT[window.unit](today, window.last)), to: asOf };
}

/** The window in words that read back as the same window ("released in the last 3 months"). */
export function releaseWindowText(window: ReleaseWindow): string {
  if ('year' in window) return `released ${window.since ? 'since' : 'in'} ${window.year}`;
  if ('since' in window) return `released since ${window.since}`;
  if ('before' in window) return `released before ${window.before}`;
  if ('last' in window) return `released in the last ${window.last} ${window.unit}${window.last === 1 ? '' : 's'}`;
  return `released ${rangeWords(window.range)}`;
}
