// Retirement: a model past its retirement date is retired on that date, in the card and the catalog row alike.
import { describe, expect, it } from 'vitest';
import { catalogRow, modelCard } from '../../src/catalog/card.ts';
import { statusOn } from '../../src/catalog/lifecycle.ts';
import { buildCatalog } from '../../src/catalog/validate.ts';

const SRC = { source: { url: 'https://example.com/pricing' }, checked: '2026-01-01' };
const built = buildCatalog(
  [
    {
      file: 'acme.yml',
      data: {
        provider: { id: 'acme', name: 'Acme', website: 'https://example.com', pricingUrl: 'https://example.com/pricing' },
        models: [
          {
            id: 'old',
            name: 'Old',
            family: 'x',
            status: 'deprecated',
            deprecated: '2026-03-01',
            retires: '2026-05-15',
            contextWindow: 8000,
            modalities: { input: ['text'], output: ['text'] },
            license: 'proprietary',
            openWeights: false,
            pricing: [{ from: '2025-01-01', input: 1, output: 2, ...SRC }],
            specSource: SRC.source,
            specChecked: SRC.checked,
          },
        ],
      },
    },
  ],
  { file: 'benchmarks.yml', data: { benchmarks: [{ id: 'b', name: 'B', measures: 'm', scale: { unit: 'percent', min: 0 }, publishedBy: 'p', url: 'https://example.com' }] } },
);
if (!built.ok) throw new Error('the hand-made catalog does not validate');
const catalog = built.catalog;
const old = catalog.byId.get('old')!;

describe('lifecycle', () => {
  it('is retired from the retirement date on, and as the file says before it', () => {
    expect(statusOn(old, '2026-05-14')).toBe('deprecated');
    expect(statusOn(old, '2026-05-15')).toBe('retired');
  });

  it('is still answerable by name: the card and the row say retired', () => {
    expect(modelCard(catalog, old, '2026-11-22').status).toBe('retired');
    expect(catalogRow(old, '2026-11-22').status).toBe('retired');
    expect(catalogRow(old, '2026-04-01').status).toBe('deprecated');
  });
});
