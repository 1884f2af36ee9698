import { quotedPrice } from '../catalog/history.js';
import { lifecycleNote } from '../catalog/lifecycle.js';
export const MILLION = 1_000_000;
export function tokensBought(budgetUsd, usdPerMillion) {
    return (budgetUsd / usdPerMillion) * MILLION;
}
export function tierFor(tiers, promptTokens) {
    if (promptTokens === undefined)
        return undefined;
    let found;
    for (const tier of tiers) {
        if (tier.inclusive ? promptTokens >= tier.above : promptTokens > tier.above)
            found = tier;
    }
    return found;
}
const refusal = (model, reason) => ({ ok: false, model: model.id, reason });
export function ratesFor(model, price, profile) {
    if (profile.paidOnly && price.free)
        return refusal(model, `${model.id} has only a free, rate-limited endpoint, not a price to plan a workload on, and no host in the catalog sells it at a price`);
    const tier = tierFor(price.tiers, profile.promptTokens);
    const limit = model.maxInput ?? model.contextWindow;
    if (profile.promptTokens !== undefined && profile.promptTokens > limit) {
        return refusal(model, `a ${profile.promptTokens.toLocaleString('en-US')}-token prompt does not fit ${model.id} (max input ${limit.toLocaleString('en-US')} tokens)`);
    }
    if (profile.batch || profile.batchModels?.includes(model.id)) {
        if (profile.serviceTier !== 'standard')
            return refusal(model, 'batch and a service tier cannot be combined');
        if (price.batchInput === undefined || price.batchOutput === undefined)
            return refusal(model, `the catalog's sources publish no batch price for ${model.id}`);
        if (tier)
            return refusal(model, `${model.id} publishes no batch price for prompts above ${tier.above.toLocaleString('en-US')} tokens`);
        return { input: price.batchInput, cachedInput: price.cachedInput ?? price.input, output: price.batchOutput, basis: 'batch' };
    }
    if (profile.serviceTier !== 'standard') {
        const service = price.serviceTiers[profile.serviceTier];
        if (!service)
            return refusal(model, `the catalog's sources publish no ${profile.serviceTier} tier price for ${model.id}`);
        if (tier)
            return refusal(model, `${model.id} publishes no ${profile.serviceTier} tier price for prompts above ${tier.above.toLocaleString('en-US')} tokens`);
        return { input: service.input, cachedInput: service.cachedInput ?? service.input, output: service.output, basis: profile.serviceTier };
    }
    if (tier) {
        return {
            input: tier.input,
            cachedInput: tier.cachedInput ?? price.cachedInput ?? tier.input,
            output: tier.output,
            basis: 'standard',
            tier: { above: tier.above, inclusive: tier.inclusive },
        };
    }
    return { input: price.input, cachedInput: price.cachedInput ?? price.input, output: price.output, basis: 'standard' };
}
export const exact = (x) => Number(x.toPrecision(15));
export function splitTokens(tokensPerMonth, mix) {
    const input = (tokensPerMonth * mix.input) / (mix.input + mix.output);
    return { input, output: tokensPerMonth - input };
}
export function billedTokens(profile) {
    const { input, output } = splitTokens(profile.tokensPerMonth, profile.mix);
    const cached = input * profile.cachedShare;
    return { uncached: input - cached, cached, output };
}
export const billTotal = (t, input, cachedInput, output) => t.uncached * input + t.cached * cachedInput + t.output * output;
export function rawCost(model, profile, asOf) {
    const rates = ratesFor(model, quotedPrice(model, asOf), profile);
    if ('ok' in rates)
        return rates;
    return { ok: true, total: billTotal(billedTokens(profile), rates.input, rates.cachedInput, rates.output), rates };
}
export function priceProfile(model, profile, asOf) {
    const price = quotedPrice(model, asOf);
    const rates = ratesFor(model, price, profile);
    if ('ok' in rates)
        return rates;
    const t = billedTokens(profile);
    const breakdown = [
        { part: 'input', tokens: exact(t.uncached), rate: rates.input, usd: exact((t.uncached * rates.input) / MILLION) },
        { part: 'cached input', tokens: exact(t.cached), rate: rates.cachedInput, usd: exact((t.cached * rates.cachedInput) / MILLION) },
        { part: 'output', tokens: exact(t.output), rate: rates.output, usd: exact((t.output * rates.output) / MILLION) },
    ];
    const total = billTotal(t, rates.input, rates.cachedInput, rates.output);
    const notes = [];
    if (profile.cachedShare > 0 && price.cachedInput === undefined && rates.basis === 'standard') {
        notes.push(`${model.id} publishes no cached-input price; cached tokens are billed as input`);
    }
    if (profile.cachedShare > 0 && rates.basis === 'batch') {
        notes.push('cached input is billed at the standard cached-input rate; the batch discount applies to the rest');
    }
    if (rates.tier) {
        notes.push(`the ${profile.promptTokens?.toLocaleString('en-US')}-token prompt is ${rates.tier.inclusive ? 'at or ' : ''}above ${rates.tier.above.toLocaleString('en-US')}, so the whole request is billed at the long-context price`);
    }
    const lifecycle = lifecycleNote(model, asOf);
    if (lifecycle)
        notes.push(lifecycle);
    return {
        ok: true,
        model: model.id,
        monthlyUsd: exact(total / MILLION),
        blendedPerMillion: exact(total / profile.tokensPerMonth),
        breakdown,
        rates,
        notes,
        priceFrom: price.from,
        source: price.source,
        checked: price.checked,
    };
}
//# sourceMappingURL=price.js.map