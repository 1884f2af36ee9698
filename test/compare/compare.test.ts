import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.ts';
import { CAPABILITIES } from '../../src/catalog/schema.ts';
import { compareModels, upgrade } from '../../src/compare/compare.ts';
import { defaultProfile } from '../../src/cost/profile.ts';

const catalog = loadCatalog();
const AS_OF = '2026-11-22';
const models = (...ids: string[]) => ids.map((id) => catalog.byId.get(id)!);
const even = { ...defaultProfile(50_000_000), mix: { input: 1, output: 1 } };

describe('compare gpt-4.1-mini with gpt-5.3-codex', () => {
  const answer = compareModels(catalog, models('gpt-4.1-mini', 'gpt-5.3-codex'), even, AS_OF);
  const row = (key: string) => answer.rows.find((r) => r.key === key)!;

  it('names the winner of each priced and sized row', () => {
    expect(row('price.input').winner).toBe('gpt-4.1-mini');
    expect(row('price.output').winner).toBe('gpt-4.1-mini');
    expect(row('price.blended').winner).toBe('gpt-4.1-mini');
    expect(row('contextWindow').winner).toBe('gpt-4.1-mini');
    expect(row('released').winner).toBe('gpt-5.3-codex');
    expect(row('benchmark.swe-bench-pro').winner).toBeNull();
  });

  it('shows monthly cost at 1M, 10M, 100M and at the user volume', () => {
    expect(row('cost.1M').values).toMatchObject({ 'gpt-4.1-mini': { value: 1, text: '$1.00' }, 'gpt-5.3-codex': { value: 7.875, text: '$7.88' } });
    expect(row('cost.10M').values['gpt-5.3-codex']).toEqual({ value: 78.75, text: '$78.75' });
    expect(row('cost.100M').values['gpt-5.3-codex']).toEqual({ value: 787.5, text: '$787.50' });
    expect(row('cost.volume').values['gpt-4.1-mini']).toEqual({ value: 50, text: '$50.00' });
    expect(row('cost.volume').label).toBe('Monthly cost at 50M tokens (yours)');
  });

  it('never drops a row to hide a gap: every capability, and untested benchmarks', () => {
    for (const c of CAPABILITIES) expect(answer.rows.some((r) => r.key === `capability.${c}`), c).toBe(true);
    expect(row('benchmark.swe-bench-pro').values['gpt-4.1-mini']).toEqual({ value: null, text: 'untested' });
    expect(row('benchmark.swe-bench-pro').values['gpt-5.3-codex']).toEqual({ value: 56.8, text: '56.8%' });
  });

  it('builds a verdict that cites the deciding figures', () => {
    expect(answer.verdict.length).toBeGreaterThanOrEqual(2);
    expect(answer.verdict.length).toBeLessThanOrEqual(4);
    expect(answer.verdict[0]).toMatch(/^Choose GPT-4\.1 mini if you need the lower cost \(87% cheaper at 1:1: \$1\.00\/1M vs \$7\.875\/1M\)/);
    expect(answer.verdict[0]).toMatch(/the larger context \(1,047,576 vs 400,000 tokens\)/);
    expect(answer.verdict.join(' ')).not.toMatch(/\d{3,}% cheaper|NaN|undefined/);
  });

  it('states the switch friction from the first model to the second', () => {
    const friction = answer.switch[0]!;
    expect(friction.from).toBe('gpt-4.1-mini');
    expect(friction.to).toBe('gpt-5.3-codex');
    expect(friction.costMultiplier).toBe(7.875);
    expect(friction.contextChange).toBe(400_000 - 1_047_576);
    expect(friction.summary[0]).toBe('Cost: 7.88× the monthly bill at 50M tokens ($50.00 → $393.75).');
    expect(friction.summary).toContain('Context: loses 647,576 tokens (1,047,576 → 400,000).');
  });

  it('states its assumptions and cites dated sources', () => {
    expect(answer.assumptions).toMatchObject({ tokensPerMonth: 50_000_000, mix: { input: 1, output: 1 }, cachedShare: 0, batch: false });
    expect(answer.sources.length).toBeGreaterThan(0);
    for (const s of answer.sources) expect(s.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('frames an upgrade as gains, losses and price', () => {
    const u = upgrade(catalog, ...(models('gpt-4.1-mini', 'gpt-5.4') as [never, never]), even, AS_OF);
    expect(u.losses.map((l) => l.row)).toContain('Output (per 1M)');
    expect(u.gains.map((g) => g.row)).toContain('Released');
    expect(u.friction.costMultiplier).toBe(8.75);
  });
});

describe('compare four models', () => {
  it('picks one winner or a tie per row, across all four', () => {
    const answer = compareModels(catalog, models('gpt-4.1-mini', 'gpt-5.4-mini', 'grok-4.3', 'claude-haiku-4-5'), defaultProfile(10_000_000), AS_OF);
    expect(answer.models).toHaveLength(4);
    expect(answer.switch).toHaveLength(3);
    const input = answer.rows.find((r) => r.key === 'price.input')!;
    expect(input.winner).toBe('gpt-4.1-mini');
    for (const r of answer.rows) if (r.winner !== null && r.winner !== 'tie') expect(answer.models).toContain(r.winner);
  });
});
