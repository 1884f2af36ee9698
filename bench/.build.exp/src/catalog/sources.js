import { quotedPrice } from './history.js';
export function collectSources(figures) {
    const merged = new Map();
    for (const f of figures) {
        const key = `${f.source.url}|${f.source.via ?? ''}|${f.checked}`;
        const seen = merged.get(key);
        if (seen)
            seen.what.add(f.what);
        else
            merged.set(key, { ref: { url: f.source.url, via: f.source.via ?? null, checked: f.checked }, what: new Set([f.what]) });
    }
    return [...merged.values()].map(({ ref, what }) => ({ what: [...what].join('; '), ...ref })).sort((a, b) => b.checked.localeCompare(a.checked) || a.url.localeCompare(b.url));
}
export function priceFigure(model, asOf) {
    const p = quotedPrice(model, asOf);
    return { what: `${model.id} prices`, source: p.source, checked: p.checked };
}
export function specFigure(model) {
    return { what: `${model.id} specs`, source: model.specSource, checked: model.specChecked };
}
export function speedFigures(model) {
    return model.speed ? [{ what: `${model.id} speed`, source: model.speed.source, checked: model.speed.checked }] : [];
}
//# sourceMappingURL=sources.js.map