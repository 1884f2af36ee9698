// Where the cheaper of two models changes, checked against the pricing itself: every mix, cached share, prompt size and
// date the crossover names is priced model by model, and the order on each side of it is the one it says.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cheapestByMix, crossover, crossoverWords, ratioOf } from '../../src/cost/crossover.ts';
import { rawCost } from '../../src/cost/price.ts';
import { defaultProfile, type UsageProfile } from '../../src/cost/profile.ts';
import type { CatalogModel } from '../../src/catalog/validate.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const today = '2026-12-02';
const priced = catalog.models.filter((m) => m.status !== 'deprecated' && rawCost(m, defaultProfile(), today).ok);
const model = fc.constantFrom(...priced);
const profile = fc.record({
  input: fc.integer({ min: 0, max: 20 }),
  output: fc.integer({ min: 0, max: 20 }),
  cachedShare: fc.constantFrom(0, 0.25, 0.5, 0.9),
});
const profileOf = (p: { input: number; output: number; cachedShare: number }): UsageProfile => ({
  ...defaultProfile(10_000_000),
  mix: { input: p.input, output: p.output },
  cachedShare: p.cachedShare,
});

/** Which costs less at a profile on a date, priced one model at a time. */
function cheaper(a: CatalogModel, b: CatalogModel, p: UsageProfile, date = today): string {
  const [x, y] = [rawCost(a, p, date), rawCost(b, p, date)];
  if (!x.ok || !y.ok) throw new Error('unpriced');
  const d = x.total - y.total;
  return Math.abs(d) <= 1e-9 * Math.max(x.total, y.total) ? 'same' : d < 0 ? a.id : b.id;
}
const atShare = (p: UsageProfile, share: number): UsageProfile => ({ ...p, mix: { input: share, output: 1 - share } });

describe('crossover of two models', () => {
  it('the mix it names costs the same on both, and each side of it is cheaper on the model it says', () => {
    let seen = 0;
    fc.assert(
      fc.property(model, model, profile, (a, b, raw) => {
        fc.pre(a.id !== b.id && raw.input + raw.output > 0);
        const p = profileOf(raw);
        const c = crossover(a, b, p, today);
        if (!c?.mix) return;
        seen += 1;
        const s = c.mix.inputShare;
        expect(s).toBeGreaterThan(0);
        expect(s).toBeLessThan(1);
        const [x, y] = [rawCost(a, atShare(p, s), today), rawCost(b, atShare(p, s), today)];
        if (!x.ok || !y.ok) throw new Error('unpriced');
        expect(Math.abs(x.total - y.total)).toBeLessThanOrEqual(1e-6 * Math.max(x.total, y.total));
        const step = Math.min(s, 1 - s) / 2;
        expect(cheaper(a, b, atShare(p, s + step))).toBe(c.mix.moreInput);
        expect(cheaper(a, b, atShare(p, s - step))).toBe(c.mix.moreOutput);
      }),
      { numRuns: 400 },
    );
    expect(seen).toBeGreaterThan(20);
  });

  it('a model said cheaper everywhere is never dearer, at any mix or cached share', () => {
    let seen = 0;
    fc.assert(
      fc.property(model, model, profile, profile, (a, b, asked, probe) => {
        fc.pre(a.id !== b.id && asked.input + asked.output > 0 && probe.input + probe.output > 0);
        const c = crossover(a, b, profileOf(asked), today);
        if (!c || c.always === null) return;
        seen += 1;
        const other = c.always === a.id ? b.id : a.id;
        const got = cheaper(a, b, profileOf(probe));
        if (c.always === 'same') expect(got).toBe('same');
        else expect(got).not.toBe(other);
        expect(c.mix).toBeNull();
        expect(c.cached).toBeNull();
      }),
      { numRuns: 400 },
    );
    expect(seen).toBeGreaterThan(20);
  });

  it('the cached share it names is where they meet, at the mix asked', () => {
    let seen = 0;
    fc.assert(
      fc.property(model, model, profile, (a, b, raw) => {
        fc.pre(a.id !== b.id && raw.input > 0);
        const p = profileOf(raw);
        const c = crossover(a, b, p, today);
        if (!c?.cached) return;
        seen += 1;
        const share = c.cached.share;
        const step = Math.min(share, 1 - share) / 2;
        expect(cheaper(a, b, { ...p, cachedShare: share + step })).toBe(c.cached.moreCached);
        expect(cheaper(a, b, { ...p, cachedShare: share - step })).toBe(c.cached.lessCached);
      }),
      { numRuns: 600 },
    );
    expect(seen).toBeGreaterThan(0);
  });

  it('a long-context price and a scheduled change are named only where they change the order, and they do', () => {
    let prompts = 0;
    let dates = 0;
    for (const a of priced) {
      for (const b of priced) {
        if (a.id >= b.id) continue;
        const p = defaultProfile(10_000_000);
        const c = crossover(a, b, p, today);
        if (!c) continue;
        for (const f of c.prompts) {
          prompts += 1;
          expect(cheaper(a, b, { ...p, promptTokens: f.above + 1 })).toBe(f.cheaper);
        }
        let before = cheaper(a, b, p);
        for (const f of c.flips) {
          dates += 1;
          expect(f.from > today).toBe(true);
          expect(f.cheaper).not.toBe(before);
          expect(cheaper(a, b, p, f.from)).toBe(f.cheaper);
          before = f.cheaper;
        }
      }
    }
    expect(prompts).toBeGreaterThan(0);
    expect(dates).toBeGreaterThan(0);
  });

  it('says a volume changes nothing, and each flip in words with its figures', () => {
    const byId = (id: string) => catalog.byId.get(id) as CatalogModel;
    const pair = priced.flatMap((a) => priced.map((b) => [a, b] as const)).find(([a, b]) => a.id < b.id && crossover(a, b, defaultProfile(), today)?.mix);
    expect(pair).toBeDefined();
    const [a, b] = pair as [CatalogModel, CatalogModel];
    const c = crossover(a, b, defaultProfile(), today);
    if (!c?.mix) throw new Error('no mix crossover');
    const names = { [a.id]: a.name, [b.id]: b.name };
    const words = crossoverWords(c, { names, volume: true, breakEven: true, cache: false });
    expect(words).toContain('no monthly volume changes which is cheaper');
    expect(words).toContain(`${ratioOf(c.mix.inputShare)} input:output`);
    expect(words).toContain(`more input than that, ${byId(c.mix.moreInput).name} is cheaper`);
    expect(crossoverWords(c, { names, volume: false, breakEven: false, cache: false })).not.toContain('volume');
  });

  it('of three or more, the model said cheapest over a stretch of mixes is the cheapest at every mix in it', () => {
    let seen = 0;
    fc.assert(
      fc.property(fc.uniqueArray(model, { minLength: 3, maxLength: 4, selector: (m) => m.id }), profile, fc.double({ min: 0.001, max: 0.999, noNaN: true }), (ms, raw, probe) => {
        const p = profileOf({ ...raw, input: 3, output: 1 });
        const spans = cheapestByMix(ms, p, today);
        if (!spans) return;
        seen += 1;
        expect(spans[0]?.from).toBe(0);
        expect(spans.at(-1)?.to).toBe(1);
        for (let i = 1; i < spans.length; i++) expect(spans[i]?.from).toBe(spans[i - 1]?.to);
        const span = spans.find((x) => x.from < probe && probe < x.to);
        if (!span) return;
        const costs = ms.map((m) => {
          const c = rawCost(m, atShare(p, probe), today);
          if (!c.ok) throw new Error('unpriced');
          return { id: m.id, total: c.total };
        });
        const least = Math.min(...costs.map((c) => c.total));
        for (const id of span.cheapest) expect((costs.find((c) => c.id === id)?.total ?? 0) - least).toBeLessThanOrEqual(1e-9 * least);
      }),
      { numRuns: 400 },
    );
    expect(seen).toBeGreaterThan(10);
  });

  it('writes a share as the ratio people write', () => {
    expect(ratioOf(0.75)).toBe('3:1');
    expect(ratioOf(0.2)).toBe('1:4');
    expect(ratioOf(8 / 11)).toBe('2.67:1');
  });
});
