import { existsSync } from 'node:fs';
import { z } from 'zod';
const optional = (schema) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());
const Env = z.object({
    SLACK_BOT_TOKEN: optional(z.string().regex(/^xoxb-[\w-]+$/, 'expected a bot token starting with xoxb-')),
    SLACK_APP_TOKEN: optional(z.string().regex(/^xapp-[\w-]+$/, 'expected an app-level token starting with xapp-')),
    SLACK_SIGNING_SECRET: optional(z.string().regex(/^[0-9a-f]{16,}$/i, "expected the hex signing secret from the app's Basic Information page")),
    SLACK_API_URL: optional(z.url({ error: 'expected a URL such as https://slack.com/api/' })),
    PORT: optional(z.string().regex(/^\d+$/, 'expected a port number'))
        .transform((v) => (v === undefined ? 3000 : Number(v)))
        .refine((n) => n >= 0 && n <= 65535, 'expected a port from 0 to 65535'),
    HOST: optional(z.string().min(1)),
    LOG_LEVEL: optional(z.enum(['debug', 'info', 'warn', 'error'], { error: 'expected debug, info, warn or error' })),
    MODELSCOUT_DATA_DIR: optional(z.string().min(1)),
    DATABASE_URL: optional(z.string().regex(/^postgres(?:ql)?:\/\//, 'expected a postgres:// URL')),
    MODELSCOUT_ACCEPT_CATALOG: optional(z.enum(['0', '1'], { error: 'expected 1 (accept a catalog that lost providers) or 0' })),
    MODELSCOUT_SYNC_HOURS: optional(z.string().regex(/^\d+(\.\d+)?$/, 'expected a number of hours (24 = daily, 0 = off)')),
    SLACK_CLIENT_ID: optional(z.string().regex(/^\d+\.\d+$/, "expected the numeric client id from the app's Basic Information page, like 1234567890.9876543210")),
    SLACK_CLIENT_SECRET: optional(z.string().regex(/^[0-9a-f]{16,}$/i, "expected the hex client secret from the app's Basic Information page")),
    SLACK_STATE_SECRET: optional(z.string().min(16, "expected a random string of at least 16 characters (it signs the install flow's state)")),
    SLACK_REDIRECT_URI: optional(z.url({ error: 'expected the public URL of /slack/oauth_redirect, e.g. https://scout.example.com/slack/oauth_redirect' })),
    MODELSCOUT_ENCRYPTION_KEY: optional(z.string().refine((v) => encryptionKeyOf(v) !== undefined, 'expected 32 random bytes as 64 hex digits or base64 (openssl rand -hex 32)')),
});
export function encryptionKeyOf(text) {
    const t = text.trim();
    if (/^[0-9a-f]{64}$/i.test(t))
        return Buffer.from(t, 'hex');
    if (/^[A-Za-z0-9+/_-]{43}=?$/.test(t)) {
        const key = Buffer.from(t, t.includes('-') || t.includes('_') ? 'base64url' : 'base64');
        if (key.length === 32)
            return key;
    }
    return undefined;
}
const OAUTH_VARS = ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET'];
function oauthOf(e) {
    const set = OAUTH_VARS.filter((k) => e[k] !== undefined);
    if (set.length === 0)
        return undefined;
    const missing = OAUTH_VARS.filter((k) => e[k] === undefined);
    if (missing.length > 0)
        throw new SettingsError(`Cannot start: installs by many workspaces (OAuth) need ${OAUTH_VARS.join(', ')}; ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing.`);
    if (e.SLACK_BOT_TOKEN)
        throw new SettingsError('Cannot start: both SLACK_BOT_TOKEN (one workspace) and SLACK_CLIENT_ID/SLACK_CLIENT_SECRET/SLACK_STATE_SECRET (installs by many workspaces) are set. Keep one: each installed workspace gets its own token through OAuth.');
    const key = e.MODELSCOUT_ENCRYPTION_KEY === undefined ? undefined : encryptionKeyOf(e.MODELSCOUT_ENCRYPTION_KEY);
    if (!key)
        throw new SettingsError("Cannot start: installs by many workspaces (OAuth) store each workspace's tokens encrypted, and MODELSCOUT_ENCRYPTION_KEY is missing. Set it to 32 random bytes as 64 hex digits (openssl rand -hex 32) and keep it: tokens stored under one key cannot be read with another.");
    return {
        clientId: e.SLACK_CLIENT_ID,
        clientSecret: e.SLACK_CLIENT_SECRET,
        stateSecret: e.SLACK_STATE_SECRET,
        redirectUri: e.SLACK_REDIRECT_URI,
        encryptionKey: key,
    };
}
export class SettingsError extends Error {
    name = 'SettingsError';
}
export function loadDotEnv(path = '.env') {
    if (existsSync(path))
        process.loadEnvFile(path);
}
export function readSettings(env = process.env, options = {}) {
    const parsed = Env.safeParse(env);
    if (!parsed.success) {
        const lines = parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
        throw new SettingsError(`Cannot start: ${lines.join('; ')}. See .env.example.`);
    }
    const e = parsed.data;
    const oauth = oauthOf(e);
    let mode = 'console';
    if (oauth && e.SLACK_APP_TOKEN)
        mode = 'socket';
    else if (oauth && e.SLACK_SIGNING_SECRET)
        mode = 'http';
    else if (oauth && options.server !== false) {
        throw new SettingsError('Cannot start: the OAuth settings are set, but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is. Set one of them: Slack needs a way to reach the bot.');
    }
    else if (e.SLACK_BOT_TOKEN && e.SLACK_APP_TOKEN)
        mode = 'socket';
    else if (e.SLACK_BOT_TOKEN && e.SLACK_SIGNING_SECRET)
        mode = 'http';
    else if (e.SLACK_BOT_TOKEN && options.server !== false) {
        throw new SettingsError('Cannot start: SLACK_BOT_TOKEN is set, but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is. Set one of them, or unset SLACK_BOT_TOKEN for the local console.');
    }
    else if (!oauth && (e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) && options.server !== false) {
        throw new SettingsError(`Cannot start: ${e.SLACK_APP_TOKEN ? 'SLACK_APP_TOKEN' : 'SLACK_SIGNING_SECRET'} is set but SLACK_BOT_TOKEN is missing (the xoxb- token from OAuth & Permissions).`);
    }
    return {
        mode,
        botToken: e.SLACK_BOT_TOKEN,
        appToken: e.SLACK_APP_TOKEN,
        signingSecret: e.SLACK_SIGNING_SECRET,
        apiUrl: e.SLACK_API_URL,
        port: e.PORT,
        host: e.HOST,
        logLevel: (e.LOG_LEVEL ?? 'info'),
        dataDir: e.MODELSCOUT_DATA_DIR,
        databaseUrl: e.DATABASE_URL,
        syncIntervalMs: mode === 'console' ? 0 : Number(e.MODELSCOUT_SYNC_HOURS ?? 24) * 3_600_000,
        acceptCatalog: e.MODELSCOUT_ACCEPT_CATALOG === '1',
        ...(oauth ? { oauth } : {}),
    };
}
//# sourceMappingURL=config.js.map