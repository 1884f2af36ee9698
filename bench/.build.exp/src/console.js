import { createInterface } from 'node:readline/promises';
import { buildsOn } from './ask/follow-up.js';
import { handle, LOCAL } from './app/handle.js';
import { renderText } from './render/text/index.js';
export function banner(ports) {
    return `Model Scout — local console (${ports.catalog.models.length} models from ${ports.catalog.providers.length} providers).
Type what you would type in Slack:
  /compare gpt-4.1-mini gpt-5.3-codex
  /compare gpt-5.4-mini grok-4.3 for 50M tokens mix 70/30
  /models cheapest 50M with vision context ≥ 400k
  /models cost grok-4.3 100M cached 80%
  /models lanes gpt-5.4-mini gpt-5.3-codex
  /models best terminal
  which model for terminal-heavy coding?
"help" shows more; "exit" or Ctrl-D leaves.

To connect to Slack, create the app from manifest.yml (see the README), then set SLACK_BOT_TOKEN and
either SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) in .env and run npm start again.`;
}
export async function runConsole(ports, input, output, interactive) {
    output.write(`${banner(ports)}\n`);
    const rl = createInterface({ input, output, terminal: interactive });
    if (interactive)
        rl.setPrompt('you> ');
    rl.prompt();
    let previous;
    for await (const line of rl) {
        const text = line.trim();
        if (text === 'exit' || text === 'quit')
            break;
        if (text !== '') {
            try {
                const { answer, query, asked } = await handle({ text, where: LOCAL, ...(previous ? { previous } : {}) }, ports);
                if (buildsOn(query))
                    previous = asked;
                output.write(`${renderText(answer)}\n\n`);
            }
            catch (error) {
                ports.logger.error(`console: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
                output.write('Sorry, something went wrong; the details are in the log above.\n\n');
            }
        }
        rl.prompt();
    }
    rl.close();
}
//# sourceMappingURL=console.js.map