import { Assistant } from '@slack/bolt';
import { LRUCache } from 'lru-cache';
import { PROMPTS_TITLE, recordFeedback, SUGGESTED_PROMPTS, threadTitle } from '../../app/assistant.js';
import { FEEDBACK_ACTION, readFeedbackValue, withFeedback } from '../../render/blocks/feedback.js';
import { conversationKey, handleInConversation } from '../conversations.js';
import { uploadChart } from '../charts.js';
import { internalError, messageFor } from '../reply.js';
const STATUS_AFTER_MS = 700;
const STATUS = 'is working out the numbers…';
export function threadStarted(ports) {
    return async ({ event, client, setSuggestedPrompts }) => {
        const { channel_id: channel, thread_ts } = event.assistant_thread;
        try {
            await client.chat.postMessage({
                channel,
                thread_ts,
                text: 'Ask me which AI model to use for a kind of work, what one costs at your volume, or how two compare. Every figure comes with its source and check date.',
            });
            await setSuggestedPrompts({ prompts: SUGGESTED_PROMPTS.map((p) => ({ ...p })), title: PROMPTS_TITLE });
        }
        catch (error) {
            internalError(ports.logger, error, 'assistant_thread_started');
        }
    };
}
export function userMessage(ports, options = {}) {
    const titled = new LRUCache({ max: 10_000 });
    const statusAfterMs = options.statusAfterMs ?? STATUS_AFTER_MS;
    return async ({ message, client, context, setStatus, setTitle }) => {
        if (message.subtype !== undefined || 'bot_id' in message || !('thread_ts' in message) || !message.thread_ts)
            return;
        const question = message.text ?? '';
        const channel = message.channel;
        const thread_ts = message.thread_ts;
        const quietly = (what) => (error) => ports.logger.debug(`${what} skipped: ${error instanceof Error ? error.message : String(error)}`);
        const key = `${channel}:${thread_ts}`;
        if (!titled.has(key)) {
            titled.set(key, true);
            await setTitle(threadTitle(question)).catch(quietly('assistant.threads.setTitle'));
        }
        let status;
        const showStatus = () => {
            status = setStatus(STATUS).catch(quietly('assistant.threads.setStatus'));
        };
        const timer = statusAfterMs > 0 ? setTimeout(showStatus, statusAfterMs) : undefined;
        if (statusAfterMs <= 0)
            showStatus();
        try {
            const where = { teamId: context.teamId ?? '', channelId: channel, userId: message.user ?? '' };
            const handled = await handleInConversation(ports, question, where, conversationKey(where, thread_ts));
            clearTimeout(timer);
            await status;
            await client.chat.postMessage({ channel, thread_ts, ...withFeedback(messageFor(handled, false), question) });
            await uploadChart(client, channel, thread_ts, handled.answer, ports.catalog).catch((error) => ports.logger.warn(`chart upload failed: ${error instanceof Error ? error.message : String(error)}`));
        }
        catch (error) {
            clearTimeout(timer);
            await status;
            await client.chat.postMessage({ channel, thread_ts, ...internalError(ports.logger, error, 'assistant message') }).catch(() => undefined);
        }
    };
}
export function feedbackClicked(ports) {
    return async ({ ack, action, body, context }) => {
        await ack();
        try {
            const read = readFeedbackValue(action.value);
            if (!read)
                return;
            const outcome = await recordFeedback(ports, {
                teamId: context.teamId ?? body.team?.id ?? '',
                channelId: body.channel?.id ?? body.container?.channel_id ?? '',
                messageTs: body.message?.ts ?? body.container?.message_ts ?? '',
                userId: body.user.id,
                ...read,
            });
            if (outcome !== 'recorded')
                ports.logger.warn(`feedback not stored (${outcome})`);
        }
        catch (error) {
            internalError(ports.logger, error, 'answer_feedback');
        }
    };
}
export function registerAssistant(app, listeners, ports, options = {}) {
    app.assistant(new Assistant({
        threadContextStore: { get: async () => ({}), save: async () => undefined },
        threadStarted: threadStarted(ports),
        threadContextChanged: async () => undefined,
        userMessage: userMessage(ports, options),
    }));
    listeners.action(FEEDBACK_ACTION, feedbackClicked(ports));
}
//# sourceMappingURL=assistant.js.map