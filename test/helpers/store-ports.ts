// Ports over the real catalog and an in-memory PGlite store, opened before a test file's tests and closed after.
import { afterAll, beforeAll } from 'vitest';
import type { Ports } from '../../src/app/ports.ts';
import type { Catalog } from '../../src/catalog/validate.ts';
import { createLogger } from '../../src/log.ts';
import { openPgliteStore } from '../../src/store/pglite.ts';
import type { Store } from '../../src/store/store.ts';

/** Call at a file's top level; the returned function gives the ports once the store is open. */
export function portsWithStore(catalog: Catalog, now: string): () => Ports {
  let store: Store | undefined;
  let ports: Ports | undefined;
  beforeAll(async () => {
    store = await openPgliteStore();
    ports = { catalog, now: () => new Date(now), logger: createLogger('error'), store };
  });
  afterAll(async () => {
    await store?.close();
  });
  return () => {
    if (!ports) throw new Error('the store is not open yet: call the ports inside a test');
    return ports;
  };
}
