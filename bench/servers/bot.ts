// The bot under test, composed as src/main.ts composes it in HTTP mode (catalog, PGlite store, Bolt app),
// on 127.0.0.1 with a free port. Prints one JSON line when listening:
//   {"event":"listening","port":N,"models":M,"phases":{ms per startup phase},"rssMb":{RSS after each phase}}
// and, once its store is open (it opens while the app starts, as in src/main.ts), {"event":"store-ready",...}.
// Options: --catalog-dir <data dir> (default: the project's data/), --store-dir <dir> (default: PGlite in
// memory), --database-url <postgres://…> (a PostgreSQL store instead of PGlite), --api-url <fake Slack Web API base>, --log-level <warn>.
// --cpu-profile <file> profiles the serving (from the store open to stop, startup excluded) into a .cpuprofile.
// SIGTERM/SIGINT stop it; SIGUSR2 prints {"event":"rss","maxRssKb":N,"memory":process.memoryUsage()}.
import { writeFileSync } from 'node:fs';
import { Session, type Profiler } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { parseArgs } from 'node:util';
import { loadCatalog } from '../../src/load/catalog.ts';
import type { Settings } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { createSlackApp, startSlackApp } from '../../src/slack/app.ts';
import type { Ports as Bot } from '../../src/app/ports.ts';
import { openPgliteStore } from '../../src/store/pglite.ts';
import { BENCH_BOT_TOKEN, BENCH_SIGNING_SECRET } from '../lib/slack-requests.ts';

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
const logLevel = values['log-level'] as Settings['logLevel'];
// As the e2e test builds it. The price sync (it fetches from the internet) stays off: syncIntervalMs 0.
// (A type assertion, not an annotation, so this compiles whether or not Settings has that field yet.)
const settings = {
  mode: 'http',
  botToken: BENCH_BOT_TOKEN,
  signingSecret: BENCH_SIGNING_SECRET,
  ...(values['api-url'] ? { apiUrl: values['api-url'] } : {}),
  port: 0,
  host: '127.0.0.1',
  logLevel,
  syncIntervalMs: 0,
} as Settings;
const logger = createLogger(logLevel);

const catalog = loadCatalog(values['catalog-dir']); // as src/main.ts loads it
const catalogAt = performance.now();
const rssCatalog = rss();
// As src/main.ts does it: the store opens while the app starts; answers that need it wait for bot.ready.
// (Assigned, not declared, so this compiles whether or not Bot has `ready` yet.)
const bot = { catalog, now: () => new Date(), logger } as Bot;
const app = createSlackApp(settings, bot);
const appAt = performance.now();
// PostgreSQL when a database URL is given (as DATABASE_URL makes src/main.ts do), else PGlite.
const databaseUrl = values['database-url'];
const opening = (databaseUrl ? import('../../src/store/postgres.ts').then((m) => m.openPostgresStore(databaseUrl)) : openPgliteStore(values['store-dir'])).then((store) => {
  Object.assign(bot, { store });
  return store;
});
Object.assign(bot, { ready: opening.catch(() => undefined) });
const server = await startSlackApp(app, settings);
const listenAt = performance.now();
const address = server?.address();
const port = address && typeof address === 'object' ? address.port : 0;

const ms = (x: number) => Math.round(x * 10) / 10;
process.stdout.write(
  `${JSON.stringify({
    event: 'listening',
    port,
    models: catalog.models.length,
    phases: { modules: ms(modules), catalog: ms(catalogAt - modules), app: ms(appAt - catalogAt), listen: ms(listenAt - appAt) },
    rssMb: { modules: rssModules, catalog: rssCatalog, listening: rss() },
  })}\n`,
);
/** The server runs compiled code: map the profile's positions back to the TypeScript through the source maps. */
function originalPositions(profile: Profiler.Profile): Profiler.Profile {
  for (const node of profile.nodes) {
    const cf = node.callFrame;
    if (!cf.url.startsWith('file://') || cf.url.includes('/node_modules/')) continue;
    const entry = findSourceMap(cf.url)?.findEntry(cf.lineNumber, cf.columnNumber);
    if (entry && 'originalLine' in entry) {
      cf.lineNumber = entry.originalLine;
      cf.columnNumber = entry.originalColumn;
      // Compiled from bench/.build: name the TypeScript source, so the report points at src/.
      if (entry.originalSource) cf.url = new URL(entry.originalSource, cf.url).href;
    }
  }
  return profile;
}

let profiler: Session | undefined;

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
// The profile covers serving only: it starts once the store is open (opening it, PGlite's WebAssembly
// compiled and its database started, is startup work).
if (values['cpu-profile']) {
  profiler = new Session();
  profiler.connect();
  await profiler.post('Profiler.enable');
  await profiler.post('Profiler.setSamplingInterval', { interval: 250 });
  await profiler.post('Profiler.start');
}
process.stdout.write(`${JSON.stringify({ event: 'store-ready', atMs: ms(performance.now()), afterListeningMs: ms(performance.now() - listenAt), rssMb: rss() })}\n`);
