// Chooses the backend: PostgreSQL when DATABASE_URL is set, else PGlite under .modelscout/
// (or MODELSCOUT_DATA_DIR).
import { join } from 'node:path';
import { openPgliteStore } from './pglite.ts';
import { openPostgresStore } from './postgres.ts';
import type { Store } from './store.ts';

export function storeLocation(settings: { databaseUrl?: string; dataDir?: string }): string {
  if (settings.databaseUrl) return 'PostgreSQL (DATABASE_URL)';
  return `PGlite in ${join(settings.dataDir ?? '.modelscout', 'db')}`;
}

export async function openStore(settings: { databaseUrl?: string; dataDir?: string }): Promise<Store> {
  if (settings.databaseUrl) return openPostgresStore(settings.databaseUrl);
  return openPgliteStore(join(settings.dataDir ?? '.modelscout', 'db'));
}
