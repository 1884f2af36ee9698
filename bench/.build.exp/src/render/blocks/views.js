import { describeSubscription } from '../workspace.js';
import { money, perMillion } from '../../cost/format.js';
import { weekdayName, WEEKDAYS } from '../../digest/schedule.js';
import { actions, button, clip, context, divider, esc, fields, header, LIMITS, section } from './kit.js';
import { ACTION } from './actions.js';
import { watchHomeBlocks } from './watch.js';
export const CALCULATOR = {
    callbackId: 'cost_calculator',
    volume: 'calc_volume',
    mix: 'calc_mix',
    cached: 'calc_cached',
    batch: 'calc_batch',
    result: 'calc_result',
};
export function costLine(q) {
    return q.monthlyUsd === null
        ? `*${esc(q.name)}*: no price for this profile — ${esc(q.refusal ?? '')}.`
        : `*${esc(q.name)}*: *${money(q.monthlyUsd)}* a month (${perMillion(q.blendedPerMillion ?? 0)} blended)\n${q.breakdown.map((l) => `${l.part} ${money(l.usd)}`).join(' · ')}`;
}
function resultLines(result) {
    if (result.ranking) {
        return result.ranking.ranking.map((r, i) => `${i + 1}. *${esc(r.name)}*: *${money(r.monthlyUsd)}* a month (${perMillion(r.blendedPerMillion)} blended)`);
    }
    return result.quotes.map(costLine);
}
function input(blockId, label, initial, hint, placeholder) {
    return {
        type: 'input',
        block_id: blockId,
        dispatch_action: true,
        label: { type: 'plain_text', text: label },
        hint: { type: 'plain_text', text: hint },
        element: {
            type: 'plain_text_input',
            action_id: blockId,
            initial_value: clip(initial, 150),
            placeholder: { type: 'plain_text', text: placeholder },
            dispatch_action_config: { trigger_actions_on: ['on_enter_pressed', 'on_character_entered'] },
        },
    };
}
export function calculatorView(state, result) {
    const resultBlocks = result.ok
        ? resultLines(result)
            .slice(0, 20)
            .map((line) => section(line))
        : [section(`:warning: ${result.problems.map((p) => esc(p.message)).join('\n')}`)];
    const first = result.ok ? (result.quotes[0] ?? result.ranking) : null;
    const assumptions = first ? [context([esc(first.assumptions.text.join(' · '))])] : [];
    return {
        type: 'modal',
        callback_id: CALCULATOR.callbackId,
        private_metadata: clip(state.command, LIMITS.privateMetadata),
        title: { type: 'plain_text', text: 'Cost calculator' },
        submit: { type: 'plain_text', text: 'Done' },
        close: { type: 'plain_text', text: 'Close' },
        blocks: [
            section(`Monthly cost of ${state.models.map((m) => `*${esc(m)}*`).join(', ')}. The result updates as you type.`),
            input(CALCULATOR.volume, 'Volume (tokens)', state.volume, 'Per month unless you say: 50M, 500k per day, 2B a year', '50M'),
            input(CALCULATOR.mix, 'Input:output mix', state.mix, '3:1, 70/30, 75% input, mostly output', '3:1'),
            input(CALCULATOR.cached, 'Cached share of input', state.cached, '0 to 1, or a percentage: 0.5, 80%', '0'),
            {
                type: 'input',
                block_id: CALCULATOR.batch,
                optional: true,
                dispatch_action: true,
                label: { type: 'plain_text', text: 'Pricing' },
                element: {
                    type: 'checkboxes',
                    action_id: CALCULATOR.batch,
                    options: [{ text: { type: 'plain_text', text: 'Batch API' }, value: 'batch' }],
                    ...(state.batch ? { initial_options: [{ text: { type: 'plain_text', text: 'Batch API' }, value: 'batch' }] } : {}),
                },
            },
            divider(),
            { ...section('*Result*'), block_id: CALCULATOR.result },
            ...resultBlocks,
            ...assumptions,
        ],
    };
}
export function staleWords(stale) {
    if (stale.over30 === 0)
        return `Every model's prices were checked in the last 30 days.`;
    return `Prices older than 30 days: ${stale.over30} of ${stale.models} models (older than 90 days: ${stale.over90}) — run the sync or see Sources.`;
}
export function homeView(summary) {
    const { help } = summary;
    const blocks = [
        header('Model Scout'),
        section('Which AI model to use, and what it will cost — with the source and check date of every figure.'),
        divider(),
        section('*Ask me*'),
        section(help.examples.map((e) => `\`${esc(e.command)}\` — ${esc(e.what)}`).join('\n')),
        divider(),
        section('*The catalog at a glance*'),
        fields(summary.providers.map((p) => `*${esc(p.name)}*\n${p.models} models`)),
        context([
            `${help.models} models. Prices last checked ${summary.daysSinceCheck === 0 ? 'today' : `${summary.daysSinceCheck} day${summary.daysSinceCheck === 1 ? '' : 's'} ago`} (${help.checkedNewest}); the oldest check is ${help.checkedOldest}.`,
            staleWords(summary.stale),
        ]),
        actions([button('Open the cost calculator', `${ACTION.calculator}:home`, '/compare gpt-4.1-mini gpt-5.4-mini')]),
        divider(),
        section('*Weekly price digests in this workspace*'),
        ...(summary.subscriptions.length === 0
            ? [context(['None yet. In a channel, run `/models digest on [monday] [09:00] [Europe/Berlin]`.'])]
            : summary.subscriptions.slice(0, 20).flatMap((sub) => [
                {
                    ...section(`<#${sub.channelId}> — ${esc(describeSubscription(sub))}`),
                    accessory: button(sub.paused ? 'Edit and resume…' : 'Edit…', DIGEST_ACTION.edit, sub.channelId),
                },
                actions([button('Turn off', DIGEST_ACTION.off, sub.channelId, 'danger')]),
            ])),
        ...(summary.subscriptions.length > 20 ? [context([`and ${summary.subscriptions.length - 20} more`])] : []),
        divider(),
        ...watchHomeBlocks(summary.watches),
        divider(),
        section(`*Lanes*\n${help.lanes.map((l) => `\`${l.id}\` ${esc(l.name)}`).join('\n')}`),
    ];
    return { type: 'home', blocks };
}
export const DIGEST_ACTION = { off: 'digest_off', edit: 'digest_edit', callbackId: 'digest_edit_view' };
const WEEKDAY_OPTIONS = WEEKDAYS.map((_, i) => ({ text: { type: 'plain_text', text: weekdayName(i + 1) }, value: String(i + 1) }));
const QUIET_OPTIONS = [
    { text: { type: 'plain_text', text: 'Post one line' }, value: 'line' },
    { text: { type: 'plain_text', text: 'Post nothing' }, value: 'skip' },
];
export function digestEditView(input) {
    return {
        type: 'modal',
        callback_id: DIGEST_ACTION.callbackId,
        private_metadata: input.channelId,
        title: { type: 'plain_text', text: 'Weekly digest' },
        submit: { type: 'plain_text', text: 'Save' },
        close: { type: 'plain_text', text: 'Cancel' },
        blocks: [
            section(`Digest for <#${input.channelId}>`),
            {
                type: 'input',
                block_id: 'weekday',
                label: { type: 'plain_text', text: 'Day' },
                element: { type: 'static_select', action_id: 'weekday', options: WEEKDAY_OPTIONS, initial_option: WEEKDAY_OPTIONS[input.weekday - 1] },
            },
            {
                type: 'input',
                block_id: 'time',
                label: { type: 'plain_text', text: 'Time (24-hour)' },
                element: { type: 'plain_text_input', action_id: 'time', initial_value: input.localTime },
            },
            {
                type: 'input',
                block_id: 'zone',
                label: { type: 'plain_text', text: 'Time zone' },
                hint: { type: 'plain_text', text: 'An IANA name: Europe/Berlin, America/New_York, UTC' },
                element: { type: 'plain_text_input', action_id: 'zone', initial_value: input.timeZone },
            },
            {
                type: 'input',
                block_id: 'quiet',
                label: { type: 'plain_text', text: 'In a week without changes' },
                element: { type: 'static_select', action_id: 'quiet', options: QUIET_OPTIONS, initial_option: QUIET_OPTIONS[input.quiet === 'skip' ? 1 : 0] },
            },
        ],
    };
}
//# sourceMappingURL=views.js.map