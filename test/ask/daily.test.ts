// A day asked for ("daily cost", "how much per day", "5M tokens a day"): every answer that prices a month adds the day
// beside it, the month over 30.4375 days (the assumptions' month), and says so in both renderings.
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
const DAYS = 365.25 / 12;
const day = (monthly: number) => Number((monthly / DAYS).toPrecision(15));

describe('reading a day', () => {
  it.each([
    ['what does gpt-5 cost per day at 5M tokens a day?', true],
    ['daily cost of gpt-5 at 150M tokens a month', true],
    ['how much do we spend each day on claude-sonnet-4-5 at 100M tokens a month', true],
    ['gpt-5 vs gpt-5-mini at 2M tokens a day', true],
    ['gpt-5 cost for 50M tokens a month', false],
    ['1000 daily users sending 20 messages of 500 tokens on gpt-5-mini', false],
    ['models released a day ago', false],
    ['send the daily digest', false],
  ])('%s → daily %s', (text, daily) => {
    expect(parseText(catalog, text).daily === true).toBe(daily);
  });

  it('a volume said without a period beside a day asked for is a day’s; with its period, it is as said', () => {
    expect(parseText(catalog, 'daily cost of 5M tokens on gpt-5').tokens).toBe(Math.round(5_000_000 * DAYS));
    expect(parseText(catalog, 'what is the daily cost of gpt-5 at 5M tokens').tokens).toBe(Math.round(5_000_000 * DAYS));
    expect(parseText(catalog, 'daily cost of gpt-5 at 150M tokens a month').tokens).toBe(150_000_000);
    expect(parseText(catalog, 'gpt-5 at 5M tokens a day').tokens).toBe(Math.round(5_000_000 * DAYS));
  });

  it('a day’s volume too large for a month is refused, not priced', () => {
    const q = parseText(catalog, 'daily cost of gpt-5 at 900T tokens');
    expect(q.problems.join(' ')).toMatch(/Cannot price .* tokens a month/);
  });

  it('the command a button re-runs asks for the day again, at the same monthly volume', () => {
    for (const text of ['daily cost of gpt-5 at 20M tokens', 'gpt-5 vs gpt-5-mini at 3M tokens a day', 'cheapest model per day at 1M tokens a day']) {
      const q = parseText(catalog, text);
      const again = parseText(catalog, commandFor(q));
      expect([again.intent, again.models, again.tokens, again.daily], commandFor(q)).toEqual([q.intent, q.models, q.tokens, true]);
    }
  });

  it('"and per day?" after a question re-asks it by the day, at the same volume', () => {
    const previous = parseText(catalog, 'how much is gpt-5 at 10M tokens');
    const next = followUp(catalog, previous, parseText(catalog, 'and per day?'));
    expect([next.intent, next.models, next.tokens, next.daily]).toEqual(['cost', ['gpt-5'], 10_000_000, true]);
  });
});

describe('answers by the day', () => {
  it('a cost gives the day first, then the month; with the year too, both', async () => {
    const a = (await ask('what does gpt-5 cost per day at 5M tokens a day?')) as CostAnswer;
    expect(a.kind).toBe('cost');
    expect(a.dailyUsd).toBe(day(a.monthlyUsd as number));
    expect(a.yearlyUsd).toBeNull();
    expect(renderText(a)).toContain(`${money(a.dailyUsd as number)} a day (${money(a.monthlyUsd as number)} a month;`);
    const message = renderBlocks(a);
    expect(limitViolations(message)).toEqual([]);
    expect(message.text).toContain(`${money(a.dailyUsd as number)} a day`);
    // The volume is said over the day too, so the conversion can be checked.
    expect(a.assumptions.text[0]).toBe('152M tokens a month (152,187,500; 5M a day)');
    const both = (await ask('daily and annual cost of gpt-5-mini at 1M tokens a day')) as CostAnswer;
    expect(both.assumptions.text[0]).toBe('30.4M tokens a month (30,437,500; 1M a day; 365M a year)');
    expect(renderText(both)).toContain(`${money(both.dailyUsd as number)} a day; ${money(both.yearlyUsd as number)} a year (${money(both.monthlyUsd as number)} a month;`);
    // Asked by the month, no day; a request's cost has none either.
    expect(((await ask('cost of gpt-5 at 20M tokens')) as CostAnswer).dailyUsd).toBeNull();
    expect(((await ask('daily cost per request of gpt-5 with 2k input and 500 output tokens')) as CostAnswer).dailyUsd).toBeNull();
  });

  it('a comparison adds the day at the user volume, with its winner, to the full and the brief reply', async () => {
    const a = (await ask('gpt-5 vs claude-sonnet-4-5 daily cost at 100M tokens a month')) as ComparisonAnswer;
    const month = a.rows.find((r) => r.volume?.yours);
    const dayRow = a.rows.find((r) => r.key === 'cost.day');
    if (!month || !dayRow) throw new Error('a comparison by the day needs the month and the day rows');
    for (const id of a.models) expect(dayRow.values[id]?.value).toBe(day(month.values[id]?.value as number));
    expect(dayRow.winner).toBe(month.winner);
    expect(dayRow.label).toBe('Daily cost at 100M tokens a month (yours)');
    const brief = (await handle({ text: '/compare gpt-5 claude-sonnet-4-5 daily cost for 100M tokens a month', where: LOCAL, detail: 'brief' }, ports)).answer;
    const message = renderBlocks(brief);
    expect(JSON.stringify(message.blocks)).toContain('Daily cost at 100M tokens a month (yours)');
    expect(message.text).toContain(`a day: ${a.models.map((id) => `${a.names[id]} ${dayRow.values[id]?.text}`).join(', ')}`);
    expect(limitViolations(message)).toEqual([]);
    expect(((await ask('gpt-5 vs claude-sonnet-4-5 at 100M tokens')) as ComparisonAnswer).rows.some((r) => r.key === 'cost.day')).toBe(false);
  });

  it('a move says what it saves or costs a day', async () => {
    const a = (await ask('should we move from gpt-4o to gpt-5-mini? daily cost at 3M tokens a day')) as UpgradeAnswer;
    expect(a.kind).toBe('upgrade');
    const dayRow = a.comparison.rows.find((r) => r.key === 'cost.day');
    const from = dayRow?.values[a.from]?.value as number;
    const to = dayRow?.values[a.to]?.value as number;
    expect(to).toBeLessThan(from);
    expect(a.friction.summary[0]).toContain(`a day: ${money(from)} → ${money(to)}, ${money(from - to)} saved`);
  });

  it('"cheaper per day?" is answered with the day and the daily difference', async () => {
    const a = (await ask('which is cheaper per day, gpt-5-mini or gemini-2.5-flash-lite, at 10M tokens a day?')) as AttributeAnswer;
    expect(a.kind).toBe('attribute');
    expect(a.row.key).toBe('cost.day');
    const [low, high] = a.models.map((id) => a.row.values[id]?.value as number).sort((x, y) => x - y);
    expect(a.sentence).toContain('cheaper per day at 304M tokens a month');
    expect(a.sentence).toContain(`costs ${money((high as number) - (low as number))} a day less`);
  });

  it('a ranking by the day shows each model’s day beside its month', async () => {
    const a = (await ask('cheapest model with vision per day at 10M tokens a day')) as CheapestAnswer;
    expect(a.ranking.length).toBeGreaterThan(0);
    for (const r of a.ranking) expect(r.dailyUsd).toBe(day(r.monthlyUsd));
    expect(a.assumptions.text[0]).toBe('304M tokens a month (304,375,000; 10M a day)');
    expect(renderText(a)).toMatch(/Monthly +Daily/);
    const message = renderBlocks(a);
    expect(limitViolations(message)).toEqual([]);
    expect(JSON.stringify(message.blocks)).toContain('Daily');
    expect(((await ask('cheapest model with vision at 100M tokens')) as CheapestAnswer).ranking.every((r) => r.dailyUsd === undefined)).toBe(true);
  });
});

describe('by the week', () => {
  const WEEKS = DAYS / 7;
  const week = (monthly: number) => Number((monthly / WEEKS).toPrecision(15));

  it.each([
    ['weekly cost of claude-sonnet-4-5 at 20M tokens a week', true],
    ["what's 50M tokens on claude-opus-4-5 per week", true],
    ['gpt-5 vs o3 at 10M tokens a week', true],
    ['gpt-5 cost for 50M tokens a month', false],
    ['what changed in prices this week?', false],
    ['send the weekly digest on mondays', false],
  ])('%s → weekly %s', (text, weekly) => {
    expect(parseText(catalog, text).weekly === true).toBe(weekly);
  });

  it('a volume said without a period beside a week asked for is a week’s', () => {
    expect(parseText(catalog, "what's 50M tokens on claude-opus-4-5 per week").tokens).toBe(Math.round(50_000_000 * WEEKS));
    expect(parseText(catalog, 'weekly cost of gpt-5 at 150M tokens a month').tokens).toBe(150_000_000);
  });

  it('a cost, a comparison and a ranking each give the week beside the month, and the buttons ask it again', async () => {
    const cost = (await ask('weekly cost of claude-sonnet-4-5 at 20M tokens a week')) as CostAnswer;
    expect(cost.weeklyUsd).toBe(week(cost.monthlyUsd as number));
    expect(renderText(cost)).toContain(`${money(cost.weeklyUsd as number)} a week (${money(cost.monthlyUsd as number)} a month;`);
    expect(cost.assumptions.text[0]).toMatch(/; 20M a week\)$/);
    const compared = (await ask('gpt-5 vs o3 at 10M tokens a week')) as ComparisonAnswer;
    const weekRow = compared.rows.find((r) => r.key === 'cost.week');
    const month = compared.rows.find((r) => r.volume?.yours);
    for (const id of compared.models) expect(weekRow?.values[id]?.value).toBe(week(month?.values[id]?.value as number));
    const ranked = (await ask('cheapest model with vision per week at 5M tokens a week')) as CheapestAnswer;
    for (const r of ranked.ranking) expect(r.weeklyUsd).toBe(week(r.monthlyUsd));
    expect(renderText(ranked)).toMatch(/Monthly +Weekly/);
    expect(limitViolations(renderBlocks(ranked))).toEqual([]);
    const q = parseText(catalog, 'weekly cost of gpt-5 at 20M tokens');
    const again = parseText(catalog, commandFor(q));
    expect([again.tokens, again.weekly]).toEqual([q.tokens, true]);
  });
});
