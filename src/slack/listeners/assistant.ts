// The app's own pane (Slack's AI app surface, through Bolt's Assistant): suggested prompts when a thread
// starts, the thread titled from its question, a status while an answer takes more than a moment, and
// answers with feedback buttons; a click on them is stored with the question.
//
// A comparison or a model's price history also gets its chart as an image in the thread.
//
// Bolt's Assistant also receives a reply in a DM thread of a workspace without the surface: it gets the same
// answer as before (the pane's calls fail there and are skipped).
import { Assistant, type AllMiddlewareArgs, type App, type BlockAction, type FeedbackButtonsAction, type SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Listeners } from '../routes.ts';
import { LRUCache } from 'lru-cache';
import { PROMPTS_TITLE, recordFeedback, SUGGESTED_PROMPTS, threadTitle } from '../../app/assistant.ts';
import type { Ports } from '../../app/ports.ts';
import { FEEDBACK_ACTION, readFeedbackValue, withFeedback } from '../../render/blocks/feedback.ts';
import { conversationKey, handleInConversation } from '../conversations.ts';
import { uploadChart } from '../charts.ts';
import { internalError, messageFor } from '../reply.ts';

type AssistantConfig = ConstructorParameters<typeof Assistant>[0];
type ThreadStarted = Extract<AssistantConfig['threadStarted'], (...args: never[]) => unknown>;
type UserMessage = Extract<AssistantConfig['userMessage'], (...args: never[]) => unknown>;

export interface AssistantOptions {
  /** How long an answer may take before the pane shows a status; 0 shows it at once. */
  statusAfterMs?: number;
}

const STATUS_AFTER_MS = 700;
const STATUS = 'is working out the numbers…';

/** Greets a new thread and offers the suggested prompts. */
export function threadStarted(ports: Ports): ThreadStarted {
  return async ({ event, client, setSuggestedPrompts }) => {
    const { channel_id: channel, thread_ts } = event.assistant_thread;
    try {
      await client.chat.postMessage({
        channel,
        thread_ts,
        text: 'Ask me which AI model to use for a kind of work, what one costs at your volume, or how two compare. Every figure comes with its source and check date.',
      });
      await setSuggestedPrompts({ prompts: SUGGESTED_PROMPTS.map((p) => ({ ...p })), title: PROMPTS_TITLE });
    } catch (error) {
      internalError(ports.logger, error, 'assistant_thread_started');
    }
  };
}

/** Answers a message in the pane (or in any DM thread) as a DM is answered, titled and with feedback buttons. */
export function userMessage(ports: Ports, options: AssistantOptions = {}): UserMessage {
  const titled = new LRUCache<string, true>({ max: 10_000 });
  const statusAfterMs = options.statusAfterMs ?? STATUS_AFTER_MS;
  return async ({ message, client, context, setStatus, setTitle }) => {
    if (message.subtype !== undefined || 'bot_id' in message || !('thread_ts' in message) || !message.thread_ts) return;
    const question = message.text ?? '';
    const channel = message.channel;
    const thread_ts = message.thread_ts;
    // The pane's own calls fail in a thread outside it; the answer still comes.
    const quietly = (what: string) => (error: unknown) => ports.logger.debug(`${what} skipped: ${error instanceof Error ? error.message : String(error)}`);
    const key = `${channel}:${thread_ts}`;
    if (!titled.has(key)) {
      titled.set(key, true);
      await setTitle(threadTitle(question)).catch(quietly('assistant.threads.setTitle'));
    }
    let status: Promise<unknown> | undefined;
    const showStatus = () => {
      status = setStatus(STATUS).catch(quietly('assistant.threads.setStatus'));
    };
    const timer = statusAfterMs > 0 ? setTimeout(showStatus, statusAfterMs) : undefined;
    if (statusAfterMs <= 0) showStatus();
    try {
      const where = { teamId: context.teamId ?? '', channelId: channel, userId: message.user ?? '' };
      const handled = await handleInConversation(ports, question, where, conversationKey(where, thread_ts));
      clearTimeout(timer);
      // A status set while the answer was computed must land before the answer, which clears it.
      await status;
      await client.chat.postMessage({ channel, thread_ts, ...withFeedback(messageFor(handled, false), question) } as Parameters<typeof client.chat.postMessage>[0]);
      // A picture where one helps, after the answer (which never waits for it).
      await uploadChart(client, channel, thread_ts, handled.answer, ports.catalog).catch((error: unknown) =>
        ports.logger.warn(`chart upload failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    } catch (error) {
      clearTimeout(timer);
      await status;
      await client.chat.postMessage({ channel, thread_ts, ...internalError(ports.logger, error, 'assistant message') }).catch(() => undefined);
    }
  };
}

type FeedbackArgs = SlackActionMiddlewareArgs<BlockAction<FeedbackButtonsAction>> & AllMiddlewareArgs;

/** A thumbs up or down on an answer: stored with the question it answered. */
export function feedbackClicked(ports: Ports) {
  return async ({ ack, action, body, context }: FeedbackArgs): Promise<void> => {
    await ack();
    try {
      const read = readFeedbackValue(action.value);
      if (!read) return;
      const outcome = await recordFeedback(ports, {
        teamId: context.teamId ?? body.team?.id ?? '',
        channelId: body.channel?.id ?? body.container?.channel_id ?? '',
        messageTs: body.message?.ts ?? body.container?.message_ts ?? '',
        userId: body.user.id,
        ...read,
      });
      if (outcome !== 'recorded') ports.logger.warn(`feedback not stored (${outcome})`);
    } catch (error) {
      internalError(ports.logger, error, 'answer_feedback');
    }
  };
}

export function registerAssistant(app: App, listeners: Listeners, ports: Ports, options: AssistantOptions = {}): void {
  app.assistant(
    new Assistant({
      // Nothing here reads the channel a person has open, so no context is fetched or saved.
      threadContextStore: { get: async () => ({}), save: async () => undefined },
      threadStarted: threadStarted(ports),
      threadContextChanged: async () => undefined,
      userMessage: userMessage(ports, options),
    }),
  );
  listeners.action(FEEDBACK_ACTION, feedbackClicked(ports));
}
