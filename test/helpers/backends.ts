// Both store backends, for suites that must hold on each: PGlite in memory, and a throwaway PostgreSQL cluster on
// loopback, started on first use and stopped after the calling file's tests.
import { afterAll } from 'vitest';
import { openPgliteStore } from '../../src/store/pglite.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import type { Store } from '../../src/store/store.ts';
import { startPostgres, type TestPostgres } from './postgres.ts';

export function storeBackends(): [string, () => Promise<Store>][] {
  let server: TestPostgres | undefined;
  afterAll(async () => {
    await server?.stop();
  });
  return [
    ['PGlite', () => openPgliteStore()],
    [
      'PostgreSQL',
      async () => {
        server ??= await startPostgres();
        return openPostgresStore(server.url);
      },
    ],
  ];
}
