// The guard's memory of requests already taken: every key is remembered for at least a window, none is
// invented, and a flood turns the window early instead of growing without bound.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RecentKeys } from '../../src/slack/guard.ts';

const WINDOW = 300_000;

describe('recent keys', () => {
  it('remember every key for at least a window, and report no key never added (against a plain list)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ key: fc.integer({ min: 0, max: 40 }).map(String), gap: fc.integer({ min: 0, max: WINDOW }), add: fc.boolean() }), { maxLength: 200 }),
        (steps) => {
          const keys = new RecentKeys(WINDOW, 1_000_000, 0);
          const added = new Map<string, number>();
          let now = 0;
          for (const { key, gap, add } of steps) {
            now += gap;
            const seen = keys.has(key, now);
            const last = added.get(key);
            if (last === undefined) expect(seen).toBe(false);
            else if (now - last < WINDOW) expect(seen).toBe(true);
            if (add) {
              keys.add(key, now);
              added.set(key, now);
            }
          }
        },
      ),
    );
  });

  it('forget a key after two windows', () => {
    const keys = new RecentKeys(WINDOW, 10, 0);
    keys.add('a', 1);
    expect(keys.has('a', WINDOW + 1)).toBe(true);
    expect(keys.has('a', 2 * WINDOW + 2)).toBe(false);
  });

  it('turn early past the most keys a window holds, keeping the last window', () => {
    const keys = new RecentKeys(WINDOW, 3, 0);
    for (const k of ['a', 'b', 'c', 'd']) keys.add(k, 5);
    expect(['a', 'b', 'c', 'd'].map((k) => keys.has(k, 6))).toEqual([true, true, true, true]);
    for (const k of ['e', 'f', 'g']) keys.add(k, 7);
    // Two early turns later, the first three are gone: memory stays at two windows of keys.
    expect(keys.has('a', 8)).toBe(false);
    expect(keys.has('g', 8)).toBe(true);
  });
});
