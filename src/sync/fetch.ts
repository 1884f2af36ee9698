// Fetching a source and running one sync: fetch (with a timeout) or read a file, parse, validate, compare. Any
// failure — network, HTTP status, timeout, invalid JSON, wrong shape, an empty or truncated list, a negative or
// absurd price — throws SyncError with the reason and changes nothing: observations are recorded only after the
// whole document has passed. Also the bot's daily sync (startDailySync).
import { readFile } from 'node:fs/promises';
import { milliseconds } from 'date-fns/milliseconds';
import type { Catalog } from '../catalog/validate.ts';
import type { Logger } from '../log.ts';
import type { ObservationInput, Store } from '../store/store.ts';
import { compareWithCatalog } from './compare.ts';
import { crossSourceDisagreements, type Disagreement } from './policy.ts';
import { litellm } from './sources/litellm.ts';
import { modelsdev } from './sources/modelsdev.ts';
import { openrouter } from './sources/openrouter.ts';
import { providerLookup } from './providers.ts';
import { listingInputs } from './listings.ts';
import { SOURCE_IDS, SyncError, type Adapter, type SourceId, type SyncResult } from './types.ts';

export const DEFAULT_TIMEOUT_MS = 30_000;
/** Bigger than any real price list; anything larger is refused. */
const MAX_BYTES = 64 * 1024 * 1024;

export const ADAPTERS: Record<SourceId, Adapter> = { litellm, openrouter, 'models.dev': modelsdev };

export function isSourceId(value: string): value is SourceId {
  return (SOURCE_IDS as readonly string[]).includes(value);
}

function parseJson(text: string, what: string): unknown {
  if (text.trim() === '') throw new SyncError('empty', `${what}: the response is empty`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SyncError('json', `${what}: not valid JSON (${(error as Error).message}); a cut-off download looks like this`);
  }
}

const RETRYABLE = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET']);

/** GETs a JSON document (sending the request once more if a reused connection was reset). Throws SyncError('network' | 'http' | 'timeout' | 'empty' | 'json'). */
async function fetchJson(url: string, options: { label?: string; timeoutMs?: number; fetchImpl?: typeof fetch } = {}): Promise<unknown> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const what = `${options.label ?? 'source'} (${url})`;
  const timedOut = () => new SyncError('timeout', `${what}: no complete response within ${timeoutMs} ms`);
  let text: string;
  // One deadline for the whole exchange, body included.
  const signal = AbortSignal.timeout(timeoutMs);
  const get = () => (options.fetchImpl ?? fetch)(url, { signal, headers: { accept: 'application/json', 'user-agent': 'modelscout-sync' }, redirect: 'follow' });
  try {
    let response: Response;
    try {
      response = await get();
    } catch (error) {
      // A kept-alive connection the server closed just as it was reused: a GET is safe to send once more.
      if (!RETRYABLE.has((error as { cause?: { code?: string } }).cause?.code ?? '') || signal.aborted) throw error;
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
  } catch (error) {
    if (error instanceof SyncError) throw error;
    const e = error as Error & { cause?: { code?: string; message?: string } };
    if (e.name === 'TimeoutError' || e.name === 'AbortError') throw timedOut();
    throw new SyncError('network', `${what}: ${e.cause?.code ?? e.cause?.message ?? e.message}`);
  }
  if (text.length > MAX_BYTES) throw new SyncError('shape', `${what}: more than ${MAX_BYTES} bytes`);
  return parseJson(text, what);
}

/** Reads a JSON document saved from a source. Throws SyncError('network' for an unreadable file | 'empty' | 'json'). */
async function readJsonFile(path: string, label = 'source'): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new SyncError('network', `${label} (${path}): cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  return parseJson(text, `${label} (${path})`);
}

export interface SyncOptions {
  catalog: Catalog;
  source: SourceId;
  /** Fetch from this URL (default: the source's public URL) … */
  url?: string;
  /** … or read this file instead. */
  file?: string;
  /** The date the catalog's prices are quoted for (YYYY-MM-DD); default: now's date in UTC. */
  asOf?: string;
  now?: () => Date;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
  /** Overrides the truncation floor (see compare.ts minimumMapped). */
  minimum?: number;
}

/** One sync of one source: fetch, validate, compare. Records nothing; throws SyncError on any failure. */
export async function syncSource(options: SyncOptions): Promise<SyncResult> {
  const adapter = ADAPTERS[options.source];
  const now = options.now ?? (() => new Date());
  const url = options.url ?? adapter.defaultUrl;
  const document =
    options.file !== undefined
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

/** The store rows for a sync's observations (held jumps are not among them). */
export function observationInputs(result: SyncResult): ObservationInput[] {
  return result.observations.map((o) => ({ source: result.source, model: o.model, field: o.field, value: o.source, catalogValue: o.catalog, observedAt: result.fetchedAt }));
}

// ---------------------------------------------------------------------------------------------------------------
// The bot's daily sync

export interface DailySyncOptions {
  catalog: Catalog | (() => Catalog);
  /** Where observations (and, where it can, new models' listings) are recorded. */
  store: Pick<Store, 'recordObservations'> & Partial<Pick<Store, 'recordListings'>>;
  logger: Logger;
  now?: () => Date;
  /** Between runs; default one day. */
  intervalMs?: number;
  /** Each run waits a further random 0…jitterMs (the first run only that), so replicas and restarts spread out. */
  jitterMs?: number;
  /** Which sources, optionally with a URL each; default all three at their public URLs. */
  sources?: readonly (SourceId | { source: SourceId; url?: string })[];
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
  random?: () => number;
  /** Called after every run (tests, metrics). */
  onRun?: (report: DailySyncReport) => void;
}

export interface DailySyncReport {
  at: Date;
  results: (
    | { source: SourceId; ok: true; recorded: number; observations: number; held: number; unmapped: number; newModels: number }
    | { source: SourceId; ok: false; kind: string; reason: string }
  )[];
  disagreements: Disagreement[];
}

const DEFAULT_INTERVAL_MS = milliseconds({ days: 1 });
const DEFAULT_JITTER_MS = milliseconds({ minutes: 30 });

/** One pass over the configured sources: each is validated whole, then recorded; a failed one changes nothing. */
export async function runDailySync(options: DailySyncOptions): Promise<DailySyncReport> {
  const now = options.now ?? (() => new Date());
  const catalog = typeof options.catalog === 'function' ? options.catalog() : options.catalog;
  const at = now();
  const report: DailySyncReport = { at, results: [], disagreements: [] };
  const ok: SyncResult[] = [];
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
      options.logger.info(
        `price sync ${source}: ${result.mapped} models compared, ${result.observations.length} differences recorded, ${result.held.length} held for review, ${result.newModels.length} new models, ${result.unmapped.length} unmapped ids`,
      );
      for (const h of result.held) options.logger.warn(`price sync ${source}: held for review: ${h.model} ${h.field} ${h.catalog} → ${h.source} (${h.reason})`);
    } catch (error) {
      const reason = error instanceof SyncError ? error.reason : `unexpected error: ${(error as Error).message}`;
      const kind = error instanceof SyncError ? error.kind : 'internal';
      report.results.push({ source, ok: false, kind, reason });
      options.logger.warn(`price sync ${source} failed, nothing changed: ${reason}`);
    }
  }
  report.disagreements = crossSourceDisagreements(ok, catalog, at.toISOString().slice(0, 10));
  for (const d of report.disagreements) options.logger.info(`price sync: sources disagree: ${d.text}`);
  return report;
}

/**
 * Starts the daily sync (setTimeout-based and unref'd, so it never keeps the process alive). Returns stop().
 * Runs never overlap; a failing run is logged and the schedule continues.
 */
export function startDailySync(options: DailySyncOptions): () => void {
  const interval = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const jitter = options.jitterMs ?? DEFAULT_JITTER_MS;
  const random = options.random ?? Math.random;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = (delay: number) => {
    if (stopped) return;
    timer = setTimeout(run, Math.max(0, Math.round(delay)));
    timer.unref();
  };
  const run = async () => {
    try {
      const report = await runDailySync(options);
      options.onRun?.(report);
    } catch (error) {
      options.logger.error('price sync run failed', error);
    }
    schedule(interval + random() * jitter);
  };
  schedule(random() * jitter);
  return () => {
    stopped = true;
    if (timer) clearTimeout(timer);
  };
}
