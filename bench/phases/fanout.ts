// Digest fan-out: `channels` subscriptions in an in-memory PGlite store, one runDue pass with the
// delivery client pointed at the fake Slack, which enforces Slack's posting limits: one message per second
// per channel, and a workspace-wide limit (`workspacePerSecond` per rolling second); beyond either it
// answers 429 with Retry-After: 1. The floor is the least time those limits allow for the messages that
// had to go out: with N per rolling second, message k (from 0) can go out no earlier than floor(k / N)
// seconds after the first, so M messages span (ceil(M / N) - 1) s; a channel's chain of c messages at one
// a second spans c - 1 s. The measured time is the whole pass (reading subscriptions, claims, rendering).
// Duplicates and losses are counted from what the fake accepted, not from what the bot reports.
import { webApi } from '@slack/bolt';
import { loadCatalog } from '../../src/load/catalog.ts';
import { DEFAULT_LEASE_MS, deliveryClient } from '../../src/delivery/client.ts';
import { runDue, type DeliveryReport } from '../../src/delivery/deliver.ts';
import { openPgliteStore } from '../../src/store/pglite.ts';
import type { SubscriptionInput } from '../../src/store/store.ts';
import { fakeStats, resetFake } from '../lib/fake-control.ts';
import { BENCH_BOT_TOKEN } from '../lib/slack-requests.ts';

/** A Monday evening (UTC) in a week with six real price changes: every subscription below is due. */
export const FANOUT_NOW = new Date('2026-04-27T18:00:00Z');
const ZONES = [
  'UTC',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Asia/Tokyo',
  'Asia/Kolkata',
  'Australia/Sydney',
  'America/Sao_Paulo',
];
const PROVIDERS = [[], [], [], ['openai'], ['anthropic', 'google'], ['openai', 'anthropic', 'google', 'xai']];
const WATCHED = [[], [], ['gpt-4.1-mini'], ['claude-sonnet-4-5', 'gemini-2.5-pro'], ['grok-4.3']];

export interface FanoutRun {
  /** runDue's concurrency (undefined = its default). */
  concurrency: number | 'default';
  channels: number;
  seconds: number;
  floorSeconds: number;
  ratio: number;
  messages: number;
  duplicates: number;
  /** Subscribed channels that got no digest in the fake (whatever the bot reported). */
  lost: number;
  outcomes: Record<string, number>;
  rejectedChannel: number;
  rejectedWorkspace: number;
  /** Accepted messages per second over the pass. */
  achievedPerSecond: number;
  /** 429s the delivery client saw (its rate_limited events) and the Retry-After seconds they asked for. */
  rateLimitedEvents: number;
  retryAfterSeconds: number;
  /** CPU (user + system) the pass took in this process (runDue, PGlite, the Web API client), per delivery. */
  cpuMsPerDelivery: number;
}

export async function fanoutOnce(options: { fakeUrl: string; channels: number; workspacePerSecond: number; concurrency: number | undefined }): Promise<FanoutRun> {
  await resetFake(options.fakeUrl, { channelIntervalMs: 1000, workspacePerSecond: options.workspacePerSecond });
  const store = await openPgliteStore();
  try {
    const created = new Date('2026-04-01T00:00:00Z');
    const channelIds: string[] = [];
    for (let i = 0; i < options.channels; i++) {
      const channelId = `C${String(i).padStart(8, '0')}`;
      channelIds.push(channelId);
      const sub: SubscriptionInput = {
        teamId: 'T0BENCH',
        channelId,
        createdBy: `U${String(i % 97).padStart(6, '0')}`,
        weekday: 1,
        localTime: i % 3 === 0 ? '08:30' : '09:00',
        timeZone: ZONES[i % ZONES.length] as string,
        providers: PROVIDERS[i % PROVIDERS.length] as string[],
        watched: WATCHED[i % WATCHED.length] as string[],
        quiet: 'line',
      };
      await store.subscribe(sub, created);
    }
    const errors: string[] = [];
    const logger = { debug: () => undefined, info: () => undefined, warn: (...m: unknown[]) => errors.push(m.join(' ')), error: (...m: unknown[]) => errors.push(m.join(' ')) };
    const client = deliveryClient(BENCH_BOT_TOKEN, `${options.fakeUrl}/api/`);
    let rateLimitedEvents = 0;
    let retryAfterSeconds = 0;
    client.on(webApi.WebClientEvent.RATE_LIMITED, (retrySec: number) => {
      rateLimitedEvents += 1;
      retryAfterSeconds += retrySec;
    });
    const catalog = loadCatalog();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const reports: DeliveryReport[] = await runDue(
      {
        store,
        catalog,
        client,
        logger,
        claimant: 'bench:fanout',
        leaseMs: DEFAULT_LEASE_MS,
        observed: async () => [],
        ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
      },
      FANOUT_NOW,
    );
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const stats = await fakeStats(options.fakeUrl);
    const outcomes: Record<string, number> = {};
    for (const r of reports) outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
    const lost = channelIds.filter((c) => !stats.posts.channels[c]).length;
    const unique = stats.posts.accepted - stats.posts.duplicates;
    const perChannelMax =
      Math.max(1, ...Object.values(stats.posts.channels)) + (stats.posts.threadReplies > 0 ? Math.ceil(stats.posts.threadReplies / Math.max(1, stats.posts.mainMessages)) : 0);
    // The messages that had to go out: every unique one accepted, plus one for each channel that got nothing.
    const needed = unique + lost;
    const floorSeconds = Math.max(options.workspacePerSecond > 0 ? Math.ceil(needed / options.workspacePerSecond) - 1 : 0, perChannelMax - 1);
    return {
      concurrency: options.concurrency ?? 'default',
      channels: options.channels,
      seconds,
      floorSeconds,
      ratio: floorSeconds > 0 ? seconds / floorSeconds : Number.NaN,
      messages: stats.posts.accepted,
      duplicates: stats.posts.duplicates,
      lost,
      outcomes,
      rejectedChannel: stats.posts.rejectedChannel,
      rejectedWorkspace: stats.posts.rejectedWorkspace,
      achievedPerSecond: stats.posts.accepted / seconds,
      rateLimitedEvents,
      retryAfterSeconds,
      cpuMsPerDelivery: (cpu.user + cpu.system) / 1000 / Math.max(1, reports.length),
    };
  } finally {
    await store.close();
  }
}
