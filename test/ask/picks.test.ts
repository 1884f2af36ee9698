// Comparisons against a ranking ("gpt-5 vs the cheapest model with vision"), and models whose only own price is a free
// endpoint, billed at their cheapest paid host wherever a bill is answered.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/ask/index.ts';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import type { ComparisonAnswer } from '../../src/compare/compare.ts';
import { priceProfile } from '../../src/cost/price.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import type { CostAnswer } from '../../src/cost/quote.ts';
import { buyingOptions, cheapest } from '../../src/cost/rank.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { renderText } from '../../src/render/text/index.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import type { Catalog, CatalogModel } from '../../src/catalog/validate.ts';

const catalog = loadCatalog();
const AS_OF = '2026-12-02';
const ports: Ports = { catalog, now: () => new Date(`${AS_OF}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } };
const ask = (text: string) => handle({ text, where: LOCAL }, ports);
const top = (filters: Parameters<typeof cheapest>[2], tokens = 1_000_000) => cheapest(catalog, defaultProfile(tokens), filters, AS_OF, 1).ranking[0]?.model;

describe('a comparison of a ranking’s first models', () => {
  it('"compare the cheapest 3 models with 1M context" compares that ranking’s first three, and says so', async () => {
    const { query, answer } = await ask('compare the cheapest 3 models with 1M context');
    expect(query.intent).toBe('compare');
    const ranked = cheapest(catalog, defaultProfile(), query.picks?.[0]?.filters ?? {}, AS_OF, 3).ranking.map((r) => r.model);
    expect(ranked).toHaveLength(3);
    expect(answer.kind).toBe('comparison');
    expect((answer as ComparisonAnswer).models).toEqual(ranked);
    expect(renderText(answer)).toContain('the first 3 of');
    expect(limitViolations(renderBlocks(answer))).toEqual([]);
    // A ranking of one, or of more than four, is the ranking itself.
    for (const text of ['compare the cheapest model with vision', 'compare the top 10 coding models']) expect(parseText(catalog, text).intent, text).not.toBe('compare');
  });

  it('"compare the newest model from each of openai, anthropic and google" compares one from each maker named', async () => {
    const { query, answer } = await ask('compare the newest model from each of openai, anthropic and google');
    const pick = query.picks?.[0];
    expect([query.intent, pick?.filters.eachProvider, pick?.firstOf]).toEqual(['compare', true, 3]);
    const ranked = cheapest(catalog, defaultProfile(), pick?.filters ?? {}, AS_OF, 3, 'newest').ranking.map((r) => r.model);
    expect((answer as ComparisonAnswer).models).toEqual(ranked);
    expect(new Set(ranked.map((id) => catalog.byId.get(id)?.provider))).toEqual(new Set(['openai', 'anthropic', 'google']));
    // Alone, it is that ranking, one row per maker.
    expect(parseText(catalog, 'newest model from each of openai, anthropic and google').filters.eachProvider).toBe(true);
    expect(parseText(catalog, 'price of each of them').filters.eachProvider).toBeUndefined();
  });
});

describe('a comparison against a ranking', () => {
  it('compares the named model with the ranking’s first, says which model the ranking read as, and re-runs as those models', async () => {
    const { query, answer, command } = await ask('gpt-5 vs the cheapest model with vision');
    expect(query.picks?.map((p) => [p.intent, p.filters.need])).toEqual([['cheapest', ['vision']]]);
    // The ranking as read, ranked on its own.
    const first = top(query.picks?.[0]?.filters ?? {});
    expect(answer.kind).toBe('comparison');
    const a = answer as ComparisonAnswer;
    expect(a.models).toEqual(['gpt-5', first]);
    expect(a.assumptions.text[0]).toMatch(new RegExp(`^“the cheapest model with vision” read as ${first} \\(first of \\d+ that pass its filters\\)`));
    expect(command).toBe(`/compare gpt-5 ${first}`);
    expect(limitViolations(renderBlocks(answer))).toEqual([]);
  });

  it('two rankings, at the volume asked', async () => {
    const { answer } = await ask('compare the cheapest openai model with the cheapest anthropic model at 50M tokens');
    const a = answer as ComparisonAnswer;
    expect(a.models).toEqual([top({ providers: ['openai'] }, 50_000_000), top({ providers: ['anthropic'] }, 50_000_000)]);
    expect(a.assumptions.tokensPerMonth).toBe(50_000_000);
  });

  it('a ranking no model passes, or one whose first is the model named, is said, not compared', async () => {
    expect(renderText((await ask('compare gpt-5 with the cheapest model with 10M context')).answer)).toContain(
      'No model is “the cheapest model with 10M context” in the catalog: no model passes every filter.',
    );
    const cheapestOverall = top({}) as string;
    expect(renderText((await ask(`${cheapestOverall} vs the cheapest model`)).answer)).toContain(`${cheapestOverall} is itself “the cheapest model”`);
  });

  it('/compare takes a ranking as a side too, as the question does', async () => {
    const { query, answer } = await ask('/compare gpt-5 vs the cheapest model with vision 10M');
    expect(query.picks?.map((p) => [p.intent, p.filters.need])).toEqual([['cheapest', ['vision']]]);
    expect(query.tokens).toBe(10_000_000);
    expect((answer as ComparisonAnswer).models).toEqual(['gpt-5', top({ need: ['vision'], lane: 'vision-docs' }, 10_000_000)]);
    expect(parseText(catalog, '/compare gpt-5 gpt-5-mini').picks).toBeUndefined();
  });

  it('comparisons of named models are unchanged', () => {
    for (const text of ['gpt-5 vs claude-sonnet-4-5', 'compare gpt-5 and gpt-5-mini', 'which is cheaper, gpt-5 or gpt-5-mini?'])
      expect(parseText(catalog, text).picks, text).toBeUndefined();
  });
});

describe('a model whose only own price is a free endpoint', () => {
  // OpenRouter lists some open-weights models only on their free, rate-limited endpoint: such a model is made here from
  // an open-weights model hosts sell at a price (so the test holds whatever the shipped catalog prices), beside any the
  // catalog has.
  const hosted = catalog.models.find(
    (m) =>
      m.status === 'active' &&
      m.openWeights === true &&
      !quotedPrice(m, AS_OF).free &&
      buyingOptions(catalog, m, AS_OF).filter((o) => o.route.id !== null && !o.route.free).length >= 2,
  );
  if (!hosted) throw new Error('the catalog needs an open-weights model two hosts sell at a price');
  const freeEntry = (m: CatalogModel): CatalogModel['pricing'][number] => {
    const { cachedInput: _cached, batchInput: _bi, batchOutput: _bo, ...base } = quotedPrice(m, AS_OF);
    return { ...base, input: 0, output: 0, free: true, host: 'openrouter', tiers: [], serviceTiers: {} };
  };
  const asFree = (m: CatalogModel, routes: CatalogModel['routes']): CatalogModel => ({ ...m, pricing: [freeEntry(m)], routes });
  const variant = (m: CatalogModel): Catalog => ({ ...catalog, models: catalog.models.map((x) => (x.id === m.id ? m : x)), byId: new Map([...catalog.byId, [m.id, m]]) });
  const askIn = (c: Catalog, text: string) => handle({ text, where: LOCAL }, { ...ports, catalog: c });

  const freeOnly = asFree(hosted, hosted.routes);
  const withHosts = variant(freeOnly);

  it('is billed at its cheapest paid host, and the answer says so', async () => {
    const shipped = catalog.models.filter((m) => m.status === 'active' && quotedPrice(m, AS_OF).free === true && buyingOptions(catalog, m, AS_OF).some((o) => !o.route.free));
    const profile = defaultProfile(10_000_000);
    for (const [c, m] of [[withHosts, freeOnly] as const, ...shipped.map((m) => [catalog, m] as const)]) {
      const paid = buyingOptions(c, m, AS_OF)
        .filter((o) => !o.route.free)
        .map((o) => ({ o, q: priceProfile(o.priced, profile, AS_OF) }))
        .filter((x) => x.q.ok)
        .sort((x, y) => (x.q.ok && y.q.ok ? x.q.monthlyUsd - y.q.monthlyUsd : 0))[0];
      if (!paid?.q.ok) throw new Error(`${m.id} has a paid host that prices the profile`);
      const a = (await askIn(c, `cost of ${m.id} at 10M tokens`)).answer as CostAnswer;
      expect(a.monthlyUsd, m.id).toBe(paid.q.monthlyUsd);
      expect(a.monthlyUsd, m.id).toBeGreaterThan(0);
      expect(a.assumptions.text[0], m.id).toBe(`${m.id} has only a free, rate-limited endpoint of its own: billed at its cheapest paid host, ${paid.o.route.name}`);
    }
  });

  it('with no host selling it at a price, its bill is refused and says why, never $0', async () => {
    const alone = asFree(
      hosted,
      hosted.routes.filter((r) => r.free === true),
    );
    const unpaid = catalog.models.filter((m) => m.status === 'active' && quotedPrice(m, AS_OF).free === true && buyingOptions(catalog, m, AS_OF).every((o) => o.route.free));
    for (const [c, m] of [[variant(alone), alone] as const, ...unpaid.map((m) => [catalog, m] as const)]) {
      const a = (await askIn(c, `cost of ${m.id} at 10M tokens`)).answer as CostAnswer;
      expect(a.monthlyUsd, m.id).toBeNull();
      expect(a.refusal, m.id).toBe(`${m.id} has only a free, rate-limited endpoint, not a price to plan a workload on, and no host in the catalog sells it at a price`);
    }
  });
});

describe('the first of a ranking from each maker named, side by side', () => {
  it.each([
    ['compare the newest models from openai, anthropic and google', 'newest', ['openai', 'anthropic', 'google']],
    ['compare the cheapest models from openai and anthropic', 'price', ['openai', 'anthropic']],
  ] as const)('%j compares each maker’s first in that order, one model each', async (text, order, makers) => {
    const { answer } = await ask(text);
    expect(answer.kind).toBe('comparison');
    const compared = (answer as ComparisonAnswer).models;
    expect(compared.map((id) => catalog.byId.get(id)?.provider).sort()).toEqual([...makers].sort());
    for (const maker of makers) {
      const first = cheapest(catalog, defaultProfile(), { providers: [maker] }, AS_OF, 1, order).ranking[0]?.model;
      expect(compared).toContain(first);
    }
  });

  it('with no order asked ("compare openai and google models") it stays a ranking of both makers’ models', () => {
    const q = parseText(catalog, 'compare openai and google models');
    expect([q.intent, q.filters.eachProvider, [...(q.filters.providers ?? [])].sort()]).toEqual(['cheapest', undefined, ['google', 'openai']]);
  });

  it('a count asked keeps the ranking whole: "the 3 cheapest models from openai and anthropic" are its first three', async () => {
    const { answer } = await ask('compare the 3 cheapest models from openai and anthropic');
    const firstThree = cheapest(catalog, defaultProfile(), { providers: ['openai', 'anthropic'] }, AS_OF, 3).ranking.map((r) => r.model);
    expect((answer as ComparisonAnswer).models).toEqual(firstThree);
  });
});
