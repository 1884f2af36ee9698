// Finds model names in text: "gpt-4.1-mini gpt-5.3-codex", "GPT 4.1 mini vs Grok 4.3",
// "gpt 5.4 mini and 5.3 codex". Names are split on joiners (vs, versus, or, and, to, against,
// compared with, commas), then each part is read greedily: the longest run of words that is exactly
// a model's id, name, alias, snapshot or route id wins. A part nothing matches exactly is kept as
// typed, so the answer can name it back with suggestions.
import { resolveModel } from '../catalog/resolve.ts';
import type { Catalog } from '../catalog/validate.ts';

const JOINERS = /\s*(?:,|;|&|\||\bvs\.?(?=\s|$)|\bversus\b|\bor\b|\band\b|\bagainst\b|\bcompared\s+(?:with|to)\b|\bto\b|\bover\b|\bfrom\b|\bthan\b|\bwith\b)\s*/i;
const EXACT = new Set(['id', 'name', 'alias', 'snapshot', 'route', 'dated-id']);

/** Words that are never part of a model name in a question or command. */
export const FILLER = new Set(
  `a an the is are be it its this that these those which what whats what's who how much many do does did should would could
  can i we my our me us you your for of on in at by about per price prices pricing cost costs costing bill monthly model models
  compare comparison better best cheaper faster newer bigger larger between option options vs versus or and to switch move moving
  upgrade upgrading worth use using run running please tell show give need want get go pick choose choosing than over with
  from against compared one ones good great really actually just really? ? !`.split(/\s+/),
);

export interface FoundName {
  /** The catalog id when the words name a model exactly, else the words as typed. */
  name: string;
  exact: boolean;
  typed: string;
}

function exactId(catalog: Catalog, text: string): string | undefined {
  const r = resolveModel(catalog, text);
  return r.kind === 'found' && EXACT.has(r.matchedBy) ? r.model.id : undefined;
}

/** Reads one part (no joiners) into names. */
function readPart(catalog: Catalog, part: string, keepUnknown: boolean): FoundName[] {
  const words = part.split(/\s+/).filter((w) => w !== '');
  const found: FoundName[] = [];
  let pending: string[] = [];
  const flush = () => {
    const typed = pending.filter((w) => !FILLER.has(w.toLowerCase().replace(/[?!.,]+$/, ''))).join(' ');
    pending = [];
    if (typed === '' || !keepUnknown) return;
    // Only something that looks like a name (has a letter and a digit, or resolves loosely) is kept.
    const loose = resolveModel(catalog, typed);
    if (loose.kind !== 'unknown' || loose.suggestions.length > 0 || /\d/.test(typed)) found.push({ name: loose.kind === 'found' ? loose.model.id : typed, exact: false, typed });
  };
  let i = 0;
  while (i < words.length) {
    let matched = false;
    for (let j = Math.min(words.length, i + 6); j > i; j--) {
      const typed = words.slice(i, j).join(' ').replace(/[?!.,:;]+$/, '');
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

/**
 * Model names in `text`, in the order mentioned. With `keepUnknown`, parts that name no model
 * exactly are kept as typed (for did-you-mean); without it, only exact names are returned.
 */
export function findModelNames(catalog: Catalog, text: string, keepUnknown = true): FoundName[] {
  const parts = text.split(JOINERS).filter((p) => p !== undefined && p.trim() !== '');
  const names = parts.flatMap((part) => readPart(catalog, part.trim(), keepUnknown));
  const seen = new Set<string>();
  return names.filter((n) => (seen.has(n.name) ? false : (seen.add(n.name), true)));
}
