import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.ts';
import { priceProfile, type CostQuote } from '../../src/cost/price.ts';
import { defaultProfile, type UsageProfile } from '../../src/cost/profile.ts';
import { usageProfiles } from '../helpers/profiles.ts';

const catalog = loadCatalog();
const AS_OF = '2026-11-22';
const model = (id: string) => catalog.byId.get(id)!;
const quote = (id: string, profile: Partial<UsageProfile>): CostQuote => {
  const q = priceProfile(model(id), { ...defaultProfile(), ...profile }, AS_OF);
  if (!q.ok) throw new Error(q.reason);
  return q;
};
const even = { mix: { input: 1, output: 1 } };

describe('seed figures, exactly', () => {
  it.each([
    ['gpt-4.1-mini', [1, 10, 100]],
    ['gpt-5.3-codex', [7.875, 78.75, 787.5]],
    ['gpt-5.4', [8.75, 87.5, 875]],
  ])('%s at 1:1 costs %j for 1M, 10M, 100M tokens a month', (id, expected) => {
    expect([1e6, 1e7, 1e8].map((tokensPerMonth) => quote(id, { ...even, tokensPerMonth }).monthlyUsd)).toEqual(expected);
  });

  it('blends gpt-4.1-mini to $0.76 and grok-4.3 to $1.625 per 1M at 70/30, a gap of $0.865', () => {
    const mix = { input: 7, output: 3 };
    const mini = quote('gpt-4.1-mini', { mix }).blendedPerMillion;
    const grok = quote('grok-4.3', { mix }).blendedPerMillion;
    expect(mini).toBe(0.76);
    expect(grok).toBe(1.625);
    expect(Number((grok - mini).toFixed(10))).toBe(0.865);
  });
});

describe('long-context tiers, billed on the whole request', () => {
  it('gemini-2.5-pro: above 200k the whole request is billed at $2.50 / $15', () => {
    const at = (promptTokens: number) => quote('gemini-2.5-pro', { ...even, tokensPerMonth: 2e6, promptTokens });
    expect(at(200_000).monthlyUsd).toBe(1.25 + 10);
    expect(at(200_001).monthlyUsd).toBe(2.5 + 15);
    expect(at(200_001).rates.tier).toEqual({ above: 200_000, inclusive: false });
    expect(at(200_001).notes.join(' ')).toMatch(/whole request is billed at the long-context price/);
  });

  it('gpt-5.4: above 272k input doubles to $5 and output goes to $22.50', () => {
    const at = (promptTokens: number) => quote('gpt-5.4', { ...even, tokensPerMonth: 2e6, promptTokens });
    expect(at(272_000).monthlyUsd).toBe(2.5 + 15);
    expect(at(272_001).monthlyUsd).toBe(5 + 22.5);
  });

  it('grok-4.3: a prompt of exactly 200k is already in the higher tier (xAI counts inclusively)', () => {
    const at = (promptTokens: number) => quote('grok-4.3', { ...even, tokensPerMonth: 2e6, promptTokens });
    expect(at(199_999).monthlyUsd).toBe(1.25 + 2.5);
    expect(at(200_000).monthlyUsd).toBe(2.5 + 5);
    expect(at(200_000).rates.tier).toEqual({ above: 200_000, inclusive: true });
  });

  it('refuses a prompt larger than the model accepts', () => {
    const q = priceProfile(model('gpt-5.3-codex'), { ...defaultProfile(), promptTokens: 500_000 }, AS_OF);
    expect(q).toMatchObject({ ok: false, reason: expect.stringMatching(/does not fit gpt-5\.3-codex/) });
  });
});

describe('cache and batch arithmetic', () => {
  it('bills cached input at the cached rate: gpt-5.4-mini with 80% of input cached', () => {
    // 100M tokens at 3:1 → 75M input (60M cached at $0.075, 15M at $0.75) + 25M output at $4.50.
    const q = quote('gpt-5.4-mini', { tokensPerMonth: 1e8, cachedShare: 0.8 });
    expect(q.breakdown).toEqual([
      { part: 'input', tokens: 15e6, rate: 0.75, usd: 11.25 },
      { part: 'cached input', tokens: 60e6, rate: 0.075, usd: 4.5 },
      { part: 'output', tokens: 25e6, rate: 4.5, usd: 112.5 },
    ]);
    expect(q.monthlyUsd).toBe(128.25);
  });

  it('uses published batch prices, and refuses to invent one', () => {
    const withBatch = catalog.models.find((m) => m.pricing.at(-1)!.batchInput !== undefined)!;
    const p = withBatch.pricing.at(-1)!;
    const q = quote(withBatch.id, { ...even, tokensPerMonth: 2e6, batch: true });
    expect(q.monthlyUsd).toBeCloseTo(p.batchInput! + p.batchOutput!, 10);
    expect(q.rates.basis).toBe('batch');
    const without = catalog.models.find((m) => m.pricing.at(-1)!.batchInput === undefined)!;
    expect(priceProfile(without, { ...defaultProfile(), batch: true }, AS_OF)).toEqual({
      ok: false,
      model: without.id,
      reason: `the catalog's sources publish no batch price for ${without.id}`,
    });
  });

  it('quotes the price in force on the date asked (o3 before and after its cut)', () => {
    const o3 = model('o3');
    const before = priceProfile(o3, { ...defaultProfile(), ...even, tokensPerMonth: 2e6 }, '2025-06-01');
    const after = priceProfile(o3, { ...defaultProfile(), ...even, tokensPerMonth: 2e6 }, '2025-06-10');
    expect(before.ok && before.monthlyUsd).toBe(50);
    expect(after.ok && after.monthlyUsd).toBe(10);
  });
});

describe('properties', () => {
  const ids = catalog.models.map((m) => m.id);
  const profile = usageProfiles;

  it('cost is never negative, never NaN, and grows with volume', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), profile, fc.integer({ min: 1, max: 1e9 }), (id, p, extra) => {
        const low = priceProfile(model(id), p, AS_OF);
        const high = priceProfile(model(id), { ...p, tokensPerMonth: p.tokensPerMonth + extra }, AS_OF);
        expect(low.ok).toBe(high.ok);
        if (low.ok && high.ok) {
          expect(Number.isFinite(low.monthlyUsd)).toBe(true);
          expect(low.monthlyUsd).toBeGreaterThanOrEqual(0);
          expect(high.monthlyUsd).toBeGreaterThanOrEqual(low.monthlyUsd);
        }
      }),
    );
  });
});
