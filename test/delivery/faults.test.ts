// Digest delivery on a bad day, against a fake Slack that keeps message metadata and pages its listings:
// Slack answering after the client has given up (the post went through all the same), a thread cut short
// by a crash or a failed reply, and a crashed delivery's post buried under more than a page of newer
// messages. Each must end with exactly one digest per channel and a complete thread.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ObservedChange } from '../../src/digest/changes.ts';
import { deliveryClient } from '../../src/delivery/client.ts';
import { DIGEST_EVENT, runDue, type DeliveryDeps } from '../../src/delivery/deliver.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { openPgliteStore } from '../../src/store/pglite.ts';
import type { Store } from '../../src/store/store.ts';
import { subscription } from '../helpers/subscriptions.ts';
import { SlackFake } from './slack-fake.ts';

const catalog = loadCatalog();
const quietLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const monday9 = new Date('2026-11-23T08:00:00Z'); // Monday 09:00 in Berlin: the helper's subscriptions are due
const week = { teamId: 'T1', weekStart: '2026-11-23' };
const created = new Date('2026-11-01T00:00:00Z');

/** A busy week: every model's input and output price moved, so the digest continues in a thread. */
const busyWeek: ObservedChange[] = catalog.models.flatMap((m, i) =>
  (['input', 'output'] as const).map((field) => ({
    model: m.id,
    field,
    old: 1 + i,
    new: 2 + i,
    date: new Date('2026-11-18T03:00:00Z'),
    cause: 'vendor' as const,
    source: 'litellm',
    url: 'https://example.test/prices.json',
  })),
);

let slack: SlackFake;
let url = '';
beforeAll(async () => {
  slack = new SlackFake();
  url = await slack.start();
});
afterAll(async () => slack.stop());

const deps = (store: Store, extra: Partial<DeliveryDeps> = {}, timeoutMs?: number): DeliveryDeps => ({
  store,
  catalog,
  client: deliveryClient('xoxb-test-000', url, timeoutMs === undefined ? {} : { timeoutMs }),
  logger: quietLogger,
  claimant: 'replica-a',
  leaseMs: 60_000,
  observed: async () => busyWeek,
  sleep: async () => undefined,
  ...extra,
});

/** The thread parts (by metadata) under the channel's digest, in the order they arrived. */
function threadParts(channel: string): number[] {
  const [main] = slack.digests(channel);
  return main ? slack.replies(channel, main.ts).map((m) => Number(m.metadata?.event_payload.part)) : [];
}

/** How many thread replies a digest of this week has, from a delivery nothing disturbed. */
let fullThread = 0;

describe('digest delivery against a difficult Slack', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openPgliteStore();
    await store.subscribe(subscription('C-calm'), created);
    await runDue(deps(store), monday9);
    fullThread = threadParts('C-calm').length;
    await store.unsubscribe('T1', 'C-calm');
  }, 60_000);
  afterAll(async () => store.close());

  it('the busy week continues in a thread (what the tests below rely on)', () => {
    expect(fullThread).toBeGreaterThanOrEqual(2);
    expect(threadParts('C-calm')).toEqual(Array.from({ length: fullThread }, (_, i) => i + 1));
  });

  it('Slack answering after the client timed out: one digest per channel and one copy of each reply, looked up instead of re-posted', async () => {
    const channels = Array.from({ length: 10 }, (_, i) => `C-slow-${i}`);
    for (const c of channels) await store.subscribe(subscription(c), created);
    slack.postAnswerDelayMs = 2_500;
    let reports: Awaited<ReturnType<typeof runDue>>;
    try {
      reports = await runDue(deps(store, {}, 1_000), monday9);
    } finally {
      slack.postAnswerDelayMs = 0;
    }
    expect(channels.map((c) => slack.digests(c).length)).toEqual(channels.map(() => 1));
    for (const c of channels) expect(threadParts(c), c).toEqual(Array.from({ length: fullThread }, (_, i) => i + 1));
    expect(reports.filter((r) => channels.includes(r.channelId)).map((r) => `${r.outcome} ${r.detail}`)).toEqual(channels.map(() => expect.stringMatching(/^posted/)));
    for (const c of channels) await store.unsubscribe('T1', c);
  }, 60_000);

  it('a crash after the main post and one reply: the pass that takes over finishes the thread', async () => {
    const key = { ...week, channelId: 'C-cut' };
    await store.subscribe(subscription('C-cut'), created);
    // The dead process claimed, posted the main message and the first reply, then died.
    await store.claimDelivery(key, 'dead-replica', monday9, 60_000);
    const main = slack.add({ channel: 'C-cut', text: 'digest', metadata: { event_type: DIGEST_EVENT, event_payload: { team_id: 'T1', week_start: '2026-11-23', part: 0 } } });
    slack.add({
      channel: 'C-cut',
      thread_ts: main.ts,
      text: 'continued',
      metadata: { event_type: DIGEST_EVENT, event_payload: { team_id: 'T1', week_start: '2026-11-23', part: 1 } },
    });
    const [report] = await runDue(deps(store), new Date(monday9.getTime() + 120_000));
    expect(report).toMatchObject({ outcome: 'recovered', messageTs: main.ts });
    expect(slack.digests('C-cut')).toHaveLength(1);
    expect(threadParts('C-cut')).toEqual(Array.from({ length: fullThread }, (_, i) => i + 1));
    expect((await store.deliveries({ channelId: 'C-cut' }))[0]).toMatchObject({ status: 'posted', messageTs: main.ts });
    await store.unsubscribe('T1', 'C-cut');
  });

  it('a thread reply that fails is not recorded as posted: the next pass finishes the thread under the same main post', async () => {
    await store.subscribe(subscription('C-reply-fails'), created);
    slack.failThreadRepliesAfter = { accepted: slack.messages.filter((m) => m.thread_ts).length + 1, error: 'internal_error' };
    let reports: Awaited<ReturnType<typeof runDue>>;
    try {
      reports = await runDue(deps(store), monday9);
    } finally {
      slack.failThreadRepliesAfter = undefined;
    }
    const [main] = slack.digests('C-reply-fails');
    expect(reports[0]).toMatchObject({ outcome: 'failed', messageTs: main?.ts });
    expect((await store.deliveries({ channelId: 'C-reply-fails' }))[0]).toMatchObject({ status: 'failed', retryable: true, messageTs: main?.ts });
    expect(threadParts('C-reply-fails')).toEqual([1]);
    const [again] = await runDue(deps(store), new Date(monday9.getTime() + 60_000));
    expect(again).toMatchObject({ outcome: 'recovered', messageTs: main?.ts });
    expect(slack.digests('C-reply-fails')).toHaveLength(1);
    expect(threadParts('C-reply-fails')).toEqual(Array.from({ length: fullThread }, (_, i) => i + 1));
    await store.unsubscribe('T1', 'C-reply-fails');
  });

  it('recovery finds its post beyond 200 newer messages (paging through history) instead of posting again', async () => {
    const key = { ...week, channelId: 'C-busy' };
    await store.subscribe(subscription('C-busy'), created);
    await store.claimDelivery(key, 'dead-replica', monday9, 60_000);
    const main = slack.add({ channel: 'C-busy', text: 'digest', metadata: { event_type: DIGEST_EVENT, event_payload: { team_id: 'T1', week_start: '2026-11-23', part: 0 } } });
    for (let i = 1; i <= fullThread; i++)
      slack.add({
        channel: 'C-busy',
        thread_ts: main.ts,
        text: 'continued',
        metadata: { event_type: DIGEST_EVENT, event_payload: { team_id: 'T1', week_start: '2026-11-23', part: i } },
      });
    for (let i = 0; i < 450; i++) slack.add({ channel: 'C-busy', text: `chatter ${i}` });
    const historyCalls = slack.calls['conversations.history'] ?? 0;
    const [report] = await runDue(deps(store), new Date(monday9.getTime() + 120_000));
    expect(report).toMatchObject({ outcome: 'recovered', messageTs: main.ts });
    expect(slack.digests('C-busy')).toHaveLength(1);
    expect(threadParts('C-busy')).toHaveLength(fullThread);
    expect((slack.calls['conversations.history'] ?? 0) - historyCalls).toBe(3);
    await store.unsubscribe('T1', 'C-busy');
  });
});
