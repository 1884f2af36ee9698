import { readSettings, SettingsError } from '../config.js';
import { InputError } from './errors.js';
export function runDueSetup(nowFlag) {
    const now = nowFlag === undefined ? new Date() : new Date(String(nowFlag));
    if (Number.isNaN(now.getTime()))
        throw new InputError(`--now expects an instant like 2026-11-23T09:00:00Z, got ${JSON.stringify(nowFlag)}`);
    let settings;
    try {
        settings = readSettings(process.env, { server: false });
    }
    catch (error) {
        if (error instanceof SettingsError)
            throw new InputError(error.message);
        throw error;
    }
    if (!settings.botToken && !settings.oauth)
        throw new InputError('run-due posts to Slack: set SLACK_BOT_TOKEN (one workspace) or the OAuth settings with MODELSCOUT_ENCRYPTION_KEY (many workspaces), and SLACK_API_URL for a proxy or test server.');
    return { now, settings };
}
//# sourceMappingURL=run-due.js.map