// Retirement dates as a filter on a ranking of models on their way out: "which models retire this year?", "deprecated
// in the next 3 months", "retiring in 2027", "retiring before march". The window stays in words on the Query (the core
// never reads the clock); the answer turns it into days on the day it is asked (retireBounds), from that day on.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { endOfMonth } from 'date-fns/endOfMonth';
import { endOfQuarter } from 'date-fns/endOfQuarter';
import { startOfMonth } from 'date-fns/startOfMonth';
import { startOfQuarter } from 'date-fns/startOfQuarter';
import { NUMBER_WORDS } from '../cost/parse.ts';
import { MONTH_WORD, MONTHS, monthOf } from '../digest/command.ts';
import { dayOf, isDay, utcDay } from '../digest/window.ts';

type Unit = 'day' | 'week' | 'month' | 'year';
type Calendar = 'month' | 'quarter' | 'year';

export type RetireWindow =
  /** "this month", "this year", "by the end of the quarter": from the day asked to the end of that calendar unit. */
  | { until: Calendar }
  /** "next month", "next year": that whole calendar unit. */
  | { next: Calendar }
  /** "in the next 3 months", "within 90 days": from the day asked, that long. */
  | { within: number; unit: Unit }
  /** "in 2027": that year. */
  | { year: number }
  /** "before 2027-03-01", "by june 2027", "before 2028": up to the day before. */
  | { before: string }
  /** "before march": up to the day before the next first of that month (1 = January). */
  | { beforeMonth: number };

/** How many days, weeks, months or years: in digits or one word ("three", "a"). */
const COUNT = String.raw`(\d{1,3}|${Object.keys(NUMBER_WORDS)
  .filter((w) => /^[a-z]+$/.test(w))
  .join('|')})`;

/** Each form, tried in this order ("the next 3 months" before "next month"). */
const FORMS: [RegExp, (m: RegExpExecArray) => RetireWindow | undefined][] = [
  [
    new RegExp(
      String.raw`\b(?:(?:in|within|over|during)\s+)?(?:the\s+)?(?:next|coming)\s+${COUNT}\s+(day|week|month|year)s?\b|\bwithin\s+${COUNT}\s+(day|week|month|year)s?\b`,
      'i',
    ),
    (m) => {
      const [n = '', unit = ''] = m[1] !== undefined ? [m[1], m[2]] : [m[3], m[4]];
      return { within: NUMBER_WORDS[n.toLowerCase()] ?? Number(n), unit: unit.toLowerCase() as Unit };
    },
  ],
  [
    /\b(?:this|the current|current)\s+(month|quarter|year)\b|\b(?:by|before)\s+(?:the\s+)?end\s+of\s+(?:the|this)\s+(month|quarter|year)\b/i,
    (m) => ({ until: (m[1] ?? m[2] ?? 'year').toLowerCase() as Calendar }),
  ],
  [/\bnext\s+(month|quarter|year)\b/i, (m) => ({ next: (m[1] ?? 'year').toLowerCase() as Calendar })],
  [/\b(?:in|during)\s+(20\d{2})\b(?!-\d)/i, (m) => ({ year: Number(m[1]) })],
  [
    new RegExp(String.raw`\b(?:before|by|until|prior to)\s+(?:(\d{4}-\d{2}-\d{2})\b|${MONTH_WORD}(?:,?\s+(20\d{2}))?\b|(20\d{2})\b(?!-\d))`, 'i'),
    (m) => {
      const [, day, month, monthYear, year] = m;
      if (day) return { before: day };
      if (year) return { before: `${year}-01-01` };
      const number = monthOf(month ?? '');
      if (number === undefined) return undefined;
      return monthYear ? { before: `${monthYear}-${String(number).padStart(2, '0')}-01` } : { beforeMonth: number };
    },
  ],
];

/** The retirement window a text asks for, and where its phrase is; undefined when it names none. */
export function retireWindowInWords(text: string): { window: RetireWindow; start: number; end: number } | undefined {
  for (const [form, read] of FORMS) {
    const m = form.exec(text);
    const window = m ? read(m) : undefined;
    if (m && window) return { window, start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** What is wrong with a window as read, if anything: a span of no days, or a day the calendar does not have. */
export function retireWindowProblem(w: RetireWindow): string | undefined {
  if ('within' in w && w.within < 1) return `A window of ${w.within} ${w.unit}s has no days: ask for at least 1, such as retiring in the next 3 months.`;
  if ('before' in w && !isDay(w.before)) return `Cannot read ${w.before} as a day of the calendar: give one such as retiring before 2027-06-01.`;
  return undefined;
}

// Days are UTC midnights (utcDay), in which date-fns counts months and quarters.
const CALENDAR_END: Record<Calendar, (d: Date) => Date> = { month: endOfMonth, quarter: endOfQuarter, year: (d) => utcDay(`${d.getUTCFullYear()}-12-31`) };
const CALENDAR_START: Record<Calendar, (d: Date) => Date> = { month: startOfMonth, quarter: startOfQuarter, year: (d) => utcDay(`${d.getUTCFullYear()}-01-01`) };
const CALENDAR_NEXT: Record<Calendar, (d: Date) => Date> = { month: (d) => addMonths(d, 1), quarter: (d) => addMonths(d, 3), year: (d) => addYears(d, 1) };
const ADD: Record<Unit, (d: Date, n: number) => Date> = { day: addDays, week: addWeeks, month: addMonths, year: addYears };

/** The days a window means on `asOf` (YYYY-MM-DD, UTC), first and last included; it never starts before `asOf`. */
export function retireBounds(window: RetireWindow, asOf: string): { from: string; to: string } {
  const today = utcDay(asOf);
  const later = (day: string) => (day < asOf ? asOf : day);
  if ('until' in window) return { from: asOf, to: dayOf(CALENDAR_END[window.until](today)) };
  if ('next' in window) {
    const next = CALENDAR_NEXT[window.next](CALENDAR_START[window.next](today));
    return { from: dayOf(next), to: dayOf(CALENDAR_END[window.next](next)) };
  }
  if ('within' in window) return { from: asOf, to: dayOf(ADD[window.unit](today, window.within)) };
  if ('year' in window) return { from: later(`${window.year}-01-01`), to: `${window.year}-12-31` };
  if ('before' in window) return { from: asOf, to: dayOf(addDays(utcDay(window.before), -1)) };
  // The next first of that month after today (this year's, or next year's once it has passed).
  const year = today.getUTCFullYear() + (window.beforeMonth - 1 > today.getUTCMonth() ? 0 : 1);
  return { from: asOf, to: dayOf(addDays(utcDay(`${year}-${String(window.beforeMonth).padStart(2, '0')}-01`), -1)) };
}

/** The window in words that read back as the same window ("retiring in the next 3 months"). */
export function retireWindowText(window: RetireWindow): string {
  if ('until' in window) return `this ${window.until}`;
  if ('next' in window) return `next ${window.next}`;
  if ('within' in window) return `in the next ${window.within} ${window.unit}${window.within === 1 ? '' : 's'}`;
  if ('year' in window) return `in ${window.year}`;
  if ('before' in window) return `before ${window.before}`;
  return `before ${MONTHS[window.beforeMonth - 1] ?? 'january'}`;
}
