// The `modelscout` command: parses argv, runs one command, returns the exit code.
// Exit 0 on success, 1 on bad input (message on stderr), 2 on bad usage. Never a stack trace.
import { parseArgs } from 'node:util';
import { CatalogError, loadCatalog } from '../load/catalog.ts';
import { formatProblem } from '../catalog/validate.ts';
import { InputError, UsageError } from './errors.ts';
import { StoreUnavailable } from '../store/store.ts';
import { overlaidCatalog } from './store.ts';
import type { Overlaid } from '../app/overlay.ts';
import { asOfDate, processIo, type Io } from './io.ts';
import { commands, registerCommand, type CommandContext, type Options, type Values } from './registry.ts';
import './answers.ts';
import './digest.ts';
import './chart.ts';
import './feedback.ts';
import './alerts.ts';
import '../sync/command.ts';
import { catalogCheck, catalogList, catalogSnapshot, resolveCommand, showModel } from './catalog.ts';

const common: Options = {
  json: { type: 'boolean' },
  'as-of': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

registerCommand('catalog', {
  usage: 'modelscout catalog [check | snapshot] [--json] [--as-of YYYY-MM-DD]',
  summary: 'list every model with its current prices, check the catalog files, or write the parsed snapshot a start reads',
  options: {},
  run: async ({ io, args, json, asOf, answering }) => {
    if (args[0] === 'check') {
      if (args.length > 1) throw new UsageError(`catalog check takes no arguments, got ${JSON.stringify(args.slice(1).join(' '))}`);
      return catalogCheck(io, json);
    }
    if (args[0] === 'snapshot') {
      if (args.length > 1) throw new UsageError(`catalog snapshot takes no arguments, got ${JSON.stringify(args.slice(1).join(' '))}`);
      return catalogSnapshot(io, json);
    }
    if (args.length > 0) throw new UsageError(`unknown catalog subcommand ${JSON.stringify(args[0])} (expected: check or snapshot)`);
    return catalogList(io, (await answering()).catalog, asOf, json);
  },
});

registerCommand('model', {
  usage: 'modelscout model <name> [--json] [--as-of YYYY-MM-DD]',
  summary: "one model's card: specs, prices, history, benchmarks, routes, with sources",
  options: {},
  run: async ({ io, args, json, asOf, answering }) => showModel(io, await answering(), requireName(args, 'model'), asOf, json),
});

registerCommand('resolve', {
  usage: 'modelscout resolve <name> [--json]',
  summary: 'which catalog model a name means (aliases, vendor prefixes, snapshots, typos)',
  options: {},
  run: async ({ io, args, json, answering }) => resolveCommand(io, (await answering()).catalog, requireName(args, 'resolve'), json),
});

function requireName(args: string[], command: string): string {
  const name = args.join(' ').trim();
  if (name === '') throw new UsageError(`${command} needs a model name, e.g. modelscout ${command} gpt-4.1-mini`);
  return name;
}

export function helpText(): string {
  const entries = [...commands.values()].map((c) => `  ${c.usage}\n      ${c.summary}`);
  return [
    'Model Scout — which AI model to use, and what it will cost.',
    '',
    'Usage:',
    ...entries,
    '  modelscout help\n      this text',
    '',
    'Add --json to any command for one JSON document on stdout. Exit codes: 0 ok, 1 bad input, 2 bad usage.',
  ].join('\n');
}

export async function runCli(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(helpText());
    return 0;
  }
  const command = commands.get(name);
  if (!command) {
    io.err(`Unknown command ${JSON.stringify(name)}.\n\n${helpText()}`);
    return 2;
  }
  try {
    const options = { ...common, ...command.options };
    // "--tokens -5M" would read -5M as a flag; join it to its option so the value is judged as a value.
    const args = rest.flatMap((arg, i) => {
      const previous = rest[i - 1];
      const takesValue = previous?.startsWith('--') && options[previous.slice(2)]?.type === 'string';
      return takesValue && /^-[\d.]/.test(arg)
        ? []
        : [/^--/.test(arg) && options[arg.slice(2)]?.type === 'string' && /^-[\d.]/.test(rest[i + 1] ?? '') ? `${arg}=${rest[i + 1]}` : arg];
    });
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional.*$/, '')}\nUsage: ${command.usage}`);
    }
    const values = parsed.values as Values;
    if (values.help) {
      io.out(`Usage: ${command.usage}\n${command.summary}`);
      return 0;
    }
    const asOf = asOfDate(values['as-of'] as string | undefined);
    let reviewed: ReturnType<typeof loadCatalog> | undefined;
    let answering: Promise<Overlaid> | undefined;
    const catalog = () => (reviewed ??= loadCatalog());
    const ctx: CommandContext = {
      io,
      args: parsed.positionals,
      values,
      json: values.json === true,
      asOf,
      catalog,
      // The sync's changes as they stood at the end of the day asked (now, without --as-of).
      answering: () => (answering ??= overlaidCatalog(catalog(), values['as-of'] === undefined ? new Date() : new Date(`${asOf}T23:59:59.999Z`))),
    };
    return await command.run(ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      return 2;
    }
    if (error instanceof InputError) {
      io.err(error.message);
      return 1;
    }
    if (error instanceof CatalogError) {
      io.err(`The catalog is invalid (run \`modelscout catalog check\`):\n${error.problems.slice(0, 20).map(formatProblem).join('\n')}`);
      return 1;
    }
    if (error instanceof StoreUnavailable) {
      io.err(error.message);
      return 1;
    }
    io.err(`Internal error: ${(error as Error).message ?? String(error)}`);
    return 1;
  }
}
