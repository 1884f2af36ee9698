// What every Slack listener shares: a Request from who asked, the Answer rendered as a message, and
// an apology (with an id to quote) when something fails.
import { randomUUID } from 'node:crypto';
import { handle, type Handled } from '../app/handle.ts';
import type { Ports, Where } from '../app/ports.ts';
import type { Detail } from '../compare/compare.ts';
import type { Logger } from '../log.ts';
import { renderBlocks } from '../render/blocks/index.ts';
import { context, section, type SlackMessage } from '../render/blocks/kit.ts';

/** The answer as a Block Kit message; `ephemeral` decides whether "Share in channel" is offered. */
export function messageFor(handled: Handled, ephemeral: boolean): SlackMessage {
  return renderBlocks(handled.answer, { query: handled.query, command: handled.command, ephemeral });
}

/**
 * Answers what was typed (a command, a question or a button's value) as a Slack message. Comparisons come brief, sized
 * for a channel, unless the "Full comparison" button asks for the rest.
 */
export async function reply(ports: Ports, text: string, where: Where, ephemeral: boolean, detail: Detail = 'brief'): Promise<SlackMessage> {
  return messageFor(await handle({ text, where, detail }, ports), ephemeral);
}

/** An apology with an id to quote; the error itself goes to the log under the same id. */
export function internalError(logger: Logger, error: unknown, where: string): SlackMessage {
  const id = randomUUID().slice(0, 8);
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  logger.error(`[${id}] ${where} failed: ${detail}`);
  const text = `Sorry, something went wrong on our side. If it keeps happening, quote error id ${id}.`;
  return { text, blocks: [section(text)] };
}

/** Marks a shared answer with who shared it (the user id is Slack's, never free text). */
export function sharedBy(message: SlackMessage, userId: string): SlackMessage {
  const safe = /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : 'someone';
  return { text: message.text, blocks: [...message.blocks.slice(0, 49), context([`Shared by ${safe}`])] };
}
