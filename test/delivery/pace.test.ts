import { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { callWithinLimits, MAX_RATE_LIMITED, PostPacer, type Clock } from '../../src/delivery/pace.ts';

/** A clock that only moves when someone sleeps (or a test moves it). */
function fakeClock(): Clock & { t: number } {
  const clock = {
    t: 0,
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.t += ms;
    },
  };
  return clock;
}

/** Starts `n` posts 2 ms apart, each to its own channel; accepted unless `accepted` is false. */
async function burst(pacer: PostPacer, clock: { t: number }, n: number, accepted = true): Promise<void> {
  for (let i = 0; i < n; i++) {
    await pacer.slot();
    if (accepted) pacer.posted(`C${i}`);
    clock.t += 2;
  }
}

const rateLimited = () => Object.assign(new Error('rate limited'), { code: webApi.ErrorCode.RateLimitedError, retryAfter: 1 });

describe('PostPacer', () => {
  it('lets posts go as fast as they come until Slack first says 429', async () => {
    const clock = fakeClock();
    const pacer = new PostPacer(clock);
    for (let i = 0; i < 500; i++) await pacer.slot();
    expect(clock.t).toBe(0);
    expect(pacer.rate).toBeUndefined();
  });

  it('after a 429, starts no more posts in any second than Slack let through in the second before it', async () => {
    const clock = fakeClock();
    const pacer = new PostPacer(clock);
    await burst(pacer, clock, 100);
    pacer.limited('C-new', await pacer.slot());
    expect(pacer.rate).toBe(100);
    const starts: number[] = [];
    for (let i = 0; i < 350; i++) starts.push(await pacer.slot());
    for (const [i, t] of starts.entries()) {
      expect(starts.filter((u) => u > t - 1000 && u <= t).length, `posts in the second up to post ${i}`).toBeLessThanOrEqual(100);
    }
    // Paced, not stalled: with a full window already used, 350 more at 100 per 1.05 s start within
    // about four and a half seconds.
    expect(clock.t).toBeLessThan(4500);
  });

  it('learns the limit once; a later 429 widens the spacing instead, at most once a second, up to 250 ms', async () => {
    const clock = fakeClock();
    const pacer = new PostPacer(clock);
    await burst(pacer, clock, 50);
    pacer.limited('C-new', await pacer.slot());
    expect(pacer.rate).toBe(50);
    expect(pacer.pacingWindowMs).toBe(1050);
    clock.t += 5000;
    await burst(pacer, clock, 3);
    pacer.limited('C-other', await pacer.slot());
    expect(pacer.rate).toBe(50);
    expect(pacer.pacingWindowMs).toBe(1100);
    pacer.limited('C-third', await pacer.slot()); // the same second: one widening per second
    expect(pacer.pacingWindowMs).toBe(1100);
    for (const expected of [1200, 1250, 1250]) {
      clock.t += 1000;
      pacer.limited(`C${clock.t}`, await pacer.slot());
      expect(pacer.pacingWindowMs).toBe(expected);
    }
    // Spaced over the wider window: no more than 50 starts in any 1,250 ms.
    const starts: number[] = [];
    for (let i = 0; i < 200; i++) starts.push(await pacer.slot());
    for (const t of starts) expect(starts.filter((u) => u > t - 1250 && u <= t).length).toBeLessThanOrEqual(50);
  });

  it('learns the rate from the posts started before the rejected one, answered or not', async () => {
    const clock = fakeClock();
    const pacer = new PostPacer(clock);
    // Eighty posts are on their way when the 81st is rejected: Slack's limit is 80, not the 0 answered so far.
    await burst(pacer, clock, 80, false);
    const rejected = await pacer.slot();
    clock.t += 5;
    pacer.limited('C-late', rejected);
    expect(pacer.rate).toBe(80);
  });

  it('gives a rejected post its slot back', async () => {
    const clock = fakeClock();
    const pacer = new PostPacer(clock);
    await burst(pacer, clock, 10);
    pacer.limited('C-new', await pacer.slot());
    expect(pacer.rate).toBe(10);
    clock.t = 1500;
    await burst(pacer, clock, 9);
    const tenth = await pacer.slot();
    pacer.limited('C1', tenth); // C1's own limit: no lesson, but the slot is free again
    expect(pacer.rate).toBe(10);
    const before = clock.t;
    await pacer.slot();
    expect(clock.t).toBe(before);
    await pacer.slot();
    expect(clock.t).toBeGreaterThan(before);
  });

  it("takes a 429 for a channel posted to within the second as that channel's own limit", async () => {
    const clock = fakeClock();
    const pacer = new PostPacer(clock);
    await pacer.slot();
    pacer.posted('C1');
    clock.t += 10;
    pacer.limited('C1', await pacer.slot());
    expect(pacer.rate).toBeUndefined();
    pacer.limited('C2', await pacer.slot());
    expect(pacer.rate).toBe(1);
  });
});

describe('callWithinLimits', () => {
  it('waits out each 429 for this call alone, taking a fresh slot for every try', async () => {
    const clock = fakeClock();
    const pacer = new PostPacer(clock);
    let tries = 0;
    const result = await callWithinLimits(
      async () => {
        tries += 1;
        if (tries <= 2) throw rateLimited();
        return { ok: true, ts: '1.2' };
      },
      { pacer, channel: 'C9' },
      clock,
    );
    expect(result).toEqual({ ok: true, ts: '1.2' });
    expect(tries).toBe(3);
    expect(clock.t).toBe(2000);
  });

  it('passes other errors straight through, and gives up after repeated 429s', async () => {
    const clock = fakeClock();
    let tries = 0;
    await expect(
      callWithinLimits(
        async () => {
          tries += 1;
          throw Object.assign(new Error('channel_not_found'), { code: webApi.ErrorCode.PlatformError });
        },
        undefined,
        clock,
      ),
    ).rejects.toThrow('channel_not_found');
    expect(tries).toBe(1);
    tries = 0;
    await expect(
      callWithinLimits(
        async () => {
          tries += 1;
          throw rateLimited();
        },
        undefined,
        clock,
      ),
    ).rejects.toThrow('rate limited');
    expect(tries).toBe(MAX_RATE_LIMITED);
  });
});
