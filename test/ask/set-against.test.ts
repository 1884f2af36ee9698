// What a question sets against something other than a model: providers against each other (each by its cheapest
// model), a host against the provider's own API ("on bedrock vs anthropic direct"), and a latency percentile ("p95
// latency"), which is no model's name.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { parseText } from '../../src/ask/index.ts';
import type { CheapestAnswer } from '../../src/cost/rank.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports: Ports = { catalog, now: () => new Date('2026-12-02T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };

describe('set against each other', () => {
  it('"is deepseek cheaper than openai?" ranks each provider by its cheapest model, one row each, and says so', async () => {
    for (const [text, providers] of [
      ['is deepseek cheaper than openai?', ['openai', 'deepseek']],
      ['anthropic vs google pricing', ['anthropic', 'google']],
    ] as const) {
      const a = (await handle({ text, where: LOCAL }, ports)).answer as CheapestAnswer;
      expect(a.kind, text).toBe('cheapest');
      expect(a.filters.eachProvider, text).toBe(true);
      expect([...(a.filters.providers ?? [])].sort(), text).toEqual([...providers].sort());
      const shown = a.ranking.map((r) => catalog.byId.get(r.model)?.provider);
      expect(new Set(shown).size, text).toBe(shown.length);
      expect(renderText(a), text).toContain("each one's cheapest model");
    }
    // Two providers without a word that sets them against each other is one ranking of both.
    expect(parseText(catalog, 'cheapest model from anthropic or google').filters.eachProvider).toBeUndefined();
  });

  it('"on bedrock vs anthropic direct" is where the model is sold, not a model called "direct"', async () => {
    const { answer } = await handle({ text: 'cost of claude sonnet 4.5 on bedrock vs anthropic direct', where: LOCAL }, ports);
    expect(answer.kind).toBe('where');
    expect(parseText(catalog, 'gpt-5 on azure vs openai directly').models).toEqual(['gpt-5']);
  });

  it('"p95 latency of gpt-5" asks about gpt-5, and says the catalog records no latency', async () => {
    const q = parseText(catalog, "what's the p95 latency of gpt-5?");
    expect(q.models).toEqual(['gpt-5']);
    const { answer } = await handle({ text: "what's the p95 latency of gpt-5?", where: LOCAL }, ports);
    expect(renderText(answer)).toContain('not latency or time to first token');
  });
});

describe('who makes it, and where it is bought', () => {
  it('"cheapest model from foobar" says no maker is called that (with the closest), rather than ranking every maker', async () => {
    const { answer } = await handle({ text: 'cheapest model from foobar', where: LOCAL }, ports);
    expect(answer.kind).toBe('input-problem');
    expect(renderText(answer)).toContain('No model maker called “foobar”');
    const typo = await handle({ text: 'cheapest model from antropic', where: LOCAL }, ports);
    expect(renderText(typo.answer)).toContain('Did you mean from anthropic?');
    // Words after "from" that name no maker are not taken for one.
    for (const text of ['cheapest model from each provider', 'cheapest model from openai', 'cheapest model built from scratch'])
      expect(parseText(catalog, text).problems, text).toEqual([]);
    // Where the text comes from is no maker: the work is read, as a lane.
    const invoices = parseText(catalog, 'cheapest model for extracting data from invoices');
    expect([invoices.problems, invoices.intent]).toEqual([[], 'cheapest']);
    expect(invoices.filters.lane ?? invoices.lane).toBeTruthy();
    for (const text of ['models with vision from foobar', 'cheapest model made by foobar', 'cheapest llm from foobar'])
      expect(parseText(catalog, text).problems.join(' '), text).toContain('No model maker called “foobar”');
  });

  it('"from bedrock" is where it is bought, as "on bedrock" is', () => {
    expect(parseText(catalog, 'cheapest model from bedrock').filters.hosts).toEqual(['bedrock']);
  });

  it('moving one model from one host to another lists where it is sold, not the models that could replace it', async () => {
    for (const text of ['move from bedrock to vertex for claude sonnet 4.5', 'should we switch claude sonnet 4.5 from bedrock to vertex?']) {
      const { answer } = await handle({ text, where: LOCAL }, ports);
      expect(answer.kind, text).toBe('where');
    }
  });
});

describe('several from each provider', () => {
  it.each([
    ['cheapest 3 models from each provider', 3],
    ['top 2 cheapest per provider', 2],
  ] as const)('%j ranks that many from each provider, each the next cheapest of its own, and its command asks the same', async (text, each) => {
    const { answer, command } = await handle({ text, where: LOCAL }, ports);
    const a = answer as CheapestAnswer;
    expect([a.kind, a.filters.eachProvider, a.filters.perProvider]).toEqual(['cheapest', true, each]);
    const byProvider = new Map<string, number[]>();
    for (const r of a.ranking) byProvider.set(r.provider, [...(byProvider.get(r.provider) ?? []), r.monthlyUsd ?? Number.NaN]);
    expect(byProvider.size).toBeGreaterThan(1);
    for (const [provider, months] of byProvider) {
      expect(months.length, provider).toBeLessThanOrEqual(each);
      expect(months, provider).toEqual([...months].sort((x, y) => x - y));
    }
    // The cheapest of every provider is among them: its first.
    const one = (await handle({ text: 'cheapest model from each provider', where: LOCAL }, ports)).answer as CheapestAnswer;
    const firsts = new Set(a.ranking.map((r) => r.model));
    for (const r of one.ranking) expect(firsts.has(r.model), r.model).toBe(true);
    expect(renderText(a)).toContain(`${each} from each provider`);
    expect(parseText(catalog, command).filters.perProvider).toBe(each);
  });
});
