// Chooses the backend: PostgreSQL when DATABASE_URL is set, else PGlite under .modelscout/
// (or MODELSCOUT_DATA_DIR).
import { join } from 'node:path';
import type { Store } from './store.ts';

export function storeLocation(settings: { databaseUrl?: string; dataDir?: string }): string {
  if (settings.databaseUrl) return 'PostgreSQL (DATABASE_URL)';
  return `PGlite in ${join(settings.dataDir ?? '.modelscout', 'db')}`;
}

/** Loads only the backend in use, and only when the store is opened (not at startup). */
export async function openStore(settings: { databaseUrl?: string; dataDir?: string }): Promise<Store> {
  if (settings.databaseUrl) return (await import('./postgres.ts')).openPostgresStore(settings.databaseUrl);
  return (await import('./pglite.ts')).openPgliteStore(join(settings.dataDir ?? '.modelscout', 'db'));
}
