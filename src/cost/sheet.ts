// Every model's standard price on one date, laid out flat for ranking: a ranking reads three numbers per
// model from contiguous arrays instead of walking each model's price history and allocating its rates,
// so ranking thousands of models stays linear and makes no garbage. Built once per catalog and date.
import { quotedPrice } from '../catalog/history.ts';
import type { CatalogModel } from '../catalog/validate.ts';
import type { UsageProfile } from './profile.ts';

/** Per model, in the catalog's order. */
export interface PriceSheet {
  /** USD per 1M, standard basis: input, cached input (the input price where none is published), output. */
  input: Float64Array;
  cachedInput: Float64Array;
  output: Float64Array;
}

/** Dates a sheet is kept for, per catalog: answers mostly ask about today; tests and backfills about a few others. */
const DATES_KEPT = 4;
const sheets = new WeakMap<readonly CatalogModel[], Map<string, PriceSheet>>();

function buildSheet(models: readonly CatalogModel[], asOf: string): PriceSheet {
  const n = models.length;
  const sheet: PriceSheet = { input: new Float64Array(n), cachedInput: new Float64Array(n), output: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const price = quotedPrice(models[i] as CatalogModel, asOf);
    sheet.input[i] = price.input;
    sheet.cachedInput[i] = price.cachedInput ?? price.input;
    sheet.output[i] = price.output;
  }
  return sheet;
}

/** The sheet of `models` on `asOf` (memoized: the catalog is immutable, so a sheet never goes stale). */
export function priceSheet(models: readonly CatalogModel[], asOf: string): PriceSheet {
  let byDate = sheets.get(models);
  if (!byDate) {
    byDate = new Map();
    sheets.set(models, byDate);
  }
  let sheet = byDate.get(asOf);
  if (!sheet) {
    sheet = buildSheet(models, asOf);
    if (byDate.size >= DATES_KEPT) byDate.delete(byDate.keys().next().value as string);
    byDate.set(asOf, sheet);
  }
  return sheet;
}

/**
 * Whether a profile is billed at the sheet's rates for every model: standard basis, and no prompt size
 * that could cross a long-context tier or a model's input limit. Other profiles price model by model.
 */
export const sheetApplies = (profile: UsageProfile): boolean => !profile.batch && profile.serviceTier === 'standard' && profile.promptTokens === undefined;
