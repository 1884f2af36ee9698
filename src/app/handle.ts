// The one way in. Every face — Slack commands, mentions, DMs, buttons, the calculator, the console and
// the CLI — turns its input into a Request and calls `handle`; it gets back the Answer (data) and
// renders it. Answers that read or change stored state (settings, digest subscriptions, the digest
// with accepted sync changes) go through the ports; every other answer comes from the pure core.
import { answer, DEFAULTS, inputProblem, withFirstOffered, type Answer, type Defaults } from '../ask/answer.ts';
import { commandFor } from '../ask/command-text.ts';
import { bareCommand, parseText } from '../ask/index.ts';
import { ACCEPTS, followUp } from '../ask/follow-up.ts';
import { settleVolumes } from '../ask/question.ts';
import { nextChangeDay, priceDayOn } from '../ask/price-day.ts';
import { resolveModel } from '../catalog/resolve.ts';
import type { Catalog } from '../catalog/validate.ts';
import { wordList } from '../cost/format.ts';
import type { Query } from '../ask/query.ts';
import type { Detail } from '../compare/compare.ts';
import { StoreUnavailable } from '../store/store.ts';
import { digestPreview, subscriptionAnswer } from './digest.ts';
import { answerModels, noticesFor, unreleasedCost, type Answered } from './notices.ts';
import { today, type Ports, type Where } from './ports.ts';
import { settingsAnswer, workspaceDefaults } from './settings.ts';
import { watchAnswer } from './watch.ts';
import { watchQuery } from './watch-command.ts';

export interface Request {
  /** What was typed: "/compare a b", "/models cheapest 50M", or a question. */
  text: string;
  where: Where;
  /** A face that reads its input into a Query itself (CLI flags, the calculator) passes it here. */
  query?: Query;
  /** How much a comparison holds: Slack replies are brief (a "Full comparison" button asks for the rest); the default is full. */
  detail?: Detail;
  /** The query answered just before in the same conversation (a thread, a DM): a follow-up builds on it. */
  previous?: Query;
}

export interface Handled {
  query: Query;
  /** The query as answered, what a follow-up builds on: a comparison against a ranking names the models it compared. */
  asked: Query;
  /** The answer, with what it says about its prices (sync overlay, scheduled changes, lifecycle, age). */
  answer: Answered;
  /** The command that asks the same thing (what buttons re-run). */
  command: string;
}

/** Where a face has no workspace, channel or user (the console, the CLI). */
export const LOCAL: Where = { teamId: 'local', channelId: 'console', userId: 'you' };

/** Answers that read or change stored state; a store out of reach is said plainly, never a crash. */
async function storedAnswer(query: Query, where: Where, ports: Ports): Promise<Answer | undefined> {
  try {
    if (query.intent === 'settings' && query.settings) return await settingsAnswer(query.settings, where.teamId, ports);
    if (query.intent === 'watch' && query.watch) return await watchAnswer(query.watch, where, ports, query.text);
    if (query.intent === 'digest' && query.digest) {
      return query.digest.action === 'preview' ? await digestPreview(query.digest, where, ports) : await subscriptionAnswer(query.digest, where, ports, query.text);
    }
    return undefined;
  } catch (error) {
    if (!(error instanceof StoreUnavailable)) throw error;
    // The error names the database's host and port: it goes to the log, not to a channel.
    ports.logger.error(error.message);
    return {
      kind: 'unavailable',
      what: query.intent,
      message: "I can't reach my database right now, so nothing was changed; try again in a minute. Prices, comparisons and rankings still work.",
    };
  }
}

/**
 * The workspace's default volume and mix. With the store out of reach, an answer still comes, at the
 * built-in defaults (its assumptions line says which volume and mix it used).
 */
async function defaultsFor(ports: Ports, teamId: string): Promise<Defaults> {
  try {
    return await workspaceDefaults(ports, teamId);
  } catch (error) {
    if (!(error instanceof StoreUnavailable)) throw error;
    ports.logger.warn(`${error.message} Answering with the built-in defaults.`);
    return DEFAULTS;
  }
}

const NO_OVERLAY: ReadonlyMap<string, never[]> = new Map();

async function answerFor(query: Query, where: Where, ports: Ports, detail: Detail): Promise<Answered> {
  if (query.problems.length > 0) return inputProblem(query);
  const stored = await storedAnswer(query, where, ports);
  if (stored) return stored;
  const asOf = today(ports);
  // "What will it cost in january?": prices (and what is scheduled, released or retired) on that day; their age, today's.
  const change = query.pricedOn && 'nextChange' in query.pricedOn ? scheduledChange(ports.catalog, query, asOf) : undefined;
  const pricedOn = query.pricedOn ? priceDayOn(query.pricedOn, asOf, change?.day) : asOf;
  const a = answer(ports.catalog, change?.query ?? query, pricedOn, await defaultsFor(ports, where.teamId), detail);
  const notices = noticesFor(a, ports.catalog, ports.overlay ?? NO_OVERLAY, pricedOn, asOf);
  // Notices first (an answer never carries its own): a property added after a spread costs a hidden class per object (see row in compare/rows.ts).
  return notices ? { notices, ...unreleasedCost(a, notices) } : a;
}

/** "After the price change": the day the models' next scheduled change takes effect, or the query said to have none. */
function scheduledChange(catalog: Catalog, query: Query, asOf: string): { day?: string; query?: Query } {
  const models = query.models.flatMap((name) => {
    const found = resolveModel(catalog, name);
    return found.kind === 'found' ? [found.model] : [];
  });
  const day = nextChangeDay(models, catalog.models, asOf);
  if (day) return { day };
  const whose = models.length > 0 ? `for ${wordList(models.map((m) => m.id))} ` : '';
  return { query: { ...query, notes: [...(query.notes ?? []), `no price change is scheduled ${whose}after ${asOf}: prices in force today`] } };
}

export async function handle(request: Request, ports: Ports): Promise<Handled> {
  // A query a face read itself (CLI flags) is held to the same rule for several volumes as a typed one.
  const read = (request.query ? settleVolumes(request.query) : undefined) ?? watchQuery(request.text) ?? parseText(ports.catalog, request.text);
  // "Yes" to "did you mean gpt-5?": the question before, about the model first offered.
  const accepted = request.previous && !request.query && ACCEPTS.test(request.text) ? withFirstOffered(ports.catalog, request.previous, today(ports)) : undefined;
  const meant = accepted ?? (request.previous && !request.query ? settleVolumes(followUp(ports.catalog, request.previous, read), true) : read);
  const query = meant.intent === 'unknown' ? (bareCommand(ports.catalog, request.text) ?? meant) : meant;
  // "Show me the full comparison" asks for every row, wherever it is asked.
  const answered = await answerFor(query, request.where, ports, query.fullDetail ? 'full' : (request.detail ?? 'full'));
  // A question with a ranking in it ("gpt-5 vs the cheapest model with vision", "what's its context window?" after one)
  // is asked again as the models it was answered about.
  const picked = (query.picks?.length ?? 0) > 0 && answered.kind !== 'cheapest' && answered.kind !== 'best';
  const about = picked ? (answered.kind === 'fact' ? answered.facts.map((f) => f.model) : answerModels(answered)) : [];
  const asked = about.length > 0 ? { ...query, models: about, picks: [] } : alternativesAnswered(query, answered);
  return { query, asked, answer: answered, command: commandFor(asked) };
}

/** "Any cheaper alternatives?" after a comparison is asked again as stand-ins for the model the answer read it against. */
function alternativesAnswered(query: Query, answered: Answered): Query {
  if (!query.alternativesTo || answered.kind !== 'cheapest' || !answered.reference) return query;
  const { alternativesTo: _read, ...rest } = query;
  return { ...rest, filters: { ...rest.filters, like: answered.reference.model, cheaperThanLike: true } };
}
