// Names → catalog ids. The rules, in order:
//  1. exact: the id, display name, an alias, a dated snapshot, or a route id (OpenRouter, Azure, Bedrock,
//     Vertex), compared after normalizeName (case, spaces, dots, dashes, vendor prefixes don't matter);
//  2. a dated id whose undated form is a model ("gpt-4.1-mini-2025-04-14", "claude-sonnet-4-5-20250929");
//  3. a partial name whose words all appear in the model's id or name ("sonnet", "gemini pro"):
//     one match → that model; several in one family → the newest active one (else the newest preview,
//     else the newest), with a note naming the others; several families → ambiguous, with candidates;
//  4. otherwise unknown, with the closest names as suggestions (typos never resolve on their own).
import { distance } from 'fastest-levenshtein';
import { nameTokens, normalizeName } from './normalize.ts';
import type { Catalog, CatalogModel } from './validate.ts';

export type MatchedBy = 'id' | 'name' | 'alias' | 'snapshot' | 'route' | 'dated-id' | 'family-rule' | 'partial';

export type Resolution =
  | { kind: 'found'; query: string; model: CatalogModel; matchedBy: MatchedBy; note?: string }
  | { kind: 'ambiguous'; query: string; candidates: CatalogModel[]; note: string }
  | { kind: 'unknown'; query: string; suggestions: CatalogModel[] };

interface NameIndex {
  exact: Map<string, { model: CatalogModel; matchedBy: MatchedBy }>;
  /**
   * Each word of any id, name or alias → the models that have it, in preference order (byPreference,
   * sorted once here): a partial name's matches come out ordered, however many variants a family has.
   */
  byToken: Map<string, CatalogModel[]>;
  /** A model's words (a handful each, so a list is smaller than a set and as quick to search). */
  tokensOf: Map<CatalogModel, readonly string[]>;
  /** Every exact key, for typo suggestions, as parallel columns (one object per key would double their size). */
  keys: { text: string[]; model: CatalogModel[]; chars: Int32Array };
}

/**
 * The characters of a name as a 32-bit set (code point mod 32). One edit changes at most two bits of
 * the difference between two names' sets, so half the differing bits is a lower bound on the edit
 * distance: most names are ruled out without computing it.
 */
export function charSet(key: string): number {
  let set = 0;
  for (let i = 0; i < key.length; i++) set |= 1 << (key.charCodeAt(i) & 31);
  return set;
}

function bitCount(x: number): number {
  let n = x - ((x >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A lower bound on the edit distance of two names, from their character sets alone. */
export const editDistanceAtLeast = (aChars: number, bChars: number): number => Math.ceil(bitCount(aChars ^ bChars) / 2);

const indexes = new WeakMap<Catalog, NameIndex>();

function buildIndex(catalog: Catalog): NameIndex {
  const exact = new Map<string, { model: CatalogModel; matchedBy: MatchedBy }>();
  const text: string[] = [];
  const models: CatalogModel[] = [];
  // A model's aliases (or snapshots) share one entry: the entry only says which model and how.
  let entry: { model: CatalogModel; matchedBy: MatchedBy } | undefined;
  const claim = (name: string, model: CatalogModel, matchedBy: MatchedBy) => {
    const key = normalizeName(name);
    if (key === '' || exact.has(key)) return;
    if (entry?.model !== model || entry.matchedBy !== matchedBy) entry = { model, matchedBy };
    exact.set(key, entry);
    text.push(key);
    models.push(model);
  };
  // Own names first, so a route id can never shadow a model's own name.
  for (const model of catalog.models) {
    claim(model.id, model, 'id');
    claim(model.name, model, 'name');
    for (const alias of model.aliases) claim(alias, model, 'alias');
    for (const snapshot of model.snapshots) claim(snapshot, model, 'snapshot');
  }
  for (const model of catalog.models) for (const route of model.routes) claim(route.id, model, 'route');
  const byToken = new Map<string, CatalogModel[]>();
  const tokensOf = new Map<CatalogModel, readonly string[]>();
  const tokenText = new Map<string, string>();
  for (const model of [...catalog.models].sort(byPreference)) {
    const tokens = [...new Set([...nameTokens(model.id), ...nameTokens(model.name), ...model.aliases.flatMap(nameTokens)])].map((t) => {
      // One string per word across the catalog: most words ("gpt", "mini", "4") recur in every family.
      const known = tokenText.get(t);
      if (known !== undefined) return known;
      tokenText.set(t, t);
      return t;
    });
    tokensOf.set(model, tokens);
    for (const token of tokens) {
      const list = byToken.get(token);
      if (list) list.push(model);
      else byToken.set(token, [model]);
    }
  }
  return { exact, byToken, tokensOf, keys: { text, model: models, chars: Int32Array.from(text, charSet) } };
}

function indexFor(catalog: Catalog): NameIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = buildIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

/** ISO dates order as plain strings; no locale needed. */
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const STATUS_RANK = { active: 0, preview: 1, deprecated: 2 } as const;

/** Newest first, active before preview before deprecated; ids break ties so the order is stable. */
export function byPreference(a: CatalogModel, b: CatalogModel): number {
  return (
    STATUS_RANK[a.status] - STATUS_RANK[b.status] ||
    compareText(b.released ?? '', a.released ?? '') ||
    a.id.localeCompare(b.id)
  );
}

const DATE_SUFFIX = /[-_@]?(\d{4}-\d{2}-\d{2}|\d{8}|\d{4})(-v\d+(:\d+)?)?$/;

export function suggest(catalog: Catalog, query: string, limit = 3): CatalogModel[] {
  const key = normalizeName(query);
  if (key === '') return [];
  let budget = Math.max(2, Math.floor(key.length / 4));
  const best = new Map<string, { model: CatalogModel; d: number }>();
  // How many models are closest at each distance: once `limit` models are within d, nothing farther than
  // d can be suggested, so the budget shrinks to d (ties at d are still collected and ordered).
  const atDistance = new Array<number>(budget + 1).fill(0);
  const chars = charSet(key);
  const keys = indexFor(catalog).keys;
  for (let i = 0; i < keys.text.length; i++) {
    const text = keys.text[i] as string;
    if (Math.abs(text.length - key.length) > budget) continue;
    if (editDistanceAtLeast(keys.chars[i] as number, chars) > budget) continue;
    const d = distance(key, text);
    if (d > budget) continue;
    const model = keys.model[i] as CatalogModel;
    const previous = best.get(model.id);
    if (previous && previous.d <= d) continue;
    if (previous) atDistance[previous.d] = (atDistance[previous.d] ?? 0) - 1;
    best.set(model.id, { model, d });
    atDistance[d] = (atDistance[d] ?? 0) + 1;
    for (let within = 0, k = 0; k < budget; k++) {
      within += atDistance[k] ?? 0;
      if (within >= limit) {
        budget = k;
        break;
      }
    }
  }
  return [...best.values()]
    .filter((x) => x.d <= budget)
    .sort((a, b) => a.d - b.d || byPreference(a.model, b.model))
    .slice(0, limit)
    .map((x) => x.model);
}

/**
 * Only rules 1 and 2 (exact names and dated ids): the fast path used when scanning text for names,
 * where partial matches and typo suggestions would be both slow and wrong.
 */
export function exactModel(catalog: Catalog, query: string): { model: CatalogModel; matchedBy: MatchedBy } | undefined {
  const index = indexFor(catalog);
  const key = normalizeName(query);
  if (key === '') return undefined;
  const hit = index.exact.get(key);
  if (hit) return hit;
  const undated = query.trim().replace(DATE_SUFFIX, '');
  if (undated === query.trim() || undated === '') return undefined;
  const base = index.exact.get(normalizeName(undated));
  return base && base.matchedBy !== 'route' ? { model: base.model, matchedBy: 'dated-id' } : undefined;
}

export function resolveModel(catalog: Catalog, query: string): Resolution {
  if (normalizeName(query) === '') return { kind: 'unknown', query, suggestions: [] };

  const exact = exactModel(catalog, query);
  if (exact) {
    const { model, matchedBy } = exact;
    if (matchedBy !== 'dated-id') return { kind: 'found', query, model, matchedBy };
    return { kind: 'found', query, model, matchedBy, note: `“${query.trim()}” read as ${model.id} (a dated snapshot of it)` };
  }

  const index = indexFor(catalog);
  const wanted = nameTokens(query);
  // A partial name needs at least one word: bare numbers ("4.1") are too vague to pick a model.
  if (wanted.some((t) => /\p{L}/u.test(t))) {
    // Models that have every word, in preference order: only the rarest word's models need checking.
    const rarest = wanted.map((t) => index.byToken.get(t) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
    const matches = rarest.filter((m) => wanted.every((t) => index.tokensOf.get(m)?.includes(t)));
    if (matches.length === 1) {
      const model = matches[0] as CatalogModel;
      return { kind: 'found', query, model, matchedBy: 'partial', note: `“${query.trim()}” read as ${model.id}` };
    }
    if (matches.length > 1) {
      const families = new Set(matches.map((m) => m.family));
      const chosen = matches[0] as CatalogModel;
      if (families.size === 1) {
        const others = matches.slice(1, 4).map((m) => m.id);
        const more = matches.length - 1 - others.length;
        return {
          kind: 'found',
          query,
          model: chosen,
          matchedBy: 'family-rule',
          note:
            `“${query.trim()}” read as ${chosen.id}, the newest ${chosen.status === 'active' ? 'active ' : ''}model in the ${chosen.family} family` +
            ` (also: ${others.join(', ')}${more > 0 ? ` and ${more} more` : ''})`,
        };
      }
      return {
        kind: 'ambiguous',
        query,
        candidates: matches,
        note: `“${query.trim()}” matches ${matches.length} models in ${families.size} families; name one`,
      };
    }
  }

  return { kind: 'unknown', query, suggestions: suggest(catalog, query) };
}

/** A one-line message for a name that did not resolve to exactly one model. */
export function unresolvedMessage(resolution: Exclude<Resolution, { kind: 'found' }>, limit = 5): string {
  if (resolution.kind === 'ambiguous') {
    const shown = resolution.candidates.slice(0, limit).map((m) => m.id);
    const more = resolution.candidates.length - shown.length;
    return `${resolution.note}: ${shown.join(', ')}${more > 0 ? ` (and ${more} more)` : ''}.`;
  }
  const did = resolution.suggestions.map((m) => m.id);
  return `Unknown model “${resolution.query.trim()}”.${did.length > 0 ? ` Did you mean ${did.join(', ')}?` : ' Try `modelscout catalog` for the list.'}`;
}
