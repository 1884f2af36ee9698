import { resolveModel } from '../catalog/resolve.js';
import { buildDigest } from '../digest/digest.js';
import { lastDue } from '../digest/schedule.js';
import { windowOf } from '../digest/window.js';
export function subscriptionView(sub, now) {
    return {
        channelId: sub.channelId,
        weekday: sub.weekday,
        localTime: sub.localTime,
        timeZone: sub.timeZone,
        providers: sub.providers,
        watched: sub.watched,
        quiet: sub.quiet,
        paused: sub.status === 'paused',
        pausedReason: sub.pausedReason ?? null,
        next: lastDue(sub, now).next.toISOString(),
    };
}
async function channelSubscription(ports, where) {
    if (!ports.store)
        return undefined;
    return (await ports.store.subscriptions({ teamId: where.teamId })).find((s) => s.channelId === where.channelId);
}
export async function digestPreview(command, where, ports) {
    await ports.ready;
    const now = ports.now();
    const window = windowOf(command.range, now);
    const observed = ports.observed ? await ports.observed(window) : [];
    const sub = await channelSubscription(ports, where);
    return buildDigest(ports.reviewed ?? ports.catalog, observed, window, {
        providers: command.providers ?? sub?.providers,
        watched: sub?.watched,
        timeZone: 'UTC',
        latestRelease: true,
        past: window.to.getTime() <= now.getTime(),
        ...(command.direction ? { direction: command.direction } : {}),
    });
}
const problem = (text, message, forms = []) => ({ kind: 'input-problem', text, problems: [message], forms });
export async function subscriptionAnswer(command, where, ports, text) {
    await ports.ready;
    const store = ports.store;
    if (!store)
        return { kind: 'unavailable', what: 'digest', message: 'The weekly digest needs the store, and none is configured here.' };
    const now = ports.now();
    const current = await channelSubscription(ports, where);
    if (command.action === 'status')
        return { kind: 'subscription', change: 'status', subscription: current ? subscriptionView(current, now) : null, removed: false };
    if (command.action === 'off') {
        const removed = await store.unsubscribe(where.teamId, where.channelId);
        return { kind: 'subscription', change: 'off', subscription: null, removed };
    }
    const { catalog } = ports;
    const unknown = (command.providers ?? []).filter((p) => !catalog.providers.some((x) => x.id === p));
    if (unknown.length > 0)
        return problem(text, `Unknown provider${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}.`, [`Providers: ${catalog.providers.map((p) => p.id).join(', ')}.`]);
    const watched = [];
    for (const name of command.watched ?? []) {
        const r = resolveModel(catalog, name);
        if (r.kind === 'ambiguous')
            return problem(text, `Cannot watch “${name}”: it matches ${r.candidates
                .slice(0, 4)
                .map((m) => m.id)
                .join(', ')}.`);
        if (r.kind === 'unknown')
            return problem(text, `Cannot watch “${name}”: no such model${r.suggestions.length > 0 ? `; did you mean ${r.suggestions.map((m) => m.id).join(', ')}?` : '.'}`);
        watched.push(r.model.id);
    }
    const timeZone = command.timeZone ?? current?.timeZone ?? (await where.userTimeZone?.().catch(() => undefined)) ?? 'UTC';
    const sub = await store.subscribe({
        teamId: where.teamId,
        channelId: where.channelId,
        createdBy: where.userId,
        weekday: command.weekday ?? current?.weekday ?? 1,
        localTime: command.localTime ?? current?.localTime ?? '09:00',
        timeZone,
        providers: command.providers ?? current?.providers ?? [],
        watched: command.watched ? watched : (current?.watched ?? []),
        quiet: command.quiet ?? current?.quiet ?? 'line',
    }, now);
    return { kind: 'subscription', change: 'on', subscription: subscriptionView(sub, now), removed: false };
}
//# sourceMappingURL=digest.js.map