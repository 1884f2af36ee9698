import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { modelCard } from '../catalog/card.js';
import { quotedPrice } from '../catalog/history.js';
import { outOfScopeModel } from '../catalog/out-of-scope.js';
import { byPreference, resolveModel } from '../catalog/resolve.js';
import { isRetired, statusOn } from '../catalog/lifecycle.js';
import { scoreOf } from '../catalog/needs.js';
import { collectSources, priceFigure, specFigure, speedFigures } from '../catalog/sources.js';
import { hostName, PRICE_FIELDS, SERVICE_TIERS } from '../catalog/schema.js';
import { compareModels, MAX_COMPARED, upgrade } from '../compare/compare.js';
import { comparisonRows, dependsOnProfile, inPriceUnit, priceFieldRow, volumeWords } from '../compare/rows.js';
import { bill } from '../cost/bill.js';
import { assumptions } from '../cost/assumptions.js';
import { cheaperBy, count, FREE_ENDPOINT, money, percent, perMillion, perUnit, pricePair, requestMoney, times, tokens, wordList } from '../cost/format.js';
import { MAX_TOKENS_PER_MONTH, MIX_FORMS, parseVolume, VOLUME_FORMS } from '../cost/parse.js';
import { defaultProfile } from '../cost/profile.js';
import { costAnswer, costsAtVolumes, termCostOfModel } from '../cost/quote.js';
import { cheapest, cheapestPaidOption, pricedOn } from '../cost/rank.js';
import { exact, MILLION, priceProfile, tokensBought } from '../cost/price.js';
import { priceSpread, setAgainst } from '../cost/spread.js';
import { spanFields, spanWords, stretchesAsked, termCostOf } from '../cost/span.js';
import { mostRunBenchmark } from '../catalog/runs.js';
import { releaseBounds } from './released.js';
import { best, lanesAnswer } from '../lanes/best.js';
import { commandFor } from './command-text.js';
import { inSentence } from './sentence.js';
import { DEFAULT_TOP } from './query.js';
import { DIGEST_FORMS } from '../digest/command.js';
import { SETTINGS_USAGE } from './settings.js';
import { attributesOf, inOtherLanguage } from './question.js';
import { factAnswer, isFactAttribute } from './facts.js';
import { ARENA_SCORE, DECENT_FLOOR, QUALITY_INDEX } from './intents.js';
import { retireBounds } from './retiring.js';
import { closeTypo } from '../catalog/resolve.js';
import { collapseSnapshots } from '../catalog/snapshots.js';
import { extractProfile, TOKENS_PER_WORD } from './extract.js';
export const DEFAULTS = { tokensPerMonth: 1_000_000, mix: { input: 3, output: 1 } };
export function profileOf(query, defaults = DEFAULTS) {
    const profile = defaultProfile(query.tokens ?? defaults.tokensPerMonth * (query.scaleBy ?? 1));
    profile.mix = query.mix ?? defaults.mix;
    if (query.cachedShare !== null)
        profile.cachedShare = query.cachedShare;
    profile.batch = query.batch;
    if (!query.batch && query.batchModels?.length)
        profile.batchModels = query.batchModels;
    if (!query.batch && query.batchShare !== undefined)
        profile.batchShare = query.batchShare;
    if (query.serviceTier !== null)
        profile.serviceTier = query.serviceTier;
    if (query.promptTokens !== null)
        profile.promptTokens = query.promptTokens;
    return profile;
}
function requestProfile(query, profile) {
    if (query.per !== 'request' || profile.promptTokens !== undefined)
        return profile;
    const inputShare = profile.mix.input / (profile.mix.input + profile.mix.output);
    return { ...profile, promptTokens: Math.round(profile.tokensPerMonth * inputShare) };
}
export const EXAMPLES = [
    { command: '/compare gpt-4.1-mini gpt-5.3-codex', what: 'side by side, with winners, monthly cost, verdict and lanes' },
    { command: '/compare gpt-5.4-mini grok-4.3 claude-haiku-4-5 for 50M tokens mix 70/30', what: 'up to 4 models at your volume and mix' },
    { command: '/models upgrade gpt-4.1 gpt-5.4 for terminal', what: 'what a move gains, loses and costs, led by the lane it is for' },
    { command: '/models cheapest 50M with vision context ≥ 400k', what: 'every model ranked by monthly cost, after filters' },
    { command: '/models newest from anthropic', what: 'the newest releases first, with the same filters' },
    { command: '/models cheapest on bedrock with vision', what: 'only what one host sells, each at its price there' },
    { command: '/models leaderboard swe-bench-pro', what: "a benchmark's top models, each priced" },
    { command: '/models cost grok-4.3 100M cached 80%', what: 'one model at your volume, with the breakdown' },
    { command: '/models lanes gpt-5.4-mini gpt-5.3-codex', what: 'which model for which kind of work' },
    { command: '/models best terminal', what: 'the top models for a lane' },
    { command: '/models model claude-sonnet-5', what: "a model's card with sources" },
    { command: '@Model Scout cheapest for 50M tokens?', what: 'or just ask, in a channel or a DM' },
];
const EXAMPLE_FOR = {
    compare: '/compare gpt-4.1-mini gpt-5.3-codex for 50M tokens mix 3:1',
    upgrade: '/models upgrade gpt-4.1-mini gpt-5.4',
    cost: '/models cost grok-4.3 50M',
    model: '/models model claude-sonnet-5',
    lanes: '/models lanes gpt-5.4-mini gpt-5.3-codex',
    attribute: '/models which has the larger context, gpt-4.1-mini or grok-4.3?',
    where: '/models where can I run gpt-4.1-mini?',
};
const datasetOf = (via) => (via === undefined ? null : (via.trim().split(/\s+/)[0] ?? via));
function buyingOf(catalog, asOf) {
    const current = catalog.models.filter((m) => !isRetired(m, asOf) && m.status !== 'deprecated').map((m) => quotedPrice(m, asOf));
    return {
        current: current.length,
        batch: current.filter((p) => p.batchInput !== undefined).length,
        tiers: Object.fromEntries(SERVICE_TIERS.map((t) => [t, current.filter((p) => p.serviceTiers[t] !== undefined).length])),
        cachedInput: current.filter((p) => p.cachedInput !== undefined).length,
        cacheWrite: current.filter((p) => p.cacheWrite5m !== undefined || p.cacheWrite1h !== undefined).length,
    };
}
export function helpAnswer(catalog, asOf, topic = null) {
    const checked = catalog.models.flatMap((m) => m.pricing.map((p) => p.checked)).sort();
    const inForce = catalog.models.map((m) => quotedPrice(m, asOf));
    const bySource = new Map();
    for (const p of inForce)
        bySource.set(datasetOf(p.source.via), (bySource.get(datasetOf(p.source.via)) ?? 0) + 1);
    const ageOf = (p) => differenceInCalendarDays(parseISO(asOf), parseISO(p.checked));
    return {
        kind: 'help',
        models: catalog.models.length,
        providers: catalog.providers.map((p) => p.name),
        lanes: catalog.lanes.map((l) => ({ id: l.id, name: l.name, description: l.description })),
        examples: EXAMPLES,
        checkedNewest: checked.at(-1) ?? '',
        checkedOldest: checked[0] ?? '',
        topic,
        priceSources: [...bySource].map(([via, models]) => ({ via, models })).sort((a, b) => b.models - a.models || String(a.via).localeCompare(String(b.via))),
        freshness: { asOf, within30: inForce.filter((p) => ageOf(p) <= 30).length, within90: inForce.filter((p) => ageOf(p) <= 90).length, priced: inForce.length },
        buying: buyingOf(catalog, asOf),
        benchmarks: [...catalog.benchmarks.values()].map((b) => ({
            id: b.id,
            name: b.name,
            measures: b.measures,
            publishedBy: b.publishedBy,
            url: b.url,
            scored: catalog.models.filter((m) => !isRetired(m, asOf) && m.status !== 'deprecated' && m.benchmarks.some((s) => s.id === b.id)).length,
        })),
    };
}
function understood(query) {
    const out = [];
    if (query.models.length > 0)
        out.push(`models: ${query.models.join(', ')}`);
    if (query.tokens !== null)
        out.push(`a volume of ${query.tokens.toLocaleString('en-US')} tokens a month`);
    if (query.mix)
        out.push(`a ${query.mix.input}:${query.mix.output} input:output mix`);
    if (query.lane)
        out.push(`the ${query.lane} lane`);
    if (query.filters.need?.length)
        out.push(`needs: ${query.filters.need.join(', ')}`);
    if (query.filters.minSpeed)
        out.push(`speed ≥ ${query.filters.minSpeed} tokens/s`);
    if (query.filters.minContext)
        out.push(`context ≥ ${query.filters.minContext.toLocaleString('en-US')}`);
    if (query.filters.providers?.length)
        out.push(`from ${query.filters.providers.join(', ')}`);
    if (query.filters.named !== undefined)
        out.push(`models named ${query.filters.named}`);
    return out;
}
function closest(query) {
    if (query.models.length >= 2)
        return commandFor({ ...query, intent: 'compare', models: query.models.slice(0, MAX_COMPARED) });
    if (query.models.length === 1)
        return commandFor({ ...query, intent: query.tokens !== null ? 'cost' : 'model' });
    if (query.tokens !== null || Object.keys(query.filters).length > 0)
        return commandFor({ ...query, intent: 'cheapest' });
    return null;
}
const FLAGSHIP_SIGNALS = [QUALITY_INDEX, ARENA_SCORE];
function flagshipOf(catalog, r, asOf) {
    const current = r.candidates.filter((m) => statusOn(m, asOf) === 'active');
    if (current.length === 0)
        return r;
    const signal = FLAGSHIP_SIGNALS.find((b) => current.some((m) => scoreOf(m, b) !== undefined));
    const scored = signal === undefined ? [] : current.filter((m) => scoreOf(m, signal) !== undefined);
    const best = (a, b) => (scoreOf(b, signal) > scoreOf(a, signal) ? b : a);
    const model = scored.length > 0 ? scored.reduce(best) : [...current].sort(byPreference)[0];
    if (!model)
        return r;
    const index = signal === undefined ? '' : (catalog.benchmarks.get(signal)?.name ?? signal);
    const why = signal !== undefined ? `its highest on the ${index} (${scoreOf(model, signal)})` : 'its newest (none of them has an intelligence index or arena score)';
    const others = current
        .filter((m) => m !== model)
        .slice(0, 3)
        .map((m) => m.id);
    return {
        kind: 'found',
        query: r.query,
        model,
        matchedBy: 'family-rule',
        note: `“${r.query.trim()}” names ${r.candidates.length} models; compared ${model.id}, ${why} of the ${current.length} current ones${others.length > 0 ? ` (name one to compare another: ${others.join(', ')})` : ''}`,
    };
}
function resolveAll(catalog, query, asOf) {
    const pair = (query.intent === 'compare' || query.intent === 'upgrade') && query.models.length === 2;
    const comparing = query.models.length >= 2;
    const resolutions = query.models.map((name) => {
        const r = resolveModel(catalog, name);
        if (comparing && r.kind === 'ambiguous')
            return flagshipOf(catalog, r, asOf);
        if (!pair || r.kind !== 'unknown' || r.note !== undefined)
            return r;
        const meant = closeTypo(catalog, name);
        return meant ? { kind: 'found', query: name, model: meant, matchedBy: 'partial', note: `“${name.trim()}” read as ${meant.id}, the one model a letter away` } : r;
    });
    const bad = resolutions.filter((r) => r.kind !== 'found');
    if (bad.length === 0) {
        const found = resolutions;
        return {
            ok: true,
            models: [...new Map(found.map((r) => [r.model.id, r.model])).values()],
            notes: found.map((r) => r.note).filter((n) => n !== undefined),
        };
    }
    const scope = bad.map((r) => (r.kind === 'unknown' ? outOfScopeModel(catalog, r.query) : undefined)).find((m) => m !== undefined);
    if (scope)
        return {
            ok: false,
            answer: {
                kind: 'unavailable',
                what: 'out-of-scope',
                message: `${scope.sentence} Ask about a chat model instead, for example /models cheapest 50M or /compare gpt-4.1-mini claude-haiku-4-5.`,
            },
        };
    const names = bad.map((r) => r.kind === 'ambiguous'
        ? { typed: r.query, kind: 'ambiguous', suggestions: r.candidates.slice(0, 5).map((m) => m.id), note: r.note }
        : { typed: r.query, kind: 'unknown', suggestions: r.suggestions.map((m) => m.id), note: r.note ?? `No model is called “${r.query.trim()}”` });
    const first = names[0];
    const index = query.models.indexOf(first.typed);
    const retries = first.suggestions.map((id) => {
        const models = [...query.models];
        models[index] = id;
        return { label: id, command: commandFor({ ...query, models }) };
    });
    return { ok: false, answer: { kind: 'unknown-model', text: query.text, names, retries } };
}
const WINNER_PHRASES = {
    context: 'has the larger context window',
    'max-output': 'has the longer maximum output',
    'knowledge-cutoff': 'has the more recent knowledge cutoff',
    speed: 'is faster',
    price: 'is cheaper',
    'input-price': 'has the lower input price',
    'output-price': 'has the lower output price',
    'cached-input-price': 'has the lower cached input price',
    'cache-write-price': 'has the lower cache write price',
    'cache-write-1h-price': 'has the lower one-hour cache write price',
    newer: 'is newer',
    multimodal: 'takes more kinds of input',
};
const WINNER_SUPERLATIVES = {
    context: 'has the largest context window',
    'max-output': 'has the longest maximum output',
    'knowledge-cutoff': 'has the most recent knowledge cutoff',
    speed: 'is fastest',
    price: 'is cheapest',
    'input-price': 'has the lowest input price',
    'output-price': 'has the lowest output price',
    'cached-input-price': 'has the lowest cached input price',
    'cache-write-price': 'has the lowest cache write price',
    'cache-write-1h-price': 'has the lowest one-hour cache write price',
    newer: 'is newest',
    multimodal: 'takes the most kinds of input',
};
function figuresBehind(model, row, asOf) {
    if (row.group === 'price' || row.group === 'cost')
        return [priceFigure(model, asOf)];
    if (row.group === 'speed')
        return speedFigures(model);
    return [specFigure(model)];
}
function takesModalities(models, asked) {
    const label = (m) => (m === 'pdf' ? 'PDF' : m);
    return models
        .map((m) => {
        const missing = asked.filter((a) => !m.modalities.input.includes(a));
        return missing.length === 0
            ? `${m.name}: Yes — it takes ${wordList(asked.map(label))} input.`
            : `${m.name}: No — ${wordList(missing.map(label))} is not among its input modalities.`;
    })
        .join(' ');
}
function holdsContext(models, floor) {
    return models
        .map((m) => `${m.name}: ${m.contextWindow >= floor ? 'Yes' : 'No'} — ${count(m.contextWindow)} tokens ${m.contextWindow >= floor ? '≥' : '<'} ${count(floor)}.`)
        .join(' ');
}
function cachedDiscount(models, asOf, unit) {
    const below = models.flatMap((m) => {
        const { input, cachedInput, free } = quotedPrice(m, asOf);
        if (free || input === undefined || cachedInput === undefined || input <= 0 || cachedInput > input)
            return [];
        return [{ name: m.name, share: percent((input - cachedInput) / input), input: perUnit(input, unit) }];
    });
    const [first, ...rest] = below;
    if (!first)
        return '';
    const others = rest.map((b) => `${b.share} below ${b.name}'s (${b.input})`);
    return ` Cached input is ${wordList([`${first.share} below ${first.name}'s input price (${first.input})`, ...others])}.`;
}
const PLURAL_VERBS = { has: 'have', is: 'are', takes: 'take', leads: 'lead' };
function budgetBuys(row, models, budget) {
    const bought = models.flatMap((m) => {
        const blended = row.values[m.id]?.value;
        return typeof blended === 'number' && blended > 0 ? [{ name: m.name, blended, tokens: tokensBought(budget, blended) }] : [];
    });
    if (bought.length === 0)
        return '';
    const [most, next] = [...bought].sort((a, b) => a.blended - b.blended);
    const more = most && next && most.blended < next.blended ? `: ${times(next.blended / most.blended)} as many of ${most.name}` : '';
    return `${money(budget)} a month buys ${wordList(bought.map((b) => `${tokens(b.tokens)} tokens of ${b.name}`))}${more}.`;
}
function whoHas(models, row, label) {
    const withValue = (value) => models.filter((m) => (row.values[m.id]?.value ?? null) === value).map((m) => m.name);
    const [have, lack, unknown] = [withValue(true), withValue(false), withValue(null)];
    if (lack.length === 0 && unknown.length === 0)
        return `${models.length === 2 ? 'Both' : `All ${models.length}`} have ${label}`;
    if (have.length === 0 && unknown.length === 0)
        return `${models.length === 2 ? 'Neither' : 'None'} has ${label}`;
    return [
        have.length > 0 ? `${wordList(have)} ${have.length === 1 ? 'has' : 'have'} ${label}` : '',
        lack.length > 0 ? `${wordList(lack)} ${lack.length === 1 ? 'does' : 'do'} not${have.length > 0 ? '' : ` have ${label}`}` : '',
        unknown.length > 0 ? `not published for ${wordList(unknown)}` : '',
    ]
        .filter((part) => part !== '')
        .join('; ');
}
function priceGap(row, names, winner, per = 'month', unit = 'million') {
    const low = row.values[winner]?.value;
    const leaders = row.sharedBy ?? [winner];
    const others = Object.entries(row.values)
        .filter(([id, v]) => !leaders.includes(id) && typeof v.value === 'number')
        .sort(([, a], [, b]) => a.value - b.value);
    const [next, figure] = others[0] ?? [];
    const high = figure?.value;
    if (typeof low !== 'number' || typeof high !== 'number' || !next || high <= low)
        return '';
    const difference = row.span
        ? `${money(high - low)} ${spanWords(row.span.per).per}`
        : row.volume
            ? per === 'request'
                ? row.volume.count !== undefined
                    ? requestMoney(high - low)
                    : `${requestMoney(high - low)} a ${row.volume.what ?? 'request'}`
                : `${money(high - low)} a ${per}`
            : perUnit(high - low, unit);
    const counted = row.volume?.count !== undefined && per === 'request' ? ` ${volumeWords(row.volume)}` : '';
    const multiple = low > 0 ? `; ${names[next]} costs ${times(high / low)} as much` : '';
    const who = leaders.length > 1 ? 'Each' : names[winner];
    return ` ${who} costs ${difference} less than ${names[next]}${counted}: ${cheaperBy(low, high)}${multiple}.`;
}
function claimVerdict(claim, row, models, names) {
    const [a, b] = models;
    const [x, y] = [row.values[a?.id ?? '']?.value, row.values[b?.id ?? '']?.value];
    if (!a || !b || typeof x !== 'number' || typeof y !== 'number' || x <= 0 || y <= 0)
        return undefined;
    const [nameA, nameB] = [names[a.id], names[b.id]];
    const [low, high, lowName, highName] = claim.cheaper ? [x, y, nameA, nameB] : [y, x, nameB, nameA];
    if (low >= high)
        return `No: ${nameA} is not ${claim.cheaper ? 'cheaper' : 'more expensive'} than ${nameB} here.`;
    if (claim.times !== undefined) {
        const actual = high / low;
        const gap = `${highName} costs ${times(actual)} as much as ${lowName}`;
        if (Math.abs(actual / claim.times - 1) <= 0.05)
            return `Yes: ${gap}.`;
        return actual > claim.times ? `More than that: ${gap}.` : `No: ${gap}, not ${claim.times}×.`;
    }
    const share = claim.cheaper ? ((high - low) / high) * 100 : ((high - low) / low) * 100;
    const said = `${nameA} is ${Math.round(share)}% ${claim.cheaper ? 'cheaper' : 'more expensive'}`;
    const percent = claim.percent ?? 0;
    if (Math.abs(share - percent) <= 2)
        return `Yes: ${said}.`;
    return share > percent ? `More than that: ${said}.` : `No: ${said}, not ${percent}%.`;
}
function saidOnlyIf(depends, a) {
    return depends ? a : { ...a, text: [] };
}
function inOrder(models, row) {
    const better = row.better;
    if (models.length < 3 || (better !== 'lower' && better !== 'higher' && better !== 'newer'))
        return models;
    const key = (m) => row.values[m.id]?.value;
    const rank = (m) => (typeof key(m) === 'number' || typeof key(m) === 'string' ? 0 : 1);
    const compare = (a, b) => {
        const [x, y] = [key(a), key(b)];
        if (typeof x === 'number' && typeof y === 'number')
            return better === 'lower' ? x - y : y - x;
        if (typeof x === 'string' && typeof y === 'string')
            return better === 'newer' ? y.localeCompare(x) : 0;
        return 0;
    };
    return [...models].sort((a, b) => rank(a) - rank(b) || compare(a, b));
}
function capabilityOrLane(catalog, query, models, profile, asOf, detail) {
    const asked = attributeAnswer(catalog, query, models, profile, asOf);
    if (query.lane === null || asked.row.better !== 'yes' || asked.row.winner !== 'tie')
        return asked;
    return compareModels(catalog, models, profile, asOf, detail, { focus: query.lane, unit: query.unit ?? 'million' });
}
function attributeAnswer(catalog, query, models, profile, asOf) {
    const all = attributesOf(catalog);
    const spec = all.find((a) => a.id === query.attribute) ?? all[0];
    const unit = query.unit ?? 'million';
    const counted = countedOf(query);
    const rows = inPriceUnit(comparisonRows(catalog, models, profile, asOf, 'full', stretchesAsked(query), counted || query.per === 'request' ? 'request' : 'month', counted?.what ?? query.perWhat, counted?.count), unit);
    const atVolume = rows.find((r) => r.span) ?? (query.tokens !== null ? rows.find((r) => r.volume?.yours) : undefined);
    const field = PRICE_FIELDS.find((f) => spec.row === `price.${f}`);
    const row = (spec.id === 'price' ? atVolume : undefined) ??
        rows.find((r) => r.key === spec.row) ??
        (field ? inPriceUnit([priceFieldRow(models, field, (m) => quotedPrice(m, asOf))], unit)[0] : undefined);
    if (!row)
        throw new Error(`no ${spec.row} row for ${spec.id}`);
    const names = Object.fromEntries(models.map((m) => [m.id, m.name]));
    const list = inOrder(models, row)
        .map((m) => `${m.name}: ${row.values[m.id]?.text}`)
        .join('; ');
    const label = inSentence(row.label);
    const per = (query.per === 'request' || counted) && row.volume && !row.span ? 'request' : 'month';
    let sentence;
    const at = spec.id === 'price'
        ? row.span
            ? ` ${spanWords(row.span.per).over} at ${tokens(row.span.tokens)} tokens a month`
            : row.volume
                ? ` ${volumeWords(row.volume)}`
                : ` ${label}`
        : '';
    if (row.winner === null) {
        const named = row.key === 'released' ? 'Release date' : row.group === 'price' && !row.mix ? `${row.label} price` : row.label;
        sentence = models.length === 1 ? `${named} of ${list}.` : `${named} — ${list}. Not enough published figures to name a winner.`;
    }
    else if (row.winner === 'tie' && row.better === 'yes') {
        sentence = `${whoHas(models, row, label)} — ${list}.`;
    }
    else if (row.winner === 'tie' && row.sharedBy) {
        const phrase = (WINNER_SUPERLATIVES[spec.id] ?? `leads on ${label}`).replace(/^(?:has|is|takes|leads)\b/, (verb) => PLURAL_VERBS[verb] ?? verb);
        const tied = wordList(row.sharedBy.map((id) => names[id] ?? id));
        const gap = row.group === 'price' || row.group === 'cost' ? priceGap(row, names, row.sharedBy[0], per, unit) : '';
        sentence = `${tied} ${phrase}${at}, tied — ${list}.${gap}`;
    }
    else if (row.winner === 'tie') {
        sentence = `A tie on ${label}: ${list}.`;
    }
    else {
        const winner = names[row.winner];
        const phrase = (models.length > 2 ? WINNER_SUPERLATIVES : WINNER_PHRASES)[spec.id] ?? (row.better === 'yes' ? `has ${label}` : `leads on ${label}`);
        sentence = `${winner} ${phrase}${at} — ${list}.${row.group === 'price' || row.group === 'cost' ? priceGap(row, names, row.winner, per, unit) : ''}`;
    }
    if (query.budget !== undefined && row.mix !== undefined && !row.volume && !row.span)
        sentence = `${budgetBuys(row, models, query.budget)} ${sentence}`;
    if (row.key === 'price.cachedInput')
        sentence += cachedDiscount(models, asOf, unit);
    const modalities = row.key === 'modalities.input' ? (query.filters.inputModalities ?? []) : [];
    if (modalities.length > 0)
        sentence = `${takesModalities(models, modalities)} ${sentence}`;
    const floor = row.key === 'contextWindow' ? query.filters.minContext : undefined;
    if (floor !== undefined)
        sentence = `${holdsContext(models, floor)} ${sentence}`;
    const checked = query.claim && (row.group === 'price' || row.group === 'cost') ? claimVerdict(query.claim, row, models, names) : undefined;
    if (checked)
        sentence = `${checked} ${sentence}`;
    return {
        kind: 'attribute',
        attribute: spec.id,
        question: query.text,
        row,
        models: models.map((m) => m.id),
        names,
        sentence,
        assumptions: saidOnlyIf(dependsOnProfile(row), counted && per === 'request' ? assumptions(profile, asOf, 'month', [], counted) : assumptions(profile, asOf, per)),
        sources: collectSources(models.flatMap((m) => figuresBehind(m, row, asOf))),
    };
}
function whereAnswer(catalog, models, asOf, profile, asked = []) {
    const month = (m) => {
        const q = priceProfile(m, profile, asOf);
        return q.ok ? q.monthlyUsd : null;
    };
    const pricesOf = (own, r) => {
        if (r.input !== undefined && r.output !== undefined)
            return { input: r.input, output: r.output };
        return own.host === r.platform && !own.free && !r.free && !r.batch ? { input: own.input, output: own.output } : undefined;
    };
    const price = (r, p) => (r.free ? FREE_ENDPOINT : p ? pricePair(p.input, p.output) : null);
    const group = (r, p) => (r.free ? 3 : r.batch ? 2 : p ? 0 : 1);
    const routesOf = (m, own) => m.routes.map((r) => ({ r, p: pricesOf(own, r) })).sort((a, b) => group(a.r, a.p) - group(b.r, b.p) || (a.p ? a.p.input + a.p.output : 0) - (b.p ? b.p.input + b.p.output : 0));
    const routeMonth = (m, r) => (r.free || r.batch ? null : month(pricedOn(m, r, asOf)));
    const sold = models.map((m) => {
        const own = quotedPrice(m, asOf);
        return { m, own, direct: own.host === undefined };
    });
    return {
        kind: 'where',
        models: sold.map(({ m, own, direct }) => {
            const ownPrice = direct && !own.free ? { input: own.input, output: own.output, checked: own.checked, monthlyUsd: month(m) } : null;
            const routes = routesOf(m, own)
                .map(({ r, p }) => ({ platform: r.platform, id: r.id, price: price(r, p), batch: r.batch === true, monthlyUsd: routeMonth(m, r), checked: r.checked }))
                .sort((a, b) => (a.monthlyUsd ?? Number.POSITIVE_INFINITY) - (b.monthlyUsd ?? Number.POSITIVE_INFINITY));
            const offers = [
                ...(ownPrice?.monthlyUsd != null ? [{ via: null, monthlyUsd: ownPrice.monthlyUsd }] : []),
                ...routes.flatMap((r) => (r.monthlyUsd === null ? [] : [{ via: r.platform, monthlyUsd: r.monthlyUsd }])),
            ];
            const least = (list) => list.reduce((best, o) => (best === null || o.monthlyUsd < best.monthlyUsd ? o : best), null);
            const isAsked = (via) => asked.includes(via ?? m.provider);
            const provider = catalog.providers.find((p) => p.id === m.provider)?.name ?? m.provider;
            return {
                id: m.id,
                name: m.name,
                provider,
                direct,
                ownPrice,
                routes: [...routes.filter((r) => isAsked(r.platform)), ...routes.filter((r) => !isAsked(r.platform))],
                notOn: asked.filter((h) => !m.routes.some((r) => r.platform === h) && !(direct && h === m.provider)),
                cheapest: least(offers),
                askedOffers: offers
                    .filter((o) => isAsked(o.via))
                    .map((o) => ({ ...o, name: o.via === null ? `${provider} directly` : hostName(o.via) }))
                    .sort((a, b) => a.monthlyUsd - b.monthlyUsd),
                samePrice: offers.length > 1 && offers.every((o) => o.monthlyUsd === offers[0]?.monthlyUsd),
            };
        }),
        assumptions: assumptions(profile, asOf),
        sources: collectSources(sold.flatMap(({ m, direct }) => [
            ...(direct ? [priceFigure(m, asOf)] : []),
            ...m.routes.map((r) => ({ what: `${m.id} on ${r.platform}`, source: r.source, checked: r.checked })),
        ])),
    };
}
function filtersOn(catalog, query, asOf) {
    const filters = {
        ...query.filters,
        ...(query.released ? { released: releaseBounds(query.released, asOf) } : {}),
        ...(query.retiring ? { retires: retireBounds(query.retiring, asOf) } : {}),
    };
    if (filters.scoredOn !== undefined)
        return filters;
    if (query.order === 'value' && query.intent !== 'best')
        return { ...filters, scoredOn: QUALITY_INDEX };
    if (filters.flagships)
        return { ...filters, scoredOn: QUALITY_INDEX };
    if (query.order !== 'task')
        return filters;
    const benchmark = mostRunBenchmark(catalog);
    return benchmark === undefined ? filters : { ...filters, scoredOn: benchmark };
}
function withDecent(query, a) {
    if (!query.decent || !('assumptions' in a))
        return a;
    const floor = query.filters.benchmarkFloors?.find((f) => f.benchmark === DECENT_FLOOR.benchmark)?.min ?? DECENT_FLOOR.min;
    const said = `“${query.decent}” read as an Artificial Analysis Intelligence Index of at least ${floor} (about the median of the catalog's scored models); models without that score are left out`;
    return { ...a, assumptions: { ...a.assumptions, text: [said, ...a.assumptions.text] } };
}
function withSpans(catalog, query, a, profile, asOf) {
    const spans = stretchesAsked(query);
    if (spans.length === 0)
        return a;
    const termCost = (r) => {
        const model = r.route.id === null && !r.route.free ? catalog.byId.get(r.model) : undefined;
        return model ? termCostOfModel(model, profile, asOf, r.monthlyUsd, spans) : termCostOf(r.monthlyUsd, spans);
    };
    return {
        ...a,
        ranking: a.ranking.map((r) => ({ ...r, ...spanFields(r.monthlyUsd, spans), ...termCost(r) })),
        assumptions: assumptions(profile, asOf, 'month', spans),
    };
}
function countedOf(query) {
    return query.forCount && query.per !== 'request' ? query.forCount : undefined;
}
function pricedFor(query, a, profile, asOf) {
    if (query.forCount && query.per !== 'request')
        return { ...a, forCount: query.forCount, assumptions: assumptions(profile, asOf, 'month', [], query.forCount) };
    if (query.per === 'request')
        return { ...a, per: 'request', ...(query.perWhat !== undefined ? { perWhat: query.perWhat } : {}), assumptions: assumptions(profile, asOf, 'request') };
    return a;
}
function wordsAndTokens(text) {
    const m = /(\d[\d,.]*\s*(?:k|m|b|thousand|million|billion)?)\s*(words?|tokens?)\b/i.exec(text);
    if (!m)
        return undefined;
    const read = parseVolume(m[1]);
    if (!read.ok)
        return undefined;
    const count = read.value.tokens;
    return /^word/i.test(m[2])
        ? { asked: 'tokens', words: count, tokens: Math.round(count * TOKENS_PER_WORD) }
        : { asked: 'words', words: Math.round(count / TOKENS_PER_WORD), tokens: count };
}
function cannotSee(catalog, query) {
    const models = query.models.flatMap((name) => {
        const found = resolveModel(catalog, name);
        return found.kind === 'found' ? [found.model.id] : [];
    });
    const first = models[0];
    const providers = extractProfile(query.text, { providerWords: true, capabilityWords: false, providers: catalog.providers }).query.filters.providers ?? [];
    const from = providers.length > 0 ? ` from ${providers[0]}` : '';
    const instead = [];
    switch (query.reach) {
        case 'spend':
            if (first)
                instead.push({ command: `/models cost ${first} 50M`, what: 'what a volume would cost at list prices' });
            instead.push({ command: `/models cheapest 50M${from}`, what: 'the cheapest models for a monthly volume' });
            instead.push({ command: '/models digest preview last month', what: 'what changed in prices over a period' });
            break;
        case 'hardware':
            if (first)
                instead.push({ command: `/models model ${first}`, what: 'whether its weights are open, its licence and its size where published' });
            if (first)
                instead.push({ command: `/models where can I run ${first}`, what: 'hosts that serve it, with their prices' });
            instead.push({ command: '/models cheapest 50M open weights', what: 'the cheapest open-weight models to call from a host' });
            break;
        case 'status':
            if (first)
                instead.push({ command: `/models where can I run ${first}`, what: 'other hosts that serve it' });
            instead.push({ command: '/models cheapest 50M', what: 'alternatives ranked by monthly cost' });
            break;
        case 'subscription':
            if (first)
                instead.push({ command: `/models cost ${first} 50M`, what: 'what the model behind it costs through the API, at a volume' });
            instead.push({ command: `/models cheapest 50M${from}`, what: 'the cheapest API models for a monthly volume' });
            break;
        case 'truthfulness':
            if (models.length >= 2)
                instead.push({ command: `/compare ${models.slice(0, 4).join(' ')}`, what: 'the models side by side, with the benchmark scores both have' });
            instead.push({ command: '/models leaderboard aa-intelligence-index', what: 'the models ranked by a broad quality index, each priced' });
            break;
        case 'parameters':
            if (first)
                instead.push({ command: `/models model ${first}`, what: 'its card: limits, licence, whether its weights are open, and sources' });
            instead.push({ command: '/models largest-context', what: 'the models ranked by context window, a size the catalog does record' });
            instead.push({ command: '/models cheapest 50M open weights', what: 'the cheapest open-weight models' });
            break;
        case 'price-terms':
            if (first)
                instead.push({ command: `/models model ${first}`, what: 'its published prices, cached input, cache writes and batch included' });
            instead.push({ command: `/models cheapest 50M${from} with 50% cached`, what: 'the cheapest models with half the input cached, at their cached-input prices' });
            instead.push({ command: `/models cheapest 50M${from} batch`, what: 'the cheapest models at their Batch API prices, the discount for work that can wait' });
            break;
        case 'popularity':
            instead.push({ command: '/models leaderboard aa-intelligence-index', what: 'the models ranked by a quality index, each priced' });
            instead.push({ command: '/models newest', what: 'the newest releases first' });
            break;
        case 'training':
            if (first)
                instead.push({ command: `/models model ${first}`, what: 'its card, which says whether the catalog records fine-tuning for it' });
            instead.push({ command: '/models cheapest 50M with fine-tuning', what: 'the models the catalog records as fine-tunable, priced per token' });
            break;
        case 'media':
            if (first)
                instead.push({ command: `/models cost ${first} 50M`, what: 'what it costs by the token (an image sent to it is billed as input tokens)' });
            instead.push({ command: '/models cheapest 50M with vision', what: 'the cheapest models that read images, priced per token' });
            break;
        case 'tokenizer': {
            const estimate = wordsAndTokens(query.text);
            const inWords = estimate?.asked !== 'words';
            const volume = !estimate ? '1M words' : inWords ? `${estimate.words} words` : `${estimate.tokens} tokens`;
            const what = inWords ? 'words' : 'tokens';
            instead.push({
                command: `/models cost ${first ?? 'gpt-5-mini'} ${volume}`,
                what: `what that many ${what} a month cost on a model${inWords ? ', read at the same rule of thumb' : ''}`,
            });
            instead.push({ command: `/models cheapest ${volume}`, what: `the cheapest models for that many ${what} a month` });
            return { kind: 'cannot-see', reach: 'tokenizer', text: query.text, models, instead, ...(estimate ? { estimate } : {}) };
        }
        case 'compliance':
        case 'regions':
            if (first)
                instead.push({ command: `/models where can I run ${first}`, what: 'the clouds that sell it (Bedrock, Azure, Vertex) where the catalog lists them' });
            if (first)
                instead.push({ command: `/models model ${first}`, what: 'its card, with the sources to check' });
            instead.push({ command: '/models help', what: 'everything the bot answers' });
            break;
        default:
            if (first)
                instead.push({ command: `/models model ${first}`, what: 'its card: prices, limits, capabilities and sources' });
            instead.push({ command: '/compare gpt-4.1-mini claude-haiku-4-5', what: 'two models side by side' });
            instead.push({ command: '/models help', what: 'everything the bot answers' });
    }
    return { kind: 'cannot-see', reach: query.reach ?? 'how-to', text: query.text, models, instead };
}
const FILTER_FORMS = 'with vision, context ≥ 400k, from anthropic, not from openai, in the llama family, open weights, under $2 output, under $500 a month, released this year, top 10';
export function inputProblem(query) {
    const forms = query.intent === 'digest'
        ? [`Digest: ${DIGEST_FORMS}.`]
        : query.intent === 'settings'
            ? [SETTINGS_USAGE]
            :
                (query.intent === 'best' && query.lane === null) || query.outOfScope || query.modelProblem
                    ? []
                    : [`Volumes: ${VOLUME_FORMS}.`, `Mixes: ${MIX_FORMS}.`, ...(query.intent === 'cheapest' ? [`Filters: ${FILTER_FORMS}.`] : [])];
    return { kind: 'input-problem', text: query.text, problems: query.problems, forms };
}
export function answer(catalog, query, asOf, defaults = DEFAULTS, detail = 'full') {
    if (query.problems.length > 0)
        return inputProblem(query);
    if (query.intent === 'help')
        return helpAnswer(catalog, asOf, query.topic ?? null);
    if (query.intent === 'digest' || query.intent === 'settings') {
        return { kind: 'unavailable', what: query.intent, message: `${query.intent === 'digest' ? 'The digest' : 'Workspace settings'} need the store, and none is configured here.` };
    }
    if (query.intent === 'unknown') {
        const language = inOtherLanguage(query.text) ? ['Model Scout reads questions in English: ask, for example, “cheapest model for 50M tokens?” or use /models help.'] : [];
        return { kind: 'not-understood', text: query.text, understood: understood(query), suggestion: closest(query), problems: language };
    }
    if (query.intent === 'cannot-see')
        return cannotSee(catalog, query);
    if (query.alternativesTo?.length)
        return alternativesTo(catalog, query, query.alternativesTo, asOf, defaults, detail);
    const picked = query.picks?.length ? pickedModels(catalog, query, asOf, defaults) : { query, notes: [] };
    if ('answer' in picked)
        return picked.answer;
    const resolved = resolveAll(catalog, picked.query, asOf);
    if (!resolved.ok)
        return resolved.answer;
    const paid = PRICES_A_BILL.has(picked.query.intent) ? paidPrices(catalog, resolved.models, billProfile(picked.query, defaults), asOf) : { models: resolved.models, notes: [] };
    const one = picked.query.cheapestOnly ? cheapestOf(picked.query, paid.models, defaults, asOf) : { query: picked.query, models: paid.models, notes: [] };
    const bought = budgetVolume(catalog, one.query, one.models, defaults, asOf);
    if ('answer' in bought)
        return bought.answer;
    const currency = query.currency ? [`prices in USD, as published: Model Scout does not convert them to ${query.currency}`] : [];
    const scaled = query.scaleBy !== undefined && query.tokens === null
        ? [`${query.scaleBy} × the default volume of ${tokens(defaults.tokensPerMonth)} tokens a month (give a volume to multiply, such as 50M tokens)`]
        : [];
    const batchOnly = bought.query.batchModels ?? [];
    const named = one.models.map((m) => (batchOnly.includes(m.id) ? { ...m, name: `${m.name} (Batch API)` } : m));
    return withNameNotes(answerResolved(catalog, bought.query, named, asOf, defaults, detail), [
        ...one.notes,
        ...bought.notes,
        ...currency,
        ...scaled,
        ...(query.notes ?? []),
        ...picked.notes,
        ...resolved.notes,
        ...paid.notes,
    ]);
}
const PRICES_A_BILL = new Set(['compare', 'cost', 'upgrade', 'attribute', 'lanes']);
function billProfile(query, defaults) {
    const profile = profileOf(query, defaults);
    return PRICES_A_BILL.has(query.intent) ? { ...profile, paidOnly: true } : profile;
}
function paidPrices(catalog, models, profile, asOf) {
    const notes = [];
    const billed = models.map((m) => {
        if (quotedPrice(m, asOf).free !== true)
            return m;
        const paid = cheapestPaidOption(catalog, m, profile, asOf);
        if (!paid)
            return m;
        notes.push(`${m.id} has only a free, rate-limited endpoint of its own: billed at its cheapest paid host, ${paid.route.name}`);
        return { ...m, pricing: [{ ...quotedPrice(paid.priced, asOf), host: paid.route.host }] };
    });
    return { models: billed, notes };
}
function alternativesTo(catalog, query, ids, asOf, defaults, detail) {
    const { alternativesTo: _asked, ...ranking } = query;
    const models = ids.flatMap((id) => catalog.byId.get(id) ?? []);
    const least = cheapestOf({ ...ranking, models: [...ids] }, models, defaults, asOf);
    const like = least.models.length === 1 ? least.models[0]?.id : models[0]?.id;
    if (like === undefined)
        return answer(catalog, ranking, asOf, defaults, detail);
    return withNameNotes(answer(catalog, { ...ranking, filters: { ...ranking.filters, like, cheaperThanLike: true } }, asOf, defaults, detail), least.notes);
}
function cheapestOf(query, models, defaults, asOf) {
    const profile = billProfile(query, defaults);
    const priced = models.flatMap((m) => {
        const q = priceProfile(m, profile, asOf);
        return q.ok ? [{ m, usd: q.monthlyUsd }] : [];
    });
    const least = priced.reduce((best, p) => (best === undefined || p.usd < best.usd ? p : best), undefined);
    if (!least)
        return { query, models, notes: [] };
    const others = priced.filter((p) => p !== least).map((p) => `${p.m.id} ${money(p.usd)} a month`);
    const tie = priced.some((p) => p !== least && p.usd === least.usd) ? ' (a tie: the first named is shown)' : '';
    return {
        query: { ...query, models: [least.m.id], cheapestOnly: false },
        models: [least.m],
        notes: [`${least.m.id} costs least of ${wordList(models.map((m) => m.id))} at this volume and mix${tie} (${wordList(others)})`],
    };
}
function pickedModels(catalog, query, asOf, defaults) {
    const models = [...query.models];
    const notes = [];
    for (const pick of query.picks ?? []) {
        const ranked = answer(catalog, { ...pick, tokens: pick.tokens ?? query.tokens, mix: pick.mix ?? query.mix }, asOf, defaults);
        const first = ranked.kind === 'cheapest' ? ranked.ranking.map((r) => r.model) : ranked.kind === 'best' ? ranked.picks.map((p) => p.model) : [];
        const said = `“${pick.text.trim()}”`;
        if ((pick.firstOf ?? 1) > 1) {
            const taken = first.slice(0, pick.firstOf).filter((m) => !models.includes(m));
            models.push(...taken);
            notes.push(`the first ${taken.length} of ${said}: ${taken.join(', ')}`);
            continue;
        }
        const top = first[0];
        const passing = ranked.kind === 'cheapest' ? ranked.eligible : ranked.kind === 'best' ? ranked.picked : 0;
        const place = ranked.kind === 'cheapest' || ranked.kind === 'best' ? ranked.firstPlace : 1;
        if (top === undefined)
            return {
                answer: {
                    kind: 'not-understood',
                    text: query.text,
                    understood: understood(query),
                    suggestion: null,
                    problems: [
                        passing > 0
                            ? `There is no #${place} of ${said}: ${passing === 1 ? 'only 1 model passes' : `only ${passing} models pass`} its filters. Name a place from 1 to ${passing}.`
                            : `No model is ${said} in the catalog: no model passes every filter.`,
                    ],
                },
            };
        if (models.includes(top))
            return {
                answer: { kind: 'not-understood', text: query.text, understood: understood(query), suggestion: null, problems: [`${top} is itself ${said}: nothing to compare it with.`] },
            };
        models.push(top);
        const of = ranked.kind === 'cheapest' ? ` (${place === 1 ? 'first' : `#${place}`} of ${ranked.eligible} that pass its filters)` : place > 1 ? ` (#${place})` : '';
        notes.push(`${said} read as ${top}${of}`);
    }
    return { query: { ...query, models, picks: [] }, notes };
}
function budgetVolume(catalog, query, models, defaults, asOf) {
    const like = query.filters.like;
    const model = query.intent === 'cost' || query.intent === 'upgrade' ? models[0] : query.intent === 'cheapest' && like !== undefined ? catalog.byId.get(like) : undefined;
    if (query.budget === undefined || !model)
        return { query, notes: [] };
    const each = query.per === 'request' && query.tokens !== null ? query.tokens : undefined;
    const eachMix = query.mix ?? defaults.mix;
    const prompt = each !== undefined && query.promptTokens === null ? Math.round((each * eachMix.input) / (eachMix.input + eachMix.output)) : query.promptTokens;
    const bill = { ...billProfile({ ...query, promptTokens: prompt }, defaults), tokensPerMonth: MILLION };
    const atMillion = priceProfile(model, bill, asOf);
    if (!atMillion.ok)
        return { query: { ...query, budget: undefined }, notes: [] };
    const tokens = Math.floor(tokensBought(query.budget, atMillion.monthlyUsd));
    const budget = money(query.budget);
    if (!(tokens >= 1) || tokens > MAX_TOKENS_PER_MONTH)
        return {
            answer: inputProblem({
                ...query,
                problems: [`${budget} a month buys ${tokens < 1 ? 'less than one token' : 'more than any real workload'} of ${model.id}: give a budget it can price.`],
            }),
        };
    const mix = query.mix ?? defaults.mix;
    const requests = each !== undefined ? `: ${Math.floor(tokens / each).toLocaleString('en-US')} requests of ${each.toLocaleString('en-US')} tokens each` : '';
    const { per: _one, ...month } = query;
    return {
        query: { ...month, tokens, promptTokens: prompt, ...(each !== undefined ? { budgetEach: each } : {}) },
        notes: [
            `${budget} a month buys ${tokens.toLocaleString('en-US')} tokens of ${model.id} at ${mix.input}:${mix.output} (${perMillion(atMillion.blendedPerMillion)} blended)${requests}; priced at that volume`,
        ],
    };
}
function withNameNotes(a, notes) {
    if (notes.length > 0 && a.kind === 'upgrade')
        return { ...a, comparison: withNameNotes(a.comparison, notes) };
    if (notes.length === 0 || !('assumptions' in a) || a.assumptions === undefined || a.assumptions === null)
        return a;
    return { ...a, assumptions: { ...a.assumptions, text: [...notes, ...a.assumptions.text] } };
}
function spreadAgainstModel(catalog, query, rows, profile, asOf) {
    const spread = priceSpread(rows);
    const found = query.spreadAgainst === undefined ? undefined : resolveModel(catalog, query.spreadAgainst);
    if (!spread || found?.kind !== 'found')
        return spread;
    const quote = priceProfile(found.model, profile, asOf);
    if (!quote.ok)
        return spread;
    return setAgainst(spread, rows, { model: found.model.id, name: found.model.name, blendedPerMillion: quote.blendedPerMillion, monthlyUsd: quote.monthlyUsd });
}
function splitBill(split, models, profile, asOf, movedFrom, eachOwn = false) {
    const parts = split.flatMap((p) => {
        const model = models.find((m) => m.id === p.model);
        return model ? [{ model, tokens: 'tokens' in p ? p.tokens : Math.round(p.share * profile.tokensPerMonth) }] : [];
    });
    const answer = bill(parts, profile, asOf, eachOwn);
    const from = movedFrom === undefined ? undefined : models.find((m) => m.id === movedFrom);
    if (!from)
        return answer;
    const all = priceProfile(from, { ...profile, tokensPerMonth: answer.tokens }, asOf);
    return { ...answer, baseline: { model: from.id, name: from.name, monthlyUsd: all.ok ? all.monthlyUsd : null } };
}
function forCountOf(forCount, profile, asOf) {
    return { forCount, assumptions: assumptions(profile, asOf, 'month', [], forCount) };
}
function batchShareBill(model, profile, asOf) {
    const share = profile.batchShare ?? 0;
    const batched = Math.round(share * profile.tokensPerMonth);
    return bill([
        { model, tokens: batched, batch: true },
        { model, tokens: profile.tokensPerMonth - batched },
    ], profile, asOf);
}
function gotOnly(models) {
    return models.length === 0 ? 'got none' : `I read only ${wordList(models.map((m) => m.id))}`;
}
function answerResolved(catalog, query, models, asOf, defaults, detail) {
    const profile = billProfile(query, defaults);
    const need = (min, max, what) => {
        if (models.length >= min && models.length <= max)
            return undefined;
        return {
            kind: 'not-understood',
            text: query.text,
            understood: understood(query),
            suggestion: closest(query),
            problems: [
                models.length < min
                    ? `${what} needs ${min === max ? min : `at least ${min}`} model${min === 1 ? '' : 's'}; ${gotOnly(models)}.`
                    : `${what} takes ${max === 1 ? 'one model' : `at most ${max} models`}; got ${models.length}.`,
                `For example: ${EXAMPLE_FOR[query.intent] ?? '/models help'}`,
            ],
        };
    };
    if (profile.batchShare !== undefined && !(query.intent === 'cost' && models.length === 1)) {
        return inputProblem({
            ...query,
            problems: [
                `Cannot weigh a share on the Batch API here: a comparison or a ranking prices all its tokens one way. Ask the cost of one model with its share, such as gpt-4.1 at 100M tokens, 30% batch, or ask at batch prices and at standard ones.`,
            ],
        });
    }
    switch (query.intent) {
        case 'compare':
            return (need(2, MAX_COMPARED, 'A comparison') ??
                compareModels(catalog, models, profile, asOf, detail, {
                    focus: query.lane,
                    spans: stretchesAsked(query),
                    per: query.per === 'request' || countedOf(query) ? 'request' : 'month',
                    what: countedOf(query)?.what ?? query.perWhat,
                    counted: countedOf(query)?.count,
                    unit: query.unit,
                    ...(query.volumes ? { volumes: query.volumes } : {}),
                }));
        case 'upgrade':
            return (need(2, 2, 'An upgrade question (from one model to another)') ?? upgrade(catalog, models[0], models[1], profile, asOf, stretchesAsked(query), query.lane, query.volumes));
        case 'cost': {
            if (query.split && models.length >= 2)
                return splitBill(query.split, models, profile, asOf, query.movedFrom, query.eachOwn === true);
            if (profile.batchShare !== undefined && models.length === 1)
                return batchShareBill(models[0], profile, asOf);
            const missing = need(1, 1, 'A cost question');
            if (missing)
                return missing;
            const quoted = costAnswer(models[0], requestProfile(query, profile), asOf, query.unit, query.per ?? 'month', query.per === 'request' ? [] : stretchesAsked(query));
            if (quoted.monthlyUsd === null)
                return quoted;
            return {
                ...quoted,
                ...(query.budget !== undefined ? { budget: query.budget } : {}),
                ...(query.budgetEach !== undefined ? { budgetEach: query.budgetEach } : {}),
                ...(query.within !== undefined ? { within: query.within } : {}),
                ...(query.people && query.per !== 'request' ? { perPerson: { ...query.people, usd: exact(quoted.monthlyUsd / query.people.count) } } : {}),
                ...(query.per === 'request' && query.perWhat !== undefined ? { perWhat: query.perWhat } : {}),
                ...(query.forCount && query.per !== 'request' ? forCountOf(query.forCount, requestProfile(query, profile), asOf) : {}),
                ...(query.volumes
                    ? {
                        atVolumes: costsAtVolumes(models[0], requestProfile(query, profile), asOf, query.volumes),
                        assumptions: assumptions(profile, asOf, 'month', [], undefined, undefined, query.volumes),
                    }
                    : {}),
            };
        }
        case 'model':
            return need(1, 1, 'A model card') ?? modelCard(catalog, models[0], asOf);
        case 'lanes': {
            const missing = need(1, MAX_COMPARED, 'A lane question');
            if (missing)
                return missing;
            const all = lanesAnswer(catalog, models, profile, asOf);
            return query.lane ? { ...all, lanes: all.lanes.filter((l) => l.lane === query.lane) } : all;
        }
        case 'attribute':
            if (isFactAttribute(query.attribute) && !(models.length > 1 && attributesOf(catalog).some((a) => a.id === query.attribute)))
                return (need(1, MAX_COMPARED, 'An attribute question') ??
                    factAnswer(catalog, models, query.attribute, {
                        question: query.text,
                        asOf,
                        bounds: query.filters,
                        mix: profile.mix,
                        ...(query.benchmark !== undefined ? { benchmark: query.benchmark } : {}),
                        ...(query.platform !== undefined ? { platform: query.platform } : {}),
                    }));
            return need(1, MAX_COMPARED, 'An attribute question') ?? capabilityOrLane(catalog, query, models, profile, asOf, detail);
        case 'where':
            return need(1, MAX_COMPARED, 'A where-to-run question') ?? whereAnswer(catalog, models, asOf, profile, query.filters.hosts);
        case 'cheapest': {
            const filters = filtersOn(catalog, query, asOf);
            const ranked = cheapest(catalog, profile, filters, asOf, query.top ?? DEFAULT_TOP, query.order, query.skip);
            const rows = query.spread ? cheapest(catalog, profile, filters, asOf, Number.MAX_SAFE_INTEGER, 'price').ranking : [];
            const spread = query.spread ? spreadAgainstModel(catalog, query, rows, profile, asOf) : null;
            return withDecent(query, pricedFor(query, withSpans(catalog, query, spread ? { ...ranked, spread } : ranked, profile, asOf), profile, asOf));
        }
        case 'best': {
            const lane = catalog.lanes.find((l) => l.id === query.lane);
            if (!lane) {
                const lanes = catalog.lanes.map((l) => l.id).join(', ');
                const problem = query.purpose
                    ? `No kind of work I rank models for matches “${query.purpose}”. I rank them for: ${lanes} (/models best <lane>); or by what the work needs, such as /models cheapest with vision.`
                    : `Lanes: ${lanes}.`;
                return { kind: 'not-understood', text: query.text, understood: understood(query), suggestion: null, problems: [problem] };
            }
            const picked = best(catalog, lane, profile, filtersOn(catalog, query, asOf), asOf, query.top ?? DEFAULT_TOP, query.order === 'value', query.skip);
            return withDecent(query, { ...picked, picks: collapseSnapshots(catalog, picked.picks).rows });
        }
    }
    return { kind: 'not-understood', text: query.text, understood: understood(query), suggestion: closest(query), problems: [] };
}
//# sourceMappingURL=answer.js.map