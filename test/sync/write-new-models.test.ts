// `sync --write` for new models: a model two sources list is written whole into its provider file (a copy of data/),
// every other byte unchanged and the catalog valid; once written, the reviewed catalog has it and the overlay no
// longer lists it (reviewed data wins).
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listedModel, overlayCatalog } from '../../src/app/overlay.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import { checkCatalog, DEFAULT_DATA_DIR, loadCatalog } from '../../src/load/catalog.ts';
import type { ListingInput } from '../../src/store/store.ts';
import { acceptedListings } from '../../src/sync/listings.ts';
import { appendModels, writeNewModels } from '../../src/sync/write.ts';

const catalog = loadCatalog();
const dir = mkdtempSync(join(tmpdir(), 'modelscout-new-models-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(DEFAULT_DATA_DIR, join(dir, 'data'), { recursive: true });

const now = new Date('2026-12-02T12:00:00Z');
const listing = (source: string, more: Partial<ListingInput> = {}): ListingInput => ({
  source,
  model: 'kimi-k9-test',
  provider: 'moonshot',
  sourceId: source === 'openrouter' ? 'moonshotai/kimi-k9-test' : 'kimi-k9-test',
  prices: { input: 0.6, output: 2.5, cachedInput: 0.15 },
  facts: { contextWindow: 262_144, maxOutput: 32_768, input: ['text', 'image'], output: ['text'], released: '2026-11-30', openWeights: true, name: 'Kimi K9 Test' },
  observedAt: new Date('2026-12-01T06:00:00Z'),
  ...more,
});

describe('writing a new model into the reviewed catalog', () => {
  const accepted = acceptedListings([listing('models.dev'), listing('openrouter', { facts: { contextWindow: 262_144 } })], catalog, { now });
  const model = listedModel(accepted[0]!, catalog, 'proposed by the price sync for review')!;

  it('appends it after the provider file’s last model, every other byte unchanged', () => {
    const path = join(dir, 'data', 'catalog', 'moonshot.yml');
    const before = readFileSync(path, 'utf8');
    const result = writeNewModels(join(dir, 'data'), catalog, [{ model, comment: 'Proposed for review.' }]);
    expect(result).toEqual({ written: ['data/catalog/moonshot.yml'], models: ['kimi-k9-test'] });
    const after = readFileSync(path, 'utf8');
    expect(after.startsWith(before.replace(/\n+$/, '\n'))).toBe(true);
    expect(after).toContain('  # Proposed for review.\n  - id: kimi-k9-test\n');
    const check = checkCatalog(join(dir, 'data'));
    expect(check.ok).toBe(true);
    const written = check.ok ? check.catalog.byId.get('kimi-k9-test') : undefined;
    expect(written).toMatchObject({ name: 'Kimi K9 Test', provider: 'moonshot', contextWindow: 262_144, maxOutput: 32_768, openWeights: true, released: '2026-11-30' });
    expect(quotedPrice(written!, '2026-12-02')).toMatchObject({ from: '2026-12-01', input: 0.6, cachedInput: 0.15, output: 2.5, checked: '2026-12-01' });
    expect(quotedPrice(written!, '2026-12-02').source.via).toBe('models.dev and OpenRouter, reported 2026-12-01 (proposed by the price sync for review)');
  });

  it('is no longer listed by the overlay once the reviewed catalog has it', () => {
    const check = checkCatalog(join(dir, 'data'));
    if (!check.ok) throw new Error('catalog invalid');
    expect(acceptedListings([listing('models.dev'), listing('openrouter')], check.catalog, { now })).toEqual([]);
    const overlaid = overlayCatalog(check.catalog, [], accepted);
    expect(overlaid.notes.has('kimi-k9-test')).toBe(false);
    expect(overlaid.catalog.byId.get('kimi-k9-test')).toBe(check.catalog.byId.get('kimi-k9-test'));
  });

  it('writes nothing for a model the catalog already has, and appends to a small file at its indentation', () => {
    expect(writeNewModels(join(dir, 'data'), { ...catalog, byId: new Map([...catalog.byId, [model.id, model]]) }, [{ model, comment: 'x' }])).toEqual({ written: [], models: [] });
    const small = 'provider: { id: moonshot }\nmodels:\n  # first\n  - id: a\n    name: A\noutOfScope: []\n';
    const text = appendModels(small, [{ model, comment: 'new' }]);
    expect(text.startsWith('provider: { id: moonshot }\nmodels:\n  # first\n  - id: a\n    name: A\n  # new\n  - id: kimi-k9-test\n')).toBe(true);
    expect(text.endsWith('\noutOfScope: []\n')).toBe(true);
  });
});
