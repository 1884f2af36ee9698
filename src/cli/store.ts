// The CLI reads the same store as the bot (DATABASE_URL, or the embedded store under MODELSCOUT_DATA_DIR or
// .modelscout/), and only when one exists: answering never creates an empty store.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { overlayFromStore } from '../app/observed.ts';
import { overlayCatalog, type Overlaid } from '../app/overlay.ts';
import type { Catalog } from '../catalog/validate.ts';
import { readSettings, SettingsError } from '../config.ts';
import { openStore } from '../store/open.ts';
import type { Store } from '../store/store.ts';
import { InputError } from './errors.ts';

/** Where the store is, read from the environment; InputError when the environment is wrong. */
export function cliStoreSettings(): { databaseUrl?: string; dataDir?: string } {
  try {
    const settings = readSettings(process.env, { server: false });
    return { databaseUrl: settings.databaseUrl, dataDir: settings.dataDir };
  } catch (error) {
    if (error instanceof SettingsError) throw new InputError(error.message);
    throw error;
  }
}

/** Whether a store exists to read: DATABASE_URL is set, or the embedded store's folder has a database in it. */
export function storeExists(settings: { databaseUrl?: string; dataDir?: string }): boolean {
  return settings.databaseUrl !== undefined || existsSync(join(settings.dataDir ?? '.modelscout', 'db', 'PG_VERSION'));
}

/** Opens the store when one exists (undefined otherwise). */
export async function openExistingStore(): Promise<Store | undefined> {
  const settings = cliStoreSettings();
  return storeExists(settings) ? openStore(settings) : undefined;
}

/**
 * The catalog answers read: the reviewed catalog with the changes the sync policy accepts at `now` laid over it,
 * read from the store when one exists; the reviewed catalog alone when none does.
 */
export async function overlaidCatalog(reviewed: Catalog, now: Date): Promise<Overlaid> {
  const store = await openExistingStore();
  if (!store) return overlayCatalog(reviewed, []);
  try {
    return await overlayFromStore(store, reviewed, now);
  } finally {
    await store.close();
  }
}
