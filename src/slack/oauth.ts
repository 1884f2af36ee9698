// Installs by many workspaces: Bolt's own OAuth flow (GET /slack/install shows "Add to Slack" and sets the
// state cookie; GET /slack/oauth_redirect exchanges the code with oauth.v2.access) over the project's
// store (installations.ts). Every request is then authorised with its own workspace's token, refreshed
// first when token rotation is on and it is near expiry. The scheduler, which posts digests and alerts
// with no incoming event, gets each workspace's token the same way (teamClients).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { HTTPReceiver, LogLevel, type InstallationStore, type webApi } from '@slack/bolt';
import { deliveryClient, type TeamClients } from '../delivery/client.ts';
import type { Store } from '../store/store.ts';
import type { OAuthSettings } from '../config.ts';
import type { Ports } from '../app/ports.ts';
import { type UNINSTALL_REASONS, StoredInstallations } from './installations.ts';
import { TokenCipher } from './token-crypto.ts';

const MANIFEST = fileURLToPath(new URL('../../manifest.yml', import.meta.url));

/**
 * The bot scopes the install asks for: manifest.yml's `oauth_config.scopes.bot`, the one list of them
 * (read once, when the app is built for many workspaces).
 */
export function botScopes(path = MANIFEST): string[] {
  let scopes: unknown;
  try {
    // The YAML parser loads only here: a single-workspace start never needs it.
    const { parse } = createRequire(import.meta.url)('yaml') as typeof import('yaml');
    scopes = (parse(readFileSync(path, 'utf8')) as { oauth_config?: { scopes?: { bot?: unknown } } })?.oauth_config?.scopes?.bot;
  } catch (error) {
    throw new Error(`Cannot read the bot scopes the install asks for from ${path}: ${(error as Error).message}`);
  }
  if (!Array.isArray(scopes) || scopes.length === 0 || !scopes.every((s) => typeof s === 'string')) {
    throw new Error(`${path} lists no bot scopes (oauth_config.scopes.bot): the install would ask for none.`);
  }
  return scopes as string[];
}

export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';

/** What Bolt's receivers take to serve the install flow and authorise requests per workspace. */
export interface OAuthOptions {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  scopes: string[];
  redirectUri?: string;
  installationStore: InstallationStore;
  installerOptions: {
    installPath: string;
    redirectUriPath: string;
    directInstall: boolean;
    stateVerification: true;
    clientOptions: webApi.WebClientOptions;
  };
}

/** The installation store over `ports.store` (open once `ports.ready` settles). */
export function installationsFor(settings: OAuthSettings, ports: Ports): StoredInstallations {
  return new StoredInstallations({
    store: async () => {
      await ports.ready;
      return ports.store;
    },
    cipher: new TokenCipher(settings.encryptionKey),
    logger: ports.logger,
  });
}

export function oauthOptions(settings: OAuthSettings, installations: InstallationStore, clientOptions: webApi.WebClientOptions): OAuthOptions {
  return {
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    stateSecret: settings.stateSecret,
    scopes: botScopes(),
    ...(settings.redirectUri ? { redirectUri: settings.redirectUri } : {}),
    installationStore: installations,
    installerOptions: {
      installPath: INSTALL_PATH,
      redirectUriPath: settings.redirectUri ? new URL(settings.redirectUri).pathname : REDIRECT_PATH,
      directInstall: false,
      stateVerification: true,
      // oauth.v2.access and auth.test go where every other Web API call goes (SLACK_API_URL when set).
      clientOptions,
    },
  };
}

/** Bolt's installer, as far as the scheduler needs it: a workspace's authorisation, refreshed if near expiry. */
export interface Authorizer {
  authorize(source: { teamId?: string; enterpriseId?: string; isEnterpriseInstall: boolean }): Promise<{ botToken?: string }>;
}

/** Whether an error (possibly wrapped by Bolt's installer as its cause) says the workspace has no installation. */
export function isNoInstallation(error: unknown): boolean {
  const e = error as { original?: unknown; name?: unknown } | null;
  return e?.name === 'NoInstallation' || (e?.original as { name?: unknown } | undefined)?.name === 'NoInstallation';
}

/** Reasons an uninstall pauses a workspace's deliveries with. */
export type UninstallReason = (typeof UNINSTALL_REASONS)[number];

/**
 * Each installed workspace's Web API client for the scheduler: the workspace's current bot token through
 * Bolt's installer (which refreshes a rotating token within two hours of its expiry and stores the new one),
 * or undefined when the workspace has no installation (uninstalled, or never installed).
 */
export function teamClients(authorizer: Authorizer, makeClient: (token: string) => webApi.WebClient): (teamId: string) => Promise<webApi.WebClient | undefined> {
  // One client per workspace and token: a refreshed token gets a new client in place of the old one.
  const clients = new Map<string, { token: string; client: webApi.WebClient }>();
  // Calls for one workspace at once share one authorisation, so a token near expiry is refreshed once.
  const inFlight = new Map<string, Promise<webApi.WebClient | undefined>>();
  const lookUp = async (teamId: string): Promise<webApi.WebClient | undefined> => {
    let token: string | undefined;
    try {
      token = (await authorizer.authorize({ teamId, isEnterpriseInstall: false })).botToken;
    } catch (error) {
      // No installation: the workspace removed the app or never added it. Anything else (the store is
      // down, a refresh failed) is the pass's failure to report.
      if (!isNoInstallation(error)) throw error;
      clients.delete(teamId);
      return undefined;
    }
    if (!token) return undefined;
    const known = clients.get(teamId);
    if (known?.token === token) return known.client;
    const client = makeClient(token);
    clients.set(teamId, { token, client });
    return client;
  };
  return (teamId) => {
    let pending = inFlight.get(teamId);
    if (!pending) {
      pending = lookUp(teamId).finally(() => inFlight.delete(teamId));
      inFlight.set(teamId, pending);
    }
    return pending;
  };
}

/**
 * Each installed workspace's client for a process with no Slack app running (`alerts run-due`, cron): the
 * same installer over the same store, so a rotating token is refreshed (and stored) here too.
 */
export function storedTeamClients(settings: OAuthSettings, store: Store, apiUrl?: string): TeamClients {
  const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
  const installations = new StoredInstallations({ store: async () => store, cipher: new TokenCipher(settings.encryptionKey), logger: silent });
  const clientOptions = apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {};
  // Bolt's installer comes with its receiver; this one never listens (no requests reach it).
  const receiver = new HTTPReceiver({
    signingSecret: 'not-used-without-requests',
    ...oauthOptions(settings, installations, clientOptions),
    logger: { ...silent, setLevel: () => undefined, getLevel: () => LogLevel.ERROR, setName: () => undefined },
  });
  if (!receiver.installer) throw new Error('The OAuth settings did not give an installer.');
  return teamClients(receiver.installer, (token) => deliveryClient(token, apiUrl));
}
