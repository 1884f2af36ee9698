import { LEAVING_OUT, providersNamedBy } from './extract.js';
import { familiesLeftOut } from './families.js';
import { exactId, hasPlaceholder, PLACEHOLDER_SOURCE, placeholderId } from './names.js';
const ITEM = String.raw `(?:${PLACEHOLDER_SOURCE}|[a-z][\w.-]*[a-z0-9])`;
const SEPARATOR = String.raw `(?:\s*,\s*(?:(?:or|and|nor)\s+)?|\s+(?:or|and|nor)\s+|\s*\/\s*)`;
const LIST = new RegExp(String.raw `\b(?:${LEAVING_OUT}|not(?:\s+(?:in|from|by))?)\s+(?:the\s+|any\s+)?(${ITEM}(?:${SEPARATOR}${ITEM})*)`, 'gi');
const SEPARATOR_SPLIT = new RegExp(`(${SEPARATOR})`, 'i');
const PLACEHOLDERS = new RegExp(PLACEHOLDER_SOURCE, 'g');
const capabilityWords = new WeakMap();
function capabilityWordsOf(catalog) {
    let words = capabilityWords.get(catalog);
    if (!words) {
        words = new Set(Object.values(catalog.capabilityWords ?? {}).flatMap((list) => list.map((w) => w.toLowerCase())));
        capabilityWords.set(catalog, words);
    }
    return words;
}
export function readLeftOut(catalog, text, exact = []) {
    const out = { providers: [], families: [], models: [], again: [], rest: text };
    if (!LIST.test(text))
        return out;
    LIST.lastIndex = 0;
    const capabilities = capabilityWordsOf(catalog);
    const itemOf = (typed) => {
        const model = placeholderId(typed, exact) ?? exactId(catalog, typed);
        if (model !== undefined)
            return { model };
        const providers = providersNamedBy(typed, catalog.providers);
        if (providers.length > 0)
            return { providers };
        if (capabilities.has(typed.toLowerCase()))
            return undefined;
        const families = familiesLeftOut(catalog, typed);
        return families.length > 0 ? { families } : undefined;
    };
    out.rest = text.replace(LIST, (phrase, list, at) => {
        const parts = list.split(SEPARATOR_SPLIT);
        const items = [];
        for (let i = 0; i < parts.length; i += 2) {
            const item = itemOf(parts[i]);
            if (!item)
                break;
            items.push(item);
        }
        const names = items.some((item) => 'model' in item);
        const mixes = items.some((item) => 'providers' in item) && items.some((item) => 'families' in item);
        if (!names && !mixes)
            return phrase;
        const end = phrase.indexOf(list) + parts.slice(0, 2 * items.length - 1).join('').length;
        const elsewhere = `${text.slice(0, at)} ${text.slice(at + phrase.length)}`;
        if (names && hasPlaceholder(elsewhere)) {
            const named = new Set([...elsewhere.matchAll(PLACEHOLDERS)].map((m) => placeholderId(m[0], exact)));
            const again = items.flatMap((item) => ('model' in item && named.has(item.model) ? [item.model] : []));
            if (again.length !== items.length)
                return phrase;
            out.again.push(...again);
            return ' '.repeat(end) + phrase.slice(end);
        }
        for (const item of items) {
            if ('model' in item)
                out.models.push(item.model);
            else if ('providers' in item)
                out.providers.push(...item.providers);
            else
                out.families.push(...item.families);
        }
        return ' '.repeat(end) + phrase.slice(end);
    });
    out.providers = [...new Set(out.providers)];
    out.families = [...new Set(out.families)];
    out.models = [...new Set(out.models)];
    out.again = [...new Set(out.again)];
    return out;
}
export function leaveOut(filters, leftOut) {
    const join = (read, more) => [...new Set([...(read ?? []), ...more])];
    if (leftOut.providers.length > 0)
        filters.excludeProviders = join(filters.excludeProviders, leftOut.providers);
    if (leftOut.families.length > 0)
        filters.excludeFamilies = join(filters.excludeFamilies, leftOut.families);
    if (leftOut.models.length > 0)
        filters.excludeModels = join(filters.excludeModels, leftOut.models);
}
//# sourceMappingURL=excluded.js.map