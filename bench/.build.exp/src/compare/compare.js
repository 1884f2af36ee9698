import { collectSources, priceFigure, specFigure, speedFigures } from '../catalog/sources.js';
import { assumptions } from '../cost/assumptions.js';
import { allLaneVerdicts } from '../lanes/verdicts.js';
import { comparisonRows, inPriceUnit } from './rows.js';
import { buildVerdict, switchFriction } from './verdict.js';
export const MAX_COMPARED = 4;
function modelFigures(model, asOf) {
    return [
        priceFigure(model, asOf),
        specFigure(model),
        ...model.benchmarks.map((b) => ({ what: `${model.id} ${b.id}`, source: b.source, checked: b.checked })),
        ...speedFigures(model),
        ...model.surfaces.map((s) => ({ what: `${model.id} ${s.id}`, source: s.source, checked: s.checked })),
    ];
}
export function compareModels(catalog, models, profile, asOf, detail = 'full', { focus = null, spans = [], per = 'month', what = 'request', counted, unit = 'million', volumes } = {}) {
    const rows = inPriceUnit(comparisonRows(catalog, models, profile, asOf, detail, spans, per, what, counted, volumes), unit);
    const [first, ...rest] = models;
    const lanes = allLaneVerdicts(catalog, models, profile, asOf);
    const forNeither = (l) => models.every((m) => l.verdicts[m.id] === 'no');
    const focused = catalog.lanes.some((l) => l.id === focus) ? focus : null;
    return {
        kind: 'comparison',
        detail,
        models: models.map((m) => m.id),
        names: Object.fromEntries(models.map((m) => [m.id, m.name])),
        rows,
        verdict: buildVerdict(models, rows),
        switch: first && detail === 'full' ? rest.map((to) => switchFriction(first, to, rows, asOf)) : [],
        focus: focused,
        lanes: [...lanes.filter((l) => l.lane === focused), ...lanes.filter((l) => l.lane !== focused && !forNeither(l))],
        lanesForNeither: lanes.filter((l) => l.lane !== focused && forNeither(l)).map((l) => l.name),
        assumptions: counted !== undefined
            ? assumptions(profile, asOf, 'month', [], { count: counted, what })
            : assumptions(profile, asOf, per, per === 'request' ? [] : spans, undefined, undefined, volumes),
        sources: collectSources(models.flatMap((m) => modelFigures(m, asOf))),
    };
}
export function upgrade(catalog, from, to, profile, asOf, spans = [], focus = null, volumes) {
    const comparison = compareModels(catalog, [from, to], profile, asOf, 'full', { focus, spans, ...(volumes ? { volumes } : {}) });
    const framed = (winner) => comparison.rows.filter((r) => r.winner === winner && r.group !== 'cost').map((r) => ({ row: r.label, from: r.values[from.id]?.text ?? '', to: r.values[to.id]?.text ?? '' }));
    return {
        kind: 'upgrade',
        from: from.id,
        to: to.id,
        gains: framed(to.id),
        losses: framed(from.id),
        friction: comparison.switch[0],
        lanes: comparison.lanes.filter((l) => l.lane === comparison.focus || l.verdicts[from.id] !== l.verdicts[to.id]),
        comparison,
    };
}
//# sourceMappingURL=compare.js.map