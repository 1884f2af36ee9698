import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.ts';
import type { Settings } from '../../src/config.ts';
import { createSlackApp, SlackStartError, startSlackApp } from '../../src/slack/app.ts';
import { FakeSlack } from '../e2e/fake-slack.ts';

const bot = { catalog: loadCatalog(), now: () => new Date(), logger: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined } };

describe('starting the Slack app', () => {
  it('reports a token Slack rejects with a clear message that does not repeat the token', async () => {
    const fake = new FakeSlack();
    const url = await fake.start();
    fake.replies['auth.test'] = { ok: false, error: 'invalid_auth' };
    const settings: Settings = {
      mode: 'http',
      botToken: 'xoxb-secret-111',
      signingSecret: 'abcdef0123456789abcdef',
      apiUrl: `${url}/api/`,
      port: 0,
      host: '127.0.0.1',
      logLevel: 'error',
      syncIntervalMs: 0,
    };
    const app = createSlackApp(settings, bot);
    const error = await startSlackApp(app, settings).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SlackStartError);
    expect((error as Error).message).toMatch(/Slack did not accept SLACK_BOT_TOKEN \(invalid_auth\)/);
    expect((error as Error).message).not.toContain('xoxb-secret-111');
    await fake.stop();
  });

  it('builds a Socket Mode app without connecting until started', () => {
    const settings: Settings = { mode: 'socket', botToken: 'xoxb-1-2-abc', appToken: 'xapp-1-A1-2-abc', port: 3000, logLevel: 'error', syncIntervalMs: 0 };
    expect(() => createSlackApp(settings, bot)).not.toThrow();
    expect(() => createSlackApp({ ...settings, mode: 'console' }, bot)).toThrow(/needs Slack settings/);
  });
});
