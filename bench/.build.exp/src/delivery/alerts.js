import { subDays } from 'date-fns/subDays';
import { changes as windowChanges } from '../digest/changes.js';
import { alertsFor } from '../digest/watch.js';
import { alertBlocks } from '../render/blocks/watch.js';
import { StoreUnavailable } from '../store/store.js';
import { clientOf, findInHistory, mayHaveLanded, slackError } from './client.js';
import { everyInterval, withWorkers } from './pass.js';
import { callWithinLimits, PostPacer } from './pace.js';
import { PAUSING_ERRORS, POST_ATTEMPTS } from './deliver.js';
export const ALERT_EVENT = 'modelscout_alert';
export const ALERT_LOOKBACK_DAYS = 7;
export const ALERT_DEFAULTS = { tokensPerMonth: 1_000_000, mix: { input: 3, output: 1 } };
const isChannel = (id) => /^[CGD]/.test(id);
async function findAlert(client, key, oldest) {
    if (!isChannel(key.channelId))
        return null;
    return findInHistory(client, key.channelId, oldest, ({ metadata: meta }) => meta?.event_type === ALERT_EVENT && meta.event_payload?.team_id === key.teamId && meta.event_payload?.change === key.changeKey);
}
async function dueAlerts(deps, now) {
    const window = { from: subDays(now, ALERT_LOOKBACK_DAYS), to: now };
    const watches = await deps.store.watches({ status: 'active' });
    if (watches.length === 0)
        return [];
    const found = windowChanges(deps.catalog, await deps.observed(window), window);
    const defaults = new Map();
    const due = new Map();
    for (const watch of watches) {
        let d = defaults.get(watch.teamId);
        if (!d) {
            const saved = await deps.store.workspaceSettings(watch.teamId);
            d = { tokensPerMonth: saved?.defaultTokens ?? ALERT_DEFAULTS.tokensPerMonth, mix: saved?.mix ?? ALERT_DEFAULTS.mix };
            defaults.set(watch.teamId, d);
        }
        for (const alert of alertsFor(deps.catalog, found, watch, watch.createdAt.toISOString().slice(0, 10), d)) {
            const id = `${watch.teamId}\u0000${watch.channelId}\u0000${alert.key}`;
            if (!due.has(id))
                due.set(id, { watch, alert });
        }
    }
    return [...due.values()];
}
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function deliverAlert(deps, pacers, { watch, alert }, now) {
    const key = { teamId: watch.teamId, channelId: watch.channelId, changeKey: alert.key };
    const report = (outcome, detail, messageTs = null) => ({
        teamId: key.teamId,
        channelId: key.channelId,
        model: alert.model,
        field: alert.field,
        outcome,
        messageTs,
        detail,
    });
    const client = await clientOf(deps, watch.teamId);
    if (!client) {
        await deps.store.setWatchesStatus(watch.teamId, watch.channelId, 'paused', 'app_uninstalled', new Date());
        return report('paused', 'the workspace has no installation of the app');
    }
    const claim = await deps.store.claimAlert(key, { model: alert.model, field: alert.field }, deps.claimant, now, deps.leaseMs);
    if (claim.outcome === 'taken') {
        const d = claim.delivery;
        return report('taken', d.status === 'claimed' ? `being posted by ${d.claimedBy}` : `already ${d.status}${d.detail ? ` (${d.detail})` : ''}`, d.messageTs);
    }
    const finish = async (result) => {
        if (!(await deps.store.finishAlert(key, deps.claimant, result, new Date())))
            deps.logger.warn(`alert ${key.channelId} ${key.changeKey}: claim lost before it was recorded as ${result.status}`);
    };
    let pacer = pacers.get(watch.teamId);
    if (!pacer) {
        pacer = new PostPacer();
        pacers.set(watch.teamId, pacer);
    }
    const oldest = subDays(claim.delivery.claimedAt, 1);
    try {
        const earlier = claim.outcome === 'reclaimed' ? (claim.delivery.messageTs ?? (await findAlert(client, key, oldest))) : null;
        if (earlier) {
            await finish({ status: 'posted', detail: 'found the alert an earlier attempt had posted', messageTs: earlier });
            return report('recovered', 'found the alert an earlier attempt had posted', earlier);
        }
        const message = alertBlocks(alert);
        const args = {
            channel: watch.channelId,
            text: message.text,
            blocks: message.blocks,
            unfurl_links: false,
            metadata: { event_type: ALERT_EVENT, event_payload: { team_id: key.teamId, change: key.changeKey } },
        };
        let ts = '';
        for (let attempt = 1;; attempt++) {
            try {
                ts = (await callWithinLimits(() => client.chat.postMessage(args), { pacer, channel: watch.channelId })).ts ?? '';
                break;
            }
            catch (error) {
                if (!mayHaveLanded(error))
                    throw error;
                const found = await findAlert(client, key, oldest);
                if (found) {
                    ts = found;
                    break;
                }
                if (attempt >= POST_ATTEMPTS)
                    throw error;
                await (deps.sleep ?? realSleep)(250 * 2 ** (attempt - 1));
            }
        }
        await finish({ status: 'posted', detail: alert.kind, messageTs: ts });
        return report('posted', alert.kind, ts);
    }
    catch (error) {
        if (error instanceof StoreUnavailable)
            throw error;
        const code = slackError(error);
        if (PAUSING_ERRORS.includes(code)) {
            await deps.store.setWatchesStatus(watch.teamId, watch.channelId, 'paused', code, new Date());
            await finish({ status: 'failed', retryable: false, detail: `paused: ${code}` });
            return report('paused', code);
        }
        deps.logger.error(`alert for ${key.channelId} (${alert.model} ${alert.field}) failed: ${code}`);
        await finish({ status: 'failed', retryable: true, detail: code });
        return report('failed', code);
    }
}
export async function runAlerts(deps, now) {
    const due = await dueAlerts(deps, now);
    const pacers = new Map();
    return withWorkers(due, deps.concurrency ?? 8, (item) => deliverAlert(deps, pacers, item, now), (item, error) => {
        deps.logger.error(`alert for ${item.watch.channelId} could not be handled: ${slackError(error)}`);
        return {
            teamId: item.watch.teamId,
            channelId: item.watch.channelId,
            model: item.alert.model,
            field: item.alert.field,
            outcome: 'failed',
            messageTs: null,
            detail: slackError(error),
        };
    });
}
export function startAlerts(deps, options) {
    const now = options.now ?? (() => new Date());
    return everyInterval(() => runAlerts(deps, now())
        .then((reports) => {
        for (const r of reports)
            if (r.outcome !== 'taken')
                deps.logger.info(`alert ${r.channelId} ${r.model} ${r.field}: ${r.outcome} (${r.detail})`);
    })
        .catch((error) => deps.logger.error(`alerts pass failed: ${error instanceof StoreUnavailable ? error.message : slackError(error)}`)), options.intervalMs);
}
//# sourceMappingURL=alerts.js.map