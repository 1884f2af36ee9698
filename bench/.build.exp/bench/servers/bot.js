import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../../src/load/catalog.js';
import { createLogger } from '../../src/log.js';
import { createSlackApp, startSlackApp } from '../../src/slack/app.js';
import { openPgliteStore } from '../../src/store/pglite.js';
import { BENCH_BOT_TOKEN, BENCH_SIGNING_SECRET } from '../lib/slack-requests.js';
const modules = performance.now();
const rss = () => Math.round(process.memoryUsage.rss() / 1024 / 102.4) / 10;
const rssModules = rss();
const { values } = parseArgs({
    options: {
        'catalog-dir': { type: 'string' },
        'store-dir': { type: 'string' },
        'database-url': { type: 'string' },
        'api-url': { type: 'string' },
        'log-level': { type: 'string', default: 'warn' },
        'cpu-profile': { type: 'string' },
    },
});
const logLevel = values['log-level'];
const settings = {
    mode: 'http',
    botToken: BENCH_BOT_TOKEN,
    signingSecret: BENCH_SIGNING_SECRET,
    ...(values['api-url'] ? { apiUrl: values['api-url'] } : {}),
    port: 0,
    host: '127.0.0.1',
    logLevel,
    syncIntervalMs: 0,
};
const logger = createLogger(logLevel);
const catalog = loadCatalog(values['catalog-dir']);
const catalogAt = performance.now();
const rssCatalog = rss();
const bot = { catalog, now: () => new Date(), logger };
const app = createSlackApp(settings, bot);
const appAt = performance.now();
const databaseUrl = values['database-url'];
const opening = (databaseUrl ? import('../../src/store/postgres.js').then((m) => m.openPostgresStore(databaseUrl)) : openPgliteStore(values['store-dir'])).then((store) => {
    Object.assign(bot, { store });
    return store;
});
Object.assign(bot, { ready: opening.catch(() => undefined) });
const server = await startSlackApp(app, settings);
const listenAt = performance.now();
const address = server?.address();
const port = address && typeof address === 'object' ? address.port : 0;
const ms = (x) => Math.round(x * 10) / 10;
process.stdout.write(`${JSON.stringify({
    event: 'listening',
    port,
    models: catalog.models.length,
    phases: { modules: ms(modules), catalog: ms(catalogAt - modules), app: ms(appAt - catalogAt), listen: ms(listenAt - appAt) },
    rssMb: { modules: rssModules, catalog: rssCatalog, listening: rss() },
})}\n`);
function originalPositions(profile) {
    for (const node of profile.nodes) {
        const cf = node.callFrame;
        if (!cf.url.startsWith('file://') || cf.url.includes('/node_modules/'))
            continue;
        const entry = findSourceMap(cf.url)?.findEntry(cf.lineNumber, cf.columnNumber);
        if (entry && 'originalLine' in entry) {
            cf.lineNumber = entry.originalLine;
            cf.columnNumber = entry.originalColumn;
            if (entry.originalSource)
                cf.url = new URL(entry.originalSource, cf.url).href;
        }
    }
    return profile;
}
let profiler;
process.on('SIGUSR2', () => process.stdout.write(`${JSON.stringify({ event: 'rss', maxRssKb: process.resourceUsage().maxRSS, memory: process.memoryUsage() })}\n`));
const stop = async () => {
    if (profiler && values['cpu-profile']) {
        const { profile } = await profiler.post('Profiler.stop');
        writeFileSync(values['cpu-profile'], JSON.stringify(originalPositions(profile)));
    }
    await app.stop().catch(() => undefined);
    await opening.then((store) => store.close()).catch(() => undefined);
    process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
await opening;
if (values['cpu-profile']) {
    profiler = new Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.setSamplingInterval', { interval: 250 });
    await profiler.post('Profiler.start');
}
process.stdout.write(`${JSON.stringify({ event: 'store-ready', atMs: ms(performance.now()), afterListeningMs: ms(performance.now() - listenAt), rssMb: rss() })}\n`);
//# sourceMappingURL=bot.js.map