// A number before "token <things>" is each one's size, never a count: "300k token prompts at 20M tokens" is 20M tokens a
// month of 300k-token prompts (it was once 300k prompts of 20M tokens each, six trillion tokens).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { answer, profileOf } from '../../src/ask/answer.ts';
import { cheapest } from '../../src/cost/rank.ts';
import { parseText } from '../../src/ask/index.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const ports: Ports = { catalog, now: () => new Date('2026-12-02T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };

describe('sizes of each', () => {
  it('"<N>k token <things> at <V>M tokens" is V million tokens a month of N thousand-token things', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 900 }),
        fc.integer({ min: 1, max: 900 }),
        fc.constantFrom('prompts', 'documents', 'transcripts', 'contracts', 'files'),
        fc.constantFrom('-', ' '),
        (n, v, things, join) => {
          const text = `gpt-5 for ${n}k${join}token ${things} at ${v}M tokens`;
          const q = parseText(catalog, text);
          expect([q.tokens, q.promptTokens, q.problems], text).toEqual([v * 1_000_000, n * 1000, []]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('a count before the size multiplies out, in the period said', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 64 }), (count, k) => {
        const text = `gpt-5 for ${count} ${k}k-token documents a month`;
        expect(parseText(catalog, text).tokens, text).toBe(count * k * 1000);
      }),
      { numRuns: 60 },
    );
  });
});

describe('what each request writes, said apart from its size', () => {
  const periods = [
    ['a day', 365.25 / 12],
    ['a week', 365.25 / 12 / 7],
    ['a month', 1],
  ] as const;

  it('"<C> <things> <period>, <I> tokens each, <O> token summaries" holds both sides, at that mix', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 900 }),
        fc.integer({ min: 1, max: 9000 }),
        fc.integer({ min: 1, max: 900 }),
        fc.constantFrom(...periods),
        fc.constantFrom(
          (c: string, i: number, o: number) => `${c}, ${i} tokens each, ${o} token summaries`,
          (c: string, i: number, o: number) => `${c} of ${i} tokens each with ${o} token answers`,
          (c: string, i: number, o: number) => `${c} (~${i} tokens each, ${o} token label)`,
          (c: string, i: number, o: number) => `${c} at ${i} tokens each, and a ${o} token reply`,
        ),
        (count, input, output, [period, perMonth], form) => {
          const text = `cheapest model for ${form(`${count}k tickets ${period}`, input, output)}`;
          const q = parseText(catalog, text);
          expect(q.problems, text).toEqual([]);
          expect(q.tokens, text).toBeCloseTo(count * 1000 * (input + output) * perMonth, 3);
          const d = gcd(input, output);
          expect([q.mix, q.promptTokens], text).toEqual([{ input: input / d, output: output / d }, input]);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('"<I>k token prompts and <O> token answers, <C>k times a day" is C thousand requests a day of both', () => {
    const q = parseText(catalog, 'our RAG app sends 8k token prompts and gets 500 token answers, 20k times a day. cheapest with 128k context?');
    expect([q.intent, q.problems, q.mix, q.promptTokens, q.filters.minContext]).toEqual(['cheapest', [], { input: 16, output: 1 }, 8000, 128_000]);
    expect(q.tokens).toBeCloseTo(20_000 * 8500 * (365.25 / 12), 3);
  });

  it('an output or a count below zero, or past any workload, is said, never read as its absolute value or left out', () => {
    for (const text of [
      'cheapest for 50k tickets a month, 1500 tokens each, -200 token summaries',
      '8k token prompts and 500 token answers, -5 times a day',
      '8k token prompts and 500 token answers, 1e20 times a day',
      'cheapest for 50k tickets a month, 1500 tokens each, 1e400 token summaries',
    ]) {
      const q = parseText(catalog, text);
      expect(q.problems.length, text).toBeGreaterThan(0);
      expect(q.problems.join(' '), text).not.toMatch(/NaN|undefined|Infinity/);
    }
    expect(parseText(catalog, 'cheapest for 50k tickets a month, 1500 tokens each, -200 token summaries').problems[0]).toMatch(
      /^Cannot read “-200 token summaries” as what each one writes/,
    );
  });

  it('a size without "each" or a count is left as it was read: no output is added to a month said in tokens', () => {
    const q = parseText(catalog, 'cheapest model for 50M tokens a month with 200 token summaries');
    expect(q.tokens).toBe(50_000_000);
  });
});

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

describe('the long-prompt price, asked without a size', () => {
  const withTier = catalog.models.filter((m) => m.status === 'active' && (m.pricing.at(-1)?.tiers.length ?? 0) > 0 && /^[a-z0-9.-]+$/.test(m.id));
  const without = catalog.models.filter((m) => m.status === 'active' && (m.pricing.at(-1)?.tiers.length ?? 0) === 0 && /^[a-z0-9.-]+$/.test(m.id));

  it('is priced at the smallest prompt the long-context prices apply to, and says so', () => {
    expect(withTier.length).toBeGreaterThan(3);
    for (const m of withTier.slice(0, 10))
      for (const text of [`long context price of ${m.id}`, `does ${m.id} charge more for long prompts?`]) {
        const tier = m.pricing.at(-1)!.tiers[0]!;
        const q = parseText(catalog, text);
        expect([q.intent, q.promptTokens], text).toEqual(['cost', tier.above + (tier.inclusive ? 0 : 1)]);
        expect(q.notes?.[0], text).toContain('smallest billed at');
      }
  });

  it('a model without long-context prices is said to have none, and priced as usual', () => {
    for (const m of without.slice(0, 5)) {
      const q = parseText(catalog, `long context pricing for ${m.id}`);
      expect([q.intent, q.promptTokens, q.notes], m.id).toEqual(['cost', null, [expect.stringContaining('publishes no long-context price')]]);
    }
  });
});

describe('long prompts asked of several models’ prices, without a size', () => {
  const current = catalog.models.filter((m) => m.status === 'active' && /^[a-z0-9.-]+$/.test(m.id));
  const start = (m: (typeof current)[number]) => {
    const tier = m.pricing.at(-1)?.tiers[0];
    return tier ? tier.above + (tier.inclusive ? 0 : 1) : undefined;
  };
  const pick = fc.constantFrom(...current);

  it('are priced at the smallest prompt every one with long-context prices bills at them, or said to have none', () => {
    fc.assert(
      fc.property(pick, pick, fc.constantFrom('is {a} cheaper than {b} for long prompts?', 'compare {a} and {b} pricing for long prompts'), (a, b, phrase) => {
        fc.pre(a.id !== b.id);
        const text = phrase.replace('{a}', a.id).replace('{b}', b.id);
        const q = parseText(catalog, text);
        const starts = [start(a), start(b)].filter((n) => n !== undefined);
        expect(q.models, text).toEqual([a.id, b.id]);
        if (starts.length === 0) {
          expect(q.promptTokens, text).toBeNull();
          expect(q.notes?.join(' '), text).toContain(`${a.id} and ${b.id} publish no long-context price`);
        } else {
          expect(q.promptTokens, text).toBe(Math.max(...starts));
          expect(q.notes?.join(' '), text).toContain(`“long prompts” read as a ${Math.max(...starts).toLocaleString('en-US')}-token prompt`);
        }
      }),
      { numRuns: 80 },
    );
  });

  it('the answer is the one asked at that prompt size in figures', async () => {
    const tiered = current.filter((m) => start(m) !== undefined);
    const plain = current.filter((m) => start(m) === undefined && (m.maxInput ?? m.contextWindow) > (start(tiered[0]!) ?? 0));
    expect([tiered.length > 0, plain.length > 0]).toEqual([true, true]);
    const [a, b] = [tiered[0]!, plain[0]!];
    const said = answer(catalog, parseText(catalog, `is ${a.id} cheaper than ${b.id} for long prompts?`), '2026-12-02');
    const sized = answer(catalog, parseText(catalog, `is ${a.id} cheaper than ${b.id} with ${start(a)}-token prompts?`), '2026-12-02');
    if (said.kind !== 'attribute' || sized.kind !== 'attribute') throw new Error(said.kind);
    expect(said.sentence).toBe(sized.sentence);
  });
});

describe('a context asked of one model’s cost', () => {
  it.each([
    ['claude-sonnet-4-5 at 100M tokens, 1M context prompts', 1_000_000],
    ['claude-sonnet-4-5 at 100M tokens using the full 1M context', 1_000_000],
    ['cost of gemini-2.5-pro at 20M tokens with 400k context', 400_000],
  ])('is each prompt’s size, said in the notes: %s', (text, size) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.promptTokens, q.filters.minContext]).toEqual(['cost', size, undefined]);
    expect(q.notes?.join(' ')).toMatch(/context” read as .*-token prompts/);
  });

  it('stays a filter where models are ranked', () => {
    const q = parseText(catalog, 'cheapest model with 400k context at 20M tokens');
    expect([q.intent, q.filters.minContext, q.promptTokens]).toEqual(['cheapest', 400_000, null]);
  });
});

describe('a ceiling or a range on the context window', () => {
  const window = (text: string) => {
    const q = parseText(catalog, text);
    expect(q.problems, text).toEqual([]);
    return [q.filters.minContext, q.filters.maxContext];
  };

  it.each<[string, number | undefined, number]>([
    ['models with less than 32k context', undefined, 32_000],
    ['which models have at most 8k context?', undefined, 8_000],
    ['cheapest model with context under 200k', undefined, 200_000],
    ['models with context between 100k and 200k tokens', 100_000, 200_000],
    ['models between 100k and 200k context', 100_000, 200_000],
    ['cheapest model with a context window of 128k to 256k', 128_000, 256_000],
  ])('%j is read as that window, never as a floor or a volume', (text, low, high) => {
    expect(window(text)).toEqual([low, high]);
    expect(parseText(catalog, text).tokens).toBeNull();
  });

  it.each(['models with less than 0k context', 'models with context between 1e20 and 1e21', 'cheapest model with context under 99999999999999999999k'])(
    '%j is refused as no context window, never priced as a volume',
    (text) => {
      const q = parseText(catalog, text);
      expect(q.problems.join(' ')).toMatch(/^Cannot read “[^”]+” as a context window: give a size in tokens/);
      expect([q.tokens, q.filters.maxContext]).toEqual([null, undefined]);
    },
  );

  it('keeps exactly the current models whose window is within it, each saying so', async () => {
    const q = parseText(catalog, 'models with context between 100k and 200k tokens');
    const ranked = cheapest(catalog, profileOf(q), q.filters, '2026-12-02', 10_000, q.order);
    const everyone = cheapest(catalog, profileOf(q), {}, '2026-12-02', 10_000);
    const expected = everyone.ranking.filter((r) => r.contextWindow >= 100_000 && r.contextWindow <= 200_000).map((r) => r.model);
    expect(expected.length).toBeGreaterThan(0);
    // Every model the whole ranking shows within the window is kept (a dated snapshot may stand for its model when the
    // newest one falls outside), and nothing outside it is.
    const kept = ranked.ranking.map((r) => r.model);
    expect(kept).toEqual(expect.arrayContaining(expected));
    for (const id of kept) expect(catalog.byId.get(id)?.contextWindow, id).toBeGreaterThanOrEqual(100_000);
    for (const id of kept) expect(catalog.byId.get(id)?.contextWindow, id).toBeLessThanOrEqual(200_000);
    for (const r of ranked.ranking) expect(r.why.join('; ')).toContain(`≤ 200,000`);
    expect(ranked.excluded.find((e) => e.filter === 'maxContext')?.count).toBeGreaterThan(0);
  });

  it('the command the answer offers reads back as the same window', async () => {
    for (const text of ['models with context between 100k and 200k tokens', 'models with less than 32k context', 'cheapest model with context under 200k']) {
      const first = parseText(catalog, text);
      const { command } = await handle({ text, where: LOCAL }, ports);
      const again = parseText(catalog, command);
      expect([again.filters.minContext, again.filters.maxContext, again.problems], command).toEqual([first.filters.minContext, first.filters.maxContext, []]);
    }
  });
});

describe('a ceiling on the maximum output', () => {
  it.each<[string, number]>([
    ['models with less than 8k max output', 8_000],
    ['models with a max output under 16k', 16_000],
    ['models that can output less than 4k tokens', 4_000],
  ])('%j keeps the models whose published maximum output is at most %d (once read as a floor or a volume)', (text, ceiling) => {
    const q = parseText(catalog, text);
    expect([q.problems, q.tokens, q.filters.minOutput, q.filters.maxOutput]).toEqual([[], null, undefined, ceiling]);
    const ranked = cheapest(catalog, profileOf(q), q.filters, '2026-12-02', 10_000, q.order);
    expect(ranked.ranking.length).toBeGreaterThan(0);
    for (const r of ranked.ranking) expect(catalog.byId.get(r.model)?.maxOutput, r.model).toBeLessThanOrEqual(ceiling);
    // A model with no published limit cannot be said to be under it: left out and counted.
    expect(ranked.excluded.find((e) => e.filter === 'maxOutput')?.label).toMatch(/or not published/);
  });
});
