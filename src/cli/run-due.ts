// What `digest run-due` and `alerts run-due` need before a pass posts: the instant it runs at, and settings that can post to Slack.
import { readSettings, SettingsError, type Settings } from '../config.ts';
import { InputError } from './errors.ts';

export function runDueSetup(nowFlag: unknown): { now: Date; settings: Settings } {
  const now = nowFlag === undefined ? new Date() : new Date(String(nowFlag));
  if (Number.isNaN(now.getTime())) throw new InputError(`--now expects an instant like 2026-11-23T09:00:00Z, got ${JSON.stringify(nowFlag)}`);
  let settings: Settings;
  try {
    settings = readSettings(process.env, { server: false });
  } catch (error) {
    if (error instanceof SettingsError) throw new InputError(error.message);
    throw error;
  }
  if (!settings.botToken && !settings.oauth)
    throw new InputError(
      'run-due posts to Slack: set SLACK_BOT_TOKEN (one workspace) or the OAuth settings with MODELSCOUT_ENCRYPTION_KEY (many workspaces), and SLACK_API_URL for a proxy or test server.',
    );
  return { now, settings };
}
