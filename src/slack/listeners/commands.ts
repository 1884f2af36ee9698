// Slash commands: ack, answer, respond (ephemeral, with "Share in channel").
import type { App } from '@slack/bolt';
import { internalError, reply, type Bot } from '../bot.ts';

export const COMMANDS = ['/compare', '/models'] as const;

export function registerCommands(app: App, bot: Bot): void {
  for (const name of COMMANDS) {
    app.command(name, async ({ command, ack, respond }) => {
      await ack();
      try {
        const { message } = reply(bot, `${name} ${command.text}`, true);
        await respond({ response_type: 'ephemeral', ...message });
      } catch (error) {
        await respond({ response_type: 'ephemeral', ...internalError(bot, error, name) }).catch(() => undefined);
      }
    });
  }
}
