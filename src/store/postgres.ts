// The PostgreSQL backend (DATABASE_URL), for several bot replicas sharing one database.
import pg from 'pg';
import { SqlStore, type Sql } from './store.ts';

function postgresSql(pool: pg.Pool): Sql {
  return {
    query: async <T>(text: string, params: unknown[] = []) => ({ rows: (await pool.query(text, params)).rows as T[] }),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({ query: async <T>(text: string, params: unknown[] = []) => ({ rows: (await client.query(text, params)).rows as T[] }) });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    withLock: async (key, fn) => {
      const client = await pool.connect();
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
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export async function openPostgresStore(connectionString: string): Promise<SqlStore> {
  const pool = new pg.Pool({ connectionString, max: 5 });
  // A dropped idle connection must not crash the bot; the next query reconnects.
  pool.on('error', () => undefined);
  const store = new SqlStore(postgresSql(pool));
  await store.migrate();
  return store;
}
