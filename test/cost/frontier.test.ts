import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { priceScoreFrontier } from '../../src/cost/frontier.ts';

interface Item {
  id: number;
  price: number;
  score: number | undefined;
}

const items = fc
  .array(fc.record({ price: fc.integer({ min: 0, max: 20 }), score: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }) }), { maxLength: 40 })
  .map((rows) => rows.map((r, id): Item => ({ id, ...r })));

const frontierOf = (list: Item[]) =>
  priceScoreFrontier(
    list,
    (i) => i.price,
    (i) => i.score,
  );
/** `a` beats `b`: as cheap or cheaper and scoring at least as high, better on one. */
const beats = (a: Item, b: Item) => a.score !== undefined && b.score !== undefined && a.price <= b.price && a.score >= b.score && (a.price < b.price || a.score > b.score);

describe('the price–score frontier', () => {
  it('keeps exactly the scored items no other beats, cheapest first, each step up in price scoring higher', () => {
    fc.assert(
      fc.property(items, (list) => {
        const kept = frontierOf(list);
        const keptIds = new Set(kept.map((i) => i.id));
        for (const item of list) {
          const beaten = list.some((other) => beats(other, item));
          expect(keptIds.has(item.id)).toBe(item.score !== undefined && !beaten);
        }
        for (let i = 1; i < kept.length; i++) {
          const [before, after] = [kept[i - 1]!, kept[i]!];
          const tie = before.price === after.price && before.score === after.score;
          expect(tie || (after.price > before.price && after.score! > before.score!)).toBe(true);
        }
      }),
    );
  });

  it('leaves out an item with no price or no score', () => {
    const list: Item[] = [
      { id: 0, price: Number.POSITIVE_INFINITY, score: 99 },
      { id: 1, price: 1, score: undefined },
      { id: 2, price: 2, score: 5 },
    ];
    expect(frontierOf(list).map((i) => i.id)).toEqual([2]);
  });
});
