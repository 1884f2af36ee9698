import { byPreference } from './resolve.js';
const DATED = /^(.+?)[-_@](?:\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|\d{2}-\d{4})$/;
const groups = new WeakMap();
function snapshotGroups(catalog) {
    let map = groups.get(catalog);
    if (!map) {
        map = new Map();
        for (const m of catalog.models) {
            const base = DATED.exec(m.id)?.[1];
            if (base === undefined || !catalog.byId.has(base))
                continue;
            map.set(m.id, base);
            if (!map.has(base))
                map.set(base, base);
        }
        groups.set(catalog, map);
    }
    return map;
}
export function snapshotGroupOf(catalog, id) {
    return snapshotGroups(catalog).get(id) ?? id;
}
export function collapseSnapshots(catalog, rows, idOf = (row) => row.model) {
    const groups = snapshotGroups(catalog);
    const members = new Map();
    for (const row of rows) {
        const key = groups.get(idOf(row));
        if (key === undefined)
            continue;
        const list = members.get(key);
        if (list)
            list.push(row);
        else
            members.set(key, [row]);
    }
    const dropped = new Set();
    const folded = new Map();
    for (const list of members.values()) {
        if (list.length === 1)
            continue;
        const models = list.map((r) => catalog.byId.get(idOf(r))).filter((m) => m !== undefined);
        const newest = models.sort(byPreference)[0];
        const chosen = list.find((r) => idOf(r) === newest?.id) ?? list[0];
        for (const r of list)
            if (r !== chosen)
                dropped.add(r);
        folded.set(idOf(chosen), list.filter((r) => r !== chosen).map(idOf));
    }
    return { rows: dropped.size === 0 ? rows : rows.filter((r) => !dropped.has(r)), folded };
}
//# sourceMappingURL=snapshots.js.map