// Which Slack app the settings build: one workspace's token, or installs by many workspaces (OAuth) in
// HTTP and Socket Mode, and which client the scheduler posts with in each.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../src/config.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { authorizerOf, createSlackApp, schedulerClients } from '../../src/slack/app.ts';
import { isNoInstallation, teamClients } from '../../src/slack/oauth.ts';
import { deliveryClient } from '../../src/delivery/client.ts';
import { NoInstallation } from '../../src/slack/installations.ts';

const bot = { catalog: loadCatalog(), now: () => new Date(), logger: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined } };
const oauth = { clientId: '1234567890.9876543210', clientSecret: 'abcdef0123456789abcdef0123456789', stateSecret: 'state-secret-for-tests', encryptionKey: randomBytes(32) };
const base = { port: 0, logLevel: 'error', syncIntervalMs: 0 } as const;

describe('the Slack app for one or many workspaces', () => {
  it('with one bot token: no installer, and the scheduler posts with that token', () => {
    const settings: Settings = { ...base, mode: 'socket', botToken: 'xoxb-1-2-abc', appToken: 'xapp-1-A1-2-abc' };
    const app = createSlackApp(settings, bot);
    expect(authorizerOf(app)).toBeUndefined();
    const clients = schedulerClients(app, settings);
    expect(clients.client).toBeDefined();
    expect(clients.clientFor).toBeUndefined();
  });

  it.each(['socket', 'http'] as const)('with OAuth in %s mode: an installer authorises each workspace, and the scheduler asks it per workspace', (mode) => {
    const settings: Settings = { ...base, mode, oauth, ...(mode === 'socket' ? { appToken: 'xapp-1-A1-2-abc' } : { signingSecret: 'abcdef0123456789abcdef' }) };
    const app = createSlackApp(settings, bot);
    expect(authorizerOf(app)).toBeDefined();
    const clients = schedulerClients(app, settings);
    expect(clients.clientFor).toBeDefined();
    expect(clients.client).toBeUndefined();
  });

  it('tells a missing installation (also as the cause Bolt wraps it in) from any other failure', () => {
    expect(isNoInstallation(new NoInstallation('none'))).toBe(true);
    expect(isNoInstallation({ name: 'AuthorizationError', original: new NoInstallation('none') })).toBe(true);
    expect(isNoInstallation(new Error('The store did not answer'))).toBe(false);
  });

  it("gives the scheduler each workspace's client: one authorisation for calls at once, a new client for a refreshed token", async () => {
    const tokens: Record<string, string> = { TA: 'xoxb-a-1' };
    let calls = 0;
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const clientFor = teamClients(
      {
        authorize: async ({ teamId }) => {
          calls += 1;
          await gate;
          if (teamId === 'TDOWN') throw new Error('The store did not answer');
          const token = tokens[teamId ?? ''];
          if (!token) throw { name: 'AuthorizationError', original: new NoInstallation('none') };
          return { botToken: token };
        },
      },
      (token) => deliveryClient(token),
    );
    const both = Promise.all([clientFor('TA'), clientFor('TA')]);
    release();
    const [a, b] = await both;
    expect(calls).toBe(1);
    expect(a).toBe(b);
    expect(await clientFor('TA')).toBe(a);
    tokens.TA = 'xoxb-a-2';
    const refreshed = await clientFor('TA');
    expect(refreshed).not.toBe(a);
    expect(refreshed?.token).toBe('xoxb-a-2');
    expect(await clientFor('TNONE')).toBeUndefined();
    await expect(clientFor('TDOWN')).rejects.toThrow(/did not answer/);
  });
});
