// Tables and budget cuts: how many rows a table leaves out is counted from its rows, however often it is cut.
import { describe, expect, it } from 'vitest';
import { blockTextLength, fitToBudget, LIMITS, limitViolations, section, table } from '../../src/render/blocks/kit.ts';

const rows = (n: number) => Array.from({ length: n }, (_, i) => [`model ${i + 1}`, `${'x'.repeat(40)} ${i + 1}`]);
const cells = (block: unknown) => (block as { rows: { text: string }[][] }).rows.map((r) => r.map((c) => c.text));

describe('table', () => {
  it('keeps a table within the row limit and says how many rows it left out', () => {
    const body = rows(150);
    const shown = cells(table(['Model', 'Why'], body));
    expect(shown).toHaveLength(LIMITS.tableRows);
    expect(shown.at(-1)).toEqual([`… and ${150 - (LIMITS.tableRows - 2)} more`, ' ']);
  });

  it('adds no counting row to a table that fits', () => {
    expect(cells(table(['Model', 'Why'], rows(3)))).toEqual([['Model', 'Why'], ...rows(3)]);
  });
});

describe('fitToBudget', () => {
  for (const n of [30, 150]) {
    it(`cuts a table of ${n} rows to the budget, counting every row left out, cut or not before`, () => {
      const budget = 1000;
      const message = fitToBudget({ text: 'fallback', blocks: [section('*Cheapest*'), table(['Model', 'Why'], rows(n))] }, budget);
      const shown = cells(message.blocks[1]);
      expect(blockTextLength(message.blocks)).toBeLessThanOrEqual(budget);
      const kept = shown.length - 2;
      expect(shown.slice(1, -1)).toEqual(rows(n).slice(0, kept));
      expect(shown.at(-1)?.[0]).toBe(`… and ${n - kept} more`);
      expect(limitViolations(message)).toEqual([]);
    });
  }

  it('leaves a message that fits as it is', () => {
    const message = { text: 'fallback', blocks: [table(['Model', 'Why'], rows(3))] };
    expect(fitToBudget(message)).toEqual(message);
  });
});
