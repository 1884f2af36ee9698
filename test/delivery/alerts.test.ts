// Alerts against a fake Slack: a planted price change for a watched model posts one alert (old → new, the
// monthly cost at the workspace's default volume before and after, the source); another pass, a pass after a
// crash, or two processes at once on one PostgreSQL post no second one; quiet weeks post nothing.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { observedChanges } from '../../src/app/observed.ts';
import { runAlerts, type AlertDeps } from '../../src/delivery/alerts.ts';
import { deliveryClient } from '../../src/delivery/client.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { openPgliteStore } from '../../src/store/pglite.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import type { Store } from '../../src/store/store.ts';
import { StoredInstallations } from '../../src/slack/installations.ts';
import { TokenCipher } from '../../src/slack/token-crypto.ts';
import { FakeSlack } from '../e2e/fake-slack.ts';
import { startPostgres, type TestPostgres } from '../helpers/postgres.ts';

const catalog = loadCatalog();
const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const model = catalog.byId.get('gpt-5.4-mini');
const input = model?.pricing.at(-1)?.input as number;
const newInput = Number((input * 0.8).toFixed(4));

let fake: FakeSlack;
let fakeUrl = '';
let pg: TestPostgres | undefined;
beforeAll(async () => {
  fake = new FakeSlack();
  fakeUrl = await fake.start();
});
afterAll(async () => {
  await fake.stop();
  await pg?.stop();
});

const deps = (store: Store, claimant = 'replica-a'): AlertDeps => ({
  store,
  catalog,
  client: deliveryClient('xoxb-test-000', `${fakeUrl}/api/`),
  logger: quiet,
  claimant,
  leaseMs: 60_000,
  observed: (w) => observedChanges(store, catalog, w),
});

/** Two sources agreeing on a new input price: the sync policy accepts it at `at`. */
async function plantCut(store: Store, at: Date): Promise<void> {
  await store.recordObservations([
    { source: 'litellm', model: 'gpt-5.4-mini', field: 'input', value: newInput, catalogValue: input, observedAt: at },
    { source: 'openrouter', model: 'gpt-5.4-mini', field: 'input', value: newInput, catalogValue: input, observedAt: at },
  ]);
}

const alertsIn = (channel: string) => fake.posted.filter((m) => m.channel === channel && m.metadata?.event_type === 'modelscout_alert');
const watch = (store: Store, channelId: string, target: string, at: string, kind: 'model' | 'provider' = 'model') =>
  store.addWatch({ teamId: 'T1', channelId, kind, target, createdBy: 'U1' }, new Date(at));

describe('alerts on one store', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openPgliteStore();
  });
  afterAll(async () => store.close());

  it('posts nothing when nothing changed', async () => {
    await watch(store, 'C-quiet', 'grok-4.3', '2026-11-20T10:00:00Z');
    expect(await runAlerts(deps(store), new Date('2026-11-21T12:00:00Z'))).toEqual([]);
    expect(alertsIn('C-quiet')).toEqual([]);
  });

  it('posts one alert for a planted price change of a watched model, and none on the next pass', async () => {
    expect(model).toBeDefined();
    await store.setWorkspaceSettings({ teamId: 'T1', defaultTokens: 50_000_000, mix: { input: 3, output: 1 }, updatedAt: new Date() });
    await watch(store, 'C-watch', 'gpt-5.4-mini', '2026-11-20T10:00:00Z');
    // Its provider watched in the same channel too: still one alert for the one change.
    await watch(store, 'C-watch', 'openai', '2026-11-20T10:00:00Z', 'provider');
    // Watched only after the change: not told about it.
    await watch(store, 'C-late', 'gpt-5.4-mini', '2026-11-23T10:00:00Z');
    await plantCut(store, new Date('2026-11-21T03:00:00Z'));

    const first = await runAlerts(deps(store), new Date('2026-11-21T12:00:00Z'));
    expect(first.filter((r) => r.channelId === 'C-watch')).toMatchObject([{ teamId: 'T1', model: 'gpt-5.4-mini', field: 'input', outcome: 'posted' }]);
    const posted = alertsIn('C-watch');
    expect(posted).toHaveLength(1);
    const body = fake.received.filter((r) => r.path === '/api/chat.postMessage' && r.body.channel === 'C-watch').at(-1)?.body;
    const text = JSON.stringify(body?.blocks);
    expect(text).toContain(`GPT-5.4 mini: input $${input.toFixed(2)}/1M → $${newInput.toFixed(2)}/1M (−20%) from 2026-11-21`);
    expect(text).toMatch(/→/);
    // 50M tokens at 3:1: 37.5M input tokens priced before and after.
    const before = `$${((37.5 * input + 12.5 * (model?.pricing.at(-1)?.output as number)) as number).toFixed(2)}`;
    const after = `$${(37.5 * newInput + 12.5 * (model?.pricing.at(-1)?.output as number)).toFixed(2)}`;
    expect(text).toContain(`50M tokens a month (3:1 input:output): ${before} → ${after} a month`);
    expect(text).toMatch(/Source: https?:\/\//);

    const again = await runAlerts(deps(store, 'replica-b'), new Date('2026-11-22T12:00:00Z'));
    expect(again.filter((r) => r.channelId === 'C-watch')).toMatchObject([{ outcome: 'taken' }]);
    const later = await runAlerts(deps(store), new Date('2026-11-24T12:00:00Z'));
    expect(later.some((r) => r.channelId === 'C-late')).toBe(false);
    expect(alertsIn('C-watch')).toHaveLength(1);
    expect(alertsIn('C-late')).toHaveLength(0);
    expect(await store.alertDeliveries({ channelId: 'C-watch' })).toMatchObject([{ status: 'posted', model: 'gpt-5.4-mini', field: 'input', attempts: 1 }]);
  });

  it('after a crash between posting and recording, finds the posted alert instead of posting again', async () => {
    await watch(store, 'C-crash', 'gpt-5.4-mini', '2026-11-20T10:00:00Z');
    const key = { teamId: 'T1', channelId: 'C-crash', changeKey: `price:gpt-5.4-mini:input:${input}->${newInput}` };
    // A replica claimed it, posted, and died before recording the post.
    await store.claimAlert(key, { model: 'gpt-5.4-mini', field: 'input' }, 'dead-replica', new Date('2026-11-21T11:00:00Z'), 60_000);
    await deliveryClient('xoxb-test-000', `${fakeUrl}/api/`).chat.postMessage({
      channel: 'C-crash',
      text: 'alert',
      metadata: { event_type: 'modelscout_alert', event_payload: { team_id: 'T1', change: key.changeKey } },
    });
    const reports = await runAlerts(deps(store), new Date('2026-11-21T12:00:00Z'));
    expect(reports.filter((r) => r.channelId === 'C-crash')).toMatchObject([{ outcome: 'recovered' }]);
    expect(alertsIn('C-crash')).toHaveLength(1);
  });

  it('pauses the watches of a channel Slack says is gone', async () => {
    fake.channelErrors['C-gone'] = 'channel_not_found';
    await watch(store, 'C-gone', 'gpt-5.4-mini', '2026-11-20T10:00:00Z');
    const reports = await runAlerts(deps(store), new Date('2026-11-21T12:00:00Z'));
    expect(reports.filter((r) => r.channelId === 'C-gone')).toMatchObject([{ outcome: 'paused' }]);
    expect((await store.watches({ channelId: 'C-gone' }))[0]).toMatchObject({ status: 'paused', pausedReason: 'channel_not_found' });
  });
});

/** Runs `modelscout alerts run-due` in a child process with `env` over the test's environment. */
function runDueProcess(env: Record<string, string | undefined>) {
  return new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'alerts', 'run-due', '--now', '2026-11-21T12:00:00Z', '--json'], {
      env: { ...process.env, SLACK_APP_TOKEN: '', SLACK_SIGNING_SECRET: '', SLACK_API_URL: `${fakeUrl}/api/`, LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout?.on('data', (d) => (out += String(d)));
    child.stderr?.on('data', (d) => (err += String(d)));
    child.once('exit', (code) => resolve({ code, out, err }));
  });
}

describe('alerts run-due for many workspaces', () => {
  it("posts with the workspace's stored token, refreshing it first when it is near expiry", async () => {
    pg ??= await startPostgres();
    const store = await openPostgresStore(pg.url);
    const key = randomBytes(32);
    const oauth = { SLACK_CLIENT_ID: '1234567890.9876543210', SLACK_CLIENT_SECRET: 'abcdef0123456789abcdef0123456789', SLACK_STATE_SECRET: 'state-secret-for-tests' };
    try {
      // The workspace installs (the fake issues a rotating token that expires in ten minutes).
      fake.installs['code-tq'] = { teamId: 'TQ', botToken: 'xoxe.xoxb-tq-old', botUserId: 'UTQBOT', refreshToken: 'xoxe-1-tq', expiresIn: 600 };
      fake.refreshes['xoxe-1-tq'] = { botToken: 'xoxe.xoxb-tq-new', refreshToken: 'xoxe-1-tq-2', expiresIn: 43_200 };
      await deliveryClient('', `${fakeUrl}/api/`).oauth.v2.access({ client_id: oauth.SLACK_CLIENT_ID, client_secret: oauth.SLACK_CLIENT_SECRET, code: 'code-tq' });
      const installations = new StoredInstallations({ store: async () => store, cipher: new TokenCipher(key), logger: quiet });
      await installations.storeInstallation({
        team: { id: 'TQ' },
        enterprise: undefined,
        user: { id: 'U1', token: undefined, scopes: undefined },
        bot: { token: 'xoxe.xoxb-tq-old', refreshToken: 'xoxe-1-tq', expiresAt: Math.floor(Date.now() / 1000) + 600, scopes: ['chat:write'], id: 'BTQ', userId: 'UTQBOT' },
        isEnterpriseInstall: false,
        authVersion: 'v2',
      });
      await store.addWatch({ teamId: 'TQ', channelId: 'C-tq', kind: 'model', target: 'gpt-5.4-mini', createdBy: 'U1' }, new Date('2026-11-20T10:00:00Z'));
      await plantCut(store, new Date('2026-11-21T03:00:00Z'));
      const run = await runDueProcess({ ...oauth, MODELSCOUT_ENCRYPTION_KEY: key.toString('hex'), DATABASE_URL: pg.url, SLACK_BOT_TOKEN: '' });
      expect(run.code, run.err).toBe(0);
      expect((JSON.parse(run.out) as { reports: { channelId: string; outcome: string }[] }).reports.filter((r) => r.channelId === 'C-tq')).toMatchObject([{ outcome: 'posted' }]);
      expect(fake.received.filter((r) => r.path === '/api/chat.postMessage' && r.body.channel === 'C-tq').map((r) => r.authorization)).toEqual(['Bearer xoxe.xoxb-tq-new']);
      const row = await store.installation({ teamId: 'TQ', isEnterpriseInstall: false });
      expect((row?.botTokenExpiresAt?.getTime() ?? 0) - Date.now()).toBeGreaterThan(11 * 3_600_000);
      expect(run.err).not.toMatch(/xox[bpe]/);
    } finally {
      await store.close();
    }
  }, 120_000);
});

describe('two processes at once on one PostgreSQL', () => {
  it('post the alert once between them', async () => {
    pg ??= await startPostgres();
    const store = await openPostgresStore(pg.url);
    try {
      await watch(store, 'C-pg', 'gpt-5.4-mini', '2026-11-20T10:00:00Z');
      await plantCut(store, new Date('2026-11-21T03:00:00Z'));
      fake.postDelayMs = 100;
      const run = () => runDueProcess({ DATABASE_URL: pg?.url, SLACK_BOT_TOKEN: 'xoxb-test-000' });
      const results = await Promise.all([run(), run()]);
      fake.postDelayMs = 0;
      for (const r of results) expect(r.code, r.err).toBe(0);
      const reports = results.flatMap((r) => (JSON.parse(r.out) as { now: string; reports: { channelId: string; outcome: string }[] }).reports);
      expect(JSON.parse(results[0]?.out ?? '{}')).toMatchObject({ now: '2026-11-21T12:00:00.000Z' });
      expect(
        reports
          .filter((r) => r.channelId === 'C-pg')
          .map((r) => r.outcome)
          .sort(),
      ).toEqual(['posted', 'taken']);
      expect(alertsIn('C-pg')).toHaveLength(1);
      expect(Object.keys(reports[0] ?? {}).sort()).toEqual(['channelId', 'field', 'messageTs', 'model', 'outcome', 'teamId']);
    } finally {
      await store.close();
    }
  }, 120_000);
});
