// How passes run: workers over channels, and a pass on an interval that never overlaps the one before.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { everyInterval, withWorkers } from '../../src/delivery/pass.ts';
import { StoreUnavailable } from '../../src/store/store.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('withWorkers', () => {
  it('keeps the items’ order, reports a failure as the item’s own, and never runs more than the concurrency at once', async () => {
    let active = 0;
    let most = 0;
    const work = async (n: number) => {
      active += 1;
      most = Math.max(most, active);
      await Promise.resolve();
      active -= 1;
      if (n === 3) throw new Error('channel_not_found');
      return `ok ${n}`;
    };
    const results = await withWorkers([1, 2, 3, 4, 5], 2, work, (n, error) => `failed ${n}: ${(error as Error).message}`);
    expect(results).toEqual(['ok 1', 'ok 2', 'failed 3: channel_not_found', 'ok 4', 'ok 5']);
    expect(most).toBe(2);
  });

  it('ends the pass when the store stops answering, and throws that once the workers stop', async () => {
    const reached: number[] = [];
    const work = async (n: number) => {
      reached.push(n);
      if (n === 2) throw new StoreUnavailable('the store did not answer within 5 s', 'timeout');
      return n;
    };
    await expect(withWorkers([1, 2, 3, 4, 5, 6], 1, work, () => -1)).rejects.toBeInstanceOf(StoreUnavailable);
    expect(reached).toEqual([1, 2]);
  });
});

describe('everyInterval', () => {
  it('runs a pass now and on each tick, skipping ticks while one runs, and stop waits for the pass in flight', async () => {
    vi.useFakeTimers();
    let running = 0;
    let overlapped = false;
    let passes = 0;
    let finish: (() => void) | undefined;
    const pass = () =>
      new Promise<void>((resolve) => {
        if (running > 0) overlapped = true;
        running += 1;
        passes += 1;
        finish = () => {
          running -= 1;
          resolve();
        };
      });
    const stop = everyInterval(pass, 1000);
    expect(passes).toBe(1);
    // Three ticks while the first pass is still running: none starts beside it, none is queued.
    await vi.advanceTimersByTimeAsync(3000);
    expect(passes).toBe(1);
    finish?.();
    await vi.advanceTimersByTimeAsync(0);
    expect(passes).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(passes).toBe(2);
    let stopped = false;
    const stopping = stop().then(() => {
      stopped = true;
    });
    await vi.advanceTimersByTimeAsync(5000);
    expect(stopped).toBe(false);
    expect(passes).toBe(2);
    finish?.();
    await stopping;
    expect(stopped).toBe(true);
    expect(overlapped).toBe(false);
  });
});
