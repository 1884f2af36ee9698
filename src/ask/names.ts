// Finds model names in text: "gpt-4.1-mini gpt-5.3-codex", "GPT 4.1 mini vs Grok 4.3",
// "gpt 5.4 mini and 5.3 codex". Names are split on joiners (vs, v, versus, or, and, to, against,
// compared with, " / ", commas), then each part is read greedily: the longest run of words that is
// exactly a model's id, name, alias, snapshot or route id wins. A leftover that looks like a model
// name (a typo close to one, or a name-like word with a digit) is kept as typed, so the answer can
// name it back with suggestions; other leftovers are ordinary words and dropped. A part that is only a
// version or a variant word borrows another name's stem ("gpt-4.1 mini vs nano", "4o vs 4.1").
import { distance } from 'fastest-levenshtein';
import { nameTokens } from '../catalog/normalize.ts';
import { exactModel, modelsNamed, resolveModel, respeltModels } from '../catalog/resolve.ts';
import type { Catalog } from '../catalog/validate.ts';
import { escapeRegExp, SUGGESTIONS } from './extract.ts';

const JOINERS =
  // A comma between digits groups thousands ("2,000,000"): it joins no names. A service tier said as one ("fast mode",
  // "flex tier") is a way of buying, never the end of a name (an OpenRouter route "…-fast" would otherwise take it).
  /\s*(?:(?<!\d),|,(?!\d{3}(?!\d))|;|&|\||\s\/\s|\bvs\.?(?=\s|$)|\bv\.?(?=\s)|\bversus\b|\bor\b|\band\b|\bagainst\b|\bcompared\s+(?:with|to)\b|\bto\b|\bover\b|\bfrom\b|\bthan\b|\bwith\b|\boff\b|\binstead of\b|\b(?:fast|flex|priority)\s+(?:mode|tier|pricing|processing)\b)\s*/i;
const EXACT = new Set(['id', 'name', 'alias', 'snapshot', 'route', 'dated-id']);

/** Stands for the i-th exact name found before the profile phrases were taken out of the text. */
export function placeholder(i: number): string {
  return `\uE000${String.fromCharCode(0xe001 + i)}`;
}
/** A placeholder in a pattern's source, to find the names other words are said of ("batch gpt-4.1", "20% to gpt-5"). */
export const PLACEHOLDER_SOURCE = '\uE000[\uE001-\uF8FF]';
const PLACEHOLDER = new RegExp(`^${PLACEHOLDER_SOURCE}$`);
/** The id a placeholder stands for, among the `exact` names maskModelNames took out; undefined for any other text. */
export function placeholderId(text: string, exact: readonly string[]): string | undefined {
  return PLACEHOLDER.test(text) ? exact[text.charCodeAt(1) - 0xe001] : undefined;
}

/**
 * The model of `models` whose id is written whole at `at` (a command names each model in its list, then again after
 * "batch for" or "cached 50% for", where the second is left unmasked); undefined for any other text.
 */
export function idWrittenAt(text: string, at: number, models: readonly string[]): string | undefined {
  return models.find((id) => text.slice(at, at + id.length).toLowerCase() === id.toLowerCase() && !/^[\w.-]/.test(text.slice(at + id.length)));
}

/** Words that are never part of a model name in a question or command. */
export const FILLER = new Set(
  `a an the is are be it its this that these those which what whats what's who how much many do does did should would could
  can i we my our me us you your for of on in at by about per price prices pricing cost costs costing bill monthly model models
  compare comparison better best cheaper faster newer bigger larger between option options vs versus or and to switch move moving
  upgrade upgrading worth use using run running please tell show give need want get go pick choose choosing than over with
  from against compared one ones good great really actually just off today now currently idea fast speed context window output
  input tokens token cutoff knowledge vision support supports vs. v out yet released available replace replaces replaced
  replacing replacement successor alternative alternatives instead cheapest newest fastest largest biggest smallest thanks thank
  thx pls plz where when why host hosts hosted hosting serves serving sells selling offers offering runs provider providers
  platform platforms there any new latest q1 q2 q3 q4 h1 h2 will retire retires retired retiring retirement deprecated
  deprecation sunset sunsetting discontinued license licence licensed licensing commercial commercially average typical
  median expensive pricey costly overpriced version versions all every each know heard hear think thoughts opinion come came
  launch launched release ship shipped have has had under changed change changes different difference differences`.split(/\s+/),
);

/** Family words too common to name a model on their own. */
const GENERIC = new Set([
  'pro',
  'mini',
  'nano',
  'flash',
  'lite',
  'large',
  'medium',
  'small',
  'fast',
  'max',
  'turbo',
  'chat',
  'latest',
  'preview',
  'image',
  'images',
  'reasoning',
  'thinking',
  'beta',
  'code',
  'open',
  'free',
  'build',
]);

export interface FoundName {
  /** The catalog id when the words name a model exactly, else the words as typed. */
  name: string;
  exact: boolean;
  typed: string;
  /** How words that name several models were read as one ("“sonnet” read as claude-sonnet-5-5, the newest active …"). */
  note?: string;
}

/** The id of the model `text` names exactly (its id, name, alias, a snapshot or a route's id); undefined otherwise. */
export function exactId(catalog: Catalog, text: string): string | undefined {
  const hit = exactModel(catalog, text);
  return hit && EXACT.has(hit.matchedBy) ? hit.model.id : undefined;
}

/** A word without its quotes, brackets, trailing punctuation and possessive ("haiku 4.5's" → "4.5"). */
const clean = (w: string) => w.replace(/['’]s$/i, '').replace(/^[("'“‘[]+|[)"'”’\]?!.,:;]+$/g, '');

/** The words models' names and families are made of ("claude", "opus", "gemini"), per catalog. */
const nameWords = new WeakMap<Catalog, Set<string>>();
export function wordsOfNames(catalog: Catalog): Set<string> {
  let words = nameWords.get(catalog);
  if (!words) {
    words = new Set(catalog.models.flatMap((m) => [...nameTokens(m.name), ...nameTokens(m.family)]).filter((w) => /^\p{L}+$/u.test(w)));
    nameWords.set(catalog, words);
  }
  return words;
}

/** A word one letter off a word of a known name ("sonet", "gemni", "opsu"): a typo of a name, not an ordinary word. */
function misspeltNameWord(catalog: Catalog, word: string): boolean {
  const w = word.toLowerCase();
  if (w.length < 4 || !/^\p{L}+$/u.test(w) || FILLER.has(w)) return false;
  const known = wordsOfNames(catalog);
  for (const n of known) if (n.length >= 4 && Math.abs(n.length - w.length) <= 1 && distance(n, w) <= 1) return true;
  // A swap of two neighbouring letters ("opsu" for "opus") is one slip too.
  for (let i = 0; i + 1 < w.length; i++) if (known.has(`${w.slice(0, i)}${w[i + 1]}${w[i]}${w.slice(i + 2)}`)) return true;
  return false;
}

/** A version on its own: "4.1", "4o", "5", "v4". */
const BARE_VERSION = /^v?\d+(?:\.\d+)*[a-z]?$/i;

/** A volume or count ("1M", "50k", "2.5B") is never a model's name. */
const VOLUME_WORD = /^\d+(?:\.\d+)?[kmbt]$/i;

/** A model's size in billions of parameters ("70b", "1.5b"). */
const SIZE_WORD = /^\d+(?:\.\d+)?b$/i;
/** A word, perhaps a version, then a size: "falcon 180b", "gemma 3 27b", "phi-3 14b". */
const SIZED_NAME = /^\p{L}[\p{L}\d.-]*(?:\s+v?\d+(?:\.\d+)*)?\s+\d+(?:\.\d+)?b$/iu;

/** Words that come before a volume ("we process 180b", "roughly 2b"): never a model's name. */
const BEFORE_VOLUME = new Set(
  `around approximately approx roughly maybe perhaps say like total totals totaling totalling process processes handle handles
  spend spends burn burns consume consumes generate generates send sends push pushes serve serves expect expects estimate
  estimated budget another extra additional only just under below above upto near nearly almost some`.split(/\s+/),
);

/**
 * Whether "<word> <size>" names a model by its size ("falcon 180b", "llama 70b") rather than a volume after a word:
 * a word of the catalog's names only when some model has that size ("opus 2b" stays a volume); a word the catalog
 * does not know, unless it is one that comes before volumes ("process", "roughly", "handling").
 */
export function modelSizeIn(catalog: Catalog): (word: string, size: string) => boolean {
  return (word, size) => {
    const w = word.toLowerCase();
    if (FILLER.has(w) || BEFORE_VOLUME.has(w) || !/^\p{L}[\p{L}\d.-]*$/u.test(w)) return false;
    if (wordsOfNames(catalog).has(w) || exactModel(catalog, w)) return resolveModel(catalog, `${w} ${size}`).kind !== 'unknown';
    return !/(?:ing|ed|ly)$/.test(w);
  };
}

/** A leftover worth naming back: short, and either close to a model's name or name-like with a digit. */
function looksLikeModel(catalog: Catalog, typed: string): boolean {
  const words = typed.split(' ');
  if (words.length > 3 || !/\p{L}/u.test(typed) || !/^[\p{L}\p{N}.\-_ ]+$/u.test(typed)) return false;
  const r = resolveModel(catalog, typed);
  // "8b" in "llama 3.1 8b" is the model's size, part of its name; elsewhere such a word is a volume.
  const sizeOf = (w: string) =>
    r.kind === 'found' &&
    `${r.model.name} ${r.model.id}`
      .toLowerCase()
      .split(/[\s-]+/)
      .includes(w.toLowerCase());
  // After a word, a size in billions is left only where reading volumes found it a model's ("falcon 180b").
  if (words.some((w, i) => VOLUME_WORD.test(w) && !sizeOf(w) && !(i > 0 && SIZE_WORD.test(w)))) return false;
  // "falcon 180b", "gemma 3 27b": a name word, perhaps a version, and a size, as open models are named.
  if (r.kind === 'unknown' && SIZED_NAME.test(typed) && !FILLER.has((words[0] as string).toLowerCase())) return true;
  // One bare word without a digit ("max", "fast") names a model only if it names its family
  // ("sonnet", "codex") and is not a word every family uses ("pro", "mini", "image").
  // A compound of name words ("flash-lite") is a name as its spaced form ("flash lite") is.
  const bare = words.length === 1 && !/\d/.test(typed) && !/\p{L}-\p{L}/u.test(typed);
  const familyWord = (family: string) => !GENERIC.has(typed.toLowerCase()) && nameTokens(family).includes(typed.toLowerCase());
  if (r.kind === 'found') return !bare || (r.matchedBy !== 'partial' && r.matchedBy !== 'family-rule') ? true : familyWord(r.model.family);
  if (r.kind === 'ambiguous') return !bare || r.candidates.some((m) => familyWord(m.family));
  // A typo of a model name keeps its digits or dashes ("gtp-4.1-mini"); a plain word near a name ("push") is a word.
  // Some word must read like part of a name: letters joined to digits ("gtp-4.1"), or a word of a known name ("claude"), so "mom 5" is not one.
  const nameLike = words.some((w) => (/\p{L}/u.test(w) && /[\d-]/.test(w)) || wordsOfNames(catalog).has(w.toLowerCase()) || misspeltNameWord(catalog, w));
  if (nameLike && r.suggestions.length > 0 && /[\d-]/.test(typed) && typed.replace(/[^\p{L}\p{N}]/gu, '').length >= 4) return true;
  // "mistrl large", "gemnii flash": a word of a known name beside one slipped, together naming a model once respelt (a
  // slipped word alone, such as "long" or "send", is more often an ordinary word).
  const misspelt = words.filter((w) => !wordsOfNames(catalog).has(w.toLowerCase()));
  if (misspelt.length > 0 && misspelt.length < words.length && misspelt.every((w) => misspeltNameWord(catalog, w)) && respeltModels(catalog, typed).length > 0) return true;
  // "gpt-9", "claude-7": a letter word joined to a number, as model ids are written.
  return /\p{L}[\p{L}.]*[-_]?\d/u.test(typed) && /^[\p{L}\p{N}.\-_ ]+$/u.test(typed) && !/\d(?:am|pm|%)$/i.test(typed);
}

/** A unit of time after a count ("3 months"). */
const TIME_UNIT = /^(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|mos?|quarters?|years?|yrs?)$/i;

/** Reads one part (no joiners) into names. */
function readPart(catalog: Catalog, part: string, keepUnknown: boolean, exact: string[]): FoundName[] {
  const words = part
    .split(/\s+/)
    .map(clean)
    .filter((w) => w !== '');
  const found: FoundName[] = [];
  let pending: string[] = [];
  // Leftover words: the longest run (up to 3 words) that looks like a model is kept; the rest are ordinary words.
  const flush = () => {
    const ws = pending.filter((w) => !FILLER.has(w.toLowerCase()));
    pending = [];
    if (!keepUnknown) return;
    let k = 0;
    while (k < ws.length) {
      let taken = 0;
      for (let len = Math.min(3, ws.length - k); len > 0; len--) {
        const typed = ws.slice(k, k + len).join(' ');
        // "the next 3 months", "over 6 weeks": a number that counts time ends no name.
        if (/^\d+$/.test(ws[k + len - 1] as string) && TIME_UNIT.test(ws[k + len] ?? '')) continue;
        if (!looksLikeModel(catalog, typed)) continue;
        const loose = resolveModel(catalog, typed);
        found.push(
          loose.kind === 'found'
            ? { name: loose.model.id, exact: false, typed, ...(loose.matchedBy === 'family-rule' && loose.note !== undefined ? { note: loose.note } : {}) }
            : { name: typed, exact: false, typed },
        );
        taken = len;
        break;
      }
      k += taken > 0 ? taken : 1;
    }
  };
  let i = 0;
  while (i < words.length) {
    if (PLACEHOLDER.test(words[i] as string)) {
      flush();
      const id = placeholderId(words[i] as string, exact);
      if (id) found.push({ name: id, exact: true, typed: id });
      i++;
      continue;
    }
    let matched = false;
    for (let j = Math.min(words.length, i + 6); j > i; j--) {
      const run = words.slice(i, j);
      if (run.some((w) => PLACEHOLDER.test(w))) continue;
      // A vendor prefix ("openai/") starts a name: "gpt-4.1 openai/gpt-5.4" is two names, not one.
      if (run.slice(1).some((w) => w.includes('/'))) continue;
      const typed = run.join(' ');
      const id = exactId(catalog, typed);
      if (id) {
        flush();
        found.push({ name: id, exact: true, typed });
        i = j;
        matched = true;
        break;
      }
    }
    if (!matched) {
      pending.push(words[i] as string);
      i++;
    }
  }
  flush();
  return found;
}

/** A version after another name's stem: "claude haiku" + "4.5", "gpt-" + "4.1" (the stem as the catalog writes it and as typed). */
function withVersion(spellings: string[], version: string): string[] {
  return spellings.flatMap((name, i) => {
    // The typed name (last) without a digit is a stem of its own: "claude haiku" → "claude haiku 4.5".
    const stem = i === spellings.length - 1 && !/\d/.test(name) ? `${name} ` : (/^[^\d]*/.exec(name)?.[0] ?? '');
    // The version in its place too, the words after it kept: "gemini 3.8 flash" vs "3.7" → "gemini 3.7 flash".
    const inPlace = /\d/.test(name) ? [name.replace(/\d+(?:[.-]\d+)*/, version)] : [];
    return stem === '' ? inPlace : [`${stem}${version}`, ...inPlace];
  });
}

/**
 * A variant word in place of another name's last word, or after it: "GPT-4.1 mini" → "GPT-4.1 nano", "gpt-5-mini" →
 * "gpt-5-nano", "gpt-5" → "gpt-5 mini". Only a word some model's name is made of.
 */
function withVariant(catalog: Catalog, spellings: string[], word: string): string[] {
  if (!/^\p{L}+$/u.test(word) || !wordsOfNames(catalog).has(word.toLowerCase())) return [];
  return spellings.flatMap((name) => {
    const last = /[\s-]\p{L}+$/u.exec(name);
    return [`${name} ${word}`, ...(last ? [`${name.slice(0, last.index + 1)}${word}`] : [])];
  });
}

/**
 * Model names in `text`, in the order mentioned. With `keepUnknown`, name-like leftovers are kept as
 * typed (for did-you-mean); without it, only exact names are returned. `exact` resolves placeholders.
 */
export function findModelNames(catalog: Catalog, text: string, keepUnknown = true, exact: string[] = []): FoundName[] {
  const parts = text.split(JOINERS).filter((p) => p !== undefined && p.trim() !== '');
  const perPart = parts.map((part) => readPart(catalog, part.trim(), keepUnknown, exact));
  // A part that is only a version ("4.1" in "4o vs 4.1") or only a variant word ("nano" in "gpt-4.1 mini vs nano")
  // names a model when the other names make it certain: "GPT-" + "4.1", "GPT-4.1 " + "nano".
  // A family word read loosely ("luna" → the newest Luna) lends no stem, and yields to another name's ("gpt-5.6-sol vs luna").
  const loose = (n: FoundName) => !n.exact && !/[\s\d]/.test(n.typed);
  const known = perPart.flat().filter((n) => (n.exact || catalog.byId.has(n.name)) && !loose(n));
  if (known.length > 0)
    parts.forEach((part, i) => {
      const found = perPart[i] as FoundName[];
      if (found.length > 1 || (found.length === 1 && !loose(found[0] as FoundName))) return;
      const words = part
        .split(/\s+/)
        .map(clean)
        .filter((w) => w !== '' && !FILLER.has(w.toLowerCase()));
      const word = words.length === 1 ? (words[0] as string) : undefined;
      if (word === undefined) return;
      // "3 alternatives to claude sonnet 4.5": a count of suggestions, not Claude Sonnet 3.
      if (new RegExp(String.raw`(?:^|\s)${escapeRegExp(word)}\s+(?:[a-z]+\s+)?${SUGGESTIONS}\b`, 'i').test(part)) return;
      const meant = new Set<string>();
      for (const n of known) {
        const model = catalog.byId.get(n.name);
        const spellings = model ? [model.name, model.id, n.typed] : [];
        for (const candidate of BARE_VERSION.test(word) ? withVersion(spellings, word) : withVariant(catalog, spellings, word)) {
          const id = exactId(catalog, candidate);
          if (id && id !== n.name) meant.add(id);
        }
      }
      if (meant.size === 1) perPart[i] = [{ name: [...meant][0] as string, exact: true, typed: word }];
    });
  // "haiku vs flash vs mini", "which is cheaper: flash or haiku": with no exact name to lend a stem, a side of a "vs"
  // (or of an "or" that a comparison asks between) that is one word some models share is that word, read as typed (a
  // comparison reads it as its flagship, and says so); alone it names nothing.
  const between =
    /\s(?:vs\.?|versus|against|compared?\s+(?:to|with)|compares\s+(?:to|with)|stacks?\s+up\s+(?:to|against))\s/i.test(text) ||
    (/\s(?:or|than)\s/i.test(text) && /\b(?:cheaper|pricier|costlier|more expensive|less expensive|better|worse|faster|slower|smarter|newer|bigger|larger)\b/i.test(text));
  if (keepUnknown && known.length === 0 && between)
    parts.forEach((part, i) => {
      const words = part
        .trim()
        .split(/\s+/)
        .map(clean)
        .filter((w) => w !== '' && !FILLER.has(w.toLowerCase()));
      const word = words.length === 1 ? (words[0] as string) : undefined;
      if ((perPart[i] as FoundName[]).length === 0 && word && /^\p{L}+$/u.test(word) && resolveModel(catalog, word).kind === 'ambiguous')
        perPart[i] = [{ name: word, exact: false, typed: word }];
    });
  const names = perPart.flat();
  const seen = new Set<string>();
  return names.filter((n) => {
    if (seen.has(n.name)) return false;
    seen.add(n.name);
    return true;
  });
}

/**
 * The words of `text` that no found name and no filler covers: what a command said besides its models ("for rag" in
 * "/compare o3 gpt-5 for rag"), so that it is read or said unread, never dropped.
 */
export function unreadWords(text: string, found: FoundName[]): string[] {
  let rest = text;
  for (const name of found) {
    const at = rest.toLowerCase().indexOf(name.typed.toLowerCase());
    if (at >= 0) rest = `${rest.slice(0, at)} ${rest.slice(at + name.typed.length)}`;
  }
  return rest
    .split(JOINERS)
    .join(' ')
    .split(/\s+/)
    .map(clean)
    .filter((w) => w !== '' && !hasPlaceholder(w) && !FILLER.has(w.toLowerCase()) && /[\p{L}\p{N}]/u.test(w));
}

/** Whether text holds a name masked as a placeholder (see maskModelNames). */
export const hasPlaceholder = (text: string): boolean => /[\uE000-\uF8FF]/.test(text);

/**
 * Takes the exact model names out of `text` first (so "ministral 8b" is a model, not 8 billion
 * tokens), leaving placeholders that `findModelNames` turns back into ids in their places.
 */
/**
 * Where a name found in its cleaned words sits in the text: as typed, or with the brackets and quotes the words were
 * cleaned of ("Grok 4.20 (Non-Reasoning)").
 */
function spanOf(text: string, typed: string): { at: number; length: number } | undefined {
  const at = text.indexOf(typed);
  if (at >= 0) return { at, length: typed.length };
  const words = typed.split(/\s+/).map(escapeRegExp);
  const bracketed = new RegExp(words.join(String.raw`[\s()[\]"'“”‘’]+`) + String.raw`[)\]"'”’]*`, 'i').exec(text);
  return bracketed ? { at: bracketed.index, length: bracketed[0].length } : undefined;
}

export function maskModelNames(catalog: Catalog, text: string): { masked: string; exact: string[]; blanked: string } {
  const exact = findModelNames(catalog, text, false);
  let masked = text;
  // The names as spaces, every other character where it was: words inside a name ("reasoning" in
  // "command-a-reasoning") are not the question's words.
  let blanked = text;
  const ids: string[] = [];
  for (const name of exact) {
    const span = spanOf(masked, name.typed);
    if (!span) continue;
    masked = `${masked.slice(0, span.at)} ${placeholder(ids.length)} ${masked.slice(span.at + span.length)}`;
    const inText = spanOf(blanked, name.typed);
    if (inText) blanked = `${blanked.slice(0, inText.at)}${' '.repeat(inText.length)}${blanked.slice(inText.at + inText.length)}`;
    ids.push(name.name);
  }
  return { masked, exact: ids, blanked };
}

/**
 * "models named gpt-5", "called gemini 3": the name every ranked model must answer to (`named`), and the text without
 * the phrase; `unknown` when the words after it name no model.
 */
export function readNamedPhrase(catalog: Catalog, text: string, exact: string[] = []): { named?: string; rest: string; unknown?: string } {
  const phrase = /(?:^|\s)(?:named|called)\s+/i.exec(text);
  if (!phrase) return { rest: text };
  const after = text.slice(phrase.index + phrase[0].length);
  const words = after.split(/\s+/).filter((w) => w !== '');
  // An exact name taken out of the text first: its id.
  const id = placeholderId(words[0] ?? '', exact);
  if (id) return { named: id, rest: `${text.slice(0, phrase.index)} ${words.slice(1).join(' ')}` };
  // The longest run of up to three words that some model answers to.
  for (let n = Math.min(3, words.length); n > 0; n--) {
    const typed = words.slice(0, n).map(clean).join(' ');
    if (modelsNamed(catalog, typed).length > 0) return { named: typed.toLowerCase(), rest: `${text.slice(0, phrase.index)} ${words.slice(n).join(' ')}` };
  }
  return { rest: `${text.slice(0, phrase.index)} ${words.slice(1).join(' ')}`, unknown: clean(words[0] ?? '') };
}
