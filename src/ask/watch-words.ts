// Watches asked in words, as people type them to the bot: "notify me when claude sonnet 4.5 changes price",
// "let us know if anthropic's prices change", "what are you watching?", "stop watching gpt-5". The same
// WatchCommand as `/models watch …` (src/app/watch-command.ts); names are kept as the catalog's ids where found.
import type { Catalog } from '../catalog/validate.ts';
import type { WatchCommand } from '../digest/watch.ts';
import { extractProfile } from './extract.ts';
import { familiesNamed } from './families.ts';
import { findModelNames } from './names.ts';
import { RELEASE_VERBS } from './intents.ts';

const LIST =
  /^\s*(?:what|which)\s+(?:models?\s+|providers?\s+)?(?:are\s+(?:you|we)|am\s+i|is\s+(?:this\s+channel|the\s+bot))\s+(?:watching|tracking|following)\b|^\s*(?:list|show)(?:\s+me)?\s+(?:(?:the|our|my|all)\s+)?(?:watch(?:es|list)|watched models)\b|^\s*(?:my|our)\s+(?:watch(?:es|list)|alerts|price alerts)\s*\??\s*$|^\s*(?:what|which)\s+(?:price\s+)?(?:alerts|watches|notifications)\s+(?:do|have|did|are)\s+(?:we|i|you)\b|^\s*(?:list|show)(?:\s+me)?\s+(?:(?:the|our|my|all)\s+)?(?:price\s+)?alerts\b|\b(?:alerts|watches)\s+(?:are\s+|do\s+we\s+have\s+)?(?:set up|active|on|set)\s*\??\s*$|^\s*(?:do|does)\s+(?:we|i|this channel)\s+have\s+(?:any\s+)?(?:price\s+)?(?:alerts|watches|notifications)\b|^\s*(?:are|is)\s+(?:you|we|the bot|this channel)\s+(?:watching|tracking|following)\b|\bbeing\s+(?:watched|tracked)\s*\??\s*$/i;
/** Words of one sentence: a dot inside a version ("4.5") does not end it. */
const SENTENCE = String.raw`(?:[^?.!]|\.(?=\w))*`;
/** A new model asked to be heard of: "releases a new model", "when gpt-6 comes out". */
const RELEASE = `${RELEASE_VERBS}|new models?|drops?`;
const RELEASED = new RegExp(String.raw`\b(?:${RELEASE})\b`, 'i');
const CHANGE = String.raw`\b(?:price|prices|pricing|costs?|cheaper|more expensive|changes?|retire[sd]?|deprecated|${RELEASE})\b`;
/**
 * "Notify me when …", "remind us about …", "let us know if …", "keep an eye on …", "subscribe to gpt-5": a watch on what
 * the sentence names.
 */
const ADD = new RegExp(
  String.raw`\b(?:notify|alert|tell|ping|message|dm|remind|warn|email|inform)\s+(me|us)\b${SENTENCE}?\b(?:when|if|whenever|once)\b${SENTENCE}${CHANGE}|\b(?:remind|notify|alert|warn)\s+(me|us)\s+(?:about|of)\b${SENTENCE}${CHANGE}|\blet\s+(me|us)\s+know\s+(?:when|if|whenever|once)\b${SENTENCE}${CHANGE}|^\s*(?:please\s+)?(?:keep\s+an\s+eye\s+on|keep\s+track\s+of)\s+|^\s*(?:please\s+)?subscribe\s+(?:(me|us)\s+)?to\s+(?!(?:the\s+|our\s+)?(?:weekly\s+)?digest\b)`,
  'i',
);
const REMOVE =
  /^\s*(?:please\s+)?(?:stop\s+(?:watching|tracking|following)|don'?t\s+(?:watch|track)\s+|un-?watch\b|no (?:more|longer) (?:watch|alert|notify|track)\w*\s+(?:me\s+|us\s+)?(?:on|for|about)\b|stop (?:alerting|notifying|pinging) (?:me|us) (?:on|for|about)\b)/i;

/** The watch the words ask for, or undefined when they ask for none. */
export function watchInWords(catalog: Catalog, text: string): WatchCommand | { problem: string } | undefined {
  if (LIST.test(text)) return { action: 'list' };
  const add = ADD.exec(text);
  const remove = !add && REMOVE.test(text);
  if (!add && !remove) return undefined;
  const models = findModelNames(catalog, text, false).map((n) => n.name);
  const providers = extractProfile(text, { providerWords: true, capabilityWords: false, providers: catalog.providers }).query.filters.providers ?? [];
  if (remove && /\b(?:everything|all)\b/i.test(text) && models.length === 0 && providers.length === 0) return { action: 'remove', models: [], providers: [], all: true };
  // "Notify me when any model under $1 is released": new models are heard of by their maker's watch, or in the digest.
  if (add && models.length === 0 && providers.length === 0 && RELEASED.test(text))
    return {
      problem:
        "Watches follow a model or a provider: a provider's watch says when it releases a new model (such as /models watch provider anthropic), and the weekly digest lists every new model (/models digest on).",
    };
  const family = models.length === 0 && providers.length === 0 ? familyWordIn(catalog, text) : undefined;
  if (family) {
    const some = family.models.slice(0, 3).join(', ');
    return {
      problem: `“${family.word}” names several models (${some}${family.models.length > 3 ? ' …' : ''}): say which to ${remove ? 'stop watching' : 'watch'}, such as ${remove ? '/models unwatch' : '/models watch'} ${family.models[0]}, or its maker's with ${remove ? '/models unwatch' : '/models watch'} provider ${family.provider}.`,
    };
  }
  if (models.length === 0 && providers.length === 0)
    return {
      problem: remove
        ? 'Tell me what to stop watching: a model (such as gpt-5.4-mini), a provider (such as anthropic), or everything.'
        : 'Tell me what to watch: a model (such as gpt-5.4-mini) or a provider (such as anthropic). For every price change, turn on the weekly digest with /models digest on.',
    };
  if (remove) return { action: 'remove', models, providers, all: false };
  // "Notify me" is the asker, by DM; "notify us" is this channel.
  const who = (add?.[1] ?? add?.[2] ?? add?.[3] ?? add?.[4] ?? '').toLowerCase();
  return { action: 'add', models, providers, to: who === 'me' ? 'dm' : 'here' };
}

/** A word naming a family ("opus", "gemini flash"), with its current models newest first and their maker. */
function familyWordIn(catalog: Catalog, text: string): { word: string; models: string[]; provider: string } | undefined {
  for (const word of text.toLowerCase().match(/[a-z][a-z0-9.-]{2,}/g) ?? []) {
    const families = new Set(familiesNamed(catalog, word));
    if (families.size === 0) continue;
    const current = catalog.models.filter((m) => families.has(m.family) && m.status === 'active').sort((a, b) => (b.released ?? '').localeCompare(a.released ?? ''));
    const first = current[0];
    if (first) return { word, models: current.map((m) => m.id), provider: first.provider };
  }
  return undefined;
}
