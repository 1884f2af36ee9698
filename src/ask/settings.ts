// `/models settings [volume 50M] [mix 70/30] | reset`: the workspace's default volume and mix, read
// into data. Storing them is the application's job (src/app/settings.ts).
import { MIX_FORMS, VOLUME_FORMS } from '../cost/parse.ts';
import type { Mix } from '../cost/profile.ts';
import { extractProfile } from './extract.ts';

export type SettingsCommand = { action: 'show' } | { action: 'reset' } | { action: 'set'; tokens?: number; mix?: Mix } | { action: 'error'; message: string };

export const SETTINGS_USAGE = 'Set them with /models settings volume 50M mix 70/30, or go back to the defaults with /models settings reset.';

export function parseSettingsCommand(args: string): SettingsCommand {
  const text = args.trim();
  if (text === '') return { action: 'show' };
  if (/^reset$/i.test(text)) return { action: 'reset' };
  const { rest, query } = extractProfile(text.replace(/\b(?:volume|tokens)\b/gi, ' '), { providerWords: false, capabilityWords: false });
  if (query.problems.length > 0) return { action: 'error', message: query.problems.join(' ') };
  if (rest.replace(/[\s,.;]/g, '') !== '' || (query.tokens == null && query.mix == null)) {
    return { action: 'error', message: `Cannot read “${text}” as settings. Volumes: ${VOLUME_FORMS}. Mixes: ${MIX_FORMS}.` };
  }
  return { action: 'set', ...(query.tokens != null ? { tokens: query.tokens } : {}), ...(query.mix != null ? { mix: query.mix } : {}) };
}

const SHOW_WORDS =
  /^\s*(?:(?:show|list|what\s+are|what\s+is|what're|whats|what's)\s+(?:me\s+)?)?(?:our|the|my|this\s+workspace'?s?|workspace)?\s*(?:workspace\s+)?(?:settings|defaults|default\s+(?:volume|mix)(?:\s+and\s+mix)?)\s*\??\s*$/i;
/** "What input:output ratio do you assume?", "what are your assumptions?": the volume and mix answers assume here. */
const ASSUMED_WORDS =
  /\b(?:what|which)\b.{0,40}?\b(?:mix|ratio|split|volume|defaults?|assumptions?)\b.{0,30}?\b(?:you|model scout|it)\s+(?:assumes?|uses?)\b|\bwhat\s+(?:are|is|'s)\s+(?:your|the)\s+(?:default\s+)?(?:assumptions|defaults?)\b/i;
const RESET_WORDS = /^\s*(?:please\s+)?(?:reset|clear)\s+(?:our\s+|the\s+|my\s+)?(?:workspace\s+)?(?:settings|defaults)\s*[.!]?\s*$|^\s*go\s+back\s+to\s+the\s+defaults\b/i;
/** "Set our default volume to 50M tokens", "change the default mix to 70/30": a change of the defaults. */
const SET_WORDS =
  /^\s*(?:please\s+)?(?:set|change|update|make)\s+(?:our\s+|the\s+|my\s+)?(?:workspace\s+)?(?:defaults?\b|(?:volume|mix|ratio)\s+to\b)|^\s*(?:use|assume|make)\s+.+?\s+(?:as|by|the|our)\s+(?:our\s+|the\s+|my\s+)?(?:workspace\s+)?default\b/i;
/** "Our mix is 80% input", "our default volume is 200M tokens a month": the workspace's figures said as a fact. */
const STATED_WORDS = /^\s*(?:our|my)\s+(?:default\s+)?(?:monthly\s+)?(?:volume|mix|ratio|input:output\s+(?:mix|ratio))\s+(?:is|=)\s+/i;
/** Words around the figures in such a sentence, none of them a figure. */
const FILLER =
  /\b(?:please|set|change|update|make|use|assume|our|the|my|workspace|defaults?|volume|mix|ratio|split|to|as|at|and|by|be|is|of|for|team|everyone|us|with(?:\s+an?)?)\b/gi;

/** Settings asked in words ("what are our settings?", "set our default volume to 50M tokens"), or undefined. */
export function settingsInWords(text: string): SettingsCommand | undefined {
  if (SHOW_WORDS.test(text) || ASSUMED_WORDS.test(text)) return { action: 'show' };
  if (RESET_WORDS.test(text)) return { action: 'reset' };
  // Said as a fact, it sets the defaults only when nothing else is asked ("our volume is 200M, what's cheapest?" is a question).
  if (STATED_WORDS.test(text)) {
    const stated = parseSettingsCommand(
      text
        .replace(FILLER, ' ')
        .replace(/\b(?:monthly|input:output)\b/gi, ' ')
        .replace(/[.!]\s*$/, '')
        .trim(),
    );
    return stated.action === 'set' ? stated : undefined;
  }
  if (!SET_WORDS.test(text)) return undefined;
  const figures = text
    .replace(FILLER, ' ')
    .replace(/[.!]\s*$/, '')
    .trim();
  return parseSettingsCommand(figures === '' ? '?' : figures);
}
