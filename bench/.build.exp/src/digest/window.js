import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { dayWindow, lastSevenDays, previousWeek } from './schedule.js';
export const utcDay = (ymd) => new TZDate(`${ymd}T00:00:00Z`, 'UTC');
export const dayOf = (d) => d.toISOString().slice(0, 10);
export const dayAfter = (ymd) => dayOf(addDays(utcDay(ymd), 1));
export const isDay = (ymd) => !Number.isNaN(utcDay(ymd).getTime()) && dayOf(utcDay(ymd)) === ymd;
const monthStart = (year, month0) => new Date(Date.UTC(year, month0, 1));
export function windowOf(range, now) {
    if (range === 'last-7-days')
        return lastSevenDays(now);
    if (range === 'last-week')
        return previousWeek(now);
    if ('from' in range)
        return dayWindow(range.from, range.to ?? dayOf(lastSevenDays(now).to));
    const tomorrow = lastSevenDays(now).to;
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
        const { fromDay: first, toDay: last } = range;
        const ahead = first.month - 1 > month0 || (first.month - 1 === month0 && first.day > now.getUTCDate());
        const y = ahead ? year - 1 : year;
        const from = addDays(new Date(Date.UTC(y, first.month - 1, first.day)), range.after ? 1 : 0);
        if (!last)
            return { from, to: tomorrow };
        const wraps = last.month < first.month || (last.month === first.month && last.day < first.day);
        return { from, to: addDays(new Date(Date.UTC(wraps ? y + 1 : y, last.month - 1, last.day)), 1) };
    }
    if ('month' in range) {
        const y = range.year ?? (range.ahead ? (range.month - 1 < month0 ? year + 1 : year) : range.month - 1 > month0 ? year - 1 : year);
        const from = monthStart(y, range.month - 1);
        return range.since ? { from, to: tomorrow } : { from, to: monthStart(y, range.month) };
    }
    const quarter0 = month0 - (month0 % 3);
    if ('quarter' in range) {
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
//# sourceMappingURL=window.js.map