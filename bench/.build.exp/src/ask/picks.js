import { findModelNames } from './names.js';
const STRONG = /\s+(?:vs\.?|versus|against|compared (?:to|with))\s+/i;
const WEAK = /\s+(?:and|with|or|to)\s+/gi;
const RANKING_WORD = '(?:cheapest|newest|latest|fastest|best|top|largest[- ]context|biggest)';
const RANKING_PHRASE = new RegExp(String.raw `^(?:the\s+|a\s+|our\s+)?${RANKING_WORD}\b`, 'i');
const HAS_RANKING_WORD = new RegExp(String.raw `\b${RANKING_WORD}\b`, 'i');
const COMPARING = /\b(?:vs\.?|versus|against|compared (?:to|with)|compare|comparison|difference between)\b/i;
function sideOf(catalog, text, read) {
    const side = text.trim();
    if (RANKING_PHRASE.test(side)) {
        const pick = read(side);
        return (pick.intent === 'cheapest' || pick.intent === 'best') && pick.models.length === 0 && pick.problems.length === 0 ? { pick } : undefined;
    }
    const named = findModelNames(catalog, side, false).map((n) => n.name);
    return named.length === 1 ? { model: named[0] } : undefined;
}
function sidesOf(catalog, body, read) {
    const strong = body.split(STRONG);
    if (strong.length > 1) {
        const sides = strong.map((s) => sideOf(catalog, s, read));
        return sides.every((s) => s !== undefined) ? sides : undefined;
    }
    for (const m of body.matchAll(WEAK)) {
        const left = sideOf(catalog, body.slice(0, m.index), read);
        const right = left && sideOf(catalog, body.slice(m.index + m[0].length), read);
        if (left && right)
            return [left, right];
    }
    return undefined;
}
export function picksIn(catalog, text, read) {
    if (!COMPARING.test(text) || !HAS_RANKING_WORD.test(text))
        return undefined;
    const body = text
        .replace(/^\s*(?:compare|comparison of|what(?:'s| is) the difference between|difference between|how does)\s+/i, '')
        .replace(/\s+compare[sd]?\s+(?:to|with|against)\b/i, ' vs')
        .replace(/[?.!]+\s*$/, '');
    const sides = sidesOf(catalog, body, read);
    if (!sides || sides.length > 4)
        return undefined;
    const models = sides.flatMap((s) => ('model' in s ? [s.model] : []));
    const picks = sides.flatMap((s) => ('pick' in s ? [s.pick] : []));
    return picks.length > 0 ? { models, picks } : undefined;
}
//# sourceMappingURL=picks.js.map