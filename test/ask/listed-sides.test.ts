// A comparison whose sides are listed ("the latest claude, gpt and gemini"): a ranking's lead ("the latest") is carried
// to the makers after it that name no one model, so each side is that maker's first in the ranking; "and" joins sides
// before "with", which often begins a filter. And whether a model is safe for an enterprise is a compliance question.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-12-06T12:00:00Z'), logger: createLogger('error') };
const ask = (text: string) => handle({ text, where: LOCAL }, ports);

/** The first model of a ranking asked as a question. */
async function firstOf(text: string): Promise<string> {
  const { answer } = await ask(text);
  if (answer.kind !== 'cheapest') throw new Error(`${text}: ${answer.kind}`);
  return answer.ranking[0]?.model as string;
}

async function compared(text: string): Promise<string[]> {
  const { answer } = await ask(text);
  if (answer.kind !== 'comparison') throw new Error(`${text}: ${answer.kind}`);
  return answer.models;
}

describe('sides listed after a ranking’s lead', () => {
  it.each([
    ['compare the latest claude, gpt and gemini', ['newest from anthropic', 'newest from openai', 'newest from google']],
    ['compare the latest claude, the latest gpt and the latest gemini', ['newest from anthropic', 'newest from openai', 'newest from google']],
    ['compare the newest claude and gemini models', ['newest from anthropic', 'newest from google']],
    ['compare the cheapest claude and gpt', ['cheapest from anthropic', 'cheapest from openai']],
    ['compare the cheapest mistral, deepseek, qwen and llama', ['cheapest from mistral', 'cheapest from deepseek', 'cheapest from qwen', 'cheapest in the llama family']],
  ])('"%s" compares each maker’s first, in the order named', async (text, rankings) => {
    const expected = await Promise.all(rankings.map((r) => firstOf(`/models ${r}`)));
    expect(await compared(text)).toEqual(expected);
  });

  it('a model named in the list stays that model', async () => {
    // Models named come first, then each ranking's pick.
    const models = await compared('compare the cheapest claude, gpt-5 and gemini 2.5 pro');
    expect(models).toEqual(['gpt-5', 'gemini-2.5-pro', await firstOf('/models cheapest from anthropic')]);
  });

  it('"the cheapest model with vision and gpt-5": the filter stays with the ranking', async () => {
    expect(await compared('compare the cheapest model with vision and gpt-5')).toEqual(['gpt-5', await firstOf('/models cheapest with vision for vision-docs')]);
  });

  it('"the cheapest 3 models with 1M context" is one ranking’s first three, not two rankings', async () => {
    const { answer, query } = await ask('compare the cheapest 3 models with 1M context');
    if (answer.kind !== 'comparison') throw new Error(answer.kind);
    expect(answer.models).toHaveLength(3);
    expect(query.picks).toHaveLength(1);
  });
});

describe('safe for an enterprise', () => {
  it.each(['is deepseek safe to use for enterprise?', 'what about data privacy with gemini?', 'is qwen secure for customer data?'])(
    '"%s" is said to be beyond the catalog, not answered with a ranking',
    async (text) => {
      const { answer } = await ask(text);
      if (answer.kind !== 'cannot-see') throw new Error(answer.kind);
      expect(answer.reach).toBe('compliance');
    },
  );

  it('"a safe choice for coding" is still about the work', async () => {
    const { answer } = await ask('is gpt-5 a safe choice for coding?');
    expect(answer.kind).toBe('lanes');
  });
});
