// One store interface over one SQL schema, for two backends: PGlite (embedded, the default) and
// PostgreSQL (DATABASE_URL, for several replicas). Both speak the same SQL through `Sql`. Every call is
// bounded by a timeout and fails with StoreUnavailable, a message for a person, when the database is out
// of reach.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DigestChoice } from '../digest/schedule.ts';

/** The little a backend must do: run a statement with $1-style parameters, run a script, hold a lock. */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs `fn` on one connection holding a session advisory lock (migrations). */
  withLock<T>(key: number, fn: (sql: Pick<Sql, 'query'> & { exec(text: string): Promise<void> }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** How long a store call may take before it fails with StoreUnavailable, unless the opener says otherwise. */
export const DEFAULT_STORE_TIMEOUT_MS = 5_000;

export interface StoreOptions {
  /** How long one store call may take, ms (default DEFAULT_STORE_TIMEOUT_MS). */
  timeoutMs?: number;
}

/**
 * The store cannot be used: the database did not answer within the timeout, refused or dropped the
 * connection, or its data directory is unusable. The message is written for a person (what, where, what
 * to do) and never holds a password or a connection string.
 */
export class StoreUnavailable extends Error {
  override readonly name = 'StoreUnavailable';
  constructor(
    message: string,
    readonly reason: 'timeout' | 'unreachable' | 'data-dir',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN']);

/** Whether an error says the database is out of reach (rather than that a statement was wrong). */
function isConnectionFailure(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  // SQLSTATE class 08: connection exception; 57P01–57P03: the server is shutting down or starting.
  if (CONNECTION_CODES.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code)) return true;
  return (
    typeof e?.message === 'string' && /timeout exceeded when trying to connect|Connection terminated|Query read timeout|Client has encountered a connection error/i.test(e.message)
  );
}

/** The server a URL names, for people: host, port and database, never the user or password. */
export function postgresLocation(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `PostgreSQL at ${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname.length > 1 ? url.pathname : ''}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}

/** One line about an error, with any credentials in a URL blanked out. */
export function describeError(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown } | null;
  const text = typeof e?.message === 'string' && e.message !== '' ? e.message : typeof e?.code === 'string' ? e.code : typeof error === 'string' ? error : 'unknown error';
  return (text.split('\n')[0] as string).replace(/(\w+:\/\/)[^@\s/]*@/g, '$1***@').slice(0, 300);
}

export interface SubscriptionInput extends DigestChoice {
  teamId: string;
  channelId: string;
  createdBy: string;
}

export interface Subscription extends SubscriptionInput {
  status: 'active' | 'paused';
  pausedReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface DeliveryKey {
  teamId: string;
  channelId: string;
  /** The local date the subscription's week starts (YYYY-MM-DD). */
  weekStart: string;
}

export type DeliveryStatus = 'claimed' | 'posted' | 'skipped' | 'failed';

/** Where a claimed post stands: the claim-then-post record a digest or an alert keeps. */
export interface DeliveryState {
  status: DeliveryStatus;
  claimedBy: string;
  claimedAt: Date;
  attempts: number;
  messageTs: string | null;
  detail: string | null;
  /** A failed delivery that a later pass may claim again (a Slack or network failure, not a closed channel). */
  retryable: boolean;
  finishedAt: Date | null;
}

export interface Delivery extends DeliveryKey, DeliveryState {}

/** How a claimed delivery ended. */
export type DeliveryResult = { status: 'posted' | 'skipped'; messageTs?: string; detail?: string } | { status: 'failed'; retryable: boolean; messageTs?: string; detail?: string };

/**
 * The outcome of trying to claim a (channel, week):
 * - `claimed`: ours, first time;
 * - `reclaimed`: ours, taken over from a claim whose lease ran out (its holder may have posted
 *   just before dying: check the channel before posting again) or from a retryable failure;
 * - `taken`: someone else's (done, or being done within its lease).
 */
export type Claim = { outcome: 'claimed' | 'reclaimed'; delivery: Delivery } | { outcome: 'taken'; delivery: Delivery };

export interface ObservationInput {
  source: string;
  model: string;
  field: string;
  /** USD per 1M tokens (prices) or tokens (limits); null when the source dropped the field. */
  value: number | null;
  catalogValue: number | null;
  observedAt: Date;
}

export interface Observation extends ObservationInput {
  id: number;
}

/** A model a source lists that the reviewed catalog lacks, with the source's prices (USD per 1M) and specs. */
export interface ListingInput {
  source: string;
  /** The catalog id the model would take. */
  model: string;
  provider: string;
  sourceId: string;
  prices: Record<string, number>;
  facts: Record<string, unknown>;
  observedAt: Date;
}

export interface WorkspaceSettings {
  teamId: string;
  defaultTokens: number | null;
  mix: { input: number; output: number } | null;
  updatedAt: Date;
}

/** Which installation: a workspace (teamId), or an organisation's org-wide install (enterpriseId, isEnterpriseInstall). */
export interface InstallationKey {
  teamId?: string | null;
  enterpriseId?: string | null;
  isEnterpriseInstall: boolean;
}

/**
 * One workspace's (or organisation's) install of the app. The token fields hold ciphertext: the store
 * never sees a token in the clear (src/slack/installations.ts encrypts and decrypts them).
 */
export interface InstallationRecord {
  /** null for an org-wide install. */
  teamId: string | null;
  enterpriseId: string | null;
  isEnterpriseInstall: boolean;
  appId: string | null;
  teamName: string | null;
  enterpriseName: string | null;
  enterpriseUrl: string | null;
  installerUserId: string | null;
  botId: string | null;
  botUserId: string;
  botScopes: string[];
  botTokenEnc: string;
  /** With token rotation on: the encrypted refresh token and when the bot token expires (both or neither). */
  botRefreshTokenEnc: string | null;
  botTokenExpiresAt: Date | null;
  installedAt: Date;
  updatedAt: Date;
}

/** A thumbs up or down on an answer, with the question it answered. */
export interface FeedbackInput {
  teamId: string;
  channelId: string;
  /** The answer's message. */
  messageTs: string;
  userId: string;
  vote: 'up' | 'down';
  question: string;
  recordedAt: Date;
}

export interface WatchInput {
  teamId: string;
  /** Where alerts go: a channel id, or the watcher's user id for a DM. */
  channelId: string;
  kind: 'model' | 'provider';
  /** A model id or a provider id. */
  target: string;
  createdBy: string;
}

export interface Watch extends WatchInput {
  status: 'active' | 'paused';
  pausedReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** One alert: a change (its key) for a workspace's channel. */
export interface AlertKey {
  teamId: string;
  channelId: string;
  changeKey: string;
}

export interface AlertDelivery extends AlertKey, DeliveryState {
  model: string;
  field: string;
}

export type AlertClaim = { outcome: 'claimed' | 'reclaimed' | 'taken'; delivery: AlertDelivery };

export interface Store {
  migrate(): Promise<number>;
  /** Whether the database answers a trivial query within the timeout, and a line saying so (for /healthz). */
  health(): Promise<{ ok: boolean; detail: string }>;
  subscribe(input: SubscriptionInput, now: Date): Promise<Subscription>;
  unsubscribe(teamId: string, channelId: string): Promise<boolean>;
  subscriptions(filter?: { teamId?: string; status?: Subscription['status'] }): Promise<Subscription[]>;
  setSubscriptionStatus(teamId: string, channelId: string, status: Subscription['status'], reason: string | null, now: Date): Promise<void>;
  claimDelivery(key: DeliveryKey, claimant: string, now: Date, leaseMs: number): Promise<Claim>;
  /** Notes the main post of a delivery still in progress (so a retry finishes its thread); false if the claim is no longer ours. */
  noteMessage(key: DeliveryKey, claimant: string, messageTs: string): Promise<boolean>;
  /** Records how a claimed delivery ended; false if the claim is no longer ours. */
  finishDelivery(key: DeliveryKey, claimant: string, result: DeliveryResult, now: Date): Promise<boolean>;
  deliveries(filter?: { teamId?: string; channelId?: string; weekStart?: string }): Promise<Delivery[]>;
  recordObservations(observations: ObservationInput[]): Promise<number>;
  observations(filter?: { from?: Date; to?: Date; model?: string; source?: string }): Promise<Observation[]>;
  /** Records the new models a sync found (all or none); returns how many rows were new. */
  recordListings(listings: ListingInput[]): Promise<number>;
  listings(filter?: { from?: Date; to?: Date }): Promise<ListingInput[]>;
  workspaceSettings(teamId: string): Promise<WorkspaceSettings | undefined>;
  setWorkspaceSettings(settings: WorkspaceSettings): Promise<void>;
  /** The providers (and their model counts) of the catalog the bot last started with; empty before the first start. */
  catalogProviders(): Promise<{ providerId: string; models: number }[]>;
  /** Records the catalog the bot starts with, replacing the last one. */
  setCatalogProviders(providers: { providerId: string; models: number }[], now: Date): Promise<void>;
  /** Adds a watch (or resumes a paused one); the first time it was added stays. */
  addWatch(input: WatchInput, now: Date): Promise<Watch>;
  /** Removes a watch; whether there was one. */
  removeWatch(teamId: string, channelId: string, kind: Watch['kind'], target: string): Promise<boolean>;
  watches(filter?: { teamId?: string; channelId?: string; channelIds?: string[]; status?: Watch['status'] }): Promise<Watch[]>;
  /** Pauses or resumes every watch of a channel (a closed channel, a reopened one). */
  setWatchesStatus(teamId: string, channelId: string, status: Watch['status'], reason: string | null, now: Date): Promise<void>;
  /** Claims an alert before posting it, like a digest delivery (see Claim). */
  claimAlert(key: AlertKey, about: { model: string; field: string }, claimant: string, now: Date, leaseMs: number): Promise<AlertClaim>;
  /** Records how a claimed alert ended; false if the claim is no longer ours. */
  finishAlert(key: AlertKey, claimant: string, result: DeliveryResult, now: Date): Promise<boolean>;
  alertDeliveries(filter?: { teamId?: string; channelId?: string }): Promise<AlertDelivery[]>;
  /** Saves an installation (a reinstall replaces the tokens and scopes; the first install time stays). */
  saveInstallation(record: InstallationRecord): Promise<void>;
  installation(key: InstallationKey): Promise<InstallationRecord | undefined>;
  /** Deletes an installation and its tokens; how many rows went. */
  deleteInstallation(key: InstallationKey): Promise<number>;
  /** Pauses a workspace's active digest subscriptions (and watches) for `reason`; how many were paused. */
  pauseTeam(teamId: string, reason: string, now: Date): Promise<number>;
  /** Resumes what `pauseTeam` paused for one of `reasons` (never what a closed channel paused); how many. */
  resumeTeam(teamId: string, reasons: string[], now: Date): Promise<number>;
  /** Records a vote on an answer (a person's later vote on the same answer replaces it); `feedback` lists them, newest first. */
  recordFeedback(input: FeedbackInput): Promise<void>;
  feedback(filter?: { teamId?: string; vote?: FeedbackInput['vote'] }): Promise<FeedbackInput[]>;
  /** Remembers a conversation's last question (replacing the one before), and forgets every one asked before `forgetBefore`. */
  rememberQuestion(key: ConversationKey, command: string, now: Date, forgetBefore: Date): Promise<void>;
  /** A conversation's last question asked since `since`, as its command; undefined when none is. */
  lastQuestion(key: ConversationKey, since: Date): Promise<string | undefined>;
  close(): Promise<void>;
}

/** A conversation: a thread (`threadTs`), or a DM's top level ('' for none). */
export interface ConversationKey {
  teamId: string;
  channelId: string;
  threadTs: string;
}

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const MIGRATION_LOCK = 0x6d736374; // "msct"
/**
 * Migrations run while the store opens, on a first boot as well, and may wait for another replica's:
 * they get at least this long as a whole (each statement on PostgreSQL is still held to the store's timeout).
 */
const MIGRATIONS_TIMEOUT_MS = 30_000;

interface SubscriptionRow {
  team_id: string;
  channel_id: string;
  created_by: string;
  weekday: number;
  local_time: string;
  time_zone: string;
  providers: string[];
  watched: string[];
  quiet: 'line' | 'skip';
  status: 'active' | 'paused';
  paused_reason: string | null;
  created_at: Date;
  updated_at: Date;
}

/** The claim-then-post columns a digest's and an alert's delivery rows share. */
interface DeliveryStateRow {
  status: DeliveryStatus;
  claimed_by: string;
  claimed_at: Date | string;
  attempts: number;
  message_ts: string | null;
  detail: string | null;
  retryable: boolean;
  finished_at: Date | string | null;
}

interface DeliveryRow extends DeliveryStateRow {
  team_id: string;
  channel_id: string;
  week_start: string;
}

const toDate = (v: Date | string): Date => (v instanceof Date ? v : new Date(v));

interface InstallationRow {
  enterprise_id: string;
  team_id: string;
  is_enterprise_install: boolean;
  app_id: string | null;
  team_name: string | null;
  enterprise_name: string | null;
  enterprise_url: string | null;
  installer_user_id: string | null;
  bot_id: string | null;
  bot_user_id: string;
  bot_scopes: string[];
  bot_token_enc: string;
  bot_refresh_token_enc: string | null;
  bot_token_expires_at: Date | string | null;
  installed_at: Date | string;
  updated_at: Date | string;
}

function installationOf(r: InstallationRow): InstallationRecord {
  return {
    teamId: r.team_id === '' ? null : r.team_id,
    enterpriseId: r.enterprise_id === '' ? null : r.enterprise_id,
    isEnterpriseInstall: r.is_enterprise_install === true,
    appId: r.app_id,
    teamName: r.team_name,
    enterpriseName: r.enterprise_name,
    enterpriseUrl: r.enterprise_url,
    installerUserId: r.installer_user_id,
    botId: r.bot_id,
    botUserId: r.bot_user_id,
    botScopes: r.bot_scopes ?? [],
    botTokenEnc: r.bot_token_enc,
    botRefreshTokenEnc: r.bot_refresh_token_enc,
    botTokenExpiresAt: r.bot_token_expires_at === null ? null : toDate(r.bot_token_expires_at),
    installedAt: toDate(r.installed_at),
    updatedAt: toDate(r.updated_at),
  };
}

interface WatchRow {
  team_id: string;
  channel_id: string;
  kind: Watch['kind'];
  target: string;
  created_by: string;
  status: Watch['status'];
  paused_reason: string | null;
  created_at: Date | string;
  updated_at: Date | string;
}

function watchOf(r: WatchRow): Watch {
  return {
    teamId: r.team_id,
    channelId: r.channel_id,
    kind: r.kind,
    target: r.target,
    createdBy: r.created_by,
    status: r.status,
    pausedReason: r.paused_reason,
    createdAt: toDate(r.created_at),
    updatedAt: toDate(r.updated_at),
  };
}

interface AlertRow extends DeliveryStateRow {
  team_id: string;
  channel_id: string;
  change_key: string;
  model: string;
  field: string;
}

function deliveryStateOf(r: DeliveryStateRow): DeliveryState {
  return {
    status: r.status,
    claimedBy: r.claimed_by,
    claimedAt: toDate(r.claimed_at),
    attempts: Number(r.attempts),
    messageTs: r.message_ts,
    detail: r.detail,
    retryable: r.retryable === true,
    finishedAt: r.finished_at === null ? null : toDate(r.finished_at),
  };
}

function alertOf(r: AlertRow): AlertDelivery {
  return {
    teamId: r.team_id,
    channelId: r.channel_id,
    changeKey: r.change_key,
    model: r.model,
    field: r.field,
    ...deliveryStateOf(r),
  };
}

/** The row an installation key names: an org-wide install by its enterprise, a workspace by its team id (unique across Slack). */
function installationWhere(key: InstallationKey): { sql: string; params: string[] } | undefined {
  if (key.isEnterpriseInstall && key.enterpriseId) return { sql: "enterprise_id = $1 AND team_id = ''", params: [key.enterpriseId] };
  if (key.teamId) return { sql: 'team_id = $1', params: [key.teamId] };
  return undefined;
}

function subscriptionOf(r: SubscriptionRow): Subscription {
  return {
    teamId: r.team_id,
    channelId: r.channel_id,
    createdBy: r.created_by,
    weekday: Number(r.weekday),
    localTime: r.local_time,
    timeZone: r.time_zone,
    providers: r.providers ?? [],
    watched: r.watched ?? [],
    quiet: r.quiet,
    status: r.status,
    pausedReason: r.paused_reason,
    createdAt: toDate(r.created_at),
    updatedAt: toDate(r.updated_at),
  };
}

function deliveryOf(r: DeliveryRow): Delivery {
  return {
    teamId: r.team_id,
    channelId: r.channel_id,
    weekStart: r.week_start,
    ...deliveryStateOf(r),
  };
}

/** A claim-then-post table: the column that names one post in a channel, how errors name it, and how a row reads. */
interface PostTable<Row, Out> {
  table: 'digest_deliveries' | 'alert_deliveries';
  keyColumn: 'week_start' | 'change_key';
  what: string;
  read: (row: Row) => Out;
}

const DIGEST_POSTS: PostTable<DeliveryRow, Delivery> = { table: 'digest_deliveries', keyColumn: 'week_start', what: 'a delivery', read: deliveryOf };
const ALERT_POSTS: PostTable<AlertRow, AlertDelivery> = { table: 'alert_deliveries', keyColumn: 'change_key', what: 'an alert', read: alertOf };

/** The store over any `Sql` backend; every call fails with StoreUnavailable once it takes longer than the timeout. */
export class SqlStore implements Store {
  private readonly timeoutMs: number;

  /** `where` names the database for people (no credentials): "PostgreSQL at db:5432/modelscout". */
  constructor(
    private readonly sql: Sql,
    private readonly where: string,
    options: StoreOptions = {},
  ) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_STORE_TIMEOUT_MS;
  }

  /** Runs one store call under the timeout; a timeout or a lost connection becomes StoreUnavailable. */
  private async guard<T>(what: string, run: () => Promise<T>, timeoutMs = this.timeoutMs): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StoreUnavailable(`The store (${this.where}) did not answer within ${timeoutMs} ms (${what}).`, 'timeout')), timeoutMs);
    });
    try {
      return await Promise.race([run(), timeout]);
    } catch (error) {
      if (error instanceof StoreUnavailable || !isConnectionFailure(error)) throw error;
      throw new StoreUnavailable(`The store (${this.where}) cannot be reached (${what}): ${describeError(error)}.`, 'unreachable', { cause: error });
    } finally {
      clearTimeout(timer);
    }
  }

  async health(): Promise<{ ok: boolean; detail: string }> {
    try {
      await this.guard('health check', () => this.sql.query('SELECT 1'));
      return { ok: true, detail: `${this.where} answers` };
    } catch (error) {
      return { ok: false, detail: error instanceof StoreUnavailable ? error.message : `The store (${this.where}) failed a health check: ${describeError(error)}` };
    }
  }

  async migrate(): Promise<number> {
    const files = readdirSync(MIGRATIONS_DIR)
      .filter((f) => /^\d+_.+\.sql$/.test(f))
      .sort();
    return this.guard(
      'migrations',
      () =>
        this.sql.withLock(MIGRATION_LOCK, async (db) => {
          await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
          const done = new Set((await db.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
          let applied = 0;
          for (const file of files) {
            const version = Number(file.split('_')[0]);
            if (done.has(version)) continue;
            await db.exec(
              `BEGIN;\n${readFileSync(`${MIGRATIONS_DIR}${file}`, 'utf8')}\nINSERT INTO schema_migrations (version, name) VALUES (${version}, '${file.replace(/'/g, "''")}');\nCOMMIT;`,
            );
            applied += 1;
          }
          return applied;
        }),
      Math.max(this.timeoutMs, MIGRATIONS_TIMEOUT_MS),
    );
  }

  /** One statement under the timeout. */
  private query<T>(what: string, text: string, params: unknown[] = []): Promise<{ rows: T[] }> {
    return this.guard(what, () => this.sql.query<T>(text, params));
  }

  /**
   * Claims one post (a digest's week or an alert's change in a channel): the first claimant inserts its row; a later
   * one takes the row over only from a holder whose lease ran out or from a failure worth retrying (a compare-and-swap
   * on the claim; a post's ts, once noted, stays); anyone else reads who holds it.
   */
  private async claimPost<Row, Out>(
    posts: PostTable<Row, Out>,
    key: { teamId: string; channelId: string },
    id: string,
    extra: Record<string, unknown>,
    claimant: string,
    now: Date,
    leaseMs: number,
  ): Promise<{ outcome: 'claimed' | 'reclaimed' | 'taken'; delivery: Out }> {
    const columns = ['team_id', 'channel_id', posts.keyColumn, ...Object.keys(extra), 'claimed_by', 'claimed_at'];
    const values = [key.teamId, key.channelId, id, ...Object.values(extra), claimant, now];
    const inserted = await this.query<Row>(
      `claiming ${posts.what}`,
      `INSERT INTO ${posts.table} (${columns.join(', ')}, status, attempts)
       VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')}, 'claimed', 1) ON CONFLICT DO NOTHING RETURNING *`,
      values,
    );
    if (inserted.rows[0]) return { outcome: 'claimed', delivery: posts.read(inserted.rows[0]) };
    const taken = await this.query<Row>(
      `claiming ${posts.what}`,
      `UPDATE ${posts.table} SET status = 'claimed', retryable = false, claimed_by = $4, claimed_at = $5, attempts = attempts + 1, finished_at = NULL
       WHERE team_id = $1 AND channel_id = $2 AND ${posts.keyColumn} = $3
         AND ((status = 'claimed' AND claimed_at < $6) OR (status = 'failed' AND retryable))
       RETURNING *`,
      [key.teamId, key.channelId, id, claimant, now, new Date(now.getTime() - leaseMs)],
    );
    if (taken.rows[0]) return { outcome: 'reclaimed', delivery: posts.read(taken.rows[0]) };
    const current = await this.query<Row>(`reading ${posts.what}`, `SELECT * FROM ${posts.table} WHERE team_id = $1 AND channel_id = $2 AND ${posts.keyColumn} = $3`, [
      key.teamId,
      key.channelId,
      id,
    ]);
    return { outcome: 'taken', delivery: posts.read(current.rows[0] as Row) };
  }

  /** Records how a claimed post ended; only the claimant's own claim is finished (false when it no longer holds it). */
  private async finishPost<Row, Out>(
    posts: PostTable<Row, Out>,
    key: { teamId: string; channelId: string },
    id: string,
    claimant: string,
    result: DeliveryResult,
    now: Date,
  ): Promise<boolean> {
    const { rows } = await this.query(
      `recording ${posts.what}`,
      `UPDATE ${posts.table} SET status = $5, message_ts = COALESCE($6, message_ts), detail = $7, retryable = $8, finished_at = $9
       WHERE team_id = $1 AND channel_id = $2 AND ${posts.keyColumn} = $3 AND claimed_by = $4 AND status = 'claimed' RETURNING ${posts.keyColumn}`,
      [key.teamId, key.channelId, id, claimant, result.status, result.messageTs ?? null, result.detail ?? null, result.status === 'failed' && result.retryable, now],
    );
    return rows.length > 0;
  }

  async subscribe(input: SubscriptionInput, now: Date): Promise<Subscription> {
    const { rows } = await this.query<SubscriptionRow>(
      'saving a subscription',
      `INSERT INTO digest_subscriptions (team_id, channel_id, created_by, weekday, local_time, time_zone, providers, watched, quiet, status, paused_reason, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'active', NULL, $10, $10)
       ON CONFLICT (team_id, channel_id) DO UPDATE SET
         created_by = EXCLUDED.created_by, weekday = EXCLUDED.weekday, local_time = EXCLUDED.local_time,
         time_zone = EXCLUDED.time_zone, providers = EXCLUDED.providers, watched = EXCLUDED.watched,
         quiet = EXCLUDED.quiet, status = 'active', paused_reason = NULL, updated_at = EXCLUDED.updated_at
       RETURNING *`,
      [input.teamId, input.channelId, input.createdBy, input.weekday, input.localTime, input.timeZone, input.providers, input.watched, input.quiet, now],
    );
    return subscriptionOf(rows[0] as SubscriptionRow);
  }

  async unsubscribe(teamId: string, channelId: string): Promise<boolean> {
    const { rows } = await this.query('removing a subscription', 'DELETE FROM digest_subscriptions WHERE team_id = $1 AND channel_id = $2 RETURNING channel_id', [
      teamId,
      channelId,
    ]);
    return rows.length > 0;
  }

  async subscriptions(filter: { teamId?: string; status?: Subscription['status'] } = {}): Promise<Subscription[]> {
    const { rows } = await this.query<SubscriptionRow>(
      'reading subscriptions',
      `SELECT * FROM digest_subscriptions WHERE ($1::text IS NULL OR team_id = $1) AND ($2::text IS NULL OR status = $2) ORDER BY team_id, channel_id`,
      [filter.teamId ?? null, filter.status ?? null],
    );
    return rows.map(subscriptionOf);
  }

  async setSubscriptionStatus(teamId: string, channelId: string, status: Subscription['status'], reason: string | null, now: Date): Promise<void> {
    await this.query(
      'pausing or resuming a subscription',
      'UPDATE digest_subscriptions SET status = $3, paused_reason = $4, updated_at = $5 WHERE team_id = $1 AND channel_id = $2',
      [teamId, channelId, status, reason, now],
    );
  }

  async claimDelivery(key: DeliveryKey, claimant: string, now: Date, leaseMs: number): Promise<Claim> {
    return this.claimPost(DIGEST_POSTS, key, key.weekStart, {}, claimant, now, leaseMs);
  }

  async noteMessage(key: DeliveryKey, claimant: string, messageTs: string): Promise<boolean> {
    const { rows } = await this.query(
      'noting a posted digest',
      `UPDATE digest_deliveries SET message_ts = $5
       WHERE team_id = $1 AND channel_id = $2 AND week_start = $3 AND claimed_by = $4 AND status = 'claimed' RETURNING week_start`,
      [key.teamId, key.channelId, key.weekStart, claimant, messageTs],
    );
    return rows.length > 0;
  }

  async finishDelivery(key: DeliveryKey, claimant: string, result: DeliveryResult, now: Date): Promise<boolean> {
    return this.finishPost(DIGEST_POSTS, key, key.weekStart, claimant, result, now);
  }

  async deliveries(filter: { teamId?: string; channelId?: string; weekStart?: string } = {}): Promise<Delivery[]> {
    const { rows } = await this.query<DeliveryRow>(
      'reading deliveries',
      `SELECT * FROM digest_deliveries WHERE ($1::text IS NULL OR team_id = $1) AND ($2::text IS NULL OR channel_id = $2) AND ($3::text IS NULL OR week_start = $3)
       ORDER BY week_start, team_id, channel_id`,
      [filter.teamId ?? null, filter.channelId ?? null, filter.weekStart ?? null],
    );
    return rows.map(deliveryOf);
  }

  /** Records a sync's observations in one statement: all together or not at all (no half-applied sync). */
  async recordObservations(observations: ObservationInput[]): Promise<number> {
    if (observations.length === 0) return 0;
    const { rows } = await this.query(
      'recording price observations',
      `INSERT INTO price_observations (source, model, field, value, catalog_value, observed_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::double precision[], $5::double precision[], $6::timestamptz[])
       ON CONFLICT (source, model, field, observed_at) DO NOTHING RETURNING id`,
      [
        observations.map((o) => o.source),
        observations.map((o) => o.model),
        observations.map((o) => o.field),
        observations.map((o) => o.value),
        observations.map((o) => o.catalogValue),
        observations.map((o) => o.observedAt),
      ],
    );
    return rows.length;
  }

  async observations(filter: { from?: Date; to?: Date; model?: string; source?: string } = {}): Promise<Observation[]> {
    const { rows } = await this.query<{ id: number | string; source: string; model: string; field: string; value: number | null; catalog_value: number | null; observed_at: Date }>(
      'reading price observations',
      `SELECT * FROM price_observations
       WHERE ($1::timestamptz IS NULL OR observed_at >= $1) AND ($2::timestamptz IS NULL OR observed_at < $2)
         AND ($3::text IS NULL OR model = $3) AND ($4::text IS NULL OR source = $4)
       ORDER BY observed_at, id`,
      [filter.from ?? null, filter.to ?? null, filter.model ?? null, filter.source ?? null],
    );
    return rows.map((r) => ({
      id: Number(r.id),
      source: r.source,
      model: r.model,
      field: r.field,
      value: r.value === null ? null : Number(r.value),
      catalogValue: r.catalog_value === null ? null : Number(r.catalog_value),
      observedAt: toDate(r.observed_at),
    }));
  }

  async recordListings(listings: ListingInput[]): Promise<number> {
    if (listings.length === 0) return 0;
    const col = <K extends keyof ListingInput>(k: K) => listings.map((l) => l[k]);
    const { rows } = await this.query(
      'recording new models',
      `INSERT INTO model_listings (source, model, provider, source_id, listing, observed_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::timestamptz[])
       ON CONFLICT (source, model, observed_at) DO NOTHING RETURNING id`,
      [col('source'), col('model'), col('provider'), col('sourceId'), listings.map((l) => JSON.stringify({ prices: l.prices, facts: l.facts })), col('observedAt')],
    );
    return rows.length;
  }

  async listings(filter: { from?: Date; to?: Date } = {}): Promise<ListingInput[]> {
    const { rows } = await this.query<{ source: string; model: string; provider: string; source_id: string; listing: unknown; observed_at: Date }>(
      'reading new models',
      `SELECT * FROM model_listings WHERE ($1::timestamptz IS NULL OR observed_at >= $1) AND ($2::timestamptz IS NULL OR observed_at < $2) ORDER BY observed_at, id`,
      [filter.from ?? null, filter.to ?? null],
    );
    return rows.map((r) => {
      const listing = (typeof r.listing === 'string' ? JSON.parse(r.listing) : r.listing) as { prices?: Record<string, number>; facts?: Record<string, unknown> };
      return {
        source: r.source,
        model: r.model,
        provider: r.provider,
        sourceId: r.source_id,
        prices: listing.prices ?? {},
        facts: listing.facts ?? {},
        observedAt: toDate(r.observed_at),
      };
    });
  }

  async workspaceSettings(teamId: string): Promise<WorkspaceSettings | undefined> {
    const { rows } = await this.query<{ team_id: string; default_tokens: number | null; mix_input: number | null; mix_output: number | null; updated_at: Date }>(
      'reading workspace settings',
      'SELECT * FROM workspace_settings WHERE team_id = $1',
      [teamId],
    );
    const r = rows[0];
    if (!r) return undefined;
    return {
      teamId: r.team_id,
      defaultTokens: r.default_tokens === null ? null : Number(r.default_tokens),
      mix: r.mix_input === null || r.mix_output === null ? null : { input: Number(r.mix_input), output: Number(r.mix_output) },
      updatedAt: toDate(r.updated_at),
    };
  }

  async setWorkspaceSettings(s: WorkspaceSettings): Promise<void> {
    await this.query(
      'saving workspace settings',
      `INSERT INTO workspace_settings (team_id, default_tokens, mix_input, mix_output, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (team_id) DO UPDATE SET default_tokens = EXCLUDED.default_tokens, mix_input = EXCLUDED.mix_input, mix_output = EXCLUDED.mix_output, updated_at = EXCLUDED.updated_at`,
      [s.teamId, s.defaultTokens, s.mix?.input ?? null, s.mix?.output ?? null, s.updatedAt],
    );
  }

  async catalogProviders(): Promise<{ providerId: string; models: number }[]> {
    const { rows } = await this.query<{ provider_id: string; models: number }>(
      'reading the last catalog',
      'SELECT provider_id, models FROM catalog_providers ORDER BY provider_id',
    );
    return rows.map((r) => ({ providerId: r.provider_id, models: Number(r.models) }));
  }

  async setCatalogProviders(providers: { providerId: string; models: number }[], now: Date): Promise<void> {
    for (const p of providers) {
      await this.query(
        'recording the catalog',
        'INSERT INTO catalog_providers (provider_id, models, seen_at) VALUES ($1, $2, $3) ON CONFLICT (provider_id) DO UPDATE SET models = EXCLUDED.models, seen_at = EXCLUDED.seen_at',
        [p.providerId, p.models, now],
      );
    }
    await this.query('recording the catalog', 'DELETE FROM catalog_providers WHERE seen_at <> $1', [now]);
  }

  async addWatch(w: WatchInput, now: Date): Promise<Watch> {
    const { rows } = await this.query<WatchRow>(
      'saving a watch',
      `INSERT INTO watches (team_id, channel_id, kind, target, created_by, status, paused_reason, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'active', NULL, $6, $6)
       ON CONFLICT (team_id, channel_id, kind, target) DO UPDATE SET status = 'active', paused_reason = NULL, updated_at = EXCLUDED.updated_at
       RETURNING *`,
      [w.teamId, w.channelId, w.kind, w.target, w.createdBy, now],
    );
    return watchOf(rows[0] as WatchRow);
  }

  async removeWatch(teamId: string, channelId: string, kind: Watch['kind'], target: string): Promise<boolean> {
    const { rows } = await this.query('removing a watch', 'DELETE FROM watches WHERE team_id = $1 AND channel_id = $2 AND kind = $3 AND target = $4 RETURNING target', [
      teamId,
      channelId,
      kind,
      target,
    ]);
    return rows.length > 0;
  }

  async watches(filter: { teamId?: string; channelId?: string; channelIds?: string[]; status?: Watch['status'] } = {}): Promise<Watch[]> {
    const { rows } = await this.query<WatchRow>(
      'reading watches',
      `SELECT * FROM watches WHERE ($1::text IS NULL OR team_id = $1) AND ($2::text IS NULL OR channel_id = $2) AND ($3::text[] IS NULL OR channel_id = ANY($3::text[]))
         AND ($4::text IS NULL OR status = $4)
       ORDER BY team_id, channel_id, kind, target`,
      [filter.teamId ?? null, filter.channelId ?? null, filter.channelIds ?? null, filter.status ?? null],
    );
    return rows.map(watchOf);
  }

  async setWatchesStatus(teamId: string, channelId: string, status: Watch['status'], reason: string | null, now: Date): Promise<void> {
    await this.query('pausing or resuming watches', 'UPDATE watches SET status = $3, paused_reason = $4, updated_at = $5 WHERE team_id = $1 AND channel_id = $2', [
      teamId,
      channelId,
      status,
      reason,
      now,
    ]);
  }

  async claimAlert(key: AlertKey, about: { model: string; field: string }, claimant: string, now: Date, leaseMs: number): Promise<AlertClaim> {
    return this.claimPost(ALERT_POSTS, key, key.changeKey, { model: about.model, field: about.field }, claimant, now, leaseMs);
  }

  async finishAlert(key: AlertKey, claimant: string, result: DeliveryResult, now: Date): Promise<boolean> {
    return this.finishPost(ALERT_POSTS, key, key.changeKey, claimant, result, now);
  }

  async alertDeliveries(filter: { teamId?: string; channelId?: string } = {}): Promise<AlertDelivery[]> {
    const { rows } = await this.query<AlertRow>(
      'reading alerts',
      `SELECT * FROM alert_deliveries WHERE ($1::text IS NULL OR team_id = $1) AND ($2::text IS NULL OR channel_id = $2) ORDER BY claimed_at, team_id, channel_id, change_key`,
      [filter.teamId ?? null, filter.channelId ?? null],
    );
    return rows.map(alertOf);
  }

  async saveInstallation(r: InstallationRecord): Promise<void> {
    await this.query(
      'saving an installation',
      `INSERT INTO slack_installations (enterprise_id, team_id, is_enterprise_install, app_id, team_name, enterprise_name, enterprise_url, installer_user_id,
         bot_id, bot_user_id, bot_scopes, bot_token_enc, bot_refresh_token_enc, bot_token_expires_at, installed_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (enterprise_id, team_id) DO UPDATE SET
         is_enterprise_install = EXCLUDED.is_enterprise_install, app_id = EXCLUDED.app_id, team_name = EXCLUDED.team_name,
         enterprise_name = EXCLUDED.enterprise_name, enterprise_url = EXCLUDED.enterprise_url, installer_user_id = COALESCE(EXCLUDED.installer_user_id, slack_installations.installer_user_id),
         bot_id = EXCLUDED.bot_id, bot_user_id = EXCLUDED.bot_user_id, bot_scopes = EXCLUDED.bot_scopes, bot_token_enc = EXCLUDED.bot_token_enc,
         bot_refresh_token_enc = EXCLUDED.bot_refresh_token_enc, bot_token_expires_at = EXCLUDED.bot_token_expires_at, updated_at = EXCLUDED.updated_at`,
      [
        r.enterpriseId ?? '',
        r.isEnterpriseInstall ? '' : (r.teamId ?? ''),
        r.isEnterpriseInstall,
        r.appId,
        r.teamName,
        r.enterpriseName,
        r.enterpriseUrl,
        r.installerUserId,
        r.botId,
        r.botUserId,
        r.botScopes,
        r.botTokenEnc,
        r.botRefreshTokenEnc,
        r.botTokenExpiresAt,
        r.installedAt,
        r.updatedAt,
      ],
    );
  }

  async installation(key: InstallationKey): Promise<InstallationRecord | undefined> {
    const where = installationWhere(key);
    if (!where) return undefined;
    const { rows } = await this.query<InstallationRow>(
      'reading an installation',
      `SELECT * FROM slack_installations WHERE ${where.sql} ORDER BY enterprise_id LIMIT 1`,
      where.params,
    );
    return rows[0] ? installationOf(rows[0]) : undefined;
  }

  async deleteInstallation(key: InstallationKey): Promise<number> {
    const where = installationWhere(key);
    if (!where) return 0;
    const { rows } = await this.query('deleting an installation', `DELETE FROM slack_installations WHERE ${where.sql} RETURNING team_id`, where.params);
    return rows.length;
  }

  async pauseTeam(teamId: string, reason: string, now: Date): Promise<number> {
    const { rows } = await this.query(
      "pausing a workspace's deliveries",
      `UPDATE digest_subscriptions SET status = 'paused', paused_reason = $2, updated_at = $3 WHERE team_id = $1 AND status = 'active' RETURNING channel_id`,
      [teamId, reason, now],
    );
    return rows.length + (await this.pauseTeamWatches(teamId, reason, now));
  }

  async resumeTeam(teamId: string, reasons: string[], now: Date): Promise<number> {
    const { rows } = await this.query(
      "resuming a workspace's deliveries",
      `UPDATE digest_subscriptions SET status = 'active', paused_reason = NULL, updated_at = $3 WHERE team_id = $1 AND status = 'paused' AND paused_reason = ANY($2::text[]) RETURNING channel_id`,
      [teamId, reasons, now],
    );
    return rows.length + (await this.resumeTeamWatches(teamId, reasons, now));
  }

  /** Watches pause and resume with their workspace. */
  private async pauseTeamWatches(teamId: string, reason: string, now: Date): Promise<number> {
    const { rows } = await this.query(
      "pausing a workspace's watches",
      `UPDATE watches SET status = 'paused', paused_reason = $2, updated_at = $3 WHERE team_id = $1 AND status = 'active' RETURNING channel_id`,
      [teamId, reason, now],
    );
    return rows.length;
  }

  private async resumeTeamWatches(teamId: string, reasons: string[], now: Date): Promise<number> {
    const { rows } = await this.query(
      "resuming a workspace's watches",
      `UPDATE watches SET status = 'active', paused_reason = NULL, updated_at = $3 WHERE team_id = $1 AND status = 'paused' AND paused_reason = ANY($2::text[]) RETURNING channel_id`,
      [teamId, reasons, now],
    );
    return rows.length;
  }

  async recordFeedback(f: FeedbackInput): Promise<void> {
    await this.query(
      'recording feedback',
      `INSERT INTO answer_feedback (team_id, channel_id, message_ts, user_id, vote, question, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (team_id, channel_id, message_ts, user_id) DO UPDATE SET vote = EXCLUDED.vote, question = EXCLUDED.question, recorded_at = EXCLUDED.recorded_at`,
      [f.teamId, f.channelId, f.messageTs, f.userId, f.vote, f.question, f.recordedAt],
    );
  }

  async rememberQuestion(key: ConversationKey, command: string, now: Date, forgetBefore: Date): Promise<void> {
    await this.query(
      'remembering a question',
      `INSERT INTO conversation_questions (team_id, channel_id, thread_ts, command, asked_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (team_id, channel_id, thread_ts) DO UPDATE SET command = EXCLUDED.command, asked_at = EXCLUDED.asked_at`,
      [key.teamId, key.channelId, key.threadTs, command, now],
    );
    await this.query('forgetting old questions', 'DELETE FROM conversation_questions WHERE asked_at < $1', [forgetBefore]);
  }

  async lastQuestion(key: ConversationKey, since: Date): Promise<string | undefined> {
    const { rows } = await this.query<{ command: string }>(
      'reading a conversation',
      'SELECT command FROM conversation_questions WHERE team_id = $1 AND channel_id = $2 AND thread_ts = $3 AND asked_at >= $4',
      [key.teamId, key.channelId, key.threadTs, since],
    );
    return rows[0]?.command;
  }

  async feedback(filter: { teamId?: string; vote?: FeedbackInput['vote'] } = {}): Promise<FeedbackInput[]> {
    const { rows } = await this.query<{
      team_id: string;
      channel_id: string;
      message_ts: string;
      user_id: string;
      vote: FeedbackInput['vote'];
      question: string;
      recorded_at: Date | string;
    }>(
      'reading feedback',
      'SELECT * FROM answer_feedback WHERE ($1::text IS NULL OR team_id = $1) AND ($2::text IS NULL OR vote = $2) ORDER BY recorded_at DESC, message_ts DESC',
      [filter.teamId ?? null, filter.vote ?? null],
    );
    return rows.map((r) => ({
      teamId: r.team_id,
      channelId: r.channel_id,
      messageTs: r.message_ts,
      userId: r.user_id,
      vote: r.vote,
      question: r.question,
      recordedAt: new Date(r.recorded_at),
    }));
  }

  /** Closes the connections; never holds up a shutdown for longer than the timeout. */
  async close(): Promise<void> {
    await this.guard('closing', () => this.sql.close()).catch(() => undefined);
  }
}
