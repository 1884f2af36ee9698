// Events: mentions and direct messages get the same answers as the commands, in a thread;
// opening App Home publishes the home tab. Plain channel messages are never answered.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Listeners } from '../routes.ts';
import { homeSummary } from '../../app/home.ts';
import type { Ports } from '../../app/ports.ts';
import { homeView } from '../../render/blocks/views.ts';
import { conversationKey, replyInConversation } from '../conversations.ts';
import { internalError } from '../reply.ts';

/** The question without the leading mention of the bot ("<@U123> cheapest?" → "cheapest?"). */
export function withoutMention(text: string): string {
  return text.replace(/^\s*<@[A-Z0-9]+(?:\|[^>]*)?>[\s,:]*/i, '').trim();
}

type EventArgs<E extends string> = SlackEventMiddlewareArgs<E> & AllMiddlewareArgs;

export function appMention(ports: Ports) {
  return async ({ event, say, context, client }: EventArgs<'app_mention'>): Promise<void> => {
    const thread_ts = event.thread_ts ?? event.ts;
    const user = event.user ?? '';
    try {
      const where = { teamId: context.teamId ?? '', channelId: event.channel, userId: user, userTimeZone: async () => (await client.users.info({ user })).user?.tz };
      // A mention starts a thread; a mention in that thread follows up on its last question.
      await say({ thread_ts, ...(await replyInConversation(ports, withoutMention(event.text ?? ''), where, conversationKey(where, thread_ts))) });
    } catch (error) {
      await say({ thread_ts, ...internalError(ports.logger, error, 'app_mention') }).catch(() => undefined);
    }
  };
}

export function directMessage(ports: Ports) {
  return async ({ event, say, context }: EventArgs<'message'>): Promise<void> => {
    // Only a person's own new message in a DM: no edits, joins, bot posts or channel chatter.
    if (event.channel_type !== 'im' || event.subtype !== undefined || 'bot_id' in event) return;
    const thread_ts = event.thread_ts ?? event.ts;
    try {
      const where = { teamId: context.teamId ?? '', channelId: event.channel, userId: event.user ?? '' };
      // A DM's top level is one conversation, and each answer's thread continues from its question.
      const key = conversationKey(where, event.thread_ts);
      const answerThread = event.thread_ts ? undefined : conversationKey(where, thread_ts);
      await say({ thread_ts, ...(await replyInConversation(ports, event.text ?? '', where, key, answerThread)) });
    } catch (error) {
      await say({ thread_ts, ...internalError(ports.logger, error, 'message.im') }).catch(() => undefined);
    }
  };
}

export function homeOpened(ports: Ports) {
  return async ({ event, client, context }: EventArgs<'app_home_opened'>): Promise<void> => {
    if (event.tab !== 'home') return;
    try {
      await client.views.publish({ user_id: event.user, view: homeView(await homeSummary(ports, context.teamId, event.user)) });
    } catch (error) {
      internalError(ports.logger, error, 'app_home_opened');
    }
  };
}

export function registerEvents(app: Listeners, ports: Ports): void {
  app.event('app_mention', appMention(ports));
  app.event('message', directMessage(ports));
  app.event('app_home_opened', homeOpened(ports));
}
