// Best in lane across the catalog, and the lanes answer for a set of models.
import { quotedPrice } from '../catalog/history.ts';
import { collectSources, type SourceRef } from '../catalog/sources.ts';
import { statusOn } from '../catalog/lifecycle.ts';
import type { Catalog, CatalogModel } from '../catalog/validate.ts';
import { assumptions, type Assumptions } from '../cost/assumptions.ts';
import type { UsageProfile } from '../cost/profile.ts';
import { cheapest, firstAround, type Exclusion, type Placement, type RankFilters } from '../cost/rank.ts';
import { money, perMillion } from '../cost/format.ts';
import { priceScoreFrontier } from '../cost/frontier.ts';
import type { Lane } from '../catalog/lanes-schema.ts';
import type { Source } from '../catalog/schema.ts';
import { maxInputOf, unmetNeed } from '../catalog/needs.ts';
import { allLaneVerdicts, lanePrice, laneScores, laneStrength, scoreText, type LaneVerdicts } from './verdicts.ts';
import { EVIDENCE_WEIGHTS } from '../catalog/lanes-schema.ts';
import { taskCostText, taskCosts, type TaskCost } from './runs.ts';

export interface LanesAnswer {
  kind: 'lanes';
  models: string[];
  lanes: LaneVerdicts[];
  assumptions: Assumptions;
  sources: SourceRef[];
}

export function lanesAnswer(catalog: Catalog, models: CatalogModel[], profile: UsageProfile, asOf: string): LanesAnswer {
  const lanes = allLaneVerdicts(catalog, models, profile, asOf);
  return {
    kind: 'lanes',
    models: models.map((m) => m.id),
    lanes,
    assumptions: assumptions(profile, asOf),
    sources: collectSources(lanes.flatMap((l) => l.sources)),
  };
}

export interface PickEvidence {
  benchmark: string;
  name: string;
  score: number;
  /** "77.3%", "1507". */
  text: string;
  setting: string | null;
  /** The lane lists it as a proxy: it stands in for the work, it does not measure it. */
  proxy: boolean;
  /** "vendor" for the model's vendor's own figure, "independent" otherwise. */
  reportedBy: 'vendor' | 'independent';
  /** The publisher's terms: answers show an attribution-only figure with its publisher. */
  publishedBy: string;
  source: Source;
  checked: string;
}

export interface BestPick {
  model: string;
  name: string;
  /** The lane price: USD per 1M at the profile, or credits per task. */
  price: string;
  monthlyUsd: number | null;
  /** How many scores the pick rests on, and each of them. */
  scores: number;
  evidence: PickEvidence[];
  /** On evidence-led lanes: the weighted share of the catalog's best on the lane's benchmarks the pick has (0..1). */
  strength: number | null;
  /** Where the lane needs a maximum input: the pick's (its context window where it publishes no separate limit). */
  maxInput?: number;
  /** Published runs with a cost: one benchmark's workload, beside the per-token price. */
  costPerTask: TaskCost[];
  why: string;
}

export interface BestAnswer {
  kind: 'best';
  lane: string;
  name: string;
  description: string;
  decideBy: Lane['decideBy'];
  /** "Best value", "best cheap model for …": only the models no other beats on both price and lane strength, cheapest first. */
  value: boolean;
  picks: BestPick[];
  /** The place of the first pick shown: 1, or later when asked ("the second best", "ranks 6 to 10"). */
  firstPlace: number;
  /** When one model's place was asked: that place among the picks, and the picks shown are the ones around it. */
  placed?: Placement;
  /** How many models the lane's rule ranks (the picks are `firstPlace` on of them). */
  picked: number;
  /** Models meeting the needs that have no score on any of the lane's benchmarks: said, never filled in. */
  untested: number;
  /** Models meeting the needs and floors. */
  eligible: number;
  /** Models meeting the lane's needs before the filters asked ("under $10 a month") are applied. */
  meetNeeds: number;
  /** What each filter left out (the lane's needs, lifecycle and every filter asked: "under $5 per million output"). */
  excluded: Exclusion[];
  rule: string;
  /**
   * Where price decides the lane, the strongest model on its benchmarks when the picks shown leave it out: its place by
   * the lane's rule, its scores and price, so a far stronger model is never hidden behind the cheaper ones.
   */
  strongest: { model: string; name: string; place: number; strength: number; evidence: PickEvidence[]; price: string } | null;
  assumptions: Assumptions;
  sources: SourceRef[];
}

export function findLane(catalog: Catalog, text: string): Lane | undefined {
  const t = text.trim().toLowerCase();
  return catalog.lanes.find((l) => l.id === t) ?? catalog.lanes.find((l) => l.keywords.some((k) => k.toLowerCase() === t));
}

/** A pick's lane scores, each with its setting, source and whether it is a proxy. */
export function pickEvidence(catalog: Catalog, lane: Lane, model: CatalogModel): PickEvidence[] {
  return laneScores(lane, model).map(({ entry, score }) => {
    const meta = catalog.benchmarks.get(entry.benchmark);
    const shown = model.benchmarks.find((b) => b.id === entry.benchmark && b.score === score) as CatalogModel['benchmarks'][number];
    return {
      benchmark: entry.benchmark,
      name: meta?.name ?? entry.benchmark,
      score,
      text: scoreText(catalog, entry.benchmark, score),
      setting: shown.setting ?? null,
      proxy: entry.proxy,
      reportedBy: shown.reportedBy ?? 'independent',
      publishedBy: meta?.publishedBy ?? '',
      source: shown.source,
      checked: shown.checked,
    };
  });
}

function evidenceLine(e: PickEvidence): string {
  return `${e.name} ${e.text}${e.proxy ? ' (proxy)' : ''}${e.reportedBy === 'vendor' ? ' (vendor-reported)' : ''}`;
}

/**
 * The top models for a lane, among those that meet its needs and floors (deprecated ones only when asked).
 * Lanes without benchmarks: cheapest first. Price-led lanes: models resting on two or more lane scores first, then
 * cheapest first, among models with a lane score.
 * Evidence-led lanes: models resting on two or more lane scores first, then by their strength on the lane's
 * declared benchmarks (each score as a share of the catalog's best, weighted), then by price.
 */
export function best(
  catalog: Catalog,
  lane: Lane,
  profile: UsageProfile,
  filters: RankFilters,
  asOf: string,
  top = 5,
  value = false,
  skip = 0,
  placeOf?: CatalogModel,
): BestAnswer {
  const candidates = catalog.models.filter((m) => (filters.includeDeprecated || m.status !== 'deprecated') && unmetNeed(lane, m) === undefined);
  const ranking = cheapest(catalog, profile, { ...filters, lane: lane.id }, asOf, Number.MAX_SAFE_INTEGER, 'price', 0, placeOf);
  const ranked = ranking.ranking;
  const allowed = new Set(ranked.map((r) => r.model));
  const eligible = candidates.filter((m) => allowed.has(m.id));
  const hasEvidence = (m: CatalogModel) => laneScores(lane, m).length > 0;
  const untested = lane.evidence.length > 0 ? eligible.filter((m) => !hasEvidence(m)).length : 0;
  // A lane priced in dollars takes each model at its cheapest way of buying (as the ranking does), not only at its provider's price.
  const rankedOf = new Map(ranked.map((r) => [r.model, r]));
  const priceNow = (m: CatalogModel): { value: number; text: string } | undefined => {
    const r = lane.priceMetric === 'usd' ? rankedOf.get(m.id) : undefined;
    if (!r) return lanePrice(lane, m, profile, asOf);
    const own = r.route.host === r.provider;
    return { value: r.blendedPerMillion, text: `${perMillion(r.blendedPerMillion)}${own ? '' : ` via ${r.route.name}`}` };
  };
  const priceOf = (m: CatalogModel) => priceNow(m)?.value ?? Number.POSITIVE_INFINITY;
  const floors = lane.evidence.filter((e) => e.floor !== undefined).map((e) => `${e.benchmark} ≥ ${e.floor}`);
  const floorText = floors.length > 0 ? `; floors: ${floors.join(', ')}` : '';

  let picked: CatalogModel[];
  let rule: string;
  const strength = new Map(eligible.map((m) => [m.id, laneStrength(catalog, lane, m)]));
  const weights = () =>
    [...lane.evidence].sort((a, b) => EVIDENCE_WEIGHTS[b.weight] - EVIDENCE_WEIGHTS[a.weight]).map((e) => `${e.benchmark} ${e.weight}${e.proxy ? ' (proxy)' : ''}`);
  if (lane.evidence.length === 0) {
    picked = [...eligible].sort((a, b) => priceOf(a) - priceOf(b) || a.id.localeCompare(b.id));
    rule = `cheapest first among models that meet the needs${lane.needs.minInput !== undefined ? ` (maximum input ≥ ${lane.needs.minInput.toLocaleString('en-US')} tokens)` : ''}; no benchmark in the catalog measures this lane`;
  } else if (value) {
    picked = priceScoreFrontier(eligible.filter(hasEvidence), priceOf, (m) => strength.get(m.id));
    rule = `best value: only the models no other beats on both price and strength (each score as a share of the catalog's best on that benchmark, weighted ${weights().join(', ')}${floorText}), cheapest first; untested models are left out`;
  } else if (lane.decideBy === 'price') {
    const count = (m: CatalogModel) => laneScores(lane, m).length;
    picked = eligible.filter(hasEvidence).sort((a, b) => Number(count(b) >= 2) - Number(count(a) >= 2) || priceOf(a) - priceOf(b) || a.id.localeCompare(b.id));
    rule = `models resting on two or more lane scores first, then cheapest first, among models that meet the needs and have a score on ${lane.evidence.map((e) => `${e.benchmark}${e.proxy ? ' (proxy)' : ''}`).join(', ')}${floorText}; untested models are left out`;
  } else {
    const count = (m: CatalogModel) => laneScores(lane, m).length;
    picked = eligible
      .filter(hasEvidence)
      .sort(
        (a, b) => Number(count(b) >= 2) - Number(count(a) >= 2) || (strength.get(b.id) ?? 0) - (strength.get(a.id) ?? 0) || priceOf(a) - priceOf(b) || a.id.localeCompare(b.id),
      );
    rule = `models resting on two or more lane scores first, then by strength: each score as a share of the catalog's best on that benchmark, weighted ${weights().join(', ')}${floorText}; untested models are left out`;
  }

  const placed = placeOf ? lanePlacement(lane, picked, placeOf, ranking.placed, hasEvidence, value) : undefined;
  const from = placed?.place != null ? firstAround(placed.place, top) : skip;
  const picks = picked.slice(from, from + top).map((m): BestPick => {
    const p = priceNow(m);
    const monthly = rankedOf.get(m.id)?.monthlyUsd ?? null;
    const evidence = pickEvidence(catalog, lane, m);
    const costs = taskCosts(catalog, m);
    const s = (lane.decideBy === 'evidence' || value) && lane.evidence.length > 0 ? (strength.get(m.id) ?? null) : null;
    const input = lane.needs.minInput !== undefined ? maxInputOf(m) : undefined;
    return {
      model: m.id,
      name: m.name,
      price: p?.text ?? 'no price for this profile',
      monthlyUsd: monthly,
      scores: evidence.length,
      evidence,
      strength: s === null ? null : Number(s.toFixed(4)),
      ...(input !== undefined ? { maxInput: input } : {}),
      costPerTask: costs,
      why: [
        evidence.length > 0 ? `${evidence.length} score${evidence.length === 1 ? '' : 's'}: ${evidence.map(evidenceLine).join(', ')}` : undefined,
        input !== undefined
          ? `maximum input ${input.toLocaleString('en-US')} tokens${m.maxInput === undefined ? ' (its context window; no separate input limit published)' : ''}`
          : undefined,
        p ? p.text : undefined,
        costs[0] ? taskCostText(costs[0]) : undefined,
        // A month's budget is said beside each pick, as a ranking says it, though it leaves nothing out.
        monthly !== null ? `${money(monthly)}${filters.maxMonthlyUsd !== undefined ? ` ≤ ${money(filters.maxMonthlyUsd)}` : ''} a month` : undefined,
      ]
        .filter(Boolean)
        .join('; '),
    };
  });
  const used = picked.slice(from, from + top);
  // The strongest of the models resting on two or more lane scores (else of every tested one), where price ranked it lower.
  const tested = picked.filter((m) => laneScores(lane, m).length >= 2);
  let stronger: CatalogModel | undefined;
  if (lane.decideBy === 'price' && !value)
    for (const m of tested.length > 0 ? tested : picked) if (!stronger || (strength.get(m.id) ?? 0) > (strength.get(stronger.id) ?? 0)) stronger = m;
  const strongest =
    stronger && !used.includes(stronger)
      ? {
          model: stronger.id,
          name: stronger.name,
          place: picked.indexOf(stronger) + 1,
          strength: Number((strength.get(stronger.id) ?? 0).toFixed(4)),
          evidence: pickEvidence(catalog, lane, stronger),
          price: priceNow(stronger)?.text ?? 'no price for this profile',
        }
      : null;
  return {
    kind: 'best',
    lane: lane.id,
    name: lane.name,
    description: lane.description,
    decideBy: lane.decideBy,
    value: value && lane.evidence.length > 0,
    picks,
    ...(placed ? { placed } : {}),
    firstPlace: from + 1,
    picked: picked.length,
    untested,
    eligible: eligible.length,
    meetNeeds: candidates.filter((m) => statusOn(m, asOf) !== 'retired').length,
    excluded: ranking.excluded.filter((e) => e.count > 0),
    rule,
    strongest,
    assumptions: assumptions(profile, asOf),
    sources: collectSources(
      used.flatMap((m) => [
        { what: `${m.id} prices`, source: quotedPrice(m, asOf).source, checked: quotedPrice(m, asOf).checked },
        ...m.benchmarks
          .filter((b) => lane.evidence.some((e) => e.benchmark === b.id) || b.run !== undefined)
          .map((b) => ({ what: `${m.id} ${b.id}`, source: b.source, checked: b.checked })),
      ]),
    ),
  };
}

/** One lane's first pick, in an answer of several lanes ("which model for each kind of work?"). */
export interface LanePick {
  lane: string;
  name: string;
  /** The lane's first pick by its rule, or null when none qualifies. */
  pick: BestPick | null;
  /** How many models the lane's rule ranks, and how many meet its needs but have no score on its benchmarks. */
  picked: number;
  untested: number;
}

export interface LanePicksAnswer {
  kind: 'lane-picks';
  /** "Best value for each lane": each lane's first on the price–strength frontier. */
  value: boolean;
  lanes: LanePick[];
  assumptions: Assumptions;
  sources: SourceRef[];
}

/** Each lane's first pick at the profile and filters asked: the lane matrix a team starts from, one row per kind of work. */
export function lanePicks(catalog: Catalog, lanes: Lane[], profile: UsageProfile, filters: RankFilters, asOf: string, value = false): LanePicksAnswer {
  const rows = lanes.map((lane): LanePick => {
    const answer = best(catalog, lane, profile, filters, asOf, 1, value);
    return { lane: lane.id, name: lane.name, pick: answer.picks[0] ?? null, picked: answer.picked, untested: answer.untested };
  });
  const figures = rows.flatMap(({ lane, pick }) => {
    const model = pick ? catalog.byId.get(pick.model) : undefined;
    if (!pick || !model) return [];
    const price = quotedPrice(model, asOf);
    return [
      { what: `${model.id} prices`, source: price.source, checked: price.checked },
      ...pick.evidence.map((e) => ({ what: `${model.id} ${e.benchmark} (${lane})`, source: e.source, checked: e.checked })),
    ];
  });
  return { kind: 'lane-picks', value, lanes: rows, assumptions: assumptions(profile, asOf), sources: collectSources(figures) };
}

/**
 * Where a model stands among a lane's picks, or what leaves it out: the ranking's filters first (the lane's needs among
 * them), then no score on the lane's benchmarks, then the price–score frontier when best value was asked.
 */
function lanePlacement(
  lane: Lane,
  picked: CatalogModel[],
  model: CatalogModel,
  ranked: Placement | undefined,
  hasEvidence: (m: CatalogModel) => boolean,
  value: boolean,
): Placement {
  const index = picked.indexOf(model);
  const leftOutBy =
    index >= 0
      ? []
      : ranked && ranked.place === null
        ? ranked.leftOutBy
        : lane.evidence.length > 0 && !hasEvidence(model)
          ? [`untested: no score on the ${lane.id} lane's benchmarks (${lane.evidence.map((e) => e.benchmark).join(', ')})`]
          : [value ? "another model costs no more and is as strong or stronger on the lane's benchmarks" : 'not ranked by the lane'];
  return { model: model.id, name: model.name, place: index >= 0 ? index + 1 : null, of: picked.length, leftOutBy };
}

/** Every lane, by id and what it is for: "terminal (Terminal-heavy engineering), …". */
export function laneChoices(catalog: Catalog): string {
  return catalog.lanes.map((l) => `${l.id} (${l.name})`).join(', ');
}
