// A scheduled price change (a price entry with a future `from`) is reported by the digest of the week that
// contains it, once, on a hand-made catalog.
import { describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/digest/digest.ts';
import { dayWindow } from '../../src/digest/schedule.ts';
import { renderDigest } from '../../src/render/blocks/digest.ts';
import { digestText } from '../../src/render/text/digest.ts';
import { handMadeCatalog } from '../app/hand-made.ts';

const catalog = handMadeCatalog([
  {
    id: 'flash-x',
    name: 'Flash X',
    released: '2026-10-01',
    pricing: [
      { from: '2026-10-01', input: 0.75, output: 3.75, checked: '2026-11-20', note: 'introductory price' },
      { from: '2026-12-31', input: 1.5, output: 7.5, checked: '2026-11-20', note: 'introductory price ends' },
    ],
  },
  { id: 'steady', name: 'Steady', pricing: [{ from: '2026-01-01', input: 1, output: 4, checked: '2026-11-20' }] },
]);

describe('scheduled changes in the digest', () => {
  it('the digest for 2026-12-28..2027-01-04 reports the change of 2026-12-31, once per field', () => {
    const d = buildDigest(catalog, [], dayWindow('2026-12-28', '2027-01-04'));
    expect(d.changes.map((c) => [c.model, c.field, c.old, c.new, c.date, c.direction, c.note])).toEqual([
      ['flash-x', 'input', 0.75, 1.5, '2026-12-31', 'increase', 'introductory price ends'],
      ['flash-x', 'output', 3.75, 7.5, '2026-12-31', 'increase', 'introductory price ends'],
    ]);
    expect(d.quiet).toBe(false);
    expect(digestText(d)).toContain('Flash X: input $0.75/1M → $1.50/1M (+100%) on 2026-12-31');
    expect(JSON.stringify(renderDigest(d)!.main.blocks)).toContain('$0.75/1M → $1.50/1M');
  });

  it('the weeks before and after say nothing of it', () => {
    expect(buildDigest(catalog, [], dayWindow('2026-12-21', '2026-12-28')).changes).toEqual([]);
    expect(buildDigest(catalog, [], dayWindow('2027-01-04', '2027-01-11')).changes).toEqual([]);
  });
});
