// A small hand-made catalog for the lane rules: a few benchmarks, lanes and models whose every figure is set here,
// so the expected verdicts are worked out from the rules, not read off the shipped data.
import { Benchmark, type BenchmarkScore, type PriceEntry } from '../../src/catalog/schema.ts';
import { Lane } from '../../src/catalog/lanes-schema.ts';
import type { Catalog, CatalogModel } from '../../src/catalog/validate.ts';

export const AS_OF = '2026-11-22';
const source = { url: 'https://example.com/scores' };

export const BENCHMARKS = [
  { id: 'direct-pct', name: 'Direct Bench', measures: 'the lane itself', scale: { unit: 'percent', min: 0, max: 100 }, publishedBy: 'Direct', url: 'https://example.com/direct' },
  { id: 'other-pct', name: 'Other Bench', measures: 'the lane too', scale: { unit: 'percent', min: 0, max: 100 }, publishedBy: 'Other', url: 'https://example.com/other' },
  {
    id: 'index',
    name: 'Some Index',
    measures: 'a composite',
    scale: { unit: 'index', min: 0, max: 100 },
    publishedBy: 'Indexer',
    url: 'https://example.com/index',
    terms: 'attribution-only',
  },
  { id: 'arena', name: 'Arena', measures: 'preference votes', scale: { unit: 'elo', min: 0 }, publishedBy: 'Arena', url: 'https://example.com/arena' },
].map((b) => Benchmark.parse(b));

export const LANES = [
  {
    id: 'coding',
    name: 'Coding by evidence',
    description: 'hard coding',
    needs: { capabilities: ['function-calling'] },
    evidence: [
      { benchmark: 'direct-pct', weight: 'strong', floor: 40 },
      { benchmark: 'other-pct', weight: 'moderate' },
      { benchmark: 'index', weight: 'moderate', floor: 30, proxy: true },
      { benchmark: 'arena', weight: 'weak', proxy: true },
    ],
    decideBy: 'evidence',
    rationale: 'test',
  },
  {
    id: 'cheap-work',
    name: 'Work decided by price',
    description: 'volume work',
    needs: {},
    evidence: [
      { benchmark: 'direct-pct', weight: 'moderate', floor: 40 },
      { benchmark: 'index', weight: 'weak', proxy: true, margin: 5 },
    ],
    decideBy: 'price',
    rationale: 'test',
  },
  { id: 'long', name: 'Long inputs', description: 'long prompts', needs: { minInput: 400000 }, evidence: [], decideBy: 'price', rationale: 'test' },
].map((l) => Lane.parse(l));

export const score = (id: string, value: number, more: Partial<BenchmarkScore> = {}): BenchmarkScore => ({ id, score: value, source, checked: '2026-11-01', ...more });

/** A model with one price (USD per 1M) and only the figures a test gives it. */
export function model(id: string, input: number, output: number, more: Partial<CatalogModel> = {}): CatalogModel {
  const price: PriceEntry = { from: '2026-01-01', input, output, tiers: [], serviceTiers: {}, source: { url: 'https://example.com/prices' }, checked: '2026-11-01' };
  return {
    id,
    name: id.toUpperCase(),
    aliases: [],
    snapshots: [],
    family: id,
    status: 'active',
    contextWindow: 1_000_000,
    modalities: { input: ['text'], output: ['text'] },
    capabilities: { 'function-calling': true },
    license: 'proprietary',
    openWeights: false,
    pricing: [price],
    benchmarks: [],
    routes: [],
    surfaces: [],
    specSource: { url: 'https://example.com/specs' },
    specChecked: '2026-11-01',
    provider: 'acme',
    ...more,
  } as CatalogModel;
}

export function catalogOf(models: CatalogModel[]): Catalog {
  return {
    providers: [{ id: 'acme', name: 'Acme', website: 'https://example.com', pricingUrl: 'https://example.com/prices', prefixes: [] }],
    models,
    byId: new Map(models.map((m) => [m.id, m])),
    benchmarks: new Map(BENCHMARKS.map((b) => [b.id, b])),
    lanes: LANES,
    outOfScope: [],
  } as unknown as Catalog;
}
