import { StoreUnavailable } from '../store/store.js';
export async function withWorkers(items, concurrency, work, failed) {
    const results = new Array(items.length);
    let next = 0;
    let storeDown;
    const worker = async () => {
        while (next < items.length && !storeDown) {
            const i = next++;
            const item = items[i];
            try {
                results[i] = await work(item);
            }
            catch (error) {
                if (error instanceof StoreUnavailable) {
                    storeDown ??= error;
                    return;
                }
                results[i] = failed(item, error);
            }
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, worker));
    if (storeDown)
        throw storeDown;
    return results.filter((r) => r !== undefined);
}
export function everyInterval(pass, intervalMs) {
    let running;
    let stopped = false;
    const tick = () => {
        if (stopped || running)
            return;
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
//# sourceMappingURL=pass.js.map