import { distance } from 'fastest-levenshtein';
import { nameTokens } from '../catalog/normalize.js';
import { exactModel, modelsNamed, resolveModel } from '../catalog/resolve.js';
import { escapeRegExp, SUGGESTIONS } from './extract.js';
const JOINERS = /\s*(?:(?<!\d),|,(?!\d{3}(?!\d))|;|&|\||\s\/\s|\bvs\.?(?=\s|$)|\bv\.?(?=\s)|\bversus\b|\bor\b|\band\b|\bagainst\b|\bcompared\s+(?:with|to)\b|\bto\b|\bover\b|\bfrom\b|\bthan\b|\bwith\b|\boff\b|\binstead of\b)\s*/i;
const EXACT = new Set(['id', 'name', 'alias', 'snapshot', 'route', 'dated-id']);
export function placeholder(i) {
    return `\uE000${String.fromCharCode(0xe001 + i)}`;
}
export const PLACEHOLDER_SOURCE = '\uE000[\uE001-\uF8FF]';
const PLACEHOLDER = new RegExp(`^${PLACEHOLDER_SOURCE}$`);
export function placeholderId(text, exact) {
    return PLACEHOLDER.test(text) ? exact[text.charCodeAt(1) - 0xe001] : undefined;
}
export const FILLER = new Set(`a an the is are be it its this that these those which what whats what's who how much many do does did should would could
  can i we my our me us you your for of on in at by about per price prices pricing cost costs costing bill monthly model models
  compare comparison better best cheaper faster newer bigger larger between option options vs versus or and to switch move moving
  upgrade upgrading worth use using run running please tell show give need want get go pick choose choosing than over with
  from against compared one ones good great really actually just off today now currently idea fast speed context window output
  input tokens token cutoff knowledge vision support supports vs. v out yet released available replace replaces replaced
  replacing replacement successor alternative alternatives instead cheapest newest fastest largest biggest smallest thanks thank
  thx pls plz where when why host hosts hosted hosting serves serving sells selling offers offering runs provider providers
  platform platforms there any new latest q1 q2 q3 q4 h1 h2 will retire retires retired retiring retirement deprecated
  deprecation sunset sunsetting discontinued license licence licensed licensing commercial commercially average typical
  median expensive pricey costly overpriced version versions all every each`.split(/\s+/));
const GENERIC = new Set([
    'pro',
    'mini',
    'nano',
    'flash',
    'lite',
    'large',
    'medium',
    'small',
    'fast',
    'max',
    'turbo',
    'chat',
    'latest',
    'preview',
    'image',
    'images',
    'reasoning',
    'thinking',
    'beta',
    'code',
    'open',
    'free',
    'build',
]);
export function exactId(catalog, text) {
    const hit = exactModel(catalog, text);
    return hit && EXACT.has(hit.matchedBy) ? hit.model.id : undefined;
}
const clean = (w) => w.replace(/['’]s$/i, '').replace(/^[("'“‘[]+|[)"'”’\]?!.,:;]+$/g, '');
const nameWords = new WeakMap();
export function wordsOfNames(catalog) {
    let words = nameWords.get(catalog);
    if (!words) {
        words = new Set(catalog.models.flatMap((m) => [...nameTokens(m.name), ...nameTokens(m.family)]).filter((w) => /^\p{L}+$/u.test(w)));
        nameWords.set(catalog, words);
    }
    return words;
}
function misspeltNameWord(catalog, word) {
    const w = word.toLowerCase();
    if (w.length < 4 || !/^\p{L}+$/u.test(w) || FILLER.has(w))
        return false;
    const known = wordsOfNames(catalog);
    for (const n of known)
        if (n.length >= 4 && Math.abs(n.length - w.length) <= 1 && distance(n, w) <= 1)
            return true;
    for (let i = 0; i + 1 < w.length; i++)
        if (known.has(`${w.slice(0, i)}${w[i + 1]}${w[i]}${w.slice(i + 2)}`))
            return true;
    return false;
}
const BARE_VERSION = /^v?\d+(?:\.\d+)*[a-z]?$/i;
const VOLUME_WORD = /^\d+(?:\.\d+)?[kmbt]$/i;
const SIZE_WORD = /^\d+(?:\.\d+)?b$/i;
const SIZED_NAME = /^\p{L}[\p{L}\d.-]*(?:\s+v?\d+(?:\.\d+)*)?\s+\d+(?:\.\d+)?b$/iu;
const BEFORE_VOLUME = new Set(`around approximately approx roughly maybe perhaps say like total totals totaling totalling process processes handle handles
  spend spends burn burns consume consumes generate generates send sends push pushes serve serves expect expects estimate
  estimated budget another extra additional only just under below above upto near nearly almost some`.split(/\s+/));
export function modelSizeIn(catalog) {
    return (word, size) => {
        const w = word.toLowerCase();
        if (FILLER.has(w) || BEFORE_VOLUME.has(w) || !/^\p{L}[\p{L}\d.-]*$/u.test(w))
            return false;
        if (wordsOfNames(catalog).has(w) || exactModel(catalog, w))
            return resolveModel(catalog, `${w} ${size}`).kind !== 'unknown';
        return !/(?:ing|ed|ly)$/.test(w);
    };
}
function looksLikeModel(catalog, typed) {
    const words = typed.split(' ');
    if (words.length > 3 || !/\p{L}/u.test(typed) || !/^[\p{L}\p{N}.\-_ ]+$/u.test(typed))
        return false;
    const r = resolveModel(catalog, typed);
    const sizeOf = (w) => r.kind === 'found' &&
        `${r.model.name} ${r.model.id}`
            .toLowerCase()
            .split(/[\s-]+/)
            .includes(w.toLowerCase());
    if (words.some((w, i) => VOLUME_WORD.test(w) && !sizeOf(w) && !(i > 0 && SIZE_WORD.test(w))))
        return false;
    if (r.kind === 'unknown' && SIZED_NAME.test(typed) && !FILLER.has(words[0].toLowerCase()))
        return true;
    const bare = words.length === 1 && !/\d/.test(typed) && !/\p{L}-\p{L}/u.test(typed);
    const familyWord = (family) => !GENERIC.has(typed.toLowerCase()) && nameTokens(family).includes(typed.toLowerCase());
    if (r.kind === 'found')
        return !bare || (r.matchedBy !== 'partial' && r.matchedBy !== 'family-rule') ? true : familyWord(r.model.family);
    if (r.kind === 'ambiguous')
        return !bare || r.candidates.some((m) => familyWord(m.family));
    const nameLike = words.some((w) => (/\p{L}/u.test(w) && /[\d-]/.test(w)) || wordsOfNames(catalog).has(w.toLowerCase()) || misspeltNameWord(catalog, w));
    if (nameLike && r.suggestions.length > 0 && /[\d-]/.test(typed) && typed.replace(/[^\p{L}\p{N}]/gu, '').length >= 4)
        return true;
    return /\p{L}[\p{L}.]*[-_]?\d/u.test(typed) && /^[\p{L}\p{N}.\-_ ]+$/u.test(typed) && !/\d(?:am|pm|%)$/i.test(typed);
}
const TIME_UNIT = /^(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|mos?|quarters?|years?|yrs?)$/i;
function readPart(catalog, part, keepUnknown, exact) {
    const words = part
        .split(/\s+/)
        .map(clean)
        .filter((w) => w !== '');
    const found = [];
    let pending = [];
    const flush = () => {
        const ws = pending.filter((w) => !FILLER.has(w.toLowerCase()));
        pending = [];
        if (!keepUnknown)
            return;
        let k = 0;
        while (k < ws.length) {
            let taken = 0;
            for (let len = Math.min(3, ws.length - k); len > 0; len--) {
                const typed = ws.slice(k, k + len).join(' ');
                if (/^\d+$/.test(ws[k + len - 1]) && TIME_UNIT.test(ws[k + len] ?? ''))
                    continue;
                if (!looksLikeModel(catalog, typed))
                    continue;
                const loose = resolveModel(catalog, typed);
                found.push({ name: loose.kind === 'found' ? loose.model.id : typed, exact: false, typed });
                taken = len;
                break;
            }
            k += taken > 0 ? taken : 1;
        }
    };
    let i = 0;
    while (i < words.length) {
        if (PLACEHOLDER.test(words[i])) {
            flush();
            const id = placeholderId(words[i], exact);
            if (id)
                found.push({ name: id, exact: true, typed: id });
            i++;
            continue;
        }
        let matched = false;
        for (let j = Math.min(words.length, i + 6); j > i; j--) {
            const run = words.slice(i, j);
            if (run.some((w) => PLACEHOLDER.test(w)))
                continue;
            if (run.slice(1).some((w) => w.includes('/')))
                continue;
            const typed = run.join(' ');
            const id = exactId(catalog, typed);
            if (id) {
                flush();
                found.push({ name: id, exact: true, typed });
                i = j;
                matched = true;
                break;
            }
        }
        if (!matched) {
            pending.push(words[i]);
            i++;
        }
    }
    flush();
    return found;
}
function withVersion(spellings, version) {
    return spellings.flatMap((name, i) => {
        const stem = i === spellings.length - 1 && !/\d/.test(name) ? `${name} ` : (/^[^\d]*/.exec(name)?.[0] ?? '');
        return stem === '' ? [] : [`${stem}${version}`];
    });
}
function withVariant(catalog, spellings, word) {
    if (!/^\p{L}+$/u.test(word) || !wordsOfNames(catalog).has(word.toLowerCase()))
        return [];
    return spellings.flatMap((name) => {
        const last = /[\s-]\p{L}+$/u.exec(name);
        return [`${name} ${word}`, ...(last ? [`${name.slice(0, last.index + 1)}${word}`] : [])];
    });
}
export function findModelNames(catalog, text, keepUnknown = true, exact = []) {
    const parts = text.split(JOINERS).filter((p) => p !== undefined && p.trim() !== '');
    const perPart = parts.map((part) => readPart(catalog, part.trim(), keepUnknown, exact));
    const loose = (n) => !n.exact && !/[\s\d]/.test(n.typed);
    const known = perPart.flat().filter((n) => (n.exact || catalog.byId.has(n.name)) && !loose(n));
    if (known.length > 0)
        parts.forEach((part, i) => {
            const found = perPart[i];
            if (found.length > 1 || (found.length === 1 && !loose(found[0])))
                return;
            const words = part
                .split(/\s+/)
                .map(clean)
                .filter((w) => w !== '' && !FILLER.has(w.toLowerCase()));
            const word = words.length === 1 ? words[0] : undefined;
            if (word === undefined)
                return;
            if (new RegExp(String.raw `(?:^|\s)${escapeRegExp(word)}\s+(?:[a-z]+\s+)?${SUGGESTIONS}\b`, 'i').test(part))
                return;
            const meant = new Set();
            for (const n of known) {
                const model = catalog.byId.get(n.name);
                const spellings = model ? [model.name, model.id, n.typed] : [];
                for (const candidate of BARE_VERSION.test(word) ? withVersion(spellings, word) : withVariant(catalog, spellings, word)) {
                    const id = exactId(catalog, candidate);
                    if (id && id !== n.name)
                        meant.add(id);
                }
            }
            if (meant.size === 1)
                perPart[i] = [{ name: [...meant][0], exact: true, typed: word }];
        });
    const between = /\s(?:vs\.?|versus)\s/i.test(text) ||
        (/\s(?:or|than)\s/i.test(text) && /\b(?:cheaper|pricier|costlier|more expensive|less expensive|better|worse|faster|slower|smarter|newer|bigger|larger)\b/i.test(text));
    if (keepUnknown && known.length === 0 && between)
        parts.forEach((part, i) => {
            const words = part
                .trim()
                .split(/\s+/)
                .map(clean)
                .filter((w) => w !== '' && !FILLER.has(w.toLowerCase()));
            const word = words.length === 1 ? words[0] : undefined;
            if (perPart[i].length === 0 && word && /^\p{L}+$/u.test(word) && resolveModel(catalog, word).kind === 'ambiguous')
                perPart[i] = [{ name: word, exact: false, typed: word }];
        });
    const names = perPart.flat();
    const seen = new Set();
    return names.filter((n) => {
        if (seen.has(n.name))
            return false;
        seen.add(n.name);
        return true;
    });
}
export function unreadWords(text, found) {
    let rest = text;
    for (const name of found) {
        const at = rest.toLowerCase().indexOf(name.typed.toLowerCase());
        if (at >= 0)
            rest = `${rest.slice(0, at)} ${rest.slice(at + name.typed.length)}`;
    }
    return rest
        .split(JOINERS)
        .join(' ')
        .split(/\s+/)
        .map(clean)
        .filter((w) => w !== '' && !hasPlaceholder(w) && !FILLER.has(w.toLowerCase()) && /[\p{L}\p{N}]/u.test(w));
}
export const hasPlaceholder = (text) => /[\uE000-\uF8FF]/.test(text);
function spanOf(text, typed) {
    const at = text.indexOf(typed);
    if (at >= 0)
        return { at, length: typed.length };
    const words = typed.split(/\s+/).map(escapeRegExp);
    const bracketed = new RegExp(words.join(String.raw `[\s()[\]"'“”‘’]+`) + String.raw `[)\]"'”’]*`, 'i').exec(text);
    return bracketed ? { at: bracketed.index, length: bracketed[0].length } : undefined;
}
export function maskModelNames(catalog, text) {
    const exact = findModelNames(catalog, text, false);
    let masked = text;
    let blanked = text;
    const ids = [];
    for (const name of exact) {
        const span = spanOf(masked, name.typed);
        if (!span)
            continue;
        masked = `${masked.slice(0, span.at)} ${placeholder(ids.length)} ${masked.slice(span.at + span.length)}`;
        const inText = spanOf(blanked, name.typed);
        if (inText)
            blanked = `${blanked.slice(0, inText.at)}${' '.repeat(inText.length)}${blanked.slice(inText.at + inText.length)}`;
        ids.push(name.name);
    }
    return { masked, exact: ids, blanked };
}
export function readNamedPhrase(catalog, text, exact = []) {
    const phrase = /(?:^|\s)(?:named|called)\s+/i.exec(text);
    if (!phrase)
        return { rest: text };
    const after = text.slice(phrase.index + phrase[0].length);
    const words = after.split(/\s+/).filter((w) => w !== '');
    const id = placeholderId(words[0] ?? '', exact);
    if (id)
        return { named: id, rest: `${text.slice(0, phrase.index)} ${words.slice(1).join(' ')}` };
    for (let n = Math.min(3, words.length); n > 0; n--) {
        const typed = words.slice(0, n).map(clean).join(' ');
        if (modelsNamed(catalog, typed).length > 0)
            return { named: typed.toLowerCase(), rest: `${text.slice(0, phrase.index)} ${words.slice(n).join(' ')}` };
    }
    return { rest: `${text.slice(0, phrase.index)} ${words.slice(1).join(' ')}`, unknown: clean(words[0] ?? '') };
}
//# sourceMappingURL=names.js.map