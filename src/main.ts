// `npm start`: the local console. Type what you would type to the `modelscout` command
// (`compare gpt-4.1-mini gpt-5.3-codex`, `cheapest --tokens 50M --need vision`) and read the answer.
import { createInterface } from 'node:readline/promises';
import { loadCatalog, CatalogError } from './catalog/load.ts';
import { formatProblem } from './catalog/validate.ts';
import { runCli } from './cli/main.ts';
import { tokenize } from './cli/tokenize.ts';

const banner = (models: number, providers: number) => `Model Scout — local console (${models} models from ${providers} providers).
Type a command without the "modelscout" prefix, for example:
  compare gpt-4.1-mini gpt-5.3-codex --tokens 50M
  cheapest --tokens 50M --need vision
  cost grok-4.3 --tokens 100M --mix 70/30
  lanes gpt-5.4-mini gpt-5.3-codex
  best terminal
  model claude-sonnet-5
"help" lists every command; "exit" or Ctrl-D leaves.`;

try {
  const catalog = loadCatalog();
  process.stdout.write(`${banner(catalog.models.length, catalog.providers.length)}\n`);
} catch (error) {
  if (error instanceof CatalogError) {
    process.stderr.write(`The catalog is invalid:\n${error.problems.slice(0, 20).map(formatProblem).join('\n')}\n`);
    process.exit(1);
  }
  throw error;
}

const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true });
if (process.stdin.isTTY) rl.setPrompt('modelscout> ');
rl.prompt();
for await (const line of rl) {
  const text = line.trim().replace(/^\/?(modelscout\s+)?/, '');
  if (text === 'exit' || text === 'quit') break;
  if (text !== '') {
    const args = tokenize(text);
    if (args.ok) await runCli(args.value);
    else process.stderr.write(`${args.error}\n`);
  }
  rl.prompt();
}
rl.close();
