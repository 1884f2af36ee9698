// A cost answer shows the month at the profile and the published price list it comes from, in both renderings,
// including when the profile has no price (the list says what there is instead).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotedPrice } from '../../src/catalog/history.ts';
import { PRICE_FIELDS } from '../../src/catalog/schema.ts';
import { money, perMillion } from '../../src/cost/format.ts';
import { priceProfile } from '../../src/cost/price.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import { costAnswer } from '../../src/cost/quote.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const AS_OF = '2026-12-02';
const index = fc.integer({ min: 0, max: catalog.models.length - 1 });

describe('a cost answer', () => {
  it('carries the price list in force and both renderings show every published figure of it, priced or refused', () => {
    fc.assert(
      fc.property(index, fc.boolean(), fc.constantFrom('standard', 'priority', 'flex') as fc.Arbitrary<'standard' | 'priority' | 'flex'>, (i, batch, tier) => {
        const model = catalog.models[i]!;
        const a = costAnswer(model, { ...defaultProfile(10_000_000), batch, serviceTier: tier }, AS_OF);
        const list = quotedPrice(model, AS_OF);
        expect(a.prices).toEqual(list);
        const text = renderText(a);
        const message = renderBlocks(a);
        expect(limitViolations(message)).toEqual([]);
        const blocks = JSON.stringify(message.blocks);
        // A free, rate-limited endpoint's $0 fields are said to be one, not shown as a price.
        if (list.free) expect(text).toContain('free, rate-limited endpoint (not a price)');
        const figures = [
          ...PRICE_FIELDS.flatMap((f) => (list[f] === undefined || list.free ? [] : [list[f] as number])),
          ...list.tiers.flatMap((t) => [t.input, t.output]),
          ...Object.values(list.serviceTiers).flatMap((t) => (t ? [t.input, t.output] : [])),
        ];
        for (const usd of figures) {
          expect(text).toContain(perMillion(usd));
          expect(blocks).toContain(perMillion(usd));
        }
        expect(text).toContain(`in force since ${list.from}`);
        // Refused or not, where the prices were read is said.
        expect(a.sources.map((s) => s.url)).toContain(list.source.url);
      }),
      { numRuns: 200 },
    );
  });

  it('with batch or a service tier, says the month at standard prices and what the choice saves or costs', () => {
    fc.assert(
      fc.property(index, fc.boolean(), fc.constantFrom('standard', 'priority', 'flex') as fc.Arbitrary<'standard' | 'priority' | 'flex'>, (i, batch, tier) => {
        const model = catalog.models[i]!;
        const profile = { ...defaultProfile(10_000_000), batch, serviceTier: tier };
        const a = costAnswer(model, profile, AS_OF);
        const standard = priceProfile(model, { ...profile, batch: false, serviceTier: 'standard' }, AS_OF);
        const chosen = !batch && tier === 'standard';
        if (chosen || a.monthlyUsd === null || !standard.ok) {
          expect(a.atStandard).toBeNull();
          expect(renderText(a)).not.toContain('At standard prices');
          return;
        }
        expect(a.atStandard).toEqual({ monthlyUsd: standard.monthlyUsd });
        const said = `At standard prices: ${money(standard.monthlyUsd)} a month; `;
        expect(renderText(a)).toContain(said);
        expect(JSON.stringify(renderBlocks(a).blocks)).toContain(said);
        if (a.monthlyUsd < standard.monthlyUsd) expect(renderText(a)).toContain(`saves ${money(standard.monthlyUsd - a.monthlyUsd)} a month`);
      }),
      { numRuns: 200 },
    );
  });
});
