// A workspace's default volume and mix: read for every answer that gives none, changed by
// `/models settings …`.
import { DEFAULTS, type Defaults, type SettingsAnswer, type UnavailableAnswer } from '../ask/answer.ts';
import type { SettingsCommand } from '../ask/settings.ts';
import { LRUCache } from 'lru-cache';
import type { Store } from '../store/store.ts';
import type { Ports } from './ports.ts';

/**
 * Every answer needs its workspace's defaults, and reading them from the store costs as much as
 * computing a comparison: they are kept a minute per store (a change made here shows at once; one made
 * by another replica within the minute).
 */
const recent = new WeakMap<Store, LRUCache<string, Defaults>>();

function recentFor(store: Store): LRUCache<string, Defaults> {
  let cache = recent.get(store);
  if (!cache) {
    cache = new LRUCache<string, Defaults>({ max: 10_000, ttl: 60_000 });
    recent.set(store, cache);
  }
  return cache;
}

export async function workspaceDefaults(ports: Ports, teamId: string): Promise<Defaults> {
  await ports.ready;
  const store = ports.store;
  if (!store) return DEFAULTS;
  const known = recentFor(store).get(teamId);
  if (known) return known;
  const saved = await store.workspaceSettings(teamId);
  const defaults = { tokensPerMonth: saved?.defaultTokens ?? DEFAULTS.tokensPerMonth, mix: saved?.mix ?? DEFAULTS.mix };
  recentFor(store).set(teamId, defaults);
  return defaults;
}

export async function settingsAnswer(command: Exclude<SettingsCommand, { action: 'error' }>, teamId: string, ports: Ports): Promise<SettingsAnswer | UnavailableAnswer> {
  await ports.ready;
  const store = ports.store;
  if (!store && command.action === 'show') return { kind: 'settings', change: 'show', defaults: DEFAULTS, builtIn: true };
  if (!store) return { kind: 'unavailable', what: 'settings', message: 'Workspace settings need the store, and none is configured here.' };
  const current = await workspaceDefaults(ports, teamId);
  switch (command.action) {
    case 'show':
      return { kind: 'settings', change: 'show', defaults: current };
    case 'reset':
      await store.setWorkspaceSettings({ teamId, defaultTokens: null, mix: null, updatedAt: ports.now() });
      recentFor(store).delete(teamId);
      return { kind: 'settings', change: 'reset', defaults: DEFAULTS };
    case 'set': {
      const next: Defaults = { tokensPerMonth: command.tokens ?? current.tokensPerMonth, mix: command.mix ?? current.mix };
      await store.setWorkspaceSettings({ teamId, defaultTokens: next.tokensPerMonth, mix: next.mix, updatedAt: ports.now() });
      recentFor(store).delete(teamId);
      return { kind: 'settings', change: 'set', defaults: next };
    }
  }
}
