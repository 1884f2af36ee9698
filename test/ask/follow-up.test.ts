// Follow-ups read in the light of the question before: a new volume or filter alone, another model for the same
// question, a pronoun for the one model asked about; a question that stands on its own is left as read.
import { describe, expect, it } from 'vitest';
import { followUp } from '../../src/ask/follow-up.ts';
import { parseText } from '../../src/ask/index.ts';
import type { Query } from '../../src/ask/query.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

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

describe('follow-ups', () => {
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
