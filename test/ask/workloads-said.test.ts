// Workloads said by people and prompts: "20 developers using 2M tokens each", "what about for 10 devs?" after it, and
// "5M requests with 100k-token prompts" (the prompt is each request's input; what each writes may be said or not).
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Query } from '../../src/ask/query.ts';
import { parseText } from '../../src/ask/index.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-12-06T12:00:00Z'), logger: createLogger('error') };
const ask = (text: string, previous?: Query) => handle({ text, where: LOCAL, ...(previous ? { previous } : {}) }, ports);

describe("people and each one's tokens", () => {
  it.each([
    ['cost of gpt-5 for 20 developers using 2M tokens each', 40_000_000, 20],
    ['cheapest model for 30 developers at 1M tokens each', 30_000_000, 30],
    ['gpt-5 vs claude sonnet 4.5 for 12 engineers at 500k tokens apiece', 6_000_000, 12],
  ])('%s: a month each, not one request', (text, tokens, count) => {
    const q = parseText(catalog, text);
    expect(q.tokens).toBe(tokens);
    expect(q.per).toBeUndefined();
    expect(q.people?.count).toBe(count);
  });

  it('"each" before what each one is ("2k tokens each message") stays that request\'s size', () => {
    const q = parseText(catalog, '50 users with 2k tokens each message on gpt-5');
    expect(q.people).toBeUndefined();
    expect(q.tokens).toBe(2000);
  });

  it('a cost for people keeps them in its command, which reads back as asked', async () => {
    const first = await ask('cost of gpt-5 for 20 developers using 2M tokens each');
    expect(first.command).toBe('/models cost gpt-5 for 20 developers at 2M tokens each');
    const again = await ask(first.command);
    expect(renderText(again.answer)).toBe(renderText(first.answer));
    expect(renderText(first.answer)).toContain('a developer a month (20 developers)');
  });
});

describe('"what about for 10 devs?" after a question', () => {
  it('after a volume people shared, as much each for that many', async () => {
    const first = await ask('compare gpt-5 and sonnet 4.5 for 20 devs at 5M tokens each');
    const next = await ask('what about for 10 devs?', first.asked);
    expect(next.query.intent).toBe('compare');
    expect(next.query.models).toEqual(first.query.models);
    expect(next.query.tokens).toBe(50_000_000);
    expect(next.query.people).toEqual({ count: 10, who: 'devs' });
    expect(renderText(next.answer)).toContain('10 devs at 5M tokens each a month, as before');
  });

  it("after a cost for people, each one's bill for the new count", async () => {
    const first = await ask('cost of claude haiku 4.5 for 40 engineers using 1M tokens each');
    const next = await ask('and for 25 engineers?', first.asked);
    expect(next.query.intent).toBe('cost');
    expect(next.query.tokens).toBe(25_000_000);
    expect(renderText(next.answer)).toContain('an engineer a month (25 engineers)');
  });

  it('after a volume nobody shared, that volume, and the people said to be no volume', async () => {
    const first = await ask('gpt-5 vs sonnet 4.5 for 50M tokens');
    const next = await ask('what about for 10 devs?', first.asked);
    expect(next.query.intent).toBe('compare');
    expect(next.query.tokens).toBe(50_000_000);
    expect(next.query.notes?.join(' ')).toContain('“10 devs” counts devs, not tokens, so the volume before is priced');
  });

  it("after one model's bill, what each sends is asked, not priced", async () => {
    const first = await ask('cost of gpt-5 at 50M');
    const next = await ask('and for 12 engineers?', first.asked);
    expect(next.answer.kind).toBe('input-problem');
    expect(renderText(next.answer)).toContain('“12 engineers” counts engineers, not tokens: say what each sends');
  });

  it('a people count said before any question is still no volume', async () => {
    const { answer } = await ask('what about for 10 devs?');
    expect(answer.kind).toBe('not-understood');
  });
});

describe('requests with prompts of a size', () => {
  it('both sides, hyphenated, are each one’s', () => {
    const q = parseText(catalog, 'cost of 10k requests a day with 5k-token prompts and 500-token responses on gpt-5');
    expect(q.intent).toBe('cost');
    expect(q.problems).toEqual([]);
    expect(q.promptTokens).toBe(5000);
    expect(q.mix).toEqual({ input: 10, output: 1 });
    // 10k a day × 5.5k tokens, over a month of 30.4375 days.
    expect(q.tokens).toBe(10_000 * 5_500 * 30.4375);
  });

  it('prompts alone: the prompts priced, with no output, and said so', async () => {
    const { query, answer } = await ask('how much would 5M requests with 100k token prompts cost on gemini 2.5 flash?');
    expect(query.intent).toBe('cost');
    expect(query.tokens).toBe(5_000_000 * 100_000);
    expect(query.promptTokens).toBe(100_000);
    expect(query.mix).toEqual({ input: 1, output: 0 });
    expect(renderText(answer)).toContain('no response size was given, so no output is priced');
  });

  it('what each writes said after the model is read with the prompts', () => {
    const q = parseText(catalog, '10k requests a day with 5k-token prompts on gpt-5 and 500-token responses');
    expect(q.intent).toBe('cost');
    expect(q.promptTokens).toBe(5000);
    expect(q.mix).toEqual({ input: 10, output: 1 });
  });

  it('a mix said with prompts alone writes that share beside each prompt', () => {
    const q = parseText(catalog, '1000 requests a day with 300k token prompts on gemini 2.5 pro, mix 4:1');
    expect(q.promptTokens).toBe(300_000);
    expect(q.mix).toEqual({ input: 4, output: 1 });
    expect(q.tokens).toBe(1000 * 375_000 * 30.4375);
    expect(q.notes ?? []).not.toContainEqual(expect.stringContaining('no output is priced'));
  });
});

describe('one request, and a kind of thing named by its requests', () => {
  it.each(['recommend a model for a code review bot', 'best model for a support ticket system'])('%s: no request to size', (text) => {
    const q = parseText(catalog, text);
    expect(q.per).toBeUndefined();
    expect(q.problems).toEqual([]);
  });

  it.each([
    ['cost of a code review on gpt-5 with 5k tokens', 'review'],
    ['cost of a support ticket on claude haiku 4.5 at 2k tokens', 'ticket'],
    ['cost per review on gpt-5 of 3k tokens', 'review'],
  ])('%s: one %s', (text, what) => {
    const q = parseText(catalog, text);
    expect([q.per, q.perWhat]).toEqual(['request', what]);
  });
});

describe('people said with a scale word', () => {
  it('"what about for 10k users?" after a volume nobody shared says them once', async () => {
    const first = await ask('gpt-5 vs sonnet 4.5 for 50M tokens');
    const next = await ask('what about for 10k users?', first.asked);
    expect(next.query.notes?.filter((n) => n.includes('“10k users” counts users'))).toEqual([
      '“10k users” counts users, not tokens, so the volume before is priced: say what each sends, such as 10k users sending 100 requests a day of 2k tokens each',
    ]);
  });
});
