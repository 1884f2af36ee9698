import { distance } from 'fastest-levenshtein';
import { nameTokens, normalizeName } from './normalize.js';
const indexes = new WeakMap();
function buildIndex(catalog) {
    const exact = new Map();
    const claim = (name, model, matchedBy) => {
        const key = normalizeName(name);
        if (key !== '' && !exact.has(key))
            exact.set(key, { model, matchedBy });
    };
    for (const model of catalog.models) {
        claim(model.id, model, 'id');
        claim(model.name, model, 'name');
        for (const alias of model.aliases)
            claim(alias, model, 'alias');
        for (const snapshot of model.snapshots)
            claim(snapshot, model, 'snapshot');
    }
    for (const model of catalog.models)
        for (const route of model.routes)
            claim(route.id, model, 'route');
    const byToken = new Map();
    const tokensOf = new Map();
    for (const model of [...catalog.models].sort(byPreference)) {
        const tokens = new Set([...nameTokens(model.id), ...nameTokens(model.name), ...model.aliases.flatMap(nameTokens)]);
        tokensOf.set(model, tokens);
        for (const token of tokens) {
            const list = byToken.get(token);
            if (list)
                list.push(model);
            else
                byToken.set(token, [model]);
        }
    }
    return { exact, byToken, tokensOf };
}
function indexFor(catalog) {
    let index = indexes.get(catalog);
    if (!index) {
        index = buildIndex(catalog);
        indexes.set(catalog, index);
    }
    return index;
}
const compareText = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const STATUS_RANK = { active: 0, preview: 1, deprecated: 2 };
export function versionOf(name) {
    const tokens = nameTokens(name);
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (!/^\d+$/.test(t))
            continue;
        const next = tokens[i + 1];
        if (next !== undefined && /^(?:b|m|k|x|e)$/.test(next))
            continue;
        if (t.length >= 4)
            break;
        out.push(Number(t));
    }
    return out;
}
export function compareVersions(a, b) {
    if (a.length === 0 || b.length === 0)
        return 0;
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
        const d = (a[i] ?? 0) - (b[i] ?? 0);
        if (d !== 0)
            return d;
    }
    return 0;
}
export function byPreference(a, b) {
    return STATUS_RANK[a.status] - STATUS_RANK[b.status] || compareText(b.released ?? '', a.released ?? '') || a.id.localeCompare(b.id);
}
const NOT_VARIANTS = new Set(['latest', 'instruct', 'it', 'v']);
function newestOf(models) {
    let chosen = models[0];
    for (const m of models.slice(1)) {
        if (m.status !== chosen.status)
            break;
        if ((m.released === undefined || chosen.released === undefined) && compareVersions(versionOf(m.name), versionOf(chosen.name)) > 0)
            chosen = m;
    }
    return chosen;
}
function versionFits(wanted, model, byAlias = true) {
    if (wanted.length === 0)
        return true;
    const fits = (v) => wanted.every((n, i) => v[i] === n);
    return fits(versionOf(model.id)) || fits(versionOf(model.name)) || (byAlias && model.aliases.some((a) => fits(versionOf(a))));
}
function sameVersion(wanted, model) {
    const same = (v) => v.length > 0 && compareVersions(v, wanted) === 0 && v.slice(wanted.length).every((n) => n === 0);
    return same(versionOf(model.id)) || same(versionOf(model.name));
}
function preferring(models, test) {
    const passing = models.filter(test);
    return passing.length > 0 ? passing : models;
}
function extraWords(index, model, wanted) {
    return [...(index.tokensOf.get(model) ?? [])].filter((t) => /^\p{L}+$/u.test(t) && !wanted.includes(t) && !NOT_VARIANTS.has(t)).length;
}
const SIZE_UNIT = /^(?:b|m|k|x|t)$/;
const MMDD = String.raw `(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])`;
const DATE_SUFFIX = new RegExp(String.raw `(?:[-_@]|\s+)?(?:\d{4}-\d{2}-\d{2}|(?:19|20)\d{2}${MMDD})(?:-v\d+(?::\d+)?)?$|[-_@]${MMDD}(?:-v\d+(?::\d+)?)?$`);
export function suggest(catalog, query, limit = 3) {
    const key = normalizeName(query);
    if (key === '')
        return [];
    const maxDistance = Math.max(2, Math.floor(key.length / 4));
    const closest = new Map();
    for (const [name, { model }] of indexFor(catalog).exact) {
        if (Math.abs(name.length - key.length) > maxDistance)
            continue;
        const d = distance(key, name);
        if (d <= maxDistance && d < (closest.get(model) ?? Infinity))
            closest.set(model, d);
    }
    return [...closest]
        .sort(([a, da], [b, db]) => da - db || byPreference(a, b))
        .slice(0, limit)
        .map(([model]) => model);
}
export function exactModel(catalog, query) {
    const index = indexFor(catalog);
    const key = normalizeName(query);
    if (key === '')
        return undefined;
    const hit = index.exact.get(key);
    if (hit)
        return hit;
    const undated = query.trim().replace(DATE_SUFFIX, '');
    if (undated === query.trim() || undated === '')
        return undefined;
    const base = index.exact.get(normalizeName(undated));
    return base && base.matchedBy !== 'route' ? { model: base.model, matchedBy: 'dated-id' } : undefined;
}
function partialMatches(catalog, query) {
    const index = indexFor(catalog);
    const wanted = nameTokens(query);
    const version = versionOf(query);
    const words = wanted.filter((t, i) => /\p{L}/u.test(t) && !(SIZE_UNIT.test(t) && /^\d+$/.test(wanted[i - 1] ?? '')));
    if (words.length === 0)
        return { wanted, words, version, all: [] };
    const rarest = wanted.map((t) => index.byToken.get(t) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
    const all = rarest.filter((m) => wanted.every((t) => index.tokensOf.get(m)?.has(t)) && versionFits(version, m));
    return { wanted, words, version, all };
}
export function modelsNamed(catalog, name) {
    const exact = exactModel(catalog, name);
    const { all } = partialMatches(catalog, name);
    return exact && !all.includes(exact.model) ? [exact.model, ...all] : all;
}
export function resolveModel(catalog, query) {
    if (normalizeName(query) === '')
        return { kind: 'unknown', query, suggestions: [] };
    const exact = exactModel(catalog, query);
    if (exact) {
        const { model, matchedBy } = exact;
        if (matchedBy !== 'dated-id')
            return { kind: 'found', query, model, matchedBy };
        return { kind: 'found', query, model, matchedBy, note: `“${query.trim()}” read as ${model.id} (a dated snapshot of it)` };
    }
    const index = indexFor(catalog);
    const { wanted, words, version, all } = partialMatches(catalog, query);
    if (words.length > 0) {
        const completed = /\d/.test(query) ? all.filter((m) => normalizeName(m.id) === normalizeName(`${nameTokens(m.family)[0] ?? ''} ${query}`)) : [];
        if (completed.length === 1) {
            const model = completed[0];
            return { kind: 'found', query, model, matchedBy: 'partial', note: `“${query.trim()}” read as ${model.id}` };
        }
        const families = new Set(all.map((m) => m.family));
        const named = families.size > 1 ? [...families].filter((f) => words.every((w) => nameTokens(f).includes(w))) : [];
        const inFamily = named.length === 1 ? all.filter((m) => m.family === named[0]) : all;
        const lineWord = words.length === 1 && all.every((m) => nameTokens(m.family)[0] !== words[0]);
        const line = version.length > 0 && (words.length >= 2 || lineWord);
        const ownVersion = line ? preferring(inFamily, (m) => versionFits(version, m, false)) : inFamily;
        const versioned = line ? preferring(ownVersion, (m) => sameVersion(version, m)) : ownVersion;
        const plain = line ? versioned.filter((m) => extraWords(index, m, [...wanted, nameTokens(m.family)[0] ?? '']) === 0) : [];
        const matches = plain.length === 1 ? plain : versioned;
        if (matches.length === 1) {
            const model = matches[0];
            return { kind: 'found', query, model, matchedBy: 'partial', note: `“${query.trim()}” read as ${model.id}` };
        }
        if (matches.length > 1) {
            const families = new Set(matches.map((m) => m.family));
            const extra = (m) => extraWords(index, m, wanted);
            const fewest = Math.min(...matches.map(extra));
            const chosen = families.size === 1 ? newestOf(matches.filter((m) => extra(m) === fewest)) : matches[0];
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
                    note: `“${query.trim()}” read as ${chosen.id}, the newest ${chosen.status === 'active' ? 'active ' : ''}model in the ${chosen.family} family` +
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
        if (version.length > 0) {
            const named = words.map((t) => index.byToken.get(t) ?? []).reduce((a, b) => (b.length < a.length ? b : a));
            const family = named.filter((m) => words.every((t) => index.tokensOf.get(m)?.has(t)) && versionOf(m.id).length > 0);
            const newest = [...family].sort((a, b) => compareVersions(versionOf(b.name), versionOf(a.name)) || byPreference(a, b))[0];
            if (newest && compareVersions(version, versionOf(newest.name)) > 0)
                return {
                    kind: 'unknown',
                    query,
                    suggestions: [newest, ...suggest(catalog, query).filter((m) => m !== newest)].slice(0, 3),
                    note: `No model is called “${query.trim()}”: that version is newer than any the catalog has (the newest is ${newest.name}, ${newest.id})`,
                };
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
    const trimmed = query.trim();
    const stems = [...trimmed.matchAll(/[-_ ]/g)].map((m) => trimmed.slice(0, m.index)).reverse();
    const stem = stems.map((s) => exactModel(catalog, s)?.model).find((m) => m !== undefined);
    const suggestions = suggest(catalog, query);
    return { kind: 'unknown', query, suggestions: stem && !suggestions.includes(stem) ? [...suggestions, stem].slice(0, 3) : suggestions };
}
function editsApart(a, b, max) {
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    const rows = [];
    for (let i = 0; i <= a.length; i++)
        rows.push([i]);
    for (let j = 1; j <= b.length; j++)
        rows[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        const row = rows[i];
        for (let j = 1; j <= b.length; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(rows[i - 1][j], row[j - 1] + 0) + 1;
            d = Math.min(d, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, rows[i - 2][j - 2] + 1);
            row[j] = d;
        }
    }
    return rows[a.length][b.length];
}
export function closeTypo(catalog, query) {
    const key = normalizeName(query);
    if (key.length < 4)
        return undefined;
    const near = new Set();
    for (const [name, { model, matchedBy }] of indexFor(catalog).exact) {
        if (matchedBy === 'route' || near.has(model))
            continue;
        if (editsApart(key, name, 1) <= 1)
            near.add(model);
        if (near.size > 1)
            return undefined;
    }
    return [...near][0];
}
export function unresolvedMessage(resolution, limit = 5) {
    if (resolution.kind === 'ambiguous') {
        const shown = resolution.candidates.slice(0, limit).map((m) => m.id);
        const more = resolution.candidates.length - shown.length;
        return `${resolution.note}: ${shown.join(', ')}${more > 0 ? ` (and ${more} more)` : ''}.`;
    }
    const did = resolution.suggestions.map((m) => m.id);
    return `Unknown model “${resolution.query.trim()}”.${did.length > 0 ? ` Did you mean ${did.join(', ')}?` : ' Try `modelscout catalog` for the list.'}`;
}
//# sourceMappingURL=resolve.js.map