// What the bot starts with: a line saying which catalog was loaded, and a refusal when it lost a
// provider the last start had (a deleted or unreadable file would otherwise shrink every answer silently).
import type { Catalog } from '../catalog/validate.ts';
import type { Store } from '../store/store.ts';

export interface CatalogCheck {
  ok: boolean;
  /** One line for the log: what was loaded, and what was lost if anything. */
  message: string;
}

export function catalogProviders(catalog: Catalog): { providerId: string; models: number }[] {
  return catalog.providers.map((p) => ({ providerId: p.id, models: catalog.models.filter((m) => m.provider === p.id).length }));
}

/** Compares the catalog with the last one started; pure, so the rule is tested without a store. */
export function compareWithLast(catalog: Catalog, last: { providerId: string; models: number }[], accept: boolean): CatalogCheck {
  const now = catalogProviders(catalog);
  const loaded = `Loaded ${catalog.models.length} models from ${now.length} providers (${now.map((p) => `${p.providerId} ${p.models}`).join(', ')}).`;
  const lost = last.filter((p) => !now.some((n) => n.providerId === p.providerId));
  if (lost.length === 0) return { ok: true, message: loaded };
  const names = lost.map((p) => `${p.providerId} (${p.models} models)`).join(', ');
  if (accept) return { ok: true, message: `${loaded} The last start also had ${names}; accepted (MODELSCOUT_ACCEPT_CATALOG=1).` };
  return {
    ok: false,
    message: `${loaded} The last start also had ${names}, which this catalog lacks: is data/catalog/${lost[0]?.providerId}.yml missing? Restore it, or start with MODELSCOUT_ACCEPT_CATALOG=1 to accept the smaller catalog.`,
  };
}

/** Checks the catalog against the store's record of the last start, and records this one when it is accepted. */
export async function checkCatalogAgainstStore(catalog: Catalog, store: Store, accept: boolean, now: Date): Promise<CatalogCheck> {
  const check = compareWithLast(catalog, await store.catalogProviders(), accept);
  if (check.ok) await store.setCatalogProviders(catalogProviders(catalog), now);
  return check;
}
