// The one way in. Every face — Slack commands, mentions, DMs, buttons, the calculator, the console and
// the CLI — turns its input into a Request and calls `handle`; it gets back the Answer (data) and
// renders it. Answers that read or change stored state (settings, digest subscriptions, the digest
// with accepted sync changes) go through the ports; every other answer comes from the pure core.
import { answer, inputProblem, type Answer } from '../ask/answer.ts';
import { commandFor } from '../ask/command-text.ts';
import { parseText } from '../ask/index.ts';
import type { Query } from '../ask/query.ts';
import { digestPreview, subscriptionAnswer } from './digest.ts';
import { today, type Ports, type Where } from './ports.ts';
import { settingsAnswer, workspaceDefaults } from './settings.ts';

export interface Request {
  /** What was typed: "/compare a b", "/models cheapest 50M", or a question. */
  text: string;
  where: Where;
  /** A face that reads its input into a Query itself (CLI flags, the calculator) passes it here. */
  query?: Query;
}

export interface Handled {
  query: Query;
  answer: Answer;
  /** The command that asks the same thing (what buttons re-run). */
  command: string;
}

/** Where a face has no workspace, channel or user (the console, the CLI). */
export const LOCAL: Where = { teamId: 'local', channelId: 'console', userId: 'you' };

async function answerFor(query: Query, where: Where, ports: Ports): Promise<Answer> {
  if (query.problems.length > 0) return inputProblem(query);
  if (query.intent === 'settings' && query.settings) return settingsAnswer(query.settings, where.teamId, ports);
  if (query.intent === 'digest' && query.digest) {
    return query.digest.action === 'preview' ? digestPreview(query.digest, where, ports) : subscriptionAnswer(query.digest, where, ports, query.text);
  }
  return answer(ports.catalog, query, today(ports), await workspaceDefaults(ports, where.teamId));
}

export async function handle(request: Request, ports: Ports): Promise<Handled> {
  const query = request.query ?? parseText(ports.catalog, request.text);
  return { query, answer: await answerFor(query, request.where, ports), command: commandFor(query) };
}
