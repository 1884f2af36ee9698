import { calculate, calculatorInput } from '../../app/calculator.js';
import { handle } from '../../app/handle.js';
import { parseText } from '../../ask/index.js';
import { resolveModel } from '../../catalog/resolve.js';
import { ACTION } from '../../render/blocks/actions.js';
import { CALCULATOR, calculatorView } from '../../render/blocks/views.js';
import { internalError, messageFor, reply, sharedBy } from '../reply.js';
import { readCalculator } from './views.js';
export function modelOptions(ports, typed) {
    const squash = (s) => s.toLowerCase().replace(/[-. ]/g, '');
    const t = squash(typed.trim());
    const exact = resolveModel(ports.catalog, typed);
    const matches = ports.catalog.models.filter((m) => m.status !== 'deprecated' && (t === '' || squash(m.id).includes(t) || squash(m.name).includes(t)));
    const list = exact.kind === 'found' && !matches.includes(exact.model) ? [exact.model, ...matches] : matches;
    return list.slice(0, 100).map((m) => ({ text: { type: 'plain_text', text: `${m.name} (${m.id})`.slice(0, 75) }, value: m.id }));
}
function whereOf(body) {
    return { teamId: body.team?.id ?? '', channelId: body.channel?.id ?? '', userId: body.user.id };
}
function answerWith(respond, body, message) {
    const ephemeral = body.container?.is_ephemeral === true;
    return respond(ephemeral ? { replace_original: true, ...message } : { response_type: 'ephemeral', replace_original: false, ...message });
}
export function runCommand(ports) {
    return async ({ ack, action, body, respond }) => {
        await ack();
        try {
            await answerWith(respond, body, await reply(ports, action.value ?? '', whereOf(body), true));
        }
        catch (error) {
            await respond({ response_type: 'ephemeral', replace_original: false, ...internalError(ports.logger, error, action.action_id) }).catch(() => undefined);
        }
    };
}
export function fullComparison(ports) {
    return async ({ ack, action, body, respond }) => {
        await ack();
        try {
            await answerWith(respond, body, await reply(ports, action.value ?? '', whereOf(body), true, 'full'));
        }
        catch (error) {
            await respond({ response_type: 'ephemeral', replace_original: false, ...internalError(ports.logger, error, action.action_id) }).catch(() => undefined);
        }
    };
}
export function shareInChannel(ports) {
    return async ({ ack, action, body, respond }) => {
        await ack();
        try {
            const message = await reply(ports, action.value ?? '', whereOf(body), false);
            await respond({ response_type: 'in_channel', replace_original: false, ...sharedBy(message, body.user.id) });
        }
        catch (error) {
            await respond({ response_type: 'ephemeral', replace_original: false, ...internalError(ports.logger, error, 'share') }).catch(() => undefined);
        }
    };
}
export function addModelOptions(ports) {
    return async ({ ack, options }) => {
        await ack({ options: modelOptions(ports, options.value ?? '') });
    };
}
export function addModel(ports) {
    return async ({ ack, action, body, respond }) => {
        await ack();
        const base = action.block_id.startsWith('cmd:') ? action.block_id.slice(4) : '';
        const added = action.selected_option?.value ?? '';
        try {
            const query = parseText(ports.catalog, base);
            const handled = await handle({ text: base, where: whereOf(body), query: { ...query, intent: 'compare', models: [...query.models, added] }, detail: 'brief' }, ports);
            await answerWith(respond, body, messageFor(handled, true));
        }
        catch (error) {
            await respond({ response_type: 'ephemeral', replace_original: false, ...internalError(ports.logger, error, 'add_model') }).catch(() => undefined);
        }
    };
}
export function openCalculator(ports) {
    return async ({ ack, action, body, client }) => {
        await ack();
        try {
            const input = calculatorInput(ports, action.value ?? '');
            await client.views.open({ trigger_id: body.trigger_id, view: calculatorView(input, await calculate(ports, input, whereOf(body))) });
        }
        catch (error) {
            internalError(ports.logger, error, 'open_calculator');
        }
    };
}
export function calculatorChanged(ports) {
    return async ({ ack, body, client }) => {
        await ack();
        const view = body.view;
        if (!view)
            return;
        try {
            const input = readCalculator(ports, view);
            await client.views.update({ view_id: view.id, hash: view.hash, view: calculatorView(input, await calculate(ports, input, whereOf(body))) });
        }
        catch (error) {
            internalError(ports.logger, error, 'calculator update');
        }
    };
}
export function registerActions(app, ports) {
    app.action(new RegExp(`^${ACTION.run}`), runCommand(ports));
    app.action(ACTION.share, shareInChannel(ports));
    app.action(ACTION.full, fullComparison(ports));
    app.options(ACTION.addModel, addModelOptions(ports));
    app.action(ACTION.addModel, addModel(ports));
    app.action(new RegExp(`^${ACTION.calculator}`), openCalculator(ports));
    const fields = [CALCULATOR.volume, CALCULATOR.mix, CALCULATOR.cached, CALCULATOR.batch];
    app.action(new RegExp(`^(?:${fields.join('|')})$`), calculatorChanged(ports));
}
//# sourceMappingURL=actions.js.map