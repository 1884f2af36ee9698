// Events: mentions and direct messages get the same answers as the commands, in a thread;
// opening App Home publishes the home tab. Plain channel messages are never answered.
import { homeView } from '../../render/blocks/views.ts';
import { homeSummary, internalError, respondTo, type Bot } from '../bot.ts';
import type { Listeners } from './router.ts';

/** The question without the leading mention of the bot ("<@U123> cheapest?" → "cheapest?"). */
export function withoutMention(text: string): string {
  return text.replace(/^\s*<@[A-Z0-9]+(?:\|[^>]*)?>[\s,:]*/i, '').trim();
}

export function registerEvents(app: Listeners, bot: Bot): void {
  app.event('app_mention', async ({ event, say, context, client }) => {
    const thread_ts = event.thread_ts ?? event.ts;
    try {
      const user = event.user ?? '';
      const { message } = await respondTo(bot, withoutMention(event.text ?? ''), false, {
        teamId: context.teamId ?? '',
        channelId: event.channel,
        userId: user,
        userTimeZone: async () => (await client.users.info({ user })).user?.tz,
      });
      await say({ thread_ts, ...message });
    } catch (error) {
      await say({ thread_ts, ...internalError(bot, error, 'app_mention') }).catch(() => undefined);
    }
  });

  app.event('message', async ({ event, say, context }) => {
    // Only a person's own new message in a DM: no edits, joins, bot posts or channel chatter.
    if (event.channel_type !== 'im' || event.subtype !== undefined || 'bot_id' in event) return;
    const thread_ts = event.thread_ts ?? event.ts;
    try {
      const { message } = await respondTo(bot, event.text ?? '', false, { teamId: context.teamId ?? '', channelId: event.channel, userId: event.user ?? '' });
      await say({ thread_ts, ...message });
    } catch (error) {
      await say({ thread_ts, ...internalError(bot, error, 'message.im') }).catch(() => undefined);
    }
  });

  app.event('app_home_opened', async ({ event, client, context }) => {
    if (event.tab !== 'home') return;
    try {
      await client.views.publish({ user_id: event.user, view: homeView(await homeSummary(bot, context.teamId)) });
    } catch (error) {
      internalError(bot, error, 'app_home_opened');
    }
  });
}
