// App Home's "Remove" button on a watch: removes it within the clicker's own workspace (a DM watch only
// by its owner), then republishes the home tab.
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Listeners } from '../routes.ts';
import { homeSummary } from '../../app/home.ts';
import type { Ports } from '../../app/ports.ts';
import { homeView } from '../../render/blocks/views.ts';
import { readWatchValue, WATCH_ACTION } from '../../render/blocks/watch.ts';
import { internalError } from '../reply.ts';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

export function watchRemove(ports: Ports) {
  return async ({ ack, action, body, client, context }: ButtonArgs): Promise<void> => {
    await ack();
    try {
      await ports.ready;
      const watch = readWatchValue(action.value ?? '');
      const teamId = context.teamId;
      if (!ports.store || !teamId || !watch) return;
      const all = await ports.store.watches({ teamId, channelId: watch.channelId });
      const target = all.find((w) => w.kind === watch.kind && w.target === watch.target);
      // Someone else's DM watch is theirs to remove.
      if (target && !(target.channelId === target.createdBy && target.createdBy !== body.user.id)) {
        await ports.store.removeWatch(teamId, target.channelId, target.kind, target.target);
      }
      await client.views.publish({ user_id: body.user.id, view: homeView(await homeSummary(ports, teamId, body.user.id)) });
    } catch (error) {
      internalError(ports.logger, error, 'watch_remove');
    }
  };
}

export function registerWatches(app: Listeners, ports: Ports): void {
  app.action(WATCH_ACTION.remove, watchRemove(ports));
}
