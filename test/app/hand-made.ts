// Small hand-made catalogs for tests of the overlay, notices and the digest: every model parsed by the catalog's
// own schema (so defaults are filled in as they are for data/), the figures chosen by each test.
import { Model, type PriceEntry } from '../../src/catalog/schema.ts';
import type { Catalog, CatalogModel } from '../../src/catalog/validate.ts';

export const SOURCE = { url: 'https://example.com/pricing' };

export type EntryInput = { from: string; input: number; output: number; checked: string } & Partial<Omit<PriceEntry, 'from' | 'input' | 'output' | 'checked'>>;

export interface ModelInput {
  id: string;
  name?: string;
  provider?: string;
  pricing: EntryInput[];
  status?: 'active' | 'preview' | 'deprecated';
  released?: string;
  deprecated?: string;
  retires?: string;
  replacement?: string;
}

export function handMadeModel(input: ModelInput): CatalogModel {
  const model = Model.parse({
    id: input.id,
    name: input.name ?? input.id,
    family: input.id,
    status: input.status ?? 'active',
    ...(input.released ? { released: input.released } : {}),
    ...(input.deprecated ? { deprecated: input.deprecated } : {}),
    ...(input.retires ? { retires: input.retires } : {}),
    ...(input.replacement ? { replacement: input.replacement } : {}),
    contextWindow: 128_000,
    modalities: { input: ['text'], output: ['text'] },
    license: 'proprietary',
    openWeights: false,
    pricing: input.pricing.map((e) => ({ source: SOURCE, ...e })),
    specSource: SOURCE,
    specChecked: input.pricing[0]!.checked,
  });
  return { ...model, provider: input.provider ?? 'acme' };
}

export function handMadeCatalog(models: ModelInput[]): Catalog {
  const built = models.map(handMadeModel);
  // Lists the catalog may grow (models out of scope) are empty here.
  return {
    outOfScope: [],
    providers: [{ id: 'acme', name: 'Acme', website: 'https://example.com', pricingUrl: 'https://example.com/pricing', prefixes: [] }],
    models: built,
    byId: new Map(built.map((m) => [m.id, m])),
    benchmarks: new Map(),
    lanes: [],
  } as Catalog;
}
