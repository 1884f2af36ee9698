// One side of a volume changed, the other kept: "what if we cut output by half?", "halve the input", "with twice the
// output", "30% more input", "if responses were 3x longer". Read as that side's factor; the follow-up applies it to
// the volume and mix asked before.
import { DEFAULT_MIX } from '../cost/profile.ts';
import { mixOf } from '../cost/parse.ts';
import type { Query } from './query.ts';
import { SHARE_WORD, shareSaid } from './share-words.ts';

export interface SideScale {
  side: 'input' | 'output';
  factor: number;
  /** The words it was read from, to say back. */
  said: string;
}

const SIDE = String.raw`(?:the\s+|our\s+|its\s+)?(?:(?<input>input|prompts?)|(?<output>output|completions?|responses?|answers?|replies))(?:\s+tokens?|\s+length|\s+sizes?)?`;
const AMOUNT = String.raw`(?<amount>${SHARE_WORD}|\d{1,3}(?:\.\d+)?\s*%|\d+(?:\.\d+)?\s*(?:x|×|times))`;
const VERB_DOWN = `(?<down>cut|cuts|cutting|reduce|reduced|reducing|lower|lowered|lowering|trim|trimmed|trimming|shrink|shrank|shrinking|shorten|shortened|shortening|decrease|decreased|decreasing)`;
const VERB_UP = `(?<up>increase|increased|increasing|raise|raised|raising|grow|grew|growing|expand|expanded|expanding|lengthen|lengthened|boost|boosted)`;
const MULTIPLY = `(?<times>halve[sd]?|halving|double[sd]?|doubling|triple[sd]?|tripling|quadruple[sd]?)`;

const PATTERNS = [
  // "cut output by half", "reduce the input by 30%", "increase output by 2x", "cut output to a third"
  new RegExp(String.raw`\b(?:${VERB_DOWN}|${VERB_UP})\s+${SIDE}\s+(?<by>by|to)\s+${AMOUNT}`, 'i'),
  // "halve the output", "double our input tokens"
  new RegExp(String.raw`\b${MULTIPLY}\s+${SIDE}\b`, 'i'),
  // "output doubles", "if the responses were halved", "output cut in half"
  new RegExp(String.raw`\b${SIDE}\s+(?:(?:were|was|is|gets?|got)\s+)?(?:${MULTIPLY}|(?<half>cut in half|cut by half))\b`, 'i'),
  // "with twice the output", "half the input", "2x the output", "30% more input", "50% less output", "3x more output"
  new RegExp(String.raw`\b(?:(?<twice>twice|double|triple)|${AMOUNT})\s+(?:(?<more>more|longer|bigger|larger)\s+|(?<less>less|fewer|shorter|smaller)\s+)?${SIDE}\b`, 'i'),
  // "if responses were 3x longer", "prompts 50% shorter"
  new RegExp(
    String.raw`\b${SIDE}\s+(?:(?:were|was|are|is|got|get|gets|became|become)\s+)?${AMOUNT}(?:\s+(?:(?<more>longer|bigger|larger|more)|(?<less>shorter|smaller|less))\b)?`,
    'i',
  ),
];

/** "Halve", "doubled", "tripling", "twice": the multiple the word says. */
function timesOf(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w.startsWith('halv')) return 0.5;
  if (w.startsWith('doubl') || w === 'twice') return 2;
  if (w.startsWith('tripl')) return 3;
  return w.startsWith('quadrupl') ? 4 : undefined;
}

/** "2x", "3 times" (a multiple), or "30%", "half", "a third" (a share of the side). */
function amountOf(said: string): { value: number; multiple: boolean } | undefined {
  const multiple = /^(\d+(?:\.\d+)?)\s*(?:x|×|times)$/i.exec(said.trim());
  if (multiple) return { value: Number(multiple[1]), multiple: true };
  const share = shareSaid(said);
  return share === undefined ? undefined : { value: share, multiple: false };
}

/** The factor an amount makes with the words around it: "cut by 30%" 0.7, "cut to 30%" 0.3, "3x less" ⅓, "30% more" 1.3. */
function factorOf(g: Record<string, string | undefined>, amount: { value: number; multiple: boolean }): number {
  const to = g.by?.toLowerCase() === 'to';
  if (g.down || g.less) return to ? amount.value : amount.multiple ? 1 / amount.value : 1 - amount.value;
  if (g.up || g.more) return to || amount.multiple ? amount.value : 1 + amount.value;
  return amount.value;
}

/** The side a follow-up scales and by how much; undefined when it says none; a problem for a factor that leaves nothing. */
export function sideScaleIn(text: string): SideScale | { problem: string } | undefined {
  for (const re of PATTERNS) {
    const m = re.exec(text);
    const g = m?.groups;
    if (!m || !g) continue;
    const times = g.times ?? g.twice;
    // A bare percentage beside a side ("75% input") is a mix, not a multiple.
    const plainPercent = g.amount?.includes('%') && !g.down && !g.up && !g.more && !g.less;
    const amount = g.amount === undefined || plainPercent ? undefined : amountOf(g.amount);
    const factor = times !== undefined ? timesOf(times) : g.half !== undefined ? 0.5 : amount ? factorOf(g, amount) : undefined;
    if (factor === undefined || !Number.isFinite(factor)) continue;
    if (factor <= 0)
      return {
        problem: `“${m[0].trim()}” leaves no ${g.input ? 'input' : 'output'} at all: cut it by less than 100% (such as by half), or give the mix, such as mix ${g.input ? '0:1' : '1:0'}.`,
      };
    return { side: g.input ? 'input' : 'output', factor: Number(factor.toPrecision(12)), said: m[0].trim() };
  }
  return undefined;
}

/**
 * The volume and mix with one side scaled: "cut output by half" at 30M tokens, 3:1, is 22.5M in and 3.75M out (26.25M,
 * 6:1). With no volume before, the default volume is scaled when answered (`scaleBy`), at the mix before or 3:1.
 */
export function scaledSide(previous: Query, scale: SideScale): Pick<Query, 'tokens' | 'scaleBy' | 'mix' | 'promptTokens'> & { note: string } {
  const mix = previous.mix ?? DEFAULT_MIX;
  const input = mix.input * (scale.side === 'input' ? scale.factor : 1);
  const output = mix.output * (scale.side === 'output' ? scale.factor : 1);
  const ratio = (input + output) / (mix.input + mix.output);
  const precise = (x: number) => Math.round(x * 1000);
  const scaled = mixOf(precise(input), precise(output));
  const promptTokens = previous.promptTokens !== null && scale.side === 'input' ? Math.round(previous.promptTokens * scale.factor) : previous.promptTokens;
  const factor = Number(scale.factor.toPrecision(6));
  if (previous.tokens === null) {
    const scaleBy = (previous.scaleBy ?? 1) * ratio;
    return { tokens: null, scaleBy, mix: scaled, promptTokens, note: `${scale.side} × ${factor} (“${scale.said}”) at the volume and mix before` };
  }
  const tokens = Math.round(previous.tokens * ratio);
  return {
    tokens,
    scaleBy: undefined,
    mix: scaled,
    promptTokens,
    note: `${scale.side} × ${factor} (“${scale.said}”): ${tokens.toLocaleString('en-US')} tokens ${previous.per === 'request' ? 'a request' : 'a month'}, ${previous.tokens.toLocaleString('en-US')} before`,
  };
}
