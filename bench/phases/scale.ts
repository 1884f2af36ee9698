// Scale, in process: ranking ("cheapest" over every model) at 150, 750, 1,500 and 3,000 models, and name
// resolution (resolveModel: exact id, display name, alias, vendor prefix, dated snapshot, partial name,
// typo, unknown) at each size. Pure functions over a Catalog: no HTTP, nothing else running.
import { resolveModel } from '../../src/catalog/resolve.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import { cheapest } from '../../src/cost/rank.ts';
import { subsetCatalog, type GeneratedDocs } from '../generate-catalog.ts';
import { timePerCall } from '../lib/stats.ts';

export const SIZES = [150, 750, 1500, 3000];

/** What people type, by the resolution rule it exercises; every name is a real model's (present at every size). */
export const QUERIES: { kind: string; query: string }[] = [
  { kind: 'exact id', query: 'gpt-4.1-mini' },
  { kind: 'display name', query: 'GPT 4.1 mini' },
  { kind: 'alias', query: 'sonnet 4.5' },
  { kind: 'vendor prefix', query: 'openai/gpt-4.1-mini' },
  { kind: 'dated snapshot', query: 'claude-sonnet-4-5-20250929' },
  { kind: 'partial (family rule)', query: 'sonnet' },
  { kind: 'typo', query: 'gpt-4.1-mnii' },
  { kind: 'unknown', query: 'llama-9-ultra' },
];

export interface RankPoint {
  models: number;
  /** Median ms per cheapest() call. */
  ms: number;
  p90Ms: number;
  /** Median µs per model (ms / models × 1000). */
  usPerModel: number;
  /** The same ranking for a batch profile (batch rates where a model has them). */
  batchMs?: number;
}

export interface ResolvePoint {
  models: number;
  kind: string;
  query: string;
  outcome: string;
  /** Median µs per resolveModel call. */
  us: number;
  p90Us: number;
}

export interface ScaleResult {
  asOf: string;
  ranking: RankPoint[];
  resolution: ResolvePoint[];
  /** Ranking's cost per model at the largest size over its cost per model at `growthFrom` models (1 = linear). */
  perModelGrowth: number;
  growthFrom: number;
  /** b in time ∝ models^b, least-squares over every size (1 = linear). */
  exponent: number;
  /** The slowest resolution (median) at the largest size, µs. */
  worstResolveUs: number;
}

export function runScale(docs: GeneratedDocs, options: { quick: boolean; log: (s: string) => void }): ScaleResult {
  const asOf = new Date().toISOString().slice(0, 10);
  const profile = defaultProfile(50_000_000);
  const ranking: RankPoint[] = [];
  const resolution: ResolvePoint[] = [];
  for (const n of SIZES) {
    const catalog = subsetCatalog(docs, n);
    const rank = timePerCall(() => cheapest(catalog, profile, {}, asOf, 10), { minMs: options.quick ? 300 : 1500, batchMs: 5 });
    const batch = timePerCall(() => cheapest(catalog, { ...profile, batch: true }, {}, asOf, 10), { minMs: options.quick ? 100 : 400, batchMs: 5 });
    ranking.push({ models: catalog.models.length, ms: rank.medianMs, p90Ms: rank.p90Ms, usPerModel: (rank.medianMs / catalog.models.length) * 1000, batchMs: batch.medianMs });
    for (const q of QUERIES) {
      const r = resolveModel(catalog, q.query);
      const outcome =
        r.kind === 'found'
          ? `${r.model.id} (${r.matchedBy})`
          : r.kind === 'ambiguous'
            ? `ambiguous (${r.candidates.length})`
            : `unknown${r.suggestions.length ? `, suggests ${r.suggestions.map((m) => m.id).join(', ')}` : ''}`;
      const t = timePerCall(() => resolveModel(catalog, q.query), { minMs: options.quick ? 60 : 250, batchMs: 2 });
      resolution.push({ models: catalog.models.length, kind: q.kind, query: q.query, outcome, us: t.medianMs * 1000, p90Us: t.p90Ms * 1000 });
    }
    options.log(
      `  ${catalog.models.length} models: cheapest ${rank.medianMs.toFixed(2)} ms (${((rank.medianMs / catalog.models.length) * 1000).toFixed(2)} µs/model); resolve ${resolution
        .filter((p) => p.models === catalog.models.length)
        .map((p) => `${p.kind} ${p.us.toFixed(1)} µs`)
        .join(', ')}`,
    );
  }
  // Growth is judged from 750 models up. The smallest catalog is cheaper per model (its working set stays in
  // CPU caches and the young generation), a constant factor; an algorithm worse than linear would keep the
  // cost per model rising from 750 to 1,500 to 3,000, which is what this compares.
  const from = ranking.find((p) => p.models >= 750) ?? (ranking[0] as RankPoint);
  const last = ranking[ranking.length - 1] as RankPoint;
  const largest = resolution.filter((p) => p.models === last.models);
  const xs = ranking.map((p) => Math.log(p.models));
  const ys = ranking.map((p) => Math.log(p.ms));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const exponent = xs.reduce((n, x, i) => n + (x - mx) * ((ys[i] as number) - my), 0) / xs.reduce((n, x) => n + (x - mx) ** 2, 0);
  return { asOf, ranking, resolution, perModelGrowth: last.usPerModel / from.usPerModel, growthFrom: from.models, exponent, worstResolveUs: Math.max(...largest.map((p) => p.us)) };
}
