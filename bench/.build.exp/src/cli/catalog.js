import { catalogRow, modelCard } from '../catalog/card.js';
import { checkCatalog, loadCatalog, SNAPSHOT_FILE, writeSnapshot } from '../load/catalog.js';
import { resolveModel, unresolvedMessage } from '../catalog/resolve.js';
import { formatProblem } from '../catalog/validate.js';
import { renderText } from '../render/text/index.js';
import { noticesFor } from '../app/notices.js';
import { table } from '../render/text/table.js';
import { perMillion, tokens } from '../cost/format.js';
import { quotedPrice } from '../catalog/history.js';
import { InputError } from './errors.js';
import { printJson } from './io.js';
export function catalogCheck(io, json, dataDir, check = checkCatalog) {
    const result = check(dataDir);
    if (json) {
        printJson(io, result.ok
            ? { ok: true, providers: result.catalog.providers.length, models: result.catalog.models.length, benchmarks: result.catalog.benchmarks.size }
            : { ok: false, problems: result.problems.map((p) => ({ ...p, text: formatProblem(p) })) });
        return result.ok ? 0 : 1;
    }
    if (!result.ok) {
        io.err(`The catalog has ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}:`);
        for (const p of result.problems)
            io.err(formatProblem(p));
        return 1;
    }
    const { catalog } = result;
    const byProvider = catalog.providers.map((p) => `${p.name} ${catalog.models.filter((m) => m.provider === p.id).length}`);
    io.out(`Catalog OK: ${catalog.models.length} models from ${catalog.providers.length} providers (${byProvider.join(', ')}), ${catalog.benchmarks.size} benchmarks.`);
    return 0;
}
export function catalogList(io, catalog, asOf, json) {
    if (json) {
        printJson(io, catalog.models.map((m) => catalogRow(m, asOf)));
        return 0;
    }
    const rows = catalog.models.map((m) => {
        const p = quotedPrice(m, asOf);
        return [m.id, m.provider, m.status, tokens(m.contextWindow), perMillion(p.input), perMillion(p.output)];
    });
    io.out(table(['Model', 'Provider', 'Status', 'Context', 'Input', 'Output'], rows));
    io.out(`\n${catalog.models.length} models. Prices in USD per 1M tokens as of ${asOf}.`);
    return 0;
}
export function catalogSnapshot(io, json, dataDir) {
    const code = catalogCheck(io, json, dataDir, writeSnapshot);
    if (code === 0 && !json)
        io.out(`Wrote ${SNAPSHOT_FILE} beside the catalog files; a start reads it for every file whose text is unchanged.`);
    return code;
}
export function requireModel(catalog, name) {
    const resolution = resolveModel(catalog, name);
    if (resolution.kind !== 'found')
        throw new InputError(unresolvedMessage(resolution));
    return { model: resolution.model, resolution };
}
export function showModel(io, answering, name, asOf, json) {
    const { catalog } = answering;
    const { model, resolution } = requireModel(catalog, name);
    const card = modelCard(catalog, model, asOf);
    const notices = noticesFor(card, catalog, answering.notes, asOf);
    const note = resolution.kind === 'found' ? resolution.note : undefined;
    if (json) {
        printJson(io, { ...catalogRow(model, asOf), resolvedFrom: name, note: note ?? null, card: { ...card, model: undefined }, model: model, notices: notices ?? null });
        return 0;
    }
    if (note)
        io.out(`(${note})\n`);
    io.out(renderText({ ...card, notices }));
    return 0;
}
export function resolveCommand(io, catalog, name, json) {
    const r = resolveModel(catalog, name);
    if (json) {
        printJson(io, {
            query: name,
            kind: r.kind,
            id: r.kind === 'found' ? r.model.id : null,
            matchedBy: r.kind === 'found' ? r.matchedBy : null,
            note: r.kind === 'unknown' ? null : (r.note ?? null),
            candidates: r.kind === 'ambiguous' ? r.candidates.map((m) => m.id) : [],
            suggestions: r.kind === 'unknown' ? r.suggestions.map((m) => m.id) : [],
        });
        return r.kind === 'found' ? 0 : 1;
    }
    if (r.kind !== 'found') {
        io.err(unresolvedMessage(r));
        return 1;
    }
    io.out(`${r.model.id}  (${r.model.name}; matched by ${r.matchedBy})${r.note ? `\n${r.note}` : ''}`);
    return 0;
}
export { loadCatalog };
//# sourceMappingURL=catalog.js.map