// Ranking against a reference: every model quoted one by one at each way of buying it (priceProfile, the path the
// shown rows take), filtered by plain predicates and sorted by the documented tie-break; the ranking must give exactly
// the order, figures, hosts and exclusion counts the reference gives. Hosts, free endpoints and retirement are then tested on
// a small catalog made here.
import fc from 'fast-check';
import { collapseSnapshots, snapshotGroupOf } from '../../src/catalog/snapshots.ts';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.ts';
import { answersTo } from '../helpers/names.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import { isRetired } from '../../src/catalog/lifecycle.ts';
import { CAPABILITIES } from '../../src/catalog/schema.ts';
import { buildCatalog, type Catalog, type CatalogModel } from '../../src/catalog/validate.ts';
import { priceProfile, type CostQuote } from '../../src/cost/price.ts';
import { defaultProfile, type UsageProfile } from '../../src/cost/profile.ts';
import { cheapest, type RankFilters, type Ranked } from '../../src/cost/rank.ts';
import { usageProfiles, usageProfilesWithPrompt } from '../helpers/profiles.ts';

const catalog = loadCatalog();
const AS_OF = '2026-11-22';

/**
 * Another model can stand in for `ref`: not a snapshot of it, every capability its requests use (not its platform's
 * batch, caching, fine-tuning or hosted tools) and every input it has, at least its context.
 */
function standsInFor(m: CatalogModel, ref: CatalogModel): boolean {
  if (snapshotGroupOf(catalog, m.id) === snapshotGroupOf(catalog, ref.id)) return false;
  const platform = ['prompt-caching', 'batch-api', 'fine-tuning', 'web-search', 'code-execution'];
  const capabilities = Object.entries(ref.capabilities).filter(([c, has]) => has === true && !platform.includes(c));
  return (
    capabilities.every(([c]) => m.capabilities[c as keyof CatalogModel['capabilities']] === true) &&
    ref.modalities.input.every((x) => m.modalities.input.includes(x)) &&
    m.contextWindow >= ref.contextWindow
  );
}

/** What a filter asks of a quoted model, written plainly. */
function meets(m: CatalogModel, q: CostQuote, f: RankFilters): boolean {
  if (isRetired(m, AS_OF)) return false;
  if (!f.includeDeprecated && m.status === 'deprecated') return false;
  if (f.providers && f.providers.length > 0 && !f.providers.includes(m.provider)) return false;
  if (f.minContext !== undefined && m.contextWindow < f.minContext) return false;
  if (f.openWeights && m.openWeights !== true) return false;
  // False asks for proprietary models only ("closed source"), not for no filter.
  if (f.openWeights === false && m.openWeights === true) return false;
  if ((f.need ?? []).some((c) => m.capabilities[c] !== true)) return false;
  if ((f.without ?? []).some((c) => m.capabilities[c] === true)) return false;
  if (f.excludeProviders?.includes(m.provider)) return false;
  if (f.families && f.families.length > 0 && !f.families.includes(m.family)) return false;
  if (f.named !== undefined && !answersTo(m, f.named)) return false;
  if (f.maxMonthlyUsd !== undefined && q.monthlyUsd > f.maxMonthlyUsd) return false;
  if (f.maxInputPerMillion !== undefined && q.rates.input > f.maxInputPerMillion) return false;
  if (f.like !== undefined && !standsInFor(m, catalog.byId.get(f.like) as CatalogModel)) return false;
  if (f.maxOutputPerMillion !== undefined && q.rates.output > f.maxOutputPerMillion) return false;
  return true;
}

/**
 * The model as sold on each paid route with its own price (not a batch endpoint: its prices are the Batch API's), and
 * by the provider itself unless that is a free endpoint, with the host it is bought at.
 */
function paidWays(m: CatalogModel, asOf: string): { model: CatalogModel; host: string }[] {
  const base = quotedPrice(m, asOf);
  const ways = base.free ? [] : [{ model: m, host: base.host ?? m.provider }];
  for (const r of m.routes) {
    if (r.free || r.batch || (r.input === undefined && r.output === undefined && r.cachedInput === undefined)) continue;
    const cached = r.cachedInput ?? (r.input === undefined ? base.cachedInput : undefined);
    const entry = {
      from: base.from,
      input: r.input ?? base.input,
      output: r.output ?? base.output,
      ...(cached !== undefined ? { cachedInput: cached } : {}),
      tiers: [],
      serviceTiers: {},
      source: r.source,
      checked: r.checked,
    };
    ways.push({ model: { ...m, pricing: [entry] }, host: r.platform });
  }
  return ways;
}

/** Equal but for float noise (the ranking's own rule). */
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));

/** The cheapest quote of a model over its paid ways (the lower output price on equal months), and where it is bought. */
function cheapestQuote(m: CatalogModel, profile: UsageProfile, asOf: string): { q: CostQuote; host: string } | undefined {
  let found: { q: CostQuote; host: string } | undefined;
  for (const { model, host } of paidWays(m, asOf)) {
    const q = priceProfile(model, profile, asOf);
    if (q.ok && (!found || (same(q.monthlyUsd, found.q.monthlyUsd) ? q.rates.output < found.q.rates.output : q.monthlyUsd < found.q.monthlyUsd))) found = { q, host };
  }
  return found;
}

/** The ranking by brute force: quote each model, keep those that meet the filters, sort by TIE_BREAK. */
function reference(profile: UsageProfile, asOf: string, filters: RankFilters = {}): { id: string; monthlyUsd: number; host: string }[] {
  const quoted: { m: CatalogModel; q: CostQuote; host: string }[] = [];
  for (const m of catalog.models) {
    const found = cheapestQuote(m, profile, asOf);
    if (found && meets(m, found.q, filters)) quoted.push({ m, ...found });
  }
  quoted.sort(
    (a, b) =>
      (same(a.q.monthlyUsd, b.q.monthlyUsd) ? 0 : a.q.monthlyUsd - b.q.monthlyUsd) ||
      a.q.rates.output - b.q.rates.output ||
      (b.m.released ?? '').localeCompare(a.m.released ?? '') ||
      a.m.id.localeCompare(b.m.id),
  );
  // Snapshots of one model rank once (the catalog's rule, tested on its own): the ranking is checked after it.
  return collapseSnapshots(catalog, quoted, ({ m }) => m.id).rows.map(({ m, q, host }) => ({ id: m.id, monthlyUsd: q.monthlyUsd, host }));
}

/** What the oracle compares of a ranked row. */
const seen = (r: Ranked) => ({ id: r.model, monthlyUsd: r.monthlyUsd, host: r.route.host });

/** The usual profile (standard prices, no prompt size): ranking prices it from the numbers, every other profile through ratesFor. */
const listPriceProfiles: fc.Arbitrary<UsageProfile> = usageProfiles.map((p) => ({ ...p, batch: false, serviceTier: 'standard' as const }));

const providers = [...new Set(catalog.models.map((m) => m.provider))];
const rankFilters: fc.Arbitrary<RankFilters> = fc.record(
  {
    providers: fc.subarray(providers),
    minContext: fc.constantFrom(32_000, 128_000, 200_000, 1_000_000),
    openWeights: fc.boolean(),
    need: fc.subarray([...CAPABILITIES], { maxLength: 2 }),
    without: fc.subarray([...CAPABILITIES], { maxLength: 2 }),
    excludeProviders: fc.subarray(providers, { maxLength: 3 }),
    families: fc.subarray([...new Set(catalog.models.map((m) => m.family))], { minLength: 1, maxLength: 8 }),
    named: fc.constantFrom('gpt-5', 'gpt-4.1', 'claude 4', 'gemini 3', 'llama', 'qwen3', 'opus', 'mini'),
    maxMonthlyUsd: fc.double({ min: 0, max: 5_000, noNaN: true }),
    maxInputPerMillion: fc.double({ min: 0, max: 5, noNaN: true }),
    like: fc.constantFrom(...catalog.models.map((m) => m.id)),
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
        expect(got.ranking.map(seen)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('ranks the usual profile (standard prices, no prompt size) exactly as quoting every model one by one would', () => {
    fc.assert(
      fc.property(listPriceProfiles, fc.oneof(fc.constant({}), rankFilters), fc.integer({ min: 1, max: 40 }), (profile, filters, top) => {
        const expected = reference(profile, AS_OF, filters);
        expect(cheapest(catalog, profile, filters, AS_OF, top).ranking.map(seen)).toEqual(expected.slice(0, top));
        const all = cheapest(catalog, profile, filters, AS_OF, catalog.models.length);
        expect(all.ranking.map(seen)).toEqual(expected);
        expect(all.eligible).toBe(expected.length);
      }),
      { numRuns: 100 },
    );
  });

  it('filters as the plain predicates do, and counts how many it ranked', () => {
    fc.assert(
      fc.property(usageProfilesWithPrompt, rankFilters, (profile, filters) => {
        const expected = reference(profile, AS_OF, filters);
        const got = cheapest(catalog, profile, filters, AS_OF, 1000);
        expect(got.ranking.map(seen)).toEqual(expected);
        expect(got.eligible).toBe(expected.length);
        expect(got.considered).toBe(catalog.models.length);
      }),
      { numRuns: 150 },
    );
  });

  it('says why each ranked model passes its price and license filters, in the figures it was judged by', () => {
    const filters: RankFilters = { openWeights: true, maxInputPerMillion: 0.5, maxOutputPerMillion: 2 };
    const got = cheapest(catalog, defaultProfile(10_000_000), filters, AS_OF, 20);
    expect(got.ranking.length).toBeGreaterThan(0);
    for (const r of got.ranking) {
      const model = catalog.byId.get(r.model) as CatalogModel;
      const [license, input, output] = r.why;
      expect(license).toMatch(/^open weights\b/);
      expect(license).not.toMatch(/open weights \(open weights/);
      expect(license).toContain(model.license);
      expect(input).toMatch(/^input \$[\d.]+\/1M ≤ \$0\.50\/1M$/);
      expect(output).toMatch(/^output \$[\d.]+\/1M ≤ \$2\.00\/1M$/);
    }
  });

  it("newest first: the same models as by price, reordered by release date (undated last), one day's releases by price", () => {
    fc.assert(
      fc.property(listPriceProfiles, fc.oneof(fc.constant({}), rankFilters), (profile, filters) => {
        const byPrice = cheapest(catalog, profile, filters, AS_OF, 1000);
        const newest = cheapest(catalog, profile, filters, AS_OF, 1000, 'newest');
        expect(newest.order).toBe('newest');
        const day = (r: Ranked) => r.released ?? '';
        // A stable sort of the price order by release date, newest first, is the newest order.
        const expected = [...byPrice.ranking].sort((a, b) => day(b).localeCompare(day(a)));
        expect(newest.ranking.map((r) => [r.model, r.route.host])).toEqual(expected.map((r) => [r.model, r.route.host]));
        expect(newest.eligible).toBe(byPrice.eligible);
        expect(newest.ranking.map((r) => r.released)).toEqual(newest.ranking.map((r) => catalog.byId.get(r.model)?.released ?? null));
      }),
      { numRuns: 60 },
    );
  });

  it('dearest first: the same models as by price, each at its cheapest way of buying it, in the opposite order of cost (equal costs as by price)', () => {
    fc.assert(
      fc.property(listPriceProfiles, fc.oneof(fc.constant({}), rankFilters), (profile, filters) => {
        const byPrice = cheapest(catalog, profile, filters, AS_OF, 1000);
        const dearest = cheapest(catalog, profile, filters, AS_OF, 1000, 'priciest');
        expect(dearest.order).toBe('priciest');
        // The same rows, each as priced by price order.
        const row = (r: (typeof byPrice.ranking)[number]) => `${r.model} ${r.route.host} ${r.monthlyUsd}`;
        expect(dearest.ranking.map(row).sort()).toEqual(byPrice.ranking.map(row).sort());
        // Dearest first: never a row dearer than the one before it (beyond float noise in the sums).
        dearest.ranking.slice(1).forEach((r, i) => {
          expect(r.monthlyUsd).toBeLessThanOrEqual((dearest.ranking[i]?.monthlyUsd ?? 0) * (1 + 1e-9));
        });
        // Equal costs keep the order by price.
        const position = new Map(byPrice.ranking.map((r, i) => [row(r), i]));
        dearest.ranking.slice(1).forEach((r, i) => {
          const before = dearest.ranking[i];
          if (before && before.monthlyUsd === r.monthlyUsd) expect(position.get(row(before)) ?? 0).toBeLessThan(position.get(row(r)) ?? 0);
        });
        expect(dearest.eligible).toBe(byPrice.eligible);
      }),
      { numRuns: 40 },
    );
  });

  it('a context or output floor no model reaches names the current model with the most of it, cited; any other empty ranking names none', () => {
    const current = catalog.models.filter((m) => !isRetired(m, AS_OF) && m.status !== 'deprecated');
    const widest = Math.max(...current.map((m) => m.contextWindow));
    const none = cheapest(catalog, defaultProfile(), { minContext: widest + 1 }, AS_OF, 5);
    expect(none.ranking).toEqual([]);
    expect(none.largest?.tokens).toBe(widest);
    expect(catalog.byId.get(none.largest?.model ?? '')?.contextWindow).toBe(widest);
    expect(none.sources.some((s) => s.what === `${none.largest?.model} specs`)).toBe(true);
    const longest = Math.max(...current.map((m) => m.maxOutput ?? 0));
    expect(cheapest(catalog, defaultProfile(), { minOutput: longest + 1 }, AS_OF, 5).largest?.tokens).toBe(longest);
    expect(cheapest(catalog, defaultProfile(), { minContext: widest }, AS_OF, 5).largest).toBeNull();
    expect(cheapest(catalog, defaultProfile(), { maxPerMillion: 0.000001 }, AS_OF, 5).largest).toBeNull();
  });

  it('a floor no model reaches beside other filters names the largest of the models those filters leave: the first by size without the floor', () => {
    fc.assert(
      fc.property(listPriceProfiles, rankFilters, fc.constantFrom('context', 'output'), (profile, drawn, what) => {
        const { minContext: _c, minOutput: _o, ...filters } = drawn;
        const without = cheapest(catalog, profile, filters, AS_OF, 1000, what);
        const top = without.ranking[0];
        if (!top) return;
        const size = what === 'context' ? top.contextWindow : (top.maxOutput ?? 0);
        const none = cheapest(catalog, profile, { ...filters, ...(what === 'context' ? { minContext: size + 1 } : { minOutput: size + 1 }) }, AS_OF, 5);
        expect(none.ranking).toEqual([]);
        const model = catalog.byId.get(none.largest?.model ?? '');
        const sizeOf = (m: typeof model) => (what === 'context' ? m?.contextWindow : m?.maxOutput);
        // With no filter besides the floor, the largest of every current model (priced or not).
        if (none.largest?.among === 'current') {
          const current = catalog.models.filter((m) => m.status !== 'deprecated' || filters.includeDeprecated);
          expect(none.largest.tokens).toBeGreaterThanOrEqual(size);
          expect(current.map(sizeOf)).toContain(none.largest.tokens);
          return;
        }
        expect(none.largest?.tokens).toBe(size);
        expect(sizeOf(model)).toBe(size);
      }),
      { numRuns: 40 },
    );
    // Gemini models only: the largest Gemini window, said to pass the other filters.
    const gemini = cheapest(catalog, defaultProfile(), { providers: ['google'], minContext: 10_000_000 }, AS_OF, 5);
    const widest = Math.max(...cheapest(catalog, defaultProfile(), { providers: ['google'] }, AS_OF, 1000).ranking.map((r) => r.contextWindow));
    expect(gemini.largest).toMatchObject({ among: 'filtered', tokens: widest });
    expect(catalog.byId.get(gemini.largest?.model ?? '')?.provider).toBe('google');
  });

  it('one per provider: each provider’s first row of the full ranking, in the same order, every provider with an eligible model', () => {
    fc.assert(
      fc.property(listPriceProfiles, fc.oneof(fc.constant({}), rankFilters), fc.constantFrom('price', 'priciest', 'newest', 'context'), (profile, filters, order) => {
        const all = cheapest(catalog, profile, filters, AS_OF, 1000, order as 'price');
        const each = cheapest(catalog, profile, { ...filters, eachProvider: true }, AS_OF, 1000, order as 'price');
        const seen = new Set<string>();
        const expected = all.ranking.filter((r) => !seen.has(r.provider) && seen.add(r.provider) !== undefined);
        expect(each.ranking.map((r) => [r.model, r.route.host])).toEqual(expected.map((r) => [r.model, r.route.host]));
        expect(new Set(each.ranking.map((r) => r.provider)).size).toBe(each.ranking.length);
        for (const r of each.ranking) expect(r.why.at(-1)).toMatch(/^first from /);
      }),
      { numRuns: 30 },
    );
  });

  it('largest context first: the same models as by price, reordered by context window, equal windows by price; the specs are cited', () => {
    fc.assert(
      fc.property(listPriceProfiles, fc.oneof(fc.constant({}), rankFilters), (profile, filters) => {
        const byPrice = cheapest(catalog, profile, filters, AS_OF, 1000);
        const byContext = cheapest(catalog, profile, filters, AS_OF, 1000, 'context');
        expect(byContext.order).toBe('context');
        const expected = [...byPrice.ranking].sort((a, b) => b.contextWindow - a.contextWindow);
        expect(byContext.ranking.map((r) => [r.model, r.route.host])).toEqual(expected.map((r) => [r.model, r.route.host]));
        expect(byContext.eligible).toBe(byPrice.eligible);
        for (const r of byContext.ranking.slice(0, 5)) expect(byContext.sources.some((s) => s.what.split('; ').includes(`${r.model} specs`))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('fastest first: only models with a measured output speed, fastest first, each cited; the rest counted as excluded', () => {
    const measured = (m: CatalogModel) => m.speed?.outputTokensPerSecond !== undefined;
    const speedOf = (id: string) => catalog.byId.get(id)?.speed?.outputTokensPerSecond ?? Number.NaN;
    const profile = defaultProfile(10_000_000);
    const byPrice = cheapest(catalog, profile, {}, AS_OF, 1000);
    const fastest = cheapest(catalog, profile, {}, AS_OF, 1000, 'speed');
    const expected = byPrice.ranking.filter((r) => measured(catalog.byId.get(r.model) as CatalogModel)).sort((a, b) => speedOf(b.model) - speedOf(a.model));
    expect(expected.length).toBeGreaterThan(0);
    expect(fastest.ranking.map((r) => r.model)).toEqual(expected.map((r) => r.model));
    expect(fastest.ranking.map((r) => r.outputTokensPerSecond)).toEqual(expected.map((r) => speedOf(r.model)));
    const unmeasured = catalog.models.filter((m) => !measured(m)).length;
    expect(fastest.excluded.find((e) => e.filter === 'speed')).toEqual({ filter: 'speed', label: 'no measured output speed', count: unmeasured });
    for (const r of fastest.ranking) {
      expect(r.why).toContain(`output ${speedOf(r.model)} tokens/s`);
      expect(fastest.sources.some((s) => s.what.split('; ').includes(`${r.model} speed`))).toBe(true);
    }
  });

  it("with a lane, each row says which of the lane's scores back it or that it is untested; 'tested' keeps only the scored", () => {
    const profile = defaultProfile(10_000_000);
    for (const lane of catalog.lanes.filter((l) => l.evidence.length > 0)) {
      const scored = (m: CatalogModel) => lane.evidence.some((e) => m.benchmarks.some((b) => b.id === e.benchmark));
      const all = cheapest(catalog, profile, { lane: lane.id }, AS_OF, 1000);
      for (const r of all.ranking) {
        const m = catalog.byId.get(r.model) as CatalogModel;
        const why = r.why.find((w) => w.includes(lane.id)) ?? '';
        if (scored(m)) expect(why, r.model).toMatch(new RegExp(`^fits ${lane.id} \\(.+\\)$`));
        else expect(why, r.model).toBe(`meets ${lane.id}'s needs, untested on its benchmarks`);
      }
      const tested = cheapest(catalog, profile, { lane: lane.id, laneTested: true }, AS_OF, 1000);
      expect(
        tested.ranking.map((r) => r.model),
        lane.id,
      ).toEqual(all.ranking.filter((r) => scored(catalog.byId.get(r.model) as CatalogModel)).map((r) => r.model));
      expect(tested.excluded.find((e) => e.filter === 'laneTested')?.label).toBe(`untested on the ${lane.id} lane's benchmarks`);
    }
  });

  it('output floors, speed floors, knowledge cutoffs and output modalities keep exactly the models whose published figures meet them', () => {
    const profile = defaultProfile(10_000_000);
    const all = cheapest(catalog, profile, {}, AS_OF, 10_000);
    const cases: [RankFilters, (m: CatalogModel) => boolean, string][] = [
      [{ minOutput: 64_000 }, (m) => (m.maxOutput ?? 0) >= 64_000, 'minOutput'],
      [
        { minKnowledgeCutoff: '2025-06' },
        (m) => m.knowledgeCutoff !== undefined && (m.knowledgeCutoff.length === 7 ? `${m.knowledgeCutoff}-01` : m.knowledgeCutoff) >= '2025-06-01',
        'minKnowledgeCutoff',
      ],
      [{ outputModalities: ['image'] }, (m) => m.modalities.output.includes('image'), 'output:image'],
      [{ minSpeed: 100 }, (m) => (m.speed?.outputTokensPerSecond ?? 0) >= 100, 'minSpeed'],
    ];
    for (const [filters, keeps, filter] of cases) {
      const got = cheapest(catalog, profile, filters, AS_OF, 10_000);
      expect(got.ranking.length, filter).toBeGreaterThan(0);
      for (const r of got.ranking) expect(keeps(catalog.byId.get(r.model) as CatalogModel), `${filter} ${r.model}`).toBe(true);
      // Every model that meets it and ranks unfiltered ranks here, or as a snapshot of one that does.
      const groups = new Set(got.ranking.map((r) => snapshotGroupOf(catalog, r.model)));
      for (const r of all.ranking.filter((x) => keeps(catalog.byId.get(x.model) as CatalogModel)))
        expect(groups.has(snapshotGroupOf(catalog, r.model)), `${filter} ${r.model}`).toBe(true);
      expect(got.excluded.find((e) => e.filter === filter)?.count, filter).toBe(catalog.models.filter((m) => !keeps(m)).length);
    }
  });

  it("'cheaper than' keeps exactly the stand-ins whose month costs less than the model's own, and says by how much", () => {
    const profile = defaultProfile(100_000_000);
    for (const id of ['claude-sonnet-4-5', 'gpt-4o', 'gpt-5']) {
      const ref = priceProfile(catalog.byId.get(id) as CatalogModel, profile, AS_OF);
      if (!ref.ok) throw new Error(`the catalog needs ${id} priced`);
      const all = cheapest(catalog, profile, { like: id }, AS_OF, 1000);
      const cheaper = cheapest(catalog, profile, { like: id, cheaperThanLike: true }, AS_OF, 1000);
      expect(
        cheaper.ranking.map((r) => r.model),
        id,
      ).toEqual(all.ranking.filter((r) => r.monthlyUsd < ref.monthlyUsd).map((r) => r.model));
      for (const r of cheaper.ranking)
        expect(
          r.why.some((w) => w.endsWith(`cheaper than ${id}`)),
          r.model,
        ).toBe(true);
    }
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
    const noBatch = catalog.models.filter((m) => m.status !== 'deprecated' && !isRetired(m, AS_OF) && !cheapestQuote(m, profile, AS_OF)).map((m) => m.id);
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

// ---------------------------------------------------------------------------------------------------------------
// Hosts, free endpoints and retirement, on a catalog made here (figures chosen by the test).

const SRC = { source: { url: 'https://example.com/pricing' }, checked: '2026-08-01' };
function small(models: Record<string, unknown>[]): Catalog {
  const base = {
    family: 'x',
    status: 'active',
    contextWindow: 128_000,
    modalities: { input: ['text'], output: ['text'] },
    license: 'open',
    openWeights: true,
    specSource: SRC.source,
    specChecked: SRC.checked,
  };
  const result = buildCatalog(
    [
      {
        file: 'acme.yml',
        data: {
          provider: { id: 'acme', name: 'Acme', website: 'https://example.com', pricingUrl: 'https://example.com/pricing' },
          models: models.map((m) => ({ ...base, name: m.id, ...m })),
        },
      },
    ],
    { file: 'benchmarks.yml', data: { benchmarks: [{ id: 'b', name: 'B', measures: 'm', scale: { unit: 'percent', min: 0 }, publishedBy: 'p', url: 'https://example.com' }] } },
  );
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.catalog;
}

describe('fastest first', () => {
  const speed = (tokensPerSecond: number) => ({ speed: { outputTokensPerSecond: tokensPerSecond, ...SRC } });
  const price = (input: number, output: number) => ({ pricing: [{ from: '2026-01-01', input, output, ...SRC }] });
  const speeds = small([
    { id: 'slow-cheap', ...price(0.1, 0.4), ...speed(50) },
    { id: 'quick', ...price(3, 12), ...speed(200) },
    { id: 'slow-dear', ...price(1, 4), ...speed(50) },
    { id: 'middle', ...price(2, 8), ...speed(120) },
    { id: 'unmeasured', ...price(0.01, 0.01) },
  ]);

  it('orders by measured speed, equal speeds by price, and leaves out a model without one', () => {
    const got = cheapest(speeds, defaultProfile(10_000_000), {}, '2026-11-22', 10, 'speed');
    expect(got.ranking.map((r) => r.model)).toEqual(['quick', 'middle', 'slow-cheap', 'slow-dear']);
    expect(got.excluded.find((e) => e.filter === 'speed')?.count).toBe(1);
    expect(got.tieBreak).toMatch(/^equal speeds are ordered by the lower monthly cost/);
  });

  it('by price, the same catalog puts the unmeasured model first: speed is an order, not a filter, only when asked', () => {
    const got = cheapest(speeds, defaultProfile(10_000_000), {}, '2026-11-22', 10);
    expect(got.ranking[0]?.model).toBe('unmeasured');
    expect(got.excluded.some((e) => e.filter === 'speed')).toBe(false);
  });
});

describe('cheapest across hosts, free endpoints and retirement', () => {
  const profile = defaultProfile(10_000_000);
  const catalog = small([
    // The provider's own price is dearer than two hosts; the cheaper host wins and is named.
    {
      id: 'open-big',
      pricing: [{ from: '2026-01-01', input: 1, cachedInput: 0.25, output: 4, ...SRC }],
      routes: [
        { platform: 'groq', id: 'open-big-groq', input: 0.5, output: 2, ...SRC },
        { platform: 'togetherai', id: 'acme/open-big', input: 0.6, output: 2.4, ...SRC },
        { platform: 'openrouter', id: 'acme/open-big:free', free: true, ...SRC },
        { platform: 'bedrock', id: 'acme.open-big-v1', ...SRC },
      ],
    },
    // Only a free endpoint: never ranked as a price, listed as unpriced; ranked with `free`.
    {
      id: 'free-only',
      pricing: [{ from: '2026-01-01', input: 0, output: 0, free: true, host: 'openrouter', ...SRC }],
      routes: [{ platform: 'openrouter', id: 'acme/free-only:free', free: true, ...SRC }],
    },
    // Retired on 2026-06-30: out of every ranking, even with includeDeprecated.
    { id: 'old', status: 'deprecated', deprecated: '2026-03-01', retires: '2026-06-30', pricing: [{ from: '2025-01-01', input: 0.01, output: 0.02, ...SRC }] },
    { id: 'mid', pricing: [{ from: '2026-01-01', input: 0.8, output: 3, ...SRC }] },
  ]);

  it('ranks each model at its cheapest paid route and names the host', () => {
    const got = cheapest(catalog, profile, {}, '2026-11-22', 10);
    expect(got.ranking.map((r) => [r.model, r.route.host, r.route.id])).toEqual([
      ['open-big', 'groq', 'open-big-groq'],
      ['mid', 'acme', null],
    ]);
    const bill = priceProfile(
      { ...catalog.byId.get('open-big')!, pricing: [{ ...catalog.byId.get('open-big')!.pricing[0]!, input: 0.5, output: 2, cachedInput: undefined }] },
      profile,
      '2026-11-22',
    );
    expect(got.ranking[0]!.monthlyUsd).toBe(bill.ok ? bill.monthlyUsd : NaN);
    expect(got.ranking.every((r) => r.monthlyUsd > 0 && !r.route.free)).toBe(true);
  });

  it('never ranks a free endpoint unless free models are asked for', () => {
    const paid = cheapest(catalog, profile, {}, '2026-11-22', 10);
    expect(paid.ranking.map((r) => r.model)).not.toContain('free-only');
    expect(paid.unpriced.map((u) => u.model)).toContain('free-only');
    const free = cheapest(catalog, profile, { free: true }, '2026-11-22', 10);
    expect(free.ranking.map((r) => [r.model, r.route.free, r.monthlyUsd])).toEqual([
      ['free-only', true, 0],
      ['open-big', true, 0],
    ]);
    expect(free.ranking[0]!.notes.join(' ')).toMatch(/free, rate-limited endpoint/);
    // Free is free for every part of the bill, cached input included (open-big's own API has a cached price).
    for (const p of [
      { ...profile, cachedShare: 0.5 },
      { ...profile, cachedShare: 0.5, promptTokens: 1000 },
    ]) {
      const cached = cheapest(catalog, p, { free: true }, '2026-11-22', 10);
      expect(cached.ranking.map((r) => [r.model, r.monthlyUsd])).toEqual([
        ['free-only', 0],
        ['open-big', 0],
      ]);
    }
  });

  it("asked for hosts, prices each model at its cheapest way of buying there: a route at the provider's price counts", () => {
    const at = (hosts: string[]) => cheapest(catalog, profile, { hosts }, '2026-11-22', 10);
    const month = (input: number, output: number) => {
      const m = catalog.byId.get('open-big')!;
      const q = priceProfile({ ...m, pricing: [{ ...m.pricing[0]!, input, output }] }, profile, '2026-11-22');
      return q.ok ? q.monthlyUsd : Number.NaN;
    };
    // Bedrock sells open-big at the provider's price (its cached price too); mid is not on Bedrock.
    const bedrock = at(['bedrock']);
    expect(bedrock.ranking.map((r) => [r.model, r.route.host, r.route.id])).toEqual([['open-big', 'bedrock', 'acme.open-big-v1']]);
    expect(bedrock.ranking[0]!.monthlyUsd).toBe(month(1, 4));
    expect(bedrock.excluded.find((e) => e.filter === 'hosts')).toMatchObject({ label: 'not sold on Amazon Bedrock', count: 3 });
    // Together's own price, not Groq's cheaper one elsewhere.
    expect(at(['togetherai']).ranking.map((r) => [r.model, r.route.host, r.monthlyUsd])).toEqual([['open-big', 'togetherai', month(0.6, 2.4)]]);
    // The provider's own API is a host too; the cheapest of several hosts wins.
    expect(at(['acme']).ranking.map((r) => [r.model, r.route.host])).toEqual([
      ['mid', 'acme'],
      ['open-big', 'acme'],
    ]);
    expect(at(['acme', 'groq']).ranking.map((r) => [r.model, r.route.host])).toEqual([
      ['open-big', 'groq'],
      ['mid', 'acme'],
    ]);
    // A free endpoint there is still no price.
    expect(at(['openrouter']).ranking).toEqual([]);
  });

  it("never prices a request by a batch endpoint's prices, with or without hosts asked", () => {
    const withBatch = small([
      {
        id: 'm',
        pricing: [{ from: '2026-01-01', input: 0.4, output: 1.6, batchInput: 0.2, batchOutput: 0.8, ...SRC }],
        routes: [{ platform: 'openrouter', id: 'acme/m:batch', batch: true, input: 0.2, output: 0.8, ...SRC }],
      },
    ]);
    const ranked = cheapest(withBatch, profile, {}, '2026-11-22', 10).ranking;
    expect(ranked.map((r) => [r.route.host, r.blendedPerMillion])).toEqual([['acme', 0.7]]);
    const onOpenRouter = cheapest(withBatch, profile, { hosts: ['openrouter'] }, '2026-11-22', 10);
    expect(onOpenRouter.ranking).toEqual([]);
    expect(onOpenRouter.excluded.find((e) => e.filter === 'hosts')?.count).toBe(1);
    // A ":batch" route must say it is one.
    expect(() =>
      small([
        { id: 'z', pricing: [{ from: '2026-01-01', input: 1, output: 1, ...SRC }], routes: [{ platform: 'openrouter', id: 'acme/z:batch', input: 0.5, output: 0.5, ...SRC }] },
      ]),
    ).toThrow(/mark it `batch: true`/);
    // Batch pricing is the model's own batch price.
    expect(cheapest(withBatch, { ...profile, batch: true }, {}, '2026-11-22', 10).ranking.map((r) => r.blendedPerMillion)).toEqual([0.35]);
  });

  it('leaves a retired model out even with includeDeprecated, and counts it', () => {
    for (const includeDeprecated of [false, true]) {
      const got = cheapest(catalog, profile, { includeDeprecated }, '2026-11-22', 10);
      expect(got.ranking.map((r) => r.model)).not.toContain('old');
      expect(got.excluded.find((e) => e.filter === 'retired')?.count).toBe(1);
    }
    // Before its retirement date it is a (deprecated) candidate.
    expect(cheapest(catalog, profile, { includeDeprecated: true }, '2026-05-01', 10).ranking[0]!.model).toBe('old');
  });

  it('refuses a $0 price that is not marked free, and a free endpoint with a price', () => {
    expect(() => small([{ id: 'z', pricing: [{ from: '2026-01-01', input: 0, output: 0, ...SRC }] }])).toThrow(/mark it `free: true`/);
    expect(() =>
      small([{ id: 'z', pricing: [{ from: '2026-01-01', input: 1, output: 1, ...SRC }], routes: [{ platform: 'groq', id: 'g', input: 1, output: 1, free: true, ...SRC }] }]),
    ).toThrow(/free endpoint with a price/);
  });
});

describe('retiring', () => {
  it('lists every deprecated model and every one with a retirement announced, soonest first, and nothing else', () => {
    const got = cheapest(catalog, defaultProfile(10_000_000), {}, AS_OF, 1000, 'retiring');
    const onTheWayOut = catalog.models.filter((m) => !isRetired(m, AS_OF) && (m.status === 'deprecated' || m.retires !== undefined));
    expect(onTheWayOut.length).toBeGreaterThan(5);
    const shown = new Set(got.ranking.map((r) => r.model));
    const unpriced = new Set(got.unpriced.map((u) => u.model));
    // Each one is shown, unpriced, or folded into a snapshot of itself that is shown.
    for (const m of onTheWayOut)
      expect(shown.has(m.id) || unpriced.has(m.id) || got.ranking.some((r) => snapshotGroupOf(catalog, r.model) === snapshotGroupOf(catalog, m.id)), m.id).toBe(true);
    for (const r of got.ranking)
      expect(
        onTheWayOut.map((m) => m.id),
        r.model,
      ).toContain(r.model);
    // Soonest retirement first; deprecated without a date last.
    const days = got.ranking.map((r) => r.retires ?? '9999');
    expect(days).toEqual([...days].sort());
    for (const r of got.ranking) expect(r.why.join('; '), r.model).toMatch(r.retires ? `retires ${r.retires}` : 'no retirement date published');
  });
});

describe('best value', () => {
  it('keeps exactly the models no other beats on both price and score (the frontier), cheapest first', () => {
    const benchmark = 'aa-intelligence-index';
    const score = (id: string) => {
      const m = catalog.byId.get(id) as CatalogModel;
      return Math.max(...m.benchmarks.filter((b) => b.id === benchmark).map((b) => b.score));
    };
    fc.assert(
      fc.property(listPriceProfiles, fc.boolean(), (profile, openWeights) => {
        const filters: RankFilters = { scoredOn: benchmark, ...(openWeights ? { openWeights } : {}) };
        const got = cheapest(catalog, profile, filters, AS_OF, 1000, 'value');
        // Every model ranking would price, with the score: which of them another beats, plainly.
        // Prices compared unrounded (the rate per 1M at the profile), as a month in cents may hide a difference.
        const all = reference(profile, AS_OF, openWeights ? { openWeights } : {})
          .filter((r) => Number.isFinite(score(r.id)))
          .map((r) => ({ id: r.id, rate: cheapestQuote(catalog.byId.get(r.id) as CatalogModel, profile, AS_OF)?.q.blendedPerMillion ?? Number.NaN }));
        const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(a, b);
        const beaten = (r: (typeof all)[number]) =>
          all.some((o) => o.id !== r.id && (same(o.rate, r.rate) ? score(o.id) > score(r.id) : o.rate < r.rate && score(o.id) >= score(r.id)));
        const frontier = all.filter((r) => !beaten(r));
        expect(frontier.length).toBeGreaterThan(0);
        expect(got.ranking.map((r) => r.model).sort()).toEqual(frontier.map((r) => r.id).sort());
        // Cheapest first, each scoring above every cheaper one.
        const scores = got.ranking.map((r) => score(r.model));
        expect(scores).toEqual([...scores].sort((a, b) => a - b));
        expect(got.ranking.map((r) => r.monthlyUsd)).toEqual([...got.ranking.map((r) => r.monthlyUsd)].sort((a, b) => a - b));
        expect(got.excluded.find((e) => e.filter === 'frontier')?.count).toBe(all.length - frontier.length);
      }),
      { numRuns: 40 },
    );
  });
});

describe('knowledge cutoff', () => {
  it('ranks the most recent knowledge cutoff first, a month as its first day, and counts the models that publish none', () => {
    const got = cheapest(catalog, defaultProfile(10_000_000), {}, AS_OF, 1000, 'cutoff');
    const day = (c: string) => (c.length === 7 ? `${c}-01` : c);
    const cutoffs = got.ranking.map((r) => day(r.knowledgeCutoff ?? ''));
    expect(cutoffs.length).toBeGreaterThan(10);
    expect(cutoffs.every((c) => /^\d{4}-\d{2}-\d{2}$/.test(c))).toBe(true);
    expect(cutoffs).toEqual([...cutoffs].sort().reverse());
    // Each filter counts every model it leaves out, whatever the others do.
    const unpublished = catalog.models.filter((m) => m.knowledgeCutoff === undefined).length;
    expect(got.excluded.find((e) => e.filter === 'cutoffPublished')?.count).toBe(unpublished);
  });
});
