// The shipped catalog: every required model, every figure sourced and dated, real price history.
import { describe, expect, it } from 'vitest';
import { checkCatalog, loadCatalog } from '../../src/load/catalog.ts';
import { priceOn } from '../../src/catalog/history.ts';
import { formatProblem } from '../../src/catalog/validate.ts';

const REQUIRED = `gpt-4.1 gpt-4.1-mini gpt-4.1-nano gpt-4o gpt-4o-mini o3 o4-mini gpt-5 gpt-5-mini gpt-5-nano gpt-5.1
gpt-5.2 gpt-5.2-codex gpt-5.3-codex gpt-5.4 gpt-5.4-mini gpt-5.4-nano gpt-5.4-pro gpt-5.5 claude-haiku-4-5
claude-sonnet-4-5 claude-sonnet-4-6 claude-sonnet-5 claude-opus-4-1 claude-opus-4-8 gemini-2.5-pro gemini-2.5-flash
gemini-2.5-flash-lite gemini-3.1-pro-preview gemini-3.5-flash grok-4.3 grok-4.20-0309-reasoning deepseek-chat
deepseek-reasoner deepseek-v4-pro mistral-large-latest mistral-medium-latest mistral-small-latest codestral-latest`.split(/\s+/);

describe('the shipped catalog', () => {
  it('passes the catalog check', () => {
    const result = checkCatalog();
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([]);
  });

  const catalog = loadCatalog();
  const today = new Date().toISOString().slice(0, 10);

  it('has at least 120 models from the six providers', () => {
    expect(catalog.models.length).toBeGreaterThanOrEqual(120);
    expect(catalog.providers.map((p) => p.id).sort()).toEqual(expect.arrayContaining(['anthropic', 'deepseek', 'google', 'mistral', 'openai', 'xai']));
    for (const p of catalog.providers) expect(catalog.models.filter((m) => m.provider === p.id).length, p.id).toBeGreaterThan(0);
  });

  it.each(REQUIRED)('has %s', (id) => {
    expect(catalog.byId.get(id)?.id).toBe(id);
  });

  it('dates and sources every price, score, speed, route and surface', () => {
    const https = /^https:\/\//;
    for (const m of catalog.models) {
      for (const p of m.pricing) {
        expect(p.source.url, `${m.id} price ${p.from}`).toMatch(https);
        expect(p.checked <= today, `${m.id} price ${p.from} checked in the future`).toBe(true);
      }
      for (const b of m.benchmarks) expect(b.source.url, `${m.id} ${b.id}`).toMatch(https);
      for (const r of m.routes) expect(r.source.url, `${m.id} route ${r.id}`).toMatch(https);
      for (const s of m.surfaces) expect(s.source.url, `${m.id} ${s.id}`).toMatch(https);
      expect(m.specSource.url).toMatch(https);
    }
  });

  it("dates a price's check by the dataset it came through (a refresh changes both or neither)", () => {
    for (const m of catalog.models)
      for (const p of m.pricing) {
        const named = [...(p.source.via ?? '').matchAll(/\b(\d{4}-\d{2}-\d{2})\b/g)].map((d) => d[1]);
        if (named.length > 0) expect(p.checked, `${m.id} price ${p.from} via ${p.source.via}`).toBe(named.at(-1));
      }
  });

  it("dates a model's spec check by the dataset its specs came through (a refresh changes both or neither)", () => {
    for (const m of catalog.models) {
      const named = [...(m.specSource.via ?? '').matchAll(/\b(\d{4}-\d{2}-\d{2})\b/g)].map((d) => d[1]);
      if (named.length > 0) expect(m.specChecked, `${m.id} specs via ${m.specSource.via}`).toBe(named.at(-1));
    }
  });

  it('never records a benchmark score of 0 for a model that has none', () => {
    for (const m of catalog.models) for (const b of m.benchmarks) expect(b.score, `${m.id} ${b.id}`).not.toBe(0);
  });

  it("records o3's vendor price cut of 2025-06-10 as history", () => {
    const o3 = catalog.byId.get('o3')!;
    const before = priceOn(o3, '2025-06-09')!;
    const after = priceOn(o3, '2025-06-10')!;
    expect([before.input, before.output]).toEqual([10, 40]);
    expect([after.input, after.output]).toEqual([2, 8]);
    expect(after.from).toBe('2025-06-10');
  });

  it('carries the seed prices the answers are pinned to', () => {
    const price = (id: string) => catalog.byId.get(id)!.pricing.at(-1)!;
    expect(price('gpt-4.1-mini')).toMatchObject({ input: 0.4, output: 1.6, cachedInput: 0.1 });
    expect(price('gpt-5.3-codex')).toMatchObject({ input: 1.75, output: 14, cachedInput: 0.175 });
    expect(price('gpt-5.4-mini')).toMatchObject({ input: 0.75, output: 4.5, cachedInput: 0.075 });
    expect(price('gpt-5.4')).toMatchObject({ input: 2.5, output: 15 });
    expect(price('grok-4.3')).toMatchObject({ input: 1.25, output: 2.5 });
  });

  it('keeps seed 001 benchmark scores with their launch-post sources', () => {
    const score = (id: string, b: string) => catalog.byId.get(id)!.benchmarks.find((x) => x.id === b)?.score;
    expect([score('gpt-5.4-mini', 'swe-bench-pro'), score('gpt-5.4-mini', 'terminal-bench-2'), score('gpt-5.4-mini', 'osworld-verified')]).toEqual([54.4, 60.0, 72.1]);
    expect([score('gpt-5.3-codex', 'swe-bench-pro'), score('gpt-5.3-codex', 'terminal-bench-2'), score('gpt-5.3-codex', 'osworld-verified')]).toEqual([56.8, 77.3, 64.7]);
  });
});
