import { parseArgs } from 'node:util';
import { App, LogLevel } from '@slack/bolt';
import { BENCH_BOT_TOKEN, BENCH_SIGNING_SECRET } from '../lib/slack-requests.js';
const modules = performance.now();
const { values } = parseArgs({ options: { 'api-url': { type: 'string' } } });
const app = new App({
    token: BENCH_BOT_TOKEN,
    signingSecret: BENCH_SIGNING_SECRET,
    endpoints: '/slack/events',
    logLevel: LogLevel.WARN,
    clientOptions: values['api-url'] ? { slackApiUrl: values['api-url'].endsWith('/') ? values['api-url'] : `${values['api-url']}/` } : {},
});
for (const name of ['/compare', '/models']) {
    app.command(name, async ({ ack }) => {
        await ack();
    });
}
const server = (await app.start({ port: 0, host: '127.0.0.1' }));
const address = server.address();
const port = address && typeof address === 'object' ? address.port : 0;
process.stdout.write(`${JSON.stringify({ event: 'listening', port, phases: { modules: Math.round(modules), listen: Math.round(performance.now() - modules) } })}\n`);
process.on('SIGUSR2', () => process.stdout.write(`${JSON.stringify({ event: 'rss', maxRssKb: process.resourceUsage().maxRSS })}\n`));
const stop = async () => {
    await app.stop().catch(() => undefined);
    process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
//# sourceMappingURL=bare.js.map