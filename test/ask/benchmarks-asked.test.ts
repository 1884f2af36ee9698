// A benchmark asked of a model: one the catalog carries gives the score; one it does not is said to be missing,
// beside the scores it does carry; "what benchmarks does X have?" lists them all.
import { describe, expect, it } from 'vitest';
import { answer, type FactAnswer } from '../../src/ask/answer.ts';
import { parseText } from '../../src/ask/index.ts';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports: Ports = { catalog, now: () => new Date('2026-12-02T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };
const scored = catalog.models.filter((m) => m.status === 'active' && new Set(m.benchmarks.map((b) => b.id)).size >= 2).slice(0, 6);

const ask = async (text: string) => (await handle({ text, where: LOCAL }, ports)).answer;

describe('benchmarks asked of a model', () => {
  it.each(scored.flatMap((m) => ['MMLU', 'GPQA', 'HumanEval'].map((name) => [name, m.id] as const)))(
    '%s of %s: not carried, said so, with every score the catalog has',
    async (name, id) => {
      const answer = await ask(`${name.toLowerCase()} score of ${id}`);
      expect(answer.kind).toBe('fact');
      const fact = (answer as FactAnswer).facts[0];
      expect(fact?.recorded).toBe(false);
      const model = catalog.byId.get(id);
      const text = renderText(answer);
      expect(text).toContain(`no ${name} score in the catalog`);
      for (const b of new Set(model?.benchmarks.map((s) => s.id))) expect(text).toContain(catalog.benchmarks.get(b)?.name as string);
    },
  );

  it.each(scored.map((m) => m.id))('what benchmarks does %s have? lists each benchmark once, at its best score', async (id) => {
    const answer = await ask(`what benchmarks does ${id} have?`);
    expect(answer.kind).toBe('fact');
    const model = catalog.byId.get(id);
    const value = (answer as FactAnswer).facts[0]?.value ?? '';
    for (const b of new Set(model?.benchmarks.map((s) => s.id))) {
      const best = Math.max(...(model?.benchmarks.filter((s) => s.id === b).map((s) => s.score) ?? []));
      expect(value).toContain(`${catalog.benchmarks.get(b)?.name} ${best}`);
    }
  });
});

describe('a benchmark the catalog does not carry, asked of a ranking', () => {
  it.each(['cheapest model with at least 90% on swe-bench', 'top models by mmlu', 'which model has the best gpqa score?'])(
    'is said, with the benchmarks it carries, and ranks nothing: %s',
    (text) => {
      const a = answer(catalog, parseText(catalog, text), '2026-12-02');
      if (a.kind !== 'input-problem') throw new Error(a.kind);
      expect(a.problems[0]).toMatch(/^The catalog carries no .+ scores, so it cannot rank or filter by them\. Benchmarks it carries: /);
      for (const b of catalog.benchmarks.values()) expect(a.problems[0]).toContain(`(${b.id})`);
      expect(a.forms).toEqual([]);
    },
  );

  it('a benchmark it carries still ranks and filters', () => {
    expect(parseText(catalog, 'cheapest model scoring at least 50 on swe-bench pro').problems).toEqual([]);
  });
});

describe('a benchmark named for its score', () => {
  it('is not said twice when a model has none ("no LMArena text score in the catalog")', async () => {
    const arena = catalog.benchmarks.get('lmarena-text')?.name as string;
    const unscored = catalog.models.find((m) => m.status === 'active' && !m.benchmarks.some((b) => b.id === 'lmarena-text'));
    if (!arena.endsWith('score') || !unscored) throw new Error('the catalog needs a benchmark named for its score and a model without it');
    const text = renderText(await ask(`${unscored.id} on lmarena`));
    expect(text).toContain(`no ${arena} in the catalog`);
    expect(text).not.toContain('score score');
  });
});
