// Ranking against a reference: every model priced one by one (rawCost, the path quotes take), sorted by
// the documented tie-break. Standard profiles rank from the day's price sheet; the others model by model;
// both must give exactly the order and figures the reference gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotedPrice } from '../../src/catalog/history.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import type { CatalogModel } from '../../src/catalog/validate.ts';
import { priceProfile, rawCost } from '../../src/cost/price.ts';
import { defaultProfile, type UsageProfile } from '../../src/cost/profile.ts';
import { cheapest } from '../../src/cost/rank.ts';
import { priceSheet, sheetApplies } from '../../src/cost/sheet.ts';
import { usageProfilesWithPrompt } from '../helpers/profiles.ts';

const catalog = loadCatalog();
const AS_OF = '2026-11-22';

/** The ranking by brute force: price each model, keep the non-deprecated priced ones, sort by TIE_BREAK. */
function reference(profile: UsageProfile, asOf: string): { id: string; monthlyUsd: number }[] {
  const priced: { m: CatalogModel; total: number; output: number }[] = [];
  for (const m of catalog.models) {
    if (m.status === 'deprecated') continue;
    const c = rawCost(m, profile, asOf);
    if (c.ok) priced.push({ m, total: c.total, output: c.rates.output });
  }
  const same = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  priced.sort(
    (a, b) =>
      (same(a.total, b.total) ? 0 : a.total - b.total) ||
      a.output - b.output ||
      (b.m.released ?? '').localeCompare(a.m.released ?? '') ||
      a.m.id.localeCompare(b.m.id),
  );
  return priced.map(({ m }) => {
    const q = priceProfile(m, profile, asOf);
    return { id: m.id, monthlyUsd: q.ok ? q.monthlyUsd : Number.NaN };
  });
}


describe('cheapest', () => {
  it('ranks exactly as pricing every model one by one would, on the sheet and off it', () => {
    let onSheet = 0;
    fc.assert(
      fc.property(usageProfilesWithPrompt, fc.integer({ min: 1, max: 40 }), (profile, top) => {
        if (sheetApplies(profile)) onSheet += 1;
        const expected = reference(profile, AS_OF).slice(0, top);
        const got = cheapest(catalog, profile, {}, AS_OF, top);
        expect(got.ranking.map((r) => ({ id: r.model, monthlyUsd: r.monthlyUsd }))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
    expect(onSheet).toBeGreaterThan(0);
  });

  it('the standard profile of the bench (50M tokens, 3:1) takes the sheet, and agrees with the reference over every model', () => {
    const profile = defaultProfile(50_000_000);
    expect(sheetApplies(profile)).toBe(true);
    const all = cheapest(catalog, profile, {}, AS_OF, Number.MAX_SAFE_INTEGER);
    expect(all.ranking.map((r) => r.model)).toEqual(reference(profile, AS_OF).map((r) => r.id));
    expect(all.eligible).toBe(all.ranking.length);
  });

  it('prices from the sheet of the date asked: o3 before and after its June 2025 cut', () => {
    const profile = { ...defaultProfile(2e6), mix: { input: 1, output: 1 } };
    const o3 = (asOf: string) => cheapest(catalog, { ...profile }, { providers: ['openai'] }, asOf, 200).ranking.find((r) => r.model === 'o3');
    expect(o3('2025-06-01')?.monthlyUsd).toBe(50);
    expect(o3('2025-06-10')?.monthlyUsd).toBe(10);
    expect(o3('2025-06-01')?.monthlyUsd).toBe(50);
  });

  it('keeps one sheet per date and catalog, with the price entry in force for every model', () => {
    const sheet = priceSheet(catalog.models, AS_OF);
    expect(priceSheet(catalog.models, AS_OF)).toBe(sheet);
    expect(sheet.input).toHaveLength(catalog.models.length);
    catalog.models.forEach((m, i) => {
      const entry = quotedPrice(m, AS_OF);
      expect(entry.from <= AS_OF || entry === m.pricing[0]).toBe(true);
      expect(sheet.input[i]).toBe(entry.input);
      expect(sheet.cachedInput[i]).toBe(entry.cachedInput ?? entry.input);
      expect(sheet.output[i]).toBe(entry.output);
    });
  });

  it('price filters judge from the same figures: a bill of exactly the limit passes, a cent more does not', () => {
    const profile = defaultProfile(10_000_000);
    const third = cheapest(catalog, profile, {}, AS_OF, 3).ranking[2]!;
    const within = cheapest(catalog, profile, { maxMonthlyUsd: third.monthlyUsd }, AS_OF, 50).ranking.map((r) => r.model);
    expect(within).toContain(third.model);
    const below = cheapest(catalog, profile, { maxMonthlyUsd: third.monthlyUsd - 0.01 }, AS_OF, 50).ranking.map((r) => r.model);
    expect(below).not.toContain(third.model);
  });
});
