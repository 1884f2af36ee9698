// Reads data/catalog/*.yml, data/benchmarks.yml, data/lanes.yml and data/evidence/*.yml from disk and builds the Catalog with
// the catalog's pure buildCatalog. This is the edge: the only place the catalog touches the file system.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { buildCatalog, formatProblem, type Catalog, type CatalogResult, type Problem, type RawDocument } from '../catalog/validate.ts';

/** The data/ folder shipped with the project. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

export class CatalogError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The catalog has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'CatalogError';
  }
}

/** One file read and parsed; a file that cannot be read or parsed becomes a document with a parseError. */
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
    names = readdirSync(catalogDir)
      .filter((n) => /\.ya?ml$/.test(n))
      .sort();
  } catch {
    return { ok: false, problems: [{ file: shown(catalogDir), message: 'the catalog folder is missing' }] };
  }
  if (names.length === 0) return { ok: false, problems: [{ file: shown(catalogDir), message: 'no provider files (*.yml)' }] };
  const read = (path: string) => readDocument(path, shown(path));
  const providerDocs = names.map((n) => read(join(catalogDir, n)));
  const benchmarksDoc = read(join(dataDir, 'benchmarks.yml'));
  const lanesPath = join(dataDir, 'lanes.yml');
  return buildCatalog(providerDocs, benchmarksDoc, existsSync(lanesPath) ? read(lanesPath) : undefined, readEvidence(dataDir, read));
}

/** data/evidence/*.yml: the scores imported per source (absent folder = none). */
export function readEvidence(dataDir: string, read: (path: string) => RawDocument): RawDocument[] {
  const dir = join(dataDir, 'evidence');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => read(join(dir, n)));
}

const loaded = new Map<string, Catalog>();

/** The validated catalog; throws CatalogError listing every problem. Loaded once per folder. */
export function loadCatalog(dataDir: string = DEFAULT_DATA_DIR): Catalog {
  const cached = loaded.get(dataDir);
  if (cached) return cached;
  const result = checkCatalog(dataDir);
  if (!result.ok) throw new CatalogError(result.problems);
  loaded.set(dataDir, result.catalog);
  return result.catalog;
}
