import { quotedPrice } from '../catalog/history.js';
import { collectSources } from '../catalog/sources.js';
import { assumptions } from './assumptions.js';
import { exact, priceProfile } from './price.js';
export function bill(parts, profile, asOf, eachOwn = false) {
    const total = parts.reduce((sum, p) => sum + p.tokens, 0);
    const priced = parts.map(({ model, tokens, batch = false }) => {
        const q = priceProfile(model, { ...profile, tokensPerMonth: tokens, ...(batch ? { batch } : {}) }, asOf);
        const share = total > 0 ? tokens / total : 0;
        const part = { model: model.id, name: model.name, batch, tokens, share };
        return q.ok
            ? { ...part, monthlyUsd: q.monthlyUsd, blendedPerMillion: q.blendedPerMillion, refusal: null }
            : { ...part, monthlyUsd: null, blendedPerMillion: null, refusal: q.reason };
    });
    const totalUsd = priced.every((p) => p.monthlyUsd !== null) ? exact(priced.reduce((sum, p) => sum + p.monthlyUsd, 0)) : null;
    return {
        kind: 'bill',
        parts: priced,
        tokens: total,
        totalUsd,
        blendedPerMillion: totalUsd === null || total <= 0 ? null : exact((totalUsd / total) * 1_000_000),
        ...(eachOwn ? { eachOwn: true } : {}),
        assumptions: assumptions({ ...profile, tokensPerMonth: total }, asOf, 'month', [], undefined, eachOwn ? parts.map((p) => ({ model: p.model.id, tokens: p.tokens })) : undefined),
        sources: collectSources([...new Map(parts.map((p) => [p.model.id, p.model])).values()].map((model) => {
            const price = quotedPrice(model, asOf);
            return { what: `${model.id} prices (from ${price.from})`, source: price.source, checked: price.checked };
        })),
    };
}
export function billModels(a) {
    return [...new Set(a.parts.map((p) => p.model))];
}
//# sourceMappingURL=bill.js.map