// Lane verdicts: for each kind of work, which of the given models to use, from the catalog's data.
// The rules are stated in data/lanes.yml's header; this module is their only implementation.
import type { Catalog, CatalogModel } from '../catalog/validate.ts';
import type { Source } from '../catalog/schema.ts';
import { exact, rawCost } from '../cost/price.ts';
import type { UsageProfile } from '../cost/profile.ts';
import { cheaperBy, wordList, money, percent, points, times } from '../cost/format.ts';
import { EVIDENCE_WEIGHTS, type Lane } from '../catalog/lanes-schema.ts';
import { scoreOf, scoreText, unmetNeed } from '../catalog/needs.ts';
import { isRetired } from '../catalog/lifecycle.ts';

export { scoreOf, scoreText };

/** The verdicts a lane gives a model, in the JSON contract's order. */
export const VERDICTS = ['use', 'sometimes', 'rarely', 'no', 'untested'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface LaneVerdicts {
  lane: string;
  name: string;
  verdicts: Record<string, Verdict>;
  /** One line citing the figures that decided it, and why a model is `no` or `untested`. */
  reason: string;
  /** Benchmarks every tested model shares for this lane (empty = none: said in the reason). */
  sharedEvidence: string[];
  sources: { what: string; source: Source; checked: string }[];
}

/** Rule constants, documented in data/lanes.yml. */
export const RULES = {
  priceRatioSometimes: 1.5,
  evidenceEdgePoints: 5,
  eloEdgePoints: 20,
  evidenceShareSometimes: 0.75,
  evidenceShareIfHalfPrice: 0.6,
} as const;

type LaneEvidence = Lane['evidence'][number];

/** The lane's price for a model: USD per 1M at the profile, or credits per task on a surface. */
export function lanePrice(lane: Lane, model: CatalogModel, profile: UsageProfile, asOf: string): { value: number; text: string } | undefined {
  if (lane.priceMetric !== 'usd') {
    const credits = model.surfaces.find((s) => s.id === (lane.priceMetric as { creditsPerTask: string }).creditsPerTask)?.creditsPerTask;
    return credits === undefined ? undefined : { value: credits, text: `about ${credits} credits per task` };
  }
  const cost = rawCost(model, profile, asOf);
  if (!cost.ok) return undefined;
  const blended = exact(cost.total / profile.tokensPerMonth);
  return { value: blended, text: `${money(blended)} per 1M` };
}

function entryOf(lane: Lane, benchmark: string): LaneEvidence | undefined {
  return lane.evidence.find((e) => e.benchmark === benchmark);
}

/** How answers name a lane benchmark: "Terminal-Bench 2.0", "LMArena text score (a proxy)". */
export function evidenceLabel(catalog: Catalog, lane: Lane, id: string): string {
  const name = catalog.benchmarks.get(id)?.name ?? id;
  return entryOf(lane, id)?.proxy ? `${name} (a proxy)` : name;
}

/** The margin within which two scores on a lane benchmark count as comparable. */
function marginOf(catalog: Catalog, e: LaneEvidence): number {
  return e.margin ?? (catalog.benchmarks.get(e.benchmark)?.scale.unit === 'elo' ? RULES.eloEdgePoints : RULES.evidenceEdgePoints);
}

function gapText(catalog: Catalog, id: string, gap: number): string {
  return catalog.benchmarks.get(id)?.scale.unit === 'percent' ? points(gap) : `${gap > 0 ? '+' : gap < 0 ? '−' : '±'}${Number(Math.abs(gap).toFixed(1))} points`;
}

/** A score as a share of the top score: percent and index scales by ratio, Elo-like scales by the expected score against the top, doubled (the top is 1). */
export function normalised(catalog: Catalog, id: string, score: number, top: number): number {
  if (catalog.benchmarks.get(id)?.scale.unit === 'elo') return Math.min(1, 2 / (1 + 10 ** ((top - score) / 400)));
  return top > 0 ? Math.min(1, score / top) : 0;
}

const topsCache = new WeakMap<Catalog, Map<string, number>>();
/** The best score among the catalog's models on a benchmark (deprecated models included: a score stays a score). */
export function catalogTop(catalog: Catalog, benchmark: string): number | undefined {
  let tops = topsCache.get(catalog);
  if (!tops) {
    tops = new Map();
    topsCache.set(catalog, tops);
  }
  if (!tops.has(benchmark)) {
    const scores = catalog.models.map((m) => scoreOf(m, benchmark)).filter((s): s is number => s !== undefined);
    if (scores.length > 0) tops.set(benchmark, Math.max(...scores));
  }
  return tops.get(benchmark);
}

/** The lane benchmarks a model has a score on, in the lane's order. */
export function laneScores(lane: Lane, model: CatalogModel): { entry: LaneEvidence; score: number }[] {
  return lane.evidence.flatMap((entry) => {
    const score = scoreOf(model, entry.benchmark);
    return score === undefined ? [] : [{ entry, score }];
  });
}

/**
 * A model's strength for a lane on its own scores: the weighted mean, over the lane benchmarks it has, of its
 * score as a share of the catalog's best on that benchmark (0..1); undefined with no lane score.
 */
export function laneStrength(catalog: Catalog, lane: Lane, model: CatalogModel): number | undefined {
  let sum = 0;
  let weights = 0;
  for (const { entry, score } of laneScores(lane, model)) {
    const w = EVIDENCE_WEIGHTS[entry.weight];
    sum += w * normalised(catalog, entry.benchmark, score, catalogTop(catalog, entry.benchmark) ?? score);
    weights += w;
  }
  return weights > 0 ? sum / weights : undefined;
}

/** Weighted share of the best score on each shared benchmark, 0..1. */
function evidenceScore(catalog: Catalog, lane: Lane, model: CatalogModel, shared: string[], best: Map<string, number>): number {
  let sum = 0;
  let weights = 0;
  for (const e of lane.evidence) {
    if (!shared.includes(e.benchmark)) continue;
    sum += EVIDENCE_WEIGHTS[e.weight] * normalised(catalog, e.benchmark, scoreOf(model, e.benchmark) ?? 0, best.get(e.benchmark) ?? 0);
    weights += EVIDENCE_WEIGHTS[e.weight];
  }
  return weights > 0 ? sum / weights : 0;
}

/** The lane's benchmarks, named: "Terminal-Bench 2.0, Aider polyglot (a proxy) or …". */
function laneBenchmarkNames(catalog: Catalog, lane: Lane): string {
  const names = lane.evidence.map((e) => evidenceLabel(catalog, lane, e.benchmark));
  return wordList(names, 'or');
}

export function laneVerdicts(catalog: Catalog, lane: Lane, models: CatalogModel[], profile: UsageProfile, asOf: string): LaneVerdicts {
  const verdicts: Record<string, Verdict> = {};
  const notes: string[] = [];
  const sources: LaneVerdicts['sources'] = [];
  const eligible: CatalogModel[] = [];
  const label = (id: string) => evidenceLabel(catalog, lane, id);
  const cite = (m: CatalogModel, id: string) => {
    for (const s of m.benchmarks) if (s.id === id) sources.push({ what: `${m.id} ${id}${s.setting ? ` (${s.setting})` : ''}`, source: s.source, checked: s.checked });
  };

  // 1–2. Needs and floors. A needed capability no source publishes leaves the fit unknown: untested, not no.
  const untestedNotes: string[] = [];
  for (const model of models) {
    // A retired model takes no work, whatever it once scored.
    if (isRetired(model, asOf)) {
      verdicts[model.id] = 'no';
      notes.push(`${model.id}: retired${model.retires ? ` on ${model.retires}` : ''}`);
      continue;
    }
    const unmet = unmetNeed(lane, model);
    if (!unmet) {
      eligible.push(model);
      continue;
    }
    if (unmet.kind === 'unpublished') {
      verdicts[model.id] = 'untested';
      untestedNotes.push(`${model.id}: untested (${unmet.reason}, so whether it can take this work is unknown)`);
      continue;
    }
    verdicts[model.id] = 'no';
    if (unmet.kind === 'floor') {
      notes.push(
        `${model.id}: ${label(unmet.benchmark)} ${scoreText(catalog, unmet.benchmark, unmet.score)} is under the lane's floor of ${scoreText(catalog, unmet.benchmark, unmet.floor)}`,
      );
      cite(model, unmet.benchmark);
    } else {
      notes.push(`${model.id}: ${unmet.reason}`);
    }
    for (const s of model.surfaces) if (lane.needs.surfaces.includes(s.id)) sources.push({ what: `${model.id} ${s.id}`, source: s.source, checked: s.checked });
  }

  // 3. Evidence: untested models are said to be untested, never filled in by price.
  const hasEvidence = lane.evidence.length > 0;
  const tested = hasEvidence ? eligible.filter((m) => laneScores(lane, m).length > 0) : eligible;
  for (const m of eligible) {
    if (tested.includes(m)) continue;
    verdicts[m.id] = 'untested';
    untestedNotes.push(`${m.id}: untested (no ${laneBenchmarkNames(catalog, lane)} score)`);
  }
  for (const m of tested) for (const { entry } of laneScores(lane, m)) cite(m, entry.benchmark);

  const shared = lane.evidence.map((e) => e.benchmark).filter((b) => tested.length > 0 && tested.every((m) => scoreOf(m, b) !== undefined));
  // The best score among the tested models on each shared benchmark: what evidence, margins and ties are measured against.
  const sharedBest = new Map(shared.map((b) => [b, Math.max(...tested.map((m) => scoreOf(m, b) ?? 0))]));
  const done = (main: string[]): LaneVerdicts => ({
    lane: lane.id,
    name: lane.name,
    verdicts: Object.fromEntries(models.map((m) => [m.id, verdicts[m.id] as Verdict])),
    reason: [...notes, ...main, ...untestedNotes].filter((x) => x !== '').join('; ') || "meets the lane's needs",
    sharedEvidence: shared,
    sources,
  });

  if (tested.length === 0) {
    const allNo = models.every((m) => verdicts[m.id] === 'no');
    if (eligible.length === 0) return done(models.length > 1 && allNo ? ["no model meets the lane's needs"] : []);
    return done([]);
  }
  const ownScores = (m: CatalogModel) =>
    laneScores(lane, m)
      .map(({ entry, score }) => `${label(entry.benchmark)} ${scoreText(catalog, entry.benchmark, score)}`)
      .join(', ');
  if (tested.length === 1) {
    const only = tested[0] as CatalogModel;
    verdicts[only.id] = 'use';
    const why = hasEvidence ? ownScores(only) : `meets the lane's needs${lane.needs.minInput !== undefined ? '; no benchmark in the catalog measures this lane' : ''}`;
    return done([`${only.id}: ${why}`]);
  }

  const prices = new Map(tested.map((m) => [m.id, lanePrice(lane, m, profile, asOf)]));
  const priceOf = (m: CatalogModel) => prices.get(m.id)?.value ?? Number.POSITIVE_INFINITY;
  const versus = (a: CatalogModel, b: CatalogModel, ids: string[]) =>
    ids.map((id) => `${label(id)}: ${scoreText(catalog, id, scoreOf(a, id) ?? 0)} vs ${scoreText(catalog, id, scoreOf(b, id) ?? 0)}`);
  const main: string[] = [];

  // 5a. No benchmark in common: not comparable, so price does not decide.
  if (hasEvidence && shared.length === 0) {
    const strength = new Map(tested.map((m) => [m.id, laneStrength(catalog, lane, m) ?? 0]));
    const ranked = [...tested].sort((a, b) => (strength.get(b.id) ?? 0) - (strength.get(a.id) ?? 0) || priceOf(a) - priceOf(b));
    const leader = ranked[0] as CatalogModel;
    verdicts[leader.id] = 'use';
    for (const other of ranked.slice(1)) {
      const share = (strength.get(other.id) ?? 0) / Math.max(strength.get(leader.id) ?? 0, Number.EPSILON);
      verdicts[other.id] = share >= RULES.evidenceShareSometimes ? 'sometimes' : 'rarely';
    }
    main.push(
      `no benchmark in common, so price does not decide: each is judged on its own lane scores against the catalog's best (${ranked
        .map((m) => `${m.id} ${percent(strength.get(m.id) ?? 0)}: ${ownScores(m)}`)
        .join('; ')})`,
    );
    return done(main);
  }

  // 5b. Evidence decides on the shared benchmarks.
  if (lane.decideBy === 'evidence' && shared.length > 0) {
    const evidence = new Map(tested.map((m) => [m.id, evidenceScore(catalog, lane, m, shared, sharedBest)]));
    const ranked = [...tested].sort((a, b) => (evidence.get(b.id) ?? 0) - (evidence.get(a.id) ?? 0) || priceOf(a) - priceOf(b));
    const leader = ranked[0] as CatalogModel;
    verdicts[leader.id] = 'use';
    const leaderPrice = prices.get(leader.id);
    for (const other of ranked.slice(1)) {
      const share = (evidence.get(other.id) ?? 0) / Math.max(evidence.get(leader.id) ?? 0, Number.EPSILON);
      const otherPrice = prices.get(other.id);
      const halfPrice = otherPrice !== undefined && leaderPrice !== undefined && otherPrice.value * 2 <= leaderPrice.value;
      verdicts[other.id] = share >= RULES.evidenceShareSometimes || (halfPrice && share >= RULES.evidenceShareIfHalfPrice) ? 'sometimes' : 'rarely';
      main.push(versus(leader, other, shared).join('; ') + (tested.length > 2 ? ` (${leader.id} vs ${other.id})` : ''));
    }
    return done(main);
  }

  // 5c. Price decides, among models whose evidence is comparable.
  let group = tested;
  const directShared = shared.filter((b) => !entryOf(lane, b)?.proxy);
  if (hasEvidence && directShared.length === 0) {
    group = tested.filter((m) => shared.every((b) => (sharedBest.get(b) ?? 0) - (scoreOf(m, b) ?? 0) <= marginOf(catalog, entryOf(lane, b) as LaneEvidence)));
    if (group.length === 0) {
      // Each model leads on a different benchmark by more than the margin: no score and no price decides alone.
      for (const m of tested) verdicts[m.id] = 'sometimes';
      main.push(
        `the evidence is split: ${tested.map((m) => m.id).join(' and ')} each trail on a different benchmark (${shared.map(label).join(', ')}) beyond the lane's margin, so neither price nor one score decides`,
      );
      return done(main);
    }
    for (const m of tested) {
      if (group.includes(m)) continue;
      verdicts[m.id] = 'rarely';
      const behind = shared.find((b) => (sharedBest.get(b) ?? 0) - (scoreOf(m, b) ?? 0) > marginOf(catalog, entryOf(lane, b) as LaneEvidence)) as string;
      main.push(
        `${m.id} trails on ${label(behind)}: ${scoreText(catalog, behind, scoreOf(m, behind) ?? 0)} vs the best ${scoreText(catalog, behind, sharedBest.get(behind) ?? 0)}, beyond the lane's margin of ${marginOf(catalog, entryOf(lane, behind) as LaneEvidence)}, so price does not decide for it`,
      );
    }
  }
  // At the same price the shared scores decide (what the reason cites); with none shared, each model's own.
  const strengthOf = (m: CatalogModel) => (shared.length > 0 ? evidenceScore(catalog, lane, m, shared, sharedBest) : (laneStrength(catalog, lane, m) ?? 0));
  const byPrice = [...group].sort((a, b) => priceOf(a) - priceOf(b) || strengthOf(b) - strengthOf(a));
  const leader = byPrice[0] as CatalogModel;
  verdicts[leader.id] = 'use';
  const leaderPrice = prices.get(leader.id);
  for (const other of byPrice.slice(1)) {
    const otherPrice = prices.get(other.id);
    const ratio = otherPrice && leaderPrice && leaderPrice.value > 0 ? otherPrice.value / leaderPrice.value : Number.POSITIVE_INFINITY;
    const edges = shared.map((b) => ({ b, gap: (scoreOf(other, b) ?? 0) - (scoreOf(leader, b) ?? 0), margin: marginOf(catalog, entryOf(lane, b) as LaneEvidence) }));
    const edge = edges.find((e) => e.gap >= e.margin);
    verdicts[other.id] = ratio < RULES.priceRatioSometimes || edge ? 'sometimes' : 'rarely';
    const samePrice = leaderPrice !== undefined && otherPrice !== undefined && leaderPrice.value === otherPrice.value;
    const priceLine =
      leaderPrice && otherPrice
        ? samePrice
          ? `${leader.id} and ${other.id} cost the same (${leaderPrice.text})${shared.length > 0 ? ', so the scores decide' : ''}`
          : lane.priceMetric === 'usd'
            ? `${leader.id} is ${cheaperBy(leaderPrice.value, otherPrice.value)}${group.length > 2 ? ` than ${other.id}` : ''} (${leaderPrice.text} vs ${otherPrice.text})`
            : `${leader.id} uses ${leaderPrice.text} vs ${otherPrice.value} for ${other.id} (${times(otherPrice.value / leaderPrice.value)})`
        : `${other.id}: no comparable price`;
    const edgeLine = edge ? `, but ${other.id} leads by ${gapText(catalog, edge.b, edge.gap)} on ${label(edge.b)}` : '';
    main.push(`${priceLine}${edgeLine}${shared.length > 0 ? `; ${versus(leader, other, shared).join('; ')}` : ''}`);
  }
  if (!hasEvidence) main.push('no benchmark in the catalog measures this lane, so its needs and price decide');
  return done(main);
}

export function allLaneVerdicts(catalog: Catalog, models: CatalogModel[], profile: UsageProfile, asOf: string): LaneVerdicts[] {
  return catalog.lanes.map((lane) => laneVerdicts(catalog, lane, models, profile, asOf));
}
