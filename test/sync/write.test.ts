// `sync --write`: a new dated price entry for review, with history and comments untouched.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { quotedPrice } from '../../src/catalog/history.ts';
import { checkCatalog, DEFAULT_DATA_DIR, loadCatalog } from '../../src/load/catalog.ts';
import { syncSource } from '../../src/sync/fetch.ts';
import { SyncError } from '../../src/sync/types.ts';
import { appendPriceEntry, planProposals, writeProposals } from '../../src/sync/write.ts';
import { fixturePath } from './helpers.ts';

const catalog = loadCatalog();
const fetchedAt = new Date('2026-08-18T06:00:00Z');
const litellmSync = () => syncSource({ catalog, source: 'litellm', file: fixturePath.litellm, asOf: '2026-08-18', now: () => fetchedAt });

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'modelscout-write-'));
  cpSync(DEFAULT_DATA_DIR, join(dir, 'data'), { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The text of `after` with the inserted lines taken out, and what was inserted. */
function insertion(before: string, after: string): { rest: string; inserted: string } {
  let start = 0;
  while (start < before.length && before[start] === after[start]) start += 1;
  start = before.lastIndexOf('\n', start - 1) + 1;
  const tail = before.length - start;
  const inserted = after.slice(start, after.length - tail);
  return { rest: after.slice(0, start) + after.slice(after.length - tail), inserted };
}

describe('proposing a catalog update', () => {
  it('plans one entry per model with observations; held jumps are not proposed', async () => {
    const { plans, skipped } = planProposals(catalog, await litellmSync());
    expect(plans.map((p) => p.proposal.model).sort()).toEqual([
      'deepseek-chat',
      'deepseek-reasoner',
      'gemini-3.1-flash-image',
      'gemini-3.1-flash-image-preview',
      'gpt-5.6-sol',
      'grok-4.20-0309-reasoning',
    ]);
    expect(skipped).toContainEqual({ model: 'deepseek-chat', reason: "cachedInput: held for review (10× the catalog's price (a jump of ×10 or more)); not proposed" });
    const sol = plans.find((p) => p.proposal.model === 'gpt-5.6-sol')!;
    expect(sol.entry).toMatchObject({
      from: '2026-08-18',
      input: 5,
      cachedInput: 0.5,
      output: 30,
      tiers: [{ above: 272000, inclusive: false, input: 10, cachedInput: 1, output: 45 }],
      source: { url: 'https://platform.openai.com/docs/pricing', via: `LiteLLM ${fixturePath.litellm} (fetched 2026-08-18T06:00:00.000Z)` },
      checked: '2026-08-18',
    });
    expect(sol.entry.note).toBe(
      'PROPOSED by modelscout sync from LiteLLM (2026-08-18): cachedInput 0.25 -> 0.5, input 2.5 -> 5, output 15 -> 30, tier>272000.cachedInput 0.5 -> 1, tier>272000.input 5 -> 10, tier>272000.output 22.5 -> 45. ' +
        'Review before merging: set "from" to the day the price took effect, and write why; a correction of a wrong figure is fixed in place instead.',
    );
  });

  it('writes the entries after the old ones: every other byte, comment and history entry unchanged', async () => {
    const data = join(dir, 'data');
    const path = join(data, 'catalog', 'openai.yml');
    const before = readFileSync(path, 'utf8');
    const report = writeProposals(data, catalog, await litellmSync());
    expect(report.written).toEqual(['data/catalog/deepseek.yml', 'data/catalog/google.yml', 'data/catalog/openai.yml', 'data/catalog/xai.yml']);
    expect(report.proposals.find((p) => p.model === 'gpt-5.6-sol')).toMatchObject({
      file: 'data/catalog/openai.yml',
      from: '2026-08-18',
      changes: expect.arrayContaining([{ field: 'input', old: 2.5, new: 5 }]),
    });

    const after = readFileSync(path, 'utf8');
    const { rest, inserted } = insertion(before, after);
    expect(rest).toBe(before); // only lines were added
    expect(inserted).toMatch(/^ {6}# Proposed by `modelscout sync --source litellm --write` on 2026-08-18 for review/);
    expect(inserted).toContain('\n      - from: 2026-08-18\n        input: 5\n        cachedInput: 0.5\n        output: 30\n        tiers:\n          - above: 272000\n');
    expect(inserted).toContain('        checked: 2026-08-18\n');

    const result = checkCatalog(data);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const sol = result.catalog.byId.get('gpt-5.6-sol')!;
    expect(sol.pricing).toHaveLength(2);
    expect(sol.pricing[0]).toEqual(catalog.byId.get('gpt-5.6-sol')!.pricing[0]); // history preserved
    expect(quotedPrice(sol, '2026-08-17').input).toBe(2.5);
    expect(quotedPrice(sol, '2026-08-18').input).toBe(5);
    // deepseek-chat's four dated entries stay, a fifth is proposed; its held cached price is carried over unchanged.
    const chat = result.catalog.byId.get('deepseek-chat')!;
    expect(chat.pricing.slice(0, 4)).toEqual(catalog.byId.get('deepseek-chat')!.pricing);
    expect(chat.pricing[4]).toMatchObject({ from: '2026-08-18', input: 0.28, cachedInput: 0.0028, output: 0.42 });
  });

  it('never writes a second entry on the same day', async () => {
    const data = join(dir, 'data');
    writeProposals(data, catalog, await litellmSync());
    const updated = checkCatalog(data);
    if (!updated.ok) throw new Error('invalid');
    const again = await syncSource({ catalog: updated.catalog, source: 'litellm', file: fixturePath.litellm, asOf: '2026-08-18', now: () => fetchedAt });
    // The proposed prices are now the catalog's, so nothing differs for those models.
    expect(again.observations.filter((o) => o.model === 'gpt-5.6-sol')).toEqual([]);
    // A further difference the same day is left for a person: the entry in force already starts that day.
    const plans = planProposals(updated.catalog, {
      ...(await litellmSync()),
      observations: [{ model: 'gpt-5.6-sol', field: 'output', catalog: 30, source: 31, sourceId: 'gpt-5.6-sol' }],
    });
    expect(plans).toEqual({
      plans: [],
      skipped: expect.arrayContaining([
        { model: 'gpt-5.6-sol', reason: 'its price entry in force starts on 2026-08-18; a second entry from 2026-08-18 would overlap (a correction is fixed in place, by hand)' },
      ]),
    });
  });

  it('appends to a small document without touching comments, flow lists or spacing', () => {
    const text = [
      '# A provider.',
      'provider: {id: x}',
      'models:',
      '  - id: m1  # first',
      '    modalities: {input: [text], output: [text]}',
      '    pricing:',
      '      # the launch price',
      '      - from: 2026-01-01',
      '        input: 1',
      '        output: 2   # spaced comment',
      '    benchmarks: []',
      '',
    ].join('\n');
    const out = appendPriceEntry(text, 'm1', { from: '2026-02-01', input: 0.5, output: 2, note: 'a: "quoted"' }, 'proposed');
    expect(out).toBe(
      [
        '# A provider.',
        'provider: {id: x}',
        'models:',
        '  - id: m1  # first',
        '    modalities: {input: [text], output: [text]}',
        '    pricing:',
        '      # the launch price',
        '      - from: 2026-01-01',
        '        input: 1',
        '        output: 2   # spaced comment',
        '      # proposed',
        '      - from: 2026-02-01',
        '        input: 0.5',
        '        output: 2',
        `        note: 'a: "quoted"'`,
        '    benchmarks: []',
        '',
      ].join('\n'),
    );
    expect(() => appendPriceEntry(text, 'm2', { from: '2026-02-01' }, 'x')).toThrow(SyncError);
  });
});
