// The buttons under an answer. Every button carries the command it runs, so a click is just
// another command: the listener parses the value exactly as it parses a typed command.
import { actions, button, clip, LIMITS, type Block } from './kit.ts';
import type { types } from '@slack/bolt';

export const ACTION = {
  run: 'run_command',
  share: 'share_in_channel',
  addModel: 'add_model',
  calculator: 'open_calculator',
} as const;

export interface RenderContext {
  /** The command that produced the answer (what "Share" and the volume buttons re-run). */
  command: string;
  /** Ephemeral replies get "Share in channel"; posted ones don't. */
  ephemeral: boolean;
}

export const NO_ACTIONS: RenderContext = { command: '', ephemeral: false };

const VOLUME_PHRASE = /\bfor\s+\S+\s+tokens\b/i;
const MIX_PHRASE = /\bmix\s+\S+/i;

/** The command with its volume replaced (or added). */
export function withVolume(command: string, volume: string): string {
  const phrase = `for ${volume} tokens`;
  return VOLUME_PHRASE.test(command) ? command.replace(VOLUME_PHRASE, phrase) : `${command} ${phrase}`;
}

export function withMix(command: string, mix: string): string {
  return MIX_PHRASE.test(command) ? command.replace(MIX_PHRASE, `mix ${mix}`) : `${command} mix ${mix}`;
}

/** "Share", volume and mix buttons, "Add a model" and "Cost calculator", as fits the answer. */
export function answerActions(ctx: RenderContext, what: { models: string[]; volumes: boolean }): Block[] {
  if (ctx.command === '') return [];
  const command = clip(ctx.command, LIMITS.buttonValue - 40);
  const blocks: Block[] = [];
  const first: types.ActionsBlockElement[] = [];
  if (ctx.ephemeral) first.push(button('Share in channel', ACTION.share, command, 'primary'));
  if (what.volumes) {
    for (const v of ['1M', '10M', '100M']) {
      const current = VOLUME_PHRASE.exec(command)?.[0] === `for ${v} tokens`;
      if (!current) first.push(button(v, `${ACTION.run}:volume:${v}`, withVolume(command, v)));
    }
    first.push(button('Custom…', ACTION.calculator, command));
  }
  if (first.length > 0) blocks.push(actions(first));
  const second: types.ActionsBlockElement[] = [];
  if (what.volumes) {
    for (const mix of ['3:1', '1:1', '1:3']) second.push(button(`Mix ${mix}`, `${ACTION.run}:mix:${mix}`, withMix(command, mix)));
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
    if (hasSelect && blockId.length > LIMITS.blockId) second.splice(second.findIndex((e) => e.type === 'external_select'), 1);
    if (second.length > 0) blocks.push(actions(second, hasSelect && blockId.length <= LIMITS.blockId ? blockId : undefined));
  }
  return blocks;
}
