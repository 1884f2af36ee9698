// The dates a window in words means on a given day: the core keeps "this month" or "since october" as words (it never
// reads the clock), and whoever knows the day turns them into dates.
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import type { DigestRange } from './command.ts';
import { dayWindow, lastSevenDays, previousWeek } from './schedule.ts';

/** A day's midnight in UTC, in which date-fns counts days and months (no local time zone or summer time). */
export const utcDay = (ymd: string) => new TZDate(`${ymd}T00:00:00Z`, 'UTC');
/** A UTC day as YYYY-MM-DD. */
export const dayOf = (d: Date) => d.toISOString().slice(0, 10);
/** The day after a YYYY-MM-DD. */
export const dayAfter = (ymd: string): string => dayOf(addDays(utcDay(ymd), 1));
/** Whether a YYYY-MM-DD is a day of the calendar (not "2026-02-30", which a Date would roll into March). */
export const isDay = (ymd: string): boolean => !Number.isNaN(utcDay(ymd).getTime()) && dayOf(utcDay(ymd)) === ymd;

const monthStart = (year: number, month0: number) => new Date(Date.UTC(year, month0, 1));

/**
 * The dates a range means on `now` (UTC days, [from, to)): calendar months and quarters, a named month's most recent
 * occurrence (this month's included), and "since <month>" up to and including today.
 */
export function windowOf(range: DigestRange, now: Date): { from: Date; to: Date } {
  if (range === 'last-7-days') return lastSevenDays(now);
  if (range === 'last-week') return previousWeek(now);
  // Without a last day: up to and including today.
  if ('from' in range) return dayWindow(range.from, range.to ?? dayOf(lastSevenDays(now).to));
  const tomorrow = lastSevenDays(now).to;
  // The last N days, weeks or months, today included.
  if ('last' in range) {
    const { last, unit } = range;
    return {
      from: unit === 'day' || unit === 'week' ? addDays(tomorrow, -last * (unit === 'week' ? 7 : 1)) : addMonths(tomorrow, -last * (unit === 'year' ? 12 : 1)),
      to: tomorrow,
    };
  }
  const year = now.getUTCFullYear();
  const month0 = now.getUTCMonth();
  if ('fromDay' in range) {
    // The most recent such first day, today's included ("since october 1" in March is last October's); the last day is
    // in the same year, or the next when it falls before the first ("december 15 to january 10").
    const { fromDay: first, toDay: last } = range;
    const ahead = first.month - 1 > month0 || (first.month - 1 === month0 && first.day > now.getUTCDate());
    const y = ahead ? year - 1 : year;
    const from = addDays(new Date(Date.UTC(y, first.month - 1, first.day)), range.after ? 1 : 0);
    if (!last) return { from, to: tomorrow };
    const wraps = last.month < first.month || (last.month === first.month && last.day < first.day);
    return { from, to: addDays(new Date(Date.UTC(wraps ? y + 1 : y, last.month - 1, last.day)), 1) };
  }
  if ('month' in range) {
    // The month of the year named, else the most recent such month: "in november" in March means last November; asked
    // ahead, the next one ("changing in january" in December means next January; this month's counts as next).
    const y = range.year ?? (range.ahead ? (range.month - 1 < month0 ? year + 1 : year) : range.month - 1 > month0 ? year - 1 : year);
    const from = monthStart(y, range.month - 1);
    return range.since ? { from, to: tomorrow } : { from, to: monthStart(y, range.month) };
  }
  const quarter0 = month0 - (month0 % 3);
  if ('quarter' in range) {
    // The most recent such quarter, this one included: "in q3" in February means last year's.
    const first0 = (range.quarter - 1) * 3;
    const y = range.year ?? (first0 > month0 ? year - 1 : year);
    return { from: monthStart(y, first0), to: first0 === quarter0 && y === year ? tomorrow : monthStart(y, first0 + 3) };
  }
  switch (range.period) {
    case 'today':
      return { from: addDays(tomorrow, -1), to: tomorrow };
    case 'yesterday':
      return { from: addDays(tomorrow, -2), to: addDays(tomorrow, -1) };
    case 'this-month':
      return { from: monthStart(year, month0), to: tomorrow };
    case 'last-month':
      return { from: monthStart(year, month0 - 1), to: monthStart(year, month0) };
    case 'since-last-month':
      return { from: monthStart(year, month0 - 1), to: tomorrow };
    case 'this-quarter':
      return { from: monthStart(year, quarter0), to: tomorrow };
    case 'last-quarter':
      return { from: monthStart(year, quarter0 - 3), to: monthStart(year, quarter0) };
    case 'next-month':
      return { from: monthStart(year, month0 + 1), to: monthStart(year, month0 + 2) };
    case 'this-year':
      return { from: monthStart(year, 0), to: tomorrow };
    case 'last-year':
      return { from: monthStart(year - 1, 0), to: monthStart(year, 0) };
    case 'next-year':
      return { from: monthStart(year + 1, 0), to: monthStart(year + 2, 0) };
  }
}
