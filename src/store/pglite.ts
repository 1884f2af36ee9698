// The embedded backend: PGlite (PostgreSQL compiled to WebAssembly), data in a folder on disk.
// The folder is checked before PGlite touches it: a missing folder is created, an empty one initialised,
// and anything else that is not a PGlite database is refused with a message naming it, never
// re-initialised (that would silently drop the subscriptions and the rows that keep digests exactly-once).
import { execFile } from 'node:child_process';
import { accessSync, constants, mkdirSync, readdirSync, rmSync, statSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { describeError, SqlStore, StoreUnavailable, type Sql, type StoreOptions } from './store.ts';

const execFileAsync = promisify(execFile);

function pgliteSql(db: PGlite): Sql {
  const query = async <T>(text: string, params: unknown[] = []) => ({ rows: (await db.query<T>(text, params)).rows });
  return {
    query,
    // One connection, one process: the lock is only for symmetry with PostgreSQL.
    withLock: async (_key, fn) => fn({ query, exec: async (text) => void (await db.exec(text)) }),
    close: () => db.close(),
  };
}

/**
 * A small store needs little memory: these keep PostgreSQL's buffers to a few MB (about 150 MB less RSS
 * than its defaults). Its tables hold a workspace's subscriptions, deliveries and observations (well under
 * a megabyte for a thousand channels), and PGlite serves one connection, so shared memory is sized for three.
 */
export const PGLITE_CONF = ['shared_buffers = 2MB', 'max_connections = 3', 'work_mem = 1MB', 'maintenance_work_mem = 4MB', 'wal_buffers = 256kB', 'temp_buffers = 1MB'];

const INIT_SCRIPT = fileURLToPath(new URL('./pglite-init.mjs', import.meta.url));

/** The file every PostgreSQL (and PGlite) data directory holds. */
const MARKER = 'PG_VERSION';

const dataDirError = (message: string, cause?: unknown) => new StoreUnavailable(message, 'data-dir', cause === undefined ? undefined : { cause });

const statOf = (path: string): Stats | undefined => {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw dataDirError(`The data directory ${path} cannot be examined (${(error as NodeJS.ErrnoException).code ?? describeError(error)}).`, error);
  }
};

/**
 * Creates `dir` one level at a time. (A recursive mkdir under a file system that refuses new folders,
 * such as /proc, never returns.)
 */
function createDir(dir: string): void {
  const missing: string[] = [];
  let path = resolve(dir);
  while (!statOf(path)) {
    missing.unshift(path);
    const parent = dirname(path);
    if (parent === path) break;
    path = parent;
  }
  for (const level of missing) {
    try {
      mkdirSync(level);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'error';
      const why =
        code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EROFS'
            ? 'the file system is read-only'
            : code === 'ENOTDIR'
              ? `${dirname(level)} is not a directory`
              : `${code}: this file system does not allow it`;
      throw dataDirError(`Cannot create the data directory ${dir}: creating ${level} failed (${why}). Set MODELSCOUT_DATA_DIR to a folder the bot can write.`, error);
    }
  }
}

function ensureWritable(dir: string): void {
  for (const path of [dir, join(dir, 'base'), join(dir, 'pg_wal'), join(dir, 'global')]) {
    if (path !== dir && !statOf(path)) continue;
    try {
      accessSync(path, constants.W_OK);
    } catch (error) {
      throw dataDirError(
        `The data directory ${dir} is read-only (${path} cannot be written); the store needs to write there. Make it writable, or set MODELSCOUT_DATA_DIR to a folder the bot can write.`,
        error,
      );
    }
  }
}

/** Checks `dir` and creates a new database there if it is missing or empty. */
async function prepareDataDir(dir: string): Promise<void> {
  const stat = statOf(dir);
  if (stat && !stat.isDirectory()) throw dataDirError(`The data directory ${dir} is not a directory.`);
  if (!stat) createDir(dir);
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (error) {
    throw dataDirError(`The data directory ${dir} cannot be read (${(error as NodeJS.ErrnoException).code ?? describeError(error)}).`, error);
  }
  if (entries.includes(MARKER)) {
    ensureWritable(dir);
    return;
  }
  if (entries.length > 0) {
    throw dataDirError(
      `The data directory ${dir} is not empty but holds no PGlite database (${MARKER} is missing). The store will not create a new database over it: restore the folder from a backup, or move it away to start with an empty store.`,
    );
  }
  ensureWritable(dir);
  // A new folder is initialised in a child process, so initdb's peak memory stays out of this one.
  try {
    await execFileAsync(process.execPath, [INIT_SCRIPT, dir, ...PGLITE_CONF]);
  } catch (error) {
    // The folder was empty: clear what the failed attempt left, so the next start tries again.
    for (const entry of readdirSync(dir)) rmSync(join(dir, entry), { recursive: true, force: true });
    throw dataDirError(`Could not create a new PGlite database in ${dir} (the initialisation exited with code ${(error as { code?: unknown }).code ?? 'unknown'}).`, error);
  }
}

/** WebAssembly's abort (PGlite's "Aborted()"), or a thrown value that is not an Error at all. */
const isAbort = (error: unknown) => !(error instanceof Error) || error.name === 'RuntimeError' || /\bAborted\(/.test(error.message);

const damaged = (where: string, error: unknown) =>
  dataDirError(
    `${where} could not be opened: the database there is damaged or was written by an incompatible version${isAbort(error) ? '' : ` (${describeError(error)})`}. The folder is left as it is; restore it from a backup, or move it away to start with an empty store.`,
    error,
  );

/** Opens (creating if needed) the PGlite store in `dir`, or in memory when `dir` is undefined. */
export async function openPgliteStore(dir?: string, options: StoreOptions = {}): Promise<SqlStore> {
  if (dir) await prepareDataDir(dir);
  const where = dir ? `PGlite in ${dir}` : 'PGlite in memory';
  let db: PGlite | undefined;
  try {
    db = dir ? new PGlite(dir, { postgresqlconf: PGLITE_CONF }) : new PGlite({ postgresqlconf: PGLITE_CONF });
    await db.waitReady;
  } catch (error) {
    await db?.close().catch(() => undefined);
    throw damaged(where, error);
  }
  const store = new SqlStore(pgliteSql(db), where, options);
  try {
    await store.migrate();
  } catch (error) {
    await db.close().catch(() => undefined);
    throw isAbort(error) ? damaged(where, error) : error;
  }
  return store;
}
