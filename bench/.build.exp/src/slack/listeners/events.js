import { homeSummary } from '../../app/home.js';
import { homeView } from '../../render/blocks/views.js';
import { conversationKey, replyInConversation } from '../conversations.js';
import { internalError } from '../reply.js';
export function withoutMention(text) {
    return text.replace(/^\s*<@[A-Z0-9]+(?:\|[^>]*)?>[\s,:]*/i, '').trim();
}
export function appMention(ports) {
    return async ({ event, say, context, client }) => {
        const thread_ts = event.thread_ts ?? event.ts;
        const user = event.user ?? '';
        try {
            const where = { teamId: context.teamId ?? '', channelId: event.channel, userId: user, userTimeZone: async () => (await client.users.info({ user })).user?.tz };
            await say({ thread_ts, ...(await replyInConversation(ports, withoutMention(event.text ?? ''), where, conversationKey(where, thread_ts))) });
        }
        catch (error) {
            await say({ thread_ts, ...internalError(ports.logger, error, 'app_mention') }).catch(() => undefined);
        }
    };
}
export function directMessage(ports) {
    return async ({ event, say, context }) => {
        if (event.channel_type !== 'im' || event.subtype !== undefined || 'bot_id' in event)
            return;
        const thread_ts = event.thread_ts ?? event.ts;
        try {
            const where = { teamId: context.teamId ?? '', channelId: event.channel, userId: event.user ?? '' };
            const key = conversationKey(where, event.thread_ts);
            const answerThread = event.thread_ts ? undefined : conversationKey(where, thread_ts);
            await say({ thread_ts, ...(await replyInConversation(ports, event.text ?? '', where, key, answerThread)) });
        }
        catch (error) {
            await say({ thread_ts, ...internalError(ports.logger, error, 'message.im') }).catch(() => undefined);
        }
    };
}
export function homeOpened(ports) {
    return async ({ event, client, context }) => {
        if (event.tab !== 'home')
            return;
        try {
            await client.views.publish({ user_id: event.user, view: homeView(await homeSummary(ports, context.teamId, event.user)) });
        }
        catch (error) {
            internalError(ports.logger, error, 'app_home_opened');
        }
    };
}
export function registerEvents(app, ports) {
    app.event('app_mention', appMention(ports));
    app.event('message', directMessage(ports));
    app.event('app_home_opened', homeOpened(ports));
}
//# sourceMappingURL=events.js.map