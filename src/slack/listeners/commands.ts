// Slash commands: ack, answer, respond (ephemeral, with "Share in channel").
import type { App } from '@slack/bolt';
import { internalError, respondTo, type Bot } from '../bot.ts';

export const COMMANDS = ['/compare', '/models'] as const;

export function registerCommands(app: App, bot: Bot): void {
  for (const name of COMMANDS) {
    app.command(name, async ({ command, ack, respond, client }) => {
      await ack();
      try {
        const { message } = await respondTo(bot, `${name} ${command.text}`, true, {
          teamId: command.team_id,
          channelId: command.channel_id,
          userId: command.user_id,
          userTimeZone: async () => (await client.users.info({ user: command.user_id })).user?.tz,
        });
        await respond({ response_type: 'ephemeral', ...message });
      } catch (error) {
        await respond({ response_type: 'ephemeral', ...internalError(bot, error, name) }).catch(() => undefined);
      }
    });
  }
}
