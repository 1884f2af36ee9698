// A month's budget asked two ways: which model to choose within it (the best it affords, not the cheapest, which any
// budget affords), and what it buys of one model (the volume, said first).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { parseText } from '../../src/ask/index.ts';
import { QUALITY_INDEX } from '../../src/ask/intents.ts';
import { tokens } from '../../src/cost/format.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports: Ports = { catalog, now: () => new Date('2026-12-02T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };

const CHOOSING = [
  'what can i get for $#n a month',
  'we have a budget of $#n/month, which model?',
  'which model fits a $#n monthly budget',
  'what can we afford with $#n a month?',
  'which llm should we use with a $#n monthly budget at 20M tokens',
];
// Said as a budget without the sign, or as what can be afforded beside a volume.
CHOOSING.push('our budget is #n a month, we use 20M tokens, what are our options?', "what's the most capable model we can afford at 20M tokens for $#n?");
const CHEAPEST = ['cheapest model under $#n a month', 'which cheap model fits $#n a month', 'lowest cost models within $#n/month'];

describe('a budget beside a kind of work', () => {
  it('each pick says its month against the budget, though the budget leaves none out', async () => {
    const { answer } = await handle({ text: 'budget $1000/mo, need vision and function calling, what are my options', where: LOCAL }, ports);
    if (answer.kind !== 'best') throw new Error(answer.kind);
    expect(answer.picks.length).toBeGreaterThan(0);
    for (const p of answer.picks) expect(p.why, p.model).toMatch(/\$[\d,.]+ ≤ \$1,000\.00 a month/);
    expect(renderText(answer)).toContain('≤ $1,000.00 a month');
    expect(JSON.stringify(renderBlocks(answer).blocks)).toContain('≤ $1,000.00 a month');
  });
});

describe('choosing a model within a budget', () => {
  it('ranks by the quality index, highest first, and keeps only models the budget affords', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 2000 }), fc.constantFrom(...CHOOSING), async (usd, template) => {
        const question = template.replace('#n', String(usd));
        const { query, answer } = await handle({ text: question, where: LOCAL }, ports);
        expect([query.intent, query.order, query.filters.scoredOn, query.filters.maxMonthlyUsd], question).toEqual(['cheapest', 'score', QUALITY_INDEX, usd]);
        if (answer.kind !== 'cheapest') throw new Error(`${question}: ${answer.kind}`);
        const scores = answer.ranking.map((r) => r.score?.value);
        expect(scores.length, question).toBeGreaterThan(0);
        expect(scores.every((s) => typeof s === 'number')).toBe(true);
        expect(scores, question).toEqual([...scores].sort((a, b) => (b ?? 0) - (a ?? 0)));
        for (const r of answer.ranking) expect(r.monthlyUsd, `${question}: ${r.model}`).toBeLessThanOrEqual(usd);
      }),
      { numRuns: 30 },
    );
  });

  it('each row says what the budget buys of it, at its blended price', async () => {
    const { answer } = await handle({ text: 'we have $500/month, which model gives us the most tokens?', where: LOCAL }, ports);
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    const text = renderText(answer);
    for (const r of answer.ranking) expect(text, r.model).toContain(`(buys ${tokens((500 / r.blendedPerMillion) * 1_000_000)} tokens)`);
  });

  it('still ranks by price when the question asks for a low price', () => {
    for (const template of CHEAPEST) {
      const query = parseText(catalog, template.replace('#n', '30'));
      expect([query.intent, query.order, query.filters.scoredOn], template).toEqual(['cheapest', 'price', undefined]);
    }
  });
});

describe('what a budget buys of several models', () => {
  it('"how many tokens can I get for $100 with A vs B?" says what it buys of each, at each blended price, and which buys more', async () => {
    const { answer, query } = await handle({ text: 'how many tokens can I get for $100 with gpt-5-mini vs claude-haiku-4-5?', where: LOCAL }, ports);
    if (answer.kind !== 'attribute') throw new Error(answer.kind);
    expect([query.budget, query.filters.maxMonthlyUsd]).toEqual([100, undefined]);
    const blended = (id: string) => answer.row.values[id]?.value as number;
    const [mini, haiku] = [blended('gpt-5-mini'), blended('claude-haiku-4-5')];
    expect(answer.sentence).toMatch(
      new RegExp(
        `^\\$100\\.00 a month buys ${tokens((100 / mini) * 1_000_000).replace('.', '\\.')} tokens of GPT-5 Mini and ${tokens((100 / haiku) * 1_000_000).replace('.', '\\.')} tokens of Claude Haiku 4\\.5`,
      ),
    );
    const more = mini < haiku ? 'GPT-5 Mini' : 'Claude Haiku 4.5';
    expect(answer.sentence).toContain(`as many of ${more}.`);
  });
});

describe('what a budget buys of one model', () => {
  it('says the volume first, in the terminal and in Slack, and prices the month at the budget', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 5000 }), fc.constantFrom('gpt-5-mini', 'claude-haiku-4-5', 'gemini-2.5-flash'), async (usd, model) => {
        const question = `how many tokens can I get for $${usd} with ${model}?`;
        const { answer } = await handle({ text: question, where: LOCAL }, ports);
        if (answer.kind !== 'cost' || answer.monthlyUsd === null) throw new Error(`${question}: ${answer.kind}`);
        expect(answer.budget).toBe(usd);
        // The tokens are whole, so the month is the budget less at most one token's price.
        expect(answer.monthlyUsd).toBeLessThanOrEqual(usd + 0.005);
        expect(answer.monthlyUsd).toBeGreaterThan(usd - 0.01);
        const count = answer.tokens.toLocaleString('en-US');
        expect(renderText(answer).split('\n')[0]).toContain(`a month buys`);
        expect(renderText(answer).split('\n')[0]).toContain(`(${count})`);
        const message = renderBlocks(answer, { query: parseText(catalog, question), command: question, ephemeral: true });
        expect(message.text.split('\n')[0]).toContain(`(${count})`);
        expect(message.text).not.toMatch(/undefined|NaN/);
      }),
      { numRuns: 25 },
    );
  });

  it('a cost at a volume asked says no budget', async () => {
    const { answer } = await handle({ text: 'cost of gpt-5-mini at 20M tokens', where: LOCAL }, ports);
    expect(answer.kind === 'cost' && answer.budget).toBe(undefined);
    expect(renderText(answer).split('\n')[0]).not.toContain('buys');
  });
});

describe('the volume at which a model reaches a budget', () => {
  it.each([
    'at what volume does gpt-5 mini become more expensive than 100 dollars a month',
    'at what point does gpt-5 mini hit $100 a month',
    'at what volume does gpt-5 mini cost more than $100 a month',
  ])('%j is what $100 a month buys', (text) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.models, q.budget]).toEqual(['cost', ['gpt-5-mini'], 100]);
  });

  it('"what is the difference between haiku 4.5 and sonnet 4.5 in price" sets the two side by side, not the models priced between them', () => {
    const q = parseText(catalog, 'what is the difference between haiku 4.5 and sonnet 4.5 in price');
    expect([q.intent, q.models, q.filters.pricedBetween]).toEqual(['compare', ['claude-haiku-4-5', 'claude-sonnet-4-5'], undefined]);
    expect(parseText(catalog, 'anything between haiku 4.5 and sonnet 4.5 in price?').filters.pricedBetween).toEqual(['claude-haiku-4-5', 'claude-sonnet-4-5']);
  });
});
