// The store on a bad day: a PostgreSQL that accepts connections and never answers, an embedded data
// directory that lost its PG_VERSION, is damaged, read-only, or cannot exist. Each fails with a
// StoreUnavailable whose message names the place and holds no secret, within the store's timeout, and no
// existing data directory is ever re-initialised.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/catalog/validate.ts';
import { deliveryClient } from '../../src/delivery/client.ts';
import { runDue } from '../../src/delivery/deliver.ts';
import { openStore } from '../../src/store/open.ts';
import { openPgliteStore } from '../../src/store/pglite.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { describeError, postgresLocation, StoreUnavailable } from '../../src/store/store.ts';
import { startHangingProxy, startHungServer, startPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { subscription } from '../helpers/subscriptions.ts';

const quietLogger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
const created = new Date('2026-11-01T00:00:00Z');

/** The error a promise rejects with (the test fails if it resolves). */
async function failure(p: Promise<unknown>): Promise<StoreUnavailable> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreUnavailable);
  return error as StoreUnavailable;
}

describe('a hung PostgreSQL', () => {
  let hung: Awaited<ReturnType<typeof startHungServer>>;
  let server: TestPostgres;
  beforeAll(async () => {
    hung = await startHungServer();
    server = await startPostgres();
  }, 120_000);
  afterAll(async () => {
    await hung?.stop();
    await server?.stop();
  });

  it('fails to open with StoreUnavailable naming the server, never the password', async () => {
    const url = `postgres://modelscout:hunter2-secret@127.0.0.1:${hung.port}/modelscout`;
    const error = await failure(openStore({ databaseUrl: url, timeoutMs: 300 }));
    expect(error.message).toContain(`PostgreSQL at 127.0.0.1:${hung.port}/modelscout`);
    expect(error.message).not.toMatch(/hunter2|modelscout:/);
  }, 20_000);

  it('a database that stops answering: every call fails with StoreUnavailable, health says so, and runDue ends with the error', async () => {
    await (await openPostgresStore(server.url)).close();
    const proxy = await startHangingProxy(server.url);
    const store = await openPostgresStore(proxy.url, { timeoutMs: 1_000 });
    try {
      await store.subscribe(subscription('C-hung'), created);
      expect(await store.health()).toEqual({ ok: true, detail: expect.stringContaining('answers') });
      proxy.hang();
      const health = await store.health();
      expect(health.ok).toBe(false);
      expect(health.detail).toMatch(/did not answer within 1000 ms|cannot be reached/);
      await failure(store.subscriptions());
      await failure(store.claimDelivery({ teamId: 'T1', channelId: 'C-hung', weekStart: '2026-11-23' }, 'a', new Date(), 60_000));
      // The pass ends at the store, before it needs a catalog.
      const deps = {
        store,
        catalog: {} as Catalog,
        client: deliveryClient('xoxb-test-000', 'http://127.0.0.1:9/api/'),
        logger: quietLogger,
        claimant: 'a',
        leaseMs: 60_000,
        observed: async () => [],
      };
      const error = await failure(runDue(deps, new Date('2026-11-23T08:00:00Z')));
      expect(error.message).toMatch(/^The store \(PostgreSQL at 127\.0\.0\.1:\d+\/\w+\)/);
    } finally {
      await store.close();
      await proxy.stop();
    }
  }, 30_000);
});

describe('error messages', () => {
  it('name the server without credentials, and an error in one line with any URL password blanked', () => {
    expect(postgresLocation('postgres://ms:hunter2@db.example:6543/modelscout?sslmode=require')).toBe('PostgreSQL at db.example:6543/modelscout');
    expect(postgresLocation('not a url')).toBe('PostgreSQL (DATABASE_URL)');
    expect(describeError(new Error('connect to postgres://ms:hunter2@db:5432/x failed\nat line 2'))).toBe('connect to postgres://***@db:5432/x failed');
  });
});

describe('the PGlite data directory', () => {
  const root = mkdtempSync(join(tmpdir(), 'modelscout-store-'));
  /** A database made once (initdb is slow), holding one subscription; each test works on a copy. */
  const template = join(root, 'template');
  const copy = (name: string) => {
    const dir = join(root, name);
    cpSync(template, dir, { recursive: true });
    return dir;
  };
  beforeAll(async () => {
    const store = await openPgliteStore(template);
    await store.subscribe(subscription('C-kept'), created);
    await store.close();
  }, 120_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('with PG_VERSION deleted, refuses to open (naming the folder) instead of creating a new database; the data is still there', async () => {
    const dir = copy('lost-version');
    renameSync(join(dir, 'PG_VERSION'), join(root, 'PG_VERSION.saved'));
    const error = await failure(openPgliteStore(dir));
    expect(error.message).toContain(dir);
    expect(error.message).toMatch(/PG_VERSION is missing/);
    expect(readdirSync(dir)).not.toContain('PG_VERSION');
    renameSync(join(root, 'PG_VERSION.saved'), join(dir, 'PG_VERSION'));
    const reopened = await openPgliteStore(dir);
    expect((await reopened.subscriptions()).map((s) => s.channelId)).toEqual(['C-kept']);
    await reopened.close();
  }, 60_000);

  it('a damaged database fails with a clear error naming the folder, not PGlite\'s "Aborted()"', async () => {
    const dir = copy('damaged');
    writeFileSync(join(dir, 'global', 'pg_control'), 'not a control file');
    const error = await failure(openPgliteStore(dir));
    expect(error.message).toContain(`PGlite in ${dir} could not be opened`);
    expect(error.message).not.toMatch(/Aborted|object Object/);
  }, 60_000);

  it('under /proc, fails at once with a message naming the folder', async () => {
    const error = await failure(openPgliteStore('/proc/x/db'));
    expect(error.message).toMatch(/^Cannot create the data directory \/proc\/x\/db: creating \/proc\/x failed/);
  });

  it('a file where the folder should be is refused', async () => {
    const file = join(root, 'a-file');
    writeFileSync(file, '');
    expect((await failure(openPgliteStore(file))).message).toBe(`The data directory ${file} is not a directory.`);
  });

  it.skipIf(process.getuid?.() === 0)(
    'a read-only data directory says it is read-only (skipped as root, where permissions do not apply)',
    async () => {
      const dir = copy('read-only');
      chmodSync(dir, 0o555);
      try {
        const error = await failure(openPgliteStore(dir));
        expect(error.message).toMatch(new RegExp(`^The data directory ${dir} is read-only`));
      } finally {
        chmodSync(dir, 0o755);
      }
    },
    60_000,
  );

  it.skipIf(process.getuid?.() === 0)('a folder that cannot be created says why (skipped as root, where permissions do not apply)', async () => {
    const parent = join(root, 'locked');
    mkdirSync(parent, { mode: 0o555 });
    try {
      const error = await failure(openPgliteStore(join(parent, 'db')));
      expect(error.message).toMatch(/permission denied/);
    } finally {
      chmodSync(parent, 0o755);
    }
  });
});

describe('delivery rows', () => {
  let server: TestPostgres;
  beforeAll(async () => {
    server = await startPostgres();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
  });

  it('a failure recorded under the old "retry:" detail becomes retryable data when migration 2 runs', async () => {
    const store = await openPostgresStore(server.url);
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    try {
      // Back to the schema before migration 2, with rows written the old way.
      await client.query('ALTER TABLE digest_deliveries DROP CONSTRAINT digest_deliveries_retryable_failed');
      await client.query('ALTER TABLE digest_deliveries DROP COLUMN retryable');
      await client.query('DELETE FROM schema_migrations WHERE version = 2');
      await client.query(
        `INSERT INTO digest_deliveries (team_id, channel_id, week_start, status, claimed_by, claimed_at, detail) VALUES
         ('T1', 'C-old-retry', '2026-11-23', 'failed', 'a', now(), 'retry: internal_error'),
         ('T1', 'C-old-paused', '2026-11-23', 'failed', 'a', now(), 'paused: channel_not_found')`,
      );
      expect(await store.migrate()).toBe(1);
      const rows = await store.deliveries({ weekStart: '2026-11-23' });
      expect(rows.map((r) => [r.channelId, r.retryable, r.detail])).toEqual([
        ['C-old-paused', false, 'paused: channel_not_found'],
        ['C-old-retry', true, 'internal_error'],
      ]);
      const now = new Date('2026-11-23T10:00:00Z');
      expect((await store.claimDelivery({ teamId: 'T1', channelId: 'C-old-retry', weekStart: '2026-11-23' }, 'b', now, 60_000)).outcome).toBe('reclaimed');
      expect((await store.claimDelivery({ teamId: 'T1', channelId: 'C-old-paused', weekStart: '2026-11-23' }, 'b', now, 60_000)).outcome).toBe('taken');
      await expect(client.query(`UPDATE digest_deliveries SET status = 'posted', retryable = true WHERE channel_id = 'C-old-paused'`)).rejects.toThrow(
        /digest_deliveries_retryable_failed/,
      );
    } finally {
      await client.end();
      await store.close();
    }
  }, 60_000);
});
