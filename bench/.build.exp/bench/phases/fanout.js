import { webApi } from '@slack/bolt';
import { loadCatalog } from '../../src/load/catalog.js';
import { DEFAULT_LEASE_MS, deliveryClient } from '../../src/delivery/client.js';
import { runDue } from '../../src/delivery/deliver.js';
import { openPgliteStore } from '../../src/store/pglite.js';
import { fakeStats, resetFake } from '../lib/fake-control.js';
import { BENCH_BOT_TOKEN } from '../lib/slack-requests.js';
export const FANOUT_NOW = new Date('2026-04-27T18:00:00Z');
const ZONES = [
    'UTC',
    'Europe/Berlin',
    'Europe/London',
    'America/New_York',
    'America/Chicago',
    'America/Los_Angeles',
    'Asia/Tokyo',
    'Asia/Kolkata',
    'Australia/Sydney',
    'America/Sao_Paulo',
];
const PROVIDERS = [[], [], [], ['openai'], ['anthropic', 'google'], ['openai', 'anthropic', 'google', 'xai']];
const WATCHED = [[], [], ['gpt-4.1-mini'], ['claude-sonnet-4-5', 'gemini-2.5-pro'], ['grok-4.3']];
export async function fanoutOnce(options) {
    await resetFake(options.fakeUrl, { channelIntervalMs: 1000, workspacePerSecond: options.workspacePerSecond });
    const store = await openPgliteStore();
    try {
        const created = new Date('2026-04-01T00:00:00Z');
        const channelIds = [];
        for (let i = 0; i < options.channels; i++) {
            const channelId = `C${String(i).padStart(8, '0')}`;
            channelIds.push(channelId);
            const sub = {
                teamId: 'T0BENCH',
                channelId,
                createdBy: `U${String(i % 97).padStart(6, '0')}`,
                weekday: 1,
                localTime: i % 3 === 0 ? '08:30' : '09:00',
                timeZone: ZONES[i % ZONES.length],
                providers: PROVIDERS[i % PROVIDERS.length],
                watched: WATCHED[i % WATCHED.length],
                quiet: 'line',
            };
            await store.subscribe(sub, created);
        }
        const errors = [];
        const logger = { debug: () => undefined, info: () => undefined, warn: (...m) => errors.push(m.join(' ')), error: (...m) => errors.push(m.join(' ')) };
        const client = deliveryClient(BENCH_BOT_TOKEN, `${options.fakeUrl}/api/`);
        let rateLimitedEvents = 0;
        let retryAfterSeconds = 0;
        client.on(webApi.WebClientEvent.RATE_LIMITED, (retrySec) => {
            rateLimitedEvents += 1;
            retryAfterSeconds += retrySec;
        });
        const catalog = loadCatalog();
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        const reports = await runDue({
            store,
            catalog,
            client,
            logger,
            claimant: 'bench:fanout',
            leaseMs: DEFAULT_LEASE_MS,
            observed: async () => [],
            ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
        }, FANOUT_NOW);
        const seconds = (performance.now() - t0) / 1000;
        const cpu = process.cpuUsage(cpu0);
        const stats = await fakeStats(options.fakeUrl);
        const outcomes = {};
        for (const r of reports)
            outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
        const lost = channelIds.filter((c) => !stats.posts.channels[c]).length;
        const unique = stats.posts.accepted - stats.posts.duplicates;
        const perChannelMax = Math.max(1, ...Object.values(stats.posts.channels)) + (stats.posts.threadReplies > 0 ? Math.ceil(stats.posts.threadReplies / Math.max(1, stats.posts.mainMessages)) : 0);
        const needed = unique + lost;
        const floorSeconds = Math.max(options.workspacePerSecond > 0 ? Math.ceil(needed / options.workspacePerSecond) - 1 : 0, perChannelMax - 1);
        return {
            concurrency: options.concurrency ?? 'default',
            channels: options.channels,
            seconds,
            floorSeconds,
            ratio: floorSeconds > 0 ? seconds / floorSeconds : Number.NaN,
            messages: stats.posts.accepted,
            duplicates: stats.posts.duplicates,
            lost,
            outcomes,
            rejectedChannel: stats.posts.rejectedChannel,
            rejectedWorkspace: stats.posts.rejectedWorkspace,
            achievedPerSecond: stats.posts.accepted / seconds,
            rateLimitedEvents,
            retryAfterSeconds,
            cpuMsPerDelivery: (cpu.user + cpu.system) / 1000 / Math.max(1, reports.length),
        };
    }
    finally {
        await store.close();
    }
}
//# sourceMappingURL=fanout.js.map