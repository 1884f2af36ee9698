// The file-system edge of the catalog: which files it reads, how it names them, and what it does when one is missing.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatProblem } from '../../src/catalog/validate.ts';
import { CatalogError, checkCatalog, DEFAULT_DATA_DIR, loadCatalog } from '../../src/load/catalog.ts';

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A copy of the shipped data/ folder in a fresh temp dir, to break on purpose. */
function copyOfData(): string {
  const root = mkdtempSync(join(tmpdir(), 'modelscout-load-'));
  roots.push(root);
  const data = join(root, 'data');
  cpSync(DEFAULT_DATA_DIR, data, { recursive: true });
  return data;
}

const problemsOf = (dataDir: string): string[] => {
  const result = checkCatalog(dataDir);
  return result.ok ? [] : result.problems.map(formatProblem);
};

describe('loading the catalog from disk', () => {
  it('reads every provider file, the benchmarks and the lanes', () => {
    const catalog = loadCatalog(copyOfData());
    const files = readdirSync(join(DEFAULT_DATA_DIR, 'catalog')).filter((n) => n.endsWith('.yml'));
    const ids = files.flatMap((f) => (parse(readFileSync(join(DEFAULT_DATA_DIR, 'catalog', f), 'utf8')) as { models: { id: string }[] }).models.map((m) => m.id));
    expect(catalog.models.map((m) => m.id).sort()).toEqual([...ids].sort());
    const lanes = parse(readFileSync(join(DEFAULT_DATA_DIR, 'lanes.yml'), 'utf8')) as { lanes: { id: string }[] };
    expect(catalog.lanes.map((l) => l.id)).toEqual(lanes.lanes.map((l) => l.id));
    const benchmarks = parse(readFileSync(join(DEFAULT_DATA_DIR, 'benchmarks.yml'), 'utf8')) as { benchmarks: { id: string }[] };
    expect([...catalog.benchmarks.keys()].sort()).toEqual(benchmarks.benchmarks.map((b) => b.id).sort());
  });

  it('loads a folder once and hands back the same catalog', () => {
    const data = copyOfData();
    expect(loadCatalog(data)).toBe(loadCatalog(data));
  });

  it('treats the lanes file as optional', () => {
    const data = copyOfData();
    rmSync(join(data, 'lanes.yml'));
    const result = checkCatalog(data);
    expect(result.ok && result.catalog.lanes).toEqual([]);
  });

  it('names a missing folder or file relative to the folder that holds data/', () => {
    const data = copyOfData();
    rmSync(join(data, 'benchmarks.yml'));
    expect(problemsOf(data)).toContain('data/benchmarks.yml: not valid YAML: cannot read the file (ENOENT)');
    rmSync(join(data, 'catalog'), { recursive: true });
    expect(problemsOf(data)).toEqual(['data/catalog: the catalog folder is missing']);
  });

  it('refuses a catalog folder with no provider files', () => {
    const data = copyOfData();
    for (const f of readdirSync(join(data, 'catalog'))) rmSync(join(data, 'catalog', f));
    writeFileSync(join(data, 'catalog', 'README.txt'), 'not a provider');
    expect(problemsOf(data)).toEqual(['data/catalog: no provider files (*.yml)']);
  });

  it('throws a CatalogError that lists the problems', () => {
    const data = copyOfData();
    const [first] = readdirSync(join(data, 'catalog')).filter((n) => n.endsWith('.yml'));
    writeFileSync(join(data, 'catalog', first as string), 'provider: [unclosed');
    expect(() => loadCatalog(data)).toThrow(CatalogError);
    try {
      loadCatalog(data);
    } catch (error) {
      expect((error as CatalogError).problems.map(formatProblem)).toEqual([expect.stringMatching(new RegExp(`^data/catalog/${first}: not valid YAML: `))]);
    }
  });
});
