// Slash commands. Answers are computed in milliseconds, so the reply rides in the acknowledgement
// itself (Slack shows an ack's body as the command's ephemeral response): one HTTP exchange instead
// of an ack plus a response_url post. Anything that could take longer than Slack's 3-second window
// is acked empty at the deadline and answered through response_url when ready.
import { internalError, respondTo, type Bot } from '../bot.ts';
import type { Listeners } from './router.ts';

export const COMMANDS = ['/compare', '/models'] as const;

/** How long an answer may take before the command is acked empty and answered later. */
export const ACK_DEADLINE_MS = 2000;

export function registerCommands(app: Listeners, bot: Bot): void {
  for (const name of COMMANDS) {
    app.command(name, async ({ command, ack, respond, client }) => {
      const answer = respondTo(bot, `${name} ${command.text}`, true, {
        teamId: command.team_id,
        channelId: command.channel_id,
        userId: command.user_id,
        userTimeZone: async () => (await client.users.info({ user: command.user_id })).user?.tz,
      }).then(
        ({ message }) => ({ response_type: 'ephemeral' as const, ...message }),
        (error: unknown) => ({ response_type: 'ephemeral' as const, ...internalError(bot, error, name) }),
      );
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), ACK_DEADLINE_MS);
      });
      const first = await Promise.race([answer, late]);
      clearTimeout(timer);
      if (first !== 'late') {
        await ack(first);
        return;
      }
      await ack();
      await respond(await answer).catch((error: unknown) => internalError(bot, error, `${name} response_url`));
    });
  }
}
