// One model's place in a ranking, asked ("where does gpt-5 rank?", "is gpt-5 in the top 10 for coding?"), and the
// smaller readings that went with it: a cached share said with a verb, a maker's country left out with "isn't", a tier
// after batch, "why not" a family, and a lane the filters asked leave empty.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { commandFor } from '../../src/ask/command-text.ts';
import { parseText } from '../../src/ask/index.ts';
import type { Query } from '../../src/ask/query.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import { cheapest } from '../../src/cost/rank.ts';
import { DEFAULT_MIX } from '../../src/cost/profile.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-12-06T12:00:00Z'), logger: createLogger('error') };
const ask = (text: string, previous?: Query) => handle({ text, where: LOCAL, ...(previous ? { previous } : {}) }, ports);
const asOf = '2026-12-06';

/** Every model of the plain price ranking at a volume, in order, as the core ranks them: the oracle for a place. */
function priceOrder(tokens: number): string[] {
  const profile = { tokensPerMonth: tokens, mix: DEFAULT_MIX, cachedShare: 0, batch: false, serviceTier: 'standard' as const };
  return cheapest(catalog, profile, {}, asOf, Number.MAX_SAFE_INTEGER).ranking.map((r) => r.model);
}

describe('where a model ranks', () => {
  it.each(['where does gpt-5 rank?', 'what rank is gpt-5?', "what's gpt-5's position?", 'is gpt-5 in there?', 'where is gpt-5 on this list?', 'is gpt-5 in the top 10?'])(
    '"%s" after a ranking: its place in that ranking, and the rows around it',
    async (text) => {
      const ranking = await ask('cheapest model for 50M tokens');
      const next = await ask(text, ranking.asked);
      expect(next.query).toMatchObject({ intent: 'cheapest', tokens: 50_000_000, placeOf: 'gpt-5' });
      if (next.answer.kind !== 'cheapest') throw new Error(next.answer.kind);
      const place = priceOrder(50_000_000).indexOf('gpt-5') + 1;
      expect(place).toBeGreaterThan(10);
      expect(next.answer.placed).toMatchObject({ model: 'gpt-5', place });
      const shown = next.answer.ranking.map((r) => r.model);
      expect(shown).toContain('gpt-5');
      expect(next.answer.firstPlace + shown.indexOf('gpt-5')).toBe(place);
      expect(renderText(next.answer)).toContain(`GPT-5 is #${place} of the ${next.answer.placed?.of} models ranked here`);
    },
  );

  it('a lane keeps its filters, and the place is among its picks', async () => {
    const ranking = await ask('best model for coding');
    const whole = await ask('/models best api-coding top 100');
    if (whole.answer.kind !== 'best') throw new Error(whole.answer.kind);
    const place = whole.answer.picks.findIndex((p) => p.model === 'gpt-5') + 1;
    expect(place).toBeGreaterThan(0);
    const next = await ask('where is gpt-5 on this list?', ranking.asked);
    if (next.answer.kind !== 'best') throw new Error(next.answer.kind);
    expect(next.answer.placed).toMatchObject({ place, of: whole.answer.picked });
    expect(next.answer.picks.map((p) => p.model)).toContain('gpt-5');
  });

  it.each([
    ['where does gpt-5 rank on aider?', { intent: 'cheapest', order: 'score', filters: { scoredOn: 'aider-polyglot' } }],
    ['where does claude sonnet 4.5 rank among the cheapest models', { intent: 'cheapest', order: 'price' }],
    ['is gpt-5 in the top 10 for coding?', { intent: 'best', lane: 'api-coding' }],
    ['where does gpt-5 rank by context window?', { intent: 'cheapest', order: 'context' }],
    ['how does gpt-5 rank for price', { intent: 'cheapest', order: 'price' }],
    ['where does llama 3.3 70b rank among open weights models', { intent: 'cheapest', filters: { openWeights: true }, placeOf: 'llama-3.3-70b-instruct' }],
  ])('"%s" on its own: the ranking the words name', (text, expected) => {
    const query = parseText(catalog, text);
    expect(query).toMatchObject(expected);
    expect(query.placeOf).toBeDefined();
  });

  it('a model the ranking leaves out is said with what leaves it out', async () => {
    const next = await ask("what is gpt-5's rank on lmarena");
    if (next.answer.kind !== 'cheapest') throw new Error(next.answer.kind);
    expect(next.answer.placed?.place).toBeNull();
    const vision = await ask('/models cheapest 50M with vision where gpt-3.5-turbo ranks');
    if (vision.answer.kind !== 'cheapest') throw new Error(vision.answer.kind);
    expect(vision.answer.placed).toMatchObject({ place: null });
    expect(vision.answer.placed?.leftOutBy.join('; ')).toMatch(/no vision/);
    expect(renderText(vision.answer)).toMatch(/^GPT-3\.5-turbo is not in this ranking: .*no vision/m);
  });

  it('reads back as a command that asks the same', async () => {
    for (const text of ['where does gpt-5 rank on aider?', 'is gpt-5 in the top 10 for coding?', 'where does o3 rank by context window?']) {
      const query = parseText(catalog, text);
      const again = parseText(catalog, commandFor(query));
      expect({ placeOf: again.placeOf, placeWithin: again.placeWithin, intent: again.intent, order: again.order, lane: again.lane, filters: again.filters }).toEqual({
        placeOf: query.placeOf,
        placeWithin: query.placeWithin,
        intent: query.intent,
        order: query.order,
        lane: query.lane,
        filters: query.filters,
      });
    }
  });

  it('"in the top 10?" is answered yes or no, beside the place', async () => {
    const ranking = await ask('cheapest model for 50M');
    const outside = await ask('is gpt-5 in the top 10?', ranking.asked);
    expect(outside.query.placeWithin).toBe(10);
    expect(renderText(outside.answer)).toMatch(/^No: GPT-5 is #\d+ of the \d+ models ranked here, outside the top 10\.$/m);
    const third = priceOrder(50_000_000)[2] as string;
    const inside = await ask(`is ${third} in the top 5?`, ranking.asked);
    expect(renderText(inside.answer)).toMatch(/^Yes: .+ is #3 of the \d+ models ranked here, within the top 5\.$/m);
    const lane = await ask('/models best terminal where claude-opus-4-1 ranks in the top 3');
    expect(renderText(lane.answer)).toMatch(/^No: Claude Opus 4\.1 is not in this ranking: retired/m);
  });

  it('an unknown name in the command is said, with a retry that places the one meant', async () => {
    const { answer } = await ask('/models best terminal where gpt-99 ranks');
    if (answer.kind !== 'unknown-model') throw new Error(answer.kind);
    expect(answer.retries[0]?.command).toMatch(/^\/models best terminal where \S+ ranks$/);
  });

  it('a second model after the name is a comparison, not a place', () => {
    expect(parseText(catalog, 'where does gpt-5 rank against o3?').placeOf).toBeUndefined();
  });
});

describe('a cached share said with a verb', () => {
  it.each([
    ['gpt-5 at 10M tokens, we cache half of our input', 0.5],
    ['gpt-5 at 10M tokens, we cache about half our prompts', 0.5],
    ['gpt-5 at 10M, we cache 30% of the input', 0.3],
    ['gpt-5 at 10M, three quarters of prompts are cached', 0.75],
    ['gpt-5 at 10M, a third of the input comes from the cache', 0.333333333333],
  ])('%s', (text, share) => {
    const query = parseText(catalog, text);
    expect(query.cachedShare).toBeCloseTo(share, 9);
    expect(query.term ?? null).toBeNull();
    expect(query.problems).toEqual([]);
  });
});

describe("a maker's country left out", () => {
  it.each([
    ["cheapest model that isn't from china", 'CN'],
    ["cheapest model that aren't made in china", 'CN'],
    ["best coding model that wasn't built in the us", 'US'],
  ])('%s', (text, country) => {
    const query = parseText(catalog, text);
    expect(query.filters.notMadeIn).toEqual([country]);
    expect(query.filters.madeIn).toBeUndefined();
  });
});

describe('batch and a service tier, one after the other', () => {
  it('"and flex?" after batch prices on flex, and "batch then" after a tier on batch', async () => {
    const first = await ask('gpt-5 cost at 100M tokens');
    const batch = await ask('with batch', first.asked);
    expect(batch.query).toMatchObject({ batch: true, serviceTier: null });
    const flex = await ask('and flex?', batch.asked);
    expect(flex.query).toMatchObject({ batch: false, serviceTier: 'flex' });
    if (flex.answer.kind !== 'cost') throw new Error(flex.answer.kind);
    expect(flex.answer.monthlyUsd).toBeCloseTo(171.875, 6);
    const back = await ask('batch then', flex.asked);
    expect(back.query).toMatchObject({ batch: true, serviceTier: null });
  });

  it('both asked at once are still said not to combine', async () => {
    const first = await ask('gemini 2.5 pro at 100M on flex');
    const both = await ask('with flex and batch', first.asked);
    expect(both.query).toMatchObject({ batch: true, serviceTier: 'flex' });
  });
});

describe('why not a family, and a lane the filters empty', () => {
  it('"why not opus?" after a lane ranking sets that family\'s best against the first pick', async () => {
    const ranking = await ask('best model for terminal coding');
    const next = await ask('why not opus?', ranking.asked);
    expect(next.query.intent).toBe('compare');
    expect(next.query.models).toEqual(['opus']);
    if (next.answer.kind !== 'comparison') throw new Error(next.answer.kind);
    expect(next.answer.models.some((id) => id.startsWith('claude-opus'))).toBe(true);
  });

  it('a budget no pick meets blames the filters, not the lane', async () => {
    const { answer } = await ask('best model for terminal coding under $10 a month at 1B tokens');
    if (answer.kind !== 'best') throw new Error(answer.kind);
    expect(answer.picks).toEqual([]);
    expect(answer.meetNeeds).toBeGreaterThan(0);
    expect(renderText(answer)).toContain("No model qualifies: the filters asked leave out every model that meets the lane's needs (Excluded says which).");
  });
});

describe("a line named without its brand's word", () => {
  it('"flash lite" is the Gemini Flash-Lite line, not its image variant', () => {
    expect(parseText(catalog, '1.5 billion tokens on flash lite, how much').models).toEqual(['gemini-3.5-flash-lite']);
    expect(parseText(catalog, 'cost of gemini 3.1 flash lite image at 10M').models).toEqual(['gemini-3.1-flash-lite-image']);
  });

  it('"under" after a name is not part of it', () => {
    expect(parseText(catalog, 'what license is qwen3 under?').models).toEqual(['qwen3']);
  });
});

describe('an amount cached, beside the volume or alone', () => {
  it.each([
    ['gpt-4.1: 40M in / 8M out / 20M cached — cost?', { tokens: 48_000_000, cachedShare: 0.5 }],
    ['gpt-5 at 100M tokens, 30M cached', { tokens: 100_000_000, cachedShare: 0.4 }],
    ['gpt-5 with 20M cached', { tokens: 20_000_000, cachedShare: 1, mix: { input: 1, output: 0 } }],
  ])('%s', (text, expected) => {
    const query = parseText(catalog, text);
    expect(query).toMatchObject(expected);
    expect(query.problems).toEqual([]);
  });

  it('a share after "cached" stays the share', () => {
    expect(parseText(catalog, '/models cost claude-opus-4-5 200M cached 50% batch')).toMatchObject({ tokens: 200_000_000, cachedShare: 0.5, batch: true });
  });
});

describe('follow-ups that keep the models asked about', () => {
  it('"and cost at 10M?" after a comparison prices those models there, not every model', async () => {
    const first = await ask('compare o3 and gpt-5 for reasoning');
    const next = await ask('and cost at 10M?', first.asked);
    expect(next.query).toMatchObject({ intent: 'compare', models: ['o3', 'gpt-5'], tokens: 10_000_000 });
    const lanes = await ask('is gpt-5 good for coding');
    expect((await ask('and cost at 10M?', lanes.asked)).query).toMatchObject({ intent: 'cost', models: ['gpt-5'], tokens: 10_000_000 });
    const ranking = await ask('cheapest model for 50M');
    expect((await ask('and cost at 10M?', ranking.asked)).query).toMatchObject({ intent: 'cheapest', tokens: 10_000_000 });
  });

  it('"half that" and "cut it in half" halve the volume before; "half of it cached" is still a share', async () => {
    const first = await ask('gpt-5 mini at 50M tokens');
    for (const text of ['half that', 'cut it in half', 'half of that?', 'and half that volume']) expect((await ask(text, first.asked)).query.tokens).toBe(25_000_000);
    expect(parseText(catalog, 'cheapest grok for 30M, half of it cached')).toMatchObject({ tokens: 30_000_000, cachedShare: 0.5 });
  });
});

describe('one thing priced with no size', () => {
  it.each(['how much is one image on gpt-4o', 'how much does one image cost on gpt-4o', "what's the cost of a single meeting on haiku 4.5"])(
    '%s: its size is asked, not the default month priced',
    (text) => {
      const query = parseText(catalog, text);
      expect(query.per).toBe('request');
      expect(query.problems.join(' ')).toMatch(/Give the request's size/);
    },
  );
});

describe('a language the work is in', () => {
  it.each([
    ['what should we use for a customer support bot in german', 'best'],
    ['how much to translate 10M words from english to french with gpt-5 mini', 'cost'],
    ['best model for translating documents into german', 'cheapest'],
  ])('%s: said not to be applied, the answer otherwise the same', (text, intent) => {
    const query = parseText(catalog, text);
    expect(query.intent).toBe(intent);
    expect(query.notes?.some((n) => /is not applied: the catalog records no language support/.test(n))).toBe(true);
  });

  it('a question about languages is still one the catalog cannot see, with no note beside it', () => {
    const query = parseText(catalog, 'best multilingual model');
    expect(query.intent).toBe('cannot-see');
    expect(query.notes ?? []).toEqual([]);
  });
});

describe('a family set against a model, and a model asked for', () => {
  it.each([
    ['how does grok compare to gpt-5', ['grok', 'gpt-5']],
    ['how does claude stack up against gpt-5', ['claude', 'gpt-5']],
  ])('%s: a comparison of the family with the model, not a card with a maker filter', (text, models) => {
    const query = parseText(catalog, text);
    expect(query).toMatchObject({ intent: 'compare', models });
    expect(query.filters.providers).toBeUndefined();
  });

  it.each([
    ['pick a model for me: 20M tokens/month, mostly output, needs json mode', 'cheapest'],
    ['choose a model for our chatbot', 'best'],
    ['find me a model with vision under $1', 'best'],
  ])('"%s" asks for a recommendation', (text, intent) => {
    expect(parseText(catalog, text).intent).toBe(intent);
  });
});

describe('a move between makers with the model in use named', () => {
  it('ranks the stand-ins of the maker moved to, not the maker left', () => {
    const query = parseText(catalog, 'thinking of switching from openai to anthropic, what would it cost us at 500M tokens on gpt-5?');
    expect(query).toMatchObject({ intent: 'cheapest', tokens: 500_000_000, filters: { like: 'gpt-5', providers: ['anthropic'] } });
  });
});

describe('places asked one after another', () => {
  it('"and sonnet 4.5?" after a place asked is that model\'s place in the same ranking', async () => {
    const ranking = await ask('best model for terminal coding');
    const gpt5 = await ask('where does gpt-5 rank?', ranking.asked);
    const next = await ask('and sonnet 4.5?', gpt5.asked);
    expect(next.query).toMatchObject({ intent: 'best', lane: 'terminal', placeOf: 'claude-sonnet-4-5' });
  });

  it('"where\'s gpt-5?" after a ranking is its place there; on its own, where to buy it', async () => {
    const ranking = await ask('top models on lmarena');
    const next = await ask("where's gpt-5?", ranking.asked);
    expect(next.query).toMatchObject({ intent: 'cheapest', order: 'score', placeOf: 'gpt-5' });
    expect(parseText(catalog, "where's gpt-5?").intent).toBe('where');
  });

  it('"what about on price?" after a ranking orders it by price', async () => {
    const ranking = await ask('top models on lmarena');
    expect((await ask('what about on price?', ranking.asked)).query.order).toBe('price');
  });
});

describe('a bare version beside a named model', () => {
  it.each([
    ['gemini 3.8 flash vs 3.7', ['gemini-3.8-flash', 'gemini-3.7-flash']],
    ["what's new in gemini 3.8 flash compared to 3.7?", ['gemini-3.8-flash', 'gemini-3.7-flash']],
    ['sonnet 4.6 vs 4.5 what changed', ['claude-sonnet-4-6', 'claude-sonnet-4-5']],
  ])('%s: the same line at that version, its later words kept', (text, models) => {
    expect(parseText(catalog, text)).toMatchObject({ intent: 'compare', models });
  });
});

describe('models that charge more for long prompts', () => {
  it.each(['which models charge more for long prompts?', 'models with long context pricing', '/models cheapest with a long-prompt price'])(
    '"%s" ranks only the models whose price list has a long-prompt tier, each with its threshold',
    async (text) => {
      const { answer, query } = await ask(text);
      expect(query).toMatchObject({ intent: 'cheapest', order: 'price', filters: { longPromptPriced: true } });
      expect(query.filters.lane).toBeUndefined();
      if (answer.kind !== 'cheapest') throw new Error(answer.kind);
      expect(answer.ranking.length).toBeGreaterThan(0);
      for (const r of answer.ranking) {
        const model = catalog.byId.get(r.model);
        expect(model && quotedPrice(model, asOf).tiers.length).toBeGreaterThan(0);
        expect(r.why.join('; ')).toMatch(/prompt [>≥] [\d.]+[KM]: \$/);
      }
      expect(answer.excluded.find((e) => e.filter === 'longPromptPriced')?.count).toBeGreaterThan(0);
    },
  );

  it('reads back as the same command', () => {
    const query = parseText(catalog, 'which models charge more for long prompts?');
    expect(parseText(catalog, commandFor(query)).filters).toEqual(query.filters);
  });
});

describe('where a model stands, in other words', () => {
  it('"where does gpt-5 rank on nonsense?" places it by price and says the words named no ranking', () => {
    const query = parseText(catalog, 'where does gpt-5 rank on nonsense?');
    expect(query).toMatchObject({ intent: 'cheapest', order: 'price', placeOf: 'gpt-5' });
    expect(query.notes?.join(' ')).toMatch(/“on nonsense” names no ranking I can read/);
  });

  it('a free ranking leaves a model out for having no free endpoint', async () => {
    const { answer } = await ask('where does gpt-5 rank among free models');
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    expect(answer.placed).toMatchObject({ place: null, leftOutBy: ['gpt-5 has no free endpoint'] });
  });

  it.each(['where does gpt-5 shine?', 'where does gpt-5 fall short?'])('"%s" asks its lanes, not where to buy it', (text) => {
    expect(parseText(catalog, text).intent).toBe('lanes');
  });
});

describe('a list asked in an order', () => {
  it.each([
    ['list openai models by release date', 'newest'],
    ['openai models by speed', 'speed'],
    ['rank claude models by context window', 'context'],
  ])('%s', (text, order) => {
    expect(parseText(catalog, text)).toMatchObject({ intent: 'cheapest', order });
  });

  it('"sort them by output price" after a ranking ranks on the output price, not the output limit', async () => {
    const ranking = await ask('cheapest anthropic models');
    const next = await ask('sort them by output price', ranking.asked);
    expect(next.query).toMatchObject({ order: 'price', mix: { input: 0, output: 1 } });
  });
});

describe('previews left out, and sizes the catalog cannot see', () => {
  it.each(["what's the cheapest model that's not a preview", 'cheapest stable model', 'exclude previews, cheapest with vision', '/models cheapest excluding previews'])(
    '"%s" leaves the previews out, and counts them',
    async (text) => {
      const { answer, query } = await ask(text);
      expect(query.filters.noPreviews).toBe(true);
      if (answer.kind !== 'cheapest') throw new Error(answer.kind);
      for (const r of answer.ranking) expect(catalog.byId.get(r.model)?.status).not.toBe('preview');
      expect(answer.excluded.find((e) => e.filter === 'preview')?.count).toBeGreaterThan(0);
      expect(parseText(catalog, commandFor(query)).filters.noPreviews).toBe(true);
    },
  );

  it.each(["what's the smallest model from google", 'which model has the most parameters'])('"%s" is a size the catalog does not record', (text) => {
    expect(parseText(catalog, text)).toMatchObject({ intent: 'cannot-see', reach: 'parameters' });
  });
});

describe('a share on batch and one side as a multiple of the other', () => {
  it.each([
    ['how much do we save with batch on half our sonnet 4.5 traffic at 100M?', 0.5],
    ['gpt-5 at 50M with batch for 30% of requests', 0.3],
    ['a third of our requests go to batch, gpt-4.1 at 10M', 0.333333333333],
  ])('%s: that share on batch, the model and volume kept', (text, share) => {
    const query = parseText(catalog, text);
    expect(query.intent).toBe('cost');
    expect(query.models).toHaveLength(1);
    expect(query.batch).toBe(false);
    expect(query.batchShare).toBeCloseTo(share, 9);
    expect(query.problems).toEqual([]);
  });

  it.each([
    ['gpt-5 at 50M, what if input is 10x output?', { input: 10, output: 1 }],
    ['gpt-5 at 50M, output 2 times the input', { input: 1, output: 2 }],
  ])('%s', (text, mix) => {
    expect(parseText(catalog, text)).toMatchObject({ tokens: 50_000_000, mix });
  });
});
