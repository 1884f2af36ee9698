// The parsed snapshot a start reads instead of the YAML: the same catalog, and never stale.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { quotedPrice } from '../../src/catalog/history.ts';
import { checkCatalog, DEFAULT_DATA_DIR, SNAPSHOT_FILE, writeSnapshot } from '../../src/load/catalog.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A copy of the shipped data/ folder, without any snapshot it may hold. */
function copyOfData(): string {
  const root = mkdtempSync(join(tmpdir(), 'modelscout-snapshot-'));
  roots.push(root);
  const data = join(root, 'data');
  cpSync(DEFAULT_DATA_DIR, data, { recursive: true, filter: (src) => !src.endsWith(SNAPSHOT_FILE) });
  return data;
}

const loaded = (dir: string) => {
  const result = checkCatalog(dir);
  if (!result.ok) throw new Error(`catalog invalid: ${result.problems.length} problems`);
  return result.catalog;
};

describe('the catalog snapshot', () => {
  it('gives the same catalog as parsing the YAML', () => {
    const dir = copyOfData();
    const parsed = loaded(dir);
    expect(existsSync(join(dir, SNAPSHOT_FILE))).toBe(false);
    expect(writeSnapshot(dir).ok).toBe(true);
    expect(existsSync(join(dir, SNAPSHOT_FILE))).toBe(true);
    const fromSnapshot = loaded(dir);
    expect(fromSnapshot.models).toEqual(parsed.models);
    expect(fromSnapshot.providers).toEqual(parsed.providers);
    expect([...fromSnapshot.benchmarks.entries()]).toEqual([...parsed.benchmarks.entries()]);
    expect(fromSnapshot.lanes).toEqual(parsed.lanes);
  });

  it('is read: a document only the snapshot holds is what loads while the file text is unchanged', () => {
    const dir = copyOfData();
    writeSnapshot(dir);
    const path = join(dir, SNAPSHOT_FILE);
    const snapshot = JSON.parse(readFileSync(path, 'utf8')) as { files: Record<string, { sha256: string; data: { models: { id: string; name: string }[] } }> };
    const [file, entry] = Object.entries(snapshot.files).find(([f]) => f.endsWith('catalog/openai.yml')) ?? [];
    expect(file).toBeDefined();
    const first = entry!.data.models[0]!;
    first.name = 'Renamed only in the snapshot';
    writeFileSync(path, JSON.stringify(snapshot));
    expect(loaded(dir).models.find((m) => m.id === first.id)?.name).toBe('Renamed only in the snapshot');
  });

  it('never serves a file whose text changed since it was written', () => {
    const dir = copyOfData();
    writeSnapshot(dir);
    const before = loaded(dir);
    const model = before.models.find((m) => m.provider === 'openai' && m.pricing.length === 1 && !m.aliases.includes('x'))!;
    const price = quotedPrice(model, '2026-12-02');
    const file = join(dir, 'catalog', 'openai.yml');
    const text = readFileSync(file, 'utf8');
    // A model's name changes in the YAML only: the load must see it.
    const edited = text.replace(`name: ${model.name}\n`, `name: ${model.name} (edited)\n`);
    expect(edited).not.toBe(text);
    writeFileSync(file, edited);
    const after = loaded(dir);
    expect(after.models.find((m) => m.id === model.id)?.name).toBe(`${model.name} (edited)`);
    expect(quotedPrice(after.models.find((m) => m.id === model.id)!, '2026-12-02')).toEqual(price);
  });

  it('is ignored when unreadable, and a catalog with problems gets none', () => {
    const dir = copyOfData();
    writeFileSync(join(dir, SNAPSHOT_FILE), '{ not json');
    expect(loaded(dir).models.length).toBeGreaterThan(300);
    const broken = copyOfData();
    writeFileSync(join(broken, 'catalog', 'openai.yml'), 'provider: [unclosed');
    const result = writeSnapshot(broken);
    expect(result.ok).toBe(false);
    expect(existsSync(join(broken, SNAPSHOT_FILE))).toBe(false);
  });
});
