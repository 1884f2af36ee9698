// A question read in the light of the one before it, in a thread or a DM: "and for 100M tokens?", "same but with
// batch", "what about gpt-5 mini?", "is it cheaper than haiku?". A question that stands on its own is left as read.
import { exactModel, resolveModel } from '../catalog/resolve.ts';
import type { Catalog, CatalogModel } from '../catalog/validate.ts';
import { MAX_COMPARED } from '../compare/compare.ts';
import { tokens as tokensText } from '../cost/format.ts';
import { ORDINAL, ordinalOf } from '../cost/parse.ts';
import { PRICE_BOUNDS, type RankFilters, type RankOrder } from '../cost/rank.ts';
import { SPAN_FLAGS, SPANS, spanFlags } from '../cost/span.ts';
import { monthOf, rangeInWords, rangeProblem } from '../digest/command.ts';
import { DEFAULT_TOP, emptyQuery, type Intent, type Query } from './query.ts';
import { headcountWords, LENGTH, LENGTH_WORDS, MAX_TOP } from './extract.ts';
import { leaveOut } from './excluded.ts';
import { scaledSide, sideScaleIn } from './side-scale.ts';
import { SHARE_WORD, shareSaid } from './share-words.ts';
import { asGoodAs, attributesOf, laneMatch, parseQuestion, RANKING_ALONE, rankedOnSide, rankingOrder } from './question.ts';
import { findModelNames } from './names.ts';
import { orderNamed, sortedBy } from './sort-words.ts';
import { LEAD as PLACE_LEAD, placeAsked } from './placement.ts';
import { familiesNamed } from './families.ts';
import { BREAK_EVEN_ASKED } from './intents.ts';
import { COMPARE_ALONE, COST_ALONE } from './bare-words.ts';

/** A yes and nothing else: "yes", "yep, that one", "yes please". */
export const ACCEPTS =
  /^\s*(?:yes|yeah|yep|yup|ya|y|sure|correct|right|exactly|indeed|that one|(?:yes|yeah|yep)?[\s,]*(?:that(?:'s| is)? (?:the one|it|right|what i meant)|i meant that|please(?: do)?|go ahead|do it))(?:[\s,]+(?:that one|please|thanks|thank you|that(?:'s| is) (?:it|the one|right)))*[\s!.,👍]*$/iu;

/** Answers a follow-up can build on: each named models or a ranking the next question can change. */
const BUILDS_ON: ReadonlySet<Intent> = new Set(['compare', 'cost', 'cheapest', 'lanes', 'best', 'attribute', 'where', 'upgrade', 'model']);

/** Whether a query is one a follow-up may build on: an answer about models, or a digest's preview, read without a problem. */
export function buildsOn(query: Query): boolean {
  const builds =
    BUILDS_ON.has(query.intent) ||
    (query.intent === 'digest' && query.digest?.action === 'preview') ||
    // "What is swe-bench pro?" → "which models score highest on it?"; "why?" after a ranking says how its lane decides,
    // and what follows ("and the second?") is still about the ranking.
    (query.intent === 'help' && (query.benchmark !== undefined || query.lane !== null) && !WHY_ALONE.test(query.text));
  return builds && query.problems.length === 0;
}

/**
 * "And last month?", "only openai", "and since 2026-09-01?" after a digest: the same digest over that window, or of
 * those providers; undefined when the question names neither (it stands on its own).
 */
function digestAfter(previous: Query, next: Query): Query | undefined {
  const before = previous.digest;
  if (before?.action !== 'preview' || next.models.length > 0 || next.intent === 'digest') return undefined;
  // "And september?": a month named alone is that month.
  const month = /^\s*(?:and|what about|how about|or)?\s*(?:in\s+)?([a-z]+)\s*[?.!]*\s*$/i.exec(next.text)?.[1];
  const range = rangeInWords(next.text) ?? (month !== undefined && monthOf(month) !== undefined ? { month: monthOf(month) as number, since: false } : undefined);
  const providers = next.filters.providers;
  if (range === undefined && !providers?.length) return undefined;
  const problem = range === undefined ? undefined : rangeProblem(range);
  if (problem) return { ...emptyQuery(next.text, 'digest'), problems: [problem] };
  const kept = providers?.length ? providers : before.providers;
  // What it was narrowed to (cuts, new models) holds for the new window too.
  const { providers: _before, ...narrowed } = before;
  return { ...emptyQuery(next.text, 'digest'), digest: { ...narrowed, range: range ?? before.range, ...(kept?.length ? { providers: kept } : {}) } };
}

/** How a follow-up starts ("and …", "what about …", "same but …"). */
const LEAD = /^\s*(?:and|also|ok(?:ay)?|now|then|so|what about|how about|same(?:\s+but)?|but|instead|vs\.?|versus|or)\b/i;
/** After a ranking, words that start one more condition on it: "with at least 128k context", "only from google", "under $1". */
const REFINES = /^\s*(?:with|without|w\/|only|just|that|which|from|under|below|over|above|at least|at most|excluding|except|not|no|having|supporting|released|open)\b/i;

/** "Compare the first two", "compare the top 3", "compare them": the ranking before, its first models. */
const FIRST_OF = /\bcompare\s+(?:the\s+)?(?:(?:first|top)\s+(two|three|four|\d)|them|these|those|(?:these|those|the)\s+(?:models|ones|picks|options))\b/i;
const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4 };

/** "Which is better…", "which one…", "which of them…": one of the models just compared. */
const WHICH_OF_THEM =
  /\b(?:which|what)(?:\s+one|\s+of (?:them|these|those|the (?:two|three|four)))?\s+(?:is|would be|'s|should|for|has|have|does|takes|gives|wins?|comes out ahead)\b|\bwhich is better\b|\bbetter for\b/i;

/** The verdict of models set against each other, asked alone: "which is better?", "who wins?", "your pick?". */
const VERDICT_ASKED =
  /^\s*(?:(?:so|ok|okay|and|well)\s*,?\s+)?(?:(?:which|what|who)(?:\s+one|\s+of (?:them|these|those|the (?:two|three|four)))?\s*(?:is better|'s better|is best|wins?|is the winner|comes out ahead|should (?:i|we) (?:pick|use|choose|go with)|would you (?:pick|choose|recommend|go with)|do you recommend)|(?:the\s+)?(?:verdict|winner|bottom line)|(?:your|the)\s+(?:pick|recommendation|verdict))\s*(?:then|overall)?\s*[?!.]*\s*$/i;

/** "Why?", "why that one?", "but why is it first?": the reason for the answer before, asked alone. */
const WHY_ALONE =
  /^\s*(?:(?:but|and|so|ok(?:ay)?)[\s,]+)?why(?:\s+(?:is\s+)?(?:that|this|it|so|them|those|these|the first|#1|number one)(?:\s+(?:one|model|pick|first|on top|the winner|ranked first|picked|chosen|recommended))?)?\s*[?.!]*\s*$/i;

/** "Why not claude opus 5?", "why isn't gpt-5 on the list?": a model the answer before did not put first, asked about. */
const WHY_NOT =
  /^\s*(?:(?:but|and|so|ok(?:ay)?|hmm)[\s,]+)?(?:why\s+not|how come not|why\s+(?:isn'?t|is\s+not|wasn'?t|was\s+not))\s+(?<name>.+?)(?:\s+(?:on (?:the|that|this) list|listed|there|included|picked|chosen|ranked|first|on top|higher|the (?:top|best|winner|pick)|(?:an? )?(?:option|pick|choice)|instead))*\s*[?.!]*\s*$/i;

/** "Add gemini 2.5 pro", "throw in grok 4", "include o3 too": one more model beside the ones compared. */
const ADD = /^\s*(?:(?:and|also|now|ok(?:ay)?|then)[\s,]+)?(?:add|include|throw in|bring in|put in|also compare)\b/i;
/** "Drop claude", "remove gpt-5", "without sonnet 4.5": the comparison without that model. */
const DROP = /^\s*(?:(?:and|now|ok(?:ay)?|then)[\s,]+)?(?:drop|remove|take out|leave out|exclude|without|minus|lose)\s+(?:the\s+)?(.+?)\s*[?.!]*\s*$/i;

/** "Gemini 2.5 pro instead of sonnet", "swap sonnet for gemini 2.5 pro": one model compared in place of another. */
const INSTEAD = /^(?<put>.+?)\s+(?:instead of|in place of|rather than)\s+(?:the\s+)?(?<out>.+?)\s*[?.!]*\s*$/i;
/** "Drop sonnet, add gemini 2.5 pro", "remove claude and put in grok 4": one taken out, one put in its place. */
const DROP_ADD =
  /^\s*(?:(?:and|now|ok(?:ay)?|then)[\s,]+)?(?:drop|remove|take out|lose)\s+(?:the\s+)?(?<out>.+?)\s*(?:,|;|\band\b|\bthen\b)+\s*(?:(?:and|then)\s+)?(?:add|include|put in|bring in|throw in)\s+(?<put>.+?)\s*[?.!]*\s*$/i;
const SWAP = /^\s*(?:(?:and|now|ok(?:ay)?|then)[\s,]+)?(?:swap|replace|switch|exchange)\s+(?:the\s+)?(?<out>.+?)\s+(?:for|with|by)\s+(?<put>.+?)\s*[?.!]*\s*$/i;

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The models compared before, without the ones a "drop …" names: those its names resolve to, else every one whose id or
 * name carries the words ("drop claude" drops every Claude model).
 */
function withoutNamed(catalog: Catalog, previous: Query, next: Query, typed: string): string[] {
  const idOf = (name: string) => {
    const r = resolveModel(catalog, name);
    return r.kind === 'found' ? r.model.id : name;
  };
  const ids = previous.models.map(idOf);
  // "Drop gpt-5" reads gpt-5 as a model left out: the one to drop.
  const named = new Set([...next.models, ...(next.filters.excludeModels ?? [])].map(idOf));
  const exact = ids.filter((id) => named.has(id));
  if (exact.length > 0) return ids.filter((id) => !named.has(id));
  const words = slug(typed);
  return words === '' ? ids : ids.filter((id) => !slug(`${id} ${catalog.byId.get(id)?.name ?? ''}`).includes(words));
}

/** Where an ordinal word puts a model among those asked about before: "first" 0, "2nd" 1, "last" the last. */
function placeOf(previous: Query, word: string): number {
  const w = word.toLowerCase();
  return w === 'last' ? previous.models.length - 1 : (ordinalOf(w) ?? 0) - 1;
}

/** "The 4th one", "the second model", "#3", "number 2", "what's second?", "and the third?": a ranking's model, by its place. */
const RANKED_ONE = new RegExp(
  String.raw`\bthe\s+${ORDINAL}\s+(?:one|model|option|pick|result|row)(?:'s)?(?![\w-])|(?<![\w#])#(\d{1,3})\b|\bnumber\s+(\d{1,3})\b(?!\s*(?:[kmb]|tokens?|%))|(?<=^\s*(?:(?:and|so|ok(?:ay)?)[\s,]+)?(?:(?:what(?:'s|\s+is|\s+about)|how\s+about|who(?:'s|\s+is)|show(?:\s+me)?)\s+)?(?:the\s+)?)${ORDINAL}(?:\s+(?:place|spot))?(?=\s*[?.!]*\s*$)`,
  'i',
);
/**
 * A question about one model, asked of a ranking's model named by `words` ("its", "the 4th one"): the ranking asked
 * again as a pick (its first, or the one at the place said), so the answer names which model that is.
 */
function askedOfRanked(catalog: Catalog, previous: Query, next: Query, words: RegExp): Query | undefined {
  const m = words.exec(next.text);
  const stand = catalog.models.find((model) => model.status === 'active');
  if (!m || !stand) return undefined;
  const place = words === RANKED_ONE ? (ordinalOf(m[1] ?? m[4] ?? '') ?? Number(m[2] ?? m[3])) : 1;
  if (!(place >= 1)) return undefined;
  const again = parseQuestion(catalog, next.text.replace(words, stand.id));
  if (again.intent === 'unknown' || again.problems.length > 0 || again.models.length !== 1) return undefined;
  return {
    ...again,
    ...profileOver(previous, again),
    models: [],
    picks: [{ ...previous, firstOf: 1, ...(place > 1 || words === RANKED_ONE ? { skip: place - 1, top: 1 } : {}) }],
    rankedIn: previous,
    // The pick keeps the kind of work it was the best for, for what follows ("any cheaper options?").
    lane: again.lane ?? (previous.intent === 'best' ? previous.lane : null),
  };
}

/** Words that set models side by side. */
const COMPARE_WORD = /\b(?:compare|vs\.?|versus|side by side)(?![\w-])/i;
/** A place named among others: "the first and the third", "the 2nd and 4th ones", "#1 vs #3". */
const PLACE_NAMED = new RegExp(
  String.raw`(?:\bthe\s+)?\b${ORDINAL}(?=\s*(?:and|&|,|vs\.?|versus|with|ones?|models?|picks?|options?)?\b(?!\s*(?:two|three|four|five|\d)))|(?<![\w#])#(\d{1,3})\b`,
  'gi',
);
/** A share alone, as a follow-up to a share moved: "what about 30%?", "and a third?", "how about 75% instead". */
const SHARE_ALONE = new RegExp(
  String.raw`^\s*(?:(?:and|ok(?:ay)?|so|then)[\s,]+)*(?:(?:what|how)\s+about|with|at|try|make it)?\s*(${SHARE_WORD}|\d{1,2}(?:\.\d+)?\s*%)(?:\s+(?:of\s+(?:it|the traffic|traffic|them))?)?(?:\s+instead)?\s*[?.!]*\s*$`,
  'i',
);

/** "Next 5", "the next ten", "show more", "5 more", "more please", "show the rest", "next page": more of a ranking. */
const MORE = new RegExp(
  String.raw`^\s*(?:(?:and|ok(?:ay)?|now|then|so|pls|please|cool|great|thanks)[\s,!]+)*(?:(?:show|give|list|see|load|get)(?:\s+(?:me|us))?\s+)?(?:the\s+)?(?:(?:next|another)(?:\s+${LENGTH})?|${LENGTH}\s+more|more|(rest|remaining))(?:\s+(?:ones?|models?|results?|rows?|options?|picks|of them|page))?(?:\s+(?:please|pls))?\s*[?.!]*\s*$`,
  'i',
);

/** "What does the first one cost at 500M?", "the second model's context?" after models were compared: that model, by its place. */
const ORDINAL_ONE = /\bthe\s+(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last)\s+(?:one|model|option|pick)(?:'s)?\b/i;

/**
 * "Drop the last one", "remove the second": the models compared before without the one at that place, or what is wrong
 * ("drop the third" of two); undefined for a name.
 */
function withoutOrdinal(previous: Query, typed: string): string[] | { problem: string } | undefined {
  const m = /^(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|last)(?:\s+(?:one|model))?$/i.exec(typed.trim());
  if (!m) return undefined;
  const word = (m[1] as string).toLowerCase();
  const at = placeOf(previous, word);
  if (at < previous.models.length) return previous.models.filter((_, i) => i !== at);
  return {
    problem: `Only ${previous.models.length} models were compared (${previous.models.join(', ')}): there is no ${word} one to drop. Say which to drop by place (the first … the last) or by name.`,
  };
}

/**
 * The models compared before with one put in place of another ("what about gemini 2.5 pro instead of sonnet?"): the one
 * replaced is found as "drop …" finds it, the one put in is read from its own words; undefined when either is not there.
 */
function inPlaceOf(catalog: Catalog, previous: Query, next: Query): string[] | undefined {
  if (!['compare', 'upgrade', 'lanes', 'attribute'].includes(previous.intent) || previous.models.length < 2) return undefined;
  const m = INSTEAD.exec(next.text) ?? SWAP.exec(next.text) ?? DROP_ADD.exec(next.text);
  const put = m?.groups?.put?.replace(LEAD, ' ').trim();
  const out = m?.groups?.out;
  if (!put || !out) return undefined;
  const [added] = parseQuestion(catalog, put).models;
  const found = added === undefined ? undefined : resolveModel(catalog, added);
  if (found?.kind !== 'found') return undefined;
  const replaced = parseQuestion(catalog, out);
  const kept = withoutNamed(catalog, previous, replaced, out);
  if (kept.length !== previous.models.length - 1) return undefined;
  const ids = previous.models.map((name) => {
    const r = resolveModel(catalog, name);
    return r.kind === 'found' ? r.model.id : name;
  });
  const at = ids.findIndex((id) => !kept.includes(id));
  return ids.map((id, i) => (i === at ? found.model.id : id)).filter((id, i, all) => all.indexOf(id) === i);
}

/** "By how much?", "how much cheaper?", "what's the price difference?": the price gap between the models named before. */
/**
 * The ranking before's filters with what a removal names left out ("drop deepseek", "remove llama and gpt-5"): read as
 * "excluding …" is; undefined when it names no maker, family or model.
 */
function removedFrom(catalog: Catalog, previous: Query, named: string): RankFilters | undefined {
  const read = parseQuestion(catalog, `cheapest models excluding ${named}`).filters;
  const left = { providers: read.excludeProviders ?? [], families: read.excludeFamilies ?? [], models: read.excludeModels ?? [] };
  if (left.providers.length + left.families.length + left.models.length === 0) return undefined;
  const filters = { ...previous.filters };
  leaveOut(filters, left);
  return filters;
}

/** "What's the difference?", "what's the gap between them?". */
const DIFFERENCE = /^\s*(?:(?:and|ok(?:ay)?|so)[\s,]+)?what(?:'s|\s+is)\s+the\s+(?:difference|gap)(?:\s+between\s+(?:them|the\s+two|those|these))?\s*[?.!]*\s*$/i;
/** A host asked about before, said again: "there", "on it", "through them". */
const THERE = /\bthere\b|\b(?:on|through|via|from)\s+(?:it|that|them|that host|that platform)\b/i;
const BY_HOW_MUCH =
  /^\s*(?:(?:and|ok(?:ay)?|so)[\s,]+)?(?:by\s+how\s+much|how\s+much\s+(?:cheaper|more(?:\s+expensive)?|less|of\s+a\s+difference)|(?:what(?:'s|\s+is)\s+)?the\s+(?:(?:price|cost)\s+(?:difference|gap)|(?:difference|gap)\s+in\s+(?:price|cost))|how\s+big\s+(?:is\s+)?the\s+(?:price\s+|cost\s+)?gap)(?:\s+(?:is\s+(?:it|that)|then))?\s*[?.!]*\s*$/i;

/** "Only the cheaper one", "just the cheapest", "keep the cheaper model": of the models compared, the one that costs least. */
const ONLY_CHEAPER =
  /^\s*(?:(?:ok(?:ay)?|and|so|then|now|fine)[\s,]+)?(?:(?:only|just|keep|give me|show(?: me)?|go with)\s+(?:only\s+|just\s+)?(?:the\s+)?(?:cheaper|cheapest|less expensive|least expensive|lower[- ]priced)(?:\s+(?:one|model|option|of (?:them|the two|the three|the four|these|those)))?|(?:the\s+)?(?:cheaper|cheapest)\s+(?:one\s+)?only)\s*(?:then|please)?\s*[?.!]*\s*$/i;

/** "What's the cheapest of the two per request of 3k tokens?": the one of them that costs least, at what the question says. */
const CHEAPEST_OF_THEM =
  /\b(?:cheaper|cheapest|least expensive|less expensive)\s+(?:one\s+)?of\s+(?:them|the two|the three|the four|these|those|both|the (?:two|three|four) models)\b/i;

/** After a ranking: "the cheapest one per request of 3k tokens?", "which is the cheapest of them at 50M?" — its first, at what is said. */
const CHEAPEST_ONE =
  /^\s*(?:(?:and|so|then|ok(?:ay)?)[\s,]+)?(?:(?:what(?:'s| is)|which(?:'s| is)|show(?: me)?|give me)\s+)?(?:the\s+)?(?:cheapest|least expensive)\s+(?:one|of (?:them|these|those))\b/i;

/** After the strongest for a kind of work: "the cheapest one that's still decent", "a cheaper one that's still good". */
const CHEAPER_BUT_GOOD = /\b(?:cheap(?:er|est)?|less expensive|lower[- ]priced)\b[^?.!]{0,40}\b(?:still|but)\s+(?:decent|good|solid|ok(?:ay)?|capable|strong|usable)\b/i;

/** "Cheaper ones only", "only the cheaper ones", "just cheaper": after stand-ins, the ones that cost less. */
const CHEAPER_ONES =
  /^\s*(?:(?:and|but|only|just|now|ok(?:ay)?|so)[\s,]+)*(?:(?:what about|how about|any|are there(?: any)?|is there(?: any(?:thing)?| something)?|show(?: me)?|give me|got any|anything|something)\s+)?(?:the\s+|some\s+)?(?:cheaper|less expensive|lower[- ]priced)(?:\s+(?:ones?|models?|options?|alternatives?|picks?|choices?))?(?:\s+only)?\s*[?.!]*\s*$/i;

/** After a ranking, the words for its first model: "what's its context window?", "how much is the top one at 100M?". */
const FIRST_OF_RANKING = /\b(?:its|it|the (?:top|first|cheapest|best|winning|newest) (?:one|model|pick)|the winner|number one|#1)\b/i;

/** The whole of a split month: "all 3 apps", "all of it", "everything", "the whole thing". */
const ALL_OF_IT = /\b(?:all(?:\s+(?:of\s+)?(?:it|them|that|\d+|three|two|four|the\s+\w+))?|everything|the\s+(?:whole|entire)\s+(?:thing|month|bill|workload|traffic|lot))\b/i;

/** "Without the vision requirement", "drop the google filter", "remove the budget": a filter of the ranking before, lifted. */
const LIFT =
  /^\s*(?:(?:and|now|ok(?:ay)?|then|but|so|what about|how about)[\s,]+)*(?:(?:without|drop|remove|take (?:out|off)|lose|ignore|forget(?: about)?|skip|lift|never mind|no longer (?:need|require|want))\s+(?:the\s+|that\s+|my\s+|our\s+)?(.+?)|(?:no|any)\s+((?:[\w$.-]+\s+){0,3}?(?:requirements?|filters?|limits?|caps?|constraints?|restrictions?)|budget|price cap|providers?|vendors?))\s*[?.!]*\s*$/i;
/** What a filter may be called beside what it asks for ("the vision requirement", "the provider filter"). */
const FILTER_NOUNS = /\b(?:requirements?|filters?|limits?|constraints?|conditions?|criteri(?:a|on)|restrictions?|needs?|rules?|one)\b/gi;
/** The budget and every floor and cap a price may have (the ranking's PRICE_BOUNDS). */
const PRICE_BOUND_KEYS = ['maxMonthlyUsd', ...PRICE_BOUNDS.flatMap((b) => [b.min, b.max])];
/** A filter named by its kind alone ("no context requirement", "drop the score floor"): the filters of that kind. */
const FILTER_KINDS: [RegExp, string[]][] = [
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

/**
 * The ranking's filters with the one `typed` names taken off, or undefined when it names none of them. A filter is
 * named by what it asks for ("vision", "google", "1M context"), read as the ranking reads it, or by its kind ("the
 * budget", "the provider filter").
 */
function liftedFilters(catalog: Catalog, filters: RankFilters, typed: string): RankFilters | undefined {
  const named = typed.replace(FILTER_NOUNS, ' ').replace(/\s+/g, ' ').trim();
  const keys: string[] = [];
  const values: Record<string, unknown> = {};
  const kind = FILTER_KINDS.find(([words]) => words.test(named));
  if (kind) keys.push(...kind[1]);
  else if (named !== '') {
    for (const asked of [`cheapest ${named}`, `cheapest with ${named}`]) {
      const read = parseQuestion(catalog, asked).filters;
      for (const [key, value] of Object.entries(read)) {
        keys.push(key);
        values[key] = value;
      }
    }
  }
  const lifted: Record<string, unknown> = { ...filters };
  let changed = false;
  for (const key of new Set(keys)) {
    const before = lifted[key];
    if (before === undefined) continue;
    const taken = values[key];
    // A list loses the values named ("without google" keeps the other providers); anything else goes whole.
    const left = Array.isArray(before) && Array.isArray(taken) ? before.filter((v: unknown) => !taken.includes(v)) : [];
    if (left.length > 0) lifted[key] = left;
    else delete lifted[key];
    changed = true;
  }
  return changed ? (lifted as RankFilters) : undefined;
}

/** "And sonnet?", "what about flash?": a family or variant word alone, no version. */
const FAMILY_WORD_ALONE = /^\s*(?:(?:and|or|what about|how about|vs\.?|versus|then)\s+)+(?:the\s+)?(\p{L}+)(?:\s+one)?\s*[?.!]*\s*$/iu;
const LETTERS = /^\p{L}+$/u;

/**
 * "And sonnet?" after Claude Opus 4.5 is Claude Sonnet 4.5, of the same generation (not the newest Sonnet, as the word
 * alone reads), when the catalog has it: the word put in place of one of the previous model's name words, from the
 * same provider. Undefined when no such model exists.
 */
function ofSameGeneration(catalog: Catalog, previous: Query, next: Query): Query | undefined {
  const word = FAMILY_WORD_ALONE.exec(next.text)?.[1];
  const [named] = previous.models;
  if (word === undefined || named === undefined || previous.models.length !== 1 || next.models.length > 1) return undefined;
  const before = resolveModel(catalog, named);
  if (before.kind !== 'found') return undefined;
  const words = before.model.name.split(' ');
  for (const [i, w] of words.entries()) {
    if (!LETTERS.test(w) || w.toLowerCase() === word.toLowerCase()) continue;
    const sibling = exactModel(catalog, [...words.slice(0, i), word, ...words.slice(i + 1)].join(' '))?.model;
    if (!sibling || sibling.id === before.model.id || sibling.id === next.models[0] || sibling.provider !== before.model.provider) continue;
    return sameGeneration(next, word, sibling, before.model);
  }
  // "And mini?" after GPT-5 is GPT-5 Mini: the word after the name, when no name word gives way to it.
  const added = exactModel(catalog, `${before.model.name} ${word}`)?.model;
  if (added && added.id !== before.model.id && added.id !== next.models[0] && added.provider === before.model.provider) return sameGeneration(next, word, added, before.model);
  return undefined;
}

function sameGeneration(next: Query, word: string, sibling: CatalogModel, before: CatalogModel): Query {
  return {
    ...next,
    // A variant word alone ("and nano?") reads as no model; in place of the one before, it is one.
    intent: next.intent === 'unknown' ? 'model' : next.intent,
    models: [sibling.id],
    // The word's loose reading (the newest of its family) gives way to this one.
    notes: [
      ...(next.notes ?? []).filter((n) => !n.toLowerCase().startsWith(`“${word.toLowerCase()}” read as`)),
      `“${word}” read as ${sibling.name}, of the same generation as ${before.name} (name a version to ask about another)`,
    ],
  };
}

/**
 * A ranking asked again in another order ("and the cheapest?"): a lane's picks become a ranking of the models that lane
 * takes and its benchmarks back, so the kind of work asked about holds (a low price is no evidence for it).
 */
function reranked(previous: Query, next: Query): Query {
  const over = laidOver(previous, next);
  const lane = previous.intent === 'best' ? previous.lane : null;
  return { ...over, intent: 'cheapest', lane: null, ...(lane ? { filters: { ...over.filters, lane, laneTested: true } } : {}) };
}

/** The questions answered at a volume and mix, which a follow-up can scale one side of. */
const PRICED_AT_A_PROFILE = new Set<Intent>(['cost', 'compare', 'upgrade', 'cheapest', 'best', 'lanes', 'attribute', 'where']);

/** A word that stands for the one model asked about before. */
const PRONOUN = /\b(?:it|its|this one|that one|this model|that model|the same model)\b/i;

/** Whether a question changes the profile, the filters or the list, and nothing else. */
function changesOnly(next: Query): boolean {
  return (
    next.tokens !== null ||
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
    Object.keys(next.filters).length > 0
  );
}

/** The usage profile a follow-up asks at: each part it states, else the previous question's. */
function profileOver(
  previous: Query,
  next: Query,
): Pick<Query, 'tokens' | 'volumes' | 'scaleBy' | 'mix' | 'cachedShare' | 'cachedShares' | 'batch' | 'batchModels' | 'batchShare' | 'serviceTier' | 'promptTokens'> {
  // "What if we double it?": the volume before times that, or (with none said before) the default volume's multiple.
  const scale = next.tokens === null ? next.scaleBy : undefined;
  const scaled = scale !== undefined && previous.tokens !== null ? Math.round(previous.tokens * scale) : undefined;
  // Batch and a service tier are two ways of buying that cannot be combined: one asked now ("and flex?" after batch)
  // takes the place of the other asked before.
  const tierNow = next.serviceTier !== null && !next.batch && next.batchModels === undefined && next.batchShare === undefined;
  const batchNow = next.serviceTier === null && (next.batch || next.batchModels !== undefined || next.batchShare !== undefined);
  return {
    tokens: next.tokens ?? scaled ?? previous.tokens,
    // Several volumes asked before hold (each scaled by a multiple said now) until a volume is said.
    volumes: next.tokens !== null ? next.volumes : scale !== undefined && scaled !== undefined ? previous.volumes?.map((v) => Math.round(v * scale)) : previous.volumes,
    // With no volume before, the multiple stays to multiply the default one (times any said before); a volume said now ends it.
    scaleBy: scale !== undefined && scaled === undefined ? scale * (previous.scaleBy ?? 1) : next.tokens === null ? previous.scaleBy : undefined,
    mix: next.mix ?? previous.mix,
    cachedShare: next.cachedShare ?? (next.cachedShares ? null : previous.cachedShare),
    // Each model's own cached share holds until one share is said for all ("and with 50% cache hits?").
    cachedShares: next.cachedShare !== null ? undefined : (next.cachedShares ?? previous.cachedShares),
    batch: next.batch || (previous.batch && !tierNow),
    // Batch for some models holds until batch is asked for all ("and all on batch?").
    batchModels: next.batch || tierNow ? undefined : (next.batchModels ?? previous.batchModels),
    // A share on batch holds too, until all of it is asked on batch or another share is given.
    batchShare: next.batch || tierNow ? undefined : (next.batchShare ?? previous.batchShare),
    serviceTier: next.serviceTier ?? (batchNow ? null : previous.serviceTier),
    promptTokens: next.promptTokens ?? previous.promptTokens,
  };
}

/** The previous query with the next one's profile, filters and list length laid over it, asked in the next one's words. */
function laidOver(previous: Query, next: Query, models: string[] = previous.models): Query {
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
    // One request asked now ("… per request of 3k tokens") is priced per request, as one asked before still is.
    per: next.per ?? previous.per,
    perWhat: next.per ? next.perWhat : previous.perWhat,
    // A multiple of things counted ("what about 10x more?" after 1,000 words) is that many more of them.
    forCount:
      next.tokens !== null
        ? next.forCount
        : previous.forCount && next.scaleBy !== undefined
          ? { ...previous.forCount, count: Math.round(previous.forCount.count * next.scaleBy) }
          : previous.forCount,
    // What the previous question said of its own words ("counts engineers, not tokens") is not this one's to say; a
    // multiple of the volume before says what it multiplied.
    notes:
      next.scaleBy !== undefined && next.tokens === null && previous.tokens !== null
        ? [
            ...(next.notes ?? []),
            previous.forCount
              ? `${next.scaleBy} × ${previous.forCount.count.toLocaleString('en-US')} ${previous.forCount.what}, asked before`
              : `${next.scaleBy} × ${tokensText(previous.tokens)} tokens a month, the volume before`,
          ]
        : (next.notes ?? []),
    // A volume asked now replaces a budget asked before ("and for 100M tokens?"); otherwise the budget still holds.
    budget: next.tokens !== null ? next.budget : (next.budget ?? previous.budget),
    ...((next.currency ?? previous.currency) ? { currency: next.currency ?? previous.currency } : {}),
    problems: [],
    text: next.text,
  };
}

/** The models a "what about X?" asks about, in place of or beside the ones before. */
function modelsAfter(previous: Query, named: string[]): string[] {
  if (previous.intent === 'compare') return [...new Set([...previous.models, ...named])].slice(0, MAX_COMPARED);
  if (previous.intent === 'upgrade') return [previous.models[0] as string, ...named].slice(0, 2);
  return named;
}

/** The models a conversation has been about: the ones asked before, one at a time, and the last question's. */
function modelsSoFar(previous: Query): string[] {
  return [...new Set([...(previous.earlier ?? []), ...previous.models])];
}

/**
 * A question about one model after questions about one model each ("price of gpt-4.1", "and gpt-4.1 mini?") remembers
 * the ones before, so "compare them" has them all; any other question starts afresh.
 */
function withEarlier(previous: Query, read: Query): Query {
  const [model] = read.models;
  const chained = read.models.length === 1 && previous.models.length === 1 && buildsOn(read) && read.intent !== 'compare';
  const earlier = chained
    ? modelsSoFar(previous)
        .filter((m) => m !== model)
        .slice(1 - MAX_COMPARED)
    : [];
  if (earlier.length > 0) return { ...read, earlier };
  if (read.earlier === undefined) return read;
  const { earlier: _dropped, ...rest } = read;
  return rest;
}

/** A follow-up that asks what something costs: "how much over a year?", "what would it cost?", "and the price at 50M?". */
const COST_ASKED = /\b(?:how much|cost|costs|costing|price|prices|priced|pricing|spend|bill|pay)\b/i;

/**
 * The next question as meant after the previous one: a pronoun for the one model asked about ("is it cheaper than
 * haiku?"), a new volume, mix or filter alone ("and for 100M tokens?", "only from anthropic"), or another model for
 * the same question ("what about gpt-5 mini?"). Otherwise the next question as read.
 */
/** The attribute that says which of the models asked about leads in a ranking's order ("newest?" after a comparison). */
const ORDER_ATTRIBUTES: Partial<Record<RankOrder, string>> = { price: 'price', priciest: 'price', newest: 'newer', speed: 'speed', context: 'context', output: 'max-output' };

/**
 * "What about for 10 devs?" after a volume people share ("20 devs at 5M tokens each"): as much each, for that many. After
 * a volume nobody shared, the volume before is priced and the people are said to be no volume; one model's bill at
 * it is asked of them.
 */
function sharedAmong(previous: Query, next: Query): Query | undefined {
  const heads = next.headcount;
  if (!heads || next.models.length > 0 || next.tokens !== null || !['unknown', 'cost'].includes(next.intent)) return undefined;
  if (!PRICED_AT_A_PROFILE.has(previous.intent)) return undefined;
  const { note, problem } = headcountWords(heads, 'the default volume');
  const said = (next.notes ?? []).filter((n) => n !== note);
  const before = previous.people;
  if (before && previous.tokens !== null) {
    const each = previous.tokens / before.count;
    const tokens = Math.round(each * heads.count);
    const { volumes: _before, ...over } = laidOver(previous, { ...next, notes: said });
    return {
      ...over,
      tokens,
      people: { count: heads.count, who: heads.who.toLowerCase() },
      notes: [...said, `${heads.count.toLocaleString('en-US')} ${heads.who} at ${tokensText(Math.round(each))} tokens each a month, as before`],
    };
  }
  const volume = previous.tokens !== null ? 'the volume before' : 'the default volume';
  const over = laidOver(previous, { ...next, notes: [...said, headcountWords(heads, volume).note] });
  return previous.intent === 'cost' && previous.split === undefined ? { ...over, problems: [problem] } : over;
}

export function followUp(catalog: Catalog, previous: Query, next: Query): Query {
  const meant = withEarlier(previous, meantAfter(catalog, previous, next));
  // Still about the one model reached in a ranking ("how much at 1B tokens?" after "the second one?"): the ranking stays.
  const same = meant.models.length === 1 && meant.models[0] === previous.models[0] && previous.models.length === 1;
  return previous.rankedIn && meant.rankedIn === undefined && same ? { ...meant, rankedIn: previous.rankedIn } : meant;
}

/** A benchmark or lane explained before, pointed back to: "it", "this benchmark", "that lane". */
const THE_ONE_EXPLAINED = /\b(?:it|(?:this|that|the) (?:one|benchmark|lane|eval|test|index))\b/i;

/** "Which models score highest on it?" after "what is swe-bench pro?": the question asked of that benchmark or lane. */
function ofTheOneExplained(catalog: Catalog, previous: Query, next: Query): Query {
  // "Only from google", "what about under $1?" after a lane's rule: that lane's picks, narrowed so.
  const lane = previous.topic === 'lanes' ? previous.lane : null;
  const refined =
    next.models.length === 0 && (next.intent === 'unknown' || (next.intent === 'cheapest' && next.lane === null)) && (LEAD.test(next.text) || REFINES.test(next.text));
  if (lane && refined && changesOnly(next)) {
    const { topic: _explained, ...asked } = laidOver(previous, next);
    return { ...asked, intent: 'best', lane };
  }
  const id = previous.topic === 'benchmarks' ? previous.benchmark : previous.topic === 'lanes' ? previous.lane : undefined;
  if (!id || next.models.length > 0 || next.intent === 'help' || !THE_ONE_EXPLAINED.test(next.text)) return next;
  return { ...parseQuestion(catalog, next.text.replace(THE_ONE_EXPLAINED, id)), text: next.text };
}

/** "Where's gpt-5?", "where is o3?": one model looked for, which after a ranking is its place there. */
const WHERE_IS_ONE = new RegExp(String.raw`${PLACE_LEAD}where(?:'s|’s|\s+is)\s+(?<name>.+?)\s*[?.!]*\s*$`, 'i');

/** The model whose place a follow-up asks, after a ranking: "where's gpt-5?", or one model alone after a place asked ("and sonnet 4.5?"). */
function placeOfOneAfter(catalog: Catalog, previous: Query, next: Query): string | undefined {
  const whereIs = WHERE_IS_ONE.exec(next.text);
  const typed = whereIs?.groups?.name ?? (previous.placeOf !== undefined && next.models.length === 1 && LEAD.test(next.text) && changesNothing(next) ? next.text : undefined);
  if (typed === undefined) return undefined;
  const names = findModelNames(catalog, typed);
  return names.length === 1 && (whereIs === null || names[0]?.typed.toLowerCase() === typed.trim().toLowerCase()) ? names[0]?.name : undefined;
}

/**
 * After a model reached by its place in a ranking ("the second one?"), what is asked of the ranking: "compare the top 2",
 * "compare the first and third", "and the third?", "next 5"; "compare it to the first one" sets that model beside the
 * ranking's model at that place. Undefined for anything else (asked of the model).
 */
function ofTheRankingBefore(catalog: Catalog, previous: Query, ranking: Query, next: Query): Query | undefined {
  const [one] = previous.models;
  const place = ORDINAL_ONE.exec(next.text)?.[1] ?? next.text.match(PLACE_NAMED)?.[0];
  const at = place === undefined ? undefined : /^last$/i.test(place) ? undefined : (ordinalOf(place.replace(/^the\s+|^#/i, '')) ?? Number(place.replace(/^#/, '')));
  if (one !== undefined && COMPARE_WORD.test(next.text) && PRONOUN.test(next.text) && at !== undefined && at >= 1)
    return { ...emptyQuery(next.text, 'compare'), ...profileOver(ranking, next), models: [one], picks: [{ ...ranking, firstOf: 1, skip: at - 1, top: 1 }] };
  const counted = FIRST_OF.exec(next.text)?.[1] !== undefined;
  const places = COMPARE_WORD.test(next.text) && [...next.text.matchAll(PLACE_NAMED)].length >= 2;
  if (counted || places || RANKED_ONE.test(next.text) || MORE.test(next.text)) return meantAfter(catalog, ranking, next);
  return undefined;
}

/**
 * "With 90% cache hits on sonnet", "sonnet with 80% caching" after models set side by side: that model's own cached
 * share, the others keeping theirs.
 */
function cacheSaidOfOne(catalog: Catalog, previous: Query, next: Query): Query | undefined {
  const [named] = next.models;
  if (!['compare', 'attribute', 'upgrade'].includes(previous.intent) || previous.models.length < 2) return undefined;
  if (next.cachedShare === null || next.cachedShares || next.models.length !== 1 || named === undefined) return undefined;
  // A family's word with no version ("sonnet", read as its newest) means the model of that family compared before.
  const family = /\d/.test(next.text.replace(/\d+(?:\.\d+)?\s*%/g, '')) ? undefined : catalog.byId.get(named)?.family;
  const meant = previous.models.filter((id) => id === named || (family !== undefined && catalog.byId.get(id)?.family === family));
  if (meant.length !== 1) return undefined;
  const before = (id: string) => previous.cachedShares?.[id] ?? previous.cachedShare ?? 0;
  const shares = Object.fromEntries(previous.models.map((id) => [id, id === meant[0] ? (next.cachedShare as number) : before(id)]));
  const one = new Set(Object.values(shares)).size === 1;
  const { cachedShares: _before, ...asked } = laidOver(previous, next, previous.models);
  return one ? { ...asked, cachedShare: next.cachedShare } : { ...asked, cachedShare: null, cachedShares: shares };
}

/** Quality asked to hold, alone: "and as good?", "that are just as good", "without losing quality", "same quality?". */
const AS_GOOD_ALONE =
  /^\s*(?:(?:and|but|ok(?:ay)?|so)[\s,]+)?(?:(?:that(?:'s| is| are)|which (?:is|are)|still|just|equally|nearly|about)\s+)*(?:as\s+)?(?:good|smart|capable|strong)(?:\s+as\s+(?:it|that|that one|this one))?\s*[?.!]*\s*$|^\s*(?:(?:and|but)\s+)?(?:with(?:out)?\s+)?(?:the\s+)?(?:same|similar|comparable|no loss (?:of|in))\s+quality\s*[?.!]*\s*$|^\s*(?:and|but)?\s*without\s+(?:losing|sacrificing)\s+(?:any\s+)?quality\s*[?.!]*\s*$/i;

/** A follow-up that begins by setting a model against what came before: "vs gpt-5?", "compared to o3?", "and against haiku?". */
const AGAINST_LEAD = /^\s*(?:(?:and|so|ok(?:ay)?|but|what about|how about|how does it do)[\s,]+)?(?:vs\.?|versus|against|compared (?:to|with))\s+/i;

/**
 * "Vs gpt-5?" after a model or a comparison: those models and the ones named side by side, at the volume before;
 * after a ranking, its first model against them.
 */
function setAgainst(previous: Query, next: Query): Query | undefined {
  if (next.models.length === 0 || !AGAINST_LEAD.test(next.text) || !BUILDS_ON.has(previous.intent)) return undefined;
  const asked = { ...laidOver(previous, next, []), intent: 'compare' as const, attribute: null, lane: next.lane ?? previous.lane ?? previous.filters.lane ?? null };
  if (previous.intent === 'cheapest' || previous.intent === 'best') return { ...asked, models: next.models, picks: [{ ...previous, firstOf: 1 }] };
  const models = [...new Set([...modelsSoFar(previous), ...next.models])].slice(-MAX_COMPARED);
  return models.length >= 2 ? { ...asked, models } : undefined;
}

/** Whether a question asks nothing beyond naming models: no profile, filter or list length. */
const changesNothing = (next: Query) => !changesOnly(next) && next.problems.length === 0;

function meantAfter(catalog: Catalog, previous: Query, next: Query): Query {
  if (previous.intent === 'digest' && next.problems.length === 0) return digestAfter(previous, next) ?? next;
  if (previous.intent === 'help') return ofTheOneExplained(catalog, previous, next);
  const against = setAgainst(previous, next);
  if (against) return against;
  const cachedOnOne = cacheSaidOfOne(catalog, previous, next);
  if (cachedOnOne) return cachedOnOne;
  // "And as good?", "just as good", "without losing quality" after stand-ins for a model: held to its quality too.
  const like = previous.intent === 'cheapest' && previous.filters.like !== undefined ? exactModel(catalog, previous.filters.like)?.model : undefined;
  if (like && next.models.length === 0 && AS_GOOD_ALONE.test(next.text) && !previous.filters.benchmarkFloors?.length) {
    const held = { ...previous, text: next.text, notes: [...(previous.notes ?? [])], filters: { ...previous.filters } };
    asGoodAs(catalog, held, like, next.text);
    return held;
  }
  // After a model reached by its place in a ranking, what asks the ranking again ("next 5" is read before its words can be
  // taken for a model's name).
  const ofRanking = previous.rankedIn && (next.models.length === 0 || MORE.test(next.text)) ? ofTheRankingBefore(catalog, previous, previous.rankedIn, next) : undefined;
  if (ofRanking) return ofRanking;
  // "Next 5", "show more", "the rest" after a ranking: the places after the ones shown (read before the words can be
  // taken for a model's name, "next 5").
  const more = previous.intent === 'cheapest' || previous.intent === 'best' ? MORE.exec(next.text) : null;
  if (more) {
    // Every model that passed was asked for ("list all …", "from each provider"): there is no more to show.
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
  if (!BUILDS_ON.has(previous.intent) || next.problems.length > 0 || next.intent === 'help') return next;
  // "Why?" after a lane's picks: how that lane decides (its needs, benchmarks and rule); after models set against each
  // other, the comparison, its verdict and the reason first.
  if (next.intent === 'unknown' && next.models.length === 0 && WHY_ALONE.test(next.text)) {
    const lane = previous.lane ?? previous.filters.lane;
    if ((previous.intent === 'best' || previous.intent === 'cheapest') && lane) return { ...emptyQuery(next.text, 'help'), topic: 'lanes', lane };
    if (['compare', 'upgrade', 'lanes', 'attribute'].includes(previous.intent) && modelsSoFar(previous).length >= 2)
      return { ...laidOver(previous, next, modelsSoFar(previous).slice(-MAX_COMPARED)), intent: 'compare' };
  }
  // "What about terminal?", "and for terminal work?" after a lane's picks (or several lanes'): that lane's picks, at
  // the same volume and filters.
  const laneNow = previous.intent === 'best' && next.intent === 'unknown' && next.models.length === 0 ? laneMatch(catalog, next.text) : undefined;
  if (laneNow && LEAD.test(next.text)) {
    const { lanePicks: _several, ...one } = laidOver(previous, next);
    return { ...one, intent: 'best', lane: laneNow.lane.id, text: next.text };
  }
  // "Where does gpt-5 rank?", "is o3 on this list?" after a ranking: that ranking, around the model asked about.
  const rankedBefore = previous.intent === 'best' || previous.intent === 'cheapest';
  if (rankedBefore && next.placeOf !== undefined && placeAsked(catalog, next.text)?.before)
    return { ...previous, placeOf: next.placeOf, placeWithin: next.placeWithin, skip: 0, problems: [], text: next.text };
  // "Where's gpt-5?" after a ranking, and "and sonnet 4.5?" after a place asked: that model's place in the same ranking.
  const placeOfOne = rankedBefore ? placeOfOneAfter(catalog, previous, next) : undefined;
  if (placeOfOne) return { ...previous, placeOf: placeOfOne, placeWithin: undefined, skip: 0, problems: [], text: next.text };
  // "Why not claude opus 5?" after a ranking: its first pick set against that model, on the kind of work ranked for
  // (that lane's call first), so the reason is the comparison's.
  const whyNot = rankedBefore ? WHY_NOT.exec(next.text) : null;
  const notPickedName = (whyNot?.groups?.name ?? '').trim();
  const notPicked = whyNot ? findModelNames(catalog, notPickedName, false).map((n) => n.name) : [];
  // "Why not opus?": a family's name stands for its best, as in any comparison.
  if (whyNot && notPicked.length === 0 && familiesNamed(catalog, notPickedName).length > 0) notPicked.push(notPickedName);
  if (notPicked.length === 1) {
    return {
      ...emptyQuery(next.text, 'compare'),
      ...profileOver(previous, next),
      models: notPicked,
      picks: [{ ...previous, firstOf: 1 }],
      lane: previous.lane ?? previous.filters.lane ?? null,
    };
  }
  // "How much there at 20M?" after "is it on bedrock?": every way of buying it at that volume, that host among them.
  const host = previous.attribute === 'route' ? previous.platform : undefined;
  if (host && next.models.length === 0 && THERE.test(next.text) && (next.intent === 'cost' || next.tokens !== null)) {
    const { platform: _asked, ...over } = laidOver(previous, next);
    return { ...over, intent: 'where', attribute: 'routes', filters: { ...previous.filters, hosts: [host] } };
  }
  // "What about 30%?", "and a third?" after a share moved off a model: that share moved instead.
  const reshared = previous.movedFrom !== undefined && previous.split?.length === 2 ? SHARE_ALONE.exec(next.text) : null;
  if (reshared) {
    const share = shareSaid(reshared[1] ?? '');
    const to = previous.split?.find((p) => p.model !== previous.movedFrom)?.model;
    if (share !== undefined && to !== undefined && share > 0 && share < 1)
      return {
        ...laidOver(previous, next),
        split: [
          { model: previous.movedFrom as string, share: Number((1 - share).toPrecision(12)) },
          { model: to, share },
        ],
      };
  }
  const sibling = ofSameGeneration(catalog, previous, next);
  if (sibling) return meantAfter(catalog, previous, sibling);
  // "What would it cost to move all of it to gemini 2.5 flash?", "what about all on gpt-5 mini?" after a month split
  // across models: the whole month on that one model.
  if (previous.split && next.models.length === 1 && ALL_OF_IT.test(next.text)) {
    const own = previous.split.filter((p) => 'tokens' in p).reduce((sum, p) => sum + ('tokens' in p ? p.tokens : 0), 0);
    const { split: _parts, ...whole } = laidOver(previous, next, next.models);
    return { ...whole, intent: 'cost', tokens: next.tokens ?? (own > 0 ? own : previous.tokens) };
  }
  // After lanes of several models ("which is better for coding?"), the comparison they came from, led by that lane.
  if (next.fullDetail && next.models.length === 0 && previous.intent === 'lanes' && previous.models.length >= 2 && /\bcompar/i.test(next.text))
    return { ...laidOver(previous, next), intent: 'compare', fullDetail: true };
  // "Show me the full comparison", "more details" after a comparison: the same one, every row.
  if (next.fullDetail && next.models.length === 0 && ['compare', 'upgrade', 'lanes'].includes(previous.intent)) return { ...laidOver(previous, next), fullDetail: true };
  // After one figure of several models ("which is cheaper?"), the full comparison of those models.
  if (next.fullDetail && next.models.length === 0 && previous.intent === 'attribute' && previous.models.length >= 2)
    return { ...laidOver(previous, next), intent: 'compare', attribute: null, fullDetail: true };
  // "What if we double it?", "and at 3x the volume?": the same question at that multiple of its volume.
  if (next.scaleBy !== undefined && next.tokens === null && next.models.length === 0 && (next.intent === 'unknown' || next.intent === previous.intent))
    return laidOver(previous, next);
  // "What if we cut output by half?", "and with twice the input?": the same question with that side of the volume scaled.
  const side = next.tokens === null && next.mix === null && next.models.length === 0 ? sideScaleIn(next.text) : undefined;
  if (side && PRICED_AT_A_PROFILE.has(previous.intent)) {
    if ('problem' in side) return { ...emptyQuery(next.text, previous.intent), problems: [side.problem] };
    const { note, ...scaled } = scaledSide(previous, side);
    const over = laidOver(previous, { ...next, filters: {}, top: null });
    return { ...over, ...scaled, notes: [...(over.notes ?? []), note], intent: previous.intent };
  }
  // "By how much?" after a comparison or a price asked of two models: the price gap (the same answer after a price's).
  // "What's the difference?" after two prices asked one at a time is their gap too (after a comparison it is broader).
  const gapAsked = BY_HOW_MUCH.test(next.text) || (DIFFERENCE.test(next.text) && (previous.intent === 'cost' || previous.intent === 'attribute'));
  if (gapAsked && ['compare', 'upgrade', 'lanes', 'attribute', 'cost'].includes(previous.intent) && modelsSoFar(previous).length >= 2) {
    const price = previous.intent === 'attribute' && previous.attribute !== null && /price|cost/.test(previous.attribute) ? previous.attribute : 'price';
    return { ...laidOver(previous, next, modelsSoFar(previous).slice(-MAX_COMPARED)), intent: 'attribute', attribute: price };
  }
  // A ranking's word alone ("cheapest?", "newest?") after a ranking orders it that way, every filter kept; after models
  // asked about, it asks which of them leads on it.
  const alone = RANKING_ALONE.test(next.text) && next.models.length === 0 ? (rankingOrder(next.text) ?? 'price') : undefined;
  if (alone && (previous.intent === 'cheapest' || previous.intent === 'best'))
    return { ...reranked(previous, next), order: alone, ...(/\bone\b/i.test(next.text) ? { top: 1 } : {}) };
  const leadsOn = alone ? ORDER_ATTRIBUTES[alone] : undefined;
  if (leadsOn && modelsSoFar(previous).length >= 2) return { ...laidOver(previous, next, modelsSoFar(previous).slice(-MAX_COMPARED)), intent: 'attribute', attribute: leadsOn };
  // "Only the cheaper one" after a comparison: the cost of whichever costs least at the same profile.
  if ((ONLY_CHEAPER.test(next.text) || CHEAPEST_OF_THEM.test(next.text)) && ['compare', 'upgrade', 'lanes', 'attribute'].includes(previous.intent) && previous.models.length >= 2)
    return { ...laidOver(previous, next), intent: 'cost', cheapestOnly: true };
  // "Any cheaper alternatives?" after models were asked about: the models that can stand in for the one (of those) that
  // costs least, and cost less.
  if (
    CHEAPER_ONES.test(next.text) &&
    next.models.length === 0 &&
    ['compare', 'upgrade', 'lanes', 'attribute', 'cost', 'model'].includes(previous.intent) &&
    previous.models.length >= 1
  ) {
    // The kind of work the models were asked about ("best for terminal work", "… for coding") holds: stand-ins its
    // benchmarks back (a low price is no evidence for the work).
    const forLane = previous.lane ? { lane: previous.lane, laneTested: true } : {};
    const asked = { ...laidOver(previous, next, []), intent: 'cheapest' as const, order: 'price' as const, lane: null };
    const [one] = previous.models;
    return previous.models.length === 1 && one !== undefined
      ? { ...asked, filters: { ...asked.filters, ...forLane, like: one, cheaperThanLike: true } }
      : { ...asked, filters: { ...asked.filters, ...forLane }, alternativesTo: previous.models };
  }
  // "Compare the first two", "compare them": after a ranking, its first models side by side.
  // "Compare" alone is "compare them".
  const firstOf = FIRST_OF.exec(next.text) ?? COMPARE_ALONE.exec(next.text);
  if (firstOf && (previous.intent === 'cheapest' || previous.intent === 'best') && next.models.length === 0) {
    const n = Math.min(MAX_COMPARED, firstOf[1] ? (COUNTS[firstOf[1].toLowerCase()] ?? Number(firstOf[1])) : (previous.top ?? MAX_COMPARED));
    // At the volume and mix said now ("compare the first two at 50M tokens"), else the ranking's.
    if (n >= 2) return { ...emptyQuery(next.text, 'compare'), ...profileOver(previous, next), picks: [{ ...previous, firstOf: n }] };
  }
  // "Compare the first and the third", "#2 vs #4" after a ranking: the models at those places side by side.
  const places =
    (previous.intent === 'cheapest' || previous.intent === 'best') && next.models.length === 0 && COMPARE_WORD.test(next.text) ? [...next.text.matchAll(PLACE_NAMED)] : [];
  if (places.length >= 2) {
    const at = [...new Set(places.map((m) => ordinalOf(m[1] ?? '') ?? Number(m[2])))].filter((n) => n >= 1);
    if (at.length >= 2)
      return {
        ...emptyQuery(next.text, 'compare'),
        ...profileOver(previous, next),
        picks: at.slice(0, MAX_COMPARED).map((place) => ({ ...previous, firstOf: 1, skip: place - 1, top: 1 })),
      };
  }
  // "Compare them" after a question about models (not a ranking): those models side by side; after one model alone,
  // the comparison says it needs another.
  const them = modelsSoFar(previous).slice(-MAX_COMPARED);
  if (firstOf && !firstOf[1] && next.models.length === 0 && previous.models.length >= 1 && previous.intent !== 'cheapest' && previous.intent !== 'best')
    return { ...laidOver(previous, next, them), intent: 'compare' };
  // "Which is better?", "who wins?", "so which should we pick?" after models were set against each other: the comparison,
  // its verdict first.
  // Asked alone, "which should we pick?" is a choice of model; after models were named, their verdict.
  if (next.models.length === 0 && them.length >= 2 && VERDICT_ASKED.test(next.text) && ['compare', 'upgrade', 'lanes', 'attribute'].includes(previous.intent))
    return { ...laidOver(previous, next, them), intent: 'compare' };
  // "Break even?", "when does that flip?" after models were set against each other: which is cheaper, and where that changes.
  if (next.intent === 'unknown' && next.models.length === 0 && them.length >= 2 && BREAK_EVEN_ASKED.test(next.text))
    return { ...laidOver(previous, next, them), intent: 'attribute', attribute: 'price' };
  // "Which is cheaper?", "which one has the bigger context?", "and the knowledge cutoff?" after models were named: that
  // attribute of those models.
  // "And with 50% caching?" changes the workload priced: not a question about prompt caching.
  const profiled = next.tokens !== null || next.mix !== null || next.cachedShare !== null || next.batch || next.serviceTier !== null;
  const attribute =
    next.models.length === 0 && them.length >= 2 && !profiled && (WHICH_OF_THEM.test(next.text) || LEAD.test(next.text))
      ? attributesOf(catalog).find((a) => a.words.test(next.text))
      : undefined;
  if (attribute && (next.intent === 'unknown' || next.intent === 'attribute')) return { ...laidOver(previous, next, them), intent: 'attribute', attribute: attribute.id };
  // "Which is better for coding?" after a comparison: those models' verdict for that work, not a new ranking.
  if ((next.intent === 'best' || next.intent === 'lanes') && next.lane && next.models.length === 0 && previous.models.length >= 2 && WHICH_OF_THEM.test(next.text))
    return { ...laidOver(previous, next), intent: 'lanes', lane: next.lane };
  // "What about for reasoning?", "and for rag?", "and for long documents?" after models were compared, moved between or
  // asked about: the same question for that work (a comparison or a move led by that lane's verdicts), not a new ranking.
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
  // "Add gemini 2.5 pro" to a comparison, or to the one model asked about; "drop claude" from a comparison.
  if (ADD.test(next.text) && next.models.length > 0 && ['compare', 'cost', 'model', 'attribute', 'lanes'].includes(previous.intent))
    return { ...laidOver(previous, next, [...new Set([...previous.models, ...next.models])].slice(0, MAX_COMPARED)), intent: previous.intent === 'lanes' ? 'lanes' : 'compare' };
  // "Drop sonnet, add gemini 2.5 pro" is a swap (inPlaceOf), not a drop alone.
  const drop = DROP_ADD.test(next.text) ? null : DROP.exec(next.text);
  if (drop && (previous.intent === 'compare' || previous.intent === 'lanes' || previous.intent === 'attribute') && previous.models.length >= 2) {
    const placed = withoutOrdinal(previous, drop[1] ?? '');
    if (placed && 'problem' in placed) return { ...emptyQuery(next.text, previous.intent), problems: [placed.problem], modelProblem: true };
    const kept = placed ?? withoutNamed(catalog, previous, next, drop[1] ?? '');
    if (kept.length < previous.models.length)
      return { ...laidOver(previous, { ...next, filters: {} }, kept), intent: kept.length >= 2 || previous.intent !== 'compare' ? previous.intent : 'cost' };
  }
  // "And without the vision requirement?", "drop the budget" after a ranking: the same ranking with that filter lifted.
  const lift = previous.intent === 'cheapest' || previous.intent === 'best' ? LIFT.exec(next.text) : null;
  const lifted = lift && next.models.length === 0 ? liftedFilters(catalog, previous.filters, lift[1] ?? lift[2] ?? '') : undefined;
  if (lifted) return { ...laidOver(previous, { ...next, filters: {} }), filters: lifted };
  // "Drop deepseek", "remove openai models" after a ranking with no such filter: those makers, families or models left out.
  const removed = lift ? removedFrom(catalog, previous, lift[1] ?? '') : undefined;
  if (removed) return { ...laidOver(previous, { ...next, filters: {} }), filters: removed };
  const swapped = inPlaceOf(catalog, previous, next);
  if (swapped) return { ...laidOver(previous, { ...next, filters: {} }, swapped), intent: previous.intent };
  // "What about with 1M context?", "and only from google" after a ranking: the same ranking with that filter too, in its
  // order unless the question names another; "and the newest?", "sort them by context": the same ranking in that order.
  const ranking = previous.intent === 'cheapest' || previous.intent === 'best';
  // "What about the 4th one?", "what does #3 cost at 50M?": the question asked of the model at that place of the ranking.
  const atPlace = ranking && next.models.length === 0 ? askedOfRanked(catalog, previous, next, RANKED_ONE) : undefined;
  if (atPlace) return atPlace;
  // "And with vision?" alone reads as the vision lane; after a price ranking it is one more need of that ranking.
  const needOnly = previous.intent === 'cheapest' && next.intent === 'best' && (next.filters.need?.length ?? 0) > 0;
  if (ranking && (next.intent === 'cheapest' || needOnly) && next.models.length === 0 && (LEAD.test(next.text) || REFINES.test(next.text)) && changesOnly(next))
    return { ...laidOver(previous, next), intent: previous.intent, order: sortedBy(next.text) ?? rankingOrder(next.text) ?? previous.order };
  // "The cheapest one per request of 3k tokens?" after a ranking: its first by price, at what the question says.
  if (ranking && next.models.length === 0 && CHEAPEST_ONE.test(next.text) && !CHEAPER_BUT_GOOD.test(next.text))
    return { ...reranked(previous, next), order: 'price', top: next.top ?? 1 };
  // "And the cheapest one that's still decent?" after the strongest for a kind of work: its best value, not every model's price.
  if (ranking && (previous.intent === 'best' || previous.order === 'score') && CHEAPER_BUT_GOOD.test(next.text) && next.models.length === 0)
    return { ...laidOver(previous, next), order: 'value' };
  const reordered =
    ranking && next.models.length === 0 && (next.intent === 'unknown' || next.intent === 'cheapest')
      ? (sortedBy(next.text) ?? (LEAD.test(next.text) ? (rankingOrder(next.text) ?? orderNamed(next.text.replace(LEAD, '').replace(/[?.!\s]+$/, ''))) : undefined))
      : undefined;
  if (reordered) {
    // "Sort them by output price": that side's price ranks them, as a month of that side's tokens alone (said).
    const side = reordered === 'price' ? /\b(input|output)\s+(?:price|cost)s?\b/i.exec(next.text)?.[1]?.toLowerCase() : undefined;
    const again = { ...reranked(previous, next), order: reordered };
    if (side !== 'input' && side !== 'output') return again;
    const { mix, note } = rankedOnSide(side);
    return { ...again, mix, notes: [...(again.notes ?? []), note] };
  }
  // "Cheaper ones only" after the models that stand in for one: those that cost less than it.
  if (ranking && previous.filters.like !== undefined && CHEAPER_ONES.test(next.text))
    return { ...laidOver(previous, next), filters: { ...previous.filters, ...next.filters, cheaperThanLike: true } };
  // "Cheaper ones?" after the strongest for a kind of work or the highest scores: the best value among them, where each
  // step up in price buys more strength.
  if (ranking && (previous.intent === 'best' || previous.order === 'score') && CHEAPER_ONES.test(next.text)) return { ...laidOver(previous, next), order: 'value' };
  // "What's its context window?" after a ranking: the question read about a model, asked of the ranking's first (the
  // ranking is asked again as a pick, so the answer names which model that is).
  const first = ranking && next.models.length === 0 && FIRST_OF_RANKING.test(next.text) ? askedOfRanked(catalog, previous, next, FIRST_OF_RANKING) : undefined;
  if (first) return first;
  // "What does the first one cost at 500M tokens?" after a comparison: that question asked of the model at that place.
  const ordinal = !ranking && previous.models.length >= 1 && next.models.length === 0 ? ORDINAL_ONE.exec(next.text) : null;
  const placed = ordinal ? previous.models[placeOf(previous, ordinal[1] as string)] : undefined;
  if (ordinal && placed !== undefined) {
    const again = parseQuestion(catalog, next.text.replace(ORDINAL_ONE, placed));
    if (again.intent !== 'unknown' && again.problems.length === 0 && again.models.length === 1) return { ...again, ...profileOver(previous, again) };
  }
  if (ordinal && placed === undefined && previous.models.length >= 2)
    return {
      ...emptyQuery(next.text, previous.intent),
      problems: [
        `Only ${previous.models.length} models were compared (${previous.models.join(', ')}): there is no ${(ordinal[1] as string).toLowerCase()} one. Say which by place (the first … the last) or by name.`,
      ],
      modelProblem: true,
    };
  const [only] = previous.models;
  if (previous.models.length === 1 && only !== undefined && PRONOUN.test(next.text)) {
    const found = resolveModel(catalog, only);
    const id = found.kind === 'found' ? found.model.id : only;
    const again = parseQuestion(catalog, next.text.replace(PRONOUN, id));
    // The volume and the rest of the profile carry over unless the new question says its own.
    // "What replaces it?" names no model once read ("what replaces gpt-4o?" ranks gpt-4o's successors), but was not understood without it.
    if (again.intent !== 'unknown' && again.problems.length === 0 && (again.models.length > next.models.length || next.intent === 'unknown'))
      return { ...again, ...profileOver(previous, again) };
  }
  // A card has no volume: "and at 100M tokens?" after one asks what the model costs there. "How much over a year?",
  // "how much?" after a question about a spec ("gpt-5's context window", "which is faster?") ask what those models cost,
  // not the spec again; "how much at 50M tokens?" is their cost there, not a ranking of every model.
  const specAsked = previous.intent === 'model' || (previous.intent === 'attribute' && !/price/.test(previous.attribute ?? 'price'));
  const costAsked = specAsked && next.models.length === 0 && COST_ASKED.test(next.text) && !rankingOrder(next.text);
  const plainCost = costAsked && (next.intent === 'unknown' || (next.intent === 'cheapest' && Object.keys(next.filters).length === 0));
  // "Price?", "how much?" alone after models: what they cost, at the volume before.
  if (next.models.length === 0 && them.length > 0 && COST_ALONE.test(next.text)) return { ...laidOver(previous, next, them), intent: them.length >= 2 ? 'compare' : 'cost' };
  // "How about 80% cached?", "and on batch?" after a spec: the profile is a price's, so what those models cost at it.
  const profileOnly = next.intent === 'unknown' && next.models.length === 0 && Object.keys(next.filters).length === 0 && changesOnly(next);
  if (plainCost || (specAsked && profileOnly) || (next.intent === 'unknown' && next.models.length === 0 && previous.intent === 'model' && next.tokens !== null)) {
    return { ...laidOver(previous, next, them), intent: them.length >= 2 ? 'compare' : 'cost' };
  }
  // "And cost at 10M?" after models set side by side (or one priced): those models there, not a ranking of every model.
  const ofModels = ['compare', 'cost', 'upgrade', 'lanes'].includes(previous.intent) && them.length > 0;
  if (
    ofModels &&
    next.intent === 'cheapest' &&
    next.models.length === 0 &&
    Object.keys(next.filters).length === 0 &&
    COST_ASKED.test(next.text) &&
    !rankingOrder(next.text) &&
    changesOnly(next)
  )
    return { ...laidOver(previous, next, them), intent: previous.intent === 'lanes' ? (them.length >= 2 ? 'compare' : 'cost') : previous.intent };
  const shared = sharedAmong(previous, next);
  if (shared) return shared;
  if (next.intent === 'unknown' && next.models.length === 0 && changesOnly(next)) return laidOver(previous, next);
  if (next.intent === 'model' && next.models.length > 0 && previous.intent !== 'model' && LEAD.test(next.text)) return laidOver(previous, next, modelsAfter(previous, next.models));
  return next;
}
