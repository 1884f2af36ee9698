export async function health(ports) {
    const store = ports.store
        ? await ports.store.health().catch((error) => ({ ok: false, detail: error instanceof Error ? error.message : String(error) }))
        : { ok: false, detail: 'the store is not open yet' };
    return { ok: store.ok, models: ports.catalog.models.length, store };
}
//# sourceMappingURL=health.js.map