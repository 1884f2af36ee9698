// The Web API client the digest posts with. It retries nothing itself: a 429 is rejected to the caller,
// which waits out Retry-After for that call alone and paces posts to the rate Slack allows (pace.ts); a
// post that timed out, lost its connection or met a 5xx may have reached Slack all the same, so
// deliver.ts looks for it before posting again.
import { webApi } from '@slack/bolt';
import { hostname } from 'node:os';
import { callWithinLimits } from './pace.ts';

/** How long one Web API call may take before it counts as failed, ms. */
export const DEFAULT_SLACK_TIMEOUT_MS = 15_000;

export function deliveryClient(token: string, apiUrl?: string, options: { timeoutMs?: number } = {}): webApi.WebClient {
  return new webApi.WebClient(token, {
    ...(apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}),
    retryConfig: { retries: 0 },
    timeout: options.timeoutMs ?? DEFAULT_SLACK_TIMEOUT_MS,
    rejectRateLimitedCalls: true,
    logLevel: webApi.LogLevel.ERROR,
  });
}

/** Who claims deliveries: the host and process, so a row says which replica holds it. */
export function claimantName(): string {
  return `${hostname()}:${process.pid}`;
}

/** A claim protects a delivery in progress this long before another replica may take it over. */
export const DEFAULT_LEASE_MS = 10 * 60_000;

/** Each installed workspace's Web API client, or undefined for a workspace without an installation. */
export type TeamClients = (teamId: string) => Promise<webApi.WebClient | undefined>;

/** What a pass needs to post for one workspace: its client, and its id (Slack's limits are per workspace). */
export interface TeamDeps {
  teamId: string;
  client: webApi.WebClient;
}

/** The client a pass posts with for `teamId`: the workspace's own (many workspaces) or the one bot token's. */
export async function clientOf(deps: { client?: webApi.WebClient; clientFor?: TeamClients }, teamId: string): Promise<webApi.WebClient | undefined> {
  if (deps.clientFor) return deps.clientFor(teamId);
  // Only a workspace without an installation has no client; a pass given neither is a mistake, not a pause.
  if (!deps.client) throw new Error("A delivery pass needs a Slack client (SLACK_BOT_TOKEN) or each workspace's (OAuth).");
  return deps.client;
}

/** A failed Web API call, said for a person: Slack's error code, or what went wrong on the way. */
export function slackError(error: unknown): string {
  const e = error as { data?: { error?: string }; code?: string; message?: string; original?: { message?: string }; statusCode?: number };
  if (e?.code === webApi.ErrorCode.RequestError) return `no answer from Slack (${e.original?.message ?? 'request failed'})`;
  if (e?.code === webApi.ErrorCode.HTTPError) return `Slack answered HTTP ${e.statusCode ?? '?'}`;
  return e?.data?.error ?? e?.code ?? e?.message ?? String(error);
}

/** Whether a failed call may nonetheless have reached Slack: a timeout, a dropped connection, a 5xx. */
export function mayHaveLanded(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === webApi.ErrorCode.RequestError || code === webApi.ErrorCode.HTTPError;
}

/** A message as the history calls return it: its ts and the app's metadata on it. */
export type PostedMessage = { ts?: string; metadata?: { event_type?: string; event_payload?: Record<string, unknown> } };

/**
 * The first message in `channel` since `oldest` (its history read page by page, with the metadata posts carry) that
 * `matches`: how a retry finds a post an earlier attempt may already have made. Its ts, or null.
 */
export async function findInHistory(client: webApi.WebClient, channel: string, oldest: Date, matches: (m: PostedMessage) => boolean): Promise<string | null> {
  let cursor: string | undefined;
  do {
    const page = await callWithinLimits(() =>
      client.conversations.history({ channel, oldest: String(Math.floor(oldest.getTime() / 1000)), include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}) }),
    );
    for (const m of page.messages ?? []) if (m.ts && matches(m)) return m.ts;
    cursor = page.has_more ? page.response_metadata?.next_cursor || undefined : undefined;
  } while (cursor);
  return null;
}
