// Comparison rows, verdict and switch friction over hand-made models, so every expected figure is worked out
// here and no test moves when the catalog's prices do.
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.ts';
import { CAPABILITIES, type PriceEntry } from '../../src/catalog/schema.ts';
import type { CatalogModel } from '../../src/catalog/validate.ts';
import { compareModels, upgrade } from '../../src/compare/compare.ts';
import { defaultProfile, REFERENCE_VOLUMES } from '../../src/cost/profile.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const AS_OF = '2026-11-22';
const template = catalog.models[0] as CatalogModel;

/** A model with only the figures a test gives it (one price entry, no benchmarks, routes or surfaces unless given). */
function model(id: string, price: Partial<PriceEntry> & { input: number; output: number }, more: Partial<CatalogModel> = {}): CatalogModel {
  const entry: PriceEntry = { from: '2026-01-01', tiers: [], serviceTiers: {}, source: { url: 'https://example.com/prices' }, checked: '2026-11-01', ...price };
  return {
    ...template,
    id,
    name: id.toUpperCase(),
    provider: 'openai',
    status: 'active',
    contextWindow: 100_000,
    maxOutput: undefined,
    released: undefined,
    knowledgeCutoff: undefined,
    capabilities: {},
    benchmarks: [],
    speed: undefined,
    routes: [],
    surfaces: [],
    pricing: [entry],
    ...more,
  };
}

const benchmark = [...catalog.benchmarks.values()].find((b) => b.scale.unit === 'percent' && b.scale.higherIsBetter)!;
const score = (value: number) => ({ id: benchmark.id, score: value, source: { url: 'https://example.com/scores' }, checked: '2026-11-01' });

// At 1:1 the blended price is the mean of input and output: cheap 2/1M, dear 6/1M.
const cheap = model('cheap', { input: 1, output: 3, batchInput: 0.5, batchOutput: 1.5 }, { contextWindow: 1_000_000, capabilities: { vision: true, 'web-search': false } });
const dear = model(
  'dear',
  { input: 2, output: 10, cacheWrite5m: 2.5 },
  { contextWindow: 400_000, capabilities: { vision: false, 'web-search': true }, benchmarks: [score(60)], released: '2026-03-01' },
);
const even = { ...defaultProfile(50_000_000), mix: { input: 1, output: 1 } };

describe('compare two models', () => {
  const answer = compareModels(catalog, [cheap, dear], even, AS_OF);
  const row = (key: string) => answer.rows.find((r) => r.key === key)!;

  it('names the winner of each priced and sized row', () => {
    expect(row('price.input').winner).toBe('cheap');
    expect(row('price.output').winner).toBe('cheap');
    expect(row('price.blended').winner).toBe('cheap');
    expect(row('contextWindow').winner).toBe('cheap');
    expect(row(`benchmark.${benchmark.id}`).winner).toBeNull();
  });

  it('shows a cache-write row only because one of the models sells cache writes', () => {
    expect(row('price.cacheWrite5m').values).toEqual({ cheap: { value: null, text: 'not published' }, dear: { value: 2.5, text: '$2.50/1M' } });
    expect(answer.rows.some((r) => r.key === 'price.cacheWrite1h')).toBe(false);
    expect(compareModels(catalog, [cheap, cheap], even, AS_OF).rows.some((r) => r.key === 'price.cacheWrite5m')).toBe(false);
  });

  it('carries the mix on the blended row and the volume on each cost row', () => {
    expect(row('price.blended')).toMatchObject({ mix: { input: 1, output: 1 }, values: { cheap: { value: 2 }, dear: { value: 6 } } });
    expect(row('cost.1M')).toMatchObject({ volume: { tokens: 1_000_000, yours: false }, values: { cheap: { value: 2, text: '$2.00' }, dear: { value: 6, text: '$6.00' } } });
    expect(row('cost.volume')).toMatchObject({
      volume: { tokens: 50_000_000, yours: true },
      label: 'Monthly cost at 50M tokens (yours)',
      values: { cheap: { value: 100 }, dear: { value: 300 } },
    });
  });

  it('marks a reference volume as yours when it is, and adds no row for it', () => {
    const rows = compareModels(catalog, [cheap, dear], { ...even, tokensPerMonth: 10_000_000 }, AS_OF).rows.filter((r) => r.group === 'cost');
    expect(rows.map((r) => r.volume)).toEqual(REFERENCE_VOLUMES.map((tokens) => ({ tokens, yours: tokens === 10_000_000 })));
  });

  it('never drops a row to hide a gap: every capability, and untested benchmarks', () => {
    for (const c of CAPABILITIES)
      expect(
        answer.rows.some((r) => r.key === `capability.${c}` && r.capability === c),
        c,
      ).toBe(true);
    expect(row(`benchmark.${benchmark.id}`).values).toEqual({ cheap: { value: null, text: 'untested' }, dear: { value: 60, text: '60%' } });
  });

  it('builds a verdict that cites the deciding figures, with the mix the blended row carries', () => {
    expect(answer.verdict[0]).toMatch(
      /^Choose CHEAP if you need the lower cost \(67% cheaper at 1:1: \$2\.00\/1M vs \$6\.00\/1M\), the larger context \(1,000,000 vs 400,000 tokens\) and vision\.$/,
    );
    expect(answer.verdict[1]).toMatch(/^Choose DEAR if you need .*web search/);
    const threeToOne = compareModels(catalog, [cheap, dear], { ...even, mix: { input: 3, output: 1 } }, AS_OF);
    expect(threeToOne.verdict[0]).toContain('at 3:1:');
  });

  it('cites a benchmark lead only when it is clear: within 2% of the leader it is noise, not a reason to choose', () => {
    const at = (a: number, b: number) => {
      const one = model('one', { input: 1, output: 1 }, { benchmarks: [score(a)] });
      const two = model('two', { input: 1, output: 1 }, { benchmarks: [score(b)] });
      const answer = compareModels(catalog, [one, two], even, AS_OF);
      // The table still marks the higher score.
      expect(answer.rows.find((r) => r.key === `benchmark.${benchmark.id}`)?.winner).toBe('one');
      return answer.verdict.join(' ');
    };
    expect(at(60, 50)).toContain(`higher ${benchmark.name} (60% vs 50%)`);
    expect(at(60, 58.7)).toContain(`higher ${benchmark.name}`);
    expect(at(60, 59.9)).not.toContain(benchmark.name);
    expect(at(26.5, 26.4)).not.toContain(benchmark.name);
  });

  it('cites a score without its run details, which stay in the table', () => {
    const run = (value: number) => ({ ...score(value), setting: 'high' });
    const one = model('one', { input: 1, output: 1 }, { benchmarks: [run(88)] });
    const two = model('two', { input: 1, output: 1 }, { benchmarks: [run(81.3)] });
    const answer = compareModels(catalog, [one, two], even, AS_OF);
    const cell = answer.rows.find((r) => r.key === `benchmark.${benchmark.id}`)?.values.one?.text ?? '';
    expect(answer.verdict.join(' ')).toContain(`higher ${benchmark.name} (88% vs 81.3%)`);
    expect(answer.verdict.join(' ')).not.toMatch(/\(\d[\d.]*% \(/);
    // Whatever the table shows beside the score is still shown there.
    expect(cell.startsWith('88%')).toBe(true);
  });

  it('states the switch friction at the user’s volume', () => {
    const friction = answer.switch[0]!;
    expect(friction).toMatchObject({ from: 'cheap', to: 'dear', costMultiplier: 3, monthlyFrom: 100, monthlyTo: 300, contextChange: -600_000 });
    expect(friction.capabilitiesLost).toEqual(['vision']);
    expect(friction.capabilitiesGained).toEqual(['web-search']);
    expect(friction.summary[0]).toBe('Cost: 3× the monthly bill at 50M tokens ($100.00 → $300.00, $200.00 a month more).');
    expect(friction.summary).toContain('Context: loses 600,000 tokens (1,000,000 → 400,000).');
    const at10M = compareModels(catalog, [dear, cheap], { ...even, tokensPerMonth: 10_000_000 }, AS_OF).switch[0]!;
    expect(at10M.summary[0]).toBe('Cost: 67% cheaper at 10M tokens ($60.00 → $20.00, $40.00 a month saved).');
  });

  it('states its assumptions and cites dated sources', () => {
    expect(answer.assumptions).toMatchObject({ tokensPerMonth: 50_000_000, mix: { input: 1, output: 1 }, cachedShare: 0, batch: false });
    expect(answer.sources.length).toBeGreaterThan(0);
    for (const s of answer.sources) expect(s.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('frames an upgrade as gains, losses and price', () => {
    const u = upgrade(catalog, cheap, dear, even, AS_OF);
    expect(u.losses.map((l) => l.row)).toEqual(expect.arrayContaining(['Output', 'Context window', 'Vision']));
    expect(u.gains.map((g) => g.row)).toContain('Web search');
    expect(u.friction.costMultiplier).toBe(3);
  });
});

describe('compare four models', () => {
  it('picks one winner or a tie per row, across all four', () => {
    const four = [cheap, dear, model('twin', { input: 1, output: 3 }), model('fourth', { input: 4, output: 4 })];
    const answer = compareModels(catalog, four, defaultProfile(10_000_000), AS_OF);
    expect(answer.models).toHaveLength(4);
    expect(answer.switch).toHaveLength(3);
    expect(answer.rows.find((r) => r.key === 'price.input')!.winner).toBe('tie');
    expect(answer.rows.find((r) => r.key === 'price.output')!.winner).toBe('tie');
    for (const r of answer.rows) if (r.winner !== null && r.winner !== 'tie') expect(answer.models).toContain(r.winner);
  });
});

describe('a best figure shared by some of the models compared, not all', () => {
  // cheap and twin cost the same (2/1M at 1:1), dear more; cheap and twin have vision, dear has not.
  const twin = model('twin', { input: 1, output: 3 }, { contextWindow: 1_000_000, capabilities: { vision: true } });
  const answer = compareModels(catalog, [cheap, twin, dear], even, AS_OF);
  const row = (key: string) => answer.rows.find((r) => r.key === key)!;

  it('names the models sharing it, and no one when every model with a figure does', () => {
    for (const key of ['price.input', 'price.output', 'price.blended', 'cost.volume', 'contextWindow', 'capability.vision']) {
      expect(row(key).winner, key).toBe('tie');
      expect(row(key).sharedBy, key).toEqual(['cheap', 'twin']);
    }
    // Every model compared has the same (absent) batch price on one side: a tie all round names no one.
    const all = compareModels(catalog, [cheap, twin], even, AS_OF);
    expect(all.rows.find((r) => r.key === 'price.input')).toMatchObject({ winner: 'tie', sharedBy: undefined });
    // Each row's sharedBy holds exactly the best figure's holders, and only when some model with a figure lacks it.
    for (const r of answer.rows) {
      if (!r.sharedBy) continue;
      const best = r.values[r.sharedBy[0] as string]?.value;
      for (const id of r.sharedBy) expect(r.values[id]?.value, r.key).toEqual(best);
      expect(
        answer.models.some((id) => !r.sharedBy?.includes(id) && r.values[id]?.value !== null),
        r.key,
      ).toBe(true);
    }
  });

  it('marks both in the table and names them in the Winner column', () => {
    const text = renderText(answer);
    const input = text.split('\n').find((l) => l.startsWith('Input '))!;
    expect(input.match(/✓/g)).toHaveLength(2);
    expect(input).toMatch(/CHEAP = TWIN \(tie\)$/);
  });

  it('lets either cite the lower cost, tied with the other, against the next cheapest', () => {
    const line = answer.verdict.find((v) => v.startsWith('Choose CHEAP'));
    expect(line).toContain('the lower cost (67% cheaper than dear at 1:1, tied with twin: $2.00/1M vs $2.00/1M (twin) / $6.00/1M (dear))');
    expect(answer.verdict.find((v) => v.startsWith('Choose TWIN'))).toContain('tied with cheap');
  });

  it('says a move between the two costs the same, not "1×" the bill', () => {
    const friction = answer.switch.find((f) => f.to === 'twin')!;
    expect(friction.summary[0]).toBe('Cost: the same monthly bill at 50M tokens ($100.00 → $100.00).');
  });
});

describe('a verdict among three', () => {
  it('says the cost lead against the next cheapest, named, and whose each other figure is', () => {
    // At 1:1: cheap 2/1M, middle 3/1M, dear 6/1M. Cheap is a third cheaper than middle, the next cheapest.
    const middle = model('middle', { input: 2, output: 4 }, { contextWindow: 200_000 });
    const answer = compareModels(catalog, [cheap, middle, dear], even, AS_OF);
    const line = answer.verdict.find((v) => v.startsWith('Choose CHEAP'));
    expect(line).toContain('the lower cost (33% cheaper than middle at 1:1: $2.00/1M vs $3.00/1M (middle) / $6.00/1M (dear))');
    expect(line).toContain('the larger context (1,000,000 vs 200,000 (middle) / 400,000 (dear) tokens)');
    // Between two, the other needs no name.
    const two = compareModels(catalog, [cheap, dear], even, AS_OF).verdict.find((v) => v.startsWith('Choose CHEAP'));
    expect(two).toContain('the lower cost (67% cheaper at 1:1: $2.00/1M vs $6.00/1M)');
  });
});

describe('cost per task', () => {
  const run = (totalCostUsd: number, date: string) => ({ tasks: 225, totalCostUsd, date });
  const withRuns = model(
    'runs',
    { input: 2, output: 8 },
    {
      benchmarks: [
        { ...score(70), id: 'aider-polyglot', setting: 'high', run: run(22.5, '2025-06-25') },
        { ...score(60), id: 'aider-polyglot', run: run(11.25, '2025-06-20') },
      ],
    },
  );
  const noRun = model('no-run', { input: 1, output: 4 });
  const answer = compareModels(catalog, [withRuns, noRun], even, AS_OF);
  const row = answer.rows.find((r) => r.key === 'costPerTask.aider-polyglot')!;

  it('shows the best-scoring run’s cost per task with its configuration and date, labelled as one benchmark’s workload', () => {
    expect(row.label).toBe("Cost per task (Aider polyglot, 225 tasks; one benchmark's workload, not yours)");
    expect(row.values).toEqual({
      runs: { value: 0.1, text: '$0.10 (high, run of 2025-06-25; 1 other run)' },
      'no-run': { value: null, text: 'untested' },
    });
    expect(row.winner).toBeNull();
    expect(row.runs?.runs?.map((r) => r.perTaskUsd)).toEqual([0.1, 0.05]);
  });

  it('sits beside the per-token price rows', () => {
    const keys = answer.rows.map((r) => r.key);
    expect(keys.indexOf('costPerTask.aider-polyglot')).toBeGreaterThan(keys.indexOf('price.blended'));
    expect(compareModels(catalog, [noRun, noRun], even, AS_OF).rows.some((r) => r.key.startsWith('costPerTask'))).toBe(false);
  });
});
