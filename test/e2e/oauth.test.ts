// Installs by many workspaces, end to end: the app in HTTP mode with OAuth settings, against the fake
// Slack (which answers oauth.v2.access and records each call's Authorization header). A workspace installs
// through GET /slack/install and /slack/oauth_redirect, is answered with its own token, is refreshed when
// its rotating token nears expiry, and is forgotten when it uninstalls; a workspace that never installed
// gets nothing.
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import type { Settings } from '../../src/config.ts';
import { deliveryClient } from '../../src/delivery/client.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { authorizerOf, createSlackApp, startSlackApp } from '../../src/slack/app.ts';
import { botScopes, teamClients } from '../../src/slack/oauth.ts';
import { openPgliteStore } from '../../src/store/pglite.ts';
import type { Store } from '../../src/store/store.ts';
import { subscription } from '../helpers/subscriptions.ts';
import { FakeSlack } from './fake-slack.ts';
import { httpSettings, send } from './signed.ts';

const fake = new FakeSlack();
let fakeUrl = '';
let base = '';
let app: App;
let server: Server | undefined;
let store: Store;
const logs: string[] = [];

const OAUTH = { clientId: '1234567890.9876543210', clientSecret: 'abcdef0123456789abcdef0123456789', stateSecret: 'state-secret-for-tests', encryptionKey: randomBytes(32) };

beforeAll(async () => {
  fakeUrl = await fake.start();
  const { botToken: _none, ...http } = httpSettings(fakeUrl);
  const settings: Settings = { ...http, oauth: OAUTH };
  const log = (...m: unknown[]) => logs.push(m.map(String).join(' '));
  const logger = { debug: () => undefined, info: log, warn: log, error: log };
  store = await openPgliteStore();
  app = createSlackApp(settings, { catalog: loadCatalog(), now: () => new Date('2026-11-22T12:00:00Z'), logger, store });
  server = await startSlackApp(app, settings);
  base = `http://127.0.0.1:${(server?.address() as AddressInfo | undefined)?.port}`;
});

afterAll(async () => {
  await app?.stop();
  await store?.close();
  await fake.stop();
});

/** Runs the install flow in a browser's place: the install page (state cookie), then Slack's redirect back with `code`. */
async function install(code: string, cookieState?: (state: string) => string): Promise<{ status: number; text: string; authorizeUrl: URL }> {
  const page = await fetch(`${base}/slack/install`);
  expect(page.status).toBe(200);
  const html = await page.text();
  const href = /href="(https:\/\/slack\.com\/oauth\/v2\/authorize\?[^"]+)"/.exec(html)?.[1];
  expect(href).toBeDefined();
  const authorizeUrl = new URL((href as string).replace(/&amp;/g, '&'));
  const cookie = /slack-app-oauth-state=([^;]+)/.exec(page.headers.get('set-cookie') ?? '')?.[1] as string;
  expect(cookie).toBe(authorizeUrl.searchParams.get('state'));
  const back = await fetch(`${base}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(cookie)}`, {
    headers: { cookie: `slack-app-oauth-state=${cookieState ? cookieState(cookie) : cookie}` },
  });
  return { status: back.status, text: await back.text(), authorizeUrl };
}

function eventFrom(team: string, inner: Record<string, unknown>) {
  const body = JSON.stringify({
    token: 'legacy-verification-token',
    team_id: team,
    api_app_id: 'A1',
    event: inner,
    type: 'event_callback',
    event_id: `Ev${randomBytes(5).toString('hex')}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: team, user_id: `U${team}BOT`, is_bot: true, is_enterprise_install: false }],
  });
  return send(base, body, 'application/json');
}

const mention = (team: string, channel: string, ts: string) =>
  eventFrom(team, { type: 'app_mention', user: 'U1', text: `<@U${team}BOT> cheapest for 50M tokens?`, ts, channel, event_ts: ts });

const postsTo = (channel: string) => fake.received.filter((r) => r.path === '/api/chat.postMessage' && r.body.channel === channel);

describe('install flow', () => {
  it('serves "Add to Slack" with the manifest\'s scopes and a state cookie, then exchanges the code and stores the workspace encrypted', async () => {
    const manifestScopes = parse(readFileSync('manifest.yml', 'utf8')).oauth_config.scopes.bot as string[];
    fake.installs['code-t1'] = { teamId: 'T1', teamName: 'Acme', botToken: 'xoxb-t1-first', botUserId: 'UT1BOT', scopes: manifestScopes };
    const { status, text, authorizeUrl } = await install('code-t1');
    expect(status).toBe(200);
    expect(text).toMatch(/Thank you!/i);
    expect(authorizeUrl.searchParams.get('client_id')).toBe(OAUTH.clientId);
    expect((authorizeUrl.searchParams.get('scope') ?? '').split(',').sort()).toEqual([...manifestScopes].sort());
    expect(botScopes()).toEqual(manifestScopes);
    const exchange = fake.to('/api/oauth.v2.access')[0];
    expect(exchange?.body).toMatchObject({ code: 'code-t1', client_id: OAUTH.clientId });
    const row = await store.installation({ teamId: 'T1', isEnterpriseInstall: false });
    expect(row).toMatchObject({ teamId: 'T1', teamName: 'Acme', botUserId: 'UT1BOT' });
    expect([...(row?.botScopes ?? [])].sort()).toEqual([...manifestScopes].sort());
    expect(JSON.stringify(row)).not.toContain('xoxb');
    expect(logs.join('\n')).not.toContain('xoxb-t1-first');
  });

  it("refuses a redirect whose state is not the browser session's, and stores nothing", async () => {
    fake.installs['code-t9'] = { teamId: 'T9', botToken: 'xoxb-t9', botUserId: 'UT9BOT' };
    const { status } = await install('code-t9', () => 'someone-elses-state');
    expect(status).toBeGreaterThanOrEqual(400);
    expect(await store.installation({ teamId: 'T9', isEnterpriseInstall: false })).toBeUndefined();
  });
});

describe('requests from installed and unknown workspaces', () => {
  it("answers a mention with that workspace's own token", async () => {
    expect((await mention('T1', 'C-T1', '1700000100.000100')).status).toBe(200);
    const post = await fake.waitFor((r) => r.path === '/api/chat.postMessage' && r.body.channel === 'C-T1');
    expect(post.authorization).toBe('Bearer xoxb-t1-first');
    expect(String(post.body.text)).toMatch(/^Cheapest for 50M tokens a month/);
  });

  it('gives a workspace that never installed no answer, and keeps serving', async () => {
    const res = await mention('T404', 'C-T404', '1700000101.000100');
    expect(res.status).toBe(200);
    // The refusal is logged before the request is acknowledged.
    expect(logs.some((l) => l.includes('without an installation'))).toBe(true);
    const command = await send(
      base,
      new URLSearchParams({
        team_id: 'T404',
        channel_id: 'C-T404',
        user_id: 'U1',
        command: '/models',
        text: 'help',
        api_app_id: 'A1',
        response_url: `${fakeUrl}/response/t404`,
        trigger_id: '1.2.3',
      }).toString(),
      'application/x-www-form-urlencoded',
    );
    expect(command.status).toBe(200);
    expect(command.text).toBe('');
    expect((await mention('T1', 'C-T1b', '1700000102.000100')).status).toBe(200);
    await fake.waitFor((r) => r.path === '/api/chat.postMessage' && r.body.channel === 'C-T1b');
    expect(postsTo('C-T404')).toHaveLength(0);
    expect(fake.to('/response/t404')).toHaveLength(0);
  });
});

describe('token rotation', () => {
  it('refreshes a token near expiry before answering, and stores the new one', async () => {
    fake.installs['code-t3'] = { teamId: 'T3', botToken: 'xoxe.xoxb-t3-old', botUserId: 'UT3BOT', refreshToken: 'xoxe-1-t3-refresh', expiresIn: 3600 };
    fake.refreshes['xoxe-1-t3-refresh'] = { botToken: 'xoxe.xoxb-t3-new', refreshToken: 'xoxe-1-t3-refresh-2', expiresIn: 43_200 };
    expect((await install('code-t3')).status).toBe(200);
    await mention('T3', 'C-T3', '1700000103.000100');
    const post = await fake.waitFor((r) => r.path === '/api/chat.postMessage' && r.body.channel === 'C-T3');
    expect(post.authorization).toBe('Bearer xoxe.xoxb-t3-new');
    expect(fake.to('/api/oauth.v2.access').some((r) => r.body.grant_type === 'refresh_token' && r.body.refresh_token === 'xoxe-1-t3-refresh')).toBe(true);
    const row = await store.installation({ teamId: 'T3', isEnterpriseInstall: false });
    expect((row?.botTokenExpiresAt?.getTime() ?? 0) - Date.now()).toBeGreaterThan(11 * 3_600_000);
  });

  it("gives the scheduler each workspace's current token, refreshing one near expiry with no event to trigger it", async () => {
    fake.installs['code-t4'] = { teamId: 'T4', botToken: 'xoxe.xoxb-t4-old', botUserId: 'UT4BOT', refreshToken: 'xoxe-1-t4-refresh', expiresIn: 600 };
    fake.refreshes['xoxe-1-t4-refresh'] = { botToken: 'xoxe.xoxb-t4-new', refreshToken: 'xoxe-1-t4-refresh-2', expiresIn: 43_200 };
    expect((await install('code-t4')).status).toBe(200);
    const clientFor = teamClients(authorizerOf(app) as NonNullable<ReturnType<typeof authorizerOf>>, (token) => deliveryClient(token, `${fakeUrl}/api/`));
    const client = await clientFor('T4');
    await client?.chat.postMessage({ channel: 'C-T4', text: 'scheduled' });
    expect(postsTo('C-T4')[0]?.authorization).toBe('Bearer xoxe.xoxb-t4-new');
    expect(await clientFor('T404')).toBeUndefined();
  });
});

describe('uninstall', () => {
  it("app_uninstalled deletes the workspace's tokens at once and pauses its digests; its mentions then get nothing; a reinstall resumes", async () => {
    await store.subscribe(subscription('C-T1', { teamId: 'T1' }), new Date('2026-11-20T00:00:00Z'));
    await store.subscribe(subscription('C-T3', { teamId: 'T3' }), new Date('2026-11-20T00:00:00Z'));
    expect((await eventFrom('T1', { type: 'app_uninstalled' })).status).toBe(200);
    await vi.waitFor(async () => expect(await store.installation({ teamId: 'T1', isEnterpriseInstall: false })).toBeUndefined());
    await vi.waitFor(async () => expect((await store.subscriptions({ teamId: 'T1' }))[0]).toMatchObject({ status: 'paused', pausedReason: 'app_uninstalled' }));
    expect(await store.installation({ teamId: 'T3', isEnterpriseInstall: false })).toBeDefined();
    expect((await store.subscriptions({ teamId: 'T3' }))[0]?.status).toBe('active');

    const before = logs.filter((l) => l.includes('without an installation')).length;
    await mention('T1', 'C-T1-gone', '1700000104.000100');
    expect(logs.filter((l) => l.includes('without an installation')).length).toBe(before + 1);
    expect(postsTo('C-T1-gone')).toHaveLength(0);

    fake.installs['code-t1-again'] = { teamId: 'T1', botToken: 'xoxb-t1-second', botUserId: 'UT1BOT' };
    expect((await install('code-t1-again')).status).toBe(200);
    expect((await store.subscriptions({ teamId: 'T1' }))[0]?.status).toBe('active');
    await mention('T1', 'C-T1-back', '1700000105.000100');
    expect((await fake.waitFor((r) => r.path === '/api/chat.postMessage' && r.body.channel === 'C-T1-back')).authorization).toBe('Bearer xoxb-t1-second');
  });

  it('tokens_revoked for the bot does the same', async () => {
    await eventFrom('T3', { type: 'tokens_revoked', tokens: { bot: ['UT3BOT'] } });
    await vi.waitFor(async () => expect(await store.installation({ teamId: 'T3', isEnterpriseInstall: false })).toBeUndefined());
    await vi.waitFor(async () => expect((await store.subscriptions({ teamId: 'T3' }))[0]).toMatchObject({ status: 'paused', pausedReason: 'tokens_revoked' }));
  });
});
