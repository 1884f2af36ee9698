import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { helpAnswer } from '../ask/answer.js';
import { subscriptionView } from './digest.js';
import { today } from './ports.js';
import { watchView } from './watch.js';
export async function homeSummary(ports, teamId, userId) {
    const help = helpAnswer(ports.catalog, today(ports));
    await ports.ready;
    const subs = ports.store && teamId ? await ports.store.subscriptions({ teamId }) : [];
    const watches = ports.store && teamId ? (await ports.store.watches({ teamId })).filter((w) => w.channelId !== w.createdBy || w.channelId === userId) : [];
    const now = ports.now();
    const { within30, within90, priced } = help.freshness;
    return {
        stale: { over30: priced - within30, over90: priced - within90, models: priced },
        help,
        subscriptions: subs.map((s) => subscriptionView(s, now)),
        watches: watches.map((w) => watchView(ports.catalog, w)),
        daysSinceCheck: Math.max(0, differenceInCalendarDays(parseISO(today(ports)), parseISO(help.checkedNewest))),
        providers: ports.catalog.providers.map((p) => ({ name: p.name, models: ports.catalog.models.filter((m) => m.provider === p.id).length })),
    };
}
//# sourceMappingURL=home.js.map