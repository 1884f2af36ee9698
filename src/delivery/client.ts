// The Web API client the digest posts with. A 429 is the WebClient's own business: it waits out
// Retry-After (holding back its queue meanwhile) and tries again. It retries nothing else: a post that
// timed out, lost its connection or met a 5xx may have reached Slack all the same, so deliver.ts looks
// for it before posting again.
import { webApi } from '@slack/bolt';
import { hostname } from 'node:os';

/** How long one Web API call may take before it counts as failed, ms. */
export const DEFAULT_SLACK_TIMEOUT_MS = 15_000;

/** How many 429s one call may meet before it gives up (the pass then leaves the delivery for the next). */
const RATE_LIMITED_RETRIES = 10;

export function deliveryClient(token: string, apiUrl?: string, options: { timeoutMs?: number } = {}): webApi.WebClient {
  // p-retry (the WebClient's retry loop) stops when onFailedAttempt throws: only the WebClient's own
  // "rate limit was exceeded, retry" error, raised after it has waited out Retry-After, goes round again.
  const retryConfig: webApi.RetryOptions & { onFailedAttempt(error: Error & { code?: unknown }): void } = {
    retries: RATE_LIMITED_RETRIES,
    factor: 1,
    minTimeout: 0,
    maxTimeout: 0,
    onFailedAttempt(error) {
      if (error.code !== undefined) throw error;
    },
  };
  return new webApi.WebClient(token, {
    ...(apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}),
    retryConfig,
    timeout: options.timeoutMs ?? DEFAULT_SLACK_TIMEOUT_MS,
    logLevel: webApi.LogLevel.ERROR,
  });
}

/** Who claims deliveries: the host and process, so a row says which replica holds it. */
export function claimantName(): string {
  return `${hostname()}:${process.pid}`;
}

/** A claim protects a delivery in progress this long before another replica may take it over. */
export const DEFAULT_LEASE_MS = 10 * 60_000;
