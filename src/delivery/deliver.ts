// Posts each subscription's digest once per (channel, week): claim the delivery row, look for a
// post a crashed process may already have made (message metadata), post, record the outcome.
// Slack failures: a 429 waits out Retry-After for that call and posts are paced to the workspace's
// limit (pace.ts); 5xx/timeouts retry with backoff (the WebClient's retry policy); channel_not_found, not_in_channel and is_archived pause the subscription and tell
// its creator by DM. Every outcome is recorded and returned; nothing is dropped silently.
import type { webApi } from '@slack/bolt';
import type { Catalog } from '../catalog/validate.ts';
import type { ObservedChange, Window } from '../digest/changes.ts';
import { buildDigest } from '../digest/digest.ts';
import { renderDigest } from '../render/blocks/digest.ts';
import type { Logger } from '../log.ts';
import type { DeliveryKey, Store, Subscription } from '../store/store.ts';
import { callWithinLimits, PostPacer } from './pace.ts';
import { lastDue } from '../digest/schedule.ts';

export const DIGEST_EVENT = 'modelscout_digest';
export const DEFAULT_CONCURRENCY = 32;
export const PAUSING_ERRORS = ['channel_not_found', 'not_in_channel', 'is_archived'] as const;

export type Outcome = 'posted' | 'recovered' | 'skipped' | 'not-due' | 'taken' | 'paused' | 'failed';

export interface DeliveryReport {
  teamId: string;
  channelId: string;
  weekStart: string;
  outcome: Outcome;
  detail: string;
  messageTs: string | null;
}

export interface DeliveryDeps {
  store: Store;
  catalog: Catalog;
  client: webApi.WebClient;
  logger: Logger;
  /** Who is claiming (host and process), for the delivery rows. */
  claimant: string;
  /** How long a claim protects a delivery in progress before another process may take it over. */
  leaseMs: number;
  /** Changes the sync policy accepted for a window (empty when there is no sync). */
  observed: (window: Window) => Promise<ObservedChange[]>;
  /**
   * How many channels to post to at once (default 32). Each channel gets one message, so Slack's
   * one-per-second-per-channel limit rarely binds; past the workspace-wide limit the pacer holds posts
   * back, so more workers than that limit's rate in flight buy nothing.
   */
  concurrency?: number;
}

function slackError(error: unknown): string {
  const e = error as { data?: { error?: string }; code?: string; message?: string };
  return e?.data?.error ?? e?.code ?? e?.message ?? String(error);
}

/** A digest this channel already received for the week (posted just before a crash), if any. */
async function findEarlierPost(deps: DeliveryDeps, key: DeliveryKey, since: Date): Promise<string | null> {
  const history = await callWithinLimits(() => deps.client.conversations.history({ channel: key.channelId, oldest: String(Math.floor(since.getTime() / 1000)), include_all_metadata: true, limit: 200 }));
  for (const m of history.messages ?? []) {
    const meta = (m as { metadata?: { event_type?: string; event_payload?: Record<string, unknown> } }).metadata;
    if (meta?.event_type === DIGEST_EVENT && meta.event_payload?.week_start === key.weekStart && meta.event_payload?.team_id === key.teamId) return m.ts ?? null;
  }
  return null;
}

/**
 * What one pass shares across channels: channels with the same week, filters and time zone get the
 * same digest, so it is built and rendered once (a thousand channels, a handful of digests); and one
 * pacer, so the pass posts no faster than the workspace's limit once Slack has shown it.
 */
function passMemo(deps: DeliveryDeps) {
  const pacer = new PostPacer();
  const observed = new Map<string, Promise<ObservedChange[]>>();
  const digests = new Map<string, Promise<{ digest: ReturnType<typeof buildDigest>; messages: ReturnType<typeof renderDigest> }>>();
  return {
    post(args: webApi.ChatPostMessageArguments) {
      return callWithinLimits(() => deps.client.chat.postMessage(args), { pacer, channel: args.channel });
    },
    digestFor(sub: Subscription, window: Window) {
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

type Pass = ReturnType<typeof passMemo>;

async function deliverOne(deps: DeliveryDeps, pass: Pass, sub: Subscription, now: Date): Promise<DeliveryReport> {
  const due = lastDue(sub, now);
  const key: DeliveryKey = { teamId: sub.teamId, channelId: sub.channelId, weekStart: due.weekStart };
  const report = (outcome: Outcome, detail: string, messageTs: string | null = null): DeliveryReport => ({ ...key, outcome, detail, messageTs });
  if (due.due.getTime() < sub.createdAt.getTime()) return report('not-due', `subscribed after this week's slot; first digest ${due.next.toISOString()}`);

  const claim = await deps.store.claimDelivery(key, deps.claimant, now, deps.leaseMs);
  if (claim.outcome === 'taken') {
    const d = claim.delivery;
    return report('taken', d.status === 'claimed' ? `being delivered by ${d.claimedBy}` : `already ${d.status}${d.detail ? ` (${d.detail})` : ''}`, d.messageTs);
  }
  const finish = async (status: 'posted' | 'skipped' | 'failed', detail: string, messageTs?: string) => {
    const ok = await deps.store.finishDelivery(key, deps.claimant, { status, detail, ...(messageTs ? { messageTs } : {}) }, new Date());
    if (!ok) deps.logger.warn(`delivery ${key.channelId} ${key.weekStart}: claim lost before it was recorded as ${status}`);
  };

  try {
    if (claim.outcome === 'reclaimed') {
      const earlier = await findEarlierPost(deps, key, new Date(due.due.getTime() - 3_600_000));
      if (earlier) {
        await finish('posted', 'found the digest an interrupted delivery had posted', earlier);
        return report('recovered', 'found the digest an interrupted delivery had posted', earlier);
      }
    }
    const { digest, messages } = await pass.digestFor(sub, due.window);
    if (!messages) {
      await finish('skipped', 'quiet week');
      return report('skipped', 'quiet week');
    }
    const posted = await pass.post({
      channel: sub.channelId,
      text: messages.main.text,
      blocks: messages.main.blocks,
      unfurl_links: false,
      metadata: { event_type: DIGEST_EVENT, event_payload: { team_id: sub.teamId, week_start: due.weekStart } },
    });
    const ts = posted.ts ?? '';
    let detail = digest.quiet ? 'quiet week: one line' : `${digest.changes.length} changes`;
    for (const reply of messages.thread) {
      try {
        await pass.post({ channel: sub.channelId, thread_ts: ts, text: reply.text, blocks: reply.blocks, unfurl_links: false });
      } catch (error) {
        // The digest is out; a missing continuation is recorded, never re-posted as a whole.
        detail += `; a thread reply failed (${slackError(error)})`;
        break;
      }
    }
    await finish('posted', detail, ts);
    return report('posted', detail, ts);
  } catch (error) {
    const code = slackError(error);
    if ((PAUSING_ERRORS as readonly string[]).includes(code)) {
      await deps.store.setSubscriptionStatus(sub.teamId, sub.channelId, 'paused', code, new Date());
      await finish('failed', `paused: ${code}`);
      try {
        await pass.post({
          channel: sub.createdBy,
          text: `I paused the weekly model-price digest for <#${sub.channelId}>: Slack says \`${code}\`. Invite me to the channel (or pick another) and run \`/models digest on\` there to resume.`,
        });
      } catch (dmError) {
        deps.logger.warn(`could not tell ${sub.createdBy} about the paused digest: ${slackError(dmError)}`);
      }
      return report('paused', code);
    }
    deps.logger.error(`digest for ${sub.channelId} (${due.weekStart}) failed: ${code}`);
    await finish('failed', `retry: ${code}`);
    return report('failed', code);
  }
}

/** One scheduler pass: every active subscription whose slot has come this week. */
export async function runDue(deps: DeliveryDeps, now: Date): Promise<DeliveryReport[]> {
  const subs = await deps.store.subscriptions({ status: 'active' });
  return deliverAll(deps, subs, now);
}

async function deliverAll(deps: DeliveryDeps, subs: Subscription[], now: Date): Promise<DeliveryReport[]> {
  const pass = passMemo(deps);
  const reports: DeliveryReport[] = new Array(subs.length);
  let next = 0;
  const worker = async () => {
    while (next < subs.length) {
      const i = next++;
      const sub = subs[i] as Subscription;
      try {
        reports[i] = await deliverOne(deps, pass, sub, now);
      } catch (error) {
        deps.logger.error(`digest for ${sub.channelId} could not be handled: ${slackError(error)}`);
        reports[i] = { teamId: sub.teamId, channelId: sub.channelId, weekStart: lastDue(sub, now).weekStart, outcome: 'failed', detail: slackError(error), messageTs: null };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(deps.concurrency ?? DEFAULT_CONCURRENCY, subs.length)) }, worker));
  return reports;
}

/** Runs a pass now (catching up after downtime) and then every `intervalMs`; returns a stop function. */
export function startScheduler(deps: DeliveryDeps, options: { intervalMs: number; now?: () => Date }): () => Promise<void> {
  const now = options.now ?? (() => new Date());
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const tick = () => {
    if (stopped) return;
    running = runDue(deps, now())
      .then((reports) => {
        for (const r of reports) if (r.outcome !== 'not-due' && r.outcome !== 'taken') deps.logger.info(`digest ${r.channelId} ${r.weekStart}: ${r.outcome} (${r.detail})`);
      })
      .catch((error) => deps.logger.error(`digest pass failed: ${slackError(error)}`));
  };
  tick();
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
