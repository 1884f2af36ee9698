import { actions, button, clip, LIMITS } from './kit.js';
import { commandFor } from '../../ask/command-text.js';
import { mixOf } from '../../cost/parse.js';
export const ACTION = {
    run: 'run_command',
    share: 'share_in_channel',
    addModel: 'add_model',
    calculator: 'open_calculator',
    full: 'full_comparison',
};
export const NO_ACTIONS = { query: null, command: '', ephemeral: false };
const VOLUMES = [
    { label: '1M', tokens: 1_000_000 },
    { label: '10M', tokens: 10_000_000 },
    { label: '100M', tokens: 100_000_000 },
];
const MIXES = [mixOf(3, 1), mixOf(1, 1), mixOf(1, 3)];
export function answerActions(ctx, what) {
    if (ctx.command === '')
        return [];
    const command = clip(ctx.command, LIMITS.buttonValue - 40);
    const blocks = [];
    if (what.full) {
        const brief = [button('Full comparison', ACTION.full, command, 'primary')];
        if (ctx.ephemeral)
            brief.push(button('Share in channel', ACTION.share, command));
        brief.push(button('Cost calculator', `${ACTION.calculator}:button`, command));
        return [actions(brief)];
    }
    const first = [];
    if (ctx.ephemeral)
        first.push(button('Share in channel', ACTION.share, command, 'primary'));
    const query = ctx.query;
    if (what.volumes && query) {
        const { volumes: several, ...one } = query;
        for (const v of VOLUMES) {
            if (query.tokens !== v.tokens || several)
                first.push(button(v.label, `${ACTION.run}:volume:${v.label}`, clip(commandFor({ ...one, tokens: v.tokens }), LIMITS.buttonValue)));
        }
        first.push(button('Custom…', ACTION.calculator, command));
    }
    if (first.length > 0)
        blocks.push(actions(first));
    const second = [];
    if (what.volumes && query) {
        for (const mix of MIXES) {
            const label = `${mix.input}:${mix.output}`;
            second.push(button(`Mix ${label}`, `${ACTION.run}:mix:${label}`, clip(commandFor({ ...query, mix }), LIMITS.buttonValue)));
        }
    }
    if (what.models.length >= 1 && what.models.length < 4 && command.startsWith('/compare')) {
        second.push({
            type: 'external_select',
            action_id: ACTION.addModel,
            placeholder: { type: 'plain_text', text: 'Add a model…' },
            min_query_length: 1,
        });
    }
    if (what.volumes && what.models.length > 0)
        second.push(button('Cost calculator', `${ACTION.calculator}:button`, command));
    if (second.length > 0) {
        const hasSelect = second.some((e) => e.type === 'external_select');
        const blockId = `cmd:${command}`;
        if (hasSelect && blockId.length > LIMITS.blockId)
            second.splice(second.findIndex((e) => e.type === 'external_select'), 1);
        if (second.length > 0)
            blocks.push(actions(second, hasSelect && blockId.length <= LIMITS.blockId ? blockId : undefined));
    }
    return blocks;
}
//# sourceMappingURL=actions.js.map