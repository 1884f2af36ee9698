import { collectSources, specFigure } from '../catalog/sources.js';
import { changes } from './changes.js';
export function buildDigest(catalog, observed, window, options = {}) {
    const all = changes(catalog, observed, window);
    const providers = new Set(options.providers ?? []);
    const keep = (model) => providers.size === 0 || providers.has(catalog.byId.get(model)?.provider ?? '');
    const { direction } = options;
    const moved = (c) => keep(c.model) && (direction === undefined || c.direction === direction);
    const others = direction === undefined ? keep : () => false;
    const prices = all.prices.filter(moved);
    const added = all.added.filter((a) => others(a.model));
    const ahead = all.ahead.filter(moved);
    const changedModels = new Set(prices.map((c) => c.model));
    const watched = (options.watched ?? []).filter((id) => catalog.byId.has(id));
    const latest = options.latestRelease && added.length === 0 && direction === undefined ? latestRelease(catalog, all.window.to, keep) : undefined;
    const result = {
        kind: 'digest',
        from: all.window.from,
        to: all.window.to,
        timeZone: options.timeZone ?? 'UTC',
        changes: prices,
        cuts: prices.filter((c) => c.direction === 'cut').slice(0, 3),
        increases: prices.filter((c) => c.direction === 'increase').slice(0, 3),
        added,
        deprecated: all.deprecated.filter((d) => others(d.model)),
        retiring: all.retiring.filter((r) => others(r.model)),
        ahead,
        limits: all.limits.filter((l) => others(l.model)),
        latestRelease: latest ? { model: latest.id, name: latest.name, released: latest.released } : null,
        watchedUnchanged: watched.filter((id) => !changedModels.has(id)),
        providers: catalog.providers.filter((p) => providers.has(p.id)).map((p) => p.name),
        quiet: false,
        ...(options.past ? { past: true } : {}),
        ...(direction ? { direction } : {}),
        sources: collectSources([
            ...prices.map((c) => ({ what: `${c.model} ${c.field}`, source: c.source, checked: c.checked })),
            ...added.map((a) => ({ what: `${a.model} prices`, source: a.source, checked: a.checked })),
            ...ahead.map((c) => ({ what: `${c.model} prices from ${c.date}`, source: c.source, checked: c.checked })),
            ...(latest ? [specFigure(latest)] : []),
        ]),
    };
    result.quiet = result.changes.length === 0 && result.added.length === 0 && result.deprecated.length === 0 && result.limits.length === 0;
    return result;
}
function latestRelease(catalog, end, keep) {
    const last = end.slice(0, 10);
    let latest;
    for (const m of catalog.models) {
        if (m.released === undefined || m.released >= last || !keep(m.id))
            continue;
        if (latest === undefined || m.released > latest.released)
            latest = m;
    }
    return latest;
}
//# sourceMappingURL=digest.js.map