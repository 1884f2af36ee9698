import { quotedPrice } from '../catalog/history.js';
import { collectSources } from '../catalog/sources.js';
import { assumptions } from './assumptions.js';
import { priceProfile } from './price.js';
import { spanUsd, termIn } from './span.js';
import { termCostFor } from './term-cost.js';
export function costsAtVolumes(model, profile, asOf, volumes) {
    return volumes.map((tokens) => {
        const q = priceProfile(model, { ...profile, tokensPerMonth: tokens }, asOf);
        return q.ok ? { tokens, monthlyUsd: q.monthlyUsd, blendedPerMillion: q.blendedPerMillion } : { tokens, monthlyUsd: null, blendedPerMillion: null, refusal: q.reason };
    });
}
function atStandardPrices(model, profile, asOf) {
    if (!profile.batch && !profile.batchModels?.includes(model.id) && profile.serviceTier === 'standard')
        return null;
    const standard = priceProfile(model, { ...profile, batch: false, batchModels: [], serviceTier: 'standard' }, asOf);
    return standard.ok ? { monthlyUsd: standard.monthlyUsd } : null;
}
function withoutCachingOf(model, profile, asOf) {
    if (profile.cachedShare <= 0)
        return null;
    const uncached = priceProfile(model, { ...profile, cachedShare: 0 }, asOf);
    return uncached.ok ? { monthlyUsd: uncached.monthlyUsd, cacheWritePerMillion: quotedPrice(model, asOf).cacheWrite5m ?? null } : null;
}
export function termCostOfModel(model, profile, asOf, monthlyUsd, spans) {
    const term = termIn(spans);
    return term ? { termCost: termCostFor(model, profile, asOf, term, monthlyUsd) } : {};
}
export function costAnswer(model, profile, asOf, unit = 'million', per = 'month', spans = []) {
    const q = priceProfile(model, profile, asOf);
    const prices = quotedPrice(model, asOf);
    const sources = collectSources([{ what: `${model.id} prices (from ${prices.from})`, source: prices.source, checked: prices.checked }]);
    const base = {
        kind: 'cost',
        model: model.id,
        name: model.name,
        tokens: profile.tokensPerMonth,
        mix: profile.mix,
        prices,
        unit,
        per,
        assumptions: assumptions(profile, asOf, per, per === 'month' ? spans : []),
        sources,
    };
    if (!q.ok) {
        return {
            ...base,
            monthlyUsd: null,
            hourlyUsd: null,
            dailyUsd: null,
            weeklyUsd: null,
            yearlyUsd: null,
            blendedPerMillion: null,
            breakdown: [],
            rates: null,
            atStandard: null,
            withoutCaching: null,
            notes: [],
            refusal: q.reason,
        };
    }
    const over = (span) => (spans.includes(span) && per === 'month' ? spanUsd(q.monthlyUsd, span) : null);
    return {
        ...base,
        monthlyUsd: q.monthlyUsd,
        hourlyUsd: over('hour'),
        dailyUsd: over('day'),
        weeklyUsd: over('week'),
        yearlyUsd: over('year'),
        ...(per === 'month' ? termCostOfModel(model, profile, asOf, q.monthlyUsd, spans) : {}),
        blendedPerMillion: q.blendedPerMillion,
        breakdown: q.breakdown,
        rates: q.rates,
        atStandard: atStandardPrices(model, profile, asOf),
        withoutCaching: withoutCachingOf(model, profile, asOf),
        notes: q.notes,
        refusal: null,
    };
}
//# sourceMappingURL=quote.js.map