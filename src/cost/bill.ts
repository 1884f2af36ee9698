// A workload split across models ("80% of 100M tokens to gpt-5-mini, 20% to gpt-5", "50M on gpt-5 plus 200M on
// gpt-5-mini") or across ways of buying one ("30% of it through the Batch API"): each part priced on its model at the
// same mix, and the month's total.
import { quotedPrice } from '../catalog/history.ts';
import { collectSources, type SourceRef } from '../catalog/sources.ts';
import type { CatalogModel } from '../catalog/validate.ts';
import { assumptions, type Assumptions } from './assumptions.ts';
import { exact, priceProfile } from './price.ts';
import type { UsageProfile } from './profile.ts';

export interface BillPart {
  model: string;
  name: string;
  /** This part, and not the rest of the month, is bought through the Batch API ("30% of it through batch"). */
  batch: boolean;
  tokens: number;
  /** This part's share of the month's tokens, 0..1. */
  share: number;
  /** null when the model has no price for this profile; `refusal` says why. */
  monthlyUsd: number | null;
  blendedPerMillion: number | null;
  refusal: string | null;
}

export interface BillAnswer {
  kind: 'bill';
  parts: BillPart[];
  /** The month's tokens across the parts. */
  tokens: number;
  /** The month's cost of every part; null when a part cannot be priced. */
  totalUsd: number | null;
  /** The total over the month's tokens, per 1M. */
  blendedPerMillion: number | null;
  /** Each part at its own volume, set against the others ("200M on A or 50M on B?"): which costs less, not a total. */
  eachOwn?: true;
  /** With a share moved from one model ("half our traffic from gpt-4o to gpt-4o-mini"): all of the month on it, to set the split against. */
  baseline?: { model: string; name: string; monthlyUsd: number | null };
  assumptions: Assumptions;
  sources: SourceRef[];
}

/**
 * Each part's tokens on its model at `profile`'s mix, caching and buying (its volume is the parts'; a part marked `batch`
 * through the Batch API), and the month's total; `eachOwn`: the parts are set against each other, each at its own volume.
 */
export function bill(parts: { model: CatalogModel; tokens: number; batch?: boolean }[], profile: UsageProfile, asOf: string, eachOwn = false): BillAnswer {
  const total = parts.reduce((sum, p) => sum + p.tokens, 0);
  const priced = parts.map(({ model, tokens, batch = false }): BillPart => {
    const q = priceProfile(model, { ...profile, tokensPerMonth: tokens, ...(batch ? { batch } : {}) }, asOf);
    const share = total > 0 ? tokens / total : 0;
    const part = { model: model.id, name: model.name, batch, tokens, share };
    return q.ok
      ? { ...part, monthlyUsd: q.monthlyUsd, blendedPerMillion: q.blendedPerMillion, refusal: null }
      : { ...part, monthlyUsd: null, blendedPerMillion: null, refusal: q.reason };
  });
  const totalUsd = priced.every((p) => p.monthlyUsd !== null) ? exact(priced.reduce((sum, p) => sum + (p.monthlyUsd as number), 0)) : null;
  return {
    kind: 'bill',
    parts: priced,
    tokens: total,
    totalUsd,
    blendedPerMillion: totalUsd === null || total <= 0 ? null : exact((totalUsd / total) * 1_000_000),
    ...(eachOwn ? { eachOwn: true as const } : {}),
    assumptions: assumptions(
      { ...profile, tokensPerMonth: total },
      asOf,
      'month',
      [],
      undefined,
      eachOwn ? parts.map((p) => ({ model: p.model.id, tokens: p.tokens })) : undefined,
    ),
    sources: collectSources(
      [...new Map(parts.map((p) => [p.model.id, p.model])).values()].map((model) => {
        const price = quotedPrice(model, asOf);
        return { what: `${model.id} prices (from ${price.from})`, source: price.source, checked: price.checked };
      }),
    ),
  };
}

/** The models a split month is priced on, each once (a model's parts may be bought two ways). */
export function billModels(a: BillAnswer): string[] {
  return [...new Set(a.parts.map((p) => p.model))];
}
