import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
export const DEFAULT_STORE_TIMEOUT_MS = 5_000;
export class StoreUnavailable extends Error {
    reason;
    name = 'StoreUnavailable';
    constructor(message, reason, options) {
        super(message, options);
        this.reason = reason;
    }
}
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'EAI_AGAIN']);
function isConnectionFailure(error) {
    const e = error;
    const code = typeof e?.code === 'string' ? e.code : '';
    if (CONNECTION_CODES.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code))
        return true;
    return (typeof e?.message === 'string' && /timeout exceeded when trying to connect|Connection terminated|Query read timeout|Client has encountered a connection error/i.test(e.message));
}
export function postgresLocation(connectionString) {
    try {
        const url = new URL(connectionString);
        return `PostgreSQL at ${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname.length > 1 ? url.pathname : ''}`;
    }
    catch {
        return 'PostgreSQL (DATABASE_URL)';
    }
}
export function describeError(error) {
    const e = error;
    const text = typeof e?.message === 'string' && e.message !== '' ? e.message : typeof e?.code === 'string' ? e.code : typeof error === 'string' ? error : 'unknown error';
    return text.split('\n')[0].replace(/(\w+:\/\/)[^@\s/]*@/g, '$1***@').slice(0, 300);
}
const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const MIGRATION_LOCK = 0x6d736374;
const MIGRATIONS_TIMEOUT_MS = 30_000;
const toDate = (v) => (v instanceof Date ? v : new Date(v));
function installationOf(r) {
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
function watchOf(r) {
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
function deliveryStateOf(r) {
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
function alertOf(r) {
    return {
        teamId: r.team_id,
        channelId: r.channel_id,
        changeKey: r.change_key,
        model: r.model,
        field: r.field,
        ...deliveryStateOf(r),
    };
}
function installationWhere(key) {
    if (key.isEnterpriseInstall && key.enterpriseId)
        return { sql: "enterprise_id = $1 AND team_id = ''", params: [key.enterpriseId] };
    if (key.teamId)
        return { sql: 'team_id = $1', params: [key.teamId] };
    return undefined;
}
function subscriptionOf(r) {
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
function deliveryOf(r) {
    return {
        teamId: r.team_id,
        channelId: r.channel_id,
        weekStart: r.week_start,
        ...deliveryStateOf(r),
    };
}
const DIGEST_POSTS = { table: 'digest_deliveries', keyColumn: 'week_start', what: 'a delivery', read: deliveryOf };
const ALERT_POSTS = { table: 'alert_deliveries', keyColumn: 'change_key', what: 'an alert', read: alertOf };
export class SqlStore {
    sql;
    where;
    timeoutMs;
    constructor(sql, where, options = {}) {
        this.sql = sql;
        this.where = where;
        this.timeoutMs = options.timeoutMs ?? DEFAULT_STORE_TIMEOUT_MS;
    }
    async guard(what, run, timeoutMs = this.timeoutMs) {
        let timer;
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new StoreUnavailable(`The store (${this.where}) did not answer within ${timeoutMs} ms (${what}).`, 'timeout')), timeoutMs);
        });
        try {
            return await Promise.race([run(), timeout]);
        }
        catch (error) {
            if (error instanceof StoreUnavailable || !isConnectionFailure(error))
                throw error;
            throw new StoreUnavailable(`The store (${this.where}) cannot be reached (${what}): ${describeError(error)}.`, 'unreachable', { cause: error });
        }
        finally {
            clearTimeout(timer);
        }
    }
    async health() {
        try {
            await this.guard('health check', () => this.sql.query('SELECT 1'));
            return { ok: true, detail: `${this.where} answers` };
        }
        catch (error) {
            return { ok: false, detail: error instanceof StoreUnavailable ? error.message : `The store (${this.where}) failed a health check: ${describeError(error)}` };
        }
    }
    async migrate() {
        const files = readdirSync(MIGRATIONS_DIR)
            .filter((f) => /^\d+_.+\.sql$/.test(f))
            .sort();
        return this.guard('migrations', () => this.sql.withLock(MIGRATION_LOCK, async (db) => {
            await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
            const done = new Set((await db.query('SELECT version FROM schema_migrations')).rows.map((r) => Number(r.version)));
            let applied = 0;
            for (const file of files) {
                const version = Number(file.split('_')[0]);
                if (done.has(version))
                    continue;
                await db.exec(`BEGIN;\n${readFileSync(`${MIGRATIONS_DIR}${file}`, 'utf8')}\nINSERT INTO schema_migrations (version, name) VALUES (${version}, '${file.replace(/'/g, "''")}');\nCOMMIT;`);
                applied += 1;
            }
            return applied;
        }), Math.max(this.timeoutMs, MIGRATIONS_TIMEOUT_MS));
    }
    query(what, text, params = []) {
        return this.guard(what, () => this.sql.query(text, params));
    }
    async claimPost(posts, key, id, extra, claimant, now, leaseMs) {
        const columns = ['team_id', 'channel_id', posts.keyColumn, ...Object.keys(extra), 'claimed_by', 'claimed_at'];
        const values = [key.teamId, key.channelId, id, ...Object.values(extra), claimant, now];
        const inserted = await this.query(`claiming ${posts.what}`, `INSERT INTO ${posts.table} (${columns.join(', ')}, status, attempts)
       VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')}, 'claimed', 1) ON CONFLICT DO NOTHING RETURNING *`, values);
        if (inserted.rows[0])
            return { outcome: 'claimed', delivery: posts.read(inserted.rows[0]) };
        const taken = await this.query(`claiming ${posts.what}`, `UPDATE ${posts.table} SET status = 'claimed', retryable = false, claimed_by = $4, claimed_at = $5, attempts = attempts + 1, finished_at = NULL
       WHERE team_id = $1 AND channel_id = $2 AND ${posts.keyColumn} = $3
         AND ((status = 'claimed' AND claimed_at < $6) OR (status = 'failed' AND retryable))
       RETURNING *`, [key.teamId, key.channelId, id, claimant, now, new Date(now.getTime() - leaseMs)]);
        if (taken.rows[0])
            return { outcome: 'reclaimed', delivery: posts.read(taken.rows[0]) };
        const current = await this.query(`reading ${posts.what}`, `SELECT * FROM ${posts.table} WHERE team_id = $1 AND channel_id = $2 AND ${posts.keyColumn} = $3`, [
            key.teamId,
            key.channelId,
            id,
        ]);
        return { outcome: 'taken', delivery: posts.read(current.rows[0]) };
    }
    async finishPost(posts, key, id, claimant, result, now) {
        const { rows } = await this.query(`recording ${posts.what}`, `UPDATE ${posts.table} SET status = $5, message_ts = COALESCE($6, message_ts), detail = $7, retryable = $8, finished_at = $9
       WHERE team_id = $1 AND channel_id = $2 AND ${posts.keyColumn} = $3 AND claimed_by = $4 AND status = 'claimed' RETURNING ${posts.keyColumn}`, [key.teamId, key.channelId, id, claimant, result.status, result.messageTs ?? null, result.detail ?? null, result.status === 'failed' && result.retryable, now]);
        return rows.length > 0;
    }
    async subscribe(input, now) {
        const { rows } = await this.query('saving a subscription', `INSERT INTO digest_subscriptions (team_id, channel_id, created_by, weekday, local_time, time_zone, providers, watched, quiet, status, paused_reason, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'active', NULL, $10, $10)
       ON CONFLICT (team_id, channel_id) DO UPDATE SET
         created_by = EXCLUDED.created_by, weekday = EXCLUDED.weekday, local_time = EXCLUDED.local_time,
         time_zone = EXCLUDED.time_zone, providers = EXCLUDED.providers, watched = EXCLUDED.watched,
         quiet = EXCLUDED.quiet, status = 'active', paused_reason = NULL, updated_at = EXCLUDED.updated_at
       RETURNING *`, [input.teamId, input.channelId, input.createdBy, input.weekday, input.localTime, input.timeZone, input.providers, input.watched, input.quiet, now]);
        return subscriptionOf(rows[0]);
    }
    async unsubscribe(teamId, channelId) {
        const { rows } = await this.query('removing a subscription', 'DELETE FROM digest_subscriptions WHERE team_id = $1 AND channel_id = $2 RETURNING channel_id', [
            teamId,
            channelId,
        ]);
        return rows.length > 0;
    }
    async subscriptions(filter = {}) {
        const { rows } = await this.query('reading subscriptions', `SELECT * FROM digest_subscriptions WHERE ($1::text IS NULL OR team_id = $1) AND ($2::text IS NULL OR status = $2) ORDER BY team_id, channel_id`, [filter.teamId ?? null, filter.status ?? null]);
        return rows.map(subscriptionOf);
    }
    async setSubscriptionStatus(teamId, channelId, status, reason, now) {
        await this.query('pausing or resuming a subscription', 'UPDATE digest_subscriptions SET status = $3, paused_reason = $4, updated_at = $5 WHERE team_id = $1 AND channel_id = $2', [teamId, channelId, status, reason, now]);
    }
    async claimDelivery(key, claimant, now, leaseMs) {
        return this.claimPost(DIGEST_POSTS, key, key.weekStart, {}, claimant, now, leaseMs);
    }
    async noteMessage(key, claimant, messageTs) {
        const { rows } = await this.query('noting a posted digest', `UPDATE digest_deliveries SET message_ts = $5
       WHERE team_id = $1 AND channel_id = $2 AND week_start = $3 AND claimed_by = $4 AND status = 'claimed' RETURNING week_start`, [key.teamId, key.channelId, key.weekStart, claimant, messageTs]);
        return rows.length > 0;
    }
    async finishDelivery(key, claimant, result, now) {
        return this.finishPost(DIGEST_POSTS, key, key.weekStart, claimant, result, now);
    }
    async deliveries(filter = {}) {
        const { rows } = await this.query('reading deliveries', `SELECT * FROM digest_deliveries WHERE ($1::text IS NULL OR team_id = $1) AND ($2::text IS NULL OR channel_id = $2) AND ($3::text IS NULL OR week_start = $3)
       ORDER BY week_start, team_id, channel_id`, [filter.teamId ?? null, filter.channelId ?? null, filter.weekStart ?? null]);
        return rows.map(deliveryOf);
    }
    async recordObservations(observations) {
        if (observations.length === 0)
            return 0;
        const { rows } = await this.query('recording price observations', `INSERT INTO price_observations (source, model, field, value, catalog_value, observed_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::double precision[], $5::double precision[], $6::timestamptz[])
       ON CONFLICT (source, model, field, observed_at) DO NOTHING RETURNING id`, [
            observations.map((o) => o.source),
            observations.map((o) => o.model),
            observations.map((o) => o.field),
            observations.map((o) => o.value),
            observations.map((o) => o.catalogValue),
            observations.map((o) => o.observedAt),
        ]);
        return rows.length;
    }
    async observations(filter = {}) {
        const { rows } = await this.query('reading price observations', `SELECT * FROM price_observations
       WHERE ($1::timestamptz IS NULL OR observed_at >= $1) AND ($2::timestamptz IS NULL OR observed_at < $2)
         AND ($3::text IS NULL OR model = $3) AND ($4::text IS NULL OR source = $4)
       ORDER BY observed_at, id`, [filter.from ?? null, filter.to ?? null, filter.model ?? null, filter.source ?? null]);
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
    async recordListings(listings) {
        if (listings.length === 0)
            return 0;
        const col = (k) => listings.map((l) => l[k]);
        const { rows } = await this.query('recording new models', `INSERT INTO model_listings (source, model, provider, source_id, listing, observed_at)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::jsonb[], $6::timestamptz[])
       ON CONFLICT (source, model, observed_at) DO NOTHING RETURNING id`, [col('source'), col('model'), col('provider'), col('sourceId'), listings.map((l) => JSON.stringify({ prices: l.prices, facts: l.facts })), col('observedAt')]);
        return rows.length;
    }
    async listings(filter = {}) {
        const { rows } = await this.query('reading new models', `SELECT * FROM model_listings WHERE ($1::timestamptz IS NULL OR observed_at >= $1) AND ($2::timestamptz IS NULL OR observed_at < $2) ORDER BY observed_at, id`, [filter.from ?? null, filter.to ?? null]);
        return rows.map((r) => {
            const listing = (typeof r.listing === 'string' ? JSON.parse(r.listing) : r.listing);
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
    async workspaceSettings(teamId) {
        const { rows } = await this.query('reading workspace settings', 'SELECT * FROM workspace_settings WHERE team_id = $1', [teamId]);
        const r = rows[0];
        if (!r)
            return undefined;
        return {
            teamId: r.team_id,
            defaultTokens: r.default_tokens === null ? null : Number(r.default_tokens),
            mix: r.mix_input === null || r.mix_output === null ? null : { input: Number(r.mix_input), output: Number(r.mix_output) },
            updatedAt: toDate(r.updated_at),
        };
    }
    async setWorkspaceSettings(s) {
        await this.query('saving workspace settings', `INSERT INTO workspace_settings (team_id, default_tokens, mix_input, mix_output, updated_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (team_id) DO UPDATE SET default_tokens = EXCLUDED.default_tokens, mix_input = EXCLUDED.mix_input, mix_output = EXCLUDED.mix_output, updated_at = EXCLUDED.updated_at`, [s.teamId, s.defaultTokens, s.mix?.input ?? null, s.mix?.output ?? null, s.updatedAt]);
    }
    async catalogProviders() {
        const { rows } = await this.query('reading the last catalog', 'SELECT provider_id, models FROM catalog_providers ORDER BY provider_id');
        return rows.map((r) => ({ providerId: r.provider_id, models: Number(r.models) }));
    }
    async setCatalogProviders(providers, now) {
        for (const p of providers) {
            await this.query('recording the catalog', 'INSERT INTO catalog_providers (provider_id, models, seen_at) VALUES ($1, $2, $3) ON CONFLICT (provider_id) DO UPDATE SET models = EXCLUDED.models, seen_at = EXCLUDED.seen_at', [p.providerId, p.models, now]);
        }
        await this.query('recording the catalog', 'DELETE FROM catalog_providers WHERE seen_at <> $1', [now]);
    }
    async addWatch(w, now) {
        const { rows } = await this.query('saving a watch', `INSERT INTO watches (team_id, channel_id, kind, target, created_by, status, paused_reason, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, 'active', NULL, $6, $6)
       ON CONFLICT (team_id, channel_id, kind, target) DO UPDATE SET status = 'active', paused_reason = NULL, updated_at = EXCLUDED.updated_at
       RETURNING *`, [w.teamId, w.channelId, w.kind, w.target, w.createdBy, now]);
        return watchOf(rows[0]);
    }
    async removeWatch(teamId, channelId, kind, target) {
        const { rows } = await this.query('removing a watch', 'DELETE FROM watches WHERE team_id = $1 AND channel_id = $2 AND kind = $3 AND target = $4 RETURNING target', [
            teamId,
            channelId,
            kind,
            target,
        ]);
        return rows.length > 0;
    }
    async watches(filter = {}) {
        const { rows } = await this.query('reading watches', `SELECT * FROM watches WHERE ($1::text IS NULL OR team_id = $1) AND ($2::text IS NULL OR channel_id = $2) AND ($3::text[] IS NULL OR channel_id = ANY($3::text[]))
         AND ($4::text IS NULL OR status = $4)
       ORDER BY team_id, channel_id, kind, target`, [filter.teamId ?? null, filter.channelId ?? null, filter.channelIds ?? null, filter.status ?? null]);
        return rows.map(watchOf);
    }
    async setWatchesStatus(teamId, channelId, status, reason, now) {
        await this.query('pausing or resuming watches', 'UPDATE watches SET status = $3, paused_reason = $4, updated_at = $5 WHERE team_id = $1 AND channel_id = $2', [
            teamId,
            channelId,
            status,
            reason,
            now,
        ]);
    }
    async claimAlert(key, about, claimant, now, leaseMs) {
        return this.claimPost(ALERT_POSTS, key, key.changeKey, { model: about.model, field: about.field }, claimant, now, leaseMs);
    }
    async finishAlert(key, claimant, result, now) {
        return this.finishPost(ALERT_POSTS, key, key.changeKey, claimant, result, now);
    }
    async alertDeliveries(filter = {}) {
        const { rows } = await this.query('reading alerts', `SELECT * FROM alert_deliveries WHERE ($1::text IS NULL OR team_id = $1) AND ($2::text IS NULL OR channel_id = $2) ORDER BY claimed_at, team_id, channel_id, change_key`, [filter.teamId ?? null, filter.channelId ?? null]);
        return rows.map(alertOf);
    }
    async saveInstallation(r) {
        await this.query('saving an installation', `INSERT INTO slack_installations (enterprise_id, team_id, is_enterprise_install, app_id, team_name, enterprise_name, enterprise_url, installer_user_id,
         bot_id, bot_user_id, bot_scopes, bot_token_enc, bot_refresh_token_enc, bot_token_expires_at, installed_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
       ON CONFLICT (enterprise_id, team_id) DO UPDATE SET
         is_enterprise_install = EXCLUDED.is_enterprise_install, app_id = EXCLUDED.app_id, team_name = EXCLUDED.team_name,
         enterprise_name = EXCLUDED.enterprise_name, enterprise_url = EXCLUDED.enterprise_url, installer_user_id = COALESCE(EXCLUDED.installer_user_id, slack_installations.installer_user_id),
         bot_id = EXCLUDED.bot_id, bot_user_id = EXCLUDED.bot_user_id, bot_scopes = EXCLUDED.bot_scopes, bot_token_enc = EXCLUDED.bot_token_enc,
         bot_refresh_token_enc = EXCLUDED.bot_refresh_token_enc, bot_token_expires_at = EXCLUDED.bot_token_expires_at, updated_at = EXCLUDED.updated_at`, [
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
        ]);
    }
    async installation(key) {
        const where = installationWhere(key);
        if (!where)
            return undefined;
        const { rows } = await this.query('reading an installation', `SELECT * FROM slack_installations WHERE ${where.sql} ORDER BY enterprise_id LIMIT 1`, where.params);
        return rows[0] ? installationOf(rows[0]) : undefined;
    }
    async deleteInstallation(key) {
        const where = installationWhere(key);
        if (!where)
            return 0;
        const { rows } = await this.query('deleting an installation', `DELETE FROM slack_installations WHERE ${where.sql} RETURNING team_id`, where.params);
        return rows.length;
    }
    async pauseTeam(teamId, reason, now) {
        const { rows } = await this.query("pausing a workspace's deliveries", `UPDATE digest_subscriptions SET status = 'paused', paused_reason = $2, updated_at = $3 WHERE team_id = $1 AND status = 'active' RETURNING channel_id`, [teamId, reason, now]);
        return rows.length + (await this.pauseTeamWatches(teamId, reason, now));
    }
    async resumeTeam(teamId, reasons, now) {
        const { rows } = await this.query("resuming a workspace's deliveries", `UPDATE digest_subscriptions SET status = 'active', paused_reason = NULL, updated_at = $3 WHERE team_id = $1 AND status = 'paused' AND paused_reason = ANY($2::text[]) RETURNING channel_id`, [teamId, reasons, now]);
        return rows.length + (await this.resumeTeamWatches(teamId, reasons, now));
    }
    async pauseTeamWatches(teamId, reason, now) {
        const { rows } = await this.query("pausing a workspace's watches", `UPDATE watches SET status = 'paused', paused_reason = $2, updated_at = $3 WHERE team_id = $1 AND status = 'active' RETURNING channel_id`, [teamId, reason, now]);
        return rows.length;
    }
    async resumeTeamWatches(teamId, reasons, now) {
        const { rows } = await this.query("resuming a workspace's watches", `UPDATE watches SET status = 'active', paused_reason = NULL, updated_at = $3 WHERE team_id = $1 AND status = 'paused' AND paused_reason = ANY($2::text[]) RETURNING channel_id`, [teamId, reasons, now]);
        return rows.length;
    }
    async recordFeedback(f) {
        await this.query('recording feedback', `INSERT INTO answer_feedback (team_id, channel_id, message_ts, user_id, vote, question, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (team_id, channel_id, message_ts, user_id) DO UPDATE SET vote = EXCLUDED.vote, question = EXCLUDED.question, recorded_at = EXCLUDED.recorded_at`, [f.teamId, f.channelId, f.messageTs, f.userId, f.vote, f.question, f.recordedAt]);
    }
    async rememberQuestion(key, command, now, forgetBefore) {
        await this.query('remembering a question', `INSERT INTO conversation_questions (team_id, channel_id, thread_ts, command, asked_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (team_id, channel_id, thread_ts) DO UPDATE SET command = EXCLUDED.command, asked_at = EXCLUDED.asked_at`, [key.teamId, key.channelId, key.threadTs, command, now]);
        await this.query('forgetting old questions', 'DELETE FROM conversation_questions WHERE asked_at < $1', [forgetBefore]);
    }
    async lastQuestion(key, since) {
        const { rows } = await this.query('reading a conversation', 'SELECT command FROM conversation_questions WHERE team_id = $1 AND channel_id = $2 AND thread_ts = $3 AND asked_at >= $4', [key.teamId, key.channelId, key.threadTs, since]);
        return rows[0]?.command;
    }
    async feedback(filter = {}) {
        const { rows } = await this.query('reading feedback', 'SELECT * FROM answer_feedback WHERE ($1::text IS NULL OR team_id = $1) AND ($2::text IS NULL OR vote = $2) ORDER BY recorded_at DESC, message_ts DESC', [filter.teamId ?? null, filter.vote ?? null]);
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
    async close() {
        await this.guard('closing', () => this.sql.close()).catch(() => undefined);
    }
}
//# sourceMappingURL=store.js.map