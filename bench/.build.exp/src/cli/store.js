import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { overlayFromStore } from '../app/observed.js';
import { overlayCatalog } from '../app/overlay.js';
import { readSettings, SettingsError } from '../config.js';
import { openStore } from '../store/open.js';
import { InputError } from './errors.js';
export function cliStoreSettings() {
    try {
        const settings = readSettings(process.env, { server: false });
        return { databaseUrl: settings.databaseUrl, dataDir: settings.dataDir };
    }
    catch (error) {
        if (error instanceof SettingsError)
            throw new InputError(error.message);
        throw error;
    }
}
export function storeExists(settings) {
    return settings.databaseUrl !== undefined || existsSync(join(settings.dataDir ?? '.modelscout', 'db', 'PG_VERSION'));
}
export async function openExistingStore() {
    const settings = cliStoreSettings();
    return storeExists(settings) ? openStore(settings) : undefined;
}
export async function overlaidCatalog(reviewed, now) {
    const store = await openExistingStore();
    if (!store)
        return overlayCatalog(reviewed, []);
    try {
        return await overlayFromStore(store, reviewed, now);
    }
    finally {
        await store.close();
    }
}
//# sourceMappingURL=store.js.map