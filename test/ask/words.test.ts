// A volume counted in words ("2M words a month") is priced as tokens, at about ¾ of an English word per token, and said.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/ask/index.ts';
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

  it('tokens stay tokens', () => {
    expect(parseText(catalog, 'cost of 300k tokens on gpt-5 mini').tokens).toBe(300_000);
  });
});
