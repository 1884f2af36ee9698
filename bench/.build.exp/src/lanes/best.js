import { quotedPrice } from '../catalog/history.js';
import { collectSources } from '../catalog/sources.js';
import { assumptions } from '../cost/assumptions.js';
import { cheapest } from '../cost/rank.js';
import { money, perMillion } from '../cost/format.js';
import { priceScoreFrontier } from '../cost/frontier.js';
import { maxInputOf, unmetNeed } from '../catalog/needs.js';
import { allLaneVerdicts, lanePrice, laneScores, laneStrength, scoreText } from './verdicts.js';
import { EVIDENCE_WEIGHTS } from '../catalog/lanes-schema.js';
import { taskCostText, taskCosts } from './runs.js';
export function lanesAnswer(catalog, models, profile, asOf) {
    const lanes = allLaneVerdicts(catalog, models, profile, asOf);
    return {
        kind: 'lanes',
        models: models.map((m) => m.id),
        lanes,
        assumptions: assumptions(profile, asOf),
        sources: collectSources(lanes.flatMap((l) => l.sources)),
    };
}
export function findLane(catalog, text) {
    const t = text.trim().toLowerCase();
    return catalog.lanes.find((l) => l.id === t) ?? catalog.lanes.find((l) => l.keywords.some((k) => k.toLowerCase() === t));
}
export function pickEvidence(catalog, lane, model) {
    return laneScores(lane, model).map(({ entry, score }) => {
        const meta = catalog.benchmarks.get(entry.benchmark);
        const shown = model.benchmarks.find((b) => b.id === entry.benchmark && b.score === score);
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
function evidenceLine(e) {
    return `${e.name} ${e.text}${e.proxy ? ' (proxy)' : ''}${e.reportedBy === 'vendor' ? ' (vendor-reported)' : ''}`;
}
export function best(catalog, lane, profile, filters, asOf, top = 5, value = false, skip = 0) {
    const candidates = catalog.models.filter((m) => (filters.includeDeprecated || m.status !== 'deprecated') && unmetNeed(lane, m) === undefined);
    const ranking = cheapest(catalog, profile, { ...filters, lane: lane.id }, asOf, Number.MAX_SAFE_INTEGER);
    const ranked = ranking.ranking;
    const allowed = new Set(ranked.map((r) => r.model));
    const eligible = candidates.filter((m) => allowed.has(m.id));
    const hasEvidence = (m) => laneScores(lane, m).length > 0;
    const untested = lane.evidence.length > 0 ? eligible.filter((m) => !hasEvidence(m)).length : 0;
    const rankedOf = new Map(ranked.map((r) => [r.model, r]));
    const priceNow = (m) => {
        const r = lane.priceMetric === 'usd' ? rankedOf.get(m.id) : undefined;
        if (!r)
            return lanePrice(lane, m, profile, asOf);
        const own = r.route.host === r.provider;
        return { value: r.blendedPerMillion, text: `${perMillion(r.blendedPerMillion)}${own ? '' : ` via ${r.route.name}`}` };
    };
    const priceOf = (m) => priceNow(m)?.value ?? Number.POSITIVE_INFINITY;
    const floors = lane.evidence.filter((e) => e.floor !== undefined).map((e) => `${e.benchmark} ≥ ${e.floor}`);
    const floorText = floors.length > 0 ? `; floors: ${floors.join(', ')}` : '';
    let picked;
    let rule;
    const strength = new Map(eligible.map((m) => [m.id, laneStrength(catalog, lane, m)]));
    const weights = () => [...lane.evidence].sort((a, b) => EVIDENCE_WEIGHTS[b.weight] - EVIDENCE_WEIGHTS[a.weight]).map((e) => `${e.benchmark} ${e.weight}${e.proxy ? ' (proxy)' : ''}`);
    if (lane.evidence.length === 0) {
        picked = [...eligible].sort((a, b) => priceOf(a) - priceOf(b) || a.id.localeCompare(b.id));
        rule = `cheapest first among models that meet the needs${lane.needs.minInput !== undefined ? ` (maximum input ≥ ${lane.needs.minInput.toLocaleString('en-US')} tokens)` : ''}; no benchmark in the catalog measures this lane`;
    }
    else if (value) {
        picked = priceScoreFrontier(eligible.filter(hasEvidence), priceOf, (m) => strength.get(m.id));
        rule = `best value: only the models no other beats on both price and strength (each score as a share of the catalog's best on that benchmark, weighted ${weights().join(', ')}${floorText}), cheapest first; untested models are left out`;
    }
    else if (lane.decideBy === 'price') {
        const count = (m) => laneScores(lane, m).length;
        picked = eligible.filter(hasEvidence).sort((a, b) => Number(count(b) >= 2) - Number(count(a) >= 2) || priceOf(a) - priceOf(b) || a.id.localeCompare(b.id));
        rule = `models resting on two or more lane scores first, then cheapest first, among models that meet the needs and have a score on ${lane.evidence.map((e) => `${e.benchmark}${e.proxy ? ' (proxy)' : ''}`).join(', ')}${floorText}; untested models are left out`;
    }
    else {
        const count = (m) => laneScores(lane, m).length;
        picked = eligible
            .filter(hasEvidence)
            .sort((a, b) => Number(count(b) >= 2) - Number(count(a) >= 2) || (strength.get(b.id) ?? 0) - (strength.get(a.id) ?? 0) || priceOf(a) - priceOf(b) || a.id.localeCompare(b.id));
        rule = `models resting on two or more lane scores first, then by strength: each score as a share of the catalog's best on that benchmark, weighted ${weights().join(', ')}${floorText}; untested models are left out`;
    }
    const picks = picked.slice(skip, skip + top).map((m) => {
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
                monthly !== null ? `${money(monthly)}${filters.maxMonthlyUsd !== undefined ? ` ≤ ${money(filters.maxMonthlyUsd)}` : ''} a month` : undefined,
            ]
                .filter(Boolean)
                .join('; '),
        };
    });
    const used = picked.slice(skip, skip + top);
    return {
        kind: 'best',
        lane: lane.id,
        name: lane.name,
        description: lane.description,
        decideBy: lane.decideBy,
        value: value && lane.evidence.length > 0,
        picks,
        firstPlace: skip + 1,
        picked: picked.length,
        untested,
        eligible: eligible.length,
        excluded: ranking.excluded.filter((e) => e.count > 0),
        rule,
        assumptions: assumptions(profile, asOf),
        sources: collectSources(used.flatMap((m) => [
            { what: `${m.id} prices`, source: quotedPrice(m, asOf).source, checked: quotedPrice(m, asOf).checked },
            ...m.benchmarks
                .filter((b) => lane.evidence.some((e) => e.benchmark === b.id) || b.run !== undefined)
                .map((b) => ({ what: `${m.id} ${b.id}`, source: b.source, checked: b.checked })),
        ])),
    };
}
export function laneChoices(catalog) {
    return catalog.lanes.map((l) => `${l.id} (${l.name})`).join(', ');
}
//# sourceMappingURL=best.js.map