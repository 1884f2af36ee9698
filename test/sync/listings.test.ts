// The new-model policy and the overlay that lists accepted models, on a small hand-made catalog: two sources must
// agree on the price, the reviewed catalog wins, only agreed fields are priced, and specs come from the richest source.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { overlayCatalog } from '../../src/app/overlay.ts';
import { emptyQuery } from '../../src/ask/query.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import { createLogger } from '../../src/log.ts';
import { renderText } from '../../src/render/text/index.ts';
import type { ListingInput } from '../../src/store/store.ts';
import { acceptedListings } from '../../src/sync/listings.ts';
import { handMadeCatalog } from '../app/hand-made.ts';

const reviewed = handMadeCatalog([{ id: 'acme-mini', name: 'Acme Mini', pricing: [{ from: '2026-06-01', input: 0.4, output: 1.6, checked: '2026-11-20' }] }]);
const now = new Date('2026-12-02T12:00:00Z');

function listing(source: string, at: string, more: Partial<ListingInput> = {}): ListingInput {
  return {
    source,
    model: 'acme-nova',
    provider: 'acme',
    sourceId: source === 'openrouter' ? 'acme/acme-nova' : 'acme-nova',
    prices: { input: 0.35, output: 1.4 },
    facts: { contextWindow: 256_000 },
    observedAt: new Date(`${at}T06:00:00Z`),
    ...more,
  };
}

describe('new models: the policy', () => {
  it('lists a model two sources list at the same price, from the day the second one did', () => {
    const [accepted, ...rest] = acceptedListings([listing('litellm', '2026-11-28'), listing('models.dev', '2026-11-30'), listing('models.dev', '2026-12-01')], reviewed, { now });
    expect(rest).toEqual([]);
    expect(accepted).toMatchObject({
      model: 'acme-nova',
      provider: 'acme',
      sources: ['models.dev', 'litellm'],
      date: '2026-11-30',
      checked: '2026-12-01',
      prices: { input: 0.35, output: 1.4 },
    });
  });

  it('does not list a model one source lists, or two list at different prices', () => {
    expect(acceptedListings([listing('litellm', '2026-11-28')], reviewed, { now })).toEqual([]);
    expect(acceptedListings([listing('litellm', '2026-11-28'), listing('models.dev', '2026-11-30', { prices: { input: 0.3, output: 1.4 } })], reviewed, { now })).toEqual([]);
    // A listing older than the lookback no longer stands.
    expect(acceptedListings([listing('litellm', '2026-10-01'), listing('models.dev', '2026-11-30')], reviewed, { now })).toEqual([]);
  });

  it('prices only the fields the agreeing sources give alike, and reads specs from models.dev first', () => {
    const [accepted] = acceptedListings(
      [
        listing('litellm', '2026-11-28', { prices: { input: 0.35, output: 1.4, cachedInput: 0.1, batchInput: 0.175 }, facts: { contextWindow: 200_000, maxOutput: 8_192 } }),
        listing('models.dev', '2026-11-29', {
          prices: { input: 0.35, output: 1.4, cachedInput: 0.1 },
          facts: { contextWindow: 256_000, name: 'Acme Nova', released: '2026-11-27' },
        }),
      ],
      reviewed,
      { now },
    );
    expect(accepted?.prices).toEqual({ input: 0.35, output: 1.4, cachedInput: 0.1 });
    expect(accepted?.facts).toEqual({ contextWindow: 256_000, name: 'Acme Nova', released: '2026-11-27', maxOutput: 8_192 });
    expect(accepted?.specFrom).toBe('models.dev');
  });

  it('drops a model the reviewed catalog already names (by id or by the source’s id), or lists as out of scope, or without a context window', () => {
    const two = [listing('litellm', '2026-11-28'), listing('openrouter', '2026-11-29')];
    const named = handMadeCatalog([{ id: 'acme-nova', name: 'Acme Nova', pricing: [{ from: '2026-06-01', input: 0.4, output: 1.6, checked: '2026-11-20' }] }]);
    expect(acceptedListings(two, named, { now })).toEqual([]);
    expect(acceptedListings(two, { ...reviewed, outOfScope: [{ id: 'acme-nova', kind: 'image', provider: 'acme' }] }, { now })).toEqual([]);
    expect(
      acceptedListings(
        two.map((l) => ({ ...l, facts: {} })),
        reviewed,
        { now },
      ),
    ).toEqual([]);
    expect(acceptedListings(two, reviewed, { now })).toHaveLength(1);
  });
});

describe('new models: the overlay', () => {
  const accepted = acceptedListings(
    [
      listing('litellm', '2026-11-28', { facts: { contextWindow: 256_000, input: ['text', 'image'] } }),
      listing('models.dev', '2026-11-30', { facts: { contextWindow: 256_000, name: 'Acme Nova', openWeights: true } }),
    ],
    reviewed,
    { now },
  );
  const overlaid = overlayCatalog(reviewed, [], accepted);

  it('adds the model as its sources describe it, priced from the day they agreed', () => {
    const nova = overlaid.catalog.byId.get('acme-nova');
    expect(nova).toMatchObject({
      id: 'acme-nova',
      name: 'Acme Nova',
      provider: 'acme',
      contextWindow: 256_000,
      openWeights: true,
      modalities: { input: ['text', 'image'], output: ['text'] },
    });
    expect(nova?.capabilities.vision).toBe(true);
    expect(quotedPrice(nova!, '2026-12-01')).toMatchObject({ from: '2026-11-30', input: 0.35, output: 1.4 });
    expect(quotedPrice(nova!, '2026-12-01').source.via).toBe('models.dev and LiteLLM, reported 2026-11-30 (price sync, not yet in the reviewed catalog)');
    expect(reviewed.byId.has('acme-nova')).toBe(false);
  });

  it('says in every answer about it that only the sync lists it', async () => {
    const query = { ...emptyQuery('cost acme nova', 'cost' as const), tokens: 1_000_000, models: ['acme-nova'] };
    const { answer } = await handle(
      { text: query.text, where: LOCAL, query },
      { catalog: overlaid.catalog, reviewed, overlay: overlaid.notes, now: () => now, logger: createLogger('error') },
    );
    expect(answer.kind).toBe('cost');
    expect(answer.notices?.listed).toEqual([{ model: 'acme-nova', name: 'Acme Nova', sources: ['models.dev', 'LiteLLM'], date: '2026-11-30' }]);
    expect(answer.notices?.synced).toEqual([]);
    expect(renderText(answer)).toContain('Acme Nova: listed by models.dev and LiteLLM on 2026-11-30; not yet in the reviewed catalog.');
  });
});
