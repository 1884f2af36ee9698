// Floors and ranges on a price: "models between $1 and $3 per million output", "cheapest model over $1 per million
// input", "$1-$3/M". Each is a filter the ranking applies to the way of buying each model is ranked at, checked here
// against that way's own price; none is dropped or misread as a negative amount.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { parseText } from '../../src/ask/index.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import { profileOf } from '../../src/ask/answer.ts';
import { priceProfile } from '../../src/cost/price.ts';
import { cheapest, cheapestPaidOption, type RankFilters } from '../../src/cost/rank.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const NOW = new Date('2026-12-02T12:00:00Z');
const ASOF = '2026-12-02';
const ports: Ports = { catalog, now: () => NOW, logger: { debug() {}, info() {}, warn() {}, error() {} } };

describe('price floors and ranges in words', () => {
  it.each<[string, RankFilters]>([
    ['models between $1 and $3 per million output', { minOutputPerMillion: 1, maxOutputPerMillion: 3 }],
    ['which models cost between $0.50 and $2 per million tokens?', { minPerMillion: 0.5, maxPerMillion: 2 }],
    ['models priced $1-$3 per million', { minPerMillion: 1, maxPerMillion: 3 }],
    ['models from $2 to $5/M input', { minInputPerMillion: 2, maxInputPerMillion: 5 }],
    ['models between $3 and $1 per million', { minPerMillion: 1, maxPerMillion: 3 }],
    ['cheapest model over $1 per million input', { minInputPerMillion: 1 }],
    ['what models cost more than $10 per million output tokens?', { minOutputPerMillion: 10 }],
    ['cheapest reasoning model above $1/M', { minPerMillion: 1, need: ['reasoning'] }],
    ['cheapest vision model with output over $10', { minOutputPerMillion: 10, need: ['vision'] }],
    ['what models cost exactly $1 per million input?', { minInputPerMillion: 1, maxInputPerMillion: 1 }],
    ['cheapest > $1/M', { minPerMillion: 1 }],
    ['cheapest < $0.10/M', { maxPerMillion: 0.1 }],
    ['cheapest with output < $2', { maxOutputPerMillion: 2 }],
    ['models ≥ $5/M output', { minOutputPerMillion: 5 }],
    ['which models are priced at $0.15 input and $0.60 output', { minInputPerMillion: 0.15, maxInputPerMillion: 0.15, minOutputPerMillion: 0.6, maxOutputPerMillion: 0.6 }],
    ['which models are priced at $0.15/$0.60 per million', { minInputPerMillion: 0.15, maxInputPerMillion: 0.15, minOutputPerMillion: 0.6, maxOutputPerMillion: 0.6 }],
    // "Blended" says the price per million, never a month's budget, whatever the volume.
    ['cheapest model under $2 blended at 100M tokens', { maxPerMillion: 2 }],
    ['cheapest reasoning model over $1 blended', { minPerMillion: 1, need: ['reasoning'] }],
  ])('%j is a ranking with those bounds and no problem', (text, bounds) => {
    const q = parseText(catalog, text);
    expect(q.problems).toEqual([]);
    expect(q.intent).toBe('cheapest');
    expect(q.filters).toMatchObject(bounds);
  });

  it.each([
    ['models over $3 per million under $1 per million', /A floor of \$3 per million is above the cap of \$1/],
    ['output above $10 under $5 output', /A floor of \$10 per million output is above the cap of \$5/],
    ['models between $1 and $3 per million between $2 and $5 per million', /Two floors on the same price given \(\$1 and \$2 per million\)/],
  ])('%j is refused with what would be right, not ranked empty or with one bound dropped', (text, said) => {
    expect(parseText(catalog, text).problems.join(' ')).toMatch(said);
  });

  it('"under $2 blended" is a price per million, never a month\'s budget', () => {
    const q = parseText(catalog, 'cheapest model under $2 blended at 100M tokens');
    expect([q.filters.maxPerMillion, q.filters.maxMonthlyUsd, q.tokens]).toEqual([2, undefined, 100_000_000]);
  });

  it('a negative amount is still refused, not read as a range', () => {
    expect(parseText(catalog, 'cheapest model under $-5 per million').problems.join(' ')).toMatch(/Cannot read “\$-5” as an amount/);
  });
});

/** Each model's price at the way the ranking buys it, found without the filter under test. */
function eligibleWithout(side: 'input' | 'output' | 'blended', low: number, high: number): string[] {
  const profile = profileOf(parseText(catalog, 'cheapest'));
  const all = cheapest(catalog, profile, {}, ASOF, 10_000);
  return all.ranking
    .filter((row) => {
      const option = cheapestPaidOption(catalog, catalog.byId.get(row.model)!, profile, ASOF);
      if (!option) return false;
      const quote = priceProfile(option.priced, profile, ASOF);
      if ('reason' in quote) return false;
      const rate = side === 'blended' ? row.blendedPerMillion : quote.rates[side];
      return rate >= low && rate <= high;
    })
    .map((row) => row.model);
}

describe('the ranking keeps exactly the models within the bounds', () => {
  it.each<[string, 'input' | 'output' | 'blended', number, number]>([
    ['models between $1 and $3 per million output', 'output', 1, 3],
    ['cheapest model over $1 per million input', 'input', 1, Number.POSITIVE_INFINITY],
    ['which models cost between $0.50 and $2 per million tokens?', 'blended', 0.5, 2],
  ])('%j', (text, side, low, high) => {
    const q = parseText(catalog, text);
    const answer = cheapest(catalog, profileOf(q), q.filters, ASOF, 10_000);
    const expected = eligibleWithout(side, low, high);
    expect(expected.length).toBeGreaterThan(0);
    expect(answer.ranking.map((r) => r.model).sort()).toEqual([...expected].sort());
    // Each row says why it qualifies, in the bound's own words.
    for (const row of answer.ranking) expect(row.why.join(' ')).toMatch(Number.isFinite(high) ? /within \$[\d.]+–\$[\d.]+\/1M/ : /≥ \$[\d.]+\/1M/);
    // What the bounds left out is counted under them.
    expect(answer.excluded.some((e) => /price (?:outside|below)/.test(e.label) && e.count > 0)).toBe(true);
  });

  it('the command the answer offers reads back as the same bounds', async () => {
    for (const text of ['models between $1 and $3 per million output', 'cheapest model over $1 per million input', 'models priced $0.5-$2 per million']) {
      const { command, query } = await handle({ text, where: LOCAL }, ports);
      const again = parseText(catalog, command.replace(/^\/models\s+/, ''));
      expect(
        Object.keys(query.filters).some((k) => k.startsWith('min')),
        command,
      ).toBe(true);
      expect(again.filters, command).toEqual(query.filters);
    }
  });
});

describe('a bound on the price of models named, asked yes or no', () => {
  const current = catalog.models.filter((m) => m.status === 'active' && /^[a-z0-9.-]+$/.test(m.id));

  it('answers each model yes or no from its published price, and neither when the price is exactly the bound', async () => {
    const cases: [string, (input: number, output: number) => 'yes' | 'no' | null][] = [
      ['is {m} under $1 per million output?', (_i, o) => (o === 1 ? null : o < 1 ? 'yes' : 'no')],
      ['does {m} cost more than $2 per million input?', (i) => (i === 2 ? null : i > 2 ? 'yes' : 'no')],
      ['is {m} between $1 and $5 per million output?', (_i, o) => (o === 1 || o === 5 ? null : o > 1 && o < 5 ? 'yes' : 'no')],
    ];
    for (const m of current.slice(0, 40)) {
      const p = quotedPrice(m, ASOF);
      for (const [phrase, expected] of cases) {
        const text = phrase.replace('{m}', m.id);
        const { answer } = await handle({ text, where: LOCAL }, ports);
        if (answer.kind !== 'fact') throw new Error(`${text}: ${answer.kind}`);
        expect([answer.attribute, answer.facts.map((f) => f.model)], text).toEqual(['price-bound', [m.id]]);
        expect(answer.facts[0]?.answer, text).toBe(expected(p.input, p.output));
      }
    }
  });

  it('a blended bound is judged at the mix asked, and several models are answered each', async () => {
    const { answer } = await handle({ text: 'which of gpt-5, o3 and claude-sonnet-4-5 are under $4 per million at 1:1?', where: LOCAL }, ports);
    if (answer.kind !== 'fact') throw new Error(answer.kind);
    for (const f of answer.facts) {
      const p = quotedPrice(catalog.byId.get(f.model)!, ASOF);
      const blended = (p.input + p.output) / 2;
      expect(f.value, f.model).toContain(`blended at 1:1 $`);
      expect(f.answer, f.model).toBe(blended === 4 ? null : blended < 4 ? 'yes' : 'no');
    }
  });

  it('a price asked exactly is that price or not, side by side', async () => {
    for (const m of current.slice(0, 30)) {
      const p = quotedPrice(m, ASOF);
      for (const [input, output] of [
        [p.input, p.output],
        [p.input, p.output + 1],
      ]) {
        const text = `is ${m.id} priced at $${input}/$${output}?`;
        const { answer } = await handle({ text, where: LOCAL }, ports);
        if (answer.kind !== 'fact') throw new Error(`${text}: ${answer.kind}`);
        expect(answer.facts[0]?.answer, text).toBe(output === p.output ? 'yes' : 'no');
      }
    }
  });

  it('a ranking of the models at a price keeps exactly those sold at it', () => {
    const q = parseText(catalog, 'which models are priced at $0.15/$0.60 per million');
    const ranked = cheapest(catalog, profileOf(q), q.filters, ASOF, 10_000);
    expect(ranked.ranking.length).toBeGreaterThan(0);
    const profile = profileOf(q);
    for (const r of ranked.ranking) {
      const option = cheapestPaidOption(catalog, catalog.byId.get(r.model)!, profile, ASOF);
      const quote = option && priceProfile(option.priced, profile, ASOF);
      if (!quote || 'reason' in quote) throw new Error(r.model);
      expect([quote.rates.input, quote.rates.output], r.model).toEqual([0.15, 0.6]);
    }
  });

  it('models like one, or instead of it, stay a ranking under the bound', () => {
    expect(parseText(catalog, 'cheapest alternative to gpt-5 under $1 per million').intent).toBe('cheapest');
  });
});

describe('a budget beside a list of what models have', () => {
  it('"which models support structured outputs under $0.50" lists them by price; "what can I get for $50 a month?" still chooses the best it affords', () => {
    const listed = parseText(catalog, 'which models support structured outputs under $0.50');
    expect([listed.intent, listed.order, listed.filters.need, listed.filters.maxMonthlyUsd]).toEqual(['cheapest', 'price', ['structured-outputs'], 0.5]);
    const chosen = parseText(catalog, 'what can I get for $50 a month?');
    expect([chosen.intent, chosen.order]).toEqual(['cheapest', 'score']);
  });
});

describe('models pricier than one named', () => {
  it.each(['models pricier than gpt-5', 'what models are more expensive than claude-sonnet-4-5?', 'which models cost more than gpt-4.1 with vision'])(
    '%j keeps exactly the models whose month costs more than its own, cheapest first',
    (text) => {
      const q = parseText(catalog, text);
      expect([q.intent, q.order, q.models, q.problems]).toEqual(['cheapest', 'price', [], []]);
      const id = q.filters.pricierThan as string;
      expect(catalog.byId.has(id)).toBe(true);
      const profile = profileOf(q);
      const reference = cheapest(catalog, profile, {}, ASOF, 10_000).ranking;
      const own = priceProfile(catalog.byId.get(id)!, profile, ASOF);
      if (!own.ok) throw new Error(id);
      const ranked = cheapest(catalog, profile, q.filters, ASOF, 10_000);
      expect(ranked.ranking.length).toBeGreaterThan(0);
      for (const r of ranked.ranking) expect(r.monthlyUsd, r.model).toBeGreaterThan(own.monthlyUsd);
      // Nothing pricier that meets the other filters is left out.
      const { pricierThan: _, ...others } = q.filters;
      const rest = cheapest(catalog, profile, others, ASOF, 10_000).ranking.filter((r) => r.monthlyUsd > own.monthlyUsd && r.model !== id);
      expect(ranked.ranking.map((r) => r.model)).toEqual(rest.map((r) => r.model));
      expect(reference.length).toBeGreaterThan(ranked.ranking.length);
    },
  );

  it('"which models cost less than gpt-4.1?" is the models that stand in for it for less (it was the cost of gpt-4.1)', () => {
    const q = parseText(catalog, 'which models cost less than gpt-4.1?');
    expect([q.intent, q.filters.like, q.filters.cheaperThanLike]).toEqual(['cheapest', 'gpt-4.1', true]);
  });

  it.each([
    ['we use 2B tokens a month, 90% input, which model saves us most vs gpt-4o?', 2_000_000_000],
    ['which model would save us the most compared to gpt-4o?', null],
    ['biggest savings vs gpt-4o at 2B tokens', 2_000_000_000],
    ["what's cheaper than gpt-4o?", null],
    ['cheaper than gpt-4o at 2B tokens 90% input', 2_000_000_000],
  ])('%j is the models that stand in for gpt-4o for less, at the volume said (no model is called "saves most")', (text, tokens) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.models, q.filters.like, q.filters.cheaperThanLike, q.tokens]).toEqual(['cheapest', [], 'gpt-4o', true, tokens]);
    expect(q.problems).toEqual([]);
  });

  it('"which saves the most: gpt-4o or gpt-4.1?" still sets the two against each other', () => {
    expect(parseText(catalog, 'which saves the most: gpt-4o or gpt-4.1?').models).toEqual(['gpt-4o', 'gpt-4.1']);
  });

  it('the command reads back as the same filter', async () => {
    const { command } = await handle({ text: 'what models are more expensive than claude-sonnet-4-5?', where: LOCAL }, ports);
    expect(command).toContain('pricier than claude-sonnet-4-5');
    expect(parseText(catalog, command).filters.pricierThan).toBe('claude-sonnet-4-5');
    expect(parseText(catalog, '/models cheapest pricier than gpt-99x').problems.join(' ')).toMatch(/Name a model from the catalog after “pricier than”/);
  });
});

describe('models priced between two named', () => {
  it.each([
    'is there anything between gpt-5-mini and gpt-5 in price?',
    'models priced between claude-haiku-4-5 and claude-sonnet-4-5',
    // Names with a version's dot ("4.5") were no sentence's end: "between haiku 4.5 and sonnet 4.5 in price".
    'is there anything between claude haiku 4.5 and claude sonnet 4.5 price-wise?',
  ])('%j keeps exactly the models whose month costs more than the cheaper one and less than the dearer one', async (text) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.order, q.models, q.problems]).toEqual(['cheapest', 'price', [], []]);
    const [a, b] = q.filters.pricedBetween ?? [];
    const profile = profileOf(q);
    const months = [a, b].map((id) => {
      const own = priceProfile(catalog.byId.get(id as string)!, profile, ASOF);
      if (!own.ok) throw new Error(String(id));
      return own.monthlyUsd;
    });
    const [low, high] = [Math.min(...months), Math.max(...months)];
    const ranked = cheapest(catalog, profile, q.filters, ASOF, 10_000);
    const everyone = cheapest(catalog, profile, {}, ASOF, 10_000);
    const expected = everyone.ranking.filter((r) => r.monthlyUsd > low && r.monthlyUsd < high && r.model !== a && r.model !== b).map((r) => r.model);
    expect(expected.length).toBeGreaterThan(0);
    // Every model the whole ranking shows between them is kept (a dated snapshot may stand for its model when the
    // newest one falls outside), and nothing outside them is.
    expect(ranked.ranking.map((r) => r.model)).toEqual(expect.arrayContaining(expected));
    for (const r of ranked.ranking) {
      expect(r.monthlyUsd, r.model).toBeGreaterThan(low);
      expect(r.monthlyUsd, r.model).toBeLessThan(high);
    }
    // Its command asks the same.
    const { command } = await handle({ text, where: LOCAL }, ports);
    expect(parseText(catalog, command).filters.pricedBetween).toEqual([a, b]);
  });

  it('a command naming no two models after “priced between” is refused', () => {
    expect(parseText(catalog, '/models cheapest priced between gpt-5').problems.join(' ')).toMatch(/Name two models from the catalog after “priced between”/);
  });
});

describe('a sentence read across a version’s dot', () => {
  it('"anything between haiku 4.5 and sonnet 4.5 in price with reasoning?" is the models between them that reason', () => {
    const q = parseText(catalog, 'anything between haiku 4.5 and sonnet 4.5 in price with reasoning?');
    expect([q.intent, q.filters.pricedBetween, q.filters.need]).toEqual(['cheapest', ['claude-haiku-4-5', 'claude-sonnet-4-5'], ['reasoning']]);
  });

  it('"caching on claude sonnet 4.5, how much does it save?" prices the saving', () => {
    const q = parseText(catalog, 'caching on claude sonnet 4.5, how much does it save?');
    expect([q.intent, q.models, q.cachedShare !== null]).toEqual(['cost', ['claude-sonnet-4-5'], true]);
  });
});

describe('anything cheaper than the model in use', () => {
  it.each([
    ["we're on gpt-4o for our support bot (~40M tok/mo, mostly input). anything way cheaper that's still decent?", 40_000_000, true],
    ['we use gpt-4o, anything cheaper?', null, false],
  ] as const)('%j ranks the models that stand in for it for less; "still decent" keeps the stated quality floor', (text, tokens, decent) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.models, q.filters.like, q.filters.cheaperThanLike, q.tokens]).toEqual(['cheapest', [], 'gpt-4o', true, tokens]);
    expect((q.filters.benchmarkFloors?.length ?? 0) > 0, text).toBe(decent);
  });
});
