// Text → Query → Answer → message: the single path every face (Slack, console, CLI) takes.
import { resolveModel } from '../catalog/resolve.ts';
import type { Catalog } from '../catalog/validate.ts';
import { spanFlags, spansAsked } from '../cost/span.ts';
import { answer, DEFAULTS, type Answer, type Defaults } from './answer.ts';
import { bareCommandWord } from './bare-words.ts';
import { parseCommand, type SlashCommand } from './command.ts';
import { commandFor } from './command-text.ts';
import { plainText } from './markup.ts';
import type { Query } from './query.ts';
import { parseQuestion, settleUnsized, settleVolumes } from './question.ts';

/**
 * Reads a slash command ("/compare a b", "/models cheapest 50M") or, otherwise, a question. Text is
 * read as plain text (Slack's links, mentions and escapes out) in Unicode's compatibility form, so full-width digits
 * and letters ("５０M") read as typed.
 */
export function parseText(catalog: Catalog, typed: string): Query {
  const text = plainText(typed).normalize('NFKC');
  const m = /^\s*(\/compare|\/models)(?:\s+|$)([\s\S]*)$/i.exec(text);
  if (m) return settleVolumes(settleUnsized(parseCommand(catalog, (m[1] ?? '').toLowerCase() as SlashCommand, m[2] ?? '')));
  return parseQuestion(catalog, text);
}

/**
 * "Compare", "price?", "best" not understood (no answer before it gives them models): a command's word alone is that
 * command, which says what it needs and shows an example.
 */
export function bareCommand(catalog: Catalog, typed: string): Query | undefined {
  const word = bareCommandWord(plainText(typed).normalize('NFKC'));
  return word && (word === 'compare' ? parseCommand(catalog, '/compare', '') : parseCommand(catalog, '/models', word));
}

export interface Asked {
  query: Query;
  answer: Answer;
  /** The command that asks the same thing (for buttons). */
  command: string;
}

export function ask(catalog: Catalog, query: Query, asOf: string, defaults: Defaults = DEFAULTS): Asked {
  return { query, answer: answer(catalog, query, asOf, defaults), command: commandFor(query) };
}

/** The Query as the `ask --json` contract shows it: canonical ids where names resolve. */
export function queryJson(catalog: Catalog, query: Query) {
  return {
    intent: query.intent,
    models: query.models.map((name) => {
      const r = resolveModel(catalog, name);
      return r.kind === 'found' ? r.model.id : name;
    }),
    tokens: query.tokens,
    ...(query.volumes ? { volumes: query.volumes } : {}),
    mix: query.mix,
    cachedShare: query.cachedShare,
    ...(query.cachedShares ? { cachedShares: query.cachedShares } : {}),
    batch: query.batch,
    serviceTier: query.serviceTier,
    promptTokens: query.promptTokens,
    filters: query.filters,
    attribute: query.attribute,
    lane: query.lane,
    ...(query.benchmark !== undefined ? { benchmark: query.benchmark } : {}),
    ...(query.platform !== undefined ? { platform: query.platform } : {}),
    ...(query.reach !== undefined ? { reach: query.reach } : {}),
    ...(query.topic !== undefined ? { topic: query.topic } : {}),
    ...(query.decent ? { decent: query.decent } : {}),
    ...(query.order !== 'price' ? { order: query.order } : {}),
    ...(query.released ? { released: query.released } : {}),
    ...spanFlags(spansAsked(query)),
    ...(query.pricedOn ? { pricedOn: query.pricedOn } : {}),
    ...(query.digest ? { digest: query.digest } : {}),
    problems: query.problems,
  };
}
