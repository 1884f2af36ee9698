import { distance } from 'fastest-levenshtein';
import { outOfScopeModel } from '../catalog/out-of-scope.js';
import { LEAVING_OUT, providersNamedBy } from './extract.js';
const familyLists = new WeakMap();
function familiesOf(catalog) {
    let list = familyLists.get(catalog);
    if (!list) {
        list = [...new Set(catalog.models.map((m) => m.family))];
        familyLists.set(catalog, list);
    }
    return list;
}
export function familiesNamed(catalog, typed) {
    const word = typed.trim().toLowerCase().replace(/\s+/g, '-');
    if (word.length < 2)
        return [];
    return familiesOf(catalog).filter((f) => f === word || f.startsWith(`${word}-`) || f.endsWith(`-${word}`));
}
export function readFamilyPhrase(catalog, text) {
    const families = [];
    let unknown;
    const rest = text.replace(/\b(?:in|from) the ([a-z0-9][\w.-]*(?:\s+[a-z0-9][\w.-]*)?) family\b/gi, (_phrase, typed) => {
        const named = familiesNamed(catalog, typed);
        if (named.length === 0)
            unknown ??= typed;
        families.push(...named);
        return ' ';
    });
    return { families: [...new Set(families)], rest, ...(unknown !== undefined ? { unknown } : {}) };
}
const EXCLUDED_FAMILY = new RegExp(String.raw `(?:\b(?:${LEAVING_OUT}|not(?:\s+(?:in|from))?)\s+|\bnon[- ]?)(?:the\s+|any\s+)?([a-z][\w.-]*[a-z0-9](?:(?:\s*,\s*|\s+(?:and|or|nor)\s+)[a-z][\w.-]*[a-z0-9])*)(?:\s+(?:models?|llms?|family|families|ones))?\b`, 'gi');
const MAKER_LEFT_OUT = /^\s*not\s+(?:from|by)\b/i;
const LISTED = /(\s*,\s*|\s+(?:and|or|nor)\s+)/i;
export function readExcludedFamilies(catalog, text) {
    const families = [];
    const rest = text.replace(EXCLUDED_FAMILY, (phrase, typed) => {
        const ofMaker = MAKER_LEFT_OUT.test(phrase);
        const named = (typed) => (ofMaker && providersNamedBy(typed, catalog.providers).length > 0 ? [] : familiesLeftOut(catalog, typed));
        const parts = typed.split(LISTED);
        const words = parts.filter((_, i) => i % 2 === 0);
        const run = words.findIndex((w) => named(w).length === 0);
        const left = run === -1 ? words : words.slice(0, run);
        if (left.length === 0)
            return phrase;
        for (const w of left)
            families.push(...named(w));
        if (run === -1)
            return ' '.repeat(phrase.length);
        const end = phrase.indexOf(typed) + parts.slice(0, 2 * left.length - 1).join('').length;
        return ' '.repeat(end) + phrase.slice(end);
    });
    return { families: [...new Set(families)], rest };
}
export function familiesLeftOut(catalog, typed) {
    return DESCRIBING.has(typed.toLowerCase()) ? [] : familiesNamed(catalog, typed);
}
const DESCRIBING = new Set(('a an any the this that one other our my your some every each all ai llm ml gen generative language text chat instruct base general purpose ' +
    'small smaller smallest tiny little light lightweight large larger largest big bigger biggest huge good better great decent solid capable ' +
    'strong smart smartest cheap cheaper low cost fast faster quick quicker slow new newer newest latest recent current old older legacy stable ' +
    'available popular production enterprise reliable frontier flagship premium top leading local hosted serverless managed paid free open ' +
    'closed proprietary commercial chinese american european us eu similar alternative single same different multimodal reasoning thinking ' +
    'coding code agentic agent mini nano micro pro plus max ultra lite turbo proven tested benchmarked well known').split(' '));
const BEFORE_MODELS = /\b(?:cheapest|newest|latest|fastest|best|top|which|what|any|list|show)\s+(?:[a-z][\w.-]*\s+)?([a-z][a-z0-9.-]*[a-z0-9])\s+(?:models?|llms?|family|series)\b/i;
export function familyBeforeModels(catalog, text) {
    const word = BEFORE_MODELS.exec(text)?.[1]?.toLowerCase();
    if (!word || DESCRIBING.has(word))
        return undefined;
    const families = familiesNamed(catalog, word);
    if (families.length > 0)
        return { families };
    if (catalog.models.some((m) => m.id.split(/[-.]/).includes(word)))
        return undefined;
    const scope = outOfScopeModel(catalog, word);
    if (scope)
        return { unknown: { word, closest: [], scope: scope.sentence } };
    const elsewhere = (catalog.familiesElsewhere ?? []).some((f) => f === word || f.startsWith(`${word}-`));
    const closest = word.length >= 4 ? closestFamilies(catalog, word) : [];
    return elsewhere || closest.length > 0 ? { unknown: { word, closest, elsewhere } } : undefined;
}
export function closestFamilies(catalog, word) {
    return familiesOf(catalog)
        .map((f) => ({ f, d: distance(word.toLowerCase(), f) }))
        .filter(({ d }) => d <= Math.max(1, Math.floor(word.length / 3)))
        .sort((a, b) => a.d - b.d || a.f.localeCompare(b.f))
        .slice(0, 3)
        .map(({ f }) => f);
}
export function unknownFamilyProblem(found) {
    if (found.scope)
        return `${found.scope} Ask about a chat model instead, for example /models cheapest 50M.`;
    if (found.elsewhere && found.closest.length === 0)
        return `No model family “${found.word.slice(0, 40)}” in the catalog: other catalogs list it, but Model Scout carries none of its models yet. Ask without it, or name a family such as llama, qwen or claude-opus.`;
    const hint = found.closest.length > 0 ? `did you mean ${found.closest.join(', ')}?` : 'name one such as llama, qwen or claude-opus, or ask without it.';
    return `No model family “${found.word.slice(0, 40)}” in the catalog: ${hint}`;
}
//# sourceMappingURL=families.js.map