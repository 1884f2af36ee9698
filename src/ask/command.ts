// The command grammar: `/compare <a> <b> [c] [d] [for 50M tokens] [mix 3:1]` and
// `/models help | cheapest … | cost <model> … | lanes <a> <b> | best <lane> | model <name> | digest …`.
// Anything else given to /models is read as a plain question.
import { resolveModel } from '../catalog/resolve.ts';
import type { Catalog } from '../catalog/validate.ts';
import type { Lane } from '../catalog/lanes-schema.ts';
import { findLane, laneChoices } from '../lanes/best.ts';
import { extractProfile, MAX_TOP, withoutNegations } from './extract.ts';
import { leaveOut, readLeftOut } from './excluded.ts';
import { closestFamilies, readExcludedFamilies, readFamilyPhrase, unknownFamilyProblem } from './families.ts';
import { benchmarkIn, hostsLeftOutProblem, readHosts, readScoreFloors } from './intents.ts';
import { retireWindowInWords, retireWindowProblem } from './retiring.ts';
import { findModelNames, maskModelNames, modelSizeIn, readNamedPhrase, unreadWords } from './names.ts';
import { RANK_ORDERS, type RankOrder } from '../cost/rank.ts';
import { RANKING_COMMANDS } from './command-text.ts';
import { emptyQuery, HELP_TOPICS, type Intent, type Query } from './query.ts';
import { laneMatch, parseQuestion } from './question.ts';
import { batchSides } from './batch-side.ts';
import { cacheSides } from './cache-side.ts';
import { parseDigestCommand } from '../digest/command.ts';
import { parseSettingsCommand } from './settings.ts';
import { picksIn } from './picks.ts';

export type SlashCommand = '/compare' | '/models';

function withProfile(query: Query, text: string, options: Parameters<typeof extractProfile>[1]): string {
  const { rest, query: found } = extractProfile(text, options);
  Object.assign(query, { ...found, filters: { ...query.filters, ...found.filters }, problems: [...query.problems, ...found.problems] });
  return rest;
}

/** The profile reader with every filter word on: makers' names and the catalog's capability words. */
function everyWord(catalog: Catalog): Parameters<typeof extractProfile>[1] {
  return { providers: catalog.providers, ...(catalog.capabilityWords ? { capabilities: catalog.capabilityWords } : {}) };
}

/** "… on azure": the host the models are bought on (a comparison, a cost or a move at that host's prices); the rest of the text. */
function hostsOf(catalog: Catalog, query: Query, text: string): string {
  const { hosts, rest, leftOut } = readHosts(catalog, text);
  if (hosts.length > 0) query.filters.hosts = hosts;
  if (leftOut.length > 0) query.problems.push(hostsLeftOutProblem(leftOut));
  return rest;
}

/**
 * Model names first (so "ministral 8b" stays a model), then the profile phrases; returns the words neither read, for
 * readRest.
 */
function namesAndProfile(catalog: Catalog, query: Query, text: string): string[] {
  // "for computer-use", "for default for coding" at the end: a lane by its id or keyword, not part of a model's name.
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
  cacheSides(query, masked, exact);
  return unreadWords(rest, found);
}

/**
 * What a command says besides its models and profile: a model the catalog does not know, where one is missing; on a
 * comparison, a move or lanes, the lane it is for ("/compare o3 gpt-5 for rag"); anything else is said back as not
 * understood, never dropped.
 */
function readRest(catalog: Catalog, query: Query, unread: string[]): void {
  if (unread.length === 0) return;
  const words = unread.join(' ');
  // "/compare gpt-5 foobar": a side that names no model is a name the catalog does not know, said as one.
  const wanted = query.intent === 'compare' || query.intent === 'upgrade' ? 2 : 1;
  if (query.models.length < wanted && unread.length <= 3) {
    query.models.push(words);
    return;
  }
  const lanes = query.intent === 'compare' || query.intent === 'upgrade' || query.intent === 'lanes';
  const beside = lanes ? readLaneWords(catalog, query, words) : words;
  if (beside === '') return;
  const forLane = lanes ? ', a lane such as for rag' : '';
  query.problems.push(
    `Not understood: “${beside.slice(0, 80)}”. Besides the models, give a volume, a mix, caching or batch${forLane}: ${COMMAND_EXAMPLE[query.intent] ?? '/compare gpt-5 o3 50M mix 3:1'}.`,
  );
}

/**
 * The lane words name, by its id or keyword or as a question reads "for <words>" ("for our terminal work"), set on the
 * query; returns the words beside the lane's own ("drop table users" in "for rag; drop table users"), or all of them
 * when they name no lane (words that only share one with a lane's, such as "*bold* `code`").
 */
function readLaneWords(catalog: Catalog, query: Query, words: string): string {
  const bare = words.replace(/^(?:for|in|lane)\s+/i, '');
  const exact = findLane(catalog, words) ?? findLane(catalog, bare);
  const framed = `for ${bare}`;
  const hit = exact ? undefined : laneMatch(catalog, framed);
  const lane = exact || hit ? commandLane(catalog, query, words) : undefined;
  if (!lane) return words;
  query.lane = lane.id;
  if (!hit) return '';
  return unreadWords(`${framed.slice(0, hit.start)} ${framed.slice(hit.end)}`, [])
    .filter((w) => !WORK_WORDS.has(w.toLowerCase()))
    .join(' ');
}

/** Words around a lane's that only say it is work ("our terminal work", "coding stuff"). */
const WORK_WORDS = new Set('work works working stuff task tasks job jobs workload workloads thing things case cases purpose purposes kind type related heavy'.split(' '));

const COMMAND_EXAMPLE: Partial<Record<Query['intent'], string>> = {
  compare: '/compare gpt-5 o3 50M mix 3:1 for rag',
  upgrade: '/models upgrade gpt-4.1 gpt-5 50M for coding',
  lanes: '/models lanes gpt-5 o3 for rag',
  cost: '/models cost gpt-5 50M mix 3:1 with 50% cached',
  model: '/models model gpt-5',
};

/** "pricier than gpt-5": rank the models whose month costs more than its own; returns the rest of the text. */
function readPricierThan(catalog: Catalog, query: Query, args: string): string {
  const phrase = /(?:^|\s)pricier than\s+/i.exec(args);
  if (!phrase) return args;
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

/** "priced between gpt-5-mini and gpt-5": rank the models whose month costs between theirs; returns the rest of the text. */
function readPricedBetween(catalog: Catalog, query: Query, args: string): string {
  const phrase = /(?:^|\s)priced between\s+/i.exec(args);
  if (!phrase) return args;
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

/** "where gpt-5 ranks": the model whose place in the ranking is asked; returns the rest of the text. */
function readPlaceOf(catalog: Catalog, query: Query, args: string): string {
  const phrase = /(?:^|\s)where\s+(.+?)\s+ranks?\b(?:\s+in\s+the\s+top\s+(\d{1,3})\b)?/i.exec(args);
  if (!phrase) return args;
  const typed = (phrase[1] as string).trim();
  const name = findModelNames(catalog, typed, true)[0];
  if (name && name.typed.toLowerCase() === typed.toLowerCase()) query.placeOf = name.name;
  else query.problems.push(`Name one model between “where” and “ranks”, such as where gpt-5 ranks; got “${typed.slice(0, 60)}”.`);
  if (phrase[2] !== undefined && Number(phrase[2]) >= 1) query.placeWithin = Number(phrase[2]);
  return `${args.slice(0, phrase.index)} ${args.slice(phrase.index + phrase[0].length)}`;
}

/** "instead of gpt-4o": rank the models that can stand in for it; returns the rest of the text. */
function readLike(catalog: Catalog, query: Query, args: string): string {
  const phrase = /(?:^|\s)(?:(cheaper|no dearer|at\s+(\d+(?:\.\d+)?)%\s+price)\s+)?(?:instead of|in place of|alternatives? to)\s+/i.exec(args);
  const share = phrase?.[2] !== undefined ? Number(phrase[2]) / 100 : undefined;
  if (share !== undefined && share > 0 && share <= 1) query.filters.likeShare = share;
  else if (share !== undefined) query.problems.push(`A share of the price is above 0% and at most 100%, got ${phrase?.[2]}%: such as at 50% price instead of gpt-5.`);
  else if (phrase?.[1]?.toLowerCase() === 'cheaper') query.filters.cheaperThanLike = true;
  else if (phrase?.[1]) query.filters.noDearerThanLike = true;
  if (!phrase) return args;
  const after = args.slice(phrase.index + phrase[0].length);
  const name = findModelNames(catalog, after, true)[0];
  if (!name || !after.toLowerCase().startsWith(name.typed.toLowerCase())) {
    query.problems.push(`Name the model after “${phrase[0].trim()}”, such as instead of gpt-4o.`);
    return args.slice(0, phrase.index);
  }
  const found = resolveModel(catalog, name.name);
  if (found.kind === 'found') query.filters.like = found.model.id;
  else query.problems.push(`Unknown model “${name.typed.slice(0, 60)}” after “${phrase[0].trim()}”: name a model from the catalog, such as gpt-4o.`);
  return `${args.slice(0, phrase.index)} ${after.slice(name.typed.length)}`;
}

/**
 * A month's budget after its word, as commandFor writes it: "spending $3000 a month" (what a cost or a move is priced
 * at: `budget`), "within $100 a month" (what a cost is checked against: `within`).
 */
/** Each lane's id as a command says it ("for vision-docs", "lane terminal"), in the catalog's order, built once per catalog. */
const laneIds = new WeakMap<Catalog, { id: string; re: RegExp }[]>();
function laneIdsOf(catalog: Catalog): { id: string; re: RegExp }[] {
  let ids = laneIds.get(catalog);
  if (!ids) {
    ids = catalog.lanes.map((lane) => ({ id: lane.id, re: new RegExp(String.raw`(?:^|\s)(?:for\s+|lane\s+)?${lane.id}(?=\s|$)`, 'i') }));
    laneIds.set(catalog, ids);
  }
  return ids;
}

/**
 * Lanes listed first ("every lane", "terminal subagents long-context", "terminal, subagents and rag"): their ids and
 * the text after them; undefined for fewer than two lanes (one lane is that lane's ranking).
 */
function lanesListed(catalog: Catalog, text: string): { ids: string[]; rest: string } | undefined {
  const every = /^\s*(?:every|each|all(?:\s+the)?)\s+lanes?\b/i.exec(text);
  if (every) return { ids: catalog.lanes.map((l) => l.id), rest: text.slice(every[0].length) };
  const ids: string[] = [];
  let rest = text;
  for (let m = LISTED_LANE.exec(rest); m; m = LISTED_LANE.exec(rest)) {
    const lane = catalog.lanes.find((l) => l.id === (m?.[1] ?? '').toLowerCase());
    if (!lane) break;
    if (!ids.includes(lane.id)) ids.push(lane.id);
    rest = rest.slice(m[0].length);
  }
  return ids.length >= 2 ? { ids, rest } : undefined;
}
/** One lane id in a list of them, with what joins it to the next. */
const LISTED_LANE = /^\s*(?:,|\band\b)?\s*([a-z][a-z-]*)(?=[\s,]|$)/i;

const MONTH_BUDGETS = { spending: 'budget', within: 'within' } as const;
/** "spending $500 a month", "within $2k a month": each word's phrase, built once. */
const MONTH_BUDGET_PHRASES = Object.fromEntries(
  (Object.keys(MONTH_BUDGETS) as (keyof typeof MONTH_BUDGETS)[]).map((word) => [
    word,
    new RegExp(String.raw`(?:^|\s)${word}\s+\$\s*(\d[\d,]*(?:\.\d+)?)\s*(k)?\s+a\s+month\b`, 'i'),
  ]),
) as Record<keyof typeof MONTH_BUDGETS, RegExp>;

function readMonthBudget(query: Query, args: string, word: keyof typeof MONTH_BUDGETS): string {
  const m = MONTH_BUDGET_PHRASES[word].exec(args);
  if (!m) return args;
  const usd = Number((m[1] as string).replace(/,/g, '')) * (m[2] ? 1000 : 1);
  if (Number.isFinite(usd) && usd > 0) query[MONTH_BUDGETS[word]] = usd;
  else query.problems.push(`Cannot read “${m[0].trim()}” as a budget: give an amount above $0, such as ${word} $100 a month.`);
  return `${args.slice(0, m.index)} ${args.slice(m.index + m[0].length)}`;
}

const readSpending = (query: Query, args: string) => readMonthBudget(query, args, 'spending');

/** Words after `best` that ask for value, not strength alone: "cheap", "on a budget", "best value". */
const CHEAPLY = /\b(?:on\s+a\s+(?:tight\s+|small\s+|low\s+)?budget|cheap(?:ly)?|affordabl[ey]|inexpensive|low[- ]cost|economical|value)\b/gi;

const SUBCOMMANDS: Record<string, Intent> = {
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

/** The lane a command names; words that only describe its work ("coding") are said in the assumptions as the lane read. */
function commandLane(catalog: Catalog, query: Query, typed: string): Lane | undefined {
  const words = typed.trim();
  // "for coding" is a keyword as typed; "for terminal" is the lane after its "for".
  const bare = words.replace(/^(?:for|in|lane)\s+/i, '');
  const exact = findLane(catalog, words) ?? findLane(catalog, bare);
  if (exact || bare === '') return exact;
  const lane = laneNamed(catalog, bare);
  if (lane) query.notes = [...(query.notes ?? []), `“${bare}” read as the ${lane.id} lane (${lane.name})`];
  return lane;
}

/** A lane named by its id or a keyword, else said in words ("coding", "agentic workflows") as a question naming that work reads it. */
export function laneNamed(catalog: Catalog, words: string): Lane | undefined {
  const exact = findLane(catalog, words);
  if (exact || words.trim() === '') return exact;
  const read = parseQuestion(catalog, `best model for ${words}`);
  return read.intent === 'best' && read.lane ? catalog.lanes.find((l) => l.id === read.lane) : undefined;
}

/**
 * The `/models` words that rank in an order other than price: each order's own word (the one buttons repeat) and two
 * others people type ("/models latest", "/models largest context").
 */
const RANKING_SUBCOMMANDS: Record<string, RankOrder> = {
  ...Object.fromEntries(RANK_ORDERS.filter((o) => o !== 'price').map((o) => [RANKING_COMMANDS[o], o])),
  latest: 'newest',
  largest: 'context',
};

/** A CLI flag as the words a command reads ("--need vision" is "with vision"); any other flag is its name. */
// "--over 6mo" is a term beside the month ("for 6mo"), not a volume spread over it ("50M over 6mo").
const FLAG_WORDS: Record<string, string> = { tokens: '', need: 'with', lane: 'for', provider: 'from', 'exclude-provider': 'not from', cached: 'cached', over: 'for' };

export function parseCommand(catalog: Catalog, command: SlashCommand, raw: string): Query {
  // The CLI's flags typed into Slack ("--tokens 50M --mix 70/30 --need vision") are read as the words they stand for.
  const text = raw.trim().replace(/(^|\s)--([a-z][a-z-]*)\b/gi, (_, space: string, flag: string) => `${space}${FLAG_WORDS[flag.toLowerCase()] ?? flag}`);
  if (command === '/compare') {
    // "/compare help": how to use it, not a model called "help".
    if (/^(?:help|\?|usage)$/i.test(text)) return { ...emptyQuery(text, 'help') };
    // "/compare gpt-5 and the cheapest model with vision": a side that is a ranking is read as the question would be.
    const asked = picksIn(catalog, `compare ${text}`, (phrase) => parseQuestion(catalog, phrase)) ? parseQuestion(catalog, `compare ${text}`) : undefined;
    if (asked?.intent === 'compare' && asked.picks?.length) return { ...asked, text };
    const query = emptyQuery(text, 'compare');
    readRest(catalog, query, namesAndProfile(catalog, query, hostsOf(catalog, query, text)));
    return query;
  }

  const [first = '', ...restWords] = text.split(/\s+/);
  const order = RANKING_SUBCOMMANDS[first.toLowerCase()];
  // A ranking in another order is the cheapest ranking, reordered.
  const intent = order ? 'cheapest' : SUBCOMMANDS[first.toLowerCase()];
  // "/models largest context window …", "/models largest output …": the words after "largest" name the order, not a filter.
  const largestOutput = order === 'context' && /^(?:output|completion)\b/i.test(restWords[0] ?? '');
  const args = (
    order === 'context'
      ? // A bound on the window ("context ≤ 200K") is a filter, not the order's name.
        restWords
          .join(' ')
          .replace(
            /^(?:context(?:[\s-]+window)?\b(?![\s-]*(?:[≥≤<>=]|between|from|under|below|less|at|of|over|above)))|^(?:output|completion)(?:[\s-]+(?:limit|length|tokens?))?\b/i,
            '',
          )
      : restWords.join(' ')
  ).trim();
  if (text === '' || intent === 'help') {
    // "/models help sources": one question about the bot's figures (the words commandFor writes for it).
    const [first = '', about = ''] = args.toLowerCase().split(/\s+/);
    const topic = HELP_TOPICS.find((t) => t === first);
    // "/models help benchmarks swe-bench-pro", "/models help lanes terminal": one of them.
    const one =
      topic === 'benchmarks' && catalog.benchmarks.has(about) ? { benchmark: about } : topic === 'lanes' && catalog.lanes.some((l) => l.id === about) ? { lane: about } : {};
    // One the catalog does not have ("/models help benchmarks mmlu") shows them all, which says what it has.
    return topic ? { ...emptyQuery(text, 'help'), topic, ...one } : emptyQuery(text, 'help');
  }
  if (intent === undefined) return parseQuestion(catalog, text);

  const query = emptyQuery(text, intent);
  if (order) query.order = largestOutput ? 'output' : order;
  switch (intent) {
    case 'cheapest': {
      // "/models newest 5": a bare count right after the order is how many to show (a volume has a unit or "tokens";
      // "3 per provider" is read with the profile).
      const count = /^\s*(\d{1,3})(?=\s|$)(?!\s+(?:[kmbt]|mm|mil|mio|bn|tokens?|toks?|thousand|million|millions|billion|billions|trillion|per|each|from each)\b)/i.exec(args);
      const shown = count ? Number(count[1]) : 0;
      if (shown >= 1) query.top = Math.min(shown, MAX_TOP);
      // "/models leaderboard swe-bench-pro …": the benchmark first.
      let scored = count && shown >= 1 ? args.slice(count[0].length) : args;
      // "/models cheapest-per-task [benchmark] …": the benchmark is optional (the one with the most runs).
      if (order === 'score' || order === 'task' || order === 'value') {
        const hit = benchmarkIn(catalog, args);
        // "… scoring at least 30 on aa-intelligence-index" is a floor (read with the filters), not the order's benchmark.
        const floor = hit ? /\b(?:scoring|scores?)\s+(?:at least|over|above|≥|>=)?\s*\d+(?:\.\d+)?%?\s+on\s+(?:the\s+)?$/i.test(args.slice(0, hit.start)) : false;
        if (hit && !floor) {
          query.filters.scoredOn = hit.id;
          scored = `${args.slice(0, hit.start)} ${args.slice(hit.end)}`;
        } else if (order === 'score' && !floor) query.problems.push(`Name a benchmark after leaderboard: ${[...catalog.benchmarks.keys()].join(', ')}.`);
      } else {
        // "/models cheapest scored on swe-bench-pro": only the models with a score on it.
        const hit = benchmarkIn(catalog, args);
        const lead = hit ? /\bscored on\s+(?:the\s+)?$/i.exec(args.slice(0, hit.start)) : null;
        if (hit && lead) {
          query.filters.scoredOn = hit.id;
          scored = `${args.slice(0, lead.index)} ${args.slice(hit.end)}`;
        }
      }
      // "/models retiring this year": those with a retirement date in that window.
      const retiring = order === 'retiring' ? retireWindowInWords(scored) : undefined;
      if (retiring) {
        const problem = retireWindowProblem(retiring.window);
        if (problem) query.problems.push(problem);
        else query.retiring = retiring.window;
        scored = `${scored.slice(0, retiring.start)} ${scored.slice(retiring.end)}`;
      }
      // "spending $2000 a month" (with "instead of"): the volume that spend buys on the model stood in for.
      const { hosts, rest: hostless, leftOut: hostsLeft } = readHosts(catalog, readSpending(query, scored));
      if (hosts.length > 0) query.filters.hosts = hosts;
      if (hostsLeft.length > 0) query.problems.push(hostsLeftOutProblem(hostsLeft));
      // "excluding gpt-5", "excluding llama": a model or a family left out, read before the families asked for.
      const leftOut = readLeftOut(catalog, readLike(catalog, query, readPlaceOf(catalog, query, readPricierThan(catalog, query, readPricedBetween(catalog, query, hostless)))));
      leaveOut(query.filters, leftOut);
      const excluded = readExcludedFamilies(catalog, leftOut.rest);
      if (excluded.families.length > 0) query.filters.excludeFamilies = excluded.families;
      const family = readFamilyPhrase(catalog, excluded.rest, true);
      if (family.families.length > 0) query.filters.families = family.families;
      if (family.unknown !== undefined) query.problems.push(unknownFamilyProblem({ word: family.unknown, closest: closestFamilies(catalog, family.unknown) }));
      // "named gpt-5": only the models that name answers to.
      const named = readNamedPhrase(catalog, family.rest);
      if (named.named !== undefined) query.filters.named = named.named;
      if (named.unknown !== undefined)
        query.problems.push(`No model answers to “${named.unknown.slice(0, 40)}” after “named”: give part of a model's name, such as named gpt-5 or named gemini 3.`);
      const withoutLike = named.rest;
      // A lane named by its id ("for vision-docs") is the lane, before its words are read as capabilities; a negated
      // word ("without reasoning") names none.
      const negationFree = withoutNegations(withoutLike, catalog.capabilityWords ?? {}, catalog.providers);
      let withoutLane = withoutLike;
      for (const lane of laneIdsOf(catalog)) {
        const hit = lane.re.exec(negationFree);
        if (!hit) continue;
        query.filters.lane = lane.id;
        withoutLane = `${withoutLike.slice(0, hit.index)} ${withoutLike.slice(hit.index + hit[0].length)}`;
        break;
      }
      // "tested": only models the lane's benchmarks back.
      const tested = /(?:^|\s)(?:tested|proven)(?=\s|$)/i;
      if (tested.test(withoutLane)) query.filters.laneTested = true;
      // "scoring at least 50 on swe-bench-pro": a floor on a benchmark the catalog names.
      const { floors, rest: floorless, notes } = readScoreFloors(catalog, withoutLane.replace(tested, ' '));
      if (floors.length > 0) query.filters.benchmarkFloors = floors;
      if (notes.length > 0) query.notes = [...(query.notes ?? []), ...notes];
      const profiled = withProfile(query, floorless, everyWord(catalog));
      // "free" alone: only free, rate-limited endpoints ("free models" is read with the profile).
      const free = /(?:^|\s)free(?=\s|$)/gi;
      const rest = profiled.replace(free, () => {
        query.filters.free = true;
        return ' ';
      });
      const lane = rest === '' ? undefined : commandLane(catalog, query, rest);
      if (lane) query.filters.lane = lane.id;
      // A joining word left alone ("for" in "cheapest for 10k pdfs of 2k tokens each") says nothing more.
      else if (
        rest
          .replace(/[?!.,]/g, ' ')
          .replace(/(?:^|\s)(?:for|at|of|on|over|with|and|in|a|an|the)(?=\s|$)/gi, ' ')
          .trim() !== ''
      )
        query.problems.push(`Not understood in the filters: “${rest}”. Try: cheapest 50M with vision context ≥ 400k open weights from anthropic mix 3:1.`);
      // "/models best-value terminal": value for a kind of work is the lane's price–strength frontier, not one index's.
      if (order === 'value' && query.filters.lane !== undefined && query.filters.scoredOn === undefined) {
        const { lane: laneId, ...others } = query.filters;
        return { ...query, intent: 'best', lane: laneId, filters: others };
      }
      break;
    }
    case 'cost':
    case 'upgrade':
      readRest(catalog, query, namesAndProfile(catalog, query, hostsOf(catalog, query, readSpending(query, intent === 'cost' ? readMonthBudget(query, args, 'within') : args))));
      break;
    case 'lanes': {
      // "/models lanes" alone asks what the lanes are; "/models lane terminal" names a lane, not models: its top models.
      if (args === '') return { ...emptyQuery(text, 'help'), topic: 'lanes' };
      const lane = findLane(catalog, args.replace(/^(?:for|in)\s+/i, ''));
      if (lane) return { ...emptyQuery(text, 'best'), lane: lane.id };
      readRest(catalog, query, namesAndProfile(catalog, query, args));
      break;
    }
    case 'compare':
    case 'model':
      readRest(catalog, query, namesAndProfile(catalog, query, args));
      break;
    case 'best': {
      // "/models best terminal on a budget", "/models best coding cheap": the lane's best value.
      const cheaply = args.replace(CHEAPLY, ' ');
      if (cheaply !== args) query.order = 'value';
      // "/models best every lane", "/models best terminal subagents long-context": each lane's first pick, one row each.
      const listed = lanesListed(catalog, cheaply);
      if (listed) {
        query.lanePicks = listed.ids;
        const unread = withProfile(query, listed.rest, everyWord(catalog))
          .replace(/\b(?:costs?|prices?|pricing|spend|for|the|a|an|and|with|at)\b/gi, ' ')
          .trim();
        if (unread !== '') query.problems.push(`Not understood: “${unread.slice(0, 60)}”. After the lanes, give a volume, a mix or filters, such as /models best every lane 50M.`);
        break;
      }
      // "/models best subagents with web-search on bedrock": a lane's id first, then what narrows its picks (the words
      // a best pick's command carries), capabilities and hosts among them.
      const [first = '', ...after] = cheaply.trim().split(/\s+/);
      const byId = catalog.lanes.find((l) => l.id === first.toLowerCase());
      if (byId) {
        const { floors, rest: floorless } = readScoreFloors(catalog, hostsOf(catalog, query, readPlaceOf(catalog, query, after.join(' '))));
        if (floors.length > 0) query.filters.benchmarkFloors = floors;
        // "… in the gemini-pro family": the families a pick's command carries.
        const family = readFamilyPhrase(catalog, floorless, true);
        if (family.families.length > 0) query.filters.families = family.families;
        if (family.unknown !== undefined) query.problems.push(unknownFamilyProblem({ word: family.unknown, closest: closestFamilies(catalog, family.unknown) }));
        const unread = withProfile(query, family.rest, everyWord(catalog))
          // Words a profile is said with ("weekly cost"), read or not, say nothing more.
          .replace(/\b(?:costs?|prices?|pricing|spend|for|the|a|an|and|with|at)\b/gi, ' ')
          .trim();
        query.lane = byId.id;
        if (unread !== '')
          query.problems.push(`Not understood: “${unread.slice(0, 60)}”. After the lane, give a volume, a mix or filters, such as /models best ${byId.id} 50M open weights.`);
        break;
      }
      const rest = withProfile(query, cheaply, { providerWords: true, capabilityWords: false });
      const lane = commandLane(catalog, query, rest);
      const named = rest.replace(/^(?:for|lane)\s+/i, '').trim();
      query.lane = lane?.id ?? null;
      if (!lane) query.problems.push(`${named === '' ? 'Name a lane, such as /models best terminal.' : `Unknown lane “${named}”.`} Lanes: ${laneChoices(catalog)}.`);
      break;
    }
    case 'digest': {
      const digest = parseDigestCommand(args);
      if (digest.action === 'error') query.problems.push(digest.message);
      else query.digest = digest;
      break;
    }
    case 'settings': {
      const settings = parseSettingsCommand(args);
      if (settings.action === 'error') query.problems.push(settings.message);
      else query.settings = settings;
      break;
    }
    default:
      break;
  }
  return query;
}
