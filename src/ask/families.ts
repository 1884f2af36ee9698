// Model families as a filter: "cheapest llama model", "newest claude opus", "/models cheapest in the kimi family".
// A family word names every catalog family it is, starts or ends ("claude" → claude-opus, claude-sonnet, …;
// "sonnet" → claude-sonnet), so a ranking can keep to them.
import { distance } from 'fastest-levenshtein';
import type { Catalog } from '../catalog/validate.ts';

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

/** "in the llama family": the families named, and the text without the phrases (the words no family matches, if any). */
export function readFamilyPhrase(catalog: Catalog, text: string): { families: string[]; rest: string; unknown?: string } {
  const families: string[] = [];
  let unknown: string | undefined;
  const rest = text.replace(/\b(?:in|from) the ([a-z0-9][\w.-]*(?:\s+[a-z0-9][\w.-]*)?) family\b/gi, (_phrase, typed: string) => {
    const named = familiesNamed(catalog, typed);
    if (named.length === 0) unknown ??= typed;
    families.push(...named);
    return ' ';
  });
  return { families: [...new Set(families)], rest, ...(unknown !== undefined ? { unknown } : {}) };
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
 * the families it names, or — when it names no family, model part or description — the word and the closest
 * families, so the answer says so instead of ranking every model.
 */
export function familyBeforeModels(catalog: Catalog, text: string): { families: string[] } | { unknown: { word: string; closest: string[] } } | undefined {
  const word = BEFORE_MODELS.exec(text)?.[1]?.toLowerCase();
  // A describing word ("proven", "trusted", "cheapest", "affordable") is no name.
  if (!word || DESCRIBING.has(word) || /(?:ed|est|ing|ive|ous|able|ible|ful|less|ly|ish)$/.test(word)) return undefined;
  const families = familiesNamed(catalog, word);
  if (families.length > 0) return { families };
  // Part of a family's name or of a model's id is no unknown family.
  if (familiesOf(catalog).some((f) => f.split('-').includes(word)) || catalog.models.some((m) => m.id.split(/[-.]/).includes(word))) return undefined;
  return { unknown: { word, closest: closestFamilies(catalog, word) } };
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

/** What an answer says about a family the catalog does not have. */
export function unknownFamilyProblem(found: { word: string; closest: string[] }): string {
  const hint = found.closest.length > 0 ? `did you mean ${found.closest.join(', ')}?` : 'name one such as llama, qwen or claude-opus, or ask without it.';
  return `No model family “${found.word.slice(0, 40)}” in the catalog: ${hint}`;
}
