import { MONTH_CONVENTION } from './profile.js';
import { count, percent, tokens, wordList } from './format.js';
import { spanTokens, spanWords } from './span.js';
export function assumptions(profile, asOf, per = 'month', spans = [], counted, eachOwn, volumes) {
    const over = spans.map((s) => `; ${tokens(spanTokens(profile.tokensPerMonth, s))} ${spanWords(s).per}`).join('');
    const monthly = per === 'month' && counted === undefined;
    const text = [
        eachOwn
            ? `each model at its own volume: ${eachOwn.map((p) => `${tokens(p.tokens)} tokens a month on ${p.model}`).join(', ')}`
            : volumes && volumes.length > 1
                ? `${wordList(volumes.map((v) => tokens(v)))} tokens a month (${wordList(volumes.map((v) => count(Math.round(v))))}), each priced alike`
                : per === 'request'
                    ? `one request of ${count(Math.round(profile.tokensPerMonth))} tokens`
                    : counted
                        ? Number.isInteger(profile.tokensPerMonth / counted.count)
                            ? `${count(counted.count)} ${counted.what} of ${count(profile.tokensPerMonth / counted.count)} tokens (${count(Math.round(profile.tokensPerMonth))} tokens)`
                            :
                                `${count(counted.count)} ${counted.what} (${count(Math.round(profile.tokensPerMonth))} tokens)`
                        : `${tokens(profile.tokensPerMonth)} tokens a month (${count(Math.round(profile.tokensPerMonth))}${over})`,
        `${profile.mix.input}:${profile.mix.output} input:output`,
        profile.cachedShare > 0 ? `${percent(profile.cachedShare)} of input cached` : 'no prompt caching',
        profile.batch
            ? 'Batch API'
            : profile.batchModels?.length
                ? `Batch API for ${wordList([...profile.batchModels])}, ${profile.serviceTier} tier for the rest`
                : profile.batchShare !== undefined
                    ? `Batch API for ${percent(profile.batchShare, 2)} of the tokens, ${profile.serviceTier} tier for the rest`
                    : `${profile.serviceTier} tier`,
        profile.promptTokens === undefined ? 'prompts below long-context thresholds' : profile.promptTokens === 0 ? 'no prompt' : `${tokens(profile.promptTokens)}-token prompts`,
        `prices in force on ${asOf}`,
        ...(monthly ? [MONTH_CONVENTION] : []),
    ];
    return {
        tokensPerMonth: profile.tokensPerMonth,
        mix: profile.mix,
        cachedShare: profile.cachedShare,
        batch: profile.batch,
        serviceTier: profile.serviceTier,
        promptTokens: profile.promptTokens ?? null,
        asOf,
        text,
    };
}
//# sourceMappingURL=assumptions.js.map