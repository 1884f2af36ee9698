// The price sync reads every provider the catalog has, not only the six it started with: LiteLLM's dashscope,
// moonshot, zai, amazon_nova and cohere_chat entries map to the catalog's Qwen, Moonshot, Z.ai, Amazon and Cohere
// models; hosts (LiteLLM's together_ai, models.dev's togetherai) are routes, never a provider's own price; a key that
// also lists other vendors' models (models.dev's alibaba) is read only for the provider's own ids.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.ts';
import { compareWithCatalog } from '../../src/sync/compare.ts';
import { providerLookup } from '../../src/sync/providers.ts';
import { litellm } from '../../src/sync/sources/litellm.ts';
import { modelsdev } from '../../src/sync/sources/modelsdev.ts';
import { FIXTURES } from './helpers.ts';

const catalog = loadCatalog();
const doc = (name: string) => JSON.parse(readFileSync(`${FIXTURES}providers/${name}`, 'utf8')) as unknown;
const LITELLM = doc('litellm-prices.2026-08-12.json');
const MODELSDEV = doc('modelsdev-api.2026-08-22.json');

describe('every catalog provider', () => {
  it('reads LiteLLM entries of providers beyond the six, named without LiteLLM’s prefix', () => {
    const read = litellm.read(LITELLM, providerLookup(catalog, 'litellm'));
    const providerOf = Object.fromEntries(read.entries.map((e) => [e.id, e.provider]));
    expect(providerOf).toEqual({
      'dashscope/qwen-max': 'qwen',
      'dashscope/qwen3-max': 'qwen',
      'moonshot/kimi-k2.5': 'moonshot',
      'moonshot/moonshot-v1-8k': 'moonshot',
      'zai/glm-4.6': 'zhipu',
      'zai/glm-4.5': 'zhipu',
      'amazon-nova/nova-pro-v1': 'amazon',
      'command-a-03-2025': 'cohere',
    });
    expect(read.entries.find((e) => e.id === 'zai/glm-4.6')?.name).toBe('glm-4.6');
    expect(read.skipped).toEqual({ 'reseller route': 2 });
    // Without the catalog's providers, the adapter reads the six it started with: none of these.
    expect(() => litellm.read(LITELLM).entries).not.toThrow();
    expect(litellm.read(LITELLM).entries).toEqual([]);
  });

  it('compares them with the catalog’s models of those providers', () => {
    const read = litellm.read(LITELLM, providerLookup(catalog, 'litellm'));
    const found = compareWithCatalog(catalog, litellm, read, { asOf: '2026-08-12', minimum: 1 });
    const compared = new Set([...found.values, ...found.observations, ...found.held, ...found.notInCatalog].map((v) => v.model));
    for (const id of ['qwen-max', 'kimi-k2.5', 'glm-4.6', 'glm-4.5']) {
      expect(catalog.byId.has(id), id).toBe(true);
      expect(compared.has(id), id).toBe(true);
    }
    expect(found.mapped).toBeGreaterThanOrEqual(5);
    // A model the catalog lacks is a new model of its provider.
    expect(found.newModels).toContainEqual(expect.objectContaining({ id: 'moonshot/moonshot-v1-8k', provider: 'moonshot' }));
  });

  it('reads models.dev’s alibaba for Qwen’s own models only, and skips hosts', () => {
    const read = modelsdev.read(MODELSDEV, providerLookup(catalog, 'models.dev'));
    const byId = Object.fromEntries(read.entries.map((e) => [e.id, e.provider]));
    expect(byId).toEqual({ 'qwen-max': 'qwen', 'qwen-plus': 'qwen', 'glm-4.6': 'zhipu' });
    expect(read.skipped).toEqual({ 'other provider': 1, 'reseller route': 1 });
  });
});
