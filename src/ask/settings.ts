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
    return { action: 'error', message: `Cannot read “${text}” as settings. Volumes: ${VOLUME_FORMS}. Mixes: ${MIX_FORMS}. ${SETTINGS_USAGE}` };
  }
  return { action: 'set', ...(query.tokens != null ? { tokens: query.tokens } : {}), ...(query.mix != null ? { mix: query.mix } : {}) };
}
