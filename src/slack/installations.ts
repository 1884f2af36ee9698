// Bolt's installationStore over the project's store: one row per workspace (or per organisation for an
// org-wide install), with the bot token and, when token rotation is on, its refresh token encrypted
// (token-crypto.ts) before they reach the store. A new install or a reinstall resumes what an uninstall
// paused. Only bot tokens are kept: the app asks for no user scopes.
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import type { Store, InstallationKey, InstallationRecord } from '../store/store.ts';
import type { Logger } from '../log.ts';
import type { TokenCipher } from './token-crypto.ts';

/** Why a workspace's deliveries were paused when it removed the app (a reinstall resumes these, nothing else). */
export const UNINSTALL_REASONS = ['app_uninstalled', 'tokens_revoked'] as const;

export class NoInstallation extends Error {
  override name = 'NoInstallation';
}

/** The additional authenticated data a row's ciphertexts are bound to. */
function contextOf(record: Pick<InstallationRecord, 'enterpriseId' | 'teamId' | 'isEnterpriseInstall'>): string {
  return record.isEnterpriseInstall ? `enterprise:${record.enterpriseId ?? ''}` : `team:${record.teamId ?? ''}`;
}

export interface InstallationsOptions {
  /** The store, once it is open (the app starts listening before that). */
  store: () => Promise<Store | undefined>;
  cipher: TokenCipher;
  logger: Logger;
  now?: () => Date;
}

export class StoredInstallations implements InstallationStore {
  constructor(private readonly options: InstallationsOptions) {}

  private async store(): Promise<Store> {
    const store = await this.options.store();
    if (!store) throw new Error('Installations need the store, and it is not open.');
    return store;
  }

  async storeInstallation<V extends 'v1' | 'v2'>(installation: Installation<V, boolean>): Promise<void> {
    const bot = installation.bot;
    if (!bot?.token) throw new Error('The install gave no bot token (the app needs bot scopes).');
    const isEnterpriseInstall = installation.isEnterpriseInstall === true;
    const key = { teamId: installation.team?.id ?? null, enterpriseId: installation.enterprise?.id ?? null, isEnterpriseInstall };
    if (!isEnterpriseInstall && !key.teamId) throw new Error('The install names no workspace.');
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
      if (resumed > 0) this.options.logger.info(`workspace ${key.teamId} installed the app again: resumed ${resumed} paused digest subscriptions and watches`);
    }
    if (!previous) this.options.logger.info(`installed in ${isEnterpriseInstall ? `organisation ${key.enterpriseId}` : `workspace ${key.teamId}`}`);
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<'v1' | 'v2', boolean>> {
    const store = await this.store();
    const key: InstallationKey = { teamId: query.teamId ?? null, enterpriseId: query.enterpriseId ?? null, isEnterpriseInstall: query.isEnterpriseInstall === true };
    // A workspace of an organisation that installed org-wide is served by the organisation's install.
    const record = (await store.installation(key)) ?? (key.enterpriseId && !key.isEnterpriseInstall ? await store.installation({ ...key, isEnterpriseInstall: true }) : undefined);
    if (!record) throw new NoInstallation(`No installation for ${key.isEnterpriseInstall ? `organisation ${key.enterpriseId}` : `workspace ${key.teamId ?? '(none)'}`}.`);
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
    } as Installation<'v2', boolean>;
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    const store = await this.store();
    await store.deleteInstallation({ teamId: query.teamId ?? null, enterpriseId: query.enterpriseId ?? null, isEnterpriseInstall: query.isEnterpriseInstall === true });
  }
}
