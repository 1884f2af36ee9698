// The settings for installs by many workspaces: all three OAuth values or none, never with a bot token,
// and never without the key tokens are encrypted with. Messages name the setting, never its value.
import { describe, expect, it } from 'vitest';
import { readSettings, SettingsError } from '../../src/config.ts';

const KEY = 'a'.repeat(64);
const OAUTH = { SLACK_CLIENT_ID: '1234567890.9876543210', SLACK_CLIENT_SECRET: 'abcdef0123456789abcdef0123456789', SLACK_STATE_SECRET: 'a-long-random-state-secret' };
const HTTP = { SLACK_SIGNING_SECRET: 'abcdef0123456789abcdef' };

describe('OAuth settings', () => {
  it('turn on installs by many workspaces in HTTP mode and in Socket Mode, with the key read', () => {
    const http = readSettings({ ...OAUTH, ...HTTP, MODELSCOUT_ENCRYPTION_KEY: KEY });
    expect(http.mode).toBe('http');
    expect(http.botToken).toBeUndefined();
    expect(http.oauth).toMatchObject({ clientId: OAUTH.SLACK_CLIENT_ID, stateSecret: OAUTH.SLACK_STATE_SECRET });
    expect(http.oauth?.encryptionKey.equals(Buffer.from(KEY, 'hex'))).toBe(true);
    expect(readSettings({ ...OAUTH, SLACK_APP_TOKEN: 'xapp-1-A1-2-abc', MODELSCOUT_ENCRYPTION_KEY: KEY }).mode).toBe('socket');
  });

  it('leave single-workspace mode as it is when unset', () => {
    const single = readSettings({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc', ...HTTP });
    expect(single.mode).toBe('http');
    expect(single.oauth).toBeUndefined();
  });

  it.each([
    ['a missing encryption key', { ...OAUTH, ...HTTP }, /MODELSCOUT_ENCRYPTION_KEY is missing/],
    ['a short encryption key', { ...OAUTH, ...HTTP, MODELSCOUT_ENCRYPTION_KEY: 'abcd' }, /MODELSCOUT_ENCRYPTION_KEY: expected 32 random bytes/],
    [
      'a missing client secret',
      { SLACK_CLIENT_ID: OAUTH.SLACK_CLIENT_ID, SLACK_STATE_SECRET: OAUTH.SLACK_STATE_SECRET, ...HTTP, MODELSCOUT_ENCRYPTION_KEY: KEY },
      /SLACK_CLIENT_SECRET is missing/,
    ],
    ['a bot token as well', { ...OAUTH, ...HTTP, SLACK_BOT_TOKEN: 'xoxb-1-2-abc', MODELSCOUT_ENCRYPTION_KEY: KEY }, /both SLACK_BOT_TOKEN .* are set/],
    ['no way for Slack to reach the bot', { ...OAUTH, MODELSCOUT_ENCRYPTION_KEY: KEY }, /neither SLACK_APP_TOKEN \(Socket Mode\) nor SLACK_SIGNING_SECRET/],
  ])('refuse to start with %s', (_what, env, message) => {
    expect(() => readSettings(env)).toThrow(SettingsError);
    expect(() => readSettings(env)).toThrow(message);
    try {
      readSettings(env);
    } catch (error) {
      expect(String(error)).not.toContain(OAUTH.SLACK_CLIENT_SECRET);
    }
  });
});
