// Digest windows in words: a month or a quarter with its year is that year's (not the most recent one), "after" a month
// starts with the next, and each window written back as words reads as the same window.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { parseDigestCommand, rangeInWords, rangeProblem, rangeWords, type DigestRange } from '../../src/digest/command.ts';
import { parseText } from '../../src/ask/index.ts';
import { windowOf } from '../../src/digest/window.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const now = new Date('2026-12-03T12:00:00Z');
const days = (range: DigestRange) => {
  const { from, to } = windowOf(range, now);
  return [from.toISOString().slice(0, 10), to.toISOString().slice(0, 10)];
};

describe('digest windows with a year', () => {
  it.each([
    ['price changes in june 2025', { month: 6, since: false, year: 2025 }, ['2025-06-01', '2025-07-01']],
    ['what changed since march 2025', { month: 3, since: true, year: 2025 }, ['2025-03-01', '2026-12-04']],
    ['price cuts after june', { month: 7, since: true }, ['2026-07-01', '2026-12-04']],
    ['price cuts after december 2025', { month: 1, since: true, year: 2026 }, ['2026-01-01', '2026-12-04']],
    ['price changes in q3 2025', { quarter: 3, year: 2025 }, ['2025-07-01', '2025-10-01']],
    // Without a year, the most recent such month or quarter, as before.
    ['price changes in june', { month: 6, since: false }, ['2026-06-01', '2026-07-01']],
  ] as const)('%j', (text, range, window) => {
    expect(rangeInWords(text)).toEqual(range);
    expect(days(range)).toEqual(window);
  });

  it('"/models digest preview june 2025" is June 2025', () => {
    expect(parseDigestCommand('preview june 2025')).toEqual({ action: 'preview', range: { month: 6, since: false, year: 2025 } });
  });

  it('each window written as words reads back as the same window', () => {
    const range: fc.Arbitrary<DigestRange> = fc.oneof(
      fc.record({ month: fc.integer({ min: 1, max: 12 }), since: fc.boolean() }),
      fc.record({ month: fc.integer({ min: 1, max: 12 }), since: fc.boolean(), year: fc.integer({ min: 2020, max: 2030 }) }),
      fc.record({ quarter: fc.integer({ min: 1, max: 4 }) }),
      fc.record({ quarter: fc.integer({ min: 1, max: 4 }), year: fc.integer({ min: 2020, max: 2030 }) }),
    );
    fc.assert(
      fc.property(range, (r) => {
        expect(rangeInWords(`price changes ${rangeWords(r)}`), rangeWords(r)).toEqual(r);
      }),
      { numRuns: 300 },
    );
  });

  it('a question about a month of another year previews that month', async () => {
    const ports: Ports = { catalog: loadCatalog(), now: () => now, logger: { debug() {}, info() {}, warn() {}, error() {} } };
    const { answer } = await handle({ text: 'what changed in pricing in september 2025?', where: LOCAL }, ports);
    expect(answer.kind).toBe('digest');
    const a = answer as { from: string; to: string };
    expect([a.from.slice(0, 10), a.to.slice(0, 10)]).toEqual(['2025-09-01', '2025-10-01']);
  });
});

describe('digest windows of whole years and of the month or year ahead', () => {
  it.each([
    ['which models got cheaper in 2026?', { from: '2026-01-01', to: '2027-01-01' }, ['2026-01-01', '2027-01-01']],
    ['what changed during 2025', { from: '2025-01-01', to: '2026-01-01' }, ['2025-01-01', '2026-01-01']],
    ['prices changed since 2026?', { from: '2026-01-01' }, ['2026-01-01', '2026-12-04']],
    ['what changed last year', { period: 'last-year' }, ['2025-01-01', '2026-01-01']],
    ['what changes next month?', { period: 'next-month' }, ['2027-01-01', '2027-02-01']],
    ['any price changes next year?', { period: 'next-year' }, ['2027-01-01', '2028-01-01']],
    // A day of a year is still that day's window, and a month with its year that month.
    ['price changes between 2025-06-01 and 2025-06-30', { from: '2025-06-01', to: '2025-07-01' }, ['2025-06-01', '2025-07-01']],
    ['price changes in june 2025', { month: 6, since: false, year: 2025 }, ['2025-06-01', '2025-07-01']],
  ] as const)('%j', (text, range, window) => {
    expect(rangeInWords(text)).toEqual(range);
    expect(days(range as DigestRange)).toEqual(window);
  });

  it('the month ahead in December is January of the next year', () => {
    const { from, to } = windowOf({ period: 'next-month' }, new Date('2026-12-31T23:00:00Z'));
    expect([from.toISOString().slice(0, 10), to.toISOString().slice(0, 10)]).toEqual(['2027-01-01', '2027-02-01']);
  });

  it.each(['last year', 'next month', 'next year'])('"/models digest preview %s" reads, and its words read back as the same window', (words) => {
    const command = parseDigestCommand(`preview ${words}`);
    if (command.action !== 'preview') throw new Error(`expected a preview, got ${JSON.stringify(command)}`);
    expect(rangeWords(command.range)).toBe(words);
    expect(rangeInWords(`price changes ${rangeWords(command.range)}`)).toEqual(command.range);
  });

  it.each([
    ['what changes next month?', '2027-01-01', '2027-02-01'],
    ['which models got cheaper in 2026?', '2026-01-01', '2027-01-01'],
  ])('%j is the digest over that window', async (text, from, to) => {
    const ports: Ports = { catalog: loadCatalog(), now: () => now, logger: { debug() {}, info() {}, warn() {}, error() {} } };
    const { answer } = await handle({ text, where: LOCAL }, ports);
    expect(answer.kind).toBe('digest');
    const a = answer as { from: string; to: string };
    expect([a.from.slice(0, 10), a.to.slice(0, 10)]).toEqual([from, to]);
  });
});

describe('days of months in words', () => {
  // now is 2026-12-03.
  it.each([
    ['what changed between october 1 and november 15?', ['2026-10-01', '2026-11-16']],
    ['what changed from oct 1st to nov 15th?', ['2026-10-01', '2026-11-16']],
    ['price changes since october 15', ['2026-10-15', '2026-12-04']],
    ['what changed after october 31?', ['2026-11-01', '2026-12-04']],
    // Not yet this year: last year's.
    ['price changes since december 20', ['2025-12-20', '2026-12-04']],
    // The last day before the first: the next year's.
    ['what changed from december 15 to january 10', ['2025-12-15', '2026-01-11']],
    // With a year, those days.
    ['what changed between sept 1 and sept 30, 2026', ['2026-09-01', '2026-10-01']],
    ['new models from december 15 to january 10, 2027', ['2026-12-15', '2027-01-11']],
  ] as const)('%j is %j', (text, window) => {
    const range = rangeInWords(text);
    if (range === undefined) throw new Error(`${text}: no window`);
    expect(days(range)).toEqual(window);
  });

  it('a day the calendar lacks is said, with a form that would be right', () => {
    const range = rangeInWords('what changed between february 30 and march 3?') as DigestRange;
    expect(rangeProblem(range)).toMatch(/^Cannot read february 30 as a day of the calendar/);
  });

  it('each written as words reads back as the same window', () => {
    const day = fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) });
    const range: fc.Arbitrary<DigestRange> = fc.oneof(
      fc.record({ fromDay: day }),
      fc.record({ fromDay: day, after: fc.constant(true as const) }),
      fc.record({ fromDay: day, toDay: day }),
    );
    fc.assert(
      fc.property(range, (r) => {
        expect(rangeInWords(`price changes ${rangeWords(r)}`), rangeWords(r)).toEqual(r);
      }),
      { numRuns: 200 },
    );
  });

  it('a release window reads the same days', () => {
    const catalog = loadCatalog();
    const q = parseText(catalog, 'models released between september 1 and october 15');
    expect(q.released).toEqual({ range: { fromDay: { month: 9, day: 1 }, toDay: { month: 10, day: 15 } } });
    expect(parseText(catalog, 'cheapest model released since october 15, 2026').released).toEqual({ since: '2026-10-15' });
  });
});
