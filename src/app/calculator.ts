// The cost calculator (a modal): the command it was opened from, re-priced at the volume, mix,
// cached share and batch choice typed into its fields. Each field's problem is reported on that field.
import type { CostAnswer } from '../cost/quote.ts';
import type { CheapestAnswer } from '../cost/rank.ts';
import { volumeText } from '../ask/command-text.ts';
import { parseText } from '../ask/index.ts';
import { profileOf } from '../ask/answer.ts';
import { resolveModel } from '../catalog/resolve.ts';
import { mixOf, parseMix, parseShare, parseVolume } from '../cost/parse.ts';
import type { Mix } from '../cost/profile.ts';
import { handle } from './handle.ts';
import type { Ports, Where } from './ports.ts';

export const CALCULATOR_FIELDS = ['volume', 'mix', 'cached'] as const;
export type CalculatorField = (typeof CALCULATOR_FIELDS)[number];

export interface CalculatorInput {
  /** The command the calculator re-prices (kept in the view's private_metadata). */
  command: string;
  /** What is priced, for the title line: model ids, or a description. */
  models: string[];
  volume: string;
  mix: string;
  cached: string;
  batch: boolean;
}

export type CalculatorResult = { ok: true; quotes: CostAnswer[]; ranking: CheapestAnswer | null } | { ok: false; problems: { field: CalculatorField; message: string }[] };

/** The calculator's first state, read from a command ("/compare a b for 50M tokens mix 3:1"). */
export function calculatorInput(ports: Ports, command: string): CalculatorInput {
  const query = parseText(ports.catalog, command);
  const profile = profileOf(query);
  const models = query.models.map((name) => {
    const r = resolveModel(ports.catalog, name);
    return r.kind === 'found' ? r.model.id : name;
  });
  return {
    command,
    models: models.length > 0 ? models : ['the cheapest models for your filters'],
    volume: volumeText(profile.tokensPerMonth),
    mix: `${profile.mix.input}:${profile.mix.output}`,
    cached: String(profile.cachedShare),
    batch: profile.batch,
  };
}

type FieldProblem = { field: CalculatorField; message: string };
type FieldsRead = { ok: true; tokens: number; mix: Mix; cachedShare: number } | { ok: false; problems: FieldProblem[] };

/** The modal's fields read as a usage profile, or what is wrong with each field. */
export function readFields(input: CalculatorInput): FieldsRead {
  const volume = parseVolume(input.volume);
  const mix = parseMix(input.mix === '' ? '3:1' : input.mix);
  const cached = parseShare(input.cached === '' ? '0' : input.cached);
  const problems: FieldProblem[] = [];
  if (!volume.ok) problems.push({ field: 'volume', message: volume.error });
  if (!mix.ok) problems.push({ field: 'mix', message: mix.error });
  if (!cached.ok) problems.push({ field: 'cached', message: cached.error });
  if (!volume.ok || !mix.ok || !cached.ok) return { ok: false, problems };
  return { ok: true, tokens: volume.value.tokensPerMonth, mix: mixOf(mix.value.input, mix.value.output), cachedShare: cached.value };
}

/** Prices the calculator's command at the profile typed into the modal: each model's cost, or the five cheapest. */
export async function calculate(ports: Ports, input: CalculatorInput, where: Where): Promise<CalculatorResult> {
  const fields = readFields(input);
  if (!fields.ok) return fields;
  // The modal's one volume stands in for any the command asked ("for 10M, 50M tokens").
  const { volumes: _typed, ...base } = parseText(ports.catalog, input.command);
  const asked = { ...base, problems: [], tokens: fields.tokens, mix: fields.mix, cachedShare: fields.cachedShare, batch: input.batch };
  if (base.models.length === 0) {
    const { answer } = await handle({ text: input.command, where, query: { ...asked, intent: 'cheapest', top: 5 } }, ports);
    return { ok: true, quotes: [], ranking: answer.kind === 'cheapest' ? answer : null };
  }
  const answers = await Promise.all(base.models.map((model) => handle({ text: input.command, where, query: { ...asked, intent: 'cost', models: [model] } }, ports)));
  return { ok: true, quotes: answers.flatMap(({ answer }) => (answer.kind === 'cost' ? [answer] : [])), ranking: null };
}
