import { CAPABILITIES } from './schema.js';
import { quotedPrice, scheduledChanges } from './history.js';
import { statusOn } from './lifecycle.js';
import { taskCosts } from './runs.js';
export function capabilityTable(model) {
    return Object.fromEntries(CAPABILITIES.map((c) => [c, model.capabilities[c] ?? null]));
}
export function modelSources(model, price) {
    const figures = [
        { what: 'prices', source: price.source, checked: price.checked },
        { what: 'specs', source: model.specSource, checked: model.specChecked },
        ...model.benchmarks.map((b) => ({ what: `${b.id} score`, source: b.source, checked: b.checked })),
        ...(model.speed ? [{ what: 'speed', source: model.speed.source, checked: model.speed.checked }] : []),
        ...model.routes.map((r) => ({ what: `${r.platform} route`, source: r.source, checked: r.checked })),
        ...model.surfaces.map((s) => ({ what: `${s.id} availability`, source: s.source, checked: s.checked })),
        ...(model.rateLimits ? [{ what: 'rate limits', source: model.rateLimits.source, checked: model.rateLimits.checked }] : []),
    ];
    const merged = new Map();
    for (const f of figures) {
        const key = `${f.source.url}|${f.source.via ?? ''}|${f.checked}`;
        const seen = merged.get(key);
        if (seen)
            seen.what = seen.what.split(', ').includes(f.what) ? seen.what : `${seen.what}, ${f.what}`;
        else
            merged.set(key, { ...f });
    }
    return [...merged.values()].sort((a, b) => b.checked.localeCompare(a.checked));
}
export function modelCard(catalog, model, asOf) {
    const price = quotedPrice(model, asOf);
    return {
        kind: 'model-card',
        asOf,
        model,
        status: statusOn(model, asOf),
        providerName: catalog.providers.find((p) => p.id === model.provider)?.name ?? model.provider,
        price,
        scheduled: scheduledChanges(model, asOf),
        capabilities: capabilityTable(model),
        benchmarks: model.benchmarks.map((b) => {
            const meta = catalog.benchmarks.get(b.id);
            return { ...b, name: meta?.name ?? b.id, unit: meta?.scale.unit ?? 'score' };
        }),
        costPerTask: taskCosts(catalog, model),
        sources: modelSources(model, price),
    };
}
export function catalogRow(model, asOf) {
    const p = quotedPrice(model, asOf);
    return {
        id: model.id,
        name: model.name,
        provider: model.provider,
        family: model.family,
        status: statusOn(model, asOf),
        released: model.released ?? null,
        knowledgeCutoff: model.knowledgeCutoff ?? null,
        deprecated: model.deprecated ?? null,
        retires: model.retires ?? null,
        contextWindow: model.contextWindow,
        maxInput: model.maxInput ?? null,
        maxOutput: model.maxOutput ?? null,
        modalities: model.modalities,
        capabilities: model.capabilities,
        license: model.license,
        openWeights: model.openWeights,
        aliases: model.aliases,
        prices: {
            from: p.from,
            input: p.input,
            cachedInput: p.cachedInput ?? null,
            cacheWrite5m: p.cacheWrite5m ?? null,
            cacheWrite1h: p.cacheWrite1h ?? null,
            output: p.output,
            batchInput: p.batchInput ?? null,
            batchOutput: p.batchOutput ?? null,
            host: p.host ?? null,
            free: p.free === true,
            tiers: p.tiers,
            serviceTiers: p.serviceTiers,
            source: p.source,
            checked: p.checked,
        },
        routes: model.routes.map((r) => ({
            host: r.platform,
            id: r.id,
            input: r.input ?? null,
            cachedInput: r.cachedInput ?? null,
            output: r.output ?? null,
            free: r.free === true,
            checked: r.checked,
        })),
    };
}
//# sourceMappingURL=card.js.map