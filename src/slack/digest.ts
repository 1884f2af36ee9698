// `/models digest …` in Slack and the console: subscribe, unsubscribe, status, preview.
// The store and Slack's users.info are the edge; the digest itself is built by the pure core.
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { resolveModel } from '../catalog/resolve.ts';
import { dayWindow, lastDue, lastSevenDays, previousWeek, weekdayPlural, WEEKDAYS } from '../digest/schedule.ts';
import { parseDigestCommand } from '../digest/command.ts';
import { buildDigest } from '../digest/digest.ts';
import { renderDigest } from '../render/blocks/digest.ts';
import { context, esc, section, type SlackMessage } from '../render/blocks/kit.ts';
import { digestText } from '../render/text/digest.ts';
import type { Subscription } from '../store/store.ts';
import type { Bot } from './bot.ts';

export interface Where {
  teamId: string;
  channelId: string;
  userId: string;
  /** The user's Slack time zone (users.info), looked up only when a subscription needs a default. */
  userTimeZone?: () => Promise<string | undefined>;
}

export const WEEKDAY_NAMES = WEEKDAYS.map((_, i) => weekdayPlural(i + 1));

const message = (text: string, note?: string): SlackMessage => ({ text, blocks: [section(esc(text)), ...(note ? [context([esc(note)])] : [])] });

export function describeSubscription(sub: Subscription, now: Date): string {
  const next = lastDue(sub, now).next;
  const when = format(new TZDate(next.getTime(), sub.timeZone), 'EEE MMM d, HH:mm');
  const filters = [sub.providers.length > 0 ? `providers ${sub.providers.join(', ')}` : '', sub.watched.length > 0 ? `watching ${sub.watched.join(', ')}` : '', sub.quiet === 'skip' ? 'nothing in a quiet week' : 'one line in a quiet week']
    .filter((x) => x !== '')
    .join('; ');
  return `${WEEKDAY_NAMES[sub.weekday - 1]} at ${sub.localTime} ${sub.timeZone} (${filters})${sub.status === 'paused' ? ` — paused: ${sub.pausedReason ?? 'by request'}` : `; next ${when}`}`;
}

export interface DigestReply {
  message: SlackMessage;
  /** The same for a terminal. */
  text: string;
}

export async function digestReply(bot: Bot, args: string, where: Where): Promise<DigestReply> {
  const plain = (text: string, note?: string): DigestReply => ({ message: message(text, note), text: note ? `${text}\n${note}` : text });
  const command = parseDigestCommand(args);
  const now = bot.now();
  if (command.action === 'error') return plain(command.message);

  if (command.action === 'preview') {
    const window =
      command.range === 'last-7-days'
        ? lastSevenDays(now)
        : command.range === 'last-week'
          ? previousWeek(now)
          : dayWindow(command.range.from, command.range.to);
    const observed = bot.observed ? await bot.observed(window) : [];
    const sub = bot.store ? (await bot.store.subscriptions({ teamId: where.teamId })).find((s) => s.channelId === where.channelId) : undefined;
    const digest = buildDigest(bot.catalog, observed, window, { providers: sub?.providers, watched: sub?.watched, timeZone: 'UTC' });
    const rendered = renderDigest(digest, 'line');
    const main = rendered?.main ?? message('No price changes this week.');
    const more = rendered?.thread.length ? [context([`${rendered.thread.reduce((n, t) => n + ((t.blocks[0] as { rows?: unknown[] }).rows?.length ?? 1) - 1, 0)} more changes go in the thread of the posted digest.`])] : [];
    return { message: { text: main.text, blocks: [...main.blocks.slice(0, 48), ...more] }, text: digestText(digest) };
  }

  if (!bot.store) return plain('The weekly digest needs the store, and none is configured here.');
  const store = bot.store;
  const current = (await store.subscriptions({ teamId: where.teamId })).find((s) => s.channelId === where.channelId);

  if (command.action === 'status') {
    return current
      ? plain(`This channel gets the weekly price digest: ${describeSubscription(current, now)}.`, 'Change it with /models digest on …; stop it with /models digest off.')
      : plain('This channel has no weekly price digest.', 'Turn it on with /models digest on [monday] [09:00] [Europe/Berlin].');
  }
  if (command.action === 'off') {
    const removed = await store.unsubscribe(where.teamId, where.channelId);
    return plain(removed ? 'The weekly price digest is off for this channel.' : 'This channel had no weekly price digest; nothing to turn off.');
  }

  const unknownProviders = (command.providers ?? []).filter((p) => !bot.catalog.providers.some((x) => x.id === p));
  if (unknownProviders.length > 0) return plain(`Unknown provider${unknownProviders.length > 1 ? 's' : ''}: ${unknownProviders.join(', ')}. Providers: ${bot.catalog.providers.map((p) => p.id).join(', ')}.`);
  const watched: string[] = [];
  for (const name of command.watched ?? []) {
    const r = resolveModel(bot.catalog, name);
    if (r.kind !== 'found') return plain(`Cannot watch “${name}”: ${r.kind === 'ambiguous' ? `it matches ${r.candidates.slice(0, 4).map((m) => m.id).join(', ')}` : `no such model${r.suggestions.length > 0 ? `; did you mean ${r.suggestions.map((m) => m.id).join(', ')}?` : ''}`}.`);
    watched.push(r.model.id);
  }
  const userZone = command.timeZone ?? current?.timeZone ?? (await where.userTimeZone?.().catch(() => undefined)) ?? 'UTC';
  const sub = await store.subscribe(
    {
      teamId: where.teamId,
      channelId: where.channelId,
      createdBy: where.userId,
      weekday: command.weekday ?? current?.weekday ?? 1,
      localTime: command.localTime ?? current?.localTime ?? '09:00',
      timeZone: userZone,
      providers: command.providers ?? current?.providers ?? [],
      watched: command.watched ? watched : (current?.watched ?? []),
      quiet: command.quiet ?? current?.quiet ?? 'line',
    },
    now,
  );
  return plain(`The weekly price digest is on for this channel: ${describeSubscription(sub, now)}.`, 'Preview it now with /models digest preview; stop it with /models digest off.');
}
