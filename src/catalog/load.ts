// Reads data/catalog/*.yml and data/benchmarks.yml from disk and builds the Catalog.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildCatalog, formatProblem, type Catalog, type CatalogResult, type Problem, type RawDocument } from './validate.ts';

/** The data/ folder shipped with the project. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

export class CatalogError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The catalog has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'CatalogError';
  }
}

function readDocument(path: string, shownAs: string): RawDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { file: shownAs, data: undefined, parseError: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  try {
    return { file: shownAs, data: parse(text, { prettyErrors: true }) };
  } catch (error) {
    return { file: shownAs, data: undefined, parseError: (error as Error).message.split('\n')[0] ?? 'syntax error' };
  }
}

/** Validates the catalog in `dataDir`, naming files relative to the directory that holds it. */
export function checkCatalog(dataDir: string = DEFAULT_DATA_DIR): CatalogResult {
  const base = join(dataDir, '..');
  const shown = (path: string) => relative(base, path);
  const catalogDir = join(dataDir, 'catalog');
  let names: string[];
  try {
    names = readdirSync(catalogDir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return { ok: false, problems: [{ file: shown(catalogDir), message: 'the catalog folder is missing' }] };
  }
  if (names.length === 0) return { ok: false, problems: [{ file: shown(catalogDir), message: 'no provider files (*.yml)' }] };
  const providerDocs = names.map((n) => readDocument(join(catalogDir, n), shown(join(catalogDir, n))));
  const benchmarksPath = join(dataDir, 'benchmarks.yml');
  const lanesPath = join(dataDir, 'lanes.yml');
  const lanes = existsSync(lanesPath) ? readDocument(lanesPath, shown(lanesPath)) : undefined;
  return buildCatalog(providerDocs, readDocument(benchmarksPath, shown(benchmarksPath)), lanes);
}

const cache = new Map<string, Catalog>();

/** The validated catalog; throws CatalogError listing every problem. Loaded once per folder. */
export function loadCatalog(dataDir: string = DEFAULT_DATA_DIR): Catalog {
  const cached = cache.get(dataDir);
  if (cached) return cached;
  const result = checkCatalog(dataDir);
  if (!result.ok) throw new CatalogError(result.problems);
  cache.set(dataDir, result.catalog);
  return result.catalog;
}
