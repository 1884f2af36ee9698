import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { scheduledChanges } from '../catalog/history.js';
import { exact, priceProfile } from './price.js';
import { DAYS_PER_MONTH } from './profile.js';
import { spanUsd, termMonths } from './span.js';
const utcDay = (ymd) => new TZDate(`${ymd}T00:00:00Z`, 'UTC');
function termDays(term) {
    if (term.unit === 'day' || term.unit === 'week')
        return term.count * (term.unit === 'week' ? 7 : 1);
    return termMonths(term) * DAYS_PER_MONTH;
}
export function termCostFor(model, profile, asOf, term, monthlyUsd) {
    const days = termDays(term);
    const dayOf = (ymd) => differenceInCalendarDays(utcDay(ymd), utcDay(asOf));
    const within = scheduledChanges(model, asOf).filter((p) => dayOf(p.from) < days);
    if (within.length === 0)
        return { term, usd: spanUsd(monthlyUsd, term) };
    let usd = 0;
    let month = monthlyUsd;
    let from = 0;
    for (const change of within) {
        const at = dayOf(change.from);
        usd += (month * (at - from)) / DAYS_PER_MONTH;
        const next = priceProfile(model, profile, change.from);
        if (!next.ok)
            return { term, usd: spanUsd(monthlyUsd, term), changes: within.map((p) => p.from), partial: true };
        month = next.monthlyUsd;
        from = at;
    }
    usd += (month * (days - from)) / DAYS_PER_MONTH;
    return { term, usd: exact(usd), changes: within.map((p) => p.from) };
}
//# sourceMappingURL=term-cost.js.map