import { readFile } from 'node:fs/promises';
import { milliseconds } from 'date-fns/milliseconds';
import { compareWithCatalog } from './compare.js';
import { crossSourceDisagreements } from './policy.js';
import { litellm } from './sources/litellm.js';
import { modelsdev } from './sources/modelsdev.js';
import { openrouter } from './sources/openrouter.js';
import { providerLookup } from './providers.js';
import { listingInputs } from './listings.js';
import { SOURCE_IDS, SyncError } from './types.js';
export const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_BYTES = 64 * 1024 * 1024;
export const ADAPTERS = { litellm, openrouter, 'models.dev': modelsdev };
export function isSourceId(value) {
    return SOURCE_IDS.includes(value);
}
function parseJson(text, what) {
    if (text.trim() === '')
        throw new SyncError('empty', `${what}: the response is empty`);
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new SyncError('json', `${what}: not valid JSON (${error.message}); a cut-off download looks like this`);
    }
}
const RETRYABLE = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);
async function fetchJson(url, options = {}) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const what = `${options.label ?? 'source'} (${url})`;
    const timedOut = () => new SyncError('timeout', `${what}: no complete response within ${timeoutMs} ms`);
    let text;
    const signal = AbortSignal.timeout(timeoutMs);
    const get = () => (options.fetchImpl ?? fetch)(url, { signal, headers: { accept: 'application/json', 'user-agent': 'modelscout-sync' }, redirect: 'follow' });
    try {
        let response;
        try {
            response = await get();
        }
        catch (error) {
            if (!RETRYABLE.has(error.cause?.code ?? '') || signal.aborted)
                throw error;
            response = await get();
        }
        if (!response.ok) {
            await response.body?.cancel().catch(() => undefined);
            throw new SyncError('http', `${what}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
        }
        const length = Number(response.headers.get('content-length') ?? 0);
        if (length > MAX_BYTES) {
            await response.body?.cancel().catch(() => undefined);
            throw new SyncError('shape', `${what}: ${length} bytes is more than any price list (limit ${MAX_BYTES})`);
        }
        text = await response.text();
    }
    catch (error) {
        if (error instanceof SyncError)
            throw error;
        const e = error;
        if (e.name === 'TimeoutError' || e.name === 'AbortError')
            throw timedOut();
        throw new SyncError('network', `${what}: ${e.cause?.code ?? e.cause?.message ?? e.message}`);
    }
    if (text.length > MAX_BYTES)
        throw new SyncError('shape', `${what}: more than ${MAX_BYTES} bytes`);
    return parseJson(text, what);
}
async function readJsonFile(path, label = 'source') {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (error) {
        throw new SyncError('network', `${label} (${path}): cannot read the file (${error.code ?? error.message})`);
    }
    return parseJson(text, `${label} (${path})`);
}
export async function syncSource(options) {
    const adapter = ADAPTERS[options.source];
    const now = options.now ?? (() => new Date());
    const url = options.url ?? adapter.defaultUrl;
    const document = options.file !== undefined
        ? await readJsonFile(options.file, adapter.label)
        : await fetchJson(url, { label: adapter.label, timeoutMs: options.timeoutMs, fetchImpl: options.fetchImpl });
    const fetchedAt = now();
    const asOf = options.asOf ?? fetchedAt.toISOString().slice(0, 10);
    const read = adapter.read(document, providerLookup(options.catalog, adapter.id));
    const comparison = compareWithCatalog(options.catalog, adapter, read, { asOf, minimum: options.minimum });
    return {
        source: adapter.id,
        label: adapter.label,
        from: options.file !== undefined ? { file: options.file } : { url },
        fetchedAt,
        asOf,
        ...comparison,
    };
}
export function observationInputs(result) {
    return result.observations.map((o) => ({ source: result.source, model: o.model, field: o.field, value: o.source, catalogValue: o.catalog, observedAt: result.fetchedAt }));
}
const DEFAULT_INTERVAL_MS = milliseconds({ days: 1 });
const DEFAULT_JITTER_MS = milliseconds({ minutes: 30 });
export async function runDailySync(options) {
    const now = options.now ?? (() => new Date());
    const catalog = typeof options.catalog === 'function' ? options.catalog() : options.catalog;
    const at = now();
    const report = { at, results: [], disagreements: [] };
    const ok = [];
    for (const entry of options.sources ?? SOURCE_IDS) {
        const { source, url } = typeof entry === 'string' ? { source: entry, url: undefined } : entry;
        try {
            const result = await syncSource({ catalog, source, url, now, timeoutMs: options.timeoutMs, fetchImpl: options.fetchImpl });
            const recorded = await options.store.recordObservations(observationInputs(result));
            await options.store.recordListings?.(listingInputs(result));
            ok.push(result);
            report.results.push({
                source,
                ok: true,
                recorded,
                observations: result.observations.length,
                held: result.held.length,
                unmapped: result.unmapped.length,
                newModels: result.newModels.length,
            });
            options.logger.info(`price sync ${source}: ${result.mapped} models compared, ${result.observations.length} differences recorded, ${result.held.length} held for review, ${result.newModels.length} new models, ${result.unmapped.length} unmapped ids`);
            for (const h of result.held)
                options.logger.warn(`price sync ${source}: held for review: ${h.model} ${h.field} ${h.catalog} → ${h.source} (${h.reason})`);
        }
        catch (error) {
            const reason = error instanceof SyncError ? error.reason : `unexpected error: ${error.message}`;
            const kind = error instanceof SyncError ? error.kind : 'internal';
            report.results.push({ source, ok: false, kind, reason });
            options.logger.warn(`price sync ${source} failed, nothing changed: ${reason}`);
        }
    }
    report.disagreements = crossSourceDisagreements(ok, catalog, at.toISOString().slice(0, 10));
    for (const d of report.disagreements)
        options.logger.info(`price sync: sources disagree: ${d.text}`);
    return report;
}
export function startDailySync(options) {
    const interval = options.intervalMs ?? DEFAULT_INTERVAL_MS;
    const jitter = options.jitterMs ?? DEFAULT_JITTER_MS;
    const random = options.random ?? Math.random;
    let timer;
    let stopped = false;
    const schedule = (delay) => {
        if (stopped)
            return;
        timer = setTimeout(run, Math.max(0, Math.round(delay)));
        timer.unref();
    };
    const run = async () => {
        try {
            const report = await runDailySync(options);
            options.onRun?.(report);
        }
        catch (error) {
            options.logger.error('price sync run failed', error);
        }
        schedule(interval + random() * jitter);
    };
    schedule(random() * jitter);
    return () => {
        stopped = true;
        if (timer)
            clearTimeout(timer);
    };
}
//# sourceMappingURL=fetch.js.map