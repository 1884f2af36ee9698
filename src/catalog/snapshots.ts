// Snapshots of one model listed as models of their own ("deepseek-v4-flash" and "deepseek-v4-flash-0731",
// "gpt-4o" and "gpt-4o-2024-11-20"): one model to a person choosing, so a ranking shows it once — its newest snapshot.
// A model is a snapshot of another when its id is the other's id followed by a date ("-0731", "-2024-11-20",
// "-20250929", "-09-2025"), the way providers name dated snapshots.
import { byPreference } from './resolve.ts';
import type { Catalog, CatalogModel } from './validate.ts';

const DATED = /^(.+?)[-_@](?:\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|\d{2}-\d{4})$/;

/** Each model id in a snapshot group of two or more → the group's key (the undated model's id); models standing alone are absent. */
const groups = new WeakMap<Catalog, Map<string, string>>();

function snapshotGroups(catalog: Catalog): Map<string, string> {
  let map = groups.get(catalog);
  if (!map) {
    map = new Map();
    for (const m of catalog.models) {
      const base = DATED.exec(m.id)?.[1];
      if (base === undefined || !catalog.byId.has(base)) continue;
      map.set(m.id, base);
      if (!map.has(base)) map.set(base, base);
    }
    groups.set(catalog, map);
  }
  return map;
}

/** The key of the snapshot group `id` belongs to: the undated model's id, or its own id when it stands alone. */
export function snapshotGroupOf(catalog: Catalog, id: string): string {
  return snapshotGroups(catalog).get(id) ?? id;
}

/**
 * Ranked rows with each snapshot group shown once: the row of its newest snapshot (the newest active release),
 * where it stood in the ranking. `folded` names, for each shown row, the snapshots it stands for.
 */
export function collapseSnapshots<T>(
  catalog: Catalog,
  rows: T[],
  idOf: (row: T) => string = (row) => (row as { model: string }).model,
): { rows: T[]; folded: Map<string, string[]> } {
  const groups = snapshotGroups(catalog);
  // Only rows of models with snapshots can fold; every other row stays where it is.
  const members = new Map<string, T[]>();
  for (const row of rows) {
    const key = groups.get(idOf(row));
    if (key === undefined) continue;
    const list = members.get(key);
    if (list) list.push(row);
    else members.set(key, [row]);
  }
  const dropped = new Set<T>();
  const folded = new Map<string, string[]>();
  for (const list of members.values()) {
    if (list.length === 1) continue;
    const models = list.map((r) => catalog.byId.get(idOf(r))).filter((m): m is CatalogModel => m !== undefined);
    const newest = models.sort(byPreference)[0];
    const chosen = list.find((r) => idOf(r) === newest?.id) ?? (list[0] as T);
    for (const r of list) if (r !== chosen) dropped.add(r);
    folded.set(idOf(chosen), list.filter((r) => r !== chosen).map(idOf));
  }
  return { rows: dropped.size === 0 ? rows : rows.filter((r) => !dropped.has(r)), folded };
}
