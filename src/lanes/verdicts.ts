// Lane verdicts: for each kind of work, which of the given models to use, from the catalog's data.
// The rules are stated in data/lanes.yml's header; this module is their only implementation.
import type { Catalog, CatalogModel } from '../catalog/validate.ts';
import type { Source } from '../catalog/schema.ts';
import { exact, rawCost } from '../cost/price.ts';
import type { UsageProfile } from '../cost/profile.ts';
import { cheaperBy, money, points, times } from '../cost/format.ts';
import { EVIDENCE_WEIGHTS, type Lane } from '../catalog/lanes-schema.ts';
import { unmetNeed } from '../catalog/needs.ts';

export type Verdict = 'use' | 'sometimes' | 'rarely' | 'no';

export interface LaneVerdicts {
  lane: string;
  name: string;
  verdicts: Record<string, Verdict>;
  /** One line citing the figures that decided it. */
  reason: string;
  /** Benchmarks every eligible model shares for this lane (empty = none: said in the reason). */
  sharedEvidence: string[];
  sources: { what: string; source: Source; checked: string }[];
}

/** Rule constants, documented in data/lanes.yml. */
export const RULES = {
  priceRatioSometimes: 1.5,
  evidenceEdgePoints: 5,
  evidenceShareSometimes: 0.75,
  evidenceShareIfHalfPrice: 0.6,
} as const;

export function scoreOf(model: CatalogModel, benchmark: string): number | undefined {
  return model.benchmarks.find((b) => b.id === benchmark)?.score;
}

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

function benchmarkLabel(catalog: Catalog, id: string): string {
  return catalog.benchmarks.get(id)?.name ?? id;
}

function scoreText(catalog: Catalog, id: string, score: number): string {
  return catalog.benchmarks.get(id)?.scale.unit === 'percent' ? `${score.toFixed(1)}%` : String(score);
}

/** Weighted share of the best score on each shared benchmark, 0..1. */
function evidenceScore(lane: Lane, model: CatalogModel, shared: string[], best: Map<string, number>): number {
  let sum = 0;
  let weights = 0;
  for (const e of lane.evidence) {
    if (!shared.includes(e.benchmark)) continue;
    const top = best.get(e.benchmark) ?? 0;
    const score = scoreOf(model, e.benchmark) ?? 0;
    sum += EVIDENCE_WEIGHTS[e.weight] * (top > 0 ? score / top : 0);
    weights += EVIDENCE_WEIGHTS[e.weight];
  }
  return weights > 0 ? sum / weights : 0;
}

export function laneVerdicts(catalog: Catalog, lane: Lane, models: CatalogModel[], profile: UsageProfile, asOf: string): LaneVerdicts {
  const verdicts: Record<string, Verdict> = {};
  const reasons: string[] = [];
  const sources: LaneVerdicts['sources'] = [];
  const eligible: CatalogModel[] = [];

  for (const model of models) {
    const unmet = unmetNeed(lane, model);
    if (unmet) {
      verdicts[model.id] = 'no';
      reasons.push(`${model.id}: ${unmet}`);
      for (const s of model.surfaces) if (lane.needs.surfaces.includes(s.id)) sources.push({ what: `${model.id} ${s.id}`, source: s.source, checked: s.checked });
    } else {
      eligible.push(model);
    }
  }

  const shared = lane.evidence.map((e) => e.benchmark).filter((b) => eligible.length > 0 && eligible.every((m) => scoreOf(m, b) !== undefined));
  const best = new Map(shared.map((b) => [b, Math.max(...eligible.map((m) => scoreOf(m, b) ?? 0))]));
  for (const m of eligible) {
    for (const b of shared) {
      const s = m.benchmarks.find((x) => x.id === b);
      if (s) sources.push({ what: `${m.id} ${b}`, source: s.source, checked: s.checked });
    }
  }
  // Evidence-led lane where only some models have a score: the scored ones are judged among
  // themselves; the untested ones are said to be untested, and only a much lower price keeps them in.
  const evidenced = eligible.filter((m) => lane.evidence.some((e) => scoreOf(m, e.benchmark) !== undefined));
  if (lane.decideBy === 'evidence' && shared.length === 0 && evidenced.length > 0 && evidenced.length < eligible.length) {
    const inner = laneVerdicts(catalog, lane, evidenced, profile, asOf);
    const leaderId = Object.entries(inner.verdicts).find(([, v]) => v === 'use')?.[0];
    const leaderModel = evidenced.find((m) => m.id === leaderId);
    const leaderPrice = leaderModel ? lanePrice(lane, leaderModel, profile, asOf) : undefined;
    const names = lane.evidence.map((e) => benchmarkLabel(catalog, e.benchmark)).join(' or ');
    const untestedReasons: string[] = [];
    for (const m of eligible) {
      if (evidenced.includes(m)) continue;
      const price = lanePrice(lane, m, profile, asOf);
      const halfPrice = price !== undefined && leaderPrice !== undefined && price.value * 2 <= leaderPrice.value;
      verdicts[m.id] = halfPrice ? 'sometimes' : 'rarely';
      untestedReasons.push(`${m.id}: untested on ${names}${halfPrice && leaderPrice && price ? ` but ${cheaperBy(price.value, leaderPrice.value)} (${price.text} vs ${leaderPrice.text})` : ''}`);
    }
    const leaderScores = leaderModel
      ? lane.evidence
          .map((e) => [e.benchmark, scoreOf(leaderModel, e.benchmark)] as const)
          .filter(([, v]) => v !== undefined)
          .map(([b, v]) => `${benchmarkLabel(catalog, b)} ${scoreText(catalog, b, v as number)}`)
          .join(', ')
      : '';
    const innerReason = evidenced.length === 1 && leaderModel ? `${leaderModel.id}: ${leaderScores}` : inner.reason;
    return {
      lane: lane.id,
      name: lane.name,
      verdicts: { ...verdicts, ...inner.verdicts },
      reason: [...reasons, innerReason, ...untestedReasons].join('; '),
      sharedEvidence: [],
      sources: [...sources, ...inner.sources],
    };
  }

  const prices = new Map(eligible.map((m) => [m.id, lanePrice(lane, m, profile, asOf)]));
  const evidence = new Map(eligible.map((m) => [m.id, evidenceScore(lane, m, shared, best)]));
  const priceOf = (m: CatalogModel) => prices.get(m.id)?.value ?? Number.POSITIVE_INFINITY;

  const byPrice = [...eligible].sort((a, b) => priceOf(a) - priceOf(b) || (evidence.get(b.id) ?? 0) - (evidence.get(a.id) ?? 0));
  const byEvidence = [...eligible].sort((a, b) => (evidence.get(b.id) ?? 0) - (evidence.get(a.id) ?? 0) || priceOf(a) - priceOf(b));
  const evidenceDecides = lane.decideBy === 'evidence' && shared.length > 0;
  const leader = (evidenceDecides ? byEvidence : byPrice)[0];

  const cite = (a: CatalogModel, b: CatalogModel): string[] =>
    shared.map((id) => `${benchmarkLabel(catalog, id)}: ${scoreText(catalog, id, scoreOf(a, id) ?? 0)} vs ${scoreText(catalog, id, scoreOf(b, id) ?? 0)}`);

  if (leader) {
    verdicts[leader.id] = 'use';
    const leaderPrice = prices.get(leader.id);
    for (const other of eligible) {
      if (other === leader) continue;
      const otherPrice = prices.get(other.id);
      let verdict: Verdict;
      if (evidenceDecides) {
        const share = (evidence.get(other.id) ?? 0) / Math.max(evidence.get(leader.id) ?? 0, Number.EPSILON);
        const halfPrice = otherPrice !== undefined && leaderPrice !== undefined && otherPrice.value * 2 <= leaderPrice.value;
        verdict = share >= RULES.evidenceShareSometimes || (halfPrice && share >= RULES.evidenceShareIfHalfPrice) ? 'sometimes' : 'rarely';
        reasons.push(cite(leader, other).join('; ') + (eligible.length > 2 ? ` (${leader.id} vs ${other.id})` : ''));
      } else {
        const ratio = otherPrice && leaderPrice && leaderPrice.value > 0 ? otherPrice.value / leaderPrice.value : Number.POSITIVE_INFINITY;
        const edge = Math.max(
          Number.NEGATIVE_INFINITY,
          ...shared
            .filter((b) => catalog.benchmarks.get(b)?.scale.unit === 'percent')
            .map((b) => (scoreOf(other, b) ?? 0) - (scoreOf(leader, b) ?? 0)),
        );
        verdict = ratio < RULES.priceRatioSometimes || edge >= RULES.evidenceEdgePoints ? 'sometimes' : 'rarely';
        const priceLine =
          leaderPrice && otherPrice
            ? lane.priceMetric === 'usd'
              ? `${leader.id} is ${cheaperBy(leaderPrice.value, otherPrice.value)} (${leaderPrice.text} vs ${otherPrice.text})`
              : `${leader.id} uses ${leaderPrice.text.replace('about ', 'about ')} vs ${otherPrice.value} for ${other.id} (${times(otherPrice.value / leaderPrice.value)})`
            : `${other.id}: no comparable price`;
        const edgeLine = edge >= RULES.evidenceEdgePoints ? `, but ${other.id} leads by ${points(edge)} on ${shared.length > 1 ? 'a lane benchmark' : benchmarkLabel(catalog, shared[0] ?? '')}` : '';
        reasons.push(`${priceLine}${edgeLine}${shared.length > 0 ? `; ${cite(leader, other).join('; ')}` : ''}`);
      }
      verdicts[other.id] = verdict;
    }
    if (eligible.length === 1 && reasons.length === 0) {
      const line = shared.length > 0 ? cite(leader, leader).map((c) => c.replace(/ vs .*$/, '')).join('; ') : `meets the lane's needs`;
      reasons.push(`${leader.id}: ${line}`);
    }
  }

  let reason = reasons.join('; ');
  if (eligible.length > 1 && shared.length === 0 && lane.evidence.length > 0) {
    reason = `no shared benchmark for this lane${lane.decideBy === 'evidence' ? ', so price decides' : ''}; ${reason}`;
  }
  if (eligible.length === 0) reason = `no model meets the lane's needs; ${reason}`;
  return { lane: lane.id, name: lane.name, verdicts, reason, sharedEvidence: shared, sources };
}

export function allLaneVerdicts(catalog: Catalog, models: CatalogModel[], profile: UsageProfile, asOf: string): LaneVerdicts[] {
  return catalog.lanes.map((lane) => laneVerdicts(catalog, lane, models, profile, asOf));
}
