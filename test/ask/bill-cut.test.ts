// A cut of a bill said with the model anywhere ("cut our gpt-4o bill in half", "halve our sonnet 4.5 bill", "cut our
// bill on sonnet 4.5 in half") ranks the models that stand in for it within that share; with no model, it asks for one;
// "how can we cut our bill?" still says the bill itself is out of sight.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-12-06T12:00:00Z'), logger: createLogger('error') };
const ask = (text: string) => handle({ text, where: LOCAL }, ports);

describe('a bill cut by a share', () => {
  it.each([
    ['cut our gpt-4o bill in half', 'gpt-4o', 0.5],
    ['halve our bill on gpt-4o', 'gpt-4o', 0.5],
    ['halve our sonnet 4.5 bill', 'claude-sonnet-4-5', 0.5],
    ['cut our bill on sonnet 4.5 in half', 'claude-sonnet-4-5', 0.5],
    ['reduce our sonnet 4.5 costs by 30%', 'claude-sonnet-4-5', 0.7],
  ])('"%s" ranks stand-ins for the model within that share of its price', async (text, id, share) => {
    const { query, answer } = await ask(text);
    expect(query.intent).toBe('cheapest');
    expect(query.filters.like).toBe(id);
    expect(query.filters.likeShare).toBe(share);
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    const reference = answer.reference?.monthlyUsd ?? 0;
    for (const row of answer.ranking) expect(row.monthlyUsd).toBeLessThanOrEqual(reference * share + 1e-9);
  });

  it.each(['cut our bill in half', 'we need to reduce our costs by 30%'])('"%s" with no model asks which model the bill is on', async (text) => {
    const { answer } = await ask(text);
    if (answer.kind !== 'input-problem') throw new Error(answer.kind);
    expect(renderText(answer)).toMatch(/Name the model the bill is on/);
  });

  it('"how can we cut our bill?" says the bill is out of sight', async () => {
    const { answer } = await ask('how can we cut our bill?');
    if (answer.kind !== 'cannot-see') throw new Error(answer.kind);
    expect(answer.reach).toBe('spend');
  });
});

describe('quality asked to hold after stand-ins', () => {
  it.each(['and as good?', 'just as good', 'without losing quality', 'same quality?'])(
    '"%s" after "anything cheaper?" holds the stand-ins to the model’s score, as one question asking both does',
    async (text) => {
      const card = await handle({ text: 'sonnet 4.5', where: LOCAL }, ports);
      const cheaper = await handle({ text: 'anything cheaper?', where: LOCAL, previous: card.asked }, ports);
      const held = await handle({ text, where: LOCAL, previous: cheaper.asked }, ports);
      const once = await ask('anything cheaper than sonnet 4.5 that is as good?');
      expect(held.query.filters.benchmarkFloors).toEqual(once.query.filters.benchmarkFloors);
      expect(held.query.filters.like).toBe('claude-sonnet-4-5');
      expect(held.command).toBe(once.command);
    },
  );
});
