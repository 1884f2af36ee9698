// The PostgreSQL backend (DATABASE_URL), for several bot replicas sharing one database. Connecting and
// every query are bounded by the store's timeout (pg's own connectionTimeoutMillis and query_timeout), so
// a server that accepts connections and never answers fails calls instead of hanging them.
import pg from 'pg';
import { DEFAULT_STORE_TIMEOUT_MS, postgresLocation, SqlStore, type Sql, type StoreOptions } from './store.ts';

function postgresSql(pool: pg.Pool): Sql {
  return {
    query: async <T>(text: string, params: unknown[] = []) => ({ rows: (await pool.query(text, params)).rows as T[] }),
    withLock: async (key, fn) => {
      const client = await pool.connect();
      let failed: Error | undefined;
      try {
        await client.query('SELECT pg_advisory_lock($1)', [key]);
        try {
          return await fn({
            query: async <T>(text: string, params: unknown[] = []) => ({ rows: (await client.query(text, params)).rows as T[] }),
            exec: async (text) => void (await client.query(text)),
          });
        } finally {
          await client.query('SELECT pg_advisory_unlock($1)', [key]);
        }
      } catch (error) {
        failed = error instanceof Error ? error : new Error(String(error));
        throw error;
      } finally {
        // A connection that failed mid-way is discarded rather than returned to the pool.
        client.release(failed);
      }
    },
    close: () => pool.end(),
  };
}

export async function openPostgresStore(connectionString: string, options: StoreOptions = {}): Promise<SqlStore> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_STORE_TIMEOUT_MS;
  const pool = new pg.Pool({ connectionString, max: 5, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
  // A dropped connection must not crash the bot, idle or checked out (a query on it fails instead, and
  // the next one reconnects).
  pool.on('error', () => undefined);
  pool.on('connect', (client) => client.on('error', () => undefined));
  const store = new SqlStore(postgresSql(pool), postgresLocation(connectionString), { timeoutMs });
  try {
    await store.migrate();
  } catch (error) {
    // Not awaited: against a server that never answers, ending the pool waits on it too.
    void pool.end().catch(() => undefined);
    throw error;
  }
  return store;
}
