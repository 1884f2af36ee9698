import { subDays } from 'date-fns/subDays';
import { quotedPrice } from '../catalog/history.js';
import { price } from '../cost/format.js';
import { catalogValue } from './compare.js';
import { LITELLM_URL } from './sources/litellm.js';
import { MODELSDEV_URL } from './sources/modelsdev.js';
import { OPENROUTER_URL } from './sources/openrouter.js';
import { fieldLabel, parseRouteField } from '../digest/fields.js';
import { samePrice } from './types.js';
export const LOOKBACK_DAYS = 30;
const LASTING_DAYS = 3;
const SOURCE_LABELS = { litellm: 'LiteLLM', openrouter: 'OpenRouter', 'models.dev': 'models.dev' };
const SOURCE_URLS = { litellm: LITELLM_URL, openrouter: OPENROUTER_URL, 'models.dev': MODELSDEV_URL };
const label = (source) => SOURCE_LABELS[source] ?? source;
const day = (d) => d.toISOString().slice(0, 10);
function catalogFigure(model, field, date) {
    const route = parseRouteField(field);
    if (route) {
        const r = model.routes.find((x) => x.platform === route.platform && x.id === route.id);
        return { value: r?.[route.field], from: r?.source.via ?? r?.source.url ?? '', checked: r?.checked ?? '' };
    }
    const entry = quotedPrice(model, date);
    return { value: catalogValue(entry, field), from: entry.source.via ?? entry.source.url, checked: entry.checked };
}
function sourceNamedBy(via) {
    if (/litellm/i.test(via))
        return 'litellm';
    if (/openrouter/i.test(via))
        return 'openrouter';
    if (/models\.dev/i.test(via))
        return 'models.dev';
    return undefined;
}
function sayCatalog(value, from, checked) {
    if (value === null)
        return 'the catalog has no figure';
    const named = sourceNamedBy(from);
    return `the catalog has ${price(value)} (from ${named ? label(named) : from}${checked ? `, checked ${checked}` : ''})`;
}
function disagreementText(model, field, claims, catalog) {
    const [first, ...rest] = claims;
    if (!first)
        return '';
    const parts = [`${label(first.source)} says ${price(first.value)} ${fieldLabel(field)} for ${model}`, ...rest.map((c) => `${label(c.source)} says ${price(c.value)}`)];
    if (catalog && !claims.some((c) => catalog.value !== null && samePrice(c.value, catalog.value)))
        parts.push(sayCatalog(catalog.value, catalog.from, catalog.checked));
    return parts.join('; ');
}
function standingClaims(observations, from, to) {
    const runs = new Map();
    for (const o of observations) {
        if (o.observedAt > to || o.observedAt <= from || o.value === null)
            continue;
        const t = o.observedAt.getTime();
        const bySource = runs.get(o.source) ?? new Map();
        runs.set(o.source, bySource);
        const run = bySource.get(t) ?? new Map();
        bySource.set(t, run);
        run.set(`${o.model}\u0000${o.field}`, o.value);
    }
    const claims = new Map();
    for (const [source, bySource] of runs) {
        const times = [...bySource.keys()].sort((a, b) => b - a);
        const latest = bySource.get(times[0]);
        for (const [key, value] of latest) {
            let since = times[0];
            for (const t of times.slice(1)) {
                const earlier = bySource.get(t)?.get(key);
                if (earlier === undefined || !samePrice(earlier, value))
                    break;
                since = t;
            }
            claims.set(key, [...(claims.get(key) ?? []), { source, value, since: day(new Date(since)), sinceMs: since }]);
        }
    }
    return claims;
}
function byValue(claims) {
    const groups = [];
    for (const c of claims) {
        const group = groups.find((g) => samePrice(g[0].value, c.value));
        if (group)
            group.push(c);
        else
            groups.push([c]);
    }
    return groups;
}
function acceptedGroup(groups, field, catalogSource) {
    const agreed = groups.filter((g) => new Set(g.map((c) => c.source)).size >= 2).sort((a, b) => b.length - a.length)[0];
    if (agreed)
        return { group: agreed, at: Math.max(...agreed.map((c) => c.sinceMs)) };
    const route = parseRouteField(field);
    const authority = route ? route.platform : sourceNamedBy(catalogSource);
    const group = groups.find((g) => g.some((c) => c.source === authority));
    return group ? { group, at: Math.min(...group.filter((c) => c.source === authority).map((c) => c.sinceMs)) } : undefined;
}
export function reviewObservations(observations, catalog, options) {
    const claims = standingClaims(observations, subDays(options.now, options.lookbackDays ?? LOOKBACK_DAYS), options.now);
    const lastingFrom = subDays(options.now, options.lastingDays ?? LASTING_DAYS).getTime();
    const today = day(options.now);
    const report = { changes: [], disagreements: [], pending: [] };
    for (const [key, all] of [...claims].sort(([a], [b]) => a.localeCompare(b))) {
        const [modelId, field] = key.split('\u0000');
        const model = catalog.byId.get(modelId);
        if (!model)
            continue;
        const figure = catalogFigure(model, field, today);
        if (figure.value === undefined)
            continue;
        const current = figure.value;
        const open = all.filter((c) => !samePrice(c.value, current)).sort((a, b) => a.sinceMs - b.sinceMs || a.source.localeCompare(b.source));
        if (open.length === 0)
            continue;
        const groups = byValue(open);
        const accepted = acceptedGroup(groups, field, figure.from);
        if (accepted) {
            const first = accepted.group[0];
            report.changes.push({
                model: modelId,
                field,
                old: current,
                new: first.value,
                date: new Date(accepted.at),
                cause: 'unknown',
                source: [...new Set(accepted.group.map((c) => c.source))].join(' + '),
                url: SOURCE_URLS[first.source] ?? '',
            });
        }
        const plain = open.map(({ source, value, since }) => ({ source, value, since }));
        const disagreement = { model: modelId, field, catalog: current, catalogSource: figure.from, claims: plain };
        if (groups.length >= 2) {
            report.disagreements.push({ ...disagreement, text: disagreementText(modelId, field, plain, { ...figure, value: current }) });
        }
        else if (accepted) {
        }
        else if (open.every((c) => c.sinceMs <= lastingFrom)) {
            const text = `${disagreementText(modelId, field, plain)} (since ${open[0].since}); ${sayCatalog(current, figure.from, figure.checked)}`;
            report.disagreements.push({ ...disagreement, text });
        }
        else {
            for (const c of open)
                report.pending.push({ model: modelId, field, catalog: current, source: c.source, value: c.value, since: c.since });
        }
    }
    return report;
}
export function acceptedChanges(observations, catalog, options) {
    return reviewObservations(observations, catalog, options).changes;
}
export function crossSourceDisagreements(results, catalog, asOf) {
    const byKey = new Map();
    for (const r of results) {
        for (const v of r.values) {
            if (parseRouteField(v.field))
                continue;
            const key = `${v.model}\u0000${v.field}`;
            byKey.set(key, [...(byKey.get(key) ?? []), { source: r.source, value: v.value, since: day(r.fetchedAt) }]);
        }
    }
    const out = [];
    for (const [key, claims] of [...byKey].sort(([a], [b]) => a.localeCompare(b))) {
        if (claims.length < 2 || claims.every((c) => samePrice(c.value, claims[0].value)))
            continue;
        const [modelId, field] = key.split('\u0000');
        const model = catalog.byId.get(modelId);
        if (!model)
            continue;
        const figure = catalogFigure(model, field, asOf);
        const own = sourceNamedBy(figure.from);
        const ordered = [...claims].sort((a, b) => Number(b.source === own) - Number(a.source === own) || a.source.localeCompare(b.source));
        out.push({
            model: modelId,
            field,
            catalog: figure.value ?? null,
            catalogSource: figure.from,
            claims: ordered,
            text: disagreementText(modelId, field, ordered, { value: figure.value ?? null, from: figure.from, checked: figure.checked }),
        });
    }
    return out;
}
//# sourceMappingURL=policy.js.map