// Two workspaces installed in one deployment, on PGlite and on a throwaway PostgreSQL cluster: nothing
// one stores (settings, digest subscriptions, deliveries, watches) is visible to or changeable from the
// other, even with the same channel ids; a workspace that never installed gets no answer and no crash.
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../../src/config.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { observedChanges } from '../../src/app/observed.ts';
import { runAlerts } from '../../src/delivery/alerts.ts';
import { deliveryClient } from '../../src/delivery/client.ts';
import { runDue } from '../../src/delivery/deliver.ts';
import { authorizerOf, createSlackApp, startSlackApp } from '../../src/slack/app.ts';
import { teamClients, type Authorizer } from '../../src/slack/oauth.ts';
import { subscription } from '../helpers/subscriptions.ts';
import type { Store } from '../../src/store/store.ts';
import { storeBackends } from '../helpers/backends.ts';
import { FakeSlack } from './fake-slack.ts';
import { httpSettings, send } from './signed.ts';

const backends = storeBackends();

const OAUTH = { clientId: '1234567890.9876543210', clientSecret: 'abcdef0123456789abcdef0123456789', stateSecret: 'state-secret-for-tests', encryptionKey: randomBytes(32) };

describe.each(backends)('two workspaces on %s', (_name, open) => {
  const fake = new FakeSlack();
  let fakeUrl = '';
  let base = '';
  let app: App;
  let http: Server | undefined;
  let store: Store;
  const logs: string[] = [];

  beforeAll(async () => {
    fakeUrl = await fake.start();
    const { botToken: _none, ...plain } = httpSettings(fakeUrl);
    const settings: Settings = { ...plain, oauth: OAUTH };
    const log = (...m: unknown[]) => logs.push(m.map(String).join(' '));
    store = await open();
    app = createSlackApp(settings, {
      catalog: loadCatalog(),
      now: () => new Date('2026-11-22T12:00:00Z'),
      logger: { debug: () => undefined, info: log, warn: log, error: log },
      store,
    });
    http = await startSlackApp(app, settings);
    base = `http://127.0.0.1:${(http?.address() as AddressInfo | undefined)?.port}`;
    for (const team of ['TA', 'TB']) {
      fake.installs[`code-${team}`] = { teamId: team, botToken: `xoxb-${team.toLowerCase()}`, botUserId: `U${team}BOT` };
      const page = await fetch(`${base}/slack/install`);
      const state = /slack-app-oauth-state=([^;]+)/.exec(page.headers.get('set-cookie') ?? '')?.[1] as string;
      const back = await fetch(`${base}/slack/oauth_redirect?code=code-${team}&state=${encodeURIComponent(state)}`, { headers: { cookie: `slack-app-oauth-state=${state}` } });
      expect(back.status).toBe(200);
    }
  }, 120_000);

  afterAll(async () => {
    await app?.stop();
    await store?.close();
    await fake.stop();
  });

  let sent = 0;
  /** A slash command from `team`, in channel C1 (the same channel id in both workspaces); the answer's text. */
  async function command(team: string, text: string, user = 'U1'): Promise<string> {
    const body = new URLSearchParams({
      team_id: team,
      channel_id: 'C1',
      user_id: user,
      command: '/models',
      text,
      api_app_id: 'A1',
      response_url: `${fakeUrl}/response/${team}`,
      // Each request its own (a repeated signed body within the replay window is acknowledged, not answered).
      trigger_id: `1.2.${++sent}`,
    }).toString();
    const res = await send(base, body, 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    return res.text === '' ? '' : String(JSON.parse(res.text).text);
  }

  async function feedback(team: string, vote: 'up' | 'down'): Promise<void> {
    const payload = {
      type: 'block_actions',
      api_app_id: 'A1',
      team: { id: team },
      user: { id: 'U1', team_id: team },
      channel: { id: 'C1' },
      container: { type: 'message', message_ts: '1700000200.000100', channel_id: 'C1', is_ephemeral: false },
      message: { ts: '1700000200.000100', text: 'an answer' },
      trigger_id: `1.3.${++sent}`,
      actions: [{ type: 'feedback_buttons', action_id: 'answer_feedback', block_id: 'fb', value: `${vote}:cheapest for 50M tokens?`, action_ts: String(sent) }],
    };
    const res = await send(base, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
  }

  async function click(team: string, actionId: string, value: string, user = 'U1'): Promise<void> {
    const payload = {
      type: 'block_actions',
      api_app_id: 'A1',
      team: { id: team },
      user: { id: user, team_id: team },
      container: { type: 'view', view_id: 'VHOME' },
      trigger_id: '1.2.3',
      view: { id: 'VHOME', type: 'home' },
      actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, action_ts: '1' }],
    };
    const res = await send(base, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
  }

  it("keeps each workspace's settings to itself", async () => {
    expect(await command('TA', 'settings volume 50M')).toMatch(/defaults are now 50M tokens a month/);
    expect(await command('TB', 'settings')).toMatch(/1M tokens a month/);
    expect(await command('TB', 'cheapest')).toMatch(/^Cheapest for 1M tokens a month/);
    expect(await command('TA', 'cheapest')).toMatch(/^Cheapest for 50M tokens a month/);
    expect(await command('TB', 'settings reset')).toMatch(/Back to the defaults/);
    expect(await command('TA', 'settings')).toMatch(/50M tokens a month/);
  });

  it("keeps each workspace's digest subscription to itself, with the same channel id in both", async () => {
    expect(await command('TA', 'digest on friday 17:00 UTC')).toMatch(/digest is on for this channel: Fridays at 17:00 UTC/);
    expect(await command('TB', 'digest')).not.toMatch(/Fridays/);
    expect(await command('TB', 'digest off')).not.toMatch(/turned off|is off now/i);
    expect((await store.subscriptions({ teamId: 'TA' })).map((s) => s.channelId)).toEqual(['C1']);
    expect(await store.subscriptions({ teamId: 'TB' })).toEqual([]);
    // App Home's remove button, clicked in the other workspace, removes nothing of the first.
    await click('TB', 'digest_off', 'C1');
    await fake.waitFor((r) => r.path === '/api/views.publish' && r.authorization === 'Bearer xoxb-tb');
    expect((await store.subscriptions({ teamId: 'TA' })).map((s) => s.channelId)).toEqual(['C1']);
    await click('TA', 'digest_off', 'C1');
    await fake.waitFor((r) => r.path === '/api/views.publish' && r.authorization === 'Bearer xoxb-ta');
    expect(await store.subscriptions({ teamId: 'TA' })).toEqual([]);
  });

  it('keeps watches, feedback, digest deliveries and alerts within their workspace', async () => {
    expect(await command('TA', 'watch gpt-5.4-mini')).toMatch(/^Watching GPT-5\.4 mini/);
    expect(await command('TB', 'watch list')).toMatch(/^Nothing is watched here\./);
    expect(await command('TB', 'unwatch all')).toMatch(/^Nothing was removed\./);
    expect(await command('TB', 'watch grok-4.3')).toMatch(/^Watching Grok 4\.3/);
    await click('TB', 'watch_remove', 'C1|model|gpt-5.4-mini');
    await fake.waitFor((r) => r.path === '/api/views.publish' && r.authorization === 'Bearer xoxb-tb' && JSON.stringify(r.body).includes('Grok 4.3'));
    expect((await store.watches({ teamId: 'TA' })).map((w) => w.target)).toEqual(['gpt-5.4-mini']);
    expect((await store.watches({ teamId: 'TB' })).map((w) => w.target)).toEqual(['grok-4.3']);

    // The same person, channel and message id in both workspaces: two votes, each in its own workspace.
    await feedback('TA', 'up');
    await feedback('TB', 'down');
    await vi.waitFor(async () => expect((await store.feedback({ teamId: 'TB' })).map((f) => f.vote)).toEqual(['down']));
    expect((await store.feedback({ teamId: 'TA' })).map((f) => f.vote)).toEqual(['up']);

    // The scheduler posts each workspace's digest and alerts with that workspace's own token.
    const clientFor = teamClients(authorizerOf(app) as Authorizer, (token) => deliveryClient(token, `${fakeUrl}/api/`));
    for (const team of ['TA', 'TB']) await store.subscribe(subscription('C9', { teamId: team }), new Date('2026-11-01T00:00:00Z'));
    const catalog = loadCatalog();
    const common = {
      store,
      catalog,
      clientFor,
      logger: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined },
      claimant: 'r1',
      leaseMs: 60_000,
    };
    const digests = await runDue({ ...common, observed: async () => [] }, new Date('2026-11-23T08:00:00Z'));
    expect(digests.filter((r) => r.channelId === 'C9').map((r) => [r.teamId, r.outcome])).toEqual([
      ['TA', 'posted'],
      ['TB', 'posted'],
    ]);
    const digestPosts = fake.received.filter((r) => r.path === '/api/chat.postMessage' && r.body.channel === 'C9');
    expect(digestPosts.map((r) => r.authorization).sort()).toEqual(['Bearer xoxb-ta', 'Bearer xoxb-tb']);
    expect((await store.deliveries({ teamId: 'TA' })).map((d) => d.channelId)).toEqual(['C9']);
    expect((await store.deliveries({ teamId: 'TB' })).map((d) => d.channelId)).toEqual(['C9']);

    const price = catalog.byId.get('gpt-5.4-mini')?.pricing.at(-1)?.input as number;
    const at = new Date('2026-11-23T03:00:00Z');
    await store.recordObservations(
      ['litellm', 'openrouter'].map((source) => ({ source, model: 'gpt-5.4-mini', field: 'input', value: price / 2, catalogValue: price, observedAt: at })),
    );
    const alerts = await runAlerts({ ...common, observed: (w) => observedChanges(store, catalog, w) }, new Date('2026-11-23T12:00:00Z'));
    expect(alerts.map((r) => [r.teamId, r.channelId, r.model, r.outcome])).toEqual([['TA', 'C1', 'gpt-5.4-mini', 'posted']]);
    const alertPosts = fake.received.filter((r) => r.path === '/api/chat.postMessage' && JSON.stringify(r.body.metadata ?? '').includes('modelscout_alert'));
    expect(alertPosts.map((r) => [r.body.channel, r.authorization])).toEqual([['C1', 'Bearer xoxb-ta']]);
    expect(await store.alertDeliveries({ teamId: 'TB' })).toEqual([]);
  });

  it('gives a workspace that never installed no answer, stores nothing for it, and keeps serving', async () => {
    expect(await command('T404', 'settings volume 10M')).toBe('');
    expect(await store.workspaceSettings('T404')).toBeUndefined();
    expect(logs.some((l) => l.includes('without an installation'))).toBe(true);
    expect(await command('TA', 'settings')).toMatch(/50M tokens a month/);
  });
});
