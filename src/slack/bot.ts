// What the Slack listeners share: the catalog, the clock, the logger, and the one pipeline
// text → Query → Answer → Block Kit message. No Slack API calls happen here.
import { randomUUID } from 'node:crypto';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { LRUCache } from 'lru-cache';
import { ask, parseText, type Asked } from '../ask/index.ts';
import type { Query } from '../ask/query.ts';
import type { ObservedChange, Window } from '../digest/changes.ts';
import { renderText } from '../render/text/index.ts';
import type { Store } from '../store/store.ts';
import { describeSubscription, digestReply, type Where } from './digest.ts';
import { knownDefaults, settingsReply, workspaceDefaults } from './settings.ts';
import { DEFAULTS, helpAnswer, profileOf, type Defaults } from '../ask/answer.ts';
import type { Catalog } from '../catalog/validate.ts';
import { resolveModel } from '../catalog/resolve.ts';
import { costAnswer } from '../cost/quote.ts';
import { cheapest } from '../cost/rank.ts';
import { mixOf, parseMix, parseShare, parseVolume } from '../cost/parse.ts';
import { renderBlocks } from '../render/blocks/index.ts';
import { context, section, type SlackMessage } from '../render/blocks/kit.ts';
import { costLine, type CalculatorInput, type CalculatorResult, type HomeSummary } from '../render/blocks/views.ts';
import { volumeText } from '../ask/command-text.ts';
import { money, perMillion } from '../cost/format.ts';
import { asciiJson } from './ascii-json.ts';
import type { Logger } from '../log.ts';

export interface Bot {
  catalog: Catalog;
  now: () => Date;
  logger: Logger;
  /** Subscriptions, deliveries, observations; absent where nothing is stored. */
  store?: Store;
  /** Settles once `store` is open (the bot starts listening before that; store users wait for it). */
  ready?: Promise<unknown>;
  /** Changes the sync policy accepted for a window. */
  observed?: (window: Window) => Promise<ObservedChange[]>;
}

/** Today's date in UTC (YYYY-MM-DD): the date answers quote prices for. */
export function today(bot: Bot): string {
  return bot.now().toISOString().slice(0, 10);
}

/** An answer as a Block Kit message, and as the JSON Slack receives when it is cacheable. */
export interface Reply {
  message: SlackMessage;
  text: string;
  /** The message serialized (answers of the pure pipeline only): sent as is, never serialized again. */
  json?: string;
}

/**
 * Answers are pure functions of the catalog, the text, the date and the workspace defaults, so
 * recent ones are kept, as the JSON Slack receives: a team asking the same thing again, or a button
 * re-running a command, costs neither the answer nor its serialization (which, for a 10 KB comparison,
 * costs more than Bolt's whole handling of the request). They are kept as bytes (ASCII JSON, see
 * ascii-json.ts), outside the JavaScript heap, and bounded by size: 2 MB, some 250 answers of 4–10 KB.
 * Under load the heap grows in proportion to what it holds, so an answer kept there would cost nearly
 * twice its size.
 */
const ANSWER_CACHE_BYTES = 2 * 1024 * 1024;

const answers = new WeakMap<Catalog, LRUCache<string, Buffer>>();

function cache(bot: Bot): LRUCache<string, Buffer> {
  let c = answers.get(bot.catalog);
  if (!c) {
    c = new LRUCache<string, Buffer>({ maxSize: ANSWER_CACHE_BYTES, sizeCalculation: (json, key) => json.length + key.length });
    answers.set(bot.catalog, c);
  }
  return c;
}

const recall = (bot: Bot, key: string): string | undefined => cache(bot).get(key)?.toString('latin1');

function cacheKey(asOf: string, text: string, ephemeral: boolean, defaults: Defaults): string {
  return `${asOf}|${ephemeral ? 'e' : 'p'}|${defaults.tokensPerMonth}|${defaults.mix.input}:${defaults.mix.output}|${text}`;
}

/**
 * Answers a typed command or question through the pure pipeline. `ephemeral` decides whether "Share in
 * channel" is offered; `defaults` are the workspace's volume and mix for questions that give none.
 */
function reply(bot: Bot, text: string, ephemeral: boolean, defaults: Defaults, parsed: Query): Reply {
  const asOf = today(bot);
  const asked = ask(bot.catalog, parsed, asOf, defaults);
  const message = renderBlocks(asked.answer, { command: asked.command, ephemeral });
  const json = asciiJson(JSON.stringify(message));
  cache(bot).set(cacheKey(asOf, text, ephemeral, defaults), Buffer.from(json, 'latin1'));
  return { message, text: message.text, json };
}

/**
 * The answer to `text`, serialized, if it is in the cache and the workspace's defaults are known: no
 * parsing, no waiting (a slash command can be acknowledged with it at once).
 */
export function cachedJson(bot: Bot, text: string, ephemeral: boolean, teamId: string): string | undefined {
  const defaults = knownDefaults(bot, teamId);
  return defaults && recall(bot, cacheKey(today(bot), text, ephemeral, defaults));
}

/**
 * Answers anything typed to the bot. Digest and settings commands read and write the store (the
 * edge); every other answer comes from the pure pipeline in `reply`. `terminal` also renders the
 * answer for a terminal (the console).
 */
export async function respondTo(bot: Bot, text: string, ephemeral: boolean, where: Where, options: { terminal?: boolean } = {}): Promise<Reply> {
  await bot.ready;
  const settings = /^\s*\/models\s+settings\b([^]*)$/i.exec(text);
  if (settings) return settingsReply(bot, settings[1] ?? '', where);
  const defaults = await workspaceDefaults(bot, where.teamId);
  // A repeated question is answered from the cache before any parsing (digest answers are never cached).
  const hit = options.terminal ? undefined : recall(bot, cacheKey(today(bot), text, ephemeral, defaults));
  if (hit) {
    const message = JSON.parse(hit) as SlackMessage;
    return { message, text: message.text, json: hit };
  }
  const query = parseText(bot.catalog, text);
  if (query.intent === 'digest' && query.problems.length === 0) return digestReply(bot, query.digest ?? '', where);
  if (options.terminal) {
    const asked: Asked = ask(bot.catalog, query, today(bot), defaults);
    return { message: renderBlocks(asked.answer, { command: asked.command, ephemeral }), text: renderText(asked.answer) };
  }
  return reply(bot, text, ephemeral, defaults, query);
}

/** An apology with an id to quote; the error itself goes to the log under the same id. */
export function internalError(bot: Bot, error: unknown, where: string): SlackMessage {
  const id = randomUUID().slice(0, 8);
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  bot.logger.error(`[${id}] ${where} failed: ${detail}`);
  const text = `Sorry, something went wrong on our side. If it keeps happening, quote error id ${id}.`;
  return { text, blocks: [section(text)] };
}

/** The calculator's inputs, read from a command ("/compare a b for 50M tokens mix 3:1"). */
export function calculatorInput(bot: Bot, command: string): CalculatorInput {
  const query = parseText(bot.catalog, command);
  const profile = profileOf(query);
  const models = query.models.map((name) => {
    const r = resolveModel(bot.catalog, name);
    return r.kind === 'found' ? r.model.id : name;
  });
  return {
    command,
    models: models.length > 0 ? models : ['the cheapest models for your filters'],
    volume: volumeText(profile.tokensPerMonth),
    mix: `${profile.mix.input}:${profile.mix.output}`,
    cached: String(profile.cachedShare),
    batch: profile.batch,
  };
}

/** Prices the calculator's command at the profile typed into the modal. */
export function calculate(bot: Bot, input: CalculatorInput): CalculatorResult {
  const problems: string[] = [];
  const volume = parseVolume(input.volume);
  const mix = parseMix(input.mix === '' ? '3:1' : input.mix);
  const cached = parseShare(input.cached === '' ? '0' : input.cached);
  if (!volume.ok) problems.push(volume.error);
  if (!mix.ok) problems.push(mix.error);
  if (!cached.ok) problems.push(cached.error);
  if (!volume.ok || !mix.ok || !cached.ok) return { ok: false, problems };
  const query = parseText(bot.catalog, input.command);
  query.tokens = volume.value.tokensPerMonth;
  query.mix = mixOf(mix.value.input, mix.value.output);
  query.cachedShare = cached.value;
  query.batch = input.batch;
  const profile = profileOf(query);
  const asOf = today(bot);
  const models = query.models.map((n) => resolveModel(bot.catalog, n)).flatMap((r) => (r.kind === 'found' ? [r.model] : []));
  if (models.length > 0) {
    const quotes = models.map((m) => costAnswer(m, profile, asOf));
    return { ok: true, lines: quotes.map(costLine), assumptions: quotes[0]!.assumptions.text.join(' · ') };
  }
  const ranked = cheapest(bot.catalog, profile, query.filters, asOf, 5);
  return {
    ok: true,
    lines: ranked.ranking.map((r, i) => `${i + 1}. *${r.name}*: *${money(r.monthlyUsd)}* a month (${perMillion(r.blendedPerMillion)} blended)`),
    assumptions: ranked.assumptions.text.join(' · '),
  };
}

export async function homeSummary(bot: Bot, teamId?: string): Promise<HomeSummary> {
  const help = helpAnswer(bot.catalog);
  await bot.ready;
  const subs = bot.store && teamId ? await bot.store.subscriptions({ teamId }) : [];
  return {
    help,
    subscriptions: subs.map((s) => ({ channelId: s.channelId, description: describeSubscription(s, bot.now()), paused: s.status === 'paused' })),
    daysSinceCheck: Math.max(0, differenceInCalendarDays(parseISO(today(bot)), parseISO(help.checkedNewest))),
    providers: bot.catalog.providers.map((p) => ({ name: p.name, models: bot.catalog.models.filter((m) => m.provider === p.id).length })),
  };
}

/** Marks a shared answer with who shared it (the user id is Slack's, never free text). */
export function sharedBy(message: SlackMessage, userId: string): SlackMessage {
  const safe = /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : 'someone';
  return { text: message.text, blocks: [...message.blocks.slice(0, 49), context([`Shared by ${safe}`])] };
}
