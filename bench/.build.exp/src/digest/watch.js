import { PRICE_FIELDS } from '../catalog/schema.js';
import { quotedPrice } from '../catalog/history.js';
import { rawCost } from '../cost/price.js';
import { defaultProfile } from '../cost/profile.js';
export const WATCH_FORMS = [
    '/models watch gpt-5.4-mini, claude-sonnet-5 [here | dm]',
    '/models watch provider anthropic [here | dm]',
    '/models watch list',
    '/models unwatch gpt-5.4-mini | provider anthropic | all',
];
function monthlyWith(model, field, value, date, defaults) {
    if (!PRICE_FIELDS.includes(field))
        return null;
    const entry = quotedPrice(model, date);
    const profile = { ...defaultProfile(defaults.tokensPerMonth), mix: defaults.mix };
    const priced = rawCost({ ...model, pricing: [{ ...entry, from: date, [field]: value }] }, profile, date);
    return priced.ok ? priced.total / 1_000_000 : null;
}
function covers(catalog, watch, model) {
    if (watch.kind === 'model')
        return watch.target === model;
    return catalog.byId.get(model)?.provider === watch.target;
}
export function alertsFor(catalog, changes, watch, since, defaults) {
    const out = [];
    for (const c of changes.prices) {
        if (c.date < since || !covers(catalog, watch, c.model))
            continue;
        const model = catalog.byId.get(c.model);
        const before = model ? monthlyWith(model, c.field, c.old, c.date, defaults) : null;
        const after = model ? monthlyWith(model, c.field, c.new, c.date, defaults) : null;
        out.push({
            key: `price:${c.model}:${c.field}:${c.old}->${c.new}`,
            kind: 'price',
            model: c.model,
            name: c.name,
            provider: c.provider,
            watched: watch,
            field: c.field,
            old: c.old,
            new: c.new,
            date: c.date,
            monthly: before !== null && after !== null ? { tokensPerMonth: defaults.tokensPerMonth, mix: defaults.mix, before, after } : null,
            replacement: null,
            source: c.source,
        });
    }
    const base = (model) => {
        const m = catalog.byId.get(model);
        return { name: m?.name ?? model, provider: m?.provider ?? '', watched: watch, old: null, new: null, monthly: null };
    };
    if (watch.kind === 'provider') {
        for (const a of changes.added) {
            if (a.date < since || a.provider !== watch.target)
                continue;
            out.push({ ...base(a.model), key: `added:${a.model}`, kind: 'added', model: a.model, field: 'added', old: null, new: null, date: a.date, replacement: null, source: null });
        }
    }
    for (const d of changes.deprecated) {
        if (d.date < since || !covers(catalog, watch, d.model))
            continue;
        out.push({
            ...base(d.model),
            key: `deprecated:${d.model}:${d.date}`,
            kind: 'deprecated',
            model: d.model,
            field: 'deprecated',
            date: d.date,
            replacement: d.replacement,
            source: null,
        });
    }
    for (const r of changes.retiring) {
        if (!covers(catalog, watch, r.model))
            continue;
        out.push({
            ...base(r.model),
            key: `retiring:${r.model}:${r.retires}`,
            kind: 'retiring',
            model: r.model,
            field: 'retires',
            date: r.retires,
            replacement: r.replacement,
            source: null,
        });
    }
    return out;
}
//# sourceMappingURL=watch.js.map