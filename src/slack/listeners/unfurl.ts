// Link unfurls: a pasted model or pricing page (link_shared) gets a compact model card through chat.unfurl.
// Links that name no catalog model for certain are left alone, and nothing is sent when none does.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Listeners } from '../routes.ts';
import type { Ports } from '../../app/ports.ts';
import { unfurlAnswer } from '../../app/unfurl.ts';
import { fitToBudget } from '../../render/blocks/kit.ts';
import { unfurlBlocks } from '../../render/blocks/unfurl.ts';
import { internalError } from '../reply.ts';

type LinkSharedArgs = SlackEventMiddlewareArgs<'link_shared'> & AllMiddlewareArgs;

/** At most this many links of one message are unfurled (Slack sends up to five). */
const MAX_LINKS = 5;

export function linkShared(ports: Ports) {
  return async ({ event, client, context }: LinkSharedArgs): Promise<void> => {
    try {
      const where = { teamId: context.teamId ?? '', channelId: event.channel, userId: event.user };
      const unfurls: Record<string, { blocks: ReturnType<typeof unfurlBlocks>['blocks'] }> = {};
      for (const link of event.links.slice(0, MAX_LINKS)) {
        const answer = await unfurlAnswer(ports, link.url, where);
        if (answer) unfurls[link.url] = { blocks: fitToBudget(unfurlBlocks(answer.card, answer.lanes)).blocks };
      }
      if (Object.keys(unfurls).length === 0) return;
      // A link pasted in the composer (before its message is sent) is answered by its unfurl id; one in a message by the message.
      const target =
        event.source === 'composer' && event.unfurl_id ? { unfurl_id: event.unfurl_id, source: 'composer' as const } : { channel: event.channel, ts: event.message_ts };
      await client.chat.unfurl({ ...target, unfurls } as Parameters<typeof client.chat.unfurl>[0]);
    } catch (error) {
      internalError(ports.logger, error, 'link_shared');
    }
  };
}

export function registerUnfurls(app: Listeners, ports: Ports): void {
  app.event('link_shared', linkShared(ports));
}
