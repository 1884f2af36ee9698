import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.ts';
import { PartSharer } from '../../src/catalog/share.ts';

/** Every plain object and array inside `value` (the value itself excluded). */
function partsOf(value: unknown, out: object[] = []): object[] {
  if (typeof value !== 'object' || value === null) return out;
  for (const child of Object.values(value)) {
    if (typeof child === 'object' && child !== null) {
      out.push(child);
      partsOf(child, out);
    }
  }
  return out;
}

/** Same keys in the same order and equal values give the same text (-0 and 0 told apart, as Object.is does). */
const exactText = (v: unknown) => JSON.stringify(v, (_k, x: unknown) => (Object.is(x, -0) ? '-0' : x === undefined ? '<u>' : x));

// JSON-like values with few distinct leaves, so equal parts are common.
const leaf = fc.oneof(fc.constantFrom('a', 'b', 'a:b', '1', ''), fc.constantFrom(0, 1, 1.5, -0), fc.boolean(), fc.constant(null), fc.constant(undefined));
const { value: jsonish } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 3 }),
  object: fc.dictionary(fc.constantFrom('x', 'y', 'z:', '1'), tie('value'), { maxKeys: 3, noNullPrototype: true }),
}));

describe('PartSharer', () => {
  it('keeps every value deeply equal to what it was, and freezes every part', () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom('p', 'q', 'r'), jsonish, { maxKeys: 3, noNullPrototype: true }), { maxLength: 6 }), (roots) => {
        const before = structuredClone(roots);
        const sharer = new PartSharer();
        const shared = roots.map((r) => sharer.share(r));
        shared.forEach((r, i) => {
          expect(r).toBe(roots[i]);
        });
        expect(shared).toStrictEqual(before);
        for (const r of shared) {
          expect(Object.isFrozen(r)).toBe(true);
          for (const p of partsOf(r)) expect(Object.isFrozen(p)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('keeps equal parts once, and never merges parts that differ', () => {
    fc.assert(
      fc.property(fc.array(fc.dictionary(fc.constantFrom('p', 'q'), jsonish, { maxKeys: 2, noNullPrototype: true }), { minLength: 2, maxLength: 6 }), (roots) => {
        const sharer = new PartSharer();
        const parts = roots.flatMap((r) => partsOf(sharer.share(r)));
        for (const a of parts) {
          for (const b of parts) {
            const equal = exactText(a) === exactText(b) && Array.isArray(a) === Array.isArray(b);
            expect(a === b).toBe(equal);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('tells apart parts whose texts run into each other, and 0 from -0', () => {
    const sharer = new PartSharer();
    const a = sharer.share({ p: { x: 'a', y: 'b' }, q: [0], r: ['1', 1] });
    const b = sharer.share({ p: { x: 'a1:ysb' }, q: [-0], r: ['1', '1'] });
    expect(a.p).not.toBe(b.p);
    expect(a.q).not.toBe(b.q);
    expect(a.r).not.toBe(b.r);
    expect(sharer.share({ p: { x: 'a', y: 'b' } }).p).toBe(a.p);
  });

  it('shares the real catalog: one object per distinct source, and a model change throws', () => {
    const catalog = loadCatalog();
    const sources = catalog.models.flatMap((m) => m.pricing.map((p) => p.source));
    const distinct = new Set(sources.map((s) => JSON.stringify(s)));
    expect(new Set(sources).size).toBe(distinct.size);
    expect(distinct.size).toBeLessThan(sources.length);
    const pricing = catalog.models[0]?.pricing as unknown[] | undefined;
    expect(pricing).toBeDefined();
    expect(() => {
      pricing?.push({});
    }).toThrow(TypeError);
  });
});
