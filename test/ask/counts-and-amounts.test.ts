// Counts, amounts and open weights as people type them: "cheapest five models", "under 2 dollars output",
// "500 bucks a month", "open models". Each is read into the ranking it asks for, never dropped.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { parseText } from '../../src/ask/index.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import type { CheapestAnswer } from '../../src/cost/rank.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports: Ports = { catalog, now: () => new Date('2026-12-02T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };

describe('counts in words after the ranking word', () => {
  it.each([
    ['cheapest five models', 5],
    ['the newest two anthropic models', 2],
    ['cheapest three options for vision', 3],
    ['the cheapest 5 models with function calling', 5],
  ])('%j shows %d rows', async (text, n) => {
    expect(parseText(catalog, text).top).toBe(n);
    const { answer } = await handle({ text, where: LOCAL }, ports);
    expect((answer as CheapestAnswer).ranking).toHaveLength(n);
  });
});

describe('amounts in dollars written as words', () => {
  it('"under 2 dollars output" caps the output price as "under $2 output" does', async () => {
    for (const text of ['models under 2 dollars output', 'cheapest models with function calling under 2 dollars output']) {
      const q = parseText(catalog, text);
      expect(q.filters.maxOutputPerMillion, text).toBe(2);
      const a = (await handle({ text, where: LOCAL }, ports)).answer as CheapestAnswer;
      for (const row of a.ranking) expect(quotedPrice(catalog.byId.get(row.model)!, '2026-12-02').output, row.model).toBeLessThanOrEqual(2);
    }
  });

  it('"500 dollars a month", "500 bucks a month" and "1.5k usd" are budgets as "$500 a month" is', () => {
    expect(parseText(catalog, 'cheapest model with vision for 500 dollars a month').filters.maxMonthlyUsd).toBe(500);
    expect(parseText(catalog, 'cheapest model under 500 bucks a month').filters.maxMonthlyUsd).toBe(500);
    expect(parseText(catalog, 'cheapest model, budget of 1.5k usd').filters.maxMonthlyUsd).toBe(1500);
  });
});

describe('open models', () => {
  it('"open models" are open-weight models', async () => {
    const text = 'list 3 cheapest open models';
    const q = parseText(catalog, text);
    expect([q.filters.openWeights, q.top]).toEqual([true, 3]);
    const a = (await handle({ text, where: LOCAL }, ports)).answer as CheapestAnswer;
    for (const row of a.ranking) expect(catalog.byId.get(row.model)?.openWeights, row.model).toBe(true);
  });
});

describe('a count of things with no size', () => {
  it.each([
    ['recommend a model for classification of 1M short texts a day', 'texts', 'best'],
    ['which model should we use for a customer support chatbot with 50k conversations a month', 'conversations', 'best'],
  ])('%j is ranked at the default volume, and the note says the count was no volume', async (text, things, kind) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.problems, q.tokens]).toEqual([kind, [], null]);
    expect(q.notes?.join(' ')).toContain(`counts ${things}, not tokens, so the default volume is priced`);
    expect((await handle({ text, where: LOCAL }, ports)).answer.kind).toBe(kind);
  });

  it.each([
    ['how much for 1M texts a day on gpt-5', 'texts'],
    ['cost of 20k product descriptions on haiku 4.5', 'descriptions'],
    ['what does gpt-5 cost for 5000 posts a day', 'posts'],
    // A price ranking too: how many tokens each takes differs between models.
    ['cheapest model for 10k pdfs', 'pdfs'],
  ])('%j asks for each one’s size, since a price needs it', (text, things) => {
    const q = parseText(catalog, text);
    expect(q.problems.join(' ')).toContain(`counts ${things}, not tokens: give the size of each in tokens`);
  });

  it('"200 queries/day, 8k context each": the context is each query\'s size', () => {
    for (const text of ['rag over 10k docs, 200 queries/day, 8k context each, which model?', 'gpt-5 mini for 200 queries a day with 8k context each']) {
      const q = parseText(catalog, text);
      expect([q.problems, q.tokens], text).toEqual([[], 200 * 8_000 * 30.4375]);
    }
    // A context alone is still a floor on the window.
    expect(parseText(catalog, 'cheapest model with 8k context').filters.minContext).toBe(8_000);
  });

  it("people with no size: one model's bill asks what each sends; a ranking or a comparison says it beside the answer", async () => {
    for (const text of ['estimate the monthly bill for 50 devs using sonnet 4.5 in cursor', 'cost for 500 users on gpt-5 mini']) {
      const { answer, query } = await handle({ text, where: LOCAL }, ports);
      expect([answer.kind, query.intent], text).toEqual(['input-problem', 'cost']);
      expect(renderText(answer)).toMatch(/counts (?:devs|users), not tokens: say what each sends to price it/);
    }
    for (const text of ['cheapest model for 500 users', 'compare gpt-5 and o3 for 200 users']) {
      const q = parseText(catalog, text);
      expect(q.problems, text).toEqual([]);
      expect(q.notes?.join(' '), text).toContain('not tokens, so the default volume is priced');
    }
  });

  it('with a size, the count is priced: 1M short texts a day of 200 tokens each', () => {
    const q = parseText(catalog, 'classify 1M short texts a day of 200 tokens each with gpt-5 nano');
    expect([q.problems, q.tokens]).toEqual([[], 1_000_000 * 200 * 30.4375]);
  });
});

describe('words that look like figures', () => {
  it('"24/7" is around the clock, never a 24:7 mix; "mix 24/7" is still a mix', () => {
    const always = parseText(catalog, 'monthly cost for 24/7 agent running on opus 4.5');
    expect([always.intent, always.mix]).toEqual(['cost', null]);
    expect(always.notes?.join(' ')).toContain('“24/7” read as around the clock');
    expect(parseText(catalog, 'mix 24/7 on gpt-5').mix).toEqual({ input: 24, output: 7 });
  });

  it('a length of recording ("1 hour of audio") is no volume: asked for tokens, never priced at the default', async () => {
    for (const [text, what] of [
      ['what does 1 hour of audio cost on gpt-4o', 'audio'],
      ['30 minutes of video on gemini 2.5 pro', 'video'],
    ] as const) {
      const q = parseText(catalog, text);
      expect(q.problems.join(' '), text).toContain(`is a length of ${what}, not tokens`);
      expect((await handle({ text, where: LOCAL }, ports)).answer.kind).toBe('input-problem');
    }
  });
});

describe('workloads counted in the things teams count', () => {
  const DAYS = 365.25 / 12;
  it.each([
    ['about 400 PRs a week at 30k tokens each on sonnet 4.5', 400 * 30_000 * (DAYS / 7)],
    ['2000 searches a day at 1k tokens each on gpt-5 nano', 2000 * 1000 * DAYS],
    // What is counted named first: "tickets, ~2M/day, 300 tok each".
    ['gpt-5 nano cost for classifying tickets, ~2M/day, 300 tok each', 2_000_000 * 300 * DAYS],
    ['summarizing emails: 10k/day, 500 tokens each, on gpt-5 nano', 10_000 * 500 * DAYS],
    ['cost of classifying tickets on gpt-5 nano, ~2M/day, 300 tok each', 2_000_000 * 300 * DAYS],
    // A chain of counts inside each other: users × sessions × messages × tokens.
    ['a chatbot with 100k MAU, 5 sessions each, 8 messages per session, 300 tokens per message on haiku 4.5', 100_000 * 5 * 8 * 300],
    ['10k users x 5 sessions x 8 messages x 300 tokens on haiku 4.5', 10_000 * 5 * 8 * 300],
    ['20k DAU, 3 sessions each, 10 messages per session, 500 tokens per message on gpt-5 mini', 20_000 * 3 * 10 * 500 * DAYS],
    // Each one's output said after a comma, with no verb: "…, avg 1,200 tokens, output 150 tokens".
    ['summarize 20k support tickets per month on gpt-5 mini, avg 1,200 tokens, output 150 tokens', 20_000 * 1350],
    ['300 commits a day at 8k tokens each on gpt-5 mini', 300 * 8000 * DAYS],
    ['50k classifications a month at 400 tokens each on gpt-4.1-nano', 50_000 * 400],
    // "Each" before what each holds, with no "of": tasks × turns × tokens.
    ['cost to run 1000 agent tasks a day, each 50 turns of 4k tokens, on gpt-5 mini', 1000 * 50 * 4000 * DAYS],
    ['5000 sessions a month, each with 20 requests of 1k tokens on gpt-5', 5000 * 20 * 1000],
    // Each one's size after "average", "with … context each and … answers", and an inner count after "avg".
    ['we process about 3 million support tickets per year, average 800 tokens in and 150 out, on haiku 4.5', (3e6 * 950) / 12],
    ['50 queries per minute with 6k context each and 300 token answers on gpt-4.1-mini', 50 * 6300 * 60 * 24 * DAYS],
    ['our chatbot gets 20k conversations a day, avg 6 turns, 400 tokens per turn, on gpt-5-mini', 20_000 * 6 * 400 * DAYS],
    // Calls per task, then how many tasks: calls × tasks × tokens per call.
    ['our agent makes 30 llm calls per task and we do 2k tasks a day, 3k tokens per call, on claude haiku 4.5', 30 * 2000 * 3000 * DAYS],
    ['10 tool calls per request, 5000 requests a day, 2k tokens per call on gpt-5 mini', 10 * 5000 * 2000 * DAYS],
    ['3 calls per user per day, 10k users, 1k tokens per call, gpt-5-nano', 3 * 10_000 * 1000 * DAYS],
    ['800 support agents each handling 60 tickets a day at 1.2k tokens per ticket on gpt-5 mini', 800 * 60 * 1200 * DAYS],
    ['we have 120 employees who each send 25 prompts a day, average 900 tokens, using gpt-5 mini', 120 * 25 * 900 * DAYS],
    ['weekly we summarize 2000 meetings of 15k tokens each with sonnet 4.5', 2000 * 15_000 * (DAYS / 7)],
    ['we have around 15k daily active users, each sends ~8 messages, 600 tokens per message, gpt-5 mini', 15_000 * 8 * 600 * DAYS],
    ['100k API requests per day; average prompt 1,200 tokens; average completion 300 tokens; gpt-4.1', 100_000 * 1500 * DAYS],
    ['our app makes 2.5 million calls a month with ~1k tokens in and 200 out on gemini 2.5 flash', 2.5e6 * 1200],
    ['batch job of 5 million records x 250 tokens each, once a week, gpt-4.1-nano', 5e6 * 250 * (DAYS / 7)],
    ['we process 5,000 support tickets a day, each about 800 tokens in and 300 out, on gpt-5 mini', 5000 * 1100 * DAYS],
    // A period said before the count is the count's; people times their messages times each one's size.
    ['every day we run 500 batch jobs of 20k tokens each on gpt-4.1', 500 * 20_000 * DAYS],
    ['daily, we send 2000 emails of 500 tokens each with gpt-5 mini', 2000 * 500 * DAYS],
    ['500 users x 30 messages/day x 700 tokens on gemini 2.5 flash', 500 * 30 * 700 * DAYS],
    // Each one's size in its own clause, and what each one writes said as what it is.
    ['we handle 40k emails per week; each email is ~600 tokens and the reply is ~250 tokens. cost on gpt-5 mini?', 40_000 * 850 * (DAYS / 7)],
  ])('%j is that many tokens a month', (text, tokens) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.per, q.problems]).toEqual(['cost', undefined, []]);
    expect(q.tokens).toBeCloseTo(tokens, 0);
  });

  it('what each one writes, said as what it is, sets the mix', () => {
    expect(parseText(catalog, 'we handle 40k emails per week; each email is ~600 tokens and the reply is ~250 tokens. cost on gpt-5 mini?').mix).toEqual({ input: 12, output: 5 });
    // Without a period said anywhere, a count is that many, not a month's.
    expect(parseText(catalog, 'cost of 1000 requests of 3k tokens on gpt-5').forCount).toEqual({ count: 1000, what: 'requests' });
  });

  it('one of them without a size is asked for it, in the singular', () => {
    expect(parseText(catalog, 'cost of 1 searches on gpt-5').problems[0]).toMatch(/^“1 search” counts searches, not tokens/);
  });
});

describe('people and what each asks', () => {
  it('"5k employees, each asking 10 questions a day of 500 tokens" is their product over a month', () => {
    const q = parseText(catalog, 'we have 5k employees, each asking 10 questions a day of 500 tokens, gpt-5 mini, cost?');
    expect(q.tokens).toBeCloseTo(5000 * 10 * 500 * (365.25 / 12), 0);
    expect(q.people).toEqual({ count: 5000, who: 'employees' });
  });
});

describe("each one's tokens, then how many people", () => {
  it.each([
    ['2M tokens per user per month for 250 users on gpt-4.1 mini', 2e6 * 250, 250],
    ['500k tokens a day per developer across our 30 developers on sonnet 4.5', 500_000 * 30 * (365.25 / 12), 30],
  ])("%j is each one's tokens times them", (text, tokens, people) => {
    const q = parseText(catalog, text);
    expect(q.tokens).toBeCloseTo(tokens, 0);
    expect(q.people?.count).toBe(people);
  });
});

describe('people sharing a month', () => {
  it.each([
    ['how much per user per month if 300 users share 90M tokens on gpt-5 mini', 300, 'users'],
    ['90M tokens on gpt-5 mini split across 300 users', 300, 'users'],
    ['cost of 50M tokens on gpt-5 for our 40 engineers using it', 40, 'engineers'],
  ])('%j keeps the month and says what each of %i costs', async (text, count, who) => {
    const q = parseText(catalog, text);
    expect(q.people).toEqual({ count, who });
    const { answer } = await handle({ text, where: LOCAL }, ports);
    if (answer.kind !== 'cost' || answer.monthlyUsd === null) throw new Error(`expected a cost, got ${answer.kind}`);
    expect(q.tokens).toBe(text.includes('90M') ? 90e6 : 50e6);
    const { renderText } = await import('../../src/render/text/index.ts');
    expect(renderText(answer)).toContain(` ${who.replace(/s$/, '')} a month (${count} ${who})`);
  });
});
