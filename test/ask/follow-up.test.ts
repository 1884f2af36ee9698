// Follow-ups read in the light of the question before: a new volume or filter alone, another model for the same
// question, a pronoun for the one model asked about; a question that stands on its own is left as read.
import { describe, expect, it } from 'vitest';
import { followUp } from '../../src/ask/follow-up.ts';
import { parseText } from '../../src/ask/index.ts';
import type { Query } from '../../src/ask/query.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import type { ComparisonAnswer } from '../../src/compare/compare.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const read = (text: string) => parseText(catalog, text);
/** The queries a conversation reads into, each after the ones before (an unanswerable one is not built on). */
function conversation(...texts: string[]): Query[] {
  const queries: Query[] = [];
  let previous: Query | undefined;
  for (const text of texts) {
    const query = previous ? followUp(catalog, previous, read(text)) : read(text);
    queries.push(query);
    if (query.intent !== 'unknown' && query.problems.length === 0) previous = query;
  }
  return queries;
}

const ports: Ports = { catalog, now: () => new Date('2026-12-02T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };

describe('follow-ups', () => {
  it('"drop the last one", "remove the first one" take out the model at that place; a place past the last is said to be missing', async () => {
    const [, , last] = conversation('compare gpt-5, o3 and gemini 2.5 pro', 'remove the first one', 'drop the last one');
    expect([last?.intent, last?.models]).toEqual(['cost', ['o3']]);
    const [, second] = conversation('compare gpt-5, o3 and gemini 2.5 pro', 'drop the second');
    expect(second?.models).toEqual(['gpt-5', 'gemini-2.5-pro']);
    // A place past the last is said to be missing, with the models there are, and no volume forms beside it.
    const [, past] = conversation('compare gpt-5 and o3', 'drop the third');
    expect(past?.problems).toEqual(['Only 2 models were compared (gpt-5, o3): there is no third one to drop. Say which to drop by place (the first … the last) or by name.']);
    const answer = await handle({ text: 'drop the third', where: LOCAL, query: past as Query }, ports);
    expect(renderText(answer.answer)).not.toContain('Volumes:');
  });

  it('"only the cheaper one" after a comparison costs the model that costs least at that volume, and says what it was weighed against', async () => {
    for (const [ask, then] of [
      ['gpt-5 vs claude sonnet 4.5 at 1B tokens', 'only the cheaper one'],
      ['compare o3, gpt-5 and claude opus 4.5 for 20M tokens mix 1:1', 'just the cheapest'],
      ['claude haiku 4.5 or gpt-5 mini at 50% caching', 'ok, keep the cheaper one'],
    ] as const) {
      const first = await handle({ text: ask, where: LOCAL }, ports);
      if (first.answer.kind !== 'comparison') throw new Error(`${ask}: expected a comparison, got ${first.answer.kind}`);
      const cost = first.answer.rows.find((r) => r.volume?.yours);
      const months = first.answer.models.map((id) => [id, cost?.values[id]?.value] as const);
      const least = months.reduce((a, b) => ((b[1] as number) < (a[1] as number) ? b : a));
      const next = await handle({ text: then, where: LOCAL, previous: first.asked }, ports);
      if (next.answer.kind !== 'cost') throw new Error(`${then}: expected a cost, got ${next.answer.kind}`);
      expect([next.answer.model, next.answer.monthlyUsd], ask).toEqual([least[0], least[1]]);
      expect(renderText(next.answer), ask).toContain(`${least[0]} costs least of`);
    }
  });

  it('"any cheaper alternatives?" after a comparison ranks stand-ins for the model that costs least there, each cheaper than it', async () => {
    for (const [ask, then] of [
      ['gpt-5 vs claude sonnet 4.5 at 100M tokens', 'any cheaper alternatives?'],
      ['claude sonnet 4.5 or gpt-5 for 20M tokens', 'is there anything cheaper?'],
    ] as const) {
      const first = await handle({ text: ask, where: LOCAL }, ports);
      if (first.answer.kind !== 'comparison') throw new Error(`${ask}: expected a comparison, got ${first.answer.kind}`);
      const cost = first.answer.rows.find((r) => r.volume?.yours);
      const least = first.answer.models.reduce((a, b) => ((cost?.values[b]?.value as number) < (cost?.values[a]?.value as number) ? b : a));
      const next = await handle({ text: then, where: LOCAL, previous: first.asked }, ports);
      if (next.answer.kind !== 'cheapest') throw new Error(`${then}: expected a ranking, got ${next.answer.kind}`);
      expect(next.answer.reference?.model, ask).toBe(least);
      expect(next.answer.ranking.length).toBeGreaterThan(0);
      for (const row of next.answer.ranking) expect(row.monthlyUsd).toBeLessThan(cost?.values[least]?.value as number);
      // Its command asks the same ranking again.
      expect(next.command).toMatch(/cheaper instead of /);
      const again = await handle({ text: next.command, where: LOCAL }, ports);
      expect(again.answer.kind === 'cheapest' && again.answer.ranking.map((r) => r.model)).toEqual(next.answer.ranking.map((r) => r.model));
    }
    // After one model's cost, the stand-ins for that model.
    const [, alone] = conversation('price of claude opus 4.1', 'something cheaper?');
    expect([alone?.intent, alone?.filters.like, alone?.filters.cheaperThanLike]).toEqual(['cheapest', 'claude-opus-4-1', true]);
  });

  it.each([
    ['cheapest model for classification', 'with at least 128k context', 'cheapest', 'price', { lane: 'extraction', minContext: 128_000 }],
    ['cheapest model', 'only with vision', 'cheapest', 'price', { need: ['vision'] }],
    ['best model for coding', 'with at least 400k context', 'best', 'price', { minContext: 400_000 }],
  ] as const)('after %j, %j is one more condition on the same ranking, in its order', (first, then, intent, order, filters) => {
    const [, next] = conversation(first, then);
    expect([next?.intent, next?.order]).toEqual([intent, order]);
    expect(next?.filters).toMatchObject(filters);
  });

  it.each([
    ['claude opus 4.1 vs sonnet 4.5 for coding', 'and for long documents?', 'compare', 'long-context'],
    ['gpt-5 vs gpt-4.1', 'what about for ticket routing', 'compare', 'extraction'],
    ['price of gpt-5', 'and for long documents?', 'lanes', 'long-context'],
  ] as const)('after %j, %j asks the same models for that work', (first, then, intent, lane) => {
    const [before, next] = conversation(first, then);
    expect([next?.intent, next?.lane, next?.models]).toEqual([intent, lane, before?.models]);
  });

  it('"what if we double it?", "and at 3x the volume?" ask the same at that multiple of the volume before, and say so', async () => {
    const first = await handle({ text: 'gpt-5 at 50M tokens', where: LOCAL }, ports);
    const doubled = await handle({ text: 'what if we double it?', where: LOCAL, previous: first.asked }, ports);
    const tripled = await handle({ text: 'and at 3x the volume?', where: LOCAL, previous: doubled.asked }, ports);
    for (const [next, tokens] of [
      [doubled, 100_000_000],
      [tripled, 300_000_000],
    ] as const) {
      if (next.answer.kind !== 'cost' || first.answer.kind !== 'cost') throw new Error(`expected costs, got ${next.answer.kind}`);
      expect([next.answer.model, next.answer.tokens]).toEqual(['gpt-5', tokens]);
      expect(next.answer.monthlyUsd).toBeCloseTo(((first.answer.monthlyUsd as number) * tokens) / 50_000_000, 6);
      expect(next.command).toContain(`for ${tokens / 1_000_000}M tokens`);
    }
    expect(renderText(doubled.answer)).toContain('2 × 50M tokens a month, the volume before');
    // With no volume said before, the multiple is of the default one, said, and its command keeps it.
    const plain = await handle({ text: 'price of gpt-5', where: LOCAL }, ports);
    const tenfold = await handle({ text: 'what if it was 10x more?', where: LOCAL, previous: plain.asked }, ports);
    if (tenfold.answer.kind !== 'cost') throw new Error(`expected a cost, got ${tenfold.answer.kind}`);
    expect(tenfold.answer.tokens).toBe(10 * 1_000_000);
    expect(renderText(tenfold.answer)).toContain('10 × the default volume of 1M tokens a month');
    expect(tenfold.command).toContain('at 10x the volume');
    const again = await handle({ text: tenfold.command, where: LOCAL }, ports);
    expect(again.answer.kind === 'cost' && again.answer.tokens).toBe(10 * 1_000_000);
  });

  it("a ranking's word alone is that ranking; after a ranking it reorders it, after models it asks which of them leads", async () => {
    for (const [text, order] of [
      ['cheapest', 'price'],
      ['the newest?', 'newest'],
      ['priciest', 'priciest'],
    ] as const) {
      const q = read(text);
      expect([q.intent, q.order, q.problems], text).toEqual(['cheapest', order, []]);
    }
    const ranking = await handle({ text: 'cheapest model with vision', where: LOCAL }, ports);
    const newest = await handle({ text: 'newest?', where: LOCAL, previous: ranking.asked }, ports);
    if (newest.answer.kind !== 'cheapest') throw new Error(newest.answer.kind);
    expect([newest.answer.order, newest.answer.filters.need]).toEqual(['newest', ['vision']]);
    const compared = await handle({ text: 'compare gpt-5 and o3', where: LOCAL }, ports);
    const cheaper = await handle({ text: 'cheapest?', where: LOCAL, previous: compared.asked }, ports);
    const newer = await handle({ text: 'newest?', where: LOCAL, previous: compared.asked }, ports);
    expect([cheaper.query.intent, cheaper.query.attribute, cheaper.query.models]).toEqual(['attribute', 'price', ['gpt-5', 'o3']]);
    expect([newer.query.intent, newer.query.attribute]).toEqual(['attribute', 'newer']);
    expect(renderText(newer.answer)).toMatch(/^GPT-5 is newer — GPT-5: \d{4}-\d{2}-\d{2}; o3: \d{4}-\d{2}-\d{2}\./);
  });

  it('"cheaper options?" after the best for a kind of work, or models compared for it, keeps that work: stand-ins its benchmarks back', async () => {
    const best = await handle({ text: 'best model for terminal coding', where: LOCAL }, ports);
    const cost = await handle({ text: 'how much would it cost at 100M?', where: LOCAL, previous: best.asked }, ports);
    const cheaper = await handle({ text: 'cheaper options?', where: LOCAL, previous: cost.asked }, ports);
    const compared = await handle({ text: 'compare gpt-5 and claude sonnet 4.5 for coding', where: LOCAL }, ports);
    const alternatives = await handle({ text: 'any cheaper alternatives?', where: LOCAL, previous: compared.asked }, ports);
    for (const [next, lane] of [
      [cheaper, best.query.lane],
      [alternatives, compared.query.lane],
    ] as const) {
      if (next.answer.kind !== 'cheapest') throw new Error(next.answer.kind);
      expect([next.answer.filters.lane, next.answer.filters.laneTested, next.answer.filters.cheaperThanLike]).toEqual([lane, true, true]);
      expect(next.answer.ranking.length).toBeGreaterThan(0);
      for (const r of next.answer.ranking) expect(r.why.join('; '), r.model).toMatch(new RegExp(`fits ${lane} \\(`));
    }
  });

  it('a multiple of things counted is that many more of them: "10x more" after 1,000 words is 10,000 words', async () => {
    const first = await handle({ text: 'cost of gpt-4.1 per 1000 words', where: LOCAL }, ports);
    const next = await handle({ text: 'what about 10x more?', where: LOCAL, previous: first.asked }, ports);
    if (first.answer.kind !== 'cost' || next.answer.kind !== 'cost') throw new Error(next.answer.kind);
    expect(next.answer.forCount).toEqual({ count: 10_000, what: 'words' });
    expect(next.answer.tokens).toBe(first.answer.tokens * 10);
    const said = renderText(next.answer);
    expect(said).toContain('for 10,000 words');
    expect(said).toContain('10 × 1,000 words, asked before');
    expect(said).not.toMatch(/for 1,000 words/);
  });

  it('"the cheapest one per request of 3k tokens?" after a ranking is its first by price, with every filter kept', async () => {
    const first = await handle({ text: 'models with context between 100k and 200k tokens', where: LOCAL }, ports);
    const open = await handle({ text: 'only open weights', where: LOCAL, previous: first.asked }, ports);
    const next = await handle({ text: 'cheapest one per request of 3k tokens?', where: LOCAL, previous: open.asked }, ports);
    if (next.answer.kind !== 'cheapest') throw new Error(next.answer.kind);
    expect(next.answer.filters).toMatchObject({ minContext: 100_000, maxContext: 200_000, openWeights: true });
    expect([next.answer.order, next.answer.ranking.length, next.answer.per, next.answer.assumptions.tokensPerMonth]).toEqual(['price', 1, 'request', 3_000]);
    // The first of the same ranking ordered by price.
    const byPrice = await handle({ text: 'cheapest open weights model with context between 100k and 200k at 3k tokens', where: LOCAL }, ports);
    if (byPrice.answer.kind !== 'cheapest') throw new Error(byPrice.answer.kind);
    expect(next.answer.ranking[0]?.model).toBe(byPrice.answer.ranking[0]?.model);
    // "The cheapest one" alone is that first one; a whole new question in the thread is asked afresh.
    const one = await handle({ text: 'the cheapest one', where: LOCAL, previous: open.asked }, ports);
    expect(one.answer.kind === 'cheapest' && [one.answer.ranking.length, one.answer.ranking[0]?.model]).toEqual([1, next.answer.ranking[0]?.model]);
    const fresh = await handle({ text: 'cheapest model with vision', where: LOCAL, previous: open.asked }, ports);
    expect([fresh.query.filters.minContext, fresh.query.filters.need, fresh.query.top]).toEqual([undefined, ['vision'], null]);
  });

  it('"what\'s the cheapest of the two per request of 3k tokens?" costs the cheaper one for that request', async () => {
    const first = await handle({ text: 'gpt-5 vs claude sonnet 4.5', where: LOCAL }, ports);
    const next = await handle({ text: "what's the cheapest of the two per request of 3k tokens?", where: LOCAL, previous: first.asked }, ports);
    if (next.answer.kind !== 'cost') throw new Error(`expected a cost, got ${next.answer.kind}`);
    expect([next.answer.per, next.answer.tokens]).toEqual(['request', 3000]);
    expect(['gpt-5', 'claude-sonnet-4-5']).toContain(next.answer.model);
  });

  it('"and the cheapest one that\'s still decent?" after the best for a kind of work is its best value there', () => {
    const [best, next] = conversation('best model for terminal coding', "and the cheapest one that's still decent?");
    expect([next?.intent, next?.lane, next?.order]).toEqual(['best', best?.lane, 'value']);
  });

  it('"show me the full comparison" after a brief one answers with every row', async () => {
    const first = await handle({ text: 'gpt-5 vs claude sonnet 4.5', where: LOCAL, detail: 'brief' }, ports);
    const full = await handle({ text: 'show me the full comparison', where: LOCAL, detail: 'brief', previous: first.asked }, ports);
    const direct = await handle({ text: 'gpt-5 vs claude sonnet 4.5', where: LOCAL, detail: 'full' }, ports);
    if (first.answer.kind !== 'comparison' || full.answer.kind !== 'comparison' || direct.answer.kind !== 'comparison') throw new Error('expected comparisons');
    expect(full.answer.rows.length).toBeGreaterThan(first.answer.rows.length);
    expect(full.answer.rows.map((r) => r.label)).toEqual(direct.answer.rows.map((r) => r.label));
  });

  it.each(['pause the digest', 'mute the digest', 'switch off the weekly digest'])('%j turns the digest off', (text) => {
    expect([read(text).intent, read(text).digest?.action]).toEqual(['digest', 'off']);
  });

  it('"how much?" after a spec or a card asks what those models cost, never the spec again or a ranking of every model', () => {
    const [, year] = conversation('gpt-5 context window', 'how much over a year?');
    expect([year?.intent, year?.models, year?.yearly]).toEqual(['cost', ['gpt-5'], true]);
    const [, both] = conversation('which is faster, gpt-5 mini or gemini 2.5 flash?', 'how much at 50M tokens?');
    expect([both?.intent, both?.models, both?.tokens]).toEqual(['compare', ['gpt-5-mini', 'gemini-2.5-flash'], 50_000_000]);
    const [, plain] = conversation('gpt-5', 'how much?');
    expect([plain?.intent, plain?.models]).toEqual(['cost', ['gpt-5']]);
    // A ranking asked still ranks; a price question keeps its own form.
    const [, ranked] = conversation('gpt-5 context window', 'cheapest at 50M?');
    expect([ranked?.intent, ranked?.models]).toEqual(['cheapest', []]);
    const [, priced] = conversation('which is cheaper, gpt-5 or sonnet 4.5?', 'how much over a year?');
    expect([priced?.intent, priced?.attribute]).toEqual(['attribute', 'price']);
  });

  it('"add gemini 2.5 pro" puts one more model beside the ones compared (or beside the one asked about); "drop claude" takes out what it names', () => {
    const [, added, dropped, one] = conversation('gpt-5 vs claude sonnet 4.5 at 100M tokens', 'add gemini 2.5 pro', 'drop claude', 'remove gpt-5');
    expect([added?.intent, added?.models, added?.tokens]).toEqual(['compare', ['gpt-5', 'claude-sonnet-4-5', 'gemini-2.5-pro'], 100_000_000]);
    // "claude" names no model exactly: every compared model that carries the word goes, and no provider filter is added.
    expect([dropped?.intent, dropped?.models, dropped?.filters]).toEqual(['compare', ['gpt-5', 'gemini-2.5-pro'], {}]);
    // One model left is that model's cost.
    expect([one?.intent, one?.models, one?.tokens]).toEqual(['cost', ['gemini-2.5-pro'], 100_000_000]);
    const [, beside] = conversation('price of gpt-4.1', 'also compare gpt-4.1 mini');
    expect([beside?.intent, beside?.models]).toEqual(['compare', ['gpt-4.1', 'gpt-4.1-mini']]);
    // A name that is one of them is dropped alone, not every model whose id starts with it.
    const [, , exact] = conversation('compare gpt-5 and gpt-5 mini', 'add o3', 'drop gpt-5');
    expect(exact?.models).toEqual(['gpt-5-mini', 'o3']);
    // Standing alone, the words ask about that model.
    expect(read('add gemini 2.5 pro').intent).toBe('model');
  });

  it('"which is cheaper?", "which one has the bigger context?" after models were named: that attribute of those models', () => {
    const [, cheaper, context] = conversation('compare gpt-5 mini and claude haiku 4.5 at 20M tokens', 'which is cheaper?', 'which one has the bigger context?');
    expect([cheaper?.intent, cheaper?.attribute, cheaper?.models, cheaper?.tokens]).toEqual(['attribute', 'price', ['gpt-5-mini', 'claude-haiku-4-5'], 20_000_000]);
    expect([context?.intent, context?.attribute, context?.models]).toEqual(['attribute', 'context', ['gpt-5-mini', 'claude-haiku-4-5']]);
  });

  it('"compare them" after named models compares them; after one model it is that model, and the answer asks for another', async () => {
    const [, , them] = conversation('compare gpt-5 mini and claude haiku 4.5 at 20M tokens', 'which is cheaper?', 'compare them');
    expect([them?.intent, them?.models, them?.tokens]).toEqual(['compare', ['gpt-5-mini', 'claude-haiku-4-5'], 20_000_000]);
    const [, alone] = conversation('cost of gpt-5 mini at 20M tokens', 'compare them');
    expect([alone?.intent, alone?.models]).toEqual(['compare', ['gpt-5-mini']]);
    const { answer } = await handle({ text: '', where: LOCAL, query: alone as Query }, ports);
    expect(renderText(answer)).toMatch(/A comparison needs at least 2 models; I read only gpt-5-mini/);
  });

  it('"compare them" after questions about one model each compares those models; a question about several starts afresh', () => {
    const [, , them] = conversation('price of gpt-4.1', 'and gpt-4.1 mini?', 'compare them');
    expect([them?.intent, them?.models]).toEqual(['compare', ['gpt-4.1', 'gpt-4.1-mini']]);
    // The volume asked on the way is kept (after a spec, it asks what they cost there); each model is counted once, and
    // "which is cheaper?" asks it of them all.
    const [, , atVolume, , cheaper] = conversation('context window of gpt-5', 'what about claude opus 5?', 'and at 20M tokens?', 'and gpt-5 again', 'which is cheaper?');
    expect([atVolume?.intent, atVolume?.models]).toEqual(['compare', ['gpt-5', 'claude-opus-5']]);
    expect([cheaper?.intent, cheaper?.attribute, cheaper?.models, cheaper?.tokens]).toEqual(['attribute', 'price', ['gpt-5', 'claude-opus-5'], 20_000_000]);
    // At most as many as a comparison takes: the latest ones.
    const many = conversation('price of gpt-4.1', 'and o3?', 'and gpt-5?', 'and o4-mini?', 'and gpt-4o?', 'compare them');
    expect(many.at(-1)?.models).toEqual(['o3', 'gpt-5', 'o4-mini', 'gpt-4o']);
    // After a comparison, a question about one model, then "compare them": that one model alone (the answer asks for another).
    const [, , , alone] = conversation('gpt-5 vs o3', 'price of gpt-4.1', 'compare them', 'and gpt-4o?');
    expect(alone?.earlier).toBeUndefined();
    const [, , fresh] = conversation('gpt-5 vs o3', 'price of gpt-4.1', 'compare them');
    expect(fresh?.models).toEqual(['gpt-4.1']);
  });

  it('a new volume after a model card asks what the model costs there', () => {
    const [, costed] = conversation('tell me about o3', 'and for 100M tokens?');
    expect([costed?.intent, costed?.models, costed?.tokens]).toEqual(['cost', ['o3'], 100_000_000]);
  });

  it('a new volume, batch or mix alone re-asks the question before with it', () => {
    const [, volume, batch, mix] = conversation('how much is gpt-5 at 10M tokens', 'and for 100M tokens?', 'same but with batch', 'what about a 1:1 mix');
    expect([volume?.intent, volume?.models, volume?.tokens]).toEqual(['cost', ['gpt-5'], 100_000_000]);
    expect([batch?.intent, batch?.tokens, batch?.batch]).toEqual(['cost', 100_000_000, true]);
    expect([mix?.tokens, mix?.batch, mix?.mix]).toEqual([100_000_000, true, { input: 1, output: 1 }]);
  });

  it('a filter or list length alone narrows the ranking before', () => {
    const [, google, three] = conversation('cheapest model with vision at 20M tokens', 'only from google', 'top 3');
    expect([google?.intent, google?.filters, google?.tokens]).toEqual(['cheapest', { need: ['vision'], lane: 'vision-docs', providers: ['google'] }, 20_000_000]);
    expect([three?.filters.providers, three?.top]).toEqual([['google'], 3]);
    // A filter whose words would rank by themselves ("with 1M context" ranks by context) keeps the ranking's order.
    const [, context, newest] = conversation('cheapest model with vision', 'what about with 1M context?', 'and the newest?');
    expect([context?.intent, context?.order, context?.filters]).toEqual(['cheapest', 'price', { need: ['vision'], lane: 'vision-docs', minContext: 1_000_000 }]);
    expect([newest?.order, newest?.filters.minContext]).toEqual(['newest', 1_000_000]);
    // "Sort them by …" puts the same ranking in that order.
    const [, byContext, byPrice] = conversation('cheapest models with vision from google', 'sort them by context', 'sort by price');
    expect([byContext?.intent, byContext?.order, byContext?.filters.providers]).toEqual(['cheapest', 'context', ['google']]);
    expect(byPrice?.order).toBe('price');
  });

  it('"X instead of Y" and "swap Y for X" put one model in place of another in a comparison or a move', () => {
    const [, instead, swapped] = conversation('compare gpt-5 and claude sonnet 4.5 at 50M tokens', 'what about gemini 2.5 pro instead of sonnet?', 'swap gpt-5 for o3');
    expect([instead?.intent, instead?.models, instead?.tokens]).toEqual(['compare', ['gpt-5', 'gemini-2.5-pro'], 50_000_000]);
    expect([swapped?.intent, swapped?.models, swapped?.tokens]).toEqual(['compare', ['o3', 'gemini-2.5-pro'], 50_000_000]);
    const [, moved] = conversation('should we move from gpt-4.1 to sonnet 4.5?', 'what about opus 4.5 instead of sonnet?');
    expect([moved?.intent, moved?.models]).toEqual(['upgrade', ['gpt-4.1', 'claude-opus-4-5']]);
    // After a question asked of both ("which one has the bigger context?"), the same question of the new pair.
    const [, , asked] = conversation('compare gpt-5 and claude sonnet 4.5 at 50M tokens', 'which one has the bigger context?', 'what about gemini 2.5 pro instead of sonnet?');
    expect([asked?.intent, asked?.attribute, asked?.models]).toEqual(['attribute', 'context', ['gpt-5', 'gemini-2.5-pro']]);
    // Standing alone, the words compare the two models named.
    expect(read('gemini 2.5 pro instead of claude sonnet 4.5?').models).toEqual(['gemini-2.5-pro', 'claude-sonnet-4-5']);
  });

  it('"drop deepseek", "exclude deepseek", "remove openai models" after a ranking leave them out, never keep only them', () => {
    for (const removal of ['drop deepseek', 'exclude deepseek', 'and without deepseek', 'leave out deepseek']) {
      const [, after] = conversation('cheapest reasoning models', removal);
      expect([after?.intent, after?.filters.excludeProviders, after?.filters.providers, after?.filters.need], removal).toEqual([
        'cheapest',
        ['deepseek'],
        undefined,
        ['reasoning'],
      ]);
    }
    const [, , both] = conversation('cheapest reasoning models', 'drop deepseek', 'remove openai models');
    expect(both?.filters.excludeProviders).toEqual(['deepseek', 'openai']);
    const [, named] = conversation('cheapest vision models', 'remove llama and gpt-5');
    expect([named?.filters.excludeFamilies, named?.filters.excludeModels]).toEqual([['llama'], ['gpt-5']]);
    // A filter the ranking has is lifted, as before.
    const [, lifted] = conversation('cheapest reasoning models from deepseek', 'drop the deepseek filter');
    expect([lifted?.filters.providers, lifted?.filters.excludeProviders]).toEqual([undefined, undefined]);
  });

  it('"drop sonnet, add gemini 2.5 pro" and "remove o3 and add grok 4" put the one added where the one dropped was', () => {
    const [, swapped] = conversation('compare gpt-5 and sonnet 4.5 at 100M tokens', 'drop sonnet, add gemini 2.5 pro');
    expect([swapped?.intent, swapped?.models, swapped?.tokens]).toEqual(['compare', ['gpt-5', 'gemini-2.5-pro'], 100_000_000]);
    const [, three] = conversation('compare gpt-5, claude sonnet 4.5 and o3', 'remove o3 and add grok 4');
    expect(three?.models).toEqual(['gpt-5', 'claude-sonnet-4-5', 'grok-4']);
    // A drop alone still drops.
    const [, dropped] = conversation('compare gpt-5, claude sonnet 4.5 and o3', 'remove o3');
    expect(dropped?.models).toEqual(['gpt-5', 'claude-sonnet-4-5']);
  });

  it('"what about X?" asks the same of another model: in place of one, beside a comparison, as the target of a move', () => {
    const [, cost] = conversation('cost of gpt-5 at 50M tokens with batch', 'what about gpt-5 mini?');
    expect([cost?.intent, cost?.models, cost?.tokens, cost?.batch]).toEqual(['cost', ['gpt-5-mini'], 50_000_000, true]);
    const [, compared] = conversation('gpt-5 vs claude sonnet 4.5 at 10M tokens', 'and gemini 2.5 pro?');
    expect([compared?.intent, compared?.models, compared?.tokens]).toEqual(['compare', ['gpt-5', 'claude-sonnet-4-5', 'gemini-2.5-pro'], 10_000_000]);
    const [, moved] = conversation('should we move from gpt-4o to gpt-4.1?', 'what about gpt-5?');
    expect([moved?.intent, moved?.models]).toEqual(['upgrade', ['gpt-4o', 'gpt-5']]);
    const [, context] = conversation('what is the context window of gpt-5?', 'how about claude sonnet 4.5?');
    expect([context?.intent, context?.attribute, context?.models]).toEqual(['attribute', 'context', ['claude-sonnet-4-5']]);
  });

  it('"it" is the one model asked about before, at the volume asked before', () => {
    const [, , cheaper] = conversation('how much is gpt-5 mini at 100M tokens', 'same but with batch', 'is it cheaper than claude haiku 4.5?');
    expect([cheaper?.intent, cheaper?.attribute, cheaper?.models, cheaper?.tokens, cheaper?.batch]).toEqual([
      'attribute',
      'price',
      ['gpt-5-mini', 'claude-haiku-4-5'],
      100_000_000,
      true,
    ]);
    const [, open] = conversation('gpt-4.1 card', 'is it open source?');
    expect([open?.intent, open?.attribute, open?.models]).toEqual(['attribute', 'open-weights', ['gpt-4.1']]);
  });

  it('a question that stands on its own is read as it is, and nothing builds on an unanswerable one', () => {
    const [, standalone] = conversation('how much is gpt-5 at 10M tokens', 'cheapest model with vision');
    expect([standalone?.intent, standalone?.models, standalone?.tokens]).toEqual(['cheapest', [], null]);
    const [, greeting, volume] = conversation('hello', 'thanks', 'and for 100M tokens?');
    expect(greeting?.intent).toBe('help');
    expect(volume?.intent).toBe('unknown');
    // A problem in the follow-up is said, not merged away.
    const [, bad] = conversation('cost of gpt-5 at 10M tokens', 'and for -5M tokens?');
    expect(bad?.problems.length).toBeGreaterThan(0);
  });
});

describe('follow-ups on a ranking or a comparison', () => {
  it('"compare the first two" after a ranking compares its first models, says so, and goes on from those models', async () => {
    for (const [ask, then, n] of [
      ['cheapest model with vision for 20M tokens', 'compare the first two', 2],
      ['cheapest open weights models', 'compare the top 3', 3],
      ['best model for extraction', 'compare them', 4],
    ] as const) {
      const first = await handle({ text: ask, where: LOCAL }, ports);
      const ranked = first.answer.kind === 'cheapest' ? first.answer.ranking.map((r) => r.model) : first.answer.kind === 'best' ? first.answer.picks.map((p) => p.model) : [];
      const next = await handle({ text: then, where: LOCAL, previous: first.asked }, ports);
      expect(next.answer.kind, then).toBe('comparison');
      expect((next.answer as ComparisonAnswer).models, then).toEqual(ranked.slice(0, n));
      expect(renderText(next.answer), then).toContain(`the first ${n} of “${ask}”: ${ranked.slice(0, n).join(', ')}`);
      // A volume after it re-prices those models, not a new ranking's first ones.
      const again = await handle({ text: 'and for 1B tokens?', where: LOCAL, previous: next.asked }, ports);
      expect([(again.answer as ComparisonAnswer).models, again.query.tokens], then).toEqual([ranked.slice(0, n), 1_000_000_000]);
    }
  });

  it('"what\'s its context window?", "how much does the top one cost at 50M?" after a ranking ask about its first model, and go on from it', async () => {
    for (const [ask, then, kind] of [
      ['cheapest model with vision', "what's its context window?", 'attribute'],
      ['best model for terminal', 'how much does the top one cost at 50M?', 'cost'],
      ['cheapest model from anthropic', 'is it on bedrock?', 'fact'],
    ] as const) {
      const first = await handle({ text: ask, where: LOCAL }, ports);
      const top = first.answer.kind === 'cheapest' ? first.answer.ranking[0]?.model : first.answer.kind === 'best' ? first.answer.picks[0]?.model : undefined;
      if (!top) throw new Error(`${ask} ranks nothing`);
      const next = await handle({ text: then, where: LOCAL, previous: first.asked }, ports);
      expect(next.answer.kind, then).toBe(kind);
      expect(next.asked.models, then).toEqual([top]);
      // Which model it took is said: in the assumptions, or (a one-line fact) as the line's subject.
      const said = kind === 'fact' ? `${catalog.byId.get(top)?.name}: ` : `“${ask}” read as ${top}`;
      expect(renderText(next.answer), then).toContain(said);
    }
    const [first] = [await handle({ text: 'best model for terminal', where: LOCAL }, ports)];
    const cost = await handle({ text: 'how much does the top one cost at 50M?', where: LOCAL, previous: first.asked }, ports);
    expect(cost.query.tokens).toBe(50_000_000);
  });

  it('"which is better for coding?" after a comparison gives those models\' verdicts for that work, not a new ranking', () => {
    const [, which] = conversation('gpt-5 vs claude sonnet 4.5 at 10M tokens', 'which is better for coding?');
    expect([which?.intent, which?.models, which?.lane, which?.tokens]).toEqual(['lanes', ['gpt-5', 'claude-sonnet-4-5'], 'api-coding', 10_000_000]);
    // On its own it is still the lane's best.
    expect(read('which model is best for coding?').intent).toBe('best');
  });

  it('"what about for reasoning?", "for rag" after a comparison or a move asks the same for that work; after one model, its verdict', () => {
    const rag = parseText(catalog, 'best model for rag').lane;
    const reasoning = parseText(catalog, 'best model for reasoning').lane;
    const [, compared] = conversation('gpt-5 vs o3 at 10M tokens', 'for rag');
    expect([compared?.intent, compared?.models, compared?.lane, compared?.tokens]).toEqual(['compare', ['gpt-5', 'o3'], rag, 10_000_000]);
    const [, moved] = conversation('is claude opus 4.5 worth it over sonnet 4.5 for coding?', 'what about for reasoning?');
    expect([moved?.intent, moved?.models, moved?.lane]).toEqual(['upgrade', ['claude-sonnet-4-5', 'claude-opus-4-5'], reasoning]);
    const [, one] = conversation('price of gpt-5', 'and for coding?');
    expect([one?.intent, one?.models, one?.lane]).toEqual(['lanes', ['gpt-5'], parseText(catalog, 'best model for coding').lane]);
    // A question of its own about the work is still the lane's best.
    const [, fresh] = conversation('gpt-5 vs o3', 'which model is best for rag?');
    expect(fresh?.intent).toBe('best');
  });
});

describe('a ranking narrowed, widened and lengthened in a thread', () => {
  it('"without the vision requirement", "drop the google filter", "remove the budget", "no context requirement" lift that filter and keep the rest', () => {
    const [first, lifted, dropped] = conversation(
      'cheapest model from google with vision under $5 a month at 20M tokens',
      'and without the vision requirement?',
      'drop the google filter',
    );
    expect(first?.filters.need).toEqual(['vision']);
    expect(first?.filters.providers).toEqual(['google']);
    // Vision goes (and the lane it brought), the provider, the budget and the volume stay.
    expect([lifted?.intent, lifted?.filters.need, lifted?.filters.lane, lifted?.filters.providers, lifted?.filters.maxMonthlyUsd, lifted?.tokens]).toEqual([
      'cheapest',
      undefined,
      undefined,
      ['google'],
      5,
      20_000_000,
    ]);
    expect([dropped?.filters.providers, dropped?.filters.maxMonthlyUsd]).toEqual([undefined, 5]);
    const [, budget, context, one] = conversation(
      'cheapest model from anthropic or google with 200k context under $5 a month',
      'remove the budget',
      'no context requirement',
      'without google',
    );
    expect([budget?.filters.maxMonthlyUsd, budget?.filters.minContext]).toEqual([undefined, 200_000]);
    expect([context?.filters.minContext, context?.filters.providers]).toEqual([undefined, ['anthropic', 'google']]);
    // A list loses only the value named.
    expect(one?.filters.providers).toEqual(['anthropic']);
    // A filter the ranking did not have is not lifted: "without reasoning" asks for models without it, as on its own.
    const [, without] = conversation('cheapest model with vision', 'without reasoning');
    expect(without?.filters.need).toEqual(['vision']);
  });

  it('"show me 10", "list 20 models" after a ranking lengthen it; a length out of range is said to be', () => {
    const [, ten, twenty] = conversation('cheapest model with vision', 'show me 10', 'list 20 models');
    expect([ten?.intent, ten?.top, ten?.filters.need]).toEqual(['cheapest', 10, ['vision']]);
    expect(twenty?.top).toBe(20);
    expect(read('show me 0').problems).toEqual(['Cannot show 0: ask for 1 to 999, such as show me 10.']);
    // A long figure is said back in part, marked as cut, never as if it were the figure typed.
    expect(read('show me 99999999999999999999').problems).toEqual(['Cannot show 999999999999…: ask for 1 to 999, such as show me 10.']);
    // A volume is not a length.
    expect(read('show me 10M tokens').top).toBeNull();
  });

  it('"in euros?" after an answer asks it again, saying prices stay in USD', async () => {
    const first = await handle({ text: 'how much is gpt-5 at 10M tokens?', where: LOCAL }, ports);
    const next = await handle({ text: 'in euros?', where: LOCAL, previous: first.asked }, ports);
    expect([next.answer.kind, next.query.models, next.query.tokens]).toEqual(['cost', ['gpt-5'], 10_000_000]);
    expect(renderText(next.answer)).toContain('prices in USD, as published: Model Scout does not convert them to EUR');
  });

  it('"what does the first one cost at 500M tokens?", "the last one\'s context window" after a comparison ask about that model', () => {
    const [, first, last] = conversation('compare gpt-5, gpt-4.1 and o3 at 10M tokens', 'what does the first one cost at 500M tokens?', "what's the last one's context window?");
    expect([first?.intent, first?.models, first?.tokens]).toEqual(['cost', ['gpt-5'], 500_000_000]);
    const [, lastOne] = conversation('compare gpt-5, gpt-4.1 and o3', "what's the last one's context window?");
    expect([lastOne?.intent, lastOne?.models, lastOne?.attribute]).toEqual(['attribute', ['o3'], 'context']);
    expect(last?.models).toEqual(['gpt-5']);
    // A place past the last is said to be missing, with the models there are.
    const [, fifth] = conversation('compare gpt-5 and o3', 'what does the fifth one cost?');
    expect(fifth?.problems).toEqual(['Only 2 models were compared (gpt-5, o3): there is no fifth one. Say which by place (the first … the last) or by name.']);
  });
});

describe('after one figure of several models', () => {
  it('"drop the second one" asks the same of the others; "full comparison" compares them in full', () => {
    const [, , dropped, full] = conversation('compare gpt-5, claude-sonnet-4-5 and o3 for 50M tokens', 'which is cheapest?', 'drop the second one', 'full comparison');
    expect([dropped?.intent, dropped?.attribute, dropped?.models, dropped?.tokens]).toEqual(['attribute', 'price', ['gpt-5', 'o3'], 50_000_000]);
    expect([full?.intent, full?.fullDetail, full?.models, full?.tokens]).toEqual(['compare', true, ['gpt-5', 'o3'], 50_000_000]);
  });
});

describe('a family word alone after one model', () => {
  it('"and sonnet?" after Claude Opus 4.5 is Claude Sonnet 4.5, of the same generation, and says so', async () => {
    // Each pair is found in the catalog: a model, and a sibling named by one word in place of one of its name's words.
    for (const [ask, then] of [
      ['how much is claude-opus-4-5 at 10M tokens?', 'and sonnet?'],
      ['gemini-2.5-pro price', 'and flash?'],
      ['gpt-5-mini price', 'what about nano?'],
    ] as const) {
      const first = await handle({ text: ask, where: LOCAL }, ports);
      const [before] = first.asked.models;
      const word = /(\w+)\?$/.exec(then)?.[1] as string;
      const model = catalog.byId.get(before as string);
      const words = model?.name.split(' ') ?? [];
      const sibling = words
        .map((_, i) => catalog.models.find((m) => m.name.toLowerCase() === [...words.slice(0, i), word, ...words.slice(i + 1)].join(' ').toLowerCase()))
        .find((m) => m !== undefined);
      if (!sibling) throw new Error(`the catalog has no ${word} beside ${model?.name}`);
      const next = await handle({ text: then, where: LOCAL, previous: first.asked }, ports);
      expect([next.answer.kind, next.query.models, next.query.tokens], then).toEqual([first.answer.kind, [sibling.id], first.query.tokens]);
      expect(renderText(next.answer), then).toContain(`“${word}” read as ${sibling.name}, of the same generation as ${model?.name}`);
    }
  });

  it('with no sibling of that generation, or another word, it reads as before', () => {
    // No Haiku 4.1: the word reads as it would alone.
    const [, haiku] = conversation('claude-opus-4-1 price', 'and haiku?');
    expect(haiku?.models).toEqual(read('haiku').models);
    const [, batch] = conversation('gpt-5-mini price', 'and batch?');
    expect([batch?.models, batch?.batch]).toEqual([['gpt-5-mini'], true]);
    // After two models, "and sonnet?" adds the word's model as before.
    const [, added] = conversation('compare gpt-5 and o3', 'and sonnet?');
    expect(added?.models).toEqual(['gpt-5', 'o3', ...read('sonnet').models]);
  });
});

describe('follow-ups of a digest, a comparison and a ranking', () => {
  it('"and last month?", "only openai" after a digest: the same digest over that window, of those providers; a digest preview is built on, a subscription is not', async () => {
    const { buildsOn } = await import('../../src/ask/follow-up.ts');
    const [first, month, openai, alone] = conversation('what changed this month?', 'and last month?', 'only openai', 'what about gpt-5?');
    expect(first?.digest).toEqual({ action: 'preview', range: { period: 'this-month' } });
    expect([month?.intent, month?.digest]).toEqual(['digest', { action: 'preview', range: { period: 'last-month' } }]);
    expect([openai?.intent, openai?.digest]).toEqual(['digest', { action: 'preview', range: { period: 'last-month' }, providers: ['openai'] }]);
    // A question about a model after a digest stands on its own.
    expect([alone?.intent, alone?.models, alone?.digest ?? null]).toEqual(['model', ['gpt-5'], null]);
    expect(buildsOn(read('what changed this week?'))).toBe(true);
    expect(buildsOn(read('turn off the digest'))).toBe(false);
    // A window that runs backwards is said, never last month instead.
    const [, backwards] = conversation('what changed this month?', 'and between 2026-10-01 and 2026-09-01?');
    expect(backwards?.problems[0]).toMatch(/ends before it starts/);
  });

  it('"and the knowledge cutoff?" after a comparison: that attribute of the models compared', () => {
    const [, cutoff] = conversation('compare gpt-5 and claude sonnet 4.5', 'and the knowledge cutoff?');
    expect([cutoff?.intent, cutoff?.attribute, cutoff?.models]).toEqual(['attribute', 'knowledge-cutoff', ['gpt-5', 'claude-sonnet-4-5']]);
  });

  it('"and with vision?" after a price ranking adds the need to it (alone it would be the vision lane); "cheaper ones only" after stand-ins keeps those for less', () => {
    const [first, vision] = conversation('cheapest model from mistral at 50M tokens', 'and with vision?');
    expect([vision?.intent, vision?.filters, vision?.tokens]).toEqual(['cheapest', { ...first?.filters, need: ['vision'] }, 50_000_000]);
    expect(read('and with vision?').intent).toBe('best');
    const [, cheaper] = conversation('alternatives to gpt-4o', 'cheaper ones only');
    expect([cheaper?.intent, cheaper?.filters.like, cheaper?.filters.cheaperThanLike]).toEqual(['cheapest', 'gpt-4o', true]);
  });

  it('"cheaper ones?" after the strongest for a kind of work, or the highest scores, is the best value among them', () => {
    const [, lane] = conversation('best model for terminal', 'cheaper ones?');
    expect([lane?.intent, lane?.lane, lane?.order]).toEqual(['best', 'terminal', 'value']);
    const [first, scores] = conversation('smartest models', 'cheaper ones');
    expect([scores?.intent, scores?.order, scores?.filters.scoredOn]).toEqual(['cheapest', 'value', first?.filters.scoredOn]);
  });

  it('"and with 50% caching?" after a comparison re-prices it with that share cached; "which has prompt caching?" asks who has it', () => {
    const [first, cached] = conversation('gpt-5 vs claude sonnet 4.5', 'and with 50% caching?');
    expect([cached?.intent, cached?.models, cached?.cachedShare]).toEqual(['compare', first?.models, 0.5]);
    const [, which] = conversation('gpt-5 vs claude sonnet 4.5', 'which has prompt caching?');
    expect([which?.intent, which?.attribute]).toEqual(['attribute', 'prompt-caching']);
  });

  it('"by how much?" after a price asked of two models, or a comparison, is the price gap between them', async () => {
    const [, , which, much] = conversation('gpt-5 cost at 100M tokens', 'and claude sonnet 4.5?', 'which is cheaper?', 'by how much?');
    expect([much?.intent, much?.attribute, much?.models, much?.tokens]).toEqual(['attribute', which?.attribute, ['gpt-5', 'claude-sonnet-4-5'], 100_000_000]);
    for (const asked of ['how much cheaper?', "what's the price difference?"]) {
      const [, gap] = conversation('gpt-5 vs o3', asked);
      expect([gap?.intent, gap?.attribute, gap?.models], asked).toEqual(['attribute', 'price', ['gpt-5', 'o3']]);
    }
    // "What's the difference?" after a comparison is not narrowed to price; after two prices asked one at a time it is their gap.
    const [, broad] = conversation('gpt-5 vs o3', "what's the difference?");
    expect(broad?.attribute).not.toBe('price');
    const [, , gap] = conversation('gpt-5 at 10M tokens', 'and o3?', "what's the difference?");
    expect([gap?.intent, gap?.models, gap?.tokens]).toEqual(['attribute', ['gpt-5', 'o3'], 10_000_000]);
  });

  it('"how much there at 20M?" after "is it on bedrock?" prices every way of buying it at that volume, that host among them', async () => {
    const [, , there] = conversation('claude sonnet 4.5', 'is it on bedrock?', 'how much there at 20M?');
    expect([there?.intent, there?.models, there?.tokens, there?.filters.hosts]).toEqual(['where', ['claude-sonnet-4-5'], 20_000_000, ['bedrock']]);
    const { answer } = await handle({ text: 'how much there at 20M?', where: LOCAL, query: there as Query }, ports);
    if (answer.kind !== 'where') throw new Error(answer.kind);
    expect(answer.models[0]?.routes.some((r) => r.platform === 'bedrock' && r.monthlyUsd !== null)).toBe(true);
    // Without "there", a new volume is the same question again.
    const [, , again] = conversation('claude sonnet 4.5', 'is it on bedrock?', 'and at 20M?');
    expect(again?.intent).not.toBe('where');
  });

  it('"what about cheaper options?" after the best for a kind of work is its best value', () => {
    const [, cheaper] = conversation('best model for terminal work', 'what about cheaper options?');
    expect([cheaper?.intent, cheaper?.lane, cheaper?.order]).toEqual(['best', 'terminal', 'value']);
  });

  it.each(['which is better?', 'which one wins?', 'who wins?', 'so which should we pick?', 'your recommendation?', 'the verdict?'])(
    '%j after a comparison is that comparison again, its verdict first',
    (asked) => {
      const [, verdict] = conversation('compare gpt-5 mini and claude haiku 4.5 at 20M tokens', asked);
      expect([verdict?.intent, verdict?.models, verdict?.tokens]).toEqual(['compare', ['gpt-5-mini', 'claude-haiku-4-5'], 20_000_000]);
    },
  );

  it('"which one wins for chat?" after a comparison is those models\' verdict for that work; alone, the best for it', () => {
    for (const asked of ['which one wins for chat?', 'which is better for chat?']) {
      const [, lane] = conversation('compare gpt-5 mini and claude haiku 4.5', asked);
      expect([lane?.intent, lane?.lane, lane?.models], asked).toEqual(['lanes', 'chat', ['gpt-5-mini', 'claude-haiku-4-5']]);
    }
    expect([read('which is better for chat?').intent, read('which is better for chat?').lane]).toEqual(['best', 'chat']);
  });

  it('"make it 10x" multiplies the volume before; "per day?" then gives that month by the day', () => {
    const [, ten, daily] = conversation('how much is o3 for 5M tokens?', 'make it 10x', 'per day?');
    expect([ten?.intent, ten?.models, ten?.tokens]).toEqual(['cost', ['o3'], 50_000_000]);
    expect([daily?.intent, daily?.tokens, daily?.daily]).toEqual(['cost', 50_000_000, true]);
    expect(read('make it 10x cheaper').scaleBy).toBeUndefined();
  });
});

describe('why, a variant word after a name, and a lane reordered', () => {
  it.each(['why?', 'why that one?', 'but why?', 'why is it first?'])("%j after a lane's picks explains how that lane decides", async (asked) => {
    const [, why] = conversation('best model for terminal coding', asked);
    expect([why?.intent, why?.topic, why?.lane]).toEqual(['help', 'lanes', 'terminal']);
    const first = await handle({ text: 'cheapest model for rag', where: LOCAL }, ports);
    const next = await handle({ text: asked, where: LOCAL, previous: first.asked }, ports);
    expect(next.answer.kind).toBe('help');
    expect(renderText(next.answer)).toContain('long-context');
  });

  it('"why?" after a comparison is the comparison, its verdict first; alone, it is not understood', () => {
    const [, why] = conversation('compare gpt-5 and o3 at 20M tokens', 'why?');
    expect([why?.intent, why?.models, why?.tokens]).toEqual(['compare', ['gpt-5', 'o3'], 20_000_000]);
    expect(read('why?').intent).toBe('unknown');
  });

  it('"and mini?" after a model is the one whose name adds that word, of the same maker, and says so', async () => {
    // Each pair is found in the catalog: a model, and one named by its name and one word more.
    for (const [ask, then] of [
      ['gpt-5 price', 'and mini?'],
      ['gpt-5 price', 'what about nano?'],
      ['gpt-5-mini price at 10M tokens', 'and pro?'],
    ] as const) {
      const first = await handle({ text: ask, where: LOCAL }, ports);
      const before = catalog.byId.get(first.asked.models[0] as string);
      const word = /(\w+)\?$/.exec(then)?.[1] as string;
      const names = (before?.name ?? '').split(' ');
      const wanted = [`${before?.name} ${word}`, ...names.map((_, i) => [...names.slice(0, i), word, ...names.slice(i + 1)].join(' '))].map((n) => n.toLowerCase());
      const sibling = catalog.models.find((m) => wanted.includes(m.name.toLowerCase()) && m.provider === before?.provider && m.id !== before?.id);
      if (!sibling) throw new Error(`the catalog has no ${word} beside ${before?.name}`);
      const next = await handle({ text: then, where: LOCAL, previous: first.asked }, ports);
      expect([next.answer.kind, next.query.models], then).toEqual([first.answer.kind, [sibling.id]]);
      expect(renderText(next.answer), then).toContain(`“${word}” read as ${sibling.name}`);
    }
  });

  it.each(['what about the cheapest that passes?', 'and the cheapest?', 'newest?'])(
    "%j after a lane's picks ranks the models that lane takes and its benchmarks back, in that order",
    async (asked) => {
      const [, reordered] = conversation('best model for terminal coding', asked);
      expect([reordered?.intent, reordered?.filters.lane, reordered?.filters.laneTested]).toEqual(['cheapest', 'terminal', true]);
      const first = await handle({ text: 'best model for terminal coding', where: LOCAL }, ports);
      const next = await handle({ text: asked, where: LOCAL, previous: first.asked }, ports);
      expect(renderText(next.answer)).not.toMatch(/untested on its benchmarks/);
    },
  );
});
