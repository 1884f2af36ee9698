import { describe, expect, it } from 'vitest';
import { lastDue, lastSevenDays, previousWeek, weekdayName, weekdayPlural, WEEKDAYS } from '../../src/digest/schedule.ts';

const at = (iso: string) => new Date(iso);

describe('when a digest is due', () => {
  it('Monday 09:00 Berlin in winter is 08:00 UTC; the window is the 7 days before it', () => {
    const d = lastDue({ weekday: 1, localTime: '09:00', timeZone: 'Europe/Berlin' }, at('2026-11-23T08:00:00Z'));
    expect(d.due.toISOString()).toBe('2026-11-23T08:00:00.000Z');
    expect(d.weekStart).toBe('2026-11-23');
    expect(d.window.from.toISOString()).toBe('2026-11-16T08:00:00.000Z');
    expect(d.next.toISOString()).toBe('2026-11-30T08:00:00.000Z');
  });

  it('one minute early, the slot is still last week’s', () => {
    const d = lastDue({ weekday: 1, localTime: '09:00', timeZone: 'Europe/Berlin' }, at('2026-11-23T07:59:00Z'));
    expect(d.weekStart).toBe('2026-11-16');
  });

  it('a week across the autumn DST change is 169 hours and keeps 09:00 local at both ends', () => {
    // Europe/Berlin leaves summer time on 2026-10-25.
    const d = lastDue({ weekday: 1, localTime: '09:00', timeZone: 'Europe/Berlin' }, at('2026-10-26T12:00:00Z'));
    expect(d.due.toISOString()).toBe('2026-10-26T08:00:00.000Z');
    expect(d.window.from.toISOString()).toBe('2026-10-19T07:00:00.000Z');
    expect((d.window.to.getTime() - d.window.from.getTime()) / 3_600_000).toBe(169);
  });

  it('a week across the spring DST change in New York is 167 hours', () => {
    // America/New_York starts daylight time on 2026-03-08.
    const d = lastDue({ weekday: 2, localTime: '08:30', timeZone: 'America/New_York' }, at('2026-03-10T20:00:00Z'));
    expect(d.due.toISOString()).toBe('2026-03-10T12:30:00.000Z');
    expect(d.window.from.toISOString()).toBe('2026-03-03T13:30:00.000Z');
    expect((d.window.to.getTime() - d.window.from.getTime()) / 3_600_000).toBe(167);
  });

  it('uses the local weekday, not the UTC one (Tokyo Monday 07:00 is Sunday in UTC)', () => {
    const d = lastDue({ weekday: 1, localTime: '07:00', timeZone: 'Asia/Tokyo' }, at('2026-11-22T22:30:00Z'));
    expect(d.due.toISOString()).toBe('2026-11-22T22:00:00.000Z');
    expect(d.weekStart).toBe('2026-11-23');
  });

  it('handles half-hour zones and Sunday slots', () => {
    const d = lastDue({ weekday: 7, localTime: '18:00', timeZone: 'Asia/Kolkata' }, at('2026-11-25T00:00:00Z'));
    expect(d.due.toISOString()).toBe('2026-11-22T12:30:00.000Z');
    expect(d.weekStart).toBe('2026-11-22');
  });

  it('gives the CLI windows in whole UTC days', () => {
    expect(lastSevenDays(at('2026-11-22T15:00:00Z'))).toEqual({ from: at('2026-11-16T00:00:00Z'), to: at('2026-11-23T00:00:00Z') });
    expect(previousWeek(at('2026-11-22T15:00:00Z'))).toEqual({ from: at('2026-11-09T00:00:00Z'), to: at('2026-11-16T00:00:00Z') });
  });

  it('keeps whole UTC days at the edges of a day and across a month end', () => {
    expect(lastSevenDays(at('2026-03-01T00:00:00Z'))).toEqual({ from: at('2026-02-23T00:00:00Z'), to: at('2026-03-02T00:00:00Z') });
    expect(lastSevenDays(at('2026-12-31T23:59:59Z'))).toEqual({ from: at('2026-12-25T00:00:00Z'), to: at('2027-01-01T00:00:00Z') });
  });
});

describe('weekdays', () => {
  it('words each ISO weekday from the one list', () => {
    expect(WEEKDAYS).toHaveLength(7);
    expect(weekdayName(1)).toBe('Monday');
    expect(weekdayName(7)).toBe('Sunday');
    expect(weekdayPlural(3)).toBe('Wednesdays');
    expect(WEEKDAYS.map((_, i) => weekdayName(i + 1))).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
  });

  it('refuses a number that is not an ISO weekday', () => {
    expect(() => weekdayName(0)).toThrow(RangeError);
    expect(() => weekdayPlural(8)).toThrow(RangeError);
  });
});
