// App Home: turn a channel's digest off, or edit it in a modal; the home tab is republished after.
import type { BlockAction, ButtonAction } from '@slack/bolt';
import { isTimeZone } from '../../digest/schedule.ts';
import { timeOf } from '../../digest/command.ts';
import { DIGEST_ACTION, digestEditView, homeView } from '../../render/blocks/views.ts';
import { homeSummary, internalError, type Bot } from '../bot.ts';
import type { Listeners } from './router.ts';

export function registerHome(app: Listeners, bot: Bot): void {
  app.action<BlockAction<ButtonAction>>(DIGEST_ACTION.off, async ({ ack, action, body, client, context }) => {
    await ack();
    try {
      await bot.ready;
      if (bot.store && context.teamId) await bot.store.unsubscribe(context.teamId, action.value ?? '');
      await client.views.publish({ user_id: body.user.id, view: homeView(await homeSummary(bot, context.teamId)) });
    } catch (error) {
      internalError(bot, error, 'digest_off');
    }
  });

  app.action<BlockAction<ButtonAction>>(DIGEST_ACTION.edit, async ({ ack, action, body, client, context }) => {
    await ack();
    try {
      await bot.ready;
      const sub = bot.store && context.teamId ? (await bot.store.subscriptions({ teamId: context.teamId })).find((s) => s.channelId === action.value) : undefined;
      if (!sub) return;
      await client.views.open({ trigger_id: body.trigger_id, view: digestEditView(sub) });
    } catch (error) {
      internalError(bot, error, 'digest_edit');
    }
  });

  app.view(DIGEST_ACTION.callbackId, async ({ ack, view, body, client, context }) => {
    const v = view.state.values;
    const weekday = Number(v.weekday?.weekday?.selected_option?.value ?? 1);
    const time = timeOf(v.time?.time?.value ?? '');
    const zone = (v.zone?.zone?.value ?? '').trim();
    const quiet = v.quiet?.quiet?.selected_option?.value === 'skip' ? 'skip' : 'line';
    const errors: Record<string, string> = {};
    if (!time) errors.time = 'Use 24-hour HH:MM, e.g. 09:00 or 17:30.';
    if (!isTimeZone(zone)) errors.zone = 'Use an IANA name such as Europe/Berlin, America/New_York or UTC.';
    if (Object.keys(errors).length > 0) {
      await ack({ response_action: 'errors', errors });
      return;
    }
    await ack();
    try {
      await bot.ready;
      const current = bot.store && context.teamId ? (await bot.store.subscriptions({ teamId: context.teamId })).find((s) => s.channelId === view.private_metadata) : undefined;
      if (!bot.store || !current) return;
      await bot.store.subscribe({ ...current, weekday, localTime: time as string, timeZone: zone, quiet }, bot.now());
      await client.views.publish({ user_id: body.user.id, view: homeView(await homeSummary(bot, context.teamId)) });
    } catch (error) {
      internalError(bot, error, 'digest_edit save');
    }
  });
}
