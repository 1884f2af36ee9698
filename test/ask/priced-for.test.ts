// What a cost covers is said wherever it is shown: a month, one request ("per request of 2k tokens"), or things counted
// with no period ("per 1000 words", "for 1000 requests of 3k tokens"). A ranking, a comparison and a "which is cheaper"
// once said "a month" for these (and ranked at the same figures), so a reader took one request's cost for a month's.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import type { AttributeAnswer } from '../../src/ask/answer.ts';
import type { ComparisonAnswer } from '../../src/compare/compare.ts';
import type { CheapestAnswer } from '../../src/cost/rank.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports: Ports = { catalog, now: () => new Date('2026-12-02T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };
const ask = (text: string) => handle({ text, where: LOCAL }, ports);
const title = (blocks: unknown[]) => JSON.stringify(blocks.find((b) => (b as { type: string }).type === 'header'));

describe('a ranking priced for one request or for things counted', () => {
  it('per request: the same rows as the month of those tokens, said per request', async () => {
    const per = await ask('cheapest model per request of 2k tokens');
    const month = await ask('cheapest model at 2k tokens a month');
    const [a, b] = [per.answer as CheapestAnswer, month.answer as CheapestAnswer];
    expect(a.ranking.map((r) => [r.model, r.monthlyUsd])).toEqual(b.ranking.map((r) => [r.model, r.monthlyUsd]));
    expect([a.per, b.per]).toEqual(['request', undefined]);
    const text = renderText(a);
    expect(text).toContain('Per request');
    expect(text).toContain('one request of 2,000 tokens');
    expect(text).not.toMatch(/tokens a month/);
    expect(title(renderBlocks(a, { query: per.query, command: per.command, ephemeral: true }).blocks)).toContain('Cheapest for one request of 2K tokens');
  });

  it('per 1000 words: the cost of 1,333 tokens, headed as that many words, with no volume buttons', async () => {
    const words = await ask('cheapest model per 1000 words');
    const tokens = await ask('cheapest model at 1333 tokens a month');
    const [a, b] = [words.answer as CheapestAnswer, tokens.answer as CheapestAnswer];
    expect(a.forCount).toEqual({ count: 1000, what: 'words' });
    expect(a.ranking.map((r) => r.monthlyUsd)).toEqual(b.ranking.map((r) => r.monthlyUsd));
    expect(renderText(a)).toContain('For 1,000 words');
    const blocks = renderBlocks(a, { query: words.query, command: words.command, ephemeral: true }).blocks;
    expect(title(blocks)).toContain('1,000 words (1.33K tokens)');
    // A month's ranking offers other volumes; the cost of 1,000 words has none to offer.
    expect(JSON.stringify(renderBlocks(b, { query: tokens.query, command: tokens.command, ephemeral: true }).blocks)).toContain(':volume:');
    expect(JSON.stringify(blocks)).not.toContain(':volume:');
  });
});

describe('a comparison priced for things counted', () => {
  it('"which is cheaper per 1000 words" compares the cost of that many words, and says it is not a month', async () => {
    const { answer } = await ask('which is cheaper per 1000 words, gpt-4.1 or claude sonnet 4.5?');
    const a = answer as AttributeAnswer;
    expect(a.kind).toBe('attribute');
    const sentence = renderText(a);
    expect(sentence).toMatch(/is cheaper for 1,000 words — /);
    expect(sentence).toMatch(/less than .* for 1,000 words: \d+% cheaper/);
    expect(sentence).not.toMatch(/a month/);
    // The figures are each model's cost of 1,333 tokens.
    for (const id of ['gpt-4.1', 'claude-sonnet-4-5']) {
      const one = (await ask(`cost of ${id} at 1333 tokens`)).answer;
      if (one.kind !== 'cost' || one.monthlyUsd === null) throw new Error(one.kind);
      expect(sentence).toContain(`: $${one.monthlyUsd.toPrecision(4)}`);
    }
  });

  it('"for 1000 requests of 3k tokens" names the requests and their size, in the sentence and in a comparison', async () => {
    const said = renderText((await ask('which is cheaper for 1000 requests of 3k tokens, gpt-4.1 or claude sonnet 4.5?')).answer);
    expect(said).toContain('is cheaper for 1,000 requests of 3K tokens');
    expect(said).toContain('1,000 requests of 3,000 tokens (3,000,000 tokens)');
    const compared = (await ask('compare gpt-5 and claude sonnet 4.5 per 1000 words')).answer as ComparisonAnswer;
    const row = compared.rows.find((r) => r.volume?.yours);
    expect(row?.label).toBe('Cost for 1,000 words (1.33K tokens, yours)');
    expect(row?.volume).toMatchObject({ per: 'request', what: 'words', count: 1000, tokens: 1333 });
    expect(compared.assumptions.text.join('; ')).toContain('1,000 words (1,333 tokens)');
  });

  it('what a move would cost is said for what the comparison prices: a request or things counted, not a monthly bill', async () => {
    for (const [text, said] of [
      ['compare gpt-5 and claude sonnet 4.5 per 1000 words', /^Cost: [\d.]+× the cost for 1,000 words \(\$[\d.]+ → \$[\d.]+, \$[\d.]+ more\)\.$/],
      ['compare gpt-5 and claude sonnet 4.5 per request of 3k tokens', /^Cost: [\d.]+× the cost for one request of 3K tokens \(\$[\d.]+ → \$[\d.]+, \$[\d.]+ a request more\)\.$/],
    ] as const) {
      const a = (await ask(text)).answer as ComparisonAnswer;
      const line = a.switch[0]?.summary.find((l) => l.startsWith('Cost:'));
      expect(line, text).toMatch(said);
    }
  });
});
