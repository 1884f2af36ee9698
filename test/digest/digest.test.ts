import { addDays } from 'date-fns/addDays';
import { subDays } from 'date-fns/subDays';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.ts';
import { PRICE_FIELDS, type PriceField } from '../../src/catalog/schema.ts';
import { perMillion } from '../../src/cost/format.ts';
import { changes } from '../../src/digest/changes.ts';
import { parseDigestCommand, timeOf } from '../../src/digest/command.ts';
import { buildDigest } from '../../src/digest/digest.ts';
import { renderDigest } from '../../src/render/blocks/digest.ts';
import { digestText } from '../../src/render/text/digest.ts';
import { blockTextLength, LIMITS, limitViolations } from '../../src/render/blocks/kit.ts';
import { digestTitle } from '../../src/render/words.ts';
import { lastDue } from '../../src/digest/schedule.ts';

const catalog = loadCatalog();
const week = (from: string, to: string) => ({ from: new Date(`${from}T00:00:00Z`), to: new Date(`${to}T00:00:00Z`) });

describe('what changed', () => {
  // The first change in the catalog's dated history, whatever it is: the digest of its week must show it.
  const changed = catalog.models
    .flatMap((m) => m.pricing.slice(1).map((after, i) => ({ model: m, before: m.pricing[i]!, after })))
    .map((x) => ({ ...x, fields: PRICE_FIELDS.filter((f) => x.before[f] !== undefined && x.after[f] !== undefined && x.before[f] !== 0 && x.before[f] !== x.after[f]) }))
    .find((x) => x.fields.length > 0)!;

  it("shows a price change from the catalog's history in that week's digest", () => {
    const { model, before, after, fields } = changed;
    const day = new Date(`${after.from}T00:00:00Z`);
    const d = buildDigest(catalog, [], { from: subDays(day, 3), to: addDays(day, 4) }, { timeZone: 'Europe/Berlin' });
    const mine = d.changes.filter((c) => c.model === model.id);
    expect(mine.map((c) => [c.field, c.old, c.new, c.date]).sort()).toEqual(fields.map((f) => [f, before[f], after[f], after.from]).sort());
    for (const c of mine)
      expect(c.pct).toBeCloseTo(((after[c.field as PriceField] as number) - (before[c.field as PriceField] as number)) / (before[c.field as PriceField] as number), 12);
    expect(d.quiet).toBe(false);
    const rendered = renderDigest(d)!;
    const first = mine[0]!;
    expect(JSON.stringify(rendered.main.blocks)).toContain(`${perMillion(first.old)} → ${perMillion(first.new)}`);
    expect(limitViolations(rendered.main)).toEqual([]);
  });

  it('titles the digest with the first and last day of its week in the subscriber’s time zone', () => {
    const window = lastDue({ weekday: 1, localTime: '09:00', timeZone: 'Europe/Berlin' }, new Date('2025-06-16T08:00:00Z')).window;
    const d = buildDigest(catalog, [], window, { timeZone: 'Europe/Berlin' });
    expect(digestTitle(d)).toBe('Model prices: Jun 9 – Jun 16, 2025');
    expect(digestTitle({ ...d, from: '2025-12-29T00:00:00Z', to: '2026-01-05T00:00:00Z', timeZone: 'UTC' })).toBe('Model prices: Dec 29, 2025 – Jan 4, 2026');
  });

  it('does not show the change a week later', () => {
    const day = new Date(`${changed.after.from}T00:00:00Z`);
    expect(changes(catalog, [], { from: addDays(day, 7), to: addDays(day, 14) }).prices.filter((c) => c.model === changed.model.id && c.date === changed.after.from)).toEqual([]);
  });

  it('lists models added and retirements ahead (within 90 days)', () => {
    const c = changes(catalog, [], week('2025-06-09', '2025-06-16'));
    expect(c.added.map((a) => a.model)).toContain('o3-pro');
    const retiring = catalog.models.find((m) => m.retires !== undefined)!;
    const before = subDays(new Date(`${retiring.retires}T00:00:00Z`), 30);
    const w = { from: subDays(before, 7), to: before };
    expect(changes(catalog, [], w).retiring.map((r) => r.model)).toContain(retiring.id);
  });

  it('a digest of cuts or increases says when none of that kind is scheduled ahead, in both renderings', () => {
    const window = week('2026-11-28', '2026-12-05');
    for (const direction of ['cut', 'increase'] as const) {
      const d = buildDigest(catalog, [], window, { direction });
      const none = `No price ${direction === 'cut' ? 'cuts' : 'increases'} are scheduled ahead.`;
      const ahead = changes(catalog, [], window).ahead.filter((c) => c.direction === direction);
      expect(d.ahead.length).toBe(ahead.length);
      expect(digestText(d).includes(none)).toBe(ahead.length === 0);
      expect(JSON.stringify(renderDigest(d)?.main.blocks ?? []).includes(none)).toBe(ahead.length === 0);
    }
    // Both kinds asked: what is ahead, or nothing said of it.
    expect(digestText(buildDigest(catalog, [], window))).not.toContain('are scheduled ahead');
    // Asked of one provider with nothing of that kind ahead: whose.
    const provider = catalog.providers.find((p) => !changes(catalog, [], window).ahead.some((c) => c.direction === 'increase' && catalog.byId.get(c.model)?.provider === p.id));
    if (!provider) throw new Error('the catalog needs a provider with no increase ahead');
    const theirs = buildDigest(catalog, [], window, { direction: 'increase', providers: [provider.id] });
    expect(digestText(theirs)).toContain(`No price increases from ${provider.name} are scheduled ahead.`);
  });

  it('lists new models newest first, whatever order the catalog holds them in', () => {
    // The widest window: every model the catalog dates, from several makers and days.
    const c = changes(catalog, [], week('2020-01-01', '2030-01-01'));
    expect(new Set(c.added.map((a) => a.date)).size).toBeGreaterThan(10);
    const dates = c.added.map((a) => a.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('cites the price of every model it lists as new, in both renderings, with one blank line between parts', () => {
    const d = buildDigest(catalog, [], week('2025-06-09', '2025-06-16'));
    expect(d.added.length).toBeGreaterThan(0);
    for (const a of d.added) {
      const first = catalog.byId.get(a.model)!.pricing[0]!;
      expect(
        d.sources.some((s) => s.what.split('; ').includes(`${a.model} prices`) && s.url === first.source.url && s.checked === first.checked),
        a.model,
      ).toBe(true);
    }
    const text = digestText(d);
    expect(text).not.toContain('Sources: none');
    expect(text).not.toMatch(/\n\n\n/);
    expect(JSON.stringify(renderDigest(d)!.main.blocks)).toContain(d.added[0]!.model);
  });

  it('reports accepted observations, a quiet week as one line, and filters by provider', () => {
    const observed = [
      {
        model: 'grok-4.3',
        field: 'cachedInput',
        old: 0.2,
        new: 0.3,
        date: new Date('2026-11-18T03:00:00Z'),
        cause: 'vendor' as const,
        source: 'openrouter',
        url: 'https://openrouter.ai/api/v1/models',
      },
    ];
    const d = buildDigest(catalog, observed, week('2026-11-16', '2026-11-23'), { watched: ['gpt-4.1-mini'] });
    expect(d.changes.map((c) => [c.model, c.field, c.old, c.new])).toEqual([['grok-4.3', 'cachedInput', 0.2, 0.3]]);
    expect(d.changes[0]?.direction).toBe('increase');
    expect(d.watchedUnchanged).toEqual(['gpt-4.1-mini']);
    expect(buildDigest(catalog, observed, week('2026-11-16', '2026-11-23'), { providers: ['openai'] }).changes).toEqual([]);
    const quiet = buildDigest(catalog, [], week('2026-11-16', '2026-11-23'), { providers: ['openai'] });
    expect(quiet.quiet).toBe(true);
    expect(renderDigest(quiet, 'line')?.main.text).toMatch(/No price changes or new models from OpenAI this week\.$/);
    expect(renderDigest(quiet, 'skip')).toBeNull();
  });

  it('a preview with no new model names the latest release before its window; the scheduled digest and a week with one do not', async () => {
    const window = week('2026-11-16', '2026-11-23');
    const released = (ids: (m: (typeof catalog.models)[number]) => boolean) =>
      catalog.models.filter((m) => m.released !== undefined && m.released < '2026-11-23' && ids(m)).sort((a, b) => (b.released ?? '').localeCompare(a.released ?? ''))[0]!;
    for (const providers of [undefined, ['openai']]) {
      const d = buildDigest(catalog, [], window, { providers, latestRelease: true });
      expect(d.added).toEqual([]);
      const expected = released((m) => providers === undefined || providers.includes(m.provider));
      expect(d.latestRelease).toEqual({ model: expected.id, name: expected.name, released: expected.released });
      const line = `The latest model${providers ? ' from OpenAI' : ''} in the catalog is ${expected.name} (${expected.id}), released ${expected.released}.`;
      expect(digestText(d)).toContain(line);
      expect(JSON.stringify(renderDigest(d, 'line')?.main.blocks)).toContain(line);
      // Its release date is a figure: its source is listed.
      expect(d.sources.some((s) => s.what.includes(`${expected.id} specs`))).toBe(true);
      expect(limitViolations(renderDigest(d, 'line')?.main ?? { text: '', blocks: [] })).toEqual([]);
    }
    expect(buildDigest(catalog, [], window).latestRelease).toBeNull();
    // A window with a release lists it as new instead.
    const newest = released(() => true);
    const day = new Date(`${newest.released}T00:00:00Z`);
    const withOne = buildDigest(catalog, [], { from: subDays(day, 2), to: addDays(day, 2) }, { latestRelease: true });
    expect(withOne.added.map((a) => a.model)).toContain(newest.id);
    expect(withOne.latestRelease).toBeNull();
  });

  it('cuts a long digest cleanly and puts the rest in the thread', () => {
    const many = Array.from({ length: 130 }, (_, i) => ({
      model: catalog.models[i % catalog.models.length]!.id,
      field: i % 2 ? 'input' : 'output',
      old: 1,
      new: 1 + (i + 1) / 1000,
      date: new Date(Date.UTC(2026, 10, 17, 0, i)),
      cause: 'vendor' as const,
      source: 'litellm',
      url: 'https://example.invalid/x',
    }));
    const d = buildDigest(catalog, many, week('2026-11-16', '2026-11-23'));
    const r = renderDigest(d)!;
    expect(limitViolations(r.main)).toEqual([]);
    for (const t of r.thread) expect(limitViolations(t)).toEqual([]);
    const mainRows = (r.main.blocks.find((b) => b.type === 'table') as { rows: unknown[] }).rows.length - 1;
    const threadRows = r.thread.reduce((n, t) => n + (t.blocks[0] as { rows: unknown[] }).rows.length - 1, 0);
    expect(mainRows + threadRows).toBe(d.changes.length);
    expect(JSON.stringify(r.main.blocks)).toContain(`+${threadRows} more in the thread`);
  });

  it('moves table rows to the thread until the main message fits the text budget, saying how many once', () => {
    const long = (i: number) => ({
      model: `m${i}`,
      name: `${'Very long model name '.repeat(12)}${i}`,
      provider: 'openai',
      field: 'input',
      old: 1,
      new: 2,
      pct: 1,
      date: '2026-11-17',
      direction: 'increase' as const,
      cause: 'vendor' as const,
      note: null,
      source: { url: 'https://example.com' },
      checked: '2026-11-17',
    });
    const all = Array.from({ length: 60 }, (_, i) => long(i));
    const d = { ...buildDigest(catalog, [], week('2026-11-16', '2026-11-23')), changes: all, increases: all.slice(0, 3), quiet: false };
    const r = renderDigest(d)!;
    expect(blockTextLength(r.main.blocks)).toBeLessThanOrEqual(LIMITS.messageTextBudget);
    const mainRows = (r.main.blocks.find((b) => b.type === 'table') as { rows: unknown[] }).rows.length - 1;
    expect(mainRows).toBeLessThan(40);
    const threadRows = r.thread.reduce((n, t) => n + (t.blocks[0] as { rows: unknown[] }).rows.length - 1, 0);
    expect(mainRows + threadRows).toBe(all.length);
    const notes = r.main.blocks.filter((b) => JSON.stringify(b).includes('more in the thread'));
    expect(notes).toHaveLength(1);
    expect(JSON.stringify(notes[0])).toContain(`+${threadRows} more in the thread`);
  });
});

describe('digest commands', () => {
  it.each([
    ['on', { action: 'on' }],
    ['on monday 09:00 Europe/Berlin', { action: 'on', weekday: 1, localTime: '09:00', timeZone: 'Europe/Berlin' }],
    [
      'on fri 5pm UTC providers openai,anthropic watch gpt-4.1-mini quiet skip',
      { action: 'on', weekday: 5, localTime: '17:00', timeZone: 'UTC', providers: ['openai', 'anthropic'], watched: ['gpt-4.1-mini'], quiet: 'skip' },
    ],
    ['off', { action: 'off' }],
    ['', { action: 'status' }],
    ['preview', { action: 'preview', range: 'last-7-days' }],
    ['preview last week', { action: 'preview', range: 'last-week' }],
    ['preview 2026-05-18..2026-05-25', { action: 'preview', range: { from: '2026-05-18', to: '2026-05-25' } }],
    // In words both days are included; "since" a day runs up to today.
    ['preview 2026-05-18 to 2026-05-24', { action: 'preview', range: { from: '2026-05-18', to: '2026-05-25' } }],
    ['preview since 2026-10-01', { action: 'preview', range: { from: '2026-10-01' } }],
    ['preview after 2026-10-31', { action: 'preview', range: { from: '2026-11-01' } }],
  ])('%j', (text, expected) => {
    expect(parseDigestCommand(text)).toEqual(expected);
  });

  it.each([
    ['on funday', /expected a weekday/],
    ['on 25:00', /Cannot read “25:00” as a time/],
    ['on Mars/Olympus', /Unknown time zone “Mars\/Olympus”/],
    ['on quiet loud', /quiet” takes skip/],
    ['preview 2026-05-25..2026-05-18', /first date before the second/],
    ['preview 2026-13-01..2026-13-08', /Cannot read 2026-13-01 as a day of the calendar/],
    ['preview since 2026-02-30', /Cannot read 2026-02-30 as a day of the calendar/],
    ['explode', /Unknown digest command/],
  ])('refuses %j with the valid forms', (text, message) => {
    const r = parseDigestCommand(text);
    expect(r.action).toBe('error');
    if (r.action === 'error') expect(r.message).toMatch(message);
  });

  it('reads weekdays as people write them', () => {
    const weekday = (word: string) => (parseDigestCommand(`on ${word}`) as { weekday?: number }).weekday;
    expect(['monday', 'Mondays', 'tue', 'tues', 'Wed.', 'thu', 'thurs', 'fri,', 'sat', 'sunday'].map(weekday)).toEqual([1, 1, 2, 2, 3, 4, 4, 5, 6, 7]);
    expect(parseDigestCommand('on mo').action).toBe('error');
  });

  it('reads times as people write them', () => {
    expect([timeOf('9am'), timeOf('12pm'), timeOf('12am'), timeOf('17:45'), timeOf('9'), timeOf('13pm')]).toEqual(['09:00', '12:00', '00:00', '17:45', undefined, undefined]);
  });

  it('reads a subscription said in a sentence, and says which part is wrong', () => {
    expect(parseDigestCommand('on every friday at 5pm in Europe/Berlin')).toEqual({ action: 'on', weekday: 5, localTime: '17:00', timeZone: 'Europe/Berlin' });
    const late = parseDigestCommand('on monday at 25:00');
    expect(late.action === 'error' && late.message).toMatch(/^Cannot read “25:00” as a time/);
    const zone = parseDigestCommand('on monday at 9am Mars/Olympus');
    expect(zone.action === 'error' && zone.message).toMatch(/^Unknown time zone “Mars\/Olympus”/);
  });
});

describe('changes from recorded observations', () => {
  it('reports a price two sources agree on, and not one a single source claims', async () => {
    const { openPgliteStore } = await import('../../src/store/pglite.ts');
    const { observedChanges } = await import('../../src/app/observed.ts');
    const store = await openPgliteStore();
    const at = new Date('2026-11-18T03:00:00Z');
    await store.recordObservations([
      { source: 'litellm', model: 'grok-4.3', field: 'cachedInput', value: 0.3, catalogValue: 0.2, observedAt: at },
      { source: 'openrouter', model: 'grok-4.3', field: 'cachedInput', value: 0.3, catalogValue: 0.2, observedAt: at },
      { source: 'litellm', model: 'gpt-4.1-mini', field: 'output', value: 1.5, catalogValue: 1.6, observedAt: at },
    ]);
    const w = week('2026-11-16', '2026-11-23');
    const observed = await observedChanges(store, catalog, w);
    expect(observed.map((o) => [o.model, o.field, o.old, o.new])).toEqual([['grok-4.3', 'cachedInput', 0.2, 0.3]]);
    const d = buildDigest(catalog, observed, w);
    expect(d.changes.map((c) => [c.model, c.field, c.direction])).toEqual([['grok-4.3', 'cachedInput', 'increase']]);
    await store.close();
  });
});
