// People described by a clause before what each does ("20 engineers using an ai coding assistant, each doing 100
// requests a day with 10k tokens") are still counted; a model's size in parameters is no volume; an agent that browses
// the web is screenshot-and-click work.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { DAYS_PER_MONTH } from '../../src/cost/profile.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-12-06T12:00:00Z'), logger: createLogger('error') };
const ask = (text: string) => handle({ text, where: LOCAL }, ports);

describe('people described before what each does', () => {
  it.each([
    ['we have 20 engineers using an ai coding assistant, each doing 100 requests a day with 10k tokens', 20, 100, 10_000],
    ['20 engineers using claude code, each doing 100 requests a day with 10k tokens on sonnet 4.5', 20, 100, 10_000],
    ['300 agents in our support queue, each making 40 calls a day of 2k tokens on gpt-5-mini', 300, 40, 2_000],
  ])('"%s" is people × requests × tokens', async (text, people, requests, size) => {
    const { query } = await ask(text);
    expect(query.tokens).toBeCloseTo(people * requests * size * DAYS_PER_MONTH, 0);
    // The same workload said plainly reads the same.
    const plain = await ask(`${people} engineers each doing ${requests} requests a day with ${size} tokens`);
    expect(query.tokens).toBe(plain.query.tokens);
  });
});

it('"1000 agent tasks a day, each 50 turns of 4k tokens" counts tasks, not agents', async () => {
  const { query } = await ask('cost to run 1000 agent tasks a day, each 50 turns of 4k tokens, on gpt-5 mini');
  expect(query.tokens).toBeCloseTo(1000 * 50 * 4000 * DAYS_PER_MONTH, 0);
});

describe('a size in parameters', () => {
  it.each(['best model under 10b parameters', 'models with less than 8b params', 'cheapest model with 70B parameters'])(
    '"%s" is said to be beyond the catalog, never read as tokens',
    async (text) => {
      const { query, answer } = await ask(text);
      if (answer.kind !== 'cannot-see') throw new Error(answer.kind);
      expect(answer.reach).toBe('parameters');
      expect(query.tokens).toBeNull();
    },
  );

  it('a size in a model’s name is still its name', async () => {
    const { query } = await ask('llama 70b vs qwen 32b');
    expect(query.intent).toBe('compare');
    expect(query.tokens).toBeNull();
  });
});

describe('an agent that browses the web', () => {
  it.each(['cheapest model for an agent that browses the web', 'best model to browse the web and fill out forms'])('"%s" is the computer-use lane', async (text) => {
    const { query } = await ask(text);
    expect(query.lane ?? query.filters.lane).toBe('computer-use');
  });
});

describe('a prompt past a size', () => {
  it.each([
    ['what happens above 200k tokens on sonnet 4.5?', 200_001],
    ['gemini 2.5 pro with prompts over 200k', 200_001],
    ['cost of gpt-5 for inputs longer than 128k tokens', 128_001],
  ])('"%s" prices a prompt just past it, never a month of that many tokens', async (text, prompt) => {
    const { query, answer } = await ask(text);
    expect(query.promptTokens).toBe(prompt);
    expect(query.tokens).toBeNull();
    expect(answer.kind).toBe('cost');
  });
});
