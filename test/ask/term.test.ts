// A term asked for ("total cost for 6 months", "over a quarter", "60M tokens over 6 months", "$500 over 3 months"):
// answers that price a month add the cost over the term, derived from the month; a volume or a budget said over the
// term is that term's, spread by the month convention; "in 6 months" and "6 months ago" are days prices are read on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttributeAnswer } from '../../src/ask/answer.ts';
import { commandFor } from '../../src/ask/command-text.ts';
import { followUp } from '../../src/ask/follow-up.ts';
import { parseText } from '../../src/ask/index.ts';
import { priceDayOn } from '../../src/ask/price-day.ts';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { runCli } from '../../src/cli/main.ts';
import type { ComparisonAnswer, UpgradeAnswer } from '../../src/compare/compare.ts';
import { count, money, tokens } from '../../src/cost/format.ts';
import { parseTerm, parseVolume } from '../../src/cost/parse.ts';
import { DAYS_PER_MONTH, defaultProfile } from '../../src/cost/profile.ts';
import { priceProfile } from '../../src/cost/price.ts';
import type { CostAnswer } from '../../src/cost/quote.ts';
import type { CheapestAnswer } from '../../src/cost/rank.ts';
import { termMonths } from '../../src/cost/span.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { renderText } from '../../src/render/text/index.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const ports: Ports = { catalog, now: () => new Date('2026-12-02T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };
const ask = async (text: string, detail: 'brief' | 'full' = 'full') => (await handle({ text, where: LOCAL, detail }, ports)).answer;
const cents = (usd: number) => Math.round(usd * 100);
/** A model's month at a volume (3:1, standard prices), as the cost engine prices it on the day the tests ask. */
const monthOf = (id: string, tokensPerMonth: number) => {
  const q = priceProfile(catalog.byId.get(id)!, { ...defaultProfile(), tokensPerMonth }, '2026-12-02');
  if (!q.ok) throw new Error(`${id} has no standard price`);
  return q.monthlyUsd;
};

describe('reading a term', () => {
  it.each([
    ['total cost for 6 months of gpt-5 at 20M tokens a month', { count: 6, unit: 'month' }, 20_000_000],
    ['how much would claude sonnet 4.5 cost over a quarter at 10M tokens a month', { count: 1, unit: 'quarter' }, 10_000_000],
    ['gpt-5 for two years at 5M tokens a month', { count: 2, unit: 'year' }, 5_000_000],
    ['a 3-month pilot on gpt-5 at 20M tokens a month', { count: 3, unit: 'month' }, 20_000_000],
    ['gpt-5 for half a year at 10M tokens a month', { count: 6, unit: 'month' }, 10_000_000],
    ['quarterly cost of gpt-5 at 10M tokens a month', { count: 1, unit: 'quarter' }, 10_000_000],
    // A volume said over the term is spread over it.
    ['gpt-5 at 60M tokens over 6 months', { count: 6, unit: 'month' }, 10_000_000],
    ['cost of 5M tokens a quarter on gpt-5', { count: 1, unit: 'quarter' }, 5_000_000 / 3],
    ['cost of 300M tokens over the next quarter on deepseek v3', { count: 1, unit: 'quarter' }, 100_000_000],
    ['1M tokens in 3 days on gpt-5', { count: 3, unit: 'day' }, (1_000_000 * DAYS_PER_MONTH) / 3],
    ['how much will we spend on gpt-5 mini next quarter at 40M tokens a month', { count: 1, unit: 'quarter' }, 40_000_000],
    ['what will we spend in the next 6 months on gpt-5 at 10M a month', { count: 6, unit: 'month' }, 10_000_000],
    ['cost of a 2 week hackathon using opus 4.5 at 500k tokens a day', { count: 2, unit: 'week' }, 500_000 * DAYS_PER_MONTH],
  ])('%s', (text, term, tokens) => {
    const q = parseText(catalog, text);
    expect(q.problems).toEqual([]);
    expect(q.term).toEqual(term);
    expect(q.tokens).toBeCloseTo(tokens, 3);
  });

  it.each([
    'models released in the last 6 months',
    'models released over the past 6 months',
    'what will gpt-5 cost in 6 months',
    'gpt-5 6 months ago',
    'cost of gpt-5 at 10M tokens a month',
    'a 6-month-old model under $1 per million',
    'what models retire next quarter?',
  ])('%s → no term', (text) => {
    expect(parseText(catalog, text).term ?? null).toBeNull();
  });

  it('a term of one day, week or year is that span; twelve months are a year; one month is the month', () => {
    const read = (text: string) => {
      const q = parseText(catalog, text);
      return [q.term ?? null, q.daily === true, q.weekly === true, q.yearly === true];
    };
    expect(read('gpt-5 for one week at 10M tokens a month')).toEqual([null, false, true, false]);
    expect(read('a 12-month contract for gpt-5 at 10M tokens a month')).toEqual([null, false, false, true]);
    expect(read('gpt-5 over 4 quarters at 10M tokens a month')).toEqual([null, false, false, true]);
    expect(read('gpt-5 over the next year at 10M tokens a month')).toEqual([null, false, false, true]);
    expect(read('gpt-5 for 1 month at 10M tokens a month')).toEqual([null, false, false, false]);
  });

  it('a term of none or beyond a century is said, never priced', () => {
    for (const text of [
      'gpt-5 for 0 months at 10M tokens',
      'gpt-5 for -6 months at 10M tokens',
      'gpt-5 over 0.0000001 days at 10M tokens',
      'gpt-5 over 1000 years at 10M tokens',
      'gpt-5 at 50M tokens over 500 years',
    ]) {
      const q = parseText(catalog, text);
      expect(q.problems.join(' '), text).toMatch(/not a stretch to price over: give one of at least a day and up to 100 years/);
      expect(q.term ?? null).toBeNull();
    }
  });

  it('a volume over a term is the term over the month convention, whatever the numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9_999 }), fc.constantFrom('day', 'week', 'month', 'quarter', 'year'), fc.integer({ min: 2, max: 24 }), (millions, unit, count) => {
        const parsed = parseVolume(`${millions}M tokens over ${count} ${unit}s`);
        if (!parsed.ok) throw new Error(parsed.error);
        const months = termMonths({ count, unit });
        // Twelve months (4 quarters) are the year a volume is said in.
        expect(parsed.value.term ?? parsed.value.period).toEqual(months === 12 ? 'year' : { count, unit });
        expect(parsed.value.tokensPerMonth * months).toBeCloseTo(millions * 1e6, 0);
      }),
    );
  });

  it('the command a button re-runs asks for the same term at the same volume', () => {
    for (const text of [
      'total cost for 6 months of gpt-5 at 20M tokens a month',
      'gpt-5 vs o3 over 2 years at 50M tokens a month',
      'cheapest model for a quarter at 100M tokens a month',
      'cost of 5M tokens for 3 days on gpt-5',
    ]) {
      const q = parseText(catalog, text);
      const again = parseText(catalog, commandFor(q));
      expect([again.intent, again.models, again.tokens, again.term], commandFor(q)).toEqual([q.intent, q.models, q.tokens, q.term]);
    }
  });

  it('"and over 2 years?" after a question re-asks it over that term', () => {
    const previous = parseText(catalog, 'how much is gpt-5 at 10M tokens');
    const next = followUp(catalog, previous, parseText(catalog, 'and over 2 years?'));
    expect([next.intent, next.models, next.tokens, next.term]).toEqual(['cost', ['gpt-5'], 10_000_000, { count: 2, unit: 'year' }]);
  });

  it('a move "over a year" keeps its direction; "B over A" still turns it around', () => {
    expect(parseText(catalog, 'should we move from gpt-4o to gpt-4.1 at 20M tokens a month over a year').models).toEqual(['gpt-4o', 'gpt-4.1']);
    expect(parseText(catalog, 'upgrade gpt-4o to gpt-4.1 over the next two years at 5M a month').models).toEqual(['gpt-4o', 'gpt-4.1']);
    expect(parseText(catalog, 'should I switch to gpt-5 over gpt-4.1').models).toEqual(['gpt-4.1', 'gpt-5']);
  });
});

describe('answers over a term', () => {
  it('a cost gives the term first, then the month, and the volume over the term in the assumptions', async () => {
    const a = (await ask('total cost for 6 months of gpt-5 at 20M tokens a month')) as CostAnswer;
    expect(a.termCost?.term).toEqual({ count: 6, unit: 'month' });
    expect(cents(a.termCost?.usd ?? 0)).toBe(cents((a.monthlyUsd as number) * 6));
    expect(renderText(a)).toContain(`${money(a.termCost?.usd as number)} over 6 months (${money(a.monthlyUsd as number)} a month;`);
    expect(a.assumptions.text.join('; ')).toContain('20M tokens a month (20,000,000; 120M over 6 months)');
    const brief = renderBlocks(await ask('total cost for 6 months of gpt-5 at 20M tokens a month', 'brief'));
    expect(limitViolations(brief)).toEqual([]);
    expect(brief.text).toContain(`${money(a.termCost?.usd as number)} over 6 months`);
  });

  it('a volume over a term costs the same over it as the whole volume at once', async () => {
    const spread = (await ask('gpt-5 at 60M tokens over 6 months')) as CostAnswer;
    const month = (await ask('gpt-5 at 10M tokens a month')) as CostAnswer;
    expect(spread.monthlyUsd).toBe(month.monthlyUsd);
    expect(cents(spread.termCost?.usd ?? 0)).toBe(cents((month.monthlyUsd as number) * 6));
    const days = (await ask('cost of 5M tokens over 3 days on gpt-5')) as CostAnswer;
    // 5M tokens over 3 days cost what 5M tokens cost, whatever the month they make.
    expect(cents(days.termCost?.usd ?? 0)).toBe(cents((month.monthlyUsd as number) / 2));
  });

  it('a comparison adds a row over the term, with its winner, in the full and the brief reply', async () => {
    const a = (await ask('compare gpt-5 and claude-sonnet-4-5 over 2 years at 50M tokens a month')) as ComparisonAnswer;
    const month = a.rows.find((r) => r.volume?.yours);
    const term = a.rows.find((r) => r.key === 'cost.2-year');
    if (!month || !term) throw new Error('a comparison over a term needs the month and the term rows');
    for (const id of a.models) expect(cents(term.values[id]?.value as number)).toBe(cents((month.values[id]?.value as number) * 24));
    expect(term.winner).toBe(month.winner);
    expect(term.label).toBe('2-year cost at 50M tokens a month (yours)');
    const brief = renderBlocks(await ask('/compare gpt-5 claude-sonnet-4-5 for 50M tokens a month over 2 years', 'brief'));
    expect(limitViolations(brief)).toEqual([]);
    expect(brief.text).toContain('over 2 years:');
  });

  it('which is cheaper over a term says the difference over it', async () => {
    const a = (await ask('which is cheaper over 2 years: gpt-5 or sonnet 4.5 at 40M a month')) as AttributeAnswer;
    expect(a.kind).toBe('attribute');
    const [gpt5, sonnet] = [monthOf('gpt-5', 40_000_000) * 24, monthOf('claude-sonnet-4-5', 40_000_000) * 24];
    expect(gpt5).toBeLessThan(sonnet);
    expect(a.sentence).toContain(
      `GPT-5 is cheaper over 2 years at 40M tokens a month — GPT-5: ${money(gpt5)}; Claude Sonnet 4.5: ${money(sonnet)}. GPT-5 costs ${money(sonnet - gpt5)} over 2 years less`,
    );
  });

  it('a move says each side over the term', async () => {
    const a = (await ask('should we move from gpt-4o to gpt-4.1 at 20M tokens a month over 3 years')) as UpgradeAnswer;
    expect(a.kind).toBe('upgrade');
    expect(renderText(a)).toMatch(/over 3 years: \$[\d,.]+ → \$[\d,.]+, \$[\d,.]+ saved/);
  });

  it('a ranking adds a column over the term', async () => {
    const a = (await ask('cheapest model for 6 months at 100M tokens a month')) as CheapestAnswer;
    expect(a.ranking.length).toBeGreaterThan(0);
    for (const r of a.ranking) expect(cents(r.termCost?.usd ?? 0)).toBe(cents(r.monthlyUsd * 6));
    expect(renderText(a)).toMatch(/Monthly\s+6-month/);
    expect(limitViolations(renderBlocks(a))).toEqual([]);
  });

  it('a budget said over a term is the term’s, checked and spent over it', async () => {
    // Budgets set around the term's real cost, so the checks hold whatever the prices.
    const term = monthOf('gpt-5', 20_000_000) * 6;
    const [over, under, perMonth] = [Math.ceil(term * 1.5), Math.floor(term * 0.7), Math.ceil((term / 6) * 1.5)];
    const spare = (budget: number) => money((cents(budget) - cents(term)) / 100);
    const enough = (await ask(`is $${over} enough for 6 months of gpt-5 at 20M tokens a month`)) as CostAnswer;
    expect(renderText(enough)).toContain(`Yes: within the ${money(over)} budget over 6 months, with ${spare(over)} to spare.`);
    const short = (await ask(`is $${under} enough for 6 months of gpt-5 at 20M tokens a month`)) as CostAnswer;
    expect(renderText(short)).toContain(`No: over the ${money(under)} budget over 6 months by ${money((cents(term) - cents(under)) / 100)}`);
    // Said as a month's, it stays a month's, over the term.
    const monthly = (await ask(`is $${perMonth} a month enough for 6 months of gpt-5 at 20M tokens a month`)) as CostAnswer;
    expect(renderText(monthly)).toContain(`Yes: within the ${money(perMonth * 6)} budget over 6 months, with ${spare(perMonth * 6)} to spare.`);
    // What the whole budget buys over the term at the blended price (a month at 1M tokens is the price per 1M).
    const bought = (await ask('how many tokens can I get for $500 over 3 months on haiku 4.5')) as CostAnswer;
    const overTerm = Math.floor((500 / monthOf('claude-haiku-4-5', 1_000_000)) * 1e6);
    expect(renderText(bought)).toContain(`$500.00 over 3 months buys ${tokens(overTerm)} tokens (${count(overTerm)}; `);
    const capped = (await ask('cheapest model under $300 for 6 months at 100M tokens a month')) as CheapestAnswer;
    expect(capped.ranking.every((r) => r.monthlyUsd <= 50)).toBe(true);
    expect(capped.assumptions.text.join('; ')).toContain('$300.00 read as the budget over 6 months: $50.00 a month');
  });
});

describe('a term crossing a dated price change', () => {
  it('prices each stretch at the price then in force, and says on which day it changes', async () => {
    const model = catalog.byId.get('gemini-3.8-flash')!;
    const change = model.pricing.find((p) => p.from > '2026-12-02');
    if (!change) throw new Error('the catalog schedules a price change for gemini-3.8-flash');
    const profile = { ...defaultProfile(), tokensPerMonth: 10_000_000 };
    const before = priceProfile(model, profile, '2026-12-02');
    const after = priceProfile(model, profile, change.from);
    if (!before.ok || !after.ok) throw new Error('both prices price the profile');
    const days = 6 * 30.4375;
    const first = (Date.parse(change.from) - Date.parse('2026-12-02')) / 86_400_000;
    const expected = (before.monthlyUsd * first + after.monthlyUsd * (days - first)) / 30.4375;
    const a = (await ask('what will gemini 3.8 flash cost over the next 6 months at 10M tokens a month')) as CostAnswer;
    expect(a.termCost?.changes).toEqual([change.from]);
    expect(cents(a.termCost?.usd ?? 0)).toBe(cents(expected));
    expect(renderText(a)).toContain(`${money(a.termCost?.usd as number)} over 6 months (with the price change on ${change.from})`);
    const compared = (await ask('compare gemini 3.8 flash and gpt-5 over 6 months at 10M tokens a month')) as ComparisonAnswer;
    const row = compared.rows.find((r) => r.key === 'cost.6-month');
    expect(cents(row?.values['gemini-3.8-flash']?.value as number)).toBe(cents(expected));
    // A ranking's term column too, for a row at the model's own prices, and said under the ranking.
    const ranked = (await ask('cheapest models named gemini-3.8-flash over the next 6 months at 10M tokens a month')) as CheapestAnswer;
    const rankedRow = ranked.ranking.find((r) => r.model === 'gemini-3.8-flash');
    expect([rankedRow?.route.id, rankedRow?.termCost?.changes]).toEqual([null, [change.from]]);
    expect(cents(rankedRow?.termCost?.usd ?? 0)).toBe(cents(expected));
    expect(renderText(ranked)).toContain(`gemini-3.8-flash's 6-month cost (with the price change on ${change.from}).`);
    expect(JSON.stringify(renderBlocks(ranked))).toContain(`gemini-3.8-flash's 6-month cost (with the price change on ${change.from}).`);
    // A term ending before the change is the month times the term.
    const short = (await ask('gemini 3.8 flash over 2 weeks at 10M tokens a month')) as CostAnswer;
    expect([short.termCost?.changes, cents(short.termCost?.usd ?? 0)]).toEqual([undefined, cents((before.monthlyUsd / 30.4375) * 14)]);
  });
});

describe('prices read ahead and back', () => {
  it.each([
    ['what will gpt-5 cost in 6 months', '2027-06-02'],
    ['gemini 3.8 flash price a year from now', '2027-12-02'],
    ['what will 50M tokens of o3 cost in two weeks', '2026-12-16'],
    ['what was gpt-4o’s price 6 months ago', '2026-06-02'],
    ['what did o3 cost a year ago', '2025-12-02'],
  ])('%s → prices on %s', (text, day) => {
    const q = parseText(catalog, text);
    expect(q.pricedOn && priceDayOn(q.pricedOn, '2026-12-02')).toBe(day);
  });

  it('"save in a year" is the year, and a workload "in 3 days" is no day to read prices on', () => {
    const save = parseText(catalog, 'how much would we save in a year switching to haiku 4.5 from sonnet 4.5 at 50M a month');
    expect([save.pricedOn ?? null, save.yearly]).toEqual([null, true]);
    expect(parseText(catalog, '1M tokens in 3 days on gpt-5').pricedOn ?? null).toBeNull();
  });

  it('a price ahead reads back from its command; beyond a century is said', async () => {
    const q = parseText(catalog, 'what will gpt-5 cost in 6 months');
    expect(parseText(catalog, commandFor(q)).pricedOn).toEqual(q.pricedOn);
    expect(parseText(catalog, 'gpt-5 cost 2000 years ago').problems.join(' ')).toContain('“2000 years ago” is not a time back to read prices on');
    const later = (await ask('what will gemini 3.8 flash cost in 6 months')) as CostAnswer;
    expect(later.assumptions.text.join('; ')).toContain('prices in force on 2027-06-02');
  });
});

describe('the CLI over a term', () => {
  const cli = async (...args: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli([...args, '--as-of', '2026-12-02'], { out: (s) => (out += s), err: (s) => (err += s) });
    return { code, out, err };
  };

  it('--over prices the term; a volume over a term is spread over it', async () => {
    expect(parseTerm('6mo')).toEqual({ ok: true, value: { count: 6, unit: 'month' } });
    const over = await cli('cost', 'gpt-5', '--tokens', '20M', '--over', '6 months');
    const month = monthOf('gpt-5', 20_000_000);
    expect(over.out).toContain(`${money(month * 6)} over 6 months (${money(month)} a month;`);
    // Typed into Slack, the flag is the same term beside the month, not a volume spread over it.
    const slash = (await handle({ text: '/models cost gpt-5 20M --over 6mo', where: LOCAL }, ports)).answer as CostAnswer;
    expect([slash.tokens, slash.termCost?.term]).toEqual([20_000_000, { count: 6, unit: 'month' }]);
    const spread = await cli('cost', 'gpt-5', '--tokens', '60M over 6 months');
    expect(spread.out).toContain(`${money(monthOf('gpt-5', 10_000_000) * 6)} over 6 months (${money(monthOf('gpt-5', 10_000_000))} a month;`);
    const bad = await cli('cost', 'gpt-5', '--tokens', '20M', '--over', 'a fortnight');
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('--over: Cannot read "a fortnight" as a stretch of time. Valid forms: 6 months, 6mo, a quarter');
  });
});
