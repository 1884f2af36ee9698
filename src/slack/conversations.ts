// The last question answered in each conversation (a thread, or a DM's top level), so a follow-up ("and for 100M
// tokens?", "what about gpt-5 mini?") builds on it. Kept in the store as the command that asks it, so a restart or
// another replica continues the conversation, and in memory for the next question here; a conversation left quiet for
// a day is forgotten.
import { subDays } from 'date-fns';
import { LRUCache } from 'lru-cache';
import { buildsOn } from '../ask/follow-up.ts';
import { parseText } from '../ask/index.ts';
import type { Query } from '../ask/query.ts';
import { handle, type Handled } from '../app/handle.ts';
import type { Ports, Where } from '../app/ports.ts';
import type { SlackMessage } from '../render/blocks/kit.ts';
import { describeError, StoreUnavailable, type ConversationKey } from '../store/store.ts';
import { messageFor } from './reply.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const memories = new WeakMap<Ports, LRUCache<string, Query>>();

function memoryOf(ports: Ports): LRUCache<string, Query> {
  let memory = memories.get(ports);
  if (!memory) {
    memory = new LRUCache<string, Query>({ max: 10_000, ttl: DAY_MS });
    memories.set(ports, memory);
  }
  return memory;
}

/** A conversation: the workspace, the channel and the thread (none for a DM's top level). */
export function conversationKey(where: Where, threadTs: string | undefined): ConversationKey {
  return { teamId: where.teamId, channelId: where.channelId, threadTs: threadTs ?? '' };
}

const keyText = (key: ConversationKey) => [key.teamId, key.channelId, key.threadTs].join(':');

/** An unreachable store costs the follow-up its context, never the answer: said in the log, and the question read alone. */
function unreachable(ports: Ports, what: string, error: unknown): undefined {
  if (!(error instanceof StoreUnavailable)) throw error;
  ports.logger.warn(`${what}: ${describeError(error)}`);
  return undefined;
}

/** The conversation's last question: from memory, else from the store (asked again as its command, as a button would). */
async function previousIn(ports: Ports, key: ConversationKey): Promise<Query | undefined> {
  const known = memoryOf(ports).get(keyText(key));
  if (known) return known;
  await ports.ready;
  if (!ports.store) return undefined;
  const command = await ports.store.lastQuestion(key, subDays(ports.now(), 1)).catch((error: unknown) => unreachable(ports, 'reading the conversation', error));
  if (command === undefined) return undefined;
  const query = parseText(ports.catalog, command);
  return buildsOn(query) ? query : undefined;
}

async function remember(ports: Ports, keys: ConversationKey[], handled: Handled): Promise<void> {
  for (const key of keys) memoryOf(ports).set(keyText(key), handled.asked);
  const store = ports.store;
  if (!store) return;
  const now = ports.now();
  const command = handled.command;
  for (const key of keys) await store.rememberQuestion(key, command, now, subDays(now, 1)).catch((error: unknown) => unreachable(ports, 'remembering the conversation', error));
}

/**
 * Handles a question in a conversation: as a follow-up of the last one there, which it replaces when answerable. The
 * answer's own thread (`alsoKey`: a top-level DM is answered in a thread of its own) continues from it too.
 */
export async function handleInConversation(ports: Ports, text: string, where: Where, key: ConversationKey, alsoKey?: ConversationKey): Promise<Handled> {
  const previous = await previousIn(ports, key);
  const handled = await handle({ text, where, detail: 'brief', ...(previous ? { previous } : {}) }, ports);
  if (buildsOn(handled.query)) await remember(ports, alsoKey ? [key, alsoKey] : [key], handled);
  return handled;
}

/** The answer in a conversation as a message in its thread. */
export async function replyInConversation(ports: Ports, text: string, where: Where, key: ConversationKey, alsoKey?: ConversationKey): Promise<SlackMessage> {
  return messageFor(await handleInConversation(ports, text, where, key, alsoKey), false);
}
