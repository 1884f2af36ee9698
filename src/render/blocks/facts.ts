// Block Kit for fact answers ("when does sonnet 4.5 retire?") and "I can't see that" answers (a team's spend, GPUs).
import type { CannotSeeAnswer, FactAnswer } from '../../ask/answer.ts';
import { aheadSentence, cannotSeeWhy, factSentence, factSummary } from '../facts.ts';
import { ACTION } from './actions.ts';
import { actions, button, clip, context, esc, section, type Block, type SlackMessage } from './kit.ts';

export function factBlocks(a: FactAnswer): SlackMessage {
  const sources = a.facts
    .map((f) => (f.source ? `<${f.source.url}|${esc(clip(f.name, 80))}>, checked ${f.source.checked}` : undefined))
    .filter((s): s is string => s !== undefined);
  const blocks: Block[] = [
    ...(a.scope ? [section(esc(`${a.scope}.`))] : []),
    ...[aheadSentence(a)].flatMap((ahead) => (ahead ? [section(esc(ahead))] : [])),
    ...(a.facts.length > 0 ? [section(clip(a.facts.map((f) => esc(factSentence(a, f))).join('\n'), 2900))] : []),
  ];
  if (sources.length > 0) blocks.push(context([clip(`*Sources:* ${sources.slice(0, 4).join(' · ')}`, 1900)]));
  return { text: factSummary(a), blocks };
}

export function cannotSeeBlocks(a: CannotSeeAnswer): SlackMessage {
  const why = cannotSeeWhy(a);
  const blocks: Block[] = [section(esc(why)), section(`*What I can do instead*\n${a.instead.map((i) => `• \`${esc(clip(i.command, 200))}\` — ${esc(i.what)}`).join('\n')}`)];
  if (a.instead.length > 0)
    blocks.push(actions(a.instead.slice(0, 3).map((i, n) => button(clip(`Run ${i.command}`, 75), `${ACTION.run}:instead:${n}`, i.command, n === 0 ? 'primary' : undefined))));
  return { text: why, blocks };
}
