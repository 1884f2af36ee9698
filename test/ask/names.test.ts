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

  it('never takes a volume ("1M") or an everyday phrase with a number ("mom 5") for a model', () => {
    expect(findModelNames(catalog, 'price per 1M for the cheapest').map((n) => n.name)).toEqual([]);
    expect(findModelNames(catalog, 'remind me to call mom at 5').map((n) => n.name)).toEqual([]);
  });

  it('still names back a close typo of a model name, for did-you-mean', () => {
    const typo = findModelNames(catalog, 'gtp-4.1-mini');
    expect(typo.map((n) => n.typed)).toEqual(['gtp-4.1-mini']);
  });
});
