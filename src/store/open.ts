// Chooses the backend: PostgreSQL when DATABASE_URL is set, else PGlite under .modelscout/
// (or MODELSCOUT_DATA_DIR).
import { join } from 'node:path';
import { postgresLocation, type Store, type StoreOptions } from './store.ts';

export function storeLocation(settings: { databaseUrl?: string; dataDir?: string }): string {
  if (settings.databaseUrl) return postgresLocation(settings.databaseUrl);
  return `PGlite in ${join(settings.dataDir ?? '.modelscout', 'db')}`;
}

/**
 * Loads only the backend in use, and only when the store is opened (not at startup). Fails with
 * StoreUnavailable (store.ts) when the database does not answer within `timeoutMs` or the data directory
 * is unusable.
 */
export async function openStore(settings: { databaseUrl?: string; dataDir?: string } & StoreOptions): Promise<Store> {
  const options: StoreOptions = settings.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs };
  if (settings.databaseUrl) return (await import('./postgres.ts')).openPostgresStore(settings.databaseUrl, options);
  return (await import('./pglite.ts')).openPgliteStore(join(settings.dataDir ?? '.modelscout', 'db'), options);
}
