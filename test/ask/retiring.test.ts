// A ranking of models on their way out, limited to a window of retirement dates: "which models retire this year?",
// "in the next 3 months", "in 2027", "before march", "next year". The window is read in words and turned into days on
// the day asked; deprecated models with no date leave such a ranking (they may go any day, or never).
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { commandFor } from '../../src/ask/command-text.ts';
import { parseText } from '../../src/ask/index.ts';
import { retireBounds, retireWindowInWords, type RetireWindow } from '../../src/ask/retiring.ts';
import { isRetired } from '../../src/catalog/lifecycle.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const TODAY = '2026-12-02';
const ports: Ports = { catalog, now: () => new Date(`${TODAY}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } };

describe('retirement windows', () => {
  it.each([
    ['this year', { until: 'year' }, { from: TODAY, to: '2026-12-31' }],
    ['this month', { until: 'month' }, { from: TODAY, to: '2026-12-31' }],
    ['by the end of the quarter', { until: 'quarter' }, { from: TODAY, to: '2026-12-31' }],
    ['next year', { next: 'year' }, { from: '2027-01-01', to: '2027-12-31' }],
    ['next month', { next: 'month' }, { from: '2027-01-01', to: '2027-01-31' }],
    ['in the next 3 months', { within: 3, unit: 'month' }, { from: TODAY, to: '2027-03-02' }],
    ['within 90 days', { within: 90, unit: 'day' }, { from: TODAY, to: '2027-03-02' }],
    ['in 2027', { year: 2027 }, { from: '2027-01-01', to: '2027-12-31' }],
    ['before 2027-06-01', { before: '2027-06-01' }, { from: TODAY, to: '2027-05-31' }],
    ['by june 2027', { before: '2027-06-01' }, { from: TODAY, to: '2027-05-31' }],
    ['before march', { beforeMonth: 3 }, { from: TODAY, to: '2027-02-28' }],
    ['before december', { beforeMonth: 12 }, { from: TODAY, to: '2027-11-30' }],
  ] as [string, RetireWindow, { from: string; to: string }][])('"retiring %s" is %j, the days %j', (words, window, days) => {
    expect(retireWindowInWords(`which models are retiring ${words}?`)?.window).toEqual(window);
    expect(retireBounds(window, TODAY)).toEqual(days);
  });

  it.each(['which models retire this year?', 'models retiring in the next 3 months', "what's retiring next year", '/models retiring in 2027', '/models retiring before march'])(
    '%j lists exactly the models whose retirement date falls in the window, soonest first, and its command reads back the same',
    async (text) => {
      const query = parseText(catalog, text);
      expect([query.intent, query.order, query.pricedOn]).toEqual(['cheapest', 'retiring', undefined]);
      if (!query.retiring) throw new Error('expected a retirement window');
      const { from, to } = retireBounds(query.retiring, TODAY);
      const { answer } = await handle({ text, where: LOCAL, query }, ports);
      if (answer.kind !== 'cheapest') throw new Error(`expected a ranking, got ${answer.kind}`);
      const expected = catalog.models.filter((m) => !isRetired(m, TODAY) && m.retires !== undefined && m.retires >= from && m.retires <= to);
      expect(answer.eligible).toBe(expected.length);
      const dates = answer.ranking.map((r) => r.retires ?? '');
      expect(dates.every((d) => d >= from && d <= to)).toBe(true);
      expect(dates).toEqual([...dates].sort());
      expect(renderText(answer)).toContain(`no retirement date from ${from} to ${to}`);
      expect(parseText(catalog, commandFor(query)).retiring).toEqual(query.retiring);
    },
  );

  it('without a window, deprecated models with no date stay in the list, after the dated ones', () => {
    const query = parseText(catalog, 'which models are being deprecated soon?');
    expect([query.order, query.retiring]).toEqual(['retiring', undefined]);
  });

  it('"the next 3 months" names no model ("next" is a word of qwen3-coder-next)', () => {
    expect(parseText(catalog, 'which models retire in the next 3 months?').models).toEqual([]);
  });
});
