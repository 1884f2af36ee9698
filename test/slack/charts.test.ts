// Which answers get a rendered chart in their thread, and which chart.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { chartForAnswer } from '../../src/slack/charts.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-11-22T12:00:00Z'), logger: console };
const chartFor = async (text: string) => chartForAnswer((await handle({ text, where: LOCAL }, ports)).answer, catalog);

describe('charts for answers', () => {
  it('a comparison gets its cost by volume, a model card its price history', async () => {
    expect((await chartFor('/compare gpt-4.1-mini grok-4.3'))?.spec.title).toBe('Monthly cost by volume');
    expect((await chartFor('/models model o3'))?.spec.title).toBe('o3: price history');
  });

  it('a lane’s best gets its models’ price against the lane’s benchmark, at the answer’s volume', async () => {
    const chart = await chartFor('/models best terminal for 50M tokens');
    expect(chart?.filename).toBe('terminal-price-vs-score.png');
    expect(chart?.spec.title).toMatch(/^Price against /);
    const lane = catalog.lanes.find((l) => l.id === 'terminal');
    const benchmark = catalog.benchmarks.get(lane?.evidence.find((e) => !e.proxy)?.benchmark ?? '');
    expect(chart?.spec.title).toBe(`Price against ${benchmark?.name}`);
  });

  it('answers a picture does not help get none', async () => {
    expect(await chartFor('/models cheapest 50M')).toBeUndefined();
    const flat = catalog.models.find((m) => m.pricing.length === 1);
    expect(await chartFor(`/models model ${flat?.id}`)).toBeUndefined();
  });
});
