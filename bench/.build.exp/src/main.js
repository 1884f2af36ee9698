import { CatalogError, loadCatalog } from './load/catalog.js';
import { formatProblem } from './catalog/validate.js';
import { loadDotEnv, readSettings, SettingsError } from './config.js';
import { claimantName, DEFAULT_LEASE_MS } from './delivery/client.js';
import { startScheduler } from './delivery/deliver.js';
import { startAlerts } from './delivery/alerts.js';
import { observedChanges, overlayFromStore } from './app/observed.js';
import { LISTED } from './app/overlay.js';
import { createLogger, redact } from './log.js';
import { startDailySync } from './sync/fetch.js';
import { openStore, storeLocation } from './store/open.js';
import { StoreUnavailable } from './store/store.js';
import { checkCatalogAgainstStore } from './app/catalog-check.js';
import { createSlackApp, schedulerClients, SlackStartError, startSlackApp } from './slack/app.js';
async function refreshOverlay(ports, store, reviewed, logger) {
    try {
        const { catalog, notes } = await overlayFromStore(store, reviewed, new Date());
        Object.assign(ports, { catalog, reviewed, overlay: notes });
        const all = [...notes.values()].flat();
        const listed = all.filter((n) => n.field === LISTED).length;
        const changes = all.length - listed;
        const models = [...notes.values()].filter((n) => n.some((x) => x.field !== LISTED)).length;
        if (changes > 0)
            logger.info(`price sync: ${changes} accepted price changes on ${models} models apply to answers until the reviewed catalog records them`);
        if (listed > 0)
            logger.info(`price sync: ${listed} new models the sources list are answered until the reviewed catalog has them`);
    }
    catch (error) {
        logger.warn(`Could not read the price sync's observations; answers keep their prices: ${error instanceof Error ? error.message : String(error)}`);
    }
}
class CatalogRefused extends Error {
}
function storeOpenFailure(settings, error) {
    if (error instanceof CatalogRefused)
        return `Cannot start: ${error.message}`;
    if (error instanceof StoreUnavailable)
        return redact(error.message);
    return `Cannot open the store (${storeLocation(settings)}): ${redact(error instanceof Error ? error.message : String(error))}`;
}
async function main() {
    loadDotEnv();
    let settings;
    try {
        settings = readSettings();
    }
    catch (error) {
        if (error instanceof SettingsError) {
            process.stderr.write(`${error.message}\n`);
            return 1;
        }
        throw error;
    }
    const logger = createLogger(settings.logLevel);
    let catalog;
    try {
        catalog = loadCatalog();
    }
    catch (error) {
        if (error instanceof CatalogError) {
            process.stderr.write(`The catalog is invalid (run \`npx modelscout catalog check\`):\n${error.problems.slice(0, 20).map(formatProblem).join('\n')}\n`);
            return 1;
        }
        throw error;
    }
    const ports = { catalog, now: () => new Date(), logger };
    if (settings.mode === 'console') {
        let store;
        try {
            store = await openStore(settings);
        }
        catch (error) {
            process.stderr.write(`${storeOpenFailure(settings, error)}\n`);
            return 1;
        }
        const check = await checkCatalogAgainstStore(catalog, store, settings.acceptCatalog === true, new Date());
        if (!check.ok) {
            process.stderr.write(`Cannot start: ${check.message}\n`);
            await store.close();
            return 1;
        }
        Object.assign(ports, { store, observed: (w) => observedChanges(store, catalog, w) });
        await refreshOverlay(ports, store, catalog, logger);
        const { runConsole } = await import('./console.js');
        await runConsole(ports, process.stdin, process.stdout, process.stdin.isTTY === true);
        await store.close();
        return 0;
    }
    const app = createSlackApp(settings, ports);
    let stopScheduler = async () => undefined;
    let stopSync = () => undefined;
    const opening = openStore(settings).then(async (store) => {
        const check = await checkCatalogAgainstStore(catalog, store, settings.acceptCatalog === true, new Date());
        if (!check.ok) {
            await store.close();
            throw new CatalogRefused(check.message);
        }
        logger.info(check.message);
        const observed = (w) => observedChanges(store, catalog, w);
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
    opening.catch((error) => {
        process.stderr.write(`${storeOpenFailure(settings, error)}\n`);
        process.exit(1);
    });
    let server;
    try {
        server = await startSlackApp(app, settings);
    }
    catch (error) {
        if (error instanceof SlackStartError) {
            process.stderr.write(`Cannot start: ${error.message}\n`);
            await opening.then((s) => s.close()).catch(() => undefined);
            return 1;
        }
        throw error;
    }
    const address = server?.address();
    const where = address && typeof address === 'object' ? `HTTP on port ${address.port} (POST /slack/events, GET /healthz)` : 'Socket Mode';
    logger.info(`Model Scout is running: ${where}, ${catalog.models.length} models, store: ${storeLocation(settings)}, digest and alerts scheduler every minute, ${settings.oauth ? 'installs by many workspaces at GET /slack/install, ' : ''}${settings.syncIntervalMs > 0 ? `price sync every ${Math.round(settings.syncIntervalMs / 3_600_000)} h` : 'price sync off'}.`);
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
if (code >= 0)
    process.exitCode = code;
//# sourceMappingURL=main.js.map