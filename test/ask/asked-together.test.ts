// Two things asked in one breath (new models beside price moves), a spec's ranking asked with no word for models, and
// a score asked of no benchmark.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { parseText } from '../../src/ask/index.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-12-06T12:00:00Z'), logger: createLogger('error') };
const ask = (text: string) => handle({ text, where: LOCAL }, ports);

describe('new models and price moves asked together', () => {
  it.each([
    ['price cuts and new releases since october', 'cut'],
    ['new models and price cuts since october', 'cut'],
    ['any price hikes or new models since october?', 'increase'],
  ])('%s: those moves and the new models', async (text, direction) => {
    const { query, answer, command } = await ask(text);
    expect(query.digest).toMatchObject({ action: 'preview', direction, newModels: true });
    if (answer.kind !== 'digest') throw new Error(answer.kind);
    expect(answer.added.length).toBeGreaterThan(0);
    for (const c of answer.changes) expect(c.direction).toBe(direction);
    expect(answer.deprecated).toEqual([]);
    expect(renderText(answer).split('\n')[0]).toMatch(direction === 'cut' ? /^Price cuts and new models: / : /^Price increases and new models: /);
    // The command reads back as asked.
    expect(renderText((await ask(command)).answer)).toBe(renderText(answer));
  });

  it('new models among those that moved stay a question of moves', () => {
    expect(parseText(catalog, 'which new models got cheaper this year?').digest).not.toHaveProperty('newModels');
  });

  it('a quiet window says neither came', async () => {
    const { answer } = await ask('new models and price cuts on december 3');
    expect(renderText(answer)).toContain('No price cuts or new models');
  });
});

describe('a spec ranked with no word for models', () => {
  it.each([
    ['longest output limit', 'output'],
    ['largest output limit?', 'output'],
    ['highest throughput', 'speed'],
    ['most recent knowledge cutoff', 'cutoff'],
  ])('%s', (text, order) => {
    expect(parseText(catalog, text)).toMatchObject({ intent: 'cheapest', order });
  });
});

describe('a score asked of no benchmark', () => {
  it.each(['cheapest model with at least 90% on any benchmark', 'cheapest model with a score above 1400', 'cheapest model with 70% on the benchmarks'])(
    '%s: said, with the benchmarks there are, not dropped',
    async (text) => {
      const { answer } = await ask(text);
      expect(answer.kind).toBe('input-problem');
      expect(renderText(answer)).toMatch(/” names no benchmark: .*Benchmarks it carries: .*Aider polyglot \(aider-polyglot\)/);
    },
  );

  it('a score on a benchmark named is its floor', () => {
    expect(parseText(catalog, 'cheapest model with at least 80% on aider polyglot').filters.benchmarkFloors).toEqual([{ benchmark: 'aider-polyglot', min: 80 }]);
  });
});

describe('a mix said as a share of the tokens, and a gap asked as how much more', () => {
  it.each([
    ['cost of gpt-5 if 100% of tokens are output', { input: 0, output: 1 }],
    ['gpt-5 where 80% of our tokens are input', { input: 4, output: 1 }],
    ['cost of gpt-5, all of our traffic is output', { input: 0, output: 1 }],
    ['most of our traffic was output on gpt-5', { input: 1, output: 9 }],
  ])('%s', (text, mix) => {
    expect(parseText(catalog, text)).toMatchObject({ intent: 'cost', models: ['gpt-5'], mix });
  });

  it('"what if all our traffic was input?" after a comparison asks it at that mix', async () => {
    const first = await ask('compare gpt-5 and o3');
    const next = await handle({ text: 'what if all our traffic was input?', where: LOCAL, previous: first.asked }, ports);
    expect(next.query).toMatchObject({ intent: 'compare', models: ['gpt-5', 'o3'], mix: { input: 1, output: 0 } });
  });

  it.each(['what percentage more does sonnet 4.5 cost than haiku 4.5?', 'how much more does sonnet 4.5 cost than haiku 4.5?'])('%s: the price gap', async (text) => {
    const { query, answer } = await ask(text);
    expect([query.intent, query.attribute]).toEqual(['attribute', 'price']);
    expect(renderText(answer)).toContain('Claude Sonnet 4.5 costs 3× as much');
  });
});

describe("the digest's state asked, and how to use the bot", () => {
  it.each(['digest status', 'is the digest on?', "what's our digest schedule?", 'are we subscribed to the digest?', 'do we get a weekly digest?', 'is the digest off?'])(
    '%s: the subscription shown, never changed',
    (text) => {
      expect(parseText(catalog, text)).toMatchObject({ intent: 'digest', digest: { action: 'status' } });
    },
  );

  it.each([
    ['send the digest every friday at 9am berlin time', 5, '09:00', 'Europe/Berlin'],
    ['send the digest on mondays at 8 in new york', 1, '08:00', 'America/New_York'],
    ['set up a digest on tuesday at 10am tokyo time', 2, '10:00', 'Asia/Tokyo'],
    ['send the digest every friday at 9am central european time', 5, '09:00', 'Europe/Berlin'],
    ['send the digest every friday at 9am central time', 5, '09:00', 'America/Chicago'],
  ])("%s: a city or a zone in words is the schedule's zone", (text, weekday, localTime, timeZone) => {
    expect(parseText(catalog, text).digest).toEqual({ action: 'on', weekday, localTime, timeZone });
  });

  it('a zone that is none is said, not left to become UTC', () => {
    const q = parseText(catalog, 'send the digest every friday at 9am gotham time');
    expect(q.digest ?? null).toBeNull();
    expect(q.problems).toEqual([expect.stringContaining('Cannot read “gotham time” as a time zone')]);
  });

  it.each([
    ['turn on the digest', 'on'],
    ['schedule the digest for monday 9am', 'on'],
    ['stop the digest', 'off'],
    ["what's in the digest this week?", 'preview'],
  ])('%s: %s', (text, action) => {
    expect(parseText(catalog, text).digest?.action).toBe(action);
  });

  it.each(['are you watching gpt-5?', 'is gpt-5 being watched?', 'do we have any alerts?', 'what alerts are set?', 'are we tracking anything?'])(
    '%s: the watches listed, none added',
    (text) => {
      expect(parseText(catalog, text)).toMatchObject({ intent: 'watch', watch: { action: 'list' } });
    },
  );

  it.each(['how do I compare models?', 'how do I set a budget?', 'how do i watch a model?', 'how can we track prices?'])('%s: help', (text) => {
    expect(parseText(catalog, text).intent).toBe('help');
  });

  it('how to compare two models named is their comparison', () => {
    expect(parseText(catalog, 'how do I compare gpt-5 and o3?')).toMatchObject({ intent: 'compare', models: ['gpt-5', 'o3'] });
  });
});

describe('a bound written as a sign', () => {
  it.each([
    ['cheapest model < $1', { maxMonthlyUsd: 1 }],
    ['cheapest model <$500/month at 100M tokens', { maxMonthlyUsd: 500 }],
    ['models <= 50 cents per million output', { maxOutputPerMillion: 0.5 }],
    ['models with < 32k context', { maxContext: 32_000 }],
    ['models with < 8k output', { maxOutput: 8000 }],
  ])('%s', (text, filters) => {
    expect(parseText(catalog, text).filters).toEqual(filters);
  });
});

describe('a bound said through its opposite, and a price near a figure', () => {
  it.each([
    ['cheapest model costing no more than $3 per million', { maxPerMillion: 3 }],
    ['models with no less than 200k context', { minContext: 200_000 }],
    ['cheapest model no more than $5 a month', { maxMonthlyUsd: 5 }],
    ['cheapest model with not more than $2 output', { maxOutputPerMillion: 2 }],
    ['models no slower than 100 tokens per second', { minSpeed: 100 }],
    ['cheapest model with an aider score no lower than 60', { benchmarkFloors: [{ benchmark: 'aider-polyglot', min: 60 }] }],
  ])('%s', (text, filters) => {
    expect(parseText(catalog, text).filters).toEqual(filters);
  });

  it.each(['cheapest model around $1', 'cheapest model ~ $2', 'best coding model around $5 per million'])('%s: said to bound nothing', (text) => {
    const q = parseText(catalog, text);
    expect(q.notes?.join(' ')).toMatch(/” was read as no bound: a price is bounded with under or over, such as under \$\d/);
  });
});

describe('a span from one figure or month to another', () => {
  it.each([
    ['models with 100k-300k context', { minContext: 100_000, maxContext: 300_000 }],
    ['models with 128k to 256k context window', { minContext: 128_000, maxContext: 256_000 }],
    ['cheapest model up to $3 per million', { maxPerMillion: 3 }],
    ['models up to $5 a month', { maxMonthlyUsd: 5 }],
  ])('%s', (text, filters) => {
    const q = parseText(catalog, text);
    expect(q.filters).toEqual(filters);
    expect(q.tokens).toBeNull();
  });

  it.each([
    ['models released between march and june 2026', { from: '2026-03-01', to: '2026-07-01' }],
    ['models released from march to june 2026', { from: '2026-03-01', to: '2026-07-01' }],
    ['models released jan–mar 2026', { from: '2026-01-01', to: '2026-04-01' }],
    ['models released between 2026-03-01 and 2026-06-30', { from: '2026-03-01', to: '2026-07-01' }],
    ['cheapest model released between march and june', { fromDay: { month: 3, day: 1 }, toDay: { month: 6, day: 30 } }],
  ])('%s: released in those months, both whole', async (text, range) => {
    const { query, answer, command } = await ask(text);
    expect(query.released).toEqual({ range });
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    expect(answer.ranking.length).toBeGreaterThan(0);
    const [first, last] = 'from' in range ? [range.from, range.to] : ['2026-03-01', '2026-07-01'];
    for (const row of answer.ranking) {
      const released = catalog.byId.get(row.model)?.released ?? '';
      expect(released >= first && released < last, `${row.model} ${released}`).toBe(true);
    }
    expect(renderText((await ask(command)).answer)).toBe(renderText(answer));
  });

  it('the digest over months: from the first day of one to the last of the other', () => {
    expect(parseText(catalog, 'what changed between october and november?').digest).toEqual({
      action: 'preview',
      range: { fromDay: { month: 10, day: 1 }, toDay: { month: 11, day: 30 } },
    });
  });
});

describe('the best of the models with a capability no lane ranks', () => {
  it.each([
    ['best model for speech to text', { inputModalities: ['audio'] }, 'speech to text'],
    ['recommend a model for transcribing podcasts', { inputModalities: ['audio'] }, 'transcribing podcasts'],
    ['best model with audio input', { inputModalities: ['audio'] }, undefined],
    ['top model with web search', { need: ['web-search'] }, undefined],
  ])('%s: on the broadest quality index, among those that have it', async (text, filters, work) => {
    const { query, answer } = await ask(text);
    expect(query).toMatchObject({ intent: 'cheapest', order: 'score', filters: { ...filters, scoredOn: 'aa-intelligence-index' } });
    if (work) expect(query.notes?.join(' ')).toContain(`no benchmark in the catalog measures “${work}”`);
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    const scores = answer.ranking.map((r) => r.score?.value ?? 0);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it.each(['which model for transcribing audio calls', 'cheapest model for transcription'])('%s: by price, as asked', (text) => {
    expect(parseText(catalog, text)).toMatchObject({ intent: 'cheapest', order: 'price', filters: { inputModalities: ['audio'] } });
  });
});

describe('prompts of a size asked of one model, cached tokens, and hosts at a volume', () => {
  it('a prompt size said of a model alone is its cost at that size', () => {
    expect(parseText(catalog, 'gemini 2.5 pro at 300k token prompts')).toMatchObject({ intent: 'cost', models: ['gemini-2.5-pro'], promptTokens: 300_000 });
  });

  it.each([
    ['can gpt-5 take 300k token prompts?', 'No — a 300,000-token prompt does not fit its maximum input of 272,000 tokens'],
    ['does gpt-5 accept 100k token prompts?', 'Yes — a 100,000-token prompt fits its maximum input of 272,000 tokens'],
    ['can gemini 2.5 pro handle a 2M token prompt?', 'No — a 2,000,000-token prompt does not fit its context window of 1,048,576 tokens'],
  ])('%s', async (text, said) => {
    const { query, answer } = await ask(text);
    expect([query.intent, query.attribute]).toEqual(['attribute', 'max-input']);
    expect(renderText(answer)).toContain(said);
  });

  it('a surcharge asked past a size: priced at a prompt just past it, a model with none said', () => {
    const q = parseText(catalog, 'is there a surcharge over 200k tokens for gpt-5?');
    expect([q.intent, q.promptTokens, q.tokens]).toEqual(['cost', 200_001, null]);
    expect(q.notes).toContain('gpt-5 publishes no long-context price: the same prices at any prompt size that fits its context window');
  });

  it.each([
    ['price of 1 billion cached tokens on sonnet 4.5', 1_000_000_000, { input: 1, output: 0 }, 1],
    ['cost of 500M cached input tokens on gpt-5', 500_000_000, { input: 1, output: 0 }, 1],
    ['gpt-5 at 100M tokens mix 4:1, 40M of them cached', 100_000_000, { input: 4, output: 1 }, 0.5],
  ])('%s', (text, tokens, mix, cachedShare) => {
    expect(parseText(catalog, text)).toMatchObject({ intent: 'cost', tokens, mix, cachedShare });
  });

  it('more cached than the input is said', () => {
    expect(parseText(catalog, 'gpt-5 at 100M tokens, 90M of them cached').problems).toEqual([
      "90M tokens cached is more than the month's 75M input tokens (only input is read from the cache): give fewer, or a share such as 50% cached.",
    ]);
  });

  it('a model on a host at a volume is what buying it there costs', () => {
    expect(parseText(catalog, 'gpt-5 on azure at 100M tokens')).toMatchObject({ intent: 'where', tokens: 100_000_000, filters: { hosts: ['azure'] } });
  });
});

describe('a model as the measure: closest to it, scoring above it, at a share of its price', () => {
  it.each([
    ["what's the closest open model to gpt-5?", { openWeights: true, like: 'gpt-5' }],
    ['which google model is closest to gpt-5?', { providers: ['google'], like: 'gpt-5' }],
    ['gpt-5 mini vs its closest competitor', { like: 'gpt-5-mini' }],
  ])('%s: what stands in for it', (text, filters) => {
    expect(parseText(catalog, text)).toMatchObject({ intent: 'cheapest', filters });
  });

  it("the cheapest that scores higher than a model on a benchmark: above that model's score there", () => {
    expect(parseText(catalog, "what's the cheapest model that scores higher than gpt-5 on aider?").filters.benchmarkFloors).toEqual([{ benchmark: 'aider-polyglot', min: 88.1 }]);
  });

  it.each([
    ['is there a model as good as sonnet 4.5 at half the price?', 'claude-sonnet-4-5', 0.5],
    ['anything as good as gpt-5 for a third of the cost?', 'gpt-5', 1 / 3],
  ])('%s: at most that share of its month', async (text, like, share) => {
    const { query, answer, command } = await ask(text);
    expect(query.filters.like).toBe(like);
    expect(query.filters.likeShare).toBeCloseTo(share, 9);
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    const reference = answer.reference?.monthlyUsd ?? 0;
    for (const row of answer.ranking) expect(row.monthlyUsd ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(reference * share + 1e-9);
    expect(answer.excluded.some((e) => e.filter === 'likeShare')).toBe(true);
    const again = (await ask(command)).query.filters;
    expect(again.like).toBe(like);
    expect(again.likeShare).toBeCloseTo(share, 4);
  });
});

describe('anything free', () => {
  it.each(['anything free?', 'is there anything free?', "is there anything free that's decent?"])('%s: the free endpoints', (text) => {
    expect(parseText(catalog, text)).toMatchObject({ intent: 'cheapest', filters: { free: true } });
  });
});

describe('output speed is not output size; counting models lists them', () => {
  it.each([
    ['which model has the highest output speed?', 'speed'],
    ['highest output tokens per second', 'speed'],
    ['which model has the highest output limit?', 'output'],
  ])('%s: %s', (text, order) => {
    expect(parseText(catalog, text)).toMatchObject({ intent: 'cheapest', order });
  });

  it('"count models with vision" lists every model with vision', () => {
    expect(parseText(catalog, 'count models with vision')).toMatchObject({ intent: 'cheapest', order: 'price', filters: { need: ['vision'] } });
  });
});

describe("a benchmark's leaderboard asked for its cheapest", () => {
  it.each([
    ['cheapest model on the aider leaderboard', 'aider-polyglot', 'price'],
    ['top models on swe-bench pro', 'swe-bench-pro', 'score'],
  ])('%s', (text, scoredOn, order) => {
    expect(parseText(catalog, text)).toMatchObject({ intent: 'cheapest', order, filters: { scoredOn } });
  });
});

describe('what cannot be read, said once', () => {
  it('a volume that is none lists the volumes it could be once', async () => {
    const said = renderText((await ask('cost of gpt-5 at 0 tokens')).answer);
    expect(said.split('50M, 50m, 50 million').length).toBe(2);
    expect(said).toContain('Mixes: 3:1');
  });

  it('a model set against itself is said, not looked up', async () => {
    const { answer } = await ask('compare gpt-5 with itself');
    expect(answer.kind).toBe('input-problem');
    expect(renderText(answer)).toContain('gpt-5 set against itself compares nothing: name another model, such as /compare gpt-5 o3.');
  });
});

describe('commands that read back as asked', () => {
  it.each(["what's replacing gpt-4o?", 'which gemini is best for coding?', 'how does gpt-5.3-codex do on terminal bench?', 'which models work in codex?'])('%s', async (text) => {
    const first = await ask(text);
    const again = await ask(first.command);
    expect(again.query.filters).toEqual(first.query.filters);
    expect(again.command).toBe(first.command);
    expect(renderText(again.answer).split('\n')[0]).toBe(renderText(first.answer).split('\n')[0]);
  });
});
