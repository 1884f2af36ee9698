import { parseVolume } from '../cost/parse.js';
import { replaceMatches } from './extract.js';
import { PLACEHOLDER_SOURCE, placeholderId } from './names.js';
const NAME = PLACEHOLDER_SOURCE;
const TO = String.raw `(?:(?:is|are|goes|go|going|gets?|sent|routed|handled)\s+)?(?:to|on|for|with|via|through|by|in|using)\s+(?:the\s+)?`;
const SHARE_TO = new RegExp(String.raw `(?<![\w.])(-?\s*\d{1,3}(?:\.\d+)?)\s*%(\s+of\s+(?:[\w$.,/-]+\s+){0,5}?)?\s*(?:${TO})?(${NAME})`, 'gi');
const SPLIT_BETWEEN = new RegExp(String.raw `(?<![\w.])(\d{1,3}(?:\.\d+)?)\s*%?\s*\/\s*(\d{1,3}(?:\.\d+)?)\s*%?\s+(?:split\s+)?(?:between|across|over|among)\s+(?:the\s+)?(${NAME})\s*(?:and|&|,)\s*(?:the\s+)?(${NAME})`, 'i');
const NAME_SHARE = new RegExp(String.raw `(${NAME})\s+(?:for|at|gets?|takes?|handles?|with|on|does)\s+(?:the\s+)?(?:other\s+|remaining\s+)?(-?\s*\d{1,3}(?:\.\d+)?)\s*%`, 'gi');
const REST_TO = new RegExp(String.raw `\b(?:the\s+)?(?:rest|remainder|remaining|others?)(?:\s+[\w-]+){0,2}?\s+${TO}(${NAME})`, 'gi');
const NOT_A_SPLIT = /cach|batch|input|output|prompt|discount|\boff\b|cheaper|faster|better|more|less/i;
const VOLUME = String.raw `(\d[\d,]*(?:\.\d+)?)\s*(k|m|b|bn|t|thousand|million|billion|trillion)?\s*(?:tokens?|toks?)?((?:\s*\/\s*|\s+(?:a|an|per|each)\s+)(?:day|week|month|year|hour|mo|yr)|\s+(?:daily|weekly|monthly|yearly))?`;
const VOLUME_ON = new RegExp(String.raw `(?<![\w.$])${VOLUME}\s+${TO}(${NAME})`, 'gi');
const NAME_VOLUME = new RegExp(String.raw `(${NAME})\s+(?:at|for|with|on|gets?|takes?|handles?|does)\s+${VOLUME}`, 'gi');
const ONE_BILL = /\b(?:total|plus|combined|together|altogether|in all|overall|sum|bill|spend)\b|\+/i;
const AGAINST = /\b(?:vs\.?|versus|or|compare[ds]?|comparison|cheaper|better|than|instead)\b/i;
const SHARE_WORDS = {
    half: 0.5,
    'a half': 0.5,
    'one half': 0.5,
    'a third': 1 / 3,
    'one third': 1 / 3,
    'a quarter': 0.25,
    'one quarter': 0.25,
    'a fourth': 0.25,
    'a fifth': 0.2,
    'a tenth': 0.1,
    'two thirds': 2 / 3,
    'three quarters': 0.75,
};
export const SHARE_WORD = Object.keys(SHARE_WORDS)
    .sort((a, b) => b.length - a.length)
    .join('|');
const MOVED_SHARE = new RegExp(String.raw `\b(?:move|moving|moved|switch|switching|shift|shifting|route|routing|send|sending|migrate|migrating|put|putting|offload|offloading|swap|swapping)\s+(?:over\s+)?(?:(?:about|roughly|around|only|just)\s+|~\s*)?(${SHARE_WORD}|-?\d{1,3}(?:\.\d+)?\s*%)\s+(?:of\s+)?(?:(?:our|the|my|their|its|all|all of our|all the)\s+)?(?:(?:traffic|requests?|volume|calls?|usage|load|workloads?|tokens?|queries|prompts|jobs|work|api calls)\s+)?(?:from|off(?:\s+of)?)\s+(${NAME})\s+(?:to|onto|over to|into|over onto)\s+(${NAME})`, 'i');
const MOVED_SHARE_OF = new RegExp(String.raw `\b(?:move|moving|moved|switch|switching|shift|shifting|route|routing|send|sending|migrate|migrating|put|putting|offload|offloading)\s+(?:over\s+)?(?:(?:about|roughly|around|only|just)\s+|~\s*)?(${SHARE_WORD}|-?\d{1,3}(?:\.\d+)?\s*%)\s+of\s+(?:(?:our|the|my|their|its)\s+)?(${NAME})\s+(?:traffic|requests?|volume|calls?|usage|load|workloads?|tokens?|queries|prompts|jobs|work|api calls)\s+(?:to|onto|over to|into|over onto)\s+(${NAME})`, 'i');
export function shareSaid(said) {
    const words = SHARE_WORDS[said.trim().toLowerCase().replace(/\s+/g, ' ')];
    if (words !== undefined)
        return Number(words.toPrecision(12));
    const percent = /^(\d{1,3}(?:\.\d+)?)\s*%$/.exec(said.trim());
    return percent ? shareOf(percent[1]) : undefined;
}
const shareOf = (percent) => Number((Number(percent.replace(/\s+/g, '')) / 100).toPrecision(12));
function volumeOf(n, unit, period) {
    if (!unit && !period)
        return undefined;
    const parsed = parseVolume(`${n.replace(/,/g, '')}${unit ?? ''}${period ?? ''}`);
    return parsed.ok ? parsed.value.tokensPerMonth : undefined;
}
export function readSplit(masked, exact) {
    if (exact.length < 2)
        return undefined;
    const moved = movedShare(masked, exact);
    if (moved)
        return moved;
    let rest = masked;
    const shares = new Map();
    const between = SPLIT_BETWEEN.exec(masked);
    const [first, second] = [placeholderId(between?.[3] ?? '', exact), placeholderId(between?.[4] ?? '', exact)];
    if (between && first !== undefined && second !== undefined && first !== second) {
        shares.set(first, shareOf(between[1]));
        shares.set(second, shareOf(between[2]));
        rest = `${masked.slice(0, between.index)} ${between[3]} ${between[4]} ${masked.slice(between.index + between[0].length)}`;
    }
    const take = (re, read, keep) => {
        rest = replaceMatches(rest, re, (m) => (read(m) ? keep(m) : m[0]));
    };
    take(SHARE_TO, (m) => {
        const id = placeholderId(m[3], exact);
        if (id === undefined || NOT_A_SPLIT.test(m[2] ?? ''))
            return false;
        shares.set(id, shareOf(m[1]));
        return true;
    }, (m) => ` ${m[2] ?? ''} ${m[3]} `);
    take(NAME_SHARE, (m) => {
        const id = placeholderId(m[1], exact);
        if (id === undefined || shares.has(id) || NOT_A_SPLIT.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 12)))
            return false;
        shares.set(id, shareOf(m[2]));
        return true;
    }, (m) => ` ${m[1]} `);
    if (shares.size >= 1) {
        let restOf;
        take(REST_TO, (m) => {
            const id = placeholderId(m[1], exact);
            if (id === undefined || shares.has(id) || restOf !== undefined)
                return false;
            restOf = id;
            return true;
        }, (m) => ` ${m[1]} `);
        const sum = [...shares.values()].reduce((a, b) => a + b, 0);
        if (restOf !== undefined)
            shares.set(restOf, Number((1 - sum).toPrecision(12)));
        if (shares.size < new Set(exact).size)
            return undefined;
        const total = [...shares.values()].reduce((a, b) => a + b, 0);
        const none = [...shares].filter(([, s]) => s <= 0).map(([id, s]) => `${id} at ${Number((s * 100).toFixed(4))}%`);
        if (none.length > 0)
            return {
                problem: `Each model's share must be more than 0% (${none.join(', ')}): leave out a model that takes no traffic, and give shares that add up to 100%.`,
            };
        if (Math.abs(total - 1) > 1e-9)
            return {
                problem: `The shares add up to ${Number((total * 100).toFixed(4))}%: give each model's share so they add up to 100% (such as 80% to gpt-5-mini and 20% to gpt-5), or say where the rest goes.`,
            };
        return { parts: [...shares].map(([model, share]) => ({ model, share })), rest };
    }
    const against = AGAINST.test(masked);
    if (!ONE_BILL.test(masked) && !against)
        return undefined;
    const volumes = new Map();
    const volumeTake = (re, at) => take(re, (m) => {
        const id = placeholderId(m[at.name], exact);
        const tokens = volumeOf(m[at.n], m[at.unit], m[at.period]);
        if (id === undefined || tokens === undefined || volumes.has(id))
            return false;
        volumes.set(id, tokens);
        return true;
    }, (m) => ` ${m[at.name]} `);
    volumeTake(VOLUME_ON, { n: 1, unit: 2, period: 3, name: 4 });
    volumeTake(NAME_VOLUME, { name: 1, n: 2, unit: 3, period: 4 });
    if (volumes.size < new Set(exact).size)
        return undefined;
    return { parts: [...volumes].map(([model, tokens]) => ({ model, tokens })), rest, ...(against ? { eachOwn: true } : {}) };
}
function movedShare(masked, exact) {
    const m = MOVED_SHARE.exec(masked) ?? MOVED_SHARE_OF.exec(masked);
    if (!m)
        return undefined;
    const [said = '', fromName = '', toName = ''] = [m[1], m[2], m[3]];
    const from = placeholderId(fromName, exact);
    const to = placeholderId(toName, exact);
    if (from === undefined || to === undefined || from === to)
        return undefined;
    const share = shareSaid(said) ?? shareOf(said.replace('%', ''));
    if (share === 1)
        return undefined;
    if (!(share > 0 && share < 1))
        return { problem: `Cannot move ${said.trim()} of the traffic: give a share above 0% and below 100% (such as half, or 30%), or ask about moving all of it.` };
    const kept = Number((1 - share).toPrecision(12));
    return {
        parts: [
            { model: from, share: kept },
            { model: to, share: Number(share.toPrecision(12)) },
        ],
        rest: `${masked.slice(0, m.index)} ${fromName} ${toName} ${masked.slice(m.index + m[0].length)}`,
        movedFrom: from,
    };
}
//# sourceMappingURL=split.js.map