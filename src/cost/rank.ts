// Cheapest: every available model ranked by monthly cost for a profile, after filters.
// Ties (equal monthly cost) are broken by the lower output price, then the newer release, then the id.
import type { Capability, Modality } from '../catalog/schema.ts';
import { collectSources, type SourceRef } from '../catalog/sources.ts';
import type { Catalog, CatalogModel } from '../catalog/validate.ts';
import { unmetNeed } from '../catalog/needs.ts';
import { count, money, perMillion } from './format.ts';
import { assumptions, type Assumptions } from './assumptions.ts';
import { exact, MILLION, priceProfile, rawCost, type CostQuote } from './price.ts';
import type { UsageProfile } from './profile.ts';

export interface RankFilters {
  need?: Capability[];
  inputModalities?: Modality[];
  outputModalities?: Modality[];
  minContext?: number;
  providers?: string[];
  openWeights?: boolean;
  /** Maximum blended USD per 1M tokens at the profile's mix. */
  maxPerMillion?: number;
  /** Maximum USD per 1M output tokens. */
  maxOutputPerMillion?: number;
  maxMonthlyUsd?: number;
  benchmarkFloors?: { benchmark: string; min: number }[];
  lane?: string;
  includeDeprecated?: boolean;
}

export interface Ranked {
  model: string;
  name: string;
  provider: string;
  status: string;
  monthlyUsd: number;
  blendedPerMillion: number;
  /** Why it qualifies: the filters it meets, in words. */
  why: string[];
  notes: string[];
}

export interface Exclusion {
  filter: string;
  label: string;
  count: number;
}

export interface CheapestAnswer {
  kind: 'cheapest';
  ranking: Ranked[];
  /** How many models passed every filter (the ranking shows the top N of them). */
  eligible: number;
  considered: number;
  excluded: Exclusion[];
  /** Models that passed the filters but have no price for this profile (e.g. no batch price). */
  unpriced: { model: string; reason: string }[];
  filters: RankFilters;
  assumptions: Assumptions;
  tieBreak: string;
  sources: SourceRef[];
}

export const TIE_BREAK = 'equal monthly costs are ordered by the lower output price, then the newer release, then the id';

/** A model's month before rounding (tokens × USD per 1M) and the output rate behind it: what ranking needs. */
interface Priced {
  total: number;
  outputRate: number;
}

interface Check {
  filter: string;
  label: string;
  /** Whether the model passes (price filters judge from the raw cost; they are skipped without one). */
  passes: (m: CatalogModel, cost: Priced | undefined) => boolean;
  /** Why a passing model qualifies, in words ('' for nothing worth saying): only for the rows shown. */
  why: (m: CatalogModel, quote: CostQuote) => string;
}

/** Each active filter as a test and, for the models shown, the reason they meet it. */
function checks(catalog: Catalog, filters: RankFilters, profile: UsageProfile): Check[] {
  const list: Check[] = [];
  if (!filters.includeDeprecated) {
    list.push({ filter: 'status', label: 'deprecated', passes: (m) => m.status !== 'deprecated', why: () => '' });
  }
  for (const capability of filters.need ?? []) {
    list.push({ filter: `need:${capability}`, label: `no ${capability}`, passes: (m) => m.capabilities[capability] === true, why: () => capability });
  }
  for (const modality of filters.inputModalities ?? []) {
    list.push({ filter: `input:${modality}`, label: `no ${modality} input`, passes: (m) => m.modalities.input.includes(modality), why: () => `${modality} input` });
  }
  for (const modality of filters.outputModalities ?? []) {
    list.push({ filter: `output:${modality}`, label: `no ${modality} output`, passes: (m) => m.modalities.output.includes(modality), why: () => `${modality} output` });
  }
  const minContext = filters.minContext;
  if (minContext !== undefined) {
    list.push({
      filter: 'minContext',
      label: `context below ${count(minContext)}`,
      passes: (m) => m.contextWindow >= minContext,
      why: (m) => `context ${count(m.contextWindow)} ≥ ${count(minContext)}`,
    });
  }
  if (filters.providers && filters.providers.length > 0) {
    const wanted = new Set(filters.providers);
    list.push({ filter: 'provider', label: `not from ${filters.providers.join(' or ')}`, passes: (m) => wanted.has(m.provider), why: (m) => m.provider });
  }
  if (filters.openWeights) {
    list.push({ filter: 'openWeights', label: 'not open weights', passes: (m) => m.openWeights === true, why: (m) => `open weights (${m.license})` });
  }
  for (const floor of filters.benchmarkFloors ?? []) {
    const name = catalog.benchmarks.get(floor.benchmark)?.name ?? floor.benchmark;
    const score = (m: CatalogModel) => m.benchmarks.find((b) => b.id === floor.benchmark)?.score;
    list.push({
      filter: `benchmark:${floor.benchmark}`,
      label: `${name} below ${floor.min} or untested`,
      passes: (m) => (score(m) ?? Number.NEGATIVE_INFINITY) >= floor.min,
      why: (m) => `${name} ${score(m)} ≥ ${floor.min}`,
    });
  }
  const lane = filters.lane === undefined ? undefined : catalog.lanes.find((l) => l.id === filters.lane);
  if (lane) {
    list.push({ filter: `lane:${lane.id}`, label: `does not meet the ${lane.id} lane's needs`, passes: (m) => unmetNeed(lane, m) === undefined, why: () => `fits ${lane.id}` });
  }
  // Price filters compare the rounded figures a quote would show, so a bill of exactly the limit passes.
  const maxPerMillion = filters.maxPerMillion;
  if (maxPerMillion !== undefined) {
    list.push({
      filter: 'maxPerMillion',
      label: `blended price above ${perMillion(maxPerMillion)}`,
      passes: (_m, c) => c !== undefined && exact(c.total / profile.tokensPerMonth) <= maxPerMillion,
      why: (_m, q) => `${perMillion(q.blendedPerMillion)} ≤ ${perMillion(maxPerMillion)}`,
    });
  }
  const maxOutput = filters.maxOutputPerMillion;
  if (maxOutput !== undefined) {
    list.push({
      filter: 'maxOutputPerMillion',
      label: `output price above ${perMillion(maxOutput)}`,
      passes: (_m, c) => c !== undefined && c.outputRate <= maxOutput,
      why: (_m, q) => `output ${perMillion(q.rates.output)} ≤ ${perMillion(maxOutput)}`,
    });
  }
  const maxMonthly = filters.maxMonthlyUsd;
  if (maxMonthly !== undefined) {
    list.push({
      filter: 'maxMonthlyUsd',
      label: `above ${money(maxMonthly)} a month`,
      passes: (_m, c) => c !== undefined && exact(c.total / MILLION) <= maxMonthly,
      why: (_m, q) => `${money(q.monthlyUsd)} ≤ ${money(maxMonthly)} a month`,
    });
  }
  return list;
}

/** Equal to 12 significant digits: float noise in a sum never decides an order (exact() keeps 15 for display). */
const sameCost = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));

interface Candidate extends Priced {
  model: CatalogModel;
}

/** The ranking order, with the tie-break of TIE_BREAK. */
function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    (sameCost(a.total, b.total) ? 0 : a.total - b.total) ||
    a.outputRate - b.outputRate ||
    (b.model.released ?? '').localeCompare(a.model.released ?? '') ||
    a.model.id.localeCompare(b.model.id)
  );
}

export function cheapest(catalog: Catalog, profile: UsageProfile, filters: RankFilters, asOf: string, top = 10): CheapestAnswer {
  const tests = checks(catalog, filters, profile);
  const excludedCounts = tests.map(() => 0);
  const candidates: Candidate[] = [];
  const unpriced: { model: string; reason: string }[] = [];

  for (const model of catalog.models) {
    const raw = rawCost(model, profile, asOf);
    const cost: Priced | undefined = raw.ok ? { total: raw.total, outputRate: raw.rates.output } : undefined;
    let failed = false;
    // Each filter counts every model it excludes, independently of the others.
    tests.forEach((t, i) => {
      if (t.passes(model, cost)) return;
      // Price filters cannot judge a model without a price; it is reported as unpriced instead.
      if (!cost && t.filter.startsWith('max')) return;
      excludedCounts[i] = (excludedCounts[i] as number) + 1;
      failed = true;
    });
    if (failed) continue;
    if (!raw.ok) unpriced.push({ model: model.id, reason: raw.reason });
    else candidates.push({ model, total: raw.total, outputRate: raw.rates.output });
  }
  candidates.sort(compareCandidates);

  const shown = candidates.slice(0, Math.max(1, top)).map(({ model }) => {
    const quote = priceProfile(model, profile, asOf) as CostQuote;
    const why = tests.map((t) => t.why(model, quote)).filter((w) => w !== '');
    return { model, quote, why };
  });
  return {
    kind: 'cheapest',
    ranking: shown.map(({ model, quote, why }) => ({
      model: model.id,
      name: model.name,
      provider: model.provider,
      status: model.status,
      monthlyUsd: quote.monthlyUsd,
      blendedPerMillion: quote.blendedPerMillion,
      why: why.length > 0 ? why : ['no filter asked; ranked on price alone'],
      notes: [...quote.notes, ...(model.status === 'preview' ? [`${model.id} is a preview`] : [])],
    })),
    eligible: candidates.length,
    considered: catalog.models.length,
    excluded: tests.map((t, i) => ({ filter: t.filter, label: t.label, count: excludedCounts[i] ?? 0 })),
    unpriced,
    filters,
    assumptions: assumptions(profile, asOf),
    tieBreak: TIE_BREAK,
    sources: collectSources(shown.map(({ model, quote }) => ({ what: `${model.id} prices`, source: quote.source, checked: quote.checked }))),
  };
}
