import { lifecycleNote } from '../catalog/lifecycle.js';
import { cheaperBy, count, wordList, money, points, requestMoney, times, tokens } from '../cost/format.js';
import { spanWords } from '../cost/span.js';
import { mixText, volumeWords } from './rows.js';
const CITABLE = [
    {
        cites: (row) => row.mix !== undefined,
        says: (row, w, others) => {
            const mine = row.values[w]?.value;
            const tied = others.filter((o) => row.sharedBy?.includes(o));
            const priced = others.filter((o) => !tied.includes(o) && typeof row.values[o]?.value === 'number');
            const theirs = Math.min(...priced.map((o) => row.values[o]?.value));
            const next = priced.length > 1 || tied.length > 0 ? ` than ${priced.find((o) => row.values[o]?.value === theirs)}` : '';
            const tie = tied.length > 0 ? `, tied with ${wordList(tied)}` : '';
            return `the lower cost (${cheaperBy(mine, theirs)}${next} at ${mixText(row.mix)}${tie}: ${row.values[w]?.text} vs ${valuesText(row, others)})`;
        },
    },
    {
        cites: (row) => row.group === 'benchmarks',
        says: (row, w, others) => `higher ${row.label} (${scoreOnly(row.values[w]?.text ?? '')} vs ${named(others, (o) => scoreOnly(row.values[o]?.text ?? ''))})`,
    },
    { cites: (row) => row.group === 'surfaces', says: (row) => row.label },
    {
        cites: (row) => row.key === 'contextWindow',
        says: (row, w, others) => `the larger context (${count(row.values[w]?.value)} vs ${named(others, (o) => count(row.values[o]?.value))} tokens)`,
    },
    { cites: (row) => row.group === 'speed', says: (row, w, others) => `faster output (${row.values[w]?.text} vs ${valuesText(row, others)})` },
    { cites: (row) => row.capability !== undefined, says: (row) => row.label.toLowerCase() },
    { cites: (row) => row.key === 'maxOutput', says: (row, w, others) => `longer outputs (${row.values[w]?.text} vs ${valuesText(row, others)})` },
    { cites: (row) => row.key === 'knowledgeCutoff', says: (row, w, others) => `newer knowledge (cutoff ${row.values[w]?.text} vs ${valuesText(row, others)})` },
    { cites: (row) => row.key === 'openWeights', says: () => 'open weights' },
    { cites: (row) => row.key === 'price.batchInput', says: () => 'a published batch price' },
];
const scoreOnly = (text) => text.replace(/\s*\([^()]*\)$/, '');
function named(ids, text) {
    return ids.map((id) => (ids.length > 1 ? `${text(id)} (${id})` : text(id))).join(' / ');
}
function valuesText(row, ids) {
    return named(ids, (id) => row.values[id]?.text ?? '');
}
export const BENCHMARK_LEAD = 0.02;
function clearLead(row, winner) {
    const mine = row.values[winner]?.value;
    if (typeof mine !== 'number')
        return false;
    const others = Object.entries(row.values)
        .filter(([id, cell]) => id !== winner && typeof cell?.value === 'number')
        .map(([, cell]) => cell?.value);
    const lead = (theirs) => (row.better === 'lower' ? theirs - mine : mine - theirs);
    return others.every((theirs) => lead(theirs) >= BENCHMARK_LEAD * Math.abs(mine));
}
function citable(row, winner, models) {
    if (row.mix !== undefined && row.sharedBy?.includes(winner))
        return true;
    if (row.winner !== winner)
        return false;
    if (row.group === 'benchmarks')
        return clearLead(row, winner);
    if (row.capability !== undefined || row.group === 'surfaces' || row.key === 'openWeights') {
        return models.every((m) => m.id === winner || row.values[m.id]?.value === false);
    }
    if (row.key === 'price.batchInput')
        return models.every((m) => m.id === winner || row.values[m.id]?.value === null);
    return true;
}
export function buildVerdict(models, rows) {
    const lines = [];
    for (const model of models) {
        const others = models.filter((m) => m.id !== model.id).map((m) => m.id);
        const strengths = [];
        for (const rule of CITABLE) {
            for (const row of rows) {
                if (rule.cites(row) && citable(row, model.id, models)) {
                    const text = rule.says(row, model.id, others);
                    if (!strengths.includes(text))
                        strengths.push(text);
                }
            }
            if (strengths.length >= 3)
                break;
        }
        const shown = strengths.slice(0, 3);
        if (shown.length === 0) {
            lines.push(`No figure in this comparison favours ${model.name} at this volume and mix.`);
        }
        else {
            lines.push(`Choose ${model.name} if you need ${wordList(shown)}.`);
        }
    }
    return lines.slice(0, 4);
}
function difference(from, to) {
    const before = new Set(from);
    const after = new Set(to);
    return { lost: [...before].filter((x) => !after.has(x)), gained: [...after].filter((x) => !before.has(x)) };
}
function capabilityChanges(from, to, rows) {
    const capabilities = rows.filter((r) => r.capability !== undefined);
    const names = (test) => capabilities.filter((r) => test(r.values[from.id]?.value, r.values[to.id]?.value)).map((r) => r.capability);
    return {
        lost: names((a, b) => a === true && b === false),
        gained: names((a, b) => b === true && a === false),
        unknown: names((a, b) => (a === true && b === null) || (b === true && a === null)),
    };
}
function monthlyCosts(from, to, rows) {
    const row = rows.find((r) => r.volume?.yours);
    if (!row?.volume)
        return undefined;
    const usd = (id) => (typeof row.values[id]?.value === 'number' ? row.values[id]?.value : null);
    return { volume: row.volume, from: usd(from.id), to: usd(to.id) };
}
function spanCosts(from, to, rows) {
    return rows.flatMap((row) => {
        const [a, b] = [row.values[from.id]?.value, row.values[to.id]?.value];
        return row.span && typeof a === 'number' && typeof b === 'number' ? [{ per: row.span.per, from: a, to: b }] : [];
    });
}
function costLine(cost, multiplier, spans) {
    if (!cost || cost.from === null || cost.to === null || multiplier === null)
        return 'Cost: no comparable price for this profile.';
    const { volume } = cost;
    const perRequest = volume.per === 'request';
    const bill = perRequest ? 'cost' : 'monthly bill';
    const change = cost.to === cost.from ? `the same ${bill}` : multiplier >= 1 ? `${times(multiplier)} the ${bill}` : cheaperBy(cost.to, cost.from);
    const others = spans.map((s) => `; ${spanWords(s.per).per}: ${money(s.from)} → ${money(s.to)}${s.to === s.from ? '' : `, ${money(Math.abs(s.to - s.from))} ${s.to < s.from ? 'saved' : 'more'}`}`);
    const month = others.length > 0 ? ' a month' : '';
    const amount = perRequest ? requestMoney : money;
    const each = perRequest ? (volume.count === undefined ? ` a ${volume.what ?? 'request'}` : '') : month ? '' : ' a month';
    const difference = cost.to === cost.from ? '' : `, ${amount(Math.abs(cost.to - cost.from))}${each} ${cost.to < cost.from ? 'saved' : 'more'}`;
    const at = perRequest ? volumeWords(volume) : `at ${tokens(volume.tokens)} tokens`;
    return `Cost: ${change} ${at} (${amount(cost.from)} → ${amount(cost.to)}${month}${difference}${others.join('')}).`;
}
function askedVolumeLines(from, to, rows) {
    return rows.flatMap((row) => {
        const [a, b] = [row.values[from.id]?.value, row.values[to.id]?.value];
        if (!row.volume?.asked || row.volume.yours || typeof a !== 'number' || typeof b !== 'number')
            return [];
        const difference = a === b ? '' : `, ${money(Math.abs(b - a))} a month ${b < a ? 'saved' : 'more'}`;
        return [`At ${tokens(row.volume.tokens)} tokens: ${money(a)} → ${money(b)}${difference}.`];
    });
}
function benchmarkLines(from, to, rows) {
    const lines = [];
    for (const row of rows.filter((r) => r.group === 'benchmarks')) {
        const a = row.values[from.id];
        const b = row.values[to.id];
        if (typeof a?.value !== 'number' || typeof b?.value !== 'number' || a.value === b.value)
            continue;
        const diff = b.value - a.value;
        const change = a.text.endsWith('%') ? points(diff) : `${diff > 0 ? '+' : '−'}${Math.abs(Number(diff.toFixed(1)))}`;
        lines.push(`${row.label}: ${a.text} → ${b.text} (${change}).`);
    }
    return lines;
}
function summary(from, to, rows, f, asOf) {
    const lines = [costLine(monthlyCosts(from, to, rows), f.costMultiplier, spanCosts(from, to, rows)), ...askedVolumeLines(from, to, rows)];
    const delta = f.contextChange;
    if (delta !== 0)
        lines.push(`Context: ${delta > 0 ? 'gains' : 'loses'} ${count(Math.abs(delta))} tokens (${count(from.contextWindow)} → ${count(to.contextWindow)}).`);
    const listed = [
        [f.capabilitiesLost, (x) => `Loses: ${x} — check replacement coverage before moving traffic.`],
        [f.capabilitiesGained, (x) => `Gains: ${x}.`],
        [f.capabilitiesUnknown, (x) => `Not published for one side: ${x}.`],
        [f.modalitiesLost, (x) => `Input modalities lost: ${x}.`],
        [f.modalitiesGained, (x) => `Input modalities gained: ${x}.`],
        [f.surfacesLost, (x) => `Surfaces lost: ${x}.`],
        [f.surfacesGained, (x) => `Surfaces gained: ${x}.`],
        [f.routesLost, (x) => `Routes lost: ${x}.`],
        [f.routesGained, (x) => `Routes gained: ${x}.`],
    ];
    for (const [items, line] of listed)
        if (items.length > 0)
            lines.push(line(items.join(', ')));
    const shared = [...new Set(from.routes.map((r) => r.platform))].filter((p) => to.routes.some((r) => r.platform === p));
    if (from.provider !== to.provider && shared.length > 0)
        lines.push(`Both are sold on ${shared.join(', ')}: A/B test the switch there.`);
    const lifecycle = lifecycleNote(to, asOf);
    if (lifecycle)
        lines.push(`${lifecycle}.`);
    return [...lines, ...benchmarkLines(from, to, rows)];
}
export function switchFriction(from, to, rows, asOf) {
    const capabilities = capabilityChanges(from, to, rows);
    const routes = difference(from.routes.map((r) => r.platform), to.routes.map((r) => r.platform));
    const available = (m) => m.surfaces.filter((s) => s.available).map((s) => s.id);
    const surfaces = difference(available(from), available(to));
    const modalities = difference(from.modalities.input, to.modalities.input);
    const cost = monthlyCosts(from, to, rows);
    const monthlyFrom = cost?.from ?? null;
    const monthlyTo = cost?.to ?? null;
    const friction = {
        from: from.id,
        to: to.id,
        capabilitiesLost: capabilities.lost,
        capabilitiesGained: capabilities.gained,
        capabilitiesUnknown: capabilities.unknown,
        contextChange: to.contextWindow - from.contextWindow,
        maxOutputChange: from.maxOutput !== undefined && to.maxOutput !== undefined ? to.maxOutput - from.maxOutput : null,
        modalitiesLost: modalities.lost,
        modalitiesGained: modalities.gained,
        routesLost: routes.lost,
        routesGained: routes.gained,
        surfacesLost: surfaces.lost,
        surfacesGained: surfaces.gained,
        costMultiplier: monthlyFrom !== null && monthlyTo !== null && monthlyFrom > 0 ? monthlyTo / monthlyFrom : null,
        monthlyFrom,
        monthlyTo,
    };
    return { ...friction, summary: summary(from, to, rows, friction, asOf) };
}
//# sourceMappingURL=verdict.js.map