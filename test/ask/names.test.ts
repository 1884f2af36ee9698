// Model names in text: where one name ends and the next begins.
import { describe, expect, it } from 'vitest';
import { findModelNames } from '../../src/ask/names.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const active = catalog.models.filter((m) => m.status === 'active');

describe('findModelNames', () => {
  it('reads a vendor-prefixed id after another name as a second name', () => {
    const [a, b] = [active[0], active[1]];
    if (!a || !b) throw new Error('the catalog needs two active models');
    const names = findModelNames(catalog, `${a.id} ${b.provider}/${b.id}`).map((n) => n.name);
    expect(names).toEqual([a.id, b.id]);
  });
});
