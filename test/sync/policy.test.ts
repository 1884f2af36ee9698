// The policy that turns observations into changes the digest reports, disagreements and pending claims.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.ts';
import type { ObservationInput } from '../../src/store/store.ts';
import { openPgliteStore } from '../../src/store/pglite.ts';
import { observationInputs, syncSource } from '../../src/sync/fetch.ts';
import { crossSourceDisagreements, reviewObservations } from '../../src/sync/policy.ts';
import { fixturePath, withPrice, withRoutePrice } from './helpers.ts';

// The catalog with the figures these tests lean on set here, so they stand whatever the catalog's prices become:
// grok-4.5 input 2, output 6, cached 0.5, via LiteLLM (checked 2026-07-18); its OpenRouter route records cached 0.3.
// gpt-5.6-sol input 2.5 via OpenRouter (checked 2026-08-18).
const catalog = withRoutePrice(
  withPrice(
    withPrice(loadCatalog(), 'grok-4.5', {
      input: 2,
      output: 6,
      cachedInput: 0.5,
      checked: '2026-07-18',
      source: { url: 'https://docs.x.ai/docs/models', via: 'LiteLLM model_prices_and_context_window.json (2026-07-18)' },
    }),
    'gpt-5.6-sol',
    { input: 2.5, checked: '2026-08-18', source: { url: 'https://openai.com/api/pricing/', via: 'OpenRouter models API (2026-08-18)' } },
  ),
  'grok-4.5',
  'x-ai/grok-4.5',
  { cachedInput: 0.3 },
);

const at = (day: string) => new Date(`${day}T06:00:00Z`);
function obs(source: string, model: string, field: string, value: number, catalogValue: number, day: string): ObservationInput {
  return { source, model, field, value, catalogValue, observedAt: at(day) };
}
/** The same claim on consecutive daily syncs. */
function daily(source: string, model: string, field: string, value: number, catalogValue: number, days: string[]): ObservationInput[] {
  return days.map((d) => obs(source, model, field, value, catalogValue, d));
}

describe('observations → changes the digest reports', () => {
  it('two sources agreeing on a new value is a change', () => {
    const r = reviewObservations(
      [...daily('litellm', 'gpt-5.6-sol', 'input', 5, 2.5, ['2026-08-17', '2026-08-18']), obs('models.dev', 'gpt-5.6-sol', 'input', 5, 2.5, '2026-08-18')],
      catalog,
      { now: new Date('2026-08-18T12:00:00Z') },
    );
    expect(r.changes).toEqual([
      {
        model: 'gpt-5.6-sol',
        field: 'input',
        old: 2.5,
        new: 5,
        date: at('2026-08-18'),
        cause: 'unknown',
        source: 'litellm + models.dev',
        url: 'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json',
      },
    ]);
    expect(r.disagreements).toEqual([]);
  });

  it('the source the catalog’s figure came through moving is a change at once', () => {
    const r = reviewObservations([obs('litellm', 'grok-4.5', 'input', 2.5, 2, '2026-08-18')], catalog, { now: new Date('2026-08-18T12:00:00Z') });
    expect(r.changes).toMatchObject([{ model: 'grok-4.5', field: 'input', old: 2, new: 2.5, source: 'litellm' }]);
  });

  it('a route’s own price is accepted from that route’s platform only', () => {
    const field = 'route[openrouter:x-ai/grok-4.5].cachedInput';
    const now = { now: new Date('2026-08-18T12:00:00Z') };
    expect(reviewObservations([obs('openrouter', 'grok-4.5', field, 0.25, 0.3, '2026-08-18')], catalog, now).changes).toMatchObject([
      { model: 'grok-4.5', field, old: 0.3, new: 0.25, source: 'openrouter', url: 'https://openrouter.ai/api/v1/models' },
    ]);
    expect(reviewObservations([obs('litellm', 'grok-4.5', field, 0.25, 0.3, '2026-08-18')], catalog, now)).toMatchObject({
      changes: [],
      pending: [{ model: 'grok-4.5', source: 'litellm' }],
    });
  });

  it('a single other source is pending at first, then a lasting disagreement with the catalog', () => {
    const days = ['2026-08-16', '2026-08-17', '2026-08-18', '2026-08-19'];
    const young = reviewObservations(daily('openrouter', 'grok-4.5', 'cachedInput', 0.3, 0.5, days.slice(0, 2)), catalog, { now: new Date('2026-08-17T12:00:00Z') });
    expect(young).toEqual({
      changes: [],
      disagreements: [],
      pending: [{ model: 'grok-4.5', field: 'cachedInput', catalog: 0.5, source: 'openrouter', value: 0.3, since: '2026-08-16' }],
    });

    const lasting = reviewObservations(daily('openrouter', 'grok-4.5', 'cachedInput', 0.3, 0.5, days), catalog, { now: new Date('2026-08-19T12:00:00Z') });
    expect(lasting.changes).toEqual([]);
    expect(lasting.disagreements).toEqual([
      {
        model: 'grok-4.5',
        field: 'cachedInput',
        catalog: 0.5,
        catalogSource: 'LiteLLM model_prices_and_context_window.json (2026-07-18)',
        claims: [{ source: 'openrouter', value: 0.3, since: '2026-08-16' }],
        text: 'OpenRouter says $0.30 cached input for grok-4.5 (since 2026-08-16); the catalog has $0.50 (from LiteLLM, checked 2026-07-18)',
      },
    ]);
  });

  it('sources claiming different values disagree, each named with its figure', () => {
    const r = reviewObservations([obs('litellm', 'gpt-5.6-sol', 'input', 5, 2.5, '2026-08-17'), obs('models.dev', 'gpt-5.6-sol', 'input', 3, 2.5, '2026-08-18')], catalog, {
      now: new Date('2026-08-18T12:00:00Z'),
    });
    expect(r.changes).toEqual([]);
    expect(r.disagreements.map((d) => d.text)).toEqual([
      'LiteLLM says $5.00 input for gpt-5.6-sol; models.dev says $3.00; the catalog has $2.50 (from OpenRouter, checked 2026-08-18)',
    ]);
  });

  it('ignores settled, withdrawn and old claims', () => {
    const now = { now: new Date('2026-08-18T12:00:00Z') };
    // The catalog already says 2.5: nothing left to report.
    expect(reviewObservations([obs('litellm', 'gpt-5.6-sol', 'input', 2.5, 2, '2026-08-18')], catalog, now)).toEqual({ changes: [], disagreements: [], pending: [] });
    // LiteLLM's latest sync (08-18) no longer differs on input: the 08-17 claim was withdrawn.
    const withdrawn = reviewObservations([obs('litellm', 'grok-4.5', 'input', 3, 2, '2026-08-17'), obs('litellm', 'grok-4.5', 'output', 7, 6, '2026-08-18')], catalog, now);
    expect(withdrawn.changes.map((c) => c.field)).toEqual(['output']);
    // Older than the 30-day lookback.
    expect(reviewObservations([obs('litellm', 'grok-4.5', 'input', 3, 2, '2026-07-01')], catalog, now).changes).toEqual([]);
    // A model the catalog no longer has.
    expect(reviewObservations([obs('litellm', 'gpt-0', 'input', 3, 2, '2026-08-18')], catalog, now).changes).toEqual([]);
  });

  it('reads what a sync recorded in the store', async () => {
    const store = await openPgliteStore();
    try {
      const result = await syncSource({ catalog, source: 'litellm', file: fixturePath.litellm, asOf: '2026-08-18', now: () => at('2026-08-18') });
      expect(await store.recordObservations(observationInputs(result))).toBe(result.observations.length);
      const review = reviewObservations(await store.observations(), catalog, { now: new Date('2026-08-18T12:00:00Z') });
      // Only LiteLLM speaks, and the catalog's figures for these models came from OpenRouter or models.dev: pending.
      expect(review.changes).toEqual([]);
      expect(review.pending).toContainEqual({ model: 'gpt-5.6-sol', field: 'input', catalog: 2.5, source: 'litellm', value: 5, since: '2026-08-18' });
      expect(review.pending).toHaveLength(result.observations.length);
    } finally {
      await store.close();
    }
  });
});

describe('sources compared directly (several fetched together)', () => {
  it('names each source’s figure, the catalog’s own source first', async () => {
    const now = () => at('2026-08-18');
    const results = await Promise.all(
      (['litellm', 'openrouter', 'models.dev'] as const).map((source) => syncSource({ catalog, source, file: fixturePath[source], asOf: '2026-08-18', now })),
    );
    const texts = crossSourceDisagreements(results, catalog, '2026-08-18').map((d) => d.text);
    expect(texts).toContain('OpenRouter says $2.50 input for gpt-5.6-sol; LiteLLM says $5.00');
    expect(texts).toContain('models.dev says $1.25 input for grok-4.20-0309-reasoning; LiteLLM says $2.00; OpenRouter says $1.25');
    expect(texts).toContain('LiteLLM says $0.03 cached input for gemini-2.5-flash-image; models.dev says $0.075');
    // OpenRouter's own cached price on x-ai/grok-4.5 (0.3) is recorded on the route: explained, not a disagreement.
    expect(texts.some((t) => t.includes('cached input for grok-4.5'))).toBe(false);
  });
});
