import { resolveModel } from '../catalog/resolve.js';
import { findLane, laneChoices } from '../lanes/best.js';
import { extractProfile, withoutNegations } from './extract.js';
import { leaveOut, readLeftOut } from './excluded.js';
import { closestFamilies, readExcludedFamilies, readFamilyPhrase, unknownFamilyProblem } from './families.js';
import { benchmarkIn, hostsLeftOutProblem, readHosts, readScoreFloors } from './intents.js';
import { retireWindowInWords, retireWindowProblem } from './retiring.js';
import { findModelNames, maskModelNames, modelSizeIn, readNamedPhrase, unreadWords } from './names.js';
import { RANK_ORDERS } from '../cost/rank.js';
import { RANKING_COMMANDS } from './command-text.js';
import { emptyQuery, HELP_TOPICS } from './query.js';
import { laneMatch, parseQuestion } from './question.js';
import { batchSides } from './batch-side.js';
import { parseDigestCommand } from '../digest/command.js';
import { parseSettingsCommand } from './settings.js';
import { picksIn } from './picks.js';
function withProfile(query, text, options) {
    const { rest, query: found } = extractProfile(text, options);
    Object.assign(query, { ...found, filters: { ...query.filters, ...found.filters }, problems: [...query.problems, ...found.problems] });
    return rest;
}
function namesAndProfile(catalog, query, text) {
    if (query.intent !== 'cost' && query.intent !== 'model')
        for (const at of text.matchAll(/(?:^|\s)for\s+/gi)) {
            const lane = findLane(catalog, text.slice(at.index + at[0].length));
            if (lane) {
                query.lane = lane.id;
                return namesAndProfile(catalog, query, text.slice(0, at.index));
            }
        }
    const { masked, exact } = maskModelNames(catalog, text);
    const rest = withProfile(query, masked, { providerWords: false, capabilityWords: false, modelSize: modelSizeIn(catalog) });
    const found = findModelNames(catalog, rest, true, exact);
    query.models = found.map((n) => n.name);
    batchSides(query, masked, exact);
    return unreadWords(rest, found);
}
function readRest(catalog, query, unread) {
    if (unread.length === 0)
        return;
    const words = unread.join(' ');
    const wanted = query.intent === 'compare' || query.intent === 'upgrade' ? 2 : 1;
    if (query.models.length < wanted && unread.length <= 3) {
        query.models.push(words);
        return;
    }
    const lanes = query.intent === 'compare' || query.intent === 'upgrade' || query.intent === 'lanes';
    const beside = lanes ? readLaneWords(catalog, query, words) : words;
    if (beside === '')
        return;
    const forLane = lanes ? ', a lane such as for rag' : '';
    query.problems.push(`Not understood: “${beside.slice(0, 80)}”. Besides the models, give a volume, a mix, caching or batch${forLane}: ${COMMAND_EXAMPLE[query.intent] ?? '/compare gpt-5 o3 50M mix 3:1'}.`);
}
function readLaneWords(catalog, query, words) {
    const bare = words.replace(/^(?:for|in|lane)\s+/i, '');
    const exact = findLane(catalog, words) ?? findLane(catalog, bare);
    const framed = `for ${bare}`;
    const hit = exact ? undefined : laneMatch(catalog, framed);
    const lane = exact || hit ? commandLane(catalog, query, words) : undefined;
    if (!lane)
        return words;
    query.lane = lane.id;
    if (!hit)
        return '';
    return unreadWords(`${framed.slice(0, hit.start)} ${framed.slice(hit.end)}`, [])
        .filter((w) => !WORK_WORDS.has(w.toLowerCase()))
        .join(' ');
}
const WORK_WORDS = new Set('work works working stuff task tasks job jobs workload workloads thing things case cases purpose purposes kind type related heavy'.split(' '));
const COMMAND_EXAMPLE = {
    compare: '/compare gpt-5 o3 50M mix 3:1 for rag',
    upgrade: '/models upgrade gpt-4.1 gpt-5 50M for coding',
    lanes: '/models lanes gpt-5 o3 for rag',
    cost: '/models cost gpt-5 50M mix 3:1 with 50% cached',
    model: '/models model gpt-5',
};
function readPricierThan(catalog, query, args) {
    const phrase = /(?:^|\s)pricier than\s+/i.exec(args);
    if (!phrase)
        return args;
    const after = args.slice(phrase.index + phrase[0].length);
    const name = findModelNames(catalog, after, true)[0];
    const found = name && after.toLowerCase().startsWith(name.typed.toLowerCase()) ? resolveModel(catalog, name.name) : undefined;
    if (!name || found?.kind !== 'found') {
        query.problems.push(`Name a model from the catalog after “pricier than”, such as pricier than gpt-5.`);
        return args.slice(0, phrase.index);
    }
    query.filters.pricierThan = found.model.id;
    return `${args.slice(0, phrase.index)} ${after.slice(name.typed.length)}`;
}
function readPricedBetween(catalog, query, args) {
    const phrase = /(?:^|\s)priced between\s+/i.exec(args);
    if (!phrase)
        return args;
    const after = args.slice(phrase.index + phrase[0].length);
    const two = /^(\S+)\s+and\s+(\S+)/i.exec(after);
    const found = two ? [two[1], two[2]].map((name) => resolveModel(catalog, name ?? '')) : [];
    const [a, b] = found;
    if (!two || a?.kind !== 'found' || b?.kind !== 'found') {
        query.problems.push('Name two models from the catalog after “priced between”, such as priced between gpt-5-mini and gpt-5.');
        return args.slice(0, phrase.index);
    }
    query.filters.pricedBetween = [a.model.id, b.model.id];
    return `${args.slice(0, phrase.index)} ${after.slice(two[0].length)}`;
}
function readLike(catalog, query, args) {
    const phrase = /(?:^|\s)(?:(cheaper)\s+)?(?:instead of|in place of|alternatives? to)\s+/i.exec(args);
    if (phrase?.[1])
        query.filters.cheaperThanLike = true;
    if (!phrase)
        return args;
    const after = args.slice(phrase.index + phrase[0].length);
    const name = findModelNames(catalog, after, true)[0];
    if (!name || !after.toLowerCase().startsWith(name.typed.toLowerCase())) {
        query.problems.push(`Name the model after “${phrase[0].trim()}”, such as instead of gpt-4o.`);
        return args.slice(0, phrase.index);
    }
    const found = resolveModel(catalog, name.name);
    if (found.kind === 'found')
        query.filters.like = found.model.id;
    else
        query.problems.push(`Unknown model “${name.typed.slice(0, 60)}” after “${phrase[0].trim()}”: name a model from the catalog, such as gpt-4o.`);
    return `${args.slice(0, phrase.index)} ${after.slice(name.typed.length)}`;
}
const MONTH_BUDGETS = { spending: 'budget', within: 'within' };
function readMonthBudget(query, args, word) {
    const m = new RegExp(String.raw `(?:^|\s)${word}\s+\$\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?\s+a\s+month\b`, 'i').exec(args);
    if (!m)
        return args;
    const usd = Number(m[1].replace(/,/g, '')) * (m[2] ? 1000 : 1);
    if (Number.isFinite(usd) && usd > 0)
        query[MONTH_BUDGETS[word]] = usd;
    else
        query.problems.push(`Cannot read “${m[0].trim()}” as a budget: give an amount above $0, such as ${word} $100 a month.`);
    return `${args.slice(0, m.index)} ${args.slice(m.index + m[0].length)}`;
}
const readSpending = (query, args) => readMonthBudget(query, args, 'spending');
const CHEAPLY = /\b(?:on\s+a\s+(?:tight\s+|small\s+|low\s+)?budget|cheap(?:ly)?|affordabl[ey]|inexpensive|low[- ]cost|economical|value)\b/gi;
const SUBCOMMANDS = {
    help: 'help',
    '?': 'help',
    cheapest: 'cheapest',
    cheap: 'cheapest',
    cost: 'cost',
    price: 'cost',
    lanes: 'lanes',
    lane: 'lanes',
    best: 'best',
    model: 'model',
    card: 'model',
    info: 'model',
    digest: 'digest',
    settings: 'settings',
    compare: 'compare',
    upgrade: 'upgrade',
};
function commandLane(catalog, query, typed) {
    const words = typed.trim();
    const bare = words.replace(/^(?:for|in|lane)\s+/i, '');
    const exact = findLane(catalog, words) ?? findLane(catalog, bare);
    if (exact || bare === '')
        return exact;
    const lane = laneNamed(catalog, bare);
    if (lane)
        query.notes = [...(query.notes ?? []), `“${bare}” read as the ${lane.id} lane (${lane.name})`];
    return lane;
}
export function laneNamed(catalog, words) {
    const exact = findLane(catalog, words);
    if (exact || words.trim() === '')
        return exact;
    const read = parseQuestion(catalog, `best model for ${words}`);
    return read.intent === 'best' && read.lane ? catalog.lanes.find((l) => l.id === read.lane) : undefined;
}
const RANKING_SUBCOMMANDS = {
    ...Object.fromEntries(RANK_ORDERS.filter((o) => o !== 'price').map((o) => [RANKING_COMMANDS[o], o])),
    latest: 'newest',
    largest: 'context',
};
const FLAG_WORDS = { tokens: '', need: 'with', lane: 'for', provider: 'from', 'exclude-provider': 'not from', cached: 'cached', over: 'for' };
export function parseCommand(catalog, command, raw) {
    const text = raw.trim().replace(/(^|\s)--([a-z][a-z-]*)\b/gi, (_, space, flag) => `${space}${FLAG_WORDS[flag.toLowerCase()] ?? flag}`);
    if (command === '/compare') {
        if (/^(?:help|\?|usage)$/i.test(text))
            return { ...emptyQuery(text, 'help') };
        const asked = picksIn(catalog, `compare ${text}`, (phrase) => parseQuestion(catalog, phrase)) ? parseQuestion(catalog, `compare ${text}`) : undefined;
        if (asked?.intent === 'compare' && asked.picks?.length)
            return { ...asked, text };
        const query = emptyQuery(text, 'compare');
        readRest(catalog, query, namesAndProfile(catalog, query, text));
        return query;
    }
    const [first = '', ...restWords] = text.split(/\s+/);
    const order = RANKING_SUBCOMMANDS[first.toLowerCase()];
    const intent = order ? 'cheapest' : SUBCOMMANDS[first.toLowerCase()];
    const largestOutput = order === 'context' && /^(?:output|completion)\b/i.test(restWords[0] ?? '');
    const args = (order === 'context'
        ?
            restWords
                .join(' ')
                .replace(/^(?:context(?:[\s-]+window)?\b(?![\s-]*(?:[≥≤<>=]|between|from|under|below|less|at|of|over|above)))|^(?:output|completion)(?:[\s-]+(?:limit|length|tokens?))?\b/i, '')
        : restWords.join(' ')).trim();
    if (text === '' || intent === 'help') {
        const topic = HELP_TOPICS.find((t) => t === args.toLowerCase());
        return topic ? { ...emptyQuery(text, 'help'), topic } : emptyQuery(text, 'help');
    }
    if (intent === undefined)
        return parseQuestion(catalog, text);
    const query = emptyQuery(text, intent);
    if (order)
        query.order = largestOutput ? 'output' : order;
    switch (intent) {
        case 'cheapest': {
            let scored = args;
            if (order === 'score' || order === 'task' || order === 'value') {
                const hit = benchmarkIn(catalog, args);
                if (hit) {
                    query.filters.scoredOn = hit.id;
                    scored = `${args.slice(0, hit.start)} ${args.slice(hit.end)}`;
                }
                else if (order === 'score')
                    query.problems.push(`Name a benchmark after leaderboard: ${[...catalog.benchmarks.keys()].join(', ')}.`);
            }
            else {
                const hit = benchmarkIn(catalog, args);
                const lead = hit ? /\bscored on\s+(?:the\s+)?$/i.exec(args.slice(0, hit.start)) : null;
                if (hit && lead) {
                    query.filters.scoredOn = hit.id;
                    scored = `${args.slice(0, lead.index)} ${args.slice(hit.end)}`;
                }
            }
            const retiring = order === 'retiring' ? retireWindowInWords(scored) : undefined;
            if (retiring) {
                const problem = retireWindowProblem(retiring.window);
                if (problem)
                    query.problems.push(problem);
                else
                    query.retiring = retiring.window;
                scored = `${scored.slice(0, retiring.start)} ${scored.slice(retiring.end)}`;
            }
            const { hosts, rest: hostless, leftOut: hostsLeft } = readHosts(catalog, readSpending(query, scored));
            if (hosts.length > 0)
                query.filters.hosts = hosts;
            if (hostsLeft.length > 0)
                query.problems.push(hostsLeftOutProblem(hostsLeft));
            const leftOut = readLeftOut(catalog, readLike(catalog, query, readPricierThan(catalog, query, readPricedBetween(catalog, query, hostless))));
            leaveOut(query.filters, leftOut);
            const excluded = readExcludedFamilies(catalog, leftOut.rest);
            if (excluded.families.length > 0)
                query.filters.excludeFamilies = excluded.families;
            const family = readFamilyPhrase(catalog, excluded.rest);
            if (family.families.length > 0)
                query.filters.families = family.families;
            if (family.unknown !== undefined)
                query.problems.push(unknownFamilyProblem({ word: family.unknown, closest: closestFamilies(catalog, family.unknown) }));
            const named = readNamedPhrase(catalog, family.rest);
            if (named.named !== undefined)
                query.filters.named = named.named;
            if (named.unknown !== undefined)
                query.problems.push(`No model answers to “${named.unknown.slice(0, 40)}” after “named”: give part of a model's name, such as named gpt-5 or named gemini 3.`);
            const withoutLike = named.rest;
            const negationFree = withoutNegations(withoutLike, catalog.capabilityWords ?? {}, catalog.providers);
            let withoutLane = withoutLike;
            for (const lane of catalog.lanes) {
                const hit = new RegExp(String.raw `(?:^|\s)(?:for\s+|lane\s+)?${lane.id}(?=\s|$)`, 'i').exec(negationFree);
                if (!hit)
                    continue;
                query.filters.lane = lane.id;
                withoutLane = `${withoutLike.slice(0, hit.index)} ${withoutLike.slice(hit.index + hit[0].length)}`;
                break;
            }
            const tested = /(?:^|\s)(?:tested|proven)(?=\s|$)/i;
            if (tested.test(withoutLane))
                query.filters.laneTested = true;
            const { floors, rest: floorless, notes } = readScoreFloors(catalog, withoutLane.replace(tested, ' '));
            if (floors.length > 0)
                query.filters.benchmarkFloors = floors;
            if (notes.length > 0)
                query.notes = [...(query.notes ?? []), ...notes];
            const profiled = withProfile(query, floorless, { providers: catalog.providers, ...(catalog.capabilityWords ? { capabilities: catalog.capabilityWords } : {}) });
            const free = /(?:^|\s)free(?=\s|$)/gi;
            const rest = profiled.replace(free, () => {
                query.filters.free = true;
                return ' ';
            });
            const lane = rest === '' ? undefined : commandLane(catalog, query, rest);
            if (lane)
                query.filters.lane = lane.id;
            else if (rest
                .replace(/[?!.,]/g, ' ')
                .replace(/(?:^|\s)(?:for|at|of|on|over|with|and|in|a|an|the)(?=\s|$)/gi, ' ')
                .trim() !== '')
                query.problems.push(`Not understood in the filters: “${rest}”. Try: cheapest 50M with vision context ≥ 400k open weights from anthropic mix 3:1.`);
            if (order === 'value' && query.filters.lane !== undefined && query.filters.scoredOn === undefined) {
                const { lane: laneId, ...others } = query.filters;
                return { ...query, intent: 'best', lane: laneId, filters: others };
            }
            break;
        }
        case 'cost':
        case 'upgrade':
            readRest(catalog, query, namesAndProfile(catalog, query, readSpending(query, intent === 'cost' ? readMonthBudget(query, args, 'within') : args)));
            break;
        case 'lanes': {
            if (args === '')
                return { ...emptyQuery(text, 'help'), topic: 'lanes' };
            const lane = findLane(catalog, args.replace(/^(?:for|in)\s+/i, ''));
            if (lane)
                return { ...emptyQuery(text, 'best'), lane: lane.id };
            readRest(catalog, query, namesAndProfile(catalog, query, args));
            break;
        }
        case 'compare':
        case 'model':
            readRest(catalog, query, namesAndProfile(catalog, query, args));
            break;
        case 'best': {
            const cheaply = args.replace(CHEAPLY, ' ');
            if (cheaply !== args)
                query.order = 'value';
            const rest = withProfile(query, cheaply, { providerWords: true, capabilityWords: false });
            const lane = commandLane(catalog, query, rest);
            const named = rest.replace(/^(?:for|lane)\s+/i, '').trim();
            query.lane = lane?.id ?? null;
            if (!lane)
                query.problems.push(`${named === '' ? 'Name a lane, such as /models best terminal.' : `Unknown lane “${named}”.`} Lanes: ${laneChoices(catalog)}.`);
            break;
        }
        case 'digest': {
            const digest = parseDigestCommand(args);
            if (digest.action === 'error')
                query.problems.push(digest.message);
            else
                query.digest = digest;
            break;
        }
        case 'settings': {
            const settings = parseSettingsCommand(args);
            if (settings.action === 'error')
                query.problems.push(settings.message);
            else
                query.settings = settings;
            break;
        }
        default:
            break;
    }
    return query;
}
//# sourceMappingURL=command.js.map