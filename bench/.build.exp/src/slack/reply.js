import { randomUUID } from 'node:crypto';
import { handle } from '../app/handle.js';
import { renderBlocks } from '../render/blocks/index.js';
import { context, section } from '../render/blocks/kit.js';
export function messageFor(handled, ephemeral) {
    return renderBlocks(handled.answer, { query: handled.query, command: handled.command, ephemeral });
}
export async function reply(ports, text, where, ephemeral, detail = 'brief') {
    return messageFor(await handle({ text, where, detail }, ports), ephemeral);
}
export function internalError(logger, error, where) {
    const id = randomUUID().slice(0, 8);
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    logger.error(`[${id}] ${where} failed: ${detail}`);
    const text = `Sorry, something went wrong on our side. If it keeps happening, quote error id ${id}.`;
    return { text, blocks: [section(text)] };
}
export function sharedBy(message, userId) {
    const safe = /^[UW][A-Z0-9]+$/.test(userId) ? `<@${userId}>` : 'someone';
    return { text: message.text, blocks: [...message.blocks.slice(0, 49), context([`Shared by ${safe}`])] };
}
//# sourceMappingURL=reply.js.map