import { quotedPrice } from '../catalog/history.js';
import { isRetired, lifecycleNote } from '../catalog/lifecycle.js';
import { hostName } from '../catalog/schema.js';
import { collectSources, specFigure, speedFigures } from '../catalog/sources.js';
import { modelsNamed } from '../catalog/resolve.js';
import { canStandIn, scoreOf, scoreText, unmetNeed } from '../catalog/needs.js';
import { collapseSnapshots, snapshotGroupOf } from '../catalog/snapshots.js';
import { cheapestRun } from '../catalog/runs.js';
import { cheaperBy, count, money, perMillion, price, times, tokens as tokenCount, tokensPerSecond } from './format.js';
import { assumptions } from './assumptions.js';
import { priceScoreFrontier } from './frontier.js';
import { billedTokens, billTotal, exact, MILLION, priceProfile, ratesFor, tokensBought } from './price.js';
export const PRICE_BOUNDS = [
    { side: undefined, min: 'minPerMillion', max: 'maxPerMillion' },
    { side: 'input', min: 'minInputPerMillion', max: 'maxInputPerMillion' },
    { side: 'output', min: 'minOutputPerMillion', max: 'maxOutputPerMillion' },
];
export function crossedPriceBounds(filters) {
    return PRICE_BOUNDS.flatMap(({ side, min, max }) => {
        const [floor, cap] = [filters[min], filters[max]];
        return floor !== undefined && cap !== undefined && floor > cap ? [{ side, floor, cap }] : [];
    });
}
export const RANK_ORDERS = ['price', 'priciest', 'newest', 'context', 'output', 'speed', 'score', 'task', 'retiring', 'value', 'cutoff'];
export const TIE_BREAK = 'equal monthly costs are ordered by the lower output price, then the newer release, then the id';
export const NEWEST_TIE_BREAK = 'models released the same day are ordered by the lower monthly cost, then the lower output price, then the id; models without a published release date come last';
export const OUTPUT_TIE_BREAK = 'equal maximum outputs are ordered by the lower monthly cost, then the lower output price, then the newer release, then the id';
export const CONTEXT_TIE_BREAK = 'equal context windows are ordered by the lower monthly cost, then the lower output price, then the newer release, then the id';
export const SCORE_TIE_BREAK = 'equal scores are ordered by the lower monthly cost, then the lower output price, then the newer release, then the id';
export const TASK_TIE_BREAK = 'equal costs per task are ordered by the lower monthly cost, then the lower output price, then the newer release, then the id';
export const CUTOFF_TIE_BREAK = 'equal knowledge cutoffs are ordered by the lower monthly cost, then the lower output price, then the newer release, then the id';
export const VALUE_TIE_BREAK = 'the models no other beats on both price and score, cheapest first; equal monthly costs are ordered by the higher score, then the lower output price, then the id';
export const RETIRING_TIE_BREAK = 'models retiring the same day are ordered by the lower monthly cost, then the lower output price, then the id; deprecated models without a published retirement date come last';
export const SPEED_TIE_BREAK = 'equal speeds are ordered by the lower monthly cost, then the lower output price, then the newer release, then the id';
function checks(catalog, filters, profile, asOf, order) {
    const list = [];
    list.push({ filter: 'retired', label: 'retired', passes: (m) => !isRetired(m, asOf), why: () => '' });
    if (order === 'speed') {
        list.push({
            filter: 'speed',
            label: 'no measured output speed',
            passes: (m) => m.speed?.outputTokensPerSecond !== undefined,
            why: (m) => `output ${tokensPerSecond(m.speed?.outputTokensPerSecond ?? 0)}`,
        });
    }
    if (order === 'cutoff') {
        list.push({
            filter: 'cutoffPublished',
            label: 'no published knowledge cutoff',
            passes: (m) => m.knowledgeCutoff !== undefined,
            why: (m) => `knowledge cutoff ${m.knowledgeCutoff}`,
        });
    }
    if (order === 'output') {
        list.push({
            filter: 'outputLimit',
            label: 'no published maximum output',
            passes: (m) => m.maxOutput !== undefined,
            why: (m) => `max output ${count(m.maxOutput ?? 0)} tokens`,
        });
    }
    const window = filters.retires;
    if (order === 'retiring' && window) {
        list.push({
            filter: 'lifecycle',
            label: `no retirement date from ${window.from} to ${window.to}`,
            passes: (m) => m.retires !== undefined && m.retires >= window.from && m.retires <= window.to,
            why: (m) => `retires ${m.retires}${m.replacement ? `; successor ${m.replacement}` : ''}`,
        });
    }
    else if (order === 'retiring') {
        list.push({
            filter: 'lifecycle',
            label: 'not deprecated and no retirement announced',
            passes: (m) => m.status === 'deprecated' || m.retires !== undefined,
            why: (m) => `${m.retires ? `retires ${m.retires}` : 'deprecated; no retirement date published'}${m.replacement ? `; successor ${m.replacement}` : ''}`,
        });
    }
    else if (!filters.includeDeprecated) {
        list.push({ filter: 'status', label: 'deprecated', passes: (m) => m.status !== 'deprecated', why: () => '' });
    }
    for (const capability of filters.need ?? []) {
        list.push({ filter: `need:${capability}`, label: `no ${capability}`, passes: (m) => m.capabilities[capability] === true, why: () => capability });
    }
    for (const capability of filters.without ?? []) {
        list.push({ filter: `without:${capability}`, label: `with ${capability}`, passes: (m) => m.capabilities[capability] !== true, why: () => `no ${capability}` });
    }
    if (filters.families && filters.families.length > 0) {
        const kept = new Set(filters.families);
        list.push({
            filter: 'families',
            label: `not in the ${filters.families.join(' or ')} famil${filters.families.length === 1 ? 'y' : 'ies'}`,
            passes: (m) => kept.has(m.family),
            why: (m) => m.family,
        });
    }
    if (filters.excludeFamilies && filters.excludeFamilies.length > 0) {
        const left = new Set(filters.excludeFamilies);
        const families = `in the ${filters.excludeFamilies.join(' or ')} famil${filters.excludeFamilies.length === 1 ? 'y' : 'ies'}`;
        list.push({ filter: 'excludeFamilies', label: families, passes: (m) => !left.has(m.family), why: () => `not ${families}` });
    }
    if (filters.excludeModels && filters.excludeModels.length > 0) {
        const left = new Set(filters.excludeModels);
        const names = filters.excludeModels.join(' or ');
        list.push({ filter: 'excludeModels', label: `left out by name (${names})`, passes: (m) => !left.has(m.id), why: () => `not ${names}` });
    }
    if (filters.named !== undefined) {
        const kept = new Set(modelsNamed(catalog, filters.named));
        list.push({ filter: 'named', label: `not named ${filters.named}`, passes: (m) => kept.has(m), why: () => `a ${filters.named} model` });
    }
    if (filters.excludeProviders && filters.excludeProviders.length > 0) {
        const left = new Set(filters.excludeProviders);
        list.push({
            filter: 'excludeProviders',
            label: `from ${filters.excludeProviders.join(' or ')}`,
            passes: (m) => !left.has(m.provider),
            why: () => `not from ${filters.excludeProviders?.join(' or ')}`,
        });
    }
    for (const modality of filters.inputModalities ?? []) {
        list.push({ filter: `input:${modality}`, label: `no ${modality} input`, passes: (m) => m.modalities.input.includes(modality), why: () => `${modality} input` });
    }
    for (const modality of filters.outputModalities ?? []) {
        list.push({ filter: `output:${modality}`, label: `no ${modality} output`, passes: (m) => m.modalities.output.includes(modality), why: () => `${modality} output` });
    }
    const minOutput = filters.minOutput;
    if (minOutput !== undefined) {
        list.push({
            filter: 'minOutput',
            label: `maximum output below ${count(minOutput)} or not published`,
            passes: (m) => (m.maxOutput ?? 0) >= minOutput,
            why: (m) => `max output ${count(m.maxOutput ?? 0)} ≥ ${count(minOutput)}`,
        });
    }
    const maxOutput = filters.maxOutput;
    if (maxOutput !== undefined) {
        list.push({
            filter: 'maxOutput',
            label: `maximum output above ${count(maxOutput)} or not published`,
            passes: (m) => m.maxOutput !== undefined && m.maxOutput <= maxOutput,
            why: (m) => `max output ${count(m.maxOutput ?? 0)} ≤ ${count(maxOutput)}`,
        });
    }
    const minSpeed = filters.minSpeed;
    if (minSpeed !== undefined) {
        list.push({
            filter: 'minSpeed',
            label: `output speed below ${tokensPerSecond(minSpeed)} or not measured`,
            passes: (m) => (m.speed?.outputTokensPerSecond ?? 0) >= minSpeed,
            why: (m) => `output ${tokensPerSecond(m.speed?.outputTokensPerSecond ?? 0)} ≥ ${tokensPerSecond(minSpeed)}`,
        });
    }
    const cutoffDay = (d) => (d.length === 7 ? `${d}-01` : d);
    const cutoff = filters.minKnowledgeCutoff;
    if (cutoff !== undefined) {
        list.push({
            filter: 'minKnowledgeCutoff',
            label: `knowledge cutoff before ${cutoff} or not published`,
            passes: (m) => m.knowledgeCutoff !== undefined && cutoffDay(m.knowledgeCutoff) >= cutoffDay(cutoff),
            why: (m) => `knowledge cutoff ${m.knowledgeCutoff}`,
        });
    }
    const before = filters.knowledgeCutoffBefore;
    if (before !== undefined) {
        list.push({
            filter: 'knowledgeCutoffBefore',
            label: `knowledge cutoff on or after ${before} or not published`,
            passes: (m) => m.knowledgeCutoff !== undefined && cutoffDay(m.knowledgeCutoff) < cutoffDay(before),
            why: (m) => `knowledge cutoff ${m.knowledgeCutoff}`,
        });
    }
    const scoredOn = filters.scoredOn === undefined ? undefined : catalog.benchmarks.get(filters.scoredOn);
    if (scoredOn && order === 'task') {
        list.push({
            filter: 'taskCost',
            label: `no published run cost on ${scoredOn.name}`,
            passes: (m) => cheapestRun(catalog, m, scoredOn.id) !== undefined,
            why: (m) => {
                const run = cheapestRun(catalog, m, scoredOn.id);
                return run ? `scored ${scoreText(catalog, scoredOn.id, run.score)} in the ${run.label}` : '';
            },
        });
    }
    else if (scoredOn) {
        list.push({
            filter: 'scoredOn',
            label: `untested on ${scoredOn.name}`,
            passes: (m) => scoreOf(m, scoredOn.id) !== undefined,
            why: (m) => {
                const vendor = vendorReported(m, scoredOn.id);
                if (order === 'score' || order === 'value')
                    return vendor ? `${scoredOn.name}: vendor-reported` : '';
                return `${scoredOn.name} ${scoreText(catalog, scoredOn.id, scoreOf(m, scoredOn.id) ?? 0)}${vendor ? ' (vendor-reported)' : ''}`;
            },
        });
    }
    const released = filters.released;
    if (released) {
        const day = (m) => (m.released && m.released.length === 7 ? `${m.released}-01` : m.released);
        list.push({
            filter: 'released',
            label: `released ${released.from === undefined ? `after ${released.to}` : released.from === released.to ? `on a day other than ${released.from}` : `outside ${released.from} to ${released.to}`}, or on no published date`,
            passes: (m) => {
                const d = day(m);
                return d !== undefined && (released.from === undefined || d >= released.from) && d <= released.to;
            },
            why: (m) => `released ${m.released}`,
        });
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
    const maxContext = filters.maxContext;
    if (maxContext !== undefined) {
        list.push({
            filter: 'maxContext',
            label: `context above ${count(maxContext)}`,
            passes: (m) => m.contextWindow <= maxContext,
            why: (m) => `context ${count(m.contextWindow)} ≤ ${count(maxContext)}`,
        });
    }
    if (filters.providers && filters.providers.length > 0) {
        const wanted = new Set(filters.providers);
        list.push({ filter: 'provider', label: `not from ${filters.providers.join(' or ')}`, passes: (m) => wanted.has(m.provider), why: (m) => m.provider });
    }
    if (filters.openWeights === false) {
        list.push({ filter: 'openWeights', label: 'open weights', passes: (m) => m.openWeights !== true, why: () => 'proprietary' });
    }
    if (filters.openWeights) {
        list.push({
            filter: 'openWeights',
            label: 'not open weights',
            passes: (m) => m.openWeights === true,
            why: (m) => (/^open weights\b/i.test(m.license) ? m.license : `open weights (${m.license})`),
        });
    }
    for (const floor of filters.benchmarkFloors ?? []) {
        const name = catalog.benchmarks.get(floor.benchmark)?.name ?? floor.benchmark;
        const score = (m) => m.benchmarks.find((b) => b.id === floor.benchmark)?.score;
        list.push({
            filter: `benchmark:${floor.benchmark}`,
            label: `${name} below ${floor.min} or untested`,
            passes: (m) => (score(m) ?? Number.NEGATIVE_INFINITY) >= floor.min,
            why: (m) => `${name} ${score(m)} ≥ ${floor.min}`,
        });
    }
    const like = filters.like === undefined ? undefined : catalog.byId.get(filters.like);
    if (like) {
        const itself = snapshotGroupOf(catalog, like.id);
        list.push({
            filter: 'like',
            label: `cannot stand in for ${like.id} (the capabilities its requests use, its inputs and context)`,
            passes: (m) => snapshotGroupOf(catalog, m.id) !== itself && canStandIn(m, like),
            why: () => `stands in for ${like.id}`,
        });
        const reference = filters.cheaperThanLike ? priceProfile(like, profile, asOf) : undefined;
        if (reference?.ok) {
            const month = reference.monthlyUsd;
            list.push({
                filter: 'cheaperThanLike',
                label: `no cheaper than ${like.id} (${money(month)} a month)`,
                passes: (_m, c) => c !== undefined && exact(c.total / MILLION) < month,
                why: (_m, q) => `${cheaperBy(q.monthlyUsd, month)} than ${like.id}`,
            });
        }
    }
    const monthOf = (id) => {
        const model = id === undefined ? undefined : catalog.byId.get(id);
        const quote = model ? priceProfile(model, profile, asOf) : undefined;
        return model && quote?.ok ? { id: model.id, month: quote.monthlyUsd } : undefined;
    };
    const dearer = monthOf(filters.pricierThan);
    if (dearer) {
        const { id, month } = dearer;
        list.push({
            filter: 'pricierThan',
            judgesPrice: true,
            label: `no pricier than ${id} (${money(month)} a month)`,
            passes: (m, c) => c !== undefined && m.id !== id && exact(c.total / MILLION) > month,
            why: (_m, q) => `${month > 0 ? `${times(q.monthlyUsd / month)} ${id}'s` : `more than ${id}'s`} ${money(month)}`,
        });
    }
    const ends = (filters.pricedBetween ?? []).flatMap((id) => monthOf(id) ?? []);
    const [low, high] = [...ends].sort((a, b) => a.month - b.month);
    if (low && high) {
        list.push({
            filter: 'pricedBetween',
            judgesPrice: true,
            label: `not priced between ${low.id} and ${high.id} (${money(low.month)}–${money(high.month)} a month)`,
            passes: (m, c) => c !== undefined && m.id !== low.id && m.id !== high.id && exact(c.total / MILLION) > low.month && exact(c.total / MILLION) < high.month,
            why: (_m, q) => `${money(q.monthlyUsd)}: between ${low.id}'s ${money(low.month)} and ${high.id}'s ${money(high.month)}`,
        });
    }
    if (filters.hosts && filters.hosts.length > 0) {
        const hosts = new Set(filters.hosts);
        const names = filters.hosts.map(hostName);
        list.push({
            filter: 'hosts',
            label: `not sold on ${names.join(' or ')}`,
            passes: (m) => soldOn(m, hosts, asOf),
            why: () => `sold on ${names.join(' or ')}`,
        });
    }
    const lane = filters.lane === undefined ? undefined : catalog.lanes.find((l) => l.id === filters.lane);
    if (lane) {
        const scored = (m) => lane.evidence.flatMap((e) => {
            const score = scoreOf(m, e.benchmark);
            return score === undefined ? [] : [`${catalog.benchmarks.get(e.benchmark)?.name ?? e.benchmark} ${scoreText(catalog, e.benchmark, score)}${e.proxy ? ' (proxy)' : ''}`];
        });
        list.push({
            filter: `lane:${lane.id}`,
            label: `does not meet the ${lane.id} lane's needs`,
            passes: (m) => unmetNeed(lane, m) === undefined,
            why: (m) => {
                if (lane.evidence.length === 0)
                    return `fits ${lane.id}`;
                const scores = scored(m);
                return scores.length > 0 ? `fits ${lane.id} (${scores.join(', ')})` : `meets ${lane.id}'s needs, untested on its benchmarks`;
            },
        });
        if (filters.laneTested && lane.evidence.length > 0) {
            list.push({ filter: 'laneTested', label: `untested on the ${lane.id} lane's benchmarks`, passes: (m) => scored(m).length > 0, why: () => '' });
        }
    }
    const rateOf = (side) => side === undefined
        ? { name: 'blended price', rate: (c) => exact(c.total / profile.tokensPerMonth), shown: (q) => q.blendedPerMillion }
        : side === 'input'
            ? { name: 'input price', rate: (c) => c.inputRate, shown: (q) => q.rates.input }
            : { name: 'output price', rate: (c) => c.outputRate, shown: (q) => q.rates.output };
    for (const bound of PRICE_BOUNDS) {
        const [side, min, max] = [bound.side, filters[bound.min], filters[bound.max]];
        if (min === undefined && max === undefined)
            continue;
        const { name, rate, shown } = rateOf(side);
        const filter = max !== undefined ? bound.max : bound.min;
        const label = min !== undefined && min === max
            ? `${name} not ${perMillion(min)}`
            : min !== undefined && max !== undefined
                ? `${name} outside ${price(min)}–${perMillion(max)}`
                : max !== undefined
                    ? `${name} above ${perMillion(max)}`
                    : `${name} below ${perMillion(min ?? 0)}`;
        const prefix = side === undefined ? '' : `${side} `;
        list.push({
            filter,
            judgesPrice: true,
            label,
            passes: (_m, c) => c !== undefined && (max === undefined || rate(c) <= max) && (min === undefined || rate(c) >= min),
            why: (_m, q) => min !== undefined && min === max
                ? `${prefix}${perMillion(shown(q))}`
                : min !== undefined && max !== undefined
                    ? `${prefix}${perMillion(shown(q))} within ${price(min)}–${perMillion(max)}`
                    : max !== undefined
                        ? `${prefix}${perMillion(shown(q))} ≤ ${perMillion(max)}`
                        : `${prefix}${perMillion(shown(q))} ≥ ${perMillion(min ?? 0)}`,
        });
    }
    const maxMonthly = filters.maxMonthlyUsd;
    if (maxMonthly !== undefined) {
        list.push({
            filter: 'maxMonthlyUsd',
            judgesPrice: true,
            label: `above ${money(maxMonthly)} a month`,
            passes: (_m, c) => c !== undefined && exact(c.total / MILLION) <= maxMonthly,
            why: (_m, q) => `${money(q.monthlyUsd)} ≤ ${money(maxMonthly)} a month${q.blendedPerMillion > 0 ? ` (buys ${tokenCount(tokensBought(maxMonthly, q.blendedPerMillion))} tokens)` : ''}`,
        });
    }
    return list;
}
const sameCost = (a, b) => Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
const NO_TIERS = Object.freeze([]);
const NO_SERVICE_TIERS = Object.freeze({});
const routeInput = (base, route) => (route.free ? 0 : (route.input ?? base.input));
const routeOutput = (base, route) => (route.free ? 0 : (route.output ?? base.output));
const routeCachedInput = (base, route) => route.free ? 0 : (route.cachedInput ?? (route.input === undefined ? base.cachedInput : undefined));
function routeEntry(base, route) {
    const entry = {
        from: base.from,
        input: routeInput(base, route),
        output: routeOutput(base, route),
        tiers: NO_TIERS,
        serviceTiers: NO_SERVICE_TIERS,
        source: route.source,
        checked: route.checked,
    };
    const cachedInput = routeCachedInput(base, route);
    if (cachedInput !== undefined)
        entry.cachedInput = cachedInput;
    if (route.free)
        entry.free = true;
    return entry;
}
const sellsOnItsOwnTerms = (r) => r.free === true || r.input !== undefined || r.output !== undefined || r.cachedInput !== undefined;
const pricesRequests = (r) => r.batch !== true;
function optionOf(catalog, model, way) {
    if (way.route) {
        const r = way.route;
        return { route: { host: r.platform, name: hostName(r.platform), id: r.id, free: r.free === true }, priced: { ...model, pricing: [way.entry] } };
    }
    const base = way.entry;
    const sameRoute = base.host ? model.routes.find((r) => r.platform === base.host && r.input === undefined && r.output === undefined) : undefined;
    const name = base.host ? hostName(base.host) : (catalog.providers.find((p) => p.id === model.provider)?.name ?? model.provider);
    return { route: { host: base.host ?? model.provider, name, id: sameRoute?.id ?? null, free: base.free === true }, priced: model };
}
export function pricedOn(model, route, asOf) {
    return sellsOnItsOwnTerms(route) ? { ...model, pricing: [routeEntry(quotedPrice(model, asOf), route)] } : model;
}
export function buyingOptions(catalog, model, asOf) {
    const base = quotedPrice(model, asOf);
    const routes = model.routes.filter((r) => sellsOnItsOwnTerms(r) && pricesRequests(r)).map((route) => optionOf(catalog, model, { route, entry: routeEntry(base, route) }));
    return [optionOf(catalog, model, { route: null, entry: base }), ...routes];
}
const hostOf = (model, base, route) => (route ? route.platform : (base.host ?? model.provider));
function soldOn(model, hosts, asOf) {
    return hosts.has(hostOf(model, quotedPrice(model, asOf), null)) || model.routes.some((r) => hosts.has(r.platform) && pricesRequests(r));
}
function compareCandidates(a, b) {
    return ((sameCost(a.total, b.total) ? 0 : a.total - b.total) ||
        a.outputRate - b.outputRate ||
        (b.model.released ?? '').localeCompare(a.model.released ?? '') ||
        a.model.id.localeCompare(b.model.id));
}
function compareNewest(a, b) {
    return (b.model.released ?? '').localeCompare(a.model.released ?? '') || compareCandidates(a, b);
}
const cutoffDay = (m) => (m.knowledgeCutoff === undefined ? '' : m.knowledgeCutoff.length === 7 ? `${m.knowledgeCutoff}-01` : m.knowledgeCutoff);
const ORDERS = {
    price: { compare: compareCandidates, tieBreak: TIE_BREAK, alone: 'no filter asked; ranked on price alone' },
    priciest: {
        compare: (a, b) => (sameCost(a.total, b.total) ? 0 : b.total - a.total) || compareCandidates(a, b),
        tieBreak: TIE_BREAK,
        alone: 'no filter asked; ranked on price alone, the dearest first',
    },
    newest: { compare: compareNewest, tieBreak: NEWEST_TIE_BREAK, alone: 'no filter asked; ranked by release date alone' },
    context: {
        compare: (a, b) => b.model.contextWindow - a.model.contextWindow || compareCandidates(a, b),
        tieBreak: CONTEXT_TIE_BREAK,
        alone: 'no filter asked; ranked by context window alone',
    },
    output: {
        compare: (a, b) => (b.model.maxOutput ?? 0) - (a.model.maxOutput ?? 0) || compareCandidates(a, b),
        tieBreak: OUTPUT_TIE_BREAK,
        alone: 'ranked by published maximum output alone',
    },
    cutoff: {
        compare: (a, b) => cutoffDay(b.model).localeCompare(cutoffDay(a.model)) || compareCandidates(a, b),
        tieBreak: CUTOFF_TIE_BREAK,
        alone: 'ranked by knowledge cutoff alone',
    },
    retiring: {
        compare: (a, b) => (a.model.retires ?? '9999').localeCompare(b.model.retires ?? '9999') || compareCandidates(a, b),
        tieBreak: RETIRING_TIE_BREAK,
        alone: 'ranked by retirement date alone',
    },
    speed: {
        compare: (a, b) => (b.model.speed?.outputTokensPerSecond ?? 0) - (a.model.speed?.outputTokensPerSecond ?? 0) || compareCandidates(a, b),
        tieBreak: SPEED_TIE_BREAK,
        alone: 'ranked by measured output speed alone',
    },
};
function onFrontier(candidates, benchmark) {
    return priceScoreFrontier(candidates, (c) => c.total, (c) => scoreOf(c.model, benchmark), sameCost);
}
function vendorReported(model, benchmark) {
    const best = scoreOf(model, benchmark);
    return model.benchmarks.some((b) => b.id === benchmark && b.score === best && b.reportedBy === 'vendor');
}
function orderingOf(catalog, order, benchmark) {
    if (order !== 'score' && order !== 'task' && order !== 'value')
        return ORDERS[order];
    if (benchmark === undefined)
        return ORDERS.price;
    if (order === 'value') {
        const score = (c) => scoreOf(c.model, benchmark) ?? Number.NEGATIVE_INFINITY;
        return {
            compare: (a, b) => (sameCost(a.total, b.total) ? 0 : a.total - b.total) || score(b) - score(a) || a.outputRate - b.outputRate || a.model.id.localeCompare(b.model.id),
            tieBreak: VALUE_TIE_BREAK,
            alone: 'on the price–score frontier',
        };
    }
    if (order === 'task') {
        const perTask = (c) => cheapestRun(catalog, c.model, benchmark)?.perTaskUsd ?? Number.POSITIVE_INFINITY;
        return { compare: (a, b) => perTask(a) - perTask(b) || compareCandidates(a, b), tieBreak: TASK_TIE_BREAK, alone: 'ranked by cost per task alone' };
    }
    const score = (c) => scoreOf(c.model, benchmark) ?? Number.NEGATIVE_INFINITY;
    return { compare: (a, b) => score(b) - score(a) || compareCandidates(a, b), tieBreak: SCORE_TIE_BREAK, alone: 'ranked by score alone' };
}
function sizeFloor(filters) {
    return filters.minContext !== undefined ? 'context' : filters.minOutput !== undefined ? 'output' : undefined;
}
function largestOf(catalog, filters, asOf, nearest) {
    const what = sizeFloor(filters);
    if (!what)
        return null;
    const size = (m) => (what === 'context' ? m.contextWindow : (m.maxOutput ?? 0));
    const current = catalog.models.filter((m) => !isRetired(m, asOf) && (filters.includeDeprecated || m.status !== 'deprecated'));
    const among = nearest.length > 0 ? 'filtered' : 'current';
    const top = (among === 'filtered' ? nearest : current).reduce((best, m) => (best === undefined || size(m) > size(best) ? m : best), undefined);
    return top ? { what, model: top, tokens: size(top), among } : null;
}
function topScoreOf(catalog, filters, onlyBy, othersThan) {
    const floor = filters.benchmarkFloors?.[0];
    if (!floor)
        return null;
    const filter = `benchmark:${floor.benchmark}`;
    const scored = (onlyBy.get(filter) ?? []).filter((m) => scoreOf(m, floor.benchmark) !== undefined);
    const top = scored.reduce((a, m) => (a === undefined || scoreOf(m, floor.benchmark) > scoreOf(a, floor.benchmark) ? m : a), undefined);
    if (!top)
        return null;
    const score = scoreOf(top, floor.benchmark);
    const name = catalog.benchmarks.get(floor.benchmark)?.name ?? floor.benchmark;
    return { benchmark: floor.benchmark, name, model: top.id, score, text: scoreText(catalog, floor.benchmark, score), among: othersThan(filter) ? 'filtered' : 'current' };
}
function latestReleaseOf(models, among) {
    const latest = models.reduce((best, m) => (best === undefined || m.released > best.released ? m : best), undefined);
    return latest ? { model: latest.id, released: latest.released, among } : null;
}
function firstOfEachProvider(candidates, compare, each = 1) {
    const taken = new Map();
    return [...candidates].sort(compare).filter((c) => {
        const n = taken.get(c.model.provider) ?? 0;
        taken.set(c.model.provider, n + 1);
        return n < each;
    });
}
function firstInOrder(items, n, compare) {
    if (n >= items.length)
        return [...items].sort(compare);
    const first = [];
    for (const item of items) {
        if (first.length === n && compare(item, first[n - 1]) >= 0)
            continue;
        let i = Math.min(first.length, n - 1);
        while (i > 0 && compare(item, first[i - 1]) < 0) {
            first[i] = first[i - 1];
            i -= 1;
        }
        first[i] = item;
    }
    return first;
}
const wayEntry = (base, route) => (route && sellsOnItsOwnTerms(route) ? routeEntry(base, route) : base);
export function cheapestPaidOption(catalog, model, profile, asOf) {
    const way = cheapestWay(model, profile, billedTokens(profile), false, asOf);
    return 'total' in way ? optionOf(catalog, model, way) : undefined;
}
function cheapestWay(model, profile, tokens, free, asOf, hosts) {
    const atListPrices = !profile.batch && !profile.batchModels?.length && profile.serviceTier === 'standard' && profile.promptTokens === undefined;
    const base = quotedPrice(model, asOf);
    let best;
    let ways = 0;
    let refusal;
    for (let i = -1; i < model.routes.length; i++) {
        const route = i < 0 ? null : model.routes[i];
        if (route && !pricesRequests(route))
            continue;
        if (hosts ? !hosts.has(hostOf(model, base, route)) : route && !sellsOnItsOwnTerms(route))
            continue;
        if ((route ? route.free === true : base.free === true) !== free)
            continue;
        ways += 1;
        let input;
        let cachedInput;
        let output;
        let entry;
        if (atListPrices) {
            input = route ? routeInput(base, route) : base.input;
            output = route ? routeOutput(base, route) : base.output;
            cachedInput = (route ? routeCachedInput(base, route) : base.cachedInput) ?? input;
        }
        else {
            entry = wayEntry(base, route);
            const rates = ratesFor(model, entry, profile);
            if ('ok' in rates) {
                refusal ??= rates.reason;
                continue;
            }
            ({ input, cachedInput, output } = rates);
        }
        const total = billTotal(tokens, input, cachedInput, output);
        if (!best || (sameCost(total, best.total) ? output < best.outputRate : total < best.total)) {
            best = { model, route, entry: entry ?? wayEntry(base, route), total, inputRate: input, outputRate: output };
        }
    }
    return best ?? { ways, refusal };
}
function referenceOf(catalog, filters, profile, asOf) {
    const like = filters.like === undefined ? undefined : catalog.byId.get(filters.like);
    if (!like)
        return null;
    const q = priceProfile(like, profile, asOf);
    return { model: like.id, name: like.name, monthlyUsd: q.ok ? q.monthlyUsd : null };
}
export function cheapest(catalog, profile, filters, asOf, top = 10, order = 'price', skip = 0) {
    const tests = checks(catalog, filters, profile, asOf, order);
    const ordering = orderingOf(catalog, order, filters.scoredOn);
    const excludedCounts = tests.map(() => 0);
    const candidates = [];
    const unpriced = [];
    const byPrice = order === 'price' || order === 'priciest';
    const boughtAs = !byPrice
        ? undefined
        : profile.batch
            ? 'priced at its batch rates'
            : profile.serviceTier !== 'standard'
                ? `priced at its ${profile.serviceTier} tier`
                : undefined;
    const tokens = billedTokens(profile);
    const hosts = filters.hosts && filters.hosts.length > 0 ? new Set(filters.hosts) : undefined;
    const onlyBy = new Map();
    const othersThan = (filter) => tests.some((t) => t.filter !== filter && t.filter !== 'retired' && t.filter !== 'status');
    const floor = sizeFloor(filters) === 'context' ? 'minContext' : 'minOutput';
    const missesSaid = new Set([floor, 'released', ...(filters.benchmarkFloors?.[0] ? [`benchmark:${filters.benchmarkFloors[0].benchmark}`] : [])]);
    for (const model of catalog.models) {
        const way = cheapestWay(model, profile, tokens, filters.free === true, asOf, hosts);
        const best = 'total' in way ? way : undefined;
        let failed = 0;
        let failedBy = '';
        for (let i = 0; i < tests.length; i++) {
            const t = tests[i];
            if (t.passes(model, best))
                continue;
            if (!best && t.judgesPrice)
                continue;
            excludedCounts[i] = excludedCounts[i] + 1;
            failed++;
            failedBy = t.filter;
        }
        if (failed === 1 && 'total' in way && missesSaid.has(failedBy)) {
            const missed = onlyBy.get(failedBy);
            if (missed)
                missed.push(model);
            else
                onlyBy.set(failedBy, [model]);
        }
        if (failed > 0)
            continue;
        if ('total' in way)
            candidates.push(way);
        else if (!(filters.free && way.ways === 0)) {
            unpriced.push({
                model: model.id,
                reason: way.refusal ?? (filters.free ? `${model.id} has no free endpoint` : `${model.id} has only a free, rate-limited endpoint (ask for free models to see it)`),
            });
        }
    }
    const { rows: collapsed, folded } = collapseSnapshots(catalog, candidates, (c) => c.model.id);
    const frontier = order === 'value' && filters.scoredOn !== undefined ? onFrontier(collapsed, filters.scoredOn) : undefined;
    const distinct = frontier ?? collapsed;
    const flagshipsBy = filters.flagships && filters.scoredOn !== undefined && order !== 'score' ? orderingOf(catalog, 'score', filters.scoredOn) : undefined;
    const ranked = filters.eachProvider ? firstOfEachProvider(distinct, (flagshipsBy ?? ordering).compare, filters.perProvider) : distinct;
    const placeWithin = new Map();
    if ((filters.perProvider ?? 1) > 1) {
        const counts = new Map();
        for (const c of [...ranked].sort(ordering.compare)) {
            const n = (counts.get(c.model.provider) ?? 0) + 1;
            counts.set(c.model.provider, n);
            placeWithin.set(c, n);
        }
    }
    const shown = firstInOrder(ranked, skip + Math.max(1, top), ordering.compare)
        .slice(skip)
        .map((candidate) => {
        const { model } = candidate;
        const option = optionOf(catalog, model, candidate);
        const quote = priceProfile(option.priced, profile, asOf);
        const why = [
            ...new Set(tests.map((t) => t.why(model, quote)).filter((w) => w !== '')),
            ...(filters.eachProvider
                ? [
                    `${flagshipsBy ? 'flagship of' : placeWithin.has(candidate) ? `#${placeWithin.get(candidate)} from` : 'first from'} ${catalog.providers.find((p) => p.id === model.provider)?.name ?? model.provider}`,
                ]
                : []),
        ];
        return { model, quote, why, route: option.route };
    });
    const scoredOn = filters.scoredOn === undefined ? undefined : catalog.benchmarks.get(filters.scoredOn);
    const scoreOn = (m) => {
        const value = scoredOn ? scoreOf(m, scoredOn.id) : undefined;
        return scoredOn && value !== undefined ? { value, text: scoreText(catalog, scoredOn.id, value) } : null;
    };
    const largest = ranked.length === 0 ? largestOf(catalog, filters, asOf, othersThan(floor) ? (onlyBy.get(floor) ?? []) : []) : null;
    const releasedBefore = (onlyBy.get('released') ?? []).filter((m) => m.released !== undefined && m.released < (filters.released?.from ?? ''));
    return {
        kind: 'cheapest',
        order,
        scoredOn: scoredOn ? { id: scoredOn.id, name: scoredOn.name } : null,
        reference: referenceOf(catalog, filters, profile, asOf),
        firstPlace: skip + 1,
        ranking: shown.map(({ model, quote, why, route }) => ({
            model: model.id,
            name: model.name,
            provider: model.provider,
            status: model.status,
            monthlyUsd: quote.monthlyUsd,
            blendedPerMillion: quote.blendedPerMillion,
            contextWindow: model.contextWindow,
            maxOutput: model.maxOutput ?? null,
            outputTokensPerSecond: model.speed?.outputTokensPerSecond ?? null,
            score: scoreOn(model),
            perTask: order === 'task' && scoredOn ? (cheapestRun(catalog, model, scoredOn.id) ?? null) : null,
            released: model.released ?? null,
            retires: model.retires ?? null,
            knowledgeCutoff: model.knowledgeCutoff ?? null,
            route,
            why: why.length > 0
                ? why
                : [
                    filters.free
                        ? 'free endpoints only'
                        : (boughtAs ??
                            (profile.promptTokens !== undefined
                                ? `takes a ${tokenCount(profile.promptTokens)}-token prompt (max input ${count(model.maxInput ?? model.contextWindow)})`
                                : ordering.alone)),
                ],
            notes: [
                ...(order === 'retiring' ? quote.notes.filter((n) => n !== lifecycleNote(model, asOf)) : quote.notes),
                ...(model.status === 'preview' ? [`${model.id} is a preview`] : []),
                ...(route.free ? [`${route.name}'s ${route.id ?? model.id} is a free, rate-limited endpoint: not a price to plan a workload on`] : []),
                ...(folded.has(model.id) ? [`also sold as ${folded.get(model.id)?.join(', ')} (snapshots of the same model)`] : []),
            ],
        })),
        eligible: distinct.length,
        considered: catalog.models.length,
        excluded: [
            ...tests.map((t, i) => ({ filter: t.filter, label: t.label, count: excludedCounts[i] ?? 0 })),
            ...(frontier ? [{ filter: 'frontier', label: 'another model costs no more and scores higher (or as high, for less)', count: collapsed.length - frontier.length }] : []),
        ],
        unpriced,
        filters,
        largest: largest ? { what: largest.what, model: largest.model.id, tokens: largest.tokens, among: largest.among } : null,
        latestRelease: ranked.length === 0 ? latestReleaseOf(releasedBefore, othersThan('released') ? 'filtered' : 'current') : null,
        topScore: ranked.length === 0 ? topScoreOf(catalog, filters, onlyBy, othersThan) : null,
        assumptions: assumptions(profile, asOf),
        tieBreak: ordering.tieBreak,
        sources: collectSources(shown
            .flatMap(({ model, quote, route }) => [
            { what: route.id ? `${model.id} on ${route.name}` : `${model.id} prices`, source: quote.source, checked: quote.checked },
            ...(order === 'context' || order === 'output' ? [specFigure(model)] : order === 'speed' ? speedFigures(model) : []),
            ...(scoredOn ? model.benchmarks.filter((b) => b.id === scoredOn.id).map((b) => ({ what: `${model.id} ${b.id}`, source: b.source, checked: b.checked })) : []),
        ])
            .concat(largest ? [specFigure(largest.model)] : [])),
    };
}
//# sourceMappingURL=rank.js.map