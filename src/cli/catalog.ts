// `modelscout catalog`, `catalog check`, `model <name>`, `resolve <name>`.
import { catalogRow, modelCard } from '../catalog/card.ts';
import { checkCatalog, loadCatalog, SNAPSHOT_FILE, writeSnapshot } from '../load/catalog.ts';
import { resolveModel, unresolvedMessage, type Resolution } from '../catalog/resolve.ts';
import { formatProblem, type Catalog, type CatalogModel, type CatalogResult } from '../catalog/validate.ts';
import { renderText } from '../render/text/index.ts';
import { noticesFor } from '../app/notices.ts';
import type { Overlaid } from '../app/overlay.ts';
import { table } from '../render/text/table.ts';
import { perMillion, tokens } from '../cost/format.ts';
import { quotedPrice } from '../catalog/history.ts';
import { InputError } from './errors.ts';
import { printJson, type Io } from './io.ts';

export function catalogCheck(io: Io, json: boolean, dataDir?: string, check: (dir?: string) => CatalogResult = checkCatalog): number {
  const result = check(dataDir);
  if (json) {
    printJson(
      io,
      result.ok
        ? { ok: true, providers: result.catalog.providers.length, models: result.catalog.models.length, benchmarks: result.catalog.benchmarks.size }
        : { ok: false, problems: result.problems.map((p) => ({ ...p, text: formatProblem(p) })) },
    );
    return result.ok ? 0 : 1;
  }
  if (!result.ok) {
    io.err(`The catalog has ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}:`);
    for (const p of result.problems) io.err(formatProblem(p));
    return 1;
  }
  const { catalog } = result;
  const byProvider = catalog.providers.map((p) => `${p.name} ${catalog.models.filter((m) => m.provider === p.id).length}`);
  io.out(`Catalog OK: ${catalog.models.length} models from ${catalog.providers.length} providers (${byProvider.join(', ')}), ${catalog.benchmarks.size} benchmarks.`);
  return 0;
}

export function catalogList(io: Io, catalog: Catalog, asOf: string, json: boolean): number {
  if (json) {
    printJson(
      io,
      catalog.models.map((m) => catalogRow(m, asOf)),
    );
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

/** Checks the catalog and writes its parsed snapshot (what a start reads instead of parsing the YAML again). */
export function catalogSnapshot(io: Io, json: boolean, dataDir?: string): number {
  const code = catalogCheck(io, json, dataDir, writeSnapshot);
  if (code === 0 && !json) io.out(`Wrote ${SNAPSHOT_FILE} beside the catalog files; a start reads it for every file whose text is unchanged.`);
  return code;
}

/** Resolves a name or throws an InputError with did-you-mean suggestions. */
export function requireModel(catalog: Catalog, name: string): { model: CatalogModel; resolution: Resolution } {
  const resolution = resolveModel(catalog, name);
  if (resolution.kind !== 'found') throw new InputError(unresolvedMessage(resolution));
  return { model: resolution.model, resolution };
}

/** A model's card, with what every answer says about its prices (sync figures, scheduled changes, lifecycle, age). */
export function showModel(io: Io, answering: Pick<Overlaid, 'catalog' | 'notes'>, name: string, asOf: string, json: boolean): number {
  const { catalog } = answering;
  const { model, resolution } = requireModel(catalog, name);
  const card = modelCard(catalog, model, asOf);
  const notices = noticesFor(card, catalog, answering.notes, asOf);
  const note = resolution.kind === 'found' ? resolution.note : undefined;
  if (json) {
    printJson(io, { ...catalogRow(model, asOf), resolvedFrom: name, note: note ?? null, card: { ...card, model: undefined }, model: model, notices: notices ?? null });
    return 0;
  }
  if (note) io.out(`(${note})\n`);
  io.out(renderText({ ...card, notices }));
  return 0;
}

export function resolveCommand(io: Io, catalog: Catalog, name: string, json: boolean): number {
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
