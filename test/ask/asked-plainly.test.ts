// Questions asked plainly, each read as what it asks: a change of prices with no "what", the defaults answers assume,
// a price cap beside a floor, one model's price moves, a long-context price with the model named in between.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { DEFAULTS } from '../../src/ask/answer.ts';
import { parseText } from '../../src/ask/index.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import { parseVolume } from '../../src/cost/parse.ts';
import { perUnit } from '../../src/cost/format.ts';
import { priceProfile } from '../../src/cost/price.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports: Ports = { catalog, now: () => new Date('2026-12-02T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };
const ask = (text: string) => handle({ text, where: LOCAL }, ports);

describe('questions asked plainly', () => {
  it.each(['prices changed this week?', 'which prices dropped last month', 'have prices changed since last week?'])('%j is the digest', async (text) => {
    expect((await ask(text)).answer.kind).toBe('digest');
  });

  it.each(['did gpt-4o prices drop?', 'gpt-4o prices dropped?', "has gpt-4o's price changed?", 'when did gpt-4o get cheaper'])(
    '%j asks about that model’s prices: the change that made its price, or that none did, not every model’s week',
    async (text) => {
      const { query, answer } = await ask(text);
      expect([answer.kind, query.models, query.attribute]).toEqual(['fact', ['gpt-4o'], 'price-schedule']);
    },
  );

  it('"what changed for gpt-4o this month" is its card: everything about it, its dated prices among them', async () => {
    const { query, answer } = await ask('what changed for gpt-4o this month');
    expect([answer.kind, query.models]).toEqual(['model-card', ['gpt-4o']]);
  });

  it.each(["what's the input:output ratio you assume?", 'what volume do you assume?', 'what are your assumptions?'])(
    '%j shows the defaults answers assume; with no store, the built-in ones, said as such',
    async (text) => {
      const { answer } = await ask(text);
      if (answer.kind !== 'settings') throw new Error(`expected settings, got ${answer.kind}`);
      expect([answer.change, answer.defaults, answer.builtIn]).toEqual(['show', DEFAULTS, true]);
      const words = renderText(answer);
      expect(words).toContain('built-in defaults');
      expect(words).toContain('3:1 input:output');
    },
  );

  it('a change of the defaults with no store still says it cannot be kept', async () => {
    expect((await ask('/models settings volume 5M')).answer.kind).toBe('unavailable');
  });

  it('a floor beside a price cap filters, and the cap orders the list by price', async () => {
    const { query, answer } = await ask('show me models under $0.50 per million input tokens with at least 128k context');
    expect([query.order ?? 'price', query.filters.minContext, query.filters.maxInputPerMillion]).toEqual(['price', 128_000, 0.5]);
    if (answer.kind !== 'cheapest') throw new Error(`expected a ranking, got ${answer.kind}`);
    const costs = answer.ranking.map((r) => r.monthlyUsd);
    expect(costs).toEqual([...costs].sort((a, b) => a - b));
    // A spec asked of models with nothing else deciding the order still orders them by it.
    expect(parseText(catalog, 'which models can use tools and have 1M context').order).toBe('context');
  });

  it.each(['long context pricing for gemini 2.5 pro above 200k', 'gemini 2.5 pro pricing above 200k', "what's gemini 2.5 pro's price above 200k tokens"])(
    '%j prices a prompt past 200k at the default volume, the model kept',
    (text) => {
      const query = parseText(catalog, text);
      expect([query.models, query.promptTokens, query.tokens]).toEqual([['gemini-2.5-pro'], 200_001, null]);
    },
  );

  it.each([
    ['gpt-4.1 at 50M tokens, half of it through the batch api', 0.5],
    ['gpt-4.1 at 50M, 40% of requests via batch', 0.4],
    ['half our traffic goes through batch on gpt-4.1, 50M tokens a month', 0.5],
    ['a quarter of our calls run on the batch api, gpt-4.1 at 50M', 0.25],
  ])('%j is a share of the traffic on batch: that share at batch rates, the rest at standard ones, never all of it at batch', async (text, share) => {
    const { query, answer } = await ask(text);
    expect([query.batch, query.batchShare]).toEqual([false, share]);
    if (answer.kind !== 'bill') throw new Error(`expected a bill, got ${answer.kind}`);
    const model = catalog.byId.get('gpt-4.1')!;
    const at = (batch: boolean, tokens: number) => {
      const q = priceProfile(model, { ...defaultProfile(tokens), batch }, answer.assumptions.asOf);
      if (!q.ok) throw new Error(q.reason);
      return q.monthlyUsd;
    };
    const batched = Math.round(50_000_000 * share);
    expect(answer.parts.map((p) => [p.model, p.batch, p.tokens])).toEqual([
      ['gpt-4.1', true, batched],
      ['gpt-4.1', false, 50_000_000 - batched],
    ]);
    expect(answer.totalUsd).toBeCloseTo(at(true, batched) + at(false, 50_000_000 - batched), 6);
    expect(answer.totalUsd).toBeLessThan(at(false, 50_000_000));
    expect(answer.totalUsd).toBeGreaterThan(at(true, 50_000_000));
    expect(answer.assumptions.text.join('; ')).toContain(`Batch API for ${share * 100}% of the tokens, standard tier for the rest`);
  });

  it.each(['gpt-4.1 vs gpt-5 with 30% batch', 'cheapest model at 50M tokens, 30% via batch'])(
    '%j weighs a share on batch where every token is priced one way: said, never priced as if all of it were batch',
    async (text) => {
      const { answer } = await ask(text);
      if (answer.kind !== 'input-problem') throw new Error(`expected an input problem, got ${answer.kind}`);
      expect(answer.problems.join(' ')).toMatch(/^Cannot weigh a share on the Batch API here/);
    },
  );

  it.each(['gpt-4.1 at 50M, 150% of requests via batch', 'gpt-4.1 at 50M, 0.0% via batch'])('%j is no share on batch to price: said, or standard', async (text) => {
    const query = parseText(catalog, text);
    expect(query.batch).toBe(false);
    expect(query.batchShare).toBeUndefined();
    if (text.includes('150%')) expect(query.problems.join(' ')).toMatch(/share from 0% to 100%/);
  });

  it.each(['gpt-4.1 at 50M tokens with 100% batch', 'gpt-4.1 batch at 50M', 'some batch jobs on gpt-4.1 cost?', 'cost for a quarter with batch on gpt-4.1 at 10M'])(
    '%j is batch pricing for all of it',
    (text) => {
      const query = parseText(catalog, text);
      expect([query.batch, query.problems]).toEqual([true, []]);
    },
  );

  it.each(['when were prices last updated?', 'is the data up to date?', 'are prices current?', 'how old is the data'])('%j says how fresh the prices are', async (text) => {
    const { query, answer } = await ask(text);
    expect([answer.kind, query.topic]).toEqual(['help', 'freshness']);
  });

  it('"comparable to X but cheaper" is the models that can stand in for X for less', async () => {
    const { query } = await ask("what's comparable to claude sonnet 4.5 but cheaper?");
    expect([query.intent, query.filters.like, query.filters.cheaperThanLike]).toEqual(['cheapest', 'claude-sonnet-4-5', true]);
  });

  it('"better than X" for a model with no quality index score weighs it on a benchmark it has, and says so', async () => {
    const gpt4o = catalog.byId.get('gpt-4o');
    if (!gpt4o) throw new Error('the catalog needs gpt-4o');
    const scored = gpt4o.benchmarks.map((b) => b.id);
    const { query, answer } = await ask('cheapest model better than gpt-4o');
    if (scored.includes('aa-intelligence-index')) {
      expect(query.filters.benchmarkFloors?.[0]?.benchmark).toBe('aa-intelligence-index');
      return;
    }
    expect(answer.kind).toBe('cheapest');
    const floor = query.filters.benchmarkFloors?.[0];
    expect(floor && scored.includes(floor.benchmark)).toBe(true);
    expect(query.notes?.join(' ')).toContain('gpt-4o has no Artificial Analysis Intelligence Index score');
    // Stand-ins asked for are not narrowed to the few models that one benchmark scores.
    const standIns = parseText(catalog, 'alternatives to gpt-4o');
    expect([standIns.filters.like, standIns.filters.benchmarkFloors]).toEqual(['gpt-4o', undefined]);
  });

  it('a joining word left alone in a command says nothing more; a word not understood still is said', () => {
    const sized = parseText(catalog, '/models cheapest for 10k pdfs of 2k tokens each');
    expect([sized.intent, sized.tokens, sized.problems]).toEqual(['cheapest', 20_000_000, []]);
    expect(parseText(catalog, '/models cheapest for foo').problems.join(' ')).toContain('Not understood in the filters: “for foo”');
  });

  it.each([
    ['estimate monthly cost for 500 users sending 20 messages a day on claude haiku 4.5, 1k tokens per message', 500 * 20 * 1000, 'day', 'claude-haiku-4-5'],
    ['200 agents making 50 calls an hour to gpt-5, each 3k tokens', 200 * 50 * 3000, 'hour', 'gpt-5'],
  ] as const)('%j counts the people too, the size said after the model', (text, perPeriod, period, model) => {
    const query = parseText(catalog, text);
    const expected = parseVolume(`${perPeriod} a ${period}`);
    if (!expected.ok) throw new Error('expected a volume');
    expect([query.models, query.tokens, query.problems]).toEqual([[model], expected.value.tokensPerMonth, []]);
  });

  it.each([
    'if I send a 100k token prompt and get 2k tokens back on claude sonnet 4.5, how much is that?',
    'cost of a 100k token prompt with a 2k token response on claude sonnet 4.5',
  ])('%j is one request of both sides', async (text) => {
    const { query, answer } = await ask(text);
    expect([query.tokens, query.per, (query.mix?.input ?? 0) / (query.mix?.output ?? 1)]).toEqual([102_000, 'request', 50]);
    const model = catalog.byId.get('claude-sonnet-4-5');
    if (!model || answer.kind !== 'cost') throw new Error('expected a cost of claude-sonnet-4-5');
    const price = quotedPrice(model, '2026-12-02');
    expect(answer.monthlyUsd).toBeCloseTo((100_000 * price.input + 2000 * price.output) / 1e6, 10);
  });

  it.each(["we're at 300M tokens/month on claude opus 4.5, what are cheaper options?", 'gpt-5 is too expensive, show me cheaper ones'])(
    '%j asks for the models that can stand in for it for less',
    (text) => {
      const query = parseText(catalog, text);
      expect([query.intent, query.filters.cheaperThanLike, query.models]).toEqual(['cheapest', true, []]);
      expect(query.filters.like).toMatch(/^(?:claude-opus-4-5|gpt-5)$/);
    },
  );

  it('"4.1m" as one side of "vs", the other a model, is that number\'s mini model, said; a volume beside tokens stays one', () => {
    const shorthand = parseText(catalog, '4.1m vs 4o mini');
    expect([shorthand.intent, shorthand.models, shorthand.tokens]).toEqual(['compare', ['gpt-4.1-mini', 'gpt-4o-mini'], null]);
    expect(shorthand.notes).toContain('“4.1m” read as gpt-4.1-mini, not 4.1M tokens');
    expect(parseText(catalog, 'gpt-4o vs 5m').models).toEqual(['gpt-4o', 'gpt-5-mini']);
    expect(parseText(catalog, 'gpt-5 at 5m vs sonnet').tokens).toBe(5_000_000);
    expect(parseText(catalog, '50m vs gpt-5').tokens).toBe(50_000_000);
  });

  it.each([
    ['what languages does gpt-5 support', 'languages'],
    ['does gemini 2.5 pro speak japanese', 'languages'],
    ['is gpt-5 multilingual', 'languages'],
    ['which model supports the most languages?', 'languages'],
    ['is claude sonnet 4.5 available in the EU?', 'regions'],
    ['which regions is claude opus 4.5 available in', 'regions'],
  ] as const)('%j is said to be outside the catalog, with what it can answer instead', async (text, reach) => {
    const { answer } = await ask(text);
    if (answer.kind !== 'cannot-see') throw new Error(`expected cannot-see, got ${answer.kind}`);
    expect(answer.reach).toBe(reach);
    expect(answer.instead.length).toBeGreaterThan(0);
    expect(renderText(answer)).toMatch(/^I can't say which (?:languages|countries or regions)/);
  });

  it('a known name with a word added after it ("o4-mini-high") is suggested, never resolved on its own', async () => {
    const { answer } = await ask('o4-mini-high price');
    if (answer.kind !== 'unknown-model') throw new Error(`expected an unknown model, got ${answer.kind}`);
    expect(renderText(answer)).toContain('Did you mean o4-mini');
    const { resolveModel } = await import('../../src/catalog/resolve.ts');
    const r = resolveModel(catalog, 'o4-mini-high');
    expect([r.kind, r.kind === 'unknown' ? r.suggestions[0]?.id : undefined]).toEqual(['unknown', 'o4-mini']);
  });

  it.each(['when was claude opus 5.5 released and what does it cost?', 'release date and price of gpt-5'])('%j is the card, which has both', (text) => {
    expect(parseText(catalog, text).intent).toBe('model');
  });

  it.each([
    ['which provider is cheapest for llama 3.3 70b?', 'llama-3.3-70b-instruct'],
    ['which host has the lowest price for deepseek v3.2', 'deepseek-v3.2'],
    ['what platform offers gpt-oss-120b cheapest', 'gpt-oss-120b'],
  ])('%j asks where to buy it, cheapest first', async (text, model) => {
    const { answer } = await ask(text);
    if (answer.kind !== 'where') throw new Error(`expected where, got ${answer.kind}`);
    expect(answer.models.map((m) => m.id)).toEqual([model]);
  });

  it('"which is cheapest, a or b?" is still a price of the models, not where to buy them', () => {
    expect(parseText(catalog, 'which is cheapest, gpt-5 or claude sonnet 4.5?').intent).toBe('attribute');
  });

  it('unit prices asked per 1k tokens are quoted per 1K in a price field, a comparison and the gap between two', async () => {
    const asOf = '2026-12-02';
    const per1k = (id: string, field: 'input' | 'output') => perUnit(quotedPrice(catalog.byId.get(id)!, asOf)[field] as number, 'thousand');
    const field = await ask("what's the output price of claude haiku 4.5 per 1k tokens?");
    if (field.answer.kind !== 'attribute') throw new Error(`expected an attribute, got ${field.answer.kind}`);
    expect(field.answer.sentence).toBe(`Output price of Claude Haiku 4.5: ${per1k('claude-haiku-4-5', 'output')}.`);
    const compared = await ask('compare gpt-4o and gpt-4.1 per 1k tokens');
    if (compared.answer.kind !== 'comparison') throw new Error(`expected a comparison, got ${compared.answer.kind}`);
    const input = compared.answer.rows.find((r) => r.key === 'price.input');
    expect([input?.values['gpt-4o']?.text, input?.values['gpt-4.1']?.text]).toEqual([per1k('gpt-4o', 'input'), per1k('gpt-4.1', 'input')]);
    // The figures stay per 1M: only the words change.
    expect(input?.values['gpt-4o']?.value).toBe(quotedPrice(catalog.byId.get('gpt-4o')!, asOf).input);
    const gap = await ask('which is cheaper per 1k tokens, gpt-4o or gpt-4.1?');
    if (gap.answer.kind !== 'attribute') throw new Error(`expected an attribute, got ${gap.answer.kind}`);
    expect(gap.answer.sentence).toMatch(/costs \$[\d.]+\/1K less than/);
    expect(gap.answer.sentence).not.toContain('/1M');
  });

  it.each([
    ['cost for 200 rps of 500 tokens on gpt-4.1-mini', 'cost for 200 requests per second of 500 tokens on gpt-4.1-mini'],
    ['gpt-4.1-mini at 200 req/s, 500 tokens each', 'gpt-4.1-mini at 200 requests per second, 500 tokens each'],
    ['gpt-4.1-mini at 50 qps of 1k tokens', 'gpt-4.1-mini at 50 queries per second of 1k tokens'],
    ['10 rpm of 2k tokens on gpt-5', '10 requests per minute of 2k tokens on gpt-5'],
    ['800 tokens per request at 20 rps on gpt-5-mini', '800 tokens per request at 20 requests per second on gpt-5-mini'],
  ])('%j is a request rate, read as the words written out', (short, words) => {
    const [a, b] = [parseText(catalog, short), parseText(catalog, words)];
    expect(b.tokens).toBeGreaterThan(1_000_000);
    expect([a.intent, a.models, a.tokens]).toEqual([b.intent, b.models, b.tokens]);
  });

  it.each(['does gpt-5 allow 500 rpm?', 'is 10k rpm enough for gpt-5 at tier 4?', "what's the rpm limit for gpt-5?"])(
    '%j, a rate with no size, asks about rate limits, never prices the rate as tokens',
    (text) => {
      const q = parseText(catalog, text);
      expect([q.intent, q.attribute, q.tokens]).toEqual(['attribute', 'rate-limits', null]);
    },
  );

  it.each([
    ['claude sonnet 4.5 1h cache write price', 'price.cacheWrite1h'],
    ['cache write price for 1 hour on claude opus 4.5', 'price.cacheWrite1h'],
    ['claude haiku 4.5 cache write price', 'price.cacheWrite5m'],
  ])('%j asks the price of that cache write', async (text, row) => {
    const { answer } = await ask(text);
    if (answer.kind !== 'attribute') throw new Error(`expected an attribute, got ${answer.kind}`);
    expect(answer.row.key).toBe(row);
  });

  it('the cached input price says how far below the input price it is', async () => {
    const { answer } = await ask("what's the cached input discount on gpt-4.1?");
    if (answer.kind !== 'attribute') throw new Error(`expected an attribute, got ${answer.kind}`);
    const { input, cachedInput } = quotedPrice(catalog.byId.get('gpt-4.1')!, '2026-12-02');
    const share = `${Math.round((100 * ((input as number) - (cachedInput as number))) / (input as number))}%`;
    expect(answer.sentence).toContain(`Cached input is ${share} below GPT-4.1's input price (${perUnit(input as number, 'million')})`);
  });

  it.each(['we have $500/month, which model gives the most tokens?', 'which model gets us the most tokens with decent quality?', 'most tokens for $500 a month'])(
    '%j asks for the lowest price (the most tokens a dollar buys), not the highest score',
    (text) => {
      const q = parseText(catalog, text);
      expect([q.intent, q.order ?? 'price']).toEqual(['cheapest', 'price']);
    },
  );

  it.each(['which model can output the most tokens?', 'which model writes the longest responses'])('%j ranks by maximum output', (text) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.order]).toEqual(['cheapest', 'output']);
  });

  it('a card asked of two models says it takes one', async () => {
    const { answer } = await ask('/models model gpt-5 gpt-4o');
    if (answer.kind !== 'not-understood') throw new Error(`expected not-understood, got ${answer.kind}`);
    expect(answer.problems[0]).toBe('A model card takes one model; got 2.');
  });

  it.each(['when does gpt-4.5 retire?', 'when will gpt-4.5 be retired', 'is gpt-4.5 deprecated'])(
    '%j names the model it does not know without the words about retiring it',
    async (text) => {
      const { answer } = await ask(text);
      if (answer.kind !== 'unknown-model') throw new Error(`expected an unknown model, got ${answer.kind}`);
      expect(renderText(answer)).toMatch(/^No model is called “gpt-4\.5”/);
    },
  );

  it.each([
    ['can gpt-5 read pdfs?', 'gpt-5', 'pdf'],
    ['can claude haiku 4.5 process audio?', 'claude-haiku-4-5', 'audio'],
    ['does gemini 2.5 flash support video input?', 'gemini-2.5-flash', 'video'],
  ] as const)('%j is answered yes or no from its input modalities', async (text, id, modality) => {
    const { answer } = await ask(text);
    if (answer.kind !== 'attribute') throw new Error(`expected an attribute, got ${answer.kind}`);
    const model = catalog.byId.get(id)!;
    const takes = (model.modalities.input as readonly string[]).includes(modality);
    expect(answer.sentence.startsWith(`${model.name}: ${takes ? 'Yes' : 'No'} — `)).toBe(true);
  });

  it.each([
    ['how much does one 100k-token prompt cost on gemini 2.5 pro?', 'gemini-2.5-pro', 100_000],
    ['price of a 1M token prompt on gpt-4.1', 'gpt-4.1', 1_000_000],
  ] as const)('%j prices that one prompt alone, as a request, and says no output is priced', async (text, id, n) => {
    const { answer } = await ask(text);
    if (answer.kind !== 'cost') throw new Error(`expected a cost, got ${answer.kind}`);
    const input = quotedPrice(catalog.byId.get(id)!, '2026-12-02').input as number;
    expect([answer.model, answer.per, answer.tokens, answer.monthlyUsd]).toEqual([id, 'request', n, (input * n) / 1_000_000]);
    expect(renderText(answer)).toContain('no output is priced');
    // Prompts in the plural are a workload's, not one request's.
    expect(parseText(catalog, 'gemini 2.5 pro cost with 300k-token prompts').per).toBeUndefined();
  });

  it('"how much does a 100k token prompt with a 2k token response cost" is one request of both', () => {
    const q = parseText(catalog, 'how much does a 100k token prompt with a 2k token response cost on gemini 2.5 pro?');
    expect([q.per, q.tokens]).toEqual(['request', 102_000]);
  });

  it.each(['price of gpt-5 across all providers', 'llama 3.3 70b price on every provider'])('%j is where to buy it', (text) => {
    expect(parseText(catalog, text).intent).toBe('where');
  });

  it.each([
    ["what's the cost per user per month with 2000 users each sending 30 messages of 800 tokens on gpt-5-mini?", 'gpt-5-mini', 2000 * 30 * 800, 2000, 'a user'],
    ['how much per employee if 500 employees use claude sonnet 4.5 at 100k tokens each per month?', 'claude-sonnet-4-5', 500 * 100_000, 500, 'an employee'],
    ['cost per seat for 50 developers using gpt-5.3-codex at 2M tokens a day each', 'gpt-5.3-codex', 50 * 2_000_000 * (365.25 / 12), 50, 'a developer'],
  ] as const)('%j prices the whole month and says each person’s share', async (text, id, tokens, people, each) => {
    const { answer } = await ask(text);
    if (answer.kind !== 'cost') throw new Error(`expected a cost, got ${answer.kind}`);
    expect([answer.model, answer.tokens]).toEqual([id, tokens]);
    expect(answer.perPerson?.count).toBe(people);
    expect(answer.perPerson?.usd).toBeCloseTo((answer.monthlyUsd as number) / people, 12);
    expect(renderText(answer)).toContain(`${each} a month (`);
  });

  it.each([
    ['monthly cost for 40 devs using claude sonnet 4.5, 1.5M tokens each per day', 'claude-sonnet-4-5', 40 * 1_500_000 * (365.25 / 12), 40],
    ['40 devs on gpt-5: 2M tokens a day each', 'gpt-5', 40 * 2_000_000 * (365.25 / 12), 40],
    ['a dozen agents each using 2M tokens a day on gpt-5', 'gpt-5', 12 * 2_000_000 * (365.25 / 12), 12],
    ['five engineers on gpt-5 mini, 300k tokens each a week', 'gpt-5-mini', 5 * 300_000 * (365.25 / 7 / 12), 5],
    ['how much would a team of 8 spend on claude opus 4.1 using 1M tokens a day each', 'claude-opus-4-1', 8 * 1_000_000 * (365.25 / 12), 8],
    ['a team of twelve engineers on gpt-5, 2M tokens each per day', 'gpt-5', 12 * 2_000_000 * (365.25 / 12), 12],
  ] as const)('%j: people, then what each uses after a comma or with the count in words, is the whole month', async (text, id, tokens, people) => {
    const { answer } = await ask(text);
    if (answer.kind !== 'cost') throw new Error(`expected a cost, got ${answer.kind}`);
    expect([answer.model, answer.per, answer.perPerson?.count]).toEqual([id, 'month', people]);
    expect(answer.tokens).toBeCloseTo(tokens, 3);
  });

  it.each([
    ['we make 3 calls per user per day with 2k tokens each for 10k users on gpt-5 mini', 'gpt-5-mini', 3 * 2000 * 10_000 * (365.25 / 12), 10_000],
    ['5 requests per user a day, 1k tokens each, across 2000 users on claude haiku 4.5', 'claude-haiku-4-5', 5 * 1000 * 2000 * (365.25 / 12), 2000],
    ['20 messages a day per user of 500 tokens for 300 users on gpt-5', 'gpt-5', 20 * 500 * 300 * (365.25 / 12), 300],
    ['how much does it cost to run 5 agents 8 hours a day on claude sonnet 4.5 at 50k tokens per hour each', 'claude-sonnet-4-5', 5 * 8 * 50_000 * (365.25 / 12), 5],
    ['10 developers using gpt-5-codex 6 hours a day, 200k tokens an hour', 'gpt-5-codex', 10 * 6 * 200_000 * (365.25 / 12), 10],
    ['20 devs 40 hours a week with 100k tokens per hour on gpt-5', 'gpt-5', 20 * 40 * 100_000 * (365.25 / 12 / 7), 20],
  ] as const)('%j: what each one uses (requests first, or hours at a rate), times how many people, is the whole month', async (text, id, tokens, people) => {
    const { answer } = await ask(text);
    if (answer.kind !== 'cost') throw new Error(`expected a cost, got ${answer.kind}`);
    expect([answer.model, answer.perPerson?.count]).toEqual([id, people]);
    expect(answer.tokens).toBeCloseTo(tokens, 3);
  });

  it.each([
    ['we send one request per minute to claude haiku 4.5, 2k tokens each', 60 * 24 * (365.25 / 12) * 2000],
    ['we send a request every minute to claude haiku 4.5, 2k tokens each', 60 * 24 * (365.25 / 12) * 2000],
    ['1 call a second on claude haiku 4.5 of 500 tokens', 3600 * 24 * (365.25 / 12) * 500],
    ['two requests a second on claude haiku 4.5 of 1k tokens', 2 * 3600 * 24 * (365.25 / 12) * 1000],
    ['ten messages an hour on claude haiku 4.5, 3k tokens each', 10 * 24 * (365.25 / 12) * 3000],
  ])('%j is a rate of requests, priced over the month (never one request)', async (text, tokens) => {
    const { answer } = await ask(text);
    if (answer.kind !== 'cost') throw new Error(`expected a cost, got ${answer.kind}`);
    expect([answer.model, answer.per]).toEqual(['claude-haiku-4-5', 'month']);
    expect(answer.tokens).toBeCloseTo(tokens, 3);
  });

  it.each(['cost of a request of 2k tokens on gpt-5', 'one request on gpt-5 with 100k tokens'])('%j, with no rate, is still the one request', (text) => {
    expect(parseText(catalog, text).per).toBe('request');
  });

  it('one thing at a rate with no size is asked in the asker’s number, never priced as one request', async () => {
    const { answer } = await ask('what does it cost to run gpt-5 mini for 1 message a day');
    if (answer.kind !== 'input-problem') throw new Error(`expected an input problem, got ${answer.kind}`);
    expect(answer.problems[0]).toMatch(/^“1 message” counts messages, not tokens: .* such as 1 message of 2k tokens each/);
  });

  it.each([
    ['500 calls a day to gpt-5 at 2k tokens', 500 * 2000 * (365.25 / 12)],
    ['10k requests on gpt-5 averaging 800 tokens', 10_000 * 800],
  ])('%j: a size joined to a count after the model’s name is each one’s', (text, tokens) => {
    expect(parseText(catalog, text).tokens).toBeCloseTo(tokens, 3);
  });

  it.each([
    ['gpt-5 at 50M tokens, what if it was 10x more', 500_000_000],
    ['gpt-5 at 50M, what if traffic triples', 150_000_000],
    ['compare gpt-5 and o3 at 50M, what if usage doubles', 100_000_000],
    ['gpt-4.1 at 20M tokens, 10 times more', 200_000_000],
  ])('%j prices that multiple of the volume said, and says so', (text, tokens) => {
    const query = parseText(catalog, text);
    expect(query.tokens).toBe(tokens);
    expect(query.notes?.join(' ')).toMatch(/read as \d+ × \d+M tokens a month/);
  });

  it.each([
    ['gpt-5 at 50M tokens, what if it was 0x more', /^Cannot read “0x more” as a multiple of the volume/],
    ['gpt-5 at 50M tokens, what if it was 1e300x more', /^Cannot price “1e300x more of 50M tokens”: that is no real workload/],
  ])('%j is said, never priced or read as a name', (text, problem) => {
    const query = parseText(catalog, text);
    expect(query.problems[0]).toMatch(problem);
    expect(query.models).toEqual(['gpt-5']);
  });

  it('a share on batch is said as precisely as it was given', async () => {
    const { answer } = await ask('gpt-4.1 at 50M, 99.99% via batch');
    if (answer.kind !== 'bill') throw new Error(`expected a bill, got ${answer.kind}`);
    expect(renderText(answer)).toContain('99.99% through the Batch API');
    expect(answer.assumptions.text.join('; ')).toContain('Batch API for 99.99% of the tokens');
  });

  it.each([
    'gpt-5 at 50M, what if I need 3 times the context',
    'gpt-5 at 50M with 2x more output',
    'is gpt-5 10x cheaper than claude opus 4.1?',
    'half our traffic goes through batch on gpt-4.1, 50M tokens a month',
  ])('%j multiplies no volume', (text) => {
    const query = parseText(catalog, text);
    expect(query.scaleBy).toBeUndefined();
    expect([null, 50_000_000]).toContain(query.tokens);
  });

  it.each([
    ['only input tokens: 100M on gpt-4.1 mini', { input: 1, output: 0 }],
    ['gpt-5 at 50M tokens, output only', { input: 0, output: 1 }],
    ['gpt-5 at 50M tokens with no output', { input: 1, output: 0 }],
  ])('%j puts every token on one side', (text, mix) => {
    expect(parseText(catalog, text).mix).toEqual(mix);
  });

  it('"cost of a 200k context request" is one request whose prompt fills that context, its input alone', async () => {
    const { answer } = await ask('cost of a 200k context request on claude sonnet 4.5');
    if (answer.kind !== 'cost') throw new Error(`expected a cost, got ${answer.kind}`);
    const input = quotedPrice(catalog.byId.get('claude-sonnet-4-5')!, answer.assumptions.asOf).input;
    expect([answer.per, answer.tokens, answer.monthlyUsd]).toEqual(['request', 200_000, (input * 200_000) / 1_000_000]);
    expect(renderText(answer)).toContain('“200K context” read as one 200K-token prompt');
  });

  it.each([
    ['which model gives the best price per intelligence point', 'aa-intelligence-index'],
    ['cheapest model per coding index point', 'aa-coding-index'],
  ])('%j ranks by value on that index', async (text, benchmark) => {
    const { answer } = await ask(text);
    if (answer.kind !== 'cheapest') throw new Error(`expected a ranking, got ${answer.kind}`);
    expect([answer.order, answer.scoredOn?.id]).toEqual(['value', benchmark]);
  });

  it.each([
    ['gpt-5 with 200k context and 2k output per request', 200_000, 2_000],
    ['cost per request on gpt-5 with a 200k context and a 2k answer', 200_000, 2_000],
  ])('%j is one request: its context the prompt, and the answer', (text, input, output) => {
    const q = parseText(catalog, text);
    expect([q.per, q.tokens, q.promptTokens, q.mix, q.filters.minContext]).toEqual(['request', input + output, input, { input: input / output, output: 1 }, undefined]);
  });

  it('a request counted with its context and answer ("6k token context + 300 token answer") is each one’s size', () => {
    const q = parseText(catalog, 'RAG app: 100k queries/day, 6k token context + 300 token answer, cheapest model with 128k context');
    expect([q.intent, q.tokens, q.mix, q.filters.minContext]).toEqual(['cheapest', 100_000 * 6_300 * (365.25 / 12), { input: 20, output: 1 }, 128_000]);
  });

  it('beside a context floor, an output size is a floor too', () => {
    const q = parseText(catalog, 'cheapest model with 128k context and 32k output');
    expect([q.tokens, q.filters.minContext, q.filters.minOutput]).toEqual([null, 128_000, 32_000]);
  });

  it.each([
    ['cost per 1000 requests of 3k tokens on gpt-4.1', 'gpt-4.1', 1000, 'requests', 3000],
    ['price per million requests of 200 tokens on gpt-5-nano', 'gpt-5-nano', 1_000_000, 'requests', 200],
    ['10k summaries of 2k tokens on gpt-5', 'gpt-5', 10_000, 'summaries', 2000],
  ])('%j is the cost of that many, not of a month', async (text, id, n, what, each) => {
    const { answer, command } = await handle({ text, where: LOCAL }, ports);
    if (answer.kind !== 'cost') throw new Error(`expected a cost, got ${answer.kind}`);
    const price = quotedPrice(catalog.byId.get(id)!, answer.assumptions.asOf);
    expect([answer.model, answer.tokens, answer.forCount]).toEqual([id, n * each, { count: n, what }]);
    expect(answer.monthlyUsd).toBeCloseTo((n * each * (0.75 * price.input + 0.25 * price.output)) / 1_000_000, 9);
    const text_ = renderText(answer);
    expect(text_).toContain(` for ${n.toLocaleString('en-US')} ${what} (`);
    expect(text_).not.toMatch(/ a month|a month is 365/);
    expect(answer.assumptions.text[0]).toBe(`${n.toLocaleString('en-US')} ${what} of ${each.toLocaleString('en-US')} tokens (${(n * each).toLocaleString('en-US')} tokens)`);
    // Its command asks the same again.
    const again = await handle({ text: command, where: LOCAL }, ports);
    expect(again.answer.kind === 'cost' && [again.answer.tokens, again.answer.forCount]).toEqual([n * each, { count: n, what }]);
  });

  it.each([
    '10k requests a day of 2k tokens on gpt-5',
    '2000 users sending 30 messages of 800 tokens on gpt-5-mini',
    'cost of 1000 requests of 3k tokens on gpt-4.1 over 6 months',
  ])('%j is still a month (a period, people or a term)', (text) => {
    expect(parseText(catalog, text).forCount).toBeUndefined();
  });

  it.each([
    ['500 documents of 2k tokens each per month on gpt-4.1 mini', 500 * 2000],
    ['2M requests of 1,500 tokens a month on gpt-5', 2_000_000 * 1500],
    ['10k calls at 2k tokens each a day on gpt-5', 10_000 * 2000 * (365.25 / 12)],
  ])('%j: a period after each one’s size is the count’s (it was read as that many, with no month)', (text, tokens) => {
    const q = parseText(catalog, text);
    expect([q.forCount, q.problems]).toEqual([undefined, []]);
    expect(q.tokens).toBeCloseTo(tokens, 0);
  });

  it.each([
    ['our support team answers 3000 emails a day, replies are about 200 tokens, using gpt-5 mini', 3000 * 200],
    ['we get 400 tickets a day and they average 1k tokens, on gpt-5 mini', 400 * 1000],
    ['our support team answers 3000 emails a day, replies are about 150 words, using gpt-5 mini', 3000 * 200],
  ])('%j: what the things are said to be, later, is each one’s size (it was a day of that many tokens)', (text, perDay) => {
    const q = parseText(catalog, text);
    expect(q.problems).toEqual([]);
    expect(q.tokens).toBeCloseTo(perDay * (365.25 / 12), 0);
  });

  it.each([
    ["what's the cheapest model that can handle 500 page PDFs", 'a 150k-token pdf.'],
    ['how much to summarize a 300 page thesis', 'a 150k-token thesis.'],
  ])('%j asks one document’s size in tokens, in the singular', (text, example) => {
    expect(parseText(catalog, text).problems.join(' ')).toContain(`such as ${example}`);
  });

  it('a plan sold per seat by name is still outside the catalog, whatever volume is said', async () => {
    expect((await ask('claude pro subscription cost for 10 seats at 1M tokens')).answer.kind).toBe('cannot-see');
  });

  it.each([
    ['price per million requests of 200 tokens on gpt-5-nano', 1_000_000 * 200],
    ['cost for a thousand calls of 2k tokens on gpt-5', 1000 * 2000],
  ])('%j counts the requests a scale word alone names', (text, tokens) => {
    expect(parseText(catalog, text).tokens).toBe(tokens);
  });

  it('a cost below a dollar keeps two decimals at least', async () => {
    const { requestMoney } = await import('../../src/cost/format.ts');
    expect([requestMoney(0.6), requestMoney(0.0165), requestMoney(0.145), requestMoney(0.0075)]).toEqual(['$0.60', '$0.0165', '$0.145', '$0.0075']);
  });

  it.each(['which model to use for a coding agent that runs in the terminal', 'best model for coding in the terminal', 'best coding model for terminal work'])(
    '%j is the terminal lane: the kind of coding named, not coding in general',
    (text) => {
      expect(parseText(catalog, text).lane).toBe('terminal');
    },
  );

  it.each([
    ['best model for rag over long pdfs', 'long-context'],
    ['best model for long pdfs', 'long-context'],
    ['cheapest model for rag on our docs', 'long-context'],
    ['best model for scanned pdfs', 'vision-docs'],
    ['best model for pdfs', 'vision-docs'],
  ])('%j is the %s lane: retrieval over long documents is long context, reading scans is vision', (text, lane) => {
    const q = parseText(catalog, text);
    // A ranking by price keeps the lane as a filter; the best for a kind of work names it.
    expect(q.lane ?? q.filters.lane).toBe(lane);
  });

  it('coding in general stays the coding lane beside words of a lane that only leans on coding scores', () => {
    expect(parseText(catalog, "what's a solid default model for coding agents on our new api").lane).toBe('api-coding');
  });

  it('"good at" beside a low price is the stated quality floor; a ranking of the best in a lane needs none', () => {
    const floors = (text: string) => parseText(catalog, text).filters.benchmarkFloors ?? [];
    expect(floors('cheapest model that is good at reasoning')).toEqual([{ benchmark: 'aa-intelligence-index', min: 30 }]);
    expect(floors('which models are good at terminal tasks?')).toEqual([]);
  });

  it.each([
    ['cheapest model that is good at reasoning', 'good at'],
    ['good enough model under $1 per million', 'good enough'],
  ])('%j says the floor in the asker’s words', async (text, word) => {
    const { answer } = await ask(text);
    if (answer.kind !== 'cheapest') throw new Error(`expected a ranking, got ${answer.kind}`);
    expect(answer.assumptions.text[0]).toMatch(new RegExp(`^“${word}” read as an Artificial Analysis Intelligence Index of at least 30`));
  });

  it.each([
    ['strongest open weights model for coding', 'aa-coding-index'],
    ['smartest model for coding', 'aa-coding-index'],
    ['smartest model', 'aa-intelligence-index'],
    ['give me the top 5 models by coding benchmark', 'aa-coding-index'],
    ['top 5 models by coding score', 'aa-coding-index'],
    ['rank anthropic models by coding', 'aa-coding-index'],
  ])('%j ranks on %s', (text, index) => {
    const q = parseText(catalog, text);
    expect([q.order, q.filters.scoredOn]).toEqual(['score', index]);
  });

  it('a length in pages ("a 300 page book") is asked in tokens, never priced silently at the default volume', async () => {
    const { answer, query } = await ask('how much does it cost to summarize a 300 page book with claude sonnet 4.5?');
    expect(answer.kind).toBe('input-problem');
    expect(query.problems[0]).toMatch(/^“300 page book” is a length in pages, not tokens/);
    // Ranking the best for such documents still answers, with the length said in a note.
    expect((await ask('best model for summarizing 40-page contracts')).answer.kind).toBe('best');
  });

  it('"which models can take a 900k token prompt?" ranks the models whose input holds it, and says so on each row', async () => {
    const { answer } = await ask('which models can take a 900k token prompt?');
    if (answer.kind !== 'cheapest') throw new Error(`expected a ranking, got ${answer.kind}`);
    expect(answer.ranking.length).toBeGreaterThan(0);
    for (const row of answer.ranking) {
      const model = catalog.byId.get(row.model)!;
      expect(model.maxInput ?? model.contextWindow).toBeGreaterThanOrEqual(900_000);
      expect(row.why[0]).toBe(`takes a 900K-token prompt (max input ${(model.maxInput ?? model.contextWindow).toLocaleString('en-US')})`);
    }
  });

  it.each([
    ['is 128k context enough for gpt-4.1-mini?', 128_000],
    ['does claude haiku 4.5 have at least 500k context?', 500_000],
    ['is a 1M context window enough on gpt-5 vs gemini 2.5 pro?', 1_000_000],
  ])('%j is answered yes or no for each model, from its context window', async (text, floor) => {
    const { answer } = await ask(text);
    if (answer.kind !== 'attribute') throw new Error(`expected an attribute, got ${answer.kind}`);
    for (const id of answer.models) {
      const model = catalog.byId.get(id)!;
      expect(answer.sentence).toContain(`${model.name}: ${model.contextWindow >= floor ? 'Yes' : 'No'} — `);
    }
  });
});

describe('a capability misspelt', () => {
  it.each([
    ['cheapest model w vison', 'vision', 'vison'],
    ['cheapest model with reasonng', 'reasoning', 'reasonng'],
    ['models that support function caling', 'function-calling', 'caling'],
    ['cheapest model with structred outputs', 'structured-outputs', 'structred'],
  ])('%j is read as asking for %s, and says how it read the word', (text, need, typed) => {
    const q = parseText(catalog, text);
    expect(q.filters.need, text).toContain(need);
    expect(q.notes?.join(' '), text).toMatch(new RegExp(`“${typed}” read as “`));
  });

  it('never corrects a word of a model’s name, a short word, or one asked for nothing', () => {
    expect(parseText(catalog, 'which has more output tokens, claude opus 4.1 or gpt-5').attribute).not.toBeNull();
    expect(parseText(catalog, 'models with more than 200k output tokens').filters.minOutput).toBe(200_000);
    expect(parseText(catalog, 'cheapest model with telepathy').filters.need).toBeUndefined();
    expect(parseText(catalog, 'compare gpt-5 with o3').models).toEqual(['gpt-5', 'o3']);
  });
});

describe('a move said as going from one model to another', () => {
  it('"what do I lose going from gemini 2.5 pro to gemini 2.5 flash?" is the move, gains and losses', () => {
    const q = parseText(catalog, 'what do I lose going from gemini 2.5 pro to gemini 2.5 flash?');
    expect([q.intent, q.models]).toEqual(['upgrade', ['gemini-2.5-pro', 'gemini-2.5-flash']]);
    // Going from one volume to another is no move between models.
    expect(parseText(catalog, 'gpt-5 vs o3 going from 10M to 100M tokens').intent).toBe('compare');
  });

  it('"gpt-4o successor" asks what came after it in its line, as "what replaces gpt-4o?" does', () => {
    for (const text of ['gpt-4o successor', 'what replaces gpt-4o?']) {
      const q = parseText(catalog, text);
      expect([q.intent, q.order, q.filters.families], text).toEqual(['cheapest', 'newest', ['gpt']]);
    }
  });
});

describe('what a ranking is asked to have, read as nothing', () => {
  it.each(['cheapest model with telepathy', 'cheapest model with long memory', 'best model with great vibes'])(
    '%j says the words were read as no filter, and what the catalog can filter on',
    (text) => {
      const q = parseText(catalog, text);
      expect(q.notes?.join(' '), text).toMatch(/“with [^”]+” was read as no filter: the catalog records capabilities/);
    },
  );

  it.each([
    'cheapest model with vision',
    'cheapest model with tool use',
    'cheapest model with open weights',
    'which models support the batch api?',
    'what is the best model for a customer support bot?',
    'cheapest model with low latency',
    'is there anything cheaper than claude-sonnet-4-5 with the same capabilities?',
  ])('%j, read as something, says nothing of the kind', (text) => {
    expect(parseText(catalog, text).notes?.join(' ') ?? '', text).not.toContain('was read as no filter');
  });
});

describe('prices by the hour', () => {
  it.each([
    'is deepseek cheaper at night?',
    'deepseek off-peak pricing',
    'is gpt-5 cheaper on weekends',
    'does gemini charge for cache storage?',
    'how much is cache storage on gemini 2.5 pro per hour',
  ])('%j is said to be outside the catalog, with commands that read as asked instead', async (text) => {
    const { answer } = await ask(text);
    if (answer.kind !== 'cannot-see') throw new Error(`expected cannot-see, got ${answer.kind}`);
    expect(answer.reach).toBe('price-terms');
    expect(renderText(answer)).toMatch(/^I can't price by the hour/);
    for (const { command } of answer.instead) {
      const q = parseText(catalog, command);
      expect([q.intent === 'unknown', q.problems], command).toEqual([false, []]);
    }
  });

  it('cached input asked is not a price by the hour', async () => {
    expect((await ask('cheapest model with 50% cached input')).answer.kind).toBe('cheapest');
    expect((await ask('gpt-5 cached input price')).answer.kind).not.toBe('cannot-see');
  });
});

describe('sizes and live status', () => {
  it.each([
    ['biggest model by parameters', []],
    ['how many parameters does llama 3.3 70b have', ['llama-3.3-70b-instruct']],
    ["what's the parameter count of gpt-5", ['gpt-5']],
  ])('%j is said to be outside the catalog, with the models named by id', async (text, models) => {
    const { answer } = await ask(text);
    if (answer.kind !== 'cannot-see') throw new Error(`expected cannot-see, got ${answer.kind}`);
    expect([answer.reach, answer.models]).toEqual(['parameters', models]);
    expect(renderText(answer)).toMatch(/^I can't say how many parameters a model has/);
    for (const id of models) expect(answer.instead.map((i) => i.command)).toContain(`/models model ${id}`);
  });

  it('a model named in words is down or up right now: live status, not its card', async () => {
    for (const text of ['is sonnet 4.5 down?', 'is the gpt-5 api down right now']) {
      const { answer } = await ask(text);
      expect([answer.kind, answer.kind === 'cannot-see' && answer.reach], text).toEqual(['cannot-see', 'status']);
    }
    const vram = await ask('how much VRAM do I need for llama 3.3 70b?');
    expect(vram.answer.kind === 'cannot-see' && vram.answer.models).toEqual(['llama-3.3-70b-instruct']);
  });
});

describe('a move said in the past tense', () => {
  it.each([
    ['what would our bill be if we moved 100M tokens from sonnet 4.5 to sonnet 5.5', ['claude-sonnet-4-5', 'claude-sonnet-5-5'], 100_000_000],
    ['if we switched from gpt-4o to gpt-5 what would we save', ['gpt-4o', 'gpt-5'], null],
    ['we swapped haiku 4.5 for haiku 5.5, how much cheaper is it?', ['claude-haiku-4-5', 'claude-haiku-5-5'], null],
    ['if we went from o3 to gpt-5', ['o3', 'gpt-5'], null],
  ])('%j is the move, from the first model to the second', (text, models, tokens) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.models, q.tokens]).toEqual(['upgrade', models, tokens]);
  });
});
