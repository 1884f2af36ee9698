// The embedded backend: PGlite (PostgreSQL compiled to WebAssembly), data in a folder on disk.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { SqlStore, type Sql } from './store.ts';

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

/** Opens (creating if needed) the PGlite store in `dir`, or in memory when `dir` is undefined. */
export async function openPgliteStore(dir?: string): Promise<SqlStore> {
  if (dir) mkdirSync(dir, { recursive: true });
  const db = dir ? new PGlite(dir) : new PGlite();
  await db.waitReady;
  const store = new SqlStore(pgliteSql(db));
  await store.migrate();
  return store;
}
