// What reads like an amount or a volume but is not one is said back as a problem, never dropped or priced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports: Ports = { catalog, now: () => new Date('2026-12-02T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };

describe('not numbers', () => {
  it('a negative amount or a non-number volume is a problem in the asker’s words, in questions and commands', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          'cheapest model under $-#n per million',
          'cheapest model under -$#n a month',
          '/models cheapest under $-#n',
          'cost of gpt-5 for #w tokens',
          '/models cost gpt-5 #w tokens',
          'compare gpt-5 and o3 for #w tokens',
        ),
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom('NaN', 'nan', 'Infinity', 'inf', 'undefined', 'null'),
        async (template, n, word) => {
          const text = template.replace('#n', String(n)).replace('#w', word);
          const { answer } = await handle({ text, where: LOCAL }, ports);
          expect(answer.kind, text).toBe('input-problem');
          const said = renderText(answer);
          expect(said, text).toMatch(template.includes('#w') ? new RegExp(`Cannot read “${word} tokens” as a volume`) : /Cannot read “-?\$-?\d+” as an amount/);
          expect(said, text).not.toMatch(/\bNaN\b(?! tokens)|undefined(?! tokens)/);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a mix with a negative side is a problem that quotes it, never the default mix (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/models cost gpt-5 50M mix #m', 'cost of gpt-5 at 50M with mix #m', '/compare gpt-5 o3 50M mix #m', '/models cheapest 50M ratio #m'),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 99 }),
        fc.boolean(),
        async (template, a, b, negativeFirst) => {
          const mix = negativeFirst ? `-${b}:${a}` : `${a}:-${b}`;
          const text = template.replace('#m', mix);
          const { query, answer } = await handle({ text, where: LOCAL }, ports);
          expect([query.mix, answer.kind], text).toEqual([null, 'input-problem']);
          expect(renderText(answer), text).toContain(`Cannot read "${mix}" as an input:output mix`);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('an amount in exponent form or a cached share below zero is a problem that quotes it, never dropped', async () => {
    const cases: [string, string][] = [
      ['cheapest model under $1e-30', 'Cannot read “$1e-30” as an amount'],
      ['cheapest model under $1e3 a month', 'Cannot read “$1e3” as an amount'],
      ['gpt-5 with -20% cached', 'A cached share is between 0 and 1 (or 0% and 100%), got "-20%"'],
      ['/models cost gpt-5 50M cache hit rate -0.5', 'A cached share is between 0 and 1 (or 0% and 100%), got "cache hit rate -0.5"'],
    ];
    for (const [text, said] of cases) {
      const { answer, query } = await handle({ text, where: LOCAL }, ports);
      expect(answer.kind, text).toBe('input-problem');
      expect(query.cachedShare ?? null, text).toBeNull();
      expect(renderText(answer), text).toContain(said);
    }
  });

  it('any other figure after "mix" is a problem that quotes it, never a volume or the default mix', async () => {
    const cases: [string, string][] = [
      ['gpt-5 mix 1e9:1', '1e9:1'],
      ['/models cost gpt-5 50M mix 3-1', '3-1'],
      ['/compare gpt-5 o3 mix 2x1', '2x1'],
    ];
    for (const [text, mix] of cases) {
      const { query, answer } = await handle({ text, where: LOCAL }, ports);
      expect([query.mix, answer.kind], text).toEqual([null, 'input-problem']);
      expect(query.tokens === null || query.tokens === 50_000_000, text).toBe(true);
      expect(renderText(answer), text).toContain(`Cannot read "${mix}" as an input:output mix`);
    }
    // A mix that reads is a cost at that mix, even with no volume.
    const { query } = await handle({ text: 'gpt-5 mix 10:1', where: LOCAL }, ports);
    expect([query.intent, query.mix]).toEqual(['cost', { input: 10, output: 1 }]);
  });
});

describe('an amount in a word no volume is written in', () => {
  it.each([
    ['cost of 5 quadrillion tokens on gpt-5', '5 quadrillion tokens'],
    ['gpt-5 at 3 zillion tokens', '3 zillion tokens'],
    ['cheapest model for a gazillion tokens', 'a gazillion tokens'],
    ['/compare gpt-5 o3 for 2 septillion tokens', '2 septillion tokens'],
  ])('%j is said back, not priced at the default volume', async (text, said) => {
    const { answer } = await handle({ text, where: LOCAL }, ports);
    expect(answer.kind).toBe('input-problem');
    expect(renderText(answer)).toContain(`Cannot read “${said}” as a volume: write it with k, M, B or T`);
  });

  it('millions, billions and trillions of tokens, said loosely, are not refused; 5 trillion tokens is a volume', async () => {
    for (const text of ['gpt-5 for millions of tokens', 'cheapest for billions of tokens']) {
      const { answer } = await handle({ text, where: LOCAL }, ports);
      expect(answer.kind, text).not.toBe('input-problem');
    }
    const { answer } = await handle({ text: 'gpt-5 at 5 trillion tokens', where: LOCAL }, ports);
    if (answer.kind !== 'cost') throw new Error(`expected a cost, got ${answer.kind}`);
    expect(answer.tokens).toBe(5e12);
  });
});

describe('two volumes', () => {
  it('are refused, each said, never one of them used unsaid', async () => {
    const { answer } = await handle({ text: 'cheapest model for 200M tokens or 50M tokens?', where: LOCAL }, ports);
    expect(answer.kind).toBe('input-problem');
    expect(renderText(answer)).toContain('Two volumes given (200,000,000 and 50,000,000 tokens a month): give one volume for the month');
    // Each said of its own model, they are each model's month, set against each other.
    const own = await handle({ text: "what's cheaper per month for us: 200M tokens on gpt-5 mini or 50M on gpt-5?", where: LOCAL }, ports);
    expect(own.answer.kind).toBe('bill');
  });
});
