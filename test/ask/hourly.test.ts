// An hour asked for ("hourly cost", "for one hour", "500k tokens an hour"): answers that price a month add the hour
// beside it, the month over 30.4375 × 24 hours, in both renderings; a rate per minute for "1 hour" is priced for that hour.
import { describe, expect, it } from 'vitest';
import { commandFor } from '../../src/ask/command-text.ts';
import { parseText } from '../../src/ask/index.ts';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { runCli } from '../../src/cli/main.ts';
import { money } from '../../src/cost/format.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { renderText } from '../../src/render/text/index.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const ports: Ports = { catalog, now: () => new Date('2026-12-02T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };
const ask = async (text: string) => (await handle({ text, where: LOCAL }, ports)).answer;
const HOURS = (365.25 / 12) * 24;

describe('an hour', () => {
  it.each([
    ['hourly cost of gpt-5 at 2M tokens', true],
    ['what does gpt-5 cost per hour at 50M tokens a month', true],
    ['how much for one hour of gpt-5 at 500k tokens an hour', true],
    ['gpt-5 at 300k tokens an hour', true],
    ['gpt-5 cost for 50M tokens a month', false],
    ['models released an hour ago', false],
  ])('%s → hourly %s', (text, hourly) => {
    expect(parseText(catalog, text).hourly === true).toBe(hourly);
  });

  it('a volume with no period beside an hour asked for is an hour’s; with its period, it is as said', () => {
    expect(parseText(catalog, 'hourly cost of gpt-5 at 2M tokens').tokens).toBe(Math.round(2_000_000 * HOURS));
    expect(parseText(catalog, 'hourly cost of gpt-5 at 150M tokens a month').tokens).toBe(150_000_000);
  });

  it('"for 1 hour at 100 requests per minute of 1k tokens each" is priced for that hour, beside the month', async () => {
    const a = await ask('what does it cost to run claude haiku 4.5 for 1 hour at 100 requests per minute with 1k tokens each');
    if (a.kind !== 'cost' || a.monthlyUsd === null || a.hourlyUsd === null) throw new Error(a.kind);
    // 100 × 60 requests of 1k tokens in the hour: the month is that hour's tokens times the month's hours.
    expect(a.tokens).toBe(Math.round(100 * 60 * 1000 * HOURS));
    expect(a.hourlyUsd).toBeCloseTo(a.monthlyUsd / HOURS, 9);
    expect(renderText(a)).toContain(`${money(a.hourlyUsd)} an hour (${money(a.monthlyUsd)} a month`);
    expect(JSON.stringify(renderBlocks(a).blocks)).toContain(`${money(a.hourlyUsd)} an hour`);
  });

  it('a comparison and a ranking show the hour beside the month, within Block Kit’s limits', async () => {
    for (const text of ['compare gpt-5 and o3 at 500k tokens an hour', 'cheapest model for 1M tokens per hour']) {
      const a = await ask(text);
      const blocks = renderBlocks(a);
      expect(limitViolations(blocks), text).toEqual([]);
      expect(`${renderText(a)}${JSON.stringify(blocks)}`, text).toMatch(/Hourly|an hour/);
      // The assumptions give the volume by the hour as asked, beside the month it is priced as.
      expect(renderText(a), text).toContain(text.includes('1M') ? '(730,500,000; 1M an hour)' : '(365,250,000; 500K an hour)');
    }
  });

  it('the command a button re-runs asks for the hour again, at the same monthly volume; the CLI takes --hourly', async () => {
    for (const text of ['hourly cost of gpt-5 at 2M tokens', 'gpt-5 vs o3 at 500k tokens an hour', 'cheapest model for 1M tokens per hour']) {
      const q = parseText(catalog, text);
      const again = parseText(catalog, commandFor(q));
      expect([again.intent, again.models, again.tokens, again.hourly], commandFor(q)).toEqual([q.intent, q.models, q.tokens, true]);
    }
    let out = '';
    const code = await runCli(['cost', 'gpt-5', '--tokens', '730.5M', '--hourly', '--json', '--as-of', '2026-12-02'], { out: (t) => (out += t), err: () => {} });
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.hourlyUsd).toBeCloseTo(json.monthlyUsd / HOURS, 9);
  });
});

describe('hours of use at a rate', () => {
  it.each([
    ['if we use gpt-5 for 8 hours a day at 50k tokens per hour what is the bill?', 8, 50_000, 'day'],
    ['gpt-5 at 50k tokens per hour for 8 hours a day', 8, 50_000, 'day'],
    ['claude-haiku-4-5 for 30 hours a week at 200k tokens an hour', 30, 200_000, 'week'],
  ] as const)('%j is the hours × the tokens an hour, in that period (it was every hour of the month)', (text, hours, perHour, unit) => {
    const q = parseText(catalog, text);
    const perMonth = unit === 'day' ? 365.25 / 12 : 365.25 / 12 / 7;
    expect(q.problems, text).toEqual([]);
    expect(q.tokens, text).toBeCloseTo(hours * perHour * perMonth, 3);
  });
});
