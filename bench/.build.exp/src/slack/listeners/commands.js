import { esc, section } from '../../render/blocks/kit.js';
import { internalError, reply } from '../reply.js';
export const COMMANDS = ['/compare', '/models'];
export const ACK_DEADLINE_MS = 2000;
export function slashCommand(ports) {
    return async (args) => {
        const { command, ack, respond, client } = args;
        const name = command.command;
        if (!COMMANDS.includes(name))
            return unknownCommand(args);
        const where = {
            teamId: command.team_id,
            channelId: command.channel_id,
            userId: command.user_id,
            userTimeZone: async () => (await client.users.info({ user: command.user_id })).user?.tz,
        };
        const answer = reply(ports, `${name} ${command.text}`, where, true).catch((error) => internalError(ports.logger, error, name));
        let timer;
        const late = new Promise((resolve) => {
            timer = setTimeout(() => resolve('late'), ACK_DEADLINE_MS);
        });
        const first = await Promise.race([answer, late]);
        clearTimeout(timer);
        if (first !== 'late') {
            await ack({ response_type: 'ephemeral', ...first });
            return;
        }
        await ack();
        await respond({ response_type: 'ephemeral', ...(await answer) }).catch((error) => internalError(ports.logger, error, `${name} response_url`));
    };
}
export async function unknownCommand({ command, ack }) {
    const text = `Model Scout answers ${COMMANDS.join(' and ')}; it has no ${command.command.slice(0, 40)} command. Try /models help.`;
    await ack({ response_type: 'ephemeral', text, blocks: [section(esc(text))] });
}
export function registerCommands(app, ports) {
    app.command(/^\//, slashCommand(ports));
}
//# sourceMappingURL=commands.js.map