import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { checkCatalog } from '../../src/load/catalog.ts';
import { formatProblem } from '../../src/catalog/validate.ts';

const source = { url: 'https://platform.openai.com/docs/pricing', via: 'models.dev (commit f3fc692, 2026-07-02)' };

function model(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    name: id.toUpperCase(),
    family: 'gpt-mini',
    status: 'active',
    contextWindow: 1047576,
    modalities: { input: ['text'], output: ['text'] },
    license: 'proprietary',
    openWeights: false,
    pricing: [{ from: '2025-04-14', input: 0.4, cachedInput: 0.1, output: 1.6, source, checked: '2026-07-02' }],
    specSource: source,
    specChecked: '2026-07-02',
    ...extra,
  };
}

const provider = (id: string) => ({ id, name: id, website: 'https://example.com', pricingUrl: 'https://example.com/pricing' });
const benchmarks = {
  benchmarks: [
    {
      id: 'swe-bench-pro',
      name: 'SWE-Bench Pro',
      measures: 'Resolving real repository issues.',
      scale: { unit: 'percent', min: 0, max: 100 },
      publishedBy: 'Scale AI',
      url: 'https://scale.com/leaderboard/swe_bench_pro_public',
    },
  ],
};

/** Writes a data/ folder with the given provider files (raw text or objects) and returns its problems as text. */
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function problemsFor(files: Record<string, unknown>, bench: unknown = benchmarks): string[] {
  const root = mkdtempSync(join(tmpdir(), 'modelscout-catalog-'));
  roots.push(root);
  const data = join(root, 'data');
  mkdirSync(join(data, 'catalog'), { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(data, 'catalog', name), typeof content === 'string' ? content : stringify(content));
  }
  writeFileSync(join(data, 'benchmarks.yml'), typeof bench === 'string' ? bench : stringify(bench));
  const result = checkCatalog(data);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('catalog validation', () => {
  it('accepts a well-formed catalog', () => {
    expect(problemsFor({ 'openai.yml': { provider: provider('openai'), models: [model('gpt-4.1-mini')] } })).toEqual([]);
  });

  it('names file, model and field path for a malformed price', () => {
    const bad = model('gpt-4.1-mini');
    (bad.pricing[0] as Record<string, unknown>).output = '1.6$';
    expect(problemsFor({ 'openai.yml': { provider: provider('openai'), models: [bad] } })).toEqual([
      'data/catalog/openai.yml: gpt-4.1-mini: pricing[0].output: expected a number ≥ 0, got "1.6$"',
    ]);
  });

  it('reports every problem, not only the first', () => {
    const a = model('a-model', { status: 'retired', contextWindow: -5 });
    const b = model('b-model', { released: '2025-02-30' });
    const problems = problemsFor({ 'openai.yml': { provider: provider('openai'), models: [a, b] } });
    expect(problems).toEqual([
      'data/catalog/openai.yml: a-model: status: expected one of active, preview, deprecated, got "retired"',
      'data/catalog/openai.yml: a-model: contextWindow: expected a whole number of tokens > 0, got -5',
      'data/catalog/openai.yml: b-model: released: expected a real calendar date, got "2025-02-30"',
    ]);
  });

  it('refuses a missing source', () => {
    const bad = model('gpt-4.1-mini');
    delete (bad.pricing[0] as Record<string, unknown>).source;
    expect(problemsFor({ 'openai.yml': { provider: provider('openai'), models: [bad] } })).toEqual([
      'data/catalog/openai.yml: gpt-4.1-mini: pricing[0].source: expected object, got nothing',
    ]);
  });

  it('refuses a missing checked date', () => {
    const bad = model('gpt-4.1-mini');
    delete (bad.pricing[0] as Record<string, unknown>).checked;
    expect(problemsFor({ 'openai.yml': { provider: provider('openai'), models: [bad] } })).toEqual([
      'data/catalog/openai.yml: gpt-4.1-mini: pricing[0].checked: expected a date like 2026-03-17, got nothing',
    ]);
  });

  it('refuses duplicate ids across files', () => {
    const problems = problemsFor({
      'anthropic.yml': { provider: provider('anthropic'), models: [model('shared-id')] },
      'openai.yml': { provider: provider('openai'), models: [model('shared-id')] },
    });
    expect(problems).toEqual(['data/catalog/openai.yml: shared-id: id: duplicate id: already defined in data/catalog/anthropic.yml']);
  });

  it('refuses an alias that another model already answers to, after normalisation', () => {
    const problems = problemsFor({
      'openai.yml': {
        provider: provider('openai'),
        models: [model('gpt-4.1-mini'), model('gpt-4.1', { aliases: ['GPT 4.1 Mini'] })],
      },
    });
    expect(problems).toEqual(['data/catalog/openai.yml: gpt-4.1: aliases[0]: duplicate name: "GPT 4.1 Mini" is already taken by gpt-4.1-mini ("gpt-4.1-mini")']);
  });

  it('refuses price periods out of order or overlapping', () => {
    const entry = (from: string, input: number) => ({ from, input, output: input * 4, source, checked: '2026-07-02' });
    const outOfOrder = model('o3', { pricing: [entry('2025-06-10', 2), entry('2025-04-16', 10)] });
    const overlapping = model('o4-mini', { pricing: [entry('2025-04-16', 1.1), entry('2025-04-16', 1.0)] });
    expect(problemsFor({ 'openai.yml': { provider: provider('openai'), models: [outOfOrder, overlapping] } })).toEqual([
      'data/catalog/openai.yml: o3: pricing[1].from: price periods out of order: 2025-04-16 comes after 2025-06-10 (list them oldest first)',
      'data/catalog/openai.yml: o4-mini: pricing[1].from: price periods overlap: two entries start on 2025-04-16',
    ]);
  });

  it('refuses long-context tiers out of order', () => {
    const tiered = model('gemini-2.5-pro', {
      pricing: [
        {
          from: '2025-06-17',
          input: 1.25,
          output: 10,
          tiers: [
            { above: 200000, input: 2.5, output: 15 },
            { above: 128000, input: 2, output: 12 },
          ],
          source,
          checked: '2026-07-02',
        },
      ],
    });
    expect(problemsFor({ 'google.yml': { provider: provider('google'), models: [tiered] } })).toEqual([
      "data/catalog/google.yml: gemini-2.5-pro: pricing[0].tiers[1].above: tiers out of order: 128000 must be above the previous tier's 200000",
    ]);
  });

  it('refuses cached input dearer than input', () => {
    const bad = model('gpt-4.1-mini', { pricing: [{ from: '2025-04-14', input: 0.4, cachedInput: 0.5, output: 1.6, source, checked: '2026-07-02' }] });
    expect(problemsFor({ 'openai.yml': { provider: provider('openai'), models: [bad] } })).toEqual([
      'data/catalog/openai.yml: gpt-4.1-mini: pricing[0].cachedInput: cached input (0.5) dearer than input (0.4)',
    ]);
  });

  it('refuses unknown benchmark ids', () => {
    const bad = model('gpt-5.4-mini', { benchmarks: [{ id: 'mmlu-grade', score: 2.5, source, checked: '2026-03-20' }] });
    expect(problemsFor({ 'openai.yml': { provider: provider('openai'), models: [bad] } })).toEqual([
      'data/catalog/openai.yml: gpt-5.4-mini: benchmarks[0].id: unknown benchmark id "mmlu-grade" (add it to data/benchmarks.yml first)',
    ]);
  });

  it('refuses unknown fields, so a typo never silently drops a figure', () => {
    const bad = model('gpt-4.1-mini', { contextWindw: 5 });
    expect(problemsFor({ 'openai.yml': { provider: provider('openai'), models: [bad] } })).toEqual(['data/catalog/openai.yml: gpt-4.1-mini: unknown field "contextWindw"']);
  });

  it('refuses a provider id that does not match its file', () => {
    expect(problemsFor({ 'openai.yml': { provider: provider('open-ai'), models: [model('gpt-4.1-mini')] } })).toEqual([
      'data/catalog/openai.yml: provider.id: expected "openai" (the file\'s name), got "open-ai"',
    ]);
  });

  it('reports YAML syntax errors with the file name', () => {
    const problems = problemsFor({ 'openai.yml': 'provider: [unclosed' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^data\/catalog\/openai\.yml: not valid YAML: /);
  });
});
