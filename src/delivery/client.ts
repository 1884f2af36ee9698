// The Web API client the digest posts with: 5xx answers and timeouts are retried a few times with
// exponential backoff; 429s are rejected to the caller, which waits out Retry-After for that call alone
// and paces posts to the rate Slack allows (pace.ts).
import { webApi } from '@slack/bolt';
import { hostname } from 'node:os';

export function deliveryClient(token: string, apiUrl?: string): webApi.WebClient {
  return new webApi.WebClient(token, {
    ...(apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {}),
    retryConfig: { retries: 4, factor: 2, minTimeout: 250, maxTimeout: 4000, randomize: true },
    timeout: 15_000,
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
