// Ranking against a reference: every model quoted one by one (priceProfile, the path the shown rows take),
// filtered by plain predicates and sorted by the documented tie-break; the ranking must give exactly the
// order, figures and exclusion counts the reference gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.ts';
import { CAPABILITIES } from '../../src/catalog/schema.ts';
import type { CatalogModel } from '../../src/catalog/validate.ts';
import { priceProfile, type CostQuote } from '../../src/cost/price.ts';
import { defaultProfile, type UsageProfile } from '../../src/cost/profile.ts';
import { cheapest, type RankFilters } from '../../src/cost/rank.ts';
import { usageProfilesWithPrompt } from '../helpers/profiles.ts';

const catalog = loadCatalog();
const AS_OF = '2026-11-22';

/** What a filter asks of a quoted model, written plainly. */
function meets(m: CatalogModel, q: CostQuote, f: RankFilters): boolean {
  if (!f.includeDeprecated && m.status === 'deprecated') return false;
  if (f.providers && f.providers.length > 0 && !f.providers.includes(m.provider)) return false;
  if (f.minContext !== undefined && m.contextWindow < f.minContext) return false;
  if (f.openWeights && m.openWeights !== true) return false;
  if ((f.need ?? []).some((c) => m.capabilities[c] !== true)) return false;
  if (f.maxMonthlyUsd !== undefined && q.monthlyUsd > f.maxMonthlyUsd) return false;
  if (f.maxOutputPerMillion !== undefined && q.rates.output > f.maxOutputPerMillion) return false;
  return true;
}

/** The ranking by brute force: quote each model, keep those that meet the filters, sort by TIE_BREAK. */
function reference(profile: UsageProfile, asOf: string, filters: RankFilters = {}): { id: string; monthlyUsd: number }[] {
  const quoted: { m: CatalogModel; q: CostQuote }[] = [];
  for (const m of catalog.models) {
    const q = priceProfile(m, profile, asOf);
    if (q.ok && meets(m, q, filters)) quoted.push({ m, q });
  }
  const same = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  quoted.sort(
    (a, b) =>
      (same(a.q.monthlyUsd, b.q.monthlyUsd) ? 0 : a.q.monthlyUsd - b.q.monthlyUsd) ||
      a.q.rates.output - b.q.rates.output ||
      (b.m.released ?? '').localeCompare(a.m.released ?? '') ||
      a.m.id.localeCompare(b.m.id),
  );
  return quoted.map(({ m, q }) => ({ id: m.id, monthlyUsd: q.monthlyUsd }));
}

const providers = [...new Set(catalog.models.map((m) => m.provider))];
const rankFilters: fc.Arbitrary<RankFilters> = fc.record(
  {
    providers: fc.subarray(providers),
    minContext: fc.constantFrom(32_000, 128_000, 200_000, 1_000_000),
    openWeights: fc.boolean(),
    need: fc.subarray([...CAPABILITIES], { maxLength: 2 }),
    maxMonthlyUsd: fc.double({ min: 0, max: 5_000, noNaN: true }),
    maxOutputPerMillion: fc.double({ min: 0, max: 20, noNaN: true }),
    includeDeprecated: fc.boolean(),
  },
  { requiredKeys: [] },
);

describe('cheapest', () => {
  it('ranks exactly as quoting every model one by one would', () => {
    fc.assert(
      fc.property(usageProfilesWithPrompt, fc.integer({ min: 1, max: 40 }), (profile, top) => {
        const expected = reference(profile, AS_OF).slice(0, top);
        const got = cheapest(catalog, profile, {}, AS_OF, top);
        expect(got.ranking.map((r) => ({ id: r.model, monthlyUsd: r.monthlyUsd }))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('filters as the plain predicates do, and counts how many it ranked', () => {
    fc.assert(
      fc.property(usageProfilesWithPrompt, rankFilters, (profile, filters) => {
        const expected = reference(profile, AS_OF, filters);
        const got = cheapest(catalog, profile, filters, AS_OF, 1000);
        expect(got.ranking.map((r) => ({ id: r.model, monthlyUsd: r.monthlyUsd }))).toEqual(expected);
        expect(got.eligible).toBe(expected.length);
        expect(got.considered).toBe(catalog.models.length);
      }),
      { numRuns: 150 },
    );
  });

  it('ranks every model at the standard profile of the bench (50M tokens, 3:1)', () => {
    const profile = defaultProfile(50_000_000);
    const all = cheapest(catalog, profile, {}, AS_OF, Number.MAX_SAFE_INTEGER);
    expect(all.ranking.map((r) => r.model)).toEqual(reference(profile, AS_OF).map((r) => r.id));
    expect(all.eligible).toBe(all.ranking.length);
  });

  it('prices on the date asked: o3 before and after its June 2025 cut', () => {
    const profile = { ...defaultProfile(2e6), mix: { input: 1, output: 1 } };
    const o3 = (asOf: string) => cheapest(catalog, { ...profile }, { providers: ['openai'] }, asOf, 200).ranking.find((r) => r.model === 'o3');
    expect(o3('2025-06-01')?.monthlyUsd).toBe(50);
    expect(o3('2025-06-10')?.monthlyUsd).toBe(10);
    expect(o3('2025-06-01')?.monthlyUsd).toBe(50);
  });

  it('reports the models the filters let through but that have no price for the profile', () => {
    const profile = { ...defaultProfile(10_000_000), batch: true };
    const got = cheapest(catalog, profile, {}, AS_OF, 5);
    const noBatch = catalog.models.filter((m) => m.status !== 'deprecated' && !priceProfile(m, profile, AS_OF).ok).map((m) => m.id);
    expect(got.unpriced.map((u) => u.model)).toEqual(noBatch);
    expect(got.ranking.map((r) => r.model)).not.toContain(noBatch[0]);
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
