// Models the catalog does not cover: image, embedding, speech, transcription, video, moderation and rerank models.
// Each provider file lists its own (`outOfScope`), so a question about one can say what Model Scout covers instead of
// "unknown model".
import { normalizeName } from './normalize.ts';
import { exactModel } from './resolve.ts';
import type { OutOfScopeModel } from './schema.ts';
import type { Catalog } from './validate.ts';

export const SCOPE_SENTENCE = 'Model Scout covers text and multimodal chat models';

export interface OutOfScopeMatch {
  /** The listed id or family the name matched. */
  id: string;
  kind: OutOfScopeModel['kind'];
  /** The provider whose file lists it, when one does. */
  provider?: string;
  sentence: string;
}

const startsWithWord = (name: string, prefix: string) => name === prefix || name.startsWith(prefix);

/**
 * Whether `name` is a model the catalog knows to be out of scope (an image, embedding, speech… model), and which.
 * A name the catalog covers as a chat model is never out of scope: callers resolve names first.
 */
export function outOfScopeModel(catalog: Pick<Catalog, 'outOfScope'>, name: string): OutOfScopeMatch | undefined {
  const key = normalizeName(name);
  if (key === '') return undefined;
  const what = (kind: OutOfScopeModel['kind']) =>
    `${SCOPE_SENTENCE}; ${name.trim()} is ${kind === 'image' ? 'an image' : kind === 'embedding' ? 'an embedding' : kind === 'speech' ? 'a speech' : kind === 'transcription' ? 'a transcription' : kind === 'video' ? 'a video' : kind === 'moderation' ? 'a moderation' : 'a rerank'} model.`;
  for (const { entry: o, listed, family } of listedOf(catalog)) {
    if (family ? startsWithWord(key, listed) : key === listed) return { id: o.id, kind: o.kind, provider: o.provider, sentence: what(o.kind) };
  }
  return undefined;
}

/** Each listed model's name as names are compared, worked out once per catalog (questions test every word against them). */
const listedNames = new WeakMap<object, { entry: OutOfScopeModel & { provider?: string }; listed: string; family: boolean }[]>();
function listedOf(catalog: Pick<Catalog, 'outOfScope'>) {
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

/** Why a model is not a chat model, from its id and output modalities; undefined for a chat model. */
export function outOfScopeKind(id: string, output: string[]): OutOfScopeModel['kind'] | undefined {
  const t = id.toLowerCase();
  if (/embed/.test(t)) return 'embedding';
  if (/rerank/.test(t)) return 'rerank';
  if (/guard|content-safety|moderation/.test(t)) return 'moderation';
  if (/transcri|asr|stt|parakeet|whisper/.test(t)) return 'transcription';
  if (/tts|speech|voice|realtime|livetranslate/.test(t)) return 'speech';
  if (/hailuo|video|veo|sora/.test(t)) return 'video';
  if (!output.includes('text')) {
    if (output.includes('video')) return 'video';
    if (output.includes('audio')) return 'speech';
    if (output.includes('embedding') || output.includes('embeddings')) return 'embedding';
    return 'image';
  }
  if (/image|seedream|imagen/.test(t) && output.includes('image')) return 'image';
  return undefined;
}

/** Questions about a kind of model the catalog does not cover: "cheapest embedding model", "cost to embed 1B tokens". */
const KINDS_ASKED: { kind: string; words: RegExp }[] = [
  {
    kind: 'embedding',
    words:
      /\b(?:embedding|embeddings|embed)\s+(?:models?|apis?|endpoints?|costs?|prices?|pricing|\d|tokens?|documents?|docs|them|our|the|my|all|a|an)\b|\b(?:costs?|prices?|pricing|cheapest|cheaper|best|fastest)\s+(?:of\s+|to\s+|for\s+)?(?:embedding|embeddings|embed)\b|\bto embed\b|\bfor\s+(?:text\s+|vector\s+)?(?:embedding|embeddings)\b|\b\d[\d,.]*\s*(?:k|m|b|thousand|million|billion)?\s+(?:text\s+|vector\s+)?embeddings\b|\b(?:generat|creat|comput|produc|mak)\w*\s+(?:\w+\s+)?embeddings\b/i,
  },
  { kind: 'rerank', words: /\brerank(?:er|ers|ing)?\b/i },
  { kind: 'speech', words: /\b(?:text[- ]to[- ]speech|tts|speech synthesis|voice generation)\b/i },
  { kind: 'video', words: /\b(?:video generation|text[- ]to[- ]video|generat\w* (?:a )?videos?)\b/i },
  { kind: 'moderation', words: /\b(?:moderation|content[- ]safety)\s+(?:models?|apis?|endpoints?)\b/i },
];

/** A word that may begin a model's name ("gpt-image-1", "dall-e", "whisper"), and a version after a space ("sora 2"). */
const NAME_LIKE = /(?<![\w.-])([a-z][\w.]*(?:-[\w.]+)*)(?:\s+(\d+(?:\.\d+)?)(?![\w.]))?/gi;

/**
 * The first name in a question that is a model the catalog knows to be out of scope, as typed ("gpt-image-1 price",
 * "whisper pricing", "sora 2 price"): modality words inside it ("image", "audio") must not be read as filters.
 */
export function outOfScopeNameIn(catalog: Catalog, text: string): string | undefined {
  for (const m of text.matchAll(NAME_LIKE)) {
    const [word = '', version] = [m[1], m[2]];
    // A chat model the catalog has is never out of scope, whatever its name begins with.
    for (const name of version === undefined ? [word] : [`${word} ${version}`, word]) if (!exactModel(catalog, name) && outOfScopeModel(catalog, name)) return name;
  }
  return undefined;
}

/** What to say when a question asks about a kind of model the catalog does not cover; undefined otherwise. */
export function outOfScopeAsked(text: string): string | undefined {
  const hit = KINDS_ASKED.find((k) => k.words.test(text));
  return hit ? `${SCOPE_SENTENCE}; ${hit.kind} models are not among them. Ask about a chat model instead, for example /models cheapest 50M.` : undefined;
}
