import { DEFAULT_DATA_DIR } from '../load/catalog.js';
import { InputError, UsageError } from '../cli/errors.js';
import { printJson } from '../cli/io.js';
import { table } from '../render/text/table.js';
import { SyncError } from './types.js';
import { aider, AIDER_BENCHMARK } from './sources/aider.js';
import { lmarena, LMARENA_BENCHMARK } from './sources/lmarena.js';
import { AA_BENCHMARK, artificialAnalysis } from './sources/artificial-analysis.js';
import { isEvidenceSource, syncEvidence, writeEvidence } from './sources/evidence.js';
export const EVIDENCE_SOURCES = {
    lmarena: { adapter: lmarena, benchmark: LMARENA_BENCHMARK },
    aider: { adapter: aider, benchmark: AIDER_BENCHMARK },
    'artificial-analysis': { adapter: artificialAnalysis, benchmark: AA_BENCHMARK },
};
export function isEvidenceSourceFlag(source) {
    return typeof source === 'string' && isEvidenceSource(source.trim().toLowerCase());
}
function resultJson(result, extra) {
    const { document: _document, ...rest } = result;
    return { ok: true, ...rest, ...result.from, dryRun: extra.dryRun, written: extra.written };
}
function resultText(result, extra) {
    const where = 'url' in result.from ? result.from.url : result.from.file;
    const changed = result.scores.filter((s) => s.previous !== s.score);
    const lines = [`${result.label} (${where}): ${result.entries} entries, ${result.mapped} catalog models scored (a complete list maps at least ${result.minimum}).`, ''];
    if (changed.length === 0)
        lines.push('No score differs from the catalog.');
    else {
        lines.push(`${changed.length} score${changed.length === 1 ? '' : 's'} new or changed:`);
        lines.push(table(['Model', 'Setting', 'Catalog', result.label, 'Source id'], changed.map((s) => [s.model, s.setting ?? '', s.previous === null ? '—' : String(s.previous), String(s.score), s.sourceId]), { indent: '  ' }));
    }
    if (result.notInCatalog.length > 0) {
        lines.push('', `Not in the catalog yet (${result.notInCatalog.length}; skipped, a later import picks them up):`);
        lines.push(`  ${result.notInCatalog.map((n) => n.sourceId).join(', ')}`);
    }
    for (const d of result.duplicates)
        lines.push(`Two runs for ${d.model}${d.setting ? ` (${d.setting})` : ''}: kept ${d.kept}, dropped ${d.dropped}.`);
    const skipped = Object.entries(result.skipped);
    if (skipped.length > 0)
        lines.push('', `Skipped: ${skipped.map(([reason, n]) => `${n} ${reason}`).join('; ')}.`);
    lines.push('', extra.written
        ? `Wrote ${extra.written}; review it (\`git diff data/evidence\`), then run \`modelscout catalog check\`.`
        : 'Nothing written (--write replaces the evidence file).');
    return lines.join('\n');
}
export async function runEvidenceSync(ctx) {
    const v = ctx.values;
    if (ctx.args.length > 0)
        throw new UsageError(`sync takes flags only, got ${JSON.stringify(ctx.args.join(' '))}.`);
    const id = String(v.source).trim().toLowerCase();
    if (!isEvidenceSource(id))
        throw new InputError(`Unknown evidence source ${JSON.stringify(v.source)}.`);
    const { adapter, benchmark } = EVIDENCE_SOURCES[id];
    if (v.url !== undefined && v.file !== undefined)
        throw new UsageError('Give --url or --file, not both.');
    const dryRun = v['dry-run'] === true;
    const write = v.write === true;
    if (dryRun && write)
        throw new UsageError('--dry-run writes nothing; --write replaces the evidence file. Choose one.');
    const url = v.url;
    if (url !== undefined && !(URL.canParse(url) && /^https?:$/.test(new URL(url).protocol)))
        throw new InputError(`--url expects an http(s) URL, got ${JSON.stringify(url)}.`);
    let timeoutMs;
    if (v.timeout !== undefined) {
        const t = String(v.timeout);
        if (!/^\d+$/.test(t) || Number(t) < 1)
            throw new InputError(`--timeout expects milliseconds, a whole number ≥ 1, got ${JSON.stringify(t)}.`);
        timeoutMs = Number(t);
    }
    const catalog = ctx.catalog();
    const fail = (kind, reason) => {
        if (ctx.json)
            printJson(ctx.io, { ok: false, source: id, kind, reason, changed: false });
        ctx.io.err(`Sync refused, nothing changed: ${reason}`);
        return 1;
    };
    try {
        const result = await syncEvidence({ catalog, adapter, benchmark, url, file: v.file, timeoutMs });
        const written = write ? await writeEvidence(DEFAULT_DATA_DIR, catalog, result, adapter) : null;
        const extra = { dryRun: !write, written };
        if (ctx.json)
            printJson(ctx.io, resultJson(result, extra));
        else
            ctx.io.out(resultText(result, extra));
        return 0;
    }
    catch (error) {
        if (error instanceof SyncError)
            return fail(error.kind, error.reason);
        throw error;
    }
}
//# sourceMappingURL=evidence-command.js.map