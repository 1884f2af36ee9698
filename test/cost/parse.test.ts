import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMix, parsePromptSize, parseShare, parseVolume } from '../../src/cost/parse.ts';

const perMonth = (text: string) => {
  const r = parseVolume(text);
  if (!r.ok) throw new Error(r.error);
  return r.value.tokensPerMonth;
};

describe('volumes', () => {
  it.each([
    ['50M', 50_000_000],
    ['50m', 50_000_000],
    ['50 million', 50_000_000],
    ['5e7', 50_000_000],
    ['50,000,000', 50_000_000],
    ['1.5B', 1_500_000_000],
    ['500k', 500_000],
    ['2.5 billion', 2_500_000_000],
    ['50M tokens', 50_000_000],
    ['50M tokens/month', 50_000_000],
    ['2B per year', 2_000_000_000 / 12],
    ['1M per day', 30_437_500],
    ['500K a day', 15_218_750],
    ['7M/week', 30_437_500],
    ['10M monthly', 10_000_000],
  ])('%s → %d tokens a month', (text, expected) => {
    expect(perMonth(text)).toBeCloseTo(expected, 6);
  });

  it('keeps the period it was written in', () => {
    expect(parseVolume('500k per day')).toEqual({ ok: true, value: { tokens: 500_000, period: 'day', tokensPerMonth: 15_218_750 } });
  });

  it.each([
    ['-5M', /more than zero/],
    ['0', /more than zero/],
    ['0M', /more than zero/],
    ['10^30', /beyond any real workload/],
    ['1e30', /beyond any real workload/],
    ['lots', /Cannot read "lots" as a token volume\. Valid forms: 50M/],
    ['', /Cannot read/],
    ['50 parsecs', /Cannot read/],
  ])('refuses %j with a message that shows valid forms', (text, message) => {
    const r = parseVolume(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });

  it('never throws and never yields a non-finite or non-positive volume (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = parseVolume(text);
        if (r.ok) {
          expect(Number.isFinite(r.value.tokensPerMonth)).toBe(true);
          expect(r.value.tokensPerMonth).toBeGreaterThanOrEqual(1);
        } else {
          expect(r.error.length).toBeGreaterThan(0);
        }
      }),
    );
  });
});

describe('mixes', () => {
  it.each([
    ['3:1', { input: 3, output: 1 }],
    ['70/30', { input: 7, output: 3 }],
    ['75% input', { input: 3, output: 1 }],
    ['25% output', { input: 3, output: 1 }],
    ['1:1', { input: 1, output: 1 }],
    ['mostly output', { input: 1, output: 9 }],
    ['mostly input', { input: 9, output: 1 }],
    ['2.5:1', { input: 2.5, output: 1 }],
  ])('%s', (text, mix) => {
    expect(parseMix(text)).toEqual({ ok: true, value: mix });
  });

  it.each([
    ['0:0', /has none/],
    ['3-1', /Valid forms: 3:1, 70\/30/],
    ['150% input', /above 100%/],
    ['half', /Cannot read/],
  ])('refuses %j', (text, message) => {
    const r = parseMix(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});

describe('shares and prompt sizes', () => {
  it('reads cached shares as fractions or percentages', () => {
    expect(parseShare('0.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseShare('80%')).toEqual({ ok: true, value: 0.8 });
    expect(parseShare('1.2')).toMatchObject({ ok: false, error: expect.stringMatching(/between 0 and 1/) });
    expect(parseShare('-0.1').ok).toBe(false);
  });

  it('reads prompt sizes', () => {
    expect(parsePromptSize('300k')).toEqual({ ok: true, value: 300_000 });
    expect(parsePromptSize('272,001')).toEqual({ ok: true, value: 272_001 });
    expect(parsePromptSize('1M')).toEqual({ ok: true, value: 1_000_000 });
    expect(parsePromptSize('big').ok).toBe(false);
  });
});
