// Shared by the sync tests: the fixtures (real-format slices, see test/fixtures/sync/README.md) and a way to give a
// test its own version of one catalog model's current price.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PriceEntry, Route } from '../../src/catalog/schema.ts';
import type { Catalog, CatalogModel } from '../../src/catalog/validate.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/sync/', import.meta.url));

export const fixturePath = {
  litellm: `${FIXTURES}litellm-prices.json`,
  openrouter: `${FIXTURES}openrouter-models.json`,
  'models.dev': `${FIXTURES}modelsdev-api.json`,
} as const;

export function fixtureText(source: keyof typeof fixturePath): string {
  return readFileSync(fixturePath[source], 'utf8');
}

export function fixture(source: keyof typeof fixturePath): unknown {
  return JSON.parse(fixtureText(source));
}

/** The OpenRouter fixture as an object, for tests that derive a bad document from it. */
export function openrouterFixture(): { data: { id: string; pricing: Record<string, unknown> }[]; total_count: number } {
  return fixture('openrouter') as { data: { id: string; pricing: Record<string, unknown> }[]; total_count: number };
}

/**
 * A catalog in which `id`'s latest price entry has `patch` applied (a test device: "suppose the catalog said …").
 * Everything else is the real catalog.
 */
export function withPrice(catalog: Catalog, id: string, patch: Partial<PriceEntry>): Catalog {
  const model = catalog.byId.get(id);
  if (!model) throw new Error(`no model ${id}`);
  const pricing = model.pricing.map((p, i) => (i === model.pricing.length - 1 ? { ...p, ...patch } : p));
  const changed: CatalogModel = { ...model, pricing };
  const models = catalog.models.map((m) => (m.id === id ? changed : m));
  return { ...catalog, models, byId: new Map(models.map((m) => [m.id, m])) };
}

/** A catalog in which the route `routeId` of `id` has `patch` applied. Everything else is the catalog given. */
export function withRoutePrice(catalog: Catalog, id: string, routeId: string, patch: Partial<Route>): Catalog {
  const model = catalog.byId.get(id);
  if (!model?.routes.some((r) => r.id === routeId)) throw new Error(`no route ${routeId} of ${id}`);
  const changed: CatalogModel = { ...model, routes: model.routes.map((r) => (r.id === routeId ? { ...r, ...patch } : r)) };
  const models = catalog.models.map((m) => (m.id === id ? changed : m));
  return { ...catalog, models, byId: new Map(models.map((m) => [m.id, m])) };
}
