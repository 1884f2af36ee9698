// `npm start`: Socket Mode if SLACK_APP_TOKEN is set, HTTP mode if SLACK_SIGNING_SECRET is set,
// else the local console. Settings come from the environment and .env.
import { CatalogError, loadCatalog } from './load/catalog.ts';
import { formatProblem } from './catalog/validate.ts';
import { loadDotEnv, readSettings, SettingsError, type Settings } from './config.ts';
import type { Server } from 'node:http';
import { claimantName, DEFAULT_LEASE_MS } from './delivery/client.ts';
import { startScheduler } from './delivery/deliver.ts';
import { startAlerts } from './delivery/alerts.ts';
import type { Window } from './digest/changes.ts';
import { observedChanges, overlayFromStore } from './app/observed.ts';
import { LISTED } from './app/overlay.ts';
import { createLogger, redact } from './log.ts';
import { startDailySync } from './sync/fetch.ts';
import { openStore, storeLocation } from './store/open.ts';
import { StoreUnavailable } from './store/store.ts';
import { checkCatalogAgainstStore } from './app/catalog-check.ts';
import { createSlackApp, schedulerClients, SlackStartError, startSlackApp } from './slack/app.ts';
import type { Ports } from './app/ports.ts';
import type { Store } from './store/store.ts';
import type { Logger } from './log.ts';
import type { Catalog } from './catalog/validate.ts';

/**
 * Lays the sync's accepted changes over the reviewed catalog for every answer from now on. Run when the store's
 * observations change (on start, after each sync); a store that does not answer leaves the answers as they were.
 */
async function refreshOverlay(ports: Ports, store: Store, reviewed: Catalog, logger: Logger): Promise<void> {
  try {
    const { catalog, notes } = await overlayFromStore(store, reviewed, new Date());
    Object.assign(ports, { catalog, reviewed, overlay: notes });
    const all = [...notes.values()].flat();
    const listed = all.filter((n) => n.field === LISTED).length;
    const changes = all.length - listed;
    const models = [...notes.values()].filter((n) => n.some((x) => x.field !== LISTED)).length;
    if (changes > 0) logger.info(`price sync: ${changes} accepted price changes on ${models} models apply to answers until the reviewed catalog records them`);
    if (listed > 0) logger.info(`price sync: ${listed} new models the sources list are answered until the reviewed catalog has them`);
  } catch (error) {
    logger.warn(`Could not read the price sync's observations; answers keep their prices: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** The catalog lost providers the last start had, and the operator did not accept it. */
class CatalogRefused extends Error {}

/** Why the store did not open: a StoreUnavailable already names the place; anything else gets it named. */
function storeOpenFailure(settings: { databaseUrl?: string; dataDir?: string }, error: unknown): string {
  if (error instanceof CatalogRefused) return `Cannot start: ${error.message}`;
  if (error instanceof StoreUnavailable) return redact(error.message);
  return `Cannot open the store (${storeLocation(settings)}): ${redact(error instanceof Error ? error.message : String(error))}`;
}

async function main(): Promise<number> {
  loadDotEnv();
  let settings: Settings;
  try {
    settings = readSettings();
  } catch (error) {
    if (error instanceof SettingsError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const logger = createLogger(settings.logLevel);
  let catalog: Catalog;
  try {
    catalog = loadCatalog();
  } catch (error) {
    if (error instanceof CatalogError) {
      process.stderr.write(`The catalog is invalid (run \`npx modelscout catalog check\`):\n${error.problems.slice(0, 20).map(formatProblem).join('\n')}\n`);
      return 1;
    }
    throw error;
  }
  const ports: Ports = { catalog, now: () => new Date(), logger };
  if (settings.mode === 'console') {
    let store: Store;
    try {
      store = await openStore(settings);
    } catch (error) {
      process.stderr.write(`${storeOpenFailure(settings, error)}\n`);
      return 1;
    }
    const check = await checkCatalogAgainstStore(catalog, store, settings.acceptCatalog === true, new Date());
    if (!check.ok) {
      process.stderr.write(`Cannot start: ${check.message}\n`);
      await store.close();
      return 1;
    }
    Object.assign(ports, { store, observed: (w: Window) => observedChanges(store, catalog, w) });
    await refreshOverlay(ports, store, catalog, logger);
    // Loaded only here: the Slack modes never need the console.
    const { runConsole } = await import('./console.ts');
    await runConsole(ports, process.stdin, process.stdout, process.stdin.isTTY === true);
    await store.close();
    return 0;
  }
  const app = createSlackApp(settings, ports);
  // The store opens while the app starts: answers that need it wait for it, the rest don't.
  let stopScheduler: () => Promise<void> = async () => undefined;
  let stopSync: () => void = () => undefined;
  const opening = openStore(settings).then(async (store) => {
    const check = await checkCatalogAgainstStore(catalog, store, settings.acceptCatalog === true, new Date());
    if (!check.ok) {
      await store.close();
      throw new CatalogRefused(check.message);
    }
    logger.info(check.message);
    const observed = (w: Window) => observedChanges(store, catalog, w);
    await refreshOverlay(ports, store, catalog, logger);
    Object.assign(ports, { store, observed });
    const clients = schedulerClients(app, settings);
    const stopDigests = startScheduler({ store, catalog, ...clients, logger, claimant: claimantName(), leaseMs: DEFAULT_LEASE_MS, observed }, { intervalMs: 60_000 });
    const stopAlerts = startAlerts({ store, catalog, ...clients, logger, claimant: claimantName(), leaseMs: DEFAULT_LEASE_MS, observed }, { intervalMs: 60_000 });
    stopScheduler = async () => {
      await Promise.all([stopDigests(), stopAlerts()]);
    };
    if (settings.syncIntervalMs > 0) {
      stopSync = startDailySync({ catalog, store, logger, intervalMs: settings.syncIntervalMs, onRun: () => void refreshOverlay(ports, store, catalog, logger) });
    }
    return store;
  });
  ports.ready = opening.catch(() => undefined);
  opening.catch((error: unknown) => {
    process.stderr.write(`${storeOpenFailure(settings, error)}\n`);
    process.exit(1);
  });
  let server: Server | undefined;
  try {
    server = await startSlackApp(app, settings);
  } catch (error) {
    if (error instanceof SlackStartError) {
      process.stderr.write(`Cannot start: ${error.message}\n`);
      await opening.then((s) => s.close()).catch(() => undefined);
      return 1;
    }
    throw error;
  }
  const address = server?.address();
  const where = address && typeof address === 'object' ? `HTTP on port ${address.port} (POST /slack/events, GET /healthz)` : 'Socket Mode';
  logger.info(
    `Model Scout is running: ${where}, ${catalog.models.length} models, store: ${storeLocation(settings)}, digest and alerts scheduler every minute, ${settings.oauth ? 'installs by many workspaces at GET /slack/install, ' : ''}${settings.syncIntervalMs > 0 ? `price sync every ${Math.round(settings.syncIntervalMs / 3_600_000)} h` : 'price sync off'}.`,
  );
  const stop = async () => {
    stopSync();
    await stopScheduler().catch(() => undefined);
    await app.stop().catch(() => undefined);
    await opening.then((s) => s.close()).catch(() => undefined);
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  return -1;
}

const code = await main();
if (code >= 0) process.exitCode = code;
