// A volume counted in words ("2M words a month") is priced as tokens, at about ¾ of an English word per token, and said.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/ask/answer.ts';
import { commandFor } from '../../src/ask/command-text.ts';
import { parseText } from '../../src/ask/index.ts';
import { renderText } from '../../src/render/text/index.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { parseVolume } from '../../src/cost/parse.ts';

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
    // One word is a count of words, never the help on pages and images.
    expect(ask('how many tokens is 1 words?').kind).toBe('cannot-see');
    expect(ask('cost of 1M words on gpt-5').kind).toBe('cost');
  });
});

describe('words as each thing’s size', () => {
  const tokensOf = (words: number) => Math.round((words * 4) / 3);

  it('a workload of things sized in words is priced as the same workload sized in tokens, and says how it read them', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.constantFrom(
          (w: string) => `we summarize 10k ${w}-word articles a day with gpt-5 mini`,
          (w: string) => `summarizing 10k articles a day of ${w} words each with gpt-5 mini`,
          (w: string) => `we process 500 documents a day averaging ${w} words with gpt-4.1`,
        ),
        (words, phrase) => {
          const inWords = parseText(catalog, phrase(String(words)));
          const inTokens = parseText(
            catalog,
            phrase(String(tokensOf(words)))
              .replace(/(\d+)-word\b/, '$1-token')
              .replace(/(\d+) words\b/, '$1 tokens'),
          );
          expect(inWords.problems).toEqual([]);
          expect(inWords.tokens).toBe(inTokens.tokens);
          expect(inWords.promptTokens).toBe(inTokens.promptTokens);
          expect(inWords.notes?.join(' ')).toContain(`${words.toLocaleString('en-US')} words read as ${tokensOf(words).toLocaleString('en-US')} tokens`);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('what the work is turned into is no prompt size, and two sizes in words are said in one note', () => {
    const q = parseText(catalog, 'we summarize 50 reports a week averaging 10,000 words into 300 word summaries with gemini 2.5 flash');
    // Each report is read (13,333 tokens) and a summary written (400): the week holds both, at that mix.
    expect(q.promptTokens).toBe(13_333);
    expect(q.mix).toEqual({ input: 13_333, output: 400 });
    const week = parseVolume(`${50 * (13_333 + 400)} a week`);
    expect(week.ok && q.tokens).toBeCloseTo(week.ok ? week.value.tokensPerMonth : Number.NaN, 3);
    expect(q.notes?.filter((n) => n.includes('words read as'))).toEqual([
      "10,000 words read as 13,333 tokens and 300 words read as 400 tokens: about ¾ of an English word per token (OpenAI's rule of thumb; other languages and tokenizers differ)",
    ]);
  });

  it('one piece sized in words, its cost asked, is one request: read (the prompt alone), written (the output alone) or translated (both)', () => {
    const one = (text: string) => {
      const q = parseText(catalog, text);
      expect(q.problems, text).toEqual([]);
      return [q.per, q.tokens, q.mix];
    };
    expect(one('what does a 1000 word essay cost on gpt-5 mini?')).toEqual(['request', 1333, { input: 1, output: 0 }]);
    expect(one('what would a 2000-word blog post cost to write with gpt-4.1')).toEqual(['request', 2667, { input: 0, output: 1 }]);
    expect(one('cost to translate a 3000 word document with gpt-4.1 mini')).toEqual(['request', 8000, { input: 1, output: 1 }]);
  });

  it('a month of translation is its text read and about as much written, said; a mix said holds', () => {
    for (const [text, read] of [
      ['translate 1M words from english to french with gpt-5 mini, cost?', Math.round(1e6 * (4 / 3))],
      ['cost to translate 50M tokens a month with gpt-5 mini', 50e6],
    ] as const) {
      const q = parseText(catalog, text);
      expect([q.intent, q.mix], text).toEqual(['cost', { input: 1, output: 1 }]);
      expect(q.tokens, text).toBeCloseTo(read * 2, -1);
      expect(q.notes, text).toContain('a translation priced as its text read and about as many tokens written');
    }
    const said = parseText(catalog, 'translate 50M tokens a month with gpt-5 mini mix 1:2');
    expect([said.tokens, said.mix]).toEqual([50e6, { input: 1, output: 2 }]);
  });

  it('the written piece is priced at the output rate, and the assumptions say no prompt was priced', () => {
    const a = answer(catalog, parseText(catalog, 'what would a 2000 word blog post cost to write with gpt-4.1'), '2026-12-02');
    if (a.kind !== 'cost' || a.monthlyUsd === null || a.rates === null) throw new Error(a.kind);
    expect(a.monthlyUsd).toBeCloseTo((2667 * a.rates.output) / 1e6, 12);
    const text = renderText(a);
    expect(text).toContain('a request');
    expect(text).toContain('no prompt');
    expect(text).not.toMatch(/0-token prompts/);
  });
});

describe('a price per word', () => {
  it.each([
    ['gpt-4.1 price per 1000 words', 1000],
    ['how much per word does gpt-4.1 cost?', 1000],
    ['cost per 100 words on gpt-4.1', 100],
    ['gpt-4.1 cost for every thousand words', 1000],
  ])('%j is the cost of that many words (not a price per 1K tokens, not a month)', (text, words) => {
    const q = parseText(catalog, text);
    expect([q.problems, q.unit, q.forCount]).toEqual([[], undefined, { count: words, what: 'words' }]);
    const a = answer(catalog, q, '2026-12-02');
    const same = answer(catalog, parseText(catalog, `cost of gpt-4.1 at ${Math.round((words * 4) / 3)} tokens`), '2026-12-02');
    if (a.kind !== 'cost' || same.kind !== 'cost') throw new Error(a.kind);
    expect(a.monthlyUsd).toBe(same.monthlyUsd);
    const said = renderText(a);
    expect(said).toContain(`for ${words.toLocaleString('en-US')} words`);
    expect(said).not.toContain('a month (');
  });
});

describe('a count of words that is no count', () => {
  it.each(['cost per 0 words on gpt-5', 'cost per -100 words on gpt-5', 'cost per 99999999999999999999 words on gpt-5'])(
    '%j is refused, never priced at the default month',
    (text) => {
      const q = parseText(catalog, text);
      expect(q.problems.join(' ')).toMatch(/^Cannot price per .* words: give a count of words from 1 to [\d,]+, such as per 1000 words\.$/);
      expect(answer(catalog, q, '2026-12-02').kind).toBe('input-problem');
    },
  );

  it.each(['cost per NaN words on gpt-5', 'what does a Infinity word essay cost on gpt-5'])('%j is refused as no number, never priced at the default month', (text) => {
    const q = parseText(catalog, text);
    expect(q.problems.join(' ')).toMatch(/^Cannot read “(?:NaN|Infinity) words?” as a volume: give a number/);
  });
});

describe('priced per character', () => {
  it.each([
    ['cost per character on claude haiku 4.5', 1000],
    ['gpt-5 price per 1000 characters', 1000],
    ['gpt-5 per million characters', 1_000_000],
  ])('%j is that many characters at about 4 to a token, said, and its command asks the same', async (text, count) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.tokens, q.forCount]).toEqual(['cost', Math.round(count / 4), { count, what: 'characters' }]);
    expect((q.notes ?? []).join(' ')).toContain(`${count.toLocaleString('en-US')} characters read as ${Math.round(count / 4).toLocaleString('en-US')} tokens`);
    const again = parseText(catalog, commandFor(q));
    expect([again.tokens, again.forCount]).toEqual([q.tokens, q.forCount]);
    expect(renderText(answer(catalog, q, '2026-12-02'))).toContain(`for ${count.toLocaleString('en-US')} characters`);
  });

  it('no count of characters it cannot price', () => {
    expect(parseText(catalog, 'gpt-5 per 0 characters').problems.join(' ')).toContain('Cannot price per 0 characters');
  });
});
