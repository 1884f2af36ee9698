// Digest windows in words: a month or a quarter with its year is that year's (not the most recent one), "after" a month
// starts with the next, and each window written back as words reads as the same window.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { parseDigestCommand, rangeInWords, rangeWords, type DigestRange } from '../../src/digest/command.ts';
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
