// The data behind the price-against-quality chart: each priced model with a score on one benchmark (the
// arena score by default, or a lane's own benchmark), its blended price at the profile, quality bands over
// the scores, and the cheapest model of each band. A pure function of the catalog, like every answer.
import type { Catalog } from '../catalog/validate.ts';
import type { Assumptions } from '../cost/assumptions.ts';
import type { UsageProfile } from '../cost/profile.ts';
import { cheapest, type RankFilters } from '../cost/rank.ts';
import { ARENA_SCORE } from '../ask/intents.ts';

export interface ScoredPoint {
  model: string;
  name: string;
  provider: string;
  /** USD per 1M tokens at the profile's mix, at the model's cheapest paid route. */
  blendedPerMillion: number;
  /** Where that price is bought ("OpenAI", "Groq"). */
  pricedAt: string;
  score: number;
  /** Index into `bands`. */
  band: number;
  /** The cheapest model of its band. */
  cheapestInBand: boolean;
}

export interface QualityBand {
  from: number;
  to: number;
  /** The band's cheapest model; null for a band no model falls in. */
  cheapest: string | null;
}

export interface PriceScoreAnswer {
  kind: 'price-vs-score';
  benchmark: string;
  benchmarkName: string;
  /** "percent" or "score": how the benchmark's figures read. */
  unit: string;
  /** The lane the benchmark was taken from, if one was asked for. */
  lane: string | null;
  /** The benchmark stands in for the lane's work (a proxy), not measures it. */
  proxy: boolean;
  points: ScoredPoint[];
  bands: QualityBand[];
  /** Priced models that passed the filters; those without a score on the benchmark are left out and counted. */
  priced: number;
  unscored: number;
  assumptions: Assumptions;
}

export const DEFAULT_BENCHMARK = ARENA_SCORE;
const BANDS = 5;

/** The benchmark a lane is judged on first: its first direct (non-proxy) benchmark, else its first proxy. */
export function laneBenchmark(catalog: Catalog, laneId: string): { benchmark: string; proxy: boolean } | undefined {
  const lane = catalog.lanes.find((l) => l.id === laneId);
  const direct = lane?.evidence.find((e) => !e.proxy) ?? lane?.evidence[0];
  return direct ? { benchmark: direct.benchmark, proxy: direct.proxy } : undefined;
}

export function priceVsScore(
  catalog: Catalog,
  profile: UsageProfile,
  filters: RankFilters,
  asOf: string,
  pick: { benchmark?: string; lane?: string } = {},
): PriceScoreAnswer | { kind: 'no-benchmark'; message: string } {
  const fromLane = pick.lane ? laneBenchmark(catalog, pick.lane) : undefined;
  if (pick.lane && !fromLane) return { kind: 'no-benchmark', message: `The lane ${pick.lane} lists no benchmark to chart against.` };
  const benchmark = fromLane?.benchmark ?? pick.benchmark ?? DEFAULT_BENCHMARK;
  const meta = catalog.benchmarks.get(benchmark);
  if (!meta) return { kind: 'no-benchmark', message: `No benchmark is called ${benchmark}. Benchmarks: ${[...catalog.benchmarks.keys()].join(', ')}.` };
  // Every model that passes the filters, at its cheapest paid route (free endpoints never rank).
  const ranked = cheapest(catalog, profile, filters, asOf, catalog.models.length);
  const scored = ranked.ranking.flatMap((r) => {
    const scores = (catalog.byId.get(r.model)?.benchmarks ?? []).filter((b) => b.id === benchmark).map((b) => b.score);
    return scores.length > 0 && r.blendedPerMillion > 0 ? [{ r, score: Math.max(...scores) }] : [];
  });
  const lo = Math.min(...scored.map((s) => s.score));
  const hi = Math.max(...scored.map((s) => s.score));
  const width = (hi - lo) / BANDS;
  const bandOf = (score: number) => (width > 0 ? Math.min(BANDS - 1, Math.floor((score - lo) / width)) : 0);
  const points: ScoredPoint[] = scored.map(({ r, score }) => ({
    model: r.model,
    name: r.name,
    provider: r.provider,
    blendedPerMillion: r.blendedPerMillion,
    pricedAt: r.route.name,
    score,
    band: bandOf(score),
    cheapestInBand: false,
  }));
  const bands: QualityBand[] =
    scored.length === 0 ? [] : Array.from({ length: width > 0 ? BANDS : 1 }, (_, i) => ({ from: lo + i * width, to: width > 0 ? lo + (i + 1) * width : hi, cheapest: null }));
  for (const [i, band] of bands.entries()) {
    const members = points.filter((p) => p.band === i);
    // The ranking is already cheapest first, ties broken by its rule.
    const first = members[0];
    if (first) {
      first.cheapestInBand = true;
      band.cheapest = first.model;
    }
  }
  return {
    kind: 'price-vs-score',
    benchmark,
    benchmarkName: meta.name,
    unit: meta.scale.unit,
    lane: pick.lane ?? null,
    proxy: fromLane?.proxy ?? false,
    points,
    bands,
    priced: ranked.ranking.length,
    unscored: ranked.ranking.length - points.length,
    assumptions: ranked.assumptions,
  };
}
