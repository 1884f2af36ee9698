// Installations (OAuth) through Bolt's installationStore interface, on both backends: tokens are encrypted
// at rest and bound to their row, an uninstall deletes them, and a reinstall resumes what it paused.
import { randomBytes } from 'node:crypto';
import type { Installation } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encryptionKeyOf } from '../../src/config.ts';
import { NoInstallation, StoredInstallations } from '../../src/slack/installations.ts';
import { TokenCipher, TokenDecryptError } from '../../src/slack/token-crypto.ts';
import type { Store } from '../../src/store/store.ts';
import { storeBackends } from '../helpers/backends.ts';
import { subscription } from '../helpers/subscriptions.ts';

const backends = storeBackends();

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

function install(team: string, token: string, extra: Partial<Installation<'v2', false>['bot']> = {}): Installation<'v2', false> {
  return {
    team: { id: team, name: `Team ${team}` },
    enterprise: undefined,
    user: { id: 'UINSTALLER', token: undefined, scopes: undefined },
    bot: { token, scopes: ['commands', 'chat:write'], id: `B${team}`, userId: `U${team}BOT`, ...extra },
    appId: 'A1',
    tokenType: 'bot',
    isEnterpriseInstall: false,
    authVersion: 'v2',
  };
}

describe('token encryption', () => {
  const cipher = new TokenCipher(randomBytes(32));

  it('round-trips, uses a fresh nonce each time, and holds no trace of the token', () => {
    const a = cipher.encrypt('xoxb-secret-1', 'team:T1');
    const b = cipher.encrypt('xoxb-secret-1', 'team:T1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('secret');
    expect(cipher.decrypt(a, 'team:T1')).toBe('xoxb-secret-1');
  });

  it("refuses another row's context, a tampered value and another key, naming no value", () => {
    const stored = cipher.encrypt('xoxb-secret-2', 'team:T1');
    expect(() => cipher.decrypt(stored, 'team:T2')).toThrow(TokenDecryptError);
    const [v, n, t, body] = stored.split('.') as [string, string, string, string];
    const flipped = `${v}.${n}.${t}.${(body[0] === 'A' ? 'B' : 'A') + body.slice(1)}`;
    expect(() => cipher.decrypt(flipped, 'team:T1')).toThrow(TokenDecryptError);
    expect(() => new TokenCipher(randomBytes(32)).decrypt(stored, 'team:T1')).toThrow(/not the key it was stored with/);
    expect(() => cipher.decrypt('xoxb-plain', 'team:T1')).toThrow(/expected encrypted form/);
    try {
      cipher.decrypt(stored, 'team:T2');
    } catch (error) {
      expect(String(error)).not.toContain('xoxb');
    }
  });

  it('reads the key as 64 hex digits or base64 of 32 bytes, and nothing else', () => {
    const key = randomBytes(32);
    expect(encryptionKeyOf(key.toString('hex'))?.equals(key)).toBe(true);
    expect(encryptionKeyOf(key.toString('base64'))?.equals(key)).toBe(true);
    expect(encryptionKeyOf(key.toString('base64url'))?.equals(key)).toBe(true);
    expect(encryptionKeyOf(randomBytes(16).toString('hex'))).toBeUndefined();
    expect(encryptionKeyOf(randomBytes(24).toString('base64'))).toBeUndefined();
    expect(encryptionKeyOf('correct horse battery staple')).toBeUndefined();
  });
});

describe.each(backends)('installations on %s', (_name, open) => {
  let store: Store;
  let installations: StoredInstallations;
  const now = new Date('2026-11-20T10:00:00Z');
  beforeAll(async () => {
    store = await open();
    installations = new StoredInstallations({ store: async () => store, cipher: new TokenCipher(randomBytes(32)), logger: silent, now: () => now });
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  it('stores one row per workspace with the token encrypted, and gives it back to Bolt', async () => {
    await installations.storeInstallation(install('T1', 'xoxb-t1-first'));
    await installations.storeInstallation(install('T2', 'xoxb-t2-first'));
    const row = await store.installation({ teamId: 'T1', isEnterpriseInstall: false });
    expect(row).toMatchObject({ teamId: 'T1', botUserId: 'UT1BOT', botScopes: ['commands', 'chat:write'], botRefreshTokenEnc: null, botTokenExpiresAt: null });
    expect(JSON.stringify(row)).not.toContain('xoxb');
    const fetched = await installations.fetchInstallation({ teamId: 'T2', enterpriseId: undefined, isEnterpriseInstall: false });
    expect(fetched.bot).toMatchObject({ token: 'xoxb-t2-first', userId: 'UT2BOT', id: 'BT2' });
    expect(fetched.team?.id).toBe('T2');
  });

  it('keeps the refresh token (encrypted) and expiry when token rotation is on, and a reinstall replaces the token', async () => {
    const expiresAt = Math.floor(now.getTime() / 1000) + 43_200;
    await installations.storeInstallation(install('T1', 'xoxe.xoxb-t1-rotated', { refreshToken: 'xoxe-1-refresh', expiresAt }));
    const row = await store.installation({ teamId: 'T1', isEnterpriseInstall: false });
    expect(row?.botTokenExpiresAt?.getTime()).toBe(expiresAt * 1000);
    expect(row?.installedAt.getTime()).toBe(now.getTime());
    expect(JSON.stringify(row)).not.toMatch(/xoxe|xoxb/);
    const fetched = await installations.fetchInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false });
    expect(fetched.bot).toMatchObject({ token: 'xoxe.xoxb-t1-rotated', refreshToken: 'xoxe-1-refresh', expiresAt });
    expect(fetched.authVersion).toBe('v2');
  });

  it('serves an org-wide install to its workspaces', async () => {
    await installations.storeInstallation({
      ...install('', 'xoxb-org'),
      team: undefined,
      enterprise: { id: 'E1', name: 'Org' },
      isEnterpriseInstall: true,
    } as unknown as Installation);
    expect((await installations.fetchInstallation({ teamId: undefined, enterpriseId: 'E1', isEnterpriseInstall: true })).bot?.token).toBe('xoxb-org');
    expect((await installations.fetchInstallation({ teamId: 'T9', enterpriseId: 'E1', isEnterpriseInstall: false })).bot?.token).toBe('xoxb-org');
    await installations.deleteInstallation({ teamId: undefined, enterpriseId: 'E1', isEnterpriseInstall: true });
    await expect(installations.fetchInstallation({ teamId: undefined, enterpriseId: 'E1', isEnterpriseInstall: true })).rejects.toThrow(NoInstallation);
  });

  it('a workspace that never installed has no installation', async () => {
    await expect(installations.fetchInstallation({ teamId: 'T404', enterpriseId: undefined, isEnterpriseInstall: false })).rejects.toThrow(NoInstallation);
  });

  it('an uninstall deletes only that workspace and pauses its digests; a reinstall resumes them, not a closed channel', async () => {
    await store.subscribe(subscription('C1', { teamId: 'T1' }), now);
    await store.subscribe(subscription('C2', { teamId: 'T1' }), now);
    await store.subscribe(subscription('C1', { teamId: 'T2' }), now);
    await store.setSubscriptionStatus('T1', 'C2', 'paused', 'channel_not_found', now);
    await store.addWatch({ teamId: 'T1', channelId: 'C1', kind: 'model', target: 'grok-4.3', createdBy: 'U1' }, now);
    await store.addWatch({ teamId: 'T2', channelId: 'C1', kind: 'model', target: 'grok-4.3', createdBy: 'U1' }, now);
    await installations.deleteInstallation({ teamId: 'T1', enterpriseId: undefined, isEnterpriseInstall: false });
    expect(await store.pauseTeam('T1', 'app_uninstalled', now)).toBe(2);
    expect((await store.watches({ teamId: 'T1' }))[0]).toMatchObject({ status: 'paused', pausedReason: 'app_uninstalled' });
    expect((await store.watches({ teamId: 'T2' }))[0]).toMatchObject({ status: 'active' });
    expect(await store.installation({ teamId: 'T1', isEnterpriseInstall: false })).toBeUndefined();
    expect(await store.installation({ teamId: 'T2', isEnterpriseInstall: false })).toBeDefined();
    expect((await store.subscriptions({ teamId: 'T2' }))[0]?.status).toBe('active');
    expect((await store.subscriptions({ teamId: 'T1' })).map((s) => [s.channelId, s.status, s.pausedReason])).toEqual([
      ['C1', 'paused', 'app_uninstalled'],
      ['C2', 'paused', 'channel_not_found'],
    ]);
    await installations.storeInstallation(install('T1', 'xoxb-t1-again'));
    expect((await store.subscriptions({ teamId: 'T1' })).map((s) => [s.channelId, s.status])).toEqual([
      ['C1', 'active'],
      ['C2', 'paused'],
    ]);
    expect((await store.watches({ teamId: 'T1' }))[0]).toMatchObject({ status: 'active', pausedReason: null });
  });
});
