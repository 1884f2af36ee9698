// Posting digests once per (channel, week) against a fake Slack: catch-up, quiet weeks, Slack
// failures, crash recovery through message metadata, two replicas on one PostgreSQL, and a
// process killed in the middle of its fan-out.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.ts';
import { deliveryClient } from '../../src/delivery/client.ts';
import { runDue, type DeliveryDeps } from '../../src/delivery/deliver.ts';
import { openPgliteStore } from '../../src/store/pglite.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import type { Store } from '../../src/store/store.ts';
import { subscription } from '../helpers/subscriptions.ts';
import { FakeSlack } from '../e2e/fake-slack.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';

const catalog = loadCatalog();
const quietLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const monday9 = new Date('2026-11-23T08:00:00Z'); // Monday 09:00 in Berlin

const sub = subscription;

let fake: FakeSlack;
let fakeUrl = '';
beforeAll(async () => {
  fake = new FakeSlack();
  fakeUrl = await fake.start();
});
afterAll(async () => {
  await fake.stop();
});

const deps = (store: Store, claimant = 'replica-a', extra: Partial<DeliveryDeps> = {}): DeliveryDeps => ({
  store,
  catalog,
  client: deliveryClient('xoxb-test-000', `${fakeUrl}/api/`),
  logger: quietLogger,
  claimant,
  leaseMs: 60_000,
  observed: async () => [],
  ...extra,
});
const digestsIn = (channel: string) => fake.posted.filter((m) => m.channel === channel && !m.thread_ts && m.metadata?.event_type === 'modelscout_digest');

describe('one store, one process', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openPgliteStore();
  });
  afterAll(async () => store.close());

  it('posts when due, once; a later pass in the same week posts nothing', async () => {
    await store.subscribe(sub('C-once'), new Date('2026-11-01T00:00:00Z'));
    const early = await runDue(deps(store), new Date('2026-11-23T07:59:00Z'));
    expect(early.find((r) => r.channelId === 'C-once')).toMatchObject({ outcome: 'posted', weekStart: '2026-11-16' });
    const first = await runDue(deps(store), monday9);
    expect(first.find((r) => r.channelId === 'C-once')).toMatchObject({ outcome: 'posted', weekStart: '2026-11-23' });
    const again = await runDue(deps(store, 'replica-b'), new Date('2026-11-24T10:00:00Z'));
    expect(again.find((r) => r.channelId === 'C-once')).toMatchObject({ outcome: 'taken', detail: expect.stringMatching(/already posted/) });
    expect(digestsIn('C-once').map((m) => m.metadata?.event_payload.week_start)).toEqual(['2026-11-16', '2026-11-23']);
    const rows = await store.deliveries({ channelId: 'C-once' });
    expect(rows.map((r) => [r.weekStart, r.status])).toEqual([
      ['2026-11-16', 'posted'],
      ['2026-11-23', 'posted'],
    ]);
  });

  it('catches up after downtime within the week, once, and never posts a past week', async () => {
    await store.subscribe(sub('C-catchup'), new Date('2026-11-01T00:00:00Z'));
    // Down from Sunday to Wednesday: the Monday digest goes out on Wednesday.
    const wednesday = await runDue(deps(store), new Date('2026-11-25T15:00:00Z'));
    expect(wednesday.find((r) => r.channelId === 'C-catchup')).toMatchObject({ outcome: 'posted', weekStart: '2026-11-23' });
    expect(digestsIn('C-catchup')).toHaveLength(1);
  });

  it('starts a new subscription at its next slot, not with last week', async () => {
    await store.subscribe(sub('C-new'), new Date('2026-11-24T12:00:00Z'));
    const r = await runDue(deps(store), new Date('2026-11-24T12:05:00Z'));
    expect(r.find((x) => x.channelId === 'C-new')).toMatchObject({ outcome: 'not-due' });
    expect(digestsIn('C-new')).toHaveLength(0);
  });

  it('posts one line for a quiet week, or nothing when the subscription says skip', async () => {
    await store.subscribe(sub('C-quiet-line', { providers: ['deepseek'], weekday: 3 }), new Date('2026-11-01T00:00:00Z'));
    await store.subscribe(sub('C-quiet-skip', { providers: ['deepseek'], weekday: 3, quiet: 'skip' }), new Date('2026-11-01T00:00:00Z'));
    const r = await runDue(deps(store), new Date('2026-11-25T09:00:00Z'));
    expect(r.find((x) => x.channelId === 'C-quiet-line')).toMatchObject({ outcome: 'posted', detail: 'quiet week: one line' });
    expect(digestsIn('C-quiet-line')[0]?.text).toMatch(/No price changes or new models from DeepSeek this week\.$/);
    expect(r.find((x) => x.channelId === 'C-quiet-skip')).toMatchObject({ outcome: 'skipped', detail: 'quiet week' });
    expect(digestsIn('C-quiet-skip')).toHaveLength(0);
  });

  it('waits out a 429 (Retry-After) and retries a 500, posting once', async () => {
    const local = await openPgliteStore();
    await local.subscribe(sub('C-flaky'), new Date('2026-11-01T00:00:00Z'));
    fake.failNext['chat.postMessage'] = { status: 429, times: 1 };
    let r = await runDue(deps(local), monday9);
    expect(r[0]).toMatchObject({ outcome: 'posted' });
    await local.unsubscribe('T1', 'C-flaky');
    await local.subscribe(sub('C-flaky-5xx'), new Date('2026-11-01T00:00:00Z'));
    fake.failNext['chat.postMessage'] = { status: 503, times: 2 };
    r = await runDue(deps(local), monday9);
    expect(r[0]).toMatchObject({ outcome: 'posted' });
    expect(digestsIn('C-flaky')).toHaveLength(1);
    expect(digestsIn('C-flaky-5xx')).toHaveLength(1);
    await local.close();
  }, 30_000);

  it('pauses a subscription whose channel is gone, tells its creator by DM, and records it', async () => {
    const local = await openPgliteStore();
    await local.subscribe(sub('C-gone', { createdBy: 'U-owner' }), new Date('2026-11-01T00:00:00Z'));
    fake.channelErrors['C-gone'] = 'channel_not_found';
    const r = await runDue(deps(local), monday9);
    expect(r[0]).toMatchObject({ outcome: 'paused', detail: 'channel_not_found' });
    expect((await local.subscriptions())[0]).toMatchObject({ status: 'paused', pausedReason: 'channel_not_found' });
    expect(fake.posted.find((m) => m.channel === 'U-owner')?.text).toMatch(/I paused the weekly model-price digest for <#C-gone>: Slack says `channel_not_found`/);
    expect((await local.deliveries())[0]).toMatchObject({ status: 'failed', detail: 'paused: channel_not_found' });
    expect(await runDue(deps(local), new Date('2026-11-23T09:00:00Z'))).toEqual([]);
    await local.close();
  });

  it('finds a digest posted just before a crash (message metadata) instead of posting it twice', async () => {
    const local = await openPgliteStore();
    await local.subscribe(sub('C-crash'), new Date('2026-11-01T00:00:00Z'));
    // A process claimed and posted, then died before recording it.
    await local.claimDelivery({ teamId: 'T1', channelId: 'C-crash', weekStart: '2026-11-23' }, 'dead-replica', monday9, 60_000);
    await deliveryClient('xoxb-test-000', `${fakeUrl}/api/`).chat.postMessage({
      channel: 'C-crash',
      text: 'digest',
      metadata: { event_type: 'modelscout_digest', event_payload: { team_id: 'T1', week_start: '2026-11-23' } },
    });
    const within = await runDue(deps(local), new Date(monday9.getTime() + 30_000));
    expect(within[0]).toMatchObject({ outcome: 'taken', detail: 'being delivered by dead-replica' });
    const after = await runDue(deps(local), new Date(monday9.getTime() + 120_000));
    expect(after[0]).toMatchObject({ outcome: 'recovered' });
    expect(digestsIn('C-crash')).toHaveLength(1);
    expect((await local.deliveries())[0]).toMatchObject({ status: 'posted', attempts: 2 });
    await local.close();
  });
});

describe('several processes on one PostgreSQL', () => {
  let pg: TestPostgres;
  beforeAll(async () => {
    pg = await startPostgres();
  }, 120_000);
  afterAll(async () => {
    await pg?.stop();
  });

  it('two replicas running the same pass post exactly one digest per channel', async () => {
    const a = await openPostgresStore(pg.url);
    const b = await openPostgresStore(pg.url);
    const channels = Array.from({ length: 25 }, (_, i) => `C-rep-${i}`);
    for (const c of channels) await a.subscribe(sub(c), new Date('2026-11-01T00:00:00Z'));
    const [ra, rb] = await Promise.all([runDue(deps(a, 'replica-a'), monday9), runDue(deps(b, 'replica-b'), monday9)]);
    for (const c of channels) expect(digestsIn(c), c).toHaveLength(1);
    const posted = [...ra, ...rb].filter((r) => r.outcome === 'posted');
    expect(posted).toHaveLength(channels.length);
    expect((await a.deliveries()).filter((d) => d.channelId.startsWith('C-rep-')).every((d) => d.status === 'posted')).toBe(true);
    await a.close();
    await b.close();
  }, 60_000);

  it('a process killed mid-fan-out leaves no duplicate and no loss once another pass runs', async () => {
    const store = await openPostgresStore(pg.url);
    const channels = Array.from({ length: 80 }, (_, i) => `C-kill-${i}`);
    for (const c of channels) await store.subscribe(sub(c), new Date('2026-11-01T00:00:00Z'));
    fake.postDelayMs = 150;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'digest', 'run-due', '--now', monday9.toISOString(), '--json'], {
      env: {
        ...process.env,
        DATABASE_URL: pg.url,
        SLACK_BOT_TOKEN: 'xoxb-test-000',
        SLACK_APP_TOKEN: '',
        SLACK_SIGNING_SECRET: '',
        SLACK_API_URL: `${fakeUrl}/api/`,
        LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += String(d)));
    const exited = new Promise((r) => child.once('exit', r));
    // Kill it as soon as a few digests have reached Slack, while others are in flight.
    await new Promise<void>((resolve, reject) => {
      void exited.then(() => reject(new Error(`run-due exited before it was killed: ${stderr}`)));
      const check = setInterval(() => {
        if (channels.filter((c) => digestsIn(c).length > 0).length >= 3) {
          clearInterval(check);
          child.kill('SIGKILL');
          resolve();
        }
      }, 10);
    });
    await exited;
    fake.postDelayMs = 0;
    const before = channels.filter((c) => digestsIn(c).length > 0).length;
    expect(before).toBeGreaterThanOrEqual(3);
    expect(before).toBeLessThan(channels.length);
    // Another replica, after the dead one's lease (10 minutes) has run out.
    const reports = await runDue(deps(store, 'replica-after'), new Date(monday9.getTime() + 11 * 60_000));
    for (const c of channels) expect(digestsIn(c), c).toHaveLength(1);
    expect(reports.filter((r) => channels.includes(r.channelId)).every((r) => ['posted', 'recovered', 'taken'].includes(r.outcome))).toBe(true);
    expect((await store.deliveries()).filter((d) => d.channelId.startsWith('C-kill-')).map((d) => d.status)).toEqual(channels.map(() => 'posted'));
    await store.close();
  }, 90_000);
});
