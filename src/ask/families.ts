// Model families as a filter: "cheapest llama model", "newest claude opus", "/models cheapest in the kimi family".
// A family word names every catalog family it is, starts or ends ("claude" → claude-opus, claude-sonnet, …;
// "sonnet" → claude-sonnet), so a ranking can keep to them.
import { distance } from 'fastest-levenshtein';
import { outOfScopeModel } from '../catalog/out-of-scope.ts';
import type { Catalog } from '../catalog/validate.ts';
import { LEAVING_OUT, providersNamedBy } from './extract.ts';

const familyLists = new WeakMap<Catalog, string[]>();

function familiesOf(catalog: Catalog): string[] {
  let list = familyLists.get(catalog);
  if (!list) {
    list = [...new Set(catalog.models.map((m) => m.family))];
    familyLists.set(catalog, list);
  }
  return list;
}

/** The catalog families a typed word names ("llama", "claude opus", "sonnet"); empty when it names none. */
export function familiesNamed(catalog: Catalog, typed: string): string[] {
  const word = typed.trim().toLowerCase().replace(/\s+/g, '-');
  if (word.length < 2) return [];
  return familiesOf(catalog).filter((f) => f === word || f.startsWith(`${word}-`) || f.endsWith(`-${word}`));
}

const FAMILY_ID = String.raw`[a-z0-9][\w.-]*`;
/** "in the llama family", "in the glm, glm-air or glm-flash families" (how a command writes several). */
const FAMILY_PHRASE = new RegExp(
  String.raw`\b(?:in|from) the (?:(${FAMILY_ID}(?:\s+${FAMILY_ID})?) family|(${FAMILY_ID}(?:\s*,\s*${FAMILY_ID})*(?:\s*,?\s+or\s+${FAMILY_ID})) families)\b`,
  'gi',
);

/**
 * "in the llama family": the families named, and the text without the phrases (the words no family matches, if any).
 * In a command (`exact`), a family's id is that family alone, as the command wrote it ("in the gpt family" is not
 * every gpt-… family too).
 */
export function readFamilyPhrase(catalog: Catalog, text: string, exact = false): { families: string[]; rest: string; unknown?: string } {
  const families: string[] = [];
  let unknown: string | undefined;
  const rest = text.replace(FAMILY_PHRASE, (_phrase, one: string | undefined, several: string | undefined) => {
    for (const typed of one !== undefined ? [one] : (several ?? '').split(/\s*,\s*(?:or\s+)?|\s+or\s+/)) {
      const id = typed.trim().toLowerCase();
      const named = exact && familiesOf(catalog).includes(id) ? [id] : familiesNamed(catalog, typed);
      if (named.length === 0) unknown ??= typed;
      families.push(...named);
    }
    return ' ';
  });
  return { families: [...new Set(families)], rest, ...(unknown !== undefined ? { unknown } : {}) };
}

/** A family left out: "except llama", "excluding gemma models", "other than the qwen family", "no mistral models". */
const EXCLUDED_FAMILY = new RegExp(
  String.raw`(?:\b(?:${LEAVING_OUT}|not(?:\s+(?:in|from))?)\s+|\bnon[- ]?)(?:the\s+|any\s+)?([a-z][\w.-]*[a-z0-9](?:(?:\s*,\s*|\s+(?:and|or|nor)\s+)[a-z][\w.-]*[a-z0-9])*)(?:\s+(?:models?|llms?|family|families|ones))?\b`,
  'gi',
);
/** A list said to leave makers out. */
const MAKER_LEFT_OUT = /^\s*not\s+(?:from|by)\b/i;
/** Between families listed ("gemma and llama", "qwen, mistral or llama"), kept when a list is split. */
const LISTED = /(\s*,\s*|\s+(?:and|or|nor)\s+)/i;

/** The families a text leaves out, and the text without those phrases (so the family is not read as asked for). */
export function readExcludedFamilies(catalog: Catalog, text: string): { families: string[]; rest: string } {
  const families: string[] = [];
  const rest = text.replace(EXCLUDED_FAMILY, (phrase, typed: string) => {
    // "Not from deepseek" leaves a maker out: a maker's word there is the provider reader's, not a family.
    const ofMaker = MAKER_LEFT_OUT.test(phrase);
    const named = (typed: string) => (ofMaker && providersNamedBy(typed, catalog.providers).length > 0 ? [] : familiesLeftOut(catalog, typed));
    // The run of families from the first ("except gemma and llama"); a word after it that names none stays to be read.
    const parts = typed.split(LISTED);
    const words = parts.filter((_, i) => i % 2 === 0);
    const run = words.findIndex((w) => named(w).length === 0);
    const left = run === -1 ? words : words.slice(0, run);
    if (left.length === 0) return phrase;
    for (const w of left) families.push(...named(w));
    if (run === -1) return ' '.repeat(phrase.length);
    // Blank the phrase up to the end of the run's last family.
    const end = phrase.indexOf(typed) + parts.slice(0, 2 * left.length - 1).join('').length;
    return ' '.repeat(end) + phrase.slice(end);
  });
  return { families: [...new Set(families)], rest };
}

/**
 * The families a word names where a list leaves some out; none for a word that describes models ("small", "open") or
 * names a capability ("without vision" is no Grok Vision).
 */
export function familiesLeftOut(catalog: Catalog, typed: string): string[] {
  const word = typed.toLowerCase();
  return DESCRIBING.has(word) || capabilityWordsOf(catalog).has(word) ? [] : familiesNamed(catalog, typed);
}

const capabilityWords = new WeakMap<Catalog, Set<string>>();

/** Every word and phrase the catalog reads as a capability (data/lanes.yml `capabilities`), in lower case. */
export function capabilityWordsOf(catalog: Catalog): Set<string> {
  let words = capabilityWords.get(catalog);
  if (!words) {
    words = new Set(Object.values(catalog.capabilityWords ?? {}).flatMap((list) => list.map((w) => w.toLowerCase())));
    capabilityWords.set(catalog, words);
  }
  return words;
}

/** Words that describe models rather than name a family ("cheapest small model", "best open model"). */
const DESCRIBING = new Set(
  (
    'a an any the this that one other our my your some every each all ai llm ml gen generative language text chat instruct base general purpose ' +
    'small smaller smallest tiny little light lightweight large larger largest big bigger biggest huge good better great decent solid capable ' +
    'strong smart smartest cheap cheaper low cost fast faster quick quicker slow new newer newest latest recent current old older legacy stable ' +
    'available popular production enterprise reliable frontier flagship premium top leading local hosted serverless managed paid free open ' +
    'closed proprietary commercial chinese american european us eu similar alternative single same different multimodal reasoning thinking ' +
    'coding code agentic agent mini nano micro pro plus max ultra lite turbo proven tested benchmarked well known'
  ).split(' '),
);

/** A word right before "model(s)" where models are ranked: "cheapest gemma model", "which mixtral models". */
const BEFORE_MODELS =
  /\b(?:cheapest|newest|latest|fastest|best|top|which|what|any|list|show)\s+(?:[a-z][\w.-]*\s+)?([a-z][a-z0-9.-]*[a-z0-9])\s+(?:models?|llms?|family|series)\b/i;

/**
 * The word that stands where a family would when models are ranked ("cheapest flash models", "cheapest gemma model"):
 * the families it names; or, for a family other catalogs name that this one lacks, a model it covers as out of scope,
 * or a few letters off one of its families ("lama"), that word and what to say, instead of ranking every model. Any
 * other word ("best value model") is left alone.
 */
export function familyBeforeModels(catalog: Catalog, text: string): { families: string[] } | { unknown: UnknownFamily } | undefined {
  const word = BEFORE_MODELS.exec(text)?.[1]?.toLowerCase();
  if (!word || DESCRIBING.has(word)) return undefined;
  const families = familiesNamed(catalog, word);
  if (families.length > 0) return { families };
  // Part of a model's id here is no missing family.
  if (catalog.models.some((m) => m.id.split(/[-.]/).includes(word))) return undefined;
  const scope = outOfScopeModel(catalog, word);
  if (scope) return { unknown: { word, closest: [], scope: scope.sentence } };
  const elsewhere = (catalog.familiesElsewhere ?? []).some((f) => f === word || f.startsWith(`${word}-`));
  const closest = word.length >= 4 ? closestFamilies(catalog, word) : [];
  return elsewhere || closest.length > 0 ? { unknown: { word, closest, elsewhere } } : undefined;
}

/** The catalog's families a few letters from a word the catalog lacks ("lama" → llama). */
export function closestFamilies(catalog: Catalog, word: string): string[] {
  return familiesOf(catalog)
    .map((f) => ({ f, d: distance(word.toLowerCase(), f) }))
    .filter(({ d }) => d <= Math.max(1, Math.floor(word.length / 3)))
    .sort((a, b) => a.d - b.d || a.f.localeCompare(b.f))
    .slice(0, 3)
    .map(({ f }) => f);
}

/** A family word the catalog has no models of: the closest families, and whether other catalogs name it or it is out of scope. */
export interface UnknownFamily {
  word: string;
  closest: string[];
  elsewhere?: boolean;
  scope?: string;
}

/** What an answer says about a family the catalog does not have. */
export function unknownFamilyProblem(found: UnknownFamily): string {
  if (found.scope) return `${found.scope} Ask about a chat model instead, for example /models cheapest 50M.`;
  if (found.elsewhere && found.closest.length === 0)
    return `No model family “${found.word.slice(0, 40)}” in the catalog: other catalogs list it, but Model Scout carries none of its models yet. Ask without it, or name a family such as llama, qwen or claude-opus.`;
  const hint = found.closest.length > 0 ? `did you mean ${found.closest.join(', ')}?` : 'name one such as llama, qwen or claude-opus, or ask without it.';
  return `No model family “${found.word.slice(0, 40)}” in the catalog: ${hint}`;
}
