// Native charts (data_visualization) and sortable tables (data_table): built from the answers' data,
// within Slack's limits, each chart's numbers also in the message's text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Answered } from '../../src/app/notices.ts';
import type { DigestAnswer } from '../../src/digest/digest.ts';
import type { PriceChange } from '../../src/digest/changes.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { costByVolumeChart, costByVolumeText, digestMovesChart } from '../../src/render/blocks/charts.ts';
import { renderDigest } from '../../src/render/blocks/digest.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { chartText, dataTable, type DataVisualizationBlock, fitToBudget, LIMITS, limitViolations, section, xyChart, type Block } from '../../src/render/blocks/kit.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-11-22T12:00:00Z'), logger: console };
const answer = async (text: string): Promise<Answered> => (await handle({ text, where: LOCAL }, ports)).answer;
const ofType = <T = Record<string, unknown>>(blocks: Block[], type: string) => blocks.filter((b) => b.type === type) as unknown as T[];

type Xy = Extract<DataVisualizationBlock['chart'], { series: unknown }>;

describe('data_visualization blocks', () => {
  it('keeps titles, labels and names within the limits and distinct, and drops empty series', () => {
    const chart = xyChart({
      type: 'bar',
      title: 'A title that is far longer than the fifty characters Slack allows for a chart',
      categories: ['A category name past twenty characters', 'A category name past twenty characters too', 'short'],
      series: [
        { name: 'Some very long model name number one', values: [1, 2, 3] },
        { name: 'Some very long model name number two', values: [4, null, 6] },
        { name: 'Nothing to draw', values: [null, null, Number.NaN] },
      ],
    }) as DataVisualizationBlock;
    const c = chart.chart as Xy;
    expect([...chart.title].length).toBeLessThanOrEqual(LIMITS.chartTitle);
    expect(new Set(c.axis_config.categories).size).toBe(3);
    expect(new Set(c.series.map((s) => s.name)).size).toBe(2);
    expect(c.series[1]?.data.map((p) => p.value)).toEqual([4, 6]);
    expect(limitViolations({ text: 'x', blocks: [chart] })).toEqual([]);
    expect(xyChart({ type: 'line', title: 't', categories: ['a'], series: [{ name: 'n', values: [null] }] })).toBeUndefined();
  });

  it('never builds a chart that breaks the limits, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('bar', 'line', 'area') as fc.Arbitrary<'bar' | 'line' | 'area'>,
        fc.string(),
        fc.array(fc.string(), { maxLength: 30 }),
        fc.array(fc.record({ name: fc.string(), values: fc.array(fc.option(fc.double()), { maxLength: 30 }) }), { maxLength: 9 }),
        (type, title, categories, series) => {
          const chart = xyChart({ type, title, categories, series });
          if (chart) expect(limitViolations({ text: 'x', blocks: [chart] })).toEqual([]);
        },
      ),
    );
  });

  it('reports every broken rule of a hand-written chart', () => {
    const bad = {
      type: 'data_visualization',
      title: 'x'.repeat(51),
      chart: {
        type: 'bar',
        axis_config: { categories: ['a', 'a'], y_label: 'y'.repeat(51) },
        series: [...Array.from({ length: 7 }, (_, i) => ({ name: `s${i}`, data: [{ label: 'a', value: 1 }] })), { name: 's0', data: [{ label: 'zzz', value: Number.NaN }] }],
      },
    };
    const problems = limitViolations({ text: 'x', blocks: [bad, bad, bad] }).join('\n');
    for (const expected of [
      'title empty or over 50',
      'repeated categories',
      'y_label over 50',
      '8 series',
      'series name s0 repeated',
      "a point's label is not a category",
      '3 charts > 2',
    ])
      expect(problems).toContain(expected);
    const pie = { type: 'data_visualization', title: 'Pie', chart: { type: 'pie', segments: [{ label: 'a', value: 0 }] } };
    expect(limitViolations({ text: 'x', blocks: [pie] }).join()).toContain('value must be a number above 0');
  });

  it('says the numbers a chart shows as text', () => {
    const chart = xyChart({ type: 'bar', title: 'Cost', categories: ['1M', '10M'], series: [{ name: 'A', values: [1.5, 15] }] }) as DataVisualizationBlock;
    expect(chartText(chart, (v) => `$${v.toFixed(2)}`)).toBe('Cost. A: 1M $1.50, 10M $15.00.');
  });
});

describe('data_table blocks', () => {
  it('carries numbers as raw_number cells so a column sorts by value', () => {
    const block = dataTable('Costs', ['Model', 'Monthly'], [['A', { number: 12.5, text: '$12.50' }]]) as unknown as { rows: Record<string, unknown>[][]; caption: string };
    expect(block.rows[1]?.[1]).toEqual({ type: 'raw_number', value: 12.5, text: '$12.50' });
    expect(block.caption).toBe('Costs');
    expect(limitViolations({ text: 'x', blocks: [block] })).toEqual([]);
  });

  it('reports a table Slack would refuse', () => {
    const bad = {
      type: 'data_table',
      caption: '',
      page_size: 0,
      rows: [
        [{ type: 'rich_text', elements: [] }],
        [
          { type: 'raw_number', value: Number.NaN, text: '' },
          { type: 'raw_text', text: 'x' },
        ],
      ],
    };
    const problems = limitViolations({ text: 'x', blocks: [bad] }).join('\n');
    for (const expected of ['no caption', 'page_size 0', 'rich_text in the header', 'raw_number without a finite value', 'rows of different widths'])
      expect(problems).toContain(expected);
    expect(limitViolations({ text: 'x', blocks: [dataTable('a', ['x'], [['1']]), dataTable('b', ['x'], [['1']])] }).join()).toContain('2 tables > 1');
  });

  it('is cut from its data to fit the budget, its caption saying how many rows it shows', () => {
    const rows = Array.from({ length: 150 }, (_, i) => [`model ${i} ${'x'.repeat(80)}`, { number: i, text: String(i) }]);
    const message = fitToBudget({ text: 'x', blocks: [dataTable('Many', ['Model', 'Cost'], rows), section('after')] });
    const block = message.blocks[0] as unknown as { caption: string; rows: unknown[][] };
    expect(block.caption).toMatch(new RegExp(`^Many \\(first ${block.rows.length - 1} of 150\\)$`));
    expect(limitViolations(message)).toEqual([]);
  });
});

describe('charts and tables in answers', () => {
  it('/compare has a bar chart of monthly cost per model at each volume, figures from the comparison rows', async () => {
    const a = await answer('/compare gpt-4.1-mini gpt-5.3-codex for 50M tokens');
    if (a.kind !== 'comparison') throw new Error(a.kind);
    const chart = costByVolumeChart(a) as DataVisualizationBlock;
    const c = chart.chart as Xy;
    expect(c.type).toBe('bar');
    expect(c.axis_config.categories).toEqual(['1M', '10M', '100M', '50M (yours)']);
    const costRows = a.rows.filter((r) => r.group === 'cost' && r.volume);
    for (const s of c.series) {
      const id = a.models.find((m) => a.names[m] === s.name) as string;
      expect(s.data.map((p) => p.value)).toEqual(costRows.map((r) => r.values[id]?.value));
    }
    expect(limitViolations({ text: 'x', blocks: [chart] })).toEqual([]);
    expect(costByVolumeText(chart)).toContain('GPT-4.1 mini: 1M $');
  });

  it('cheapest is a sortable data_table naming where each model is priced', async () => {
    const a = await answer('/models cheapest 50M top 15');
    if (a.kind !== 'cheapest') throw new Error(a.kind);
    const message = renderBlocks(a);
    expect(ofType(message.blocks, 'table')).toHaveLength(0);
    const [table] = ofType<{ rows: { type: string; text: string; value?: number }[][] }>(message.blocks, 'data_table');
    expect(table?.rows[0]?.map((c) => c.text)).toEqual(['#', 'Model', 'Monthly', 'Per 1M', 'Context', 'Priced at', 'Why it qualifies']);
    a.ranking.forEach((r, i) => {
      const row = table?.rows[i + 1] ?? [];
      expect(row[2]).toMatchObject({ type: 'raw_number', value: r.monthlyUsd });
      expect(row[4]).toMatchObject({ type: 'raw_number', value: r.contextWindow });
      expect(row[5]?.text).toContain(r.route.name);
      if (r.route.host !== r.provider && r.route.id && r.route.id !== r.model) expect(row[5]?.text).toContain(r.route.id);
    });
    expect(limitViolations(message)).toEqual([]);
  });

  it('best is a sortable data_table with each pick’s score count and monthly cost', async () => {
    const a = await answer('/models best terminal');
    if (a.kind !== 'best') throw new Error(a.kind);
    const message = renderBlocks(a);
    const [table] = ofType<{ rows: { type: string; text: string; value?: number }[][] }>(message.blocks, 'data_table');
    const head = table?.rows[0]?.map((c) => c.text) ?? [];
    a.picks.forEach((p, i) => {
      const row = table?.rows[i + 1] ?? [];
      expect(row[1]?.text).toBe(p.name);
      expect(row[head.indexOf('Scores')]).toMatchObject({ type: 'raw_number', value: p.scores });
    });
    expect(limitViolations(message)).toEqual([]);
  });

  it('the model card draws its price history, marking scheduled changes', async () => {
    const o3 = catalog.byId.get('o3');
    if (!o3 || o3.pricing.length < 2) throw new Error('o3 has a price history in the catalog');
    const [first, second] = o3.pricing;
    const before = (await handle({ text: '/models model o3', where: LOCAL }, { ...ports, now: () => new Date(`${first?.from}T12:00:00Z`) })).answer;
    const message = renderBlocks(before);
    const [chart] = ofType<DataVisualizationBlock>(message.blocks, 'data_visualization');
    const c = chart?.chart as Xy;
    expect(c.type).toBe('line');
    expect(c.axis_config.categories.slice(0, 2)).toEqual([first?.from, `${second?.from} scheduled`]);
    expect(c.series.find((s) => s.name === 'Input per 1M')?.data.map((p) => p.value)).toEqual(o3.pricing.slice(0, 20).map((e) => e.input));
    expect(message.text).toContain('Price history');
    expect(limitViolations(message)).toEqual([]);
    // A model whose price never changed has no chart.
    const flat = catalog.models.find((m) => m.pricing.length === 1);
    const card = renderBlocks(await answer(`/models model ${flat?.id}`));
    expect(ofType(card.blocks, 'data_visualization')).toHaveLength(0);
  });

  it('the digest draws its biggest cuts and increases in percent', () => {
    const change = (name: string, pct: number): PriceChange => ({
      model: name.toLowerCase(),
      name,
      provider: 'acme',
      field: 'input',
      old: 1,
      new: 1 + pct,
      pct,
      date: '2026-11-18',
      direction: pct < 0 ? 'cut' : 'increase',
      cause: 'vendor',
      note: null,
      source: { url: 'https://example.com/pricing' },
      checked: '2026-11-18',
    });
    const cuts = [change('Acme Mini', -0.5), change('Acme Max', -0.25)];
    const increases = [change('Acme Pro', 0.1)];
    const d: DigestAnswer = {
      kind: 'digest',
      from: '2026-11-16',
      to: '2026-11-23',
      timeZone: 'UTC',
      providers: [],
      changes: [...cuts, ...increases],
      cuts,
      increases,
      added: [],
      deprecated: [],
      retiring: [],
      ahead: [],
      limits: [],
      latestRelease: null,
      watchedUnchanged: [],
      quiet: false,
      sources: [],
    };
    const chart = digestMovesChart(d) as DataVisualizationBlock;
    expect((chart.chart as Xy).series[0]?.data.map((p) => p.value)).toEqual([-50, -25, 10]);
    const rendered = renderDigest(d);
    expect(ofType(rendered?.main.blocks ?? [], 'data_visualization')).toHaveLength(1);
    expect(rendered?.main.text).toContain('Acme Mini input −50%');
    expect(limitViolations(rendered?.main ?? { blocks: [] })).toEqual([]);
  });
});
