import pg from 'pg';
import { DEFAULT_STORE_TIMEOUT_MS, postgresLocation, SqlStore } from './store.js';
function postgresSql(pool) {
    return {
        query: async (text, params = []) => ({ rows: (await pool.query(text, params)).rows }),
        withLock: async (key, fn) => {
            const client = await pool.connect();
            let failed;
            try {
                await client.query('SELECT pg_advisory_lock($1)', [key]);
                try {
                    return await fn({
                        query: async (text, params = []) => ({ rows: (await client.query(text, params)).rows }),
                        exec: async (text) => void (await client.query(text)),
                    });
                }
                finally {
                    await client.query('SELECT pg_advisory_unlock($1)', [key]);
                }
            }
            catch (error) {
                failed = error instanceof Error ? error : new Error(String(error));
                throw error;
            }
            finally {
                client.release(failed);
            }
        },
        close: () => pool.end(),
    };
}
export async function openPostgresStore(connectionString, options = {}) {
    const timeoutMs = options.timeoutMs ?? DEFAULT_STORE_TIMEOUT_MS;
    const pool = new pg.Pool({ connectionString, max: 5, connectionTimeoutMillis: timeoutMs, query_timeout: timeoutMs });
    pool.on('error', () => undefined);
    pool.on('connect', (client) => client.on('error', () => undefined));
    const store = new SqlStore(postgresSql(pool), postgresLocation(connectionString), { timeoutMs });
    try {
        await store.migrate();
    }
    catch (error) {
        void pool.end().catch(() => undefined);
        throw error;
    }
    return store;
}
//# sourceMappingURL=postgres.js.map