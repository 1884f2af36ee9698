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
import { renderText } from '../../src/render/text/index.ts';

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

describe('one day: today, yesterday, on a day', () => {
  // now is 2026-12-03.
  it.each([
    ['what changed today?', { period: 'today' }, ['2026-12-03', '2026-12-04']],
    ['anything new yesterday', { period: 'yesterday' }, ['2026-12-02', '2026-12-03']],
    ['what came out on october 7', { fromDay: { month: 10, day: 7 }, toDay: { month: 10, day: 7 } }, ['2026-10-07', '2026-10-08']],
    ['price changes on dec 25th', { fromDay: { month: 12, day: 25 }, toDay: { month: 12, day: 25 } }, ['2025-12-25', '2025-12-26']],
    ['what changed on 2026-09-22', { from: '2026-09-22', to: '2026-09-23' }, ['2026-09-22', '2026-09-23']],
    ['what changed on march 1, 2025', { from: '2025-03-01', to: '2025-03-02' }, ['2025-03-01', '2025-03-02']],
    // A window that ends today is that window.
    ['what changed this month until today', { period: 'this-month' }, ['2026-12-01', '2026-12-04']],
  ] as const)('%j', (text, range, window) => {
    expect(rangeInWords(text)).toEqual(range);
    expect(days(range as DigestRange)).toEqual(window);
  });

  it('a day the calendar lacks is said', () => {
    expect(rangeProblem(rangeInWords('what changed on 2026-02-30') as DigestRange)).toMatch(/^Cannot read 2026-02-30 as a day of the calendar/);
    expect(rangeProblem(rangeInWords('what changed on february 30') as DigestRange)).toMatch(/^Cannot read february 30 as a day/);
  });

  it('each reads back as the same window', () => {
    for (const r of [{ period: 'today' }, { period: 'yesterday' }, { fromDay: { month: 2, day: 29 }, toDay: { month: 2, day: 29 } }] as DigestRange[])
      expect(rangeInWords(`price changes ${rangeWords(r)}`), rangeWords(r)).toEqual(r);
  });

  it('a digest of one day is titled with that day and its quiet line says the day', async () => {
    const ports: Ports = { catalog: loadCatalog(), now: () => now, logger: { debug() {}, info() {}, warn() {}, error() {} } };
    const today = await handle({ text: 'anything new today?', where: LOCAL }, ports);
    expect(today.answer.kind).toBe('digest');
    const text = renderText(today.answer);
    expect(text).toContain('Model prices: Dec 3, 2026');
    expect(text).not.toMatch(/Dec 3 – Dec 3/);
    // The catalog records no change or release on the day asked.
    expect(text).toContain('No price changes or new models today.');
    const past = renderText((await handle({ text: 'what changed yesterday?', where: LOCAL }, ports)).answer);
    expect(past).toContain('Model prices: Dec 2, 2026');
    expect(past).toContain('No price changes or new models on that day.');
  });

  it("models released on a day the catalog records are that day's releases", async () => {
    const catalog = loadCatalog();
    const ports: Ports = { catalog, now: () => now, logger: { debug() {}, info() {}, warn() {}, error() {} } };
    // The day of the catalog's latest release, in words ("october 7"), with no year.
    const latest = catalog.models
      .map((m) => m.released ?? '')
      .filter((d) => d <= '2026-12-03')
      .sort()
      .at(-1) as string;
    const [year, month, day] = latest.split('-').map(Number) as [number, number, number];
    const words = `${['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][month - 1]} ${day}`;
    expect(year).toBe(2026);
    const released = catalog.models.filter((m) => m.released === latest).map((m) => m.id);
    const digest = await handle({ text: `what was released on ${words}?`, where: LOCAL }, ports);
    expect(digest.answer.kind).toBe('digest');
    const shown = renderText(digest.answer);
    for (const id of released) expect(shown).toContain(id);
    const ranking = parseText(catalog, `models released on ${words}`);
    expect(ranking.intent).toBe('cheapest');
    expect(ranking.released).toEqual({ range: { fromDay: { month, day }, toDay: { month, day } } });
    expect(parseText(catalog, 'any models released today?').released).toEqual({ range: { period: 'today' } });
    // None released today: the ranking says which day it kept, not a span from it to itself.
    const none = renderText((await handle({ text: 'any models released today?', where: LOCAL }, ports)).answer);
    expect(none).toContain('released on a day other than 2026-12-03');
  });
});
