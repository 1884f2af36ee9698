// Source prices vs the real catalog: mapping ids, observations with both values, held jumps, unmapped ids and new
// models, route prices, and refusing empty or truncated documents.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import { exactModel } from '../../src/catalog/resolve.ts';
import type { FieldName } from '../../src/digest/fields.ts';
import { catalogValue, compareWithCatalog, jumpReason, mapEntry } from '../../src/sync/compare.ts';
import { litellm } from '../../src/sync/sources/litellm.ts';
import { modelsdev } from '../../src/sync/sources/modelsdev.ts';
import { openrouter } from '../../src/sync/sources/openrouter.ts';
import { SyncError, type Adapter, type SourceEntry } from '../../src/sync/types.ts';
import { fixture, openrouterFixture, withPrice } from './helpers.ts';

const catalog = loadCatalog();
const asOf = '2026-08-18';
/** The catalog's own figure, so no expectation here restates a catalog price. */
const current = (model: string, field: FieldName) => catalogValue(quotedPrice(catalog.byId.get(model)!, asOf), field);
const compare = (adapter: Adapter, document: unknown, cat = catalog) => compareWithCatalog(cat, adapter, adapter.read(document), { asOf });

function mapped(source: 'litellm' | 'openrouter' | 'models.dev', provider: string, id: string, variant?: string): string {
  const e: SourceEntry = { id, provider, name: variant ? id.slice(0, id.lastIndexOf(':')) : id, variant, prices: {}, looksLikeModel: true };
  const m = mapEntry(catalog, source, e);
  return m.kind === 'mapped' ? m.model.id : `${m.kind}: ${m.reason}`;
}

describe('mapping source ids to catalog ids', () => {
  it.each([
    ['openrouter', 'openai', 'openai/gpt-4.1-mini', 'gpt-4.1-mini'],
    ['openrouter', 'xai', 'x-ai/grok-4.3', 'grok-4.3'],
    ['openrouter', 'anthropic', 'anthropic/claude-sonnet-4.5', 'claude-sonnet-4-5'],
    ['openrouter', 'openai', 'openai/gpt-5.6-sol-pro', 'gpt-5.6-sol'],
    ['openrouter', 'xai', 'x-ai/grok-4.20', 'grok-4.20-0309-reasoning'],
    ['litellm', 'google', 'gemini/gemini-2.5-pro', 'gemini-2.5-pro'],
    ['litellm', 'openai', 'gpt-4.1-mini-2025-04-14', 'gpt-4.1-mini'],
    ['litellm', 'anthropic', 'claude-sonnet-4-5-20250929', 'claude-sonnet-4-5'],
    ['litellm', 'xai', 'xai/grok-4.3-latest', 'grok-4.3'],
    ['litellm', 'xai', 'xai/grok-3-mini-fast-latest', 'grok-3-mini-fast'],
    ['models.dev', 'xai', 'grok-4.3', 'grok-4.3'],
  ] as const)('%s %s → %s', (source, provider, id, expected) => {
    expect(mapped(source, provider, id)).toBe(expected);
  });

  it('maps ":batch" to the base model and other variants only as listed routes', () => {
    expect(mapped('openrouter', 'openai', 'openai/gpt-4.1-mini:batch', 'batch')).toBe('gpt-4.1-mini');
    // A listed free route is the price of a model priced at a free endpoint, and no price of one sold at a price.
    const freeRoutes = catalog.models.flatMap((m) => m.routes.filter((r) => r.platform === 'openrouter' && r.free === true).map((r) => ({ m, r })));
    const priced = freeRoutes.filter(({ m }) => !m.pricing.some((p) => p.free === true));
    const freeOnly = freeRoutes.filter(({ m }) => m.pricing.some((p) => p.free === true));
    expect([priced.length, freeOnly.length].every((n) => n > 0)).toBe(true);
    for (const { m, r } of freeOnly) expect(mapped('openrouter', m.provider, r.id, 'free'), r.id).toBe(m.id);
    for (const { m, r } of priced)
      expect(mapped('openrouter', m.provider, r.id, 'free'), r.id).toBe(`skipped: a free, rate-limited endpoint of ${m.id}, which the catalog prices elsewhere`);
    expect(mapped('openrouter', 'openai', 'openai/gpt-4.1:free', 'free')).toBe('skipped: OpenRouter variant (:free) not listed as a route');
  });

  it('never trusts a partial or ambiguous match with prices', () => {
    expect(mapped('litellm', 'anthropic', 'claude-opus')).toMatch(/^unmapped: only a partial match \(reads as claude-opus-[\d-]+\)/);
    expect(mapped('litellm', 'openai', 'gpt-5.6')).toBe('unmapped: ambiguous: could be gpt-5.6-luna, gpt-5.6-sol, gpt-5.6-terra');
    expect(mapped('litellm', 'openai', 'gpt-9-ultra')).toBe('unmapped: no catalog model has this id, name, alias, snapshot or route');
    // The model must be the entry's provider's.
    expect(mapped('litellm', 'openai', 'grok-4.3')).toBe('unmapped: reads as grok-4.3, a xai model, but the source files it under openai');
  });
});

describe('comparing with the catalog (prices of 2026-08-18)', () => {
  it('OpenRouter agrees with the catalog on every mapped price (the catalog was checked against it)', () => {
    const c = compare(openrouter, fixture('openrouter'));
    expect(c).toMatchObject({ entries: 55, mapped: 50, observations: [], held: [], conflicts: [] });
    expect(c.values).toContainEqual({ model: 'gpt-4.1-mini', field: 'input', value: 0.4, sourceId: 'openai/gpt-4.1-mini' });
    expect(c.values).toContainEqual({ model: 'gpt-4.1-mini', field: 'batchInput', value: 0.2, sourceId: 'openai/gpt-4.1-mini:batch' });
    expect(c.values).toContainEqual({ model: 'grok-4.3', field: 'tier>200000.cachedInput', value: 0.4, sourceId: 'x-ai/grok-4.3' });
  });

  it('records a difference as an observation with both values', () => {
    const supposed = withPrice(catalog, 'gpt-4.1-mini', { input: 0.3 });
    const c = compare(openrouter, fixture('openrouter'), supposed);
    expect(c.observations).toEqual([{ model: 'gpt-4.1-mini', field: 'input', catalog: 0.3, source: 0.4, sourceId: 'openai/gpt-4.1-mini' }]);
  });

  it('LiteLLM’s real differences: GPT-5.6 Sol at 5/30 where the catalog follows OpenRouter’s 2.5/15', () => {
    const c = compare(litellm, fixture('litellm'));
    const sol = c.observations.filter((o) => o.model === 'gpt-5.6-sol');
    expect(sol).toEqual([
      { model: 'gpt-5.6-sol', field: 'cachedInput', catalog: current('gpt-5.6-sol', 'cachedInput'), source: 0.5, sourceId: 'gpt-5.6-sol' },
      { model: 'gpt-5.6-sol', field: 'input', catalog: current('gpt-5.6-sol', 'input'), source: 5, sourceId: 'gpt-5.6-sol' },
      { model: 'gpt-5.6-sol', field: 'output', catalog: current('gpt-5.6-sol', 'output'), source: 30, sourceId: 'gpt-5.6-sol' },
      { model: 'gpt-5.6-sol', field: 'tier>272000.cachedInput', catalog: current('gpt-5.6-sol', 'tier>272000.cachedInput'), source: 1, sourceId: 'gpt-5.6-sol' },
      { model: 'gpt-5.6-sol', field: 'tier>272000.input', catalog: current('gpt-5.6-sol', 'tier>272000.input'), source: 10, sourceId: 'gpt-5.6-sol' },
      { model: 'gpt-5.6-sol', field: 'tier>272000.output', catalog: current('gpt-5.6-sol', 'tier>272000.output'), source: 45, sourceId: 'gpt-5.6-sol' },
    ]);
    expect(c.observations).toContainEqual({
      model: 'grok-4.20-0309-reasoning',
      field: 'input',
      catalog: current('grok-4.20-0309-reasoning', 'input'),
      source: 2,
      sourceId: 'xai/grok-4.20-0309-reasoning',
    });
    // A value equal to the catalog's is not an observation.
    expect(c.observations.some((o) => o.model === 'gpt-4.1-mini' || o.model === 'grok-4.3')).toBe(false);
  });

  it('holds a ×10 jump for review instead of recording it (deepseek-chat cached 0.0028 → 0.028)', () => {
    const c = compare(litellm, fixture('litellm'));
    expect(c.held).toContainEqual({
      model: 'deepseek-chat',
      field: 'cachedInput',
      catalog: current('deepseek-chat', 'cachedInput'),
      source: 0.028,
      sourceId: 'deepseek-chat',
      ratio: 10,
      reason: "10× the catalog's price (a jump of ×10 or more)",
    });
    expect(c.observations.some((o) => o.model === 'deepseek-chat' && o.field === 'cachedInput')).toBe(false);
    // and a drop to a tenth or less, and to free
    const dear = withPrice(catalog, 'gpt-4.1-mini', { input: 4 });
    expect(compare(openrouter, fixture('openrouter'), dear).held).toMatchObject([{ model: 'gpt-4.1-mini', field: 'input', catalog: 4, source: 0.4, ratio: 0.1 }]);
    expect(jumpReason(0.4, 0)).toBe('the source says free (0); the catalog says 0.4');
    expect(jumpReason(2, 6)).toBeUndefined();
  });

  it('holds models.dev’s image-output prices (Gemini image output tokens at $30 and $60 per 1M)', () => {
    const c = compare(modelsdev, fixture('models.dev'));
    expect(c.held.map((h) => `${h.model} ${h.field} → ${h.source}`)).toEqual([
      'gemini-2.5-flash-image output → 30',
      'gemini-3-pro-image-preview output → 120',
      'gemini-3.1-flash-image-preview output → 60',
    ]);
    for (const h of c.held) expect(h.catalog).toBe(current(h.model, h.field));
    // The sample is of 2026-06-13, before the -latest aliases moved to Gemini 3.7 Flash and 3.5 Flash-Lite (the catalog
    // has them moved by 2026-08-18): the sample's older figures are observed as differences, never taken.
    const olderFigure = (model: string, field: FieldName, source: number) => ({ model, field, catalog: current(model, field), source, sourceId: model });
    expect(c.observations).toEqual([
      { model: 'gemini-2.5-flash-image', field: 'cachedInput', catalog: current('gemini-2.5-flash-image', 'cachedInput'), source: 0.075, sourceId: 'gemini-2.5-flash-image' },
      olderFigure('gemini-flash-latest', 'input', 0.3),
      olderFigure('gemini-flash-latest', 'output', 2.5),
      olderFigure('gemini-flash-lite-latest', 'cachedInput', 0.025),
      olderFigure('gemini-flash-lite-latest', 'input', 0.1),
      olderFigure('gemini-flash-lite-latest', 'output', 0.4),
    ]);
  });

  it('reports unmapped ids with a reason, and new models with their prices', () => {
    const c = compare(openrouter, fixture('openrouter'));
    expect(c.unmapped).toEqual([{ id: 'openai/gpt-5.4-image-2', provider: 'openai', reason: 'no catalog model has this id, name, alias, snapshot or route' }]);
    expect(c.newModels).toEqual([
      expect.objectContaining({ id: 'openai/gpt-5.4-image-2', provider: 'openai', prices: { input: 8, cachedInput: 2, output: 15 }, catalogId: 'gpt-5.4-image-2' }),
    ]);

    const l = compare(litellm, fixture('litellm'));
    expect(l.unmapped.map((u) => u.id)).toEqual(['deepseek/deepseek-coder', 'gemini-2.5-flash-preview-tts', 'gpt-5.6']);
    // newModels ⊆ unmapped: not the speech model, not the ambiguous match.
    expect(l.newModels).toEqual([
      expect.objectContaining({ id: 'deepseek/deepseek-coder', provider: 'deepseek', prices: { input: 0.14, output: 0.28 }, catalogId: 'deepseek-coder' }),
    ]);

    const m = compare(modelsdev, fixture('models.dev'));
    expect(m.newModels).toEqual([]);
    // What it cannot map is what the catalog has no name for (grok-imagine-image-quality, an image model, among them).
    expect(m.unmapped.length).toBeGreaterThan(0);
    for (const u of m.unmapped) expect(exactModel(catalog, u.id), u.id).toBeUndefined();
  });

  it('compares a route’s own price with the route, not with the provider’s', () => {
    // x-ai/grok-4.5: the catalog records OpenRouter's cached price 0.3 on the route (xAI's is 0.5).
    const c = compare(openrouter, fixture('openrouter'));
    expect(c.values).toContainEqual({ model: 'grok-4.5', field: 'route[openrouter:x-ai/grok-4.5].cachedInput', value: 0.3, sourceId: 'x-ai/grok-4.5' });
    expect(c.values).toContainEqual({ model: 'grok-4.5', field: 'input', value: 2, sourceId: 'x-ai/grok-4.5' });
    expect(c.values.some((v) => v.model === 'grok-4.5' && v.field === 'cachedInput')).toBe(false);
    // claude-opus-5-fast is a separately priced product: only the fields recorded on its route are compared.
    expect(c.values.filter((v) => v.sourceId === 'anthropic/claude-opus-5-fast').map((v) => v.field)).toEqual([
      'route[openrouter:anthropic/claude-opus-5-fast].cachedInput',
      'route[openrouter:anthropic/claude-opus-5-fast].input',
      'route[openrouter:anthropic/claude-opus-5-fast].output',
    ]);
    // A change in the route's price is a route observation.
    const grok = catalog.byId.get('grok-4.5')!;
    const moved = {
      ...catalog,
      byId: new Map(catalog.byId),
      models: catalog.models.map((m) => (m.id === 'grok-4.5' ? { ...grok, routes: grok.routes.map((r) => (r.id === 'x-ai/grok-4.5' ? { ...r, cachedInput: 0.25 } : r)) } : m)),
    };
    moved.byId.set('grok-4.5', moved.models.find((m) => m.id === 'grok-4.5')!);
    expect(compare(openrouter, fixture('openrouter'), moved).observations).toEqual([
      { model: 'grok-4.5', field: 'route[openrouter:x-ai/grok-4.5].cachedInput', catalog: 0.25, source: 0.3, sourceId: 'x-ai/grok-4.5' },
    ]);
  });

  it('does not count a field the source does not publish, and lists fields the catalog lacks', () => {
    const c = compare(openrouter, fixture('openrouter'));
    // OpenRouter publishes no batch price for gpt-5.4; the catalog's batch price is simply not compared.
    expect(c.values.some((v) => v.model === 'gpt-5.4' && v.field === 'batchInput')).toBe(false);
    expect(c.notInCatalog).toContainEqual({ model: 'gpt-5.6-sol', field: 'cacheWrite5m', source: 3.125, sourceId: 'openai/gpt-5.6-sol' });
  });

  it('refuses an empty or truncated list instead of "removing" models', () => {
    const none = openrouterFixture();
    none.data = [{ id: 'meta-llama/llama-4', pricing: { prompt: '0.0000001', completion: '0.0000002' } }];
    expect(() => compare(openrouter, none)).toThrow(SyncError);
    expect(() => compare(openrouter, none)).toThrow(/no entries from the catalog's providers/);

    const truncated = openrouterFixture();
    truncated.data = truncated.data.slice(0, 5);
    let error: unknown;
    try {
      compare(openrouter, truncated);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SyncError);
    expect(error).toMatchObject({
      kind: 'truncated',
      reason: expect.stringMatching(/^OpenRouter: the document maps only 5 catalog models .*at least \d+ \(half of the \d+ the catalog lists from OpenRouter\)/),
    });
  });

  it('reports conflicting prices among ids of one source (synthetic snapshot price)', () => {
    const doc = fixture('litellm') as Record<string, Record<string, unknown>>;
    doc['gpt-4.1-mini-2025-04-14'] = { ...doc['gpt-4.1-mini-2025-04-14'], input_cost_per_token: 5e-7 };
    const c = compare(litellm, doc);
    expect(c.conflicts).toEqual([{ model: 'gpt-4.1-mini', field: 'input', used: { id: 'gpt-4.1-mini', value: 0.4 }, ignored: [{ id: 'gpt-4.1-mini-2025-04-14', value: 0.5 }] }]);
    expect(c.observations.some((o) => o.model === 'gpt-4.1-mini')).toBe(false);
  });
});
