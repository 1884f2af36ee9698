// Questions a budget answers in tokens ("tokens per dollar", "$100 worth of tokens"), a best pick's command that keeps
// what narrowed it, and a benchmark named once in what a floor cannot be set on.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { parseText } from '../../src/ask/index.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-12-06T12:00:00Z'), logger: createLogger('error') };
const ask = (text: string) => handle({ text, where: LOCAL }, ports);

describe('what a budget buys, said as tokens per dollar or a worth of tokens', () => {
  it.each([
    ['tokens per dollar for gpt-5 nano', 1],
    ['how many tokens per dollar does gpt-5 nano give?', 1],
    ["what's $100 worth of tokens on claude haiku 4.5?", 100],
    ['$250 worth of usage on gpt-5 mini', 250],
  ])('%s: what $%d buys', async (text, budget) => {
    const { query, answer } = await ask(text);
    expect(query.intent).toBe('cost');
    expect(query.budget).toBe(budget);
    expect(renderText(answer)).toMatch(/ buys [\d.]+[kMB]? tokens/);
  });

  it('of two models, what a dollar buys of each', async () => {
    const { query, answer } = await ask('tokens per dollar: gpt-5 mini or gemini 2.5 flash?');
    expect(query.intent).toBe('attribute');
    expect(query.budget).toBe(1);
    expect(renderText(answer)).toMatch(/^\$1\.00 a month buys [\d.]+M tokens of GPT-5 Mini and [\d.]+M tokens of Gemini 2\.5 Flash/);
  });

  it('a volume with a price cap is still a ranking', () => {
    expect(parseText(catalog, 'cheapest model, 50M tokens for $100').intent).toBe('cheapest');
  });
});

describe("a best pick's command keeps what narrowed it", () => {
  it.each([
    ['best model for coding from anthropic', 'from anthropic'],
    ['best open weights model for coding', 'open weights'],
    ['best model for chat under $1 per million', 'under $1 per million'],
    ['top 3 models for coding', 'top 3'],
  ])('%s: %s', async (text, words) => {
    const first = await ask(text);
    expect(first.command).toContain(words);
    const again = await ask(first.command);
    expect(again.query.filters).toEqual(first.query.filters);
    expect(again.query.top).toBe(first.query.top);
    expect(renderText(again.answer)).toBe(renderText(first.answer));
  });

  it('the picks re-run from the command are all from the maker asked', async () => {
    const again = await ask((await ask('best model for coding from anthropic')).command);
    if (again.answer.kind !== 'best') throw new Error(again.answer.kind);
    expect(again.answer.picks.length).toBeGreaterThan(0);
    for (const p of again.answer.picks) expect(catalog.byId.get(p.model)?.provider).toBe('anthropic');
  });
});

it('a floor on a benchmark a model has no score on names the benchmark once', () => {
  const q = parseText(catalog, 'models with higher lmarena score than gpt-5 under $5');
  expect(q.problems.join(' ')).toMatch(/gpt-5 has no LMArena text score to compare/);
  expect(q.problems.join(' ')).not.toMatch(/score score/);
});

describe('what came out in a window: the models released, not what prices did', () => {
  const releasedIn = (from: string, to: string) => catalog.models.filter((m) => m.released !== undefined && m.released >= from && m.released <= to);

  it('"what models came out in october?" lists every model released that month and no price change', async () => {
    const { query, answer, command } = await ask('what models came out in october?');
    expect(query.digest).toMatchObject({ action: 'preview', range: { month: 10 }, newModels: true });
    if (answer.kind !== 'digest') throw new Error(answer.kind);
    expect(answer.changes).toEqual([]);
    expect(answer.ahead).toEqual([]);
    const october = releasedIn('2026-10-01', '2026-10-31').map((m) => m.id);
    expect(october.length).toBeGreaterThan(0);
    expect(answer.added.map((a) => a.model).sort()).toEqual(october.sort());
    const text = renderText(answer);
    expect(text).toMatch(/^New models: Oct 1 – Oct 31, 2026/);
    expect(text).not.toMatch(/Biggest|Price changes ahead/);
    // The same answer from its command, and a month named alone after it keeps to new models.
    expect(renderText((await ask(command)).answer)).toBe(text);
    const previous = (await ask('what models came out in october?')).asked;
    const september = await handle({ text: 'and september?', where: LOCAL, previous }, ports);
    expect(september.query.digest).toMatchObject({ range: { month: 9 }, newModels: true });
    if (september.answer.kind !== 'digest') throw new Error(september.answer.kind);
    expect(september.answer.added.map((a) => a.model).sort()).toEqual(
      releasedIn('2026-09-01', '2026-09-30')
        .map((m) => m.id)
        .sort(),
    );
  });

  it('a week with none says so, and names the latest release', async () => {
    const text = renderText((await ask('any new models this week?')).answer);
    expect(text).toMatch(/No new models this week\. The latest model in the catalog is .+, released \d{4}-\d{2}-\d{2}\./);
  });

  it('asked with prices, it is the whole digest', async () => {
    for (const text of ["what's new this week?", 'what changed in prices this week?']) expect((await ask(text)).query.digest).not.toHaveProperty('newModels');
  });
});

it('a stand-in asked "without vision" is not asked to take images', async () => {
  const { answer } = await ask('anything cheaper than gpt-5 mini without vision');
  if (answer.kind !== 'cheapest') throw new Error(answer.kind);
  expect(answer.ranking.length).toBeGreaterThan(0);
  const reference = catalog.byId.get('gpt-5-mini');
  for (const r of answer.ranking) {
    const m = catalog.byId.get(r.model);
    expect(m?.capabilities.vision).not.toBe(true);
    expect(m?.contextWindow).toBeGreaterThanOrEqual(reference?.contextWindow ?? 0);
    expect(r.monthlyUsd).toBeLessThan(0.6875);
  }
});

describe('models compared on a host, at its prices', () => {
  it('"compare … on deepinfra" bills each at what that host charges, named with it, and reads back from its command', async () => {
    const first = await ask('llama 4 maverick vs qwen3 235b on deepinfra at 100M tokens');
    expect(first.query.intent).toBe('compare');
    expect(first.query.filters.hosts).toEqual(['deepinfra']);
    if (first.answer.kind !== 'comparison') throw new Error(first.answer.kind);
    for (const id of first.answer.models) {
      const route = catalog.byId.get(id)?.routes.find((r) => r.platform === 'deepinfra' && r.input !== undefined);
      expect(route).toBeDefined();
      expect(first.answer.names[id]).toMatch(/ on DeepInfra$/);
      const input = first.answer.rows.find((r) => r.key === 'price.input')?.values[id]?.value;
      expect(input).toBe(route?.input);
    }
    const text = renderText(first.answer);
    expect(text).toMatch(/priced on DeepInfra — /);
    expect(first.command).toMatch(/ on deepinfra\b/);
    const again = (await ask(first.command)).answer;
    if (again.kind !== 'comparison') throw new Error(again.kind);
    expect(again.rows).toEqual(first.answer.rows);
  });

  it('a host that sells a model at its maker’s price says so', async () => {
    const text = renderText((await ask('compare gpt-5 and o3 on azure')).answer);
    expect(text).toMatch(/^GPT-5 on Azure vs o3 on Azure/);
    expect(text).toMatch(/gpt-5: Azure \(as gpt-5\) at OpenAI's price/);
  });

  it('a model the host does not sell is said, with where it is sold', async () => {
    const { answer } = await ask('compare gpt-5 and o3 on bedrock');
    expect(answer.kind).toBe('input-problem');
    expect(renderText(answer)).toMatch(/gpt-5 is not sold on Amazon Bedrock in the catalog \(it is sold by OpenAI, .*Azure\)/);
  });

  it('whether a host sells them is still a yes or no', async () => {
    expect((await ask('are gpt-5 and o3 on bedrock?')).answer.kind).toBe('fact');
  });
});

describe('how lanes decide, asked in words', () => {
  it.each(['how do you pick the best model for a lane?', 'what does "untested" mean?', 'what does proxy mean?', 'how do lanes work?'])(
    '%s: the lanes explained, with each call',
    async (text) => {
      const { query, answer } = await ask(text);
      expect(query.intent).toBe('help');
      expect(query.topic).toBe('lanes');
      const said = renderText(answer);
      expect(said).toMatch(/A model's call on a lane: no when it lacks one of the lane's needs/);
      expect(said).toMatch(/untested when it has no score/);
      expect(said).toMatch(/proxies are shared \(benchmarks of related work/);
    },
  );

  it('a lane named is that lane’s rule', async () => {
    const { query, answer } = await ask('how does the terminal lane decide?');
    expect(query).toMatchObject({ intent: 'help', topic: 'lanes', lane: 'terminal' });
    expect(renderText(answer)).toMatch(/^terminal: Terminal-heavy engineering\./);
  });

  it('"the most accurate model" is no benchmark the catalog carries, said', async () => {
    const { answer } = await ask('which is the most accurate model?');
    expect(answer.kind).toBe('cannot-see');
    expect(renderText(answer)).toMatch(/no benchmark the catalog carries measures hallucination or factual accuracy/);
    expect((await ask('most reliable model for extraction')).answer.kind).toBe('best');
  });
});

it('"why not claude opus 5?" after a lane\'s picks sets its first pick against that model, that lane\'s call first', async () => {
  const best = await ask('best model for coding');
  if (best.answer.kind !== 'best') throw new Error(best.answer.kind);
  const first = best.answer.picks[0]?.model as string;
  const why = await handle({ text: 'why not claude opus 5?', where: LOCAL, previous: best.asked }, ports);
  expect(why.query.intent).toBe('compare');
  expect(why.query.filters.excludeModels).toBeUndefined();
  if (why.answer.kind !== 'comparison') throw new Error(why.answer.kind);
  expect([...why.answer.models].sort()).toEqual(['claude-opus-5', first].sort());
  expect(why.answer.focus).toBe(best.query.lane);
  expect(renderText(why.answer)).toMatch(/^Claude Opus 5 vs .+\n\nFor new API default for coding workers: /);
});

describe('a price alone, asked whether it is cheap', () => {
  it.each([
    ['is $0.50 per million input cheap?', 0.5, 'input'],
    ['is $2/M output expensive?', 2, 'output'],
    ['is $3 per million a good price?', 3, 'blended at 3:1'],
  ])('%s: set against every current model on that side', async (text, price, side) => {
    const { query, answer } = await ask(text);
    expect(query.intent).toBe('cheapest');
    expect(query.spreadAgainstPrice).toBe(price);
    if (answer.kind !== 'cheapest' || !answer.spread?.against) throw new Error(answer.kind);
    const rates = answer.ranking.length === answer.eligible ? answer.ranking.map((r) => r.blendedPerMillion) : undefined;
    const { cheaper, dearer } = answer.spread.against;
    expect(cheaper + dearer).toBeLessThanOrEqual(answer.spread.count);
    if (rates) expect(cheaper).toBe(rates.filter((r) => r < price).length);
    expect(renderText(answer).replace(/\s+/g, ' ')).toContain(`$${price.toFixed(2)}/1M ${side} is `);
  });

  it('the counts are of the models priced at that side', async () => {
    const { answer } = await ask('is $0.50 per million input cheap?');
    if (answer.kind !== 'cheapest' || !answer.spread?.against) throw new Error(answer.kind);
    // Ranked at 1:0, every model's blended price is its input price: as many cost less as the ranking shows below $0.50.
    const all = await ask('cheapest models mix 1:0, top 400');
    if (all.answer.kind !== 'cheapest') throw new Error(all.answer.kind);
    expect(answer.spread.against.cheaper).toBe(all.answer.ranking.filter((r) => r.blendedPerMillion < 0.5).length);
    expect(answer.spread.against.dearer).toBe(all.answer.ranking.filter((r) => r.blendedPerMillion > 0.5).length);
  });
});

it('"for q1" is a quarter of the month asked', async () => {
  const { query, answer } = await ask('total cost for q1 at 100M tokens a month on sonnet 4.5');
  expect(query.term).toEqual({ count: 1, unit: 'quarter' });
  expect(renderText(answer)).toMatch(/^Claude Sonnet 4\.5 \(claude-sonnet-4-5\): \$1,800\.00 over a quarter \(\$600\.00 a month/);
});

it("a move between makers asks for the models, with each maker's flagship as a command that works", async () => {
  const { query, answer } = await ask('what breaks if we move from openai to anthropic?');
  expect(query.intent).toBe('upgrade');
  expect(answer.kind).toBe('input-problem');
  const said = renderText(answer);
  expect(said).toMatch(/^A move from OpenAI to Anthropic is a move between models/);
  expect(said).not.toMatch(/Volumes:/);
  const command = /\/models upgrade [\w.-]+ [\w.-]+/.exec(said)?.[0] as string;
  const move = await ask(command);
  expect(move.answer.kind).toBe('upgrade');
  expect(move.query.models.map((id) => catalog.byId.get(id)?.provider)).toEqual(['openai', 'anthropic']);
  expect(said).toContain("“anthropic's equivalent of” the model you use");
});

describe('Codex work and long prompts, in words', () => {
  it.each([
    ['which one should I use for local work in codex?', 'codex-local'],
    ['best model for cloud work in codex', 'codex-cloud'],
    ['which model for codex in the cloud?', 'codex-cloud'],
  ])('%s: the %s lane', async (text, lane) => {
    const { query, answer } = await ask(text);
    expect(query.intent).toBe('best');
    expect(query.lane).toBe(lane);
    if (answer.kind !== 'best') throw new Error(answer.kind);
    expect(answer.picks.length).toBeGreaterThan(0);
  });

  it.each(["does gpt-5.4 mini's performance degrade after 100k tokens?", 'which model holds up at 500k tokens?', 'needle in a haystack results for gemini 2.5 pro'])(
    '%s: no benchmark measures it, said',
    async (text) => {
      const { query, answer } = await ask(text);
      expect(query.intent).toBe('cannot-see');
      expect(query.reach).toBe('long-prompts');
      expect(renderText(answer)).toMatch(/no benchmark the catalog carries measures long-context recall/);
    },
  );

  it('a volume of 100k tokens is still a cost', async () => {
    expect((await ask('gpt-5 cost at 100k tokens')).query.intent).toBe('cost');
  });
});

it('a model to run on a laptop or a phone is hardware the catalog does not record; "run locally" alone is open weights', async () => {
  for (const text of ['best model to run locally on a laptop', 'which model can I run on my macbook?', 'best on-device model']) {
    const { query } = await ask(text);
    expect(query.intent).toBe('cannot-see');
    expect(query.reach).toBe('hardware');
  }
  expect((await ask('which models can i run locally')).query.filters.openWeights).toBe(true);
});

describe('a gap claimed as a multiple or a part of another price', () => {
  it.each([
    ['is sonnet 4.5 twice as expensive as gpt-5?', { cheaper: false, times: 2 }, /^No: Claude Sonnet 4\.5 costs 1\.75× as much as GPT-5, not 2×\./],
    ['is opus 5 three times the price of sonnet 5?', { cheaper: false, times: 3 }, /^No: Claude Opus 5 costs 2\.5× as much as Claude Sonnet 5, not 3×\./],
    ['is gpt-5 mini half the price of gpt-5?', { cheaper: true, times: 2 }, /GPT-5 costs 5× as much as GPT-5 Mini/],
    ['is haiku 4.5 a third the cost of sonnet 4.5?', { cheaper: true, times: 3 }, /Claude Sonnet 4\.5 costs 3× as much as Claude Haiku 4\.5/],
  ])('%s', async (text, claim, said) => {
    const { query, answer } = await ask(text);
    expect(query.intent).toBe('attribute');
    expect(query.claim).toEqual(claim);
    expect(renderText(answer)).toMatch(said);
  });

  it('"as cheap as" asks which costs less', async () => {
    const { query } = await ask('is gemini 2.5 flash as cheap as gpt-5 mini?');
    expect(query).toMatchObject({ intent: 'attribute', attribute: 'price' });
  });
});

it('"Command R+" and "command r plus" are Command R+, not Command R', async () => {
  for (const text of ['command r plus price', 'command r+ price']) expect((await ask(text)).query.models).toEqual(['command-r-plus-08-2024']);
  expect((await ask('command r price')).query.models).toEqual(['command-r-08-2024']);
  expect(catalog.byId.get('command-r-plus-08-2024')?.name).toBe('Command R+');
});

it('one request\'s sides as bare figures ("per request, 2000 in 500 out") are its tokens', async () => {
  for (const text of ['/compare gpt-5-mini gemini-2.5-flash per request 2000 in 500 out', 'gpt-5 mini vs gemini 2.5 flash, 2000 in / 500 out per request']) {
    const { query, answer } = await ask(text);
    expect(query).toMatchObject({ intent: 'compare', tokens: 2500, mix: { input: 4, output: 1 }, per: 'request' });
    expect(answer.kind).toBe('comparison');
  }
  // With no request said, bare figures by side may be anything, and are not read as tokens.
  expect(parseText(catalog, '5 input and 2 output').tokens ?? null).toBeNull();
});

it('"bedrock models", "azure models" are what that host sells; "nvidia models" are its maker\'s', () => {
  expect(parseText(catalog, 'aws bedrock models under $1').filters).toMatchObject({ hosts: ['bedrock'], maxMonthlyUsd: 1 });
  expect(parseText(catalog, 'azure models').filters.hosts).toEqual(['azure']);
  expect(parseText(catalog, 'nvidia models').filters).toEqual({ providers: ['nvidia'] });
});

describe('a later model of the same line, and a cutoff month in words', () => {
  it('"is there a newer version of claude haiku 4.5?" ranks its line\'s later releases, newest first', async () => {
    const { query, answer } = await ask('is there a newer version of claude haiku 4.5?');
    expect(query).toMatchObject({ intent: 'cheapest', order: 'newest', released: { since: '2025-10-16' } });
    expect(query.filters.families).toEqual(['claude-haiku']);
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    const later = catalog.models.filter((m) => m.family === 'claude-haiku' && (m.released ?? '') > '2025-10-15' && m.status !== 'deprecated');
    expect(answer.ranking.map((r) => r.model).sort()).toEqual(later.map((m) => m.id).sort());
  });

  it("with none later, says the line's latest is the model itself", async () => {
    const { answer } = await ask('newer version of gemini 3.8 flash');
    expect(renderText(answer)).toMatch(/^No model passes every filter .* The latest release before that window of a model that passes the other filters is gemini-3\.8-flash/);
  });

  it.each([
    ['models trained on data after june 2025', '2025-07'],
    ['knowledge cutoff after march 2025', '2025-04'],
  ])('%s: a cutoff from %s', (text, month) => {
    expect(parseText(catalog, text).filters.minKnowledgeCutoff).toBe(month);
  });

  it('"through" is an everyday word, never a typo of a capability', () => {
    expect(parseText(catalog, 'cheapest model with training data through dec 2024').notes ?? []).toEqual([]);
  });
});

describe('commands that read back as the question asked', () => {
  it.each([
    'best model for agents that browse the web',
    'best coding model on bedrock',
    'decent coding model under $1',
    'anything cheaper than gpt-5 mini without vision',
    "has gemini 2.5 pro's price changed?",
    'when do gpt-5 and gemini 3.8 flash prices change?',
    'recommend a cheap decent model for rag over contracts',
    'best model for classification, ~1B tokens a week, under $500/mo',
  ])('%s', async (text) => {
    const first = await ask(text);
    const again = await ask(first.command);
    expect(again.answer.kind).toBe(first.answer.kind);
    expect(again.command).toBe(first.command);
    expect(again.query.filters).toEqual(first.query.filters);
  });

  it('words after a lane that narrow nothing are said back', async () => {
    const { answer } = await ask('/models best terminal purple monkey');
    expect(answer.kind).toBe('input-problem');
    expect(renderText(answer)).toMatch(/Not understood: “purple monkey”/);
  });

  it('"without vision" in a command is the capability, never the Grok Vision family', () => {
    expect(parseText(catalog, '/models cheapest without vision').filters).toEqual({ without: ['vision'] });
  });
});
