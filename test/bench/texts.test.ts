// The computed load's texts: different every request, varied, and read by the bot as the command they
// stand for (a two-model /compare, a cheapest ranking), never as an unknown model or a problem.
import { describe, expect, it } from 'vitest';
import { cheapestSupply, commandLoads, compareSupply, nameablePool } from '../../bench/lib/texts.ts';
import { parseText } from '../../src/ask/index.ts';
import { resolveModel } from '../../src/catalog/resolve.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const firstTexts = (supply: { distinct: (i: number) => string }, n: number) => Array.from({ length: n }, (_, i) => supply.distinct(i));

describe('computed load texts', () => {
  const pool = [['alpha-1', 'alpha'], ['beta-2'], ['gamma-3', 'gamma'], ['delta-4'], ['eps-5']];

  it('differ for every request up to the supply’s variety', () => {
    const compare = compareSupply(pool);
    const texts = firstTexts(compare, Math.min(compare.variety, 2_000));
    expect(new Set(texts).size).toBe(texts.length);
    const cheapest = cheapestSupply();
    expect(cheapest.variety).toBeGreaterThan(20_000);
    const ranked = firstTexts(cheapest, 20_000);
    expect(new Set(ranked).size).toBe(ranked.length);
  });

  it('pair two different models and mix volumes, mixes and pricing options', () => {
    const texts = firstTexts(compareSupply(pool), 200);
    const owner = new Map(pool.flatMap((names, m) => names.map((n) => [n, m] as const)));
    for (const t of texts) {
      const [a, b] = t.split(' ');
      expect(owner.has(a!) && owner.has(b!)).toBe(true);
      expect(owner.get(a!)).not.toBe(owner.get(b!));
    }
    const share = (re: RegExp) => texts.filter((t) => re.test(t)).length / texts.length;
    expect(share(/^\S+ \S+$/)).toBeGreaterThan(0.2); // just the two names
    expect(share(/ for \d+[kM] tokens/)).toBeGreaterThan(0.3);
    expect(share(/ mix \d+:\d+/)).toBeGreaterThan(0.1);
    expect(share(/ cached \d+%| batch/)).toBeGreaterThan(0.05);
    expect(texts.some((t) => /\balpha\b|\bgamma\b/.test(t))).toBe(true); // aliases too, not only ids
  });

  it('are read on the real catalog as the command they stand for', () => {
    const catalog = loadCatalog();
    const resolves = (name: string) => {
      const r = resolveModel(catalog, name);
      return r.kind === 'found' ? r.model.id : undefined;
    };
    const realPool = nameablePool(catalog.models, [resolves]);
    expect(realPool.length).toBeGreaterThan(50);
    const [compare, cheapest] = commandLoads(realPool);
    const compares = firstTexts(compare!, 1_000).map((t) => parseText(catalog, `/compare ${t}`));
    const twoModels = compares.filter((q) => q.intent === 'compare' && q.problems.length === 0 && q.models.length === 2 && q.models.every((m) => resolves(m) !== undefined));
    expect(twoModels).toHaveLength(1_000);
    const rankings = firstTexts(cheapest!, 1_000).map((t) => parseText(catalog, `/models ${t}`));
    expect(rankings.filter((q) => q.intent === 'cheapest' && q.problems.length === 0 && q.tokens !== null)).toHaveLength(1_000);
  });
});
