import { homeSummary } from '../../app/home.js';
import { homeView } from '../../render/blocks/views.js';
import { readWatchValue, WATCH_ACTION } from '../../render/blocks/watch.js';
import { internalError } from '../reply.js';
export function watchRemove(ports) {
    return async ({ ack, action, body, client, context }) => {
        await ack();
        try {
            await ports.ready;
            const watch = readWatchValue(action.value ?? '');
            const teamId = context.teamId;
            if (!ports.store || !teamId || !watch)
                return;
            const all = await ports.store.watches({ teamId, channelId: watch.channelId });
            const target = all.find((w) => w.kind === watch.kind && w.target === watch.target);
            if (target && !(target.channelId === target.createdBy && target.createdBy !== body.user.id)) {
                await ports.store.removeWatch(teamId, target.channelId, target.kind, target.target);
            }
            await client.views.publish({ user_id: body.user.id, view: homeView(await homeSummary(ports, teamId, body.user.id)) });
        }
        catch (error) {
            internalError(ports.logger, error, 'watch_remove');
        }
    };
}
export function registerWatches(app, ports) {
    app.action(WATCH_ACTION.remove, watchRemove(ports));
}
//# sourceMappingURL=watches.js.map