import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCatalog, formatProblem } from '../catalog/validate.js';
export const DEFAULT_DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));
export class CatalogError extends Error {
    problems;
    constructor(problems) {
        super(`The catalog has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map(formatProblem).join('\n')}`);
        this.problems = problems;
        this.name = 'CatalogError';
    }
}
export const SNAPSHOT_FILE = '.catalog-snapshot.json';
const SNAPSHOT_VERSION = 1;
const sha256 = (text) => createHash('sha256').update(text).digest('hex');
function readSnapshot(dataDir) {
    try {
        const raw = JSON.parse(readFileSync(join(dataDir, SNAPSHOT_FILE), 'utf8'));
        return raw.version === SNAPSHOT_VERSION && raw.files ? new Map(Object.entries(raw.files)) : new Map();
    }
    catch {
        return new Map();
    }
}
const require = createRequire(import.meta.url);
let parseYaml;
function readDocument(path, shownAs, snapshot, texts) {
    let text;
    try {
        text = readFileSync(path, 'utf8');
    }
    catch (error) {
        return { file: shownAs, data: undefined, parseError: `cannot read the file (${error.code ?? 'error'})` };
    }
    texts?.set(shownAs, text);
    const kept = snapshot.get(shownAs);
    if (kept && kept.sha256 === sha256(text))
        return { file: shownAs, data: kept.data };
    try {
        parseYaml ??= require('yaml').parse;
        return { file: shownAs, data: parseYaml(text, { prettyErrors: true }) };
    }
    catch (error) {
        return { file: shownAs, data: undefined, parseError: error.message.split('\n')[0] ?? 'syntax error' };
    }
}
export function checkCatalog(dataDir = DEFAULT_DATA_DIR, texts) {
    const snapshot = readSnapshot(dataDir);
    const base = join(dataDir, '..');
    const shown = (path) => relative(base, path);
    const catalogDir = join(dataDir, 'catalog');
    let names;
    try {
        names = readdirSync(catalogDir)
            .filter((n) => /\.ya?ml$/.test(n))
            .sort();
    }
    catch {
        return { ok: false, problems: [{ file: shown(catalogDir), message: 'the catalog folder is missing' }] };
    }
    if (names.length === 0)
        return { ok: false, problems: [{ file: shown(catalogDir), message: 'no provider files (*.yml)' }] };
    const read = (path) => readDocument(path, shown(path), snapshot, texts);
    const providerDocs = names.map((n) => read(join(catalogDir, n)));
    const benchmarksDoc = read(join(dataDir, 'benchmarks.yml'));
    const lanesPath = join(dataDir, 'lanes.yml');
    return buildCatalog(providerDocs, benchmarksDoc, existsSync(lanesPath) ? read(lanesPath) : undefined, readEvidence(dataDir, read));
}
export function readEvidence(dataDir, read) {
    const dir = join(dataDir, 'evidence');
    if (!existsSync(dir))
        return [];
    return readdirSync(dir)
        .filter((n) => /\.ya?ml$/.test(n))
        .sort()
        .map((n) => read(join(dir, n)));
}
const loaded = new Map();
export function loadCatalog(dataDir = DEFAULT_DATA_DIR) {
    const cached = loaded.get(dataDir);
    if (cached)
        return cached;
    const result = checkCatalog(dataDir);
    if (!result.ok)
        throw new CatalogError(result.problems);
    loaded.set(dataDir, result.catalog);
    return result.catalog;
}
export function writeSnapshot(dataDir = DEFAULT_DATA_DIR) {
    const texts = new Map();
    const result = checkCatalog(dataDir, texts);
    if (!result.ok)
        return result;
    const files = {};
    for (const [shownAs, text] of texts)
        files[shownAs] = { sha256: sha256(text), data: parseYaml ? parseYaml(text) : require('yaml').parse(text) };
    const path = join(dataDir, SNAPSHOT_FILE);
    writeFileSync(`${path}.tmp`, JSON.stringify({ version: SNAPSHOT_VERSION, files }));
    renameSync(`${path}.tmp`, path);
    return result;
}
//# sourceMappingURL=catalog.js.map