// The fetch path against a loopback HTTP server (127.0.0.1 only) serving the real-format fixtures and bad responses:
// every bad response changes nothing and says why — through syncSource, the bot's daily sync and the CLI.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { milliseconds } from 'date-fns/milliseconds';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.ts';
import { runCli } from '../../src/cli/main.ts';
import { openPgliteStore } from '../../src/store/pglite.ts';
import '../../src/sync/command.ts';
import { observationInputs, runDailySync, startDailySync, syncSource, type DailySyncReport } from '../../src/sync/fetch.ts';
import { SyncError, type SourceId } from '../../src/sync/types.ts';
import { fixtureText, openrouterFixture } from './helpers.ts';

const catalog = loadCatalog();
const asOf = '2026-08-18';
const DAY = milliseconds({ days: 1 });

// Bad documents, each derived from the real OpenRouter fixture.
const good = fixtureText('openrouter');
const negative = openrouterFixture();
(negative.data.find((e) => e.id === 'openai/gpt-4.1-mini') as { pricing: Record<string, unknown> }).pricing.prompt = '-0.0000004';
const absurd = openrouterFixture();
(absurd.data.find((e) => e.id === 'openai/gpt-4.1-mini') as { pricing: Record<string, unknown> }).pricing.completion = '0.016';
const truncated = openrouterFixture();
truncated.data = truncated.data.slice(0, 5);

const routes: Record<string, (res: import('node:http').ServerResponse) => void> = {
  '/openrouter': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(good),
  '/litellm': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(fixtureText('litellm')),
  '/modelsdev': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(fixtureText('models.dev')),
  '/500': (res) => res.writeHead(500, { 'content-type': 'text/plain' }).end('upstream exploded'),
  '/hang-headers': () => undefined, // never answers
  '/hang-body': (res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write(good.slice(0, 1000)); // starts, then never finishes
  },
  '/invalid': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(good.slice(0, Math.floor(good.length / 2))),
  '/empty-body': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(''),
  '/empty-list': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data": []}'),
  '/truncated': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(truncated)),
  '/negative': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(negative)),
  '/absurd': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(absurd)),
  '/wrong-shape': (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"error": {"message": "rate limited"}}'),
};

let server: Server;
let base = '';
const hanging = new Set<import('node:http').ServerResponse>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const route = routes[req.url ?? ''];
    if (req.url?.startsWith('/hang')) hanging.add(res);
    if (route) route(res);
    else res.writeHead(404).end();
  });
  // Idle keep-alive sockets stay open for the whole file, so a reused connection is never closed under a request.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function refusal(source: SourceId, path: string): Promise<SyncError> {
  try {
    await syncSource({ catalog, source, url: `${base}${path}`, asOf, timeoutMs: 300 });
  } catch (error) {
    if (error instanceof SyncError) return error;
    throw error;
  }
  throw new Error(`expected ${path} to be refused`);
}

describe('fetching over HTTP (loopback)', () => {
  it('fetches and compares each source’s real-format document', async () => {
    const or = await syncSource({ catalog, source: 'openrouter', url: `${base}/openrouter`, asOf });
    expect(or).toMatchObject({ source: 'openrouter', label: 'OpenRouter', from: { url: `${base}/openrouter` }, asOf, entries: 55, mapped: 50, observations: [] });
    expect(or.values).toContainEqual({ model: 'gpt-4.1-mini', field: 'input', value: 0.4, sourceId: 'openai/gpt-4.1-mini' });
    const ll = await syncSource({ catalog, source: 'litellm', url: `${base}/litellm`, asOf });
    expect(ll.observations).toContainEqual({ model: 'gpt-5.6-sol', field: 'input', catalog: 2.5, source: 5, sourceId: 'gpt-5.6-sol' });
    const md = await syncSource({ catalog, source: 'models.dev', url: `${base}/modelsdev`, asOf });
    expect(md.mapped).toBeGreaterThanOrEqual(md.minimum);
  });

  it.each([
    ['/500', 'http', /HTTP 500 Internal Server Error/],
    ['/hang-headers', 'timeout', /no complete response within 300 ms/],
    ['/hang-body', 'timeout', /no complete response within 300 ms/],
    ['/invalid', 'json', /not valid JSON .*a cut-off download looks like this/],
    ['/empty-body', 'empty', /the response is empty/],
    ['/empty-list', 'empty', /the model list is empty/],
    ['/truncated', 'truncated', /maps only 5 catalog models .* Truncated\? Nothing was changed\./],
    ['/negative', 'price', /openai\/gpt-4\.1-mini: pricing\.prompt is "-0\.0000004" .*cannot be negative/],
    ['/absurd', 'price', /openai\/gpt-4\.1-mini: pricing\.completion is "0\.016" \(USD 16000 per 1M\)/],
    ['/wrong-shape', 'shape', /OpenRouter: expected \{"data": \[/],
  ] as const)('%s is refused (%s) with its reason', async (path, kind, reason) => {
    const error = await refusal('openrouter', path);
    expect(error.kind).toBe(kind);
    expect(error.reason).toMatch(reason);
    expect(error.reason).toContain('OpenRouter');
  });

  it('says when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(syncSource({ catalog, source: 'openrouter', url: `http://127.0.0.1:${port}/`, asOf })).rejects.toMatchObject({
      kind: 'network',
      reason: expect.stringContaining('ECONNREFUSED'),
    });
  });
});

describe('the daily sync records only whole, valid documents', () => {
  it('records a good source, changes nothing for a bad one, logs why, and compares sources', async () => {
    const store = await openPgliteStore();
    try {
      const lines: string[] = [];
      const log =
        (level: string) =>
        (...msg: unknown[]) =>
          lines.push(`${level} ${msg.map(String).join(' ')}`);
      const now = new Date('2026-08-18T06:00:00Z');
      const report = await runDailySync({
        catalog,
        store,
        logger: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
        now: () => now,
        sources: [
          { source: 'litellm', url: `${base}/litellm` },
          { source: 'openrouter', url: `${base}/truncated` },
          { source: 'models.dev', url: `${base}/500` },
        ],
      });
      const litellmResult = report.results[0];
      // The differences the comparison itself finds in the fixture, however many the catalog's figures make them.
      const expected = await syncSource({ catalog, source: 'litellm', url: `${base}/litellm`, asOf });
      expect(litellmResult).toMatchObject({ source: 'litellm', ok: true, observations: expected.observations.length, held: expected.held.length });
      expect(report.results.slice(1)).toEqual([
        { source: 'openrouter', ok: false, kind: 'truncated', reason: expect.stringMatching(/maps only 5 catalog models/) },
        { source: 'models.dev', ok: false, kind: 'http', reason: expect.stringMatching(/HTTP 500/) },
      ]);
      const stored = await store.observations();
      expect(stored).toHaveLength(expected.observations.length);
      expect(new Set(stored.map((o) => o.source))).toEqual(new Set(['litellm']));
      expect(stored).toContainEqual(expect.objectContaining({ source: 'litellm', model: 'gpt-5.6-sol', field: 'input', value: 5, catalogValue: 2.5, observedAt: now }));
      // Held jumps are never stored.
      expect(stored.some((o) => o.model === 'deepseek-chat' && o.field === 'cachedInput')).toBe(false);
      expect(lines).toContainEqual(expect.stringMatching(/^warn price sync openrouter failed, nothing changed: OpenRouter: the document maps only 5/));
      expect(lines).toContainEqual(expect.stringMatching(/^warn price sync models\.dev failed, nothing changed: .*HTTP 500/));
      expect(lines).toContainEqual(expect.stringMatching(/^warn price sync litellm: held for review: deepseek-chat cachedInput 0\.0028 → 0\.028/));
    } finally {
      await store.close();
    }
  });

  it('reports where sources that both fetched fine disagree', async () => {
    const report = await runDailySync({
      catalog,
      store: { recordObservations: async (rows) => rows.length },
      logger: { debug() {}, info() {}, warn() {}, error() {} },
      now: () => new Date('2026-08-18T06:00:00Z'),
      sources: [
        { source: 'litellm', url: `${base}/litellm` },
        { source: 'openrouter', url: `${base}/openrouter` },
      ],
    });
    expect(report.disagreements.find((d) => d.model === 'gpt-5.6-sol' && d.field === 'input')?.text).toBe('OpenRouter says $2.50 input for gpt-5.6-sol; LiteLLM says $5.00');
  });

  it('runs on a setTimeout schedule with jitter, and stops', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const runs: DailySyncReport[] = [];
      let fetches = 0;
      const fetchImpl = (async () => {
        fetches += 1;
        return new Response(good, { status: 200, headers: { 'content-type': 'application/json' } });
      }) as typeof fetch;
      const stop = startDailySync({
        catalog,
        store: { recordObservations: async (rows) => rows.length },
        logger: { debug() {}, info() {}, warn() {}, error() {} },
        now: () => new Date('2026-08-18T06:00:00Z'),
        intervalMs: DAY,
        jitterMs: 1_000,
        random: () => 0.5,
        sources: ['openrouter'],
        fetchImpl,
        onRun: (r) => runs.push(r),
      });
      // Lets the run's promises (fetch, parse, record) settle without moving the fake clock.
      const settle = async (n: number) => {
        while (runs.length < n) await new Promise((resolve) => setImmediate(resolve));
      };
      await vi.advanceTimersByTimeAsync(499); // first run after random() × jitter = 500 ms
      expect(fetches).toBe(0);
      await vi.advanceTimersByTimeAsync(1);
      await settle(1);
      expect(fetches).toBe(1);
      expect(runs[0]?.results).toEqual([{ source: 'openrouter', ok: true, recorded: 0, observations: 0, held: 0, unmapped: 1, newModels: 1 }]);
      // the next run: a day plus jitter after the first
      await vi.advanceTimersByTimeAsync(DAY + 499);
      expect(fetches).toBe(1);
      await vi.advanceTimersByTimeAsync(1);
      await settle(2);
      expect(fetches).toBe(2);
      stop();
      await vi.advanceTimersByTimeAsync(10 * DAY);
      expect(fetches).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('modelscout sync', () => {
  async function cli(...argv: string[]) {
    let out = '';
    let err = '';
    const code = await runCli(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
    return { code, out, err };
  }

  it('--dry-run --json prints one document with observations, unmapped and new models, USD per 1M', async () => {
    const r = await cli('sync', '--source', 'openrouter', '--url', `${base}/openrouter`, '--dry-run', '--json', '--as-of', asOf);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(doc).toMatchObject({
      ok: true,
      source: 'openrouter',
      url: `${base}/openrouter`,
      asOf,
      unit: 'USD per 1M tokens',
      dryRun: true,
      observations: [],
      recorded: null,
      store: null,
    });
    expect(Date.parse(doc.fetchedAt)).not.toBeNaN();
    expect(doc.unmapped).toEqual([{ id: 'openai/gpt-5.4-image-2', provider: 'openai', reason: 'no catalog model has this id, name, alias, snapshot or route' }]);
    expect(doc.newModels).toEqual([
      expect.objectContaining({ id: 'openai/gpt-5.4-image-2', provider: 'openai', prices: { input: 8, cachedInput: 2, output: 15 }, catalogId: 'gpt-5.4-image-2' }),
    ]);

    const l = JSON.parse((await cli('sync', '--source', 'litellm', '--url', `${base}/litellm`, '--dry-run', '--json', '--as-of', asOf)).out);
    expect(l.observations).toContainEqual({ model: 'gpt-5.6-sol', field: 'input', catalog: 2.5, source: 5, sourceId: 'gpt-5.6-sol' });
    expect(l.held).toContainEqual(expect.objectContaining({ model: 'deepseek-chat', field: 'cachedInput', catalog: 0.0028, source: 0.028 }));
    expect(JSON.stringify(l)).not.toMatch(/\d\.\d*(0000000|9999999)\d/);
  });

  it('a refused sync exits 1, says why on stderr and, with --json, {"ok": false, "reason"}', async () => {
    const r = await cli('sync', '--source', 'openrouter', '--url', `${base}/500`, '--dry-run', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({ ok: false, source: 'openrouter', kind: 'http', reason: `OpenRouter (${base}/500): HTTP 500 Internal Server Error`, changed: false });
    expect(r.err).toBe(`Sync refused, nothing changed: OpenRouter (${base}/500): HTTP 500 Internal Server Error\n`);
    const t = await cli('sync', '--source', 'openrouter', '--url', `${base}/hang-headers`, '--timeout', '200', '--dry-run');
    expect(t).toMatchObject({ code: 1, out: '', err: expect.stringContaining('no complete response within 200 ms') });
  });

  it('records observations in the store (PGlite under MODELSCOUT_DATA_DIR) unless --dry-run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'modelscout-sync-'));
    const saved = { data: process.env.MODELSCOUT_DATA_DIR, db: process.env.DATABASE_URL };
    process.env.MODELSCOUT_DATA_DIR = dir;
    delete process.env.DATABASE_URL;
    try {
      const bad = await cli('sync', '--source', 'openrouter', '--url', `${base}/negative`, '--json');
      expect(bad.code).toBe(1);
      const r = await cli('sync', '--source', 'litellm', '--url', `${base}/litellm`, '--as-of', asOf);
      expect(r.code).toBe(0);
      const expected = (await syncSource({ catalog, source: 'litellm', url: `${base}/litellm`, asOf })).observations.length;
      expect(r.out).toContain(`${expected} differences from the catalog:`);
      expect(r.out).toMatch(/gpt-5\.6-sol +input +\$2\.50 +\$5\.00 +gpt-5\.6-sol/);
      expect(r.out).toContain(`Recorded ${expected} new observations in PGlite in ${join(dir, 'db')}.`);
      const store = await openPgliteStore(join(dir, 'db'));
      try {
        const stored = await store.observations();
        expect(stored).toHaveLength(expected);
        expect(new Set(stored.map((o) => o.source))).toEqual(new Set(['litellm'])); // the refused OpenRouter sync left nothing
      } finally {
        await store.close();
      }
    } finally {
      if (saved.data === undefined) delete process.env.MODELSCOUT_DATA_DIR;
      else process.env.MODELSCOUT_DATA_DIR = saved.data;
      if (saved.db !== undefined) process.env.DATABASE_URL = saved.db;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects bad usage (exit 2) and bad input (exit 1)', async () => {
    expect(await cli('sync')).toMatchObject({ code: 2, err: expect.stringContaining('sync needs --source') });
    expect(await cli('sync', '--source', 'huggingface')).toMatchObject({ code: 1, err: expect.stringContaining('Unknown source "huggingface"') });
    expect(await cli('sync', '--source', 'litellm', '--url', 'http://127.0.0.1/x', '--file', 'x.json')).toMatchObject({ code: 2 });
    expect(await cli('sync', '--source', 'litellm', '--dry-run', '--write')).toMatchObject({ code: 2 });
    expect(await cli('sync', '--source', 'litellm', '--timeout', 'soon', '--dry-run')).toMatchObject({ code: 1, err: expect.stringContaining('--timeout expects milliseconds') });
    expect(await cli('sync', '--source', 'litellm', '--url', 'ftp://example.com/x', '--dry-run')).toMatchObject({ code: 1 });
    expect(await cli('sync', '--source', 'litellm', 'extra')).toMatchObject({ code: 2 });
  });

  it('observation rows carry source, model, field, value, catalog value and the fetch time', async () => {
    const result = await syncSource({ catalog, source: 'litellm', url: `${base}/litellm`, asOf, now: () => new Date('2026-08-18T06:00:00Z') });
    expect(observationInputs(result)).toContainEqual({
      source: 'litellm',
      model: 'grok-4.20-0309-reasoning',
      field: 'output',
      value: 6,
      catalogValue: 2.5,
      observedAt: new Date('2026-08-18T06:00:00Z'),
    });
  });
});
