// Buttons and selects. Every button's value is a command, so a click is answered like a typed one.
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs, SlackOptionsMiddlewareArgs, StaticSelectAction } from '@slack/bolt';
import type { Listeners } from '../routes.ts';
import { calculate, calculatorInput } from '../../app/calculator.ts';
import { handle } from '../../app/handle.ts';
import type { Ports, Where } from '../../app/ports.ts';
import { parseText } from '../../ask/index.ts';
import { resolveModel } from '../../catalog/resolve.ts';
import { ACTION } from '../../render/blocks/actions.ts';
import type { SlackMessage } from '../../render/blocks/kit.ts';
import { CALCULATOR, calculatorView } from '../../render/blocks/views.ts';
import { internalError, messageFor, reply, sharedBy } from '../reply.ts';
import { readCalculator } from './views.ts';

type ActionArgs<A extends BlockAction> = SlackActionMiddlewareArgs<A> & AllMiddlewareArgs;

/** Model options for the "Add a model" select: the typed text matched against ids and names, ignoring separators. */
export function modelOptions(ports: Ports, typed: string) {
  const squash = (s: string) => s.toLowerCase().replace(/[-. ]/g, '');
  const t = squash(typed.trim());
  const exact = resolveModel(ports.catalog, typed);
  const matches = ports.catalog.models.filter((m) => m.status !== 'deprecated' && (t === '' || squash(m.id).includes(t) || squash(m.name).includes(t)));
  const list = exact.kind === 'found' && !matches.includes(exact.model) ? [exact.model, ...matches] : matches;
  return list.slice(0, 100).map((m) => ({ text: { type: 'plain_text' as const, text: `${m.name} (${m.id})`.slice(0, 75) }, value: m.id }));
}

function whereOf(body: BlockAction): Where {
  return { teamId: body.team?.id ?? '', channelId: body.channel?.id ?? '', userId: body.user.id };
}

/** Answers in place of an ephemeral message, or as a new ephemeral one under a posted message. */
function answerWith(respond: ActionArgs<BlockAction>['respond'], body: BlockAction, message: SlackMessage) {
  const ephemeral = body.container?.is_ephemeral === true;
  return respond(ephemeral ? { replace_original: true, ...message } : { response_type: 'ephemeral', replace_original: false, ...message });
}

export function runCommand(ports: Ports) {
  return async ({ ack, action, body, respond }: ActionArgs<BlockAction<ButtonAction>>): Promise<void> => {
    await ack();
    try {
      await answerWith(respond, body, await reply(ports, action.value ?? '', whereOf(body), true));
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...internalError(ports.logger, error, action.action_id) }).catch(() => undefined);
    }
  };
}

/** "Full comparison": every row, the switch details and every lane, in place of the brief reply (or beside a posted one). */
export function fullComparison(ports: Ports) {
  return async ({ ack, action, body, respond }: ActionArgs<BlockAction<ButtonAction>>): Promise<void> => {
    await ack();
    try {
      await answerWith(respond, body, await reply(ports, action.value ?? '', whereOf(body), true, 'full'));
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...internalError(ports.logger, error, action.action_id) }).catch(() => undefined);
    }
  };
}

export function shareInChannel(ports: Ports) {
  return async ({ ack, action, body, respond }: ActionArgs<BlockAction<ButtonAction>>): Promise<void> => {
    await ack();
    try {
      // With the workspace's defaults, so the shared answer is the one the sharer saw.
      const message = await reply(ports, action.value ?? '', whereOf(body), false);
      await respond({ response_type: 'in_channel', replace_original: false, ...sharedBy(message, body.user.id) });
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...internalError(ports.logger, error, 'share') }).catch(() => undefined);
    }
  };
}

export function addModelOptions(ports: Ports) {
  return async ({ ack, options }: SlackOptionsMiddlewareArgs<'block_suggestion'> & AllMiddlewareArgs): Promise<void> => {
    await ack({ options: modelOptions(ports, options.value ?? '') });
  };
}

export function addModel(ports: Ports) {
  return async ({ ack, action, body, respond }: ActionArgs<BlockAction<StaticSelectAction>>): Promise<void> => {
    await ack();
    // The select's block carries the command it extends (see render/blocks/actions.ts).
    const base = action.block_id.startsWith('cmd:') ? action.block_id.slice(4) : '';
    const added = action.selected_option?.value ?? '';
    try {
      const query = parseText(ports.catalog, base);
      const handled = await handle({ text: base, where: whereOf(body), query: { ...query, intent: 'compare', models: [...query.models, added] }, detail: 'brief' }, ports);
      await answerWith(respond, body, messageFor(handled, true));
    } catch (error) {
      await respond({ response_type: 'ephemeral', replace_original: false, ...internalError(ports.logger, error, 'add_model') }).catch(() => undefined);
    }
  };
}

export function openCalculator(ports: Ports) {
  return async ({ ack, action, body, client }: ActionArgs<BlockAction<ButtonAction>>): Promise<void> => {
    await ack();
    try {
      const input = calculatorInput(ports, action.value ?? '');
      await client.views.open({ trigger_id: body.trigger_id, view: calculatorView(input, await calculate(ports, input, whereOf(body))) });
    } catch (error) {
      internalError(ports.logger, error, 'open_calculator');
    }
  };
}

/** The calculator's inputs dispatch an action on every change: re-price and update the modal. */
export function calculatorChanged(ports: Ports) {
  return async ({ ack, body, client }: ActionArgs<BlockAction>): Promise<void> => {
    await ack();
    const view = body.view;
    if (!view) return;
    try {
      const input = readCalculator(ports, view);
      await client.views.update({ view_id: view.id, hash: view.hash, view: calculatorView(input, await calculate(ports, input, whereOf(body))) });
    } catch (error) {
      internalError(ports.logger, error, 'calculator update');
    }
  };
}

export function registerActions(app: Listeners, ports: Ports): void {
  app.action(new RegExp(`^${ACTION.run}`), runCommand(ports));
  app.action(ACTION.share, shareInChannel(ports));
  app.action(ACTION.full, fullComparison(ports));
  app.options(ACTION.addModel, addModelOptions(ports));
  app.action(ACTION.addModel, addModel(ports));
  app.action(new RegExp(`^${ACTION.calculator}`), openCalculator(ports));
  // One listener for the calculator's four inputs: Bolt runs every listener's matching on every request.
  const fields = [CALCULATOR.volume, CALCULATOR.mix, CALCULATOR.cached, CALCULATOR.batch];
  app.action(new RegExp(`^(?:${fields.join('|')})$`), calculatorChanged(ports));
}
