// Settings from the environment (and .env when present), checked once at startup.
// A missing or malformed setting stops startup with a message that names it; values never reach a log.
import { existsSync } from 'node:fs';
import { z } from 'zod';

const optional = (schema: z.ZodType<string>) => z.preprocess((v) => (v === '' ? undefined : v), schema.optional());

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
});

export type Mode = 'socket' | 'http' | 'console';

export interface Settings {
  mode: Mode;
  botToken?: string;
  appToken?: string;
  signingSecret?: string;
  apiUrl?: string;
  port: number;
  host?: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  dataDir?: string;
  databaseUrl?: string;
  /** How often the bot syncs prices from the public catalogs; 0 = never. Daily by default in Slack modes. */
  syncIntervalMs: number;
  /** Start even when the catalog lost providers the last start had (MODELSCOUT_ACCEPT_CATALOG=1). */
  acceptCatalog?: boolean;
}

export class SettingsError extends Error {
  override name = 'SettingsError';
}

/** Loads .env into process.env when the file exists (values already set win). */
export function loadDotEnv(path = '.env'): void {
  if (existsSync(path)) process.loadEnvFile(path);
}

/** Reads and checks the settings. `server: false` (CLI tools) skips the check that a Slack mode is complete. */
export function readSettings(env: NodeJS.ProcessEnv = process.env, options: { server?: boolean } = {}): Settings {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    throw new SettingsError(`Cannot start: ${lines.join('; ')}. See .env.example.`);
  }
  const e = parsed.data;
  let mode: Mode = 'console';
  if (e.SLACK_BOT_TOKEN && e.SLACK_APP_TOKEN) mode = 'socket';
  else if (e.SLACK_BOT_TOKEN && e.SLACK_SIGNING_SECRET) mode = 'http';
  else if (e.SLACK_BOT_TOKEN && options.server !== false) {
    throw new SettingsError(
      'Cannot start: SLACK_BOT_TOKEN is set, but neither SLACK_APP_TOKEN (Socket Mode) nor SLACK_SIGNING_SECRET (HTTP mode) is. Set one of them, or unset SLACK_BOT_TOKEN for the local console.',
    );
  } else if ((e.SLACK_APP_TOKEN || e.SLACK_SIGNING_SECRET) && options.server !== false) {
    throw new SettingsError(
      `Cannot start: ${e.SLACK_APP_TOKEN ? 'SLACK_APP_TOKEN' : 'SLACK_SIGNING_SECRET'} is set but SLACK_BOT_TOKEN is missing (the xoxb- token from OAuth & Permissions).`,
    );
  }
  return {
    mode,
    botToken: e.SLACK_BOT_TOKEN,
    appToken: e.SLACK_APP_TOKEN,
    signingSecret: e.SLACK_SIGNING_SECRET,
    apiUrl: e.SLACK_API_URL,
    port: e.PORT,
    host: e.HOST,
    logLevel: (e.LOG_LEVEL ?? 'info') as Settings['logLevel'],
    dataDir: e.MODELSCOUT_DATA_DIR,
    databaseUrl: e.DATABASE_URL,
    // The sync fetches from the internet: off in the local console, daily in the bot unless set.
    syncIntervalMs: mode === 'console' ? 0 : Number(e.MODELSCOUT_SYNC_HOURS ?? 24) * 3_600_000,
    acceptCatalog: e.MODELSCOUT_ACCEPT_CATALOG === '1',
  };
}
