// The bot's daily sync records the new models each source lists, with their specs, so the overlay built after the run
// lists a model two sources agree on. The sources are served by a fake fetch from the real-format fixtures, with both
// sources' real entries for Gemini Robotics-ER 1.6 Preview added (test/fixtures/sync/listings).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { overlayCatalog } from '../../src/app/overlay.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import type { ListingInput } from '../../src/store/store.ts';
import { runDailySync } from '../../src/sync/fetch.ts';
import { acceptedListings } from '../../src/sync/listings.ts';
import { fixture, FIXTURES } from './helpers.ts';

const MODEL = 'gemini-robotics-er-1.6-preview';
const read = (name: string) => JSON.parse(readFileSync(`${FIXTURES}listings/${name}`, 'utf8')) as Record<string, unknown>;
const catalog = loadCatalog();
const now = new Date('2026-08-22T06:00:00Z');

const litellm = { ...(fixture('litellm') as Record<string, unknown>), ...read('litellm-entries.2026-08-12.json') };
const modelsdev = fixture('models.dev') as Record<string, { models: Record<string, unknown> }>;
modelsdev.google = { ...modelsdev.google, models: { ...modelsdev.google!.models, ...read('modelsdev-google.2026-08-22.json') } } as { models: Record<string, unknown> };
const documents: Record<string, unknown> = { 'https://sources.test/litellm': litellm, 'https://sources.test/modelsdev': modelsdev };
const fetchImpl = (async (url: string | URL | Request) => {
  const body = documents[String(url)];
  return body === undefined ? new Response('missing', { status: 404 }) : new Response(JSON.stringify(body), { status: 200 });
}) as typeof fetch;

describe('the daily sync and new models', () => {
  it('records each source’s new models, and two agreeing sources list one', async () => {
    const rows: ListingInput[] = [];
    const report = await runDailySync({
      catalog,
      store: { recordObservations: async (r) => r.length, recordListings: async (r) => rows.push(...r) },
      logger: { debug() {}, info() {}, warn() {}, error() {} },
      now: () => now,
      sources: [
        { source: 'litellm', url: 'https://sources.test/litellm' },
        { source: 'models.dev', url: 'https://sources.test/modelsdev' },
      ],
      fetchImpl,
    });
    expect(report.results.map((r) => r.ok)).toEqual([true, true]);
    const mine = rows.filter((r) => r.model === MODEL);
    expect(mine.map((r) => r.source).sort()).toEqual(['litellm', 'models.dev']);
    expect(mine.find((r) => r.source === 'models.dev')?.facts).toMatchObject({ name: 'Gemini Robotics-ER 1.6 Preview', contextWindow: 131_072, released: '2026-04-14' });

    const accepted = acceptedListings(rows, catalog, { now });
    expect(accepted.map((a) => a.model)).toContain(MODEL);
    const overlaid = overlayCatalog(catalog, [], accepted);
    expect(overlaid.catalog.byId.get(MODEL)).toMatchObject({ provider: 'google', contextWindow: 131_072 });
    expect(overlaid.notes.get(MODEL)).toEqual([expect.objectContaining({ field: 'model', sources: ['models.dev', 'LiteLLM'], date: '2026-08-22' })]);
  });
});
