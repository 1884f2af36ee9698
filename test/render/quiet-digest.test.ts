// A digest with no price changes says so in words fit for its window.
import { describe, expect, it } from 'vitest';
import { quietDigest } from '../../src/render/words.ts';

describe('a quiet digest', () => {
  it('is "this week" for a week, across a clock change too', () => {
    expect(quietDigest({ from: '2026-11-27T00:00:00.000Z', to: '2026-12-04T00:00:00.000Z', timeZone: 'UTC' })).toBe('No price changes this week.');
    // Berlin leaves summer time on 2026-10-25: that week has 169 hours.
    expect(quietDigest({ from: '2026-10-19T22:00:00.000Z', to: '2026-10-26T23:00:00.000Z', timeZone: 'Europe/Berlin' })).toBe('No price changes this week.');
  });

  it('is "in this period" for a month or a few days', () => {
    expect(quietDigest({ from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z', timeZone: 'UTC' })).toBe('No price changes in this period.');
    expect(quietDigest({ from: '2026-12-01T00:00:00.000Z', to: '2026-12-04T00:00:00.000Z', timeZone: 'UTC' })).toBe('No price changes in this period.');
  });
});
