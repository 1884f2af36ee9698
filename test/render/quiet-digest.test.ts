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

describe('a digest of a week that has ended', () => {
  const ports = async () => {
    const { loadCatalog } = await import('../../src/load/catalog.ts');
    return { catalog: loadCatalog(), now: () => new Date('2026-12-02T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };
  };

  it('is "that week" when asked for last week, "this week" for the last seven days', async () => {
    const { handle, LOCAL } = await import('../../src/app/handle.ts');
    const { renderText } = await import('../../src/render/text/index.ts');
    const last = await handle({ text: 'what changed last week?', where: LOCAL }, await ports());
    const now = await handle({ text: 'what changed this week?', where: LOCAL }, await ports());
    if (last.answer.kind !== 'digest' || now.answer.kind !== 'digest') throw new Error('expected two digests');
    expect(last.answer.past).toBe(true);
    expect(now.answer.past).toBeUndefined();
    // The catalog may hold changes in either week: the window's words are checked where the digest is quiet.
    expect(quietDigest(last.answer)).toMatch(/that week\.$/);
    expect(quietDigest(now.answer)).toMatch(/this week\.$/);
    expect(renderText(last.answer)).not.toMatch(/this week/);
  });

  it('"since last week" is the seven days up to today, not the calendar week before', async () => {
    const { handle, LOCAL } = await import('../../src/app/handle.ts');
    const since = await handle({ text: 'have prices changed since last week?', where: LOCAL }, await ports());
    const week = await handle({ text: 'what changed this week?', where: LOCAL }, await ports());
    if (since.answer.kind !== 'digest' || week.answer.kind !== 'digest') throw new Error('expected two digests');
    expect([since.answer.from, since.answer.to]).toEqual([week.answer.from, week.answer.to]);
  });
});

describe('a new model whose first price is a free endpoint', () => {
  it('is said to be a free, rate-limited endpoint in the digest, never "$0.00 in / $0.00 out"', async () => {
    const { loadCatalog } = await import('../../src/load/catalog.ts');
    const { buildDigest } = await import('../../src/digest/digest.ts');
    const { renderText } = await import('../../src/render/text/index.ts');
    const { renderBlocks } = await import('../../src/render/blocks/index.ts');
    const catalog = loadCatalog();
    const free = catalog.models.find((m) => m.pricing[0]?.free && m.released);
    if (!free?.released) throw new Error('the catalog needs a model first priced at a free endpoint, with a release date');
    const day = new Date(`${free.released.slice(0, 10)}T00:00:00Z`);
    const digest = buildDigest(catalog, [], { from: day, to: new Date(day.getTime() + 86_400_000) });
    const added = digest.added.find((a) => a.model === free.id);
    expect(added?.free).toBe(true);
    for (const words of [renderText(digest), JSON.stringify(renderBlocks(digest))]) {
      expect(words).toContain(`${free.id}`);
      expect(words).toContain('a free, rate-limited endpoint (no paid price published)');
      expect(words).not.toContain('$0.00/1M in');
    }
  });
});
