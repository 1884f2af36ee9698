// Reads data/catalog/*.yml, data/benchmarks.yml and data/lanes.yml and builds the Catalog.
// Parsing YAML is the slow part (~150 ms for the whole catalog), so the parsed documents are cached
// by the SHA-256 of the files' names and contents; validation always runs on every load. The bot parses a
// large catalog in a child process, so the parse's transient memory never becomes its own.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog, formatProblem, type Catalog, type CatalogResult, type Problem, type RawDocument } from './validate.ts';

/** The data/ folder shipped with the project. */
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

/** Where parsed documents are cached (content-addressed, so never stale). */
export const PARSE_CACHE_DIR = join(tmpdir(), 'modelscout-catalog-cache');
const CACHE_FORMAT = 1;

export class CatalogError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The catalog has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'CatalogError';
  }
}

interface SourceFile {
  path: string;
  shownAs: string;
  text?: string;
  readError?: string;
}

function readSource(path: string, shownAs: string): SourceFile {
  try {
    return { path, shownAs, text: readFileSync(path, 'utf8') };
  } catch (error) {
    return { path, shownAs, readError: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}

/**
 * The YAML parser, loaded when first needed: a start with every file in the parse cache never needs it,
 * and a module, once loaded, holds its code and source in the heap for good (about 1 MB for yaml).
 */
const requireHere = createRequire(import.meta.url);
const yaml = (): typeof import('yaml') => requireHere('yaml') as typeof import('yaml');

function parseSource(file: SourceFile): RawDocument {
  if (file.text === undefined) return { file: file.shownAs, data: undefined, parseError: file.readError ?? 'cannot read the file' };
  try {
    return { file: file.shownAs, data: yaml().parse(file.text, { prettyErrors: true }) };
  } catch (error) {
    return { file: file.shownAs, data: undefined, parseError: (error as Error).message.split('\n')[0] ?? 'syntax error' };
  }
}

function readCache(cacheFile: string, count: number): RawDocument[] | undefined {
  try {
    const cached = JSON.parse(readFileSync(cacheFile, 'utf8')) as RawDocument[];
    if (Array.isArray(cached) && cached.length === count) return cached;
  } catch {
    // No cache yet (or unreadable).
  }
  return undefined;
}

/** Below this much YAML (the shipped catalog is about 0.3 MB) a parse's memory is not worth a process. */
export const CHILD_PARSE_FROM_CHARS = 1_000_000;

/**
 * Fills the parse cache for `dataDir` in a child process (this module, run by the same node with the same
 * flags and loader). Parsing YAML holds several times the documents' size while it runs (about 60 MB for
 * 3,000 models), which a long-running bot would keep as resident memory; the child gives it back on exit.
 */
function parseInChild(dataDir: string): void {
  try {
    const script = `const m = await import(${JSON.stringify(import.meta.url)}); m.checkCatalog(${JSON.stringify(dataDir)});`;
    execFileSync(process.execPath, [...process.execArgv, '--input-type=module', '--eval', script], { stdio: 'ignore', timeout: 120_000 });
  } catch {
    // The caller parses in process instead.
  }
}

/** Parses every file, reusing the cached parse of exactly these contents when there is one. */
function parseAll(files: SourceFile[], inChild?: string): RawDocument[] {
  if (files.some((f) => f.text === undefined)) return files.map(parseSource);
  const hash = createHash('sha256').update(String(CACHE_FORMAT));
  for (const f of files) hash.update(`\0${f.shownAs}\0${f.text}`);
  const cacheFile = join(PARSE_CACHE_DIR, `${hash.digest('hex')}.json`);
  const cached = readCache(cacheFile, files.length);
  if (cached) return cached;
  if (inChild !== undefined && files.reduce((n, f) => n + (f.text?.length ?? 0), 0) >= CHILD_PARSE_FROM_CHARS) {
    parseInChild(inChild);
    const parsed = readCache(cacheFile, files.length);
    if (parsed) return parsed;
  }
  const docs = files.map(parseSource);
  if (docs.every((d) => d.parseError === undefined)) {
    try {
      mkdirSync(PARSE_CACHE_DIR, { recursive: true });
      const tmp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(tmp, JSON.stringify(docs));
      renameSync(tmp, cacheFile);
    } catch {
      // A read-only temp dir only costs speed.
    }
  }
  return docs;
}

export interface LoadOptions {
  /** Parse a large catalog in a child process when the parse cache has no copy (see parseInChild): for the long-running bot. */
  parseInChild?: boolean;
}

/** Validates the catalog in `dataDir`, naming files relative to the directory that holds it. */
export function checkCatalog(dataDir: string = DEFAULT_DATA_DIR, options: LoadOptions = {}): CatalogResult {
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
  const paths = [...names.map((n) => join(catalogDir, n)), join(dataDir, 'benchmarks.yml')];
  const lanesPath = join(dataDir, 'lanes.yml');
  if (existsSync(lanesPath)) paths.push(lanesPath);
  const docs = parseAll(paths.map((p) => readSource(p, shown(p))), options.parseInChild ? dataDir : undefined);
  const providerDocs = docs.slice(0, names.length);
  return buildCatalog(providerDocs, docs[names.length] as RawDocument, docs[names.length + 1]);
}

const cache = new Map<string, Catalog>();

/** The validated catalog; throws CatalogError listing every problem. Loaded once per folder. */
export function loadCatalog(dataDir: string = DEFAULT_DATA_DIR, options: LoadOptions = {}): Catalog {
  const cached = cache.get(dataDir);
  if (cached) return cached;
  const result = checkCatalog(dataDir, options);
  if (!result.ok) throw new CatalogError(result.problems);
  cache.set(dataDir, result.catalog);
  return result.catalog;
}
