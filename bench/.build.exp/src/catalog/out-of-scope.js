import { normalizeName } from './normalize.js';
import { exactModel } from './resolve.js';
export const SCOPE_SENTENCE = 'Model Scout covers text and multimodal chat models';
const startsWithWord = (name, prefix) => name === prefix || name.startsWith(prefix);
export function outOfScopeModel(catalog, name) {
    const key = normalizeName(name);
    if (key === '')
        return undefined;
    const what = (kind) => `${SCOPE_SENTENCE}; ${name.trim()} is ${kind === 'image' ? 'an image' : kind === 'embedding' ? 'an embedding' : kind === 'speech' ? 'a speech' : kind === 'transcription' ? 'a transcription' : kind === 'video' ? 'a video' : kind === 'moderation' ? 'a moderation' : 'a rerank'} model.`;
    for (const { entry: o, listed, family } of listedOf(catalog)) {
        if (family ? startsWithWord(key, listed) : key === listed)
            return { id: o.id, kind: o.kind, provider: o.provider, sentence: what(o.kind) };
    }
    return undefined;
}
const listedNames = new WeakMap();
function listedOf(catalog) {
    const list = catalog.outOfScope ?? [];
    let names = listedNames.get(list);
    if (!names) {
        names = list.map((entry) => {
            const family = entry.id.endsWith('*');
            return { entry, listed: normalizeName(family ? entry.id.slice(0, -1) : entry.id), family };
        });
        listedNames.set(list, names);
    }
    return names;
}
export function outOfScopeKind(id, output) {
    const t = id.toLowerCase();
    if (/embed/.test(t))
        return 'embedding';
    if (/rerank/.test(t))
        return 'rerank';
    if (/guard|content-safety|moderation/.test(t))
        return 'moderation';
    if (/transcri|asr|stt|parakeet|whisper/.test(t))
        return 'transcription';
    if (/tts|speech|voice|realtime|livetranslate/.test(t))
        return 'speech';
    if (/hailuo|video|veo|sora/.test(t))
        return 'video';
    if (!output.includes('text')) {
        if (output.includes('video'))
            return 'video';
        if (output.includes('audio'))
            return 'speech';
        if (output.includes('embedding') || output.includes('embeddings'))
            return 'embedding';
        return 'image';
    }
    if (/image|seedream|imagen/.test(t) && output.includes('image'))
        return 'image';
    return undefined;
}
const KINDS_ASKED = [
    {
        kind: 'embedding',
        words: /\b(?:embedding|embeddings|embed)\s+(?:models?|apis?|endpoints?|costs?|prices?|pricing|\d|tokens?|documents?|docs|them|our|the|my|all|a|an)\b|\b(?:costs?|prices?|pricing|cheapest|cheaper|best|fastest)\s+(?:of\s+|to\s+|for\s+)?(?:embedding|embeddings|embed)\b|\bto embed\b|\bfor\s+(?:text\s+|vector\s+)?(?:embedding|embeddings)\b/i,
    },
    { kind: 'rerank', words: /\brerank(?:er|ers|ing)?\b/i },
    { kind: 'speech', words: /\b(?:text[- ]to[- ]speech|tts|speech synthesis|voice generation)\b/i },
    { kind: 'video', words: /\b(?:video generation|text[- ]to[- ]video|generat\w* (?:a )?videos?)\b/i },
    { kind: 'moderation', words: /\b(?:moderation|content[- ]safety)\s+(?:models?|apis?|endpoints?)\b/i },
];
const NAME_LIKE = /(?<![\w.-])([a-z][\w.]*(?:-[\w.]+)*)(?:\s+(\d+(?:\.\d+)?)(?![\w.]))?/gi;
export function outOfScopeNameIn(catalog, text) {
    for (const m of text.matchAll(NAME_LIKE)) {
        const [word = '', version] = [m[1], m[2]];
        for (const name of version === undefined ? [word] : [`${word} ${version}`, word])
            if (!exactModel(catalog, name) && outOfScopeModel(catalog, name))
                return name;
    }
    return undefined;
}
export function outOfScopeAsked(text) {
    const hit = KINDS_ASKED.find((k) => k.words.test(text));
    return hit ? `${SCOPE_SENTENCE}; ${hit.kind} models are not among them. Ask about a chat model instead, for example /models cheapest 50M.` : undefined;
}
//# sourceMappingURL=out-of-scope.js.map