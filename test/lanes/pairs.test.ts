// Any two current models get a verdict in every lane: no pair of the catalog's models makes the rules throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultProfile } from '../../src/cost/profile.ts';
import { allLaneVerdicts } from '../../src/lanes/verdicts.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const current = catalog.models.filter((m) => m.status !== 'deprecated');

describe('lane verdicts over the catalog', () => {
  it('give every pair of models a verdict in every lane', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: current.length - 1 }), fc.integer({ min: 0, max: current.length - 1 }), (i, j) => {
        const a = current[i];
        const b = current[j];
        if (!a || !b || a.id === b.id) return;
        const lanes = allLaneVerdicts(catalog, [a, b], defaultProfile(10_000_000), '2026-11-22');
        expect(lanes).toHaveLength(catalog.lanes.length);
        for (const lane of lanes) for (const id of [a.id, b.id]) expect(lane.verdicts[id]).toMatch(/^(use|sometimes|rarely|no|untested)$/);
      }),
      { numRuns: 3000 },
    );
  });

  it('split evidence between grok-4.6 and gemini-3.1-pro-preview is said, not a crash', () => {
    const pair = ['grok-4.6', 'gemini-3.1-pro-preview'].map((id) => {
      const model = catalog.byId.get(id);
      if (!model) throw new Error(`${id} is not in the catalog`);
      return model;
    });
    const lanes = allLaneVerdicts(catalog, pair, defaultProfile(3_406_000_000), '2026-11-22');
    expect(lanes.some((l) => l.reason.includes('the evidence is split'))).toBe(true);
  });
});
