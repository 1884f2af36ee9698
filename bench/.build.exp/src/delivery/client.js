import { webApi } from '@slack/bolt';
import { hostname } from 'node:os';
import { callWithinLimits } from './pace.js';
export const DEFAULT_SLACK_TIMEOUT_MS = 15_000;
export function deliveryClient(token, apiUrl, options = {}) {
    return new webApi.WebClient(token, {
        ...(apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}),
        retryConfig: { retries: 0 },
        timeout: options.timeoutMs ?? DEFAULT_SLACK_TIMEOUT_MS,
        rejectRateLimitedCalls: true,
        logLevel: webApi.LogLevel.ERROR,
    });
}
export function claimantName() {
    return `${hostname()}:${process.pid}`;
}
export const DEFAULT_LEASE_MS = 10 * 60_000;
export async function clientOf(deps, teamId) {
    if (deps.clientFor)
        return deps.clientFor(teamId);
    if (!deps.client)
        throw new Error("A delivery pass needs a Slack client (SLACK_BOT_TOKEN) or each workspace's (OAuth).");
    return deps.client;
}
export function slackError(error) {
    const e = error;
    if (e?.code === webApi.ErrorCode.RequestError)
        return `no answer from Slack (${e.original?.message ?? 'request failed'})`;
    if (e?.code === webApi.ErrorCode.HTTPError)
        return `Slack answered HTTP ${e.statusCode ?? '?'}`;
    return e?.data?.error ?? e?.code ?? e?.message ?? String(error);
}
export function mayHaveLanded(error) {
    const code = error?.code;
    return code === webApi.ErrorCode.RequestError || code === webApi.ErrorCode.HTTPError;
}
export async function findInHistory(client, channel, oldest, matches) {
    let cursor;
    do {
        const page = await callWithinLimits(() => client.conversations.history({ channel, oldest: String(Math.floor(oldest.getTime() / 1000)), include_all_metadata: true, limit: 200, ...(cursor ? { cursor } : {}) }));
        for (const m of page.messages ?? [])
            if (m.ts && matches(m))
                return m.ts;
        cursor = page.has_more ? page.response_metadata?.next_cursor || undefined : undefined;
    } while (cursor);
    return null;
}
//# sourceMappingURL=client.js.map