import { isMap, isScalar, parseDocument } from 'yaml';
import { quotedPrice } from '../catalog/history.js';
import { mapEntry } from './compare.js';
import { providerLookup } from './providers.js';
import { litellm } from './sources/litellm.js';
import { perMillionFromPerToken, samePrice } from './types.js';
const TIERS = ['priority', 'flex'];
const isObj = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function tierPrices(raw, tier, where) {
    const get = (key) => (raw[key] === undefined || raw[key] === null ? undefined : perMillionFromPerToken(raw[key], `${where}: ${key}`));
    const input = get(`input_cost_per_token_${tier}`);
    const output = get(`output_cost_per_token_${tier}`);
    if (input === undefined || output === undefined)
        return undefined;
    const out = { input, output };
    const cached = get(`cache_read_input_token_cost_${tier}`);
    if (cached !== undefined && cached <= input)
        out.cachedInput = cached;
    const write = get(`cache_creation_input_token_cost_${tier}`);
    if (write !== undefined)
        out.cacheWrite5m = write;
    return out;
}
export function planServiceTiers(catalog, doc) {
    const data = isObj(doc.data) ? doc.data : {};
    const read = litellm.read(data, providerLookup(catalog, 'litellm'));
    const best = new Map();
    for (const entry of read.entries) {
        const raw = data[entry.id];
        if (!isObj(raw) || !Object.keys(raw).some((k) => /_(flex|priority)$/.test(k)))
            continue;
        const outcome = mapEntry(catalog, 'litellm', entry);
        if (outcome.kind !== 'mapped')
            continue;
        const previous = best.get(outcome.model.id);
        if (!previous || outcome.rank < previous.rank)
            best.set(outcome.model.id, { key: entry.id, rank: outcome.rank });
    }
    const report = { fills: [], skipped: [] };
    for (const [id, { key }] of [...best].sort(([a], [b]) => a.localeCompare(b))) {
        const model = catalog.byId.get(id);
        const raw = data[key];
        if (!model || !isObj(raw))
            continue;
        const entry = quotedPrice(model, doc.checked);
        for (const tier of TIERS) {
            const prices = tierPrices(raw, tier, `LiteLLM ${key}`);
            if (!prices)
                continue;
            const skip = (reason) => report.skipped.push({ model: id, tier, reason });
            if (entry.serviceTiers[tier])
                continue;
            const base = { input: raw.input_cost_per_token, output: raw.output_cost_per_token };
            if (base.input === undefined || base.output === undefined) {
                skip(`LiteLLM ${key} has no standard price to match the catalog's`);
                continue;
            }
            const standard = { input: perMillionFromPerToken(base.input, `LiteLLM ${key}`), output: perMillionFromPerToken(base.output, `LiteLLM ${key}`) };
            if (!samePrice(standard.input, entry.input) || !samePrice(standard.output, entry.output)) {
                skip(`LiteLLM's standard price ${standard.input}/${standard.output} is not the catalog's ${entry.input}/${entry.output} (from ${entry.from}): another price period`);
                continue;
            }
            if (samePrice(prices.input, entry.input) && samePrice(prices.output, entry.output)) {
                skip(`LiteLLM's ${tier} price is the standard price: no ${tier} tier of its own`);
                continue;
            }
            report.fills.push({ model: id, provider: model.provider, entryFrom: entry.from, tier, prices, sourceId: key });
        }
    }
    return report;
}
function lineStartOf(text, offset) {
    return text.lastIndexOf('\n', offset - 1) + 1;
}
function tierLines(tier, prices, indent) {
    const fields = ['input', 'cachedInput', 'cacheWrite5m', 'output'].flatMap((f) => (prices[f] === undefined ? [] : [`${indent}  ${f}: ${prices[f]}`]));
    return [`${indent}${tier}:`, ...fields];
}
export function appendServiceTiers(existing, fills, doc) {
    const parsed = parseDocument(existing);
    const models = parsed.get('models', true);
    if (!models || !('items' in models))
        return undefined;
    const inserts = [];
    for (const item of models.items) {
        if (!isMap(item))
            continue;
        const id = String(item.get('id'));
        const mine = fills.filter((f) => f.model === id);
        if (mine.length === 0)
            continue;
        const pricing = item.get('pricing', true);
        const entry = pricing?.items?.find((e) => isMap(e) && String(e.get('from')) === mine[0]?.entryFrom);
        if (!entry)
            continue;
        const keyOf = (p) => (isScalar(p.key) ? String(p.key.value) : '');
        const comment = (indent) => `${indent}# ${mine.map((f) => `serviceTiers.${f.tier}`).join(', ')}: LiteLLM ${mine[0]?.sourceId} (${doc.file}, ${doc.checked})`;
        const existingTiers = entry.items.find((p) => keyOf(p) === 'serviceTiers');
        if (existingTiers && isMap(existingTiers.value) && existingTiers.value.items.length > 0) {
            const tiers = existingTiers.value;
            const first = tiers.items[0];
            const firstKey = first.key.range[0];
            const indent = ' '.repeat(firstKey - lineStartOf(existing, firstKey));
            const end = tiers.range[2];
            const at = existing[end - 1] === '\n' ? end : existing.indexOf('\n', end) + 1;
            inserts.push([at, `${[comment(indent), ...mine.flatMap((f) => tierLines(f.tier, f.prices, indent))].join('\n')}\n`]);
            continue;
        }
        const after = entry.items.find((p) => ['note', 'host', 'free', 'source', 'checked'].includes(keyOf(p)));
        if (!after || !isScalar(after.key))
            continue;
        const keyAt = after.key.range[0];
        const at = lineStartOf(existing, keyAt);
        const indent = ' '.repeat(keyAt - at);
        const block = [comment(indent), `${indent}serviceTiers:`, ...mine.flatMap((f) => tierLines(f.tier, f.prices, `${indent}  `))];
        inserts.push([at, `${block.join('\n')}\n`]);
    }
    if (inserts.length === 0)
        return undefined;
    let text = existing;
    for (const [at, s] of inserts.sort((a, b) => b[0] - a[0]))
        text = text.slice(0, at) + s + text.slice(at);
    return text;
}
//# sourceMappingURL=service-tiers.js.map