// The cost answer: one model at one usage profile.
import type { CatalogModel } from '../catalog/validate.ts';
import { collectSources, type SourceRef } from '../catalog/sources.ts';
import { assumptions, type Assumptions } from './assumptions.ts';
import { priceProfile, type CostLine, type RatesUsed } from './price.ts';
import type { UsageProfile } from './profile.ts';

export interface CostAnswer {
  kind: 'cost';
  model: string;
  name: string;
  tokens: number;
  mix: { input: number; output: number };
  /** null when the model has no price for this profile (e.g. no batch price); `refusal` says why. */
  monthlyUsd: number | null;
  blendedPerMillion: number | null;
  breakdown: CostLine[];
  rates: RatesUsed | null;
  notes: string[];
  refusal: string | null;
  assumptions: Assumptions;
  sources: SourceRef[];
}

export function costAnswer(model: CatalogModel, profile: UsageProfile, asOf: string): CostAnswer {
  const q = priceProfile(model, profile, asOf);
  const base = { kind: 'cost' as const, model: model.id, name: model.name, tokens: profile.tokensPerMonth, mix: profile.mix, assumptions: assumptions(profile, asOf) };
  if (!q.ok) {
    return { ...base, monthlyUsd: null, blendedPerMillion: null, breakdown: [], rates: null, notes: [], refusal: q.reason, sources: [] };
  }
  return {
    ...base,
    monthlyUsd: q.monthlyUsd,
    blendedPerMillion: q.blendedPerMillion,
    breakdown: q.breakdown,
    rates: q.rates,
    notes: q.notes,
    refusal: null,
    sources: collectSources([{ what: `${model.id} prices (from ${q.priceFrom})`, source: q.source, checked: q.checked }]),
  };
}
