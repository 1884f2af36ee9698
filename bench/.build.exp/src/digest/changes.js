import { addDays } from 'date-fns/addDays';
import { PRICE_FIELDS } from '../catalog/schema.js';
const fieldOrder = (field) => PRICE_FIELDS.indexOf(field);
const RETIRING_WITHIN_DAYS = 90;
const day = (d) => d.toISOString().slice(0, 10);
const within = (date, from, to) => {
    const t = new Date(`${date}T00:00:00Z`);
    return t >= from && t < to;
};
const inWindow = (date, w) => within(date, w.from, w.to);
const isLimit = (field) => field === 'contextWindow' || field === 'maxOutput';
function priceChanges(model, w) {
    const out = [];
    model.pricing.forEach((entry, i) => {
        const before = model.pricing[i - 1];
        if (!before || !inWindow(entry.from, w))
            return;
        for (const field of PRICE_FIELDS) {
            const old = before[field];
            const now = entry[field];
            if (old === undefined || now === undefined || old === now || old === 0)
                continue;
            out.push({
                model: model.id,
                name: model.name,
                provider: model.provider,
                field,
                old,
                new: now,
                pct: (now - old) / old,
                date: entry.from,
                direction: now < old ? 'cut' : 'increase',
                cause: 'vendor',
                note: entry.note ?? null,
                source: entry.source,
                checked: entry.checked,
            });
        }
    });
    return out;
}
function observedPriceChanges(catalog, observed, w, known) {
    const seen = new Set(known.map((p) => `${p.model}|${p.field}|${p.date}`));
    const out = [];
    for (const o of observed) {
        const model = catalog.byId.get(o.model);
        if (!model || o.date < w.from || o.date >= w.to || isLimit(o.field))
            continue;
        if (o.old === null || o.new === null || o.old === 0 || o.old === o.new)
            continue;
        const key = `${o.model}|${o.field}|${day(o.date)}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({
            model: o.model,
            name: model.name,
            provider: model.provider,
            field: o.field,
            old: o.old,
            new: o.new,
            pct: (o.new - o.old) / o.old,
            date: day(o.date),
            direction: o.new < o.old ? 'cut' : 'increase',
            cause: o.cause,
            note: null,
            source: { url: o.url, via: `${o.source} sync, observed ${day(o.date)}` },
            checked: day(o.date),
        });
    }
    return out;
}
export function changes(catalog, observed, w) {
    const fromHistory = catalog.models.flatMap((m) => priceChanges(m, w));
    const prices = [...fromHistory, ...observedPriceChanges(catalog, observed, w, fromHistory)];
    prices.sort((a, b) => Math.abs(b.pct) - Math.abs(a.pct) || a.date.localeCompare(b.date) || a.model.localeCompare(b.model) || a.field.localeCompare(b.field));
    const horizon = addDays(w.to, RETIRING_WITHIN_DAYS);
    return {
        window: { from: w.from.toISOString(), to: w.to.toISOString() },
        prices,
        added: catalog.models
            .filter((m) => inWindow(m.released ?? m.pricing[0].from, w))
            .map((m) => {
            const first = m.pricing[0];
            return {
                model: m.id,
                name: m.name,
                provider: m.provider,
                date: m.released ?? first.from,
                input: first.input,
                output: first.output,
                ...(first.free ? { free: true } : {}),
                source: first.source,
                checked: first.checked,
            };
        })
            .sort((a, b) => b.date.localeCompare(a.date) || a.provider.localeCompare(b.provider) || a.model.localeCompare(b.model)),
        deprecated: catalog.models
            .filter((m) => m.deprecated !== undefined && inWindow(m.deprecated, w))
            .map((m) => ({ model: m.id, name: m.name, date: m.deprecated, replacement: m.replacement ?? null })),
        retiring: catalog.models
            .filter((m) => m.retires !== undefined && within(m.retires, w.from, horizon))
            .map((m) => ({ model: m.id, name: m.name, retires: m.retires, replacement: m.replacement ?? null }))
            .sort((a, b) => a.retires.localeCompare(b.retires)),
        ahead: catalog.models
            .flatMap((m) => priceChanges(m, { from: w.to, to: horizon }))
            .sort((a, b) => a.date.localeCompare(b.date) || a.model.localeCompare(b.model) || fieldOrder(a.field) - fieldOrder(b.field)),
        limits: observed
            .filter((o) => isLimit(o.field) && o.date >= w.from && o.date < w.to && catalog.byId.has(o.model))
            .map((o) => ({ model: o.model, field: o.field, old: o.old, new: o.new, date: day(o.date), source: o.source })),
    };
}
//# sourceMappingURL=changes.js.map