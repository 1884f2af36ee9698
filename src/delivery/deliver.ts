// Posts each subscription's digest once per (channel, week): claim the delivery row, look for a post an
// earlier attempt may already have made (message metadata), post what is missing, record the outcome.
// Every message of a digest carries metadata naming its team, week and part (0: the main post, 1…: its
// thread replies), so what reached Slack can be read back: a delivery taken over after a crash, or retried
// after a failure, finishes the thread of a main post that is already there instead of posting it again.
// A post that failed in a way that may still have reached Slack (a timeout, a dropped connection, a 5xx) is
// looked for before it is sent again, never retried blindly. A 429 waits out Retry-After for that call
// and posts are paced to the workspace's limit once Slack has shown it (pace.ts). channel_not_found,
// not_in_channel and is_archived pause the
// subscription and tell its creator by DM; any other failure leaves the delivery for the next pass.
// Every outcome is recorded and returned; nothing is dropped silently. A store that stops answering ends
// the pass with its StoreUnavailable error.
import type { webApi } from '@slack/bolt';
import type { Catalog } from '../catalog/validate.ts';
import type { ObservedChange, Window } from '../digest/changes.ts';
import { buildDigest } from '../digest/digest.ts';
import { renderDigest } from '../render/blocks/digest.ts';
import type { Logger } from '../log.ts';
import { StoreUnavailable, type DeliveryKey, type Store, type Subscription } from '../store/store.ts';
import { lastDue } from '../digest/schedule.ts';
import { callWithinLimits, PostPacer } from './pace.ts';
import { clientOf, findInHistory, mayHaveLanded, slackError, type PostedMessage, type TeamClients, type TeamDeps } from './client.ts';
import { everyInterval, withWorkers } from './pass.ts';

export const DIGEST_EVENT = 'modelscout_digest';
export const DEFAULT_CONCURRENCY = 32;
export const PAUSING_ERRORS = ['channel_not_found', 'not_in_channel', 'is_archived'] as const;
/** How many times one message is tried in a pass (each retry after looking for it in Slack). */
export const POST_ATTEMPTS = 4;

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
  /** The Web API client of the one workspace (single-workspace mode); ignored where `clientFor` is given. */
  client?: webApi.WebClient;
  /** Each installed workspace's client (installs by many workspaces); undefined for a workspace without an installation. */
  clientFor?: TeamClients;
  logger: Logger;
  /** Who is claiming (host and process), for the delivery rows. */
  claimant: string;
  /** How long a claim protects a delivery in progress before another process may take it over. */
  leaseMs: number;
  /** Changes the sync policy accepted for a window (empty when there is no sync). */
  observed: (window: Window) => Promise<ObservedChange[]>;
  /**
   * How many channels to post to at once (a digest pass 32 by default, an alert pass 8). Each channel gets one message, so Slack's
   * one-per-second-per-channel limit rarely binds; past the workspace-wide limit the pacer holds posts
   * back, so more workers than that limit's rate in flight buy nothing.
   */
  concurrency?: number;
  /** Waits between tries of one message (tests pass a shorter one). */
  sleep?: (ms: number) => Promise<void>;
}

interface DigestPayload {
  team_id: string;
  week_start: string;
  /** 0: the main post; 1, 2, …: its thread replies in order. */
  part: number;
}

/** The part of this delivery's digest a message is, or undefined if it is not one. */
function partOf(m: PostedMessage, key: DeliveryKey): number | undefined {
  const meta = m.metadata;
  if (meta?.event_type !== DIGEST_EVENT || meta.event_payload?.week_start !== key.weekStart || meta.event_payload?.team_id !== key.teamId) return undefined;
  // Main posts from before parts were numbered carry no part.
  return Number(meta.event_payload?.part ?? 0);
}

const metadata = (key: DeliveryKey, part: number) => ({
  event_type: DIGEST_EVENT,
  event_payload: { team_id: key.teamId, week_start: key.weekStart, part } satisfies DigestPayload,
});

/** The main digest post this channel already has for the week, paging back through its history to `oldest`. */
async function findMainPost(client: webApi.WebClient, key: DeliveryKey, oldest: Date): Promise<string | null> {
  return findInHistory(client, key.channelId, oldest, (m) => partOf(m, key) === 0);
}

/** The thread replies of this delivery already under the main post `ts`: part → ts. */
async function threadParts(client: webApi.WebClient, key: DeliveryKey, ts: string): Promise<Map<number, string>> {
  const parts = new Map<number, string>();
  let cursor: string | undefined;
  do {
    const page = await callWithinLimits(() => client.conversations.replies({ channel: key.channelId, ts, include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}) }));
    for (const m of page.messages ?? []) {
      const part = partOf(m, key);
      if (part !== undefined && part > 0 && m.ts && m.ts !== ts) parts.set(part, m.ts);
    }
    cursor = page.has_more ? page.response_metadata?.next_cursor || undefined : undefined;
  } while (cursor);
  return parts;
}

/**
 * What one pass shares across channels: channels with the same week, filters and time zone get the
 * same digest, so it is built and rendered once (a thousand channels, a handful of digests); and one
 * pacer, so the pass posts no faster than the workspace's limit once Slack has shown it.
 */
function passMemo(deps: DeliveryDeps) {
  // Slack's limits are per workspace: one pacer for each.
  const pacers = new Map<string, PostPacer>();
  const observed = new Map<string, Promise<ObservedChange[]>>();
  const digests = new Map<string, Promise<{ digest: ReturnType<typeof buildDigest>; messages: ReturnType<typeof renderDigest> }>>();
  return {
    post(team: TeamDeps, args: webApi.ChatPostMessageArguments) {
      let pacer = pacers.get(team.teamId);
      if (!pacer) {
        pacer = new PostPacer();
        pacers.set(team.teamId, pacer);
      }
      return callWithinLimits(() => team.client.chat.postMessage(args), { pacer, channel: args.channel });
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

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Posts a message unless Slack has it already. A try that may have landed although it failed is looked
 * for (`find`) before the next one; other failures are thrown at once.
 */
async function postOnce(deps: TeamDeps & DeliveryDeps, pass: Pass, args: webApi.ChatPostMessageArguments, find: () => Promise<string | null>): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await pass.post(deps, args)).ts ?? '';
    } catch (error) {
      if (!mayHaveLanded(error)) throw error;
      const found = await find();
      if (found) return found;
      if (attempt >= POST_ATTEMPTS) throw error;
      await (deps.sleep ?? realSleep)(250 * 2 ** (attempt - 1));
    }
  }
}

async function deliverOne(shared: DeliveryDeps, pass: Pass, sub: Subscription, now: Date): Promise<DeliveryReport> {
  const due = lastDue(sub, now);
  const key: DeliveryKey = { teamId: sub.teamId, channelId: sub.channelId, weekStart: due.weekStart };
  const report = (outcome: Outcome, detail: string, messageTs: string | null = null): DeliveryReport => ({ ...key, outcome, detail, messageTs });
  if (due.due.getTime() < sub.createdAt.getTime()) return report('not-due', `subscribed after this week's slot; first digest ${due.next.toISOString()}`);
  const client = await clientOf(shared, sub.teamId);
  if (!client) {
    // The workspace removed the app (or its installation is gone): paused until it installs again.
    await shared.store.setSubscriptionStatus(sub.teamId, sub.channelId, 'paused', 'app_uninstalled', new Date());
    return report('paused', 'the workspace has no installation of the app');
  }
  const deps = { ...shared, client, teamId: sub.teamId };

  const claim = await deps.store.claimDelivery(key, deps.claimant, now, deps.leaseMs);
  if (claim.outcome === 'taken') {
    const d = claim.delivery;
    return report('taken', d.status === 'claimed' ? `being delivered by ${d.claimedBy}` : `already ${d.status}${d.detail ? ` (${d.detail})` : ''}`, d.messageTs);
  }
  const finish = async (result: Parameters<Store['finishDelivery']>[2]) => {
    const ok = await deps.store.finishDelivery(key, deps.claimant, result, new Date());
    if (!ok) deps.logger.warn(`delivery ${key.channelId} ${key.weekStart}: claim lost before it was recorded as ${result.status}`);
  };
  // The earliest an attempt this week could have posted: the slot, with an hour's room for clocks.
  const oldest = new Date(due.due.getTime() - 3_600_000);
  let mainTs: string | null = null;

  try {
    // A delivery taken over (its holder died, or it failed) may have posted already: look first.
    if (claim.outcome === 'reclaimed') mainTs = claim.delivery.messageTs ?? (await findMainPost(deps.client, key, oldest));
    const recovered = mainTs !== null;
    const { digest, messages } = await pass.digestFor(sub, due.window);
    if (!mainTs && !messages) {
      await finish({ status: 'skipped', detail: 'quiet week' });
      return report('skipped', 'quiet week');
    }
    if (!mainTs && messages) {
      mainTs = await postOnce(deps, pass, { channel: sub.channelId, text: messages.main.text, blocks: messages.main.blocks, unfurl_links: false, metadata: metadata(key, 0) }, () =>
        findMainPost(deps.client, key, oldest),
      );
      // Noted before the thread, so a retry after a crash finishes the thread under this post.
      if (messages.thread.length > 0) await deps.store.noteMessage(key, deps.claimant, mainTs);
    }
    const ts = mainTs as string;
    const thread = messages?.thread ?? [];
    const already = recovered && thread.length > 0 ? await threadParts(deps.client, key, ts) : new Map<number, string>();
    let sent = 0;
    for (const [i, reply] of thread.entries()) {
      const part = i + 1;
      if (already.has(part)) continue;
      await postOnce(
        deps,
        pass,
        { channel: sub.channelId, thread_ts: ts, text: reply.text, blocks: reply.blocks, unfurl_links: false, metadata: metadata(key, part) },
        async () => (await threadParts(deps.client, key, ts)).get(part) ?? null,
      );
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
  } catch (error) {
    if (error instanceof StoreUnavailable) throw error;
    const code = slackError(error);
    if ((PAUSING_ERRORS as readonly string[]).includes(code)) {
      await deps.store.setSubscriptionStatus(sub.teamId, sub.channelId, 'paused', code, new Date());
      await finish({ status: 'failed', retryable: false, detail: `paused: ${code}`, ...(mainTs ? { messageTs: mainTs } : {}) });
      try {
        await pass.post(deps, {
          channel: sub.createdBy,
          text: `I paused the weekly model-price digest for <#${sub.channelId}>: Slack says \`${code}\`. Invite me to the channel (or pick another) and run \`/models digest on\` there to resume.`,
        });
      } catch (dmError) {
        deps.logger.warn(`could not tell ${sub.createdBy} about the paused digest: ${slackError(dmError)}`);
      }
      return report('paused', code);
    }
    // The next pass claims it again, looks for what reached Slack, and posts the rest.
    const detail = mainTs ? `the thread is unfinished: ${code}` : code;
    deps.logger.error(`digest for ${sub.channelId} (${due.weekStart}) failed: ${detail}`);
    await finish({ status: 'failed', retryable: true, detail, ...(mainTs ? { messageTs: mainTs } : {}) });
    return report('failed', detail, mainTs);
  }
}

/** One scheduler pass: every active subscription whose slot has come this week. */
export async function runDue(deps: DeliveryDeps, now: Date): Promise<DeliveryReport[]> {
  const subs = await deps.store.subscriptions({ status: 'active' });
  return deliverAll(deps, subs, now);
}

async function deliverAll(deps: DeliveryDeps, subs: Subscription[], now: Date): Promise<DeliveryReport[]> {
  const pass = passMemo(deps);
  return withWorkers(
    subs,
    deps.concurrency ?? DEFAULT_CONCURRENCY,
    (sub) => deliverOne(deps, pass, sub, now),
    (sub, error) => {
      deps.logger.error(`digest for ${sub.channelId} could not be handled: ${slackError(error)}`);
      return { teamId: sub.teamId, channelId: sub.channelId, weekStart: lastDue(sub, now).weekStart, outcome: 'failed', detail: slackError(error), messageTs: null };
    },
  );
}

/** Runs a pass now (catching up after downtime) and then every `intervalMs`; returns a stop function. */
export function startScheduler(deps: DeliveryDeps, options: { intervalMs: number; now?: () => Date }): () => Promise<void> {
  const now = options.now ?? (() => new Date());
  return everyInterval(
    () =>
      runDue(deps, now())
        .then((reports) => {
          for (const r of reports) if (r.outcome !== 'not-due' && r.outcome !== 'taken') deps.logger.info(`digest ${r.channelId} ${r.weekStart}: ${r.outcome} (${r.detail})`);
        })
        .catch((error) => deps.logger.error(`digest pass failed: ${error instanceof StoreUnavailable ? error.message : slackError(error)}`)),
    options.intervalMs,
  );
}
