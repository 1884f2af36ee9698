// A price no model charges (1e308 USD per 1M tokens) is a typo the catalog check refuses, so no answer
// can show "$∞ a month".
import { describe, expect, it } from 'vitest';
import { PriceEntry } from '../../src/catalog/schema.ts';

const entry = (input: number) => ({ from: '2026-01-01', input, output: 1, source: { url: 'https://example.com/pricing' }, checked: '2026-01-02' });

describe('price figures', () => {
  it('accept real prices, from free to the dearest published', () => {
    for (const usd of [0, 0.0375, 2.5, 150, 600]) expect(PriceEntry.safeParse(entry(usd)).success).toBe(true);
  });

  it.each([1e308, 10_001, Number.POSITIVE_INFINITY, -1])('refuse %s with a message saying what is expected', (usd) => {
    const parsed = PriceEntry.safeParse(entry(usd));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/expected/);
  });
});
