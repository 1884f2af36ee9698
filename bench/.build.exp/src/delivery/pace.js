import { webApi } from '@slack/bolt';
const WINDOW_MS = 1000;
const PACING_WINDOW_MS = 1050;
const MAX_PACING_WINDOW_MS = 1250;
export const realClock = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };
export class PostPacer {
    clock;
    started = [];
    lastInChannel = new Map();
    perWindow;
    windowMs = PACING_WINDOW_MS;
    widenedAt = Number.NEGATIVE_INFINITY;
    constructor(clock = realClock) {
        this.clock = clock;
    }
    get rate() {
        return this.perWindow;
    }
    get pacingWindowMs() {
        return this.windowMs;
    }
    async slot() {
        for (;;) {
            const now = this.clock.now();
            while (this.started.length > 0 && this.started[0] <= now - 2 * WINDOW_MS)
                this.started.shift();
            const first = firstAfter(this.started, now - this.windowMs);
            if (this.perWindow === undefined || this.started.length - first < this.perWindow) {
                this.started.push(now);
                return now;
            }
            await this.clock.sleep(this.started[first] + this.windowMs - now);
        }
    }
    posted(channel) {
        this.lastInChannel.set(channel, this.clock.now());
    }
    limited(channel, startedAt) {
        const now = this.clock.now();
        const mine = this.started.lastIndexOf(startedAt);
        if (mine >= 0)
            this.started.splice(mine, 1);
        const last = this.lastInChannel.get(channel);
        if (last !== undefined && last > now - WINDOW_MS)
            return;
        if (this.perWindow === undefined) {
            let before = 0;
            for (const t of this.started)
                if (t > startedAt - WINDOW_MS && t <= startedAt)
                    before += 1;
            this.perWindow = Math.max(1, before);
        }
        else if (now - this.widenedAt >= WINDOW_MS) {
            this.windowMs = Math.min(MAX_PACING_WINDOW_MS, WINDOW_MS + 2 * (this.windowMs - WINDOW_MS));
            this.widenedAt = now;
        }
    }
}
function firstAfter(times, t) {
    let i = 0;
    while (i < times.length && times[i] <= t)
        i += 1;
    return i;
}
export const MAX_RATE_LIMITED = 10;
function retryAfterMs(error) {
    const e = error;
    return e?.code === webApi.ErrorCode.RateLimitedError ? Math.max(1, e.retryAfter ?? 1) * 1000 : undefined;
}
export async function callWithinLimits(call, paced, clock = realClock) {
    for (let limited = 0;; limited++) {
        const startedAt = paced ? await paced.pacer.slot() : 0;
        try {
            const result = await call();
            paced?.pacer.posted(paced.channel);
            return result;
        }
        catch (error) {
            const wait = retryAfterMs(error);
            if (wait === undefined || limited + 1 >= MAX_RATE_LIMITED)
                throw error;
            paced?.pacer.limited(paced.channel, startedAt);
            await clock.sleep(wait);
        }
    }
}
//# sourceMappingURL=pace.js.map