// What follows a model reached by its place in a ranking ("the second one?") may be asked of the ranking still ("compare
// the top 2", "and the third?", "compare it to the first one", "next 5"); "what replaces it?" after a model is asked of
// it; "show me the full comparison" after lanes of several models is their comparison, led by that lane.
import { describe, expect, it } from 'vitest';
import { buildsOn } from '../../src/ask/follow-up.ts';
import { handle, LOCAL, type Handled } from '../../src/app/handle.ts';
import type { Query } from '../../src/ask/query.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-12-06T12:00:00Z'), logger: createLogger('error') };

/** A conversation as the console and Slack hold it: each answer that can be built on is what the next builds on. */
async function conversation(...texts: string[]): Promise<Handled[]> {
  const out: Handled[] = [];
  let previous: Query | undefined;
  for (const text of texts) {
    const handled = await handle({ text, where: LOCAL, ...(previous ? { previous } : {}) }, ports);
    if (buildsOn(handled.query)) previous = handled.asked;
    out.push(handled);
  }
  return out;
}

const ranked = (h: Handled | undefined) => {
  if (h?.answer.kind !== 'cheapest') throw new Error(h?.answer.kind);
  return h.answer.ranking.map((r) => r.model);
};
const compared = (h: Handled | undefined) => {
  if (h?.answer.kind !== 'comparison') throw new Error(h?.answer.kind);
  return h.answer.models;
};
const carded = (h: Handled | undefined) => {
  if (h?.answer.kind !== 'model-card') throw new Error(h?.answer.kind);
  return h.answer.model.id;
};

describe('after a model reached by its place in a ranking', () => {
  it.each(['cheapest with vision', 'cheapest from google', 'newest models'])('after "%s": the card, then the ranking asked of', async (ranking) => {
    const [list, second, top2] = await conversation(ranking, 'the second one?', 'compare the top 2');
    const order = ranked(list);
    expect(carded(second)).toBe(order[1]);
    expect(compared(top2)).toEqual(order.slice(0, 2));
  });

  it('"and the third?" is the ranking’s third; "compare it to the first one" sets the card’s model beside the first', async () => {
    const [list, , third, against] = await conversation('cheapest with vision', 'the second one?', 'and the third?', 'compare it to the first one');
    const order = ranked(list);
    expect(carded(third)).toBe(order[2]);
    expect(compared(against)).toEqual([order[2], order[0]]);
  });

  it('"compare the first and third" sets those places side by side', async () => {
    const [list, , both] = await conversation('cheapest with vision', 'the second one?', 'compare the first and third');
    const order = ranked(list);
    expect(compared(both)).toEqual([order[0], order[2]]);
  });

  it('a question about the model itself keeps the ranking for what follows it', async () => {
    const [list, second, cost, more] = await conversation('cheapest with vision', 'the second one?', 'how much at 1B tokens?', 'next 5');
    const order = ranked(list);
    expect(cost?.query.intent).toBe('cost');
    expect(cost?.query.models).toEqual([carded(second)]);
    expect(cost?.query.tokens).toBe(1_000_000_000);
    const next = ranked(more);
    expect(next).toHaveLength(5);
    expect(next).not.toContain(order[0]);
    expect(more?.query.skip).toBe(5);
  });

  it('with no ranking before, "compare the top 2" after a card is not a ranking’s', async () => {
    const [, top2] = await conversation('gpt-4o', 'compare the top 2');
    expect(top2?.answer.kind).not.toBe('comparison');
  });
});

describe('a pronoun for the model before', () => {
  it.each(['what replaces it?', "what's its successor?"])('"%s" after a model is asked of that model', async (text) => {
    const [, after] = await conversation('gpt-4o', text);
    const [alone] = await conversation(text.replace(/\bit\b|\bits\b/, (w) => (w === 'its' ? "gpt-4o's" : 'gpt-4o')));
    expect(after?.query.intent).toBe('cheapest');
    expect(after?.command).toBe(alone?.command);
  });
});

describe('the full comparison after lanes', () => {
  it('"show me the full comparison" after "which is better for coding?" is the comparison, led by that lane', async () => {
    const [, lanes, full] = await conversation('gpt-5 vs o3', 'which is better for coding?', 'show me the full comparison');
    expect(lanes?.answer.kind).toBe('lanes');
    if (full?.answer.kind !== 'comparison') throw new Error(full?.answer.kind);
    expect(full.answer.models).toEqual(['gpt-5', 'o3']);
    expect(full.answer.focus).toBe(lanes?.query.lane);
    expect(full.answer.detail).toBe('full');
  });
});

describe('"vs X?" after models or a ranking', () => {
  it.each(['vs gpt-5?', 'versus gpt-5', 'compared to gpt-5?', 'and against gpt-5?'])('"%s" after a card sets that model beside the one before', async (text) => {
    const [, against] = await conversation('claude sonnet 4.5', text);
    expect(compared(against)).toEqual(['claude-sonnet-4-5', 'gpt-5']);
  });

  it('after a comparison at a volume, the model is added, the volume kept', async () => {
    const [, against] = await conversation('gpt-5 vs o3 at 50M tokens', 'vs sonnet 4.5?');
    expect(compared(against)).toEqual(['gpt-5', 'o3', 'claude-sonnet-4-5']);
    expect(against?.query.tokens).toBe(50_000_000);
  });

  it('after a ranking, its first model is set against the one named, for the ranking’s kind of work', async () => {
    const [list, against] = await conversation('cheapest for coding', 'vs gpt-5?');
    expect(compared(against)).toEqual(['gpt-5', ranked(list)[0]]);
    if (against?.answer.kind !== 'comparison') throw new Error('not a comparison');
    expect(against.answer.focus).toBe('api-coding');
  });
});
