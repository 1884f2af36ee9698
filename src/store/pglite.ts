// The embedded backend: PGlite (PostgreSQL compiled to WebAssembly), data in a folder on disk.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { PGlite } from '@electric-sql/pglite';
import { SqlStore, type Sql } from './store.ts';

const execFileAsync = promisify(execFile);

function pgliteSql(db: PGlite): Sql {
  const query = async <T>(text: string, params: unknown[] = []) => ({ rows: (await db.query<T>(text, params)).rows });
  return {
    query,
    transaction: (fn) => db.transaction((tx) => fn({ query: async <T>(text: string, params: unknown[] = []) => ({ rows: (await tx.query<T>(text, params)).rows }) })),
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

/**
 * PostgreSQL's WebAssembly is compiled by the baseline compiler only: the optimising tier would hold about
 * 40 MB more code, and a store that serves a few queries a minute gains nothing from it.
 */
const baselineWasmOnly = () => setFlagsFromString('--liftoff-only');

/** Opens (creating if needed) the PGlite store in `dir`, or in memory when `dir` is undefined. */
export async function openPgliteStore(dir?: string): Promise<SqlStore> {
  if (dir) {
    mkdirSync(dir, { recursive: true });
    // A new folder is initialised in a child process, so initdb's peak memory stays out of this one.
    if (!existsSync(join(dir, 'PG_VERSION'))) await execFileAsync(process.execPath, [INIT_SCRIPT, dir, ...PGLITE_CONF]);
  }
  baselineWasmOnly();
  const db = dir ? new PGlite(dir, { postgresqlconf: PGLITE_CONF }) : new PGlite({ postgresqlconf: PGLITE_CONF });
  await db.waitReady;
  const store = new SqlStore(pgliteSql(db));
  await store.migrate();
  return store;
}
