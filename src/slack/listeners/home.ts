// App Home: turn a channel's digest off, or edit it in a modal; the home tab is republished after.
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs, SlackViewMiddlewareArgs } from '@slack/bolt';
import type { Listeners } from '../routes.ts';
import { homeSummary } from '../../app/home.ts';
import type { Ports } from '../../app/ports.ts';
import { timeOf } from '../../digest/command.ts';
import { isTimeZone } from '../../digest/schedule.ts';
import { DIGEST_ACTION, digestEditView, homeView } from '../../render/blocks/views.ts';
import { internalError } from '../reply.ts';

type ButtonArgs = SlackActionMiddlewareArgs<BlockAction<ButtonAction>> & AllMiddlewareArgs;

async function subscriptionOf(ports: Ports, teamId: string | undefined, channelId: string) {
  await ports.ready;
  if (!ports.store || !teamId) return undefined;
  return (await ports.store.subscriptions({ teamId })).find((s) => s.channelId === channelId);
}

export function digestOff(ports: Ports) {
  return async ({ ack, action, body, client, context }: ButtonArgs): Promise<void> => {
    await ack();
    try {
      await ports.ready;
      if (ports.store && context.teamId) await ports.store.unsubscribe(context.teamId, action.value ?? '');
      await client.views.publish({ user_id: body.user.id, view: homeView(await homeSummary(ports, context.teamId, body.user.id)) });
    } catch (error) {
      internalError(ports.logger, error, 'digest_off');
    }
  };
}

export function digestEdit(ports: Ports) {
  return async ({ ack, action, body, client, context }: ButtonArgs): Promise<void> => {
    await ack();
    try {
      const sub = await subscriptionOf(ports, context.teamId, action.value ?? '');
      if (sub) await client.views.open({ trigger_id: body.trigger_id, view: digestEditView(sub) });
    } catch (error) {
      internalError(ports.logger, error, 'digest_edit');
    }
  };
}

export function digestEditSubmitted(ports: Ports) {
  return async ({ ack, view, body, client, context }: SlackViewMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const v = view.state.values;
    const weekday = Number(v.weekday?.weekday?.selected_option?.value ?? 1);
    const time = timeOf(v.time?.time?.value ?? '');
    const zone = (v.zone?.zone?.value ?? '').trim();
    const quiet = v.quiet?.quiet?.selected_option?.value === 'skip' ? 'skip' : 'line';
    const errors: Record<string, string> = {};
    if (!time) errors.time = 'Use 24-hour HH:MM, e.g. 09:00 or 17:30.';
    if (!isTimeZone(zone)) errors.zone = 'Use an IANA name such as Europe/Berlin, America/New_York or UTC.';
    if (!time || Object.keys(errors).length > 0) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    try {
      const current = await subscriptionOf(ports, context.teamId, view.private_metadata);
      if (!ports.store || !current) return;
      await ports.store.subscribe({ ...current, weekday, localTime: time, timeZone: zone, quiet }, ports.now());
      await client.views.publish({ user_id: body.user.id, view: homeView(await homeSummary(ports, context.teamId, body.user.id)) });
    } catch (error) {
      internalError(ports.logger, error, 'digest_edit save');
    }
  };
}

export function registerHome(app: Listeners, ports: Ports): void {
  app.action(DIGEST_ACTION.off, digestOff(ports));
  app.action(DIGEST_ACTION.edit, digestEdit(ports));
  app.view(DIGEST_ACTION.callbackId, digestEditSubmitted(ports));
}
