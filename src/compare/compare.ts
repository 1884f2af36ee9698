// The comparison answer: rows with winners, a verdict, switch friction and lane verdicts.
import { collectSources, priceFigure, specFigure, speedFigures, type SourceRef } from '../catalog/sources.ts';
import type { Catalog, CatalogModel } from '../catalog/validate.ts';
import { assumptions, type Assumptions, type CostPer } from '../cost/assumptions.ts';
import type { UsageProfile } from '../cost/profile.ts';
import { allLaneVerdicts, type LaneVerdicts } from '../lanes/verdicts.ts';
import { comparisonRows, inPriceUnit, type Row } from './rows.ts';
import type { PriceUnit } from '../cost/format.ts';
import type { Stretch } from '../cost/span.ts';
import { buildVerdict, switchFriction, type SwitchFriction } from './verdict.ts';
import { crossover, type Crossover } from '../cost/crossover.ts';

/**
 * How much a comparison holds: `brief` is what a channel reply shows (prices, the cost at the user's volume, the rows
 * a verdict cites, the lanes), `full` everything (every row, the switch details).
 */
export type Detail = 'brief' | 'full';

export interface ComparisonAnswer {
  kind: 'comparison';
  detail: Detail;
  models: string[];
  names: Record<string, string>;
  rows: Row[];
  verdict: string[];
  /** Of two models, where the cheaper of them changes (a mix, a cached share, a prompt size, a date); null otherwise. */
  crossover: Crossover | null;
  /** From the first model to each other one (full detail only). */
  switch: SwitchFriction[];
  /** The lane asked about ("a vs b for RAG"), shown first; null when none was. */
  focus: string | null;
  /** Lanes that apply to at least one compared model, the focus first. */
  lanes: LaneVerdicts[];
  /** Names of the lanes that apply to none of them (every verdict `no`, e.g. Codex surfaces for two non-OpenAI models). */
  lanesForNeither: string[];
  assumptions: Assumptions;
  sources: SourceRef[];
}

export const MAX_COMPARED = 4;

/** Every figure a comparison of the model can show, for its sources. */
function modelFigures(model: CatalogModel, asOf: string) {
  return [
    priceFigure(model, asOf),
    specFigure(model),
    ...model.benchmarks.map((b) => ({ what: `${model.id} ${b.id}`, source: b.source, checked: b.checked })),
    ...speedFigures(model),
    ...model.surfaces.map((s) => ({ what: `${model.id} ${s.id}`, source: s.source, checked: s.checked })),
  ];
}

/** What a comparison is asked with besides its models and profile. */
export interface CompareOptions {
  /** The lane asked about ("a vs b for RAG"). */
  focus?: string | null;
  /** Spans whose cost is asked ("over a year"). */
  spans?: readonly Stretch[];
  /** Whether the volume is a month's or one request's (`what` names the request: "ticket", "call"). */
  per?: CostPer;
  what?: string;
  /** With `per: 'request'`: things counted with no period ("per 1000 words"), how many of `what` the cost is for. */
  counted?: number;
  /** The unit unit prices are quoted in ("per 1k tokens"). */
  unit?: PriceUnit;
  /** Several months' volumes asked ("at 10M, 50M and 100M tokens"), the profile's first. */
  volumes?: readonly number[];
}

export function compareModels(
  catalog: Catalog,
  models: CatalogModel[],
  profile: UsageProfile,
  asOf: string,
  detail: Detail = 'full',
  { focus = null, spans = [], per = 'month', what = 'request', counted, unit = 'million', volumes }: CompareOptions = {},
): ComparisonAnswer {
  const rows = inPriceUnit(comparisonRows(catalog, models, profile, asOf, detail, spans, per, what, counted, volumes), unit);
  const [first, ...rest] = models;
  const lanes = allLaneVerdicts(catalog, models, profile, asOf);
  const forNeither = (l: LaneVerdicts) => models.every((m) => l.verdicts[m.id] === 'no');
  const focused = catalog.lanes.some((l) => l.id === focus) ? focus : null;
  return {
    kind: 'comparison',
    detail,
    models: models.map((m) => m.id),
    names: Object.fromEntries(models.map((m) => [m.id, m.name])),
    rows,
    verdict: buildVerdict(models, rows),
    crossover: first && rest.length === 1 && rest[0] ? crossover(first, rest[0], profile, asOf) : null,
    switch: first && detail === 'full' ? rest.map((to) => switchFriction(first, to, rows, asOf)) : [],
    focus: focused,
    lanes: [...lanes.filter((l) => l.lane === focused), ...lanes.filter((l) => l.lane !== focused && !forNeither(l))],
    lanesForNeither: lanes.filter((l) => l.lane !== focused && forNeither(l)).map((l) => l.name),
    assumptions:
      counted !== undefined
        ? assumptions(profile, asOf, 'month', [], { count: counted, what })
        : assumptions(profile, asOf, per, per === 'request' ? [] : spans, undefined, undefined, volumes),
    sources: collectSources(models.flatMap((m) => modelFigures(m, asOf))),
  };
}

export interface UpgradeAnswer {
  kind: 'upgrade';
  from: string;
  to: string;
  gains: { row: string; from: string; to: string }[];
  losses: { row: string; from: string; to: string }[];
  friction: SwitchFriction;
  /** The lane asked about (if any), then every lane whose verdict changes with the move. */
  lanes: LaneVerdicts[];
  comparison: ComparisonAnswer;
}

/** "Should I move from A to B?": the same data framed as what B gains, what it loses and what it costs. */
export function upgrade(
  catalog: Catalog,
  from: CatalogModel,
  to: CatalogModel,
  profile: UsageProfile,
  asOf: string,
  spans: readonly Stretch[] = [],
  focus: string | null = null,
  /** Several months' volumes asked, the profile's first: a cost row for each. */
  volumes?: readonly number[],
): UpgradeAnswer {
  const comparison = compareModels(catalog, [from, to], profile, asOf, 'full', { focus, spans, ...(volumes ? { volumes } : {}) });
  const framed = (winner: string) =>
    comparison.rows.filter((r) => r.winner === winner && r.group !== 'cost').map((r) => ({ row: r.label, from: r.values[from.id]?.text ?? '', to: r.values[to.id]?.text ?? '' }));
  return {
    kind: 'upgrade',
    from: from.id,
    to: to.id,
    gains: framed(to.id),
    losses: framed(from.id),
    friction: comparison.switch[0] as SwitchFriction,
    lanes: comparison.lanes.filter((l) => l.lane === comparison.focus || l.verdicts[from.id] !== l.verdicts[to.id]),
    comparison,
  };
}
