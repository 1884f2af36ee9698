import { exactModel, resolveModel } from '../catalog/resolve.js';
import { MAX_COMPARED } from '../compare/compare.js';
import { tokens as tokensText } from '../cost/format.js';
import { ORDINAL, ordinalOf } from '../cost/parse.js';
import { PRICE_BOUNDS } from '../cost/rank.js';
import { SPAN_FLAGS, SPANS, spanFlags } from '../cost/span.js';
import { rangeInWords, rangeProblem } from '../digest/command.js';
import { DEFAULT_TOP, emptyQuery } from './query.js';
import { LENGTH, LENGTH_WORDS, MAX_TOP } from './extract.js';
import { leaveOut } from './excluded.js';
import { scaledSide, sideScaleIn } from './side-scale.js';
import { SHARE_WORD, shareSaid } from './split.js';
import { attributesOf, laneMatch, parseQuestion, RANKING_ALONE, rankingOrder } from './question.js';
const BUILDS_ON = new Set(['compare', 'cost', 'cheapest', 'lanes', 'best', 'attribute', 'where', 'upgrade', 'model']);
export function buildsOn(query) {
    const builds = BUILDS_ON.has(query.intent) || (query.intent === 'digest' && query.digest?.action === 'preview');
    return builds && query.problems.length === 0;
}
function digestAfter(previous, next) {
    const before = previous.digest;
    if (before?.action !== 'preview' || next.models.length > 0 || next.intent === 'digest')
        return undefined;
    const range = rangeInWords(next.text);
    const providers = next.filters.providers;
    if (range === undefined && !providers?.length)
        return undefined;
    const problem = range === undefined ? undefined : rangeProblem(range);
    if (problem)
        return { ...emptyQuery(next.text, 'digest'), problems: [problem] };
    const kept = providers?.length ? providers : before.providers;
    return { ...emptyQuery(next.text, 'digest'), digest: { action: 'preview', range: range ?? before.range, ...(kept?.length ? { providers: kept } : {}) } };
}
const LEAD = /^\s*(?:and|also|ok(?:ay)?|now|then|so|what about|how about|same(?:\s+but)?|but|instead|vs\.?|versus|or)\b/i;
const REFINES = /^\s*(?:with|without|w\/|only|just|that|which|from|under|below|over|above|at least|at most|excluding|except|not|no|having|supporting|released|open)\b/i;
const FIRST_OF = /\bcompare\s+(?:the\s+)?(?:(?:first|top)\s+(two|three|four|\d)|them|these|those|(?:these|those|the)\s+(?:models|ones|picks|options))\b/i;
const COUNTS = { two: 2, three: 3, four: 4 };
const WHICH_OF_THEM = /\b(?:which|what)(?:\s+one|\s+of (?:them|these|those|the (?:two|three|four)))?\s+(?:is|would be|'s|should|for|has|have|does|takes|gives|wins?|comes out ahead)\b|\bwhich is better\b|\bbetter for\b/i;
const VERDICT_ASKED = /^\s*(?:(?:so|ok|okay|and|well)\s*,?\s+)?(?:(?:which|what|who)(?:\s+one|\s+of (?:them|these|those|the (?:two|three|four)))?\s*(?:is better|'s better|is best|wins?|is the winner|comes out ahead|should (?:i|we) (?:pick|use|choose|go with)|would you (?:pick|choose|recommend|go with)|do you recommend)|(?:the\s+)?(?:verdict|winner|bottom line)|(?:your|the)\s+(?:pick|recommendation|verdict))\s*(?:then|overall)?\s*[?!.]*\s*$/i;
const ADD = /^\s*(?:(?:and|also|now|ok(?:ay)?|then)[\s,]+)?(?:add|include|throw in|bring in|put in|also compare)\b/i;
const DROP = /^\s*(?:(?:and|now|ok(?:ay)?|then)[\s,]+)?(?:drop|remove|take out|leave out|exclude|without|minus|lose)\s+(?:the\s+)?(.+?)\s*[?.!]*\s*$/i;
const INSTEAD = /^(?<put>.+?)\s+(?:instead of|in place of|rather than)\s+(?:the\s+)?(?<out>.+?)\s*[?.!]*\s*$/i;
const DROP_ADD = /^\s*(?:(?:and|now|ok(?:ay)?|then)[\s,]+)?(?:drop|remove|take out|lose)\s+(?:the\s+)?(?<out>.+?)\s*(?:,|;|\band\b|\bthen\b)+\s*(?:(?:and|then)\s+)?(?:add|include|put in|bring in|throw in)\s+(?<put>.+?)\s*[?.!]*\s*$/i;
const SWAP = /^\s*(?:(?:and|now|ok(?:ay)?|then)[\s,]+)?(?:swap|replace|switch|exchange)\s+(?:the\s+)?(?<out>.+?)\s+(?:for|with|by)\s+(?<put>.+?)\s*[?.!]*\s*$/i;
const slug = (text) => text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
function withoutNamed(catalog, previous, next, typed) {
    const idOf = (name) => {
        const r = resolveModel(catalog, name);
        return r.kind === 'found' ? r.model.id : name;
    };
    const ids = previous.models.map(idOf);
    const named = new Set([...next.models, ...(next.filters.excludeModels ?? [])].map(idOf));
    const exact = ids.filter((id) => named.has(id));
    if (exact.length > 0)
        return ids.filter((id) => !named.has(id));
    const words = slug(typed);
    return words === '' ? ids : ids.filter((id) => !slug(`${id} ${catalog.byId.get(id)?.name ?? ''}`).includes(words));
}
function placeOf(previous, word) {
    const w = word.toLowerCase();
    return w === 'last' ? previous.models.length - 1 : (ordinalOf(w) ?? 0) - 1;
}
const RANKED_ONE = new RegExp(String.raw `\bthe\s+${ORDINAL}\s+(?:one|model|option|pick|result|row)(?:'s)?(?![\w-])|(?<![\w#])#(\d{1,3})\b|\bnumber\s+(\d{1,3})\b(?!\s*(?:[kmb]|tokens?|%))`, 'i');
function askedOfRanked(catalog, previous, next, words) {
    const m = words.exec(next.text);
    const stand = catalog.models.find((model) => model.status === 'active');
    if (!m || !stand)
        return undefined;
    const place = words === RANKED_ONE ? (ordinalOf(m[1] ?? '') ?? Number(m[2] ?? m[3])) : 1;
    if (!(place >= 1))
        return undefined;
    const again = parseQuestion(catalog, next.text.replace(words, stand.id));
    if (again.intent === 'unknown' || again.problems.length > 0 || again.models.length !== 1)
        return undefined;
    return {
        ...again,
        ...profileOver(previous, again),
        models: [],
        picks: [{ ...previous, firstOf: 1, ...(place > 1 || words === RANKED_ONE ? { skip: place - 1, top: 1 } : {}) }],
        lane: again.lane ?? (previous.intent === 'best' ? previous.lane : null),
    };
}
const COMPARE_WORD = /\b(?:compare|vs\.?|versus|side by side)(?![\w-])/i;
const PLACE_NAMED = new RegExp(String.raw `(?:\bthe\s+)?\b${ORDINAL}(?=\s*(?:and|&|,|vs\.?|versus|with|ones?|models?|picks?|options?)?\b(?!\s*(?:two|three|four|five|\d)))|(?<![\w#])#(\d{1,3})\b`, 'gi');
const SHARE_ALONE = new RegExp(String.raw `^\s*(?:(?:and|ok(?:ay)?|so|then)[\s,]+)*(?:(?:what|how)\s+about|with|at|try|make it)?\s*(${SHARE_WORD}|\d{1,2}(?:\.\d+)?\s*%)(?:\s+(?:of\s+(?:it|the traffic|traffic|them))?)?(?:\s+instead)?\s*[?.!]*\s*$`, 'i');
const MORE = new RegExp(String.raw `^\s*(?:(?:and|ok(?:ay)?|now|then|so|pls|please|cool|great|thanks)[\s,!]+)*(?:(?:show|give|list|see|load|get)(?:\s+(?:me|us))?\s+)?(?:the\s+)?(?:(?:next|another)(?:\s+${LENGTH})?|${LENGTH}\s+more|more|(rest|remaining))(?:\s+(?:ones?|models?|results?|rows?|options?|picks|of them|page))?(?:\s+(?:please|pls))?\s*[?.!]*\s*$`, 'i');
const ORDINAL_ONE = /\bthe\s+(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last)\s+(?:one|model|option|pick)(?:'s)?\b/i;
function withoutOrdinal(previous, typed) {
    const m = /^(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last)(?:\s+(?:one|model))?$/i.exec(typed.trim());
    if (!m)
        return undefined;
    const word = m[1].toLowerCase();
    const at = placeOf(previous, word);
    if (at < previous.models.length)
        return previous.models.filter((_, i) => i !== at);
    return {
        problem: `Only ${previous.models.length} models were compared (${previous.models.join(', ')}): there is no ${word} one to drop. Say which to drop by place (the first … the last) or by name.`,
    };
}
function inPlaceOf(catalog, previous, next) {
    if (!['compare', 'upgrade', 'lanes', 'attribute'].includes(previous.intent) || previous.models.length < 2)
        return undefined;
    const m = INSTEAD.exec(next.text) ?? SWAP.exec(next.text) ?? DROP_ADD.exec(next.text);
    const put = m?.groups?.put?.replace(LEAD, ' ').trim();
    const out = m?.groups?.out;
    if (!put || !out)
        return undefined;
    const [added] = parseQuestion(catalog, put).models;
    const found = added === undefined ? undefined : resolveModel(catalog, added);
    if (found?.kind !== 'found')
        return undefined;
    const replaced = parseQuestion(catalog, out);
    const kept = withoutNamed(catalog, previous, replaced, out);
    if (kept.length !== previous.models.length - 1)
        return undefined;
    const ids = previous.models.map((name) => {
        const r = resolveModel(catalog, name);
        return r.kind === 'found' ? r.model.id : name;
    });
    const at = ids.findIndex((id) => !kept.includes(id));
    return ids.map((id, i) => (i === at ? found.model.id : id)).filter((id, i, all) => all.indexOf(id) === i);
}
const SORT_BY = /\b(?:sort|order|rank)(?:ed)?\s+(?:them|these|those|it|the list|that)?\s*by\s+(?:the\s+|their\s+)?(price|cost|context(?:\s+window)?|release(?:\s+date)?|date|newest|max(?:imum)?\s+output|output(?:\s+limit)?|speed|knowledge(?:\s+cutoff)?|cutoff)\b/i;
const SORT_ORDERS = {
    price: 'price',
    cost: 'price',
    context: 'context',
    release: 'newest',
    date: 'newest',
    newest: 'newest',
    max: 'output',
    maximum: 'output',
    output: 'output',
    speed: 'speed',
    knowledge: 'cutoff',
    cutoff: 'cutoff',
};
function sortedBy(text) {
    const m = SORT_BY.exec(text);
    return m ? SORT_ORDERS[(m[1] ?? '').toLowerCase().split(/\s+/)[0]] : undefined;
}
function removedFrom(catalog, previous, named) {
    const read = parseQuestion(catalog, `cheapest models excluding ${named}`).filters;
    const left = { providers: read.excludeProviders ?? [], families: read.excludeFamilies ?? [], models: read.excludeModels ?? [] };
    if (left.providers.length + left.families.length + left.models.length === 0)
        return undefined;
    const filters = { ...previous.filters };
    leaveOut(filters, left);
    return filters;
}
const DIFFERENCE = /^\s*(?:(?:and|ok(?:ay)?|so)[\s,]+)?what(?:'s|\s+is)\s+the\s+(?:difference|gap)(?:\s+between\s+(?:them|the\s+two|those|these))?\s*[?.!]*\s*$/i;
const THERE = /\bthere\b|\b(?:on|through|via|from)\s+(?:it|that|them|that host|that platform)\b/i;
const BY_HOW_MUCH = /^\s*(?:(?:and|ok(?:ay)?|so)[\s,]+)?(?:by\s+how\s+much|how\s+much\s+(?:cheaper|more(?:\s+expensive)?|less|of\s+a\s+difference)|(?:what(?:'s|\s+is)\s+)?the\s+(?:(?:price|cost)\s+(?:difference|gap)|(?:difference|gap)\s+in\s+(?:price|cost))|how\s+big\s+(?:is\s+)?the\s+(?:price\s+|cost\s+)?gap)(?:\s+(?:is\s+(?:it|that)|then))?\s*[?.!]*\s*$/i;
const ONLY_CHEAPER = /^\s*(?:(?:ok(?:ay)?|and|so|then|now|fine)[\s,]+)?(?:(?:only|just|keep|give me|show(?: me)?|go with)\s+(?:only\s+|just\s+)?(?:the\s+)?(?:cheaper|cheapest|less expensive|least expensive|lower[- ]priced)(?:\s+(?:one|model|option|of (?:them|the two|the three|the four|these|those)))?|(?:the\s+)?(?:cheaper|cheapest)\s+(?:one\s+)?only)\s*(?:then|please)?\s*[?.!]*\s*$/i;
const CHEAPEST_OF_THEM = /\b(?:cheaper|cheapest|least expensive|less expensive)\s+(?:one\s+)?of\s+(?:them|the two|the three|the four|these|those|both|the (?:two|three|four) models)\b/i;
const CHEAPEST_ONE = /^\s*(?:(?:and|so|then|ok(?:ay)?)[\s,]+)?(?:(?:what(?:'s| is)|which(?:'s| is)|show(?: me)?|give me)\s+)?(?:the\s+)?(?:cheapest|least expensive)\s+(?:one|of (?:them|these|those))\b/i;
const CHEAPER_BUT_GOOD = /\b(?:cheap(?:er|est)?|less expensive|lower[- ]priced)\b[^?.!]{0,40}\b(?:still|but)\s+(?:decent|good|solid|ok(?:ay)?|capable|strong|usable)\b/i;
const CHEAPER_ONES = /^\s*(?:(?:and|but|only|just|now|ok(?:ay)?|so)[\s,]+)*(?:(?:what about|how about|any|are there(?: any)?|is there(?: any(?:thing)?| something)?|show(?: me)?|give me|got any|anything|something)\s+)?(?:the\s+|some\s+)?(?:cheaper|less expensive|lower[- ]priced)(?:\s+(?:ones?|models?|options?|alternatives?|picks?|choices?))?(?:\s+only)?\s*[?.!]*\s*$/i;
const FIRST_OF_RANKING = /\b(?:its|it|the (?:top|first|cheapest|best|winning|newest) (?:one|model|pick)|the winner|number one|#1)\b/i;
const ALL_OF_IT = /\b(?:all(?:\s+(?:of\s+)?(?:it|them|that|\d+|three|two|four|the\s+\w+))?|everything|the\s+(?:whole|entire)\s+(?:thing|month|bill|workload|traffic|lot))\b/i;
const LIFT = /^\s*(?:(?:and|now|ok(?:ay)?|then|but|so|what about|how about)[\s,]+)*(?:(?:without|drop|remove|take (?:out|off)|lose|ignore|forget(?: about)?|skip|lift|never mind|no longer (?:need|require|want))\s+(?:the\s+|that\s+|my\s+|our\s+)?(.+?)|(?:no|any)\s+((?:[\w$.-]+\s+){0,3}?(?:requirements?|filters?|limits?|caps?|constraints?|restrictions?)|budget|price cap|providers?|vendors?))\s*[?.!]*\s*$/i;
const FILTER_NOUNS = /\b(?:requirements?|filters?|limits?|constraints?|conditions?|criteri(?:a|on)|restrictions?|needs?|rules?|one)\b/gi;
const PRICE_BOUND_KEYS = ['maxMonthlyUsd', ...PRICE_BOUNDS.flatMap((b) => [b.min, b.max])];
const FILTER_KINDS = [
    [/^(?:budget|price(?:\s+(?:cap|ceiling|limit|range|floor))?|cap|cost|spend(?:ing)?|max(?:imum)?\s+price)$/i, PRICE_BOUND_KEYS],
    [/^(?:providers?|vendors?|compan(?:y|ies)|labs?|makers?)$/i, ['providers', 'excludeProviders', 'eachProvider']],
    [/^(?:context(?:\s+(?:window|size|length))?)$/i, ['minContext', 'maxContext']],
    [/^(?:(?:max(?:imum)?\s+)?output(?:\s+(?:length|size|tokens))?)$/i, ['minOutput', 'maxOutput']],
    [/^(?:speed|throughput|tokens per second)$/i, ['minSpeed']],
    [/^(?:scores?|benchmarks?|quality|score floor)$/i, ['benchmarkFloors', 'scoredOn']],
    [/^(?:(?:knowledge\s+)?cutoff|knowledge|training data)$/i, ['minKnowledgeCutoff', 'knowledgeCutoffBefore']],
    [/^(?:famil(?:y|ies)|exclusions?|excluded famil(?:y|ies))$/i, ['families', 'excludeFamilies', 'excludeModels']],
    [/^(?:open[- ]?(?:weights?|source)|proprietary|closed[- ]source|licen[cs]e)$/i, ['openWeights']],
];
function liftedFilters(catalog, filters, typed) {
    const named = typed.replace(FILTER_NOUNS, ' ').replace(/\s+/g, ' ').trim();
    const keys = [];
    const values = {};
    const kind = FILTER_KINDS.find(([words]) => words.test(named));
    if (kind)
        keys.push(...kind[1]);
    else if (named !== '') {
        for (const asked of [`cheapest ${named}`, `cheapest with ${named}`]) {
            const read = parseQuestion(catalog, asked).filters;
            for (const [key, value] of Object.entries(read)) {
                keys.push(key);
                values[key] = value;
            }
        }
    }
    const lifted = { ...filters };
    let changed = false;
    for (const key of new Set(keys)) {
        const before = lifted[key];
        if (before === undefined)
            continue;
        const taken = values[key];
        const left = Array.isArray(before) && Array.isArray(taken) ? before.filter((v) => !taken.includes(v)) : [];
        if (left.length > 0)
            lifted[key] = left;
        else
            delete lifted[key];
        changed = true;
    }
    return changed ? lifted : undefined;
}
const FAMILY_WORD_ALONE = /^\s*(?:(?:and|or|what about|how about|vs\.?|versus|then)\s+)+(?:the\s+)?(\p{L}+)(?:\s+one)?\s*[?.!]*\s*$/iu;
const LETTERS = /^\p{L}+$/u;
function ofSameGeneration(catalog, previous, next) {
    const word = FAMILY_WORD_ALONE.exec(next.text)?.[1];
    const [named] = previous.models;
    if (word === undefined || named === undefined || previous.models.length !== 1 || next.models.length > 1)
        return undefined;
    const before = resolveModel(catalog, named);
    if (before.kind !== 'found')
        return undefined;
    const words = before.model.name.split(' ');
    for (const [i, w] of words.entries()) {
        if (!LETTERS.test(w) || w.toLowerCase() === word.toLowerCase())
            continue;
        const sibling = exactModel(catalog, [...words.slice(0, i), word, ...words.slice(i + 1)].join(' '))?.model;
        if (!sibling || sibling.id === before.model.id || sibling.id === next.models[0] || sibling.provider !== before.model.provider)
            continue;
        return {
            ...next,
            intent: next.intent === 'unknown' ? 'model' : next.intent,
            models: [sibling.id],
            notes: [...(next.notes ?? []), `“${word}” read as ${sibling.name}, of the same generation as ${before.model.name} (name a version to ask about another)`],
        };
    }
    return undefined;
}
const PRICED_AT_A_PROFILE = new Set(['cost', 'compare', 'upgrade', 'cheapest', 'best', 'lanes', 'attribute', 'where']);
const PRONOUN = /\b(?:it|its|this one|that one|this model|that model|the same model)\b/i;
function changesOnly(next) {
    return (next.tokens !== null ||
        next.mix !== null ||
        next.cachedShare !== null ||
        next.batch ||
        next.batchShare !== undefined ||
        next.scaleBy !== undefined ||
        next.serviceTier !== null ||
        next.promptTokens !== null ||
        next.top !== null ||
        next.unit !== undefined ||
        SPANS.some((s) => next[SPAN_FLAGS[s]] !== undefined) ||
        next.term !== undefined ||
        next.pricedOn !== undefined ||
        next.released !== undefined ||
        next.currency !== undefined ||
        Object.keys(next.filters).length > 0);
}
function profileOver(previous, next) {
    const scale = next.tokens === null ? next.scaleBy : undefined;
    const scaled = scale !== undefined && previous.tokens !== null ? Math.round(previous.tokens * scale) : undefined;
    return {
        tokens: next.tokens ?? scaled ?? previous.tokens,
        volumes: next.tokens !== null ? next.volumes : scale !== undefined && scaled !== undefined ? previous.volumes?.map((v) => Math.round(v * scale)) : previous.volumes,
        scaleBy: scale !== undefined && scaled === undefined ? scale * (previous.scaleBy ?? 1) : next.tokens === null ? previous.scaleBy : undefined,
        mix: next.mix ?? previous.mix,
        cachedShare: next.cachedShare ?? previous.cachedShare,
        batch: next.batch || previous.batch,
        batchModels: next.batch ? undefined : (next.batchModels ?? previous.batchModels),
        batchShare: next.batch ? undefined : (next.batchShare ?? previous.batchShare),
        serviceTier: next.serviceTier ?? previous.serviceTier,
        promptTokens: next.promptTokens ?? previous.promptTokens,
    };
}
function laidOver(previous, next, models = previous.models) {
    return {
        ...previous,
        ...profileOver(previous, next),
        models,
        filters: { ...previous.filters, ...next.filters },
        top: next.top ?? previous.top,
        ...((next.unit ?? previous.unit) ? { unit: next.unit ?? previous.unit } : {}),
        ...spanFlags(SPANS.filter((s) => next[SPAN_FLAGS[s]] ?? previous[SPAN_FLAGS[s]])),
        ...((next.term ?? previous.term) ? { term: next.term ?? previous.term } : {}),
        ...((next.pricedOn ?? previous.pricedOn) ? { pricedOn: next.pricedOn ?? previous.pricedOn } : {}),
        ...((next.released ?? previous.released) ? { released: next.released ?? previous.released } : {}),
        per: next.per ?? previous.per,
        perWhat: next.per ? next.perWhat : previous.perWhat,
        forCount: next.tokens !== null
            ? next.forCount
            : previous.forCount && next.scaleBy !== undefined
                ? { ...previous.forCount, count: Math.round(previous.forCount.count * next.scaleBy) }
                : previous.forCount,
        notes: next.scaleBy !== undefined && next.tokens === null && previous.tokens !== null
            ? [
                ...(next.notes ?? []),
                previous.forCount
                    ? `${next.scaleBy} × ${previous.forCount.count.toLocaleString('en-US')} ${previous.forCount.what}, asked before`
                    : `${next.scaleBy} × ${tokensText(previous.tokens)} tokens a month, the volume before`,
            ]
            : (next.notes ?? []),
        budget: next.tokens !== null ? next.budget : (next.budget ?? previous.budget),
        ...((next.currency ?? previous.currency) ? { currency: next.currency ?? previous.currency } : {}),
        problems: [],
        text: next.text,
    };
}
function modelsAfter(previous, named) {
    if (previous.intent === 'compare')
        return [...new Set([...previous.models, ...named])].slice(0, MAX_COMPARED);
    if (previous.intent === 'upgrade')
        return [previous.models[0], ...named].slice(0, 2);
    return named;
}
function modelsSoFar(previous) {
    return [...new Set([...(previous.earlier ?? []), ...previous.models])];
}
function withEarlier(previous, read) {
    const [model] = read.models;
    const chained = read.models.length === 1 && previous.models.length === 1 && buildsOn(read) && read.intent !== 'compare';
    const earlier = chained
        ? modelsSoFar(previous)
            .filter((m) => m !== model)
            .slice(1 - MAX_COMPARED)
        : [];
    if (earlier.length > 0)
        return { ...read, earlier };
    if (read.earlier === undefined)
        return read;
    const { earlier: _dropped, ...rest } = read;
    return rest;
}
const COST_ASKED = /\b(?:how much|cost|costs|costing|price|prices|priced|pricing|spend|bill|pay)\b/i;
const ORDER_ATTRIBUTES = { price: 'price', priciest: 'price', newest: 'newer', speed: 'speed', context: 'context', output: 'max-output' };
export function followUp(catalog, previous, next) {
    return withEarlier(previous, meantAfter(catalog, previous, next));
}
function meantAfter(catalog, previous, next) {
    if (previous.intent === 'digest' && next.problems.length === 0)
        return digestAfter(previous, next) ?? next;
    const more = previous.intent === 'cheapest' || previous.intent === 'best' ? MORE.exec(next.text) : null;
    if (more) {
        if ((previous.top ?? 0) >= MAX_TOP)
            return {
                ...emptyQuery(next.text, previous.intent),
                problems: ['The ranking before lists every model that passes its filters: there are no more. Drop a filter to see others.'],
                modelProblem: true,
            };
        const shown = previous.top ?? DEFAULT_TOP;
        const said = more[1] ?? more[2];
        const top = said !== undefined ? (LENGTH_WORDS[said.toLowerCase()] ?? Number(said)) : more[3] ? MAX_TOP : shown;
        return { ...previous, skip: (previous.skip ?? 0) + shown, top: Math.max(1, Math.min(top, MAX_TOP)), problems: [], text: next.text };
    }
    if (!BUILDS_ON.has(previous.intent) || next.problems.length > 0 || next.intent === 'help')
        return next;
    const host = previous.attribute === 'route' ? previous.platform : undefined;
    if (host && next.models.length === 0 && THERE.test(next.text) && (next.intent === 'cost' || next.tokens !== null)) {
        const { platform: _asked, ...over } = laidOver(previous, next);
        return { ...over, intent: 'where', attribute: 'routes', filters: { ...previous.filters, hosts: [host] } };
    }
    const reshared = previous.movedFrom !== undefined && previous.split?.length === 2 ? SHARE_ALONE.exec(next.text) : null;
    if (reshared) {
        const share = shareSaid(reshared[1] ?? '');
        const to = previous.split?.find((p) => p.model !== previous.movedFrom)?.model;
        if (share !== undefined && to !== undefined && share > 0 && share < 1)
            return {
                ...laidOver(previous, next),
                split: [
                    { model: previous.movedFrom, share: Number((1 - share).toPrecision(12)) },
                    { model: to, share },
                ],
            };
    }
    const sibling = ofSameGeneration(catalog, previous, next);
    if (sibling)
        return meantAfter(catalog, previous, sibling);
    if (previous.split && next.models.length === 1 && ALL_OF_IT.test(next.text)) {
        const own = previous.split.filter((p) => 'tokens' in p).reduce((sum, p) => sum + ('tokens' in p ? p.tokens : 0), 0);
        const { split: _parts, ...whole } = laidOver(previous, next, next.models);
        return { ...whole, intent: 'cost', tokens: next.tokens ?? (own > 0 ? own : previous.tokens) };
    }
    if (next.fullDetail && next.models.length === 0 && ['compare', 'upgrade', 'lanes'].includes(previous.intent))
        return { ...laidOver(previous, next), fullDetail: true };
    if (next.fullDetail && next.models.length === 0 && previous.intent === 'attribute' && previous.models.length >= 2)
        return { ...laidOver(previous, next), intent: 'compare', attribute: null, fullDetail: true };
    if (next.scaleBy !== undefined && next.tokens === null && next.models.length === 0 && (next.intent === 'unknown' || next.intent === previous.intent))
        return laidOver(previous, next);
    const side = next.tokens === null && next.mix === null && next.models.length === 0 ? sideScaleIn(next.text) : undefined;
    if (side && PRICED_AT_A_PROFILE.has(previous.intent)) {
        if ('problem' in side)
            return { ...emptyQuery(next.text, previous.intent), problems: [side.problem] };
        const { note, ...scaled } = scaledSide(previous, side);
        const over = laidOver(previous, { ...next, filters: {}, top: null });
        return { ...over, ...scaled, notes: [...(over.notes ?? []), note], intent: previous.intent };
    }
    const gapAsked = BY_HOW_MUCH.test(next.text) || (DIFFERENCE.test(next.text) && (previous.intent === 'cost' || previous.intent === 'attribute'));
    if (gapAsked && ['compare', 'upgrade', 'lanes', 'attribute', 'cost'].includes(previous.intent) && modelsSoFar(previous).length >= 2) {
        const price = previous.intent === 'attribute' && previous.attribute !== null && /price|cost/.test(previous.attribute) ? previous.attribute : 'price';
        return { ...laidOver(previous, next, modelsSoFar(previous).slice(-MAX_COMPARED)), intent: 'attribute', attribute: price };
    }
    const alone = RANKING_ALONE.test(next.text) && next.models.length === 0 ? (rankingOrder(next.text) ?? 'price') : undefined;
    if (alone && (previous.intent === 'cheapest' || previous.intent === 'best'))
        return { ...laidOver(previous, next), intent: 'cheapest', order: alone, ...(/\bone\b/i.test(next.text) ? { top: 1 } : {}) };
    const leadsOn = alone ? ORDER_ATTRIBUTES[alone] : undefined;
    if (leadsOn && modelsSoFar(previous).length >= 2)
        return { ...laidOver(previous, next, modelsSoFar(previous).slice(-MAX_COMPARED)), intent: 'attribute', attribute: leadsOn };
    if ((ONLY_CHEAPER.test(next.text) || CHEAPEST_OF_THEM.test(next.text)) && ['compare', 'upgrade', 'lanes', 'attribute'].includes(previous.intent) && previous.models.length >= 2)
        return { ...laidOver(previous, next), intent: 'cost', cheapestOnly: true };
    if (CHEAPER_ONES.test(next.text) &&
        next.models.length === 0 &&
        ['compare', 'upgrade', 'lanes', 'attribute', 'cost', 'model'].includes(previous.intent) &&
        previous.models.length >= 1) {
        const forLane = previous.lane ? { lane: previous.lane, laneTested: true } : {};
        const asked = { ...laidOver(previous, next, []), intent: 'cheapest', order: 'price', lane: null };
        const [one] = previous.models;
        return previous.models.length === 1 && one !== undefined
            ? { ...asked, filters: { ...asked.filters, ...forLane, like: one, cheaperThanLike: true } }
            : { ...asked, filters: { ...asked.filters, ...forLane }, alternativesTo: previous.models };
    }
    const firstOf = FIRST_OF.exec(next.text);
    if (firstOf && (previous.intent === 'cheapest' || previous.intent === 'best') && next.models.length === 0) {
        const n = Math.min(MAX_COMPARED, firstOf[1] ? (COUNTS[firstOf[1].toLowerCase()] ?? Number(firstOf[1])) : (previous.top ?? MAX_COMPARED));
        if (n >= 2)
            return { ...emptyQuery(next.text, 'compare'), ...profileOver(previous, next), picks: [{ ...previous, firstOf: n }] };
    }
    const places = (previous.intent === 'cheapest' || previous.intent === 'best') && next.models.length === 0 && COMPARE_WORD.test(next.text) ? [...next.text.matchAll(PLACE_NAMED)] : [];
    if (places.length >= 2) {
        const at = [...new Set(places.map((m) => ordinalOf(m[1] ?? '') ?? Number(m[2])))].filter((n) => n >= 1);
        if (at.length >= 2)
            return {
                ...emptyQuery(next.text, 'compare'),
                ...profileOver(previous, next),
                picks: at.slice(0, MAX_COMPARED).map((place) => ({ ...previous, firstOf: 1, skip: place - 1, top: 1 })),
            };
    }
    const them = modelsSoFar(previous).slice(-MAX_COMPARED);
    if (firstOf && !firstOf[1] && next.models.length === 0 && previous.models.length >= 1 && previous.intent !== 'cheapest' && previous.intent !== 'best')
        return { ...laidOver(previous, next, them), intent: 'compare' };
    if (next.intent === 'unknown' &&
        next.models.length === 0 &&
        them.length >= 2 &&
        VERDICT_ASKED.test(next.text) &&
        ['compare', 'upgrade', 'lanes', 'attribute'].includes(previous.intent))
        return { ...laidOver(previous, next, them), intent: 'compare' };
    const profiled = next.tokens !== null || next.mix !== null || next.cachedShare !== null || next.batch || next.serviceTier !== null;
    const attribute = next.models.length === 0 && them.length >= 2 && !profiled && (WHICH_OF_THEM.test(next.text) || LEAD.test(next.text))
        ? attributesOf(catalog).find((a) => a.words.test(next.text))
        : undefined;
    if (attribute && (next.intent === 'unknown' || next.intent === 'attribute'))
        return { ...laidOver(previous, next, them), intent: 'attribute', attribute: attribute.id };
    if ((next.intent === 'best' || next.intent === 'lanes') && next.lane && next.models.length === 0 && previous.models.length >= 2 && WHICH_OF_THEM.test(next.text))
        return { ...laidOver(previous, next), intent: 'lanes', lane: next.lane };
    const forWork = (LEAD.test(next.text) || /^\s*for\b/i.test(next.text)) && next.models.length === 0 && previous.models.length >= 1;
    const work = !forWork
        ? undefined
        : next.intent === 'best'
            ? (next.lane ?? undefined)
            : next.intent === 'unknown' && /\bfor\b/i.test(next.text)
                ? laneMatch(catalog, next.text)?.lane.id
                : undefined;
    if (work) {
        const same = previous.intent === 'compare' || previous.intent === 'upgrade' || previous.intent === 'lanes';
        return { ...laidOver(previous, next), intent: same ? previous.intent : 'lanes', lane: work };
    }
    if (ADD.test(next.text) && next.models.length > 0 && ['compare', 'cost', 'model', 'attribute', 'lanes'].includes(previous.intent))
        return { ...laidOver(previous, next, [...new Set([...previous.models, ...next.models])].slice(0, MAX_COMPARED)), intent: previous.intent === 'lanes' ? 'lanes' : 'compare' };
    const drop = DROP_ADD.test(next.text) ? null : DROP.exec(next.text);
    if (drop && (previous.intent === 'compare' || previous.intent === 'lanes' || previous.intent === 'attribute') && previous.models.length >= 2) {
        const placed = withoutOrdinal(previous, drop[1] ?? '');
        if (placed && 'problem' in placed)
            return { ...emptyQuery(next.text, previous.intent), problems: [placed.problem], modelProblem: true };
        const kept = placed ?? withoutNamed(catalog, previous, next, drop[1] ?? '');
        if (kept.length < previous.models.length)
            return { ...laidOver(previous, { ...next, filters: {} }, kept), intent: kept.length >= 2 || previous.intent !== 'compare' ? previous.intent : 'cost' };
    }
    const lift = previous.intent === 'cheapest' || previous.intent === 'best' ? LIFT.exec(next.text) : null;
    const lifted = lift && next.models.length === 0 ? liftedFilters(catalog, previous.filters, lift[1] ?? lift[2] ?? '') : undefined;
    if (lifted)
        return { ...laidOver(previous, { ...next, filters: {} }), filters: lifted };
    const removed = lift ? removedFrom(catalog, previous, lift[1] ?? '') : undefined;
    if (removed)
        return { ...laidOver(previous, { ...next, filters: {} }), filters: removed };
    const swapped = inPlaceOf(catalog, previous, next);
    if (swapped)
        return { ...laidOver(previous, { ...next, filters: {} }, swapped), intent: previous.intent };
    const ranking = previous.intent === 'cheapest' || previous.intent === 'best';
    const atPlace = ranking && next.models.length === 0 ? askedOfRanked(catalog, previous, next, RANKED_ONE) : undefined;
    if (atPlace)
        return atPlace;
    const needOnly = previous.intent === 'cheapest' && next.intent === 'best' && (next.filters.need?.length ?? 0) > 0;
    if (ranking && (next.intent === 'cheapest' || needOnly) && next.models.length === 0 && (LEAD.test(next.text) || REFINES.test(next.text)) && changesOnly(next))
        return { ...laidOver(previous, next), intent: previous.intent, order: sortedBy(next.text) ?? rankingOrder(next.text) ?? previous.order };
    if (ranking && next.models.length === 0 && CHEAPEST_ONE.test(next.text) && !CHEAPER_BUT_GOOD.test(next.text))
        return { ...laidOver(previous, next), intent: 'cheapest', order: 'price', top: next.top ?? 1 };
    if (ranking && (previous.intent === 'best' || previous.order === 'score') && CHEAPER_BUT_GOOD.test(next.text) && next.models.length === 0)
        return { ...laidOver(previous, next), order: 'value' };
    const reordered = ranking && next.models.length === 0 && (next.intent === 'unknown' || next.intent === 'cheapest')
        ? (sortedBy(next.text) ?? (LEAD.test(next.text) ? rankingOrder(next.text) : undefined))
        : undefined;
    if (reordered)
        return { ...laidOver(previous, next), intent: 'cheapest', order: reordered };
    if (ranking && previous.filters.like !== undefined && CHEAPER_ONES.test(next.text))
        return { ...laidOver(previous, next), filters: { ...previous.filters, ...next.filters, cheaperThanLike: true } };
    if (ranking && (previous.intent === 'best' || previous.order === 'score') && CHEAPER_ONES.test(next.text))
        return { ...laidOver(previous, next), order: 'value' };
    const first = ranking && next.models.length === 0 && FIRST_OF_RANKING.test(next.text) ? askedOfRanked(catalog, previous, next, FIRST_OF_RANKING) : undefined;
    if (first)
        return first;
    const ordinal = !ranking && previous.models.length >= 1 && next.models.length === 0 ? ORDINAL_ONE.exec(next.text) : null;
    const placed = ordinal ? previous.models[placeOf(previous, ordinal[1])] : undefined;
    if (ordinal && placed !== undefined) {
        const again = parseQuestion(catalog, next.text.replace(ORDINAL_ONE, placed));
        if (again.intent !== 'unknown' && again.problems.length === 0 && again.models.length === 1)
            return { ...again, ...profileOver(previous, again) };
    }
    if (ordinal && placed === undefined && previous.models.length >= 2)
        return {
            ...emptyQuery(next.text, previous.intent),
            problems: [
                `Only ${previous.models.length} models were compared (${previous.models.join(', ')}): there is no ${ordinal[1].toLowerCase()} one. Say which by place (the first … the last) or by name.`,
            ],
            modelProblem: true,
        };
    const [only] = previous.models;
    if (previous.models.length === 1 && only !== undefined && PRONOUN.test(next.text)) {
        const found = resolveModel(catalog, only);
        const id = found.kind === 'found' ? found.model.id : only;
        const again = parseQuestion(catalog, next.text.replace(PRONOUN, id));
        if (again.intent !== 'unknown' && again.problems.length === 0 && again.models.length > next.models.length)
            return { ...again, ...profileOver(previous, again) };
    }
    const specAsked = previous.intent === 'model' || (previous.intent === 'attribute' && !/price/.test(previous.attribute ?? 'price'));
    const costAsked = specAsked && next.models.length === 0 && COST_ASKED.test(next.text) && !rankingOrder(next.text);
    const plainCost = costAsked && (next.intent === 'unknown' || (next.intent === 'cheapest' && Object.keys(next.filters).length === 0));
    if (plainCost || (next.intent === 'unknown' && next.models.length === 0 && previous.intent === 'model' && next.tokens !== null)) {
        return { ...laidOver(previous, next, them), intent: them.length >= 2 ? 'compare' : 'cost' };
    }
    if (next.intent === 'unknown' && next.models.length === 0 && changesOnly(next))
        return laidOver(previous, next);
    if (next.intent === 'model' && next.models.length > 0 && previous.intent !== 'model' && LEAD.test(next.text))
        return laidOver(previous, next, modelsAfter(previous, next.models));
    return next;
}
//# sourceMappingURL=follow-up.js.map