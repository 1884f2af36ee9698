// A benchmark asked of a model: one the catalog carries gives the score; one it does not is said to be missing,
// beside the scores it does carry; "what benchmarks does X have?" lists them all.
import { describe, expect, it } from 'vitest';
import type { FactAnswer } from '../../src/ask/answer.ts';
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
