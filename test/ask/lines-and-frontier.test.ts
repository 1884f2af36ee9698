// "Frontier", "state of the art" read as the strongest on the quality index (each maker's flagship where several makers
// are named, and never the Pareto "efficient frontier"); a maker's line asked for whole ("list anthropic models", "all
// claude models") is listed whole, while "the cheapest of all the models" stays a ranking's head.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { QUALITY_INDEX } from '../../src/ask/intents.ts';
import { MAX_TOP } from '../../src/ask/extract.ts';
import { DEFAULT_TOP } from '../../src/ask/query.ts';
import { scoreOf } from '../../src/catalog/needs.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-12-06T12:00:00Z'), logger: createLogger('error') };
const ask = (text: string) => handle({ text, where: LOCAL }, ports);

describe('frontier models', () => {
  it.each(['frontier models', 'what are the frontier models right now?', 'sota models', 'state of the art llms', 'cutting-edge models'])(
    '"%s" ranks on the quality index, highest first',
    async (text) => {
      const { query, answer } = await ask(text);
      expect(query.intent).toBe('cheapest');
      expect(query.order).toBe('score');
      expect(query.filters.scoredOn).toBe(QUALITY_INDEX);
      if (answer.kind !== 'cheapest') throw new Error(answer.kind);
      const scores = answer.ranking.map((r) => scoreOf(catalog.byId.get(r.model) as never, QUALITY_INDEX) as number);
      expect(scores.length).toBeGreaterThan(1);
      expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    },
  );

  it('"compare the frontier models from openai, anthropic and google" sets each maker’s flagship side by side', async () => {
    const { answer } = await ask('compare the frontier models from openai, anthropic and google');
    if (answer.kind !== 'comparison') throw new Error(answer.kind);
    const makers = answer.models.map((id) => catalog.byId.get(id)?.provider);
    expect(new Set(makers)).toEqual(new Set(['openai', 'anthropic', 'google']));
    for (const id of answer.models) {
      const model = catalog.byId.get(id);
      if (!model) throw new Error(id);
      const best = Math.max(...catalog.models.filter((m) => m.provider === model.provider && m.status !== 'deprecated').map((m) => scoreOf(m, QUALITY_INDEX) ?? -1));
      expect(scoreOf(model, QUALITY_INDEX)).toBe(best);
    }
  });

  it.each(['pareto frontier of price and quality', 'models on the efficient frontier', 'price-performance frontier'])(
    '"%s" is the best-value order, not the strongest',
    async (text) => {
      const { query } = await ask(text);
      expect(query.intent).toBe('cheapest');
      expect(query.order).toBe('value');
    },
  );
});

describe('a line listed whole', () => {
  const lineOf = (provider: string) => catalog.models.filter((m) => m.provider === provider).length;

  it.each([
    ['list anthropic models', 'anthropic'],
    ['show me the prices of all claude models', 'anthropic'],
    ['every mistral model', 'mistral'],
    ['what are the anthropic models?', 'anthropic'],
  ])('"%s" lists every model that passes, not the first five', async (text, provider) => {
    const { query, answer } = await ask(text);
    expect(query.top).toBe(MAX_TOP);
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    expect(answer.ranking.length).toBeGreaterThan(DEFAULT_TOP);
    expect(answer.ranking.length).toBeLessThanOrEqual(lineOf(provider));
    expect(answer.ranking.every((r) => catalog.byId.get(r.model)?.provider === provider)).toBe(true);
  });

  it.each([
    ['which is the cheapest of all the models?', DEFAULT_TOP],
    ['cheapest of all openai models', DEFAULT_TOP],
    ['show me the cheapest 3 anthropic models', 3],
  ])('"%s" keeps the length it asks for', async (text, top) => {
    const { answer } = await ask(text);
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    expect(answer.ranking).toHaveLength(top);
  });
});
