import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Document, isMap, isScalar, isSeq, parse, parseDocument, visit } from 'yaml';
import { quotedPrice } from '../catalog/history.js';
import { Model, PriceEntry } from '../catalog/schema.js';
import { buildCatalog, formatProblem } from '../catalog/validate.js';
import { parseRouteField, parseTierField } from '../digest/fields.js';
import { SyncError } from './types.js';
const KEY_ORDER = Object.keys(PriceEntry.shape);
function fmt(n) {
    return String(n);
}
function newEntry(current, changes, result, from) {
    const base = structuredClone({ ...current });
    const tiers = base.tiers ?? [];
    for (const c of changes) {
        const tier = parseTierField(c.field);
        if (tier) {
            const t = tiers.find((x) => x.above === tier.above);
            if (t)
                t[tier.field] = c.new;
        }
        else {
            base[c.field] = c.new;
        }
    }
    const where = 'url' in result.from ? result.from.url : result.from.file;
    const summary = changes.map((c) => `${c.field} ${fmt(c.old)} -> ${fmt(c.new)}`).join(', ');
    base.from = from;
    base.note = `PROPOSED by modelscout sync from ${result.label} (${from}): ${summary}. Review before merging: set "from" to the day the price took effect, and write why; a correction of a wrong figure is fixed in place instead.`;
    base.source = { url: current.source.url, via: `${result.label} ${where} (fetched ${result.fetchedAt.toISOString()})` };
    base.checked = from;
    const out = {};
    for (const key of KEY_ORDER) {
        const value = base[key];
        if (value === undefined)
            continue;
        if (key === 'tiers' && Array.isArray(value) && value.length === 0)
            continue;
        if (key === 'serviceTiers' && typeof value === 'object' && value !== null && Object.keys(value).length === 0)
            continue;
        out[key] = value;
    }
    return out;
}
export function planProposals(catalog, result) {
    const from = result.fetchedAt.toISOString().slice(0, 10);
    const byModel = new Map();
    const skipped = [];
    for (const o of result.observations) {
        if (parseRouteField(o.field)) {
            skipped.push({ model: o.model, reason: `${o.field}: route prices carry no history; edit the route by hand (${fmt(o.catalog)} -> ${fmt(o.source)})` });
            continue;
        }
        byModel.set(o.model, [...(byModel.get(o.model) ?? []), { field: o.field, old: o.catalog, new: o.source }]);
    }
    for (const h of result.held)
        skipped.push({ model: h.model, reason: `${h.field}: held for review (${h.reason}); not proposed` });
    const plans = [];
    for (const [id, changes] of byModel) {
        const model = catalog.byId.get(id);
        if (!model)
            continue;
        const current = quotedPrice(model, result.asOf);
        const later = model.pricing.filter((p) => p.from > from);
        if (later.length > 0) {
            skipped.push({ model: id, reason: `has a scheduled price entry from ${later[0]?.from}; place the new entry by hand` });
            continue;
        }
        if (current.from >= from) {
            skipped.push({
                model: id,
                reason: `its price entry in force starts on ${current.from}; a second entry from ${from} would overlap (a correction is fixed in place, by hand)`,
            });
            continue;
        }
        plans.push({
            proposal: { model: id, provider: model.provider, file: `data/catalog/${model.provider}.yml`, from, changes },
            entry: newEntry(current, changes, result, from),
        });
    }
    return { plans, skipped };
}
export function appendPriceEntry(text, modelId, entry, comment) {
    const doc = parseDocument(text);
    if (doc.errors.length > 0)
        throw new SyncError('write', `cannot parse the file: ${doc.errors[0]?.message.split('\n')[0]}`);
    const models = doc.get('models', true);
    if (!isSeq(models))
        throw new SyncError('write', 'the file has no models list');
    const model = models.items.find((item) => isMap(item) && item.get('id') === modelId);
    if (!model)
        throw new SyncError('write', `model ${modelId} not found in the file`);
    const pricing = model.get('pricing', true);
    if (!isSeq(pricing) || pricing.items.length === 0 || pricing.flow)
        throw new SyncError('write', `${modelId}: pricing is not a block list of entries`);
    const last = pricing.items[pricing.items.length - 1];
    if (!last.range)
        throw new SyncError('write', `${modelId}: cannot locate the last price entry`);
    const lineStart = text.lastIndexOf('\n', last.range[0] - 1) + 1;
    const dash = last.range[0] - lineStart - 2;
    if (dash < 0 || text.slice(lineStart + dash, lineStart + dash + 2) !== '- ')
        throw new SyncError('write', `${modelId}: unexpected layout of the pricing list`);
    let at = last.range[2];
    if (at > 0 && text[at - 1] !== '\n') {
        const newline = text.indexOf('\n', at);
        at = newline < 0 ? text.length : newline + 1;
    }
    const item = new Document([entry]);
    const seq = item.contents;
    seq.items[0].commentBefore = comment
        .split('\n')
        .map((line) => ` ${line}`)
        .join('\n');
    const rendered = item
        .toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false })
        .replace(/\n$/, '')
        .split('\n')
        .map((line) => ' '.repeat(dash) + line)
        .join('\n');
    const before = text.slice(0, at);
    return `${before}${before.endsWith('\n') || before === '' ? '' : '\n'}${rendered}\n${text.slice(at)}`;
}
function readDoc(path, shownAs, override) {
    try {
        return { file: shownAs, data: parse(override ?? readFileSync(path, 'utf8')) };
    }
    catch (error) {
        return { file: shownAs, data: undefined, parseError: error.message.split('\n')[0] ?? 'syntax error' };
    }
}
export function writeProposals(dataDir, catalog, result) {
    const { plans, skipped } = planProposals(catalog, result);
    if (plans.length === 0)
        return { proposals: [], skipped, written: [] };
    const catalogDir = join(dataDir, 'catalog');
    const texts = new Map();
    for (const { proposal, entry } of plans) {
        const path = join(catalogDir, `${proposal.provider}.yml`);
        if (!existsSync(path))
            throw new SyncError('write', `${path}: no such catalog file`);
        const before = texts.get(path) ?? readFileSync(path, 'utf8');
        const comment = `Proposed by \`modelscout sync --source ${result.source} --write\` on ${proposal.from} for review (${result.label} fetched ${result.fetchedAt.toISOString()}).\nService tiers and unchanged fields are copied from the previous entry; check them before merging.`;
        let after;
        try {
            after = appendPriceEntry(before, proposal.model, entry, comment);
        }
        catch (error) {
            if (error instanceof SyncError)
                throw new SyncError('write', `${proposal.file}: ${error.reason}; nothing was written`);
            throw error;
        }
        const pricingOf = (text) => parse(text).models.find((m) => m.id === proposal.model)?.pricing ?? [];
        const old = pricingOf(before);
        const now = pricingOf(after);
        if (now.length !== old.length + 1 || JSON.stringify(now.slice(0, old.length)) !== JSON.stringify(old) || JSON.stringify(now[old.length]) !== JSON.stringify(entry)) {
            throw new SyncError('write', `${proposal.file}: ${proposal.model}: the proposed text did not read back as intended; nothing was written`);
        }
        const others = (text) => JSON.stringify(parse(text).models.filter((m) => m.id !== proposal.model));
        if (others(before) !== others(after))
            throw new SyncError('write', `${proposal.file}: other models would change; nothing was written`);
        texts.set(path, after);
    }
    const base = join(dataDir, '..');
    const shown = (path) => relative(base, path);
    const written = writeChecked(dataDir, catalogDir, texts, shown, 'the proposed catalog');
    return { proposals: plans.map((p) => ({ ...p.proposal, file: shown(join(catalogDir, `${p.proposal.provider}.yml`)) })), skipped, written };
}
const MODEL_KEYS = Object.keys(Model.shape);
const ENTRY_KEYS = Object.keys(PriceEntry.shape);
const empty = (v) => v === undefined || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);
function modelObject(m) {
    const out = {};
    for (const key of MODEL_KEYS) {
        const value = m[key];
        if (empty(value))
            continue;
        if (key === 'pricing') {
            out.pricing = value.map((e) => {
                const entry = {};
                for (const k of ENTRY_KEYS) {
                    let v = e[k];
                    if (k === 'tiers' && Array.isArray(v))
                        v = v.map((t) => Object.fromEntries(Object.entries(t).filter(([tk, tv]) => !(tk === 'inclusive' && tv === false))));
                    if (!empty(v))
                        entry[k] = v;
                }
                return entry;
            });
        }
        else
            out[key] = value;
    }
    return out;
}
export function appendModels(text, proposals) {
    const doc = parseDocument(text);
    if (doc.errors.length > 0)
        throw new SyncError('write', `cannot parse the file: ${doc.errors[0]?.message.split('\n')[0]}`);
    const models = doc.get('models', true);
    if (!isSeq(models) || models.flow)
        throw new SyncError('write', 'the file has no block list of models');
    const out = new Document({ models: proposals.map((p) => modelObject(p.model)) }, { aliasDuplicateObjects: false });
    out.get('models').items.forEach((item, i) => {
        item.commentBefore = proposals[i].comment
            .split('\n')
            .map((l) => ` ${l}`)
            .join('\n');
    });
    visit(out, {
        Seq(_key, node) {
            if (node.items.every((i) => isScalar(i)))
                node.flow = true;
        },
    });
    const rendered = out
        .toString({ lineWidth: 0, flowCollectionPadding: false })
        .replace(/^models:\n/, '')
        .split('\n')
        .map((l) => l.replace(/^ {2}/, ''))
        .join('\n');
    const first = models.items[0];
    const lineStart = first?.range ? text.lastIndexOf('\n', first.range[0] - 1) + 1 : -1;
    const dash = first?.range ? first.range[0] - lineStart - 2 : 2;
    const indented = rendered
        .replace(/\n$/, '')
        .split('\n')
        .map((l) => (l === '' ? l : ' '.repeat(Math.max(0, dash)) + l))
        .join('\n');
    const end = models.range[1];
    const before = text.slice(0, end);
    return `${before}${before.endsWith('\n') ? '' : '\n'}${indented}\n${text.slice(end)}`;
}
export function writeNewModels(dataDir, catalog, proposals) {
    const fresh = proposals.filter((p) => !catalog.byId.has(p.model.id));
    if (fresh.length === 0)
        return { written: [], models: [] };
    const catalogDir = join(dataDir, 'catalog');
    const base = join(dataDir, '..');
    const shown = (path) => relative(base, path);
    const texts = new Map();
    for (const provider of [...new Set(fresh.map((p) => p.model.provider))].sort()) {
        const path = join(catalogDir, `${provider}.yml`);
        if (!existsSync(path))
            throw new SyncError('write', `${shown(path)}: no such catalog file; nothing was written`);
        const before = readFileSync(path, 'utf8');
        const mine = fresh.filter((p) => p.model.provider === provider);
        let after;
        try {
            after = appendModels(before, mine);
        }
        catch (error) {
            if (error instanceof SyncError)
                throw new SyncError('write', `${shown(path)}: ${error.reason}; nothing was written`);
            throw error;
        }
        const models = (t) => parse(t).models;
        const old = models(before);
        const now = models(after);
        if (JSON.stringify(now.slice(0, old.length)) !== JSON.stringify(old) ||
            now
                .slice(old.length)
                .map((m) => m.id)
                .join() !== mine.map((p) => p.model.id).join()) {
            throw new SyncError('write', `${shown(path)}: the new models did not read back as intended; nothing was written`);
        }
        texts.set(path, after);
    }
    const written = writeChecked(dataDir, catalogDir, texts, shown, 'the new models');
    return { written, models: fresh.map((p) => p.model.id) };
}
function writeChecked(dataDir, catalogDir, texts, shown, what) {
    const names = readdirSync(catalogDir)
        .filter((n) => /\.ya?ml$/.test(n))
        .sort();
    const lanesPath = join(dataDir, 'lanes.yml');
    const checked = buildCatalog(names.map((n) => readDoc(join(catalogDir, n), shown(join(catalogDir, n)), texts.get(join(catalogDir, n)))), readDoc(join(dataDir, 'benchmarks.yml'), shown(join(dataDir, 'benchmarks.yml'))), existsSync(lanesPath) ? readDoc(lanesPath, shown(lanesPath)) : undefined);
    if (!checked.ok) {
        throw new SyncError('write', `${what} would not validate, so nothing was written:\n${checked.problems.slice(0, 10).map(formatProblem).join('\n')}`);
    }
    const written = [];
    for (const [path, text] of texts) {
        const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
        writeFileSync(temp, text);
        renameSync(temp, path);
        written.push(shown(path));
    }
    return written;
}
//# sourceMappingURL=write.js.map