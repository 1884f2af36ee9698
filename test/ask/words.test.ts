// A volume counted in words ("2M words a month") is priced as tokens, at about ¾ of an English word per token, and said.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/ask/answer.ts';
import { parseText } from '../../src/ask/index.ts';
import { renderText } from '../../src/render/text/index.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const DAYS_PER_MONTH = 365.25 / 12;

describe('words as a volume', () => {
  it('n words a month or a day are 4/3 n tokens a month, and the answer says how it read them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000 }), fc.constantFrom(['a month', 1], ['a day', DAYS_PER_MONTH], ['per week', DAYS_PER_MONTH / 7]), (n, [period, perMonth]) => {
        const q = parseText(catalog, `cost of ${n}k words ${period} on gpt-5 mini`);
        expect(q.models).toEqual(['gpt-5-mini']);
        expect(q.tokens).toBe(Math.round(n * 1000 * (perMonth as number) * (4 / 3)));
        expect(q.notes?.join(' ')).toMatch(/words .*read as [\d,]+ tokens a month: about ¾ of an English word per token/);
      }),
      { numRuns: 60 },
    );
  });

  it('a count of words with no unit is a volume too (it was left unread, and the month priced at the default)', () => {
    expect(parseText(catalog, 'how much is 1000 words on gpt-5').tokens).toBe(1333);
    expect(parseText(catalog, '/models cost gpt-5-mini 999 words').tokens).toBe(1332);
  });

  it('tokens stay tokens', () => {
    expect(parseText(catalog, 'cost of 300k tokens on gpt-5 mini').tokens).toBe(300_000);
  });
});

describe('words in a command', () => {
  it.each(['/models cost gpt-5 750k words', '/models cheapest 1M words a month', '/compare gpt-5 o3 2M words a day'])('are read, not left over as unread words: %s', (text) => {
    const q = parseText(catalog, text);
    expect(q.problems).toEqual([]);
    expect(q.notes?.join(' ')).toMatch(/words.* read as [\d,]+ tokens a month/);
  });
});

describe('how many tokens words make', () => {
  const ask = (text: string) => answer(catalog, parseText(catalog, text), '2026-12-02');

  it('gives the count in the other unit at the same rule of thumb as volumes in words, and says it is one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.boolean(), (n, askTokens) => {
        const a = ask(askTokens ? `how many tokens is ${n} words?` : `how many words is ${n} tokens`);
        if (a.kind !== 'cannot-see') throw new Error(a.kind);
        expect(a.estimate).toEqual(askTokens ? { asked: 'tokens', words: n, tokens: Math.round((n * 4) / 3) } : { asked: 'words', words: Math.round((n * 3) / 4), tokens: n });
        const text = renderText(a);
        expect(text).toMatch(/ is about [\d,]+ (?:tokens|words), by OpenAI's rule of thumb/);
        expect(text).toContain("I can't count tokens exactly");
        // What it offers instead is answered in turn, at the same count.
        const cost = answer(catalog, parseText(catalog, a.instead[0]?.command ?? ''), '2026-12-02');
        expect(cost.kind === 'cost' && cost.tokens).toBe(a.estimate?.tokens);
      }),
      { numRuns: 40 },
    );
  });

  it('with no count, says the rule; a price question in words stays a price question', () => {
    const a = ask('what tokenizer does gpt-5 use?');
    expect([a.kind, a.kind === 'cannot-see' && a.estimate]).toEqual(['cannot-see', undefined]);
    expect(renderText(a)).toMatch(/rule of thumb: an English word is about 4\/3 of a token/);
    expect(ask('how many tokens can I get for $100 with gpt-5 mini').kind).toBe('cost');
    expect(ask('cost of 1M words on gpt-5').kind).toBe('cost');
  });
});
