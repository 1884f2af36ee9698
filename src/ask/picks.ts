// A comparison against a ranking: "gpt-5 vs the cheapest model with vision", "compare the cheapest openai model with
// the cheapest anthropic model". Each ranking phrase is read as its own question (a `cheapest` or `best` query); the
// answer ranks it and compares its top model with the models named.
import type { Catalog } from '../catalog/validate.ts';
import { resolveModel } from '../catalog/resolve.ts';
import { findModelNames } from './names.ts';
import type { Query } from './query.ts';

/** Where the sides of a comparison meet: "vs", "versus", "against", "compared to/with". */
const STRONG = /\s+(?:vs\.?|versus|against|compared (?:to|with))\s+/i;
/** In "compare A with B", "difference between A and B", "A or B": weaker words, tried at each place they occur. */
const WEAK = /\s+(?:and|with|or|to)\s+/gi;
/** The words a ranking phrase starts with. */
const RANKING_WORD = '(?:cheapest|newest|latest|fastest|best|top|largest[- ]context|biggest)';
/** A ranking phrase: "the cheapest model with vision", "the newest openai model", "the best coding model". */
const RANKING_PHRASE = new RegExp(String.raw`^(?:the\s+|a\s+|our\s+)?${RANKING_WORD}\b`, 'i');
const HAS_RANKING_WORD = new RegExp(String.raw`\b${RANKING_WORD}\b`, 'i');
/** Words that make a text a comparison. */
const COMPARING = /\b(?:vs\.?|versus|against|compared (?:to|with)|compare|comparison|difference between)\b/i;

type Side = { model: string } | { pick: Query };

/** One side: a ranking phrase read as its own question, or exactly one model named. */
function sideOf(catalog: Catalog, text: string, read: (phrase: string) => Query): Side | undefined {
  const side = text.trim();
  if (RANKING_PHRASE.test(side)) {
    const pick = read(side);
    return (pick.intent === 'cheapest' || pick.intent === 'best') && pick.models.length === 0 && pick.problems.length === 0 ? { pick } : undefined;
  }
  const named = findModelNames(catalog, side, false).map((n) => n.name);
  return named.length === 1 ? { model: named[0] as string } : undefined;
}

/** A ranking phrase's lead: "the latest", "the cheapest". */
const RANKING_LEAD = new RegExp(String.raw`^\s*(?:the\s+|a\s+|our\s+)?${RANKING_WORD}\b`, 'i');
/** Sides listed: "A, B and C", "A, B, or C". */
const LISTED = /\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+/i;

/**
 * The sides after a ranking phrase, each read with its lead where it names no one model: "the latest claude, gpt and
 * gemini" is the latest of each; "the newest claude and gemini models" the newest of both.
 */
function withLead(catalog: Catalog, texts: string[], read: (phrase: string) => Query): (Side | undefined)[] {
  const lead = RANKING_LEAD.exec(texts[0] ?? '')?.[0].trim();
  return texts.map((text, i) => {
    const own = sideOf(catalog, text, read);
    if (i === 0 || !lead || RANKING_PHRASE.test(text.trim()) || (own && 'model' in own && resolveModel(catalog, own.model).kind === 'found')) return own;
    return sideOf(catalog, `${lead} ${text.trim()}`, read) ?? own;
  });
}

/** The sides of `body`: split at the strong words, else a list, else at the first weak word that leaves two readable sides. */
function sidesOf(catalog: Catalog, body: string, read: (phrase: string) => Query): Side[] | undefined {
  const strong = body.split(STRONG);
  if (strong.length > 1) {
    const sides = strong.map((s) => sideOf(catalog, s, read));
    return sides.every((s) => s !== undefined) ? (sides as Side[]) : undefined;
  }
  const listed = body.split(LISTED);
  // "The newest model from each of openai, anthropic and google" is one ranking, one row per maker: no list, no lead carried.
  const each = /\beach\b/i.test(body);
  if (listed.length > 2 && /,/.test(body) && !each) {
    const sides = withLead(catalog, listed, read);
    if (sides.every((s) => s !== undefined)) return sides as Side[];
  }
  // "And" and "or" join sides before "with" and "to", which often begin a filter ("the cheapest model with vision and gpt-5").
  const joins = [...body.matchAll(WEAK)].sort((a, b) => Number(/with|to/i.test(a[0])) - Number(/with|to/i.test(b[0])) || (a.index ?? 0) - (b.index ?? 0));
  for (const m of joins) {
    // The lead carries over "and" and "or" only: after "with" come a ranking's filters ("the cheapest 3 with 1M context").
    const sides = [body.slice(0, m.index), body.slice(m.index + m[0].length)];
    const [left, right] = each || /with|to/i.test(m[0]) ? sides.map((s) => sideOf(catalog, s, read)) : withLead(catalog, sides, read);
    if (left && right) return [left, right];
  }
  return undefined;
}

/**
 * The comparison a text asks for when one of its sides is a ranking: the models named, and each ranking phrase read
 * as a question by `read`. Undefined when no side is a ranking, or a side is neither a ranking nor one model.
 */
export function picksIn(catalog: Catalog, text: string, read: (phrase: string) => Query): { models: string[]; picks: Query[] } | undefined {
  if (!COMPARING.test(text) || !HAS_RANKING_WORD.test(text)) return undefined;
  const body = text
    .replace(/^\s*(?:compare|comparison of|what(?:'s| is) the difference between|difference between|how does)\s+/i, '')
    .replace(/\s+compare[sd]?\s+(?:to|with|against)\b/i, ' vs')
    .replace(/[?.!]+\s*$/, '');
  const sides = sidesOf(catalog, body, read);
  if (!sides || sides.length > 4) return undefined;
  const models = sides.flatMap((s) => ('model' in s ? [s.model] : []));
  const picks = sides.flatMap((s) => ('pick' in s ? [s.pick] : []));
  return picks.length > 0 ? { models, picks } : undefined;
}
