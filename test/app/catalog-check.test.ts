// A start whose catalog lost a provider the last start had is refused, unless the operator accepts it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogProviders, checkCatalogAgainstStore, compareWithLast } from '../../src/app/catalog-check.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { openPgliteStore } from '../../src/store/pglite.ts';
import type { Store } from '../../src/store/store.ts';

const catalog = loadCatalog();
const now = catalogProviders(catalog);
const withExtra = [...now, { providerId: 'gone-provider', models: 12 }];

describe('compareWithLast', () => {
  it('says what was loaded, provider by provider', () => {
    const check = compareWithLast(catalog, now, false);
    expect(check.ok).toBe(true);
    expect(check.message).toContain(`Loaded ${catalog.models.length} models from ${now.length} providers`);
    for (const p of now) expect(check.message).toContain(`${p.providerId} ${p.models}`);
  });

  it('refuses a catalog that lost a provider, naming it and the way out', () => {
    const check = compareWithLast(catalog, withExtra, false);
    expect(check.ok).toBe(false);
    expect(check.message).toContain('gone-provider (12 models)');
    expect(check.message).toContain('data/catalog/gone-provider.yml');
    expect(check.message).toContain('MODELSCOUT_ACCEPT_CATALOG=1');
  });

  it('accepts it when told, and says so', () => {
    const check = compareWithLast(catalog, withExtra, true);
    expect(check.ok).toBe(true);
    expect(check.message).toContain('accepted');
  });

  it('takes a first start, or a catalog that grew, as it is', () => {
    expect(compareWithLast(catalog, [], false).ok).toBe(true);
    expect(compareWithLast(catalog, now.slice(1), false).ok).toBe(true);
  });
});

describe('checkCatalogAgainstStore', () => {
  let store: Store;
  beforeAll(async () => {
    store = await openPgliteStore();
  });
  afterAll(async () => {
    await store.close();
  });

  it('records an accepted catalog and refuses the next start that lost a provider, recording nothing', async () => {
    await store.setCatalogProviders(withExtra, new Date('2026-11-01T00:00:00Z'));
    const refused = await checkCatalogAgainstStore(catalog, store, false, new Date('2026-11-02T00:00:00Z'));
    expect(refused.ok).toBe(false);
    expect((await store.catalogProviders()).map((p) => p.providerId)).toContain('gone-provider');
    const accepted = await checkCatalogAgainstStore(catalog, store, true, new Date('2026-11-03T00:00:00Z'));
    expect(accepted.ok).toBe(true);
    expect(await store.catalogProviders()).toEqual([...now].sort((a, b) => a.providerId.localeCompare(b.providerId)));
    expect((await checkCatalogAgainstStore(catalog, store, false, new Date('2026-11-04T00:00:00Z'))).ok).toBe(true);
  });
});
