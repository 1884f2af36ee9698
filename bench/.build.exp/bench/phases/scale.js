import { resolveModel } from '../../src/catalog/resolve.js';
import { defaultProfile } from '../../src/cost/profile.js';
import { cheapest } from '../../src/cost/rank.js';
import { subsetCatalog } from '../generate-catalog.js';
import { timePerCall } from '../lib/stats.js';
export const SIZES = [150, 750, 1500, 3000];
export const QUERIES = [
    { kind: 'exact id', query: 'gpt-4.1-mini' },
    { kind: 'display name', query: 'GPT 4.1 mini' },
    { kind: 'alias', query: 'sonnet 4.5' },
    { kind: 'vendor prefix', query: 'openai/gpt-4.1-mini' },
    { kind: 'dated snapshot', query: 'claude-sonnet-4-5-20250929' },
    { kind: 'partial (family rule)', query: 'sonnet' },
    { kind: 'typo', query: 'gpt-4.1-mnii' },
    { kind: 'unknown', query: 'llama-9-ultra' },
];
export function runScale(docs, options) {
    const asOf = new Date().toISOString().slice(0, 10);
    const profile = defaultProfile(50_000_000);
    const ranking = [];
    const resolution = [];
    for (const n of SIZES) {
        const catalog = subsetCatalog(docs, n);
        const rank = timePerCall(() => cheapest(catalog, profile, {}, asOf, 10), { minMs: options.quick ? 300 : 1500, batchMs: 5 });
        const batch = timePerCall(() => cheapest(catalog, { ...profile, batch: true }, {}, asOf, 10), { minMs: options.quick ? 100 : 400, batchMs: 5 });
        ranking.push({ models: catalog.models.length, ms: rank.medianMs, p90Ms: rank.p90Ms, usPerModel: (rank.medianMs / catalog.models.length) * 1000, batchMs: batch.medianMs });
        for (const q of QUERIES) {
            const r = resolveModel(catalog, q.query);
            const outcome = r.kind === 'found'
                ? `${r.model.id} (${r.matchedBy})`
                : r.kind === 'ambiguous'
                    ? `ambiguous (${r.candidates.length})`
                    : `unknown${r.suggestions.length ? `, suggests ${r.suggestions.map((m) => m.id).join(', ')}` : ''}`;
            const t = timePerCall(() => resolveModel(catalog, q.query), { minMs: options.quick ? 60 : 250, batchMs: 2 });
            resolution.push({ models: catalog.models.length, kind: q.kind, query: q.query, outcome, us: t.medianMs * 1000, p90Us: t.p90Ms * 1000 });
        }
        options.log(`  ${catalog.models.length} models: cheapest ${rank.medianMs.toFixed(2)} ms (${((rank.medianMs / catalog.models.length) * 1000).toFixed(2)} µs/model); resolve ${resolution
            .filter((p) => p.models === catalog.models.length)
            .map((p) => `${p.kind} ${p.us.toFixed(1)} µs`)
            .join(', ')}`);
    }
    const from = ranking.find((p) => p.models >= 750) ?? ranking[0];
    const last = ranking[ranking.length - 1];
    const largest = resolution.filter((p) => p.models === last.models);
    const xs = ranking.map((p) => Math.log(p.models));
    const ys = ranking.map((p) => Math.log(p.ms));
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    const exponent = xs.reduce((n, x, i) => n + (x - mx) * (ys[i] - my), 0) / xs.reduce((n, x) => n + (x - mx) ** 2, 0);
    return { asOf, ranking, resolution, perModelGrowth: last.usPerModel / from.usPerModel, growthFrom: from.models, exponent, worstResolveUs: Math.max(...largest.map((p) => p.us)) };
}
//# sourceMappingURL=scale.js.map