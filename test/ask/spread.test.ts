// How prices spread across the models a question's filters leave: how many, the cheapest and the dearest, the median
// and the mean, each computed from the whole ranking and said above it.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { parseText } from '../../src/ask/index.ts';
import { cheapest } from '../../src/cost/rank.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const AS_OF = '2026-12-02';
const ports: Ports = { catalog, now: () => new Date(`${AS_OF}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } };

describe('the spread of prices', () => {
  it.each([
    ["what's the average price of anthropic models", { providers: ['anthropic'] }],
    ['price range of google models', { providers: ['google'] }],
    ['cheapest and most expensive openai model', { providers: ['openai'] }],
    ['how many models support vision?', { need: ['vision'] }],
    // No ranking word, no filter: every model.
    ['average price per million tokens across all models', {}],
    ["what's the average price across all models?", {}],
  ] as const)('%j: count, ends, median and mean of every model that passes', async (text, filters) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.spread]).toEqual(['cheapest', true]);
    expect(q.filters).toMatchObject(filters);
    const { answer } = await handle({ text, where: LOCAL }, ports);
    if (answer.kind !== 'cheapest' || !answer.spread) throw new Error(`expected a ranking with its spread, got ${answer.kind}`);
    // Computed here from the whole ranking by price, at the same profile and filters.
    const all = cheapest(catalog, defaultProfile(), q.filters, AS_OF, 10_000).ranking;
    const blended = all.map((r) => r.blendedPerMillion).sort((a, b) => a - b);
    const mid = Math.floor(blended.length / 2);
    const median = blended.length % 2 ? blended[mid] : ((blended[mid - 1] as number) + (blended[mid] as number)) / 2;
    const mean = blended.reduce((s, x) => s + x, 0) / blended.length;
    const s = answer.spread;
    expect([s.count, s.low.model, s.high.model]).toEqual([all.length, all[0]?.model, all.at(-1)?.model]);
    expect(s.count).toBe(answer.eligible);
    expect(s.medianPerMillion).toBeCloseTo(median as number, 9);
    expect(s.meanPerMillion).toBeCloseTo(mean, Math.max(0, 2 - Math.floor(Math.log10(mean))));
    const shown = renderText(answer).split('\n')[1] as string;
    expect(shown.startsWith(`${s.count} models pass: from `)).toBe(true);
    expect(shown).toContain(`(${s.low.model}, `);
    expect(shown).toContain(`(${s.high.model}, `);
    expect(shown).not.toMatch(/NaN|undefined/);
    const message = renderBlocks(answer);
    expect(limitViolations(message)).toEqual([]);
    expect(message.text.startsWith(`${s.count} models pass`)).toBe(true);
  });

  it('a ranking not asking it has none', async () => {
    const { answer } = await handle({ text: 'cheapest anthropic models', where: LOCAL }, ports);
    expect(answer.kind === 'cheapest' && answer.spread).toBeFalsy();
    expect(parseText(catalog, 'how many tokens can I get for $100 with gpt-5 mini?').spread).toBeUndefined();
    // Set against its competitors with no word of price: the models that could stand in for it.
    expect(parseText(catalog, 'gpt-5 vs its competitors').filters.like).toBe('gpt-5');
    expect(parseText(catalog, 'is gpt-5 mini cheaper than gpt-5?').spread).toBeUndefined();
  });
});

describe('one model against the spread', () => {
  it.each([
    ['how expensive is claude opus 4.5 compared to the average model?', 'claude-opus-4-5'],
    ['is gpt-5 expensive?', 'gpt-5'],
    ['how does the price of o3 compare to the average?', 'o3'],
    ['is gpt-5 mini cheap compared to other models?', 'gpt-5-mini'],
    ['is claude haiku 4.5 affordable?', 'claude-haiku-4-5'],
    ["how does gemini 2.5 pro's price compare to the rest?", 'gemini-2.5-pro'],
  ])('%j sets its price against every current model: how many cost less and how many more', async (text, id) => {
    const { answer } = await handle({ text, where: LOCAL }, ports);
    if (answer.kind !== 'cheapest') throw new Error(`${text}: ${answer.kind}`);
    const against = answer.spread?.against;
    expect(against?.model).toBe(id);
    const all = cheapest(catalog, defaultProfile(), {}, AS_OF, Number.MAX_SAFE_INTEGER, 'price').ranking.filter((r) => r.model !== id);
    expect(against?.cheaper).toBe(all.filter((r) => r.monthlyUsd < (against?.monthlyUsd ?? 0)).length);
    expect(against?.dearer).toBe(all.filter((r) => r.monthlyUsd > (against?.monthlyUsd ?? 0)).length);
    expect(renderText(answer)).toContain(`of the others cost less, ${against?.dearer} more`);
    expect(limitViolations(renderBlocks(answer))).toEqual([]);
  });
});

describe('is a model still cheap, on a day ahead', () => {
  it('"is X still cheap after january?" places it in the spread of prices in force the month after', async () => {
    const scheduled = catalog.models.find((m) => m.status === 'active' && m.aliases.length > 0 && m.pricing.some((e) => e.from > AS_OF && e.from.slice(5, 7) === '01'));
    expect(scheduled).toBeDefined();
    const name = scheduled?.aliases[0] as string;
    const q = parseText(catalog, `is ${name} still cheap after january?`);
    expect([q.intent, q.spread, q.spreadAgainst, q.pricedOn]).toEqual(['cheapest', true, scheduled?.id, { month: 2, year: null }]);
    const { answer } = await handle(
      { text: `is ${name} still cheap after january?`, where: LOCAL },
      { catalog, now: () => new Date(`${AS_OF}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } },
    );
    const year = Number(AS_OF.slice(0, 4)) + 1;
    expect(renderText(answer)).toContain(`prices in force on ${year}-02-01`);
    const feb = cheapest(catalog, defaultProfile(), {}, `${year}-02-01`, Number.MAX_SAFE_INTEGER).ranking.find((r) => r.model === scheduled?.id);
    expect(renderText(answer)).toContain(`${scheduled?.name}: $${feb?.monthlyUsd.toFixed(2)} a month`);
  });
});
