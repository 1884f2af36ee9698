import { App, ErrorCode, HTTPReceiver, LogLevel, SocketModeReceiver } from '@slack/bolt';
import { guardRequests } from './guard.js';
import { health } from '../app/health.js';
import { registerActions } from './listeners/actions.js';
import { registerCommands } from './listeners/commands.js';
import { registerEvents } from './listeners/events.js';
import { registerViews } from './listeners/views.js';
import { registerHome } from './listeners/home.js';
import { registerUnfurls } from './listeners/unfurl.js';
import { registerAssistant } from './listeners/assistant.js';
import { registerInstallEvents } from './listeners/install.js';
import { registerWatches } from './listeners/watches.js';
import { Routes } from './routes.js';
import { installationsFor, oauthOptions, teamClients } from './oauth.js';
import { deliveryClient } from '../delivery/client.js';
const LEVELS = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR };
function boltLogger(logger, level) {
    let current = LEVELS[level];
    return {
        debug: (...m) => logger.debug(...m),
        info: (...m) => logger.info(...m),
        warn: (...m) => logger.warn(...m),
        error: (...m) => logger.error(...m),
        setLevel: (l) => {
            current = l;
        },
        getLevel: () => current,
        setName: () => undefined,
    };
}
const ENDPOINT = '/slack/events';
function httpReceiver(settings, ports, oauth) {
    const receiver = new HTTPReceiver({
        signingSecret: settings.signingSecret,
        endpoints: ENDPOINT,
        signatureVerification: false,
        logger: boltLogger(ports.logger, settings.logLevel),
        ...(oauth ?? {}),
        customRoutes: [
            {
                path: '/healthz',
                method: ['GET', 'HEAD'],
                handler: async (req, res) => {
                    const report = await health(ports);
                    res.writeHead(report.ok ? 200 : 503, { 'content-type': 'application/json' });
                    res.end(req.method === 'HEAD' ? undefined : JSON.stringify(report));
                },
            },
        ],
    });
    receiver.requestListener = guardRequests(receiver.requestListener, { signingSecret: settings.signingSecret, logger: ports.logger, endpoints: [ENDPOINT] });
    return receiver;
}
const authorizers = new WeakMap();
export function authorizerOf(app) {
    return authorizers.get(app);
}
export function schedulerClients(app, settings) {
    const authorizer = authorizerOf(app);
    if (authorizer)
        return { clientFor: teamClients(authorizer, (token) => deliveryClient(token, settings.apiUrl)) };
    return { client: deliveryClient(settings.botToken, settings.apiUrl) };
}
export function createSlackApp(settings, ports) {
    if (settings.mode === 'console' || !(settings.botToken || settings.oauth))
        throw new Error('createSlackApp needs Slack settings (socket or http mode)');
    if (settings.oauth)
        return createInstallableApp(settings, ports);
    const common = {
        token: settings.botToken,
        deferInitialization: true,
        convoStore: false,
        logger: boltLogger(ports.logger, settings.logLevel),
        logLevel: LEVELS[settings.logLevel],
        clientOptions: settings.apiUrl ? { slackApiUrl: settings.apiUrl.endsWith('/') ? settings.apiUrl : `${settings.apiUrl}/` } : {},
    };
    const app = settings.mode === 'socket' ? new App({ ...common, appToken: settings.appToken, socketMode: true }) : new App({ ...common, receiver: httpReceiver(settings, ports) });
    registerListeners(app, ports);
    return app;
}
function createInstallableApp(settings, ports) {
    const oauth = settings.oauth;
    const clientOptions = settings.apiUrl ? { slackApiUrl: settings.apiUrl.endsWith('/') ? settings.apiUrl : `${settings.apiUrl}/` } : {};
    const options = oauthOptions(oauth, installationsFor(oauth, ports), clientOptions);
    const logger = boltLogger(ports.logger, settings.logLevel);
    const receiver = settings.mode === 'socket'
        ? new SocketModeReceiver({
            appToken: settings.appToken,
            logger,
            logLevel: LEVELS[settings.logLevel],
            ...options,
            installerOptions: { ...options.installerOptions, port: settings.port },
        })
        : httpReceiver(settings, ports, options);
    const app = new App({ receiver, deferInitialization: true, convoStore: false, logger, logLevel: LEVELS[settings.logLevel], clientOptions });
    const installer = receiver.installer;
    if (installer)
        authorizers.set(app, installer);
    registerListeners(app, ports, (routes) => registerInstallEvents(routes, ports, options.installationStore));
    return app;
}
function registerListeners(app, ports, more) {
    const routes = new Routes();
    registerCommands(routes, ports);
    registerEvents(routes, ports);
    registerActions(routes, ports);
    registerViews(routes, ports);
    registerHome(routes, ports);
    registerWatches(routes, ports);
    registerUnfurls(routes, ports);
    registerAssistant(app, routes, ports);
    more?.(routes);
    routes.mount(app);
    app.error(async (error) => {
        if (error.code === ErrorCode.AuthorizationError) {
            ports.logger.warn('Ignored a Slack request from a workspace without an installation of the app.');
            return;
        }
        ports.logger.error(`unhandled error: ${error instanceof Error ? error.message : String(error)}`);
    });
}
export class SlackStartError extends Error {
    name = 'SlackStartError';
}
export async function startSlackApp(app, settings) {
    try {
        await app.init();
    }
    catch (error) {
        const code = error.data?.error ?? error.message;
        throw new SlackStartError(`Slack did not accept SLACK_BOT_TOKEN (${code}). Check the bot token from OAuth & Permissions${settings.apiUrl ? ` and SLACK_API_URL` : ''}.`);
    }
    if (settings.mode === 'socket') {
        await app.start();
        return undefined;
    }
    return (await app.start(settings.host ? { port: settings.port, host: settings.host } : settings.port));
}
//# sourceMappingURL=app.js.map