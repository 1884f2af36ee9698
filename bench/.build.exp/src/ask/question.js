import { COUNT, TERM_UNIT } from '../cost/parse.js';
import { MAX_COMPARED } from '../compare/compare.js';
import { money, tokens, wordList } from '../cost/format.js';
import { spansAsked, termMonths, termWords } from '../cost/span.js';
import { afterChangeIn } from './price-day.js';
import { compareVersions, resolveModel, versionOf } from '../catalog/resolve.js';
import { scoreOf } from '../catalog/needs.js';
import { CACHE_SHARES, escapeRegExp, extractProfile, MAX_TOP, phraseSource, providerOfWord, providersNamedBy, withoutNegations, withoutOutputModalities } from './extract.js';
import { leaveOut, readLeftOut } from './excluded.js';
import { familiesNamed, familyBeforeModels, readExcludedFamilies, readFamilyPhrase, unknownFamilyProblem } from './families.js';
import { outOfScopeAsked, outOfScopeNameIn } from '../catalog/out-of-scope.js';
import { FILLER, findModelNames, hasPlaceholder, unreadWords, maskModelNames, modelSizeIn, PLACEHOLDER_SOURCE, placeholder, placeholderId, readNamedPhrase, wordsOfNames, } from './names.js';
import { PRICE_BOUNDS } from '../cost/rank.js';
import { picksIn } from './picks.js';
import { watchInWords } from './watch-words.js';
import { settingsInWords } from './settings.js';
import { distance } from 'fastest-levenshtein';
import { emptyQuery } from './query.js';
import { directionInWords, MONTH_WORD, monthOf, rangeInWords, rangeProblem, subscriptionInWords } from '../digest/command.js';
import { dayAfter, isDay } from '../digest/window.js';
import { batchSides } from './batch-side.js';
import { readSplit } from './split.js';
import { retireWindowInWords, retireWindowProblem } from './retiring.js';
import { ARENA_SCORE, decentWordIn, benchmarkIn, CODING_INDEX, uncarriedBenchmarkIn, DECENT_FLOOR, hostIn, hostsNamed, QUALITY_INDEX, outOfReach, hostsLeftOutProblem, readHosts, readScoreFloors, } from './intents.js';
const IN_SENTENCE = String.raw `(?:[^?.!]|(?<=\d)\.(?=\d))`;
const COMPARING_BEFORE = new RegExp(String.raw `\b(?:better|worse|stronger|weaker|smarter|good|great|best)\b${IN_SENTENCE}{0,60}?$`, 'i');
export const ATTRIBUTES = [
    { id: 'context', row: 'contextWindow', words: /\b(?:context(?:\s+window)?|longer context|bigger context|larger context|more context|token limit)\b/i },
    {
        id: 'max-output',
        row: 'maxOutput',
        words: /\b(?:max(?:imum)?\s+output|longest output|longer outputs?|output limit|output length|output tokens? (?:limit|max)|how many tokens can .+ (?:output|write|generate)|(?:has|have|with|gives?|allows?|supports?)\s+(?:the\s+)?(?:more|most|larger|bigger|largest|biggest)\s+output(?:\s+tokens?)?)\b/i,
    },
    { id: 'knowledge-cutoff', row: 'knowledgeCutoff', words: /\b(?:knowledge cut-?off|cut-?off|training data|more recent (?:knowledge|data)|newer knowledge|fresher|trained on)\b/i },
    {
        id: 'speed',
        row: 'speed.outputTokensPerSecond',
        words: /\b(?:faster|fastest|speed|quicker|tokens per second|tokens\/s|latency|slower|how fast|time to first (?:token|byte)|ttft|throughput)\b/i,
    },
    { id: 'license', row: 'license', words: /\b(?:licen[cs]e[ds]?|licensing|terms of use|commercial(?:ly| use| purposes| products?| apps?)|for commercial)\b/i },
    {
        id: 'open-weights',
        row: 'openWeights',
        words: /\b(?:open[- ]source|open[- ]weights?|self[- ]host|proprietary|download (?:the )?weights|weights (?:available|downloadable)|api[- ]only)\b/i,
    },
    { id: 'multimodal', row: 'modalities.input', words: /\b(?:multimodal|multi-modal|modalit(?:y|ies)|audio|video|pdf input)\b/i },
    {
        id: 'cached-input-price',
        row: 'price.cachedInput',
        words: /\b(?:cached|cache[- ]read|cache[- ]hit)\s+(?:input\s+)?(?:tokens?\s+)?(?:price|cost|rate|pricing|discount)s?\b|\b(?:caching|cache)\s+discounts?\b|\bdiscounts?\s+(?:for|on)\s+(?:cached|caching|cache)\b|\b(?:price|cost|rate)s?\s+(?:of|for|per)\s+(?:1m\s+|a million\s+)?(?:cached|cache reads?|cache hits?)\b/i,
    },
    {
        id: 'cache-write-1h-price',
        row: 'price.cacheWrite1h',
        words: /\b(?:1|one)[\s-]*(?:h|hr|hour)s?\s+cache[- ]writes?\b|\bcache[- ]writes?\b[^.?!]{0,24}?\b(?:1|one|an?)[\s-]*(?:h|hr|hour)\b|\b(?:1|one)[\s-]*(?:h|hr|hour)\s+(?:cache|caching|ttl)\b|\bextended\s+(?:cache|caching)\b/i,
    },
    {
        id: 'cache-write-price',
        row: 'price.cacheWrite5m',
        words: /\bcache[- ]writes?\b|\bwrit(?:e|es|ing) (?:to )?(?:the )?cache\b|\bcache (?:creation|storage)\b/i,
    },
    {
        id: 'input-price',
        row: 'price.input',
        words: /\b(?:input|prompt)\s+(?:token\s+)?(?:price|cost|rate|pricing)s?\b|\b(?:price|cost|rate)s?\s+(?:of|for|per)\s+(?:1m\s+|a million\s+)?(?:input|prompt)\b|\bper\s+(?:(?:1\s*m|1\s+million|a\s+million|one\s+million|million|mtok|1k|1,000|a\s+thousand|thousand|an?|one)\s+)?(?:input|prompt)\s+tok(?:en)?s?\b|\b(?:expensive|cheaper|cheapest|pricier|costlier)\s+(?:per|for|on)\s+(?:an?\s+)?(?:input|prompt)\b|\b(?:cheapest|cheaper|lowest|lower)\s+(?:input|prompt)\s*(?:tokens?\s*)?(?:price|cost|rate|pricing)?s?\b(?!\s*(?:limit|length|window|size|modalit))/i,
    },
    {
        id: 'output-price',
        row: 'price.output',
        words: /\b(?:output|completion)\s+(?:token\s+)?(?:price|cost|rate|pricing)s?\b|\b(?:price|cost|rate)s?\s+(?:of|for|per)\s+(?:1m\s+|a million\s+)?(?:output|completion)\b|\bper\s+(?:(?:1\s*m|1\s+million|a\s+million|one\s+million|million|mtok|1k|1,000|a\s+thousand|thousand|an?|one)\s+)?(?:output|completion)\s+tok(?:en)?s?\b|\b(?:expensive|cheaper|cheapest|pricier|costlier)\s+(?:per|for|on)\s+(?:an?\s+)?(?:output|completion)\b|\b(?:cheapest|cheaper|lowest|lower)\s+(?:output|completion)\s*(?:tokens?\s*)?(?:price|cost|rate|pricing)?s?\b(?!\s*(?:limit|length|window|size|modalit))/i,
    },
    {
        id: 'price',
        row: 'price.blended',
        words: /\b(?:cheaper|cheapest|less expensive|more expensive|most expensive|pricier|priciest|costlier|costliest|dearer|costs? less|costs? more|lower price|price difference|cost difference|difference in (?:monthly |the )?(?:cost|price|bill|spend)s?)\b/i,
    },
    { id: 'newer', row: 'released', words: /\b(?:newer|newest|more recent|released|release date|older|came out|come out|launched|first)\b/i },
];
const attributeLists = new WeakMap();
export function attributesOf(catalog) {
    let list = attributeLists.get(catalog);
    if (!list) {
        const capabilities = Object.entries(catalog.capabilityWords ?? {}).map(([id, phrases]) => ({
            id,
            row: `capability.${id}`,
            words: new RegExp(String.raw `\b(?:${[...phrases]
                .sort((a, b) => b.length - a.length)
                .map(phraseSource)
                .join('|')})\b`, 'i'),
        }));
        const at = ATTRIBUTES.findIndex((a) => a.id === 'multimodal');
        list = [...ATTRIBUTES.slice(0, at), ...capabilities, ...ATTRIBUTES.slice(at)];
        attributeLists.set(catalog, list);
    }
    return list;
}
const PRICE_HISTORY = /\bpric(?:e|es|ing) (?:history|changes? (?:of|for|to))\b|\bpric(?:e|es|ing)[- ]changes?\s*[?.!]*\s*$|\bwhen did\b.{1,60}?\b(?:get|gotten|become|go|come down|drop|fall|rise|increase|change|cut)\b|\bha(?:s|ve)\b.{1,60}?\b(?:price|prices|pricing)\s+(?:ever\s+)?(?:changed|dropped|fallen|gone (?:up|down)|increased|risen|been cut)\b|\b(?:has|have|did)\b.{1,60}?\b(?:ever\s+)?(?:changed?|cut|raised?|dropped|lowered?|reduced?)\s+(?:its\s+|their\s+|the\s+)?(?:price|prices|pricing)\b|\bpast prices\b|\bdid\b.{1,60}?\b(?:get|become|go)\s+(?:more expensive|cheaper|pricier|up|down)\b/i;
const PRICE_SCHEDULE = /\bwhen (?:does|will|do|is) .{1,60}?(?:price|pricing|prices|rates?) (?:change|go(?:ing)? up|rise|increase|end|expire)|\bwhen (?:does|will|do|is) .{1,60}?(?:get|become|go|going to get) (?:more expensive|cheaper|pricier)|\b(?:intro(?:ductory)?|launch|promo(?:tional)?|early[- ]access) (?:price|pricing|rates?|offer|discount)s?\b|\b(?:scheduled|upcoming|planned|future|announced|next) (?:price|pricing) (?:changes?|increases?|rises?|cuts?)\b|\bprice (?:schedule|roadmap)\b|\bwill .{1,60}?(?:get|become|be) (?:more expensive|cheaper|pricier)\b|\b(?:going to|gonna)\s+(?:get|become|be)\s+(?:more expensive|cheaper|pricier)\b|\b(?:is|are)\b.{1,60}?\bgetting\s+(?:more expensive|cheaper|pricier)\b|\b(?:did|has|have)\b.{1,60}?\b(?:price|pricing|prices|rates?)\s+(?:ever\s+)?(?:change|changed|gone (?:up|down)|go (?:up|down)|drop(?:ped)?|rise|risen|increase[ds]?|decrease[ds]?)\b|\bwhen did\b.{1,60}?\b(?:price|pricing|prices|rates?)\b|\b(?:did|has|have)\b.{1,60}?\b(?:changed?|raised?|cut|lowered?|dropped|drop)\s+(?:its\s+|their\s+|the\s+)?(?:price|pricing|prices|rates?)\b|\b(?:has|have|did)\b.{1,60}?\b(?:gotten|got|get|become|became)\s+(?:more expensive|cheaper|pricier)\b|\b(?:prices?|pricing|rates?)\s+(?:dropped|drop|rose|risen|went (?:up|down)|gone (?:up|down)|been cut|cut|increased|decreased)\s*[?.!]*\s*$|\b(?:cheaper|more expensive|pricier|dearer) than (?:it|they|this|that) (?:used to be|was|were|once was)\b|\b(?:cheaper|more expensive|pricier) than (?:before|at launch|it launched)\b|\b(?:last|latest|most recent|previous) (?:price|pricing) (?:change|cut|increase|drop|update)s?\b|\b(?:price|pricing) (?:increase|hike|rise|cut|drop)s?\s*[?.!]*\s*$/i;
export const FACTS = [
    {
        id: 'retirement',
        words: /\b(?:retir(?:e|es|ed|ing|ement)|deprecat\w*|sunset\w*|end[- ]of[- ]life|eol|shut(?:ting)? down|shutdown|going away|discontinu\w*|still (?:supported|available|around|offered|sold|usable|live)|(?:can|could) (?:i|we|you) still (?:use|call|get|buy|access)|lifecycle|how long (?:will|is) .{1,40} (?:be )?(?:around|available|supported))\b/i,
    },
    {
        id: 'rate-limits',
        words: /\b(?:rate[- ]?limits?|rate[- ]limited|tpm|rpm|tokens per minute|requests per minute|throughput limits?|quotas?|usage tiers?|tier[- ]?\d limits?)\b/i,
    },
    {
        id: 'batch-price',
        words: /\bbatch(?:ed)?(?: api)? (?:price|pricing|prices|rates?|discount|cost)\b|\b(?:price|pricing|cost|discount|rates?) (?:for|of|on|with|via) (?:the )?batch\b|\bbatch discount\b|\b(?:support|supports|offer|offers|have|has|sold|available)\s+(?:(?:on|via|through|with|in)\s+)?(?:the\s+|a\s+)?batch(?:ed)?(?:\s+(?:api|mode|processing|jobs?|requests?))?\b|\bbatch(?:\s+(?:api|mode|processing))?\s+(?:support|available|supported)\b/i,
    },
    {
        id: 'tier-price',
        words: new RegExp(String.raw `\b(?:flex|priority)\b${IN_SENTENCE}{0,40}\b(?:or|vs\.?|versus|than|compared)\s+(?:the\s+)?batch\b|\bbatch\b${IN_SENTENCE}{0,40}\b(?:or|vs\.?|versus|than|compared)\s+(?:the\s+)?(?:flex|priority)\b|\b(?:support|supports|offer|offers|have|has|sold|available)\s+(?:(?:on|via|through|with|in|at)\s+)?(?:the\s+|a\s+)?(?:flex|priority)(?:\s+(?:tier|processing|mode|pricing))?\b|\b(?:flex|priority)(?:\s+(?:tier|processing|mode))?\s+(?:support|available|supported|offered)\b|\b(?:is there|any) (?:a )?(?:flex|priority)\s+(?:tier|processing|mode|option)\b|\b(?:service|processing) tiers?\b`, 'i'),
    },
    {
        id: 'price-schedule',
        words: PRICE_SCHEDULE,
    },
    {
        id: 'free-endpoint',
        words: /\bfree (?:version|tier|plan|endpoint|access|option|usage|route|variant)s?\b|\b(?:is|are)\s+(?:there\s+)?(?:a\s+)?[\w .'-]{1,40}?\s+(?:free|available for free)(?:\s+(?:on|via|through|at|from)\s+[\w .-]{1,30})?\s*[?.!]*\s*$|\b(?:use|try|run|get|access|call)\s+[\w .'-]{1,40}?\s+for free\b|\bfree to (?:use|try|call)\b/i,
    },
    {
        id: 'max-input',
        words: /\b(?:max(?:imum)? input|input limit|input cap|max(?:imum)? prompt(?: size| length)?|longest prompt|prompt limit|how (?:long|big) (?:a|can the|can a) prompt)\b/i,
    },
];
const YES_OR_NO_OF_MODELS = /^\s*(?:is|are|does|do|did|was|were|will|would|can|which of|which one of|which ones? of|are any of|is any of|which)\b/i;
const NEW_MODELS = new RegExp(String.raw `\b(?:new|newly (?:added|released)|latest) (?:[\w-]+ )?(?:models?|releases?|llms?)\b.*\b(?:since|this|last|in|during|between|today|yesterday|(?:from|after|on)\s+${MONTH_WORD}\b|on\s+\d{4}-\d{2}-\d{2}\b)|\bwhat did [\w-]+ change\b|\b(?:what'?s|what is|anything|something) new\b|\b(?:what|which) models? (?:came out|launched|were released|got released|were added)\b|\b(?:what|anything)(?:'s| has| have)? (?:was |were |got |been )?(?:released|launched|added|come out|came out)\b|\bnew releases?\b`, 'i');
const GREETING = `(?:hi|hello|hey|hiya|yo|sup|howdy|good (?:morning|afternoon|evening)|thanks?|thank you|thx|ty|cheers|help(?: me| please)?|what can you do|what do you do|how do (?:i|you) (?:use|work)|how does (?:this|it) work|commands|usage|who are you|examples?)`;
const HELP = new RegExp(String.raw `^(?:${GREETING}(?:[\s,]+(?:there|all|team|everyone|folks|modelscout|model scout|bot|again|so much|a lot))*[\s!?.,:)👋🙏]*|\?+)$`, 'iu');
const HELP_ANYWHERE = /\b(?:what can (?:you|this bot|the bot|model ?scout) do|how do (?:i|you) use (?:this|you|the bot)|how does (?:this|the) (?:bot|thing|app)? ?work|what (?:kinds? |sorts? )?of questions|what (?:can|should) i ask|example (?:questions|commands|queries)|give me (?:some )?examples|what commands|list (?:of )?commands|how many (?:models|providers)(?: (?:do you|does (?:it|the bot|the catalog)|are (?:there|in)))(?![^?]*\b(?:from|by|with|under|over|that|which)\b)|(?:what|which) (?:models|providers|vendors|labs|companies) (?:do|does|can) (?:you|i|the bot|model ?scout) (?:know|cover|have|support|track|list|compare)|(?:what|which|list|show(?: me)?|all)(?: the| your| of the)? (?:lanes|kinds of work)(?:\s+(?:do you (?:have|know|rank|cover|use)|are there|exist|you (?:have|rank|use)))?\s*[?.!]*\s*$)|^\s*lanes\s*\??\s*$/i;
const DIGEST = /\b(?:what(?:'?s| has| have)? changed|(?:any(?:thing)?|what) (?:\w+ )?changed? (?:on|in|with) pric\w*|pric(?:e|es|ing) (?:changes?|cuts?|drops?|increases?|hikes?|moves?|updates?)|changes? (?:this|last|past) week|weekly digest|digest|cuts? lately|(?:get|got|gotten|became|become|been) (?:cheaper|more expensive|pricier|repriced)|re-?priced|(?:cut|raised?|dropped|lowered|hiked|increased|reduced|chang(?:e|ed)|update[ds]?) (?:any |their |its |the )?(?:api )?prices|\b(?:did|does|do|will|has|have)\s+(?:[\w.-]+\s+){0,3}?(?:lower|raise|drop|reduce|hike|increase) (?:any |their |its |the )?(?:api )?prices(?!\s+than\b)|prices? (?:went|go|gone|going) (?:up|down)|(?:are|were|have)\s+(?:model\s+|api\s+|the\s+|any\s+)?prices\s+(?:been\s+)?(?:down|up|dropping|falling|rising|lower|higher)|pric(?:e|es|ing)\s+(?:have\s+|has\s+)?(?:changed|dropped|fallen|fell|rose|risen|moved|increased|decreased)|(?:went|go|gone) up or down in price|(?:went|gone|go|going|gotten) (?:up|down) in price|any (?:price )?cuts|new models? (?:this|last) week|what (?:did|have) (?:model |the |api )?prices (?:do|done)|how (?:did|have) (?:model |the |api )?prices (?:move|moved|change|changed|do|done|been)|new in pric\w+|pric\w+ news|since last week|what(?:'s| is) changing|what (?:price )?(?:changes|will change|(?:is|'s) (?:going|about) to change)\s+(?:on|in|next|this|by|before|during|over|ahead|coming|(?:at|after) the (?:start|end|turn) of)\b|(?:getting|going to get|will get|becoming) (?:more expensive|cheaper|pricier)|pric(?:e|es|ing) (?:increases?|cuts?|changes?|hikes?) (?:coming(?: up)?|ahead|upcoming|scheduled|planned)|(?:upcoming|scheduled|planned|announced) pric(?:e|es|ing) (?:increases?|cuts?|changes?|hikes?))\b/i;
const RELEASED_AGAINST = new RegExp(String.raw `\b(?:(?:released|launched|came out|come out|shipped|out)\s+(?<when>after|since|before)|(?<than>newer|more recent|later|older|earlier)\s+than)\s+(?:the\s+)?(?<name>${PLACEHOLDER_SOURCE})`, 'i');
function releasedAgainst(catalog, text, exact) {
    const m = RELEASED_AGAINST.exec(text);
    const id = m?.groups?.name ? placeholderId(m.groups.name, exact) : undefined;
    const model = id === undefined ? undefined : catalog.byId.get(id);
    const rest = m ? `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}` : text;
    if (!m || !model?.released || !isDay(model.released) || hasPlaceholder(rest))
        return { rest: text, note: '' };
    const before = /^(?:before|older|earlier)$/i.test(m.groups?.when ?? m.groups?.than ?? '');
    return {
        rest,
        released: before ? { before: model.released } : { since: dayAfter(model.released) },
        note: `released ${before ? 'before' : 'after'} ${model.id} (${model.released})`,
    };
}
const GOT_CHEAPER_WITH = /\b(?:how much|did|has|have)\s+(?:did\s+|has\s+|have\s+)?(.+?)\s+(?:get|gotten|got|become|became|go|gone)\s+(?:cheaper|more expensive|pricier|up|down)(?:\s+in\s+price)?\s+(?:with|in|at|from)\s+(?:the\s+|version\s+|v)?(\d+(?:\.\d+)*)\b/i;
function priceOfVersion(catalog, query, text) {
    const m = GOT_CHEAPER_WITH.exec(text);
    if (!m)
        return undefined;
    const found = resolveModel(catalog, `${m[1]} ${m[2]}`);
    if (found.kind !== 'found')
        return undefined;
    const model = found.model;
    const version = versionOf(model.id);
    const earlier = catalog.models
        .filter((o) => o.family === model.family && o.id !== model.id && versionOf(o.id).length > 0 && compareVersions(versionOf(o.id), version) < 0)
        .sort((a, b) => compareVersions(versionOf(b.id), versionOf(a.id)) || (b.released ?? '').localeCompare(a.released ?? ''))[0];
    if (!earlier)
        return undefined;
    return asIntent(query, 'attribute', {
        attribute: 'price',
        models: [earlier.id, model.id],
        notes: [...(query.notes ?? []), `${model.id} set against the version before it in the ${model.family} family, ${earlier.id}`],
    });
}
const AGAINST_THE_REST = /\b(?:compared?\s+(?:to|with)|vs\.?|versus|than|against)\s+(?:the\s+|an?\s+)?(?:average|typical|median|mean|other|rest of the)(?:\s+(?:models?|llms?|prices?|ones?))?\b|^\s*(?:is|are)\s+.{2,60}?\s+(?:(?:too|very|really|that|so|relatively|fairly|reasonably|actually)\s+)?(?:expensive|pricey|costly|overpriced|cheap|inexpensive|affordable)\s*\??\s*$/i;
const PRICE_STANDING = /^\s*(?:is|are)\s+.{2,60}?\s+(?:(?:too|very|really|that|so|relatively|fairly|reasonably|actually)\s+)?(?:expensive|pricey|costly|overpriced|cheap|inexpensive|affordable)\b|\b(?:price|prices|pricing|cost|costs)\b/i;
const ABOVE_AVERAGE = /\b(?:above[- ]average(?:\s+(?:intelligence|quality|smarts|capability|performance))?|(?:smarter|better|more capable|more intelligent)\s+than\s+(?:the\s+)?(?:average|typical|median)(?:\s+(?:models?|llms?|one))?)\b/i;
function aboveAverage(catalog, query, text) {
    if (!ABOVE_AVERAGE.test(text) || query.filters.benchmarkFloors?.some((f) => f.benchmark === QUALITY_INDEX))
        return;
    const scores = catalog.models.filter((m) => m.status !== 'deprecated').flatMap((m) => m.benchmarks.filter((b) => b.id === QUALITY_INDEX).map((b) => b.score));
    if (scores.length === 0)
        return;
    const mean = Number((scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(1));
    query.filters.benchmarkFloors = [...(query.filters.benchmarkFloors ?? []), { benchmark: QUALITY_INDEX, min: mean }];
    const name = catalog.benchmarks.get(QUALITY_INDEX)?.name ?? QUALITY_INDEX;
    query.notes = [...(query.notes ?? []), `“above average” read as ${name} of at least ${mean}, the mean of the ${scores.length} models scored on it (deprecated ones aside)`];
}
const NEWS_OF_NAME = /\b(?:what'?s|what is|anything) new (?:with|in|for|about|on) (?:the\s+)?([a-z][\w.-]*(?:\s+[\w.-]+)?)\s*\??\s*$/i;
const UPGRADE = /\b(?:upgrad(?:e|ing)|mov(?:e|ing) (?:[\w/$.,%-]+ ){0,6}?(?:from|to|off|over|up to)|switch(?:ing)? (?:[\w/$.,%-]+ ){0,6}?(?:from|to|over)|migrat\w*|worth (?:moving|switching|upgrading|it|the (?:money|price|cost|extra)|its (?:price|cost)|paying (?:for|extra))|replace(?:ment)?|replacing|ditch(?:ing)?|swap(?:ping)?|should (?:i|we) go to|jump(?:ing)? to|go(?:ing)? from (?!\d)(?:[\w/$.,%-]+ ){1,6}?to)\b/i;
const NAMED_PLAN = /\bchat ?gpt (?:plus|pro|team|business|enterprise|edu|go)\b|\bclaude (?:pro|max|team|enterprise)\b|\bgemini (?:advanced|ai pro|ai ultra)\b|\bsuper ?grok\b|\bcopilot\b|\bcursor\b|\bwindsurf\b|\bclaude code\b/i;
const CODING_LANE = 'api-coding';
function kindOfCoding(catalog, lane) {
    const coding = catalog.lanes.find((l) => l.id === CODING_LANE);
    if (!coding || lane.id === CODING_LANE)
        return false;
    const benchmarks = new Set(coding.evidence.map((e) => e.benchmark));
    return lane.evidence.some((e) => e.weight !== 'weak' && benchmarks.has(e.benchmark));
}
const WHO_SELLS = '(?:(?:hosts?|providers?|places?|platforms?|inference providers?) (?:for|of|to run|serving|selling)|(?:hosts?|providers?|platforms?|inference providers?)(?=\\s*[?.!]*\\s*$))';
const HOST_WORD = String.raw `(?:(?!models?\b)[\w.-]+\s+){0,4}?(?:hosts?|hosting|providers?|places?|routes?|platforms?|endpoints?|apis?|inference)\b`;
const CHEAPEST_WAY = new RegExp(String.raw `^\s*where\b|\bcheapest (?:(?:way|place|host|provider) to|${WHO_SELLS})\b|\bcheapest ${HOST_WORD}|\bwho (?:sells|hosts|serves|offers)\b|\b(?:which|what)\s+(?:(?:inference|api|cloud)\s+)?(?:providers?|hosts?|platforms?|clouds?|endpoints?)\b`, 'i');
const WHERE = new RegExp(String.raw `^\s*where\b|\b(?:where(?: else)? (?:can|do|could|should|else) (?:i|we|you)? ?(?:run|use|get|buy|call|host|access)|where is .{1,40}\b(?:hosted|available|served|offered|sold)|where to (?:run|buy|get|use|host)|cheapest (?:way|place|host|provider) to (?:run|use|get|buy|call|host)|cheapest ${HOST_WORD}|(?:cheapest|best|cheaper|other) ${WHO_SELLS}|(?:which|what) (?:providers?|platforms?|clouds?|hosts?)|(?:providers?|hosts?|platforms?) (?:that )?(?:serve|sell|host|offer|run|carry)|across (?:all |every |the |different |other )?(?:providers?|hosts?|platforms?|clouds?|vendors?)|(?:on|at|from) (?:all|every|each|different) (?:providers?|hosts?|platforms?|clouds?)|available on|routes?|hosted on|who (?:hosts|serves|sells|offers)|besides|other than (?:the )?(?:official|first-party)|bedrock|azure|vertex|openrouter)\b`, 'i');
const CHEAPEST = /\b(?:cheapest|cheapst|cheepest|chepest|lowest[- ]cost|least expensive|least costly|most affordable|lowest price|cheap(?:est)? option|budget[- ]friendly|budget (?:model|option|pick)|most tokens (?:per|for (?:a|the|each|every|my|our|your)) (?:dollar|\$|buck|money)|most tokens for (?:the |my |our |your )?(?:\$|money|budget)|(?:gives?|get|gets|buys?) (?:me |us |you )?(?:the )?most tokens(?! (?:per second|a second|out|in one|back))(?: for (?:the |my |our |your )?(?:money|budget|\$))?)\b/i;
const MODEL_CONTEXT = /\b(?:models?|llms?|ai|api|apis|tokens?|inference|gpt|claude|gemini|grok|mistral|deepseek|openai|anthropic|google|xai|codex|sonnet|opus|haiku|vision|reasoning|context|options?|providers?|subagents?|agents?|coding|rag|prompts?|chat ?bots?|chat|chatting|assistants?)\b/i;
const ALTERNATIVES = /\b(?:(?:something|anything|a model|models|an? llm|llms|one|options?|an? option)\s+(?:just\s+|a bit\s+)?like|instead of|alternatives? (?:to|for)|in place of|similar to|comparable to|equivalent to|on par with|(?:closest|nearest|best)\s+(?:match|equivalent|alternative|substitute|counterpart)\s+(?:to|for|of)|(?:the\s+)?(?:equivalent|counterpart|answer)\s+(?:of|to)|substitutes? (?:to|for)|replacements?|replace|replacing|replaces|replaced|successors? (?:to|of|for)|(?<=\S\s+)successors?(?=\s*[?.!]*\s*$)|swap(?:ping)? out|(?:move|moving|migrate|migrating|switch|switching) (?:away )?(?:from|off)|ditch(?:ing)?|get off)\b/i;
const SWITCH_TO_WHAT = /\b(?:what|which(?: model| one)?)\s+(?:should|could|can|would)\s+(?:we|i)\s+(?:switch|move|migrate|go|change)\s+to\b|\bwhat (?:to|should we) (?:switch|move|migrate) to\b/i;
const COMPARABLE = /\b(?:comparable|equivalent|similar|like[- ]for[- ]like)\b/i;
const CHEAPER_THAN = /\b(?:anything|something|any(?:thing)?\s+models?|models?|alternatives?|options?|llms?|one)\s+(?:\w+\s+){0,2}?(?:cheaper|less expensive|(?:that\s+|which\s+)?costs? less|costing less|(?:a\s+)?lower prices?|lower[- ]priced)\s+than\b|\bcheaper\s+(?:alternatives?|options?|replacements?|substitutes?)\s+(?:to|for)\b|\bcheaper\s+(?:instead of|in place of)\b|\b(?:cheaper|less expensive|lower[- ]priced)\s+(?:alternatives?|options?|models?|ones?|llms?|choices?|picks?)\b|\b(?:anything|something|any\s+(?:models?|options?))\s+(?:(?:way|much|a lot|far|significantly|a bit|a little)\s+)?(?:cheaper|less expensive|lower[- ]priced)\b/i;
const SAVES_MOST = /\b(?:saves?|saving)\s+(?:(?:us|me|you|them|our team|the team)\s+)?(?:the\s+)?most\b|\b(?:biggest|largest|greatest|most|max(?:imum)?)\s+(?:cost\s+)?savings?\b|^\s*(?:(?:so\s+)?what(?:'s|s|\s+is|\s+are)?\s+|anything\s+|any\s+)?(?:cheaper|less expensive|lower[- ]priced)\s+than\b/i;
const PRICIER_THAN = /\b(?:anything|something|any(?:thing)?\s+models?|models?|options?|llms?|ones?)\s+(?:\w+\s+){0,2}?(?:pricier|more expensive|dearer|(?:that\s+|which\s+)?costs? more|costing more)\s+than\b/i;
const BETWEEN_IN_PRICE = new RegExp(String.raw `(?<!\b(?:difference|differences|diff|gap|delta|distance)\s+)\bbetween\b${IN_SENTENCE}{1,120}?\band\b${IN_SENTENCE}{1,120}?\b(?:in price|price[- ]?wise|in cost|cost[- ]?wise)\b|\b(?:priced|costing|that costs?)\s+between\b`, 'i');
const SUCCESSOR = /\b(?:replace(?:ment|s|d)?|replacing|successor|retir\w*|deprecat\w*|sunset\w*|end[- ]of[- ]life)\b/i;
const NEWEST = /\b(?:newest|latest|most recent(?:ly released)?|recently released|just (?:released|launched|came out))\b|\b(?:release[ds]?|launch(?:ed|es)?|ship(?:ped|s)?|put out|come out|came out)\s+(?:\w+\s+)?(?:recently|lately)\b|\b(?:any|some|the|show(?: me)?|list|is there a|are there) new (?:[\w-]+ ){0,2}?(?:models?|releases?|llms?)\b|^\s*new (?:[\w-]+ ){0,2}?(?:models?|releases?|llms?)\b/i;
const LARGEST_CONTEXT = /\b(?:largest|biggest|longest|most|max(?:imum)?|highest|huge(?:st)?|widest)\s+(?:context(?:[\s-]+(?:windows?|length|sizes?))?|context[\s-]+windows?|token (?:limits?|windows?)|input windows?)\b/i;
const LARGEST_OUTPUT = /\b(?:largest|biggest|longest|most|max(?:imum)?|highest|huge(?:st)?)\s+(?:(?:output|completion|response)(?:[\s-]+(?:limits?|lengths?|tokens?|sizes?|windows?))?|responses|replies)\b|\bmost\s+tokens\s+(?:out|in one (?:response|reply))\b|\b(?:output|generate|write|return|produce|emit)s?\s+(?:the\s+)?(?:most|longest|largest|biggest)\s+(?:tokens|text|responses?|answers?)\b/i;
const PER_TASK = /\b(?:cheapest|lowest(?:[- ]cost)?|least expensive|cheaper)\s+(?:(?:model|llm|one)\s+)?(?:cost\s+)?per\s+(?:task|exercise|problem|run)\b|\b(?:lowest|cheapest|best)\s+cost\s+per\s+(?:task|exercise|problem)\b|\bcosts?\s+(?:the\s+)?least\s+per\s+(?:[\w-]+\s+)?(?:task|exercise|problem|run)\b/i;
const MAKER = /\bwho\s+(?:makes?|made|builds?|built|develops?|developed|creates?|created|trains?|trained|owns?|is behind|'?s behind)\b|\bwhich\s+(?:company|lab|vendor|provider|firm)\s+(?:makes?|made|builds?|built|develops?|developed|is behind|owns?)\b/i;
const PRICIEST = /\b(?:most expensive|priciest|costliest|most costly|highest[- ]priced|dearest)\b/i;
const FASTEST = /\b(?:fastest|quickest|speediest|highest (?:output )?(?:speed|throughput)|most tokens per second|(?:lowest|least|smallest|best) (?:latency|time to first token|ttft)|(?:low|sub-?second|minimal|real-?time) (?:latency|ttft|time to first token))\b/i;
const RETIRING = /\b(?:deprecat(?:ed|ing|ions?)|retir(?:es?|ed|ing|ements?)|sunset(?:s|ting)?|end[- ]of[- ]life|eol|shut(?:ting)? down|going away|being (?:removed|turned off))\b/i;
const RETIRING_LIST = /\b(?:models|llms|which|what(?:'s| is| are)?|any(?:thing)?|list|upcoming|soon|next)\b/i;
const NEWEST_KNOWLEDGE = /\b(?:most recent|newest|latest|freshest|most up[- ]to[- ]date|recent) (?:knowledge(?: cutoff)?|training(?: data| cutoff)?|(?:data )?cutoff)\b/i;
const VALUE = /\b(?:(?:best|good|great|better|most) value|value for (?:the )?money|bang for (?:the|your|my|our) buck|price[- /](?:to[- ])?performance|cost[- /](?:to[- ])?performance|(?:performance|quality|scores?|points?|index|intelligence) (?:per|for (?:the|each|every|your|my|our)) (?:dollar|\$|buck|money)|(?:price|cost|dollars?|\$) per (?:(?:intelligence|quality|coding|index|benchmark|score)\s+)*(?:index\s+)?points?|(?:cheapest|lowest)\s+(?:\w+\s+){0,2}per (?:(?:intelligence|quality|coding|index|benchmark|score)\s+)*(?:index\s+)?points?|cost[- ]effective|most (?:cost[- ])?efficient|(?:smartest|best|most capable|strongest)\s+(?:\w+\s+)?for\s+(?:the|its|their|your|my|our)\s+(?:price|money|cost)|for the money)\b/i;
const WHICH_PROVIDERS = /\b(?:which|what)\s+(?:(?:ai|llm|model)\s+)?(?:providers?|vendors?|labs?|companies|makers?)\s+(?:have|has|offer|offers|sell|sells|make|makes|ship|ships|provide|provides|give|gives|with|are|is)\b/i;
const AGENTIC_INDEX = 'aa-agentic-index';
const CHEAP_WORD = /\b(?:cheap|cheaper|affordable|inexpensive|budget|low[- ]cost|economical)\b/i;
const CODING_PURPOSE = /\bfor\s+(?:an?\s+|our\s+|my\s+|the\s+)?(?:\w+\s+)?cod(?:e|ing)\b/i;
const WITHIN_BUDGET = /\b(?:what|which)\b[\w\s'-]{0,30}?\b(?:get|use|afford|buy|run|pick|choose|fits?|models?|llms?|options?)\b|\b(?:afford|fits?|recommend\w*|should (?:i|we) (?:use|pick|choose))\b/i;
const PRICE_WORD = /\b(?:cheap|cheaper|cheapest|inexpensive|low[- ]cost|economical|lowest)\b/i;
const SMARTEST = /\b(?:smartest|most (?:intelligent|capable|powerful|advanced)|highest[- ](?:intelligence|quality)|best[- ]quality|strongest|(?:by|on) (?:intelligence|quality|capability)|(?:by|on) (?:their\s+)?coding (?:benchmarks?|scores?|ability|abilities|performance|skills?|strength)|(?:rank|sort|order)(?:ed)?\s+(?:\w+\s+){0,2}by\s+coding)\b/i;
export function rankingOrder(text) {
    if (CHEAPEST.test(text))
        return 'price';
    if (PRICIEST.test(text))
        return 'priciest';
    if (NEWEST_KNOWLEDGE.test(text))
        return 'cutoff';
    if (RETIRING.test(text) && RETIRING_LIST.test(text))
        return 'retiring';
    if (NEWEST.test(text))
        return 'newest';
    if (LARGEST_CONTEXT.test(text))
        return 'context';
    if (LARGEST_OUTPUT.test(text))
        return 'output';
    if (FASTEST.test(text))
        return 'speed';
    return undefined;
}
export const PROVEN = /\b(?:(?:good|great|strong|solid|competent|reliable|excellent)\s+(?:at|for|in|with)|tested|proven|benchmarked)\b/i;
const GOOD_MODEL = /\b(?:good|great|strong|solid|capable|decent|quality|reliable|competent|excellent)\s+(?:[\w-]+\s+)?(?:models?|llms?|ones?|options?|picks?|choices?)\b/i;
const LEADERBOARD = /\b(?:top|highest|best|leaderboard|leading|leads?|leaders?|ranks?|ranking|tops|#1|number one|scores? (?:highest|best|the most)|scoring (?:highest|best))\b/i;
const COST = /\b(?:cost|costs|how much|price|prices|priced|pricing|bill|spend|pay|expense|charge)\b/i;
const LANES = /\b(?:lanes?|any good\b|how good is\b|good (?:for|at)\b\s*\??\s*$|what (?:is|are) (?:it|they) good (?:for|at)|which (?:jobs|work|tasks)|what (?:jobs|work|tasks)|strengths?|weak(?:ness|nesses|\s+spots?)|(?:bad|weak|worse|poor|not (?:good|great)) (?:at|for)\s*\??\s*$|struggles? with\s*\??\s*$|what can .{1,40} do well|(?:best|well) suited (?:for|to)\s*\??\s*$|where does .{1,40} shine)/i;
const BEST = /\b(?:which model|what model|best|(?:an?\s+)?(?:good|great|decent|solid|strong)\s+(?:models?|llms?)\s+(?=for\b|to\b)|recommend|should (?:i|we|(?:a|my|our|the) (?:new |small )?(?:team|startup|company|business|project)) (?:use|pick|choose)|good for|test first|try first|start with|default for|for (?:a |my |our )?(?:new )?team|(?:need|want|looking for|searching for) (?:a|an) (?:model|llm))\b|^\s*(?:a |an |the )?(?:model|llm) (?:for|to)\b/i;
const lanePatterns = new WeakMap();
function patternsFor(catalog) {
    let patterns = lanePatterns.get(catalog);
    if (!patterns) {
        patterns = catalog.lanes.flatMap((lane) => [lane.id.replace(/-/g, ' '), lane.id, ...lane.keywords].map((word) => ({
            lane,
            re: new RegExp(String.raw `(?<![\w])${escapeRegExp(word.toLowerCase())}(?:s|es|ing|ed)?(?![\w])`),
        })));
        lanePatterns.set(catalog, patterns);
    }
    return patterns;
}
export function laneMatch(catalog, text) {
    const t = text.toLowerCase();
    let best;
    let bestGated = false;
    for (const { lane, re } of patternsFor(catalog)) {
        const gated = lane.needs.surfaces.length > 0;
        if (gated && !lane.needs.surfaces.some((s) => new RegExp(String.raw `\b${s.split('-')[0]}\b`).test(t)))
            continue;
        const m = re.exec(t);
        if (!m)
            continue;
        const specific = best?.lane.id === CODING_LANE && kindOfCoding(catalog, lane);
        if (lane.id === CODING_LANE && best !== undefined && kindOfCoding(catalog, best.lane))
            continue;
        const longer = !best || specific || m[0].length > best.end - best.start;
        const tieWon = best !== undefined && m[0].length === best.end - best.start && gated && !bestGated;
        if (longer || tieWon) {
            best = { lane, start: m.index, end: m.index + m[0].length };
            bestGated = gated;
        }
    }
    return best;
}
function gatedLaneIn(catalog, text) {
    const t = text.toLowerCase();
    return patternsFor(catalog).find(({ lane, re }) => lane.needs.surfaces.length > 0 && re.test(t))?.lane;
}
function apply(query, found) {
    Object.assign(query, { ...found, filters: { ...query.filters, ...found.filters }, problems: [...query.problems, ...found.problems] });
}
const PEERS = /^(?:competitors?|competition|rivals?|peers?|others?|rest|alternatives?|equivalents?|everything|everyone|all|market|field|similar|comparable)(?: models?| ones?| priced| options?)*$/i;
const PLAIN_WORDS = new Set('last year years month months week previous older newer old new current latest version versions priced similar same other another different top cheap expensive free paid open source local big small one ones thing things setup stack baseline human humans people person team high low medium minimal effort reasoning thinking mode level levels direct directly native first-party official own save saves saving savings most money biggest largest greatest'.split(' '));
const BUYING_WORDS = /^(?:standard|flex|priority|(?:non-?)?batch(?:ed)?|(?:un|non-?)?cach(?:e|ed|ing)|no|without|off|peak|off-?peak|tiers?|regular|normal|default|real-?time|sync(?:hronous)?|async(?:hronous)?|fast|scale|provisioned|on-demand|list|api|price|prices|pricing|discount(?:ed)?|mode)$/i;
function otherSide(catalog, query, named, nameRest) {
    const after = /(?:\bcompare\s+\S.*?\s+(?:and|with|to|against)|\bcompare[sd]?\s+(?:to|with|against)|\bvs\.?|\bversus)\s+(\S.*)$/i.exec(nameRest)?.[1];
    const before = /^(.*?\S)\s+(?:vs\.?|versus)\s/i.exec(nameRest)?.[1];
    const unnamed = (t) => t !== undefined && !hasPlaceholder(t) && !t.includes(named.typed) && hostsNamed(catalog, t).length === 0;
    const other = [after, before].filter(unnamed).map((t) => unreadWords(t, []))[0] ?? [];
    const found = PEERS.test(other.join(' ')) ? resolveModel(catalog, named.name) : undefined;
    if (found?.kind === 'found' && PRICE_STANDING.test(nameRest))
        return asIntent(query, 'cheapest', { spread: true, spreadAgainst: found.model.id, models: [] });
    if (found?.kind === 'found')
        return movedFrom(catalog, query, found.model, { toSuccessor: false, cheaper: false, comparable: nameRest });
    const plain = other.every((w) => BUYING_WORDS.test(w) || PLAIN_WORDS.has(w.toLowerCase()));
    if (other.length >= 1 && other.length <= 3 && !plain)
        query.models.push(other.join(' '));
    return undefined;
}
function uncarriedRanking(catalog, query, asked) {
    const uncarried = uncarriedBenchmarkIn(asked);
    if (!uncarried)
        return;
    const carried = [...catalog.benchmarks.values()].map((b) => `${b.name} (${b.id})`).join(', ');
    query.problems.push(`The catalog carries no ${uncarried} scores, so it cannot rank or filter by them. Benchmarks it carries: ${carried}. For example: cheapest model scoring at least 50 on swe-bench-pro.`);
    query.outOfScope = true;
}
const LONG_PROMPT_PRICE = /\blong[- ](?:context|prompts?|inputs?)\s+(?:price|prices|pricing|rates?|costs?|tiers?|surcharge|premium)\b|\b(?:charges?|costs?|pric(?:e|es|ed))\s+(?:more|extra|differently)\s+(?:for|on|with)\s+(?:long|longer|big|bigger|large|larger)\s+(?:prompts?|contexts?|inputs?|requests?)\b|\b(?:price|pricing|cost)\s+(?:of|for)\s+(?:long|longer)\s+(?:prompts?|contexts?|inputs?)\b/i;
const FOR_LONG_PROMPTS = /\b(?:for|with|on|at|using)\s+(?:very\s+)?(?:long|longer)\s+(?:prompts?|contexts?|inputs?)\b/i;
const PRICE_ASKED = /\b(?:cheaper|pricier|more expensive|less expensive|cost|costs|price|prices|pricing|how much)\b/i;
function longPromptPrice(catalog, query, text) {
    if (query.promptTokens !== null || query.models.length === 0)
        return;
    if (!LONG_PROMPT_PRICE.test(text) && !(FOR_LONG_PROMPTS.test(text) && PRICE_ASKED.test(text)))
        return;
    const models = query.models.map((name) => resolveModel(catalog, name));
    if (models.some((found) => found.kind !== 'found'))
        return;
    const tiers = models.flatMap((found) => {
        const tier = found.kind === 'found' ? found.model.pricing.at(-1)?.tiers[0] : undefined;
        return found.kind === 'found' && tier ? [{ id: found.model.id, tier, from: tier.above + (tier.inclusive ? 0 : 1) }] : [];
    });
    const ids = models.flatMap((found) => (found.kind === 'found' ? [found.model.id] : []));
    const without = ids.filter((id) => !tiers.some((t) => t.id === id));
    const none = without.length === 1 ? `${without[0]} publishes no long-context price` : `${wordList(without)} publish no long-context price`;
    if (tiers.length === 0) {
        query.notes = [...(query.notes ?? []), `${none}: the same prices at any prompt size that fits ${ids.length === 1 ? 'its context window' : 'their context windows'}`];
        return;
    }
    const longest = tiers.reduce((a, b) => (b.from > a.from ? b : a));
    const each = tiers.map((t) => `${tiers.length > 1 ? `${t.id}'s ` : ''}${t.tier.inclusive ? 'from' : 'above'} ${t.tier.above.toLocaleString('en-US')} tokens`);
    query.promptTokens = longest.from;
    query.notes = [
        ...(query.notes ?? []),
        `“long prompts” read as a ${longest.from.toLocaleString('en-US')}-token prompt, the smallest billed at ${tiers.length === 1 ? `${longest.id}'s long-context prices` : 'each one’s long-context prices'} (${wordList(each)})${without.length > 0 ? `; ${none}` : ''}`,
    ];
}
const CACHING_ASKED = new RegExp(String.raw `\bcach(?:e|ing)\b${IN_SENTENCE}{0,40}\bhow much (?:does|would|will|can|could) (?:it|that|this) (?:save|help|cut)\b|\b(?:(?:prompt )?cach(?:e|ing) (?:saves?|savings?|discounts?|helps?|would save)|(?:saves?|savings?|discounts?|save|benefit) (?:from|with|of|for|by) (?:prompt )?cach(?:e|ing)|cached vs\.? (?:uncached|non-cached|not cached)|uncached vs\.? cached|with (?:prompt )?caching|with and without (?:prompt )?caching|with(?:out)? (?:prompt )?caching vs\.? with(?:out)?)\b`, 'i');
export const ASSUMED_CACHED_SHARE = 0.5;
function cachingAsked(query, text) {
    if (query.cachedShare !== null || query.models.length === 0 || !CACHING_ASKED.test(text))
        return;
    query.cachedShare = ASSUMED_CACHED_SHARE;
    query.notes = [
        ...(query.notes ?? []),
        `no cached share given: priced with ${ASSUMED_CACHED_SHARE * 100}% of input read from the cache, against none (say “with 80% cached” for your share)`,
    ];
}
const HELP_TOPIC_WORDS = [
    [
        'blended',
        /\b(?:what(?:'s| is| does)?|explain|meaning of|define|definition of)\b[^?]{0,20}\bblend(?:ed|ing)?\b|\bblended (?:prices?|rates?|costs?) (?:mean|means)\b|\bhow (?:is|are|do you) (?:the )?blend|\bwhat (?:does|do) (?:a\s+|the\s+)?(?:mix\s+(?:of\s+)?)?\d+\s*[:/]\s*\d+(?:\s+(?:mix|ratio))? mean\b|\bwhat(?:'s| is) (?:an?\s+|the\s+)?(?:input[:/ ]+output\s+)?(?:mix|ratio)\s*[?.!]*\s*$/i,
    ],
    [
        'monthly',
        /\bhow (?:do|does|did) (?:you|it|the bot|model ?scout)\b[^?]{0,30}\b(?:calculat|comput|work(?:s|ed)? out|figur|estimat|get|arrive)\w*\b[^?]{0,30}\b(?:costs?|prices?|bills?|months?|monthly|numbers|figures)\b|\bhow (?:is|are) (?:the )?(?:monthly )?(?:costs?|bills?|numbers|figures|estimates?) (?:calculated|computed|worked out|estimated|derived)\b/i,
    ],
    [
        'sources',
        /\bwhere (?:do|does|did) (?:you|your|the|these|those|this)\b[^?]{0,30}\b(?:prices?|data|numbers|figures|pricing|info(?:rmation)?)\b[^?]{0,15}\bcome from\b|\bwhere (?:do|did) you get (?:your|the|these|this)\b[^?]{0,20}\b(?:prices?|data|numbers|figures|pricing)\b|\bwhat (?:are|is) (?:your|the) (?:data )?sources?\b|\b(?:sources?|origin) (?:of|for) (?:your|the|these|this) (?:prices?|data|numbers|figures|pricing)\b/i,
    ],
    [
        'freshness',
        /\bhow (?:up[- ]to[- ]date|current|fresh|recent|old|stale|often (?:are|is|do you)) (?:are |is )?(?:your|the|these|this)? ?(?:prices?|data|catalog|numbers|figures|pricing|updated|refreshed)\b|\bwhen (?:were|was|are|is|did) (?:(?:your|the|these|this|you)\s+)?(?:prices?|data|catalog|numbers|pricing)?\s*(?:last )?(?:updated?|checked|refreshed|synced|sync)\b|\b(?:are|is) (?:(?:your|the|these|this)\s+)?(?:prices?|data|numbers|catalog|pricing|figures) (?:still\s+)?(?:up[- ]to[- ]date|current|fresh|stale|old|accurate|reliable)\b|\bhow old is (?:your|the|this) (?:data|catalog|pricing)\b|\bhow often (?:do|does) (?:you|the bot|it|model ?scout) (?:update|refresh|sync|check|re-?read)\b|\bhow often (?:are|is) (?:the\s+)?(?:prices?|data|catalog) (?:updated|refreshed|synced|checked)\b/i,
    ],
    [
        'tokens',
        /^\s*(?:what(?:'s| is| are)|explain|define)\s+(?:a\s+|the\s+)?tokens?\s*[?.!]*\s*$|\bwhat (?:does|do) (?:a )?tokens? mean\b|\bhow (?:big|long|large|many words) is (?:a|one) token\b|\bhow many words (?:is|are|in) (?:a|one|1)? ?(?:token|million tokens|1m tokens)\b|\bhow many tokens (?:is|are|in|does|do|would|will)\s+(?:(?:there\s+)?in\s+)?(?:a|an|one|my|our)\s+(?:[\w-]+\s+){0,2}?(?:page|pages|pdf|image|images|screenshot|book|document|doc|email|essay|article|minute|hour|line|lines|file|codebase|repo)\b|\bdifference between (?:the\s+)?input and output(?: tokens?)?\b|\bwhat (?:are|is) (?:the\s+)?(?:input|output) tokens?\s*[?.!]*\s*$|\bwhy (?:is|are) output (?:tokens? )?(?:more expensive|pricier|dearer)\b/i,
    ],
    [
        'buying',
        /^\s*(?:what(?:'s| is| are)|explain|define)\s+(?:the\s+|a\s+)?(?:batch(?: api| pricing| processing| mode| discounts?)?|flex(?: processing| tier| pricing)?|priority(?: tier| processing)|service tiers?)\s*[?.!]*\s*$|\bdifference between\s+(?:the\s+)?(?:batch|flex|priority|standard)\w*(?:\s+(?:api|tier|pricing|processing))?\s+(?:and|vs\.?)\s+(?:the\s+)?(?:batch|flex|priority|standard)\b|\bhow (?:does|do) (?:the\s+)?(?:batch(?: api)?|flex(?: processing)?|priority tier|service tiers) (?:pricing )?work\b|^\s*(?:batch|flex|priority)(?:\s+(?:api|tier|processing))?\s+(?:vs\.?|or)\s+(?:batch|flex|priority|standard)(?:\s+(?:api|tier|processing))?\s*[?.!]*\s*$/i,
    ],
    [
        'lanes',
        /\b(?:what(?:'s| is| are)|explain|meaning of|define|definition of)\s+(?:a |the |your |these |those )?lanes?\s*(?:[?.!]|$)|\bwhat (?:do|does) (?:the |a |your )?lanes? mean\b|\b(?:which|what|list|show(?: me)?|all)(?: the| your| of the)? lanes\s+(?:do you (?:have|know|rank|cover|use)|are there|exist)\b/i,
    ],
    [
        'caching',
        /^\s*(?:what(?:'s| is| are)|explain|define)\s+(?:the\s+|a\s+)?(?:prompt\s+|context\s+|input\s+)?(?:cach(?:e|ing)|cached input)(?:\s+(?:pricing|prices?|tokens?|discounts?|writes?|reads?))?\s*[?.!]*\s*$|\bwhat (?:does|do) (?:prompt\s+)?(?:cach(?:e|ing)|cached input) mean\b|\bhow (?:does|do) (?:prompt\s+)?caching work\b|\bwhat(?:'s| is) (?:a\s+)?cache (?:write|read|hit)s?\b/i,
    ],
    [
        'benchmarks',
        /\b(?:which|what)\s+benchmarks?\s+(?:do you|does (?:the bot|model ?scout))\s+(?:have|use|know|track|carry|cover|support|rank (?:on|by))\b|\b(?:list|show)(?: me)?(?: the| your| all(?: the)?)? benchmarks\b|\bwhat benchmarks (?:are there|exist|are available)\b|\bwhere (?:do|does) (?:your|the) (?:benchmarks?|scores?) come from\b/i,
    ],
    [
        'winners',
        /\bhow (?:do|does|did) (?:you|it|the bot|model ?scout) (?:pick|choose|decide|determine|select|call) (?:the )?(?:winners?|verdicts?)\b|\bhow (?:is|are) (?:the )?(?:winners?|verdicts?) (?:picked|chosen|decided|determined|selected)\b|\bwhat (?:does|do) (?:the )?(?:check ?marks?|ticks?|winner column) mean\b/i,
    ],
    [
        'list-prices',
        /\b(?:are|is) (?:these|your|the|those) (?:prices?|numbers|figures|costs?) (?:official|accurate|reliable|right|correct|exact|list prices|negotiated|real|what we(?:'ll| will)? pay)\b|\bdo (?:you|these|your prices?) (?:include|account for|reflect) (?:discounts?|credits?|enterprise|committed|negotiated|volume discounts?|taxes)\b|\b(?:volume|enterprise|committed(?:[- ]use)?|bulk|negotiated|startup)\s+(?:discounts?|pricing|deals?|rates?)\b|\bhow (?:accurate|reliable|correct|exact|trustworthy|precise) (?:are|is) (?:your|the|these|those) (?:prices?|numbers|figures|data|costs?|estimates?)\b|\bcan (?:i|we) trust (?:your|the|these) (?:prices?|numbers|figures|data)\b/i,
    ],
];
function helpTopicIn(text) {
    return HELP_TOPIC_WORDS.find(([, re]) => re.test(text))?.[0];
}
function cleanQuestion(raw) {
    return (raw
        .replace(/(?<![\p{L}\p{N}]):[a-z0-9_+-]+:(?![\p{L}\p{N}])/gu, ' ')
        .replace(/[\u{1F000}-\u{1FAFF}\u{2600}-\u{27BF}]|\u{FE0F}/gu, ' ')
        .replace(/[“”]/g, '"')
        .replace(/[‘’]/g, "'")
        .replace(/(?<=[\p{L}\p{N}])-(level|class|tier|grade)\b/giu, ' $1')
        .replace(/\bp\d{2}(?:\.\d+)?\s+(?=latency|ttft|time to first token|response time)/giu, '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 2000));
}
function asIntent(query, intent, fields = {}) {
    return Object.assign(query, { intent, ...fields });
}
function routeHost(catalog, text) {
    const hit = hostIn(catalog, text);
    if (!hit)
        return undefined;
    const before = /\b(?:on|via|through|thru|in|at|using|with|to)\s+(?:the\s+|aws\s+|amazon\s+|google\s+|microsoft\s+)?$/i.test(text.slice(0, hit.start));
    const after = /^\s*(?:serves?|hosts?|has|have|offers?|sells?|supports?|runs?|routes?|carry|carries)\b/i.test(text.slice(hit.end));
    return before || after ? hit : undefined;
}
function forLane(text, laneHit) {
    if (laneHit === undefined)
        return false;
    const before = text.slice(0, laneHit.start);
    const hit = text.slice(laneHit.start, laneHit.end);
    const comparing = COMPARING_BEFORE.test(before);
    return (/^for\b/i.test(hit) ||
        /\bfor\s+(?:\S+[\s/]+){0,4}$/i.test(before) ||
        (comparing && (/^(?:at|in|on|with)\b/i.test(hit) || /\b(?:at|in|on|with)\s+(?:\S+\s+){0,2}$/i.test(before))));
}
function aboutSeveral({ text, query, laneHit, attribute }) {
    const lane = laneHit?.lane;
    if (LANES.test(text))
        return asIntent(query, 'lanes', lane ? { lane: lane.id } : {});
    const dollars = query.filters.maxMonthlyUsd ?? dollarsIn(text);
    const budget = dollars !== undefined ? monthShare(text, query, dollars) : undefined;
    if (BUDGET_VOLUME.test(text) && budget !== undefined && query.tokens === null) {
        delete query.filters.maxMonthlyUsd;
        return asIntent(query, 'attribute', { attribute: 'price', budget });
    }
    const bare = laneHit !== undefined && attribute !== undefined && /\bfor\s+$/i.test(text.slice(0, laneHit.start)) && attribute.words.test(text.slice(laneHit.start, laneHit.end));
    const before = laneHit ? text.slice(0, laneHit.start) : '';
    const choosing = /\b(?:should (?:i|we) (?:use|pick|choose|go with|run)|which (?:one )?should (?:i|we)|which (?:one )?to (?:use|pick|choose))\b/i.test(text) ||
        (/\bor\b/i.test(before) && !/\b(?:better|best|worse|supports?|has|have|can|does|do|is|are)\b/i.test(before));
    const purpose = lane !== undefined && (!bare || choosing) && (forLane(text, laneHit) || BEST.test(text));
    if (purpose)
        return asIntent(query, 'compare', { lane: lane.id });
    const at = attribute?.words.exec(text);
    const inPurpose = at != null && !attribute?.row.startsWith('capability.') && /\bfor\s+(?:\S+\s+){1,4}$/i.test(text.slice(0, at.index));
    const narrowed = at != null && NARROWED.test(text.slice(0, at.index));
    const better = bare && lane !== undefined && attribute?.row.startsWith('capability.') && /\b(?:better|best|worse)\b/i.test(before);
    if (attribute && !inPurpose && (narrowed || !/\bcompare\b|which is better\s*[?:]|better\s*\?\s*$/i.test(text)))
        return asIntent(query, 'attribute', { attribute: attribute.id, ...(better ? { lane: lane.id } : {}) });
    const ranked = RANK_NAMED.exec(text);
    const by = ranked ? RANKED_BY[(ranked[1] ?? '').toLowerCase().split(/\s+/)[0]] : undefined;
    if (by)
        return asIntent(query, 'attribute', { attribute: by });
    return asIntent(query, 'compare');
}
const NARROWED = /\b(?:compare|comparing)\s+(?:the\s+|their\s+)?$|\b(?:compare|comparing)\b.*\b(?:on|in terms of)\s+(?:the\s+|their\s+|just\s+|only\s+)?$/i;
const HOSTS_AGAINST = /\b(?:difference|differences|diff|gap|cheaper|pricier|more expensive|vs\.?|versus|compare[ds]?|comparison)\b/i;
const RANK_NAMED = new RegExp(String.raw `\b(?:rank|sort|order|list)(?:ed)?\b${IN_SENTENCE}*?\bby\s+(?:the\s+|their\s+|its\s+)?(price|cost|context|release|date|max(?:imum)?\s+output|output\s+limit|speed|knowledge|cutoff)\b`, 'i');
const RANKED_BY = {
    price: 'price',
    cost: 'price',
    context: 'context',
    release: 'newer',
    date: 'newer',
    max: 'max-output',
    maximum: 'max-output',
    output: 'max-output',
    speed: 'speed',
    knowledge: 'knowledge-cutoff',
    cutoff: 'knowledge-cutoff',
};
function contextAsPrompts(query) {
    const size = query.filters.minContext;
    if (size === undefined || query.promptTokens !== null)
        return query;
    delete query.filters.minContext;
    query.promptTokens = size;
    query.notes = [...(query.notes ?? []), `“${tokens(size)} context” read as ${tokens(size)}-token prompts: a model's window is fixed, and its price depends on each prompt's size`];
    return query;
}
function aboutOne({ text, query, attribute, laneHit }) {
    if (LANES.test(text))
        return asIntent(query, 'lanes', laneHit ? { lane: laneHit.lane.id } : {});
    if (AGAINST_THE_REST.test(text))
        return asIntent(query, 'cheapest', { spread: true, spreadAgainst: query.models[0], models: [] });
    if (query.filters.openWeights && !attribute && query.tokens === null) {
        delete query.filters.openWeights;
        return asIntent(query, 'attribute', { attribute: 'open-weights' });
    }
    const dollars = query.filters.maxMonthlyUsd === undefined ? dollarsIn(text) : undefined;
    const budget = query.filters.maxMonthlyUsd ??
        (dollars !== undefined ? monthShare(text, query, dollars) : undefined) ??
        (/\b(?:per|a|for (?:a|one|each)) dollar\b/i.test(text) ? 1 : undefined);
    if (BUDGET_VOLUME.test(text) && budget !== undefined && (query.tokens === null || query.per === 'request')) {
        delete query.filters.maxMonthlyUsd;
        return asIntent(query, 'cost', { budget });
    }
    if (budget !== undefined && query.tokens !== null && (WITHIN_WORDS.test(text) || (YES_OR_NO_OF_MODELS.test(text) && query.filters.maxMonthlyUsd !== undefined))) {
        delete query.filters.maxMonthlyUsd;
        return asIntent(query, 'cost', { within: budget });
    }
    if (/\bprice history\b|\bprice changes? (?:of|for)\b|\bhistory of\b/i.test(text) && query.tokens === null)
        return asIntent(query, 'model');
    const bothSides = /\binput\b/i.test(text) && /\boutput\b/i.test(text);
    const listPrice = attribute?.row.startsWith('price.') === true && attribute.row !== 'price.blended' && !bothSides;
    if (listPrice && query.tokens === null && query.promptTokens === null && !query.batch && query.serviceTier === null)
        return asIntent(query, 'attribute', { attribute: attribute.id });
    if (attribute?.id === 'newer' && COST.test(text) && query.tokens === null && !query.batch && query.serviceTier === null && query.cachedShare === null)
        return asIntent(query, 'model');
    if (COST.test(text) || query.tokens !== null || query.mix !== null || query.batch || query.cachedShare !== null || query.serviceTier !== null)
        return asIntent(contextAsPrompts(query), 'cost');
    if (laneHit && PROVEN.test(text))
        return asIntent(query, 'lanes', { lane: laneHit.lane.id });
    if (attribute)
        return asIntent(query, 'attribute', { attribute: attribute.id });
    if (query.filters.inputModalities?.length && /^\s*(?:can|does|do|is|are|will)\b/i.test(text))
        return asIntent(query, 'attribute', { attribute: 'multimodal' });
    if (laneHit && !COST.test(text))
        return asIntent(query, 'lanes', { lane: laneHit.lane.id });
    const capability = query.filters.need?.[0];
    if (capability && /^\s*(?:does|do|is|are|can|has|have|will|supports?)\b|\b(?:support|supports|have|has|offer|offers|capab\w*)\b|\?\s*$/i.test(text))
        return asIntent(query, 'attribute', { attribute: capability });
    return asIntent(query, 'model');
}
const PREFERRED_OVER = new RegExp(String.raw `\bover\b(?!\s+(?:the\s+)?(?:(?:next|coming|first|whole)\s+)?(?:${COUNT}[\s-]*${TERM_UNIT}|quarter)\b)`, 'i');
const WITHIN_WORDS = /\b(?:enough|afford\w*|fits?|cover|covers|within|stay (?:under|within)|(?:over|under) (?:our |my |the )?budget|exceed\w*)\b/i;
const BUDGET_VOLUME = /\bhow (?:many|much) (?:tokens|usage|volume|traffic|requests)\b|\bwhat (?:volume|usage)\b|\b(?:at|from)\s+what\s+(?:volume|point|usage|level|scale|traffic)\b|\bhow far (?:does|do|will|would|can)\b|\b(?:most|max(?:imum)?) (?:tokens|volume|usage)\b|\btokens? (?:does|do|would|will) \$/i;
const SPENT = /\b(?:spend(?:ing)?|spent|pay(?:ing)?|paid|bill(?:ed)?|costs? us|burn(?:ing)?)\b[^.?!]{0,25}\$\s*\d/i;
const SAID_MONTHLY = /\$\s*\d[\d,]*(?:\.\d+)?\s*k?\s*(?:(?:\/\s*|per\s+|an?\s+)(?:month|mo)\b|monthly)|\bmonthly\s+budget\b|\bbudget\s+(?:a|per)\s+month\b/i;
function monthShare(text, query, usd) {
    if (!query.term || SAID_MONTHLY.test(text))
        return usd;
    const month = usd / termMonths(query.term);
    query.notes = [...(query.notes ?? []), `${money(usd)} read as the budget over ${termWords(query.term)}: ${money(month)} a month`];
    return month;
}
function dollarsIn(text) {
    const m = /\$\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?\b/i.exec(text);
    if (!m)
        return undefined;
    const n = Number(m[1].replace(/,/g, '')) * (m[2] ? 1000 : 1);
    return Number.isFinite(n) && n > 0 && n <= 1e12 ? n : undefined;
}
const NAMED_MODELS = String.raw `\b(?:cheapest|cheaper|newest|latest|fastest|best|top|which|what|list|show|all|every|any|compare|rank|sort|order|prices?|pricing|costs?)\s+(?:of\s+|for\s+)?(?:the\s+|our\s+|all\s+)?`;
function nameAsFilter(catalog, query, names, text, masked, exact) {
    const [only] = names;
    if (names.length !== 1 || !only || query.filters.families)
        return;
    if (query.filters.openWeights && !only.exact && resolveModel(catalog, only.name).kind === 'ambiguous') {
        query.filters.named = only.typed.toLowerCase();
        query.models = [];
        return;
    }
    const slot = exact.indexOf(only.name);
    const name = only.exact && slot >= 0 ? String.raw `\s*${placeholder(slot)}\s*` : escapeRegExp(only.typed);
    const collective = new RegExp(`(?:^|\\s)(?:the\\s+)?${name}\\s+(?:family|series|line-?up)\\b`, 'i').test(masked);
    if (!collective && !new RegExp(`${NAMED_MODELS}${name}\\s+(?:models?|variants?|versions?|series|family|line-?up|options)\\b`, 'i').test(masked))
        return;
    const typed = collective ? findModelNames(catalog, text, false).find((n) => n.name === only.name)?.typed : undefined;
    query.filters.named = (typed ?? (only.exact ? only.name : only.typed)).toLowerCase();
    query.models = [];
}
function familyAsFilter(catalog, query, names, text) {
    const [only] = names;
    if (names.length !== 1 || !only || only.exact)
        return;
    if (!(rankingOrder(text) || /\b(?:models|which|list)\b/i.test(text)))
        return;
    const families = familiesNamed(catalog, only.typed);
    if (families.length === 0)
        return;
    query.filters.families = [...new Set([...(query.filters.families ?? []), ...families])];
    query.models = [];
}
const LINE_WORDS = [['gemini', 'google', /\bgoogle\b/i]];
function lineWordAsFamilies(catalog, query, text) {
    for (const [word, provider, maker] of LINE_WORDS) {
        const providers = query.filters.providers ?? [];
        if (!providers.includes(provider) || maker.test(text) || !new RegExp(String.raw `\b${word}\b(?![\s-]*\d)`, 'i').test(text))
            continue;
        const families = [...new Set(catalog.models.filter((m) => m.provider === provider && m.family.startsWith(word)).map((m) => m.family))];
        if (families.length === 0)
            continue;
        const rest = providers.filter((p) => p !== provider);
        if (rest.length > 0)
            query.filters.providers = rest;
        else
            delete query.filters.providers;
        query.filters.families = [...new Set([...(query.filters.families ?? []), ...families])];
    }
}
const BARE_FAMILY = String.raw `(claude|gemini|grok|gpt|deepseek|mistral)\b(?![\s-]*(?:\d|v\d))`;
const VERSUS_FAMILY = new RegExp(String.raw `\b(?:vs\.?|versus|or|than|against|compared (?:to|with))\s+(?:the\s+)?${BARE_FAMILY}|\b${BARE_FAMILY}\s+(?:(?:\w+er|better|worse|more \w+|less \w+)\s+)?(?:vs\.?|versus|or|than|against|compared (?:to|with))\s|\b(?:compare|between)\b[^?]*?\b(?:and|with|to)\s+(?:the\s+)?${BARE_FAMILY}`, 'i');
function versusFamily(query, blanked) {
    if (query.models.length === 0 || !query.filters.providers?.length)
        return;
    const hit = VERSUS_FAMILY.exec(blanked);
    const word = hit?.slice(1).find((w) => w !== undefined);
    const provider = word === undefined ? undefined : providerOfWord(word);
    if (!hit || !word || !provider || !query.filters.providers.includes(provider))
        return;
    const rest = query.filters.providers.filter((p) => p !== provider);
    if (rest.length > 0)
        query.filters.providers = rest;
    else
        delete query.filters.providers;
    if (hit[2] !== undefined)
        query.models.unshift(word.toLowerCase());
    else
        query.models.push(word.toLowerCase());
}
const withoutCacheShares = (t) => CACHE_SHARES.reduce((s, re) => s.replace(re, (m) => ' '.repeat(m.length)), t);
const FAMILY_JOIN = String.raw `\s+(?:(?:better|worse|smarter|stronger|weaker|dumber|faster|slower|more (?:capable|accurate|intelligent|reliable)|less (?:capable|accurate|reliable))\s+than|vs\.?|versus|or|and|against|compared (?:to|with))\s+(?:the\s+)?`;
const LINE_WORD = String.raw `\p{L}[\p{L}\d-]*`;
const WORDS_SET_AGAINST = new RegExp(String.raw `\b${LINE_WORD}(?:${FAMILY_JOIN}${LINE_WORD})+`, 'giu');
const SET_AGAINST_JOIN = new RegExp(FAMILY_JOIN, 'iu');
function isLineWord(catalog, word) {
    return (new RegExp(`^${BARE_FAMILY}$`, 'i').test(word) || familiesNamed(catalog, word).length > 0) && resolveModel(catalog, word).kind !== 'unknown';
}
function familyAgainstFamily(catalog, query, blanked) {
    if (query.models.length > 0 || rankingOrder(blanked) || /\bmodels\b/i.test(blanked))
        return;
    for (const hit of blanked.matchAll(WORDS_SET_AGAINST)) {
        const words = hit[0].split(SET_AGAINST_JOIN).map((w) => w.trim().toLowerCase());
        if (words.length < 2 || !words.every((w) => isLineWord(catalog, w)))
            continue;
        const named = [...new Set(words)].slice(0, 4);
        if (named.length < 2)
            return;
        const providers = new Set(named.map((w) => providerOfWord(w)));
        const families = new Set(named.flatMap((w) => familiesNamed(catalog, w)));
        const rest = (query.filters.providers ?? []).filter((p) => !providers.has(p));
        if (rest.length > 0)
            query.filters.providers = rest;
        else
            delete query.filters.providers;
        const otherFamilies = (query.filters.families ?? []).filter((f) => !families.has(f));
        if (otherFamilies.length > 0)
            query.filters.families = otherFamilies;
        else
            delete query.filters.families;
        query.models = named;
        return;
    }
}
const SPEC_ORDERS = { context: 'context', 'max-output': 'output', speed: 'speed', 'knowledge-cutoff': 'cutoff' };
function aboutNone({ text, query, laneHit, attribute, gatedLane: gated }) {
    const lane = laneHit?.lane;
    const filtered = Object.keys(query.filters).length > 0 || query.released !== undefined || (query.promptTokens ?? null) !== null;
    const cheapAsked = CHEAP_WORD.test(query.filters.maxMonthlyUsd !== undefined ? text.replace(/\bbudget\b/gi, '') : text);
    const aboutModels = MODEL_CONTEXT.test(text) ||
        query.tokens !== null ||
        filtered ||
        (lane !== undefined && (BEST.test(text) || cheapAsked)) ||
        (cheapAsked && (CODING_PURPOSE.test(text) || /\b(?:models?|llms?)\b/i.test(text))) ||
        rankingOrder(text) === 'retiring' ||
        VALUE.test(text) ||
        /\bflagships?\b/i.test(text) ||
        /^\s*(?:(?:what|which)(?:'s|\s+is|\s+are)?\s+)?(?:the\s+)?best\s+(?:one\s+)?for\s+\w/i.test(text);
    const providersAsked = /\b(?:providers?|vendors?|labs?|companies|makers?)\b/i.test(text);
    const buyingAsked = (query.batch || query.serviceTier !== null) && (/\b(?:models?|llms?)\b/i.test(text) || providersAsked);
    if (!aboutModels && !buyingAsked)
        return asIntent(query, 'unknown');
    if (buyingAsked && !filtered && !lane) {
        if (providersAsked) {
            query.filters.eachProvider = true;
            query.notes = [...(query.notes ?? []), "each provider's cheapest model with that price, one row per provider"];
        }
        return asIntent(query, 'cheapest', providersAsked ? { top: query.top ?? MAX_TOP } : {});
    }
    if (/\bflagships?\b/i.test(text) && query.models.length === 0) {
        const one = (query.filters.providers?.length ?? 0) === 1 && !query.filters.eachProvider;
        query.filters.scoredOn = QUALITY_INDEX;
        if (!one)
            query.filters.eachProvider = true;
        query.notes = [...(query.notes ?? []), "a flagship read as a maker's highest on the broadest quality index"];
        const order = one ? undefined : rankingOrder(text);
        if (order !== undefined && order !== 'score') {
            query.filters.flagships = true;
            return asIntent(query, 'cheapest', { order, top: query.top ?? MAX_TOP });
        }
        return asIntent(query, 'cheapest', { order: 'score', top: query.top ?? (one ? 1 : MAX_TOP) });
    }
    const providersOrder = rankingOrder(text);
    if (WHICH_PROVIDERS.test(text) && query.models.length === 0 && !query.filters.providers?.length && providersOrder !== undefined) {
        query.filters.eachProvider = true;
        query.notes = [...(query.notes ?? []), "each provider's first in that order, one row per provider"];
        return asIntent(query, 'cheapest', { order: providersOrder, top: query.top ?? MAX_TOP });
    }
    if ((query.filters.providers?.length ?? 0) >= 2 &&
        (/\b(?:cheaper|pricier|more expensive|less expensive|costlier)\s+than\b|\bvs\.?(?=\s)|\bversus\b|\bcompared?\s+(?:to|with)\b/i.test(text) ||
            (/\s(?:or)\s/i.test(text) && /\b(?:cheaper|pricier|more expensive|less expensive|costlier)\b/i.test(text)))) {
        query.filters.eachProvider = true;
        query.notes = [...(query.notes ?? []), "providers set against each other: each one's cheapest model at this profile, one row per provider"];
        return asIntent(query, 'cheapest', { top: query.top ?? MAX_TOP });
    }
    const makerNamed = (query.filters.providers?.length ?? 0) > 0 || (query.filters.families?.length ?? 0) > 0 || query.filters.named !== undefined;
    if (query.filters.openWeights && makerNamed && !lane)
        return asIntent(query, 'cheapest', { top: query.top ?? MAX_TOP });
    const canAsked = YES_OR_NO_OF_MODELS.test(text) && !BEST.test(text) && !cheapAsked && !rankingOrder(text);
    if (canAsked && makerNamed && ((query.filters.need?.length ?? 0) > 0 || (query.filters.inputModalities?.length ?? 0) > 0)) {
        delete query.filters.lane;
        return asIntent(query, 'cheapest', { top: query.top ?? MAX_TOP, lane: null });
    }
    const goodAtCheaply = cheapAsked || /\bcheapest\b/i.test(text) ? /\b(?:good|strong|great) (?:at|in)\b/i.exec(text)?.[0].toLowerCase() : undefined;
    const decent = decentWordIn(text) ?? (lane?.evidence.some((e) => e.floor !== undefined) ? undefined : goodAtCheaply);
    if (decent !== undefined && !query.filters.benchmarkFloors?.some((f) => f.benchmark === DECENT_FLOOR.benchmark)) {
        query.filters.benchmarkFloors = [...(query.filters.benchmarkFloors ?? []), { ...DECENT_FLOOR }];
        query.decent = decent;
    }
    const floored = (query.filters.benchmarkFloors?.length ?? 0) > 0;
    const needs = (query.filters.need?.length ?? 0) + (query.filters.inputModalities?.length ?? 0) > 0;
    const purpose = /\b(?:for|to do|doing)\s+(?:a\s+|an\s+|the\s+|my\s+|our\s+|some\s+)?([a-z][a-z0-9\s-]{2,60}?)\s*[?.!]*\s*$/i.exec(text);
    const goodAndCheap = cheapAsked && (SMARTEST.test(text) || BEST.test(text) || /\b(?:good|great|decent|recommend\w*|suggest\w*)\b/i.test(text) || lane !== undefined || CODING_PURPOSE.test(text));
    const valueAsked = (VALUE.test(text) || goodAndCheap) && !/\bcheapest\b/i.test(text);
    if (valueAsked && !lane && !CODING_PURPOSE.test(text))
        return asIntent(query, 'cheapest', { order: 'value' });
    if (cheapAsked && /\b(?:models?|llms?)\b/i.test(text) && !lane && !CODING_PURPOSE.test(text)) {
        const order = rankingOrder(text);
        if (order === undefined || order === 'price' || order === 'priciest')
            return asIntent(query, 'cheapest');
        const bounded = PRICE_BOUNDS.some((b) => query.filters[b.max] !== undefined) || query.filters.maxMonthlyUsd !== undefined;
        if (!bounded)
            query.notes = [
                ...(query.notes ?? []),
                `“${CHEAP_WORD.exec(text)?.[0] ?? 'cheap'}” sets no price bound of its own: add one, such as under $1 per million, to keep only models that cheap`,
            ];
        return asIntent(query, 'cheapest', { order });
    }
    const listsWhatHas = /\bwhich\s+(?:models?|llms?)\s+(?:support|supports|have|has|offer|offers|accept|accepts|take|takes|handle|handles)\b/i.test(text);
    const choosing = WITHIN_BUDGET.test(text) && !PRICE_WORD.test(text) && rankingOrder(text) === undefined && !listsWhatHas;
    if (query.filters.maxMonthlyUsd !== undefined && choosing && !lane && query.filters.scoredOn === undefined) {
        query.filters.scoredOn = query.filters.benchmarkFloors?.[0]?.benchmark ?? QUALITY_INDEX;
        return asIntent(query, 'cheapest', { order: 'score' });
    }
    const bestOverall = /\b(?:best|(?:which|what) (?:model|llm)(?=\s*(?:[?.!]|$|for\b|to (?:use|pick|choose)\b))|recommend\w*|should (?:i|we|(?:a|my|our|the) (?:new |small )?(?:team|startup|company|business|project)) (?:use|test|try|start with|pick|choose)|(?:test|try) first|top (?:\d+ )?(?:models|llms))\b/i.test(text) &&
        !lane &&
        !needs &&
        !purpose &&
        !/\bcod(?:e|ing)\b/i.test(text) &&
        rankingOrder(text) === undefined;
    const toolsAsked = (query.filters.need ?? []).some((n) => n === 'function-calling' || n === 'tool-use');
    if (BEST.test(text) && toolsAsked && !lane && query.filters.scoredOn === undefined && rankingOrder(text) === undefined && !/\bcheapest\b/i.test(text)) {
        query.filters.scoredOn = AGENTIC_INDEX;
        return asIntent(query, 'cheapest', { order: 'score' });
    }
    if ((SMARTEST.test(text) || bestOverall) && !/\bcheapest\b/i.test(text) && query.filters.scoredOn === undefined) {
        query.filters.scoredOn = query.filters.benchmarkFloors?.[0]?.benchmark ?? (/\bcod(?:e|ing|er)\b|\bprogramming\b/i.test(text) ? CODING_INDEX : QUALITY_INDEX);
        return asIntent(query, 'cheapest', { order: 'score' });
    }
    const sides = ['input', 'output'].filter((x) => ATTRIBUTES.find((a) => a.id === `${x}-price`)?.words.test(text));
    const side = sides.length === 1 ? sides[0] : undefined;
    if (side && query.mix === null && query.tokens === null) {
        query.mix = side === 'input' ? { input: 1, output: 0 } : { input: 0, output: 1 };
        query.notes = [...(query.notes ?? []), `ranked by ${side} price: every token is priced as ${side}`];
    }
    const ranked = rankingOrder(text);
    const floorOf = { context: query.filters.minContext, 'max-output': query.filters.minOutput, speed: query.filters.minSpeed };
    const { maxPerMillion, maxInputPerMillion, maxOutputPerMillion, maxMonthlyUsd, minPerMillion, minInputPerMillion, minOutputPerMillion } = query.filters;
    const priceCapped = [maxPerMillion, maxInputPerMillion, maxOutputPerMillion, maxMonthlyUsd, minPerMillion, minInputPerMillion, minOutputPerMillion].some((cap) => cap !== undefined);
    const specFloor = attribute !== undefined && floorOf[attribute.id] !== undefined && ((lane !== undefined && (BEST.test(text) || /\btop\b/i.test(text))) || priceCapped);
    const specOrder = filtered && attribute && !specFloor ? SPEC_ORDERS[attribute.id] : undefined;
    const order = (ranked === 'price' && valueAsked && lane ? undefined : ranked) ?? specOrder;
    const needsAsked = lane !== undefined &&
        lane.needs.capabilities.length > 0 &&
        lane.needs.surfaces.length === 0 &&
        lane.needs.minContext === undefined &&
        lane.needs.inputModalities.every((m) => m === 'image' && query.filters.need?.includes('vision')) &&
        lane.needs.capabilities.every((c) => query.filters.need?.includes(c));
    const priceAsked = COST.test(text) && (query.tokens !== null || filtered) && !(lane && BEST.test(text));
    if (order || query.filters.free === true || priceAsked || (floored && !lane)) {
        const covered = needsAsked && lane.evidence.length <= 1;
        if (lane && !covered)
            query.filters.lane = lane.id;
        if (query.filters.lane && (PROVEN.test(text) || GOOD_MODEL.test(text)))
            query.filters.laneTested = true;
        const retiring = order === 'retiring' ? retireWindowInWords(text) : undefined;
        if (retiring) {
            const problem = retireWindowProblem(retiring.window);
            if (problem)
                query.problems.push(problem);
            else
                query.retiring = retiring.window;
            delete query.pricedOn;
        }
        return asIntent(query, 'cheapest', { order: order ?? 'price' });
    }
    const listing = filtered &&
        (/\b(?:which|what|any|list|show(?: me)?|are there|is there|how many|compare|every|each|all)\b[\w\s-]{0,25}\bmodels?\b|^\s*(?:(?:open[- ](?:source|weights?)|closed[- ]source|proprietary|cheap|cheaper|free|local|small|multimodal|reasoning|new|newer|recent|current)\s+)*(?:models?|llms?)\s+(?:with|that|which|supporting|under|from|on|we|i|you|good at|great at|strong at)\b/i.test(text) ||
            /\b(?:what(?:'?s| is| are)?|which|anything)\b[\w\s'-]{0,25}\b(?:available|offered|sold|hosted|served|on offer|run)\b/i.test(text) ||
            /\b(?:show|list|give)(?:\s+me)?\s+(?:everything|all(?:\s+of\s+them)?|anything)\b|\b(?:everything|anything)\s+(?:under|below|cheaper|less|with|that|from|priced)\b/i.test(text) ||
            ((query.filters.named !== undefined || query.filters.families !== undefined) && /\b(?:compare|family|series|line-?up)\b/i.test(text)) ||
            /^\s*(?:does|do|can|are|is)\b[\w\s'-]{0,40}\b(?:support|supports|have|has|offer|offers|handle|handles|take|takes|accept|accepts|do|use|capable)\b/i.test(text));
    if (lane && !(listing && needsAsked && !BEST.test(text))) {
        if (gated && gated.id !== lane.id)
            query.notes = [
                ...(query.notes ?? []),
                `the ${gated.id} lane (${gated.name}) is for ${gated.needs.surfaces.join(', ')} only: ranked on ${lane.id} (${lane.name}) instead; name ${gated.needs.surfaces[0]?.split('-')[0]} to ask for it`,
            ];
        return asIntent(query, 'best', { lane: lane.id, ...(valueAsked ? { order: 'value' } : {}) });
    }
    if (query.released !== undefined)
        return asIntent(query, 'cheapest', { order: 'newest' });
    const filteredModels = filtered && (/\b(?:models|llms)\b|\b(?:model|llm) (?:with|that|which|having|supporting|offering)\b/i.test(text) || query.filters.hosts !== undefined);
    if (listing || filteredModels || ((query.notes?.length ?? 0) > 0 && /\b(?:models?|llms?)\b/i.test(text)))
        return asIntent(query, 'cheapest');
    if (BEST.test(text) && needs)
        return asIntent(query, 'cheapest');
    if ((BEST.test(text) || cheapAsked) && /\bcod(?:e|ing)\b/i.test(text) && (/\b(?:models?|llms?|ai)\b/i.test(text) || CODING_PURPOSE.test(text)))
        return asIntent(query, 'best', { lane: CODING_LANE, ...(valueAsked ? { order: 'value' } : {}) });
    if (BEST.test(text) && purpose && !lane && !query.outOfScope) {
        const work = purpose[1].trim();
        query.filters.scoredOn = QUALITY_INDEX;
        query.notes = [
            ...(query.notes ?? []),
            `no benchmark in the catalog measures “${work.slice(0, 60)}”, and no kind of work it ranks matches it (/models lanes lists them): ranked on the broadest quality index instead, which does not test that work itself`,
        ];
        return asIntent(query, 'cheapest', { order: 'score', purpose: work });
    }
    return asIntent(query, 'unknown');
}
const AS_GOOD_AS = /\b(?:(?:at least|just|about|nearly|almost) )?as (?:good|smart|capable|strong|clever) as\s+$|\b(?:better|smarter|stronger|more capable|cleverer)(?: at \w+| on \w+)? than\s+$/i;
const LEVEL_OF = /^[\s-]*(?:level|class|tier|grade)\b(?:\s+(?:quality|performance|intelligence|smarts|results))?/i;
const PARITY = /\b(?:similar|same|comparable|equivalent|equal|matching|close|the same)\s+(?:quality|performance|intelligence|capabilit(?:y|ies)|results|level|smarts)\b|\bwithout\s+(?:losing|sacrificing|giving up|dropping)\s+(?:any\s+|much\s+)?(?:quality|performance|intelligence|capability)\b|\b(?:just|nearly|almost|about)\s+as\s+(?:good|smart|capable|strong)\b(?!\s+as\b)|\bequally\s+(?:good|smart|capable|strong)\b|\bno\s+(?:worse|dumber|loss in quality)\b/i;
const CHEAPER_THAN_NAME = /\b(?:cheaper|less expensive|costs? less|lower[- ]priced) than\s+$/i;
const SOUGHT = /\b(?:any(?:thing|one)?|something|models?|llms?|which|what|cheapest|cheaper|alternatives?|options?|is there|are there|find|show|list|need|want|one)\b/i;
const CHEAPER_WORDS = /\b(?:but |and |yet )?(?:cheaper|less expensive|for less|costs? less|lower[- ]priced|at a lower price)\b/i;
function relativeToModels(catalog, query, text) {
    const typed = findModelNames(catalog, text, false);
    const at = (n) => text.toLowerCase().indexOf(n.typed.toLowerCase());
    const before = (n) => text.slice(0, Math.max(0, at(n)));
    const after = (n) => text.slice(at(n) + n.typed.length);
    const named = typed.find((n) => at(n) >= 0 && (AS_GOOD_AS.test(before(n)) || LEVEL_OF.test(after(n))));
    const parity = !named && typed.length === 1 && at(typed[0]) >= 0 && PARITY.test(text);
    const floorModel = named ?? (parity ? typed[0] : undefined);
    if (!floorModel)
        return undefined;
    const lead = parity || LEVEL_OF.test(after(floorModel)) ? `${before(floorModel)} ${after(floorModel)}` : before(floorModel);
    if (!SOUGHT.test(lead) || typed.some((n) => n !== floorModel && at(n) >= 0 && at(n) < at(floorModel)))
        return undefined;
    const capModel = typed.find((n) => n !== floorModel && at(n) >= 0 && CHEAPER_THAN_NAME.test(before(n)));
    const cheaper = capModel !== undefined || CHEAPER_WORDS.test(text);
    const floor = catalog.byId.get(floorModel.name);
    if (!floor)
        return undefined;
    const { benchmark, score, index, instead } = qualityOf(catalog, floor, text);
    if (score === undefined) {
        const other = floor.benchmarks[0];
        const name = other ? (catalog.benchmarks.get(other.id)?.name ?? other.id) : undefined;
        const instead = other && name ? ` It is scored on ${name} (${other.score}): ask for, say, the cheapest model scoring at least ${other.score} on ${name}.` : '';
        return asIntent(query, 'cheapest', { models: [], problems: [`${floor.id} has no ${index} score to compare other models with.${instead}`] });
    }
    const strict = /\b(?:better|smarter|stronger|more capable|cleverer)\b/i.test(lead);
    const min = strict ? Math.round((score + 0.1) * 10) / 10 : score;
    query.filters.benchmarkFloors = [...(query.filters.benchmarkFloors ?? []), { benchmark, min }];
    const cap = capModel ? catalog.byId.get(capModel.name) : cheaper ? floor : undefined;
    if (cap) {
        query.filters.like = cap.id;
        query.filters.cheaperThanLike = true;
    }
    const lacking = instead ? `; ${floor.id} has no ${instead} score` : '';
    query.notes = [
        ...(query.notes ?? []),
        `“${strict ? 'better than' : 'as good as'} ${floor.id}” read as a score of at least ${min} on the ${index} (${floor.id}: ${score}${lacking})`,
    ];
    return asIntent(query, 'cheapest', { models: [] });
}
function qualityOf(catalog, model, text, fallback = true) {
    const coding = /\bcod(?:e|ing|er)\b|\bprogramming\b/i.test(text);
    const indexes = coding ? ['aa-coding-index'] : [QUALITY_INDEX, 'aa-intelligence-index-earlier'];
    const fallbacks = !fallback ? [] : coding ? ['aider-polyglot', 'swe-bench-pro', 'terminal-bench-2'] : [ARENA_SCORE, 'aider-polyglot'];
    const first = indexes[0];
    const benchmark = [...indexes, ...fallbacks].find((b) => scoreOf(model, b) !== undefined) ?? first;
    const name = (id) => catalog.benchmarks.get(id)?.name ?? id;
    return { benchmark, score: scoreOf(model, benchmark), index: name(benchmark), ...(fallbacks.includes(benchmark) ? { instead: name(first) } : {}) };
}
function whereToBuy(catalog, query, blanked) {
    const hosts = hostsNamed(catalog, blanked);
    const makers = new Set(query.models.map((name) => resolveModel(catalog, name)).flatMap((r) => (r.kind === 'found' ? [r.model.provider] : [])));
    const providers = hosts.length > 0 ? (query.filters.providers ?? []).filter((p) => makers.has(p) && !hosts.includes(p)) : [];
    if (hosts.length > 0)
        query.filters.hosts = [...hosts, ...providers];
    return asIntent(query, 'where', { attribute: 'routes' });
}
function movedFrom(catalog, query, model, how) {
    const successor = model.replacement;
    if (how.toSuccessor && successor && catalog.byId.has(successor))
        return asIntent(query, 'upgrade', { models: [model.id, successor] });
    if (how.toSuccessor)
        query.notes = [...(query.notes ?? []), `the catalog's sources name no successor to ${model.id}: these are models that can stand in for it`];
    query.filters.like = model.id;
    if (how.cheaper)
        query.filters.cheaperThanLike = true;
    if (BIGGER_CONTEXT.test(query.text) && query.filters.minContext === undefined) {
        query.filters.minContext = model.contextWindow + 1;
        query.notes = [...(query.notes ?? []), `a bigger context than ${model.id}'s ${model.contextWindow.toLocaleString('en-US')} tokens`];
    }
    if (NEWER_THAN_IT.test(query.text) && model.released !== undefined && query.released === undefined && isDay(model.released)) {
        query.released = { since: dayAfter(model.released) };
        query.notes = [...(query.notes ?? []), `released after ${model.id} (${model.released})`];
    }
    if (how.comparable !== undefined && !query.filters.benchmarkFloors?.length) {
        const { benchmark, score, index } = qualityOf(catalog, model, how.comparable, false);
        query.notes = [
            ...(query.notes ?? []),
            score === undefined
                ? `${model.id} has no ${index} score: these can take its requests (its capabilities, inputs and context); how good they are next to it is not compared`
                : `stand-ins as good as ${model.id}: a score of at least ${score} on the ${index} (${model.id}: ${score})`,
        ];
        if (score !== undefined)
            query.filters.benchmarkFloors = [{ benchmark, min: score }];
    }
    return asIntent(query, 'cheapest', { models: [] });
}
const BIGGER_CONTEXT = /\b(?:bigger|larger|longer|more)\s+context(?:\s+window)?\b/i;
const NEWER_THAN_IT = /\b(?:but|and|yet)\s+(?:a\s+)?(?:newer|more recent)\b|\b(?:a\s+)?newer\s+(?:one|model|version)\b/i;
const OTHER_LANGUAGE = /[¿¡]|\b(?:cu[aá]l|qu[eé]|modelo|modelos|barato|m[aá]s|quel(?:le)?|mod[eè]le|moins|cher|welche[sr]?|modell|g[uü]nstig\w*|billig\w*|preis|kosten|pre[cç]o|custo|quanto|qual|econ[oô]mico)(?![\p{L}\p{N}])/iu;
export const inOtherLanguage = (text) => OTHER_LANGUAGE.test(text);
export const RANKING_ALONE = /^\s*(?:and\s+)?(?:the\s+)?(?:(?:top\s+)?\d{1,3}\s+)?(?:cheapest|least expensive|priciest|most expensive|newest|latest|fastest|largest context|biggest context)(?:\s+(?:one|model|llm|option|ones|models|llms|options))?(?:\s+\d{1,3}|\s+(?:ranks?\s+|#)\d{1,3}\s*(?:-|–|to|through)\s*#?\d{1,3})?\s*[?.!]*\s*$/i;
export function parseQuestion(catalog, raw) {
    const read = settleVolumes(settleUnsized(readQuestion(catalog, raw)));
    const unasked = read.intent === 'unknown' && read.models.length === 0 && read.problems.length === 0;
    const alone = unasked && (RANKING_ALONE.test(raw) || SPREAD.test(read.text));
    const query = alone ? { ...read, intent: 'cheapest', order: rankingOrder(raw) ?? 'price' } : read;
    const claim = query.intent === 'attribute' && query.models.length === 2 ? claimIn(query.text) : undefined;
    const full = FULL_DETAIL.test(query.text) ? { fullDetail: true } : {};
    const unread = unreadAsks(catalog, query);
    const spread = query.intent === 'cheapest' && SPREAD.test(query.text) ? { spread: true } : {};
    return { ...query, ...full, ...spread, ...(claim ? { claim } : {}), ...(unread.length > 0 ? { notes: [...(query.notes ?? []), ...unread] } : {}) };
}
const SPREAD = /\b(?:average|avg|mean|median|typical)\s+(?:\w+\s+)?(?:price|prices|cost|costs|pricing|rate|rates|spend)\b|\b(?:price|pricing|cost)\s+(?:range|spread|distribution)\b|\brange\s+of\s+(?:prices|costs)\b|\bhow\s+many\s+(?:[\w-]+\s+){0,4}?(?:models|llms|options)\b|\bcheapest\s+and\s+(?:the\s+)?(?:most\s+expensive|priciest|dearest)\b|\b(?:most\s+expensive|priciest|dearest)\s+and\s+(?:the\s+)?cheapest\b/i;
const ASKED_TO_HAVE = /\b(?:with|having|supporting|that (?:has|have|can|supports?))\s+(?:an?\s+|the\s+|some\s+)?((?:\p{L}+[\s-]+){0,2}\p{L}{3,})\s*(?=[?.!,;]|\s+(?:and|or|for|at|under|below|from|please|pls)\b|$)/giu;
const NOT_A_FILTER = /\b(?:latency|ttft|price|prices|pricing|cost|costs|budget|cheap|cheapest|lowest|longest|largest|biggest|highest|best|quality|performance|same|capabilities|tokens?|context|window|output|requests?|it|them|that|this)\b/i;
const plainRankings = new WeakMap();
function plainRanking(catalog) {
    let plain = plainRankings.get(catalog);
    if (!plain) {
        const { text: _asked, ...read } = readQuestion(catalog, 'cheapest model with');
        plain = read;
        plainRankings.set(catalog, plain);
    }
    return plain;
}
function unreadAsks(catalog, query) {
    if (query.intent !== 'cheapest' && query.intent !== 'best')
        return [];
    const notes = [];
    for (const m of query.text.matchAll(ASKED_TO_HAVE)) {
        const phrase = (m[1] ?? '').trim();
        const words = phrase.toLowerCase().split(/[\s-]+/);
        if (words.every((w) => FILLER.has(w)) || NOT_A_FILTER.test(phrase))
            continue;
        const { text: _asked, ...alone } = readQuestion(catalog, `cheapest model with ${phrase}`);
        if (JSON.stringify(alone) === JSON.stringify(plainRanking(catalog)))
            notes.push(`“${m[0].trim().slice(0, 60)}” was read as no filter: the catalog records capabilities (such as vision, reasoning, function calling, structured outputs), inputs, context, output, speed, prices, release dates and benchmark scores`);
    }
    return notes;
}
const FULL_DETAIL = /\b(?:full|whole|complete|entire|detailed)\s+(?:comparison|breakdown|table|details?|version)\b|\b(?:all|every)\s+(?:the\s+)?rows\b|\bin full\b|\bmore details?\b|\bshow (?:me )?everything\b/i;
const CLAIM = /(?<![\w.])(\d+(?:\.\d+)?)\s*(x|×|times|%|percent)\s+(cheaper|less expensive|lower|more expensive|pricier|costlier|dearer|higher)\b/i;
function claimIn(text) {
    const m = CLAIM.exec(text);
    const n = Number(m?.[1]);
    if (!m || !Number.isFinite(n) || n <= 0)
        return undefined;
    const cheaper = /^(?:cheaper|less expensive|lower)$/i.test(m[3]);
    return /%|percent/i.test(m[2]) ? { cheaper, percent: n } : { cheaper, times: n };
}
export function settleUnsized({ unsized, ...query }) {
    if (unsized?.costOnly) {
        if (query.intent !== 'cost' || query.split !== undefined)
            return query;
        return { ...query, problems: [...query.problems, unsized.problem], notes: (query.notes ?? []).filter((n) => n !== unsized.note) };
    }
    if (!unsized || query.intent !== 'best')
        return query;
    return { ...query, problems: query.problems.filter((p) => p !== unsized.problem), notes: [...(query.notes ?? []), unsized.note] };
}
const MAX_VOLUMES = 8;
export function settleVolumes(asked, inherited = false) {
    if (!asked.volumes)
        return asked;
    const query = asked.intent === 'attribute' && asked.attribute === 'price' && asked.models.length >= 2 ? { ...asked, intent: 'compare', attribute: null } : asked;
    const { volumes, ...rest } = query;
    if (!volumes)
        return query;
    const cost = query.intent === 'cost' &&
        query.split === undefined &&
        query.people === undefined &&
        query.forCount === undefined &&
        query.budget === undefined &&
        query.batchShare === undefined;
    const shown = (cost || query.intent === 'compare' || query.intent === 'upgrade') && query.per === undefined && spansAsked(query).length === 0 && !query.term;
    if (shown && volumes.length <= MAX_VOLUMES)
        return query;
    if (inherited && !shown)
        return { ...rest, notes: [...(query.notes ?? []), `at ${tokens(query.tokens ?? 0)} tokens a month, the first of the volumes asked before`] };
    const said = volumes.map((v) => Math.round(v).toLocaleString('en-US'));
    const list = said.length <= 4 ? wordList(said) : `${said.slice(0, 3).join(', ')} … ${said.at(-1)}`;
    const given = `${volumes.length === 2 ? 'Two' : volumes.length} volumes given (${list} tokens a month)`;
    const problem = shown
        ? `${given}: give at most ${MAX_VOLUMES}, such as at 10M, 50M and 100M tokens.`
        : cost || query.intent === 'compare'
            ? `${given}: a cost by the hour, day, week or year, over a term or per request takes one volume, such as 50M tokens over 6 months; several are priced side by side by the month, such as at 10M, 50M and 100M tokens.`
            : `${given}: give one volume for the month, such as 50M tokens (one model's monthly cost, or a comparison, takes several: at 10M, 50M and 100M tokens).`;
    return { ...rest, problems: [...query.problems, problem] };
}
function leftOutAgain(catalog, query, again) {
    const idOf = (name) => {
        const found = resolveModel(catalog, name);
        return found.kind === 'found' ? found.model.id : name;
    };
    const kept = query.models.filter((name) => !again.includes(idOf(name)));
    if (kept.length === query.models.length)
        return;
    if (kept.length === 0) {
        query.problems.push(`Leaving out ${wordList([...again])} leaves no model named: name the ones to keep, such as compare gpt-5, o3 and sonnet 4.5 without o3.`);
        return;
    }
    query.models = kept;
    query.notes = [...(query.notes ?? []), `${wordList([...again])} left out, as asked`];
}
const MINI_FIRST = /^(\s*)(\d+(?:\.\d+)?)m(\s+(?:vs\.?|versus|or)\s+)(.+)$/i;
const MINI_LAST = /^(.+?\s+(?:vs\.?|versus|or)\s+)(\d+(?:\.\d+)?)m(\s*[?.!]*\s*)$/i;
function miniShorthand(catalog, text) {
    const first = MINI_FIRST.exec(text);
    const last = first ? undefined : MINI_LAST.exec(text);
    const [number, other] = first ? [first[2], first[4]] : last ? [last[2], last[1]] : [];
    if (number === undefined || other === undefined || findModelNames(catalog, other, false).length === 0)
        return { text };
    const mini = resolveModel(catalog, `${number} mini`);
    if (mini.kind !== 'found')
        return { text };
    const read = first ? `${first[1]}${number} mini${first[3]}${first[4]}` : `${last?.[1]}${number} mini${last?.[3]}`;
    return { text: read, note: `“${number}m” read as ${mini.model.id}, not ${number}M tokens` };
}
const HAD_WORD = /\b(with|w\/?|supports?|supporting|has|having|and|plus|that can do|can do)\s+((?:\p{L}+\s+){0,2}\p{L}{5,})\b/giu;
const capabilityVocabulary = new WeakMap();
function capabilityTypos(catalog, text) {
    let vocabulary = capabilityVocabulary.get(catalog);
    if (!vocabulary) {
        const phrases = Object.values(catalog.capabilityWords ?? {}).flat();
        vocabulary = [...new Set(phrases.flatMap((p) => p.toLowerCase().split(/[\s-]+/)).filter((w) => /^\p{L}{4,}$/u.test(w)))];
        capabilityVocabulary.set(catalog, vocabulary);
    }
    const names = wordsOfNames(catalog);
    const notes = [];
    const corrected = (typed) => {
        const w = typed.toLowerCase();
        if (w.length < 5 || vocabulary.includes(w) || names.has(w) || FILLER.has(w))
            return typed;
        const within = w.length >= 7 ? 2 : 1;
        const meant = vocabulary.find((v) => v[0] === w[0] && Math.abs(v.length - w.length) <= within && distance(v, w) <= within);
        if (!meant)
            return typed;
        notes.push(`“${typed}” read as “${meant}”`);
        return meant;
    };
    const read = text.replace(HAD_WORD, (_all, lead, words) => `${lead} ${words.split(/\s+/).map(corrected).join(' ')}`);
    return { text: read, notes };
}
const CLAUDE_CODE = /\bclaude[\s-]code\b/i;
const EVERY_CLAUDE_CODE = new RegExp(CLAUDE_CODE.source, 'gi');
function toolAsModels(text) {
    if (!CLAUDE_CODE.test(text) || outOfReach(text) === 'subscription')
        return { text };
    return {
        text: text.replace(EVERY_CLAUDE_CODE, 'claude'),
        note: "“Claude Code” is Anthropic's coding tool, billed by the tokens of the Claude model it runs: read as claude",
    };
}
function readQuestion(catalog, raw) {
    const shorthand = miniShorthand(catalog, cleanQuestion(raw));
    const spelled = capabilityTypos(catalog, shorthand.text);
    const tool = toolAsModels(spelled.text);
    const afterChange = afterChangeIn(tool.text);
    const text = afterChange ?? tool.text;
    const query = emptyQuery(raw.slice(0, 2000));
    if (afterChange !== undefined)
        query.pricedOn = { nextChange: true };
    const said = [...(shorthand.note ? [shorthand.note] : []), ...spelled.notes, ...(tool.note ? [tool.note] : [])];
    if (said.length > 0)
        query.notes = said;
    if (inOtherLanguage(text))
        return asIntent(query, 'unknown');
    const topic = helpTopicIn(text);
    if (topic && findModelNames(catalog, text, false).length === 0)
        return asIntent(query, 'help', { topic });
    if (text === '' || HELP.test(text) || HELP_ANYWHERE.test(text))
        return asIntent(query, 'help');
    const reach = outOfReach(text);
    const priced = () => (extractProfile(text).query.tokens ?? null) !== null;
    const forecast = (reach === 'spend' && priced()) || (reach === 'subscription' && !NAMED_PLAN.test(text) && priced());
    if (reach && !forecast) {
        const models = findModelNames(catalog, text, true).flatMap((n) => {
            const found = resolveModel(catalog, n.name);
            return found.kind === 'found' ? [found.model.id] : [];
        });
        return asIntent(query, 'cannot-see', { reach, models });
    }
    if (/^\s*how\b/i.test(text) && /\bdigest\b/i.test(text))
        return asIntent(query, 'digest', { digest: { action: 'status' } });
    const settings = settingsInWords(text);
    if (settings?.action === 'error')
        return asIntent(query, 'settings', { problems: [settings.message] });
    if (settings)
        return asIntent(query, 'settings', { settings });
    const watch = watchInWords(catalog, text);
    if (watch && 'problem' in watch)
        return asIntent(query, 'watch', { problems: [watch.problem] });
    if (watch)
        return asIntent(query, 'watch', { watch });
    const subscription = subscriptionInWords(text);
    if (subscription && subscription.action !== 'error')
        return asIntent(query, 'digest', { digest: subscription });
    const ofPrices = PRICE_SCHEDULE.test(text) || PRICE_HISTORY.test(text);
    const changes = DIGEST.test(text) || NEW_MODELS.test(text);
    const named = ofPrices || changes ? findModelNames(catalog, text, false).length : 0;
    const setAgainst = named >= 2 && /\bvs\.?(?=\s)|\bversus\b|\bcompared?\s+(?:to|with)\b/i.test(text);
    const newsOfOne = named === 1 && /\b(?:what'?s|what is|anything) new (?:with|in|for|about|on)\b/i.test(text);
    const digestWords = changes && !(ofPrices && named > 0) && named !== 1 && !setAgainst && !newsOfOne;
    const longPromptOfModel = digestWords && extractProfile(text).query.promptTokens != null && named > 0;
    const byVersion = changes ? priceOfVersion(catalog, query, text) : undefined;
    if (byVersion)
        return byVersion;
    const newsOfName = digestWords && named === 0 ? NEWS_OF_NAME.exec(text) : null;
    if (newsOfName && !(/^[^\s\d]+$/.test(newsOfName[1]) && providersNamedBy(newsOfName[1], catalog.providers).length > 0)) {
        const newest = parseQuestion(catalog, `newest ${newsOfName[1]} models`);
        if (newest.intent === 'cheapest' && newest.problems.length === 0 && (newest.filters.named !== undefined || newest.filters.families !== undefined))
            return { ...newest, text };
    }
    if (digestWords && !longPromptOfModel) {
        const providers = extractProfile(text, { providerWords: true, capabilityWords: false, providers: catalog.providers }).query.filters.providers;
        const range = rangeInWords(text) ?? 'last-7-days';
        const problem = rangeProblem(range);
        if (problem)
            return asIntent(query, 'digest', { problems: [problem] });
        const direction = directionInWords(text);
        return asIntent(query, 'digest', { digest: { action: 'preview', range, ...(providers?.length ? { providers } : {}), ...(direction ? { direction } : {}) } });
    }
    const composite = picksIn(catalog, text, (phrase) => parseQuestion(catalog, phrase));
    if (composite) {
        const profiled = [...composite.picks, ...text.split(/\s+(?:vs\.?|versus|against)\s+/i).map((side) => ({ ...emptyQuery(side), ...extractProfile(side).query }))];
        const withVolume = profiled.find((q) => q.tokens !== null && q.tokens !== undefined);
        return asIntent(query, 'compare', { models: composite.models, picks: composite.picks, tokens: withVolume?.tokens ?? null, mix: withVolume?.mix ?? null });
    }
    const firstOfRanking = /^\s*(?:compare|show me a comparison of|side[- ]by[- ]side(?: of)?)\s+(.+)$/i.exec(text);
    if (firstOfRanking && findModelNames(catalog, text, false).length === 0) {
        const ranking = parseQuestion(catalog, firstOfRanking[1]);
        const makers = ranking.filters.eachProvider ? (ranking.filters.providers?.length ?? 0) : 0;
        const n = makers >= 2 ? makers : (ranking.top ?? 0);
        if ((ranking.intent === 'cheapest' || ranking.intent === 'best') && ranking.problems.length === 0 && n >= 2 && n <= MAX_COMPARED)
            return asIntent(query, 'compare', { picks: [{ ...ranking, firstOf: n }], tokens: ranking.tokens, mix: ranking.mix });
    }
    const { masked, exact, blanked } = maskModelNames(catalog, text);
    const benchmarkHit = benchmarkIn(catalog, text);
    const withoutBenchmark = (t) => (benchmarkHit ? `${t.slice(0, benchmarkHit.start)} ${' '.repeat(benchmarkHit.end - benchmarkHit.start)}${t.slice(benchmarkHit.end)}` : t);
    const words = catalog.capabilityWords ?? {};
    const laneHit = laneMatch(catalog, withoutBenchmark(withoutOutputModalities(withoutNegations(text, words, catalog.providers))));
    const asked = withoutCacheShares(withoutBenchmark(withoutNegations(blanked, words, catalog.providers)));
    const attributeAsked = (purposeToo) => attributesOf(catalog).find((a) => {
        const m = a.words.exec(asked);
        if (m === null)
            return false;
        if (laneHit && m.index >= laneHit.start && m.index + m[0].length <= laneHit.end && m[0].length < laneHit.end - laneHit.start)
            return false;
        return purposeToo || !(a.row.startsWith('capability.') && /\bfor\s+(?:the\s+|some\s+)?$/i.test(asked.slice(0, m.index)));
    });
    const attribute = attributeAsked(false) ?? attributeAsked(true);
    const split = readSplit(masked, exact);
    if (split && 'problem' in split)
        return asIntent(query, 'cost', { problems: [split.problem], modelProblem: true });
    const against = releasedAgainst(catalog, split ? split.rest : masked, exact);
    const leftOut = readLeftOut(catalog, against.rest, exact);
    const { floors, rest: floorless, notes: floorNotes } = readScoreFloors(catalog, leftOut.rest);
    const { rest, query: found, each, } = extractProfile(floorless, {
        providerWords: true,
        capabilityWords: true,
        providers: catalog.providers,
        ...(catalog.capabilityWords ? { capabilities: catalog.capabilityWords } : {}),
        modelSize: modelSizeIn(catalog),
    });
    apply(query, found);
    leaveOut(query.filters, leftOut);
    if (against.released && query.released === undefined) {
        query.released = against.released;
        query.notes = [...(query.notes ?? []), against.note];
    }
    if (query.filters.maxMonthlyUsd !== undefined)
        query.filters.maxMonthlyUsd = monthShare(text, query, query.filters.maxMonthlyUsd);
    if (floors.length > 0)
        query.filters.benchmarkFloors = floors;
    if (floorNotes.length > 0)
        query.notes = [...(query.notes ?? []), ...floorNotes];
    const blank = (text, hit) => hit ? `${text.slice(0, hit.start)}${' '.repeat(hit.end - hit.start)}${text.slice(hit.end)}` : text;
    let nameText = blank(rest, laneMatch(catalog, rest));
    nameText = blank(nameText, benchmarkIn(catalog, nameText));
    for (let host = hostIn(catalog, nameText), guard = 0; host && guard < 6; host = hostIn(catalog, nameText), guard++)
        nameText = blank(nameText, host);
    const excluded = readExcludedFamilies(catalog, nameText);
    if (excluded.families.length > 0)
        query.filters.excludeFamilies = excluded.families;
    const family = readFamilyPhrase(catalog, excluded.rest);
    if (family.families.length > 0)
        query.filters.families = family.families;
    const namedPhrase = readNamedPhrase(catalog, family.rest, exact);
    if (namedPhrase.named !== undefined)
        query.filters.named = namedPhrase.named;
    const nameRest = namedPhrase.named !== undefined ? namedPhrase.rest : family.rest;
    const names = findModelNames(catalog, nameRest, true, exact);
    const outside = outOfScopeNameIn(catalog, text);
    const asOutside = () => asIntent({ ...query, filters: {} }, 'model', { models: [outside] });
    if (outside !== undefined && names.length > 0)
        return asOutside();
    query.models = names.map((n) => (n.exact ? n.name : n.name.replace(/^free\s+/i, '')));
    if (leftOut.again.length > 0)
        leftOutAgain(catalog, query, leftOut.again);
    batchSides(query, masked, exact);
    if (split)
        return asIntent(query, 'cost', {
            split: split.parts,
            ...('movedFrom' in split && split.movedFrom ? { movedFrom: split.movedFrom } : {}),
            ...('eachOwn' in split && split.eachOwn ? { eachOwn: true } : {}),
        });
    const peers = names.length === 1 ? otherSide(catalog, query, names[0], nameRest) : undefined;
    if (peers)
        return peers;
    familyAsFilter(catalog, query, names, text);
    nameAsFilter(catalog, query, names, text, masked, exact);
    const before = names.length === 0 && !query.filters.families && query.filters.named === undefined ? familyBeforeModels(catalog, nameRest) : undefined;
    if (outside !== undefined && before === undefined)
        return asOutside();
    if (before && 'families' in before)
        query.filters.families = before.families;
    else if (before) {
        query.problems.push(unknownFamilyProblem(before.unknown));
        if (before.unknown.scope)
            query.outOfScope = true;
    }
    versusFamily(query, blanked);
    familyAgainstFamily(catalog, query, blanked);
    if (query.models.length === 0)
        lineWordAsFamilies(catalog, query, blanked);
    if (/\b(?:latency|time to first (?:token|byte)|ttft|response time)\b/i.test(blanked))
        query.notes = [...(query.notes ?? []), 'the catalog records measured output speed (tokens per second), not latency or time to first token'];
    const scope = query.models.length === 0 ? outOfScopeAsked(blanked) : undefined;
    if (scope && !query.outOfScope) {
        query.problems.push(scope);
        query.outOfScope = true;
    }
    longPromptPrice(catalog, query, text);
    cachingAsked(query, text);
    const count = query.models.length;
    if (count === 0)
        aboveAverage(catalog, query, text);
    if (count === 0 && !benchmarkHit)
        uncarriedRanking(catalog, query, asked);
    if (count === 0) {
        const { hosts, leftOut: hostsLeft } = readHosts(catalog, text);
        if (hosts.length > 0)
            query.filters.hosts = hosts;
        if (hostsLeft.length > 0)
            query.problems.push(hostsLeftOutProblem(hostsLeft));
    }
    if (count === 0 && PER_TASK.test(text)) {
        if (benchmarkHit)
            query.filters.scoredOn = benchmarkHit.id;
        return asIntent(query, 'cheapest', { order: 'task' });
    }
    if (count === 0 && benchmarkHit && floors.length === 0 && VALUE.test(text)) {
        query.filters.scoredOn = benchmarkHit.id;
        return asIntent(query, 'cheapest', { order: 'value' });
    }
    if (count === 0 && benchmarkHit && floors.length === 0 && LEADERBOARD.test(text)) {
        query.filters.scoredOn = benchmarkHit.id;
        return asIntent(query, 'cheapest', { order: 'score' });
    }
    if (count === 0 && benchmarkHit && floors.length === 0 && query.filters.scoredOn === undefined)
        query.filters.scoredOn = benchmarkHit.id;
    const relative = count >= 1 && count <= 2 ? relativeToModels(catalog, query, text) : undefined;
    if (relative)
        return relative;
    const hosts = hostsNamed(catalog, blanked).length;
    const makerToo = hosts === 1 && (query.filters.providers?.length ?? 0) >= 1 && HOSTS_AGAINST.test(text);
    if (count >= 1 && ((hosts >= 2 && (UPGRADE.test(text) || ALTERNATIVES.test(text) || HOSTS_AGAINST.test(text))) || makerToo))
        return whereToBuy(catalog, query, blanked);
    const spentOnOne = count === 1 && query.tokens === null && SPENT.test(text) ? (query.filters.maxMonthlyUsd ?? dollarsIn(text)) : undefined;
    const switchTo = SWITCH_TO_WHAT.test(text);
    if (spentOnOne !== undefined && (ALTERNATIVES.test(text) || CHEAPER_WORDS.test(text) || COMPARABLE.test(text) || switchTo)) {
        const found = resolveModel(catalog, query.models[0]);
        if (found.kind === 'found') {
            delete query.filters.maxMonthlyUsd;
            query.budget = spentOnOne;
            const cheaper = CHEAPER_WORDS.test(text) || !switchTo;
            return movedFrom(catalog, query, found.model, { toSuccessor: false, cheaper, comparable: text });
        }
    }
    if (count === 2 && BETWEEN_IN_PRICE.test(text)) {
        const [a, b] = query.models.map((name) => resolveModel(catalog, name));
        if (a?.kind === 'found' && b?.kind === 'found') {
            query.filters.pricedBetween = [a.model.id, b.model.id];
            return asIntent(query, 'cheapest', { models: [], order: 'price' });
        }
    }
    if (count === 1 && PRICIER_THAN.test(text)) {
        const found = resolveModel(catalog, query.models[0]);
        if (found.kind === 'found') {
            query.filters.pricierThan = found.model.id;
            return asIntent(query, 'cheapest', { models: [], order: 'price' });
        }
    }
    const cheaperThan = count === 1 && (CHEAPER_THAN.test(text) || SAVES_MOST.test(text));
    if (count === 1 && (ALTERNATIVES.test(text) || cheaperThan)) {
        const found = resolveModel(catalog, query.models[0]);
        const cheaper = cheaperThan || CHEAPER_WORDS.test(text);
        const decent = decentWordIn(text);
        if (decent !== undefined && !query.filters.benchmarkFloors?.some((f) => f.benchmark === DECENT_FLOOR.benchmark)) {
            query.filters.benchmarkFloors = [...(query.filters.benchmarkFloors ?? []), { ...DECENT_FLOOR }];
            query.decent = decent;
        }
        if (found.kind === 'found')
            return movedFrom(catalog, query, found.model, { toSuccessor: SUCCESSOR.test(text), cheaper, ...(ALTERNATIVES.test(text) ? { comparable: text } : {}) });
    }
    const spent = count >= 2 && SPENT.test(text) ? (query.filters.maxMonthlyUsd ?? dollarsIn(text)) : undefined;
    if (spent !== undefined && query.tokens === null) {
        delete query.filters.maxMonthlyUsd;
        return asIntent(query, 'upgrade', { budget: spent, models: query.models.slice(0, 2) });
    }
    if (count === 1 && (query.batch || query.serviceTier !== null || query.cachedShare !== null) && /\bworth\b/i.test(text))
        return asIntent(query, 'cost');
    const choice = count >= 2 && /\bor\b/i.test(text) && !/\b(?:from|off|ditch|replace|swap)\b/i.test(text);
    const worthAlone = /\bworth (?:it|the (?:money|price|cost|extra)|its (?:price|cost)|paying (?:for|extra))\b/i;
    const worthOnly = worthAlone.test(text) && !UPGRADE.test(text.replace(worthAlone, ' '));
    if (UPGRADE.test(text) && count === 1) {
        const typed = findModelNames(catalog, text, false)[0]?.typed;
        const at = typed === undefined ? -1 : text.indexOf(typed);
        const isTarget = at >= 0 && /\b(?:to|onto|into|with|for|over to)\s+(?:the\s+|a\s+)?$/i.test(text.slice(0, at));
        const found = resolveModel(catalog, query.models[0]);
        if (!isTarget && found.kind === 'found')
            return movedFrom(catalog, query, found.model, { toSuccessor: !worthOnly, cheaper: false, comparable: text });
    }
    if (UPGRADE.test(text) && count >= 1 && !choice) {
        const replacing = /^(?<before>[\s\S]*?)\b(?:replaces?|to replace|replacing)\b(?<after>[\s\S]*)$/i.exec(text);
        const replacesNamed = replacing?.groups !== undefined &&
            !/\bwith\b/i.test(replacing.groups.after ?? '') &&
            findModelNames(catalog, replacing.groups.before ?? '', false).length > 0 &&
            findModelNames(catalog, replacing.groups.after ?? '', false).length > 0;
        const reversed = (/\bto\b[\s\S]*\bfrom\b/i.test(text) && !/\bfrom\b[\s\S]*\bto\b/i.test(text)) || PREFERRED_OVER.test(text) || /\breplacement for\b/i.test(text) || replacesNamed;
        if (count >= 2 && reversed)
            query.models = [query.models[1], query.models[0]];
        else if (count === 2 && !/\b(?:from|to|off|onto|over|replace|replacing|replacement)\b/i.test(text)) {
            const [a, b] = query.models.map((id) => catalog.byId.get(id)?.released);
            if (a && b && a > b)
                query.models = [query.models[1], query.models[0]];
        }
        return asIntent(query, 'upgrade', laneHit && forLane(text, laneHit) ? { lane: laneHit.lane.id } : {});
    }
    if (count >= 1) {
        const surfaceLane = laneHit?.lane.needs.surfaces.length === 1 ? laneHit.lane : undefined;
        if (surfaceLane && /\b(?:available|offered|supported|usable|in|on|inside|within)\b/i.test(text.slice(0, laneHit?.start)) && /^\s*(?:is|are|can|does|do)\b/i.test(text))
            return asIntent(query, 'attribute', { attribute: 'surface', platform: surfaceLane.needs.surfaces[0] });
        if (/\b(?:cheaper|cheapest|less expensive|lower price|best price|better price|costs? less)\b/i.test(text) && readHosts(catalog, text).hosts.length > 0)
            return whereToBuy(catalog, query, blanked);
        const versusHosts = /\b(?:on|via|at|through|from)\s+([\w.-]+(?:\s+[\w.-]+)?)\s+(?:vs\.?|versus|or(?!\s+only)|compared (?:to|with))\s+([\w.-]+(?:\s+[\w.-]+)?)/i.exec(text) ??
            /\bcompare\b.*?\b(?:on|via|at|through|from)\s+([\w.-]+(?:\s+[\w.-]+)?)\s+(?:and|with|to)\s+([\w.-]+(?:\s+[\w.-]+)?)/i.exec(text) ??
            /\bcompare\s+([\w.-]+)\s+(?:and|with|to|vs\.?|versus)\s+([\w.-]+)\s+(?:for|on)\b/i.exec(text) ??
            /^\s*([\w.-]+(?:\s+[\w.-]+)?)\s+(?:vs\.?|versus|or)\s+([\w.-]+(?:\s+[\w.-]+)?)\s+(?:for|to (?:run|host|serve|buy))\b/i.exec(text);
        if (versusHosts && (hostIn(catalog, versusHosts[1] ?? '') || hostIn(catalog, versusHosts[2] ?? '')))
            return whereToBuy(catalog, query, blanked);
        const host = routeHost(catalog, text);
        if (host && query.tokens !== null && COST.test(text) && !/\bfree\b/i.test(text))
            return whereToBuy(catalog, query, blanked);
        if (host && !/^\s*where\b|\bwhich (?:providers?|platforms?|clouds?|hosts?)\b|\bbesides\b|\bother than\b/i.test(text))
            return asIntent(query, 'attribute', { attribute: /\bfree\b/i.test(text) ? 'free-endpoint' : 'route', platform: host.id });
        if (WHERE.test(text) && (!CHEAPEST.test(text) || (count === 1 && CHEAPEST_WAY.test(text))))
            return whereToBuy(catalog, query, blanked);
        const budgetAsked = BUDGET_VOLUME.test(text) && (query.filters.maxMonthlyUsd !== undefined || dollarsIn(text) !== undefined);
        if (count === 1 && (PRICE_HISTORY.test(text) || (DIGEST.test(text) && query.promptTokens == null)) && !PRICE_SCHEDULE.test(text) && !budgetAsked)
            return asIntent(query, 'model');
        const { minPerMillion, maxPerMillion, minInputPerMillion, maxInputPerMillion, minOutputPerMillion, maxOutputPerMillion } = query.filters;
        const bounded = [minPerMillion, maxPerMillion, minInputPerMillion, maxInputPerMillion, minOutputPerMillion, maxOutputPerMillion].some((b) => b !== undefined);
        if (bounded && YES_OR_NO_OF_MODELS.test(text) && !/\b(?:like|similar|alternatives?|instead|replace|other than|besides)\b/i.test(text))
            return asIntent(query, 'attribute', { attribute: 'price-bound' });
        const fact = FACTS.find((f) => f.words.test(asked) && !((f.id === 'batch-price' || f.id === 'rate-limits') && query.tokens !== null));
        if (fact)
            return asIntent(query, 'attribute', { attribute: fact.id });
        const onBenchmark = benchmarkHit !== undefined && /\b(?:on|in|at)\s+(?:the\s+)?$/i.test(text.slice(0, benchmarkHit.start));
        if (benchmarkHit && floors.length === 0 && !(count >= 2 && /\bcompare\b/i.test(text) && !onBenchmark))
            return asIntent(query, 'attribute', { attribute: 'benchmark', benchmark: benchmarkHit.id });
        const uncarried = benchmarkHit ? undefined : uncarriedBenchmarkIn(asked);
        if (uncarried)
            return asIntent(query, 'attribute', { attribute: 'benchmark', benchmark: uncarried });
        if (!benchmarkHit && !/\bcompare\b/i.test(text) && /\b(?:benchmarks?|evals?)\b/i.test(asked))
            return asIntent(query, 'attribute', { attribute: 'benchmark', benchmark: '' });
    }
    const minInput = laneHit?.lane.needs.minInput;
    const shortOfLane = laneHit !== undefined && minInput !== undefined && each !== undefined && each < minInput / 4;
    const inWorkload = attribute !== undefined && query.tokens !== null && !attribute.words.test(rest);
    const reading = { text, query, laneHit: shortOfLane ? undefined : laneHit, attribute: inWorkload ? undefined : attribute };
    if (shortOfLane && count === 0 && BEST.test(text) && query.filters.scoredOn === undefined) {
        query.filters.scoredOn = QUALITY_INDEX;
        query.notes = [
            ...(query.notes ?? []),
            `each is ${tokens(each)} tokens, far below the ${minInput.toLocaleString('en-US')}-token prompts of the ${laneHit.lane.id} lane: ranked on the broadest quality index instead`,
        ];
        return asIntent(query, 'cheapest', { order: 'score' });
    }
    if (count >= 2)
        return aboutSeveral(reading);
    if (count === 1)
        return aboutOne(reading);
    const maker = query.filters.providers?.length === 1 && MAKER.test(text) ? catalog.providers.find((p) => p.id === query.filters.providers?.[0]) : undefined;
    if (maker) {
        query.notes = [...(query.notes ?? []), `the models asked about are made by ${maker.name}; its models in the catalog follow`];
        return asIntent(query, 'cheapest', { top: query.top ?? MAX_TOP });
    }
    return unknownMaker(catalog, aboutNone({ ...reading, gatedLane: gatedLaneIn(catalog, text) }), text);
}
const NOT_A_MAKER = new Set('a an the each every all any my our your their its this that these those now here there today scratch home work memory cache input output prompts start beginning end last next previous api apis china europe us usa america eu'.split(' '));
const MAKER_SAID = /\b(?:made|built|released|developed|trained)\s+by\s+(?:the\s+)?([a-z][\w.-]*)|\b(?:models?|llms?|ones?|anything|something|options?|cheapest|best|newest|latest|only|just)\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?([a-z][\w.-]*)/i;
function unknownMaker(catalog, query, text) {
    const f = query.filters;
    if (query.intent !== 'cheapest' || f.providers !== undefined || f.excludeProviders !== undefined || f.hosts !== undefined || f.families !== undefined || f.named !== undefined)
        return query;
    const m = MAKER_SAID.exec(text);
    const word = (m?.[1] ?? m?.[2])?.toLowerCase();
    if (!word || NOT_A_MAKER.has(word) || monthOf(word) !== undefined || /\d/.test(word) || hostIn(catalog, word) || findModelNames(catalog, word, false).length > 0)
        return query;
    const names = catalog.providers.map((p) => ({ id: p.id, d: Math.min(distance(word, p.id), distance(word, p.name.toLowerCase())) }));
    const closest = names.filter(({ d }) => d <= Math.max(1, Math.floor(word.length / 3))).sort((a, b) => a.d - b.d || a.id.localeCompare(b.id));
    const instead = closest.length > 0
        ? `Did you mean ${closest
            .slice(0, 3)
            .map((c) => `from ${c.id}`)
            .join(' or ')}?`
        : `Makers it knows: ${catalog.providers.map((p) => p.id).join(', ')}.`;
    return { ...query, problems: [...query.problems, `No model maker called “${word.slice(0, 40)}” is in the catalog. ${instead}`] };
}
//# sourceMappingURL=question.js.map