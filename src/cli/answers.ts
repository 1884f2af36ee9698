// `modelscout cost | compare | upgrade | cheapest | newest | largest-context | largest-output | fastest | lanes | best | ask`: each reads its arguments and
// flags into a Query and answers it through the same `handle` as Slack and the console.
import { createInterface } from 'node:readline';
import { handle, LOCAL } from '../app/handle.ts';
import type { Ports } from '../app/ports.ts';
import type { Answer } from '../ask/answer.ts';
import { RANKING_COMMANDS } from '../ask/command-text.ts';
import { queryJson } from '../ask/index.ts';
import { emptyQuery, type Intent, type Query } from '../ask/query.ts';
import type { Catalog } from '../catalog/validate.ts';
import { MAX_COMPARED } from '../compare/compare.ts';
import type { RankOrder } from '../cost/rank.ts';
import { laneChoices } from '../lanes/best.ts';
import { laneNamed } from '../ask/command.ts';
import { createLogger } from '../log.ts';
import { renderBlocks } from '../render/blocks/index.ts';
import { renderText } from '../render/text/index.ts';
import { requireModel } from './catalog.ts';
import { InputError, UsageError } from './errors.ts';
import { printJson } from './io.ts';
import { filterOptions, filtersFrom, placesFrom, profileFlags, profileOptions } from './profile.ts';
import { registerCommand, type CommandContext } from './registry.ts';

const PROFILE_FLAGS =
  '[--tokens 50M] [--mix 3:1] [--cached 0.5] [--batch] [--tier priority|flex|fast] [--prompt-size 300k] [--hourly] [--daily] [--weekly] [--yearly] [--over "6 months"]';

/**
 * What the CLI answers from: the reviewed catalog with the store's accepted sync changes laid over it (when a
 * store exists), the date given by --as-of, a log on stderr.
 */
async function portsOf(ctx: CommandContext): Promise<Ports> {
  const { catalog, reviewed, notes } = await ctx.answering();
  return { catalog, reviewed, overlay: notes, now: () => new Date(`${ctx.asOf}T12:00:00Z`), logger: createLogger('warn') };
}

/** Answers that say the input could not be answered: the CLI reports them as bad input (exit 1). */
const NOT_ANSWERED = new Set<Answer['kind']>(['not-understood', 'unknown-model', 'input-problem', 'unavailable']);

async function answerQuery(ctx: CommandContext, query: Query): Promise<number> {
  const { answer } = await handle({ text: query.text, where: LOCAL, query }, await portsOf(ctx));
  if (NOT_ANSWERED.has(answer.kind)) throw new InputError(renderText(answer));
  if (ctx.json) printJson(ctx.io, answer);
  else ctx.io.out(renderText(answer));
  return 0;
}

/** The named models, resolved (a name that does not resolve is bad input, with suggestions). */
function modelIds(ctx: CommandContext, catalog: Catalog, min: number, max: number, usage: string): string[] {
  if (ctx.args.length < min) throw new UsageError(`Name ${min === max ? min : `${min} to ${max}`} model${max === 1 ? '' : 's'}. Usage: ${usage}`);
  if (ctx.args.length > max) throw new InputError(`At most ${max} models at once, got ${ctx.args.length}: ${ctx.args.join(', ')}.`);
  const resolved = ctx.args.map((name) => requireModel(catalog, name));
  if (!ctx.json) for (const r of resolved) if (r.resolution.kind === 'found' && r.resolution.note) ctx.io.err(`(${r.resolution.note})`);
  const ids = [...new Set(resolved.map((r) => r.model.id))];
  if (ids.length < resolved.length && min > 1) throw new InputError(`The same model was named twice (${ctx.args.join(', ')}); name ${min} different models.`);
  return ids;
}

function queryOf(ctx: CommandContext, intent: Intent, models: string[] = []): Query {
  return { ...emptyQuery(`modelscout ${ctx.args.join(' ')}`, intent), ...profileFlags(ctx.values), models };
}

/** A command over named models: cost, compare, upgrade, lanes; `--lane` names the work a comparison, a move or lanes is for. */
function modelsCommand(intent: Intent, min: number, max: number, example: string) {
  return async (ctx: CommandContext) => {
    const { catalog } = await ctx.answering();
    const query = queryOf(ctx, intent, modelIds(ctx, catalog, min, max, example));
    if (typeof ctx.values.lane !== 'string') return answerQuery(ctx, query);
    const lane = laneNamed(catalog, ctx.values.lane);
    if (!lane) throw new InputError(`Unknown lane ${JSON.stringify(ctx.values.lane)}. Lanes: ${laneChoices(catalog)}.`);
    return answerQuery(ctx, { ...query, lane: lane.id });
  };
}

/** The profile's options and the lane a comparison, a move or lanes is for. */
const laneOptions = { ...profileOptions, lane: { type: 'string' } } as const;

registerCommand('cost', {
  usage: `modelscout cost <model> --tokens 50M ${PROFILE_FLAGS.replace('[--tokens 50M] ', '')} [--json]`,
  summary: 'monthly cost of one model for a usage profile, with the breakdown and sources (--tokens 10M,50M,100M: the month at each)',
  options: profileOptions,
  run: async (ctx) => {
    const usage = 'modelscout cost <model> --tokens 50M';
    const ids = modelIds(ctx, (await ctx.answering()).catalog, 1, 1, usage);
    if (typeof ctx.values.tokens !== 'string') throw new UsageError(`cost needs a volume: --tokens 50M (per month; 500k/day and 2B/year work too). Usage: ${usage}`);
    return answerQuery(ctx, queryOf(ctx, 'cost', ids));
  },
});

registerCommand('compare', {
  usage: `modelscout compare <a> <b> [c] [d] ${PROFILE_FLAGS} [--lane id] [--json]`,
  summary: 'side by side: prices, cost at volume (--tokens 10M,50M: a row for each), specs, capabilities, benchmarks, winners, verdict, switch friction, lanes',
  options: laneOptions,
  run: modelsCommand('compare', 2, MAX_COMPARED, 'modelscout compare gpt-4.1-mini gpt-5.3-codex'),
});

registerCommand('upgrade', {
  usage: `modelscout upgrade <from> <to> ${PROFILE_FLAGS} [--lane id] [--json]`,
  summary: 'what moving from one model to another gains, loses and costs',
  options: laneOptions,
  run: modelsCommand('upgrade', 2, 2, 'modelscout upgrade gpt-4.1-mini gpt-5.4'),
});

registerCommand('cheapest', {
  usage: `modelscout cheapest --tokens 50M [--need vision,function-calling] [--without reasoning] [--input image] [--min-context 400k] [--max-context 200k] [--min-output 64k] [--max-output 8k] [--provider openai] [--exclude-provider xai] [--family llama] [--named gpt-5] [--open-weights] [--lane id] [--min-score swe-bench-pro>=50] [--max-price 5] [--max-input-price 1] [--max-output-price 5] [--min-price 1] [--min-input-price 1] [--min-output-price 2] [--max-monthly 100] [--include-deprecated] [--free] [--no-previews] [--long-prompt-price] [--instead-of gpt-4o] [--pricier-than gpt-5] [--top 10] [--from 1 | --place gpt-5] ${PROFILE_FLAGS.replace('[--tokens 50M] ', '')} [--json]`,
  summary: 'every available model ranked by monthly cost for the profile, after filters',
  options: { ...profileOptions, ...filterOptions },
  run: async (ctx) => {
    if (ctx.args.length > 0) throw new UsageError(`cheapest takes flags only, got ${JSON.stringify(ctx.args.join(' '))}. Example: modelscout cheapest --tokens 50M --need vision`);
    const { catalog } = await ctx.answering();
    return answerQuery(ctx, { ...queryOf(ctx, 'cheapest'), filters: filtersFrom(ctx.values, catalog, ctx.asOf), ...placesFrom(ctx.values, 10, catalog) });
  },
});

/** The same ranking in another order: newest release, largest context window, largest maximum output, fastest measured output. */
const RANKINGS: { order: RankOrder; summary: string; example: string }[] = [
  { order: 'priciest', summary: 'the dearest first, each model at its cheapest way of buying it', example: '--provider openai' },
  { order: 'newest', summary: 'newest release first', example: '--provider anthropic' },
  { order: 'context', summary: 'largest context window first', example: '--need vision' },
  { order: 'output', summary: 'largest published maximum output first (models that publish none are left out)', example: '--provider anthropic' },
  {
    order: 'task',
    summary: "lowest published cost per task first, on the benchmark with the most published runs (one benchmark's workload, not yours)",
    example: '--provider openai',
  },
  { order: 'speed', summary: 'fastest measured output first (models without a measured speed are left out)', example: '--provider openai' },
  {
    order: 'value',
    summary: 'the models no other beats on both price and quality (the Artificial Analysis Intelligence Index), cheapest first',
    example: '--open-weights',
  },
  { order: 'cutoff', summary: 'most recent knowledge cutoff first (models that publish none are left out)', example: '--provider google' },
  { order: 'retiring', summary: 'deprecated models and those with a retirement announced, the soonest retirement first', example: '--provider anthropic' },
];
for (const { order, summary, example: flags } of RANKINGS) {
  const name = RANKING_COMMANDS[order];
  const example = `modelscout ${name} ${flags}`;
  registerCommand(name, {
    usage: `modelscout ${name} [filters as for cheapest] [--top 10] [--from 1] ${PROFILE_FLAGS} [--json]`,
    summary: `the models that pass the filters, ${summary}, each priced for the profile`,
    options: { ...profileOptions, ...filterOptions },
    run: async (ctx) => {
      if (ctx.args.length > 0) throw new UsageError(`${name} takes flags only, got ${JSON.stringify(ctx.args.join(' '))}. Example: ${example}`);
      const { catalog } = await ctx.answering();
      return answerQuery(ctx, { ...queryOf(ctx, 'cheapest'), order, filters: filtersFrom(ctx.values, catalog, ctx.asOf), ...placesFrom(ctx.values, 10, catalog) });
    },
  });
}

registerCommand('leaderboard', {
  usage: `modelscout leaderboard <benchmark> [filters as for cheapest] [--top 10] [--from 1] ${PROFILE_FLAGS} [--json]`,
  summary: "the models with a score on a benchmark, highest first, each priced for the profile (a vendor's own figure is said to be one)",
  options: { ...profileOptions, ...filterOptions },
  run: async (ctx) => {
    const { catalog } = await ctx.answering();
    const [benchmark, ...rest] = ctx.args;
    if (benchmark === undefined || rest.length > 0 || !catalog.benchmarks.has(benchmark))
      throw new UsageError(`leaderboard takes one benchmark id, one of: ${[...catalog.benchmarks.keys()].join(', ')}. Example: modelscout leaderboard swe-bench-pro`);
    const filters = { ...filtersFrom(ctx.values, catalog, ctx.asOf), scoredOn: benchmark };
    return answerQuery(ctx, { ...queryOf(ctx, 'cheapest'), order: 'score', filters, ...placesFrom(ctx.values, 10, catalog) });
  },
});

registerCommand('lanes', {
  usage: `modelscout lanes <a> [b] [c] [d] ${PROFILE_FLAGS} [--lane id] [--json]`,
  summary: 'for every lane (kind of work), a verdict per model: use, sometimes, rarely, no or untested, with the deciding figures',
  options: laneOptions,
  run: modelsCommand('lanes', 1, MAX_COMPARED, 'modelscout lanes gpt-5.4-mini gpt-5.3-codex'),
});

registerCommand('best', {
  usage: `modelscout best <lane> | <lane> <lane>… | every [--value] [--top 5] [--from 1 | --place gpt-5] [filters as for cheapest] ${PROFILE_FLAGS} [--json]`,
  summary: 'the top models for a lane across the catalog, with why (--value: only those no other beats on both price and strength, cheapest first)',
  options: { ...profileOptions, ...filterOptions, value: { type: 'boolean' } },
  run: async (ctx) => {
    const { catalog } = await ctx.answering();
    const text = ctx.args.join(' ');
    if (text.trim() === '') throw new UsageError(`best needs a lane: ${catalog.lanes.map((l) => l.id).join(', ')}`);
    const order = ctx.values.value === true ? 'value' : 'price';
    // "best every lane", "best chat extraction": each lane's first pick, one row each.
    const words = text.trim().split(/[\s,]+/);
    const every = /^(?:every|each|all)(?:\s+lanes?)?$/i.test(text.trim());
    const several = words.length >= 2 ? words.map((w) => laneNamed(catalog, w)) : [];
    if (every || (several.length >= 2 && several.every((l) => l !== undefined))) {
      const lanePicks = every ? catalog.lanes.map((l) => l.id) : several.flatMap((l) => (l ? [l.id] : []));
      return answerQuery(ctx, { ...queryOf(ctx, 'best'), lane: null, lanePicks, order, filters: filtersFrom(ctx.values, catalog, ctx.asOf) });
    }
    const lane = laneNamed(catalog, text);
    if (!lane) throw new InputError(`Unknown lane ${JSON.stringify(text)}. Lanes: ${laneChoices(catalog)}.`);
    return answerQuery(ctx, { ...queryOf(ctx, 'best'), lane: lane.id, order, filters: filtersFrom(ctx.values, catalog, ctx.asOf), ...placesFrom(ctx.values, 5, catalog) });
  },
});

registerCommand('ask', {
  usage: 'modelscout ask "<question or /command>" [--json | --blocks] | modelscout ask --stdin --json',
  summary: 'answer a plain-English question (or a /compare or /models command) as the bot would',
  options: { blocks: { type: 'boolean' }, stdin: { type: 'boolean' } },
  run: async (ctx) => {
    if (ctx.json && ctx.values.blocks === true) throw new UsageError('Choose one of --json and --blocks.');
    const ports = await portsOf(ctx);
    /** One answer, in the form asked for: the Query and Answer as JSON, Block Kit, or terminal text. */
    const one = async (text: string, print: (value: unknown) => void) => {
      // --blocks shows the Slack reply, brief as a channel gets it; the terminal and --json keep everything.
      const handled = await handle({ text, where: LOCAL, detail: ctx.values.blocks === true ? 'brief' : 'full' }, ports);
      if (ctx.json) print({ ...queryJson(ports.catalog, handled.query), answer: handled.answer });
      else if (ctx.values.blocks === true) print(renderBlocks(handled.answer, { query: handled.query, command: handled.command, ephemeral: true }));
      else ctx.io.out(`${renderText(handled.answer)}\n`);
    };
    if (ctx.values.stdin === true) {
      if (ctx.args.length > 0) throw new UsageError('ask --stdin reads questions from standard input; give no question on the command line.');
      const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
      let failed = false;
      for await (const line of lines) {
        if (line.trim() === '') continue;
        // One line that cannot be answered never ends the stream: it gets its own error line.
        await one(line, (value) => ctx.io.out(JSON.stringify(value))).catch((error: unknown) => {
          failed = true;
          const message = `Could not answer ${JSON.stringify(line.slice(0, 200))}: ${error instanceof Error ? error.message : String(error)}`;
          if (ctx.json || ctx.values.blocks === true) ctx.io.out(JSON.stringify({ text: line, error: message }));
          else ctx.io.err(message);
        });
      }
      return failed ? 1 : 0;
    }
    const text = ctx.args.join(' ');
    if (text.trim() === '') throw new UsageError('ask needs a question, e.g. modelscout ask "cheapest for 50M tokens?"');
    await one(text, (value) => printJson(ctx.io, value));
    return 0;
  },
});
