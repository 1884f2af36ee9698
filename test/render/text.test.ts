// Terminal text: aligned tables, and the model card's price list worded with the schema's labels in both renderers.
import { describe, expect, it } from 'vitest';
import { modelCard } from '../../src/catalog/card.ts';
import { PRICE_FIELD_LABELS, PRICE_FIELDS, SELDOM_PRICED } from '../../src/catalog/schema.ts';
import { perMillion } from '../../src/cost/format.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { renderModelCardText } from '../../src/render/text/card.ts';
import { table } from '../../src/render/text/table.ts';

const catalog = loadCatalog();
const AS_OF = '2026-11-22';

describe('table', () => {
  it('aligns text left and figures right, with or without a header', () => {
    expect(
      table(
        ['Model', 'Cost'],
        [
          ['a', '$1.00'],
          ['bbb', '$22.00'],
        ],
      ),
    ).toBe('Model    Cost\n─────  ──────\na       $1.00\nbbb    $22.00');
    expect(
      table(
        null,
        [
          ['a', '1'],
          ['bbb', '22'],
        ],
        { indent: '  ' },
      ),
    ).toBe('  a     1\n  bbb  22');
  });

  it('aligns a column of sentences left even when they start with a digit, and every kind of figure right', () => {
    const text = table(
      ['#', 'Why'],
      [
        ['1', '2 scores: Aider polyglot 40.0%'],
        ['10', '1 score: SWE-Bench Pro 54.4%, a much longer reason'],
      ],
    );
    expect(text.split('\n')[2]).toBe(' 1  2 scores: Aider polyglot 40.0%');
    for (const figure of ['$0.35', '1,048,576', '$4.8125/1M', '1.05M', '12%', '98.09 tokens/s', '400,000 tokens ✓', '2026-10-07', '0.16×', '−$3.50'])
      expect(table(null, [[figure], ['$100,000,000,000,000.00']]).split('\n')[0], figure).toMatch(/^ +\S/);
  });
});

describe('model card prices', () => {
  // A model that sells cache writes, and one that does not.
  const withWrites = catalog.models.find((m) => m.pricing.at(-1)?.cacheWrite5m !== undefined)!;
  const without = catalog.models.find((m) => SELDOM_PRICED.every((f) => m.pricing.at(-1)?.[f] === undefined))!;

  it.each([withWrites, without])('lists every price field of $id with the same labels in the terminal and in Block Kit', (model) => {
    const card = modelCard(catalog, model, AS_OF);
    const lines = renderModelCardText(card).split('\n');
    const blocks = JSON.stringify(renderBlocks(card).blocks);
    for (const field of PRICE_FIELDS) {
      const usd = card.price[field];
      const label = PRICE_FIELD_LABELS[field];
      const row = lines.find((l) => l.startsWith(`  ${label}  `));
      if (usd === undefined && SELDOM_PRICED.includes(field)) {
        expect(row).toBeUndefined();
        continue;
      }
      const figure = usd === undefined ? 'not published' : perMillion(usd);
      expect(row?.trim().split(/\s{2,}/)).toEqual([label, figure]);
      expect(blocks).toContain(
        JSON.stringify([
          { type: 'raw_text', text: label.replace(/^./, (c) => c.toUpperCase()) },
          { type: 'raw_text', text: figure },
        ]).slice(1, -1),
      );
    }
  });
});
