// What /healthz reports: whether the bot can answer fully, which needs the store to answer too.
import type { Ports } from './ports.ts';

export interface Health {
  ok: boolean;
  models: number;
  store: { ok: boolean; detail: string };
}

export async function health(ports: Ports): Promise<Health> {
  const store = ports.store
    ? await ports.store.health().catch((error: unknown) => ({ ok: false, detail: error instanceof Error ? error.message : String(error) }))
    : { ok: false, detail: 'the store is not open yet' };
  return { ok: store.ok, models: ports.catalog.models.length, store };
}
