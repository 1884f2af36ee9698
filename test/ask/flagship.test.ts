// A name several families share, in a comparison ("gpt vs claude"), stands for that name's best current model.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { ARENA_SCORE, QUALITY_INDEX } from '../../src/ask/intents.ts';
import { resolveModel } from '../../src/catalog/resolve.ts';
import type { CatalogModel } from '../../src/catalog/validate.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const now = new Date('2026-12-02T12:00:00Z');
const asOf = '2026-12-02';
const ports: Ports = { catalog, now: () => now, logger: { debug() {}, info() {}, warn() {}, error() {} } };

/** A score on a benchmark, read from the model's benchmark rows (-Infinity with none). */
const scoreOn = (m: CatalogModel, id: string) => Math.max(...m.benchmarks.filter((b) => b.id === id).map((b) => b.score));
const current = (m: CatalogModel) => m.status === 'active' && !(m.retires !== undefined && m.retires <= asOf);

/** Family words the catalog shares between families: the first word of each family's name, where it names several. */
const shared = [...new Set(catalog.models.map((m) => m.family.split('-')[0] as string))].filter((w) => {
  if (w.length < 3) return false;
  const r = resolveModel(catalog, w);
  return r.kind === 'ambiguous' && r.candidates.some(current);
});

/**
 * What a shared word should stand for: among its current models, the best on the quality index; with none scored there,
 * the best arena score; with neither, one of them.
 */
function expected(word: string): CatalogModel[] {
  const r = resolveModel(catalog, word);
  if (r.kind !== 'ambiguous') throw new Error(`${word} is not shared`);
  const live = r.candidates.filter(current);
  for (const signal of [QUALITY_INDEX, ARENA_SCORE]) {
    const scored = live.filter((m) => Number.isFinite(scoreOn(m, signal)));
    if (scored.length === 0) continue;
    const top = Math.max(...scored.map((m) => scoreOn(m, signal)));
    return scored.filter((m) => scoreOn(m, signal) === top);
  }
  return live;
}

describe('a family word in a comparison', () => {
  it('the catalog has family words shared between families to compare', () => {
    expect(shared.length).toBeGreaterThanOrEqual(3);
  });

  it.each(shared.flatMap((a, i) => shared.slice(i + 1, i + 3).map((b) => [a, b])))('%s vs %s compares each word’s best current model and says so', async (a, b) => {
    const { answer } = await handle({ text: `${a} vs ${b}`, where: LOCAL }, ports);
    expect(answer.kind).toBe('comparison');
    if (answer.kind !== 'comparison') return;
    const [first, second] = answer.models;
    expect(expected(a).map((m) => m.id)).toContain(first);
    expect(expected(b).map((m) => m.id)).toContain(second);
    const said = answer.assumptions.text.join(' ');
    expect(said).toContain(`“${a}” names`);
    expect(said).toContain(`compared ${first}`);
  });

  it.each([
    ['is claude better than gpt?', 'claude', 'gpt', null],
    ['is claude smarter than gemini?', 'claude', 'gemini', null],
    ['is gemini better than claude at reasoning?', 'gemini', 'claude', 'reasoning'],
    ['is claude better than gpt for coding?', 'claude', 'gpt', 'api-coding'],
  ])('%j compares each family’s best current model, led by the work named', async (text, a, b, lane) => {
    const { answer } = await handle({ text, where: LOCAL }, ports);
    expect(answer.kind).toBe('comparison');
    if (answer.kind !== 'comparison') return;
    expect(expected(a).map((m) => m.id)).toContain(answer.models[0]);
    expect(expected(b).map((m) => m.id)).toContain(answer.models[1]);
    expect(answer.focus).toBe(lane);
  });

  it('a name whose models have no quality index score but arena scores ("gpt-6 vs claude 5.5") stands for the best of those', async () => {
    for (const word of ['gpt-6', 'claude 5.5']) {
      const r = resolveModel(catalog, word);
      if (r.kind !== 'ambiguous') throw new Error(`${word} should name several models`);
      // The case this covers: no current one scored on the index, some on the arena.
      expect(r.candidates.filter(current).some((m) => Number.isFinite(scoreOn(m, QUALITY_INDEX)))).toBe(false);
      expect(r.candidates.filter(current).some((m) => Number.isFinite(scoreOn(m, ARENA_SCORE)))).toBe(true);
    }
    const { answer } = await handle({ text: 'gpt-6 vs claude 5.5', where: LOCAL }, ports);
    if (answer.kind !== 'comparison') throw new Error(answer.kind);
    expect(expected('gpt-6').map((m) => m.id)).toContain(answer.models[0]);
    expect(expected('claude 5.5').map((m) => m.id)).toContain(answer.models[1]);
    expect(answer.assumptions.text.join(' ')).toContain(`compared ${answer.models[0]}, its highest on the LMArena text score`);
  });

  it('"is claude cheaper than gpt?" sets the providers\' prices against each other instead', async () => {
    const { answer } = await handle({ text: 'is claude cheaper than gpt?', where: LOCAL }, ports);
    expect(answer.kind).toBe('cheapest');
    expect(answer.kind === 'cheapest' && answer.filters.eachProvider).toBe(true);
  });

  it('"chatgpt" is the model ChatGPT serves, compared with a family’s best', async () => {
    const { answer } = await handle({ text: 'chatgpt vs claude', where: LOCAL }, ports);
    expect(answer.kind).toBe('comparison');
    if (answer.kind !== 'comparison') return;
    expect(answer.models[0]).toBe('chat-latest');
    expect(expected('claude').map((m) => m.id)).toContain(answer.models[1]);
  });

  it('one family word alone is still asked which model it means', async () => {
    const { answer } = await handle({ text: `price of ${shared[0]} for 10M tokens`, where: LOCAL }, ports);
    expect(answer.kind).toBe('unknown-model');
  });
});

describe('flagships in another order', () => {
  /** Each provider's flagship as the rule reads it: its current model with the highest quality index score. */
  async function flagships(): Promise<Map<string, number>> {
    const { answer } = await handle({ text: 'flagship models', where: LOCAL }, ports);
    if (answer.kind !== 'cheapest') throw new Error('expected a ranking');
    return new Map(answer.ranking.map((r) => [r.model, r.monthlyUsd]));
  }

  it('"which flagship is cheapest?" ranks each provider\'s flagship by price, and "newest flagships" by release', async () => {
    const all = await flagships();
    expect(all.size).toBeGreaterThanOrEqual(5);
    const { answer } = await handle({ text: 'which flagship is cheapest?', where: LOCAL }, ports);
    if (answer.kind !== 'cheapest') throw new Error('expected a ranking');
    expect(answer.order).toBe('price');
    // The same models, one per provider, cheapest first.
    expect(new Set(answer.ranking.map((r) => r.model))).toEqual(new Set(all.keys()));
    const months = answer.ranking.map((r) => r.monthlyUsd);
    expect(months).toEqual([...months].sort((a, b) => a - b));
    expect(answer.ranking[0]?.why.join('; ')).toMatch(/flagship of /);
    const newest = await handle({ text: 'newest flagships', where: LOCAL }, ports);
    if (newest.answer.kind !== 'cheapest') throw new Error('expected a ranking');
    expect(new Set(newest.answer.ranking.map((r) => r.model))).toEqual(new Set(all.keys()));
    const released = newest.answer.ranking.map((r) => r.released ?? '');
    expect(released).toEqual([...released].sort().reverse());
  });

  it('the command it writes back, "/models cheapest flagships", reads as the same ranking', async () => {
    const first = await handle({ text: 'which flagship is cheapest?', where: LOCAL }, ports);
    expect(first.command).toMatch(/^\/models cheapest .*flagships/);
    const again = await handle({ text: first.command, where: LOCAL }, ports);
    if (again.answer.kind !== 'cheapest' || first.answer.kind !== 'cheapest') throw new Error('expected rankings');
    expect(again.answer.ranking.map((r) => r.model)).toEqual(first.answer.ranking.map((r) => r.model));
    const typed = await handle({ text: '/models cheapest flagships', where: LOCAL }, ports);
    if (typed.answer.kind !== 'cheapest') throw new Error('expected a ranking');
    expect(typed.answer.ranking.map((r) => r.model)).toEqual(first.answer.ranking.map((r) => r.model));
  });
});
