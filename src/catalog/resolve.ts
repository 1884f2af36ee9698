// Names → catalog ids. The rules, in order:
//  1. exact: the id, display name, an alias, a dated snapshot, or a route id (OpenRouter, Azure, Bedrock,
//     Vertex), compared after normalizeName (case, spaces, dots, dashes, vendor prefixes don't matter);
//  2. a dated id whose undated form is a model ("gpt-4.1-mini-2025-04-14", "claude-sonnet-4-5-20250929");
//  3. a partial name whose words all appear in the model's id or name ("sonnet", "gemini pro"):
//     one match → that model; several in one family → the newest active one (else the newest preview,
//     else the newest), with a note naming the others; several families → ambiguous, with candidates;
//     numbers in a name are a version: they must begin the model's version ("grok 5" never reads as Grok 4.5), and
//     when several families match, the one whose family name has the words wins ("sol" → the gpt-sol family);
//  4. otherwise unknown, with the closest names as suggestions (typos never resolve on their own), and, for a
//     version newer than any the catalog has of that family, a note saying so.
import { distance } from 'fastest-levenshtein';
import { nameTokens, normalizeName } from './normalize.ts';
import type { Catalog, CatalogModel } from './validate.ts';

export type MatchedBy = 'id' | 'name' | 'alias' | 'snapshot' | 'route' | 'dated-id' | 'family-rule' | 'partial';

export type Resolution =
  | { kind: 'found'; query: string; model: CatalogModel; matchedBy: MatchedBy; note?: string }
  | { kind: 'ambiguous'; query: string; candidates: CatalogModel[]; note: string }
  | { kind: 'unknown'; query: string; suggestions: CatalogModel[]; note?: string };

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

/**
 * A name's version: its numbers in order, leaving out sizes ("70b", "8x22b") and dates ("20250929", "2024-11-20").
 * "Mistral Large 2.1" → [2, 1]; "claude-3-5-sonnet-20241022" → [3, 5]; "llama-3.3-70b" → [3, 3].
 */
export function versionOf(name: string): number[] {
  const tokens = nameTokens(name);
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (!/^\d+$/.test(t)) continue;
    const next = tokens[i + 1];
    if (next !== undefined && /^(?:b|m|k|x|e)$/.test(next)) continue;
    if (t.length >= 4) break;
    out.push(Number(t));
  }
  return out;
}

/** Versions compared number by number ([3] > [2, 1]); 0 when either has none. */
export function compareVersions(a: number[], b: number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** Newest first, active before preview before deprecated; ids break ties so the order is stable. */
export function byPreference(a: CatalogModel, b: CatalogModel): number {
  return STATUS_RANK[a.status] - STATUS_RANK[b.status] || compareText(b.released ?? '', a.released ?? '') || a.id.localeCompare(b.id);
}

/** Words in names that say which release or packaging, not which variant: "latest" points at the newest. */
const NOT_VARIANTS = new Set(['latest', 'instruct', 'it', 'v']);

/**
 * The newest of one family's models (in byPreference order): the first, unless a model of the same status with no
 * release date has a higher version in its name ("Mistral Large 3", undated, is newer than "Mistral Large 2.1").
 */
function newestOf(models: CatalogModel[]): CatalogModel {
  let chosen = models[0] as CatalogModel;
  for (const m of models.slice(1)) {
    if (m.status !== chosen.status) break;
    if ((m.released === undefined || chosen.released === undefined) && compareVersions(versionOf(m.name), versionOf(chosen.name)) > 0) chosen = m;
  }
  return chosen;
}

/** Whether `wanted` begins the model's version, by its id or its name ("claude 3.5" fits claude-3-5-sonnet-…), or an alias's. */
function versionFits(wanted: number[], model: CatalogModel, byAlias = true): boolean {
  if (wanted.length === 0) return true;
  const fits = (v: number[]) => wanted.every((n, i) => v[i] === n);
  return fits(versionOf(model.id)) || fits(versionOf(model.name)) || (byAlias && model.aliases.some((a) => fits(versionOf(a))));
}

/** Whether the model's own version is `wanted` itself, a point release's zeros aside ("2" is 2.0, not 2.5). */
function sameVersion(wanted: number[], model: CatalogModel): boolean {
  const same = (v: number[]) => v.length > 0 && compareVersions(v, wanted) === 0 && v.slice(wanted.length).every((n) => n === 0);
  return same(versionOf(model.id)) || same(versionOf(model.name));
}

/** The models that pass `test`, when any does; else all of them. */
function preferring(models: CatalogModel[], test: (m: CatalogModel) => boolean): CatalogModel[] {
  const passing = models.filter(test);
  return passing.length > 0 ? passing : models;
}

/** The words of a model's name the asker did not type ("vl", "thinking", "lite"), bar those that name no variant. */
function extraWords(index: NameIndex, model: CatalogModel, wanted: string[]): number {
  return [...(index.tokensOf.get(model) ?? [])].filter((t) => /^\p{L}+$/u.test(t) && !wanted.includes(t) && !NOT_VARIANTS.has(t)).length;
}

/** The letter after a number that makes it a size ("27b", "8x22b", "350m"), not a word of a name. */
const SIZE_UNIT = /^(?:b|m|k|x|t)$/;

/** A day of a year as snapshots write it: "0613", "1001". */
const MMDD = String.raw`(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])`;
/**
 * A snapshot's date after a name: "-2025-04-14", "-20251001", "@20250929", or a month and day joined to it ("-0613").
 * A number after a space that is no date ("gpt-5-mini 2000 requests") is a count, not a snapshot.
 */
const DATE_SUFFIX = new RegExp(String.raw`(?:[-_@]|\s+)?(?:\d{4}-\d{2}-\d{2}|(?:19|20)\d{2}${MMDD})(?:-v\d+(?::\d+)?)?$|[-_@]${MMDD}(?:-v\d+(?::\d+)?)?$`);

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
    // Two edits may be one swap of neighbouring letters ("gtp5" for "gpt5"), the commonest slip: one edit.
    const levenshtein = distance(key, name);
    const d = levenshtein === 2 && editsApart(key, name, 1) <= 1 ? 1 : levenshtein;
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

/** The models a partial name fits: every word and number of it in their id, name or an alias, and its version beginning theirs. */
function partialMatches(catalog: Catalog, query: string) {
  const index = indexFor(catalog);
  const wanted = nameTokens(query);
  const version = versionOf(query);
  // A partial name needs at least one word: bare numbers ("4.1") and sizes ("27b", "3 27b") are too vague to pick a model.
  const words = wanted.filter((t, i) => /\p{L}/u.test(t) && !(SIZE_UNIT.test(t) && /^\d+$/.test(wanted[i - 1] ?? '')));
  if (words.length === 0) return { wanted, words, version, all: [] };
  // In preference order: only the rarest word's models need checking.
  const rarest = wanted.map((t) => index.byToken.get(t) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
  const all = rarest.filter((m) => wanted.every((t) => index.tokensOf.get(m)?.has(t)) && versionFits(version, m));
  return { wanted, words, version, all };
}

/**
 * Every model a name covers, newest first: "gpt-5" → gpt-5, gpt-5-mini, gpt-5.4-nano…; "gemini 3" → every Gemini 3.x
 * model; "claude 4" → Opus 4.8, Sonnet 4.6… (the models a partial name fits, and the model a whole name is).
 */
export function modelsNamed(catalog: Catalog, name: string): CatalogModel[] {
  const exact = exactModel(catalog, name);
  const { all } = partialMatches(catalog, name);
  return exact && !all.includes(exact.model) ? [exact.model, ...all] : all;
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
  const { wanted, words, version, all } = partialMatches(catalog, query);
  if (words.length > 0) {
    // A name its brand's word completes ("r1" is deepseek-r1, "k2" kimi-k2): that model, before a family carrying the
    // word ("deepseek-r1-distill") or a newer variant of it.
    // Only a code with a digit: a word alone ("flash", "pro") is every brand's.
    const completed = /\d/.test(query) ? all.filter((m) => normalizeName(m.id) === normalizeName(`${nameTokens(m.family)[0] ?? ''} ${query}`)) : [];
    if (completed.length === 1) {
      const model = completed[0] as CatalogModel;
      return { kind: 'found', query, model, matchedBy: 'partial', note: `“${query.trim()}” read as ${model.id}` };
    }
    // Several families: the one whose family name carries the words ("sol" → gpt-sol), when exactly one does; of several,
    // with no version said, the one named by those words alone ("gemini pro" → gemini-pro, not gemini-pro-image; a
    // generation, "qwen3", stays a choice, and a brand's word alone, "gpt", stands for every line of it).
    const families = new Set(all.map((m) => m.family));
    const carrying = families.size > 1 ? [...families].filter((f) => words.every((w) => nameTokens(f).includes(w))) : [];
    // The brand's word may go untyped: "flash lite" is gemini-flash-lite, not gemini-flash-lite-image.
    const named = carrying.length > 1 && version.length === 0 && words.length >= 2 ? carrying.filter((f) => nameTokens(f).every((t, i) => i === 0 || words.includes(t))) : carrying;
    const inFamily = named.length === 1 ? all.filter((m) => m.family === named[0]) : all;
    // A line named in full, words and version ("gemini 2 flash", "flash 2.0"; not a generation alone, "qwen3"): the version is the
    // model's own, not an alias's ("nano banana 2" is a 3.1), that version itself before a later point of it (2.0, not
    // 2.5), and across families the one model with no word the asker did not type (not flash-lite).
    // A line's own word with its version ("flash 2.0", "sonnet 4.5") names a line too; a brand's ("qwen 3") does not.
    const lineWord = words.length === 1 && all.every((m) => nameTokens(m.family)[0] !== words[0]);
    const line = version.length > 0 && (words.length >= 2 || lineWord);
    const ownVersion = line ? preferring(inFamily, (m) => versionFits(version, m, false)) : inFamily;
    const versioned = line ? preferring(ownVersion, (m) => sameVersion(version, m)) : ownVersion;
    // The brand's own word ("gemini") is no variant of the line when left untyped.
    const plain = line ? versioned.filter((m) => extraWords(index, m, [...wanted, nameTokens(m.family)[0] ?? '']) === 0) : [];
    const matches = plain.length === 1 ? plain : versioned;
    if (matches.length === 1) {
      const model = matches[0] as CatalogModel;
      return { kind: 'found', query, model, matchedBy: 'partial', note: `“${query.trim()}” read as ${model.id}` };
    }
    if (matches.length > 1) {
      const families = new Set(matches.map((m) => m.family));
      // Within one family, a variant the asker did not name ("vl", "thinking", "preview") loses to one without it.
      const extra = (m: CatalogModel) => extraWords(index, m, wanted);
      const fewest = Math.min(...matches.map(extra));
      const chosen = families.size === 1 ? newestOf(matches.filter((m) => extra(m) === fewest)) : (matches[0] as CatalogModel);
      if (families.size === 1) {
        const others = all
          .filter((m) => m !== chosen)
          .slice(0, 3)
          .map((m) => m.id);
        const more = all.length - 1 - others.length;
        return {
          kind: 'found',
          query,
          model: chosen,
          matchedBy: 'family-rule',
          note:
            `“${query.trim()}” read as ${chosen.id}, the newest ${chosen.status === 'active' ? 'active ' : ''}model in the ${chosen.family} family` +
            // A newer one passed over for a word the asker did not type ("vl", "thinking") is said to be.
            (chosen !== newestOf(matches) ? ' without a variant word you did not type' : '') +
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
    // A version the catalog lacks is never read as an older one; newer than any it has is said so.
    if (version.length > 0) {
      // The family is every model with the name's words, whatever its size ("llama 3.1 405b" is set against every Llama,
      // not only the one fine-tune of that size).
      const named = words.map((t) => index.byToken.get(t) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
      const family = named.filter((m) => words.every((t) => index.tokensOf.get(m)?.has(t)) && versionOf(m.id).length > 0);
      const highest = [...family].sort((a, b) => compareVersions(versionOf(b.name), versionOf(a.name)) || byPreference(a, b))[0];
      // The newest is the latest released: a version's numbers need not grow with time (Grok 4.20 came before Grok 4.6).
      const newest = [...family].sort((a, b) => (b.released ?? '').localeCompare(a.released ?? '') || byPreference(a, b))[0] ?? highest;
      if (highest && newest && compareVersions(version, versionOf(highest.name)) > 0)
        return {
          kind: 'unknown',
          query,
          suggestions: [newest, ...suggest(catalog, query).filter((m) => m !== newest)].slice(0, 3),
          note: `No model is called “${query.trim()}”: that version is newer than any the catalog has (the newest is ${newest.name}, ${newest.id})`,
        };
      // A version the catalog has, in a size or variant it does not ("llama 3.1 405b"): that version's models.
      const sameVersion = family.filter((m) => versionFits(version, m)).sort(byPreference);
      if (sameVersion.length > 0)
        return {
          kind: 'unknown',
          query,
          suggestions: sameVersion.slice(0, 3),
          note: `No model is called “${query.trim()}”: the catalog has that version only in other sizes or variants`,
        };
    }
  }

  // "o4-mini-high": a known name with a word added after it is suggested too, after any typo it may be ("gpt-4.1-mnii").
  const trimmed = query.trim();
  const stems = [...trimmed.matchAll(/[-_ ]/g)].map((m) => trimmed.slice(0, m.index)).reverse();
  const stem = stems.map((s) => exactModel(catalog, s)?.model).find((m) => m !== undefined);
  const suggestions = suggest(catalog, query);
  return { kind: 'unknown', query, suggestions: stem && !suggestions.includes(stem) ? [...suggestions, stem].slice(0, 3) : suggestions };
}

/**
 * The models a name one slip off in a word means ("lama 3.3 70b" → llama-3.3-70b-instruct): each word of four letters or
 * more that no name has, read as the one word of the names within one edit of it. Only said as a suggestion: a typo
 * never resolves on its own.
 */
export function respeltModels(catalog: Catalog, query: string): CatalogModel[] {
  const respelt = respeltWords(indexFor(catalog), query.trim());
  const meant = respelt === undefined ? undefined : resolveModel(catalog, respelt);
  return meant?.kind === 'found' ? [meant.model] : meant?.kind === 'ambiguous' ? meant.candidates.slice(0, 3) : [];
}

/** The query with its misspelt words respelt (see respeltModels); undefined when no word changes (or one is near several). */
function respeltWords(index: ReturnType<typeof indexFor>, query: string): string | undefined {
  let changed = false;
  const words = query.split(/(\s+|-)/).map((word) => {
    const w = word.toLowerCase();
    if (!/^\p{L}{4,}$/u.test(w) || index.byToken.has(w)) return word;
    const near = [...index.byToken.keys()].filter((t) => /^\p{L}+$/u.test(t) && editsApart(w, t, 1) <= 1);
    if (near.length !== 1) return word;
    changed = true;
    return near[0] as string;
  });
  return changed ? words.join('') : undefined;
}

/** Edits between two strings, a swap of neighbours counting as one ("mnii" → "mini"). */
function editsApart(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((rows[i - 1] as number[])[j] as number, (row[j - 1] as number) + 0) + 1;
      d = Math.min(d, ((rows[i - 1] as number[])[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = d;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The one model a typo means, when exactly one model has a name within one edit of it ("gpt-5.3-codx" → gpt-5.3-codex,
 * "gpt-4.1-mnii" → gpt-4.1-mini); undefined when none or several do. Callers use it only where the context makes a
 * model name certain (a comparison), and say that they read it so.
 */
export function closeTypo(catalog: Catalog, query: string): CatalogModel | undefined {
  const key = normalizeName(query);
  if (key.length < 4) return undefined;
  const near = new Set<CatalogModel>();
  for (const [name, { model, matchedBy }] of indexFor(catalog).exact) {
    if (matchedBy === 'route' || near.has(model)) continue;
    if (editsApart(key, name, 1) <= 1) near.add(model);
    if (near.size > 1) return undefined;
  }
  return [...near][0];
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
