// A day asked for prices ("what will it cost in january?", "on 2027-02-01", "what did it cost in 2024?"): read in words,
// turned into a day on the day asked, and every answer priced and noticed on that day.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commandFor } from '../../src/ask/command-text.ts';
import { parseText } from '../../src/ask/index.ts';
import { priceDayOn, type PriceDay } from '../../src/ask/price-day.ts';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { STALE_AFTER_DAYS } from '../../src/app/notices.ts';
import type { Ports } from '../../src/app/ports.ts';
import { priceOn } from '../../src/catalog/history.ts';
import { priceProfile } from '../../src/cost/price.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import type { CostAnswer } from '../../src/cost/quote.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const TODAY = '2026-12-02';
const ports: Ports = { catalog, now: () => new Date(`${TODAY}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } };
const ask = (text: string) => handle({ text, where: LOCAL }, ports);

describe('reading a price day', () => {
  it.each([
    ['what will gpt-5 cost in january?', { month: 1, year: null }],
    ['gpt-5 at 10M tokens in march 2027', { month: 3, year: 2027 }],
    ['gpt-5 price on 2027-02-01', { day: '2027-02-01' }],
    ['what did gpt-4o cost in 2024?', { year: 2024 }],
    ['gpt-5 cost next month', { next: 'month' }],
    ['gemini 3.8 flash price after january', { month: 2, year: null }],
    ['gpt-4o price after december 2024', { month: 1, year: 2025 }],
    ['what will gpt-5 cost once december is over', { month: 1, year: null }],
  ])('%s', (text, day) => {
    expect(parseText(catalog, text).pricedOn).toEqual(day);
  });

  it.each([
    'models released in january',
    'models released after june',
    'cheapest model with a knowledge cutoff in 2025',
    'gpt-5 cost at 10M tokens',
    'cheapest models from mistral',
  ])('%s names no price day', (text) => {
    expect(parseText(catalog, text).pricedOn).toBeUndefined();
  });

  it('a day the calendar does not have is said, not priced', () => {
    expect(parseText(catalog, 'gpt-5 cost on 2027-02-30').problems).toEqual(['Cannot read 2027-02-30 as a day of the calendar: give one such as on 2027-01-01.']);
  });

  it('the command a button re-runs asks for the same day', () => {
    for (const text of ['what will gemini-3.8-flash cost in january at 100M tokens?', 'gpt-5 vs gpt-5-mini on 2027-02-01', 'cheapest model next year']) {
      const q = parseText(catalog, text);
      expect(parseText(catalog, commandFor(q)).pricedOn, commandFor(q)).toEqual(q.pricedOn);
    }
  });
});

describe('the day a price day means', () => {
  const months = fc.integer({ min: 1, max: 12 });
  const days = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

  it('a month without a year is the coming one: today within it, its first day ahead, never a day past', () => {
    fc.assert(
      fc.property(months, days, (month, asOf) => {
        const day = priceDayOn({ month, year: null }, asOf);
        expect(Number(day.slice(5, 7))).toBe(month);
        expect(day >= asOf).toBe(true);
        if (day !== asOf) expect(day.slice(8)).toBe('01');
      }),
    );
  });

  it('a month or year to come starts on its first day, one under way is today, one past ends on its last day', () => {
    fc.assert(
      fc.property(months, fc.integer({ min: 2020, max: 2035 }), days, (month, year, asOf) => {
        for (const [p, first, last] of [
          [{ month, year } as PriceDay, `${year}-${String(month).padStart(2, '0')}-01`, new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)],
          [{ year } as PriceDay, `${year}-01-01`, `${year}-12-31`],
        ] as const) {
          const day = priceDayOn(p, asOf);
          if (asOf < first) expect(day).toBe(first);
          else if (asOf > last) expect(day).toBe(last);
          else expect(day).toBe(asOf);
        }
      }),
    );
  });
});

describe('answers on a price day', () => {
  // A model whose price changes after today: asked for a day after the change, it is priced at the new price.
  const changing = catalog.models.find((m) => m.status === 'active' && m.pricing.some((p) => p.from > TODAY));
  if (!changing) throw new Error('the catalog needs a model with a scheduled price change');
  const change = changing.pricing.find((p) => p.from > TODAY)!;

  it('prices on that day, says the day, and keeps counting the prices’ age to today', async () => {
    const { answer } = await ask(`${changing.id} cost at 100M tokens on ${change.from}`);
    const a = answer as CostAnswer;
    const expected = priceProfile(changing, defaultProfile(100_000_000), change.from);
    if (!expected.ok) throw new Error('the changed price should price the default profile');
    expect(a.monthlyUsd).toBe(expected.monthlyUsd);
    expect(a.prices).toEqual(priceOn(changing, change.from));
    expect(a.assumptions.text).toContain(`prices in force on ${change.from}`);
    // Asked today, the price in force today, which differs.
    const now = (await ask(`${changing.id} cost at 100M tokens`)).answer as CostAnswer;
    expect(now.monthlyUsd).not.toBe(a.monthlyUsd);
    // The age of the price quoted on that day, counted to today (not to the day asked).
    const age = Math.round((Date.parse(TODAY) - Date.parse(change.checked)) / 86_400_000);
    expect(answer.notices?.stale?.days ?? 0).toBe(age > STALE_AFTER_DAYS ? age : 0);
  });

  it.each([
    'what will {id} cost after the price change at 100M tokens?',
    '{id} cost at 100M tokens after its next price increase',
    'what will {id} cost at 100M tokens once the scheduled price change takes effect?',
  ])('%j prices at its next scheduled change, not its price history', async (phrase) => {
    const text = phrase.replace('{id}', changing.id);
    const q = parseText(catalog, text);
    expect([q.intent, q.pricedOn]).toEqual(['cost', { nextChange: true }]);
    const { answer, command } = await ask(text);
    const a = answer as CostAnswer;
    const expected = priceProfile(changing, defaultProfile(100_000_000), change.from);
    if (!expected.ok) throw new Error('the changed price should price the default profile');
    expect(a.monthlyUsd).toBe(expected.monthlyUsd);
    expect(a.assumptions.text).toContain(`prices in force on ${change.from}`);
    expect(parseText(catalog, command).pricedOn).toEqual({ nextChange: true });
  });

  it('"after the price change" with none scheduled prices today, and says so', async () => {
    const steady = catalog.models.find((m) => m.status === 'active' && m.pricing.every((p) => p.from <= TODAY) && m.pricing.length === 1);
    if (!steady) throw new Error('the catalog needs a model with no scheduled change');
    const { answer } = await ask(`${steady.id} cost at 100M tokens after the next price change`);
    const a = answer as CostAnswer;
    expect(a.assumptions.text).toContain(`prices in force on ${TODAY}`);
    expect(renderText(answer)).toContain(`no price change is scheduled for ${steady.id} after ${TODAY}: prices in force today`);
  });

  it('a model not yet released on that day is not priced, and says so', async () => {
    const late = catalog.models.find((m) => m.status === 'active' && m.released !== undefined && m.released.length === 10 && m.released > '2025-01-31');
    if (!late) throw new Error('the catalog needs a model released after January 2025');
    const { answer } = await ask(`what did ${late.id} cost in january 2025?`);
    expect((answer as CostAnswer).monthlyUsd).toBeNull();
    expect(renderText(answer)).toContain(`was not yet released on 2025-01-31 (released ${late.released})`);
  });
});
