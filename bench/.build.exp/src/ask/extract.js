import { DEFAULT_MIX, PERIOD_TO_MONTH } from '../cost/profile.js';
import { asStretch, SPAN_FLAGS, SPANS, termWords, VOLUME_SPANS } from '../cost/span.js';
import { COUNT as TERM_COUNT, MAX_TOKENS_PER_MONTH, mixOf, NUMBER_WORDS as NUMBER_WORDS_IN_VOLUMES, parseMix, ORDINAL, ordinalOf, parseShare, parseVolume, TERM_UNIT, termOf, termProblem, } from '../cost/parse.js';
import { tokens as tokensText } from '../cost/format.js';
import { crossedPriceBounds } from '../cost/rank.js';
import { isDay } from '../digest/window.js';
import { releaseWindowInWords, windowProblem } from './released.js';
import { priceDayInWords, priceDayProblem } from './price-day.js';
const UNIT = '(?:k|thousand|mm|m|mil|mio|millions?|bn|b|billions?|t|trillion)';
const NUM = String.raw `(?:\d+\s*\^\s*\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:e[+-]?\d+)?)`;
const PERIOD = String.raw `(?:(?:\s*\/\s*|\s+(?:per|a|an|each|every)\s+)(?:second|sec|s|minute|min|hour|hr|h|day|d|week|wk|w|month|mo|year|yr|y|quarter|qtr)\b|\s+(?:hourly|daily|weekly|monthly|yearly|annually|quarterly)|\s+(?:per|each|every|over|across|during|in)\s+(?:(?:the\s+)?(?:(?:next|coming|first)\s+)?${TERM_COUNT}[\s-]*|the\s+(?:(?:next|coming|whole)\s+)?)${TERM_UNIT}\b)`;
const VOLUME_RE = new RegExp(String.raw `(?<![\w.\-/$])(?<!\bper\s)(?<!\bper\s~)(?:(?:for|at|of|with|~|≈|about|around)\s+)?(-?${NUM})(?:\s*(${UNIT}))?\b(?:\s+(input|output)\b)?(\s+(?:tokens?|toks?)\b)?(${PERIOD})?(?:\s+of\s+traffic)?`, 'gi');
const PROVIDER_WORDS = [
    [/\bopen\s?ai\b|\bgpt\b/i, 'openai'],
    [/\b(?:anthropic|claude)\b/i, 'anthropic'],
    [/\b(?:google|gemini)\b/i, 'google'],
    [/\b(?:x\.?ai|grok)\b/i, 'xai'],
    [/\bdeepseek\b/i, 'deepseek'],
    [/\bmistral(?:\s?ai)?\b/i, 'mistral'],
];
export const LEAVING_OUT = String.raw `excluding|exclude|leave out|leaving out|except(?:\s+for)?|other than|besides|apart from|but not|avoid(?:ing)?|anything but|without|filter(?:ing)? out|hide|hiding|skip|skipping|ignore|ignoring|minus|drop|dropping|remove|removing|take out|(?:do not|don't|dont) (?:want|need|use|include)|not interested in|rather than|neither|no`;
export function providerOfWord(word) {
    return PROVIDER_WORDS.find(([re]) => re.test(word))?.[1];
}
export const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export function phraseSource(phrase) {
    return phrase
        .toLowerCase()
        .split(/[\s\-_]+/)
        .filter((w) => w !== '')
        .map(escapeRegExp)
        .join('[\\s\\-_]?');
}
const capabilityPatterns = new WeakMap();
function capabilityPatternsOf(words) {
    let patterns = capabilityPatterns.get(words);
    if (!patterns) {
        patterns = Object.entries(words).map(([capability, phrases]) => [
            new RegExp(String.raw `\b(?:with|supports?|supporting|has|having|and|that|which)?\s*(?<![\w-])(?:${[...phrases]
                .sort((a, b) => b.length - a.length)
                .map(phraseSource)
                .join('|')})\b`, 'gi'),
            capability,
        ]);
        capabilityPatterns.set(words, patterns);
    }
    return patterns;
}
const PART_OF_NAME = String.raw `(?![\s-]*(?:\d|v\d|sonnet|opus|haiku|fable|pro\b|flash|mini|nano|codex|large|medium|small|chat|reasoner|build|beta))(?![\s-]+(?!(?:models?|for|at|with|under|over|in|on|from|to|and|or|tokens?|only|api|prices?)\b)[a-z]{3,}[\s-]+v?\d)`;
const PROVIDER_PATTERNS = PROVIDER_WORDS.map(([re, provider]) => [
    new RegExp(String.raw `\b(?:from|by|only)?\s*` + re.source + PART_OF_NAME + String.raw `(?:'s)?(?:\s+(?:models?|only))?`, 'gi'),
    provider,
]);
function tokensOf(size) {
    const parsed = parseVolume(size);
    return parsed.ok ? parsed.value.tokens : undefined;
}
const SCALES = { thousand: 'k', million: 'M', billion: 'B', trillion: 'T' };
const WORD_VOLUME = new RegExp(String.raw `\b(${Object.keys(NUMBER_WORDS_IN_VOLUMES)
    .sort((a, b) => b.length - a.length)
    .join('|')})\s+(thousand|million|billion|trillion)\b`, 'gi');
function numbersInWords(text) {
    return text.replace(WORD_VOLUME, (_all, n, scale) => `${NUMBER_WORDS_IN_VOLUMES[n.toLowerCase()]}${SCALES[scale.toLowerCase()]}`);
}
function scaleAloneAsCount(text) {
    return text.replace(SCALE_ALONE_COUNT, (_, lead, scale) => `${lead} 1${SCALES[scale.toLowerCase()]} `);
}
function dollarsAsSign(text) {
    return text
        .replace(/(?<![\w$.,])(\d[\d,]*(?:\.\d+)?)(\s*k)?\s*(?:dollars?|bucks|usd)\b/gi, (_, n, k) => `$${n}${k ? 'k' : ''}`)
        .replace(BUDGET_WITHOUT_SIGN, (_, said, n, k) => `${said}$${n}${k ? 'k' : ''}`);
}
const BUDGET_WITHOUT_SIGN = /\b(budget(?:\s+is\s+|\s+of\s+|\s*[=:]\s*|\s+)(?:about\s+|around\s+|roughly\s+|~)?)(\d[\d,]*(?:\.\d+)?)(\s*k)?\b(?!\s*(?:tokens?|toks?|%|[mb]\b|million|billion|thousand))/gi;
const RATE_PERIODS = { s: 'second', m: 'minute', h: 'hour', d: 'day' };
const RATE_SIZE_AFTER = /^\s*(?:,|of|at|with|x|×|averaging)?\s*(?:about |around |~)?\d/i;
const EACH_REQUEST_SIZE = /\btok(?:en)?s?\s+(?:each|per\s+(?:request|call|query|message)|an?\s+(?:request|call|query|message))\b/i;
function requestRatesInWords(text) {
    const eachSized = EACH_REQUEST_SIZE.test(text);
    return text.replace(/(?<![\w.])(\d[\d,]*(?:\.\d+)?\s*[km]?)\s*(?:([rq])p([smhd])|req(?:uest)?s?\s*\/\s*(s|sec|second|m|min|minute|h|hr|hour|d|day))\b/gi, (whole, n, abbreviated, short, long, at, all) => {
        if (!eachSized && !RATE_SIZE_AFTER.test(all.slice(at + whole.length, at + whole.length + 40)))
            return '';
        return `${n} ${abbreviated?.toLowerCase() === 'q' ? 'queries' : 'requests'} per ${RATE_PERIODS[(short ?? long ?? 's')[0]?.toLowerCase() ?? 's']}`;
    });
}
export function replaceMatches(text, re, fn) {
    return text.replace(re, (...args) => {
        const named = typeof args[args.length - 1] === 'object' ? args.pop() : undefined;
        const groups = args.slice(0, -2);
        return fn(Object.assign([...groups], { index: args[args.length - 2], input: args[args.length - 1], groups: named }));
    });
}
class Reader {
    rest;
    query = { filters: {}, problems: [] };
    sideOnly;
    each;
    eachInput;
    volumeWithoutPeriod = false;
    plainVolume = false;
    onePrompt;
    oneWritten = false;
    oneTranslated = false;
    countedOnce;
    scaleBy;
    constructor(text) {
        this.rest = ` ${requestRatesInWords(dollarsAsSign(countsInFigures(scaleAloneAsCount(numbersInWords(text)))))} `;
    }
    cut(re, fn) {
        this.rest = replaceMatches(this.rest, re, (m) => {
            const kept = fn(m);
            return kept === false ? m[0] : typeof kept === 'string' ? ` ${kept} ` : ' ';
        });
    }
}
const CURRENCIES = [
    [/€|\beuros?\b|\beur\b/i, 'EUR'],
    [/£|\bpounds?(?:\s+sterling)?\b|\bgbp\b/i, 'GBP'],
    [/¥|\byen\b|\bjpy\b/i, 'JPY'],
    [/₹|\brupees?\b|\binr\b/i, 'INR'],
    [/\byuan\b|\brmb\b|\bcny\b/i, 'CNY'],
    [/\b(?:cad|aud|chf|sek|nok|dkk|brl|mxn|krw|sgd|hkd|nzd|zar|pln)\b/i, ''],
];
function readCurrency(r) {
    for (const [re, code] of CURRENCIES) {
        const hit = re.exec(r.rest);
        if (!hit)
            continue;
        const currency = code || hit[0].toUpperCase();
        r.query.currency = currency;
        const amount = new RegExp(String.raw `(?:${re.source})\s*\d[\d,.]*\s*k?|\d[\d,.]*\s*k?\s*(?:${re.source})`, 'i').exec(r.rest);
        if (amount)
            r.query.problems.push(`Cannot read “${amount[0].trim().slice(0, 40)}”: prices are published in USD, and Model Scout does not convert ${currency}. Give the amount in dollars, such as under $500 a month.`);
        r.rest = r.rest.replace(new RegExp(String.raw `\b(?:in|to|into)\s+(?:${re.source})|${re.source}`, 'gi'), ' ');
        return;
    }
}
function readNotNumbers(r) {
    r.cut(/(?:\$\s*-|(?<!\d\s*)-\s*\$)\s*\d[\d,.]*\s*k?\b/g, (m) => {
        r.query.problems.push(`Cannot read “${m[0].trim()}” as an amount: a budget or price cap is more than $0, such as under $500 a month or under $2 per million.`);
    });
    r.cut(/\b(?:nan|infinity|inf|undefined|null)[\s-]+(?:tokens?|toks?|requests?|calls?|words?|characters?)\b/gi, (m) => {
        r.query.problems.push(`Cannot read “${m[0].trim()}” as a volume: give a number, such as 50M tokens or 2,000 requests of 1k tokens.`);
    });
    r.cut(NEGATIVE_COUNT, (m) => {
        r.query.problems.push(`Cannot count “${m[0].trim()}”: a count of requests or users is more than zero, such as 500 requests a day of 2k tokens each.`);
    });
    r.cut(/\$\s*\d+(?:\.\d+)?e[+-]?\d+\b/gi, (m) => {
        r.query.problems.push(`Cannot read “${m[0].trim()}” as an amount: write it out, such as under $500 a month or under $0.50 per million.`);
    });
    r.cut(/(?<![\w.])-\s*\d+(?:\.\d+)?\s*%?\s*(?=(?:of\s+(?:the\s+)?(?:input|prompts?)\s+)?(?:is\s+)?(?:cached|cache\b|caching))|\b(?:cached|cache hits?|cache hit rate|caching)\s*(?:of|at|=|:)?\s*-\s*\d+(?:\.\d+)?\s*%?/gi, (m) => {
        r.query.problems.push(`A cached share is between 0 and 1 (or 0% and 100%), got "${m[0].trim()}".`);
    });
}
const ORIGIN = /\b(?:non[- ]?|not[- ])?(?:chinese|american|european|french|eu|(?:us|eu|china)[- ](?:based|made|hosted))(?=\s+(?:open[- ]weights?\s+|open[- ]source\s+)?(?:models?|llms?|providers?|companies|vendors|labs|ones|only)\b)|\b(?:not\s+)?(?:from|made in|built in|hosted in|based in)\s+(?:china|the us|the usa|the united states|america|europe|the eu|france)\b|\b(?:us|eu)[- ]based\b|\b(?:from|by|made by|built by)\s+(?:an?\s+)?(?:non[- ]?)?(?:us|u\.s\.|american|european|eu|chinese|french|british|uk|canadian|german|japanese|korean|israeli|western)\s+(?:compan(?:y|ies)|labs?|providers?|vendors?|firms?|startups?|makers?|developers?)\b|\b(?:western|non[- ]western)\s+(?:models?|llms?|providers?|labs?)\b|\b(?:(?:is|are)\s*n['’]?t|(?:is|are)\s+not|not)\s+(?:chinese|american|european|french|from china|from the us)\s*(?=[?.!,]|$)/gi;
function readOrigin(r) {
    r.cut(ORIGIN, (m) => {
        r.query.notes = [
            ...(r.query.notes ?? []),
            `“${m[0].trim()}” is not applied: the catalog records who makes each model, not the country; name providers instead, such as from mistral or not from deepseek`,
        ];
    });
}
const MAX_USD = 1e12;
function amount(r, written, scale, cents = false) {
    const value = (Number(written.replace(/,/g, '')) * scale) / (cents ? 100 : 1);
    if (Number.isFinite(value) && value <= MAX_USD)
        return value;
    r.query.problems.push(`Cannot read $${written.slice(0, 40)} as an amount: give a budget or price of at most $1 trillion, such as $500 a month or $2 per million.`);
    return undefined;
}
const SIDE_FIRST = String.raw `(?:(?<!\b(?:audio|image|images|video|pdf|text|voice|speech)\s+)(input|output)(?:\s+(?:price|cost|rate|tokens?))?\s+(?:(?:is|are|at)\s+)?)?`;
const BOUND_START = String.raw `(?:\b|(?=[<>≤≥]))`;
const UNDER = '(?:under|below|less than|at most|max(?:imum)?|cheaper than|<=|≤|<)';
const PER_MILLION = String.raw `(?:\s*(?:\/|per|a)\s*(?:million|1m|m|mtok)\b|\s+blended(?:\s+(?:price|cost|rate))?\b)`;
const CAP_PER_MILLION = new RegExp(String.raw `${BOUND_START}${SIDE_FIRST}${UNDER}\s*\$\s*(\d+(?:\.\d+)?)${PER_MILLION}\s*(output|input)?(?:\s*tokens?)?(?:\s*(output|input))?`, 'gi');
const CAP_ONE_SIDE = new RegExp(String.raw `${BOUND_START}${SIDE_FIRST}${UNDER}\s*\$\s*(\d+(?:\.\d+)?)(?![\d.,]|\s*k\b)(?:\s+(?:for|on)(?:\s+the)?)?(?:\s+(output|input)\b(?:\s+(?:tokens?|price|cost|rate)\b)?)?(?!\s*(?:\/|per|a|an)\s*(?:month|mo|million|1m|m\b|mtok)|\s+blended\b)`, 'gi');
const OVER = '(?:over|above|more than|at least|min(?:imum)?|more expensive than|pricier than|>=|≥|>)';
const PER_MILLION_SIDE = String.raw `${PER_MILLION}\s*(output|input)?(?:\s*tokens?)?(?:\s*(output|input))?`;
const RANGE_PER_MILLION = new RegExp(String.raw `\b${SIDE_FIRST}(?:(?:priced|costing)\s+)?(?:between|from)?\s*\$\s*(\d+(?:\.\d+)?)\s*(?:-|–|to|and)\s*\$?\s*(\d+(?:\.\d+)?)${PER_MILLION_SIDE}`, 'gi');
const EXACT_PRICE = new RegExp(String.raw `\b(?:exactly|priced at|that cost|costing|cost of exactly)\s*\$\s*(\d+(?:\.\d+)?)(?:${PER_MILLION_SIDE}|\s+(input|output)\b)(?:\s*(?:and|,|\/)\s*\$\s*(\d+(?:\.\d+)?)(?:\s*(?:\/|per|a)\s*(?:million|1m|m|mtok))?\s*(input|output)\b)?`, 'gi');
const PRICE_PAIR = /\b(?:priced at|at|costing|costs?|for)\s*\$\s*(\d+(?:\.\d+)?)\s*\/\s*\$\s*(\d+(?:\.\d+)?)(?:\s*(?:\/|per|a)\s*(?:million|1m|m|mtok)\b(?:\s*tokens?)?)?/gi;
const FLOOR_PER_MILLION = new RegExp(String.raw `${BOUND_START}${SIDE_FIRST}${OVER}\s*\$\s*(\d+(?:\.\d+)?)${PER_MILLION_SIDE}`, 'gi');
const FLOOR_ONE_SIDE = new RegExp(String.raw `${BOUND_START}${SIDE_FIRST}${OVER}\s*\$\s*(\d+(?:\.\d+)?)(?![\d.,]|\s*k\b)(?:\s+(?:for|on)(?:\s+the)?)?(?:\s+(output|input)\b(?:\s+(?:tokens?|price|cost|rate)\b)?)?(?!\s*(?:\/|per|a|an)\s*(?:month|mo|million|1m|m\b|mtok)|\s+blended\b)`, 'gi');
const AFFORD = /\bafford(?:able)?\b/i;
const AFFORD_AMOUNT = /(?:\b(?:for|with|on|at|of|under|within)\s+)?\$\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?\b(?!\s*(?:\/|per|a|an)\s*(?:million|1m|m\b|mtok|tokens?|1k\b|k\b|thousand))(?:\s*(?:\/\s*|per |a |an )(?:month|mo)\b)?/gi;
const NOT_UNDER = /\bnot\s+(?:under|below|less than)\b/gi;
const NOT_OVER = /\bnot\s+(?:over|above|more than)\b/gi;
function readBudgets(r) {
    r.rest = r.rest.replace(NOT_UNDER, 'at least').replace(NOT_OVER, 'at most');
    const bound = (key, value) => {
        const first = r.query.filters[key];
        if (first === undefined)
            r.query.filters[key] = value;
        else if (first !== value)
            r.query.problems.push(`Two ${key.startsWith('max') ? 'caps' : 'floors'} on the same price given ($${first} and $${value} per million); give one, such as between $1 and $3 per million.`);
    };
    const perMillion = (value, side) => {
        if (value === undefined)
            return;
        const which = side?.toLowerCase();
        bound(which === 'output' ? 'maxOutputPerMillion' : which === 'input' ? 'maxInputPerMillion' : 'maxPerMillion', value);
    };
    const monthly = (value) => {
        if (value !== undefined)
            r.query.filters.maxMonthlyUsd = value;
    };
    const floorPerMillion = (value, side) => {
        if (value === undefined)
            return;
        const which = side?.toLowerCase();
        bound(which === 'output' ? 'minOutputPerMillion' : which === 'input' ? 'minInputPerMillion' : 'minPerMillion', value);
    };
    r.cut(RANGE_PER_MILLION, (m) => {
        const side = m[4] ?? m[5] ?? m[1];
        const [low, high] = [amount(r, m[2] ?? '', 1), amount(r, m[3] ?? '', 1)];
        if (low === undefined || high === undefined)
            return;
        floorPerMillion(Math.min(low, high), side);
        perMillion(Math.max(low, high), side);
    });
    r.cut(PRICE_PAIR, (m) => {
        for (const [written, side] of [
            [m[1], 'input'],
            [m[2], 'output'],
        ]) {
            const value = amount(r, written ?? '', 1);
            if (value === undefined)
                continue;
            floorPerMillion(value, side);
            perMillion(value, side);
        }
    });
    r.cut(EXACT_PRICE, (m) => {
        const first = amount(r, m[1] ?? '', 1);
        const side = m[2] ?? m[3] ?? m[4];
        if (first !== undefined) {
            floorPerMillion(first, side);
            perMillion(first, side);
        }
        const second = m[5] !== undefined ? amount(r, m[5], 1) : undefined;
        if (second !== undefined) {
            floorPerMillion(second, m[6]);
            perMillion(second, m[6]);
        }
    });
    for (const [onePrice, oneSide, set] of [
        [FLOOR_PER_MILLION, FLOOR_ONE_SIDE, floorPerMillion],
        [CAP_PER_MILLION, CAP_ONE_SIDE, perMillion],
    ]) {
        r.cut(onePrice, (m) => {
            set(amount(r, m[2] ?? '', 1), m[3] ?? m[4] ?? m[1]);
        });
        r.cut(oneSide, (m) => {
            const side = m[1] ?? m[3];
            if (side === undefined)
                return false;
            set(amount(r, m[2] ?? '', 1), side);
        });
    }
    r.cut(/\b(?:under|below|less than|at most|max(?:imum)?|within|budget(?: of)?|<=|≤|<)\s*\$\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?\s*(?:\/|per|a|an)?\s*(?:month|mo)?\b(?:ly)?/gi, (m) => {
        monthly(amount(r, m[1] ?? '', m[2] ? 1000 : 1));
    });
    r.cut(/\b(?:under|below|less than|at most|max(?:imum)?|<=|≤|<)\s*(\d+(?:\.\d+)?)\s*(?:cents?|¢|c)\s*(?:\/|per|a)\s*(?:million|1m|m|mtok)\b(?:\s*tokens?)?(?:\s*(output|input))?/gi, (m) => {
        perMillion(amount(r, m[1] ?? '', 1, true), m[2]);
    });
    r.cut(/\$\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?\s*(?:(?:\/\s*|per |a )(?:month|mo)\s+|monthly\s+|a month\s+)?budget\b/gi, (m) => {
        monthly(amount(r, m[1] ?? '', m[2] ? 1000 : 1));
    });
    r.cut(/\bbudget(?: is| of|:)?\s*(?:about |around |roughly |~)?\$\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?\b(?!\s*(?:\/|per|a)\s*(?:million|1m|m\b|mtok))(?:\s*(?:\/\s*|per |a |an )(?:month|mo)\b)?/gi, (m) => {
        monthly(amount(r, m[1] ?? '', m[2] ? 1000 : 1));
    });
    r.cut(/(?:\b(?:our |my |the |a )?budget(?: is| of|:)?\s*(?:about |around |roughly |~)?)?\$\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?\s*(?:\/\s*|per |a |an )(?:month|mo)\b/gi, (m) => {
        monthly(amount(r, m[1] ?? '', m[2] ? 1000 : 1));
    });
    if (AFFORD.test(r.rest))
        r.cut(AFFORD_AMOUNT, (m) => {
            monthly(amount(r, m[1] ?? '', m[2] ? 1000 : 1));
        });
    for (const { side, floor, cap } of crossedPriceBounds(r.query.filters)) {
        const per = `per million${side ? ` ${side}` : ''}`;
        r.query.problems.push(`A floor of $${floor} ${per} is above the cap of $${cap}: no price is both; give the lower bound first, such as between $1 and $3 ${per}.`);
    }
}
const THINGS = `(?:requests?|calls?|messages?|queries|query|conversations?|chats?|documents?|docs|tickets?|pages?|emails?|prompts?|responses?|replies|answers?|completions?|questions?|sessions?|tasks?|jobs?|files?|pdfs?|transcripts?|articles?|reviews?|turns?|exchanges?|reports?|summaries|summary|contracts?|books?|images?|photos?|pictures?|screenshots?|scans?|receipts?|invoices?|forms?|texts?|snippets?|sentences?|tweets?|posts?|comments?|records?|rows?|items?|entries|entry|chunks?|passages?|paragraphs?|descriptions?|listings?|headlines?|prs?|commits?|diffs?|searches|search|lookups?|translations?|classifications?|iterations?|evals?|trajector(?:y|ies)|episodes?|claims?|resumes?|meetings?|recordings?|interviews?|lectures?|podcasts?)`;
const PIECES_OF_TEXT = `(?:documents?|docs?|transcripts?|contracts?|files?|pdfs?|books?|reports?|essays?|articles?|blog[- ]posts?|posts?|stor(?:y|ies)|letters?|emails?|summar(?:y|ies)|chapters?|descriptions?|reviews?|texts?|papers?|speech(?:es)?|scripts?|newsletters?|press releases?)`;
const MANY_THINGS = `(?:requests|calls|messages|queries|conversations|chats|documents|docs|tickets|pages|emails|prompts|responses|replies|answers|completions|questions|sessions|tasks|jobs|files|pdfs|transcripts|articles|reviews|turns|exchanges|reports|summaries|contracts|books|images|photos|pictures|screenshots|scans|receipts|invoices|forms|texts|snippets|sentences|tweets|posts|comments|records|rows|items|entries|chunks|passages|paragraphs|descriptions|listings|headlines|prs|commits|diffs|searches|lookups|translations|classifications|iterations|evals|trajectories|episodes|claims|resumes|meetings|recordings|interviews|lectures|podcasts)`;
const SCALE_ALONE_COUNT = new RegExp(String.raw `\b(per|every|each|for\s+(?:a|one|every)|a)\s+(thousand|million|billion)\s+(?=(?:[a-z-]+\s+){0,2}?${MANY_THINGS}\b)`, 'gi');
const BETWEEN = String.raw `(?:(?!toks?\b|tokens?\b)[a-z]+\s+){0,2}?`;
const REQUESTS = String.raw `(?<![\w.])(?<reqN>${NUM})\s*(?<reqU>${UNIT})?\s+${BETWEEN}${MANY_THINGS}\b(?<reqPeriod>${PERIOD})?(?:\s+each)?`;
const IN_WORD = 'input|inputs|prompts?|in';
const IN_WORDS = `(?:${IN_WORD})`;
const OUT_WORDS = '(?:output|outputs|completions?|responses?|replies|answers?|out|back)';
const IS_INPUT = new RegExp(`^${IN_WORDS}$`, 'i');
const OUTPUT_THINGS = '(?:summar(?:y|ies)|answers?|repl(?:y|ies)|responses?|outputs?|labels?|completions?|translations?|classifications?|tags?|titles?|captions?|verdicts?|results?)';
const OUTPUT_EACH = new RegExp(String.raw `(?:\b(?:with|and|plus|into|producing|generating|returning|giving|getting|gets|get)\s+|[,;(]\s*)(?:an?\s+|about\s+|around\s+|roughly\s+|~|≈)?(?<outN>-?\s*${NUM})\s*(?<outU>${UNIT})?[\s-]*(?:tokens?|toks?)[\s-]+(?:of\s+)?(?:output\s+)?${OUTPUT_THINGS}\b`, 'gi');
const OUTPUT_SAID = new RegExp(String.raw `(?:\b(?:with|and|plus|while)\s+|[,;]\s*)(?:the\s+|each\s+|every\s+|its\s+|their\s+)?${OUTPUT_THINGS}\s*(?:(?:is|are|averages?|runs?|comes? to|of)\s+|[:=]\s*)?(?:about\s+|around\s+|roughly\s+|typically\s+|usually\s+|~|≈)?(?<outN>-?\s*${NUM})\s*(?<outU>${UNIT})?[\s-]*(?:tokens?|toks?)\b`, 'gi');
const SIZE = String.raw `(?:about |around |roughly |~|≈)?(?<sizeN>${NUM})\s*(?<sizeU>${UNIT})?\s*(?:(?:tokens?|toks?)(?:\s+(?:of\s+)?context)?|context)`;
const EACH_IN_WORDS = `(?:${IN_WORD}|context)`;
const SIDES = String.raw `(?:~|≈|about\s+|around\s+|roughly\s+)?(?<inN>${NUM})\s*(?<inU>${UNIT})?\s*(?:tokens?[\s-]+)?${EACH_IN_WORDS}\b(?:\s+tokens?)?(?:\s+(?:each|apiece))?\s*(?:and|,|\+|\/|&)?\s*(?<outN>${NUM})\s*(?<outU>${UNIT})?\s*(?:tokens?[\s-]+)?${OUT_WORDS}\b(?:\s+tokens?)?`;
const EACH = String.raw `(?:each|apiece|per\s+${THINGS}|a\s+${THINGS})\b`;
const EACH_SIZE = `(?:${SIDES}|${SIZE})`;
const SIZE_PERIOD = `(?:[\\s,]*once(?=\\s+(?:a|an|per|every|each)\\s))?(?<sizePeriod>${PERIOD})?`;
const REQUEST_VOLUMES = [
    new RegExp(String.raw `\b${MANY_THINGS}(?:\s+(?:on|with|using|via|through)\s+(?<kept>[\uE000-\uF8FF]+))?\s*[,:(–-]\s*(?:~|≈|about\s+|around\s+|roughly\s+)?(?<reqN>${NUM})\s*(?<reqU>${UNIT})?(?<reqPeriod>${PERIOD})\s*[,;]?\s*${EACH_SIZE}\s*,?\s*${EACH}`, 'gi'),
    new RegExp(String.raw `${REQUESTS}[\s,(]*each\s+(?:(?:with|at|of|averaging)\s+)?${EACH_SIZE}${SIZE_PERIOD}`, 'gi'),
    new RegExp(String.raw `${REQUESTS}[\s,(]*(?:(?:at|of|with|x|×|averaging)\s*)?${EACH_SIZE}\s*,?\s*${EACH}${SIZE_PERIOD}`, 'gi'),
    new RegExp(String.raw `${REQUESTS}(?:\s+(?:of|at|x|×)|[\s,]+(?:averaging|that average|which average|(?:with|at|of) an average of|on average|on average of|average|avg\.?|on avg\.?))\s*${EACH_SIZE}\b(?:\s+(?:each|apiece)\b)?${SIZE_PERIOD}`, 'gi'),
    new RegExp(String.raw `${REQUESTS}\s*(?:[,:;]|\s+with)?\s*${SIDES}(?!${PERIOD})(?!\s*(?:in total|total|overall))`, 'gi'),
    new RegExp(String.raw `${REQUESTS}[\s,;:]+(?:(?:with|at)\s+)?(?:(?:an?\s+)?(?:average|avg\.?|typical|mean)\s+)?(?:prompts?|inputs?|contexts?)\s*(?:of|is|are|:|=)?\s*(?:about\s+|around\s+|~)?(?<inN>${NUM})\s*(?<inU>${UNIT})?\s*(?:tokens?|toks?)\s*(?:[,;]|and)\s*(?:(?:an?\s+)?(?:average|avg\.?|typical|mean)\s+)?(?:completions?|outputs?|responses?|answers?|replies)\s*(?:of|is|are|:|=)?\s*(?:about\s+|around\s+|~)?(?<outN>${NUM})\s*(?<outU>${UNIT})?\s*(?:tokens?|toks?)`, 'gi'),
    new RegExp(String.raw `${EACH_SIZE}\s*(?:per|each|a|an)\s+${THINGS}\b[\s,]*(?:and|with|at|x|×|times|for|,)?\s*${REQUESTS}`, 'gi'),
    new RegExp(String.raw `(?<![\w.])(?:about |around |roughly |~|≈)?(?<inN>${NUM})\s*(?<inU>${UNIT})?[\s-]*(?:tokens?|toks?)[\s-]+(?:prompts?|inputs?|requests?|queries|questions|contexts?)\b(?:\s+(?:and|,|with|then)\s+(?:(?:gets?|getting|receives?|receiving|returns?|returning|back)\s+)?|\s*[,+/&]\s*)(?:about |around |roughly |~|≈)?(?<outN>${NUM})\s*(?<outU>${UNIT})?[\s-]*(?:tokens?|toks?)[\s-]+${OUTPUT_THINGS}\b[\s,]*(?<reqN>-?${NUM})\s*(?<reqU>${UNIT})?\s+times\b(?<reqPeriod>${PERIOD})?`, 'gi'),
    new RegExp(String.raw `(?<![\w.])(?<reqN>${NUM})\s*(?<reqU>${UNIT})?\s+(?:about |around |roughly |~|≈)?(?<sizeN>${NUM})\s*(?<sizeU>${UNIT})?[\s-]*(?:tokens?|toks?)[\s-]+${BETWEEN}${MANY_THINGS}\b(?<reqPeriod>${PERIOD})?`, 'gi'),
];
const GAP = String.raw `(?<gap>[^\d.?!]{1,80}?)`;
const LATER_SIZE = [
    new RegExp(String.raw `${REQUESTS}${GAP}\b(?:each|every\s+(?:one|${THINGS}))(?:\s+(?:one|${THINGS}))?\s+(?:(?:is|has|uses|averages|averaging|runs|takes|being|of|at|with|about|around)\s+)*${EACH_SIZE}`, 'gi'),
    new RegExp(String.raw `${REQUESTS}${GAP}[\s,]${EACH_SIZE}\s*,?\s*${EACH}`, 'gi'),
    new RegExp(String.raw `${REQUESTS}${GAP}\b(?:they|${MANY_THINGS})\s+(?:are|average|run|come to)\s+(?:(?:about|around|roughly|approximately|typically|usually)\s+)?${EACH_SIZE}`, 'gi'),
    new RegExp(String.raw `${REQUESTS}${GAP}\b(?:with|at|of)\s+${SIDES}`, 'gi'),
    new RegExp(String.raw `${REQUESTS}${GAP}[\s,]+(?:averaging|average|avg\.?|on average)\s+${EACH_SIZE}\b(?!${PERIOD})`, 'gi'),
    new RegExp(String.raw `${REQUESTS}${GAP}\s(?:of|at|averaging)\s+${SIZE}\b(?!${PERIOD})(?!\s*(?:in total|total|overall|altogether))`, 'gi'),
    new RegExp(String.raw `\b(?:each|every|per|one|a)\s+${THINGS}\s+(?:(?:is|are|of|has|uses|averages|averaging|at|with|about|around)\s+)+${EACH_SIZE}${GAP}${REQUESTS}`, 'gi'),
];
const beyondAMonth = (tokens) => `Cannot price ${tokens.toLocaleString('en-US')} tokens a month: give a volume above 0 and at most ${MAX_TOKENS_PER_MONTH.toLocaleString('en-US')}.`;
const productProblem = (phrase) => `Cannot price “${saidOfOne(quoted(phrase))}”: that is no real workload (above 0 and at most 10^15 tokens a month). Check the counts and units.`;
const quoted = (phrase) => phrase
    .replace(/\s*[\uE000-\uF8FF]+\s*/g, ' … ')
    .replace(/\s+/g, ' ')
    .replace(/ … ,/g, ' …,')
    .trim()
    .slice(0, 80);
const PEOPLE = '(?:users?|people|seats?|customers?|clients?|employees?|developers?|devs|engineers?|analysts?|students?|writers?|reps?|staff|teammates?|agents?|bots?|members?)';
const COUNT_WORDS = {
    ...Object.fromEntries(Object.entries(NUMBER_WORDS_IN_VOLUMES).filter(([w]) => w !== 'a' && w !== 'an' && w !== 'half a' && w !== 'hundred')),
    'a dozen': 12,
    dozen: 12,
};
const WORD_COUNT = new RegExp(String.raw `(?<![\w.$-])(${Object.keys(COUNT_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\s+(?=(?:[a-z]+\s+){0,2}?(?:${MANY_THINGS}|${PEOPLE})\b)`, 'gi');
const TEAM_OF = new RegExp(String.raw `\b(?:an?\s+|our\s+|my\s+)?(?:team|group|squad|org(?:anization)?|company|department)\s+of\s+(\d{1,6}|${Object.keys(COUNT_WORDS)
    .filter((w) => !/\s/.test(w))
    .join('|')})\b(?:\s+(${PEOPLE}))?`, 'gi');
const ONE_PER_PERIOD = String.raw `(?:\s*\/\s*|\s+(?:per|a|an|each|every)\s+)(?:second|sec|minute|min|hour|hr|day|week|month)\b|\s+(?:hourly|daily|weekly|monthly)\b`;
const ONE_AT_A_RATE = new RegExp(String.raw `(?<![\w.$-])(?:1|one|an?|a single)\s+((?:[a-z]+\s+)?)(${THINGS})(?=${ONE_PER_PERIOD})`, 'gi');
function countsInFigures(text) {
    return text
        .replace(TEAM_OF, (_, n, who) => `${COUNT_WORDS[n.toLowerCase()] ?? n} ${who ?? 'people'}`)
        .replace(WORD_COUNT, (_, n) => `${COUNT_WORDS[n.toLowerCase().replace(/\s+/g, ' ')]} `)
        .replace(ONE_AT_A_RATE, (_, between, thing) => `1 ${between}${pluralOf(thing)}`);
}
const ONE_OF_MANY = new RegExp(String.raw `(?<![\w.,])1(\s+(?:[a-z]+\s+)??)(${MANY_THINGS})\b`, 'gi');
const A_THING = new RegExp(`^${MANY_THINGS}$`, 'i');
const THINGS_COUNTED = new RegExp(MANY_THINGS, 'i');
function saidOfOne(phrase) {
    const one = (things) => (/ies$/i.test(things) ? `${things.slice(0, -3)}y` : /(?:sh|ch|x|ss)es$/i.test(things) ? things.slice(0, -2) : things.slice(0, -1));
    return phrase.replace(ONE_OF_MANY, (_, between, things) => `1${between}${one(things)}`);
}
function pluralOf(thing) {
    if (A_THING.test(thing))
        return thing;
    return /[^aeiou]y$/i.test(thing) ? `${thing.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/i.test(thing) ? `${thing}es` : `${thing}s`;
}
const USERS = String.raw `(?<![\w.])(?<userN>${NUM})\s*(?<userU>${UNIT})?\s+(?:(?<userPeriod>hourly|daily|weekly|monthly)\s+)?(?:active\s+)?(?:[a-z]+\s+)??(?<who>${PEOPLE})\b`;
const USER_VOLUMES = new RegExp(String.raw `${USERS}(?:[\s,]+(?:(?:each|who|that|sending|send|sends|making|make|makes|doing|do|does|asking|ask|asks|running|run|runs|submitting|submit|submits|posting|post|posts|handling|handle|handles|processing|process|processes|reviewing|review|reviews|answering|answer|answers|writing|write|writes|averaging|average|with|at|about|around|~)\s+){0,3}(?:~|≈)?|\s*[x×*]\s*)${REQUESTS}[\s,]*(?:each\s+)?(?:(?:at|of|with|x|×|averaging|average|avg\.?)\s*)?${EACH_SIZE}(?:\s*,?\s*${EACH})?`, 'gi');
const NEGATIVE_COUNT = new RegExp(String.raw `(?<![\w.])-\s*${NUM}\s*(?:${UNIT})?\s+${BETWEEN}(?:${MANY_THINGS}|${PEOPLE})\b`, 'gi');
const USER_PERIOD = { hourly: ' an hour', daily: ' a day', weekly: ' a week', monthly: ' a month' };
const PERIOD_BEFORE = /\b(?:(?:every|each|per|once a)\s+(hour|day|week|month|year)|(hourly|daily|nightly|weekly|monthly|yearly))\b[^\d.?!;]{0,40}$/i;
const PERIOD_WORDS = { hourly: 'hour', daily: 'day', nightly: 'day', weekly: 'week', monthly: 'month', yearly: 'year' };
function periodBefore(before) {
    const m = PERIOD_BEFORE.exec(before);
    const unit = m ? (m[1] ?? PERIOD_WORDS[(m[2] ?? '').toLowerCase()]) : undefined;
    return unit ? ` a ${unit.toLowerCase()}` : '';
}
function countedVolume(r, m, counts, said) {
    const g = m.groups ?? {};
    const period = said.trim() === '' ? periodBefore(m.input.slice(0, m.index)) : said;
    const sides = g.inN !== undefined ? [parseVolume(`${g.inN}${g.inU ?? ''}`), parseVolume(`${g.outN}${g.outU ?? ''}`)] : [];
    const size = g.sizeN !== undefined ? parseVolume(`${g.sizeN}${g.sizeU ?? ''}`) : undefined;
    const read = counts.map((c) => parseVolume(c));
    if (![...read, ...(size ? [size] : []), ...sides].every((c) => c.ok)) {
        r.query.problems.push(productProblem(m[0] ?? ''));
        return;
    }
    const tokensOfEach = (v) => (v.ok ? v.value.tokens : 0);
    const each = size ? tokensOfEach(size) : sides.reduce((sum, v) => sum + tokensOfEach(v), 0);
    const total = read.reduce((product, c) => product * tokensOfEach(c), each);
    r.each = each;
    const perPeriod = parseVolume(`${total}${period}`);
    if (!perPeriod.ok) {
        r.query.problems.push(productProblem(m[0] ?? ''));
        return;
    }
    r.query.tokens = perPeriod.value.tokensPerMonth;
    const thing = THINGS_COUNTED.exec(m[0] ?? '')?.[0];
    r.countedOnce = read.length === 1 && period.trim() === '' && thing ? { count: tokensOfEach(read[0]), what: thing.toLowerCase() } : undefined;
    const [input, output] = sides.map(tokensOfEach);
    r.eachInput = input;
    if (input !== undefined && output !== undefined && input + output > 0)
        r.sideOnly = mixOf(input, output);
}
const USER_JOIN = String.raw `(?:[\s,]+(?:(?:each|who|that|sending|send|sends|making|make|makes|doing|do|does|asking|ask|asks|running|run|runs|submitting|submit|submits|posting|post|posts|handling|handle|handles|processing|process|processes|reviewing|review|reviews|answering|answer|answers|writing|write|writes|averaging|average|with|at|about|around|~)\s+){0,3}(?:~|≈)?|\s*[x×*]\s*)`;
const USER_LATER_SIZE = [
    new RegExp(String.raw `${USERS}${USER_JOIN}${REQUESTS}${GAP}[\s,]${EACH_SIZE}\s*,?\s*${EACH}`, 'gi'),
    new RegExp(String.raw `${USERS}${USER_JOIN}${REQUESTS}${GAP}\b(?:each|every\s+(?:one|${THINGS}))(?:\s+(?:one|${THINGS}))?\s+(?:(?:is|has|uses|averages|averaging|runs|takes|being|of|at|with|about|around)\s+)*${EACH_SIZE}`, 'gi'),
];
function peopleCounted(r, count, who) {
    const n = parseVolume(count);
    if (!n.ok || r.query.tokens === null || r.query.tokens === undefined || n.value.tokens < 1)
        return;
    r.query.people = { count: n.value.tokens, who: (who ?? 'users').toLowerCase() };
}
const SHARED_BY = [
    new RegExp(String.raw `(?<![\w.])(?<n>${NUM})\s*(?<u>${UNIT})?\s+(?:[a-z]+\s+)?(?<who>${PEOPLE})\s+(?:share|sharing|split|splitting|use|using)\b`, 'i'),
    new RegExp(String.raw `\b(?:shared|split|divided|spread)\s+(?:across|among|between|by|over)\s+(?<n>${NUM})\s*(?<u>${UNIT})?\s+(?:[a-z]+\s+)?(?<who>${PEOPLE})\b`, 'i'),
];
function readSharedBy(r) {
    if (r.query.people !== undefined)
        return;
    for (const pattern of SHARED_BY) {
        const g = pattern.exec(r.rest)?.groups;
        if (g) {
            peopleCounted(r, `${g.n}${g.u ?? ''}`, g.who);
            return;
        }
    }
}
const PEOPLE_SIZE = new RegExp(String.raw `${USERS}\s+(?<between>(?:[^\s,.;?!]+\s+){0,4}?)(?:at|with|of|using|use|uses|consuming|consume|averaging|burning|sending)\s+(?:about |around |roughly |~)?(?<sizeN>${NUM})\s*(?<sizeU>${UNIT})?\s*(?:tokens?|toks?)\s*(?:(?:each|apiece|per\s+(?:head|person|${PEOPLE})))?(?<period>${PERIOD})(?:\s+(?:each|apiece))?`, 'gi');
const SIZE_PER_PERSON = new RegExp(String.raw `(?<![\w.])(?:about |around |roughly |~)?(?<sizeN>${NUM})\s*(?<sizeU>${UNIT})?\s*(?:tokens?|toks?)(?<periodFirst>${PERIOD})?\s+(?:per|a|each)\s+(?:user|person|seat|head|dev|developer|engineer|employee|customer|member|agent|student|rep)\b(?<period>${PERIOD})?(?<between>)[\s,]+(?:for|across|with|times|x|×|among|and)\s+(?:(?:we|there)\s+(?:have|are)\s+)?(?:our\s+|the\s+)?(?<userN>${NUM})\s*(?<userU>${UNIT})?\s+(?:[a-z]+\s+)?(?<who>${PEOPLE})\b`, 'gi');
const PEOPLE_THEN_EACH = new RegExp(String.raw `${USERS}\s+(?<between>(?:[^\s,.;?!]+\s+){0,4}?[^\s,.;?!]+)\s*[,:;]\s*(?:about |around |roughly |~)?(?<sizeN>${NUM})\s*(?<sizeU>${UNIT})?\s*(?:tokens?|toks?)\s*(?:(?:each|apiece|per\s+(?:head|person|${PEOPLE}))(?<period>${PERIOD})|(?<periodFirst>${PERIOD})\s+(?:each|apiece|per\s+(?:head|person|${PEOPLE})))`, 'gi');
const HOURS_AT_A_RATE = new RegExp(String.raw `${USERS}\s+(?<between>(?:[^\s\d,.;?!]+\s+){0,4}?)(?<hours>\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\s+(?:a|per|each|every)\s+(?<unit>day|week|month)\b(?<gap>[^\d.?!;]{0,60}?)(?:\b(?:at|with|of|using|burning|consuming|averaging)\s+|,\s*)(?:about |around |roughly |~)?(?<sizeN>${NUM})\s*(?<sizeU>${UNIT})?\s*(?:tokens?|toks?)\s*(?:(?:per|an?|each|every)\s+hour|hourly)\b(?:\s+(?:each|apiece))?`, 'gi');
const HOURS_ALONE = [
    new RegExp(String.raw `(?<![\w.])(?<hours>\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\s+(?:a|per|each|every)\s+(?<unit>day|week|month)\b(?<gap>[^\d.?!;]{0,60}?)(?:\b(?:at|with|of|using|burning|consuming|averaging)\s+|,\s*)(?:about |around |roughly |~)?(?<sizeN>${NUM})\s*(?<sizeU>${UNIT})?\s*(?:tokens?|toks?)\s*(?:(?:per|an?|each|every)\s+hour|hourly)\b`, 'gi'),
    new RegExp(String.raw `(?<![\w.])(?:about |around |roughly |~)?(?<sizeN>${NUM})\s*(?<sizeU>${UNIT})?\s*(?:tokens?|toks?)\s*(?:(?:per|an?|each|every)\s+hour|hourly)\b(?<gap>[^\d.?!;]{0,60}?)\b(?:for|over|during)\s+(?<hours>\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\s+(?:a|per|each|every)\s+(?<unit>day|week|month)\b`, 'gi'),
];
const PER_PERSON = String.raw `(?:per|a|an|each|every)\s+(?:user|person|customer|client|employee|developer|dev|engineer|agent|seat|member|head|rep|student|analyst|writer)`;
const RATE_THEN_PEOPLE = [String.raw `\s+${PER_PERSON}(?<reqPeriod>${PERIOD})?`, String.raw `(?<reqPeriod>${PERIOD})\s+${PER_PERSON}`].map((rate) => new RegExp(String.raw `(?<![\w.])(?<reqN>${NUM})\s*(?<reqU>${UNIT})?\s+${BETWEEN}${MANY_THINGS}${rate}[\s,]*(?:(?:each\s+)?(?:of|with|at|averaging)\s+)?${EACH_SIZE}(?:\s*,?\s*${EACH})?${GAP}\b(?:for|across|with|among|from|times|x|×)\s+(?:our\s+|the\s+|all\s+)?${USERS}`, 'gi'));
const CHAIN_LINK = String.raw `\s*(?:,|x|×|\*|\band\b|\bwith\b|\beach\s+(?:with|having|doing|making|sending|running)\b)?\s*(?:about\s+|around\s+|~)?${NUM}\s*(?:${UNIT})?\s+(?:[a-z]+\s+)?${MANY_THINGS}\b(?:\s+(?:each|apiece|per\s+[a-z]+))?(?:${PERIOD})?`;
const COUNT_CHAIN = new RegExp(String.raw `(?<![\w.])(?:about\s+|around\s+|~)?${NUM}\s*(?:${UNIT})?\s+(?:[a-z]+\s+)?(?<head>${PEOPLE}|mau|dau|monthly active users|daily active users|${MANY_THINGS})\b(?:${PERIOD})?(?:${CHAIN_LINK}){2,3}\s*(?:,|x|×|\*|\bof\b|\bat\b|\bwith\b|\band\b)?\s*(?:about\s+|around\s+|~)?${NUM}\s*(?:${UNIT})?[\s-]*(?:tokens?|toks?)\b(?:\s+(?:each|apiece|per\s+[a-z]+))?(?:${PERIOD})?`, 'gi');
const CHAIN_COUNT = new RegExp(String.raw `(?<![\w.])(${NUM})\s*(${UNIT})?(?![\w.])`, 'gi');
const CHAIN_PERIOD = new RegExp(PERIOD, 'i');
const ACTIVE_USERS = /^(?:mau|dau|monthly active users|daily active users)$/;
const PEOPLE_WORD = new RegExp(`^${PEOPLE}$`, 'i');
function readCountChains(r) {
    r.cut(COUNT_CHAIN, (m) => {
        const counts = [...(m[0] ?? '').matchAll(CHAIN_COUNT)].map((c) => `${c[1]}${c[2] ?? ''}`);
        const size = counts.pop();
        if (size === undefined || counts.length < 3)
            return false;
        const head = (m.groups?.head ?? '').toLowerCase();
        const said = CHAIN_PERIOD.exec(m[0] ?? '')?.[0] ?? (head === 'dau' || head.startsWith('daily') ? ' a day' : ' a month');
        const sized = Object.assign([...m], { index: m.index, input: m.input, groups: { ...m.groups, sizeN: size, sizeU: undefined } });
        countedVolume(r, sized, counts, said);
        const who = ACTIVE_USERS.test(head) ? 'users' : PEOPLE_WORD.test(head) ? head : undefined;
        if (who)
            peopleCounted(r, counts[0], who);
    });
}
function readUserVolumes(r) {
    const counted = (m) => {
        const g = m.groups ?? {};
        const period = g.reqPeriod ?? USER_PERIOD[(g.userPeriod ?? '').toLowerCase()] ?? '';
        const read = countedVolume(r, m, [`${g.userN}${g.userU ?? ''}`, `${g.reqN}${g.reqU ?? ''}`], period);
        peopleCounted(r, `${g.userN}${g.userU ?? ''}`, g.who);
        return read;
    };
    r.cut(USER_VOLUMES, counted);
    const perPerson = (m) => {
        const g = m.groups ?? {};
        const each = parseVolume(`${g.sizeN}${g.sizeU ?? ''}`);
        const count = parseVolume(`${g.userN}${g.userU ?? ''}`);
        if (!each.ok || !count.ok)
            return false;
        const month = parseVolume(`${each.value.tokens * count.value.tokens}${g.period ?? g.periodFirst ?? ''}`);
        if (!month.ok) {
            r.query.problems.push(productProblem(m[0] ?? ''));
            return undefined;
        }
        r.query.tokens = month.value.tokensPerMonth;
        peopleCounted(r, `${g.userN}${g.userU ?? ''}`, g.who);
        return g.between || undefined;
    };
    r.cut(HOURS_AT_A_RATE, (m) => {
        const g = m.groups ?? {};
        const people = parseVolume(`${g.userN}${g.userU ?? ''}`);
        const perHour = parseVolume(`${g.sizeN}${g.sizeU ?? ''}`);
        const hours = Number(g.hours);
        if (!people.ok || !perHour.ok || !(hours > 0))
            return false;
        const month = parseVolume(`${people.value.tokens * hours * perHour.value.tokens} a ${g.unit}`);
        if (!month.ok) {
            r.query.problems.push(productProblem(m[0] ?? ''));
            return undefined;
        }
        r.query.tokens = month.value.tokensPerMonth;
        peopleCounted(r, `${g.userN}${g.userU ?? ''}`, g.who);
        return `${g.between ?? ''} ${g.gap ?? ''}`;
    });
    for (const pattern of HOURS_ALONE)
        r.cut(pattern, (m) => {
            const g = m.groups ?? {};
            const perHour = parseVolume(`${g.sizeN}${g.sizeU ?? ''}`);
            const hours = Number(g.hours);
            if (!perHour.ok || !(hours > 0))
                return false;
            const month = parseVolume(`${hours * perHour.value.tokens} a ${g.unit}`);
            if (!month.ok) {
                r.query.problems.push(productProblem(m[0] ?? ''));
                return undefined;
            }
            r.query.tokens = month.value.tokensPerMonth;
            return g.gap || undefined;
        });
    r.cut(PEOPLE_SIZE, perPerson);
    r.cut(PEOPLE_THEN_EACH, perPerson);
    r.cut(SIZE_PER_PERSON, perPerson);
    for (const pattern of RATE_THEN_PEOPLE)
        r.cut(pattern, (m) => counted(m) ?? m.groups?.gap);
    for (const pattern of USER_LATER_SIZE)
        r.cut(pattern, (m) => counted(m) ?? m.groups?.gap);
}
const INNER = String.raw `(?<innerN>${NUM})\s*(?<innerU>${UNIT})?\s+${BETWEEN}${MANY_THINGS}\b`;
const INNER_SIZE = String.raw `[\s,]*(?:each\s+)?(?:(?:at|of|with|x|×|averaging)\s*)?${EACH_SIZE}(?:\s*,?\s*${EACH})?`;
const NESTED_VOLUMES = [
    new RegExp(String.raw `${REQUESTS}[\s,]+(?:each\s+(?:(?:one\s+)?(?:of|with|having|averaging|containing|is|has|takes?|runs?)\s+)?|(?:of|with|having|averaging|containing|x|×)\s+)(?:about |around |roughly |~)?${INNER}(?:\s+each|\s+(?:per|a)\s+${THINGS}\b)?${INNER_SIZE}`, 'gi'),
    new RegExp(String.raw `${REQUESTS}\s*,\s*${INNER}\s+(?:each|(?:per|a)\s+${THINGS})\b${INNER_SIZE}`, 'gi'),
    new RegExp(String.raw `(?<![\w.])(?<innerN>${NUM})\s*(?<innerU>${UNIT})?\s+${BETWEEN}${MANY_THINGS}\s+(?:per|each|a|an|for each|for every)\s+${THINGS}\b[^\d.?!]{1,40}?(?<reqN>${NUM})\s*(?<reqU>${UNIT})?\s+${BETWEEN}${MANY_THINGS}\b(?<reqPeriod>${PERIOD})?[\s,]+(?:(?:at|of|with|averaging)\s+)?${EACH_SIZE}\s*(?:per|each|a|an)\s+${THINGS}\b`, 'gi'),
    new RegExp(String.raw `(?<![\w.])(?<reqN>${NUM})\s*(?<reqU>${UNIT})?\s+${BETWEEN}${MANY_THINGS}\s+(?:per|each|a|an)\s+(?:user|person|customer|employee|seat|member|dev|developer|agent)\b(?<reqPeriod>${PERIOD})?[\s,]+(?:(?:and|for|across|with|times|x|×)\s+)?(?<innerN>${NUM})\s*(?<innerU>${UNIT})?\s+(?:[a-z]+\s+)?${PEOPLE}\b[\s,]+(?:(?:at|of|with|averaging)\s+)?${EACH_SIZE}(?:\s*(?:(?:per|each|a|an)\s+${THINGS}\b|each\b))?`, 'gi'),
    new RegExp(String.raw `${REQUESTS}\s*,\s*(?:(?:avg\.?|average|about|around|roughly|~)\s*)?${INNER}\s*,\s*${EACH_SIZE}\s*(?:per|a|each)\s+${THINGS}\b`, 'gi'),
];
function readNestedVolumes(r) {
    for (const pattern of NESTED_VOLUMES)
        r.cut(pattern, (m) => {
            const g = m.groups ?? {};
            return countedVolume(r, m, [`${g.reqN}${g.reqU ?? ''}`, `${g.innerN}${g.innerU ?? ''}`], g.reqPeriod ?? '');
        });
}
const __GATE = new RegExp(`\\b(?:${THINGS}|${MANY_THINGS}|each|apiece|times|users?|people|customers?|employees?|devs?|developers?|engineers?|agents?|seats?|students?|visitors?|members?)\\b`, 'i');
function readRequestVolumes(r) {
    if (process.env.GATE && !__GATE.test(r.rest)) return;
    readCountChains(r);
    readUserVolumes(r);
    readNestedVolumes(r);
    for (const pattern of REQUEST_VOLUMES)
        r.cut(pattern, (m) => countedVolume(r, m, [`${m.groups?.reqN}${m.groups?.reqU ?? ''}`], m.groups?.reqPeriod || m.groups?.sizePeriod || '') ?? m.groups?.kept);
    if (r.query.tokens === undefined)
        for (const pattern of LATER_SIZE)
            r.cut(pattern, (m) => countedVolume(r, m, [`${m.groups?.reqN}${m.groups?.reqU ?? ''}`], m.groups?.reqPeriod ?? '') ?? m.groups?.gap);
    readOutputEach(r);
}
function readOutputEach(r) {
    const input = r.each;
    const month = r.query.tokens;
    if (input === undefined || input <= 0 || r.eachInput !== undefined || typeof month !== 'number')
        return;
    for (const pattern of [OUTPUT_EACH, OUTPUT_SAID])
        r.cut(pattern, (m) => {
            if (r.eachInput !== undefined)
                return false;
            const output = parseVolume(`${(m.groups?.outN ?? '').replace(/\s+/g, '')}${m.groups?.outU ?? ''}`);
            if (!output.ok) {
                r.query.problems.push(`Cannot read “${m[0]
                    ?.replace(/^[\s,;(]+/, '')
                    .trim()
                    .slice(0, 60)}” as what each one writes: ${output.error}`);
                return;
            }
            const written = output.value.tokens;
            const tokens = (month * (input + written)) / input;
            if (tokens > MAX_TOKENS_PER_MONTH) {
                r.query.problems.push(productProblem(m[0] ?? ''));
                return;
            }
            r.query.tokens = tokens;
            r.each = input + written;
            r.eachInput = input;
            r.sideOnly = mixOf(input, written);
        });
}
const COUNT_WITHOUT_SIZE = new RegExp(String.raw `(?<![\w.])(${NUM})\s*(${UNIT})?\s+${BETWEEN}(?<thing>${MANY_THINGS})\b`, 'i');
const PEOPLE_WITHOUT_SIZE = new RegExp(String.raw `(?<![\w.$])(${NUM})\s*(${UNIT})?\s+(?:(?:hourly|daily|weekly|monthly|active)\s+)?(?:[a-z]+\s+)??(?<who>${PEOPLE})\b`, 'i');
const COUNTED = new RegExp(String.raw `^\s+${BETWEEN}(?:${MANY_THINGS}|${PEOPLE})\b`, 'i');
const RECORDING = /\b(?:\d+(?:\.\d+)?|an?|one|two|three|five|ten)\s*(?:hours?|hrs?|minutes?|mins?|seconds?|secs?)\s+of\s+(?:recorded\s+)?(audio|speech|video|recordings?|calls?|meetings?|podcasts?|voice)\b/i;
const PAGES_LONG = /(?<![\w.])(\d[\d,]*)[\s-]+pages?(?:[\s-]+long)?\s+(?:[a-z]+\s+)?(books?|documents?|docs?|pdfs?|reports?|contracts?|manuals?|files?|papers?|decks?|theses|thesis|novels?)\b/i;
const countSaid = (n, unit) => `${n ?? ''}${unit ? (unit.length > 2 ? ` ${unit}` : unit) : ''}`;
function readCountWithoutSize(r) {
    if (r.query.tokens !== undefined && r.query.tokens !== null)
        return;
    const people = PEOPLE_WITHOUT_SIZE.exec(r.rest);
    const counted = people ? COUNT_WITHOUT_SIZE.exec(r.rest.slice(people.index + people[0].length)) : null;
    if (people && counted) {
        const things = counted.groups?.thing ?? 'requests';
        const after = r.rest.slice(people.index + people[0].length + counted.index + counted[0].length);
        const period = /^\s*(?:a|per|each|every)\s+(hour|day|week|month|year)\b/i.exec(after)?.[1]?.toLowerCase() ?? 'day';
        r.query.problems.push(`“${people[0].trim()}… ${saidOfOne(counted[0].trim())}” counts ${people.groups?.who ?? 'users'} and ${things}, not tokens: give the size of each, such as ${people[0].trim()} sending ${saidOfOne(`${countSaid(counted[1], counted[2])} ${things}`)} a ${period} of 2k tokens each.`);
        r.rest = ' ';
        return;
    }
    if (people) {
        const who = people.groups?.who ?? 'users';
        const typed = people[0].trim().slice(0, 60);
        const example = `${countSaid(people[1], people[2])} ${who} sending 100 requests a day of 2k tokens each`;
        const note = `“${typed}” counts ${who}, not tokens, so the default volume is priced: say what each sends, such as ${example}`;
        r.query.notes = [...(r.query.notes ?? []), note];
        r.query.unsized = { problem: `“${typed}” counts ${who}, not tokens: say what each sends to price it, such as ${example}.`, note, costOnly: true };
        r.rest = `${r.rest.slice(0, people.index)} ${r.rest.slice(people.index + people[0].length)}`;
        return;
    }
    const length = RECORDING.exec(r.rest);
    if (length) {
        const typed = length[0].trim().slice(0, 60);
        const problem = `“${typed}” is a length of ${length[1]?.toLowerCase()}, not tokens: the catalog prices tokens, and how many a minute takes differs by model; give the tokens, such as 1M tokens.`;
        r.query.problems.push(problem);
        r.query.unsized = { problem, note: `“${typed}” is a length of ${length[1]?.toLowerCase()}, not tokens, so the default volume is priced` };
        r.rest = `${r.rest.slice(0, length.index)} ${r.rest.slice(length.index + length[0].length)}`;
        return;
    }
    const pages = PAGES_LONG.exec(r.rest);
    if (pages) {
        const typed = pages[0].trim().slice(0, 60);
        const what = (pages[2] ?? 'document')
            .toLowerCase()
            .replace(/^theses$/, 'thesis')
            .replace(/(?<!thesi)s$/, '');
        const problem = `“${typed}” is a length in pages, not tokens: pages hold more or less text, so give its size in tokens, such as a 150k-token ${what}.`;
        r.query.problems.push(problem);
        r.query.unsized = { problem, note: `“${typed}” is a length in pages, not tokens, so the default volume is priced` };
        r.rest = `${r.rest.slice(0, pages.index)} ${r.rest.slice(pages.index + pages[0].length)}`;
        return;
    }
    const m = COUNT_WITHOUT_SIZE.exec(r.rest);
    if (!m)
        return;
    const things = m.groups?.thing ?? 'requests';
    const typed = saidOfOne(m[0].trim().slice(0, 60));
    const example = saidOfOne(`${countSaid(m[1], m[2])} ${things} of 2k tokens each`);
    const problem = `“${typed}” counts ${things}, not tokens: give the size of each in tokens, such as ${example} (or 1.5k tokens in and 500 out each).`;
    r.query.problems.push(problem);
    r.query.unsized = { problem, note: `“${typed}” counts ${things}, not tokens, so the default volume is priced: give the size of each to price yours, such as ${example}` };
    r.rest = `${r.rest.slice(0, m.index)} ${r.rest.slice(m.index + m[0].length)}`;
}
const CONTEXT_SIZE = String.raw `(${NUM}\s*(?:[km]\b|thousand\b|million\b)?)`;
const CEILING_WORDS = '(?:under|below|less than|fewer than|at most|smaller than|no more than|<=|≤|<)';
const CONTEXT_RANGES = [
    new RegExp(String.raw `\bcontext(?:\s+window)?s?\s*(?:of\s+|is\s+)?(?:between|from)?\s*${CONTEXT_SIZE}(?:\s*tokens?)?\s*(?:-|–|to|and)\s*${CONTEXT_SIZE}(?:\s*tokens?)?`, 'gi'),
    new RegExp(String.raw `\b(?:between|from)\s*${CONTEXT_SIZE}(?:\s*tokens?)?\s*(?:-|–|to|and)\s*${CONTEXT_SIZE}(?:\s*tokens?)?\s+(?:of\s+)?context(?:\s+windows?)?\b`, 'gi'),
];
const CONTEXT_CEILINGS = [
    new RegExp(String.raw `\bcontext(?:\s+window)?s?\s*(?:of\s+|is\s+)?${CEILING_WORDS}\s*${CONTEXT_SIZE}(?:\s*tokens?)?`, 'gi'),
    new RegExp(String.raw `\b${CEILING_WORDS}\s*${CONTEXT_SIZE}(?:\s*tokens?)?\s+(?:of\s+)?context(?:\s+windows?)?\b`, 'gi'),
];
const CONTEXT_FLOORS = [
    new RegExp(String.raw `\b(?:min(?:imum)?\s+)?context(?:\s+window)?\s*(?:of\s+)?(?:≥|>=|>|at least|over|above|of at least|min(?:imum)?|:)?\s*${CONTEXT_SIZE}(?:\s*tokens?)?`, 'gi'),
    new RegExp(String.raw `\b(?:at least|over|above|min(?:imum)?|≥|>=)?\s*${CONTEXT_SIZE}\+?\s*(?:tokens?\s+)?(?:of\s+)?context(?:\s+window)?\b`, 'gi'),
];
function readContextFloors(r) {
    const sizeOf = (size) => {
        const n = tokensOf(size);
        return n === undefined || (/^[\d,.]+$/.test(size.trim()) && n < 1000) ? undefined : n;
    };
    const floor = (size) => {
        const n = tokensOf(size);
        if (n === undefined || (/^[\d,.]+$/.test(size.trim()) && n < 8000))
            return false;
        r.query.filters.minContext = n;
    };
    const noSize = (size) => {
        r.query.problems.push(`Cannot read “${size.trim().slice(0, 40)}” as a context window: give a size in tokens, such as less than 32k context or context between 100k and 200k.`);
    };
    const range = (low, high) => {
        const [a, b] = [sizeOf(low), sizeOf(high)];
        if (a === undefined || b === undefined) {
            if (![low, high].some((x) => /[a-z]/i.test(x)))
                return false;
            noSize(a === undefined ? low : high);
            return;
        }
        r.query.filters.minContext = Math.min(a, b);
        r.query.filters.maxContext = Math.max(a, b);
    };
    const ceiling = (size) => {
        const n = sizeOf(size);
        if (n === undefined) {
            if (!/[a-z]/i.test(size))
                return false;
            noSize(size);
            return;
        }
        r.query.filters.maxContext = n;
    };
    for (const pattern of CONTEXT_RANGES)
        r.cut(pattern, (m) => range(m[1] ?? '', m[2] ?? ''));
    for (const pattern of CONTEXT_CEILINGS)
        r.cut(pattern, (m) => ceiling(m[1] ?? ''));
    for (const pattern of CONTEXT_FLOORS)
        r.cut(pattern, (m) => floor(m[1] ?? ''));
}
const OUTPUT_CEILINGS = [
    new RegExp(String.raw `\b(?:max(?:imum)?\s+)?output(?:\s+(?:limit|length|tokens?))?\s*(?:of\s+|is\s+)?${CEILING_WORDS}\s*(\d+(?:\.\d+)?\s*[km])\b(?:\s*tokens?)?`, 'gi'),
    new RegExp(String.raw `\b${CEILING_WORDS}\s*(\d+(?:\.\d+)?\s*[km])\s*(?:tokens?\s+)?(?:of\s+)?(?:max(?:imum)?\s+)?output(?:\s+(?:limit|length|tokens?))?\b`, 'gi'),
    new RegExp(String.raw `\b(?:can|could|that)\s+(?:output|write|generate)\s+(?:only\s+)?${CEILING_WORDS}\s*(\d+(?:\.\d+)?\s*[km])\b(?:\s*tokens?)?`, 'gi'),
];
function readOutputFloors(r) {
    const floor = (size) => {
        const n = tokensOf(size);
        if (n === undefined)
            return false;
        r.query.filters.minOutput = n;
    };
    const ceiling = (size) => {
        const n = tokensOf(size);
        if (n === undefined)
            return false;
        r.query.filters.maxOutput = n;
    };
    for (const pattern of OUTPUT_CEILINGS)
        r.cut(pattern, (m) => ceiling(m[1] ?? ''));
    r.cut(/\b(?:max(?:imum)?\s+)?output(?:\s+(?:limit|length|tokens?))?\s*(?:of\s+)?(?:≥|>=|>|at least|over|above|of at least|min(?:imum)?|:)\s*(\d+(?:\.\d+)?\s*[km])\b(?:\s*tokens?)?/gi, (m) => floor(m[1] ?? ''));
    r.cut(/\b(?:can|could|that)\s+(?:output|write|generate)\s+(?:up to\s+|at least\s+)?(\d+(?:\.\d+)?\s*[km])\b(?:\s*tokens?)?(?:\s+(?:at once|in one (?:go|response|reply)|per (?:response|reply|request)))?/gi, (m) => floor(m[1] ?? ''));
    r.cut(/\b(?:at least|over|above|more than|greater than|min(?:imum)?|≥|>=|>)?\s*(\d+(?:\.\d+)?\s*[km])\+?\s*(?:tokens?\s+)?(?:of\s+)?(?:max(?:imum)?\s+)?output(?:\s+(?:limit|length|tokens?))?\b/gi, (m) => {
        const besideContext = r.query.filters.minContext !== undefined &&
            /(?:\band|&|,)\s*$/i.test(m.input.slice(0, m.index)) &&
            !/^\s*(?:tokens?\s+)?(?:per|each|a|an|every)\b/i.test(m.input.slice(m.index + m[0].length));
        const asked = besideContext ||
            /^\s*(?:at least|over|above|more than|greater than|min|≥|>=|>)|\+|max/i.test(m[0] ?? '') ||
            /\b(?:supports?|supporting|handles?|allows?|offers?|(?:models?|llms?|ones?) (?:with|having|that (?:has|have))(?: an?)?)\s*$/i.test(m.input.slice(0, m.index));
        if (!asked)
            return false;
        return floor(m[1] ?? '');
    });
}
const PER_SECOND = String.raw `(?:(?:tokens?|toks?|t)\s*(?:\/|per|a|each)\s*(?:s|sec|secs|second)\b|tps\b)`;
const SPEED_FLOORS = [
    new RegExp(String.raw `(?:\b(?:output\s+)?(?:speed|throughput)\s*(?:of\s+)?)?(?:\b(?:faster than|quicker than|at least|over|above|more than|min(?:imum)?(?:\s+of)?|of at least)|≥|>=|>)\s*(\d+(?:\.\d+)?)\s*${PER_SECOND}`, 'gi'),
    new RegExp(String.raw `(?<![\w.])(\d+(?:\.\d+)?)\s*(?:\+\s*${PER_SECOND}|${PER_SECOND}\s*(?:or (?:more|faster|better|above)|\+|minimum|at least))`, 'gi'),
    new RegExp(String.raw `\b(?:output\s+)?speed\s*(?:of\s+)?(?:≥|>=|>|at least|over|above|of at least|min(?:imum)?|:)\s*(\d+(?:\.\d+)?)\b(?:\s*${PER_SECOND})?`, 'gi'),
];
function readSpeedFloors(r) {
    for (const re of SPEED_FLOORS)
        r.cut(re, (m) => {
            const n = Number(m[1]);
            if (!Number.isFinite(n) || n <= 0 || n > 1e6)
                return false;
            r.query.filters.minSpeed = n;
        });
}
function readPriceDay(r) {
    const found = priceDayInWords(r.rest);
    if (!found)
        return;
    const problem = priceDayProblem(found.day);
    if (problem)
        r.query.problems.push(problem);
    else
        r.query.pricedOn = found.day;
    r.rest = `${r.rest.slice(0, found.start)} ${r.rest.slice(found.end)}`;
}
function readKnowledgeCutoff(r) {
    r.cut(/\b(?:knowledge\s+)?cut-?off(?:\s+date)?\s+(?:is\s+)?(after|since|from|in|of|during|before|prior to|earlier than|≥|>=|at least|no earlier than)\s+(20\d{2})(?:-(\d{2}))?(?:-(\d{2}))?(\s+or\s+later)?\b|\b(?:trained on|training data|knowledge)\s+(?:data\s+)?(?:up\s+)?(after|since|from|through|to|until|in)\s+(20\d{2})(?:-(\d{2}))?(?:-(\d{2}))?(\s+or\s+later)?\b/gi, (m) => {
        const how = (m[1] ?? m[6] ?? '').toLowerCase();
        const year = Number(m[2] ?? m[7]);
        const month = m[3] ?? m[8];
        const dayOf = m[4] ?? m[9];
        if ((month !== undefined && !isDay(`${year}-${month}-01`)) || (dayOf !== undefined && !isDay(`${year}-${month}-${dayOf}`))) {
            r.query.problems.push(`Cannot read “${(m[0] ?? '').trim().slice(0, 60)}” as a date: give a year, a month or a day of the calendar, such as knowledge cutoff after 2025-06.`);
            return;
        }
        const next = month ? (Number(month) === 12 ? `${year + 1}-01` : `${year}-${String(Number(month) + 1).padStart(2, '0')}`) : `${year + 1}-01`;
        const written = `${year}-${month ?? '01'}${dayOf ? `-${dayOf}` : ''}`;
        if (/^(?:before|prior to|earlier than)$/.test(how)) {
            r.query.filters.knowledgeCutoffBefore = written;
            return;
        }
        r.query.filters.minKnowledgeCutoff = how === 'after' && !dayOf ? next : written;
        if (/^(?:in|of|during)$/.test(how) && !dayOf && !(m[5] ?? m[10]))
            r.query.filters.knowledgeCutoffBefore = next;
    });
}
const SIZED_THINGS = new RegExp(String.raw `\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*[km]?)[- ]tokens?[- ](?:long[- ])?(?:prompts?|inputs?|codebases?|repos?|manuals?|${PIECES_OF_TEXT})\b`, 'gi');
const ONE_OF = /\b(?:one|a single|a|an)\s*$/i;
const COST_WORDS = /\b(?:how much|costs?|price[ds]?|pricing|charged?|bill(?:ed)?)\b/i;
const WRITING = /\b(?:write|writes|writing|written|generate|generates|generating|generated|draft|drafting|compose|composing|produce|producing|create|creating)\b/i;
const TRANSLATING = /\btranslat(?:e|es|ed|ing|ion|ions)\b/i;
function wordsNote(...read) {
    const each = read.map(([words, tokens]) => `${words.toLocaleString('en-US')} words read as ${tokens.toLocaleString('en-US')} tokens`);
    return `${each.join(' and ')}: about ¾ of an English word per token (OpenAI's rule of thumb; other languages and tokenizers differ)`;
}
const A_PERIOD = String.raw `(?:second|sec|minute|min|hour|hr|day|week|month|mo|year|yr|quarter)s?\b`;
const WORDS_AS_SIZE = new RegExp(String.raw `(?<![\w.,])(?<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s*k?)(?:(?<hyphen>-)words?(?=[- ])|\s+words?(?=\s+(?:long\s+)?${PIECES_OF_TEXT}\b)|\s+words?(?=\s+(?:each|apiece|a piece|per\s+(?!${A_PERIOD})[a-z]+|on average|long)\b)|(?<=\b(?:of|averaging|average|around|about|~)\s+\S+)\s+words?(?![\s-]*(?:a|an|per|each|every|\/)\s*${A_PERIOD}))\b`, 'gi');
function readWordsAsSizes(r) {
    const read = [];
    r.rest = r.rest.replace(WORDS_AS_SIZE, (span, ...args) => {
        const g = args.at(-1);
        const words = tokensOf(g.n.replace(/[,\s]/g, ''));
        if (words === undefined)
            return span;
        const n = Math.round(words * TOKENS_PER_WORD);
        read.push([words, n]);
        return g.hyphen ? `${n}-tokens` : `${n} tokens`;
    });
    if (read.length > 0)
        r.query.notes = [...(r.query.notes ?? []), wordsNote(...read)];
}
const PER_WORDS = /(?:\bper|\/|\bfor\s+(?:every|each))\s*(?:(?:a|one|1)\s+)?(?:(-?\s*(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:e[+-]?\d+)?\s*[km]?)|a thousand|thousand|a million|million)\s+)?words?\b/gi;
const WORDS_IN_WORDS = { 'a thousand': '1000', thousand: '1000', 'a million': '1M', million: '1M' };
function readPerWords(r) {
    r.cut(PER_WORDS, (m) => {
        const written = (m[1] ?? '').toLowerCase();
        const words = written === '' ? 1000 : tokensOf((WORDS_IN_WORDS[written] ?? written).replace(/[,\s]/g, ''));
        if (words === undefined || words < 1 || words * TOKENS_PER_WORD > MAX_TOKENS_PER_MONTH) {
            r.query.problems.push(`Cannot price per ${written} words: give a count of words from 1 to ${(MAX_TOKENS_PER_MONTH / TOKENS_PER_WORD).toLocaleString('en-US')}, such as per 1000 words.`);
            return;
        }
        if (r.query.tokens !== undefined && r.query.tokens !== null)
            return false;
        const n = Math.round(words * TOKENS_PER_WORD);
        r.query.tokens = n;
        r.query.forCount = { count: words, what: words === 1 ? 'word' : 'words' };
        r.query.notes = [...(r.query.notes ?? []), `${wordsNote([words, n])}${written === '' ? '; priced per 1,000 words, as a single word costs too little to show' : ''}`];
    });
}
function readPromptSize(r) {
    r.cut(SIZED_THINGS, (m) => {
        const n = tokensOf((m[1] ?? '').replace(/,/g, ''));
        if (n === undefined)
            return false;
        if (/\binto\s+(?:an?\s+)?$/i.test(m.input.slice(0, m.index)))
            return ' ';
        r.query.promptTokens = n;
        if (ONE_OF.test(m.input.slice(0, m.index)) && !/s$/i.test(m[0]) && COST_WORDS.test(m.input)) {
            r.onePrompt = n;
            r.oneWritten = WRITING.test(m.input);
            r.oneTranslated = TRANSLATING.test(m.input);
        }
    });
    r.cut(/\b(\d+(?:\.\d+)?\s*[km])\s*\+[\s-]*(?:tokens?[\s-]+)?(?:prompts?|inputs?)\b/gi, (m) => {
        const n = tokensOf(m[1] ?? '');
        if (n === undefined || n > MAX_PROMPT_THRESHOLD)
            return false;
        r.query.promptTokens = n + 1;
    });
    r.cut(/\b(\d+(?:\.\d+)?\s*[km])(?:-prompts?| prompt(?![- ]?size)(?!\s+(?:of\s+|is\s+)?~?\d)|\s*tokens?\s+(?:per|each|a)\s+prompt)\b|\b(?:(?:each|every|the|our|a|one)\s+)?prompts?\s+(?:(?:is|are|of|averag(?:e|es|ing)|run|runs|hold|holds|have|has)\s+)?(?:(?:around|about|roughly|~|up to)\s+)?(\d+(?:\.\d+)?\s*[km])(?:\s*tokens?)?(?:\s+(?:each|long))?\b|\bprompt[- ]size\s*(?:of\s+|is\s+)?(\d+(?:\.\d+)?\s*[km])\b/gi, (m) => {
        const n = tokensOf(m[1] ?? m[2] ?? m[3] ?? '');
        if (n === undefined)
            return false;
        r.query.promptTokens = n;
    });
    r.cut(/\b(?:with|using)\s+(\d+(?:\.\d+)?\s*k)\s+prompts\b(?!\s*(?:a|an|per|each|every|and|,)\b)/gi, (m) => {
        const n = tokensOf(m[1] ?? '');
        if (n === undefined)
            return false;
        r.query.promptTokens = n;
    });
    r.cut(/(?<!\b(?:per|each)\s+)\b(?:rag|retrieval|context|documents?|docs|codebases?|repos?|repositories|pdfs?|books?|transcripts?|contracts?|manuals?)\s+(?:(?:of|over|across|spanning|with|up to|around|about|that are|are)\s+)+(?:~\s*)?(\d+(?:\.\d+)?\s*[km])(?![\s-]*(?:tokens?\s*)?(?:a|an|per|\/|each|every)\s*(?:day|week|month|year|hour|minute|second)s?\b)[\s-]*(?:tokens?)?\b/gi, (m) => {
        const n = tokensOf(m[1] ?? '');
        if (n === undefined)
            return false;
        r.query.promptTokens = n;
    });
    r.cut(/\b(?:prompts?|requests?|inputs?|context|pricing|prices?|rates?|costs?)\s+(?:(?:changes?|changing|differs?|go(?:es)? up|rises?|is|are)\s+)?(?:(?:for|of|on)\s+(?:(?:prompts?|requests?|inputs?)|[\uE000-\uF8FF]+)\s+)?(?:over|above|beyond|longer than|bigger than|larger than|more than|past|exceeding|>)\s*(\d+(?:\.\d+)?\s*[km])\b(?:\s*tokens?)?(?!\s*(?:a|an|per|\/|each|every)\s*(?:month|mo|day|week|year|hour|minute|second)\b)/gi, (m) => {
        const n = tokensOf(m[1] ?? '');
        if (n === undefined || n > MAX_PROMPT_THRESHOLD)
            return false;
        r.query.promptTokens = n + 1;
        return /[\uE000-\uF8FF]+/.exec(m[0])?.[0];
    });
}
const MAX_PROMPT_THRESHOLD = 2_000_000;
export const CACHE_SHARES = [
    /\b(\d+(?:\.\d+)?\s*%|0?\.\d+)\s*(?:of\s+(?:the\s+|our\s+)?(?:input|prompts?|tokens?|requests?|input tokens)\s+)?(?:(?:is|are|gets?|being|will be|would be)\s+)?(?:cache[ds]?(?:\s+hits?)?|cache hit rate|caching|prompt caching|(?:served|read|come|comes) from (?:the )?cache)\b/gi,
    /\b(?:cached|cache hits?|cache hit rate|caching|cache)\s*(?:of|at|=|:)?\s*(\d+(?:\.\d+)?\s*%|(?:\d?\.\d+|1|0)(?![\w.,]))(?!\s*[:/])/gi,
];
function readCache(r) {
    r.cut(CACHE_SHARES[0], (m) => {
        const parsed = parseShare(m[1] ?? '');
        if (parsed.ok)
            r.query.cachedShare = parsed.value;
        else
            r.query.problems.push(parsed.error);
    });
    r.cut(CACHE_SHARES[1], (m) => {
        const parsed = parseShare(m[1] ?? '');
        if (parsed.ok)
            r.query.cachedShare = parsed.value;
        else
            r.query.problems.push(parsed.error);
    });
    if (/\bcach(?:e|ed|es|ing)\b/i.test(r.rest))
        r.cut(/\b(?:an?\s+)?(\d+(?:\.\d+)?\s*%)\s+hit(?:\s+|-)?(?:rate|ratio)\b|\bhit(?:\s+|-)?(?:rate|ratio)\s*(?:of|at|=|:|is)?\s*(\d+(?:\.\d+)?\s*%)/gi, (m) => {
            const parsed = parseShare(m[1] ?? m[2] ?? '');
            if (parsed.ok)
                r.query.cachedShare = parsed.value;
            else
                r.query.problems.push(parsed.error);
        });
    r.cut(/\b(?:about |roughly |around )?(half|a third|a quarter|most|all)(?: (?:of )?(?:it|them|(?:the |our |my )?(?:input|prompts?|input tokens|requests)))? (?:is |are |gets |get |will be |would be )?(?:cached|cache hits?)\b/gi, (m) => {
        const share = { half: 0.5, 'a third': 1 / 3, 'a quarter': 0.25, most: 0.8, all: 1 };
        r.query.cachedShare = share[(m[1] ?? '').toLowerCase()] ?? null;
    });
}
function readMix(r) {
    r.cut(/\b(?:mix(?:ed)?|ratio|split)\s*(?:of|=|:)?\s*(\d+(?:\.\d+)?\s*[:/]\s*\d+(?:\.\d+)?|\d+(?:\.\d+)?\s*%\s*(?:input|output))/gi, (m) => {
        const parsed = parseMix(m[1] ?? '');
        if (parsed.ok)
            r.query.mix = parsed.value;
        else
            r.query.problems.push(parsed.error);
    });
    r.cut(/(?<![\w.\-/])24\s*[/x×]\s*7(?![\w.\-/])/gi, () => {
        r.query.notes = [...(r.query.notes ?? []), '“24/7” read as around the clock, not a 24:7 input:output mix'];
    });
    r.cut(/(?<![\w.\-/])(\d+(?:\.\d+)?)\s*([:/])\s*(\d+(?:\.\d+)?)(?![\w.\-/])(?:\s*(?:mix|ratio|split|input[:/]output|in[:/]out))?/gi, (m) => {
        const parsed = parseMix(`${m[1]}:${m[3]}`);
        if (parsed.ok)
            r.query.mix = parsed.value;
        else
            r.query.problems.push(parsed.error);
    });
    r.cut(/\b(\d+(?:\.\d+)?)\s*%\s*(input|output|in|out)\b/gi, (m) => {
        const parsed = parseMix(`${m[1]}% ${m[2]}`);
        if (parsed.ok)
            r.query.mix = parsed.value;
        else
            r.query.problems.push(parsed.error);
    });
    r.cut(/\b(mostly|mainly)\s+(input|output)\b|\b(input|output)[- ]heavy\b|\bmost of (?:our|the|my) (?:traffic|tokens|usage|volume) (?:is|are) (input|output)\b/gi, (m) => {
        const side = (m[2] ?? m[3] ?? m[4] ?? 'input').toLowerCase();
        r.query.mix = side === 'input' ? { input: 9, output: 1 } : { input: 1, output: 9 };
    });
    r.cut(/\b(?:only|just|purely|all)\s+(input|output)(?:\s+tokens?)?\b(?!\s+(?:prices?|pricing|costs?|rates?))|\b(input|output)(?:\s+tokens?)?\s+only\b|\bno\s+(output|input)(?:\s+tokens?)?\b(?!\s+(?:prices?|pricing|costs?|rates?))/gi, (m) => {
        const side = (m[1] ?? m[2] ?? '').toLowerCase() || ((m[3] ?? '').toLowerCase() === 'output' ? 'input' : 'output');
        r.query.mix = side === 'input' ? { input: 1, output: 0 } : { input: 0, output: 1 };
    });
    r.cut(/\b(?:mix(?:ed)?|ratio|split)\s*(?:of|=|:)?\s*([-+−]\d[\d.]*\s*[:/]\s*[-+−]?\d[\d.]*|\d[\d.]*\s*[:/]\s*[-+−]\d[\d.]*)/gi, (m) => {
        const parsed = parseMix(m[1] ?? '');
        if (parsed.ok)
            r.query.mix = parsed.value;
        else
            r.query.problems.push(parsed.error);
    });
    r.cut(/\b(?:mix|ratio|split)\s*(?:of|=|:)?\s*([^\s,;?!]*\d[^\s,;?!]*)/gi, (m) => {
        const parsed = parseMix(m[1] ?? '');
        if (parsed.ok)
            r.query.mix = parsed.value;
        else
            r.query.problems.push(parsed.error);
    });
}
const TIMES = {
    double: 2,
    doubles: 2,
    doubled: 2,
    doubling: 2,
    twice: 2,
    triple: 3,
    triples: 3,
    tripled: 3,
    tripling: 3,
    quadruple: 4,
    quadruples: 4,
    quadrupled: 4,
    halve: 0.5,
    halves: 0.5,
    halved: 0.5,
};
const TIMES_WORDS = Object.keys(TIMES).join('|');
const GROWS = '(?:usage|volume|traffic|tokens|load|workload|requests|it|that|this)';
const WHAT_GROWS = String.raw `(?:(?:our|the|my|its|this|that)\s+)?${GROWS}`;
const NOT_VOLUME = String.raw `(?!\s+(?:input|output|cache\w*|context|prompts?|responses?|expensive|cheaper|pricier|faster|slower))`;
const VOLUME_MULTIPLES = [
    new RegExp(String.raw `\b(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(?:x|×|times)\s+(?:more|bigger|larger|higher|as much)\b${NOT_VOLUME}`, 'gi'),
    /\b(?:at|with|for)\s+(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(?:x|×|times)\s+(?:the\s+|our\s+|that\s+)?(?:volume|usage|traffic|tokens|load|scale)\b/gi,
    /\b(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(?:x|×)\s+(?:it|that|this)\b/gi,
    new RegExp(String.raw `\b(?:make|makes|made|making)\s+(?:it|that|this)\s+(\d+(?:\.\d+)?(?:e[+-]?\d+)?)\s*(?:x|×|times)(?:\s+(?:more|bigger|larger|as much))?\b${NOT_VOLUME}`, 'gi'),
    new RegExp(String.raw `\b(${TIMES_WORDS})\s+${WHAT_GROWS}\b`, 'gi'),
    /\b(?:make|makes|made|making)\s+(?:it|that|this)\s+(double|triple|quadruple)\b/gi,
    new RegExp(String.raw `\b${GROWS}\s+(doubles|doubled|triples|tripled|quadruples|quadrupled|halves|halved)\b`, 'gi'),
];
function readScale(r) {
    for (const re of VOLUME_MULTIPLES)
        r.cut(re, (m) => {
            const said = m[1] ?? '';
            const factor = /^\d/.test(said) ? Number(said) : (TIMES[said.toLowerCase()] ?? Number.NaN);
            if (!(factor > 0) || !Number.isFinite(factor)) {
                r.query.problems.push(`Cannot read “${quoted(m[0])}” as a multiple of the volume: give one above zero, such as 10x more or double it.`);
                return;
            }
            r.scaleBy = { factor, said: m[0].trim() };
        });
}
function scaledVolume(r) {
    const scale = r.scaleBy;
    if (!scale)
        return;
    const tokens = r.query.tokens;
    if (tokens === undefined || tokens === null) {
        r.query.scaleBy = scale.factor;
        return;
    }
    const scaled = Math.round(tokens * scale.factor);
    if (!(scaled > 0) || scaled > MAX_TOKENS_PER_MONTH) {
        r.query.problems.push(productProblem(`${scale.said} of ${tokensText(tokens)} tokens`));
        return;
    }
    const volumes = r.query.volumes?.map((v) => Math.round(v * scale.factor));
    if (volumes?.some((v) => v > MAX_TOKENS_PER_MONTH)) {
        r.query.problems.push(productProblem(`${scale.said} of ${tokensText(Math.max(...(r.query.volumes ?? [])))} tokens`));
        return;
    }
    const before = r.query.volumes;
    r.query.tokens = scaled;
    if (volumes)
        r.query.volumes = volumes;
    const note = before
        ? `“${quoted(scale.said)}” read as ${scale.factor} × each volume (${before.map((v) => tokensText(v)).join(', ')} tokens a month)`
        : scaleNote(scale.said, scale.factor, tokens);
    r.query.notes = [...(r.query.notes ?? []), note];
}
export function scaleNote(said, factor, tokens) {
    return `“${quoted(said)}” read as ${factor} × ${tokensText(tokens)} tokens a month`;
}
function readPricingOptions(r) {
    r.cut(BATCH_SHARE, (m) => {
        const share = m[1] ? Number.parseFloat(m[1]) / 100 : (SHARE_WORDS[(m[2] ?? '').toLowerCase().replace(/\s+/g, ' ')] ?? Number.NaN);
        if (share === 1)
            r.query.batch = true;
        else if (share > 0 && share < 1)
            r.query.batchShare = share;
        else if (share !== 0)
            r.query.problems.push(`Cannot read “${m[0].trim()}” as a share on the Batch API: give a share from 0% to 100%, such as 30% batch.`);
    });
    r.cut(/\b(?:with\s+|via\s+|using\s+|on\s+)?(?:the\s+)?batch(?:ed)?(?:\s+api)?(?:\s+(?:price|pricing|mode))?\b/gi, () => {
        r.query.batch = true;
    });
    r.cut(/\b(?:on\s+|at\s+|with\s+)?(?:the\s+)?(priority|flex)\s*(?:tier|processing|mode|pricing)?\b/gi, (m) => {
        r.query.serviceTier = (m[1] ?? '').toLowerCase();
    });
}
const SHARE_WORDS = {
    half: 0.5,
    'a half': 0.5,
    'a third': 1 / 3,
    'one third': 1 / 3,
    'two thirds': 2 / 3,
    'a quarter': 0.25,
    'one quarter': 0.25,
    'three quarters': 0.75,
};
const BATCH_SHARE = new RegExp(String.raw `(?:(?<![\w.])(\d+(?:\.\d+)?)\s*%\s+(?:of\s+(?:(?:the|our|my|its|their)\s+)?\w+\s+)?|\b(${Object.keys(SHARE_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\s+(?:of\s+(?:(?:the|our|my|its|their)\s+)?\w+|(?:the|our|my|its|their)\s+\w+)\s+)(?:(?:is|are|goes?|going|run|runs|sent|on|via|through|in|can|could|would|will|be|go|use|uses)\s+)*(?:the\s+)?batch(?:ed)?(?:\s+api)?\b`, 'gi');
const SIDE_VOLUME = String.raw `(${NUM})\s*(${UNIT})?\s*(?:tokens?\s+)?(${IN_WORDS}|${OUT_WORDS})\b(?:\s+tokens?)?(${PERIOD})?`;
const SIDE_VOLUMES = new RegExp(String.raw `(?<![\w.\-/$])(?:(?:for|at|of|with)\s+)?${SIDE_VOLUME}\s*(?:,|\band\b|&|\+|\bplus\b|\bwith\b|\/)?\s*(?:(?:a|an|get|gets|getting|receive|receiving|and)\s+){0,3}${SIDE_VOLUME}(?:\s+tokens?\b)?(${PERIOD})?`, 'gi');
const SIDE_FIRST_VOLUME = String.raw `(${IN_WORDS}|${OUT_WORDS})(?:\s+tokens?)?\s*(?::|=|of)?\s*(${NUM})\s*(${UNIT})?(?:\s*tokens?)?(${PERIOD})?`;
const SIDE_FIRST_VOLUMES = new RegExp(String.raw `(?<![\w.\-/$])${SIDE_FIRST_VOLUME}\s*(?:,|;|\band\b|&|\+|\/)?\s*${SIDE_FIRST_VOLUME}(?:\s+tokens?\b)?(${PERIOD})?`, 'gi');
function readSideVolumes(r) {
    readOneRequestSides(r);
    r.cut(SIDE_VOLUMES, (m) => {
        const [, n1 = '', u1 = '', s1 = '', p1, n2 = '', u2 = '', s2 = '', p2, shared] = m;
        markOneRequest(r, m, p1 ?? p2 ?? shared);
        return sideVolumes(r, m[0] ?? '', [n1, u1, s1, p1], [n2, u2, s2, p2], shared);
    });
    r.cut(SIDE_FIRST_VOLUMES, (m) => {
        const [, s1 = '', n1 = '', u1 = '', p1, s2 = '', n2 = '', u2 = '', p2, shared] = m;
        markOneRequest(r, m, p1 ?? p2 ?? shared);
        return sideVolumes(r, m[0] ?? '', [n1, u1, s1, p1], [n2, u2, s2, p2], shared);
    });
}
function markOneRequest(r, m, period) {
    if (period === undefined &&
        /(?:^|\b(?:for|with|of|on|send|sending|make|making|run|running|does|do|would|will|is|was))\s*(?:a|one|each|a single|every)\s*$/i.test(m.input.slice(0, m.index)))
        r.query.per = 'request';
}
const CONTEXT_AND_ANSWER = new RegExp(String.raw `(?:\b(?:a|an|one)\s+)?(?<![\w.])(?<inN>${NUM})\s*(?<inU>${UNIT})?[\s-]*(?:tokens?[\s-]+)?(?:context|prompt)\b(?:\s+window)?\s*(?:and|\+|,|with|&)\s*(?:(?:a|an|one)\s+)?(?<outN>${NUM})\s*(?<outU>${UNIT})?[\s-]*(?:tokens?[\s-]+)?(?:output|answers?|responses?|replies|reply|completions?)\b(?:\s+tokens?)?`, 'gi');
const SAID_OF_ONE_REQUEST = /\b(?:per|a|an|one|each|every|single)\s+(?:request|call|query|api call|completion)\b/i;
function readOneRequestSides(r) {
    if (!SAID_OF_ONE_REQUEST.test(r.rest))
        return;
    r.cut(CONTEXT_AND_ANSWER, (m) => {
        const g = m.groups ?? {};
        const input = tokensOf(`${g.inN}${g.inU ?? ''}`);
        const output = tokensOf(`${g.outN}${g.outU ?? ''}`);
        if (input === undefined || output === undefined || input + output > MAX_TOKENS_PER_MONTH)
            return false;
        r.query.per = 'request';
        r.query.tokens = input + output;
        r.query.promptTokens = input;
        r.query.mix = mixOf(input, output);
    });
}
function sideVolumes(r, phrase, [n1, u1, s1, p1], [n2, u2, s2, p2], shared) {
    const input = (s) => IS_INPUT.test(s);
    const counted = (side) => /s$/i.test(side) && !new RegExp(String.raw `\btokens?[\s-]+${side}\b`, 'i').test(phrase);
    if (input(s1) === input(s2) || !(u1 || u2 || /\btok|\d,\d{3}/i.test(phrase)) || counted(s1) || counted(s2))
        return false;
    const monthly = (n, unit, period) => /^0+(?:\.0+)?$/.test(n) ? { ok: true, value: { tokensPerMonth: 0 } } : parseVolume(`${n}${unit}${period ?? ''}`);
    const first = monthly(n1, u1, p1 ?? shared ?? p2);
    const second = monthly(n2, u2, p2 ?? shared ?? p1);
    if (!first.ok || !second.ok) {
        for (const side of [first, second])
            if (!side.ok)
                r.query.problems.push(side.error);
        return undefined;
    }
    const [inSide, outSide] = input(s1) ? [first.value, second.value] : [second.value, first.value];
    const total = inSide.tokensPerMonth + outSide.tokensPerMonth;
    if (total <= 0 || total > MAX_TOKENS_PER_MONTH) {
        r.query.problems.push(beyondAMonth(total));
        return undefined;
    }
    r.query.tokens = total;
    const samePeriod = 'period' in inSide && 'period' in outSide && inSide.period === outSide.period;
    r.query.mix = samePeriod ? mixOf(inSide.tokens, outSide.tokens) : mixOf(Math.round(inSide.tokensPerMonth), Math.round(outSide.tokensPerMonth));
    return undefined;
}
const WORDS_AFTER = new RegExp(String.raw `^\s+(?<what>words?|characters?|chars?)\b(${PERIOD})?`, 'i');
export const TOKENS_PER_WORD = 4 / 3;
export const TOKENS_PER_CHARACTER = 1 / 4;
const BYTES_OF_TEXT = new RegExp(String.raw `(?<![\w.])(?<n>${NUM})\s*(?<unit>kb|mb|gb|tb|kilobytes?|megabytes?|gigabytes?|terabytes?)\s+of\s+(?:[a-z]+\s+){0,2}?(?:text|data|documents?|docs|logs?|files?|transcripts?|content|emails?|code|chats?|messages?)\b(?<period>${PERIOD})?`, 'gi');
const BYTES_PER_UNIT = { k: 1e3, m: 1e6, g: 1e9, t: 1e12 };
function readBytes(r) {
    r.cut(BYTES_OF_TEXT, (m) => {
        const g = m.groups ?? {};
        const bytes = Number((g.n ?? '').replace(/,/g, '')) * (BYTES_PER_UNIT[(g.unit ?? 'k')[0]?.toLowerCase() ?? 'k'] ?? 1e3);
        const parsed = parseVolume(`${Math.round(bytes * TOKENS_PER_CHARACTER)}${g.period ?? ''}`);
        if (!parsed.ok) {
            r.query.problems.push(productProblem(m[0] ?? ''));
            return;
        }
        if (r.query.tokens !== undefined && r.query.tokens !== null)
            return false;
        r.query.tokens = parsed.value.tokensPerMonth;
        r.query.notes = [
            ...(r.query.notes ?? []),
            `${m[0].trim()} read as ${Math.round(r.query.tokens).toLocaleString('en-US')} tokens a month: about 4 bytes of plain English text per token (PDFs, markup and other languages hold fewer tokens per byte)`,
        ];
    });
}
function readVolume(r, modelSize) {
    let wordsPhrase;
    r.cut(VOLUME_RE, (m) => {
        const [, num = '', unit, side, tokensWord, period] = m;
        const words = tokensWord ? null : WORDS_AFTER.exec(m.input.slice(m.index + m[0].length));
        if (!unit && !tokensWord && !words && !/e|,|\^/i.test(num))
            return false;
        const before = m.input.slice(0, m.index);
        const billions = /^(?:b|bn)$/i.test(unit ?? '') && !tokensWord && !period;
        if (billions && /\d\s+$/.test(before))
            return false;
        const word = /(\p{L}[\p{L}\d.-]*)\s+$/u.exec(before)?.[1];
        if (billions && word && /^\d/.test(m[0]) && modelSize?.(word, `${num}${unit}`))
            return false;
        if (!tokensWord && COUNTED.test(m.input.slice(m.index + m[0].length)))
            return false;
        if (side && tokensWord)
            r.sideOnly = side.toLowerCase() === 'output' ? { input: 0, output: 1 } : { input: 1, output: 0 };
        const parsed = parseVolume(`${num}${unit ?? ''}${period ?? words?.[2] ?? ''}`);
        if (!parsed.ok) {
            r.query.problems.push(parsed.error);
            return;
        }
        const plain = !words && !side && !parsed.value.term && parsed.value.period === 'month';
        if (r.query.tokens !== undefined && r.query.tokens !== null) {
            if (plain && r.plainVolume) {
                const volumes = r.query.volumes ?? [r.query.tokens];
                if (!volumes.includes(parsed.value.tokensPerMonth))
                    r.query.volumes = [...volumes, parsed.value.tokensPerMonth];
                return;
            }
            r.query.problems.push(`Two volumes given (${Math.round(r.query.tokens).toLocaleString('en-US')} and ${Math.round(parsed.value.tokensPerMonth).toLocaleString('en-US')} tokens a month): give one volume for the month, such as 50M tokens.`);
            return;
        }
        const characters = words !== null && /^c/i.test(words.groups?.what ?? '');
        r.query.tokens = words ? Math.round(parsed.value.tokensPerMonth * (characters ? TOKENS_PER_CHARACTER : TOKENS_PER_WORD)) : parsed.value.tokensPerMonth;
        if (words) {
            const rule = characters ? 'about 4 characters of English per token' : 'about ¾ of an English word per token';
            r.query.notes = [
                ...(r.query.notes ?? []),
                `${num}${unit && /^\p{L}{2,}/u.test(unit) ? ` ${unit}` : (unit ?? '')} ${characters ? 'characters' : 'words'}${words[2] ?? ''} read as ${r.query.tokens.toLocaleString('en-US')} tokens a month: ${rule} (OpenAI's rule of thumb; other languages and tokenizers differ)`,
            ];
            wordsPhrase = words[0];
        }
        const span = SPANS.find((s) => s === parsed.value.period);
        if (span)
            r.query[SPAN_FLAGS[span]] = true;
        if (parsed.value.term)
            r.query.term = parsed.value.term;
        r.volumeWithoutPeriod = !period && !words?.[2];
        r.plainVolume = plain;
    });
    const phrase = wordsPhrase;
    if (phrase)
        r.rest = r.rest.replace(phrase, ' ');
    r.cut(UNKNOWN_AMOUNT, (m) => {
        r.query.problems.push(`Cannot read “${m[0].trim().slice(0, 40)}” as a volume: write it with k, M, B or T (thousand, million, billion, trillion), such as 5T tokens, up to 10^15 tokens a month.`);
    });
    if (r.sideOnly && (r.query.mix === undefined || r.query.mix === null))
        r.query.mix = r.sideOnly;
}
const UNKNOWN_AMOUNT = /(?:(?<![\w.,])\d+(?:\.\d+)?\s*|\b(?:a|an|one|two|three|five|ten|some)\s+)?\b(?!(?:m|b|tr)illions?\b)(?:[a-z]*illions?|zillions?|gazillions?|bajillions?|jillions?|googols?)\s+(?:of\s+)?(?:tokens?|toks?)\b/gi;
const NOT_BEFORE = /\b(?:not|never|wasn'?t|weren'?t|isn'?t|aren'?t|haven'?t been|hasn'?t been)\s+$/i;
function readReleaseWindow(r) {
    for (let found = releaseWindowInWords(r.rest); found; found = releaseWindowInWords(r.rest)) {
        const negated = NOT_BEFORE.test(r.rest.slice(0, found.start));
        const problem = negated
            ? `“not ${r.rest.slice(found.start, found.end).trim()}” leaves a window out, which is no filter here: ask for models released before a day, such as released before 2026-01-01.`
            : windowProblem(found.window);
        if (problem)
            r.query.problems.push(problem);
        else
            r.query.released = found.window;
        r.rest = `${r.rest.slice(0, found.start)} ${found.keep} ${r.rest.slice(found.end)}`;
    }
}
const ONE_REQUEST = String.raw `(?:request|call|api call|completion|query|prompt|conversation|chat|message|ticket|document|doc|email|session|question|summary|page|transcript|article|review|turn|exchange|reply|response|pdf|file|book|contract|report)`;
const PER_REQUEST = new RegExp(String.raw `\b(?:per|each|a single|one|for a|for one|for each)\s+(?:(?!tokens?\b|of\b|the\b)[a-z]+\s+)?(?<what>${ONE_REQUEST})\b(?!s)|(?<![\w.,])1\s+(?<one>${ONE_REQUEST})\b(?!s)|\bcost\s+of\s+(?:a|one)\s+(?<costOf>${ONE_REQUEST})\b(?!s)`, 'gi');
const ONE_REQUEST_NOTE = ' priced as one request of all its tokens';
const SIZED_ONE = new RegExp(String.raw `(?<![\w.])(\d+(?:\.\d+)?)\s*(k|m)?[\s-]*tokens?[\s-]+${ONE_REQUEST}s?\b`, 'i');
function readPerRequest(r) {
    r.cut(/\b(tokens?)\s+(?:each|apiece)\b/gi, (m) => {
        r.query.per = 'request';
        return m[1];
    });
    r.cut(PER_REQUEST, (m) => {
        r.query.per = 'request';
        const what = (m.groups?.what ?? m.groups?.one ?? m.groups?.costOf ?? 'request').toLowerCase();
        if (!/^(?:request|call|api call|completion|query|prompt)$/.test(what)) {
            r.query.perWhat = what;
            r.query.notes = [...(r.query.notes ?? []).filter((n) => !n.endsWith(ONE_REQUEST_NOTE)), `a ${what}${ONE_REQUEST_NOTE}`];
        }
    });
}
const NOT_A_SPAN = String.raw `(?!\s+(?:ago|old|from now|active|users?|people|visitors|digest|summary|roundup|report|update|sync|limits?|quotas?))`;
const SPAN_PHRASES = [
    ['hour', new RegExp(String.raw `\b(?:hourly|per\s+hour|(?:an|each|every)\s+hour|(?:in|for|over)\s+(?:an|one|1)\s+(?:single\s+)?hour)\b${NOT_A_SPAN}`, 'gi')],
    ['day', new RegExp(String.raw `\b(?:daily|per\s+day|(?:a|each|every)\s+day|(?:in|for|over)\s+(?:a|one|1)\s+(?:single\s+)?day)\b${NOT_A_SPAN}`, 'gi')],
    ['week', new RegExp(String.raw `\b(?:weekly|per\s+week|(?:a|each|every)\s+week|(?:in|for|over)\s+(?:a|one|1)\s+(?:single\s+)?week)\b${NOT_A_SPAN}`, 'gi')],
    [
        'year',
        /\b(?:annual(?:ly|i[sz]ed)?|yearly|per\s+(?:year|annum|yr)|(?:a|each|every)\s+(?:year|yr)|(?:in|over|for)\s+(?:a|one|the|1)\s+(?:full\s+)?year|(?:a|one|the)\s+full\s+year|(?:12|twelve)\s+months)\b(?!\s+(?:ago|old|from now))/gi,
    ],
];
function readSpans(r) {
    for (const [span, re] of SPAN_PHRASES)
        r.cut(re, () => {
            r.query[SPAN_FLAGS[span]] = true;
        });
    const span = VOLUME_SPANS.find((s) => r.query[SPAN_FLAGS[s]]);
    if (span && r.volumeWithoutPeriod && typeof r.query.tokens === 'number') {
        const tokens = Math.round(r.query.tokens * PERIOD_TO_MONTH[span]);
        if (tokens > MAX_TOKENS_PER_MONTH)
            r.query.problems.push(beyondAMonth(tokens));
        else
            r.query.tokens = tokens;
    }
}
const TERM_PHRASE = new RegExp(String.raw `\b(?:for|over|across|during|throughout)\s+(?:(?:the\s+)?(?:(?:next|coming|first|whole|full|entire)\s+)?(?<n>-?${TERM_COUNT})[\s-]*|the\s+(?:(?:next|coming|whole|full|entire)\s+)?)(?<unit>${TERM_UNIT})\b(?!\s+(?:ago|old|from now|later|after|before|in\b))|(?<![\w.]|\b(?:within|after|in|last|past|first|every|each|per|than)\s)(?<ofN>${TERM_COUNT})[\s-]+(?<ofUnit>${TERM_UNIT})\s+of\b(?!\s+(?:release|launch|its))|(?<![\w.])(?<adjN>\d+(?:\.\d+)?|${TERM_COUNT})-(?<adjUnit>day|week|month|quarter|year)\b(?![\s-]+old)|\b(?<quarter>quarterly|per\s+quarter|(?:each|every)\s+quarter|(?:for|over|during)\s+(?:a|one|the|the\s+whole|the\s+next|the\s+coming)\s+quarter|(?<!\b(?:last|past|previous|this)\s+)next\s+quarter)\b|\b(?:the\s+)?(?:next|coming)\s+(?<nextN>${TERM_COUNT})\s+(?<nextUnit>${TERM_UNIT})\b|(?<![\w.])(?<workN>${TERM_COUNT})[\s-]+(?<workUnit>day|week|month|quarter|year)s?\s+(?=(?:pilot|trial|hackathon|project|sprint|contract|engagement|test|poc|proof of concept|experiment|campaign|program|programme|period|window|commitment|rollout|migration)\b)|\b(?<half>(?:for|over|during)\s+(?:a\s+)?half[\s-](?:a[\s-])?year)\b`, 'gi');
function readTerm(r) {
    r.cut(TERM_PHRASE, (m) => {
        const g = m.groups ?? {};
        if ((g.nextN !== undefined || /^next\s+quarter$/i.test(g.quarter ?? '')) && !/\b(?:costs?|spend\w*|budget\w*|pay|bill|pric\w+|how much|total)\b/i.test(m.input))
            return false;
        const term = g.quarter
            ? { count: 1, unit: 'quarter' }
            : g.half
                ? { count: 6, unit: 'month' }
                : termOf(g.n ?? g.ofN ?? g.adjN ?? g.nextN ?? g.workN ?? '1', g.unit ?? g.ofUnit ?? g.adjUnit ?? g.nextUnit ?? g.workUnit ?? '');
        const problem = termProblem(term, m[0]);
        if (problem) {
            r.query.problems.push(problem);
            return;
        }
        const stretch = asStretch(term);
        if (stretch === null)
            return;
        if (typeof stretch === 'string') {
            r.query[SPAN_FLAGS[stretch]] = true;
            return;
        }
        if (r.query.term && termWords(r.query.term) !== termWords(stretch)) {
            r.query.problems.push(`Two stretches given; using the first (over ${termWords(r.query.term)}).`);
            return;
        }
        r.query.term = stretch;
        if ((stretch.unit === 'day' || stretch.unit === 'week') && r.volumeWithoutPeriod && typeof r.query.tokens === 'number' && !VOLUME_SPANS.some((s) => r.query[SPAN_FLAGS[s]])) {
            const tokens = Math.round(r.query.tokens * PERIOD_TO_MONTH[stretch.unit]);
            if (tokens > MAX_TOKENS_PER_MONTH)
                r.query.problems.push(beyondAMonth(tokens));
            else
                r.query.tokens = tokens;
            r.volumeWithoutPeriod = false;
        }
    });
}
function readUnit(r) {
    r.cut(/(?:\bper|\/)\s*(?:1\s*k|1,000|1000|one thousand|a thousand|thousand)\b(?:\s*tokens?)?(?!\s*(?:requests?|calls?))/gi, () => {
        r.query.unit = 'thousand';
    });
}
const OUTPUT_MODALITIES = [
    [/\b(?:image|images)\s+(?:output|generation)\b|\b(?:outputs?|generates?|generating|creates?|makes?)\s+images?\b/gi, 'image'],
    [/\b(?:audio|speech|voice)\s+output\b|\b(?:outputs?|generates?|speaks)\s+(?:audio|speech)\b/gi, 'audio'],
];
export function withoutOutputModalities(text) {
    return OUTPUT_MODALITIES.reduce((t, [re]) => t.replace(re, (span) => ' '.repeat(span.length)), text);
}
function readCapabilities(r, words) {
    for (const [re, modality] of OUTPUT_MODALITIES) {
        const before = r.rest;
        r.rest = r.rest.replace(re, ' ');
        if (r.rest !== before)
            r.query.filters.outputModalities = [...new Set([...(r.query.filters.outputModalities ?? []), modality])];
    }
    for (const [re, capability] of capabilityPatternsOf(words)) {
        const before = r.rest;
        r.rest = r.rest.replace(re, ' ');
        if (r.rest !== before)
            r.query.filters.need = [...new Set([...(r.query.filters.need ?? []), capability])];
    }
    const modalities = [
        [/\b(?:image|images) input\b/gi, 'image'],
        [/\b(?:audio|voice) input\b|\baudio\b|\bspeech[- ]to[- ]text\b|\bstt\b|\bspeech recognition\b|\btranscri(?:be|bes|bing|ption)\b/gi, 'audio'],
        [/\bvideo input\b|\bvideo\b/gi, 'video'],
        [/\bpdfs?\b(?: input)?/gi, 'pdf'],
    ];
    for (const [re, modality] of modalities) {
        const before = r.rest;
        r.rest = r.rest.replace(re, ' ');
        if (r.rest !== before)
            r.query.filters.inputModalities = [...new Set([...(r.query.filters.inputModalities ?? []), modality])];
    }
}
export const LENGTH_WORDS = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20 };
export const LENGTH = String.raw `(\d+|${Object.keys(LENGTH_WORDS).join('|')})`;
const RANKING_WORD = '(?:cheapest|newest|latest|fastest|largest|biggest|best)';
export const SUGGESTIONS = '(?:alternatives|options|choices|picks|suggestions|candidates|replacements|substitutes|recommendations)';
const TOP_COUNT = new RegExp(String.raw `\btop\s*${LENGTH}\b|\b(?:the\s+)?${LENGTH}\s+(?=${RANKING_WORD}\b)|\b${LENGTH}\s+(?=(?:[a-z]+\s+)?${SUGGESTIONS}\b)|(?<=${RANKING_WORD}\s+)(${Object.keys(LENGTH_WORDS).join('|')})(?=\s+(?:[a-z-]+\s+)?(?:models?|llms?|ones|${SUGGESTIONS.slice(3, -1)})\b)|(?<=${RANKING_WORD}\s+)(\d+)\b(?![.,]\d)(?!\s*(?:(?:k|m|mm|b|bn|t|thousand|million|billion|trillion|tokens?)\b|%|\/|:|per\b|x\b))`, 'gi');
const SHOW_COUNT = new RegExp(String.raw `^\s*(?:(?:and|ok(?:ay)?|now|then|so|just|only|pls|please)[\s,]+)*(?:show|list|give)(?:\s+(?:me|us))?\s+(?:(?:just|only)\s+)?(?:the\s+)?(?:first\s+|top\s+)?${LENGTH}(?:\s+(?:more\s+)?(?:models?|results?|rows?|options?|ones|of them|picks|llms?))?(?:\s+(?:please|pls))?\s*[?.!]*\s*$`, 'i');
const PLACED_RANKING = '(?:cheapest|least expensive|newest|latest|fastest|largest|biggest|most expensive|priciest|dearest|best|highest[- ]scoring)';
const PLACE = new RegExp(String.raw `\b(?:the\s+)?${ORDINAL}[\s-]+(?=${PLACED_RANKING}\b)`, 'gi');
const PLACES = /(?:\b(?:models?|ranks?|positions?|places?|rows?|results?|ones|numbers?)\s+#?|#|\bthe\s+(?=\d{1,3}(?:st|nd|rd|th)\b))(\d{1,3})(?:st|nd|rd|th)?\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b)\s*#?(\d{1,3})(?:st|nd|rd|th)?\b(?!\s*(?:[kmb]|bn|tokens?|%|\$|per\b|x\b|×|times\b|million|billion|thousand|(?:users?|requests?|calls?|days?|weeks?|months?|years?|hours?)\b))/gi;
const clipped = (written) => (written.length > 12 ? `${written.slice(0, 12)}…` : written);
export const MAX_TOP = 999;
const PROPRIETARY = new RegExp(String.raw `(?<![\w-])(?:closed[- ](?:source|weights?)|proprietary|(?:(?:${LEAVING_OUT}|not)\s+(?:the\s+|any\s+)?|non[- ])open[- ](?:source|weights?)(?:\s+(?:models?|llms?|ones))?|(?:is|are)\s+not\s+open[- ](?:source|weights?)|(?:isn'?t|aren'?t)\s+open[- ](?:source|weights?))\b`, 'gi');
const FREE_LEFT_OUT = new RegExp(String.raw `\b(?:${LEAVING_OUT}|not)\s+(?:the\s+|any\s+)?(?:free|no[- ]cost|zero[- ]cost|rate[- ]limited)\s+(?:models?|endpoints?|tiers?|options?|llms?|ones?|versions?)\b`, 'gi');
const PER_PROVIDER_COUNT = new RegExp(String.raw `\b(\d{1,2}|${Object.keys(LENGTH_WORDS).join('|')})\s+(?:(?:cheapest|newest|latest|best|fastest|largest|most expensive|priciest)\s+)?(?:(?:models?|ones|llms?|options)\s+)?(?:(?:from|for|of|by)\s+(?:each|every)|per)\s+(?:provider|vendor|lab|company|maker|developer)s?\b`, 'gi');
function readListFilters(r) {
    r.cut(PROPRIETARY, () => {
        r.query.filters.openWeights = false;
    });
    r.cut(FREE_LEFT_OUT, () => undefined);
    r.cut(/(?<![\w-])(?:open[- ]weights?|open[- ]source|open(?=\s+(?:[\w-]+\s+)?(?:models?|llms?)\b)|self[- ]host(?:ed|able|ing)?|oss|run(?:ning)?\s+(?:(?:it|them|this|that|models?|llms?)\s+)?(?:locally|on[- ]prem(?:ise|ises)?|offline)|(?<=\brun(?:ning)?\s+[\w.-]+(?:\s+[\w.-]+){0,3}\s+)(?:locally|offline)|on[- ]prem(?:ise|ises)?|on (?:our|my) own (?:hardware|servers?|gpus?|infra(?:structure)?)|(?:can|could)\s+(?:i|we|you)\s+download|download(?:able)?\s+(?:the\s+)?(?:weights|models?))\b/gi, () => {
        r.query.filters.openWeights = true;
    });
    r.cut(/\b(?:incl(?:uding|ude)?|with|show)\s+(?:the\s+)?(?:deprecated|retired|old)(?:\s+(?:ones|models))?\b/gi, () => {
        r.query.filters.includeDeprecated = true;
    });
    r.cut(/(?<!\bnon[- ]|\bnot\s)\b(?:free|no[- ]cost|zero[- ]cost)\s+(?:models?|endpoints?|tiers?|options?|llms?|ones?)\b|\bfor\s+free\b|\bfree\s+of\s+charge\b|\b(?:models?|llms?|ones?|endpoints?|options?)\s+(?:that\s+)?(?:are|is)\s+(?:(?:completely|totally|actually|still)\s+)?free\b(?:\s+to\s+use)?/gi, () => {
        r.query.filters.free = true;
    });
    r.cut(PER_PROVIDER_COUNT, (m) => {
        const written = (m[1] ?? '').toLowerCase();
        const n = LENGTH_WORDS[written] ?? Number(written);
        if (!(n >= 1 && n <= 20))
            return false;
        r.query.filters.eachProvider = true;
        if (n > 1)
            r.query.filters.perProvider = n;
        r.query.top = MAX_TOP;
    });
    r.cut(/\b(?:from|for|of|by|at|per)\s+(?:each|every|every single)\s+(?:provider|vendor|lab|company|maker|developer)s?\b|\bper\s+(?:provider|vendor|lab|company|maker)\b|\bby\s+provider\b|\b(?:from|of|by)\s+each\s+of\b(?=\s+(?!them\b|these\b|those\b|the\b|us\b|our\b|my\b)[a-z])/gi, () => {
        r.query.filters.eachProvider = true;
        r.query.top ??= MAX_TOP;
    });
    r.cut(/\bflagships\b/gi, () => {
        r.query.filters.eachProvider = true;
        r.query.filters.flagships = true;
        r.query.top ??= MAX_TOP;
    });
    r.cut(/\b(?:list|show(?:\s+me)?|give\s+me|what\s+are)\s+all\b(?:\s+(?:of\s+)?the\b)?|\ball\s+(?:of\s+)?the\s+(?=(?:[\w-]+\s+){0,2}(?:models?|llms?)\b)/gi, () => {
        r.query.top ??= MAX_TOP;
    });
    r.cut(SHOW_COUNT, (m) => {
        const written = (m[1] ?? '').toLowerCase();
        const n = LENGTH_WORDS[written] ?? Number(written);
        if (n >= 1 && n <= MAX_TOP)
            r.query.top = n;
        else
            r.query.problems.push(`Cannot show ${clipped(written)}: ask for 1 to ${MAX_TOP}, such as show me 10.`);
    });
    r.cut(PLACES, (m) => {
        const first = Number(m[1]);
        const last = Number(m[2]);
        if (first >= 1 && last >= first && last - first < MAX_TOP) {
            r.query.skip = first - 1;
            r.query.top = last - first + 1;
        }
        else
            r.query.problems.push(`Cannot show ranks ${first} to ${last}: give the first place, then the last, such as ranks 6 to 10.`);
    });
    r.cut(PLACE, (m) => {
        const place = ordinalOf(m[1] ?? '') ?? 1;
        if (place > 1)
            r.query.skip = place - 1;
        r.query.top ??= 1;
    });
    r.cut(TOP_COUNT, (m) => {
        const written = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').toLowerCase();
        const n = LENGTH_WORDS[written] ?? Number(written);
        if (n >= 1 && n <= MAX_TOP)
            r.query.top = n;
        else
            r.query.problems.push(`Cannot show the top ${clipped(written)}: ask for the top 1 to ${MAX_TOP}, such as top 10.`);
    });
}
const COMMON_WORDS = new Set(['thinking', 'ant', 'seed', 'labs', 'lab', 'cloud', 'research']);
const lexicons = new WeakMap();
const NO_PROVIDERS = [];
function lexiconOf(providers = NO_PROVIDERS) {
    let lexicon = lexicons.get(providers);
    if (lexicon)
        return lexicon;
    const forms = (p) => {
        const plain = p.name.replace(/\s*\(.*\)\s*/, '').trim();
        const bracketed = /\(([^)]+)\)/.exec(p.name)?.[1]?.trim();
        const first = (t) => (t && t.split(/\s+/).length > 1 ? t.split(/\s+/)[0] : undefined);
        return [p.id, plain, bracketed, first(plain), first(bracketed)].filter((w) => w !== undefined && w.length >= 3 && !COMMON_WORDS.has(w.toLowerCase()));
    };
    const catalogForms = providers.flatMap((p) => [...new Set(forms(p))].map((w) => ({ word: phraseSource(w), id: p.id })));
    const catalogWords = catalogForms.map(({ word, id }) => [new RegExp(String.raw `(?<![\w-])${word}(?![\w-])`, 'i'), id]);
    const words = [...PROVIDER_WORDS, ...catalogWords];
    const source = words.map(([re]) => `(?:${re.source})`).join('|');
    const joined = [...PROVIDER_WORDS.map(([re]) => re.source), ...catalogForms.map(({ word }) => `${word}\\b`)].join('|');
    lexicon = {
        words,
        named: new RegExp(String.raw `\b(?:from|by|made by)\s+(?:the\s+)?(?:${source})(?:(?:\s*,\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+|\s*\/\s*)(?:(?:from|by)\s+)?(?:${source}))*(?:'s)?(?![\w-])|(?:${source})(?:'s)?\s+(?:models?|llms?|only|family)\b`, 'gi'),
        notFrom: new RegExp(String.raw `(?:\b(?:not|nothing|none|no models?|isn't|is not|aren't|are not|wasn't|weren't)\s+(?:from|by|made by|built by|trained by|developed by)|\b(?:doesn't|don't|does not|do not)\s+come\s+from|\b(?:${LEAVING_OUT}|isn'?t|is not|aren'?t|are not|not))\s+(?:(?:from|by)\s+)?(?:the\s+)?(?:${source})(?:(?:\s*,\s*|\s+(?:or|and|nor)\s+|\s*\/\s*)(?:${source}))*(?:'s)?(?![\w-]*[\s-]*\d)(?:\s+(?:models?|llms?))?|\bnon[- ]?(?:${joined})`, 'gi'),
    };
    lexicons.set(providers, lexicon);
    return lexicon;
}
export function providersNamedBy(word, providers) {
    return providersIn(lexiconOf(providers), word);
}
const providersIn = (lexicon, span) => {
    const words = span.replace(/^\s*non[- ]?/i, ' ');
    return [...new Set(lexicon.words.filter(([re]) => re.test(words)).map(([, provider]) => provider))];
};
const negatedPatterns = new WeakMap();
function negatedPatternsOf(words) {
    let patterns = negatedPatterns.get(words);
    if (!patterns) {
        patterns = Object.entries(words).map(([capability, phrases]) => {
            const phrase = `(?:${[...phrases]
                .sort((a, b) => b.length - a.length)
                .map(phraseSource)
                .join('|')})`;
            return {
                capability,
                notNeeded: new RegExp(String.raw `\b(?:(?:no|without)\s+${phrase}\s+(?:is\s+)?(?:needed|required|necessary)|(?:don'?t|doesn'?t|do not|does not)\s+(?:need|require)\s+${phrase}|${phrase}\s+(?:is\s+)?(?:not|isn'?t)\s+(?:needed|required|necessary))\b`, 'gi'),
                without: new RegExp(String.raw `(?<![\w-])(?:without|no|non[- ]?|(?:doesn'?t|does not|don'?t|do not|can'?t|cannot|can not|won'?t)\s+(?:support|have|offer|do|handle|use|accept)\s+|lacks?\s+|lacking\s+|(?:${LEAVING_OUT}|not)\s+(?:the\s+|any\s+)?)\s*${phrase}\b`, 'gi'),
            };
        });
        negatedPatterns.set(words, patterns);
    }
    return patterns;
}
function readCapabilityNegations(r, words) {
    for (const n of negatedPatternsOf(words)) {
        r.cut(n.notNeeded, () => undefined);
        r.cut(n.without, () => {
            r.query.filters.without = [...new Set([...(r.query.filters.without ?? []), n.capability])];
        });
    }
}
function readNotFrom(r, providers) {
    r.cut(providers.notFrom, (m) => {
        const left = providersIn(providers, m[0] ?? '');
        if (left.length === 0)
            return false;
        r.query.filters.excludeProviders = [...new Set([...(r.query.filters.excludeProviders ?? []), ...left])];
    });
}
export function withoutNegations(text, words = {}, providers) {
    const blank = (t, re) => t.replace(re, (span) => ' '.repeat(span.length));
    let out = blank(text, lexiconOf(providers).notFrom);
    for (const n of negatedPatternsOf(words))
        out = blank(blank(out, n.notNeeded), n.without);
    return out;
}
function readProviders(r, lexicon) {
    r.cut(lexicon.named, (m) => {
        const named = providersIn(lexicon, m[0] ?? '');
        if (named.length === 0)
            return false;
        r.query.filters.providers = [...new Set([...(r.query.filters.providers ?? []), ...named])];
    });
    for (const [re, provider] of PROVIDER_PATTERNS) {
        const before = r.rest;
        r.rest = r.rest.replace(re, ' ');
        if (r.rest !== before)
            r.query.filters.providers = [...new Set([...(r.query.filters.providers ?? []), provider])];
    }
}
export function extractProfile(text, options = {}) {
    const r = new Reader(text);
    readCurrency(r);
    readNotNumbers(r);
    readScale(r);
    readOrigin(r);
    readBudgets(r);
    readPerWords(r);
    readWordsAsSizes(r);
    readUnit(r);
    readSpeedFloors(r);
    readRequestVolumes(r);
    readSideVolumes(r);
    readReleaseWindow(r);
    readContextFloors(r);
    readOutputFloors(r);
    readKnowledgeCutoff(r);
    readPriceDay(r);
    readPromptSize(r);
    readPerRequest(r);
    readCache(r);
    readMix(r);
    readPricingOptions(r);
    readBytes(r);
    readVolume(r, options.modelSize);
    readSharedBy(r);
    readCountWithoutSize(r);
    readTerm(r);
    readSpans(r);
    const lexicon = options.providerWords !== false ? lexiconOf(options.providers) : undefined;
    if (options.capabilityWords !== false)
        readCapabilityNegations(r, options.capabilities ?? {});
    if (lexicon)
        readNotFrom(r, lexicon);
    if (options.capabilityWords !== false)
        readCapabilities(r, options.capabilities ?? {});
    readListFilters(r);
    if (lexicon)
        readProviders(r, lexicon);
    if (r.onePrompt !== undefined && (r.query.tokens === undefined || r.query.tokens === null) && r.query.mix == null && r.each === undefined) {
        r.query.per = 'request';
        r.query.tokens = r.onePrompt;
        if (r.oneTranslated) {
            r.query.tokens = r.onePrompt * 2;
            r.query.promptTokens = r.onePrompt;
            r.query.mix = mixOf(1, 1);
            r.query.notes = [...(r.query.notes ?? []), 'a translation priced as its text read and about as many tokens written'];
        }
        else if (r.oneWritten) {
            delete r.query.promptTokens;
            r.query.mix = mixOf(0, 1);
            r.query.notes = [...(r.query.notes ?? []), 'the output alone: no prompt was given, so no input is priced (say one, such as with a 500-token prompt)'];
        }
        else {
            r.query.mix = mixOf(1, 0);
            r.query.notes = [...(r.query.notes ?? []), 'the prompt alone: no response was given, so no output is priced (say one, such as with a 2k-token response)'];
        }
    }
    if (r.onePrompt === undefined &&
        TRANSLATING.test(text) &&
        typeof r.query.tokens === 'number' &&
        r.query.mix == null &&
        r.each === undefined &&
        (r.query.promptTokens ?? null) === null) {
        r.query.tokens *= 2;
        r.query.mix = mixOf(1, 1);
        r.query.notes = [...(r.query.notes ?? []), 'a translation priced as its text read and about as many tokens written'];
    }
    scaledVolume(r);
    const once = r.countedOnce;
    const spanned = SPANS.some((s) => r.query[SPAN_FLAGS[s]] !== undefined) || r.query.term !== undefined;
    if (once && r.scaleBy === undefined && !spanned && r.query.per !== 'request' && r.each !== undefined && r.query.tokens === once.count * r.each)
        r.query.forCount = once;
    const filled = r.query.filters.minContext;
    if (r.query.per === 'request' && (r.query.tokens === undefined || r.query.tokens === null) && filled !== undefined && r.query.promptTokens == null) {
        delete r.query.filters.minContext;
        r.query.tokens = filled;
        r.query.promptTokens = filled;
        r.query.mix = mixOf(1, 0);
        r.query.notes = [
            ...(r.query.notes ?? []),
            `“${tokensText(filled)} context” read as one ${tokensText(filled)}-token prompt, with no output priced (say one, such as with a 2k-token response)`,
        ];
    }
    const sized = r.query.per === 'request' && (r.query.tokens === undefined || r.query.tokens === null) ? SIZED_ONE.exec(r.rest) : null;
    const sizedEach = sized ? parseVolume(`${sized[1]}${sized[2] ?? ''}`) : undefined;
    if (sizedEach?.ok)
        r.query.tokens = sizedEach.value.tokens;
    if (r.query.per === 'request' && (r.query.tokens === undefined || r.query.tokens === null))
        r.query.problems.push("Give the request's size to price one request, such as: cost per request of gpt-5 with 2k input and 500 output tokens.");
    if ((r.query.promptTokens === undefined || r.query.promptTokens === null) && r.each !== undefined && r.each > 0) {
        const mix = r.query.mix ?? r.sideOnly ?? DEFAULT_MIX;
        r.query.promptTokens = r.eachInput ?? Math.round((r.each * mix.input) / (mix.input + mix.output));
    }
    const each = r.each ?? r.query.promptTokens ?? undefined;
    return { rest: r.rest.replace(/\s+/g, ' ').trim(), query: r.query, ...(each !== undefined ? { each } : {}) };
}
//# sourceMappingURL=extract.js.map