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
  /** Every name a model answers to (normalised) → that model and how it was named. */
  exact: Map<string, { model: CatalogModel; matchedBy: MatchedBy }>;
  /** Each word of any id, name or alias → the models that have it, in preference order (byPreference). */
  byToken: Map<string, CatalogModel[]>;
  /** Each model's words. */
  tokensOf: Map<CatalogModel, Set<string>>;
}

const indexes = new WeakMap<Catalog, NameIndex>();

function buildIndex(catalog: Catalog): NameIndex {
  const exact = new Map<string, { model: CatalogModel; matchedBy: MatchedBy }>();
  const claim = (name: string, model: CatalogModel, matchedBy: MatchedBy) => {
    const key = normalizeName(name);
    if (key !== '' && !exact.has(key)) exact.set(key, { model, matchedBy });
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
  const tokensOf = new Map<CatalogModel, Set<string>>();
  for (const model of [...catalog.models].sort(byPreference)) {
    const tokens = new Set([...nameTokens(model.id), ...nameTokens(model.name), ...model.aliases.flatMap(nameTokens)]);
    tokensOf.set(model, tokens);
    for (const token of tokens) {
      const list = byToken.get(token);
      if (list) list.push(model);
      else byToken.set(token, [model]);
    }
  }
  return { exact, byToken, tokensOf };
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
  return STATUS_RANK[a.status] - STATUS_RANK[b.status] || compareText(b.released ?? '', a.released ?? '') || a.id.localeCompare(b.id);
}

const DATE_SUFFIX = /[-_@]?(\d{4}-\d{2}-\d{2}|\d{8}|\d{4})(-v\d+(:\d+)?)?$/;

/** The models with a name within a few edits of `query`, closest first, at most `limit`. */
export function suggest(catalog: Catalog, query: string, limit = 3): CatalogModel[] {
  const key = normalizeName(query);
  if (key === '') return [];
  const maxDistance = Math.max(2, Math.floor(key.length / 4));
  // Each model's closest name.
  const closest = new Map<CatalogModel, number>();
  for (const [name, { model }] of indexFor(catalog).exact) {
    // Names whose lengths differ by more than maxDistance need more edits than that.
    if (Math.abs(name.length - key.length) > maxDistance) continue;
    const d = distance(key, name);
    if (d <= maxDistance && d < (closest.get(model) ?? Infinity)) closest.set(model, d);
  }
  return [...closest]
    .sort(([a, da], [b, db]) => da - db || byPreference(a, b))
    .slice(0, limit)
    .map(([model]) => model);
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
    const matches = rarest.filter((m) => wanted.every((t) => index.tokensOf.get(m)?.has(t)));
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
