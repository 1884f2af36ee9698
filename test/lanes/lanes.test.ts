import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import { best, findLane, lanesAnswer } from '../../src/lanes/best.ts';
import { laneStrength, scoreOf } from '../../src/lanes/verdicts.ts';
import { isRetired } from '../../src/catalog/lifecycle.ts';

const catalog = loadCatalog();
const AS_OF = '2026-11-22';
const SEED_LANES = ['api-coding', 'subagents', 'computer-use', 'terminal', 'codex-local', 'codex-cloud', 'code-review', 'deep-coding'];

describe('lane verdicts', () => {
  it("reproduces seed 001's decision matrix for gpt-5.4-mini vs gpt-5.3-codex from the data (16 of 16)", () => {
    const answer = lanesAnswer(
      catalog,
      ['gpt-5.4-mini', 'gpt-5.3-codex'].map((id) => catalog.byId.get(id)!),
      defaultProfile(),
      AS_OF,
    );
    const matrix = Object.fromEntries(answer.lanes.map((l) => [l.lane, [l.verdicts['gpt-5.4-mini'], l.verdicts['gpt-5.3-codex']]]));
    expect(Object.fromEntries(Object.entries(matrix).filter(([lane]) => SEED_LANES.includes(lane)))).toEqual({
      'api-coding': ['use', 'rarely'],
      subagents: ['use', 'rarely'],
      'computer-use': ['use', 'sometimes'],
      terminal: ['sometimes', 'use'],
      'codex-local': ['use', 'sometimes'],
      'codex-cloud': ['no', 'use'],
      'code-review': ['no', 'use'],
      'deep-coding': ['sometimes', 'use'],
    });
  });

  it('cites the deciding figures in each reason', () => {
    const answer = lanesAnswer(
      catalog,
      ['gpt-5.4-mini', 'gpt-5.3-codex'].map((id) => catalog.byId.get(id)!),
      defaultProfile(),
      AS_OF,
    );
    const reason = (id: string) => answer.lanes.find((l) => l.lane === id)!.reason;
    expect(reason('terminal')).toContain('Terminal-Bench 2.0: 77.3% vs 60.0%');
    expect(reason('computer-use')).toContain('OSWorld-Verified: 72.1% vs 64.7%');
    expect(reason('codex-cloud')).toMatch(/gpt-5\.4-mini: not available for Codex cloud/);
    expect(reason('codex-local')).toMatch(/about 2 credits per task vs 5/);
    expect(reason('api-coding')).toMatch(/gpt-5\.4-mini is \d+% cheaper/);
  });

  it('never says `use` for gpt-4.1-mini on coding lanes, and says `untested` where a model has no evidence', () => {
    const answer = lanesAnswer(
      catalog,
      ['gpt-4.1-mini', 'gpt-5.3-codex'].map((id) => catalog.byId.get(id)!),
      defaultProfile(),
      AS_OF,
    );
    const lane = (id: string) => answer.lanes.find((l) => l.lane === id)!;
    expect(lane('deep-coding').verdicts['gpt-4.1-mini']).not.toBe('use');
    expect(lane('api-coding').verdicts['gpt-4.1-mini']).not.toBe('use');
    expect(lane('computer-use').verdicts['gpt-4.1-mini']).toBe('untested');
    expect(lane('computer-use').reason).toMatch(/gpt-4\.1-mini: untested \(no OSWorld-Verified score\)/);
  });

  it('gives every lane a verdict for every model', () => {
    const ids = ['gpt-4.1-mini', 'claude-sonnet-5', 'gemini-2.5-pro'];
    const answer = lanesAnswer(
      catalog,
      ids.map((id) => catalog.byId.get(id)!),
      defaultProfile(),
      AS_OF,
    );
    expect(answer.lanes.length).toBe(catalog.lanes.length);
    for (const l of answer.lanes) {
      expect(Object.keys(l.verdicts).sort()).toEqual([...ids].sort());
      expect(l.reason.length).toBeGreaterThan(0);
    }
  });
});

describe('best in lane', () => {
  // The catalog's ten best models on the arena (active or preview), as the shipped evidence has them.
  const arenaTopTen = catalog.models
    .filter((m) => m.status !== 'deprecated' && scoreOf(m, 'lmarena-text') !== undefined)
    .sort((a, b) => scoreOf(b, 'lmarena-text')! - scoreOf(a, 'lmarena-text')!)
    .slice(0, 10)
    .map((m) => m.id);

  for (const id of ['terminal', 'deep-coding']) {
    it(`ranks ${id} on its declared evidence: at least two of the arena's top ten in the top five, each pick with its scores`, () => {
      const a = best(catalog, findLane(catalog, id)!, defaultProfile(), {}, AS_OF);
      expect(a.picks).toHaveLength(5);
      expect(a.picks.filter((p) => arenaTopTen.includes(p.model)).length).toBeGreaterThanOrEqual(2);
      for (const p of a.picks) {
        expect(p.scores).toBe(p.evidence.length);
        expect(p.scores).toBeGreaterThan(0);
        expect(p.why).toContain(`${p.scores} score`);
      }
    });
  }

  it('long-context picks all take the lane’s minimum input', () => {
    const lane = findLane(catalog, 'long-context')!;
    const a = best(catalog, lane, defaultProfile(), {}, AS_OF);
    expect(a.picks.length).toBeGreaterThan(0);
    for (const p of a.picks) expect(p.maxInput).toBeGreaterThanOrEqual(lane.needs.minInput!);
    expect(a.picks.map((p) => p.model)).not.toContain('gpt-5-nano');
  });

  it('every lane rests its picks on evidence: no pick is there on price and fit alone', () => {
    for (const lane of catalog.lanes) {
      expect(lane.evidence.length, lane.id).toBeGreaterThan(0);
      const a = best(catalog, lane, defaultProfile(), {}, AS_OF);
      expect(a.picks.length, lane.id).toBeGreaterThan(0);
      for (const p of a.picks) expect(p.scores, `${lane.id}: ${p.model}`).toBeGreaterThan(0);
    }
  });

  it('best value in each lane is its price–strength frontier: cheapest first, each step up in price stronger, and every other scored model beaten', () => {
    for (const lane of catalog.lanes) {
      const value = best(catalog, lane, defaultProfile(), {}, AS_OF, 1_000, true);
      const all = best(catalog, lane, defaultProfile(), {}, AS_OF, 1_000);
      expect(value.value, lane.id).toBe(true);
      expect(value.picks.length, lane.id).toBeGreaterThan(0);
      expect(value.rule, lane.id).toMatch(/^best value: only the models no other beats on both price and strength/);
      const price = (p: { monthlyUsd: number | null }) => p.monthlyUsd ?? Number.POSITIVE_INFINITY;
      const strength = new Map(all.picks.map((p) => [p.model, laneStrength(catalog, lane, catalog.byId.get(p.model)!)!]));
      for (let i = 1; i < value.picks.length; i++) {
        const [before, after] = [value.picks[i - 1]!, value.picks[i]!];
        expect(price(after), `${lane.id}: ${after.model}`).toBeGreaterThanOrEqual(price(before));
        expect(after.strength!, `${lane.id}: ${after.model}`).toBeGreaterThanOrEqual(before.strength!);
      }
      const kept = new Set(value.picks.map((p) => p.model));
      // The same models as the evidence ranking, less those another beats on both.
      for (const p of all.picks) {
        const beaten = all.picks.some(
          (o) => price(o) <= price(p) && strength.get(o.model)! >= strength.get(p.model)! && (price(o) < price(p) || strength.get(o.model)! > strength.get(p.model)!),
        );
        expect(kept.has(p.model), `${lane.id}: ${p.model}`).toBe(!beaten && Number.isFinite(price(p)));
      }
    }
  });

  it('a retired model takes no lane, whatever it once scored, and the reason says when it retired', () => {
    const retired = catalog.models.find((m) => isRetired(m, AS_OF) && m.retires !== undefined && m.benchmarks.length > 0);
    if (!retired) throw new Error('the catalog needs a retired model with a score');
    const answer = lanesAnswer(catalog, [retired], defaultProfile(), AS_OF);
    for (const l of answer.lanes) {
      expect(l.verdicts[retired.id], l.lane).toBe('no');
      expect(l.reason, l.lane).toContain(`${retired.id}: retired on ${retired.retires}`);
    }
  });

  it('finds lanes by the words people use', () => {
    expect(findLane(catalog, 'subagents')?.id).toBe('subagents');
    expect(findLane(catalog, 'screenshot')?.id).toBe('computer-use');
  });
});
