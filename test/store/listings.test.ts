// The new models a sync found, kept with the source's prices and specs (migration 004), on embedded PGlite.
import { afterAll, describe, expect, it } from 'vitest';
import { openPgliteStore } from '../../src/store/pglite.ts';
import type { ListingInput } from '../../src/store/store.ts';

const store = await openPgliteStore();
afterAll(() => store.close());

const at = new Date('2026-12-01T06:00:00Z');
const listing: ListingInput = {
  source: 'litellm',
  model: 'acme-nova',
  provider: 'acme',
  sourceId: 'acme/acme-nova',
  prices: { input: 0.35, output: 1.4 },
  facts: { contextWindow: 256_000, input: ['text', 'image'], released: '2026-11-28' },
  observedAt: at,
};

describe('model listings', () => {
  it('keeps what the source said, reads it back in a window, and records a sync once', async () => {
    expect(await store.recordListings([listing, { ...listing, source: 'models.dev', sourceId: 'acme-nova' }])).toBe(2);
    expect(await store.recordListings([listing])).toBe(0);
    const back = await store.listings({ from: new Date('2026-11-30T00:00:00Z'), to: new Date('2026-12-02T00:00:00Z') });
    expect(back).toHaveLength(2);
    expect(back[0]).toEqual(listing);
    expect(await store.listings({ to: at })).toEqual([]);
  });
});
