import { extractProfile } from './extract.js';
import { findModelNames } from './names.js';
const LIST = /^\s*(?:what|which)\s+(?:models?\s+|providers?\s+)?(?:are\s+(?:you|we)|am\s+i|is\s+(?:this\s+channel|the\s+bot))\s+(?:watching|tracking|following)\b|^\s*(?:list|show)(?:\s+me)?\s+(?:(?:the|our|my|all)\s+)?(?:watch(?:es|list)|watched models)\b|^\s*(?:my|our)\s+watch(?:es|list)\s*\??\s*$/i;
const SENTENCE = String.raw `(?:[^?.!]|\.(?=\w))*`;
const CHANGE = String.raw `\b(?:price|prices|pricing|costs?|cheaper|more expensive|changes?|retire[sd]?|deprecated)\b`;
const ADD = new RegExp(String.raw `\b(?:notify|alert|tell|ping|message|dm|remind|warn|email|inform)\s+(me|us)\b${SENTENCE}?\b(?:when|if|whenever|once)\b${SENTENCE}${CHANGE}|\b(?:remind|notify|alert|warn)\s+(me|us)\s+(?:about|of)\b${SENTENCE}${CHANGE}|\blet\s+(me|us)\s+know\s+(?:when|if|whenever|once)\b${SENTENCE}${CHANGE}|^\s*(?:please\s+)?(?:keep\s+an\s+eye\s+on|keep\s+track\s+of)\s+`, 'i');
const REMOVE = /^\s*(?:please\s+)?(?:stop\s+(?:watching|tracking|following)|don'?t\s+(?:watch|track)\s+|un-?watch\b|no (?:more|longer) (?:watch|alert|notify|track)\w*\s+(?:me\s+|us\s+)?(?:on|for|about)\b|stop (?:alerting|notifying|pinging) (?:me|us) (?:on|for|about)\b)/i;
export function watchInWords(catalog, text) {
    if (LIST.test(text))
        return { action: 'list' };
    const add = ADD.exec(text);
    const remove = !add && REMOVE.test(text);
    if (!add && !remove)
        return undefined;
    const models = findModelNames(catalog, text, false).map((n) => n.name);
    const providers = extractProfile(text, { providerWords: true, capabilityWords: false, providers: catalog.providers }).query.filters.providers ?? [];
    if (remove && /\b(?:everything|all)\b/i.test(text) && models.length === 0 && providers.length === 0)
        return { action: 'remove', models: [], providers: [], all: true };
    if (models.length === 0 && providers.length === 0)
        return {
            problem: remove
                ? 'Tell me what to stop watching: a model (such as gpt-5.4-mini), a provider (such as anthropic), or everything.'
                : 'Tell me what to watch: a model (such as gpt-5.4-mini) or a provider (such as anthropic). For every price change, turn on the weekly digest with /models digest on.',
        };
    if (remove)
        return { action: 'remove', models, providers, all: false };
    const who = (add?.[1] ?? add?.[2] ?? add?.[3] ?? '').toLowerCase();
    return { action: 'add', models, providers, to: who === 'me' ? 'dm' : 'here' };
}
//# sourceMappingURL=watch-words.js.map