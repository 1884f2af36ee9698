import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import { best, findLane, lanesAnswer } from '../../src/lanes/best.ts';

const catalog = loadCatalog();
const AS_OF = '2026-11-22';

describe('lane verdicts', () => {
  it("reproduces seed 001's decision matrix for gpt-5.4-mini vs gpt-5.3-codex from the data", () => {
    const answer = lanesAnswer(catalog, ['gpt-5.4-mini', 'gpt-5.3-codex'].map((id) => catalog.byId.get(id)!), defaultProfile(), AS_OF);
    const matrix = Object.fromEntries(answer.lanes.map((l) => [l.lane, [l.verdicts['gpt-5.4-mini'], l.verdicts['gpt-5.3-codex']]]));
    expect(matrix).toMatchObject({
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
    const answer = lanesAnswer(catalog, ['gpt-5.4-mini', 'gpt-5.3-codex'].map((id) => catalog.byId.get(id)!), defaultProfile(), AS_OF);
    const reason = (id: string) => answer.lanes.find((l) => l.lane === id)!.reason;
    expect(reason('terminal')).toContain('Terminal-Bench 2.0: 77.3% vs 60.0%');
    expect(reason('computer-use')).toContain('OSWorld-Verified: 72.1% vs 64.7%');
    expect(reason('codex-cloud')).toMatch(/gpt-5\.4-mini: not available for Codex cloud/);
    expect(reason('codex-local')).toMatch(/about 2 credits per task vs 5/);
    expect(reason('api-coding')).toMatch(/gpt-5\.4-mini is \d+% cheaper/);
  });

  it('says when a lane has no shared benchmark instead of filling one in', () => {
    const answer = lanesAnswer(catalog, ['gpt-4.1-mini', 'grok-4.3'].map((id) => catalog.byId.get(id)!), defaultProfile(), AS_OF);
    const terminal = answer.lanes.find((l) => l.lane === 'terminal')!;
    expect(terminal.sharedEvidence).toEqual([]);
    expect(terminal.reason).toMatch(/^no shared benchmark for this lane/);
  });

  it('gives every lane a verdict for every model', () => {
    const ids = ['gpt-4.1-mini', 'claude-sonnet-5', 'gemini-2.5-pro'];
    const answer = lanesAnswer(catalog, ids.map((id) => catalog.byId.get(id)!), defaultProfile(), AS_OF);
    expect(answer.lanes.length).toBe(catalog.lanes.length);
    for (const l of answer.lanes) {
      expect(Object.keys(l.verdicts).sort()).toEqual([...ids].sort());
      expect(l.reason.length).toBeGreaterThan(0);
    }
  });
});

describe('best in lane', () => {
  it('ranks terminal work by Terminal-Bench 2.0', () => {
    const a = best(catalog, findLane(catalog, 'terminal')!, defaultProfile(), {}, AS_OF);
    expect(a.picks[0]?.model).toBe('gpt-5.3-codex');
    expect(a.picks[0]?.why).toContain('Terminal-Bench 2.0 77.3%');
  });

  it('finds lanes by the words people use', () => {
    expect(findLane(catalog, 'subagents')?.id).toBe('subagents');
    expect(findLane(catalog, 'screenshot')?.id).toBe('computer-use');
  });
});
