// `/models digest …`: preview a week's digest, or turn this channel's subscription on, off, or show it.
// The store and the user's time zone are effects; the digest itself is built by the pure core.
import type { InputProblemAnswer, SubscriptionAnswer, SubscriptionView, UnavailableAnswer } from '../ask/answer.ts';
import { resolveModel } from '../catalog/resolve.ts';
import type { DigestCommand } from '../digest/command.ts';
import { buildDigest, type DigestAnswer } from '../digest/digest.ts';
import { lastDue } from '../digest/schedule.ts';
import { windowOf } from '../digest/window.ts';
import type { Subscription } from '../store/store.ts';
import type { Ports, Where } from './ports.ts';

type Preview = Extract<DigestCommand, { action: 'preview' }>;

type Change = Exclude<DigestCommand, { action: 'preview' | 'error' }>;

export function subscriptionView(sub: Subscription, now: Date): SubscriptionView {
  return {
    channelId: sub.channelId,
    weekday: sub.weekday,
    localTime: sub.localTime,
    timeZone: sub.timeZone,
    providers: sub.providers,
    watched: sub.watched,
    quiet: sub.quiet,
    paused: sub.status === 'paused',
    pausedReason: sub.pausedReason ?? null,
    next: lastDue(sub, now).next.toISOString(),
  };
}

async function channelSubscription(ports: Ports, where: Where): Promise<Subscription | undefined> {
  if (!ports.store) return undefined;
  return (await ports.store.subscriptions({ teamId: where.teamId })).find((s) => s.channelId === where.channelId);
}

/** A week's digest as this channel would get it (its providers and watched models), with accepted sync changes. */
export async function digestPreview(command: Preview, where: Where, ports: Ports): Promise<DigestAnswer> {
  await ports.ready;
  const now = ports.now();
  const window = windowOf(command.range, now);
  const observed = ports.observed ? await ports.observed(window) : [];
  const sub = await channelSubscription(ports, where);
  // Changes are reported against the reviewed catalog: the overlay is what they change.
  return buildDigest(ports.reviewed ?? ports.catalog, observed, window, {
    providers: command.providers ?? sub?.providers,
    watched: sub?.watched,
    timeZone: 'UTC',
    latestRelease: true,
    past: window.to.getTime() <= now.getTime(),
    ...(command.direction ? { direction: command.direction } : {}),
    ...(command.newModels ? { newModels: true } : {}),
  });
}

const problem = (text: string, message: string, forms: string[] = []): InputProblemAnswer => ({ kind: 'input-problem', text, problems: [message], forms });

/** Shows, turns on (or changes) or turns off this channel's subscription. */
export async function subscriptionAnswer(command: Change, where: Where, ports: Ports, text: string): Promise<SubscriptionAnswer | InputProblemAnswer | UnavailableAnswer> {
  await ports.ready;
  const store = ports.store;
  if (!store) return { kind: 'unavailable', what: 'digest', message: 'The weekly digest needs the store, and none is configured here.' };
  const now = ports.now();
  const current = await channelSubscription(ports, where);
  if (command.action === 'status') return { kind: 'subscription', change: 'status', subscription: current ? subscriptionView(current, now) : null, removed: false };
  if (command.action === 'off') {
    const removed = await store.unsubscribe(where.teamId, where.channelId);
    return { kind: 'subscription', change: 'off', subscription: null, removed };
  }
  const { catalog } = ports;
  const unknown = (command.providers ?? []).filter((p) => !catalog.providers.some((x) => x.id === p));
  if (unknown.length > 0)
    return problem(text, `Unknown provider${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`, [`Providers: ${catalog.providers.map((p) => p.id).join(', ')}.`]);
  const watched: string[] = [];
  for (const name of command.watched ?? []) {
    const r = resolveModel(catalog, name);
    if (r.kind === 'ambiguous')
      return problem(
        text,
        `Cannot watch “${name}”: it matches ${r.candidates
          .slice(0, 4)
          .map((m) => m.id)
          .join(', ')}.`,
      );
    if (r.kind === 'unknown')
      return problem(text, `Cannot watch “${name}”: no such model${r.suggestions.length > 0 ? `; did you mean ${r.suggestions.map((m) => m.id).join(', ')}?` : '.'}`);
    watched.push(r.model.id);
  }
  const timeZone = command.timeZone ?? current?.timeZone ?? (await where.userTimeZone?.().catch(() => undefined)) ?? 'UTC';
  const sub = await store.subscribe(
    {
      teamId: where.teamId,
      channelId: where.channelId,
      createdBy: where.userId,
      weekday: command.weekday ?? current?.weekday ?? 1,
      localTime: command.localTime ?? current?.localTime ?? '09:00',
      timeZone,
      providers: command.providers ?? current?.providers ?? [],
      watched: command.watched ? watched : (current?.watched ?? []),
      quiet: command.quiet ?? current?.quiet ?? 'line',
    },
    now,
  );
  return { kind: 'subscription', change: 'on', subscription: subscriptionView(sub, now), removed: false };
}
