import { execFile } from 'node:child_process';
import { accessSync, constants, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import { describeError, SqlStore, StoreUnavailable } from './store.js';
const execFileAsync = promisify(execFile);
function pgliteSql(db) {
    const query = async (text, params = []) => ({ rows: (await db.query(text, params)).rows });
    return {
        query,
        withLock: async (_key, fn) => fn({ query, exec: async (text) => void (await db.exec(text)) }),
        close: () => db.close(),
    };
}
export const PGLITE_CONF = ['shared_buffers = 2MB', 'max_connections = 3', 'work_mem = 1MB', 'maintenance_work_mem = 4MB', 'wal_buffers = 256kB', 'temp_buffers = 1MB'];
const INIT_SCRIPT = fileURLToPath(new URL('./pglite-init.mjs', import.meta.url));
const MARKER = 'PG_VERSION';
const dataDirError = (message, cause) => new StoreUnavailable(message, 'data-dir', cause === undefined ? undefined : { cause });
const statOf = (path) => {
    try {
        return statSync(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return undefined;
        throw dataDirError(`The data directory ${path} cannot be examined (${error.code ?? describeError(error)}).`, error);
    }
};
function createDir(dir) {
    const missing = [];
    let path = resolve(dir);
    while (!statOf(path)) {
        missing.unshift(path);
        const parent = dirname(path);
        if (parent === path)
            break;
        path = parent;
    }
    for (const level of missing) {
        try {
            mkdirSync(level);
        }
        catch (error) {
            const code = error.code ?? 'error';
            const why = code === 'EACCES' || code === 'EPERM'
                ? 'permission denied'
                : code === 'EROFS'
                    ? 'the file system is read-only'
                    : code === 'ENOTDIR'
                        ? `${dirname(level)} is not a directory`
                        : `${code}: this file system does not allow it`;
            throw dataDirError(`Cannot create the data directory ${dir}: creating ${level} failed (${why}). Set MODELSCOUT_DATA_DIR to a folder the bot can write.`, error);
        }
    }
}
function ensureWritable(dir) {
    for (const path of [dir, join(dir, 'base'), join(dir, 'pg_wal'), join(dir, 'global')]) {
        if (path !== dir && !statOf(path))
            continue;
        try {
            accessSync(path, constants.W_OK);
        }
        catch (error) {
            throw dataDirError(`The data directory ${dir} is read-only (${path} cannot be written); the store needs to write there. Make it writable, or set MODELSCOUT_DATA_DIR to a folder the bot can write.`, error);
        }
    }
}
async function prepareDataDir(dir) {
    const stat = statOf(dir);
    if (stat && !stat.isDirectory())
        throw dataDirError(`The data directory ${dir} is not a directory.`);
    if (!stat)
        createDir(dir);
    let entries;
    try {
        entries = readdirSync(dir);
    }
    catch (error) {
        throw dataDirError(`The data directory ${dir} cannot be read (${error.code ?? describeError(error)}).`, error);
    }
    if (entries.includes(MARKER)) {
        ensureWritable(dir);
        return;
    }
    if (entries.length > 0) {
        throw dataDirError(`The data directory ${dir} is not empty but holds no PGlite database (${MARKER} is missing). The store will not create a new database over it: restore the folder from a backup, or move it away to start with an empty store.`);
    }
    ensureWritable(dir);
    try {
        await execFileAsync(process.execPath, [INIT_SCRIPT, dir, ...PGLITE_CONF]);
    }
    catch (error) {
        for (const entry of readdirSync(dir))
            rmSync(join(dir, entry), { recursive: true, force: true });
        throw dataDirError(`Could not create a new PGlite database in ${dir} (the initialisation exited with code ${error.code ?? 'unknown'}).`, error);
    }
}
const isAbort = (error) => !(error instanceof Error) || error.name === 'RuntimeError' || /\bAborted\(/.test(error.message);
const damaged = (where, error) => dataDirError(`${where} could not be opened: the database there is damaged or was written by an incompatible version${isAbort(error) ? '' : ` (${describeError(error)})`}. The folder is left as it is; restore it from a backup, or move it away to start with an empty store.`, error);
export async function openPgliteStore(dir, options = {}) {
    if (dir)
        await prepareDataDir(dir);
    const where = dir ? `PGlite in ${dir}` : 'PGlite in memory';
    let db;
    try {
        db = dir ? new PGlite(dir, { postgresqlconf: PGLITE_CONF }) : new PGlite({ postgresqlconf: PGLITE_CONF });
        await db.waitReady;
    }
    catch (error) {
        await db?.close().catch(() => undefined);
        throw damaged(where, error);
    }
    const store = new SqlStore(pgliteSql(db), where, options);
    try {
        await store.migrate();
    }
    catch (error) {
        await db.close().catch(() => undefined);
        throw isAbort(error) ? damaged(where, error) : error;
    }
    return store;
}
//# sourceMappingURL=pglite.js.map