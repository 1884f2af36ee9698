import { describe, expect, it } from 'vitest';
import { readSettings, SettingsError } from '../src/config.ts';
import { createLogger, redact } from '../src/log.ts';

describe('settings', () => {
  it('chooses the mode from the tokens present', () => {
    expect(readSettings({}).mode).toBe('console');
    expect(readSettings({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_APP_TOKEN: 'xapp-1-A1-2-abc' }).mode).toBe('socket');
    expect(readSettings({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef' })).toMatchObject({ mode: 'http', port: 3000 });
    expect(readSettings({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef', PORT: '8080' }).port).toBe(8080);
  });

  it.each([
    [{ SLACK_BOT_TOKEN: 'xoxp-user-token' }, /SLACK_BOT_TOKEN: expected a bot token starting with xoxb-/],
    [{ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'abcdef0123456789', PORT: 'eighty' }, /PORT: expected a port number/],
    [{ SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef' }, /SLACK_SIGNING_SECRET is set but SLACK_BOT_TOKEN is missing/],
    [{ SLACK_API_URL: 'not a url' }, /SLACK_API_URL: expected a URL/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL: expected debug, info, warn or error/],
  ])('names the bad setting: %j', (env, message) => {
    expect(() => readSettings(env)).toThrow(SettingsError);
    expect(() => readSettings(env)).toThrow(message);
  });

  it('never repeats a secret in its message', () => {
    try {
      readSettings({ SLACK_BOT_TOKEN: 'xoxb-1-2-supersecret', SLACK_APP_TOKEN: 'xapp-bad token' });
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).not.toContain('supersecret');
      expect((error as Error).message).not.toContain('bad token');
    }
  });
});

describe('logger', () => {
  it('redacts tokens and URL passwords', () => {
    expect(redact('token xoxb-123-456-abcdef used')).toBe('token xox?-[redacted] used');
    expect(redact('app xapp-1-A2-3-zz')).toBe('app xapp-[redacted]');
    expect(redact('postgres://scout:hunter2@db:5432/x')).toBe('postgres://scout:[redacted]@db:5432/x');
    const lines: string[] = [];
    createLogger('info', (l) => lines.push(l)).error('failed with', 'xoxb-999-888-secret');
    expect(lines[0]).toMatch(/ERROR failed with xox\?-\[redacted\]$/);
    createLogger('warn', (l) => lines.push(l)).info('quiet');
    expect(lines).toHaveLength(1);
  });
});
