import { parseArgs } from 'node:util';
import { CatalogError, loadCatalog } from '../load/catalog.js';
import { formatProblem } from '../catalog/validate.js';
import { InputError, UsageError } from './errors.js';
import { StoreUnavailable } from '../store/store.js';
import { overlaidCatalog } from './store.js';
import { asOfDate, processIo } from './io.js';
import { commands, registerCommand } from './registry.js';
import './answers.js';
import './digest.js';
import './chart.js';
import './feedback.js';
import './alerts.js';
import '../sync/command.js';
import { catalogCheck, catalogList, catalogSnapshot, resolveCommand, showModel } from './catalog.js';
const common = {
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
            if (args.length > 1)
                throw new UsageError(`catalog check takes no arguments, got ${JSON.stringify(args.slice(1).join(' '))}`);
            return catalogCheck(io, json);
        }
        if (args[0] === 'snapshot') {
            if (args.length > 1)
                throw new UsageError(`catalog snapshot takes no arguments, got ${JSON.stringify(args.slice(1).join(' '))}`);
            return catalogSnapshot(io, json);
        }
        if (args.length > 0)
            throw new UsageError(`unknown catalog subcommand ${JSON.stringify(args[0])} (expected: check or snapshot)`);
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
function requireName(args, command) {
    const name = args.join(' ').trim();
    if (name === '')
        throw new UsageError(`${command} needs a model name, e.g. modelscout ${command} gpt-4.1-mini`);
    return name;
}
export function helpText() {
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
export async function runCli(argv, io = processIo) {
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
        const args = rest.flatMap((arg, i) => {
            const previous = rest[i - 1];
            const takesValue = previous?.startsWith('--') && options[previous.slice(2)]?.type === 'string';
            return takesValue && /^-[\d.]/.test(arg)
                ? []
                : [/^--/.test(arg) && options[arg.slice(2)]?.type === 'string' && /^-[\d.]/.test(rest[i + 1] ?? '') ? `${arg}=${rest[i + 1]}` : arg];
        });
        let parsed;
        try {
            parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
        }
        catch (error) {
            throw new UsageError(`${error.message.replace(/\. To specify a positional.*$/, '')}\nUsage: ${command.usage}`);
        }
        const values = parsed.values;
        if (values.help) {
            io.out(`Usage: ${command.usage}\n${command.summary}`);
            return 0;
        }
        const asOf = asOfDate(values['as-of']);
        let reviewed;
        let answering;
        const catalog = () => (reviewed ??= loadCatalog());
        const ctx = {
            io,
            args: parsed.positionals,
            values,
            json: values.json === true,
            asOf,
            catalog,
            answering: () => (answering ??= overlaidCatalog(catalog(), values['as-of'] === undefined ? new Date() : new Date(`${asOf}T23:59:59.999Z`))),
        };
        return await command.run(ctx);
    }
    catch (error) {
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
        io.err(`Internal error: ${error.message ?? String(error)}`);
        return 1;
    }
}
//# sourceMappingURL=main.js.map