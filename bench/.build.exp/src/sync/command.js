import { PRICE_FIELD_LABELS, PRICE_FIELDS } from '../catalog/schema.js';
import { DEFAULT_DATA_DIR } from '../load/catalog.js';
import { InputError, UsageError } from '../cli/errors.js';
import { printJson } from '../cli/io.js';
import { registerCommand } from '../cli/registry.js';
import { readSettings, SettingsError } from '../config.js';
import { price, wordList } from '../cost/format.js';
import { table } from '../render/text/table.js';
import { openStore, storeLocation } from '../store/open.js';
import { ADAPTERS, DEFAULT_TIMEOUT_MS, isSourceId, observationInputs, syncSource } from './fetch.js';
import { fieldLabel } from '../digest/fields.js';
import { SOURCE_IDS, SyncError } from './types.js';
import { writeNewModels, writeProposals } from './write.js';
import { subDays } from 'date-fns/subDays';
import { acceptedListings, LISTING_LOOKBACK_DAYS, listingInputs } from './listings.js';
import { listedModel, sourceLabels } from '../app/overlay.js';
import { GENERATE_USAGE, runGenerate } from './generate-command.js';
import { isEvidenceSourceFlag, runEvidenceSync } from './evidence-command.js';
const USAGE = 'modelscout sync --source litellm|openrouter|models.dev|lmarena|aider|artificial-analysis [--url URL | --file PATH] [--dry-run | --write] [--timeout MS] [--json]';
function syncJson(result, extra) {
    return {
        ok: true,
        source: result.source,
        ...result.from,
        fetchedAt: result.fetchedAt.toISOString(),
        asOf: result.asOf,
        unit: 'USD per 1M tokens',
        dryRun: extra.dryRun,
        entries: result.entries,
        mapped: result.mapped,
        expected: result.expected,
        minimum: result.minimum,
        observations: result.observations.map((o) => ({ model: o.model, field: o.field, catalog: o.catalog, source: o.source, sourceId: o.sourceId })),
        held: result.held.map((h) => ({ model: h.model, field: h.field, catalog: h.catalog, source: h.source, sourceId: h.sourceId, ratio: h.ratio, reason: h.reason })),
        unmapped: result.unmapped,
        newModels: result.newModels,
        notInCatalog: result.notInCatalog,
        conflicts: result.conflicts,
        skipped: result.skipped,
        recorded: extra.recorded,
        store: extra.store,
        listed: extra.listed.map((l) => ({ model: l.model, provider: l.provider, sources: l.sources, date: l.date, prices: l.prices })),
        ...(extra.write ? { write: extra.write } : {}),
    };
}
function pricesText(prices) {
    const parts = PRICE_FIELDS.flatMap((f) => (prices[f] === undefined ? [] : [`${PRICE_FIELD_LABELS[f]} ${price(prices[f])}`]));
    return parts.join(', ') || 'no price';
}
function syncText(result, extra) {
    const where = 'url' in result.from ? result.from.url : result.from.file;
    const lines = [
        `${result.label} (${where}), fetched ${result.fetchedAt.toISOString()}: ${result.entries} entries from catalog providers, ${result.mapped} catalog models matched (a complete list matches at least ${result.minimum}).`,
        `Compared with the catalog's prices on ${result.asOf}, USD per 1M tokens.`,
        '',
    ];
    if (result.observations.length === 0)
        lines.push('No differences from the catalog.');
    else {
        lines.push(`${result.observations.length} difference${result.observations.length === 1 ? '' : 's'} from the catalog:`);
        lines.push(table(['Model', 'Field', 'Catalog', result.label, 'Source id'], result.observations.map((o) => [o.model, fieldLabel(o.field), price(o.catalog), price(o.source), o.sourceId]), { indent: '  ' }));
    }
    if (result.held.length > 0) {
        lines.push('', `Held for review, not recorded (a jump of ×10 or more, or ÷10 or less):`);
        lines.push(table(['Model', 'Field', 'Catalog', result.label, 'Why'], result.held.map((h) => [h.model, fieldLabel(h.field), price(h.catalog), price(h.source), h.reason]), { indent: '  ' }));
    }
    if (result.newModels.length > 0) {
        lines.push('', `New models (${result.newModels.length}; not in the catalog):`);
        for (const m of result.newModels.slice(0, 20))
            lines.push(`  ${m.id}: ${pricesText(m.prices)}${m.alsoAs ? ` (also as ${m.alsoAs.join(', ')})` : ''}`);
        if (result.newModels.length > 20)
            lines.push(`  … and ${result.newModels.length - 20} more (--json lists them all)`);
    }
    const partly = result.unmapped.filter((u) => !result.newModels.some((m) => m.id === u.id));
    if (partly.length > 0) {
        lines.push('', `Other unmapped ids (${partly.length}):`);
        for (const u of partly.slice(0, 20))
            lines.push(`  ${u.id}: ${u.reason}`);
        if (partly.length > 20)
            lines.push(`  … and ${partly.length - 20} more (--json lists them all)`);
    }
    if (result.conflicts.length > 0) {
        lines.push('', `Conflicting prices within ${result.label} (the closest id was used):`);
        for (const c of result.conflicts)
            lines.push(`  ${c.model} ${fieldLabel(c.field)}: ${c.used.id} ${price(c.used.value)}; ${c.ignored.map((i) => `${i.id} ${price(i.value)}`).join(', ')}`);
    }
    const skipped = Object.entries(result.skipped);
    if (skipped.length > 0)
        lines.push('', `Skipped: ${skipped.map(([reason, n]) => `${n} ${reason}`).join('; ')}.`);
    lines.push('');
    if (extra.dryRun)
        lines.push('Dry run: nothing recorded, nothing written.');
    else
        lines.push(`Recorded ${extra.recorded ?? 0} new observation${extra.recorded === 1 ? '' : 's'} in ${extra.store}.`);
    if (extra.listed.length > 0) {
        lines.push(`Listed in the answers, not yet in the reviewed catalog (two sources agree): ${extra.listed.map((l) => `${l.model} (${wordList(sourceLabels(l.sources.join(' + ')))}, since ${l.date})`).join('; ')}.`);
    }
    if (extra.write) {
        if (extra.write.written.length === 0)
            lines.push('Nothing to propose in the catalog.');
        for (const p of extra.write.proposals) {
            lines.push(`Proposed in ${p.file}: ${p.model} from ${p.from}: ${p.changes.map((c) => `${fieldLabel(c.field)} ${price(c.old)} → ${price(c.new)}`).join(', ')}.`);
        }
        for (const s of extra.write.skipped)
            lines.push(`Not proposed: ${s.model}: ${s.reason}.`);
        for (const m of extra.write.newModels ?? [])
            lines.push(`Proposed new model ${m}: listed by two sources at the same price, not yet in the reviewed catalog.`);
        if (extra.write.written.length > 0)
            lines.push('Review the proposed entries (`git diff data/catalog`), then run `modelscout catalog check`.');
    }
    return lines.join('\n');
}
function syncFlags(ctx) {
    const v = ctx.values;
    if (ctx.args.length > 0)
        throw new UsageError(`sync takes flags only, got ${JSON.stringify(ctx.args.join(' '))}.\nUsage: ${USAGE}`);
    const source = v.source;
    if (typeof source !== 'string')
        throw new UsageError(`sync needs --source (${SOURCE_IDS.join(', ')}).\nUsage: ${USAGE}`);
    const id = source.trim().toLowerCase();
    const sourceId = id === 'modelsdev' ? 'models.dev' : id;
    if (!isSourceId(sourceId))
        throw new InputError(`Unknown source ${JSON.stringify(source)}: expected one of ${SOURCE_IDS.join(', ')}.`);
    if (v.url !== undefined && v.file !== undefined)
        throw new UsageError(`Give --url or --file, not both.\nUsage: ${USAGE}`);
    const dryRun = v['dry-run'] === true;
    const write = v.write === true;
    if (dryRun && write)
        throw new UsageError('--dry-run writes nothing; --write proposes a catalog update. Choose one.');
    const url = v.url;
    if (url !== undefined && !(URL.canParse(url) && /^https?:$/.test(new URL(url).protocol))) {
        throw new InputError(`--url expects an http(s) URL, got ${JSON.stringify(url)} (default: ${ADAPTERS[sourceId].defaultUrl}).`);
    }
    let timeoutMs = DEFAULT_TIMEOUT_MS;
    if (v.timeout !== undefined) {
        const t = String(v.timeout);
        if (!/^\d+$/.test(t) || Number(t) < 1)
            throw new InputError(`--timeout expects milliseconds, a whole number ≥ 1, got ${JSON.stringify(t)} (default ${DEFAULT_TIMEOUT_MS}).`);
        timeoutMs = Number(t);
    }
    return { source: sourceId, url, file: v.file, dryRun, write, timeoutMs };
}
function storeSettings() {
    try {
        return readSettings();
    }
    catch (error) {
        if (error instanceof SettingsError)
            throw new InputError(error.message);
        throw error;
    }
}
async function record(settings, result, catalog) {
    const db = await openStore(settings);
    try {
        const recorded = await db.recordObservations(observationInputs(result));
        await db.recordListings(listingInputs(result));
        const now = result.fetchedAt;
        const rows = await db.listings({ from: subDays(now, LISTING_LOOKBACK_DAYS), to: new Date(now.getTime() + 1) });
        return { recorded, listed: acceptedListings(rows, catalog, { now }) };
    }
    finally {
        await db.close();
    }
}
async function run(ctx) {
    if (isEvidenceSourceFlag(ctx.values.source))
        return runEvidenceSync(ctx);
    if (ctx.args[0] === 'generate')
        return runGenerate({ ...ctx, args: ctx.args.slice(1) });
    const flags = syncFlags(ctx);
    const settings = flags.dryRun ? undefined : storeSettings();
    const catalog = ctx.catalog();
    const fail = (kind, reason) => {
        if (ctx.json)
            printJson(ctx.io, { ok: false, source: flags.source, kind, reason, changed: false });
        ctx.io.err(`Sync refused, nothing changed: ${reason}`);
        return 1;
    };
    let result;
    try {
        result = await syncSource({ catalog, source: flags.source, url: flags.url, file: flags.file, asOf: ctx.asOf, timeoutMs: flags.timeoutMs });
    }
    catch (error) {
        if (error instanceof SyncError)
            return fail(error.kind, error.reason);
        throw error;
    }
    let recorded = null;
    let store = null;
    let written;
    let listed = [];
    if (settings) {
        store = storeLocation(settings);
        try {
            ({ recorded, listed } = await record(settings, result, catalog));
        }
        catch (error) {
            return fail('store', `could not record the observations in ${store}: ${error.message}`);
        }
        if (flags.write) {
            try {
                written = writeProposals(DEFAULT_DATA_DIR, catalog, result);
                const proposals = listed.flatMap((l) => {
                    const model = listedModel(l, catalog, 'proposed by the price sync for review');
                    const sources = wordList(sourceLabels(l.sources.join(' + ')));
                    return model
                        ? [
                            {
                                model,
                                comment: `Proposed by \`modelscout sync --source ${result.source} --write\` on ${result.fetchedAt.toISOString().slice(0, 10)} for review: listed by ${sources} since ${l.date} at the same price.\nSpecs and prices are as the sources give them; check them (and add what they do not publish) before merging.`,
                            },
                        ]
                        : [];
                });
                const added = writeNewModels(DEFAULT_DATA_DIR, catalog, proposals);
                written = { ...written, newModels: added.models, written: [...new Set([...written.written, ...added.written])] };
            }
            catch (error) {
                if (error instanceof SyncError)
                    return fail(error.kind, `${error.reason} (the ${recorded} observations were recorded)`);
                throw error;
            }
        }
    }
    const extra = { dryRun: flags.dryRun, recorded, store, write: written, listed };
    if (ctx.json)
        printJson(ctx.io, syncJson(result, extra));
    else
        ctx.io.out(syncText(result, extra));
    return 0;
}
registerCommand('sync', {
    usage: `${USAGE}\n       ${GENERATE_USAGE}`,
    summary: 'compare one public price catalog (LiteLLM, OpenRouter, models.dev) with the catalog; record differences, or propose an update with --write; `sync generate` drafts whole provider files',
    options: {
        source: { type: 'string' },
        url: { type: 'string' },
        file: { type: 'string' },
        'dry-run': { type: 'boolean' },
        write: { type: 'boolean' },
        timeout: { type: 'string' },
        modelsdev: { type: 'string' },
        openrouter: { type: 'string' },
        arena: { type: 'string' },
        providers: { type: 'string' },
        hosts: { type: 'boolean' },
        litellm: { type: 'string' },
    },
    run,
});
//# sourceMappingURL=command.js.map