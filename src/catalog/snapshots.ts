// Snapshots of one model listed as models of their own ("deepseek-v4-flash" and "deepseek-v4-flash-0731",
// "gpt-4o" and "gpt-4o-2024-11-20"): one model to a person choosing, so a ranking shows it once — its newest snapshot.
// A model is a snapshot of another when its id is the other's id followed by a date ("-0731", "-2024-11-20",
// "-20250929", "-09-2025"), the way providers name dated snapshots.
import { byPreference } from './resolve.ts';
import type { Catalog, CatalogModel } from './validate.ts';

const DATED = /^(.+?)[-_@](?:\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|\d{2}-\d{4})$/;

const groups = new WeakMap<Catalog, Map<string, string>>();

/** Each model id → the id of the model it is a snapshot of, or its own id; every member of a group maps to the same key. */
export function snapshotGroups(catalog: Catalog): Map<string, string> {
  let map = groups.get(catalog);
  if (!map) {
    map = new Map();
    for (const m of catalog.models) {
      const base = DATED.exec(m.id)?.[1];
      map.set(m.id, base !== undefined && catalog.byId.has(base) ? base : m.id);
    }
    groups.set(catalog, map);
  }
  return map;
}

/** The other models of `model`'s snapshot group (empty when it stands alone). */
export function snapshotsOf(catalog: Catalog, model: CatalogModel): CatalogModel[] {
  const key = snapshotGroups(catalog).get(model.id) ?? model.id;
  return catalog.models.filter((m) => m.id !== model.id && (snapshotGroups(catalog).get(m.id) ?? m.id) === key);
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
  const members = new Map<string, T[]>();
  for (const row of rows) {
    const key = groups.get(idOf(row)) ?? idOf(row);
    const list = members.get(key);
    if (list) list.push(row);
    else members.set(key, [row]);
  }
  const keep = new Set<T>();
  const folded = new Map<string, string[]>();
  for (const list of members.values()) {
    if (list.length === 1) {
      keep.add(list[0] as T);
      continue;
    }
    const models = list.map((r) => catalog.byId.get(idOf(r))).filter((m): m is CatalogModel => m !== undefined);
    const newest = models.sort(byPreference)[0];
    const chosen = list.find((r) => idOf(r) === newest?.id) ?? (list[0] as T);
    keep.add(chosen);
    if (list.length > 1) folded.set(idOf(chosen), list.filter((r) => r !== chosen).map(idOf));
  }
  return { rows: rows.filter((r) => keep.has(r)), folded };
}
