// The evidence sync (`modelscout sync --source lmarena|aider`) over slices of the real leaderboards
// (test/fixtures/evidence/) and a hand-made catalog: what it reads, how it maps, what it skips and reports, and
// the documents it refuses.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { Benchmark } from '../../src/catalog/schema.ts';
import { buildCatalog } from '../../src/catalog/validate.ts';
import type { Catalog } from '../../src/catalog/validate.ts';
import { aider } from '../../src/sync/sources/aider.ts';
import { lmarena } from '../../src/sync/sources/lmarena.ts';
import { artificialAnalysis } from '../../src/sync/sources/artificial-analysis.ts';
import { evidenceText, syncEvidence, writeEvidence } from '../../src/sync/sources/evidence.ts';
import { SyncError } from '../../src/sync/types.ts';
import { catalogOf, model, score } from '../lanes/helpers.ts';

const FIXTURES = new URL('../fixtures/evidence/', import.meta.url).pathname;
const LMARENA = join(FIXTURES, 'lmarena-openrouter.2026-10-10.slice.json');
const AIDER = join(FIXTURES, 'aider-polyglot.2025-10-04.slice.yml');
const now = () => new Date('2026-11-22T10:00:00Z');

function catalog(): Catalog {
  const base = catalogOf([
    model('claude-opus-5', 5, 25),
    model('gemini-3.7-flash', 0.5, 3),
    model('gpt-5.4', 2.5, 15),
    model('o3', 2, 8),
    model('gpt-5', 1.25, 10),
    model('gpt-4.1-mini', 0.4, 1.6),
    model('gpt-4o-mini', 0.15, 0.6, { snapshots: ['gpt-4o-mini-2024-07-18'] }),
  ]);
  const extra = [
    { id: 'lmarena-text', name: 'LMArena text score', measures: 'votes', scale: { unit: 'elo', min: 0 }, publishedBy: 'LMArena', url: 'https://lmarena.ai/leaderboard/text' },
    {
      id: 'aider-polyglot',
      name: 'Aider polyglot',
      measures: 'exercises',
      scale: { unit: 'percent', min: 0, max: 100 },
      publishedBy: 'Aider',
      url: 'https://aider.chat/docs/leaderboards/',
    },
  ].map((b) => Benchmark.parse(b));
  return { ...base, benchmarks: new Map([...base.benchmarks, ...extra.map((b) => [b.id, b] as const)]) };
}

async function refusal(promise: Promise<unknown>): Promise<SyncError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SyncError) return error;
    throw error;
  }
  throw new Error('expected the sync to be refused');
}

function tempFile(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'evidence-'));
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('LMArena', () => {
  it('imports score, CI and votes per catalog model, checked on the publish date, and reports models the catalog lacks', async () => {
    const r = await syncEvidence({ catalog: catalog(), adapter: lmarena, benchmark: 'lmarena-text', file: LMARENA, now });
    expect(r.document.models['claude-opus-5']).toEqual([
      {
        id: 'lmarena-text',
        score: 1507,
        ci: { low: 1502.1, high: 1511.8 },
        votes: 30569,
        source: { url: 'https://lmarena.ai/leaderboard/text', via: 'lmarena-openrouter.2026-10-10.slice.json, generated 2026-10-10T06:20:04+00:00' },
        checked: '2026-10-08',
      },
    ]);
    expect(Object.keys(r.document.models).sort()).toEqual(['claude-opus-5', 'gemini-3.7-flash', 'gpt-5.4']);
    expect(r.notInCatalog.map((n) => n.sourceId)).toEqual(['google/gemini-4-argon']);
    expect(r.skipped).toEqual({ 'no arena score': 1 });
  });

  it('picks up a model once the catalog has it', async () => {
    const grown = catalog();
    const argon = model('gemini-4-argon', 1, 1);
    const withArgon = { ...grown, models: [...grown.models, argon], byId: new Map([...grown.byId, ['gemini-4-argon', argon]]) };
    const r = await syncEvidence({ catalog: withArgon, adapter: lmarena, benchmark: 'lmarena-text', file: LMARENA, now });
    expect(r.document.models['gemini-4-argon']?.[0]?.score).toBe(1533.9);
    expect(r.notInCatalog).toEqual([]);
  });

  it('refuses an empty list, the wrong shape, invalid JSON and an absurd score, changing nothing', async () => {
    const c = catalog();
    const run = (text: string) => syncEvidence({ catalog: c, adapter: lmarena, benchmark: 'lmarena-text', file: tempFile('board.json', text), now });
    expect((await refusal(run('{"models": []}'))).kind).toBe('empty');
    expect((await refusal(run('{"data": []}'))).kind).toBe('shape');
    expect((await refusal(run('{"models": [{"id": "a/b", "arena_sc'))).kind).toBe('json');
    const absurd = JSON.stringify({ models: [{ id: 'anthropic/claude-opus-5', arena_score: 15070, arena_ci_low: 1, arena_ci_high: 20000 }] });
    expect((await refusal(run(absurd))).reason).toMatch(/arena_score 15070 is not a plausible figure/);
    const outside = JSON.stringify({ models: [{ id: 'anthropic/claude-opus-5', arena_score: 1507, arena_ci_low: 1510, arena_ci_high: 1520 }] });
    expect((await refusal(run(outside))).reason).toMatch(/confidence interval/);
  });

  it('refuses a truncated list: fewer than half the models the catalog has scores from it', async () => {
    const c = catalog();
    const scored = c.models.map((m) => ({ ...m, benchmarks: [score('lmarena-text', 1400)] }));
    const before = { ...c, models: scored, byId: new Map(scored.map((m) => [m.id, m])) };
    const e = await refusal(syncEvidence({ catalog: before, adapter: lmarena, benchmark: 'lmarena-text', file: LMARENA, now }));
    expect(e.kind).toBe('truncated');
  });
});

describe('Aider polyglot', () => {
  it('imports pass rate per model and configuration, with the 225-task run and its cost, skipping pairs and reporting unknown models', async () => {
    const r = await syncEvidence({ catalog: catalog(), adapter: aider, benchmark: 'aider-polyglot', file: AIDER, now });
    expect(r.document.models.o3).toEqual([
      {
        id: 'aider-polyglot',
        score: 81.3,
        setting: 'high, diff edit format',
        run: { tasks: 225, totalCostUsd: 21.2259, date: '2025-06-25' },
        source: { url: 'https://aider.chat/docs/leaderboards/', via: 'aider-polyglot.2025-10-04.slice.yml (Aider repository, polyglot_leaderboard.yml)' },
        checked: '2025-10-04',
      },
      expect.objectContaining({ score: 76.9, setting: 'diff edit format', run: { tasks: 225, totalCostUsd: 13.7517, date: '2025-06-25' } }),
    ]);
    // A dated snapshot name maps to its model; a run of two models is skipped; a model the catalog lacks is reported.
    expect(r.document.models['gpt-4o-mini']?.[0]?.score).toBe(3.6);
    expect(r.skipped).toEqual({ 'runs of two models (architect + editor)': 1 });
    expect(r.notInCatalog.map((n) => n.sourceId)).toEqual(['Gemini 2.0 Pro exp-02-05']);
  });

  it('refuses a document that is not a list of runs, and an impossible pass rate', async () => {
    const c = catalog();
    const run = (text: string) => syncEvidence({ catalog: c, adapter: aider, benchmark: 'aider-polyglot', file: tempFile('board.yml', text), now });
    expect((await refusal(run('models: {}'))).kind).toBe('shape');
    expect((await refusal(run('[]'))).kind).toBe('empty');
    expect((await refusal(run('- {model: o3, pass_rate_2: 181.3, test_cases: 225, date: 2025-06-25}'))).reason).toMatch(/pass_rate_2 181.3/);
  });

  it('writes data/evidence/aider.yml that the catalog merges into the models, replacing nothing else', async () => {
    const c = catalog();
    const r = await syncEvidence({ catalog: c, adapter: aider, benchmark: 'aider-polyglot', file: AIDER, now });
    const dataDir = mkdtempSync(join(tmpdir(), 'data-'));
    mkdirSync(join(dataDir, 'evidence'));
    const path = await writeEvidence(dataDir, c, r, aider);
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(evidenceText(r));
    expect(parse(text).models['gpt-5'][0]).toMatchObject({ score: 88, setting: 'high, diff edit format' });
  });
});

describe('Artificial Analysis (via OpenRouter)', () => {
  it('imports the three indices per model, skipping variant ids, and reports models the catalog lacks', async () => {
    const file = join(FIXTURES, 'openrouter-models.2026-08-18.slice.json');
    const r = await syncEvidence({ catalog: catalog(), adapter: artificialAnalysis, benchmark: 'aa-intelligence-index', file, now, minimum: 0 });
    expect(r.document.models['gemini-3.7-flash']?.map((s) => [s.id, s.score, s.checked])).toEqual([
      ['aa-intelligence-index', 56, '2026-08-18'],
      ['aa-coding-index', 76.1, '2026-08-18'],
      ['aa-agentic-index', 45.1, '2026-08-18'],
    ]);
    expect(r.skipped).toMatchObject({ 'variant ids': 1 });
    expect(r.notInCatalog.map((n) => n.sourceId)).toEqual(['moonshotai/kimi-k3']);
  });
});

describe('merging evidence files into the catalog', () => {
  const provider = {
    provider: { id: 'acme', name: 'Acme', website: 'https://example.com', pricingUrl: 'https://example.com/prices' },
    models: [
      {
        id: 'm1',
        name: 'M1',
        family: 'm',
        status: 'active',
        contextWindow: 1000,
        modalities: { input: ['text'], output: ['text'] },
        license: 'proprietary',
        openWeights: false,
        pricing: [{ from: '2026-01-01', input: 1, output: 2, source: { url: 'https://example.com/p' }, checked: '2026-01-01' }],
        benchmarks: [{ id: 'b', score: 10, source: { url: 'https://example.com/old' }, checked: '2026-01-01' }],
        specSource: { url: 'https://example.com/s' },
        specChecked: '2026-01-01',
      },
    ],
  };
  const benchmarks = { benchmarks: [{ id: 'b', name: 'B', measures: 'b', scale: { unit: 'percent', min: 0, max: 100 }, publishedBy: 'B', url: 'https://example.com/b' }] };
  const evidence = (models: unknown) => ({ file: 'data/evidence/b.yml', data: { evidence: 'B board', models } });

  it('replaces the catalog’s score for the same benchmark and setting, adds others, and leaves models the catalog lacks aside', () => {
    const r = buildCatalog([{ file: 'data/catalog/acme.yml', data: provider }], { file: 'data/benchmarks.yml', data: benchmarks }, undefined, [
      evidence({
        m1: [
          { id: 'b', score: 12, source: { url: 'https://example.com/new' }, checked: '2026-02-01' },
          { id: 'b', score: 15, setting: 'high', source: { url: 'https://example.com/new' }, checked: '2026-02-01' },
        ],
        'not-yet': [{ id: 'b', score: 1, source: { url: 'https://example.com/new' }, checked: '2026-02-01' }],
      }),
    ]);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.catalog.byId.get('m1')?.benchmarks.map((b) => [b.score, b.setting ?? null])).toEqual([
        [12, null],
        [15, 'high'],
      ]);
  });

  it('reports an unknown benchmark and a duplicate score in an evidence file', () => {
    const r = buildCatalog([{ file: 'data/catalog/acme.yml', data: provider }], { file: 'data/benchmarks.yml', data: benchmarks }, undefined, [
      evidence({
        m1: [
          { id: 'nope', score: 1, source: { url: 'https://example.com/new' }, checked: '2026-02-01' },
          { id: 'b', score: 1, source: { url: 'https://example.com/new' }, checked: '2026-02-01' },
          { id: 'b', score: 2, source: { url: 'https://example.com/new' }, checked: '2026-02-01' },
        ],
      }),
    ]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map((p) => p.message)).toEqual(['unknown benchmark id "nope"', 'duplicate score for benchmark "b"']);
  });

  it('refuses a lane that depends only on attribution-only benchmarks', () => {
    const restricted = { benchmarks: [{ ...benchmarks.benchmarks[0], terms: 'attribution-only' }] };
    const lanes = { lanes: [{ id: 'l', name: 'L', description: 'l', evidence: [{ benchmark: 'b', weight: 'strong' }], decideBy: 'evidence', rationale: 'r' }] };
    const r = buildCatalog([{ file: 'data/catalog/acme.yml', data: provider }], { file: 'data/benchmarks.yml', data: restricted }, { file: 'data/lanes.yml', data: lanes });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/depends only on attribution-only benchmarks/);
  });
});
