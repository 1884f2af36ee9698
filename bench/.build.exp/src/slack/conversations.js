import { subDays } from 'date-fns';
import { LRUCache } from 'lru-cache';
import { buildsOn } from '../ask/follow-up.js';
import { parseText } from '../ask/index.js';
import { handle } from '../app/handle.js';
import { describeError, StoreUnavailable } from '../store/store.js';
import { messageFor } from './reply.js';
const DAY_MS = 24 * 60 * 60 * 1000;
const memories = new WeakMap();
function memoryOf(ports) {
    let memory = memories.get(ports);
    if (!memory) {
        memory = new LRUCache({ max: 10_000, ttl: DAY_MS });
        memories.set(ports, memory);
    }
    return memory;
}
export function conversationKey(where, threadTs) {
    return { teamId: where.teamId, channelId: where.channelId, threadTs: threadTs ?? '' };
}
const keyText = (key) => [key.teamId, key.channelId, key.threadTs].join(':');
function unreachable(ports, what, error) {
    if (!(error instanceof StoreUnavailable))
        throw error;
    ports.logger.warn(`${what}: ${describeError(error)}`);
    return undefined;
}
async function previousIn(ports, key) {
    const known = memoryOf(ports).get(keyText(key));
    if (known)
        return known;
    await ports.ready;
    if (!ports.store)
        return undefined;
    const command = await ports.store.lastQuestion(key, subDays(ports.now(), 1)).catch((error) => unreachable(ports, 'reading the conversation', error));
    if (command === undefined)
        return undefined;
    const query = parseText(ports.catalog, command);
    return buildsOn(query) ? query : undefined;
}
async function remember(ports, keys, handled) {
    for (const key of keys)
        memoryOf(ports).set(keyText(key), handled.asked);
    const store = ports.store;
    if (!store)
        return;
    const now = ports.now();
    const command = handled.command;
    for (const key of keys)
        await store.rememberQuestion(key, command, now, subDays(now, 1)).catch((error) => unreachable(ports, 'remembering the conversation', error));
}
export async function handleInConversation(ports, text, where, key, alsoKey) {
    const previous = await previousIn(ports, key);
    const handled = await handle({ text, where, detail: 'brief', ...(previous ? { previous } : {}) }, ports);
    if (buildsOn(handled.query))
        await remember(ports, alsoKey ? [key, alsoKey] : [key], handled);
    return handled;
}
export async function replyInConversation(ports, text, where, key, alsoKey) {
    return messageFor(await handleInConversation(ports, text, where, key, alsoKey), false);
}
//# sourceMappingURL=conversations.js.map