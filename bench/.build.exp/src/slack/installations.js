export const UNINSTALL_REASONS = ['app_uninstalled', 'tokens_revoked'];
export class NoInstallation extends Error {
    name = 'NoInstallation';
}
function contextOf(record) {
    return record.isEnterpriseInstall ? `enterprise:${record.enterpriseId ?? ''}` : `team:${record.teamId ?? ''}`;
}
export class StoredInstallations {
    options;
    constructor(options) {
        this.options = options;
    }
    async store() {
        const store = await this.options.store();
        if (!store)
            throw new Error('Installations need the store, and it is not open.');
        return store;
    }
    async storeInstallation(installation) {
        const bot = installation.bot;
        if (!bot?.token)
            throw new Error('The install gave no bot token (the app needs bot scopes).');
        const isEnterpriseInstall = installation.isEnterpriseInstall === true;
        const key = { teamId: installation.team?.id ?? null, enterpriseId: installation.enterprise?.id ?? null, isEnterpriseInstall };
        if (!isEnterpriseInstall && !key.teamId)
            throw new Error('The install names no workspace.');
        const store = await this.store();
        const now = (this.options.now ?? (() => new Date()))();
        const previous = await store.installation(key);
        const context = contextOf(key);
        const { cipher } = this.options;
        await store.saveInstallation({
            ...key,
            appId: installation.appId ?? null,
            teamName: installation.team?.name ?? null,
            enterpriseName: installation.enterprise?.name ?? null,
            enterpriseUrl: installation.enterpriseUrl ?? null,
            installerUserId: installation.user?.id ?? null,
            botId: bot.id ?? null,
            botUserId: bot.userId,
            botScopes: bot.scopes ?? [],
            botTokenEnc: cipher.encrypt(bot.token, context),
            botRefreshTokenEnc: bot.refreshToken && bot.expiresAt !== undefined ? cipher.encrypt(bot.refreshToken, context) : null,
            botTokenExpiresAt: bot.refreshToken && bot.expiresAt !== undefined ? new Date(bot.expiresAt * 1000) : null,
            installedAt: previous?.installedAt ?? now,
            updatedAt: now,
        });
        if (key.teamId) {
            const resumed = await store.resumeTeam(key.teamId, [...UNINSTALL_REASONS], now);
            if (resumed > 0)
                this.options.logger.info(`workspace ${key.teamId} installed the app again: resumed ${resumed} paused digest subscriptions and watches`);
        }
        if (!previous)
            this.options.logger.info(`installed in ${isEnterpriseInstall ? `organisation ${key.enterpriseId}` : `workspace ${key.teamId}`}`);
    }
    async fetchInstallation(query) {
        const store = await this.store();
        const key = { teamId: query.teamId ?? null, enterpriseId: query.enterpriseId ?? null, isEnterpriseInstall: query.isEnterpriseInstall === true };
        const record = (await store.installation(key)) ?? (key.enterpriseId && !key.isEnterpriseInstall ? await store.installation({ ...key, isEnterpriseInstall: true }) : undefined);
        if (!record)
            throw new NoInstallation(`No installation for ${key.isEnterpriseInstall ? `organisation ${key.enterpriseId}` : `workspace ${key.teamId ?? '(none)'}`}.`);
        const context = contextOf(record);
        const { cipher } = this.options;
        const expiresAt = record.botTokenExpiresAt ? Math.floor(record.botTokenExpiresAt.getTime() / 1000) : undefined;
        return {
            team: record.teamId ? { id: record.teamId, ...(record.teamName ? { name: record.teamName } : {}) } : undefined,
            enterprise: record.enterpriseId ? { id: record.enterpriseId, ...(record.enterpriseName ? { name: record.enterpriseName } : {}) } : undefined,
            user: { id: record.installerUserId ?? '', token: undefined, scopes: undefined },
            bot: {
                token: cipher.decrypt(record.botTokenEnc, context),
                ...(record.botRefreshTokenEnc && expiresAt !== undefined ? { refreshToken: cipher.decrypt(record.botRefreshTokenEnc, context), expiresAt } : {}),
                scopes: record.botScopes,
                id: record.botId ?? '',
                userId: record.botUserId,
            },
            ...(record.appId ? { appId: record.appId } : {}),
            ...(record.enterpriseUrl ? { enterpriseUrl: record.enterpriseUrl } : {}),
            tokenType: 'bot',
            isEnterpriseInstall: record.isEnterpriseInstall,
            authVersion: 'v2',
        };
    }
    async deleteInstallation(query) {
        const store = await this.store();
        await store.deleteInstallation({ teamId: query.teamId ?? null, enterpriseId: query.enterpriseId ?? null, isEnterpriseInstall: query.isEnterpriseInstall === true });
    }
}
//# sourceMappingURL=installations.js.map