import { subDays } from 'date-fns/subDays';
import { outOfScopeKind, outOfScopeModel } from '../catalog/out-of-scope.js';
import { exactModel } from '../catalog/resolve.js';
import { samePrice } from './types.js';
export const LISTING_LOOKBACK_DAYS = 30;
const SPEC_ORDER = ['models.dev', 'openrouter', 'litellm'];
const ID = /^[a-z0-9][a-z0-9._:-]*$/;
export function listingInputs(result) {
    const seen = new Set();
    const out = [];
    for (const m of result.newModels) {
        if (!ID.test(m.catalogId) || seen.has(m.catalogId))
            continue;
        seen.add(m.catalogId);
        out.push({
            source: result.source,
            model: m.catalogId,
            provider: m.provider,
            sourceId: m.id,
            prices: m.prices,
            facts: m.facts,
            observedAt: result.fetchedAt,
        });
    }
    return out;
}
const day = (d) => d.toISOString().slice(0, 10);
const sameOffer = (a, b) => a.prices.input !== undefined && a.prices.output !== undefined && a.prices.input === b.prices.input && a.prices.output === b.prices.output;
function mergeFacts(rows) {
    const facts = {};
    const capabilities = {};
    let from = rows[0]?.source ?? '';
    for (const r of rows) {
        const f = r.facts;
        if (facts.contextWindow === undefined && f.contextWindow !== undefined)
            from = r.source;
        for (const [k, v] of Object.entries(f)) {
            if (k === 'capabilities' || v === undefined)
                continue;
            facts[k] ??= v;
        }
        for (const [k, v] of Object.entries(f.capabilities ?? {}))
            if (typeof v === 'boolean')
                capabilities[k] ??= v;
    }
    if (Object.keys(capabilities).length > 0)
        facts.capabilities = capabilities;
    return { facts, from };
}
function agreedPrices(rows) {
    const prices = {};
    const fields = new Set(rows.flatMap((r) => Object.keys(r.prices)));
    for (const f of fields) {
        const values = rows.flatMap((r) => (r.prices[f] === undefined ? [] : [r.prices[f]]));
        if (values.length >= 2 && values.every((v) => samePrice(v, values[0])))
            prices[f] = values[0];
    }
    return prices;
}
export function acceptedListings(listings, reviewed, options) {
    const from = subDays(options.now, options.lookbackDays ?? LISTING_LOOKBACK_DAYS);
    const inWindow = listings.filter((l) => l.observedAt >= from && l.observedAt <= options.now);
    const byModel = new Map();
    for (const l of [...inWindow].sort((a, b) => a.observedAt.getTime() - b.observedAt.getTime())) {
        const key = `${l.provider}\u0000${l.model}`;
        const sources = byModel.get(key) ?? new Map();
        sources.set(l.source, [...(sources.get(l.source) ?? []), l]);
        byModel.set(key, sources);
    }
    const out = [];
    for (const [key, sources] of [...byModel].sort(([a], [b]) => a.localeCompare(b))) {
        const [provider, model] = key.split('\u0000');
        const latest = [...sources].map(([source, rows]) => ({ source, rows, last: rows[rows.length - 1] }));
        if (exactModel(reviewed, model) || latest.some((s) => exactModel(reviewed, s.last.sourceId)))
            continue;
        if (outOfScopeModel(reviewed, model) || outOfScopeKind(model, ['text']))
            continue;
        if (latest.some((s) => Array.isArray(s.last.facts.output) && !s.last.facts.output?.includes('text')))
            continue;
        if (!reviewed.providers.some((p) => p.id === provider))
            continue;
        let group = [];
        for (const s of latest) {
            const agreeing = latest.filter((o) => sameOffer(o.last, s.last));
            if (agreeing.length > group.length)
                group = agreeing;
        }
        if (group.length < 2)
            continue;
        group.sort((a, b) => SPEC_ORDER.indexOf(a.source) - SPEC_ORDER.indexOf(b.source) || a.source.localeCompare(b.source));
        const start = (s) => {
            let i = s.rows.length - 1;
            while (i > 0 && sameOffer(s.rows[i - 1], s.last))
                i -= 1;
            return s.rows[i].observedAt;
        };
        const agreedAt = new Date(Math.max(...group.map((s) => start(s).getTime())));
        const checked = new Date(Math.max(...group.map((s) => s.last.observedAt.getTime())));
        const merged = mergeFacts(group.map((s) => s.last));
        if (merged.facts.contextWindow === undefined)
            continue;
        out.push({
            model,
            provider,
            sources: group.map((s) => s.source),
            sourceIds: Object.fromEntries(group.map((s) => [s.source, s.last.sourceId])),
            date: day(agreedAt),
            checked: day(checked),
            prices: agreedPrices(group.map((s) => s.last)),
            facts: merged.facts,
            specFrom: merged.from,
        });
    }
    return out;
}
//# sourceMappingURL=listings.js.map