// Posts each watch's alerts once per (workspace, channel, change), with the digest's discipline: claim the
// alert's row, look for a post an earlier attempt may already have made (message metadata), post, record the
// outcome. The changes are the last week's (the sync's accepted price changes and the catalog's dated
// history), and a watch hears only of changes dated on or after the day it began. Two watches covering one
// change in one channel (a model and its provider) give one alert. Posts are paced per workspace like the
// digest's, and a quiet week posts nothing. A closed channel pauses its watches; a workspace without an
// installation has its watches paused until it installs again. A store that stops answering ends the pass.
import { subDays } from 'date-fns/subDays';
import type { webApi } from '@slack/bolt';
import { changes as windowChanges, type Window } from '../digest/changes.ts';
import { alertsFor, type Alert, type AlertDefaults } from '../digest/watch.ts';
import { alertBlocks } from '../render/blocks/watch.ts';
import { StoreUnavailable, type AlertKey, type Store, type Watch } from '../store/store.ts';
import { clientOf, findInHistory, mayHaveLanded, slackError } from './client.ts';
import { everyInterval, withWorkers } from './pass.ts';
import { callWithinLimits, PostPacer } from './pace.ts';
import { PAUSING_ERRORS, POST_ATTEMPTS, type DeliveryDeps } from './deliver.ts';

export const ALERT_EVENT = 'modelscout_alert';
/** How far back a pass looks for changes: a pass missed for days (downtime) still alerts, once. */
export const ALERT_LOOKBACK_DAYS = 7;
/** The volume and mix an alert prices at where the workspace set none (the answers' built-in defaults). */
export const ALERT_DEFAULTS: AlertDefaults = { tokensPerMonth: 1_000_000, mix: { input: 3, output: 1 } };

export type AlertOutcome = 'posted' | 'recovered' | 'taken' | 'paused' | 'failed';

export interface AlertReport {
  teamId: string;
  channelId: string;
  model: string;
  field: string;
  outcome: AlertOutcome;
  messageTs: string | null;
  /** What happened, for people (not in the JSON contract). */
  detail: string;
}

/** An alert pass needs what a digest pass needs: the store, the catalog, the clients, the claim and the pacing. */
export type AlertDeps = DeliveryDeps;

const isChannel = (id: string) => /^[CGD]/.test(id);

/** The alert this channel already has for the change, if an earlier attempt posted it (channels only: a DM's history needs another scope). */
async function findAlert(client: webApi.WebClient, key: AlertKey, oldest: Date): Promise<string | null> {
  if (!isChannel(key.channelId)) return null;
  return findInHistory(
    client,
    key.channelId,
    oldest,
    ({ metadata: meta }) => meta?.event_type === ALERT_EVENT && meta.event_payload?.team_id === key.teamId && meta.event_payload?.change === key.changeKey,
  );
}

interface Due {
  watch: Watch;
  alert: Alert;
}

/** The alerts due now: every active watch's, one per (workspace, channel, change). */
async function dueAlerts(deps: AlertDeps, now: Date): Promise<Due[]> {
  const window: Window = { from: subDays(now, ALERT_LOOKBACK_DAYS), to: now };
  const watches = await deps.store.watches({ status: 'active' });
  if (watches.length === 0) return [];
  const found = windowChanges(deps.catalog, await deps.observed(window), window);
  const defaults = new Map<string, AlertDefaults>();
  const due = new Map<string, Due>();
  for (const watch of watches) {
    let d = defaults.get(watch.teamId);
    if (!d) {
      const saved = await deps.store.workspaceSettings(watch.teamId);
      d = { tokensPerMonth: saved?.defaultTokens ?? ALERT_DEFAULTS.tokensPerMonth, mix: saved?.mix ?? ALERT_DEFAULTS.mix };
      defaults.set(watch.teamId, d);
    }
    for (const alert of alertsFor(deps.catalog, found, watch, watch.createdAt.toISOString().slice(0, 10), d)) {
      const id = `${watch.teamId}\u0000${watch.channelId}\u0000${alert.key}`;
      if (!due.has(id)) due.set(id, { watch, alert });
    }
  }
  return [...due.values()];
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function deliverAlert(deps: AlertDeps, pacers: Map<string, PostPacer>, { watch, alert }: Due, now: Date): Promise<AlertReport> {
  const key: AlertKey = { teamId: watch.teamId, channelId: watch.channelId, changeKey: alert.key };
  const report = (outcome: AlertOutcome, detail: string, messageTs: string | null = null): AlertReport => ({
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
  const finish = async (result: Parameters<Store['finishAlert']>[2]) => {
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
    // A claim taken over (its holder died, or it failed) may have posted already: look first.
    const earlier = claim.outcome === 'reclaimed' ? (claim.delivery.messageTs ?? (await findAlert(client, key, oldest))) : null;
    if (earlier) {
      await finish({ status: 'posted', detail: 'found the alert an earlier attempt had posted', messageTs: earlier });
      return report('recovered', 'found the alert an earlier attempt had posted', earlier);
    }
    const message = alertBlocks(alert);
    const args: webApi.ChatPostMessageArguments = {
      channel: watch.channelId,
      text: message.text,
      blocks: message.blocks,
      unfurl_links: false,
      metadata: { event_type: ALERT_EVENT, event_payload: { team_id: key.teamId, change: key.changeKey } },
    };
    let ts = '';
    for (let attempt = 1; ; attempt++) {
      try {
        ts = (await callWithinLimits(() => client.chat.postMessage(args), { pacer, channel: watch.channelId })).ts ?? '';
        break;
      } catch (error) {
        if (!mayHaveLanded(error)) throw error;
        const found = await findAlert(client, key, oldest);
        if (found) {
          ts = found;
          break;
        }
        if (attempt >= POST_ATTEMPTS) throw error;
        await (deps.sleep ?? realSleep)(250 * 2 ** (attempt - 1));
      }
    }
    await finish({ status: 'posted', detail: alert.kind, messageTs: ts });
    return report('posted', alert.kind, ts);
  } catch (error) {
    if (error instanceof StoreUnavailable) throw error;
    const code = slackError(error);
    if ((PAUSING_ERRORS as readonly string[]).includes(code)) {
      await deps.store.setWatchesStatus(watch.teamId, watch.channelId, 'paused', code, new Date());
      await finish({ status: 'failed', retryable: false, detail: `paused: ${code}` });
      return report('paused', code);
    }
    deps.logger.error(`alert for ${key.channelId} (${alert.model} ${alert.field}) failed: ${code}`);
    await finish({ status: 'failed', retryable: true, detail: code });
    return report('failed', code);
  }
}

/** One alerts pass: every alert due now, posted once. */
export async function runAlerts(deps: AlertDeps, now: Date): Promise<AlertReport[]> {
  const due = await dueAlerts(deps, now);
  const pacers = new Map<string, PostPacer>();
  return withWorkers(
    due,
    deps.concurrency ?? 8,
    (item) => deliverAlert(deps, pacers, item, now),
    (item, error) => {
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
    },
  );
}

/** Runs an alerts pass now and then every `intervalMs`; returns a stop function. */
export function startAlerts(deps: AlertDeps, options: { intervalMs: number; now?: () => Date }): () => Promise<void> {
  const now = options.now ?? (() => new Date());
  return everyInterval(
    () =>
      runAlerts(deps, now())
        .then((reports) => {
          for (const r of reports) if (r.outcome !== 'taken') deps.logger.info(`alert ${r.channelId} ${r.model} ${r.field}: ${r.outcome} (${r.detail})`);
        })
        .catch((error) => deps.logger.error(`alerts pass failed: ${error instanceof StoreUnavailable ? error.message : slackError(error)}`)),
    options.intervalMs,
  );
}
