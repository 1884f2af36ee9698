// Release windows in words: read from a question, turned into days on the day asked, written back as words that read
// as the same window, and applied by the ranking exactly as a plain predicate over the catalog's release dates.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { parseText } from '../../src/ask/index.ts';
import { releaseBounds, releaseWindowInWords, releaseWindowText, type ReleaseWindow } from '../../src/ask/released.ts';
import { isRetired } from '../../src/catalog/lifecycle.ts';
import { snapshotGroupOf } from '../../src/catalog/snapshots.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import { cheapest, type CheapestAnswer } from '../../src/cost/rank.ts';
import { dayAfter } from '../../src/digest/window.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();

describe('release windows in words', () => {
  const cases: [string, ReleaseWindow, { from?: string; to: string }][] = [
    ['cheapest model released this year', { range: { period: 'this-year' } }, { from: '2026-01-01', to: '2026-12-03' }],
    ['models launched in the last 3 months', { last: 3, unit: 'month' }, { from: '2026-09-03', to: '2026-12-03' }],
    ['what came out in 2025', { year: 2025, since: false }, { from: '2025-01-01', to: '2025-12-31' }],
    ['released since 2025', { year: 2025, since: true }, { from: '2025-01-01', to: '2026-12-03' }],
    ['released after 2025', { year: 2026, since: true }, { from: '2026-01-01', to: '2026-12-03' }],
    ['released since september', { range: { month: 9, since: true } }, { from: '2026-09-01', to: '2026-12-03' }],
    ['released in november', { range: { month: 11, since: false } }, { from: '2026-11-01', to: '2026-11-30' }],
    // A named month is its most recent occurrence: this month up to today, a later one last year's.
    ['launched in december', { range: { month: 12, since: false } }, { from: '2026-12-01', to: '2026-12-03' }],
    ['came out in october', { range: { month: 10, since: false } }, { from: '2026-10-01', to: '2026-10-31' }],
    ['released last month', { range: { period: 'last-month' } }, { from: '2026-11-01', to: '2026-11-30' }],
    ['released in the last month', { last: 1, unit: 'month' }, { from: '2026-11-03', to: '2026-12-03' }],
    ['released last quarter', { range: { period: 'last-quarter' } }, { from: '2026-07-01', to: '2026-09-30' }],
    ['models released last year', { range: { period: 'last-year' } }, { from: '2025-01-01', to: '2025-12-31' }],
    ['released after 2026-06-01', { since: '2026-06-02' }, { from: '2026-06-02', to: '2026-12-03' }],
    ['shipped over the past two weeks', { last: 2, unit: 'week' }, { from: '2026-11-19', to: '2026-12-03' }],
    // "This week" is the digest's week: the last seven days.
    ['models released this week', { last: 1, unit: 'week' }, { from: '2026-11-26', to: '2026-12-03' }],
    ['which llms came out during the current week?', { last: 1, unit: 'week' }, { from: '2026-11-26', to: '2026-12-03' }],
    // Who released it may stand between ("released by anthropic this year"); its words are kept for the filters.
    ['cheapest model released by anthropic this year', { range: { period: 'this-year' } }, { from: '2026-01-01', to: '2026-12-03' }],
    // A month or a quarter with its year is that year's, not the most recent one; "after" a month starts with the next.
    ['released in june 2025', { range: { month: 6, since: false, year: 2025 } }, { from: '2025-06-01', to: '2025-06-30' }],
    ['came out in q3 2025', { range: { quarter: 3, year: 2025 } }, { from: '2025-07-01', to: '2025-09-30' }],
    ['cheapest model released after june 2026', { range: { month: 7, since: true, year: 2026 } }, { from: '2026-07-01', to: '2026-12-03' }],
    ['released after june', { range: { month: 7, since: true } }, { from: '2026-07-01', to: '2026-12-03' }],
    ['released after december 2025', { range: { month: 1, since: true, year: 2026 } }, { from: '2026-01-01', to: '2026-12-03' }],
    ['released since march 2025', { range: { month: 3, since: true, year: 2025 } }, { from: '2025-03-01', to: '2026-12-03' }],
    // Before a month, a year or a day: every release up to the day before it.
    ['cheapest model released before june 2026', { before: '2026-06-01' }, { to: '2026-05-31' }],
    ['released before 2025', { before: '2025-01-01' }, { to: '2024-12-31' }],
    ['launched prior to 2026-03-01', { before: '2026-03-01' }, { to: '2026-02-28' }],
  ];

  it.each(cases)('%s', (text, window, bounds) => {
    const found = releaseWindowInWords(text);
    expect(found?.window).toEqual(window);
    expect(releaseBounds(window, '2026-12-03')).toEqual(bounds);
  });

  it('refuses a window of no days or a day the calendar lacks, saying what would be right', async () => {
    const ports = { catalog, now: () => new Date('2026-12-03T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };
    for (const [text, said] of [
      ['cheapest model released in the last 0 months', 'A window of 0 months has no days'],
      ['cheapest model released after 2026-02-30', 'Cannot read 2026-02-30 as a day of the calendar'],
      ['cheapest model with a knowledge cutoff after 2026-13', 'Cannot read “knowledge cutoff after 2026-13” as a date'],
    ] as const) {
      const { answer } = await handle({ text, where: LOCAL }, ports);
      expect(answer.kind, text).toBe('input-problem');
      expect(renderText(answer), text).toContain(said);
    }
  });

  it('needs a release word right before the window: other dates are not release windows', () => {
    for (const text of ['what changed in prices this year', 'released by openai', 'cheapest model for 3 months of traffic', 'a model from 2025', 'output in 2025 tokens'])
      expect(releaseWindowInWords(text), text).toBeUndefined();
  });

  it('writes each window as words that read back as the same window, whose days never end after the day asked', () => {
    const window: fc.Arbitrary<ReleaseWindow> = fc.oneof(
      fc.record({ year: fc.integer({ min: 2020, max: 2026 }), since: fc.boolean() }),
      fc.record({ last: fc.integer({ min: 1, max: 120 }), unit: fc.constantFrom('day' as const, 'week' as const, 'month' as const, 'year' as const) }),
      fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2026-12-01T00:00:00Z'), noInvalidDate: true }).map((d) => ({ since: d.toISOString().slice(0, 10) })),
      fc.record({ month: fc.integer({ min: 1, max: 12 }), since: fc.boolean() }).map((range) => ({ range })),
      fc
        .constantFrom('this-month', 'last-month', 'since-last-month', 'this-quarter', 'last-quarter', 'this-year', 'last-year')
        .map((period) => ({ range: { period } }) as ReleaseWindow),
      fc.integer({ min: 1, max: 4 }).map((quarter) => ({ range: { quarter } })),
      // A month or a quarter of a year named ("in june 2025", "since march 2026", "in q3 2025").
      fc.record({ month: fc.integer({ min: 1, max: 12 }), since: fc.boolean(), year: fc.integer({ min: 2020, max: 2026 }) }).map((range) => ({ range })),
      fc.record({ quarter: fc.integer({ min: 1, max: 4 }), year: fc.integer({ min: 2020, max: 2026 }) }).map((range) => ({ range })),
      fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2026-12-01T00:00:00Z'), noInvalidDate: true }).map((d) => ({ before: d.toISOString().slice(0, 10) })),
    );
    const asOf = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(window, asOf, (w, day) => {
        const text = releaseWindowText(w);
        const read = releaseWindowInWords(`cheapest model ${text}`);
        expect(read?.window, text).toEqual(w);
        const { from, to } = releaseBounds(w, day);
        expect(from === undefined || from <= to || from > day, `${text} on ${day}`).toBe(true);
        expect(to <= day).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the release filter', () => {
  const asOf = '2026-12-03';
  /** A release published as a month counts from its first day. */
  const day = (released: string | undefined) => (released && released.length === 7 ? `${released}-01` : released);

  it('keeps exactly the models released in the window (both days included) and counts the rest', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2023-01-01T00:00:00Z'), max: new Date('2026-12-03T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 900 }),
        (start, days) => {
          const from = start.toISOString().slice(0, 10);
          const to = new Date(start.getTime() + days * 86_400_000).toISOString().slice(0, 10);
          const got = cheapest(catalog, defaultProfile(1e6), { released: { from, to }, includeDeprecated: true }, asOf, 10_000);
          const all = cheapest(catalog, defaultProfile(1e6), { includeDeprecated: true }, asOf, 10_000);
          const inside = (id: string) => {
            const d = day(catalog.byId.get(id)?.released);
            return d !== undefined && d >= from && d <= to;
          };
          for (const r of got.ranking) expect(inside(r.model), r.model).toBe(true);
          // Every model inside the window with a price is ranked, or stands as a snapshot of one that is.
          const groups = new Set(got.ranking.map((r) => snapshotGroupOf(catalog, r.model)));
          const unpriced = new Set(got.unpriced.map((u) => u.model));
          for (const m of catalog.models.filter((x) => inside(x.id) && !isRetired(x, asOf) && !unpriced.has(x.id)))
            expect(groups.has(snapshotGroupOf(catalog, m.id)), m.id).toBe(true);
          expect(got.eligible).toBeLessThanOrEqual(all.eligible);
          const outside = catalog.models.filter((m) => !inside(m.id)).length;
          expect(got.excluded.find((e) => e.filter === 'released')?.count).toBe(outside);
          for (const r of got.ranking) expect(r.why).toContain(`released ${catalog.byId.get(r.model)?.released}`);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('"cheapest anthropic model launched in the last 3 months" ranks only those, counted from the day asked', async () => {
    const ports: Ports = { catalog, now: () => new Date(`${asOf}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } };
    const { answer, command } = await handle({ text: 'cheapest anthropic model launched in the last 3 months', where: LOCAL }, ports);
    const a = answer as CheapestAnswer;
    expect(a.kind).toBe('cheapest');
    expect(a.filters.released).toEqual({ from: '2026-09-03', to: '2026-12-03' });
    const expected = catalog.models.filter((m) => m.provider === 'anthropic' && !isRetired(m, asOf) && m.status !== 'deprecated' && (day(m.released) ?? '') >= '2026-09-03');
    expect(expected.length).toBeGreaterThan(0);
    expect(a.ranking.map((r) => r.model).sort()).toEqual(expected.map((m) => m.id).sort());
    expect(renderText(a)).toMatch(/released outside 2026-09-03 to 2026-12-03, or on no published date/);
    // The command behind its buttons asks the same window again.
    expect(command).toContain('released in the last 3 months');
  });

  it('a window no model was released in names the latest release before it, among the models the other filters keep', async () => {
    const ports: Ports = { catalog, now: () => new Date(`${asOf}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } };
    const current = catalog.models.filter((m) => !isRetired(m, asOf) && m.status !== 'deprecated' && m.released !== undefined);
    const latest = (models: typeof current) => models.reduce((a, b) => ((day(b.released) ?? '') > (day(a.released) ?? '') ? b : a));
    for (const [text, from, among, keep] of [
      ['models released this week', '2026-11-26', 'of a current model', () => true],
      ['anthropic models released in the last 2 weeks', '2026-11-19', 'of a model that passes the other filters', (m: (typeof current)[number]) => m.provider === 'anthropic'],
    ] as const) {
      const kept = current.filter(keep);
      // The premise: nothing the filters keep came out in the window.
      expect(kept.filter((m) => (day(m.released) ?? '') >= from)).toEqual([]);
      const { answer } = await handle({ text, where: LOCAL }, ports);
      const a = answer as CheapestAnswer;
      expect(a.kind, text).toBe('cheapest');
      expect(a.ranking).toEqual([]);
      const expected = latest(kept);
      expect(a.latestRelease, text).toEqual({ model: expected.id, released: expected.released, among: among.includes('other filters') ? 'filtered' : 'current' });
      expect(renderText(a)).toContain(`The latest release before that window ${among} is ${expected.id}, released ${expected.released}.`);
    }
    // A ranking with rows, or no release window, names none.
    const { answer: some } = await handle({ text: 'models released this year', where: LOCAL }, ports);
    expect((some as CheapestAnswer).latestRelease).toBeNull();
    const { answer: none } = await handle({ text: 'cheapest model with 90M context', where: LOCAL }, ports);
    expect((none as CheapestAnswer).ranking).toEqual([]);
    expect((none as CheapestAnswer).latestRelease).toBeNull();
  });

  it.each([
    ['models with knowledge cutoff in 2025', '2025-01', '2026-01'],
    ['cheapest model with a knowledge cutoff in 2025-06', '2025-06', '2025-07'],
    ['cheapest model with knowledge cutoff before 2025-01', undefined, '2025-01'],
    ['models with knowledge cutoff in 2025 or later', '2025-01', undefined],
  ])('%j ranks only the models whose cutoff is in that window, each said once', async (text, from, before) => {
    const ports: Ports = { catalog, now: () => new Date(`${asOf}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } };
    const { answer, command } = await handle({ text, where: LOCAL }, ports);
    const a = answer as CheapestAnswer;
    expect([a.filters.minKnowledgeCutoff, a.filters.knowledgeCutoffBefore]).toEqual([from, before]);
    expect(a.ranking.length).toBeGreaterThan(0);
    for (const r of a.ranking) {
      const cutoff = day(r.knowledgeCutoff ?? undefined) ?? '';
      if (from) expect(cutoff >= `${from}-01`, r.model).toBe(true);
      if (before) expect(cutoff < `${before}-01`, r.model).toBe(true);
      expect(new Set(r.why).size, r.model).toBe(r.why.length);
    }
    const again = parseText(catalog, command);
    expect([again.filters.minKnowledgeCutoff, again.filters.knowledgeCutoffBefore]).toEqual([from, before]);
  });

  it('"released after gpt-5", "newer than gpt-4o", "came out before claude opus 4.5": the window starts or ends at that model\'s release', async () => {
    const ports: Ports = { catalog, now: () => new Date(`${asOf}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } };
    for (const [text, id, before] of [
      ['the cheapest model released after gpt-5', 'gpt-5', false],
      ['cheapest openai model newer than gpt-4o', 'gpt-4o', false],
      ['models that came out before claude opus 4.5 with vision', 'claude-opus-4-5', true],
    ] as const) {
      const released = catalog.byId.get(id)?.released as string;
      const q = parseText(catalog, text);
      expect([q.intent, q.models], text).toEqual(['cheapest', []]);
      expect(q.released, text).toEqual(before ? { before: released } : { since: dayAfter(released) });
      expect(q.notes?.join(' ')).toContain(`released ${before ? 'before' : 'after'} ${id} (${released})`);
      const a = (await handle({ text, where: LOCAL }, ports)).answer as CheapestAnswer;
      expect(a.ranking.length, text).toBeGreaterThan(0);
      for (const r of a.ranking) {
        const on = day(catalog.byId.get(r.model)?.released) ?? '';
        expect(before ? on < released : on > released, `${text}: ${r.model} ${on}`).toBe(true);
      }
    }
    // Two models named: which of them is newer, as before.
    expect(parseText(catalog, 'is o3 newer than gpt-5?').models).toEqual(['o3', 'gpt-5']);
  });

  it('"released before 2025" ranks only models released before it, and says the window in those words', async () => {
    const ports: Ports = { catalog, now: () => new Date(`${asOf}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } };
    const { answer, command } = await handle({ text: 'cheapest openai model released before 2025', where: LOCAL }, ports);
    const a = answer as CheapestAnswer;
    expect(a.filters.released).toEqual({ to: '2024-12-31' });
    const expected = catalog.models.filter((m) => m.provider === 'openai' && !isRetired(m, asOf) && m.status !== 'deprecated' && (day(m.released) ?? '9999') < '2025-01-01');
    expect(expected.length).toBeGreaterThan(0);
    const groups = new Set(a.ranking.map((r) => snapshotGroupOf(catalog, r.model)));
    for (const m of expected) expect(groups.has(snapshotGroupOf(catalog, m.id)), m.id).toBe(true);
    for (const r of a.ranking) expect(day(catalog.byId.get(r.model)?.released) ?? '', r.model).toMatch(/^20(?:1\d|2[0-4])-/);
    expect(renderText(a)).toMatch(/released after 2024-12-31, or on no published date/);
    expect(command).toContain('released before 2025-01-01');
  });
});
