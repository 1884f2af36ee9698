import { wordList } from '../cost/format.js';
import { priceOn, quotedPrice } from '../catalog/history.js';
import { exactModel } from '../catalog/resolve.js';
import { CAPABILITIES, MODALITIES, Model, PRICE_FIELDS } from '../catalog/schema.js';
import { parseRouteField, parseTierField } from '../digest/fields.js';
export const LISTED = 'model';
const SOURCE_LABELS = { litellm: 'LiteLLM', openrouter: 'OpenRouter', 'models.dev': 'models.dev' };
const day = (d) => d.toISOString().slice(0, 10);
export function sourceLabels(source) {
    return source
        .split('+')
        .map((s) => s.trim())
        .filter((s) => s !== '')
        .map((s) => SOURCE_LABELS[s] ?? s);
}
const isPriceField = (field) => PRICE_FIELDS.includes(field);
function overlayEntry(model, date, changes) {
    const base = priceOn(model, date) ?? quotedPrice(model, date);
    const entry = { ...base, tiers: base.tiers.map((t) => ({ ...t })), serviceTiers: { ...base.serviceTiers } };
    let changed = false;
    for (const c of changes) {
        if (c.new === null)
            continue;
        if (isPriceField(c.field)) {
            entry[c.field] = c.new;
            changed = true;
            continue;
        }
        const tier = parseTierField(c.field);
        const t = tier && entry.tiers.find((x) => x.above === tier.above);
        if (tier && t) {
            t[tier.field] = c.new;
            changed = true;
        }
    }
    if (!changed)
        return undefined;
    const labels = [...new Set(changes.flatMap((c) => sourceLabels(c.source)))];
    const url = changes.find((c) => c.url !== '')?.url ?? base.source.url;
    const { note: _reviewedNote, ...rest } = entry;
    return { ...rest, from: date, checked: date, source: { url, via: `${wordList(labels)}, reported ${date} (price sync, not yet in the reviewed catalog)` } };
}
function overlayModel(model, changes) {
    const byDay = new Map();
    for (const c of changes)
        byDay.set(day(c.date), [...(byDay.get(day(c.date)) ?? []), c]);
    let out = { ...model, pricing: [...model.pricing], routes: model.routes.map((r) => ({ ...r })) };
    for (const [date, todays] of [...byDay].sort(([a], [b]) => a.localeCompare(b))) {
        const entry = overlayEntry(out, date, todays);
        if (entry) {
            const at = out.pricing.findIndex((e) => e.from > date);
            const pricing = [...out.pricing];
            pricing.splice(at < 0 ? pricing.length : at, 0, entry);
            out = { ...out, pricing };
        }
        for (const c of todays) {
            const route = parseRouteField(c.field);
            const r = route && out.routes.find((x) => x.platform === route.platform && x.id === route.id);
            if (!route || !r || c.new === null)
                continue;
            r[route.field] = c.new;
            r.checked = date;
            r.source = { url: c.url || r.source.url, via: `${wordList(sourceLabels(c.source))}, reported ${date} (price sync, not yet in the reviewed catalog)` };
        }
    }
    return out;
}
const SOURCE_URLS = {
    litellm: 'https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json',
    openrouter: 'https://openrouter.ai/models',
    'models.dev': 'https://models.dev',
};
const PENDING = 'price sync, not yet in the reviewed catalog';
export function listedModel(l, reviewed, status = PENDING) {
    const { facts, prices } = l;
    if (prices.input === undefined || prices.output === undefined)
        return undefined;
    const labels = sourceLabels(l.sources.join(' + '));
    const url = SOURCE_URLS[l.sources[0]] ?? 'https://models.dev';
    const modalities = (list) => (list ?? ['text']).filter((m) => MODALITIES.includes(m));
    const input = modalities(facts.input);
    const output = modalities(facts.output);
    const capabilities = Object.fromEntries(Object.entries(facts.capabilities ?? {}).filter(([k]) => CAPABILITIES.includes(k)));
    if (input.includes('image'))
        capabilities.vision = true;
    const name = facts.name && !exactModel(reviewed, facts.name) ? facts.name : l.model;
    const entry = { from: l.date };
    for (const field of PRICE_FIELDS)
        if (prices[field] !== undefined)
            entry[field] = prices[field];
    const tiers = new Map();
    for (const [field, value] of Object.entries(prices)) {
        const tier = parseTierField(field);
        if (tier && value !== undefined)
            tiers.set(tier.above, { ...(tiers.get(tier.above) ?? {}), [tier.field]: value });
    }
    const complete = [...tiers].filter(([, t]) => t.input !== undefined && t.output !== undefined).sort(([a], [b]) => a - b);
    if (complete.length > 0)
        entry.tiers = complete.map(([above, t]) => ({ above, ...t }));
    if (entry.batchInput === undefined || entry.batchOutput === undefined) {
        delete entry.batchInput;
        delete entry.batchOutput;
    }
    if (typeof entry.cachedInput === 'number' && entry.cachedInput > prices.input)
        delete entry.cachedInput;
    if (prices.input === 0 && prices.output === 0)
        entry.free = true;
    const parsed = Model.safeParse({
        id: l.model,
        name,
        family: l.model.split(/[-_]/)[0] || l.model,
        ...(facts.released ? { released: facts.released } : {}),
        ...(facts.knowledgeCutoff ? { knowledgeCutoff: facts.knowledgeCutoff } : {}),
        status: /preview|beta/.test(l.model) ? 'preview' : 'active',
        contextWindow: facts.contextWindow,
        ...(facts.maxOutput ? { maxOutput: facts.maxOutput } : {}),
        modalities: { input: input.length > 0 ? input : ['text'], output: output.length > 0 ? output : ['text'] },
        capabilities,
        license: facts.openWeights ? 'open weights (license not recorded)' : 'not recorded',
        openWeights: facts.openWeights ?? false,
        pricing: [{ ...entry, source: { url, via: `${wordList(labels)}, reported ${l.date} (${status})` }, checked: l.checked }],
        specSource: { url: facts.url && URL.canParse(facts.url) ? facts.url : url, via: `${sourceLabels(l.specFrom)[0]}, listed ${l.date} (${status})` },
        specChecked: l.checked,
    });
    return parsed.success ? { ...parsed.data, provider: l.provider } : undefined;
}
export function overlayCatalog(reviewed, changes, listings = []) {
    const byModel = new Map();
    const notes = new Map();
    for (const c of changes) {
        const model = reviewed.byId.get(c.model);
        if (!model || c.new === null)
            continue;
        const known = isPriceField(c.field) || parseTierField(c.field) !== undefined || parseRouteField(c.field) !== undefined;
        if (!known)
            continue;
        byModel.set(c.model, [...(byModel.get(c.model) ?? []), c]);
        notes.set(c.model, [...(notes.get(c.model) ?? []), { model: c.model, field: c.field, value: c.new, reviewed: c.old, sources: sourceLabels(c.source), date: day(c.date) }]);
    }
    const added = [];
    for (const l of listings) {
        if (reviewed.byId.has(l.model) || notes.has(l.model))
            continue;
        const model = listedModel(l, reviewed);
        if (!model)
            continue;
        added.push(model);
        notes.set(model.id, [{ model: model.id, field: LISTED, value: l.prices.input, reviewed: null, sources: sourceLabels(l.sources.join(' + ')), date: l.date }]);
    }
    if (byModel.size === 0 && added.length === 0)
        return { catalog: reviewed, reviewed, notes };
    const models = [
        ...reviewed.models.map((m) => {
            const mine = byModel.get(m.id);
            return mine ? overlayModel(m, mine) : m;
        }),
        ...added,
    ];
    return { catalog: { ...reviewed, models, byId: new Map(models.map((m) => [m.id, m])) }, reviewed, notes };
}
//# sourceMappingURL=overlay.js.map