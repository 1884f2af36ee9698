import { cheapest } from '../cost/rank.js';
import { ARENA_SCORE } from '../ask/intents.js';
export const DEFAULT_BENCHMARK = ARENA_SCORE;
const BANDS = 5;
export function laneBenchmark(catalog, laneId) {
    const lane = catalog.lanes.find((l) => l.id === laneId);
    const direct = lane?.evidence.find((e) => !e.proxy) ?? lane?.evidence[0];
    return direct ? { benchmark: direct.benchmark, proxy: direct.proxy } : undefined;
}
export function priceVsScore(catalog, profile, filters, asOf, pick = {}) {
    const fromLane = pick.lane ? laneBenchmark(catalog, pick.lane) : undefined;
    if (pick.lane && !fromLane)
        return { kind: 'no-benchmark', message: `The lane ${pick.lane} lists no benchmark to chart against.` };
    const benchmark = fromLane?.benchmark ?? pick.benchmark ?? DEFAULT_BENCHMARK;
    const meta = catalog.benchmarks.get(benchmark);
    if (!meta)
        return { kind: 'no-benchmark', message: `No benchmark is called ${benchmark}. Benchmarks: ${[...catalog.benchmarks.keys()].join(', ')}.` };
    const ranked = cheapest(catalog, profile, filters, asOf, catalog.models.length);
    const scored = ranked.ranking.flatMap((r) => {
        const scores = (catalog.byId.get(r.model)?.benchmarks ?? []).filter((b) => b.id === benchmark).map((b) => b.score);
        return scores.length > 0 && r.blendedPerMillion > 0 ? [{ r, score: Math.max(...scores) }] : [];
    });
    const lo = Math.min(...scored.map((s) => s.score));
    const hi = Math.max(...scored.map((s) => s.score));
    const width = (hi - lo) / BANDS;
    const bandOf = (score) => (width > 0 ? Math.min(BANDS - 1, Math.floor((score - lo) / width)) : 0);
    const points = scored.map(({ r, score }) => ({
        model: r.model,
        name: r.name,
        provider: r.provider,
        blendedPerMillion: r.blendedPerMillion,
        pricedAt: r.route.name,
        score,
        band: bandOf(score),
        cheapestInBand: false,
    }));
    const bands = scored.length === 0 ? [] : Array.from({ length: width > 0 ? BANDS : 1 }, (_, i) => ({ from: lo + i * width, to: width > 0 ? lo + (i + 1) * width : hi, cheapest: null }));
    for (const [i, band] of bands.entries()) {
        const members = points.filter((p) => p.band === i);
        const first = members[0];
        if (first) {
            first.cheapestInBand = true;
            band.cheapest = first.model;
        }
    }
    return {
        kind: 'price-vs-score',
        benchmark,
        benchmarkName: meta.name,
        unit: meta.scale.unit,
        lane: pick.lane ?? null,
        proxy: fromLane?.proxy ?? false,
        points,
        bands,
        priced: ranked.ranking.length,
        unscored: ranked.ranking.length - points.length,
        assumptions: ranked.assumptions,
    };
}
//# sourceMappingURL=charts.js.map