// One store interface over one SQL schema, for two backends: PGlite (embedded, the default) and
// PostgreSQL (DATABASE_URL, for several replicas). Both speak the same SQL through `Sql`.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The little a backend must do: run a statement with $1-style parameters, run a script, hold a lock. */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  /** Runs `fn` in one transaction: all its statements happen, or none do. */
  transaction<T>(fn: (sql: Pick<Sql, 'query'>) => Promise<T>): Promise<T>;
  /** Runs `fn` on one connection holding a session advisory lock (migrations). */
  withLock<T>(key: number, fn: (sql: Pick<Sql, 'query'> & { exec(text: string): Promise<void> }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface SubscriptionInput {
  teamId: string;
  channelId: string;
  createdBy: string;
  /** ISO weekday, 1 = Monday. */
  weekday: number;
  /** "HH:MM", 24-hour, in `timeZone`. */
  localTime: string;
  timeZone: string;
  providers: string[];
  watched: string[];
  quiet: 'line' | 'skip';
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

export interface Delivery extends DeliveryKey {
  status: DeliveryStatus;
  claimedBy: string;
  claimedAt: Date;
  attempts: number;
  messageTs: string | null;
  detail: string | null;
  finishedAt: Date | null;
}

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

export interface WorkspaceSettings {
  teamId: string;
  defaultTokens: number | null;
  mix: { input: number; output: number } | null;
  updatedAt: Date;
}

export interface Store {
  migrate(): Promise<number>;
  subscribe(input: SubscriptionInput, now: Date): Promise<Subscription>;
  unsubscribe(teamId: string, channelId: string): Promise<boolean>;
  subscriptions(filter?: { teamId?: string; status?: Subscription['status'] }): Promise<Subscription[]>;
  setSubscriptionStatus(teamId: string, channelId: string, status: Subscription['status'], reason: string | null, now: Date): Promise<void>;
  claimDelivery(key: DeliveryKey, claimant: string, now: Date, leaseMs: number): Promise<Claim>;
  /** Records how a claimed delivery ended; false if the claim is no longer ours. */
  finishDelivery(key: DeliveryKey, claimant: string, result: { status: Exclude<DeliveryStatus, 'claimed'>; messageTs?: string; detail?: string }, now: Date): Promise<boolean>;
  deliveries(filter?: { teamId?: string; channelId?: string; weekStart?: string }): Promise<Delivery[]>;
  recordObservations(observations: ObservationInput[]): Promise<number>;
  observations(filter?: { from?: Date; to?: Date; model?: string; source?: string }): Promise<Observation[]>;
  workspaceSettings(teamId: string): Promise<WorkspaceSettings | undefined>;
  setWorkspaceSettings(settings: WorkspaceSettings): Promise<void>;
  close(): Promise<void>;
}

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const MIGRATION_LOCK = 0x6d736374; // "msct"

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

interface DeliveryRow {
  team_id: string;
  channel_id: string;
  week_start: string;
  status: DeliveryStatus;
  claimed_by: string;
  claimed_at: Date;
  attempts: number;
  message_ts: string | null;
  detail: string | null;
  finished_at: Date | null;
}

const toDate = (v: Date | string): Date => (v instanceof Date ? v : new Date(v));

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
    status: r.status,
    claimedBy: r.claimed_by,
    claimedAt: toDate(r.claimed_at),
    attempts: Number(r.attempts),
    messageTs: r.message_ts,
    detail: r.detail,
    finishedAt: r.finished_at === null ? null : toDate(r.finished_at),
  };
}

/** The store over any `Sql` backend. */
export class SqlStore implements Store {
  constructor(private readonly sql: Sql) {}

  async migrate(): Promise<number> {
    const files = readdirSync(MIGRATIONS_DIR).filter((f) => /^\d+_.+\.sql$/.test(f)).sort();
    return this.sql.withLock(MIGRATION_LOCK, async (db) => {
      await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
      const done = new Set((await db.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
      let applied = 0;
      for (const file of files) {
        const version = Number(file.split('_')[0]);
        if (done.has(version)) continue;
        await db.exec(`BEGIN;\n${readFileSync(`${MIGRATIONS_DIR}${file}`, 'utf8')}\nINSERT INTO schema_migrations (version, name) VALUES (${version}, '${file.replace(/'/g, "''")}');\nCOMMIT;`);
        applied += 1;
      }
      return applied;
    });
  }

  async subscribe(input: SubscriptionInput, now: Date): Promise<Subscription> {
    const { rows } = await this.sql.query<SubscriptionRow>(
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
    const { rows } = await this.sql.query('DELETE FROM digest_subscriptions WHERE team_id = $1 AND channel_id = $2 RETURNING channel_id', [teamId, channelId]);
    return rows.length > 0;
  }

  async subscriptions(filter: { teamId?: string; status?: Subscription['status'] } = {}): Promise<Subscription[]> {
    const { rows } = await this.sql.query<SubscriptionRow>(
      `SELECT * FROM digest_subscriptions WHERE ($1::text IS NULL OR team_id = $1) AND ($2::text IS NULL OR status = $2) ORDER BY team_id, channel_id`,
      [filter.teamId ?? null, filter.status ?? null],
    );
    return rows.map(subscriptionOf);
  }

  async setSubscriptionStatus(teamId: string, channelId: string, status: Subscription['status'], reason: string | null, now: Date): Promise<void> {
    await this.sql.query('UPDATE digest_subscriptions SET status = $3, paused_reason = $4, updated_at = $5 WHERE team_id = $1 AND channel_id = $2', [teamId, channelId, status, reason, now]);
  }

  async claimDelivery(key: DeliveryKey, claimant: string, now: Date, leaseMs: number): Promise<Claim> {
    const inserted = await this.sql.query<DeliveryRow>(
      `INSERT INTO digest_deliveries (team_id, channel_id, week_start, status, claimed_by, claimed_at, attempts)
       VALUES ($1, $2, $3, 'claimed', $4, $5, 1) ON CONFLICT DO NOTHING RETURNING *`,
      [key.teamId, key.channelId, key.weekStart, claimant, now],
    );
    if (inserted.rows[0]) return { outcome: 'claimed', delivery: deliveryOf(inserted.rows[0]) };
    // Someone holds the row. Take it over only if their lease ran out, or if it failed in a way
    // worth retrying (detail starts with "retry:") — a compare-and-swap on the claim.
    const stale = new Date(now.getTime() - leaseMs);
    const taken = await this.sql.query<DeliveryRow>(
      `UPDATE digest_deliveries SET status = 'claimed', claimed_by = $4, claimed_at = $5, attempts = attempts + 1, finished_at = NULL
       WHERE team_id = $1 AND channel_id = $2 AND week_start = $3
         AND ((status = 'claimed' AND claimed_at < $6) OR (status = 'failed' AND detail LIKE 'retry:%'))
       RETURNING *`,
      [key.teamId, key.channelId, key.weekStart, claimant, now, stale],
    );
    if (taken.rows[0]) return { outcome: 'reclaimed', delivery: deliveryOf(taken.rows[0]) };
    const current = await this.sql.query<DeliveryRow>('SELECT * FROM digest_deliveries WHERE team_id = $1 AND channel_id = $2 AND week_start = $3', [key.teamId, key.channelId, key.weekStart]);
    return { outcome: 'taken', delivery: deliveryOf(current.rows[0] as DeliveryRow) };
  }

  async finishDelivery(key: DeliveryKey, claimant: string, result: { status: Exclude<DeliveryStatus, 'claimed'>; messageTs?: string; detail?: string }, now: Date): Promise<boolean> {
    const { rows } = await this.sql.query(
      `UPDATE digest_deliveries SET status = $5, message_ts = $6, detail = $7, finished_at = $8
       WHERE team_id = $1 AND channel_id = $2 AND week_start = $3 AND claimed_by = $4 AND status = 'claimed' RETURNING week_start`,
      [key.teamId, key.channelId, key.weekStart, claimant, result.status, result.messageTs ?? null, result.detail ?? null, now],
    );
    return rows.length > 0;
  }

  async deliveries(filter: { teamId?: string; channelId?: string; weekStart?: string } = {}): Promise<Delivery[]> {
    const { rows } = await this.sql.query<DeliveryRow>(
      `SELECT * FROM digest_deliveries WHERE ($1::text IS NULL OR team_id = $1) AND ($2::text IS NULL OR channel_id = $2) AND ($3::text IS NULL OR week_start = $3)
       ORDER BY week_start, team_id, channel_id`,
      [filter.teamId ?? null, filter.channelId ?? null, filter.weekStart ?? null],
    );
    return rows.map(deliveryOf);
  }

  /** Records a sync's observations all together or not at all (no half-applied sync). */
  async recordObservations(observations: ObservationInput[]): Promise<number> {
    if (observations.length === 0) return 0;
    return this.sql.transaction(async (tx) => {
      let recorded = 0;
      for (const o of observations) {
        const { rows } = await tx.query(
        `INSERT INTO price_observations (source, model, field, value, catalog_value, observed_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (source, model, field, observed_at) DO NOTHING RETURNING id`,
          [o.source, o.model, o.field, o.value, o.catalogValue, o.observedAt],
        );
        recorded += rows.length;
      }
      return recorded;
    });
  }

  async observations(filter: { from?: Date; to?: Date; model?: string; source?: string } = {}): Promise<Observation[]> {
    const { rows } = await this.sql.query<{ id: number | string; source: string; model: string; field: string; value: number | null; catalog_value: number | null; observed_at: Date }>(
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

  async workspaceSettings(teamId: string): Promise<WorkspaceSettings | undefined> {
    const { rows } = await this.sql.query<{ team_id: string; default_tokens: number | null; mix_input: number | null; mix_output: number | null; updated_at: Date }>(
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
    await this.sql.query(
      `INSERT INTO workspace_settings (team_id, default_tokens, mix_input, mix_output, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (team_id) DO UPDATE SET default_tokens = EXCLUDED.default_tokens, mix_input = EXCLUDED.mix_input, mix_output = EXCLUDED.mix_output, updated_at = EXCLUDED.updated_at`,
      [s.teamId, s.defaultTokens, s.mix?.input ?? null, s.mix?.output ?? null, s.updatedAt],
    );
  }

  close(): Promise<void> {
    return this.sql.close();
  }
}
