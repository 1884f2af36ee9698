// Prices are a dated history: an entry applies from its `from` date (inclusive) until the next entry.
import type { PriceEntry } from './schema.ts';
import type { CatalogModel } from './validate.ts';

/** The price entry in force on `date` (YYYY-MM-DD), or undefined before the first one. */
export function priceOn(model: CatalogModel, date: string): PriceEntry | undefined {
  let found: PriceEntry | undefined;
  for (const entry of model.pricing) {
    if (entry.from <= date) found = entry;
    else break;
  }
  return found;
}

/**
 * The price to quote on `date`: the entry in force, or — for a model whose first published price
 * starts later (a scheduled launch) — that first entry.
 */
export function quotedPrice(model: CatalogModel, date: string): PriceEntry {
  return priceOn(model, date) ?? (model.pricing[0] as PriceEntry);
}

/** Entries that start after `date`: announced changes not yet in force. */
export function scheduledChanges(model: CatalogModel, date: string): PriceEntry[] {
  return model.pricing.filter((entry) => entry.from > date);
}
