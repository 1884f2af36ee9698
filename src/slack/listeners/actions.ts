// Buttons and selects. Every button's value is a command, so a click is answered like a typed one.
import type { BlockAction, ButtonAction, StaticSelectAction } from '@slack/bolt';
import { commandFor } from '../../ask/command-text.ts';
import { parseText } from '../../ask/index.ts';
import { resolveModel } from '../../catalog/resolve.ts';
import { ACTION } from '../../render/blocks/actions.ts';
import { calculatorView } from '../../render/blocks/views.ts';
import { calculate, calculatorInput, internalError, respondTo, sharedBy, type Bot } from '../bot.ts';
import { CALCULATOR } from '../../render/blocks/views.ts';
import { readCalculator } from './views.ts';
import type { Listeners } from './router.ts';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Model options for the "Add a model" select: the typed text matched against ids and names. */
export function modelOptions(bot: Bot, typed: string) {
  const t = typed.trim().toLowerCase();
  const exact = resolveModel(bot.catalog, typed);
  const matches = bot.catalog.models.filter(
    (m) => m.status !== 'deprecated' && (t === '' || m.id.includes(t) || m.name.toLowerCase().includes(t) || new RegExp(escapeRe(t).replace(/\\\.|-|\s/g, '[-. ]?')).test(m.id)),
  );
  const list = exact.kind === 'found' && !matches.includes(exact.model) ? [exact.model, ...matches] : matches;
  return list.slice(0, 100).map((m) => ({ text: { type: 'plain_text' as const, text: `${m.name} (${m.id})`.slice(0, 75) }, value: m.id }));
}

function whereOf(body: BlockAction) {
  return { teamId: body.team?.id ?? '', channelId: body.channel?.id ?? '', userId: body.user.id };
}

export function registerActions(app: Listeners, bot: Bot): void {
  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION.run}`), async ({ ack, action, body, respond }) => {
    await ack();
    const ephemeral = body.container?.is_ephemeral === true;
    try {
      const { message } = await respondTo(bot, action.value ?? '', true, whereOf(body));
      await respond(ephemeral ? { replace_original: true, ...message } : { response_type: 'ephemeral', replace_original: false, ...message });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...internalError(bot, error, action.action_id) }).catch(() => undefined);
    }
  });

  app.action<BlockAction<ButtonAction>>(ACTION.share, async ({ ack, action, body, respond }) => {
    await ack();
    try {
      // With the workspace's defaults, so the shared answer is the one the sharer saw.
      const { message } = await respondTo(bot, action.value ?? '', false, whereOf(body));
      await respond({ response_type: 'in_channel', replace_original: false, ...sharedBy(message, body.user.id) });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...internalError(bot, error, 'share') }).catch(() => undefined);
    }
  });

  app.options(ACTION.addModel, async ({ ack, options }) => {
    await ack({ options: modelOptions(bot, options.value ?? '') });
  });

  app.action<BlockAction<StaticSelectAction>>(ACTION.addModel, async ({ ack, action, body, respond }) => {
    await ack();
    const base = action.block_id.startsWith('cmd:') ? action.block_id.slice(4) : '';
    const added = action.selected_option?.value ?? '';
    const ephemeral = body.container?.is_ephemeral === true;
    try {
      const query = parseText(bot.catalog, base);
      const command = commandFor({ ...query, intent: 'compare', models: [...query.models, added] });
      const { message } = await respondTo(bot, command, true, whereOf(body));
      await respond(ephemeral ? { replace_original: true, ...message } : { response_type: 'ephemeral', replace_original: false, ...message });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...internalError(bot, error, 'add_model') }).catch(() => undefined);
    }
  });

  app.action<BlockAction<ButtonAction>>(new RegExp(`^${ACTION.calculator}`), async ({ ack, action, body, client }) => {
    await ack();
    try {
      const input = calculatorInput(bot, action.value ?? '');
      await client.views.open({ trigger_id: body.trigger_id, view: calculatorView(input, calculate(bot, input)) });
    } catch (error) {
      internalError(bot, error, 'open_calculator');
    }
  });

  // Inputs of the calculator dispatch an action on every change: re-price and update the modal.
  app.action<BlockAction>(new RegExp(`^(${CALCULATOR.volume}|${CALCULATOR.mix}|${CALCULATOR.cached}|${CALCULATOR.batch})$`), async ({ ack, body, client }) => {
    await ack();
    const view = body.view;
    if (!view) return;
    try {
      const input = readCalculator(bot, view);
      await client.views.update({ view_id: view.id, hash: view.hash, view: calculatorView(input, calculate(bot, input)) });
    } catch (error) {
      internalError(bot, error, 'calculator update');
    }
  });
}
