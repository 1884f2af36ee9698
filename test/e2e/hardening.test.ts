// The HTTP bot under bad requests and a bad store: nothing a request carries can end the process,
// replays are acknowledged without acting, the store's state shows in /healthz.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ports } from '../../src/app/ports.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { createSlackApp, startSlackApp } from '../../src/slack/app.ts';
import { openPgliteStore } from '../../src/store/pglite.ts';
import type { Store } from '../../src/store/store.ts';
import { FakeSlack } from './fake-slack.ts';
import { httpSettings, send, slashCommand } from './signed.ts';

const fake = new FakeSlack();
let fakeUrl = '';
let base = '';
let app: App;
let server: Server | undefined;
let store: Store;
let storeHealthy = true;
const logs: string[] = [];

beforeAll(async () => {
  fakeUrl = await fake.start();
  const settings = httpSettings(fakeUrl);
  const logger = {
    debug: () => undefined,
    info: (...m: unknown[]) => logs.push(m.join(' ')),
    warn: (...m: unknown[]) => logs.push(m.join(' ')),
    error: (...m: unknown[]) => logs.push(m.join(' ')),
  };
  store = await openPgliteStore();
  // A store whose health can be switched off, to see /healthz follow it.
  const watched = new Proxy(store, {
    get: (target, key, receiver) =>
      key === 'health' ? async () => (storeHealthy ? target.health() : { ok: false, detail: 'the store did not answer within 5000 ms' }) : Reflect.get(target, key, receiver),
  });
  const ports: Ports = { catalog: loadCatalog(), now: () => new Date('2026-11-22T12:00:00Z'), logger, store: watched };
  app = createSlackApp(settings, ports);
  server = await startSlackApp(app, settings);
  base = `http://127.0.0.1:${(server?.address() as AddressInfo | undefined)?.port}`;
});

afterAll(async () => {
  await app?.stop();
  await store?.close();
  await fake.stop();
});

const stillServes = async () => {
  const res = await slashCommand(base, fakeUrl, '/models', 'help', { id: `alive-${Math.random()}` });
  expect(res.status).toBe(200);
  expect(JSON.parse(res.text)).toMatchObject({ text: expect.stringMatching(/^Model Scout knows/) });
};

describe('request bodies', () => {
  it.each([
    ['JSON null', 'null', 'application/json'],
    ['a JSON array', '[1,2]', 'application/json'],
    ['a JSON number', '42', 'application/json'],
    ['a form whose payload is null', 'payload=null', 'application/x-www-form-urlencoded'],
    ['a form whose payload is not JSON', 'payload=%7Bnope', 'application/x-www-form-urlencoded'],
  ])('a validly signed body that is %s is refused with 400, and the bot keeps serving', async (_what, body, type) => {
    const res = await send(base, body, type);
    expect(res.status).toBe(400);
    await stillServes();
  });
});

describe('timestamps and replays', () => {
  it('refuses a correctly signed request stamped more than five minutes in the future', async () => {
    const res = await slashCommand(base, fakeUrl, '/models', 'help', { timestamp: Math.floor(Date.now() / 1000) + 6 * 60 });
    expect(res.status).toBe(401);
    const near = await slashCommand(base, fakeUrl, '/models', 'help', { timestamp: Math.floor(Date.now() / 1000) + 60 });
    expect(near.status).toBe(200);
  });

  it('acknowledges an exact replay of a settings change without applying it again', async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const first = await slashCommand(base, fakeUrl, '/models', 'settings volume 7M', { id: 'replay', timestamp });
    expect(JSON.parse(first.text)).toMatchObject({ text: expect.stringContaining('7M tokens a month') });
    const before = await store.workspaceSettings('T1');
    const again = await slashCommand(base, fakeUrl, '/models', 'settings volume 7M', { id: 'replay', timestamp });
    expect(again.status).toBe(200);
    expect(again.text).toBe('');
    expect((await store.workspaceSettings('T1'))?.updatedAt).toEqual(before?.updatedAt);
    expect(logs.some((l) => l.includes('repeated Slack request'))).toBe(true);
  });

  it('answers an event once, however often Slack retries it (same event id, new signature)', async () => {
    const body = JSON.stringify({
      token: 'legacy-verification-token',
      team_id: 'T1',
      api_app_id: 'A1',
      event: { type: 'app_mention', text: '<@UBOT> help', ts: '1700000100.1', user: 'U1', channel: 'C7' },
      type: 'event_callback',
      event_id: 'Ev0RETRY01',
      event_time: 1700000100,
    });
    const now = Math.floor(Date.now() / 1000);
    expect((await send(base, body, 'application/json', { timestamp: now })).status).toBe(200);
    expect((await send(base, body, 'application/json', { timestamp: now + 1 })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    const posts = fake.received.filter((r) => r.path.endsWith('chat.postMessage') && r.body.channel === 'C7');
    expect(posts).toHaveLength(1);
  });
});

describe('commands the app does not have', () => {
  it('answers an unknown slash command at once, naming the ones it has', async () => {
    const res = await slashCommand(base, fakeUrl, '/weather', 'berlin');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('/compare and /models') });
  });
});

describe('/healthz', () => {
  it('answers GET and HEAD with the store state, and 503 when the store does not answer', async () => {
    const ok = await fetch(`${base}/healthz`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ ok: true, store: { ok: true } });
    const head = await fetch(`${base}/healthz`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    storeHealthy = false;
    try {
      const down = await fetch(`${base}/healthz`);
      expect(down.status).toBe(503);
      expect(await down.json()).toMatchObject({ ok: false, store: { ok: false, detail: expect.stringContaining('did not answer') } });
      expect((await fetch(`${base}/healthz`, { method: 'HEAD' })).status).toBe(503);
    } finally {
      storeHealthy = true;
    }
  });
});
