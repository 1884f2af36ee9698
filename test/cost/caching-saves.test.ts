// A cost with a cached share of input also says the month without caching, and what caching saves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotedPrice } from '../../src/catalog/history.ts';
import { isRetired } from '../../src/catalog/lifecycle.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import { costAnswer } from '../../src/cost/quote.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const AS_OF = '2026-12-02';
const cachedPriced = catalog.models.filter((m) => !isRetired(m, AS_OF) && quotedPrice(m, AS_OF).cachedInput !== undefined && quotedPrice(m, AS_OF).input > 0);

describe('what prompt caching saves', () => {
  it('the month without caching is every input token at the input price, and the saving is the difference', () => {
    expect(cachedPriced.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(fc.constantFrom(...cachedPriced), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 5_000 }), (model, percent, millions) => {
        const profile = { ...defaultProfile(millions * 1_000_000), cachedShare: percent / 100 };
        const a = costAnswer(model, profile, AS_OF);
        const price = quotedPrice(model, AS_OF);
        // 3:1 by default: three quarters of the tokens are input.
        const uncached = ((millions * 3) / 4) * price.input + (millions / 4) * price.output;
        expect(a.withoutCaching?.monthlyUsd).toBeCloseTo(uncached, 6);
        const text = renderText(a);
        expect(text).toContain('Without prompt caching:');
        if ((a.monthlyUsd as number) < (a.withoutCaching?.monthlyUsd as number)) expect(text).toMatch(/caching saves \$[\d,.]+ a month \(\d+% cheaper\)/);
      }),
      { numRuns: 200 },
    );
  });

  it('says nothing of caching when none is asked', () => {
    const model = cachedPriced[0];
    if (!model) throw new Error('the catalog needs a model with a cached price');
    const a = costAnswer(model, defaultProfile(10_000_000), AS_OF);
    expect(a.withoutCaching).toBeNull();
    expect(renderText(a)).not.toContain('Without prompt caching');
  });
});
