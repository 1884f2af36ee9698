// Source prices vs the catalog: maps each source id to a catalog model, compares every price field with the
// catalog's current price (quotedPrice on the sync's date) and sorts what it finds into observations (differences),
// held jumps (beyond ×10 or below ÷10), unmapped ids, new models, fields the catalog lacks and conflicts.
// Pure: no network, no store, no clock.
//
// Mapping, in order:
//  1. OpenRouter only: an id the catalog lists as an OpenRouter route maps to that route's model. Where the route
//     carries its own price for a field (the catalog records a route price only where it differs from the
//     provider's, e.g. "x-ai/grok-4.5" cachedInput 0.3, "deepseek/deepseek-v4-pro" 0.66/1.98), that field is
//     compared with the route's price as the route field "route[openrouter:<id>].<field>" — OpenRouter's own price,
//     not the provider's — and the same field's long-context tiers are not compared (the catalog cannot record them
//     on a route). A separately priced product route ("anthropic/claude-opus-5-fast") is compared only on the fields
//     the route records. "<id>:batch" is the batch price of <id>. Other variants (":free", ":online", …) map only
//     as listed routes; otherwise they are skipped as ways of buying a model. A listed free route is compared only
//     with a model priced at a free endpoint: a model sold at a price is not made free by its free endpoint.
//  2. resolveModel on the id (vendor prefixes, case and punctuation ignored): accepted when it matches a model's id,
//     name, alias or dated snapshot, a dated id whose undated form is a model, or a route id without its own price.
//     An id ending in "-latest" whose undated form matches that way maps too ("xai/grok-3-latest" → grok-3).
//     Partial and family matches are never trusted with prices: the id is reported as unmapped.
//  3. The model must belong to the entry's provider.
// When several ids of one source map to the same model and field, the closest match wins (own id/name/alias, then
// snapshot, then dated id, then "-latest", then a secondary route), then document order; differing prices among
// them are reported as conflicts.
//
// unmapped = every id of a catalog provider that maps to no catalog model (with the reason);
// newModels = those unmapped ids that nothing in the catalog even partly matches and that look like models (chat or
// text models with input and output prices): candidates to add, with the source's prices. So newModels ⊆ unmapped.
import { quotedPrice } from '../catalog/history.ts';
import { normalizeName } from '../catalog/normalize.ts';
import { resolveModel } from '../catalog/resolve.ts';
import type { PriceEntry, Route } from '../catalog/schema.ts';
import type { Catalog, CatalogModel } from '../catalog/validate.ts';
import { parseTierField, ROUTE_FIELDS, routeField, type FieldName, type RouteField } from '../digest/fields.ts';
import {
  JUMP_FACTOR,
  samePrice,
  SyncError,
  type Adapter,
  type Comparison,
  type Conflict,
  type FieldNotInCatalog,
  type HeldJump,
  type NewModel,
  type PriceObservation,
  type ReadDocument,
  type SourceEntry,
  type SourceId,
  type SourceValue,
  type UnmappedId,
} from './types.ts';
import { tally } from './sources/read.ts';
import { newModelId } from './facts.ts';

/** Closeness of a match; lower wins. */
const RANK = { own: 0, snapshot: 1, dated: 2, latest: 3, route: 4 } as const;

type MapOutcome =
  | { kind: 'mapped'; model: CatalogModel; rank: number; route?: Route }
  | { kind: 'unmapped'; reason: string; partial: boolean }
  | { kind: 'skipped'; reason: string };

interface RouteIndex {
  openrouter: Map<string, { model: CatalogModel; route: Route }>;
  byKey: Map<string, { model: CatalogModel; route: Route }[]>;
}

const routeIndexes = new WeakMap<Catalog, RouteIndex>();

function routeIndex(catalog: Catalog): RouteIndex {
  let index = routeIndexes.get(catalog);
  if (index) return index;
  index = { openrouter: new Map(), byKey: new Map() };
  for (const model of catalog.models) {
    for (const route of model.routes) {
      if (route.platform === 'openrouter') index.openrouter.set(route.id.toLowerCase(), { model, route });
      const key = normalizeName(route.id);
      index.byKey.set(key, [...(index.byKey.get(key) ?? []), { model, route }]);
    }
  }
  routeIndexes.set(catalog, index);
  return index;
}

const hasOwnPrice = (route: Route) => route.input !== undefined || route.output !== undefined || route.cachedInput !== undefined;

function resolveName(catalog: Catalog, name: string): MapOutcome {
  const r = resolveModel(catalog, name);
  if (r.kind === 'found') {
    switch (r.matchedBy) {
      case 'id':
      case 'name':
      case 'alias':
        return { kind: 'mapped', model: r.model, rank: RANK.own };
      case 'snapshot':
        return { kind: 'mapped', model: r.model, rank: RANK.snapshot };
      case 'dated-id':
        return { kind: 'mapped', model: r.model, rank: RANK.dated };
      case 'route': {
        const routes = (routeIndex(catalog).byKey.get(normalizeName(name)) ?? []).filter((x) => x.model.id === r.model.id);
        const priced = routes.find((x) => hasOwnPrice(x.route));
        if (priced)
          return { kind: 'unmapped', reason: `matches only the ${priced.route.platform} route ${priced.route.id} of ${r.model.id}, which has its own price`, partial: true };
        return { kind: 'mapped', model: r.model, rank: RANK.route };
      }
      default:
        return { kind: 'unmapped', reason: `only a partial match (reads as ${r.model.id}); partial matches are not trusted with prices`, partial: true };
    }
  }
  if (r.kind === 'ambiguous') {
    return {
      kind: 'unmapped',
      reason: `ambiguous: could be ${r.candidates
        .slice(0, 4)
        .map((m) => m.id)
        .join(', ')}`,
      partial: true,
    };
  }
  if (/-latest$/i.test(name)) {
    const undated = resolveName(catalog, name.replace(/-latest$/i, ''));
    if (undated.kind === 'mapped' && undated.rank <= RANK.dated) return { kind: 'mapped', model: undated.model, rank: RANK.latest };
  }
  return { kind: 'unmapped', reason: 'no catalog model has this id, name, alias, snapshot or route', partial: false };
}

/** Maps one source entry to a catalog model (see the rules at the top of this file). */
export function mapEntry(catalog: Catalog, source: SourceId, entry: SourceEntry): MapOutcome {
  let outcome: MapOutcome | undefined;
  if (source === 'openrouter') {
    const routes = routeIndex(catalog).openrouter;
    if (entry.variant === 'batch') {
      const base = routes.get(entry.name.toLowerCase());
      if (base && !hasOwnPrice(base.route))
        outcome = { kind: 'mapped', model: base.model, rank: normalizeName(entry.name) === normalizeName(base.model.id) ? RANK.own : RANK.route };
    } else {
      const exact = routes.get(entry.id.toLowerCase());
      // A free endpoint the catalog records as one ("openai/gpt-oss-20b:free") is no price of a model sold at one.
      if (exact?.route.free === true && !exact.model.pricing.some((p) => p.free === true))
        return { kind: 'skipped', reason: `a free, rate-limited endpoint of ${exact.model.id}, which the catalog prices elsewhere` };
      if (exact) {
        const primary = normalizeName(entry.id) === normalizeName(exact.model.id);
        outcome = { kind: 'mapped', model: exact.model, rank: primary ? RANK.own : RANK.route, route: hasOwnPrice(exact.route) ? exact.route : undefined };
      } else if (entry.variant !== undefined) {
        return { kind: 'skipped', reason: `OpenRouter variant (:${entry.variant}) not listed as a route` };
      }
    }
  }
  outcome ??= resolveName(catalog, entry.name);
  if (outcome.kind === 'mapped' && outcome.model.provider !== entry.provider) {
    return { kind: 'unmapped', reason: `reads as ${outcome.model.id}, a ${outcome.model.provider} model, but the source files it under ${entry.provider}`, partial: true };
  }
  return outcome;
}

/** The catalog's price for a field on an entry, or undefined when the entry has no such field. */
export function catalogValue(entry: PriceEntry, field: FieldName): number | undefined {
  const tier = parseTierField(field);
  if (tier) return entry.tiers.find((t) => t.above === tier.above)?.[tier.field];
  return entry[field as keyof PriceEntry] as number | undefined;
}

/** How many catalog models the catalog itself says this source covers (its routes or its `source.via` notes). */
function expectedCoverage(catalog: Catalog, source: SourceId, providers: ReadonlySet<string>): number {
  const via = source === 'litellm' ? /litellm/i : source === 'models.dev' ? /models\.dev/i : /openrouter/i;
  const read = providers;
  return catalog.models.filter((m) =>
    !read.has(m.provider)
      ? false
      : source === 'openrouter'
        ? m.routes.some((r) => r.platform === 'openrouter')
        : m.pricing.some((p) => via.test(p.source.via ?? '')) || m.routes.some((r) => via.test(r.source.via ?? '')),
  ).length;
}

/** A complete document maps at least half the models the catalog says the source covers (and at least one). */
export function minimumMapped(expected: number): number {
  return Math.max(1, Math.floor(expected / 2));
}

export interface CompareOptions {
  /** The date the catalog's prices are quoted for (YYYY-MM-DD). */
  asOf: string;
  /** Overrides the truncation floor (tests of small catalogs); default minimumMapped(expectedCoverage). */
  minimum?: number;
}

/** The price a mapped source entry gives for a model and field, with the ids that gave it too (or differently). */
interface Chosen {
  model: CatalogModel;
  field: FieldName;
  value: number;
  id: string;
  rank: number;
  /** The catalog's own price for the route, when the field is a route's. */
  routeValue?: number;
  others: { id: string; value: number }[];
}

/**
 * The field a source price is compared as, for an entry mapped through an OpenRouter route: the route's own field
 * where the catalog records the route's price for it; none for that field's tiers (a route records none), nor for
 * the other fields of a separately priced product route.
 */
function routedField(route: Route, field: FieldName, rank: number): { field: FieldName; routeValue?: number } | undefined {
  const tier = parseTierField(field);
  const base = (tier ? tier.field : field) as RouteField;
  const own = (ROUTE_FIELDS as readonly string[]).includes(base) ? route[base] : undefined;
  if (own !== undefined) return tier ? undefined : { field: routeField(route.platform, route.id, base), routeValue: own };
  return rank === RANK.own ? { field } : undefined;
}

/** Keeps the closest match's price for a model and field; the others are kept to report conflicts. */
function choose(chosen: Map<string, Chosen>, next: Omit<Chosen, 'others'>): void {
  const key = `${next.model.id}\u0000${next.field}`;
  const previous = chosen.get(key);
  if (!previous) chosen.set(key, { ...next, others: [] });
  else if (next.rank < previous.rank) chosen.set(key, { ...next, others: [{ id: previous.id, value: previous.value }, ...previous.others] });
  else previous.others.push({ id: next.id, value: next.value });
}

/** Maps every entry: the price chosen for each model and field, and the ids left unmapped or skipped. */
function mapEntries(catalog: Catalog, adapter: Adapter, doc: ReadDocument) {
  const skipped: Record<string, number> = { ...doc.skipped };
  const unmapped: UnmappedId[] = [];
  const newModels: NewModel[] = [];
  const chosen = new Map<string, Chosen>();
  const mappedModels = new Set<string>();
  for (const entry of doc.entries) {
    const outcome = mapEntry(catalog, adapter.id, entry);
    if (outcome.kind === 'skipped') {
      tally(skipped, outcome.reason);
      continue;
    }
    if (outcome.kind === 'unmapped') {
      unmapped.push({ id: entry.id, provider: entry.provider, reason: outcome.reason });
      if (!outcome.partial && entry.looksLikeModel) {
        // One new model listed under several ids ("gemini-x" and "gemini/gemini-x") is one candidate.
        const same = newModels.find((m) => m.provider === entry.provider && normalizeName(m.id) === normalizeName(entry.id));
        if (same) same.alsoAs = [...(same.alsoAs ?? []), entry.id];
        else newModels.push({ id: entry.id, provider: entry.provider, prices: entry.prices, catalogId: newModelId(entry.name), facts: entry.facts ?? {} });
      }
      continue;
    }
    mappedModels.add(outcome.model.id);
    for (const [sourceField, value] of Object.entries(entry.prices) as [FieldName, number][]) {
      const compared = outcome.route ? routedField(outcome.route, sourceField, outcome.rank) : { field: sourceField };
      if (compared) choose(chosen, { model: outcome.model, ...compared, value, id: entry.id, rank: outcome.rank });
    }
  }
  return { skipped, unmapped, newModels, chosen, mappedModels };
}

/** Sorts the chosen prices into what a sync finds: differences, held jumps, fields the catalog lacks, conflicts. */
function findings(chosen: Iterable<Chosen>, asOf: string) {
  const observations: PriceObservation[] = [];
  const held: HeldJump[] = [];
  const notInCatalog: FieldNotInCatalog[] = [];
  const conflicts: Conflict[] = [];
  const values: SourceValue[] = [];
  for (const c of chosen) {
    const differing = c.others.filter((o) => !samePrice(o.value, c.value));
    if (differing.length > 0) conflicts.push({ model: c.model.id, field: c.field, used: { id: c.id, value: c.value }, ignored: differing });
    const current = c.routeValue ?? catalogValue(quotedPrice(c.model, asOf), c.field);
    if (current === undefined) {
      notInCatalog.push({ model: c.model.id, field: c.field, source: c.value, sourceId: c.id });
      continue;
    }
    values.push({ model: c.model.id, field: c.field, value: c.value, sourceId: c.id });
    if (samePrice(current, c.value)) continue;
    const observation: PriceObservation = { model: c.model.id, field: c.field, catalog: current, source: c.value, sourceId: c.id };
    const jump = jumpReason(current, c.value);
    if (jump) held.push({ ...observation, ratio: current === 0 ? null : Number((c.value / current).toPrecision(4)), reason: jump });
    else observations.push(observation);
  }
  const order = <T extends { model: string; field: string }>(a: T, b: T) => a.model.localeCompare(b.model) || a.field.localeCompare(b.field);
  return { observations: observations.sort(order), held: held.sort(order), notInCatalog: notInCatalog.sort(order), conflicts: conflicts.sort(order), values: values.sort(order) };
}

/**
 * Compares a read source document with the catalog. Throws SyncError('empty') when no entry belongs to a catalog
 * provider and SyncError('truncated') when the document maps fewer models than a complete one would.
 */
export function compareWithCatalog(catalog: Catalog, adapter: Adapter, doc: ReadDocument, options: CompareOptions): Comparison {
  if (doc.entries.length === 0) {
    throw new SyncError('empty', `${adapter.label}: no entries from the catalog's providers (${doc.total} entries in all); refusing to treat that as "every model removed"`);
  }
  const { skipped, unmapped, newModels, chosen, mappedModels } = mapEntries(catalog, adapter, doc);
  // The providers the document lists at all: a source that does not carry a provider cannot be expected to map its models.
  const expected = expectedCoverage(catalog, adapter.id, new Set(doc.entries.map((e) => e.provider)));
  const minimum = options.minimum ?? minimumMapped(expected);
  if (mappedModels.size < minimum) {
    throw new SyncError(
      'truncated',
      `${adapter.label}: the document maps only ${mappedModels.size} catalog model${mappedModels.size === 1 ? '' : 's'} (${doc.entries.length} entries from catalog providers); ` +
        `a complete one maps at least ${minimum} (half of the ${expected} the catalog lists from ${adapter.label}). Truncated? Nothing was changed.`,
    );
  }
  const found = findings(chosen.values(), options.asOf);
  return {
    entries: doc.entries.length,
    mapped: mappedModels.size,
    expected,
    minimum,
    observations: found.observations,
    held: found.held,
    unmapped,
    newModels,
    notInCatalog: found.notInCatalog,
    conflicts: found.conflicts,
    skipped,
    values: found.values,
  };
}

/** Why a change is too big to take without a person looking (×10 or more, ÷10 or less), or undefined. */
export function jumpReason(catalog: number, source: number): string | undefined {
  if (catalog === 0 && source > 0) return `the catalog says free (0); the source says ${source}`;
  if (catalog > 0 && source === 0) return `the source says free (0); the catalog says ${catalog}`;
  if (catalog === 0) return undefined;
  const ratio = source / catalog;
  if (ratio >= JUMP_FACTOR) return `${Number(ratio.toPrecision(3))}× the catalog's price (a jump of ×${JUMP_FACTOR} or more)`;
  if (ratio <= 1 / JUMP_FACTOR) return `1/${Number((1 / ratio).toPrecision(3))} of the catalog's price (a drop to ÷${JUMP_FACTOR} or less)`;
  return undefined;
}
