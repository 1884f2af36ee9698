// How the digest and the alerts run their passes: channels worked through by a few workers at once, and a pass
// repeated on an interval, one at a time.
import { StoreUnavailable } from '../store/store.ts';

/**
 * Works through `items` with up to `concurrency` workers, in order. A store that stops answering ends the pass (every
 * other item would wait out the same timeout) and is thrown once the workers stop; any other failure is the item's
 * own, reported by `failed`. Results keep the items' order; items never reached are left out.
 */
export async function withWorkers<T, R>(items: T[], concurrency: number, work: (item: T) => Promise<R>, failed: (item: T, error: unknown) => R): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  let storeDown: StoreUnavailable | undefined;
  const worker = async () => {
    while (next < items.length && !storeDown) {
      const i = next++;
      const item = items[i] as T;
      try {
        results[i] = await work(item);
      } catch (error) {
        if (error instanceof StoreUnavailable) {
          storeDown ??= error;
          return;
        }
        results[i] = failed(item, error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
  if (storeDown) throw storeDown;
  return results.filter((r) => r !== undefined);
}

/**
 * Runs `pass` now and then every `intervalMs`, one at a time: a tick that comes while a pass is still running is
 * skipped (the next tick catches up). Returns a stop function that waits for the pass in flight. `pass` reports its
 * own failures.
 */
export function everyInterval(pass: () => Promise<void>, intervalMs: number): () => Promise<void> {
  let running: Promise<void> | undefined;
  let stopped = false;
  const tick = () => {
    if (stopped || running) return;
    running = pass().finally(() => {
      running = undefined;
    });
  };
  tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
