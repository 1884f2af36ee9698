// When each subscription's digest is due: the most recent (weekday, local time) in its time zone.
// Pure: `now` is passed in. Weeks that cross a DST change keep their wall-clock time, so such a
// window is 167 or 169 hours long, as the clocks say.
import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { getISODay } from 'date-fns/getISODay';
import { startOfDay } from 'date-fns/startOfDay';
import { subDays } from 'date-fns/subDays';

export interface Schedule {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** "HH:MM", 24-hour. */
  localTime: string;
  /** IANA time zone, e.g. Europe/Berlin. */
  timeZone: string;
}

/** What a channel's digest subscription chooses: when it comes, which providers and models it covers, and what a quiet week posts. */
export interface DigestChoice extends Schedule {
  providers: string[];
  watched: string[];
  quiet: 'line' | 'skip';
}

export interface Due {
  /** The instant the digest was due (the most recent slot at or before now). */
  due: Date;
  /** The next slot; a digest not posted by then is no longer posted (the week has passed). */
  next: Date;
  /** The local date of `due`: the key of the delivery (one per channel and week). */
  weekStart: string;
  /** The week the digest covers: [from, to) = the 7 local days before `due`. */
  window: { from: Date; to: Date };
}

/** The weekdays in ISO order (index 0 = ISO weekday 1 = Monday): the one list every face words from. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export type Weekday = (typeof WEEKDAYS)[number];

function weekdayAt(isoWeekday: number): Weekday {
  const day = WEEKDAYS[isoWeekday - 1];
  if (day === undefined) throw new RangeError(`not an ISO weekday (1–7): ${isoWeekday}`);
  return day;
}

/** ISO weekday → its name as shown: 1 → "Monday". */
export function weekdayName(isoWeekday: number): string {
  const day = weekdayAt(isoWeekday);
  return day.charAt(0).toUpperCase() + day.slice(1);
}

/** ISO weekday → the recurring form: 1 → "Mondays". */
export function weekdayPlural(isoWeekday: number): string {
  return `${weekdayName(isoWeekday)}s`;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function slot(base: TZDate, daysBack: number, hours: number, minutes: number, zone: string): TZDate {
  const day = subDays(base, daysBack);
  return new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes, zone);
}

export function lastDue(schedule: Schedule, now: Date): Due {
  const [hours = 0, minutes = 0] = schedule.localTime.split(':').map(Number);
  const local = new TZDate(now.getTime(), schedule.timeZone);
  const back = (getISODay(local) - schedule.weekday + 7) % 7;
  let due = slot(local, back, hours, minutes, schedule.timeZone);
  if (due.getTime() > now.getTime()) due = slot(local, back + 7, hours, minutes, schedule.timeZone);
  const from = slot(due, 7, hours, minutes, schedule.timeZone);
  const next = slot(addDays(due, 7), 0, hours, minutes, schedule.timeZone);
  return {
    due: new Date(due.getTime()),
    next: new Date(next.getTime()),
    weekStart: format(due, 'yyyy-MM-dd'),
    window: { from: new Date(from.getTime()), to: new Date(due.getTime()) },
  };
}

/** The window [from, to) of whole UTC days for the CLI and previews: "2026-05-18..2026-05-25". */
export function dayWindow(fromDate: string, toDate: string): { from: Date; to: Date } {
  return { from: new Date(`${fromDate}T00:00:00Z`), to: new Date(`${toDate}T00:00:00Z`) };
}

/** The last 7 days up to and including today (UTC days): [today − 6, tomorrow). */
export function lastSevenDays(now: Date): { from: Date; to: Date } {
  const tomorrow = addDays(startOfDay(new TZDate(now.getTime(), 'UTC')), 1);
  return { from: new Date(subDays(tomorrow, 7).getTime()), to: new Date(tomorrow.getTime()) };
}

/** The last full week, Monday 00:00 to Monday 00:00 UTC, before the current one. */
export function previousWeek(now: Date): { from: Date; to: Date } {
  return lastDue({ weekday: 1, localTime: '00:00', timeZone: 'UTC' }, now).window;
}
