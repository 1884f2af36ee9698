import { HOST_NAMES, hostName } from '../catalog/schema.js';
import { escapeRegExp, LEAVING_OUT } from './extract.js';
function phrasePattern(phrase) {
    const words = phrase
        .toLowerCase()
        .split(/[\s\-_.]+/)
        .filter((w) => w !== '');
    return words.map(escapeRegExp).join('[\\s\\-_.]*');
}
function longestHit(entries, text) {
    const t = text.toLowerCase();
    let best;
    for (const { id, re } of entries) {
        re.lastIndex = 0;
        const m = re.exec(t);
        if (m && (!best || m[0].length > best.end - best.start))
            best = { id, start: m.index, end: m.index + m[0].length };
    }
    return best;
}
const benchmarkPatterns = new WeakMap();
function benchmarkEntries(catalog) {
    let entries = benchmarkPatterns.get(catalog);
    if (!entries) {
        entries = [...catalog.benchmarks.values()].flatMap((b) => [b.id, b.name, ...(b.aliases ?? [])].map((phrase) => ({ id: b.id, re: new RegExp(String.raw `(?<![\w])${phrasePattern(phrase)}(?![\w])`, 'i') })));
        benchmarkPatterns.set(catalog, entries);
    }
    return entries;
}
const UNCARRIED_BENCHMARKS = [
    [/\bmmlu[- ]?pro\b/i, 'MMLU-Pro'],
    [/\bmmlu\b(?![- ]?pro)/i, 'MMLU'],
    [/\bgpqa(?:[- ]diamond)?\b/i, 'GPQA'],
    [/\bhuman[- ]?eval\b/i, 'HumanEval'],
    [/\bswe[- ]?bench(?:[- ]verified)?\b(?![- ]?pro)/i, 'SWE-bench Verified'],
    [/\baime(?:[- ]?20\d\d)?\b/i, 'AIME'],
    [/\bmath[- ]?500\b/i, 'MATH-500'],
    [/\bhumanity'?s last exam\b|\bhle\b/i, "Humanity's Last Exam"],
    [/\barc[- ]agi(?:[- ]?\d)?\b/i, 'ARC-AGI'],
    [/\blive[- ]?code[- ]?bench\b/i, 'LiveCodeBench'],
    [/\bmmmu\b/i, 'MMMU'],
    [/\bbfcl\b|\bberkeley function calling\b/i, 'BFCL'],
    [/\b(?:tau|τ)[- ]?(?:2[- ]?)?bench\b/i, 'τ-bench'],
    [/\bsimple[- ]?qa\b/i, 'SimpleQA'],
    [/\bgsm[- ]?8k\b/i, 'GSM8K'],
    [/\bhella[- ]?swag\b/i, 'HellaSwag'],
];
export function uncarriedBenchmarkIn(text) {
    return UNCARRIED_BENCHMARKS.find(([re]) => re.test(text))?.[1];
}
export function benchmarkIn(catalog, text) {
    return longestHit(benchmarkEntries(catalog), text);
}
const hostPatterns = new WeakMap();
const CLOUD_WORDS = { bedrock: ['aws', 'amazon web services'], vertex: ['gcp', 'google cloud', 'google cloud platform'] };
function hostEntries(catalog) {
    let entries = hostPatterns.get(catalog);
    if (!entries) {
        const ids = new Set(catalog.models.flatMap((m) => m.routes.map((r) => r.platform)));
        for (const id of Object.keys(HOST_NAMES))
            if (id !== 'direct')
                ids.add(id);
        entries = [...ids].flatMap((id) => {
            const name = hostName(id);
            const phrases = new Set([id, name, name.replace(/\s+(?:AI|Cloud)$/i, ''), id.replace(/-(?:ai|cloud)$/, ''), ...(CLOUD_WORDS[id] ?? [])]);
            if (name.includes(' '))
                phrases.add(name.split(' ').slice(1).join(' '));
            return [...phrases]
                .filter((p) => p.length >= 3 && !/^(?:the|ai|cloud)$/i.test(p))
                .map((p) => ({ id, re: new RegExp(String.raw `(?<![\w])${phrasePattern(p)}(?![\w])`, 'i') }));
        });
        hostPatterns.set(catalog, entries);
    }
    return entries;
}
export function hostIn(catalog, text) {
    return longestHit(hostEntries(catalog), text);
}
export function hostsNamed(catalog, text) {
    const hits = [];
    let rest = text;
    for (let guard = 0; guard < 6; guard++) {
        const hit = hostIn(catalog, rest);
        if (!hit)
            break;
        hits.push(hit);
        rest = `${rest.slice(0, hit.start)}${' '.repeat(hit.end - hit.start)}${rest.slice(hit.end)}`;
    }
    return [...new Set(hits.sort((a, b) => a.start - b.start).map((h) => h.id))];
}
const BEFORE_HOST = /\b(?:on|via|through|thru|at|using|in|from|or|and)\s+(?:the\s+|aws\s+|amazon\s+|google\s+|microsoft\s+)?$/i;
const AFTER_HOST = /^\s*(?:serves?|hosts?|has|have|offers?|sells?|supports?|runs?|carry|carries)\b/i;
export function readHosts(catalog, text) {
    const hosts = [];
    const leftOut = [];
    let rest = text;
    for (let guard = 0; guard < 4; guard++) {
        const hit = hostIn(catalog, rest);
        if (!hit)
            break;
        const before = BEFORE_HOST.exec(rest.slice(0, hit.start));
        const after = AFTER_HOST.test(rest.slice(hit.end));
        if (!before && !after)
            break;
        const leaving = HOST_LEFT_OUT.exec(rest.slice(0, hit.start));
        if (leaving)
            leftOut.push(hit.id);
        else
            hosts.push(hit.id);
        const from = leaving ? leaving.index : before ? hit.start - before[0].length : hit.start;
        rest = `${rest.slice(0, from)} ${rest.slice(hit.end)}`;
    }
    return { hosts: [...new Set(hosts)], rest, leftOut: [...new Set(leftOut)] };
}
const HOST_LEFT_OUT = new RegExp(String.raw `\b(?:${LEAVING_OUT}|not|isn'?t|aren'?t)\s+(?:(?:on|via|through|thru|at|using|in|from)\s+)?(?:the\s+|aws\s+|amazon\s+|google\s+|microsoft\s+)?$`, 'i');
export function hostsLeftOutProblem(leftOut) {
    const names = leftOut.map((h) => hostName(h));
    return `Leaving ${names.join(' or ')} out is no filter here: a ranking can keep to where models are bought, not skip a place. Name where to buy instead, such as cheapest model on openrouter, or ask where one model is sold (where can I buy gpt-5).`;
}
export const QUALITY_INDEX = 'aa-intelligence-index';
export const ARENA_SCORE = 'lmarena-text';
export const CODING_INDEX = 'aa-coding-index';
export const DECENT_FLOOR = { benchmark: QUALITY_INDEX, min: 30 };
const DECENT = /\b(?:decent|good[- ]enough|reasonably good|reasonable(?: quality)?|solid|capable|competent|half[- ]decent|not terrible|not bad|usable|acceptable(?: quality)?|respectable)\b/i;
export function decentWordIn(text) {
    return DECENT.exec(text)?.[0].toLowerCase();
}
const NUMBER = String.raw `(\d+(?:\.\d+)?)\s*(?:%|percent|pts?|points?)?`;
const AT_LEAST = '(?:at least|min(?:imum)?(?: of)?|over|above|more than|greater than|north of|>=|≥|>|no less than)';
const OR_MORE = String.raw `(?:\+|or (?:more|better|higher|above)|and (?:up|above|higher)|(?:or|and) over)`;
export function readScoreFloors(catalog, text) {
    const floors = [];
    const notes = [];
    let rest = text;
    for (let guard = 0; guard < 4; guard++) {
        const hit = benchmarkIn(catalog, rest);
        if (!hit)
            break;
        const before = rest.slice(0, hit.start);
        const after = rest.slice(hit.end);
        const pre = new RegExp(String.raw `(?:\b(?:scor(?:es?|ing)|gets?|getting|with|hits?|hitting|reach(?:es|ing)?|has|having|that (?:scores?|gets?))\s+)?(?:${AT_LEAST}\s+)?${NUMBER}\s*(\+)?\s*(?:or (?:more|better|higher)\s+)?(?:on|in|at|for)\s+(?:the\s+)?$`, 'i').exec(before);
        const post = new RegExp(String.raw `^\s*(?:(?:score|scores|is|are|of|at|results?)\s+)*(?:${AT_LEAST}\s*${NUMBER}|(?:of\s+)?${NUMBER}\s*${OR_MORE})\s*\+?`, 'i').exec(after);
        const next = new RegExp(String.raw `(?:${AT_LEAST}\s*${NUMBER}|${NUMBER}\s*${OR_MORE})\s*(?:an?\s+|the\s+)?$`, 'i').exec(before);
        if (pre && (pre[0].match(new RegExp(AT_LEAST, 'i')) || pre[2] || /scor|gets?|hit|reach/i.test(pre[0]))) {
            floors.push({ benchmark: hit.id, min: Number(pre[1]) });
            rest = `${before.slice(0, pre.index)} ${after}`;
        }
        else if (post) {
            floors.push({ benchmark: hit.id, min: Number(post[1] ?? post[2]) });
            rest = `${before} ${after.slice(post[0].length)}`;
        }
        else if (next) {
            floors.push({ benchmark: hit.id, min: Number(next[1] ?? next[2]) });
            rest = `${before.slice(0, next.index)} ${after}`;
        }
        else {
            const bare = BARE_SCORE.exec(after);
            if (!bare || /^20\d\d$/.test(bare[2]))
                break;
            const min = Number(bare[2]);
            floors.push({ benchmark: hit.id, min });
            notes.push(`“${`${rest.slice(hit.start, hit.end)}${bare[0]}`.trim()}” read as a score of at least ${min} on ${catalog.benchmarks.get(hit.id)?.name ?? hit.id}`);
            rest = `${before} ${after.slice(bare[0].length)}`;
        }
    }
    return { floors, rest, notes };
}
const BARE_SCORE = /^\s*(?:(?:score|scores|of|at|is)\s+)*(?:(around|about|roughly|approximately|~)\s*)?(\d+(?:\.\d+)?)\s*(?:%|percent|pts?|points?)?(?![\d.,]|\s*(?:[kmb]\b|tokens?|\$|usd|dollars?|requests?|calls?|users?|per\b|an?\s+(?:hour|day|week|month|year)\b))/i;
const OUT_OF_REACH = [
    [
        'spend',
        /\b(?:our|my|the team'?s|team'?s|company'?s|org(?:anization)?'?s)\s+(?:[\w-]+\s+){0,3}?(?:spend|spending|bills?|invoices?|credits? (?:left|remaining)|(?:account )?balance|usage (?:last|this|so far|to date))\b|\bhow much (?:did|have|has) (?:we|i|our [\w-]+|the team|my team|our team|[\w-]+(?: team)?) (?:spen[dt]|pa(?:y|id)|used?|burn(?:ed|t)?)\b|\bwhat (?:did|have) (?:we|i) (?:spen[dt]|pa(?:y|id))\b|\bhow much (?:are|is) (?:we|i|our [\w-]+|the team|my team|[\w-]+ team) (?:spending|paying|burning|using)\b|\b(?:who|which (?:team|user|project|service)) (?:is |has been )?(?:spending|spent|using) the most\b/i,
    ],
    [
        'hardware',
        /\b(?:gpus?|vram|h100s?|h200s?|a100s?|b200s?|tpus?|hardware|how much (?:ram|memory)|(?:ram|memory) (?:do i|do we|does it) need|machines? (?:do i|do we|to) need|(?:server|cluster) (?:size|sizing|specs?)|instance (?:types?|sizes?)|machine (?:types?|sizes?)|sizing|quantiz\w*|vllm|ollama|llama\.cpp)\b/i,
    ],
    [
        'status',
        /\b(?:is|are) (?:the )?(?!(?:price|prices|cost|costs|pricing)\b)(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+(?: api)? (?:down|having (?:issues|an outage)|up right now|working right now)\b|\boutages?\b|\bstatus page\b|\buptime\b|\blatency right now\b|\bhow (?:reliable|stable|dependable) (?:is|are)\b|\breliability of\b/i,
    ],
    [
        'subscription',
        /\bchat ?gpt (?:plus|pro|team|business|enterprise|edu|go)\b|\bclaude (?:pro|max|team|enterprise)(?: (?:plan|subscription|seat))?\b(?!\s*(?:[\d.]|output|input|context|tokens?|length)\b)|\bgemini (?:advanced|ai pro|ai ultra)\b|\bsuper ?grok\b|\b(?:github )?copilot\b|\bcursor (?:pro|plan|pricing|subscription)\b|\b(?:claude code|cursor|windsurf)\b(?=[^?.!]*\b(?:cost|costs|price|prices|pricing|plans?|seats?)\b)|\b(?:cost|costs|price|prices|pricing|plans?|seats?)\b[^?.!]*\b(?:claude code|cursor|windsurf)\b|\b(?:subscriptions?|per[- ]seat|seat (?:price|pricing|cost)|monthly plan|consumer plan)\b|\bhow much (?:is|does|do) (?:a )?chat ?gpt(?: cost)?\b/i,
    ],
    [
        'compliance',
        /\b(?:soc ?2|hipaa|gdpr|iso ?27001|fedramp|pci(?:[- ]dss)?|(?:zero )?data retention|data residency|baa|trains? on (?:our|my|customer) data|(?:hosted|host|hosting|served|runs?|running|processed|stays?|data)\s+(?:in|inside|within)\s+(?:the\s+)?(?:eu|europe|european union|us|usa|united states|uk|germany|france|canada|australia|japan|india|switzerland)|(?:eu|us|uk|european) (?:region|data ?cent(?:er|re)s?|hosting|residency))\b/i,
    ],
    [
        'regions',
        /\b(?:available|availability|offered|sold|served|launched|accessible|usable)\s+in\s+(?:the\s+)?(?:eu|europe|european union|us|usa|united states|uk|united kingdom|asia|apac|china|india|japan|canada|australia|brazil|my (?:country|region))\b|\b(?:which|what|in which) (?:regions?|countries)\b|\bregion(?:al)? (?:availability|endpoints?)\b/i,
    ],
    [
        'languages',
        /\bwhat (?:natural |human |spoken |programming )?languages\b|\bhow many languages\b|\b(?:does|do|can|is|are)\b[^?!]{0,40}\b(?:support|speak|understand|handle|know|fluent in|good at|good in)\s+(?:other\s+|many\s+)?(?:languages|spanish|french|german|chinese|mandarin|japanese|korean|arabic|hindi|portuguese|italian|russian|dutch|polish|turkish|vietnamese|indonesian|thai)\b|\bmultilingual\b|\b(?:the\s+)?(?:most|more|fewest|many|multiple)\s+(?:natural\s+|human\s+|spoken\s+)?languages\b/i,
    ],
    [
        'popularity',
        /\b(?:most|least) (?:popular|used|widely used|common(?:ly used)?)\b|\bpopularity\b|\bmarket share\b|\busage share\b|\bwhat (?:do|does) (?:most|everyone|other) (?:people|teams|companies|devs|developers) use\b|\bwho uses\b|\bhow many (?:people|teams|companies|users) use\b/i,
    ],
    [
        'truthfulness',
        /\bhallucinat\w*|\bmakes? (?:things|stuff) up\b|\bfactual(?:ity| accuracy)?\b|\btruthful(?:ness)?\b|\b(?:most|more|less|least) (?:factual|truthful)\b|\bmakes? (?:the )?(?:fewest|least|most|more|less|fewer) (?:mistakes|errors)\b/i,
    ],
    [
        'parameters',
        /\bhow many (?:parameters|params|weights)\b|\b(?:parameter|param) (?:count|size)s?\b|\b(?:number|count) of (?:parameters|params)\b|\b(?:biggest|largest|smallest|most|fewest)\s+(?:\w+\s+){0,2}?(?:by|in)\s+(?:parameters|params|parameter count|size)\b|\b(?:by|in) (?:parameter count|number of parameters)\b/i,
    ],
    [
        'price-terms',
        /\b(?:off[- ]?peak|peak[- ]hours?|at night|night[- ]?time|overnight|(?:time[- ]of[- ]day|hourly|nightly|weekend)\s+(?:pricing|prices?|discounts?|rates?))\b(?=[^?.!]*\b(?:cheaper|cheap|discounts?|pric\w*|costs?|rates?|pay|save)\b)|\b(?:cheaper|discounts?|pric\w*|costs?|rates?)\b[^?.!]*\b(?:off[- ]?peak|peak[- ]hours?|at night|overnight|on weekends?)\b|\bcache\s+(?:storage|retention|hosting)\b|\bstor(?:e|ing|age)\s+(?:of\s+)?(?:the\s+)?(?:a\s+)?cache\b|\bper hour of (?:cache|caching|storage)\b/i,
    ],
    [
        'training',
        /\b(?:fine[- ]?tun(?:e|es|ing|ed)|train(?:ing)?(?! data| cut-?off)|custom (?:training|model))\b[^?.!]{0,40}\b(?:cost|costs|price|prices|priced|pricing|how much|per (?:hour|epoch))\b|\b(?:cost|costs|price|prices|pricing|how much|pay)\b[^?.!]{0,40}\b(?:fine[- ]?tun(?:e|es|ing|ed)|train(?:ing)?(?! data| cut-?off))\b/i,
    ],
    [
        'media',
        /\bper (?:generated )?(?:image|picture|photo|video|clip)s?\b|\bper (?:minute|second|hour) of (?:audio|video|speech)\b|\b(?:image|video|audio|speech|voice) (?:generation|gen|output|creation) (?:cost|costs|price|prices|pricing)\b|\b(?:cost|costs|price|pricing|how much)\b[^?.!]{0,20}\b(?:to|of|for) (?:generat|creat|mak)\w* (?:an? |\d+ )?(?:images?|pictures?|photos?|videos?)\b/i,
    ],
    [
        'tokenizer',
        /^(?![\s\S]*(?:\b(?:costs?|pric(?:e|es|ed|ing)|how much|spend|budget)\b|\$))[\s\S]*?(?:\bhow many (?:tokens?|words?)\b[^?.!$]{0,30}?\b\d[\d,.]*\s*(?:k|m|thousand|million)?\s*(?:words?|tokens?|pages?)\b|\b\d[\d,.]*\s*(?:k|m|thousand|million)?\s*(?:words?|tokens?) (?:in|into|to|as) (?:tokens?|words?)\b|\bhow many (?:tokens?|words?) (?:(?:is|are) )?(?:in |per |make up )?(?:a|an|one|each|every) (?:single )?(?:word|token|page)\b|\b(?:words?|tokens?) per (?:token|word)\b|\btokeni[sz](?:er|ers|ation)\b)/i,
    ],
    [
        'how-to',
        /^(?:how (?:do|can|should|would) (?:i|we|you)|how to|what'?s the (?:best )?way to|walk me through|can you (?:show|tell) me how to)\b(?![\s\w]{0,25}\b(?:compare|choose|pick|decide|cost|price|pay|save|spend less|cut (?:the )?costs?|cheap\w*|budget)\b)[\s\w',./-]{0,80}?\b(?:set ?up|setup|install|configure|integrate|connect|call|authenticate|auth|get (?:an? )?(?:api )?keys?|api keys?|sdk|deploy|stream(?:ing)?|prompt|fine[- ]?tune|write|build|use (?:the|their|its) api|handle|retry|log in|sign up|enable|turn on|access)\b/i,
    ],
];
export function outOfReach(text) {
    for (const [kind, re] of OUT_OF_REACH) {
        if (!re.test(text))
            continue;
        if (kind === 'spend' && /\b(?:would|will|going to|gonna|projected|estimated?|forecast)\b/i.test(text))
            continue;
        if (kind === 'spend' && /\$\s*\d/.test(text))
            continue;
        if (kind === 'how-to' && /\b(?:which|what) (?:model|llm)s?\b|\bbest (?:model|llm)s?\b|\brecommend/i.test(text))
            continue;
        if (kind === 'how-to' && /\b(?:digest|model ?scout|this bot|the bot|you)\b/i.test(text))
            continue;
        return kind;
    }
    return undefined;
}
//# sourceMappingURL=intents.js.map