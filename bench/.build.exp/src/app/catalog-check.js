export function catalogProviders(catalog) {
    return catalog.providers.map((p) => ({ providerId: p.id, models: catalog.models.filter((m) => m.provider === p.id).length }));
}
export function compareWithLast(catalog, last, accept) {
    const now = catalogProviders(catalog);
    const loaded = `Loaded ${catalog.models.length} models from ${now.length} providers (${now.map((p) => `${p.providerId} ${p.models}`).join(', ')}).`;
    const lost = last.filter((p) => !now.some((n) => n.providerId === p.providerId));
    if (lost.length === 0)
        return { ok: true, message: loaded };
    const names = lost.map((p) => `${p.providerId} (${p.models} models)`).join(', ');
    if (accept)
        return { ok: true, message: `${loaded} The last start also had ${names}; accepted (MODELSCOUT_ACCEPT_CATALOG=1).` };
    return {
        ok: false,
        message: `${loaded} The last start also had ${names}, which this catalog lacks: is data/catalog/${lost[0]?.providerId}.yml missing? Restore it, or start with MODELSCOUT_ACCEPT_CATALOG=1 to accept the smaller catalog.`,
    };
}
export async function checkCatalogAgainstStore(catalog, store, accept, now) {
    const check = compareWithLast(catalog, await store.catalogProviders(), accept);
    if (check.ok)
        await store.setCatalogProviders(catalogProviders(catalog), now);
    return check;
}
//# sourceMappingURL=catalog-check.js.map