// A year asked for ("annual cost", "what do we save per year", "50M tokens a year"): every answer that prices a month
// adds the year beside it, 12 months at the monthly volume (the assumptions' year), and says so in both renderings.
import { describe, expect, it } from 'vitest';
import type { AttributeAnswer } from '../../src/ask/answer.ts';
import { commandFor } from '../../src/ask/command-text.ts';
import { followUp } from '../../src/ask/follow-up.ts';
import { parseText } from '../../src/ask/index.ts';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import type { ComparisonAnswer, UpgradeAnswer } from '../../src/compare/compare.ts';
import { money } from '../../src/cost/format.ts';
import type { CostAnswer } from '../../src/cost/quote.ts';
import type { CheapestAnswer } from '../../src/cost/rank.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { renderText } from '../../src/render/text/index.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const ports: Ports = { catalog, now: () => new Date('2026-12-02T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };
const ask = async (text: string) => (await handle({ text, where: LOCAL }, ports)).answer;
const year = (monthly: number) => Number((monthly * 12).toPrecision(15));

describe('reading a year', () => {
  it.each([
    ['what is our annual cost on gpt-5 at 5M tokens a day?', true],
    ['gpt-5 vs claude-sonnet-4-5 yearly cost at 100M tokens', true],
    ['what do we save per year moving from gpt-4o to gpt-4.1', true],
    ['cost of gpt-5 over a full year at 10M tokens', true],
    ['gpt-5 cost for 50M tokens a year', true],
    ['gpt-5 cost for 50M tokens a month', false],
    ['cheapest models released this year', false],
    ['models released a year ago', false],
  ])('%s → yearly %s', (text, yearly) => {
    expect(parseText(catalog, text).yearly === true).toBe(yearly);
  });

  it('a volume given by the year is that volume a month, and the year is asked for', () => {
    const q = parseText(catalog, 'gpt-5 cost for 60M tokens a year');
    expect([q.intent, q.tokens, q.yearly]).toEqual(['cost', 5_000_000, true]);
  });

  it('the command a button re-runs asks for the year again, at the same volume', () => {
    for (const text of ['annual cost of gpt-5 at 20M tokens', 'gpt-5 vs gpt-5-mini yearly at 100M tokens', 'annual cost of the cheapest model at 10M tokens']) {
      const q = parseText(catalog, text);
      const again = parseText(catalog, commandFor(q));
      expect([again.intent, again.models, again.tokens, again.yearly], commandFor(q)).toEqual([q.intent, q.models, q.tokens, true]);
    }
  });

  it('"and per year?" after a question re-asks it by the year', () => {
    const previous = parseText(catalog, 'how much is gpt-5 at 10M tokens');
    const next = followUp(catalog, previous, parseText(catalog, 'and per year?'));
    expect([next.intent, next.models, next.tokens, next.yearly]).toEqual(['cost', ['gpt-5'], 10_000_000, true]);
  });
});

describe('answers by the year', () => {
  it('a cost gives the year first, then the month', async () => {
    const a = (await ask('annual cost of gpt-5 at 20M tokens')) as CostAnswer;
    expect(a.kind).toBe('cost');
    expect(a.yearlyUsd).toBe(year(a.monthlyUsd as number));
    expect(renderText(a)).toContain(`${money(a.yearlyUsd as number)} a year (${money(a.monthlyUsd as number)} a month;`);
    const message = renderBlocks(a);
    expect(limitViolations(message)).toEqual([]);
    expect(message.text).toContain(`${money(a.yearlyUsd as number)} a year`);
    // Asked by the month, no year.
    expect(((await ask('cost of gpt-5 at 20M tokens')) as CostAnswer).yearlyUsd).toBeNull();
  });

  it('a comparison adds the year at the user volume, with its winner, to the full and the brief reply', async () => {
    const a = (await ask('gpt-5 vs claude-sonnet-4-5 yearly cost at 100M tokens')) as ComparisonAnswer;
    const month = a.rows.find((r) => r.volume?.yours);
    const yearRow = a.rows.find((r) => r.key === 'cost.year');
    if (!month || !yearRow) throw new Error('a comparison by the year needs the month and the year rows');
    for (const id of a.models) expect(yearRow.values[id]?.value).toBe(year(month.values[id]?.value as number));
    expect(yearRow.winner).toBe(month.winner);
    expect(yearRow.label).toBe('Yearly cost at 100M tokens a month (yours)');
    const brief = (await handle({ text: '/compare gpt-5 claude-sonnet-4-5 annual cost for 100M tokens', where: LOCAL, detail: 'brief' }, ports)).answer;
    const message = renderBlocks(brief);
    expect(JSON.stringify(message.blocks)).toContain('Yearly cost at 100M tokens a month (yours)');
    expect(message.text).toContain(`a year: ${a.models.map((id) => `${a.names[id]} ${yearRow.values[id]?.text}`).join(', ')}`);
    expect(limitViolations(message)).toEqual([]);
    // Not asked: no year row.
    expect(((await ask('gpt-5 vs claude-sonnet-4-5 at 100M tokens')) as ComparisonAnswer).rows.some((r) => r.key === 'cost.year')).toBe(false);
  });

  it('a move says what it saves or costs over a year', async () => {
    const a = (await ask('if we move 40M tokens from claude-sonnet-4-5 to claude-haiku-4-5 what do we save per year?')) as UpgradeAnswer;
    expect(a.kind).toBe('upgrade');
    const yearRow = a.comparison.rows.find((r) => r.key === 'cost.year');
    const from = yearRow?.values[a.from]?.value as number;
    const to = yearRow?.values[a.to]?.value as number;
    expect(to).toBeLessThan(from);
    expect(a.friction.summary[0]).toContain(`a year: ${money(from)} → ${money(to)}, ${money(from - to)} saved`);
  });

  it('"cheaper over a year?" is answered with the year and the yearly difference', async () => {
    const a = (await ask('which is cheaper over a year at 2B tokens a month: gpt-5-mini or gemini-2.5-flash-lite?')) as AttributeAnswer;
    expect(a.kind).toBe('attribute');
    expect(a.row.key).toBe('cost.year');
    const [low, high] = a.models.map((id) => a.row.values[id]?.value as number).sort((x, y) => x - y);
    expect(a.sentence).toContain('cheaper over a year at 2B tokens a month');
    expect(a.sentence).toContain(`costs ${money((high as number) - (low as number))} a year less`);
  });

  it('a ranking by the year shows each model’s year beside its month', async () => {
    const a = (await ask('annual cost of the cheapest model with vision at 100M tokens')) as CheapestAnswer;
    expect(a.ranking.length).toBeGreaterThan(0);
    for (const r of a.ranking) expect(r.yearlyUsd).toBe(year(r.monthlyUsd));
    expect(renderText(a)).toMatch(/Monthly +Yearly/);
    const message = renderBlocks(a);
    expect(limitViolations(message)).toEqual([]);
    expect(JSON.stringify(message.blocks)).toContain('Yearly');
    expect(((await ask('cheapest model with vision at 100M tokens')) as CheapestAnswer).ranking.every((r) => r.yearlyUsd === undefined)).toBe(true);
  });
});
