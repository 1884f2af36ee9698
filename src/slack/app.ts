// The Bolt app in HTTP mode (every Slack request at /slack/events, GET /healthz) or Socket Mode.
// Every request to the endpoint is verified once, by the guard in front of Bolt: a missing, wrong or stale
// signature gets 401 and runs nothing.
import { App, ErrorCode, HTTPReceiver, LogLevel, SocketModeReceiver, type Logger as BoltLogger } from '@slack/bolt';
import { guardRequests } from './guard.ts';
import type { Server } from 'node:http';
import type { Settings } from '../config.ts';
import { health } from '../app/health.ts';
import type { Ports } from '../app/ports.ts';
import type { Logger } from '../log.ts';
import { registerActions } from './listeners/actions.ts';
import { registerCommands } from './listeners/commands.ts';
import { registerEvents } from './listeners/events.ts';
import { registerViews } from './listeners/views.ts';
import { registerHome } from './listeners/home.ts';
import { registerUnfurls } from './listeners/unfurl.ts';
import { registerAssistant } from './listeners/assistant.ts';
import { registerInstallEvents } from './listeners/install.ts';
import { registerWatches } from './listeners/watches.ts';
import { Routes } from './routes.ts';
import { installationsFor, oauthOptions, teamClients, type Authorizer, type OAuthOptions } from './oauth.ts';
import { deliveryClient, type TeamClients } from '../delivery/client.ts';
import type { webApi } from '@slack/bolt';

const LEVELS: Record<Settings['logLevel'], LogLevel> = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR };

/** Bolt's logger interface over ours, so Bolt's own messages go through the same channel. */
function boltLogger(logger: Logger, level: Settings['logLevel']): BoltLogger {
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

/**
 * Bolt's HTTP receiver (every Slack request at /slack/events, GET and HEAD /healthz), behind the request
 * guard; with OAuth, also GET /slack/install and GET /slack/oauth_redirect (left to Bolt by the guard).
 */
function httpReceiver(settings: Settings, ports: Ports, oauth?: OAuthOptions): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: settings.signingSecret as string,
    endpoints: ENDPOINT,
    // guardRequests verifies every request to ENDPOINT before Bolt reads it; a second check would only repeat it.
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
  receiver.requestListener = guardRequests(receiver.requestListener, { signingSecret: settings.signingSecret as string, logger: ports.logger, endpoints: [ENDPOINT] });
  return receiver;
}

/** Each app's OAuth installer (many-workspace mode), for the scheduler's tokens. */
const authorizers = new WeakMap<App, Authorizer>();

/** The installer that authorises each workspace's requests (and refreshes rotating tokens), in many-workspace mode. */
export function authorizerOf(app: App): Authorizer | undefined {
  return authorizers.get(app);
}

/**
 * How the scheduler reaches Slack: the one bot token's client, or (installs by many workspaces) each
 * workspace's own, refreshed first when its rotating token is near expiry.
 */
export function schedulerClients(app: App, settings: Settings): { client?: webApi.WebClient; clientFor?: TeamClients } {
  const authorizer = authorizerOf(app);
  if (authorizer) return { clientFor: teamClients(authorizer, (token) => deliveryClient(token, settings.apiUrl)) };
  return { client: deliveryClient(settings.botToken as string, settings.apiUrl) };
}

export function createSlackApp(settings: Settings, ports: Ports): App {
  if (settings.mode === 'console' || !(settings.botToken || settings.oauth)) throw new Error('createSlackApp needs Slack settings (socket or http mode)');
  if (settings.oauth) return createInstallableApp(settings, ports);
  const common = {
    token: settings.botToken,
    // Initialise (auth.test) in startSlackApp, where a rejected token can be reported cleanly.
    deferInitialization: true,
    // No listener reads conversation state; without the store, no request waits on it.
    convoStore: false as const,
    logger: boltLogger(ports.logger, settings.logLevel),
    logLevel: LEVELS[settings.logLevel],
    clientOptions: settings.apiUrl ? { slackApiUrl: settings.apiUrl.endsWith('/') ? settings.apiUrl : `${settings.apiUrl}/` } : {},
  };
  const app = settings.mode === 'socket' ? new App({ ...common, appToken: settings.appToken, socketMode: true }) : new App({ ...common, receiver: httpReceiver(settings, ports) });
  registerListeners(app, ports);
  return app;
}

/**
 * Installable by any workspace: no token of its own; every request is authorised with its workspace's
 * stored token (a workspace without one gets no answer), through Bolt's installer over the store.
 */
function createInstallableApp(settings: Settings, ports: Ports): App {
  const oauth = settings.oauth as NonNullable<Settings['oauth']>;
  const clientOptions = settings.apiUrl ? { slackApiUrl: settings.apiUrl.endsWith('/') ? settings.apiUrl : `${settings.apiUrl}/` } : {};
  const options = oauthOptions(oauth, installationsFor(oauth, ports), clientOptions);
  const logger = boltLogger(ports.logger, settings.logLevel);
  const receiver =
    settings.mode === 'socket'
      ? new SocketModeReceiver({
          appToken: settings.appToken as string,
          logger,
          logLevel: LEVELS[settings.logLevel],
          ...options,
          // The install pages are served over HTTP on PORT while events come over the socket.
          installerOptions: { ...options.installerOptions, port: settings.port },
        })
      : httpReceiver(settings, ports, options);
  const app = new App({ receiver, deferInitialization: true, convoStore: false, logger, logLevel: LEVELS[settings.logLevel], clientOptions });
  const installer = receiver.installer;
  if (installer) authorizers.set(app, installer);
  registerListeners(app, ports, (routes) => registerInstallEvents(routes, ports, options.installationStore));
  return app;
}

/** Every listener, given to Bolt through one listener per kind of request (see routes.ts); `more` adds the install events. */
function registerListeners(app: App, ports: Ports, more?: (routes: Routes) => void): void {
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
    // A request from a workspace that has not installed the app (or has removed it): nothing to answer with.
    if ((error as { code?: unknown }).code === ErrorCode.AuthorizationError) {
      ports.logger.warn('Ignored a Slack request from a workspace without an installation of the app.');
      return;
    }
    ports.logger.error(`unhandled error: ${error instanceof Error ? error.message : String(error)}`);
  });
}

export class SlackStartError extends Error {
  override name = 'SlackStartError';
}

/** Starts the app; in HTTP mode returns the listening server (port 0 picks a free port). */
export async function startSlackApp(app: App, settings: Settings): Promise<Server | undefined> {
  try {
    await app.init();
  } catch (error) {
    const code = (error as { data?: { error?: string } }).data?.error ?? (error as Error).message;
    throw new SlackStartError(`Slack did not accept SLACK_BOT_TOKEN (${code}). Check the bot token from OAuth & Permissions${settings.apiUrl ? ` and SLACK_API_URL` : ''}.`);
  }
  if (settings.mode === 'socket') {
    await app.start();
    return undefined;
  }
  return (await app.start(settings.host ? { port: settings.port, host: settings.host } : settings.port)) as Server;
}
