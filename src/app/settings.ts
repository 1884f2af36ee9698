// A workspace's default volume and mix: read for every answer that gives none, changed by
// `/models settings …`.
import { DEFAULTS, type Defaults, type SettingsAnswer, type UnavailableAnswer } from '../ask/answer.ts';
import type { SettingsCommand } from '../ask/settings.ts';
import type { Ports } from './ports.ts';

export async function workspaceDefaults(ports: Ports, teamId: string): Promise<Defaults> {
  await ports.ready;
  const saved = ports.store ? await ports.store.workspaceSettings(teamId) : undefined;
  return { tokensPerMonth: saved?.defaultTokens ?? DEFAULTS.tokensPerMonth, mix: saved?.mix ?? DEFAULTS.mix };
}

export async function settingsAnswer(command: Exclude<SettingsCommand, { action: 'error' }>, teamId: string, ports: Ports): Promise<SettingsAnswer | UnavailableAnswer> {
  await ports.ready;
  const store = ports.store;
  if (!store) return { kind: 'unavailable', what: 'settings', message: 'Workspace settings need the store, and none is configured here.' };
  const current = await workspaceDefaults(ports, teamId);
  switch (command.action) {
    case 'show':
      return { kind: 'settings', change: 'show', defaults: current };
    case 'reset':
      await store.setWorkspaceSettings({ teamId, defaultTokens: null, mix: null, updatedAt: ports.now() });
      return { kind: 'settings', change: 'reset', defaults: DEFAULTS };
    case 'set': {
      const next: Defaults = { tokensPerMonth: command.tokens ?? current.tokensPerMonth, mix: command.mix ?? current.mix };
      await store.setWorkspaceSettings({ teamId, defaultTokens: next.tokensPerMonth, mix: next.mix, updatedAt: ports.now() });
      return { kind: 'settings', change: 'set', defaults: next };
    }
  }
}
