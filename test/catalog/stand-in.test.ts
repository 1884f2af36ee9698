// Whether a model can stand in for another, on the real catalog: each of the three needs (capabilities, inputs,
// context) decides on its own, and the ranking's "instead of" filter keeps exactly the models that can.
import { describe, expect, it } from 'vitest';
import { canStandIn } from '../../src/catalog/needs.ts';
import type { CatalogModel } from '../../src/catalog/validate.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import { cheapest } from '../../src/cost/rank.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const AS_OF = '2026-12-02';
const PLATFORM = ['prompt-caching', 'batch-api', 'fine-tuning', 'web-search', 'code-execution'];

const has = (m: CatalogModel, ref: CatalogModel, part: 'capabilities' | 'inputs' | 'context') => {
  // What the platform offers around a model (batch, caching, fine-tuning, hosted search and code tools) is not asked.
  if (part === 'capabilities')
    return Object.entries(ref.capabilities).every(([c, yes]) => yes !== true || PLATFORM.includes(c) || m.capabilities[c as keyof CatalogModel['capabilities']] === true);
  if (part === 'inputs') return ref.modalities.input.every((x) => m.modalities.input.includes(x));
  return m.contextWindow >= ref.contextWindow;
};

describe('standing in for a model', () => {
  it('fails on each need alone: a model with everything but the context, or the inputs, or a capability', () => {
    for (const part of ['capabilities', 'inputs', 'context'] as const) {
      const others = (['capabilities', 'inputs', 'context'] as const).filter((p) => p !== part);
      const pair = catalog.models
        .flatMap((ref) => catalog.models.map((m) => [m, ref] as const))
        .find(([m, ref]) => m !== ref && others.every((p) => has(m, ref, p)) && !has(m, ref, part));
      if (!pair) throw new Error(`the catalog needs two models that differ only in ${part}`);
      expect(canStandIn(pair[0], pair[1]), `${pair[0].id} for ${pair[1].id} (${part})`).toBe(false);
    }
  });

  it('"instead of" keeps every model that can stand in and no other, leaving the model itself out', () => {
    for (const id of ['gpt-4o', 'claude-sonnet-4-5', 'gemini-2.5-flash']) {
      const ref = catalog.byId.get(id) as CatalogModel;
      const ranked = cheapest(catalog, defaultProfile(), { like: id, includeDeprecated: true }, AS_OF, 1000);
      for (const r of ranked.ranking) expect(canStandIn(catalog.byId.get(r.model) as CatalogModel, ref), r.model).toBe(true);
      expect(ranked.ranking.map((r) => r.model)).not.toContain(id);
      const smaller = catalog.models.filter((m) => has(m, ref, 'capabilities') && has(m, ref, 'inputs') && !has(m, ref, 'context'));
      for (const m of smaller) expect(ranked.ranking.map((r) => r.model)).not.toContain(m.id);
    }
  });
});
