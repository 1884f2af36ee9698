// `modelscout cost | compare | upgrade | cheapest | lanes | best | ask`.
import { createInterface } from 'node:readline';
import { ask, parseText, queryJson } from '../ask/index.ts';
import { renderBlocks } from '../render/blocks/index.ts';
import { renderText } from '../render/text/index.ts';
import { compareModels, MAX_COMPARED, upgrade } from '../compare/compare.ts';
import { costAnswer } from '../cost/quote.ts';
import { cheapest } from '../cost/rank.ts';
import { best, findLane, lanesAnswer } from '../lanes/best.ts';
import { bestText, cheapestText, comparisonText, costText, lanesText, upgradeText } from '../render/text/answers.ts';
import { requireModel } from './catalog.ts';
import { InputError, UsageError } from './errors.ts';
import { printJson } from './io.ts';
import { registerCommand, type CommandContext } from './registry.ts';
import { filterOptions, filtersFrom, profileFrom, profileOptions, topFrom } from './profile.ts';

const PROFILE_FLAGS = '[--tokens 50M] [--mix 3:1] [--cached 0.5] [--batch] [--tier priority|flex|fast] [--prompt-size 300k]';

function emit<T>(ctx: CommandContext, answer: T, text: (a: T) => string): number {
  if (ctx.json) printJson(ctx.io, answer);
  else ctx.io.out(text(answer));
  return 0;
}

function models(ctx: CommandContext, min: number, max: number, usage: string) {
  if (ctx.args.length < min) throw new UsageError(`Name ${min === max ? min : `${min} to ${max}`} model${max === 1 ? '' : 's'}. Usage: ${usage}`);
  if (ctx.args.length > max) throw new InputError(`At most ${max} models at once, got ${ctx.args.length}: ${ctx.args.join(', ')}.`);
  const catalog = ctx.catalog();
  const resolved = ctx.args.map((name) => requireModel(catalog, name));
  const notes = resolved.map((r) => (r.resolution.kind === 'found' ? r.resolution.note : undefined)).filter(Boolean);
  if (!ctx.json) for (const n of notes) ctx.io.err(`(${n})`);
  const unique = [...new Map(resolved.map((r) => [r.model.id, r.model])).values()];
  if (unique.length < resolved.length && min > 1) throw new InputError(`The same model was named twice (${ctx.args.join(', ')}); name ${min} different models.`);
  return { catalog, list: unique };
}

registerCommand('cost', {
  usage: `modelscout cost <model> --tokens 50M ${PROFILE_FLAGS.replace('[--tokens 50M] ', '')} [--json]`,
  summary: 'monthly cost of one model for a usage profile, with the breakdown and sources',
  options: profileOptions,
  run: (ctx) => {
    const usage = 'modelscout cost <model> --tokens 50M';
    const { list } = models(ctx, 1, 1, usage);
    if (typeof ctx.values.tokens !== 'string') throw new UsageError(`cost needs a volume: --tokens 50M (per month; 500k/day and 2B/year work too). Usage: ${usage}`);
    return emit(ctx, costAnswer(list[0]!, profileFrom(ctx.values), ctx.asOf), costText);
  },
});

registerCommand('compare', {
  usage: `modelscout compare <a> <b> [c] [d] ${PROFILE_FLAGS} [--json]`,
  summary: 'side by side: prices, cost at volume, specs, capabilities, benchmarks, winners, verdict, switch friction, lanes',
  options: profileOptions,
  run: (ctx) => {
    const { catalog, list } = models(ctx, 2, MAX_COMPARED, 'modelscout compare gpt-4.1-mini gpt-5.3-codex');
    return emit(ctx, compareModels(catalog, list, profileFrom(ctx.values), ctx.asOf), comparisonText);
  },
});

registerCommand('upgrade', {
  usage: `modelscout upgrade <from> <to> ${PROFILE_FLAGS} [--json]`,
  summary: 'what moving from one model to another gains, loses and costs',
  options: profileOptions,
  run: (ctx) => {
    const { catalog, list } = models(ctx, 2, 2, 'modelscout upgrade gpt-4.1-mini gpt-5.4');
    return emit(ctx, upgrade(catalog, list[0]!, list[1]!, profileFrom(ctx.values), ctx.asOf), upgradeText);
  },
});

registerCommand('cheapest', {
  usage: `modelscout cheapest --tokens 50M [--need vision,function-calling] [--input image] [--min-context 400k] [--provider openai] [--open-weights] [--lane id] [--min-score swe-bench-pro>=50] [--max-price 5] [--max-output-price 5] [--max-monthly 100] [--include-deprecated] [--top 10] ${PROFILE_FLAGS.replace('[--tokens 50M] ', '')} [--json]`,
  summary: 'every available model ranked by monthly cost for the profile, after filters',
  options: { ...profileOptions, ...filterOptions },
  run: (ctx) => {
    if (ctx.args.length > 0) throw new UsageError(`cheapest takes flags only, got ${JSON.stringify(ctx.args.join(' '))}. Example: modelscout cheapest --tokens 50M --need vision`);
    const catalog = ctx.catalog();
    return emit(ctx, cheapest(catalog, profileFrom(ctx.values, 1_000_000), filtersFrom(ctx.values, catalog), ctx.asOf, topFrom(ctx.values, 10)), cheapestText);
  },
});

registerCommand('lanes', {
  usage: `modelscout lanes <a> [b] [c] [d] ${PROFILE_FLAGS} [--json]`,
  summary: 'for every lane (kind of work), a verdict per model: use, sometimes, rarely or no, with the deciding figures',
  options: profileOptions,
  run: (ctx) => {
    const { catalog, list } = models(ctx, 1, MAX_COMPARED, 'modelscout lanes gpt-5.4-mini gpt-5.3-codex');
    return emit(ctx, lanesAnswer(catalog, list, profileFrom(ctx.values), ctx.asOf), lanesText);
  },
});

registerCommand('best', {
  usage: `modelscout best <lane> [--top 5] [filters as for cheapest] ${PROFILE_FLAGS} [--json]`,
  summary: 'the top models for a lane across the catalog, with why',
  options: { ...profileOptions, ...filterOptions },
  run: (ctx) => {
    const catalog = ctx.catalog();
    const text = ctx.args.join(' ');
    if (text.trim() === '') throw new UsageError(`best needs a lane: ${catalog.lanes.map((l) => l.id).join(', ')}`);
    const lane = findLane(catalog, text);
    if (!lane) throw new InputError(`Unknown lane ${JSON.stringify(text)}. Lanes: ${catalog.lanes.map((l) => l.id).join(', ')}.`);
    return emit(ctx, best(catalog, lane, profileFrom(ctx.values), filtersFrom(ctx.values, catalog), ctx.asOf, topFrom(ctx.values, 5)), bestText);
  },
});

registerCommand('ask', {
  usage: 'modelscout ask "<question or /command>" [--json | --blocks] | modelscout ask --stdin --json',
  summary: 'answer a plain-English question (or a /compare or /models command) as the bot would',
  options: { blocks: { type: 'boolean' }, stdin: { type: 'boolean' } },
  run: async (ctx) => {
    const catalog = ctx.catalog();
    const one = (text: string) => {
      const query = parseText(catalog, text);
      const asked = ask(catalog, query, ctx.asOf);
      return { asked, json: { ...queryJson(catalog, query), answer: asked.answer } };
    };
    if (ctx.values.stdin === true) {
      if (ctx.args.length > 0) throw new UsageError('ask --stdin reads questions from standard input; give no question on the command line.');
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      for await (const line of lines) {
        if (line.trim() === '') continue;
        const { asked, json } = one(line);
        if (ctx.json) ctx.io.out(JSON.stringify(json));
        else if (ctx.values.blocks === true) ctx.io.out(JSON.stringify(renderBlocks(asked.answer, { command: asked.command, ephemeral: true })));
        else ctx.io.out(`${renderText(asked.answer)}\n`);
      }
      return 0;
    }
    const text = ctx.args.join(' ');
    if (text.trim() === '') throw new UsageError('ask needs a question, e.g. modelscout ask "cheapest for 50M tokens?"');
    if (ctx.json && ctx.values.blocks === true) throw new UsageError('Choose one of --json and --blocks.');
    const { asked, json } = one(text);
    if (ctx.json) printJson(ctx.io, json);
    else if (ctx.values.blocks === true) printJson(ctx.io, renderBlocks(asked.answer, { command: asked.command, ephemeral: true }));
    else ctx.io.out(renderText(asked.answer));
    return 0;
  },
});
