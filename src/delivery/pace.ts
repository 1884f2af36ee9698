// Slack caps how many messages a workspace may post in a rolling second and answers 429 with Retry-After
// past it. Waiting out every 429 leaves the window half idle (each worker sleeps a full Retry-After while
// the window's slots free up one by one), so a pass learns the limit from its first 429 and from then on
// starts posts no faster than that. The limit is what Slack let through in the second before the
// rejected post started: the posts started in that second and not rejected, counted by start rather
// than by answer, since answers to the posts just before it may still be on their way. Posts are spaced
// over a slightly longer window than Slack's (50 ms more), so the time a post takes to reach Slack does
// not push a second's worth past the limit. A 429 after that means posts reach Slack later than that
// (a busy process): the window widens (doubling the margin, at most once a second, up to 250 ms) and
// the limit stays; recounting it from a 429 under load, whose neighbours' trips are skewed too, would
// ratchet it down. Either way the rejected post waits its Retry-After and goes again. A rejected post did not use up a slot, so it gives its slot back. A 429 for a
// channel that had a post accepted within the second is that channel's own limit (about one message a
// second), not the workspace's.
//
// The delivery client rejects 429s instead of waiting them out itself (the WebClient would pause its
// whole queue and retry outside the pacer), so a rate-limited post waits its own Retry-After and then
// takes a fresh slot like any other post.
import { webApi } from '@slack/bolt';

const WINDOW_MS = 1000;
/** The window posts are spaced over once the limit is known: Slack's plus room for the trip there. */
const PACING_WINDOW_MS = 1050;
const MAX_PACING_WINDOW_MS = 1250;

export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

export class PostPacer {
  /** When each post of the last two windows started, oldest first (rejected posts removed). */
  private readonly started: number[] = [];
  private readonly lastInChannel = new Map<string, number>();
  private perWindow: number | undefined;
  private windowMs = PACING_WINDOW_MS;
  private widenedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly clock: Clock = realClock) {}

  /** Posts Slack allows per second, once a 429 has shown the limit; undefined before. */
  get rate(): number | undefined {
    return this.perWindow;
  }

  /** The window posts are spaced over once the limit is known, ms. */
  get pacingWindowMs(): number {
    return this.windowMs;
  }

  /** Waits until a post may start without exceeding the learned rate, counts it, and returns its start. */
  async slot(): Promise<number> {
    for (;;) {
      const now = this.clock.now();
      // Two windows are kept: a 429 answered a little later still needs the second before its post.
      while (this.started.length > 0 && (this.started[0] as number) <= now - 2 * WINDOW_MS) this.started.shift();
      const first = firstAfter(this.started, now - this.windowMs);
      if (this.perWindow === undefined || this.started.length - first < this.perWindow) {
        this.started.push(now);
        return now;
      }
      await this.clock.sleep((this.started[first] as number) + this.windowMs - now);
    }
  }

  /** A post to `channel` was accepted. */
  posted(channel: string): void {
    this.lastInChannel.set(channel, this.clock.now());
  }

  /** Slack answered 429 to the post to `channel` that started at `startedAt` (from slot()). */
  limited(channel: string, startedAt: number): void {
    const now = this.clock.now();
    const mine = this.started.lastIndexOf(startedAt);
    if (mine >= 0) this.started.splice(mine, 1);
    const last = this.lastInChannel.get(channel);
    if (last !== undefined && last > now - WINDOW_MS) return;
    if (this.perWindow === undefined) {
      let before = 0;
      for (const t of this.started) if (t > startedAt - WINDOW_MS && t <= startedAt) before += 1;
      this.perWindow = Math.max(1, before);
    } else if (now - this.widenedAt >= WINDOW_MS) {
      this.windowMs = Math.min(MAX_PACING_WINDOW_MS, WINDOW_MS + 2 * (this.windowMs - WINDOW_MS));
      this.widenedAt = now;
    }
  }
}

/** Index of the first time later than `t` (times ascending). */
function firstAfter(times: number[], t: number): number {
  let i = 0;
  while (i < times.length && (times[i] as number) <= t) i += 1;
  return i;
}

/** How many 429s one call may meet before it gives up (and the pass records it for the next one). */
export const MAX_RATE_LIMITED = 10;

function retryAfterMs(error: unknown): number | undefined {
  const e = error as { code?: string; retryAfter?: number };
  return e?.code === webApi.ErrorCode.RateLimitedError ? Math.max(1, e.retryAfter ?? 1) * 1000 : undefined;
}

/**
 * Makes a Web API call, waiting out 429s (Retry-After) for this call alone. With `paced`, the call is a
 * post to `channel`: it waits for the pacer's slot before every try and tells the pacer how it went.
 */
export async function callWithinLimits<T>(call: () => Promise<T>, paced?: { pacer: PostPacer; channel: string }, clock: Clock = realClock): Promise<T> {
  for (let limited = 0; ; limited++) {
    const startedAt = paced ? await paced.pacer.slot() : 0;
    try {
      const result = await call();
      paced?.pacer.posted(paced.channel);
      return result;
    } catch (error) {
      const wait = retryAfterMs(error);
      if (wait === undefined || limited + 1 >= MAX_RATE_LIMITED) throw error;
      paced?.pacer.limited(paced.channel, startedAt);
      await clock.sleep(wait);
    }
  }
}
