import { readFile, writeFile, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { EvidenceFile } from '../../catalog/schema.js';
import { exactModel } from '../../catalog/resolve.js';
import { SyncError } from '../types.js';
export const EVIDENCE_SOURCE_IDS = ['lmarena', 'aider', 'artificial-analysis'];
export function isEvidenceSource(value) {
    return EVIDENCE_SOURCE_IDS.includes(value);
}
export function checkFigure(ok, label, where, what) {
    if (!ok)
        throw new SyncError('shape', `${label}: ${where}: ${what} is not a plausible figure; nothing was changed`);
}
export function dateInName(name) {
    return /(\d{4}-\d{2}-\d{2})/.exec(name)?.[1];
}
async function readDocument(adapter, from, timeoutMs, fetchImpl) {
    let text;
    const what = `${adapter.label} (${'url' in from ? from.url : from.file})`;
    if ('file' in from) {
        try {
            text = await readFile(from.file, 'utf8');
        }
        catch (error) {
            throw new SyncError('network', `${what}: cannot read the file (${error.code ?? error.message})`);
        }
    }
    else {
        try {
            const response = await fetchImpl(from.url, { signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': 'modelscout-sync' }, redirect: 'follow' });
            if (!response.ok)
                throw new SyncError('http', `${what}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
            text = await response.text();
        }
        catch (error) {
            if (error instanceof SyncError)
                throw error;
            const e = error;
            if (e.name === 'TimeoutError' || e.name === 'AbortError')
                throw new SyncError('timeout', `${what}: no complete response within ${timeoutMs} ms`);
            throw new SyncError('network', `${what}: ${e.cause?.code ?? e.message}`);
        }
    }
    if (text.trim() === '')
        throw new SyncError('empty', `${what}: the document is empty`);
    try {
        return adapter.format === 'json' ? JSON.parse(text) : parse(text);
    }
    catch (error) {
        throw new SyncError('json', `${what}: not valid ${adapter.format === 'json' ? 'JSON' : 'YAML'} (${error.message.split('\n')[0]}); a cut-off download looks like this`);
    }
}
export function mapEvidence(catalog, adapter, read, benchmark, minimum) {
    const byModel = new Map();
    const notInCatalog = [];
    const duplicates = [];
    for (const entry of read.entries) {
        const hit = entry.names.map((n) => exactModel(catalog, n)).find((h) => h !== undefined);
        if (!hit) {
            if (!notInCatalog.some((n) => n.sourceId === entry.sourceId))
                notInCatalog.push({ sourceId: entry.sourceId, reason: `no catalog model is named ${entry.names.map((n) => JSON.stringify(n)).join(' or ')}` });
            continue;
        }
        const list = byModel.get(hit.model.id) ?? [];
        const same = list.findIndex((x) => x.score.id === entry.score.id && (x.score.setting ?? '') === (entry.score.setting ?? ''));
        if (same >= 0) {
            const earlier = list[same];
            const laterWins = (entry.score.run?.date ?? '') > (earlier.score.run?.date ?? '');
            duplicates.push({
                model: hit.model.id,
                setting: entry.score.setting ?? null,
                kept: laterWins ? entry.sourceId : earlier.sourceId,
                dropped: laterWins ? earlier.sourceId : entry.sourceId,
            });
            if (laterWins)
                list[same] = { score: entry.score, sourceId: entry.sourceId };
        }
        else
            list.push({ score: entry.score, sourceId: entry.sourceId });
        byModel.set(hit.model.id, list);
    }
    const expected = catalog.models.filter((m) => m.benchmarks.some((b) => b.id === benchmark)).length;
    const floor = minimum ?? Math.ceil(expected / 2);
    if (byModel.size < floor) {
        throw new SyncError('truncated', `${adapter.label}: only ${byModel.size} catalog models scored, where the catalog has ${expected} scored by it (a complete list maps at least ${floor}); nothing was changed`);
    }
    const ids = [...byModel.keys()].sort();
    const scores = ids.flatMap((id) => (byModel.get(id) ?? []).map(({ score, sourceId }) => ({
        model: id,
        benchmark: score.id,
        score: score.score,
        setting: score.setting ?? null,
        sourceId,
        previous: catalog.byId.get(id)?.benchmarks.find((b) => b.id === score.id && (b.setting ?? '') === (score.setting ?? ''))?.score ?? null,
    })));
    const document = {
        evidence: adapter.evidence,
        license: adapter.license,
        models: Object.fromEntries(ids.map((id) => [id, (byModel.get(id) ?? []).map((x) => x.score)])),
    };
    return {
        source: adapter.id,
        label: adapter.label,
        entries: read.total,
        mapped: byModel.size,
        expected,
        minimum: floor,
        scores,
        notInCatalog,
        duplicates,
        skipped: read.skipped,
        document,
    };
}
export async function syncEvidence(options) {
    const { adapter } = options;
    const url = options.url ?? adapter.defaultUrl;
    if (options.file === undefined && url === undefined)
        throw new SyncError('network', `${adapter.label} has no public URL the sync knows: give --file or --url`);
    const from = options.file !== undefined ? { file: options.file } : { url: url };
    const document = await readDocument(adapter, from, options.timeoutMs ?? 30_000, options.fetchImpl ?? fetch);
    const fetchedAt = (options.now ?? (() => new Date()))();
    const name = 'file' in from ? basename(from.file) : basename(new URL(from.url).pathname);
    const read = adapter.read(document, { name, fetchedOn: fetchedAt.toISOString().slice(0, 10) });
    if (read.entries.length === 0)
        throw new SyncError('empty', `${adapter.label}: no scored entries in the document; nothing was changed`);
    return { ...mapEvidence(options.catalog, adapter, read, options.benchmark, options.minimum), from, fetchedAt: fetchedAt.toISOString() };
}
export function evidenceText(result) {
    const checked = EvidenceFile.parse(result.document);
    const where = 'url' in result.from ? result.from.url : basename(result.from.file);
    const header = [
        `# ${result.label}: scores keyed by catalog model id, written by \`modelscout sync --source ${result.source} --write\``,
        `# from ${where} (read ${result.fetchedAt.slice(0, 10)}). Entries for models the catalog does not have are left out;`,
        '# a later import picks them up. Edit by re-running the sync, not by hand.',
    ];
    return `${header.join('\n')}\n${stringify(checked, { lineWidth: 0 })}`;
}
export async function writeEvidence(dataDir, catalog, result, adapter) {
    for (const [id, scores] of Object.entries(result.document.models)) {
        if (!catalog.byId.has(id))
            throw new SyncError('write', `${adapter.file}: unknown model ${id}; nothing was written`);
        for (const s of scores)
            if (!catalog.benchmarks.has(s.id))
                throw new SyncError('write', `${adapter.file}: unknown benchmark ${s.id}; add it to data/benchmarks.yml first`);
    }
    const path = join(dataDir, 'evidence', adapter.file);
    const temp = `${path}.${process.pid}.tmp`;
    try {
        await writeFile(temp, evidenceText(result));
        await rename(temp, path);
    }
    catch (error) {
        throw new SyncError('write', `${path}: ${error.message}`);
    }
    return path;
}
//# sourceMappingURL=evidence.js.map