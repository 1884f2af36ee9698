import { join } from 'node:path';
import { postgresLocation } from './store.js';
export function storeLocation(settings) {
    if (settings.databaseUrl)
        return postgresLocation(settings.databaseUrl);
    return `PGlite in ${join(settings.dataDir ?? '.modelscout', 'db')}`;
}
export async function openStore(settings) {
    const options = settings.timeoutMs === undefined ? {} : { timeoutMs: settings.timeoutMs };
    if (settings.databaseUrl)
        return (await import('./postgres.js')).openPostgresStore(settings.databaseUrl, options);
    return (await import('./pglite.js')).openPgliteStore(join(settings.dataDir ?? '.modelscout', 'db'), options);
}
//# sourceMappingURL=open.js.map