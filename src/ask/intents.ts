// The parts of a question that come from the catalog's own data rather than fixed word lists: benchmark names
// (data/benchmarks.yml: id, name, aliases), hosts (the routes' platforms and their names), score floors written in
// words, the stated floor behind "decent", and the questions the catalog cannot answer at all (a team's own spend,
// how-to, hardware sizing), which get an honest "I can't see that" instead of a ranking.
import { HOST_NAMES, hostName } from '../catalog/schema.ts';
import type { Catalog } from '../catalog/validate.ts';
import { escapeRegExp, LEAVING_OUT } from './extract.ts';
import { billCutTo } from './share-words.ts';

/** Words that say a model came out: "released", "launches", "shipped", "comes out", "announced". */
export const RELEASE_VERBS = 'releas(?:e|es|ed|ing)|launch(?:es|ed|ing)?|ship(?:s|ped|ping)?|(?:comes?|came|coming) out|announced';

/** A phrase as a pattern that allows any of space, dash, dot or nothing between its words ("swe-bench pro" meets "SWE bench-Pro"). */
function phrasePattern(phrase: string): string {
  const words = phrase
    .toLowerCase()
    .split(/[\s\-_.]+/)
    .filter((w) => w !== '');
  return words.map(escapeRegExp).join('[\\s\\-_.]*');
}

interface Hit {
  id: string;
  start: number;
  end: number;
}

/** The longest match in `text` of any of each entry's phrases. */
function longestHit(entries: { id: string; re: RegExp }[], text: string): Hit | undefined {
  const t = text.toLowerCase();
  let best: Hit | undefined;
  for (const { id, re } of entries) {
    re.lastIndex = 0;
    const m = re.exec(t);
    if (m && (!best || m[0].length > best.end - best.start)) best = { id, start: m.index, end: m.index + m[0].length };
  }
  return best;
}

const benchmarkPatterns = new WeakMap<Catalog, { id: string; re: RegExp }[]>();

/** Every benchmark's id, name and aliases as patterns, longest phrases first. */
function benchmarkEntries(catalog: Catalog): { id: string; re: RegExp }[] {
  let entries = benchmarkPatterns.get(catalog);
  if (!entries) {
    entries = [...catalog.benchmarks.values()].flatMap((b) =>
      [b.id, b.name, ...(b.aliases ?? [])].map((phrase) => ({ id: b.id, re: new RegExp(String.raw`(?<![\w])${phrasePattern(phrase)}(?![\w])`, 'i') })),
    );
    benchmarkPatterns.set(catalog, entries);
  }
  return entries;
}

/**
 * Benchmarks people ask about that the catalog carries no scores for, by the name they are known by: asked of a
 * model, the answer says so and gives the scores it does carry, instead of the model's card.
 */
const UNCARRIED_BENCHMARKS: [RegExp, string][] = [
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

/** A benchmark the question names that the catalog does not carry, by its usual name. */
export function uncarriedBenchmarkIn(text: string): string | undefined {
  return UNCARRIED_BENCHMARKS.find(([re]) => re.test(text))?.[1];
}

/** The benchmark a question names, and where. */
export function benchmarkIn(catalog: Catalog, text: string): Hit | undefined {
  return longestHit(benchmarkEntries(catalog), text);
}

const hostPatterns = new WeakMap<Catalog, { id: string; re: RegExp }[]>();

/** The cloud a host belongs to, as people name it: "claude on aws" is bought on Bedrock, "gemini on gcp" on Vertex AI. */
const CLOUD_WORDS: Record<string, string[]> = { bedrock: ['aws', 'amazon web services'], vertex: ['gcp', 'google cloud', 'google cloud platform'] };

/** Hosts by the words people use: the id ("bedrock"), the name ("Amazon Bedrock"), the name without "AI" ("Together"). */
function hostEntries(catalog: Catalog): { id: string; re: RegExp }[] {
  let entries = hostPatterns.get(catalog);
  if (!entries) {
    const ids = new Set<string>(catalog.models.flatMap((m) => m.routes.map((r) => r.platform)));
    for (const id of Object.keys(HOST_NAMES)) if (id !== 'direct') ids.add(id);
    entries = [...ids].flatMap((id) => {
      const name = hostName(id);
      const phrases = new Set([id, name, name.replace(/\s+(?:AI|Cloud)$/i, ''), id.replace(/-(?:ai|cloud)$/, ''), ...(CLOUD_WORDS[id] ?? [])]);
      if (name.includes(' ')) phrases.add(name.split(' ').slice(1).join(' '));
      return [...phrases]
        .filter((p) => p.length >= 3 && !/^(?:the|ai|cloud)$/i.test(p))
        .map((p) => ({ id, re: new RegExp(String.raw`(?<![\w])${phrasePattern(p)}(?![\w])`, 'i') }));
    });
    hostPatterns.set(catalog, entries);
  }
  return entries;
}

/** The host a question names ("on bedrock", "via Together"), and where. */
export function hostIn(catalog: Catalog, text: string): Hit | undefined {
  return longestHit(hostEntries(catalog), text);
}

/** Every host a text names, wherever it stands ("azure gpt-4o price", "compare groq and together"), in order. */
export function hostsNamed(catalog: Catalog, text: string): string[] {
  const hits: Hit[] = [];
  let rest = text;
  for (let guard = 0; guard < 6; guard++) {
    const hit = hostIn(catalog, rest);
    if (!hit) break;
    hits.push(hit);
    rest = `${rest.slice(0, hit.start)}${' '.repeat(hit.end - hit.start)}${rest.slice(hit.end)}`;
  }
  return [...new Set(hits.sort((a, b) => a.start - b.start).map((h) => h.id))];
}

/** Words before a host that make it where a model is bought ("on bedrock", "via openrouter", "or vertex"). */
const BEFORE_HOST = /\b(?:on|via|through|thru|at|using|in|from|or|and)\s+(?:the\s+|aws\s+|amazon\s+|google\s+|microsoft\s+)?$/i;
/** Words after a host that make it where models are bought ("groq hosts", "bedrock serves"). */
const AFTER_HOST = /^\s*(?:serves?|hosts?|has|have|offers?|sells?|supports?|runs?|carry|carries)\b/i;

/** "Models" after a host: the models it sells ("bedrock models under $1"). */
const HOST_MODELS = /^\s*(?:models?|llms?|catalog|line-?up)\b/i;

/**
 * The hosts a ranking is bought on ("cheapest model on bedrock", "via openrouter or together", "which models does
 * groq host"), and the text with each taken out. A host's name elsewhere ("nvidia nemotron") is not one.
 */
export function readHosts(catalog: Catalog, text: string): { hosts: string[]; rest: string; leftOut: string[] } {
  const hosts: string[] = [];
  const leftOut: string[] = [];
  let rest = text;
  for (let guard = 0; guard < 4; guard++) {
    const hit = hostIn(catalog, rest);
    if (!hit) break;
    const before = BEFORE_HOST.exec(rest.slice(0, hit.start));
    // "Bedrock models", "azure models": what that host sells; a maker's name before "models" is the maker ("nvidia models").
    const after = AFTER_HOST.test(rest.slice(hit.end)) || (HOST_MODELS.test(rest.slice(hit.end)) && !catalog.providers.some((p) => p.id === hit.id));
    if (!before && !after) break;
    // "Not on bedrock", "excluding openrouter": a host left out, which is no filter (said by the caller), never one asked for.
    const leaving = HOST_LEFT_OUT.exec(rest.slice(0, hit.start));
    if (leaving) leftOut.push(hit.id);
    else hosts.push(hit.id);
    const from = leaving ? leaving.index : before ? hit.start - before[0].length : hit.start;
    rest = `${rest.slice(0, from)} ${rest.slice(hit.end)}`;
  }
  return { hosts: [...new Set(hosts)], rest, leftOut: [...new Set(leftOut)] };
}

/** A host's name after words that leave it out: "not on bedrock", "excluding openrouter", "anything but via azure". */
const HOST_LEFT_OUT = new RegExp(
  String.raw`\b(?:${LEAVING_OUT}|not|isn'?t|aren'?t)\s+(?:(?:on|via|through|thru|at|using|in|from)\s+)?(?:the\s+|aws\s+|amazon\s+|google\s+|microsoft\s+)?$`,
  'i',
);

/** What to say of hosts a question leaves out: no filter leaves a host out, so where to buy is asked instead. */
export function hostsLeftOutProblem(leftOut: readonly string[]): string {
  const names = leftOut.map((h) => hostName(h));
  return `Leaving ${names.join(' or ')} out is no filter here: a ranking can keep to where models are bought, not skip a place. Name where to buy instead, such as cheapest model on openrouter, or ask where one model is sold (where can I buy gpt-5).`;
}

/** The broadest quality index the catalog carries: "smartest", "best overall" and "decent" are read on it. */
export const QUALITY_INDEX = 'aa-intelligence-index';
/** LMArena's text score: people's preference, published for most models soon after release. */
export const ARENA_SCORE = 'lmarena-text';
/** The broadest coding index the catalog carries: "strongest model for coding" is read on it. */
export const CODING_INDEX = 'aa-coding-index';
/**
 * "Decent", "good enough", "solid", "capable": a general model that clears this floor on the Artificial Analysis
 * Intelligence Index (about the median of the catalog's scored active models). Models without a score are left out,
 * and every answer that applies it says so.
 */
export const DECENT_FLOOR = { benchmark: QUALITY_INDEX, min: 30 } as const;
const DECENT =
  /\b(?:decent|good[- ]enough|reasonably good|reasonable(?: quality)?|solid|capable|competent|half[- ]decent|not terrible|not bad|usable|acceptable(?: quality)?|respectable)\b/i;

/** The word that asks for the stated quality floor ("decent", "good enough"), as written; undefined when none does. */
export function decentWordIn(text: string): string | undefined {
  return DECENT.exec(text)?.[0].toLowerCase();
}

const NUMBER = String.raw`(\d+(?:\.\d+)?)\s*(?:%|percent|pts?|points?)?`;
const AT_LEAST = '(?:at least|min(?:imum)?(?: of)?|over|above|more than|greater than|higher than|north of|>=|≥|>|no (?:less|lower|worse) than|not (?:less|lower|worse) than)';

/** After a score: "or more", "or better", "and up", "+" (a floor, not a figure). */
const OR_MORE = String.raw`(?:\+|or (?:more|better|higher|above)|and (?:up|above|higher)|(?:or|and) over)`;

/**
 * Score floors in words: "scoring at least 50 on SWE-bench Pro", "50+ on terminal bench", "SWE-bench Pro ≥ 50",
 * "swe-bench pro above 50%", "an intelligence index of 60 or more", "at least 60 intelligence index". Returns the
 * floors and the text with each phrase taken out.
 */
export function readScoreFloors(catalog: Catalog, text: string): { floors: { benchmark: string; min: number }[]; rest: string; notes: string[] } {
  const floors: { benchmark: string; min: number }[] = [];
  const notes: string[] = [];
  let rest = text;
  for (let guard = 0; guard < 4; guard++) {
    const hit = benchmarkIn(catalog, rest);
    if (!hit) break;
    const before = rest.slice(0, hit.start);
    const after = rest.slice(hit.end);
    // "<number> on <benchmark>" (with "scoring at least", "that gets", "50+" before it)
    const pre = new RegExp(
      String.raw`(?:\b(?:scor(?:es?|ing)|gets?|getting|with|hits?|hitting|reach(?:es|ing)?|has|having|that (?:scores?|gets?))\s+)?(?:${AT_LEAST}\s+)?${NUMBER}\s*(\+)?\s*(?:or (?:more|better|higher)\s+)?(?:on|in|at|for)\s+(?:the\s+)?$`,
      'i',
    ).exec(before);
    // "<benchmark> ≥ 50", "<benchmark> of at least 50", "<benchmark> score above 50", "<benchmark> of 60 or more"
    const post = new RegExp(String.raw`^\s*(?:(?:score|scores|is|are|of|at|results?)\s+)*(?:${AT_LEAST}\s*${NUMBER}|(?:of\s+)?${NUMBER}\s*${OR_MORE})\s*\+?`, 'i').exec(after);
    // "50+ SWE-bench Pro", "a 50+ swe-bench pro score", "at least 60 intelligence index", ">= 60 on"
    const next = new RegExp(String.raw`(?:${AT_LEAST}\s*${NUMBER}|${NUMBER}\s*${OR_MORE})\s*(?:an?\s+|the\s+)?$`, 'i').exec(before);
    if (pre && (pre[0].match(new RegExp(AT_LEAST, 'i')) || pre[2] || /scor|gets?|hit|reach/i.test(pre[0]))) {
      floors.push({ benchmark: hit.id, min: Number(pre[1]) });
      rest = `${before.slice(0, pre.index)} ${after}`;
    } else if (post) {
      floors.push({ benchmark: hit.id, min: Number(post[1] ?? post[2]) });
      rest = `${before} ${after.slice(post[0].length)}`;
    } else if (next) {
      floors.push({ benchmark: hit.id, min: Number(next[1] ?? next[2]) });
      rest = `${before.slice(0, next.index)} ${after}`;
    } else {
      // "intelligence index 60", "aider around 70%": a score with no word for more or less is read as a floor, and said.
      const bare = BARE_SCORE.exec(after);
      if (!bare || /^20\d\d$/.test(bare[2] as string)) break;
      const min = Number(bare[2]);
      floors.push({ benchmark: hit.id, min });
      notes.push(`“${`${rest.slice(hit.start, hit.end)}${bare[0]}`.trim()}” read as a score of at least ${min} on ${catalog.benchmarks.get(hit.id)?.name ?? hit.id}`);
      rest = `${before} ${after.slice(bare[0].length)}`;
    }
  }
  return { floors, rest, notes };
}

/** A number right after a benchmark's name, not a volume, price or count ("aider 70%", "intelligence index around 60"). */
const BARE_SCORE =
  /^\s*(?:(?:score|scores|of|at|is)\s+)*(?:(around|about|roughly|approximately|~)\s*)?(\d+(?:\.\d+)?)\s*(?:%|percent|pts?|points?)?(?![\d.,]|\s*(?:[kmb]\b|tokens?|\$|usd|dollars?|requests?|calls?|users?|per\b|an?\s+(?:hour|day|week|month|year)\b))/i;

/** What the catalog cannot know, by kind. */
export type OutOfReach =
  | 'spend'
  | 'how-to'
  | 'hardware'
  | 'status'
  | 'compliance'
  | 'regions'
  | 'languages'
  | 'subscription'
  | 'popularity'
  | 'training'
  | 'media'
  | 'tokenizer'
  | 'truthfulness'
  | 'long-prompts'
  | 'price-terms'
  | 'parameters';

const OUT_OF_REACH: [OutOfReach, RegExp][] = [
  [
    'spend',
    /\b(?:our|my|the team'?s|team'?s|company'?s|org(?:anization)?'?s)\s+(?:[\w-]+\s+){0,3}?(?:spend|spending|bills?|invoices?|credits? (?:left|remaining)|(?:account )?balance|usage (?:last|this|so far|to date))\b|\bhow much (?:did|have|has) (?:we|i|our [\w-]+|the team|my team|our team|[\w-]+(?: team)?) (?:spen[dt]|pa(?:y|id)|used?|burn(?:ed|t)?)\b|\bwhat (?:did|have) (?:we|i) (?:spen[dt]|pa(?:y|id))\b|\bhow much (?:are|is) (?:we|i|our [\w-]+|the team|my team|[\w-]+ team) (?:spending|paying|burning|using)\b|\b(?:who|which (?:team|user|project|service)) (?:is |has been )?(?:spending|spent|using) the most\b/i,
  ],
  [
    'hardware',
    /\b(?:gpus?|vram|h100s?|h200s?|a100s?|b200s?|tpus?|hardware|how much (?:ram|memory)|(?:ram|memory) (?:do i|do we|does it) need|machines? (?:do i|do we|to) need|(?:server|cluster) (?:size|sizing|specs?)|instance (?:types?|sizes?)|machine (?:types?|sizes?)|sizing|quantiz\w*|vllm|ollama|llama\.cpp|lm studio|on[- ]device|on (?:a |my |our |your )?(?:laptop|macbook|mac|phone|iphone|android|raspberry pi|desktop|pc|workstation|edge device)s?)\b/i,
  ],
  [
    'status',
    /\b(?:is|are) (?:the )?(?!(?:price|prices|cost|costs|pricing)\b)(?:[\w.'’-]+\s+){0,3}?[\w.'’-]+(?: api)? (?:down|having (?:issues|an outage)|up right now|working right now)\b|\boutages?\b|\bstatus page\b|\buptime\b|\blatency right now\b|\bhow (?:reliable|stable|dependable) (?:is|are)\b|\breliability of\b/i,
  ],
  // Plans people pay a month for (ChatGPT Plus, Claude Pro, Copilot, Cursor): priced per seat, not per token.
  [
    'subscription',
    /\bchat ?gpt (?:plus|pro|team|business|enterprise|edu|go)\b|\bclaude (?:pro|max|team|enterprise)(?: (?:plan|subscription|seat))?\b(?!\s*(?:[\d.]|output|input|context|tokens?|length)\b)|\bgemini (?:advanced|ai pro|ai ultra)\b|\bsuper ?grok\b|\b(?:github )?copilot\b(?![-\s]*(?:like|style|alike|equivalent|clone))|\bcursor (?:pro|plan|pricing|subscription)\b|\b(?:claude code|cursor|windsurf)\b(?=[^?.!]*\b(?:cost|costs|price|prices|pricing|plans?|seats?)\b)|\b(?:cost|costs|price|prices|pricing|plans?|seats?)\b[^?.!]*\b(?:claude code|cursor|windsurf)\b|\b(?:subscriptions?|per[- ]seat|seat (?:price|pricing|cost)|monthly plan|consumer plan)\b|\bhow much (?:is|does|do) (?:a )?chat ?gpt(?: cost)?\b/i,
  ],
  [
    'compliance',
    /\b(?:soc ?2|hipaa|gdpr|iso ?27001|fedramp|pci(?:[- ]dss)?|(?:zero )?data retention|data residency|baa|trains? on (?:our|my|customer) data|(?:hosted|host|hosting|served|runs?|running|processed|stays?|data)\s+(?:in|inside|within)\s+(?:the\s+)?(?:eu|europe|european union|us|usa|united states|uk|germany|france|canada|australia|japan|india|switzerland)|(?:eu|us|uk|european) (?:region|data ?cent(?:er|re)s?|hosting|residency)|(?:safe|secure)\s+to\s+use\b|(?:safe|secure|ready)\s+(?:to\s+use\s+)?(?:for|in)\s+(?:an?\s+|our\s+)?(?:enterprises?|business(?:es)?|companies|regulated|healthcare|banking|finance|government|sensitive data|customer data|company data|pii)\b|enterprise[- ](?:ready|grade|safe)|(?:data )?privacy)\b/i,
  ],
  // Where in the world a model is offered: the catalog records prices and the clouds that sell it, not regions.
  [
    'regions',
    /\b(?:available|availability|offered|sold|served|launched|accessible|usable)\s+in\s+(?:the\s+)?(?:eu|europe|european union|us|usa|united states|uk|united kingdom|asia|apac|china|india|japan|canada|australia|brazil|my (?:country|region))\b|\b(?:which|what|in which) (?:regions?|countries)\b|\bregion(?:al)? (?:availability|endpoints?)\b/i,
  ],
  // Which human (or programming) languages a model handles: no price list or benchmark here tests a language.
  [
    'languages',
    /\bwhat (?:natural |human |spoken |programming )?languages\b|\bhow many languages\b|\b(?:does|do|can|is|are)\b[^?!]{0,40}\b(?:support|speak|understand|handle|know|fluent in|good at|good in)\s+(?:other\s+|many\s+)?(?:languages|spanish|french|german|chinese|mandarin|japanese|korean|arabic|hindi|portuguese|italian|russian|dutch|polish|turkish|vietnamese|indonesian|thai)\b|\bmultilingual\b|\b(?:the\s+)?(?:most|more|fewest|many|multiple)\s+(?:natural\s+|human\s+|spoken\s+)?languages\b/i,
  ],
  // How many people use a model: usage and market share are not in any price list.
  [
    'popularity',
    /\b(?:most|least) (?:popular|used|widely used|common(?:ly used)?)\b|\bpopularity\b|\bmarket share\b|\busage share\b|\bwhat (?:do|does) (?:most|everyone|other) (?:people|teams|companies|devs|developers) use\b|\bwho uses\b|\bhow many (?:people|teams|companies|users) use\b/i,
  ],
  // How often a model makes things up: no benchmark the catalog carries measures hallucination or factual accuracy.
  [
    'truthfulness',
    /\bhallucinat\w*|\bmakes? (?:things|stuff) up\b|\bfactual(?:ity| accuracy)?\b|\btruthful(?:ness)?\b|\b(?:most|more|less|least) (?:factual|truthful)\b|\bmakes? (?:the )?(?:fewest|least|most|more|less|fewer) (?:mistakes|errors)\b|\b(?:most|more|least|less) accurate\s+(?:models?|llms?|ones?|one)\b|\bwhich (?:model |one |llm )?is (?:the )?(?:most|more) accurate\b/i,
  ],
  // How well a model holds up deep into a long prompt: no benchmark the catalog carries measures long-context recall.
  [
    'long-prompts',
    /\b(?:degrad\w*|performance (?:drops?|falls? off)|quality (?:drops?|falls? off)|lost in the middle|needle[- ]in[- ]a[- ]haystack|long[- ]context (?:quality|accuracy|recall|retrieval accuracy)|recall (?:over|across|at) (?:long|\d))\b|\b(?:holds?|holding) up (?:at|over|past|after|beyond|with) (?:long|\d)|\b(?:gets?|getting) (?:worse|dumber|less accurate) (?:with|at|after|past|over|beyond) (?:long|\d)/i,
  ],
  // How big a model is: parameter counts are not in any price list (a size in an open model's name is its publisher's).
  [
    'parameters',
    /\bhow many (?:parameters|params|weights)\b|\b(?:parameter|param) (?:count|size)s?\b|\b(?:number|count) of (?:parameters|params)\b|\b(?:biggest|largest|smallest|most|fewest)\s+(?:\w+\s+){0,2}?(?:by|in)\s+(?:parameters|params|parameter count|size)\b|\b(?:by|in) (?:parameter count|number of parameters)\b|\b(?:most|fewest|least)\s+(?:parameters|params)\b|\b(?:smallest|tiniest)\s+(?:\w+\s+)?(?:models?|llms?)\b|\d+(?:\.\d+)?\s*[bmk]?\s*(?:parameters|params)\b/i,
  ],
  // Prices that change with the hour (off-peak, night discounts) or cache storage billed by the hour: the catalog's
  // prices are per token, whatever the hour, and a cache's storage is not among them.
  [
    'price-terms',
    /\b(?:off[- ]?peak|peak[- ]hours?|at night|night[- ]?time|overnight|(?:time[- ]of[- ]day|hourly|nightly|weekend)\s+(?:pricing|prices?|discounts?|rates?))\b(?=[^?.!]*\b(?:cheaper|cheap|discounts?|pric\w*|costs?|rates?|pay|save)\b)|\b(?:cheaper|discounts?|pric\w*|costs?|rates?)\b[^?.!]*\b(?:off[- ]?peak|peak[- ]hours?|at night|overnight|on weekends?)\b|\bcache\s+(?:storage|retention|hosting)\b|\bstor(?:e|ing|age)\s+(?:of\s+)?(?:the\s+)?(?:a\s+)?cache\b|\bper hour of (?:cache|caching|storage)\b/i,
  ],
  // What a fine-tuning run, or a fine-tuned model's calls, cost: no price list here has them.
  [
    'training',
    /\b(?:fine[- ]?tun(?:e|es|ing|ed)|train(?:ing)?(?! data| cut-?off)|custom (?:training|model))\b[^?.!]{0,40}\b(?:cost|costs|price|prices|priced|pricing|how much|per (?:hour|epoch))\b|\b(?:cost|costs|price|prices|pricing|how much|pay)\b[^?.!]{0,40}\b(?:fine[- ]?tun(?:e|es|ing|ed)|train(?:ing)?(?! data| cut-?off))\b/i,
  ],
  // Prices per generated image, per video or per minute of audio: the catalog prices tokens.
  [
    'media',
    /\bper (?:generated )?(?:image|picture|photo|video|clip)s?\b|\bper (?:minute|second|hour) of (?:audio|video|speech)\b|\b(?:image|video|audio|speech|voice) (?:generation|gen|output|creation) (?:cost|costs|price|prices|pricing)\b|\b(?:cost|costs|price|pricing|how much)\b[^?.!]{0,20}\b(?:to|of|for) (?:generat|creat|mak)\w* (?:an? |\d+ )?(?:images?|pictures?|photos?|videos?)\b/i,
  ],
  // How many tokens words make (or words tokens): each model's tokenizer counts its own; the answer gives the rule of thumb.
  [
    'tokenizer',
    /^(?![\s\S]*(?:\b(?:costs?|pric(?:e|es|ed|ing)|how much|spend|budget)\b|\$))[\s\S]*?(?:\bhow many (?:tokens?|words?)\b[^?.!$]{0,30}?\b\d[\d,.]*\s*(?:k|m|thousand|million)?\s*(?:words?|tokens?|pages?)\b|\b\d[\d,.]*\s*(?:k|m|thousand|million)?\s*(?:words?|tokens?) (?:in|into|to|as) (?:tokens?|words?)\b|\bhow many (?:tokens?|words?) (?:(?:is|are) )?(?:in |per |make up )?(?:a|an|one|each|every) (?:single )?(?:word|token|page)\b|\b(?:words?|tokens?) per (?:token|word)\b|\btokeni[sz](?:er|ers|ation)\b)/i,
  ],
  [
    'how-to',
    /^(?:how (?:do|can|should|would) (?:i|we|you)|how to|what'?s the (?:best )?way to|walk me through|can you (?:show|tell) me how to)\b(?![\s\w]{0,25}\b(?:compare|choose|pick|decide|cost|price|pay|save|spend less|cut (?:the )?costs?|cheap\w*|budget)\b)[\s\w',./-]{0,80}?\b(?:set ?up|setup|install|configure|integrate|connect|call|authenticate|auth|get (?:an? )?(?:api )?keys?|api keys?|sdk|deploy|stream(?:ing)?|prompt|fine[- ]?tune|write|build|use (?:the|their|its) api|handle|retry|log in|sign up|enable|turn on|access)\b/i,
  ],
];

/** The kind of thing the catalog cannot know that a question asks, if it asks one. */
export function outOfReach(text: string): OutOfReach | undefined {
  for (const [kind, re] of OUT_OF_REACH) {
    if (!re.test(text)) continue;
    // "what would our spend be on X?" is a forecast the catalog can price, not the team's bill.
    if (kind === 'spend' && /\b(?:would|will|going to|gonna|projected|estimated?|forecast)\b/i.test(text)) continue;
    // "Our bill is $5k/month on gpt-4o, how much on gpt-5-mini?" tells the spend: a budget to price, not a bill to read.
    if (kind === 'spend' && /\$\s*\d/.test(text)) continue;
    // "Cut our gpt-4o bill in half", "reduce our costs by 30%" ask for cheaper models by a share, not to read the bill.
    if (kind === 'spend' && billCutTo(text) !== undefined) continue;
    // "how do we build a chatbot, which model?" asks for a model.
    if (kind === 'how-to' && /\b(?:which|what) (?:model|llm)s?\b|\bbest (?:model|llm)s?\b|\brecommend/i.test(text)) continue;
    // How to use the bot itself (its digest, its commands) is the bot's to answer.
    if (kind === 'how-to' && /\b(?:digest|model ?scout|this bot|the bot|you)\b/i.test(text)) continue;
    return kind;
  }
  return undefined;
}

/** Where the cheaper of two models changes, in the words that ask it wherever they stand: "break-even", "flips", "crossover". */
const BREAK_EVEN_WORDS = String.raw`\bbreak[- ]?even\b|\bflips?\b|\bcross(?:es|ing)?\s?over\b`;
/** Where two models break even, asked of them: also "when is A cheaper", "at what mix", "does A ever get cheaper". */
export const BREAK_EVEN = new RegExp(
  String.raw`${BREAK_EVEN_WORDS}|\bat what (?:[\w:/-]+ ){0,2}?(?:point|volume|mix|ratio|share|usage|scale|level)\b|\bis there (?:a|any) (?:point|volume|mix|ratio)\b|\bwhen (?:is|does|do|would|will|are)\b|\bever (?:be |get |become )?cheaper\b`,
  'i',
);
/** The same asked alone after models were set against each other: "break even?", "when is it cheaper?". */
export const BREAK_EVEN_ASKED = new RegExp(String.raw`${BREAK_EVEN_WORDS}|\bwhen (?:is|does|would|will) (?:it|that|this|the other(?: one)?|one)\b[^?.!]{0,30}\bcheaper\b`, 'i');
/** A volume asked as what would change which is cheaper: "at what volume", "break-even volume". */
export const BREAK_EVEN_VOLUME =
  /\b(?:at what|which|what|is there (?:a|any)) (?:volume|usage|scale|level)\b|\bbreak[- ]?even (?:volume|point|usage)\b|\bhow (?:many|much) tokens? (?:before|until)\b/i;
