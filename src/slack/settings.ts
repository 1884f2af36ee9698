// `/models settings [volume 50M] [mix 70/30] | reset`: the workspace's default volume and mix,
// used by every answer in the workspace that does not give its own.
import { LRUCache } from 'lru-cache';
import { DEFAULTS, type Defaults } from '../ask/answer.ts';
import { volumeText } from '../ask/command-text.ts';
import { extractProfile } from '../ask/extract.ts';
import { MIX_FORMS, VOLUME_FORMS } from '../cost/parse.ts';
import { context, esc, section, type SlackMessage } from '../render/blocks/kit.ts';
import type { Bot } from './bot.ts';
import type { Where } from './digest.ts';

/** Workspace defaults are read on every answer: keep them a minute (another replica's change shows within it). */
const recent = new LRUCache<string, Defaults>({ max: 10_000, ttl: 60_000 });

/** The workspace's defaults if known without a store read (no store, or read within the minute). */
export function knownDefaults(bot: Bot, teamId: string): Defaults | undefined {
  return bot.store ? recent.get(teamId) : DEFAULTS;
}

export async function workspaceDefaults(bot: Bot, teamId: string): Promise<Defaults> {
  if (!bot.store) return DEFAULTS;
  const hit = recent.get(teamId);
  if (hit) return hit;
  const saved = await bot.store.workspaceSettings(teamId);
  const defaults = { tokensPerMonth: saved?.defaultTokens ?? DEFAULTS.tokensPerMonth, mix: saved?.mix ?? DEFAULTS.mix };
  recent.set(teamId, defaults);
  return defaults;
}

const describe = (d: Defaults) => `${volumeText(d.tokensPerMonth)} tokens a month at ${d.mix.input}:${d.mix.output} input:output`;

export async function settingsReply(bot: Bot, args: string, where: Where): Promise<{ message: SlackMessage; text: string }> {
  const say = (text: string, note?: string) => ({ message: { text, blocks: [section(esc(text)), ...(note ? [context([esc(note)])] : [])] }, text: note ? `${text}\n${note}` : text });
  const usage = 'Set them with /models settings volume 50M mix 70/30, or go back to the defaults with /models settings reset.';
  if (!bot.store) return say('Workspace settings need the store, and none is configured here.');
  const current = await workspaceDefaults(bot, where.teamId);
  const text = args.trim();
  if (text === '') return say(`This workspace's defaults: ${describe(current)}.`, usage);
  if (/^reset$/i.test(text)) {
    await bot.store.setWorkspaceSettings({ teamId: where.teamId, defaultTokens: null, mix: null, updatedAt: bot.now() });
    recent.delete(where.teamId);
    return say(`Back to the defaults: ${describe(DEFAULTS)}.`);
  }
  const { rest, query } = extractProfile(text.replace(/\b(?:volume|tokens)\b/gi, ' '), { providerWords: false, capabilityWords: false });
  if (query.problems.length > 0) return say(query.problems.join(' '));
  if (rest.replace(/[\s,.;]/g, '') !== '' || (query.tokens === undefined && query.mix === undefined)) {
    return say(`Cannot read “${text}” as settings. Volumes: ${VOLUME_FORMS}. Mixes: ${MIX_FORMS}.`, usage);
  }
  const next: Defaults = { tokensPerMonth: query.tokens ?? current.tokensPerMonth, mix: query.mix ?? current.mix };
  await bot.store.setWorkspaceSettings({ teamId: where.teamId, defaultTokens: next.tokensPerMonth, mix: next.mix, updatedAt: bot.now() });
  recent.delete(where.teamId);
  return say(`This workspace's defaults are now ${describe(next)}. Answers that give their own volume or mix still use theirs.`);
}
