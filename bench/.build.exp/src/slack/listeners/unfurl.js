import { unfurlAnswer } from '../../app/unfurl.js';
import { fitToBudget } from '../../render/blocks/kit.js';
import { unfurlBlocks } from '../../render/blocks/unfurl.js';
import { internalError } from '../reply.js';
const MAX_LINKS = 5;
export function linkShared(ports) {
    return async ({ event, client, context }) => {
        try {
            const where = { teamId: context.teamId ?? '', channelId: event.channel, userId: event.user };
            const unfurls = {};
            for (const link of event.links.slice(0, MAX_LINKS)) {
                const answer = await unfurlAnswer(ports, link.url, where);
                if (answer)
                    unfurls[link.url] = { blocks: fitToBudget(unfurlBlocks(answer.card, answer.lanes)).blocks };
            }
            if (Object.keys(unfurls).length === 0)
                return;
            const target = event.source === 'composer' && event.unfurl_id ? { unfurl_id: event.unfurl_id, source: 'composer' } : { channel: event.channel, ts: event.message_ts };
            await client.chat.unfurl({ ...target, unfurls });
        }
        catch (error) {
            internalError(ports.logger, error, 'link_shared');
        }
    };
}
export function registerUnfurls(app, ports) {
    app.event('link_shared', linkShared(ports));
}
//# sourceMappingURL=unfurl.js.map