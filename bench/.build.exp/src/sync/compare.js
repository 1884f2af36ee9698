import { quotedPrice } from '../catalog/history.js';
import { normalizeName } from '../catalog/normalize.js';
import { resolveModel } from '../catalog/resolve.js';
import { parseTierField, ROUTE_FIELDS, routeField } from '../digest/fields.js';
import { JUMP_FACTOR, samePrice, SyncError, } from './types.js';
import { tally } from './sources/read.js';
import { newModelId } from './facts.js';
const RANK = { own: 0, snapshot: 1, dated: 2, latest: 3, route: 4 };
const routeIndexes = new WeakMap();
function routeIndex(catalog) {
    let index = routeIndexes.get(catalog);
    if (index)
        return index;
    index = { openrouter: new Map(), byKey: new Map() };
    for (const model of catalog.models) {
        for (const route of model.routes) {
            if (route.platform === 'openrouter')
                index.openrouter.set(route.id.toLowerCase(), { model, route });
            const key = normalizeName(route.id);
            index.byKey.set(key, [...(index.byKey.get(key) ?? []), { model, route }]);
        }
    }
    routeIndexes.set(catalog, index);
    return index;
}
const hasOwnPrice = (route) => route.input !== undefined || route.output !== undefined || route.cachedInput !== undefined;
function resolveName(catalog, name) {
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
        if (undated.kind === 'mapped' && undated.rank <= RANK.dated)
            return { kind: 'mapped', model: undated.model, rank: RANK.latest };
    }
    return { kind: 'unmapped', reason: 'no catalog model has this id, name, alias, snapshot or route', partial: false };
}
export function mapEntry(catalog, source, entry) {
    let outcome;
    if (source === 'openrouter') {
        const routes = routeIndex(catalog).openrouter;
        if (entry.variant === 'batch') {
            const base = routes.get(entry.name.toLowerCase());
            if (base && !hasOwnPrice(base.route))
                outcome = { kind: 'mapped', model: base.model, rank: normalizeName(entry.name) === normalizeName(base.model.id) ? RANK.own : RANK.route };
        }
        else {
            const exact = routes.get(entry.id.toLowerCase());
            if (exact?.route.free === true && !exact.model.pricing.some((p) => p.free === true))
                return { kind: 'skipped', reason: `a free, rate-limited endpoint of ${exact.model.id}, which the catalog prices elsewhere` };
            if (exact) {
                const primary = normalizeName(entry.id) === normalizeName(exact.model.id);
                outcome = { kind: 'mapped', model: exact.model, rank: primary ? RANK.own : RANK.route, route: hasOwnPrice(exact.route) ? exact.route : undefined };
            }
            else if (entry.variant !== undefined) {
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
export function catalogValue(entry, field) {
    const tier = parseTierField(field);
    if (tier)
        return entry.tiers.find((t) => t.above === tier.above)?.[tier.field];
    return entry[field];
}
function expectedCoverage(catalog, source, providers) {
    const via = source === 'litellm' ? /litellm/i : source === 'models.dev' ? /models\.dev/i : /openrouter/i;
    const read = providers;
    return catalog.models.filter((m) => !read.has(m.provider)
        ? false
        : source === 'openrouter'
            ? m.routes.some((r) => r.platform === 'openrouter')
            : m.pricing.some((p) => via.test(p.source.via ?? '')) || m.routes.some((r) => via.test(r.source.via ?? ''))).length;
}
export function minimumMapped(expected) {
    return Math.max(1, Math.floor(expected / 2));
}
function routedField(route, field, rank) {
    const tier = parseTierField(field);
    const base = (tier ? tier.field : field);
    const own = ROUTE_FIELDS.includes(base) ? route[base] : undefined;
    if (own !== undefined)
        return tier ? undefined : { field: routeField(route.platform, route.id, base), routeValue: own };
    return rank === RANK.own ? { field } : undefined;
}
function choose(chosen, next) {
    const key = `${next.model.id}\u0000${next.field}`;
    const previous = chosen.get(key);
    if (!previous)
        chosen.set(key, { ...next, others: [] });
    else if (next.rank < previous.rank)
        chosen.set(key, { ...next, others: [{ id: previous.id, value: previous.value }, ...previous.others] });
    else
        previous.others.push({ id: next.id, value: next.value });
}
function mapEntries(catalog, adapter, doc) {
    const skipped = { ...doc.skipped };
    const unmapped = [];
    const newModels = [];
    const chosen = new Map();
    const mappedModels = new Set();
    for (const entry of doc.entries) {
        const outcome = mapEntry(catalog, adapter.id, entry);
        if (outcome.kind === 'skipped') {
            tally(skipped, outcome.reason);
            continue;
        }
        if (outcome.kind === 'unmapped') {
            unmapped.push({ id: entry.id, provider: entry.provider, reason: outcome.reason });
            if (!outcome.partial && entry.looksLikeModel) {
                const same = newModels.find((m) => m.provider === entry.provider && normalizeName(m.id) === normalizeName(entry.id));
                if (same)
                    same.alsoAs = [...(same.alsoAs ?? []), entry.id];
                else
                    newModels.push({ id: entry.id, provider: entry.provider, prices: entry.prices, catalogId: newModelId(entry.name), facts: entry.facts ?? {} });
            }
            continue;
        }
        mappedModels.add(outcome.model.id);
        for (const [sourceField, value] of Object.entries(entry.prices)) {
            const compared = outcome.route ? routedField(outcome.route, sourceField, outcome.rank) : { field: sourceField };
            if (compared)
                choose(chosen, { model: outcome.model, ...compared, value, id: entry.id, rank: outcome.rank });
        }
    }
    return { skipped, unmapped, newModels, chosen, mappedModels };
}
function findings(chosen, asOf) {
    const observations = [];
    const held = [];
    const notInCatalog = [];
    const conflicts = [];
    const values = [];
    for (const c of chosen) {
        const differing = c.others.filter((o) => !samePrice(o.value, c.value));
        if (differing.length > 0)
            conflicts.push({ model: c.model.id, field: c.field, used: { id: c.id, value: c.value }, ignored: differing });
        const current = c.routeValue ?? catalogValue(quotedPrice(c.model, asOf), c.field);
        if (current === undefined) {
            notInCatalog.push({ model: c.model.id, field: c.field, source: c.value, sourceId: c.id });
            continue;
        }
        values.push({ model: c.model.id, field: c.field, value: c.value, sourceId: c.id });
        if (samePrice(current, c.value))
            continue;
        const observation = { model: c.model.id, field: c.field, catalog: current, source: c.value, sourceId: c.id };
        const jump = jumpReason(current, c.value);
        if (jump)
            held.push({ ...observation, ratio: current === 0 ? null : Number((c.value / current).toPrecision(4)), reason: jump });
        else
            observations.push(observation);
    }
    const order = (a, b) => a.model.localeCompare(b.model) || a.field.localeCompare(b.field);
    return { observations: observations.sort(order), held: held.sort(order), notInCatalog: notInCatalog.sort(order), conflicts: conflicts.sort(order), values: values.sort(order) };
}
export function compareWithCatalog(catalog, adapter, doc, options) {
    if (doc.entries.length === 0) {
        throw new SyncError('empty', `${adapter.label}: no entries from the catalog's providers (${doc.total} entries in all); refusing to treat that as "every model removed"`);
    }
    const { skipped, unmapped, newModels, chosen, mappedModels } = mapEntries(catalog, adapter, doc);
    const expected = expectedCoverage(catalog, adapter.id, new Set(doc.entries.map((e) => e.provider)));
    const minimum = options.minimum ?? minimumMapped(expected);
    if (mappedModels.size < minimum) {
        throw new SyncError('truncated', `${adapter.label}: the document maps only ${mappedModels.size} catalog model${mappedModels.size === 1 ? '' : 's'} (${doc.entries.length} entries from catalog providers); ` +
            `a complete one maps at least ${minimum} (half of the ${expected} the catalog lists from ${adapter.label}). Truncated? Nothing was changed.`);
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
export function jumpReason(catalog, source) {
    if (catalog === 0 && source > 0)
        return `the catalog says free (0); the source says ${source}`;
    if (catalog > 0 && source === 0)
        return `the source says free (0); the catalog says ${catalog}`;
    if (catalog === 0)
        return undefined;
    const ratio = source / catalog;
    if (ratio >= JUMP_FACTOR)
        return `${Number(ratio.toPrecision(3))}× the catalog's price (a jump of ×${JUMP_FACTOR} or more)`;
    if (ratio <= 1 / JUMP_FACTOR)
        return `1/${Number((1 / ratio).toPrecision(3))} of the catalog's price (a drop to ÷${JUMP_FACTOR} or less)`;
    return undefined;
}
//# sourceMappingURL=compare.js.map