// Slash commands. Answers are usually computed in milliseconds, so the reply rides in the
// acknowledgement itself (Slack shows an ack's body as the command's ephemeral response): one HTTP
// exchange instead of an ack plus a response_url post. An answer that takes longer than Slack's
// 3-second window allows is acked empty at the deadline and answered through response_url.
import type { AllMiddlewareArgs, RespondArguments, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Listeners } from '../routes.ts';
import type { Ports } from '../../app/ports.ts';
import { esc, section } from '../../render/blocks/kit.ts';
import { internalError, reply } from '../reply.ts';

export const COMMANDS = ['/compare', '/models'] as const;

/** How long an answer may take before the command is acked empty and answered later. */
export const ACK_DEADLINE_MS = 2000;

export function slashCommand(ports: Ports) {
  return async (args: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    const { command, ack, respond, client } = args;
    const name = command.command;
    if (!(COMMANDS as readonly string[]).includes(name)) return unknownCommand(args);
    const where = {
      teamId: command.team_id,
      channelId: command.channel_id,
      userId: command.user_id,
      userTimeZone: async () => (await client.users.info({ user: command.user_id })).user?.tz,
    };
    const answer = reply(ports, `${name} ${command.text}`, where, true).catch((error: unknown) => internalError(ports.logger, error, name));
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), ACK_DEADLINE_MS);
    });
    const first = await Promise.race([answer, late]);
    clearTimeout(timer);
    if (first !== 'late') {
      await ack({ response_type: 'ephemeral', ...first } as RespondArguments);
      return;
    }
    await ack();
    await respond({ response_type: 'ephemeral', ...(await answer) }).catch((error: unknown) => internalError(ports.logger, error, `${name} response_url`));
  };
}

/** A command the app's manifest does not declare (a stale or foreign install): say so at once. */
export async function unknownCommand({ command, ack }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> {
  const text = `Model Scout answers ${COMMANDS.join(' and ')}; it has no ${command.command.slice(0, 40)} command. Try /models help.`;
  await ack({ response_type: 'ephemeral', text, blocks: [section(esc(text))] });
}

/** One listener for every command (Bolt runs each registered listener's chain for every request). */
export function registerCommands(app: Listeners, ports: Ports): void {
  app.command(/^\//, slashCommand(ports));
}
