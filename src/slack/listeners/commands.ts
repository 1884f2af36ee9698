// Slash commands. Answers are computed in milliseconds, so the reply rides in the acknowledgement
// itself (Slack shows an ack's body as the command's ephemeral response): one HTTP exchange instead
// of an ack plus a response_url post. Anything that could take longer than Slack's 3-second window
// is acked empty at the deadline and answered through response_url when ready.
import type { RespondArguments } from '@slack/bolt';
import { cachedJson, internalError, respondTo, type Bot } from '../bot.ts';
import type { Listeners } from './router.ts';

export const COMMANDS = ['/compare', '/models'] as const;

/** How long an answer may take before the command is acked empty and answered later. */
export const ACK_DEADLINE_MS = 2000;

/** A fast path's result, or undefined when it fails: the full path then answers and reports the error. */
function quietly<T>(fast: () => T | undefined): T | undefined {
  try {
    return fast();
  } catch {
    return undefined;
  }
}

/** An answer's JSON as an ephemeral reply (a message always has its `text`, so the object is never empty). */
export function ephemeralJson(json: string): string {
  return `{"response_type":"ephemeral",${json.slice(1)}`;
}

/**
 * `jsonAcks`: the receiver sends a string ack body as JSON (HTTP mode, see app.ts), so an answer already
 * serialized is sent as is; Socket Mode carries objects.
 */
export function registerCommands(app: Listeners, bot: Bot, options: { jsonAcks: boolean }): void {
  const ackWith = (ack: (body?: string | RespondArguments) => Promise<void>, json: string) => {
    const body = ephemeralJson(json);
    return ack(options.jsonAcks ? body : (JSON.parse(body) as RespondArguments));
  };
  for (const name of COMMANDS) {
    app.command(name, async ({ command, ack, respond, client }) => {
      const text = `${name} ${command.text}`;
      const cached = quietly(() => cachedJson(bot, text, true, command.team_id));
      if (cached !== undefined) {
        await ackWith(ack, cached);
        return;
      }
      const answer = respondTo(bot, text, true, {
        teamId: command.team_id,
        channelId: command.channel_id,
        userId: command.user_id,
        userTimeZone: async () => (await client.users.info({ user: command.user_id })).user?.tz,
      }).then(
        (r) => r.json ?? JSON.stringify(r.message),
        (error: unknown) => JSON.stringify(internalError(bot, error, name)),
      );
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        timer = setTimeout(() => resolve('late'), ACK_DEADLINE_MS);
      });
      const first = await Promise.race([answer, late]);
      clearTimeout(timer);
      if (first !== 'late') {
        await ackWith(ack, first);
        return;
      }
      await ack();
      await respond(JSON.parse(ephemeralJson(await answer)) as RespondArguments).catch((error: unknown) => internalError(bot, error, `${name} response_url`));
    });
  }
}
