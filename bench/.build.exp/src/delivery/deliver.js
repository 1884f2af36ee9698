import { buildDigest } from '../digest/digest.js';
import { renderDigest } from '../render/blocks/digest.js';
import { StoreUnavailable } from '../store/store.js';
import { lastDue } from '../digest/schedule.js';
import { callWithinLimits, PostPacer } from './pace.js';
import { clientOf, findInHistory, mayHaveLanded, slackError } from './client.js';
import { everyInterval, withWorkers } from './pass.js';
export const DIGEST_EVENT = 'modelscout_digest';
export const DEFAULT_CONCURRENCY = 32;
export const PAUSING_ERRORS = ['channel_not_found', 'not_in_channel', 'is_archived'];
export const POST_ATTEMPTS = 4;
function partOf(m, key) {
    const meta = m.metadata;
    if (meta?.event_type !== DIGEST_EVENT || meta.event_payload?.week_start !== key.weekStart || meta.event_payload?.team_id !== key.teamId)
        return undefined;
    return Number(meta.event_payload?.part ?? 0);
}
const metadata = (key, part) => ({
    event_type: DIGEST_EVENT,
    event_payload: { team_id: key.teamId, week_start: key.weekStart, part },
});
async function findMainPost(client, key, oldest) {
    return findInHistory(client, key.channelId, oldest, (m) => partOf(m, key) === 0);
}
async function threadParts(client, key, ts) {
    const parts = new Map();
    let cursor;
    do {
        const page = await callWithinLimits(() => client.conversations.replies({ channel: key.channelId, ts, include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}) }));
        for (const m of page.messages ?? []) {
            const part = partOf(m, key);
            if (part !== undefined && part > 0 && m.ts && m.ts !== ts)
                parts.set(part, m.ts);
        }
        cursor = page.has_more ? page.response_metadata?.next_cursor || undefined : undefined;
    } while (cursor);
    return parts;
}
function passMemo(deps) {
    const pacers = new Map();
    const observed = new Map();
    const digests = new Map();
    return {
        post(team, args) {
            let pacer = pacers.get(team.teamId);
            if (!pacer) {
                pacer = new PostPacer();
                pacers.set(team.teamId, pacer);
            }
            return callWithinLimits(() => team.client.chat.postMessage(args), { pacer, channel: args.channel });
        },
        digestFor(sub, window) {
            const w = `${window.from.toISOString()}|${window.to.toISOString()}`;
            const key = `${w}|${[...sub.providers].sort().join(',')}|${[...sub.watched].sort().join(',')}|${sub.timeZone}|${sub.quiet}`;
            let made = digests.get(key);
            if (!made) {
                let changes = observed.get(w);
                if (!changes) {
                    changes = deps.observed(window);
                    observed.set(w, changes);
                }
                made = changes.then((o) => {
                    const digest = buildDigest(deps.catalog, o, window, { providers: sub.providers, watched: sub.watched, timeZone: sub.timeZone });
                    return { digest, messages: renderDigest(digest, sub.quiet) };
                });
                digests.set(key, made);
            }
            return made;
        },
    };
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function postOnce(deps, pass, args, find) {
    for (let attempt = 1;; attempt++) {
        try {
            return (await pass.post(deps, args)).ts ?? '';
        }
        catch (error) {
            if (!mayHaveLanded(error))
                throw error;
            const found = await find();
            if (found)
                return found;
            if (attempt >= POST_ATTEMPTS)
                throw error;
            await (deps.sleep ?? realSleep)(250 * 2 ** (attempt - 1));
        }
    }
}
async function deliverOne(shared, pass, sub, now) {
    const due = lastDue(sub, now);
    const key = { teamId: sub.teamId, channelId: sub.channelId, weekStart: due.weekStart };
    const report = (outcome, detail, messageTs = null) => ({ ...key, outcome, detail, messageTs });
    if (due.due.getTime() < sub.createdAt.getTime())
        return report('not-due', `subscribed after this week's slot; first digest ${due.next.toISOString()}`);
    const client = await clientOf(shared, sub.teamId);
    if (!client) {
        await shared.store.setSubscriptionStatus(sub.teamId, sub.channelId, 'paused', 'app_uninstalled', new Date());
        return report('paused', 'the workspace has no installation of the app');
    }
    const deps = { ...shared, client, teamId: sub.teamId };
    const claim = await deps.store.claimDelivery(key, deps.claimant, now, deps.leaseMs);
    if (claim.outcome === 'taken') {
        const d = claim.delivery;
        return report('taken', d.status === 'claimed' ? `being delivered by ${d.claimedBy}` : `already ${d.status}${d.detail ? ` (${d.detail})` : ''}`, d.messageTs);
    }
    const finish = async (result) => {
        const ok = await deps.store.finishDelivery(key, deps.claimant, result, new Date());
        if (!ok)
            deps.logger.warn(`delivery ${key.channelId} ${key.weekStart}: claim lost before it was recorded as ${result.status}`);
    };
    const oldest = new Date(due.due.getTime() - 3_600_000);
    let mainTs = null;
    try {
        if (claim.outcome === 'reclaimed')
            mainTs = claim.delivery.messageTs ?? (await findMainPost(deps.client, key, oldest));
        const recovered = mainTs !== null;
        const { digest, messages } = await pass.digestFor(sub, due.window);
        if (!mainTs && !messages) {
            await finish({ status: 'skipped', detail: 'quiet week' });
            return report('skipped', 'quiet week');
        }
        if (!mainTs && messages) {
            mainTs = await postOnce(deps, pass, { channel: sub.channelId, text: messages.main.text, blocks: messages.main.blocks, unfurl_links: false, metadata: metadata(key, 0) }, () => findMainPost(deps.client, key, oldest));
            if (messages.thread.length > 0)
                await deps.store.noteMessage(key, deps.claimant, mainTs);
        }
        const ts = mainTs;
        const thread = messages?.thread ?? [];
        const already = recovered && thread.length > 0 ? await threadParts(deps.client, key, ts) : new Map();
        let sent = 0;
        for (const [i, reply] of thread.entries()) {
            const part = i + 1;
            if (already.has(part))
                continue;
            await postOnce(deps, pass, { channel: sub.channelId, thread_ts: ts, text: reply.text, blocks: reply.blocks, unfurl_links: false, metadata: metadata(key, part) }, async () => (await threadParts(deps.client, key, ts)).get(part) ?? null);
            sent += 1;
        }
        if (recovered) {
            const detail = `found the digest an earlier attempt had posted${sent > 0 ? `; finished its thread (${sent} of ${thread.length} replies)` : ''}`;
            await finish({ status: 'posted', detail, messageTs: ts });
            return report('recovered', detail, ts);
        }
        const detail = digest.quiet ? 'quiet week: one line' : `${digest.changes.length} changes`;
        await finish({ status: 'posted', detail, messageTs: ts });
        return report('posted', detail, ts);
    }
    catch (error) {
        if (error instanceof StoreUnavailable)
            throw error;
        const code = slackError(error);
        if (PAUSING_ERRORS.includes(code)) {
            await deps.store.setSubscriptionStatus(sub.teamId, sub.channelId, 'paused', code, new Date());
            await finish({ status: 'failed', retryable: false, detail: `paused: ${code}`, ...(mainTs ? { messageTs: mainTs } : {}) });
            try {
                await pass.post(deps, {
                    channel: sub.createdBy,
                    text: `I paused the weekly model-price digest for <#${sub.channelId}>: Slack says \`${code}\`. Invite me to the channel (or pick another) and run \`/models digest on\` there to resume.`,
                });
            }
            catch (dmError) {
                deps.logger.warn(`could not tell ${sub.createdBy} about the paused digest: ${slackError(dmError)}`);
            }
            return report('paused', code);
        }
        const detail = mainTs ? `the thread is unfinished: ${code}` : code;
        deps.logger.error(`digest for ${sub.channelId} (${due.weekStart}) failed: ${detail}`);
        await finish({ status: 'failed', retryable: true, detail, ...(mainTs ? { messageTs: mainTs } : {}) });
        return report('failed', detail, mainTs);
    }
}
export async function runDue(deps, now) {
    const subs = await deps.store.subscriptions({ status: 'active' });
    return deliverAll(deps, subs, now);
}
async function deliverAll(deps, subs, now) {
    const pass = passMemo(deps);
    return withWorkers(subs, deps.concurrency ?? DEFAULT_CONCURRENCY, (sub) => deliverOne(deps, pass, sub, now), (sub, error) => {
        deps.logger.error(`digest for ${sub.channelId} could not be handled: ${slackError(error)}`);
        return { teamId: sub.teamId, channelId: sub.channelId, weekStart: lastDue(sub, now).weekStart, outcome: 'failed', detail: slackError(error), messageTs: null };
    });
}
export function startScheduler(deps, options) {
    const now = options.now ?? (() => new Date());
    return everyInterval(() => runDue(deps, now())
        .then((reports) => {
        for (const r of reports)
            if (r.outcome !== 'not-due' && r.outcome !== 'taken')
                deps.logger.info(`digest ${r.channelId} ${r.weekStart}: ${r.outcome} (${r.detail})`);
    })
        .catch((error) => deps.logger.error(`digest pass failed: ${error instanceof StoreUnavailable ? error.message : slackError(error)}`)), options.intervalMs);
}
//# sourceMappingURL=deliver.js.map