import { homeSummary } from '../../app/home.js';
import { timeOf } from '../../digest/command.js';
import { isTimeZone } from '../../digest/schedule.js';
import { DIGEST_ACTION, digestEditView, homeView } from '../../render/blocks/views.js';
import { internalError } from '../reply.js';
async function subscriptionOf(ports, teamId, channelId) {
    await ports.ready;
    if (!ports.store || !teamId)
        return undefined;
    return (await ports.store.subscriptions({ teamId })).find((s) => s.channelId === channelId);
}
export function digestOff(ports) {
    return async ({ ack, action, body, client, context }) => {
        await ack();
        try {
            await ports.ready;
            if (ports.store && context.teamId)
                await ports.store.unsubscribe(context.teamId, action.value ?? '');
            await client.views.publish({ user_id: body.user.id, view: homeView(await homeSummary(ports, context.teamId, body.user.id)) });
        }
        catch (error) {
            internalError(ports.logger, error, 'digest_off');
        }
    };
}
export function digestEdit(ports) {
    return async ({ ack, action, body, client, context }) => {
        await ack();
        try {
            const sub = await subscriptionOf(ports, context.teamId, action.value ?? '');
            if (sub)
                await client.views.open({ trigger_id: body.trigger_id, view: digestEditView(sub) });
        }
        catch (error) {
            internalError(ports.logger, error, 'digest_edit');
        }
    };
}
export function digestEditSubmitted(ports) {
    return async ({ ack, view, body, client, context }) => {
        const v = view.state.values;
        const weekday = Number(v.weekday?.weekday?.selected_option?.value ?? 1);
        const time = timeOf(v.time?.time?.value ?? '');
        const zone = (v.zone?.zone?.value ?? '').trim();
        const quiet = v.quiet?.quiet?.selected_option?.value === 'skip' ? 'skip' : 'line';
        const errors = {};
        if (!time)
            errors.time = 'Use 24-hour HH:MM, e.g. 09:00 or 17:30.';
        if (!isTimeZone(zone))
            errors.zone = 'Use an IANA name such as Europe/Berlin, America/New_York or UTC.';
        if (!time || Object.keys(errors).length > 0) {
            await ack({ response_action: 'errors', errors });
            return;
        }
        await ack();
        try {
            const current = await subscriptionOf(ports, context.teamId, view.private_metadata);
            if (!ports.store || !current)
                return;
            await ports.store.subscribe({ ...current, weekday, localTime: time, timeZone: zone, quiet }, ports.now());
            await client.views.publish({ user_id: body.user.id, view: homeView(await homeSummary(ports, context.teamId, body.user.id)) });
        }
        catch (error) {
            internalError(ports.logger, error, 'digest_edit save');
        }
    };
}
export function registerHome(app, ports) {
    app.action(DIGEST_ACTION.off, digestOff(ports));
    app.action(DIGEST_ACTION.edit, digestEdit(ports));
    app.view(DIGEST_ACTION.callbackId, digestEditSubmitted(ports));
}
//# sourceMappingURL=home.js.map