// A digest with no price changes says so in words fit for its window.
import { describe, expect, it } from 'vitest';
import { quietDigest } from '../../src/render/words.ts';

describe('a quiet digest', () => {
  it('is "this week" for a week, across a clock change too', () => {
    expect(quietDigest({ from: '2026-11-27T00:00:00.000Z', to: '2026-12-04T00:00:00.000Z', timeZone: 'UTC' })).toBe('No price changes or new models this week.');
    // Berlin leaves summer time on 2026-10-25: that week has 169 hours.
    expect(quietDigest({ from: '2026-10-19T22:00:00.000Z', to: '2026-10-26T23:00:00.000Z', timeZone: 'Europe/Berlin' })).toBe('No price changes or new models this week.');
  });

  it('is "in this period" for a month or a few days', () => {
    expect(quietDigest({ from: '2026-11-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z', timeZone: 'UTC' })).toBe('No price changes or new models in this period.');
    expect(quietDigest({ from: '2026-12-01T00:00:00.000Z', to: '2026-12-04T00:00:00.000Z', timeZone: 'UTC' })).toBe('No price changes or new models in this period.');
  });

  it('names the providers a digest was asked of', async () => {
    const week = { from: '2026-11-27T00:00:00.000Z', to: '2026-12-04T00:00:00.000Z', timeZone: 'UTC' };
    expect(quietDigest({ ...week, providers: ['OpenAI'] })).toBe('No price changes or new models from OpenAI this week.');
    expect(quietDigest({ ...week, providers: ['OpenAI', 'xAI'] })).toBe('No price changes or new models from OpenAI or xAI this week.');
    expect(quietDigest({ ...week, providers: [] })).toBe('No price changes or new models this week.');
    // Asked in words, through the one way in: the digest carries the provider's name.
    const { handle, LOCAL } = await import('../../src/app/handle.ts');
    const { loadCatalog } = await import('../../src/load/catalog.ts');
    const { answer } = await handle(
      { text: "what's new from openai", where: LOCAL },
      { catalog: loadCatalog(), now: () => new Date('2026-12-02T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } },
    );
    expect(answer.kind === 'digest' && answer.providers).toEqual(['OpenAI']);
  });
});
