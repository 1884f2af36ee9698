// What an amount of money buys: "what does $50 buy on haiku 4.5?", "how much is $100 of gpt-5 in tokens?" are the
// tokens that month's budget buys; asked of several models, the command read back keeps the budget; "price ratio" asks
// which is cheaper and by how much.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { priceProfile, tokensBought } from '../../src/cost/price.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const asOf = '2026-12-06';
const ports = { catalog, now: () => new Date(`${asOf}T12:00:00Z`), logger: createLogger('error') };
const ask = (text: string) => handle({ text, where: LOCAL }, ports);

describe('what an amount buys', () => {
  it.each([
    ['what does $50 buy on haiku 4.5?', 'claude-haiku-4-5', 50],
    ['how much is $100 of gpt-5 in tokens?', 'gpt-5', 100],
    ['what would $250 get us with gpt-5-mini?', 'gpt-5-mini', 250],
  ])('"%s" is the tokens that budget buys', async (text, id, usd) => {
    const { query, answer } = await ask(text);
    expect(query.intent).toBe('cost');
    expect(query.budget).toBe(usd);
    const model = catalog.byId.get(id);
    if (!model) throw new Error(id);
    const million = priceProfile(model, defaultProfile(), asOf);
    if (!million.ok) throw new Error(million.reason);
    const bought = tokensBought(usd, million.monthlyUsd);
    expect(query.models).toEqual([id]);
    expect(renderText(answer)).toMatch(new RegExp(`buys .*\\(${Math.floor(bought).toLocaleString('en-US')}\\)`));
  });

  it.each(['what would $2k a month get us on gpt-5 vs sonnet 4.5?', 'how many tokens can I get for $100 with gpt-5 mini vs haiku 4.5?'])(
    '"%s", asked of several models, reads back with its budget and answers the same',
    async (text) => {
      const first = await ask(text);
      const again = await ask(first.command);
      expect(again.query.budget).toBe(first.query.budget);
      expect(renderText(again.answer)).toBe(renderText(first.answer));
      expect(renderText(first.answer)).toMatch(/a month buys /);
    },
  );

  it('"what\'s the price ratio between gpt-5 and gpt-5-nano?" says which is cheaper and how many times', async () => {
    const { query, answer } = await ask("what's the price ratio between gpt-5 and gpt-5-nano?");
    expect(query.attribute).toBe('price');
    expect(renderText(answer)).toMatch(/GPT-5 costs [\d.]+× as much/);
  });
});
