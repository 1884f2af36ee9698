// Model families as a filter: "cheapest llama model", "newest claude opus", "/models cheapest in the kimi family".
// A family word names every catalog family it is, starts or ends ("claude" → claude-opus, claude-sonnet, …;
// "sonnet" → claude-sonnet), so a ranking can keep to them.
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
