// Prices a usage profile on one model: uncached input + cached input + output.
// Long-context tiers bill the whole request at the tier price once the prompt crosses the threshold.
import { quotedPrice } from '../catalog/history.ts';
import { lifecycleNote } from '../catalog/lifecycle.ts';
import type { LongContextTier, PriceEntry, Source } from '../catalog/schema.ts';
import type { CatalogModel } from '../catalog/validate.ts';
import { cachedShareOf, type Mix, type UsageProfile } from './profile.ts';

export interface CostLine {
  part: 'input' | 'cached input' | 'output';
  tokens: number;
  /** USD per 1M tokens applied. */
  rate: number;
  usd: number;
}

export interface RatesUsed {
  input: number;
  cachedInput: number;
  output: number;
  /** Which price list the rates come from. */
  basis: 'standard' | 'batch' | 'priority' | 'flex' | 'fast';
  /** The long-context tier applied, if the prompt crossed one. */
  tier?: { above: number; inclusive: boolean };
}

export interface CostQuote {
  ok: true;
  model: string;
  monthlyUsd: number;
  /** USD per 1M tokens at this mix and cached share. */
  blendedPerMillion: number;
  breakdown: CostLine[];
  rates: RatesUsed;
  /** Facts about how the figure was reached that a reader must see (e.g. cached tokens billed as input). */
  notes: string[];
  priceFrom: string;
  source: Source;
  checked: string;
}

export interface CostRefusal {
  ok: false;
  model: string;
  reason: string;
}

export type CostResult = CostQuote | CostRefusal;

export const MILLION = 1_000_000;

/** The tokens a budget in USD buys at a price per 1M tokens (a blended price, for a month's budget at a mix). */
export function tokensBought(budgetUsd: number, usdPerMillion: number): number {
  return (budgetUsd / usdPerMillion) * MILLION;
}

/** The tier a prompt of `promptTokens` falls in (the highest one it crosses), if any. */
export function tierFor(tiers: LongContextTier[], promptTokens: number | undefined): LongContextTier | undefined {
  if (promptTokens === undefined) return undefined;
  let found: LongContextTier | undefined;
  for (const tier of tiers) {
    if (tier.inclusive ? promptTokens >= tier.above : promptTokens > tier.above) found = tier;
  }
  return found;
}

const refusal = (model: CatalogModel, reason: string): CostRefusal => ({ ok: false, model: model.id, reason });

/** The rates a profile bills at on a price entry, or why it cannot be billed there. */
export function ratesFor(model: CatalogModel, price: PriceEntry, profile: UsageProfile): RatesUsed | CostRefusal {
  if (profile.paidOnly && price.free)
    return refusal(model, `${model.id} has only a free, rate-limited endpoint, not a price to plan a workload on, and no host in the catalog sells it at a price`);
  const tier = tierFor(price.tiers, profile.promptTokens);
  const limit = model.maxInput ?? model.contextWindow;
  if (profile.promptTokens !== undefined && profile.promptTokens > limit) {
    return refusal(model, `a ${profile.promptTokens.toLocaleString('en-US')}-token prompt does not fit ${model.id} (max input ${limit.toLocaleString('en-US')} tokens)`);
  }
  if (profile.batch || profile.batchModels?.includes(model.id)) {
    if (profile.serviceTier !== 'standard') return refusal(model, 'batch and a service tier cannot be combined');
    if (price.batchInput === undefined || price.batchOutput === undefined) return refusal(model, `the catalog's sources publish no batch price for ${model.id}`);
    if (tier) return refusal(model, `${model.id} publishes no batch price for prompts above ${tier.above.toLocaleString('en-US')} tokens`);
    return { input: price.batchInput, cachedInput: price.cachedInput ?? price.input, output: price.batchOutput, basis: 'batch' };
  }
  if (profile.serviceTier !== 'standard') {
    const service = price.serviceTiers[profile.serviceTier];
    if (!service) return refusal(model, `the catalog's sources publish no ${profile.serviceTier} tier price for ${model.id}`);
    if (tier) return refusal(model, `${model.id} publishes no ${profile.serviceTier} tier price for prompts above ${tier.above.toLocaleString('en-US')} tokens`);
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

/**
 * Binary floating point is exact to far below a cent for any real bill; rounding every figure to 15
 * significant digits removes the last-bit noise (0.30000000000000004 → 0.3) and keeps costs exact to
 * the cent for any amount under $10 trillion. Rounding is monotonic, so costs still never fall as
 * volume grows.
 */
export const exact = (x: number): number => Number(x.toPrecision(15));

/** Input and output token counts for a monthly volume at a mix. */
export function splitTokens(tokensPerMonth: number, mix: Mix): { input: number; output: number } {
  const input = (tokensPerMonth * mix.input) / (mix.input + mix.output);
  return { input, output: tokensPerMonth - input };
}

/** A profile's monthly tokens by how they are billed: uncached input, cached input, output. */
export interface BilledTokens {
  uncached: number;
  cached: number;
  output: number;
}

export function billedTokens(profile: UsageProfile, model?: string): BilledTokens {
  const { input, output } = splitTokens(profile.tokensPerMonth, profile.mix);
  const cached = input * (model === undefined ? profile.cachedShare : cachedShareOf(profile, model));
  return { uncached: input - cached, cached, output };
}

/**
 * A month's bill before rounding (tokens × USD per 1M): the one sum every cost path uses, in one order, so
 * a ranking, its quotes and the lanes never disagree by a last bit.
 */
export const billTotal = (t: BilledTokens, input: number, cachedInput: number, output: number): number => t.uncached * input + t.cached * cachedInput + t.output * output;

/** A month's bill before rounding (USD × 1M, i.e. tokens × USD per 1M) and the rates behind it. */
export interface RawCost {
  ok: true;
  total: number;
  rates: RatesUsed;
}

/** A month's bill before rounding and the rates behind it: no breakdown, notes or rounding (`priceProfile` gives the full quote). */
export function rawCost(model: CatalogModel, profile: UsageProfile, asOf: string): RawCost | CostRefusal {
  const rates = ratesFor(model, quotedPrice(model, asOf), profile);
  if ('ok' in rates) return rates;
  return { ok: true, total: billTotal(billedTokens(profile, model.id), rates.input, rates.cachedInput, rates.output), rates };
}

export function priceProfile(model: CatalogModel, profile: UsageProfile, asOf: string): CostResult {
  const price = quotedPrice(model, asOf);
  const rates = ratesFor(model, price, profile);
  if ('ok' in rates) return rates;

  const t = billedTokens(profile, model.id);
  const cachedShare = cachedShareOf(profile, model.id);
  const breakdown: CostLine[] = [
    { part: 'input', tokens: exact(t.uncached), rate: rates.input, usd: exact((t.uncached * rates.input) / MILLION) },
    { part: 'cached input', tokens: exact(t.cached), rate: rates.cachedInput, usd: exact((t.cached * rates.cachedInput) / MILLION) },
    { part: 'output', tokens: exact(t.output), rate: rates.output, usd: exact((t.output * rates.output) / MILLION) },
  ];
  const total = billTotal(t, rates.input, rates.cachedInput, rates.output);

  const notes: string[] = [];
  if (cachedShare > 0 && price.cachedInput === undefined && rates.basis === 'standard') {
    notes.push(`${model.id} publishes no cached-input price; cached tokens are billed as input`);
  }
  if (cachedShare > 0 && rates.basis === 'batch') {
    notes.push('cached input is billed at the standard cached-input rate; the batch discount applies to the rest');
  }
  if (rates.tier) {
    notes.push(
      `the ${profile.promptTokens?.toLocaleString('en-US')}-token prompt is ${rates.tier.inclusive ? 'at or ' : ''}above ${rates.tier.above.toLocaleString('en-US')}, so the whole request is billed at the long-context price`,
    );
  }
  const lifecycle = lifecycleNote(model, asOf);
  if (lifecycle) notes.push(lifecycle);

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
