// Reads data/catalog/*.yml, data/benchmarks.yml, data/lanes.yml and data/evidence/*.yml from disk and builds the Catalog with
// the catalog's pure buildCatalog. This is the edge: the only place the catalog touches the file system.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog, formatProblem, type Catalog, type CatalogResult, type Problem, type RawDocument } from '../catalog/validate.ts';

/** The data/ folder shipped with the project. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

export class CatalogError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The catalog has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'CatalogError';
  }
}

/**
 * The parsed documents of a data folder as JSON, keyed by file and checked by content hash. Parsing the YAML is
 * most of a cold start (about 0.8 s for the shipped catalog, against 10 ms to read the same documents as JSON),
 * so `npm run build` writes one (`modelscout catalog snapshot`). A file whose text changed since is parsed again.
 */
export const SNAPSHOT_FILE = '.catalog-snapshot.json';
const SNAPSHOT_VERSION = 1;
type Snapshot = Map<string, { sha256: string; data: unknown }>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function readSnapshot(dataDir: string): Snapshot {
  try {
    const raw = JSON.parse(readFileSync(join(dataDir, SNAPSHOT_FILE), 'utf8')) as { version?: number; files?: Record<string, { sha256: string; data: unknown }> };
    return raw.version === SNAPSHOT_VERSION && raw.files ? new Map(Object.entries(raw.files)) : new Map();
  } catch {
    return new Map();
  }
}

// Loaded on first use: with a current snapshot, a start never needs the YAML parser.
const require = createRequire(import.meta.url);
let parseYaml: typeof import('yaml').parse | undefined;

/** One file read and parsed (or taken from the snapshot when its text is unchanged); a file that cannot be read or parsed becomes a document with a parseError. */
function readDocument(path: string, shownAs: string, snapshot: Snapshot, texts?: Map<string, string>): RawDocument {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { file: shownAs, data: undefined, parseError: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  texts?.set(shownAs, text);
  const kept = snapshot.get(shownAs);
  if (kept && kept.sha256 === sha256(text)) return { file: shownAs, data: kept.data };
  try {
    parseYaml ??= (require('yaml') as typeof import('yaml')).parse;
    return { file: shownAs, data: parseYaml(text, { prettyErrors: true }) };
  } catch (error) {
    return { file: shownAs, data: undefined, parseError: (error as Error).message.split('\n')[0] ?? 'syntax error' };
  }
}

/** Validates the catalog in `dataDir`, naming files relative to the directory that holds it. */
export function checkCatalog(dataDir: string = DEFAULT_DATA_DIR, texts?: Map<string, string>): CatalogResult {
  const snapshot = readSnapshot(dataDir);
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
  const read = (path: string) => readDocument(path, shown(path), snapshot, texts);
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

/**
 * Writes the snapshot of `dataDir`'s documents, after checking them: a catalog with problems gets none (and any old
 * one is left alone, since it can never match the changed files). Returns the result of the check.
 */
export function writeSnapshot(dataDir: string = DEFAULT_DATA_DIR): CatalogResult {
  const texts = new Map<string, string>();
  const result = checkCatalog(dataDir, texts);
  if (!result.ok) return result;
  const files: Record<string, { sha256: string; data: unknown }> = {};
  for (const [shownAs, text] of texts) files[shownAs] = { sha256: sha256(text), data: parseYaml ? parseYaml(text) : (require('yaml') as typeof import('yaml')).parse(text) };
  // Written whole, then renamed: a reader never sees half a snapshot.
  const path = join(dataDir, SNAPSHOT_FILE);
  writeFileSync(`${path}.tmp`, JSON.stringify({ version: SNAPSHOT_VERSION, files }));
  renameSync(`${path}.tmp`, path);
  return result;
}
