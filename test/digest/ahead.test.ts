// What a digest says is coming: price changes the catalog already holds for the 90 days after its window (announced,
// not yet in force), beside the retirements ahead — in a busy week and in a quiet one.
import { addDays } from 'date-fns/addDays';
import { subDays } from 'date-fns/subDays';
import { describe, expect, it } from 'vitest';
import { PRICE_FIELDS } from '../../src/catalog/schema.ts';
import { buildDigest } from '../../src/digest/digest.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderDigest } from '../../src/render/blocks/digest.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { digestText } from '../../src/render/text/digest.ts';

const catalog = loadCatalog();
// Every later price entry of every model: each is, a little before it starts, a change ahead.
const entries = catalog.models.flatMap((m) => m.pricing.slice(1).map((after, i) => ({ model: m, before: m.pricing[i]!, after })));

describe('price changes ahead', () => {
  it('a price entry starting within 90 days after the window is said ahead with each field that moves, not as a change in it', () => {
    expect(entries.length).toBeGreaterThan(3);
    for (const { model, before, after } of entries.slice(0, 40)) {
      const starts = new Date(`${after.from}T00:00:00Z`);
      const window = { from: subDays(starts, 17), to: subDays(starts, 10) };
      const d = buildDigest(catalog, [], window);
      const mine = d.ahead.filter((c) => c.model === model.id && c.date === after.from);
      const moved = PRICE_FIELDS.filter((f) => before[f] !== undefined && after[f] !== undefined && before[f] !== after[f] && before[f] !== 0);
      expect(mine.map((c) => c.field).sort(), model.id).toEqual([...moved].sort());
      for (const c of mine)
        expect([c.old, c.new], `${model.id} ${c.field}`).toEqual([before[c.field as (typeof PRICE_FIELDS)[number]], after[c.field as (typeof PRICE_FIELDS)[number]]]);
      expect(d.changes.some((c) => c.model === model.id && c.date === after.from)).toBe(false);
      // Soonest first.
      expect(d.ahead.map((c) => c.date)).toEqual([...d.ahead.map((c) => c.date)].sort());
      // More than 90 days off, it is not said yet.
      const early = buildDigest(catalog, [], { from: subDays(starts, 107), to: subDays(starts, 100) });
      expect(
        early.ahead.some((c) => c.model === model.id && c.date === after.from),
        model.id,
      ).toBe(false);
    }
  });

  it('a quiet week still says what is coming, in text and in Block Kit within its limits; a provider filter applies', () => {
    const { model, after } = entries.find(({ before, after }) => PRICE_FIELDS.some((f) => before[f] !== undefined && after[f] !== undefined && before[f] !== after[f])) ?? {};
    if (!model || !after) throw new Error('the catalog needs a price change');
    const starts = new Date(`${after.from}T00:00:00Z`);
    // A window with nothing in it: the day before the change, one day long, seen from far off (no releases that day).
    const window = { from: subDays(starts, 31), to: subDays(starts, 30) };
    const d = buildDigest(catalog, [], window, { providers: [model.provider] });
    expect(d.ahead.some((c) => c.model === model.id)).toBe(true);
    const text = digestText(d);
    expect(text).toContain('Price changes ahead:');
    expect(text).toContain(model.name);
    const blocks = renderDigest(d);
    expect(blocks).not.toBeNull();
    expect(JSON.stringify(blocks?.main.blocks)).toContain('Price changes ahead');
    expect(limitViolations(blocks!.main)).toEqual([]);
    const other = catalog.providers.find((p) => p.id !== model.provider)!;
    const elsewhere = buildDigest(catalog, [], window, { providers: [other.id] });
    expect(elsewhere.ahead.some((c) => c.model === model.id)).toBe(false);
    // Nothing ahead, nothing said.
    const later = new Date(
      `${catalog.models
        .flatMap((m) => m.pricing.map((p) => p.from))
        .sort()
        .at(-1)}T00:00:00Z`,
    );
    const past = buildDigest(catalog, [], { from: addDays(later, 1), to: addDays(later, 2) });
    expect(digestText(past)).not.toContain('Price changes ahead');
  });
});
