// The buttons under an answer. Every button carries the command it runs, so a click is just
// another command: the listener parses the value exactly as it parses a typed command. Commands are
// written from the Query (data), never by editing another command's text.
import { actions, button, clip, LIMITS, type Block } from './kit.ts';
import type { types } from '@slack/bolt';
import { commandFor } from '../../ask/command-text.ts';
import type { Query } from '../../ask/query.ts';
import { mixOf } from '../../cost/parse.ts';

export const ACTION = {
  run: 'run_command',
  share: 'share_in_channel',
  addModel: 'add_model',
  calculator: 'open_calculator',
  full: 'full_comparison',
} as const;

export interface RenderContext {
  /** What was asked: the volume and mix buttons re-run it with one figure changed. */
  query: Query | null;
  /** The command that asks the same (what "Share" and the calculator re-run). */
  command: string;
  /** Ephemeral replies get "Share in channel"; posted ones don't. */
  ephemeral: boolean;
}

export const NO_ACTIONS: RenderContext = { query: null, command: '', ephemeral: false };

const VOLUMES = [
  { label: '1M', tokens: 1_000_000 },
  { label: '10M', tokens: 10_000_000 },
  { label: '100M', tokens: 100_000_000 },
];
const MIXES = [mixOf(3, 1), mixOf(1, 1), mixOf(1, 3)];

/** "Full comparison", "Share", volume and mix buttons, "Add a model" and "Cost calculator", as fits the answer. */
export function answerActions(ctx: RenderContext, what: { models: string[]; volumes: boolean; full?: boolean }): Block[] {
  if (ctx.command === '') return [];
  const command = clip(ctx.command, LIMITS.buttonValue - 40);
  const blocks: Block[] = [];
  // A brief reply keeps one row: the rest, sharing and the calculator (volumes and mixes are in the full reply).
  if (what.full) {
    const brief = [button('Full comparison', ACTION.full, command, 'primary')];
    if (ctx.ephemeral) brief.push(button('Share in channel', ACTION.share, command));
    brief.push(button('Cost calculator', `${ACTION.calculator}:button`, command));
    return [actions(brief)];
  }
  const first: types.ActionsBlockElement[] = [];
  if (ctx.ephemeral) first.push(button('Share in channel', ACTION.share, command, 'primary'));
  const query = ctx.query;
  if (what.volumes && query) {
    // A volume button asks at that one volume, in place of several asked.
    const { volumes: several, ...one } = query;
    for (const v of VOLUMES) {
      if (query.tokens !== v.tokens || several) first.push(button(v.label, `${ACTION.run}:volume:${v.label}`, clip(commandFor({ ...one, tokens: v.tokens }), LIMITS.buttonValue)));
    }
    first.push(button('Custom…', ACTION.calculator, command));
  }
  if (first.length > 0) blocks.push(actions(first));
  const second: types.ActionsBlockElement[] = [];
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
  if (what.volumes && what.models.length > 0) second.push(button('Cost calculator', `${ACTION.calculator}:button`, command));
  // The select needs the base command; it travels in the block_id (≤ 255 characters).
  if (second.length > 0) {
    const hasSelect = second.some((e) => e.type === 'external_select');
    const blockId = `cmd:${command}`;
    if (hasSelect && blockId.length > LIMITS.blockId)
      second.splice(
        second.findIndex((e) => e.type === 'external_select'),
        1,
      );
    if (second.length > 0) blocks.push(actions(second, hasSelect && blockId.length <= LIMITS.blockId ? blockId : undefined));
  }
  return blocks;
}
