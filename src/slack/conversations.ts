// The last question answered in each conversation (a thread, or a DM's top level), so a follow-up ("and for 100M
// tokens?", "what about gpt-5 mini?") builds on it. Kept in memory: a restart forgets, and a conversation left
// quiet for a day is forgotten too.
import { LRUCache } from 'lru-cache';
import { buildsOn } from '../ask/follow-up.ts';
import type { Query } from '../ask/query.ts';
import { handle, type Handled } from '../app/handle.ts';
import type { Ports, Where } from '../app/ports.ts';
import type { SlackMessage } from '../render/blocks/kit.ts';
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

/** A conversation's key: the workspace, the channel and the thread (none for a DM's top level). */
export function conversationKey(where: Where, threadTs: string | undefined): string {
  return [where.teamId, where.channelId, threadTs ?? ''].join(':');
}

/**
 * Handles a question in a conversation: as a follow-up of the last one there, which it replaces when answerable. The
 * answer's own thread (`alsoKey`: a top-level DM is answered in a thread of its own) continues from it too.
 */
export async function handleInConversation(ports: Ports, text: string, where: Where, key: string, alsoKey?: string): Promise<Handled> {
  const memory = memoryOf(ports);
  const handled = await handle({ text, where, detail: 'brief', previous: memory.get(key) }, ports);
  if (buildsOn(handled.query)) for (const k of alsoKey ? [key, alsoKey] : [key]) memory.set(k, handled.query);
  return handled;
}

/** The answer in a conversation as a message in its thread. */
export async function replyInConversation(ports: Ports, text: string, where: Where, key: string, alsoKey?: string): Promise<SlackMessage> {
  return messageFor(await handleInConversation(ports, text, where, key, alsoKey), false);
}
