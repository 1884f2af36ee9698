// Cheapest: every available model ranked by monthly cost for a profile, after filters.
// Ties (equal monthly cost) are broken by the lower output price, then the newer release, then the id.
import type { Capability, Modality } from '../catalog/schema.ts';
import { collectSources, type SourceRef } from '../catalog/sources.ts';
import type { Catalog, CatalogModel } from '../catalog/validate.ts';
import { unmetNeed } from '../lanes/verdicts.ts';
import { count, money, perMillion } from '../render/format.ts';
import { assumptions, type Assumptions } from './assumptions.ts';
import { priceProfile, type CostQuote } from './price.ts';
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

interface Check {
  filter: string;
  label: string;
  test: (m: CatalogModel, quote: CostQuote | undefined) => string | false;
}

/** Each active filter as a test that returns why the model qualifies, or false. */
function checks(catalog: Catalog, filters: RankFilters): Check[] {
  const list: Check[] = [];
  if (!filters.includeDeprecated) {
    list.push({ filter: 'status', label: 'deprecated', test: (m) => (m.status === 'deprecated' ? false : '') });
  }
  for (const capability of filters.need ?? []) {
    list.push({ filter: `need:${capability}`, label: `no ${capability}`, test: (m) => (m.capabilities[capability] === true ? capability : false) });
  }
  for (const modality of filters.inputModalities ?? []) {
    list.push({ filter: `input:${modality}`, label: `no ${modality} input`, test: (m) => (m.modalities.input.includes(modality) ? `${modality} input` : false) });
  }
  for (const modality of filters.outputModalities ?? []) {
    list.push({ filter: `output:${modality}`, label: `no ${modality} output`, test: (m) => (m.modalities.output.includes(modality) ? `${modality} output` : false) });
  }
  const minContext = filters.minContext;
  if (minContext !== undefined) {
    list.push({
      filter: 'minContext',
      label: `context below ${count(minContext)}`,
      test: (m) => (m.contextWindow >= minContext ? `context ${count(m.contextWindow)} ≥ ${count(minContext)}` : false),
    });
  }
  if (filters.providers && filters.providers.length > 0) {
    const wanted = new Set(filters.providers);
    list.push({ filter: 'provider', label: `not from ${filters.providers.join(' or ')}`, test: (m) => (wanted.has(m.provider) ? m.provider : false) });
  }
  if (filters.openWeights) {
    list.push({ filter: 'openWeights', label: 'not open weights', test: (m) => (m.openWeights ? `open weights (${m.license})` : false) });
  }
  for (const floor of filters.benchmarkFloors ?? []) {
    const name = catalog.benchmarks.get(floor.benchmark)?.name ?? floor.benchmark;
    list.push({
      filter: `benchmark:${floor.benchmark}`,
      label: `${name} below ${floor.min} or untested`,
      test: (m) => {
        const s = m.benchmarks.find((b) => b.id === floor.benchmark)?.score;
        return s !== undefined && s >= floor.min ? `${name} ${s} ≥ ${floor.min}` : false;
      },
    });
  }
  const lane = filters.lane === undefined ? undefined : catalog.lanes.find((l) => l.id === filters.lane);
  if (lane) {
    list.push({ filter: `lane:${lane.id}`, label: `does not meet the ${lane.id} lane's needs`, test: (m) => (unmetNeed(lane, m) === undefined ? `fits ${lane.id}` : false) });
  }
  const maxPerMillion = filters.maxPerMillion;
  if (maxPerMillion !== undefined) {
    list.push({
      filter: 'maxPerMillion',
      label: `blended price above ${perMillion(maxPerMillion)}`,
      test: (_m, q) => (q && q.blendedPerMillion <= maxPerMillion ? `${perMillion(q.blendedPerMillion)} ≤ ${perMillion(maxPerMillion)}` : false),
    });
  }
  const maxOutput = filters.maxOutputPerMillion;
  if (maxOutput !== undefined) {
    list.push({
      filter: 'maxOutputPerMillion',
      label: `output price above ${perMillion(maxOutput)}`,
      test: (_m, q) => (q && q.rates.output <= maxOutput ? `output ${perMillion(q.rates.output)} ≤ ${perMillion(maxOutput)}` : false),
    });
  }
  const maxMonthly = filters.maxMonthlyUsd;
  if (maxMonthly !== undefined) {
    list.push({
      filter: 'maxMonthlyUsd',
      label: `above ${money(maxMonthly)} a month`,
      test: (_m, q) => (q && q.monthlyUsd <= maxMonthly ? `${money(q.monthlyUsd)} ≤ ${money(maxMonthly)} a month` : false),
    });
  }
  return list;
}

export function compareRanked(a: { quote: CostQuote; model: CatalogModel }, b: { quote: CostQuote; model: CatalogModel }): number {
  return (
    a.quote.monthlyUsd - b.quote.monthlyUsd ||
    a.quote.rates.output - b.quote.rates.output ||
    (b.model.released ?? '').localeCompare(a.model.released ?? '') ||
    a.model.id.localeCompare(b.model.id)
  );
}

export function cheapest(catalog: Catalog, profile: UsageProfile, filters: RankFilters, asOf: string, top = 10): CheapestAnswer {
  const tests = checks(catalog, filters);
  const excludedCounts = new Map(tests.map((t) => [t.filter, 0]));
  const passed: { model: CatalogModel; quote: CostQuote; why: string[] }[] = [];
  const unpriced: { model: string; reason: string }[] = [];

  for (const model of catalog.models) {
    const q = priceProfile(model, profile, asOf);
    const quote = q.ok ? q : undefined;
    const why: string[] = [];
    let failed = false;
    // Each filter counts every model it excludes, independently of the others.
    for (const t of tests) {
      const result = t.test(model, quote);
      if (result === false) {
        // Price filters cannot judge a model without a price; it is reported as unpriced instead.
        if (!quote && t.filter.startsWith('max')) continue;
        excludedCounts.set(t.filter, (excludedCounts.get(t.filter) ?? 0) + 1);
        failed = true;
      } else if (result !== '') {
        why.push(result);
      }
    }
    if (failed) continue;
    if (!q.ok) {
      unpriced.push({ model: model.id, reason: q.reason });
      continue;
    }
    passed.push({ model, quote: q, why });
  }

  passed.sort(compareRanked);
  const shown = passed.slice(0, Math.max(1, top));
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
    eligible: passed.length,
    considered: catalog.models.length,
    excluded: tests.map((t) => ({ filter: t.filter, label: t.label, count: excludedCounts.get(t.filter) ?? 0 })),
    unpriced,
    filters,
    assumptions: assumptions(profile, asOf),
    tieBreak: TIE_BREAK,
    sources: collectSources(shown.map(({ model, quote }) => ({ what: `${model.id} prices`, source: quote.source, checked: quote.checked }))),
  };
}
