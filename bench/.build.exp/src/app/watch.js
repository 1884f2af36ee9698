import { resolveModel } from '../catalog/resolve.js';
import { WATCH_FORMS } from '../digest/watch.js';
export function watchView(catalog, w) {
    const name = w.kind === 'model' ? (catalog.byId.get(w.target)?.name ?? w.target) : (catalog.providers.find((p) => p.id === w.target)?.name ?? w.target);
    return { kind: w.kind, target: w.target, name, channelId: w.channelId, dm: w.channelId === w.createdBy, paused: w.status === 'paused' };
}
const problem = (text, message, forms = WATCH_FORMS) => ({ kind: 'input-problem', text, problems: [message], forms });
function targetsOf(catalog, command) {
    const targets = [];
    for (const name of command.models) {
        const r = resolveModel(catalog, name);
        if (r.kind === 'ambiguous')
            return `“${name}” matches ${r.candidates
                .slice(0, 4)
                .map((m) => m.id)
                .join(', ')}: which one?`;
        if (r.kind === 'unknown')
            return `No model is called “${name}”${r.suggestions.length > 0 ? `; did you mean ${r.suggestions.map((m) => m.id).join(', ')}?` : '.'}`;
        targets.push({ kind: 'model', target: r.model.id });
    }
    for (const name of command.providers) {
        const p = catalog.providers.find((x) => x.id === name || x.name.toLowerCase() === name);
        if (!p)
            return `No provider is called “${name}”. Providers: ${catalog.providers.map((x) => x.id).join(', ')}.`;
        targets.push({ kind: 'provider', target: p.id });
    }
    const unique = new Map(targets.map((t) => [`${t.kind}:${t.target}`, t]));
    return [...unique.values()];
}
async function visible(ports, where) {
    const store = ports.store;
    if (!store)
        return [];
    return store.watches({ teamId: where.teamId, channelIds: [...new Set([where.channelId, where.userId])] });
}
export async function watchAnswer(command, where, ports, text) {
    await ports.ready;
    const store = ports.store;
    if (!store)
        return { kind: 'unavailable', what: 'watch', message: 'Watches need the store, and none is configured here.' };
    const { catalog } = ports;
    const now = ports.now();
    const answer = async (change, changed, notWatched = []) => ({
        kind: 'watch',
        change,
        changed,
        notWatched,
        watches: (await visible(ports, where)).map((w) => watchView(catalog, w)),
    });
    if (command.action === 'list')
        return answer('list', []);
    if (command.action === 'remove' && command.all) {
        const mine = await visible(ports, where);
        for (const w of mine)
            await store.removeWatch(w.teamId, w.channelId, w.kind, w.target);
        return answer('removed', mine.map((w) => watchView(catalog, w)));
    }
    const targets = targetsOf(catalog, command);
    if (typeof targets === 'string')
        return problem(text, targets);
    if (command.action === 'add') {
        const channelId = command.to === 'dm' ? where.userId : where.channelId;
        const added = [];
        for (const t of targets)
            added.push(watchView(catalog, await store.addWatch({ teamId: where.teamId, channelId, kind: t.kind, target: t.target, createdBy: where.userId }, now)));
        return answer('added', added);
    }
    const removed = [];
    const notWatched = [];
    const mine = await visible(ports, where);
    for (const t of targets) {
        const matching = mine.filter((w) => w.kind === t.kind && w.target === t.target);
        for (const w of matching)
            if (await store.removeWatch(w.teamId, w.channelId, w.kind, w.target))
                removed.push(watchView(catalog, w));
        if (matching.length === 0)
            notWatched.push(watchView(catalog, { ...t, channelId: where.channelId, createdBy: where.userId, status: 'active' }).name);
    }
    return answer('removed', removed, notWatched);
}
//# sourceMappingURL=watch.js.map