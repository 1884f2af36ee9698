// A cached share said of each model apart ("sonnet 4.5 with 90% cache hits vs gpt-5 with no caching") prices each model
// with its own share: in the costs, the crossover, the assumptions and the command it reads back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { queryJson } from '../../src/ask/index.ts';
import type { Query } from '../../src/ask/query.ts';
import { crossover } from '../../src/cost/crossover.ts';
import { priceProfile, rawCost } from '../../src/cost/price.ts';
import { defaultProfile, type UsageProfile } from '../../src/cost/profile.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const asOf = '2026-12-06';
const ports = { catalog, now: () => new Date(`${asOf}T12:00:00Z`), logger: createLogger('error') };
const ask = (text: string, previous?: Query) => handle({ text, where: LOCAL, ...(previous ? { previous } : {}) }, ports);
const model = (id: string) => {
  const m = catalog.byId.get(id);
  if (!m) throw new Error(id);
  return m;
};

describe('a cached share said of each model', () => {
  it.each([
    ['sonnet 4.5 with 90% cache hits vs gpt-5 with no caching', { 'claude-sonnet-4-5': 0.9, 'gpt-5': 0 }],
    ['90% cached on sonnet 4.5, none on gpt-5', { 'claude-sonnet-4-5': 0.9, 'gpt-5': 0 }],
    ['gpt-5 (80% cache hits) vs sonnet 4.5 (50% cache hits) at 100M tokens', { 'gpt-5': 0.8, 'claude-sonnet-4-5': 0.5 }],
    ['which is cheaper, gpt-5 with 80% caching or sonnet 4.5 with 90% caching?', { 'gpt-5': 0.8, 'claude-sonnet-4-5': 0.9 }],
    ['gpt-5 with half the input cached vs o3', { 'gpt-5': 0.5, o3: 0 }],
    ['gpt-5 at 80% cached input vs gemini 2.5 pro', { 'gpt-5': 0.8, 'gemini-2.5-pro': 0 }],
    ['/compare claude-sonnet-4-5 gpt-5 cached 90% for gpt-5', { 'claude-sonnet-4-5': 0, 'gpt-5': 0.9 }],
  ])('"%s" prices each model with its own share', async (text, shares) => {
    const { query, answer, command } = await ask(text);
    expect(query.cachedShares).toEqual(shares);
    expect(query.cachedShare).toBeNull();
    // "With no caching" prices a model; it is no filter.
    expect(query.filters.without ?? []).not.toContain('prompt-caching');
    if (answer.kind !== 'comparison' && answer.kind !== 'attribute') throw new Error(answer.kind);
    // Read back, the command asks the same.
    const again = await ask(command);
    expect(again.query.cachedShares).toEqual(shares);
    expect(renderText(again.answer)).toBe(renderText(answer));
  });

  it.each([
    ['compare gpt-5 and o3 with 50% cache hits', 0.5],
    ['gpt-5 with 80% caching vs o3 with 80% caching', 0.8],
    ['gpt-5 vs o3, 30% cached', 0.3],
  ])('"%s" has one share for both', async (text, share) => {
    const { query } = await ask(text);
    expect(query.cachedShares).toBeUndefined();
    expect(query.cachedShare).toBe(share);
  });

  it("each model's monthly cost is its price at its own share, and the assumptions say each share", async () => {
    const { answer } = await ask('sonnet 4.5 with 90% cache hits vs gpt-5 with no caching at 50M tokens');
    if (answer.kind !== 'comparison') throw new Error(answer.kind);
    const yours = answer.rows.find((r) => r.volume?.yours);
    for (const [id, share] of [
      ['claude-sonnet-4-5', 0.9],
      ['gpt-5', 0],
    ] as const) {
      const alone = priceProfile(model(id), { ...defaultProfile(50_000_000), cachedShare: share }, asOf);
      if (!alone.ok) throw new Error(alone.reason);
      expect(yours?.values[id]?.value).toBe(alone.monthlyUsd);
    }
    expect(answer.assumptions.text).toContain('90% of input cached for claude-sonnet-4-5 and none for gpt-5');
    expect(renderText(answer)).not.toMatch(/no prompt caching/);
  });

  it('the --json contract shows each share by id', async () => {
    const { query } = await ask('sonnet 4.5 with 90% cache hits vs gpt-5 with no caching');
    expect(queryJson(catalog, query)).toMatchObject({ cachedShare: null, cachedShares: { 'claude-sonnet-4-5': 0.9, 'gpt-5': 0 } });
    expect(queryJson(catalog, (await ask('gpt-5 vs o3 with 50% cache hits')).query)).not.toHaveProperty('cachedShares');
  });

  it('a follow-up keeps each share until one is said for all', async () => {
    const first = await ask('sonnet 4.5 with 90% cache hits vs gpt-5 with no caching');
    const more = await ask('and at 100M tokens?', first.query);
    expect(more.query.cachedShares).toEqual(first.query.cachedShares);
    expect(more.query.tokens).toBe(100_000_000);
    const one = await ask('what about with 50% cache hits?', more.query);
    expect(one.query.cachedShares).toBeUndefined();
    expect(one.query.cachedShare).toBe(0.5);
    expect(one.command).not.toMatch(/ for claude-sonnet-4-5/);
  });
});

describe('the crossover at a share each', () => {
  const priced = catalog.models.filter((m) => m.status === 'active' && rawCost(m, defaultProfile(), asOf).ok).map((m) => m.id);

  it('where the cheaper flips with the mix, both cost the same; "always" is cheaper at every mix at those shares', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...priced),
        fc.constantFrom(...priced),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 9 }),
        (a, b, pa, pb, input) => {
          fc.pre(a !== b && pa !== pb);
          const profile: UsageProfile = { ...defaultProfile(10_000_000), mix: { input, output: 10 - input }, cachedShares: { [a]: pa / 100, [b]: pb / 100 } };
          const c = crossover(model(a), model(b), profile, asOf);
          if (!c) return;
          expect(c.ownShares).toEqual([pa / 100, pb / 100]);
          // Moving the one share for both says nothing of two shares apart.
          expect(c.cached).toBeNull();
          expect(c.mixAllCached).toBeNull();
          const cost = (id: string, s: number) => {
            const r = rawCost(model(id), { ...profile, mix: { input: s, output: 1 - s } }, asOf);
            if (!r.ok) throw new Error(r.reason);
            return r.total;
          };
          if (c.mix) {
            const s = c.mix.inputShare;
            expect(Math.abs(cost(a, s) - cost(b, s))).toBeLessThan(1e-6 * Math.max(1, cost(a, s)));
          }
          if (c.always !== null && c.always !== 'same') {
            const other = c.always === a ? b : a;
            for (const s of [0, 0.25, 0.5, 0.75, 1]) expect(cost(c.always, s)).toBeLessThanOrEqual(cost(other, s) + 1e-9);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a cached share said of one model in a follow-up', () => {
  it('"with 90% cache hits on sonnet" after sonnet 4.5 vs gpt-5 is sonnet 4.5’s own share; then gpt-5’s is added', async () => {
    const pair = await ask('sonnet 4.5 vs gpt-5 at 100M tokens');
    const one = await ask('with 90% cache hits on sonnet', pair.asked);
    expect(one.query.intent).toBe('compare');
    expect(one.query.models).toEqual(['claude-sonnet-4-5', 'gpt-5']);
    expect(one.query.cachedShares).toEqual({ 'claude-sonnet-4-5': 0.9, 'gpt-5': 0 });
    expect(one.query.tokens).toBe(100_000_000);
    const both = await ask('what if gpt-5 gets 50% cached too?', one.asked);
    expect(both.query.cachedShares).toEqual({ 'claude-sonnet-4-5': 0.9, 'gpt-5': 0.5 });
  });

  it('the same share said of the last model apart is one share for all', async () => {
    const pair = await ask('sonnet 4.5 vs gpt-5');
    const first = await ask('sonnet with 50% caching', pair.asked);
    const both = await ask('and gpt-5 with 50% cached', first.asked);
    expect(both.query.cachedShares).toBeUndefined();
    expect(both.query.cachedShare).toBe(0.5);
  });
});
