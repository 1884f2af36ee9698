// App Home's content: what the bot knows, how fresh its prices are, and the workspace's digests.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { helpAnswer, type HelpAnswer, type SubscriptionView } from '../ask/answer.ts';
import { subscriptionView } from './digest.ts';
import { today, type Ports } from './ports.ts';
import type { WatchView } from '../digest/watch.ts';
import { watchView } from './watch.ts';

export interface HomeSummary {
  help: HelpAnswer;
  /** This workspace's digest subscriptions. */
  subscriptions: SubscriptionView[];
  /** This workspace's channel watches and the viewer's own DM watches (never another person's). */
  watches: WatchView[];
  /** Whole days since the newest price check. */
  daysSinceCheck: number;
  /** How many models' current prices were last checked more than 30 and more than 90 days ago (of `models`). */
  stale: { over30: number; over90: number; models: number };
  providers: { name: string; models: number }[];
}

export async function homeSummary(ports: Ports, teamId?: string, userId?: string): Promise<HomeSummary> {
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
