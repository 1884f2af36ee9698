import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { HTTPReceiver, LogLevel } from '@slack/bolt';
import { deliveryClient } from '../delivery/client.js';
import { StoredInstallations } from './installations.js';
import { TokenCipher } from './token-crypto.js';
const MANIFEST = fileURLToPath(new URL('../../manifest.yml', import.meta.url));
export function botScopes(path = MANIFEST) {
    let scopes;
    try {
        const { parse } = createRequire(import.meta.url)('yaml');
        scopes = parse(readFileSync(path, 'utf8'))?.oauth_config?.scopes?.bot;
    }
    catch (error) {
        throw new Error(`Cannot read the bot scopes the install asks for from ${path}: ${error.message}`);
    }
    if (!Array.isArray(scopes) || scopes.length === 0 || !scopes.every((s) => typeof s === 'string')) {
        throw new Error(`${path} lists no bot scopes (oauth_config.scopes.bot): the install would ask for none.`);
    }
    return scopes;
}
export const INSTALL_PATH = '/slack/install';
export const REDIRECT_PATH = '/slack/oauth_redirect';
export function installationsFor(settings, ports) {
    return new StoredInstallations({
        store: async () => {
            await ports.ready;
            return ports.store;
        },
        cipher: new TokenCipher(settings.encryptionKey),
        logger: ports.logger,
    });
}
export function oauthOptions(settings, installations, clientOptions) {
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
            clientOptions,
        },
    };
}
export function isNoInstallation(error) {
    const e = error;
    return e?.name === 'NoInstallation' || e?.original?.name === 'NoInstallation';
}
export function teamClients(authorizer, makeClient) {
    const clients = new Map();
    const inFlight = new Map();
    const lookUp = async (teamId) => {
        let token;
        try {
            token = (await authorizer.authorize({ teamId, isEnterpriseInstall: false })).botToken;
        }
        catch (error) {
            if (!isNoInstallation(error))
                throw error;
            clients.delete(teamId);
            return undefined;
        }
        if (!token)
            return undefined;
        const known = clients.get(teamId);
        if (known?.token === token)
            return known.client;
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
export function storedTeamClients(settings, store, apiUrl) {
    const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
    const installations = new StoredInstallations({ store: async () => store, cipher: new TokenCipher(settings.encryptionKey), logger: silent });
    const clientOptions = apiUrl ? { slackApiUrl: apiUrl.endsWith('/') ? apiUrl : `${apiUrl}/` } : {};
    const receiver = new HTTPReceiver({
        signingSecret: 'not-used-without-requests',
        ...oauthOptions(settings, installations, clientOptions),
        logger: { ...silent, setLevel: () => undefined, getLevel: () => LogLevel.ERROR, setName: () => undefined },
    });
    if (!receiver.installer)
        throw new Error('The OAuth settings did not give an installer.');
    return teamClients(receiver.installer, (token) => deliveryClient(token, apiUrl));
}
//# sourceMappingURL=oauth.js.map