import { DEFAULTS } from '../ask/answer.js';
import { LRUCache } from 'lru-cache';
const recent = new WeakMap();
function recentFor(store) {
    let cache = recent.get(store);
    if (!cache) {
        cache = new LRUCache({ max: 10_000, ttl: 60_000 });
        recent.set(store, cache);
    }
    return cache;
}
export async function workspaceDefaults(ports, teamId) {
    await ports.ready;
    const store = ports.store;
    if (!store)
        return DEFAULTS;
    const known = recentFor(store).get(teamId);
    if (known)
        return known;
    const saved = await store.workspaceSettings(teamId);
    const defaults = { tokensPerMonth: saved?.defaultTokens ?? DEFAULTS.tokensPerMonth, mix: saved?.mix ?? DEFAULTS.mix };
    recentFor(store).set(teamId, defaults);
    return defaults;
}
export async function settingsAnswer(command, teamId, ports) {
    await ports.ready;
    const store = ports.store;
    if (!store && command.action === 'show')
        return { kind: 'settings', change: 'show', defaults: DEFAULTS, builtIn: true };
    if (!store)
        return { kind: 'unavailable', what: 'settings', message: 'Workspace settings need the store, and none is configured here.' };
    const current = await workspaceDefaults(ports, teamId);
    switch (command.action) {
        case 'show':
            return { kind: 'settings', change: 'show', defaults: current };
        case 'reset':
            await store.setWorkspaceSettings({ teamId, defaultTokens: null, mix: null, updatedAt: ports.now() });
            recentFor(store).delete(teamId);
            return { kind: 'settings', change: 'reset', defaults: DEFAULTS };
        case 'set': {
            const next = { tokensPerMonth: command.tokens ?? current.tokensPerMonth, mix: command.mix ?? current.mix };
            await store.setWorkspaceSettings({ teamId, defaultTokens: next.tokensPerMonth, mix: next.mix, updatedAt: ports.now() });
            recentFor(store).delete(teamId);
            return { kind: 'settings', change: 'set', defaults: next };
        }
    }
}
//# sourceMappingURL=settings.js.map