import { TZDate } from '@date-fns/tz';
import { addDays } from 'date-fns/addDays';
import { format } from 'date-fns/format';
import { getISODay } from 'date-fns/getISODay';
import { startOfDay } from 'date-fns/startOfDay';
import { subDays } from 'date-fns/subDays';
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
function weekdayAt(isoWeekday) {
    const day = WEEKDAYS[isoWeekday - 1];
    if (day === undefined)
        throw new RangeError(`not an ISO weekday (1–7): ${isoWeekday}`);
    return day;
}
export function weekdayName(isoWeekday) {
    const day = weekdayAt(isoWeekday);
    return day.charAt(0).toUpperCase() + day.slice(1);
}
export function weekdayPlural(isoWeekday) {
    return `${weekdayName(isoWeekday)}s`;
}
export function isTimeZone(zone) {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return true;
    }
    catch {
        return false;
    }
}
function slot(base, daysBack, hours, minutes, zone) {
    const day = subDays(base, daysBack);
    return new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes, zone);
}
export function lastDue(schedule, now) {
    const [hours = 0, minutes = 0] = schedule.localTime.split(':').map(Number);
    const local = new TZDate(now.getTime(), schedule.timeZone);
    const back = (getISODay(local) - schedule.weekday + 7) % 7;
    let due = slot(local, back, hours, minutes, schedule.timeZone);
    if (due.getTime() > now.getTime())
        due = slot(local, back + 7, hours, minutes, schedule.timeZone);
    const from = slot(due, 7, hours, minutes, schedule.timeZone);
    const next = slot(addDays(due, 7), 0, hours, minutes, schedule.timeZone);
    return {
        due: new Date(due.getTime()),
        next: new Date(next.getTime()),
        weekStart: format(due, 'yyyy-MM-dd'),
        window: { from: new Date(from.getTime()), to: new Date(due.getTime()) },
    };
}
export function dayWindow(fromDate, toDate) {
    return { from: new Date(`${fromDate}T00:00:00Z`), to: new Date(`${toDate}T00:00:00Z`) };
}
export function lastSevenDays(now) {
    const tomorrow = addDays(startOfDay(new TZDate(now.getTime(), 'UTC')), 1);
    return { from: new Date(subDays(tomorrow, 7).getTime()), to: new Date(tomorrow.getTime()) };
}
export function previousWeek(now) {
    return lastDue({ weekday: 1, localTime: '00:00', timeZone: 'UTC' }, now).window;
}
//# sourceMappingURL=schedule.js.map