// Best in lane across the catalog, and the lanes answer for a set of models.
import { quotedPrice } from '../catalog/history.ts';
import { collectSources, type SourceRef } from '../catalog/sources.ts';
import type { Catalog, CatalogModel } from '../catalog/validate.ts';
import { assumptions, type Assumptions } from '../cost/assumptions.ts';
import type { UsageProfile } from '../cost/profile.ts';
import { cheapest, type RankFilters } from '../cost/rank.ts';
import { money } from '../cost/format.ts';
import type { Lane } from '../catalog/lanes-schema.ts';
import { unmetNeed } from '../catalog/needs.ts';
import { allLaneVerdicts, lanePrice, scoreOf, type LaneVerdicts } from './verdicts.ts';
import { EVIDENCE_WEIGHTS } from '../catalog/lanes-schema.ts';

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

export interface BestPick {
  model: string;
  name: string;
  /** The lane price: USD per 1M at the profile, or credits per task. */
  price: string;
  monthlyUsd: number | null;
  why: string;
}

export interface BestAnswer {
  kind: 'best';
  lane: string;
  name: string;
  description: string;
  decideBy: Lane['decideBy'];
  picks: BestPick[];
  /** Models meeting the needs that have no score on any of the lane's benchmarks: said, never filled in. */
  untested: number;
  /** Models meeting the needs, before the evidence floor. */
  eligible: number;
  rule: string;
  assumptions: Assumptions;
  sources: SourceRef[];
}

export function findLane(catalog: Catalog, text: string): Lane | undefined {
  const t = text.trim().toLowerCase();
  return catalog.lanes.find((l) => l.id === t) ?? catalog.lanes.find((l) => l.keywords.some((k) => k.toLowerCase() === t));
}

function scoreLine(catalog: Catalog, lane: Lane, model: CatalogModel): string {
  const parts = lane.evidence
    .map((e) => {
      const s = scoreOf(model, e.benchmark);
      const meta = catalog.benchmarks.get(e.benchmark);
      return s === undefined ? undefined : `${meta?.name ?? e.benchmark} ${s}${meta?.scale.unit === 'percent' ? '%' : ''}`;
    })
    .filter((x): x is string => x !== undefined);
  return parts.join(', ');
}

/**
 * The top models for a lane. Price-led lanes: the cheapest models that meet the needs and reach the
 * lane's evidence floors (when the lane has evidence, a model needs at least one lane score).
 * Evidence-led lanes: models ranked by their strongest-weighted lane benchmark, then the next.
 */
export function best(catalog: Catalog, lane: Lane, profile: UsageProfile, filters: RankFilters, asOf: string, top = 5): BestAnswer {
  const candidates = catalog.models.filter((m) => (filters.includeDeprecated || m.status !== 'deprecated') && unmetNeed(lane, m) === undefined);
  const ranked = cheapest(catalog, profile, { ...filters, lane: lane.id }, asOf, Number.MAX_SAFE_INTEGER).ranking;
  const allowed = new Set(ranked.map((r) => r.model));
  const eligible = candidates.filter((m) => allowed.has(m.id));
  const hasEvidence = (m: CatalogModel) => lane.evidence.some((e) => scoreOf(m, e.benchmark) !== undefined);
  const meetsFloors = (m: CatalogModel) =>
    lane.evidence.every((e) => e.floor === undefined || scoreOf(m, e.benchmark) === undefined || (scoreOf(m, e.benchmark) as number) >= e.floor);
  const untested = lane.evidence.length > 0 ? eligible.filter((m) => !hasEvidence(m)).length : 0;

  let picked: CatalogModel[];
  let rule: string;
  if (lane.decideBy === 'price' || lane.evidence.length === 0) {
    const pool = lane.evidence.length > 0 ? eligible.filter((m) => hasEvidence(m) && meetsFloors(m)) : eligible;
    const price = new Map(pool.map((m) => [m.id, lanePrice(lane, m, profile, asOf)?.value ?? Number.POSITIVE_INFINITY]));
    picked = [...pool].sort((a, b) => (price.get(a.id) ?? 0) - (price.get(b.id) ?? 0) || a.id.localeCompare(b.id));
    rule =
      lane.evidence.length > 0
        ? `cheapest first among models that meet the needs and have a lane score at or above its floor (${lane.evidence.map((e) => `${e.benchmark}${e.floor !== undefined ? ` ≥ ${e.floor}` : ''}`).join(', ')})`
        : 'cheapest first among models that meet the needs (no benchmark in the catalog measures this lane)';
  } else {
    const ordered = [...lane.evidence].sort((a, b) => EVIDENCE_WEIGHTS[b.weight] - EVIDENCE_WEIGHTS[a.weight]);
    const key = (m: CatalogModel) => ordered.map((e) => scoreOf(m, e.benchmark) ?? Number.NEGATIVE_INFINITY);
    picked = eligible.filter(hasEvidence).sort((a, b) => {
      const ka = key(a);
      const kb = key(b);
      for (let i = 0; i < ka.length; i++) if ((kb[i] ?? 0) !== (ka[i] ?? 0)) return (kb[i] ?? 0) - (ka[i] ?? 0);
      return a.id.localeCompare(b.id);
    });
    rule = `highest ${ordered.map((e) => e.benchmark).join(', then ')} first`;
  }

  const picks = picked.slice(0, top).map((m) => {
    const p = lanePrice(lane, m, profile, asOf);
    const monthly = ranked.find((r) => r.model === m.id)?.monthlyUsd ?? null;
    const scores = scoreLine(catalog, lane, m);
    return {
      model: m.id,
      name: m.name,
      price: p?.text ?? 'no price for this profile',
      monthlyUsd: monthly,
      why: [scores, p ? p.text : undefined, monthly !== null ? `${money(monthly)} a month` : undefined].filter(Boolean).join('; '),
    };
  });
  const used = picked.slice(0, top);
  return {
    kind: 'best',
    lane: lane.id,
    name: lane.name,
    description: lane.description,
    decideBy: lane.decideBy,
    picks,
    untested,
    eligible: eligible.length,
    rule,
    assumptions: assumptions(profile, asOf),
    sources: collectSources(
      used.flatMap((m) => [
        { what: `${m.id} prices`, source: quotedPrice(m, asOf).source, checked: quotedPrice(m, asOf).checked },
        ...m.benchmarks.filter((b) => lane.evidence.some((e) => e.benchmark === b.id)).map((b) => ({ what: `${m.id} ${b.id}`, source: b.source, checked: b.checked })),
      ]),
    ),
  };
}
