// A channel's /compare: brief, under 4 KB, agreeing with the full comparison one click away.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handle, LOCAL, type Handled } from '../../src/app/handle.ts';
import { parseText } from '../../src/ask/index.ts';
import type { ComparisonAnswer } from '../../src/compare/compare.ts';
import { tokens } from '../../src/cost/format.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { ACTION } from '../../src/render/blocks/actions.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { limitViolations, type SlackMessage } from '../../src/render/blocks/kit.ts';

const catalog = loadCatalog();
const AS_OF = '2026-12-02';
const ports = { catalog, now: () => new Date(`${AS_OF}T12:00:00Z`), logger: console };
const active = catalog.models.filter((m) => m.status === 'active').map((m) => m.id);

async function compared(text: string, detail: 'brief' | 'full', lane: string | null = null): Promise<{ handled: Handled; answer: ComparisonAnswer; message: SlackMessage }> {
  const query = { ...parseText(catalog, text), lane };
  const handled = await handle({ text, where: LOCAL, query, detail }, ports);
  if (handled.answer.kind !== 'comparison') throw new Error(`${text}: got a ${handled.answer.kind} answer`);
  return { handled, answer: handled.answer, message: renderBlocks(handled.answer, { query: handled.query, command: handled.command, ephemeral: true }) };
}

function buttons(message: SlackMessage): { action_id: string; value?: string }[] {
  return message.blocks.flatMap((b) => (b.type === 'actions' ? ((b as { elements: { action_id: string; value?: string }[] }).elements ?? []) : []));
}

const pair = fc
  .tuple(fc.integer({ min: 0, max: active.length - 1 }), fc.integer({ min: 0, max: active.length - 1 }))
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => [active[a]!, active[b]!]);
const volume = fc.constantFrom('', ' 500k', ' 10M', ' 250M', ' 3B', ' 50M batch', ' 20M mix 1:3');

describe('a brief comparison', () => {
  it('fits a channel (under 4,000 characters of JSON, within Block Kit limits) and agrees with the full one', async () => {
    await fc.assert(
      fc.asyncProperty(pair, volume, async ([a, b], extra) => {
        const text = `/compare ${a} ${b}${extra}`;
        const brief = await compared(text, 'brief');
        const full = await compared(text, 'full');
        expect(JSON.stringify(brief.message).length).toBeLessThan(4000);
        expect(limitViolations(brief.message)).toEqual([]);
        // The same verdict, and the same figure for the user's own volume.
        expect(brief.answer.verdict).toEqual(full.answer.verdict);
        const yours = (x: ComparisonAnswer) => x.rows.find((r) => r.volume?.yours);
        expect(yours(brief.answer)?.values).toEqual(yours(full.answer)?.values);
        expect(yours(brief.answer)?.volume?.tokens).toBe(brief.answer.assumptions.tokensPerMonth);
        // Every row a brief shows is in the full comparison, unchanged.
        for (const row of brief.answer.rows) expect(full.answer.rows.find((r) => r.key === row.key)).toEqual(row);
        expect(full.answer.rows.length).toBeGreaterThan(brief.answer.rows.length);
        // The full comparison is one click away: its button re-asks the same question.
        const more = buttons(brief.message).find((x) => x.action_id === ACTION.full);
        expect(more?.value).toBe(brief.handled.command);
        expect(parseText(catalog, more?.value ?? '').models).toEqual(brief.handled.query.models);
        expect(buttons(full.message).some((x) => x.action_id === ACTION.full)).toBe(false);
      }),
      { numRuns: 150 },
    );
  }, 60_000);

  it('says each model’s month at the volume its assumptions state', async () => {
    const { answer, message } = await compared('/compare gpt-4.1-mini gpt-5.3-codex 40M', 'brief');
    const cost = answer.rows.find((r) => r.volume?.yours);
    expect(cost?.volume?.tokens).toBe(40_000_000);
    expect(message.text).toContain(`at ${tokens(40_000_000)} tokens a month`);
    for (const id of answer.models) expect(message.text).toContain(`${answer.names[id]} ${cost?.values[id]?.text}`);
    expect(message.text).not.toMatch(/leads on no row/);
    // The cost by volume drawn as a bar chart, its numbers in the text for clients that do not draw it.
    const chart = message.blocks.find((b) => b.type === 'data_visualization') as { chart: { type: string; series: { name: string }[] } } | undefined;
    expect(chart?.chart.type).toBe('bar');
    expect(chart?.chart.series.map((x) => x.name)).toEqual(answer.models.map((id) => answer.names[id]));
    expect(message.text).toContain(`1M $`);
    expect(message.text).toContain(`40M (yours) ${cost?.values[answer.models[0]!]?.text}`);
  });

  it('leads with the lane asked about, and keeps the volume', async () => {
    const lane = catalog.lanes.find((l) => l.id.includes('rag')) ?? catalog.lanes[0]!;
    const { answer, message } = await compared('/compare gpt-4.1-mini claude-sonnet-4-5 10M', 'brief', lane.id);
    expect(answer.focus).toBe(lane.id);
    expect(answer.lanes[0]?.lane).toBe(lane.id);
    expect(answer.assumptions.tokensPerMonth).toBe(10_000_000);
    const firstSection = message.blocks.find((b) => b.type === 'section') as { text: { text: string } };
    expect(firstSection.text.text.toLowerCase()).toContain(lane.name.toLowerCase());
  });

  it('leaves out lanes that apply to neither model, and names them once', async () => {
    const nonOpenAi = catalog.models.filter((m) => m.status === 'active' && m.provider !== 'openai' && m.surfaces.length === 0).slice(0, 2);
    expect(nonOpenAi).toHaveLength(2);
    const { answer } = await compared(`/compare ${nonOpenAi.map((m) => m.id).join(' ')}`, 'full');
    for (const lane of answer.lanes) expect(answer.models.some((id) => lane.verdicts[id] !== 'no')).toBe(true);
    expect(answer.lanesForNeither.length).toBeGreaterThan(0);
    expect(answer.lanes.length + answer.lanesForNeither.length).toBe(catalog.lanes.length);
    for (const name of answer.lanesForNeither) expect(answer.lanes.some((l) => l.name === name)).toBe(false);
  });
});
