import { tz } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { subMilliseconds } from 'date-fns/subMilliseconds';
import { hostName, PRICE_FIELD_LABELS, PRICE_FIELDS, SELDOM_PRICED } from '../catalog/schema.js';
import { cheaperBy, count, FREE_ENDPOINT, wordList, money, percent, perMillion, perUnit, pricePair, requestMoney, times, tokens, tokensPerSecond, } from '../cost/format.js';
import { SPAN_FIELDS, SPAN_WORDS, SPANS, spanTokens, spanUsd, spanWords, termChangeWords } from '../cost/span.js';
import { billModels } from '../cost/bill.js';
import { TOKENS_PER_WORD } from '../ask/extract.js';
import { isRetired } from '../catalog/lifecycle.js';
import { fieldLabel } from '../digest/fields.js';
export function priceFieldRows(entry, unit = 'million') {
    return PRICE_FIELDS.flatMap((field) => {
        const usd = entry[field];
        if (usd === undefined && SELDOM_PRICED.includes(field))
            return [];
        return [[PRICE_FIELD_LABELS[field], usd === undefined ? 'not published' : entry.free ? FREE_ENDPOINT : perUnit(usd, unit)]];
    });
}
export function priceListRows(entry, unit = 'million') {
    const per = (usd) => perUnit(usd, unit);
    return [
        ...priceFieldRows(entry, unit),
        ...entry.tiers.map((t) => [
            `prompt ${t.inclusive ? '≥' : '>'} ${tokens(t.above)} (whole request)`,
            `${per(t.input)} in / ${per(t.output)} out${t.cachedInput !== undefined ? ` / ${per(t.cachedInput)} cached` : ''}`,
        ]),
        ...Object.entries(entry.serviceTiers).flatMap(([name, t]) => (t ? [[`${name} tier`, `${per(t.input)} in / ${per(t.output)} out`]] : [])),
    ];
}
export function priceListLine(entry, unit = 'million') {
    return priceListRows(entry, unit)
        .filter(([, figure]) => figure !== 'not published')
        .map(([label, figure]) => `${label} ${figure}`)
        .join(' · ');
}
export function digestTitle(d) {
    const zone = tz(d.timeZone);
    const from = new Date(d.from);
    const to = subMilliseconds(new Date(d.to), 1);
    const sameYear = format(from, 'yyyy', { in: zone }) === format(to, 'yyyy', { in: zone });
    const what = d.direction === 'cut' ? 'Price cuts' : d.direction === 'increase' ? 'Price increases' : 'Model prices';
    const last = format(to, 'MMM d, yyyy', { in: zone });
    if (format(from, 'yyyy-MM-dd', { in: zone }) === format(to, 'yyyy-MM-dd', { in: zone }))
        return `${what}: ${last}`;
    return `${what}: ${format(from, sameYear ? 'MMM d' : 'MMM d, yyyy', { in: zone })} – ${last}`;
}
export function quietDigest(d) {
    const from = d.providers && d.providers.length > 0 ? ` from ${wordList(d.providers, 'or')}` : '';
    const what = d.direction === 'cut' ? 'No price cuts' : d.direction === 'increase' ? 'No price increases' : 'No price changes or new models';
    return `${what}${from} ${digestSpan(d)}.`;
}
export function digestSpan(d) {
    const week = differenceInCalendarDays(new Date(d.to), new Date(d.from), { in: tz(d.timeZone) }) === 7;
    if (week)
        return d.past ? 'that week' : 'this week';
    const day = differenceInCalendarDays(new Date(d.to), new Date(d.from), { in: tz(d.timeZone) }) === 1;
    return day ? (d.past ? 'on that day' : 'today') : 'in this period';
}
export function noNewModelsLine(d) {
    return d.latestRelease ? `No new models in this period. ${latestReleaseLine(d)}` : '';
}
export function latestReleaseLine(d) {
    const latest = d.latestRelease;
    if (!latest)
        return '';
    const whose = d.providers.length > 0 ? ` from ${wordList(d.providers, 'or')}` : '';
    return `The latest model${whose} in the catalog is ${latest.name} (${latest.model}), released ${latest.released}.`;
}
export function signedPercent(pct) {
    return pct < 0 ? `−${percent(-pct)}` : `+${percent(pct)}`;
}
export function changeLine(c) {
    return `${c.name}: ${fieldLabel(c.field)} ${perMillion(c.old)} → ${perMillion(c.new)} (${signedPercent(c.pct)}) on ${c.date}${c.cause === 'correction' ? ', a data correction' : ''}`;
}
export function statusWords(m, asOf) {
    if (isRetired(m, asOf))
        return `retired${m.retires ? ` ${m.retires}` : ''}`;
    if (m.status === 'deprecated')
        return `deprecated${m.deprecated ? ` ${m.deprecated}` : ''}${m.retires ? `, retires ${m.retires}` : ''}`;
    return m.status;
}
export const NO_SOURCES = 'none — no figure shown comes from the catalog.';
export function againstStandard(a) {
    if (a.atStandard === null || a.monthlyUsd === null || !a.rates)
        return undefined;
    const chosen = a.rates.basis === 'batch' ? 'batch pricing' : `the ${a.rates.basis} tier`;
    const standard = a.atStandard.monthlyUsd;
    const { amount, span } = costWords(a);
    const change = a.monthlyUsd < standard
        ? `${chosen} is ${cheaperBy(a.monthlyUsd, standard)} (saves ${amount(standard - a.monthlyUsd)} ${span})`
        : a.monthlyUsd > standard
            ? `${chosen} costs ${amount(a.monthlyUsd - standard)} ${span} more (${times(a.monthlyUsd / standard)} the standard ${a.per})`
            : `${chosen} costs the same`;
    return `At standard prices: ${amount(standard)} ${span}; ${change}.`;
}
export function againstNoCaching(a) {
    if (a.withoutCaching === null || a.monthlyUsd === null)
        return undefined;
    const uncached = a.withoutCaching.monthlyUsd;
    const { amount, span } = costWords(a);
    const change = a.monthlyUsd < uncached
        ? `caching saves ${amount(uncached - a.monthlyUsd)} ${span} (${cheaperBy(a.monthlyUsd, uncached)})`
        : a.monthlyUsd > uncached
            ? `caching costs ${amount(a.monthlyUsd - uncached)} ${span} more`
            : 'caching changes nothing here (no lower cached price is published)';
    const write = a.withoutCaching.cacheWritePerMillion;
    const writes = write === null ? '' : ` Cache writes are not counted: tokens written to the cache cost ${perMillion(write)} (5-minute cache), once for each prefix before it is read.`;
    return `Without prompt caching: ${amount(uncached)} ${span}; ${change}.${writes}`;
}
export function spanAmounts(a) {
    const spans = SPANS.flatMap((s) => {
        const usd = a[SPAN_FIELDS[s]];
        return usd === null ? [] : [`${money(usd)} ${SPAN_WORDS[s].per}`];
    });
    const term = a.termCost ? [`${money(a.termCost.usd)} ${spanWords(a.termCost.term).per}${termChangeWords(a.termCost)}`] : [];
    return [...spans, ...term].join('; ');
}
export function spanColumns(ranking) {
    const spans = SPANS.filter((s) => ranking.some((r) => r[SPAN_FIELDS[s]] !== undefined)).map((s) => ({
        title: SPAN_WORDS[s].title,
        usd: (r) => r[SPAN_FIELDS[s]] ?? 0,
    }));
    const term = ranking.find((r) => r.termCost)?.termCost?.term;
    return term ? [...spans, { title: spanWords(term).title, usd: (r) => r.termCost?.usd ?? 0 }] : spans;
}
export function addedPrice(a) {
    return a.free ? 'a free, rate-limited endpoint (no paid price published)' : `${perMillion(a.input)} in / ${perMillion(a.output)} out`;
}
export function termChangesLine(ranking) {
    return ranking
        .flatMap((r) => (r.termCost?.changes?.length ? [`${r.model}'s ${spanWords(r.termCost.term).title.toLowerCase()} cost${termChangeWords(r.termCost)}.`] : []))
        .join(' ');
}
export function costHeadline(a) {
    const { amount, span } = costWords(a);
    const month = `${amount(a.monthlyUsd ?? 0)} ${span}`;
    const spans = spanAmounts(a);
    return spans ? `${spans} (${month})` : month;
}
export function budgetBuys(a) {
    if (a.budget === undefined)
        return undefined;
    const term = a.termCost?.term;
    const blended = a.blendedPerMillion;
    const over = term ? (blended ? Math.floor((spanUsd(a.budget, term) / blended) * 1e6) : spanTokens(a.tokens, term)) : a.tokens;
    const bought = `${tokens(over)} tokens (${count(Math.round(over))}${term ? `; ${tokens(a.tokens)} a month` : ''}) at ${a.mix.input}:${a.mix.output}`;
    const budget = term ? `${money(spanUsd(a.budget, term))} ${spanWords(term).per}` : `${money(a.budget)} a month`;
    return a.budgetEach === undefined ? `${budget} buys ${bought}` : `${budget} buys ${count(Math.floor(over / a.budgetEach))} requests of ${count(a.budgetEach)} tokens: ${bought}`;
}
export function againstBudget(a) {
    if (a.within === undefined || a.monthlyUsd === null || a.per === 'request')
        return undefined;
    const term = a.termCost?.term;
    const [cost, budget] = term ? [a.termCost?.usd ?? 0, spanUsd(a.within, term)] : [a.monthlyUsd, a.within];
    const named = term ? `${money(budget)} budget ${spanWords(term).per}` : `${money(budget)} a month budget`;
    const diff = (Math.round(cost * 100) - Math.round(budget * 100)) / 100;
    return diff > 0 ? `No: over the ${named} by ${money(diff)} (${times(cost / budget)} it).` : `Yes: within the ${named}, with ${money(-diff)} to spare.`;
}
function onePerson(who) {
    return who === 'people' ? 'person' : who === 'staff' ? 'staff member' : who.replace(/s$/, '');
}
export function perPersonLine(a) {
    const p = a.perPerson;
    if (!p || a.monthlyUsd === null)
        return undefined;
    const one = onePerson(p.who);
    return `${requestMoney(p.usd)} ${/^[aeio]/i.test(one) ? 'an' : 'a'} ${one} a month (${count(p.count)} ${p.who}).`;
}
export function costWords(a) {
    if (a.forCount)
        return { amount: requestMoney, span: `for ${count(a.forCount.count)} ${a.forCount.what}` };
    return a.per === 'request' ? { amount: requestMoney, span: `a ${a.perWhat ?? 'request'}` } : { amount: money, span: 'a month' };
}
export function volumeCosts(a) {
    const at = a.atVolumes;
    if (!at || at.length < 2)
        return undefined;
    const first = at[0]?.blendedPerMillion ?? null;
    const same = first !== null && at.every((v) => v.blendedPerMillion === first);
    const each = at.map((v, i) => {
        const figure = v.monthlyUsd === null ? `no price (${v.refusal ?? 'not published'})` : `${money(v.monthlyUsd)}${i === 0 ? ' a month' : ''}`;
        const blended = !same && v.blendedPerMillion !== null ? ` (${perUnit(v.blendedPerMillion, a.unit)} blended)` : '';
        return `${figure} at ${tokens(v.tokens)}${i === 0 ? ' tokens' : ''}${blended}`;
    });
    return `${wordList(each)}${same ? ` (${perUnit(first, a.unit)} blended at each)` : ''}`;
}
export function costColumn(a) {
    if (a.forCount)
        return `For ${count(a.forCount.count)} ${a.forCount.what}`;
    return a.per === 'request' ? `Per ${a.perWhat ?? 'request'}` : 'Monthly';
}
export function rankedAtWords(a) {
    const volume = tokens(a.assumptions.tokensPerMonth);
    if (a.forCount)
        return `${count(a.forCount.count)} ${a.forCount.what} (${volume} tokens)`;
    return a.per === 'request' ? `one ${a.perWhat ?? 'request'} of ${volume} tokens` : `${volume} tokens a month`;
}
export function directWords(provider, own) {
    const month = own?.monthlyUsd !== null && own?.monthlyUsd !== undefined ? `, ${money(own.monthlyUsd)} a month` : '';
    return `${provider} directly${own ? ` (${pricePair(own.input, own.output)}${month}, checked ${own.checked})` : ''}`;
}
export function routePrice(r) {
    const parts = [
        r.price === null ? "at the provider's price" : `${r.price}${r.batch ? ' (batch endpoint: Batch API prices, not for interactive requests)' : ''}`,
        r.monthlyUsd === null ? null : `${money(r.monthlyUsd)} a month`,
    ].filter((p) => p !== null);
    return parts.length > 0 ? parts.join(', ') : null;
}
export function cheapestOfferWords(m) {
    const priced = (m.ownPrice?.monthlyUsd != null ? 1 : 0) + m.routes.filter((r) => r.monthlyUsd !== null).length;
    if (!m.cheapest || priced < 2)
        return '';
    if (m.samePrice)
        return ` Every way of buying it costs the same: ${money(m.cheapest.monthlyUsd)} a month.`;
    const where = (via) => (via === null ? `${m.provider} directly` : hostName(via));
    const anywhere = `${where(m.cheapest.via)}, ${money(m.cheapest.monthlyUsd)} a month`;
    const [first, second] = m.askedOffers;
    if (!first)
        return ` Cheapest: ${anywhere}.`;
    const also = first.via === m.cheapest.via || first.monthlyUsd === m.cheapest.monthlyUsd ? '' : `; cheapest anywhere: ${anywhere}`;
    if (!second)
        return ` On ${first.name}: ${money(first.monthlyUsd)} a month${also}.`;
    const of = wordList(m.askedOffers.map((o) => o.name), 'and');
    if (m.askedOffers.every((o) => o.monthlyUsd === first.monthlyUsd))
        return ` ${of} cost the same: ${money(first.monthlyUsd)} a month${also}.`;
    const lead = first.monthlyUsd === second.monthlyUsd ? `${first.name} and ${second.name} cost least` : `${first.name} costs least`;
    return ` Of ${of}, ${lead}: ${money(first.monthlyUsd)} a month${also}.`;
}
export function notOnWords(notOn) {
    if (notOn.length === 0)
        return '';
    return ` Not on ${wordList(notOn.map(hostName), 'or')} in the catalog.`;
}
export function referenceMonth(monthlyUsd) {
    return monthlyUsd === null ? 'no price for this profile' : `${money(monthlyUsd)} a month`;
}
export function rankingLead(a) {
    const { lead } = RANKING_WORDS[a.order];
    const on = (a.order === 'score' || a.order === 'task' || a.order === 'value') && a.scoredOn ? `${lead} on ${a.scoredOn.name}` : lead;
    if (a.filters.flagships && a.scoredOn && a.order !== 'score')
        return `Flagships (each provider's highest on ${a.scoredOn.name}), ${lead.toLowerCase()} first`;
    if (!a.filters.eachProvider)
        return on;
    return (a.filters.perProvider ?? 1) > 1 ? `${on}, ${a.filters.perProvider} from each provider` : `${on} from each provider`;
}
export function spreadLine(a) {
    const s = a.spread;
    if (!s)
        return '';
    const count = `${s.count} model${s.count === 1 ? ' passes' : 's pass'}`;
    const against = spreadAgainstWords(s);
    if (s.count === 1)
        return `${count}: ${s.low.model}, ${money(s.low.monthlyUsd)} a month (${perMillion(s.low.blendedPerMillion)} blended).${against}`;
    return `${count}: from ${money(s.low.monthlyUsd)} (${s.low.model}, ${perMillion(s.low.blendedPerMillion)}) to ${money(s.high.monthlyUsd)} a month (${s.high.model}, ${perMillion(s.high.blendedPerMillion)}); median ${money(s.medianMonthlyUsd)} (${perMillion(s.medianPerMillion)} blended), mean ${money(s.meanMonthlyUsd)} (${perMillion(s.meanPerMillion)}).${against}`;
}
function spreadAgainstWords(s) {
    const a = s.against;
    if (!a)
        return '';
    const side = a.monthlyUsd > s.medianMonthlyUsd ? 'above the median' : a.monthlyUsd < s.medianMonthlyUsd ? 'below the median' : 'at the median';
    return ` ${a.name}: ${money(a.monthlyUsd)} a month (${perMillion(a.blendedPerMillion)} blended), ${side}; ${count(a.cheaper)} of the others cost less, ${count(a.dearer)} more.`;
}
export function placesWords(firstPlace, shown) {
    if (firstPlace === 1 || shown === 0)
        return '';
    const last = firstPlace + shown - 1;
    return last === firstPlace ? `, #${firstPlace}` : `, #${firstPlace}–#${last}`;
}
const SCORE_COLUMN = {
    title: 'Score',
    value: (r) => r.score?.value ?? null,
    text: (r) => r.score?.text ?? 'untested',
    inWords: (r) => (r.score ? `scoring ${r.score.text}` : 'untested'),
};
export const RANKING_WORDS = {
    price: { lead: 'Cheapest' },
    priciest: { lead: 'Most expensive' },
    newest: {
        lead: 'Newest',
        column: { title: 'Released', value: () => null, text: (r) => r.released ?? 'not published', inWords: (r) => `released ${r.released ?? 'on a date not published'}` },
    },
    context: {
        lead: 'Largest context',
        column: { title: 'Context', value: (r) => r.contextWindow, text: (r) => tokens(r.contextWindow), inWords: (r) => `context ${tokens(r.contextWindow)} tokens` },
    },
    output: {
        lead: 'Largest maximum output',
        column: {
            title: 'Max output',
            value: (r) => r.maxOutput,
            text: (r) => (r.maxOutput === null ? 'not published' : tokens(r.maxOutput)),
            inWords: (r) => (r.maxOutput === null ? 'maximum output not published' : `maximum output ${tokens(r.maxOutput)} tokens`),
        },
    },
    score: {
        lead: 'Highest-scoring',
        column: SCORE_COLUMN,
    },
    task: {
        lead: 'Cheapest per task',
        column: {
            title: 'Per task',
            value: (r) => r.perTask?.perTaskUsd ?? null,
            text: (r) => (r.perTask ? requestMoney(r.perTask.perTaskUsd) : 'no published run'),
            inWords: (r) => (r.perTask ? `${requestMoney(r.perTask.perTaskUsd)} per task` : 'no published run'),
        },
    },
    cutoff: {
        lead: 'Most recent knowledge cutoff',
        column: {
            title: 'Cutoff',
            value: () => null,
            text: (r) => r.knowledgeCutoff ?? 'not published',
            inWords: (r) => `knowledge cutoff ${r.knowledgeCutoff ?? 'not published'}`,
        },
    },
    value: {
        lead: 'Best value',
        column: SCORE_COLUMN,
    },
    retiring: {
        lead: 'Retiring soonest',
        column: {
            title: 'Retires',
            value: () => null,
            text: (r) => r.retires ?? 'no date published',
            inWords: (r) => (r.retires ? `retires ${r.retires}` : 'deprecated, no retirement date published'),
        },
    },
    speed: {
        lead: 'Fastest',
        column: {
            title: 'Output speed',
            value: (r) => r.outputTokensPerSecond,
            text: (r) => (r.outputTokensPerSecond === null ? 'not measured' : tokensPerSecond(r.outputTokensPerSecond)),
            inWords: (r) => (r.outputTokensPerSecond === null ? 'output speed not measured' : `output ${tokensPerSecond(r.outputTokensPerSecond)}`),
        },
    },
};
const amongWords = (among) => (among === 'filtered' ? 'of a model that passes the other filters' : 'of a current model');
export function nonePassesLine(a) {
    if (a.eligible > 0)
        return `Only ${a.eligible} model${a.eligible === 1 ? ' passes' : 's pass'} every filter (${a.considered} considered): there is no #${a.firstPlace}. Ask for ${a.eligible === 1 ? 'the first' : `ranks 1 to ${a.eligible}`}, or drop a filter.`;
    const largest = a.largest
        ? ` The largest ${a.largest.what === 'context' ? 'context window' : 'maximum output'} ${amongWords(a.largest.among)} is ${count(a.largest.tokens)} tokens (${a.largest.model}).`
        : '';
    const latest = a.latestRelease
        ? ` The latest release before that window ${amongWords(a.latestRelease.among)} is ${a.latestRelease.model}, released ${a.latestRelease.released}.`
        : '';
    const top = a.topScore ? ` The highest ${a.topScore.name} score ${amongWords(a.topScore.among)} is ${a.topScore.text} (${a.topScore.model}).` : '';
    return `No model passes every filter (${a.considered} considered).${largest}${latest}${top}`;
}
export function bestTitle(a) {
    return `${a.value ? 'Best value' : 'Best'} for ${a.name}`;
}
export function noneQualifiesLine(eligible, untested) {
    const many = (n, one, more) => (n === 1 ? one : more);
    return `No model qualifies: ${eligible} ${many(eligible, "meets the lane's needs", "meet the lane's needs")}, ${untested} of them ${many(untested, 'has', 'have')} no score on its benchmarks.`;
}
export function pastLastPickLine(a) {
    return `Only ${a.picked} model${a.picked === 1 ? ' qualifies' : 's qualify'}: there is no #${a.firstPlace}. Ask for ${a.picked === 1 ? 'the first' : `ranks 1 to ${a.picked}`}.`;
}
export function untestedLine(untested) {
    return untested === 1
        ? "Untested: 1 model meets the needs but has no score on this lane's benchmarks."
        : `Untested: ${untested} models meet the needs but have no score on this lane's benchmarks.`;
}
export function helpTopicLines(a) {
    const { asOf, within30, within90, priced } = a.freshness;
    switch (a.topic) {
        case null:
            return [];
        case 'blended': {
            const [input, output] = [3, 15];
            return [
                'A blended price is one price per 1M tokens for a mix of input and output: the input price weighted by the input share plus the output price weighted by the output share.',
                `At the default 3:1 input:output, ${money(input)}/1M in and ${money(output)}/1M out blend to (3 × ${money(input)} + 1 × ${money(output)}) ÷ 4 = ${perMillion((3 * input + output) / 4)}. Give yours with "mix 10:1", "70/30" or "mostly output".`,
            ];
        }
        case 'monthly':
            return [
                "A month's cost is uncached input tokens × the input price + cached input tokens × the cached-input price + output tokens × the output price, at your volume and mix (3:1 unless you say).",
                'Batch and service tiers use their published prices (never an invented discount); a prompt past a long-context threshold bills the whole request at the higher tier; volumes a day or a week convert with a month of 30.4375 days. Every answer states the volume, mix, caching, tier and price day it used.',
            ];
        case 'sources':
            return [
                `Prices are the providers' published prices, each read from a dated public dataset or the provider's page: ${a.priceSources.map((s) => `${s.via ?? "the provider's own page"} (${count(s.models)} model${s.models === 1 ? '' : 's'})`).join(', ')}.`,
                "Every answer cites the page behind each figure and the day it was checked; a host (Bedrock, Vertex, OpenRouter…) carries its own price, or the provider's where it sells at it.",
            ];
        case 'freshness':
            return [
                `Of ${count(priced)} models' prices in force on ${asOf}, ${count(within30)} were checked in the last 30 days and ${count(within90)} in the last 90; the oldest check is ${a.checkedOldest}, the newest ${a.checkedNewest}.`,
                'An answer whose prices are older than 30 days says so; the daily sync re-reads the public catalogs where it runs.',
            ];
        case 'list-prices':
            return [
                'Prices are list prices as providers publish them: no negotiated, committed-use or volume discounts, credits or taxes. Batch, service tiers and prompt caching are priced only where published, and each answer says which it used.',
            ];
        case 'tokens':
            return [
                `A token is the unit models read, write and bill by: a piece of a word, each model's tokenizer splitting text its own way. By OpenAI's rule of thumb a token is about ¾ of an English word, so 1M tokens is about ${count(1_000_000 / TOKENS_PER_WORD)} words; code, numbers and other languages take more.`,
                'Prices are per 1M tokens, input (what you send, the prompt and any documents or images) and output (what the model writes, its reasoning included) priced apart. Ask in words ("2M words a month") and the answer converts at the same rule.',
                'A page, an image or a minute of audio has no fixed count: a page is as many tokens as its words, and each provider turns images and audio into tokens by its own rules, which the catalog does not record. Count a page\'s words, or give the tokens ("500 pages of 600 tokens each").',
            ];
        case 'buying': {
            const { current, batch, tiers } = a.buying;
            return [
                'Besides the standard price, some providers publish others: a Batch API price (requests sent as a batch and answered within hours, usually a day at most, at about half the price where published), service tiers (flex: slower and may be refused when busy, for less; priority: faster and steadier, for more; fast: a quicker model route, for more), and a lower price for cached input.',
                `Of ${count(current)} current models (not deprecated or retired) on ${a.freshness.asOf}, ${count(batch)} publish a batch price, ${count(tiers.flex)} a flex tier, ${count(tiers.priority)} a priority tier and ${count(tiers.fast)} a fast tier. Answers price them only where published ("gpt-5 at 50M tokens with batch", "priority tier", "--tier flex"), and say what the choice saves or costs against the standard price.`,
            ];
        }
        case 'caching': {
            const { current, cachedInput, cacheWrite } = a.buying;
            return [
                'Prompt caching: input a provider has seen before (a repeated prefix: a system prompt, instructions, documents, tool definitions) is billed at a lower cached-input price; some providers also charge to write the cache (for 5 minutes or an hour).',
                `Of ${count(current)} current models on ${a.freshness.asOf}, ${count(cachedInput)} publish a cached-input price and ${count(cacheWrite)} a cache-write price. Say how much of your input is cached ("with 50% cached", "80% cache hits", \`cached 50%\` in a command): the cost uses the cached-input price for that share, says what caching saves, and names the cache-write price where one is charged.`,
            ];
        }
        case 'benchmarks':
            return [
                `The catalog carries ${a.benchmarks.length} benchmarks; lanes, "best" and leaderboards rank on them, and every score shown cites its source and the day it was checked. Of the current models (not deprecated or retired):`,
                a.benchmarks
                    .map((b) => `${b.name} (${b.id}): ${b.measures} ${count(b.scored)} current model${b.scored === 1 ? '' : 's'} scored; published by ${b.publishedBy}, ${b.url}`)
                    .join('\n'),
                '`/models leaderboard <benchmark>` ranks one, highest first; a benchmark the catalog does not carry is said to be missing, never guessed.',
            ];
        case 'winners':
            return [
                'Each row of a comparison marks its better figure with ✓ and names the winner: the lower price or monthly cost at your volume and mix, the larger context window or maximum output, the higher benchmark score, the later knowledge cutoff or release, the capability one has and another lacks. Equal figures tie; a figure a model does not publish wins nothing, and a row no model publishes has no winner (—).',
                "The verdict (\"Choose A if you need …\") cites each model's wins that matter most, the lower cost at your mix first, then benchmark scores. A lane's call (use, rarely, no, untested) rests on the lane's needs and benchmarks: a model with no score on them is untested, never picked on price alone.",
            ];
        case 'lanes':
            return [
                'A lane is a kind of work, with what a model must have to take it and the benchmarks that decide it; a model without a score on them is untested there, never ranked on price alone. `/models best <lane>` ranks a lane, and a comparison says which model to use in each.',
                a.lanes.map((l) => `${l.id}: ${l.name}. ${l.description}`).join('\n'),
            ];
    }
}
export function billHeadline(a) {
    if (a.eachOwn)
        return eachOwnHeadline(a);
    const models = billModels(a);
    const batched = a.parts.filter((p) => p.batch).reduce((share, p) => share + p.share, 0);
    const across = models.length === 1
        ? `${tokens(a.tokens)} tokens a month on ${a.parts[0]?.name}, ${percent(batched, 2)} through the Batch API`
        : `${tokens(a.tokens)} tokens a month across ${models.length} models`;
    const unpriced = a.parts.filter((p) => p.monthlyUsd === null).map((p) => (models.length === 1 ? billPartName(p) : p.model));
    if (a.totalUsd === null)
        return `${across}: no total, ${wordList(unpriced)} cannot be priced this way`;
    return `${across}: ${money(a.totalUsd)} a month (${perMillion(a.blendedPerMillion ?? 0)} blended)`;
}
export function billAgainstLine(a) {
    if (a.eachOwn)
        return eachOwnGap(a);
    const base = a.baseline;
    if (!base)
        return '';
    if (base.monthlyUsd === null)
        return `All on ${base.name}: no price for this profile.`;
    const all = `All on ${base.name}: ${money(base.monthlyUsd)} a month`;
    if (a.totalUsd === null)
        return `${all}.`;
    if (a.totalUsd === base.monthlyUsd)
        return `${all}; this split costs the same.`;
    const less = a.totalUsd < base.monthlyUsd;
    const gap = money(Math.abs(base.monthlyUsd - a.totalUsd));
    return `${all}; this split is ${gap} a month ${less ? 'less' : 'more'} (${less ? cheaperBy(a.totalUsd, base.monthlyUsd) : `${times(a.totalUsd / base.monthlyUsd)} the cost`}).`;
}
function pricedParts(a) {
    if (a.parts.some((p) => p.monthlyUsd === null))
        return null;
    return [...a.parts].sort((x, y) => x.monthlyUsd - y.monthlyUsd);
}
function eachOwnHeadline(a) {
    const priced = pricedParts(a);
    if (!priced)
        return `Each at its own volume: ${wordList(a.parts.filter((p) => p.monthlyUsd === null).map((p) => p.model))} cannot be priced this way`;
    const [first, second] = priced;
    if (first && second && first.monthlyUsd === second.monthlyUsd)
        return `Each at its own volume, ${first.name} and ${second.name} cost the same`;
    return `${first?.name} costs least, each at its own volume`;
}
function eachOwnGap(a) {
    const priced = pricedParts(a);
    const each = a.parts.map((p) => `${p.name} at ${tokens(p.tokens)} tokens a month: ${p.monthlyUsd === null ? 'no price' : money(p.monthlyUsd)}`).join('; ');
    const [first, second] = priced ?? [];
    if (!first || !second || first.monthlyUsd === second.monthlyUsd)
        return `${each}.`;
    return `${each}. ${first.name} costs ${money(second.monthlyUsd - first.monthlyUsd)} a month less than ${second.name} (${cheaperBy(first.monthlyUsd, second.monthlyUsd)}).`;
}
function billPartName(p) {
    return p.batch ? `${p.name} (Batch API)` : p.name;
}
export function billRows(a) {
    return a.parts.map((p) => [
        billPartName(p),
        ...(a.eachOwn ? [] : [percent(p.share, p.share * 100 === Math.round(p.share * 100) ? 0 : 1)]),
        count(Math.round(p.tokens)),
        p.monthlyUsd === null ? '—' : money(p.monthlyUsd),
        p.blendedPerMillion === null ? (p.refusal ?? '—') : perMillion(p.blendedPerMillion),
    ]);
}
export function billColumns(a) {
    return a.eachOwn ? ['Model', 'Tokens a month', 'Monthly', 'Blended'] : ['Model', 'Share', 'Tokens a month', 'Monthly', 'Blended'];
}
//# sourceMappingURL=words.js.map