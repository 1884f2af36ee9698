// Every answer states its assumptions; this is the one place they are worded.
import type { UsageProfile } from './profile.ts';
import { MONTH_CONVENTION } from './profile.ts';
import { count, percent, tokens, wordList } from './format.ts';
import { spanTokens, spanWords, type Stretch } from './span.ts';

export interface Assumptions {
  tokensPerMonth: number;
  mix: { input: number; output: number };
  cachedShare: number;
  /** Each model's own cached share, by id, where they were said apart. */
  cachedShares?: Readonly<Record<string, number>>;
  batch: boolean;
  serviceTier: string;
  promptTokens: number | null;
  asOf: string;
  /** The same, said in words. */
  text: string[];
}

/** The cached share said: one for every model, or each model's own ("90% of input cached for a, none for b"). */
function cachingWords(profile: UsageProfile): string {
  const own = Object.entries(profile.cachedShares ?? {});
  if (own.length === 0) return profile.cachedShare > 0 ? `${percent(profile.cachedShare)} of input cached` : 'no prompt caching';
  return wordList(own.map(([id, share]) => (share > 0 ? `${percent(share)} of input cached for ${id}` : `none for ${id}`)));
}

/** What a cost is for: a month of the volume (the usual), or one request ("cost per request of 2k tokens"). */
export type CostPer = 'month' | 'request';

/**
 * What an answer assumes, in figures and in words. With an hour, a day, a week or a year asked for (`spans`), the volume is said over
 * that span too ("152M tokens a month (152,187,500; 5M a day)"), so the conversion can be checked. Things counted with no
 * period (`counted`: "1000 requests of 3k tokens") are said as that many, with no month.
 */
export function assumptions(
  profile: UsageProfile,
  asOf: string,
  per: CostPer = 'month',
  spans: readonly Stretch[] = [],
  counted?: { count: number; what: string },
  /** Models each priced at its own volume ("200M on A or 50M on B?"): said model by model, with no one month. */
  eachOwn?: readonly { model: string; tokens: number }[],
  /** Several months' volumes asked at once ("at 10M, 50M and 100M tokens"): each is said, the profile's being the first. */
  volumes?: readonly number[],
): Assumptions {
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
              : // Words are no whole number of tokens each: the count and the tokens they came to.
                `${count(counted.count)} ${counted.what} (${count(Math.round(profile.tokensPerMonth))} tokens)`
            : `${tokens(profile.tokensPerMonth)} tokens a month (${count(Math.round(profile.tokensPerMonth))}${over})`,
    `${profile.mix.input}:${profile.mix.output} input:output`,
    cachingWords(profile),
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
    ...(profile.cachedShares ? { cachedShares: profile.cachedShares } : {}),
    batch: profile.batch,
    serviceTier: profile.serviceTier,
    promptTokens: profile.promptTokens ?? null,
    asOf,
    text,
  };
}
