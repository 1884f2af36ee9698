// Questions that name a kind of work with a price word and no "model" ("cheapest for summarization", "classify tickets
// cheaply"), a budget counted in requests of a size ("how many 2k-token requests does $500 buy?"), and requests a minute
// asked as a rate limit, not a volume.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { parseText } from '../../src/ask/index.ts';
import { QUALITY_INDEX } from '../../src/ask/intents.ts';
import { laneMatch } from '../../src/ask/question.ts';
import type { CatalogModel } from '../../src/catalog/validate.ts';
import { priceProfile } from '../../src/cost/price.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import type { CostAnswer } from '../../src/cost/quote.ts';
import type { CheapestAnswer } from '../../src/cost/rank.ts';
import type { BestAnswer } from '../../src/lanes/best.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const today = '2026-12-02';
const ports: Ports = { catalog, now: () => new Date(`${today}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } };
const ask = (text: string) => handle({ text, where: LOCAL }, ports);
const laneOf = (words: string) => laneMatch(catalog, words)?.lane.id;

describe('a kind of work asked with a price word alone', () => {
  it.each([
    ['cheapest for summarization', 'summarization'],
    ['the least expensive option for rag', 'rag'],
    ['lowest cost for chat', 'chat'],
    ['cheapest way to classify support tickets', 'classify'],
  ])('%j ranks the models that work takes by price', async (text, work) => {
    const lane = laneOf(work);
    expect(lane, work).toBeDefined();
    const { query, answer } = await ask(text);
    expect([query.intent, query.order, query.filters.lane]).toEqual(['cheapest', 'price', lane]);
    expect(answer.kind).toBe('cheapest');
    const rows = (answer as CheapestAnswer).ranking;
    expect(rows.length).toBeGreaterThan(0);
    for (let i = 1; i < rows.length; i++) expect((rows[i]?.monthlyUsd ?? 0) >= (rows[i - 1]?.monthlyUsd ?? 0)).toBe(true);
  });

  it.each([
    ['classify support tickets cheaply', 'classify'],
    ['summarize meeting transcripts cheaply', 'transcripts'],
    ['answer customer service emails affordably', 'customer service'],
  ])('%j asks for the best value for that work', async (text, work) => {
    const { query, answer } = await ask(text);
    expect([query.intent, query.order, query.lane]).toEqual(['best', 'value', laneOf(work)]);
    expect((answer as BestAnswer).picks.length).toBeGreaterThan(0);
  });

  it('without a kind of work, "cheapest" alone still reads as no question', () => {
    expect(parseText(catalog, 'cheapest for xyzzy').intent).toBe('unknown');
  });

  it('the words of a help desk are the chat lane; triaging tickets stays classification', () => {
    for (const words of ['customer service', 'our helpdesk', 'a help desk bot', 'customer care']) expect(laneOf(words), words).toBe('chat');
    expect(parseText(catalog, 'best model to triage support tickets').lane).toBe(laneOf('triage'));
    expect(laneOf('triage')).not.toBe('chat');
  });
});

describe('a budget counted in requests of a size', () => {
  const model = (id: string) => catalog.byId.get(id) as CatalogModel;
  const perMillion = (id: string) => {
    const price = priceProfile(model(id), defaultProfile(1_000_000), today);
    if (!price.ok) throw new Error(`${id} needs a price`);
    return price.monthlyUsd;
  };

  it.each([
    ['how many requests of 2k tokens can we afford with $500 a month on claude haiku 4.5?', 'claude-haiku-4-5', 500, 2_000, 'requests'],
    ['how many 2k-token requests does $500 a month buy on haiku 4.5?', 'claude-haiku-4-5', 500, 2_000, 'requests'],
    ['how many support tickets of 3k tokens can $200 cover on gpt-5 mini?', 'gpt-5-mini', 200, 3_000, 'tickets'],
    ['how many summaries of 5k tokens can $20 buy on gemini 2.5 flash', 'gemini-2.5-flash', 20, 5_000, 'summaries'],
    ['how many queries of 800 tokens does $50 buy on gpt-5 nano?', 'gpt-5-nano', 50, 800, 'requests'],
  ])('%j says how many of them the budget buys', async (text, id, budget, each, things) => {
    const { answer } = await ask(text);
    const a = answer as CostAnswer;
    expect([a.kind, a.budget, a.budgetEach]).toEqual(['cost', budget, each]);
    const tokens = Math.floor((budget / perMillion(id)) * 1_000_000);
    expect(a.tokens).toBe(tokens);
    expect(renderText(answer)).toContain(`buys ${Math.floor(tokens / each).toLocaleString('en-US')} ${things} of ${each.toLocaleString('en-US')} tokens`);
    // Not a check of one request against the budget.
    expect(a.within).toBeUndefined();
  });
});

describe('requests a minute asked of models', () => {
  it.each(["what's the cheapest model that can do 100 requests per minute?", 'can gpt-5 handle 500 requests per minute?'])(
    '%j is a question about rate limits, not a volume with no size',
    async (text) => {
      const { query, answer } = await ask(text);
      expect([query.intent, query.attribute, query.problems]).toEqual(['attribute', 'rate-limits', []]);
      expect(answer.kind).toBe('fact');
      expect(renderText(answer)).not.toMatch(/not tokens/);
    },
  );

  it('a count of requests with no size is still asked for its size when a cost is asked', () => {
    expect(parseText(catalog, 'how much do 100 requests per minute cost on gpt-5?').problems.join(' ')).toMatch(/counts requests, not tokens/);
  });
});

describe('a better model for the same price, a model still worth using, and what to use', () => {
  const score = (id: string) => catalog.byId.get(id)?.benchmarks.find((b) => b.id === 'aa-intelligence-index')?.score;

  it.each(['is there a better model than sonnet 4.5 for the same money?', 'same price as claude sonnet 4.5 but better?'])(
    '%j ranks the stand-ins scoring higher that cost no more',
    async (text) => {
      const { query, answer } = await ask(text);
      const own = score('claude-sonnet-4-5') as number;
      expect(query.filters.like).toBe('claude-sonnet-4-5');
      expect([query.filters.noDearerThanLike, query.filters.cheaperThanLike]).toEqual([true, undefined]);
      expect(query.filters.benchmarkFloors).toEqual([{ benchmark: 'aa-intelligence-index', min: Math.round((own + 0.1) * 10) / 10 }]);
      const a = answer as CheapestAnswer;
      const month = a.reference?.monthlyUsd as number;
      expect(a.ranking.length).toBeGreaterThan(0);
      for (const r of a.ranking) {
        expect(r.monthlyUsd).toBeLessThanOrEqual(month);
        expect(score(r.model) as number).toBeGreaterThan(own);
      }
      expect(renderText(answer)).toContain('that can stand in for it for no more');
    },
  );

  it('the command says the same and reads back to it', async () => {
    const { query } = await ask('is there a better model than sonnet 4.5 for the same money?');
    const { commandFor } = await import('../../src/ask/command-text.ts');
    const command = commandFor(query);
    expect(command).toContain('no dearer instead of claude-sonnet-4-5');
    const again = (await ask(command)).query;
    expect([again.filters.like, again.filters.noDearerThanLike]).toEqual(['claude-sonnet-4-5', true]);
  });

  it.each(['is gpt-4.1-mini still worth using?', 'is gpt-4.1-mini worth keeping?'])('%j weighs it against what could take its work', async (text) => {
    const { query, answer } = await ask(text);
    expect([query.intent, query.filters.like]).toEqual(['cheapest', 'gpt-4.1-mini']);
    expect(answer.kind).toBe('cheapest');
  });

  it.each(['what should we use?', 'what should our team use?', 'what should a 5 person startup use?'])('%j is the best model overall', (text) => {
    const query = parseText(catalog, text);
    expect([query.intent, query.order, query.filters.scoredOn]).toEqual(['cheapest', 'score', QUALITY_INDEX]);
  });
});

describe('a maker word before a version, a name several models share asked when it came out, and cached input explained', () => {
  it.each(['deepseek r2 price', 'do you know about deepseek r2?', 'is deepseek r2 out?'])(
    '%j looks up the whole name and says it is newer than any in the catalog',
    async (text) => {
      const { query, answer } = await ask(text);
      expect(query.models).toEqual(['deepseek r2']);
      expect(query.filters.providers).toBeUndefined();
      expect(answer.kind).toBe('unknown-model');
      expect(renderText(answer)).toContain('No model is called “deepseek r2”: that version is newer than any the catalog has');
    },
  );

  it('a maker word before a family word or a model that exists is still that model', () => {
    expect(parseText(catalog, 'openai o3 price').models).toEqual(['o3']);
    expect(parseText(catalog, 'cheapest deepseek model').filters.providers).toEqual(['deepseek']);
  });

  it.each([
    ['is gpt-6 out?', 'gpt-6'],
    ['when did gpt-6 come out?', 'gpt-6'],
    ['when did deepseek v4 launch?', 'deepseek v4'],
  ])('%j lists the models that name covers, newest first', async (text, name) => {
    const { query, answer } = await ask(text);
    expect([query.intent, query.order, query.filters.named]).toEqual(['cheapest', 'newest', name]);
    const rows = (answer as CheapestAnswer).ranking;
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const days = rows.map((r) => catalog.byId.get(r.model)?.released ?? '');
    expect(days).toEqual([...days].sort().reverse());
  });

  it('a name one model answers to, asked when it came out, is that model', () => {
    expect(parseText(catalog, 'is gpt-5 out?').models).toEqual(['gpt-5']);
    expect(parseText(catalog, 'when was claude opus 5 released?').models).toEqual(['claude-opus-5']);
  });

  it.each(["what's the difference between cached input and input?", 'difference between input and cached input price', 'why is cached input cheaper?'])(
    '%j explains prompt caching, and "cached" is read as typed',
    (text) => {
      const query = parseText(catalog, text);
      expect([query.intent, query.topic, query.notes ?? []]).toEqual(['help', 'caching', []]);
    },
  );
});

describe('people counted, then what each one uses', () => {
  const DAYS_A_MONTH = 365.25 / 12;
  it.each([
    ['monthly bill for 200 devs on gpt-5-codex, each 2M tokens a day', 200, 2_000_000 * DAYS_A_MONTH, 'gpt-5-codex'],
    ['200 users × 2M tokens a day on gpt-5', 200, 2_000_000 * DAYS_A_MONTH, 'gpt-5'],
    ['50 engineers: each using 500k tokens a day on sonnet 4.5', 50, 500_000 * DAYS_A_MONTH, 'claude-sonnet-4-5'],
    ['200 devs x 2M tokens per month on gpt-5', 200, 2_000_000, 'gpt-5'],
    ['10 agents running 24/7, each 500 tokens per second on gpt-5-mini', 10, 500 * 86_400 * DAYS_A_MONTH, 'gpt-5-mini'],
  ])('%j is the people × each one’s tokens', (text, people, each, model) => {
    const query = parseText(catalog, text);
    expect(query.models).toEqual([model]);
    expect(query.people?.count).toBe(people);
    expect(query.tokens).toBeCloseTo(people * each, 0);
  });
});

describe('a floor asked on a benchmark the catalog does not carry', () => {
  it.each([
    ['which models beat gpt-5 on swe-bench?', 'SWE-bench Verified'],
    ['cheapest model as good as gpt-5 on humaneval', 'HumanEval'],
  ])('%j is set on the coding index, and says the benchmark asked is not carried', async (text, name) => {
    const { query, answer } = await ask(text);
    const coding = catalog.byId.get('gpt-5')?.benchmarks.find((b) => b.id === 'aa-coding-index')?.score as number;
    expect(query.filters.benchmarkFloors?.[0]?.benchmark).toBe('aa-coding-index');
    expect(query.filters.benchmarkFloors?.[0]?.min).toBeGreaterThanOrEqual(coding);
    expect(renderText(answer)).toContain(`the catalog carries no ${name} scores`);
  });
});

describe('a ranking priced on a past day', () => {
  it.each([
    ['what was the cheapest model a year ago?', '2025-12-02'],
    ['cheapest model on 2026-01-15', '2026-01-15'],
  ])('%j ranks only the models released by then, and counts the rest', async (text, day) => {
    const { answer } = await ask(text);
    const a = answer as CheapestAnswer;
    expect(a.ranking.length).toBeGreaterThan(0);
    for (const r of a.ranking) expect((catalog.byId.get(r.model)?.released ?? '').slice(0, 10) <= day, r.model).toBe(true);
    const later = catalog.models.filter((m) => (m.released?.length === 7 ? `${m.released}-01` : (m.released ?? '')) > day);
    const counted = a.excluded.find((e) => e.filter === 'unreleased');
    expect(counted?.label).toBe(`not yet released on ${day}`);
    expect(counted?.count).toBeGreaterThan(0);
    expect(counted?.count).toBeLessThanOrEqual(later.length);
    expect(renderText(answer)).not.toContain('was not yet released on');
  });

  it('a ranking today counts no model as unreleased', async () => {
    const a = (await ask('cheapest model')).answer as CheapestAnswer;
    expect(a.excluded.some((e) => e.filter === 'unreleased')).toBe(false);
  });
});

describe('a name read loosely is said', () => {
  it.each(['sonnet price', 'mistral large vs deepseek v4 pro', 'which has the larger context, gemini pro or gpt-4.1?'])(
    '%j says which model the loose name was read as, and what else it could mean',
    async (text) => {
      const { query, answer } = await ask(text);
      const typed = /^(?:which has the larger context, )?(sonnet|mistral large|gemini pro)/.exec(text)?.[1] as string;
      const r = (await import('../../src/catalog/resolve.ts')).resolveModel(catalog, typed);
      if (r.kind !== 'found') throw new Error(`${typed} should resolve`);
      expect(query.models).toContain(r.model.id);
      expect(query.notes ?? []).toContain(r.note);
      expect(renderText(answer)).toContain(`“${typed}” read as ${r.model.id}`);
      expect(query).not.toHaveProperty('looseNames');
    },
  );

  it('a name that became a filter is not said to be read as one model', () => {
    for (const text of ['cheapest llama model', 'newest claude opus']) {
      const query = parseText(catalog, text);
      expect(query.models, text).toEqual([]);
      expect(
        (query.notes ?? []).some((n) => n.includes(' read as ')),
        text,
      ).toBe(false);
    }
  });
});

describe('the lanes asked for alone', () => {
  it.each(['lanes', 'lanes?', 'lane matrix', 'show the lane matrix', 'list all lanes'])('%j lists the lanes', async (text) => {
    const { query, answer } = await ask(text);
    expect([query.intent, query.topic]).toEqual(['help', 'lanes']);
    const said = renderText(answer);
    for (const lane of catalog.lanes) expect(said, lane.id).toContain(`${lane.id}: ${lane.name}`);
  });

  it("a lane matrix of models named is those models' lanes", () => {
    expect(parseText(catalog, 'lane matrix for gpt-5 and o3')).toMatchObject({ intent: 'lanes', models: ['gpt-5', 'o3'] });
  });
});

describe('a downgrade', () => {
  it.each([
    ['downgrade from opus 4.5 to sonnet 4.5 savings', ['claude-opus-4-5', 'claude-sonnet-4-5']],
    ['should we downgrade to gpt-5 mini from gpt-5?', ['gpt-5', 'gpt-5-mini']],
    ['downgrading gpt-5 to gpt-5 nano', ['gpt-5', 'gpt-5-nano']],
  ])('%j is the move, from the first model to the second', (text, models) => {
    expect(parseText(catalog, text)).toMatchObject({ intent: 'upgrade', models });
  });
});

describe('better than a model for a kind of work', () => {
  it('"is there anything better than gpt-5.4 for terminal work?" sets the floor on the terminal lane benchmark most models have, among the models the lane takes', async () => {
    const lane = catalog.lanes.find((l) => l.id === 'terminal');
    if (!lane) throw new Error('the catalog needs the terminal lane');
    const model = catalog.byId.get('gpt-5.4') as NonNullable<ReturnType<typeof catalog.byId.get>>;
    const scoredBy = (id: string) => catalog.models.filter((m) => m.benchmarks.some((b) => b.id === id)).length;
    const own = lane.evidence.map((e) => e.benchmark).filter((id) => model.benchmarks.some((b) => b.id === id));
    const widest = [...own].sort((a, b) => scoredBy(b) - scoredBy(a))[0] as string;
    const score = model.benchmarks.find((b) => b.id === widest)?.score as number;
    const { query, answer } = await ask('is there anything better than gpt-5.4 for terminal work?');
    expect(query.filters.lane).toBe('terminal');
    expect(query.filters.benchmarkFloors).toEqual([{ benchmark: widest, min: Math.round((score + 0.1) * 10) / 10 }]);
    const a = answer as CheapestAnswer;
    expect(a.ranking.length).toBeGreaterThan(0);
    for (const r of a.ranking) expect(catalog.byId.get(r.model)?.benchmarks.find((b) => b.id === widest)?.score as number).toBeGreaterThan(score);
    expect(renderText(answer)).toContain("the terminal lane's benchmark most models are scored on");
  });
});

describe('a bare count after a ranking command', () => {
  it.each([
    ['/models newest 5', 'newest', 5],
    ['/models cheapest 3 with vision', 'price', 3],
    ['/models priciest 2 from openai', 'priciest', 2],
  ])('%j is how many to show', async (text, order, top) => {
    const { query, answer } = await ask(text);
    expect([query.intent, query.order, query.top, query.problems]).toEqual(['cheapest', order, top, []]);
    expect((answer as CheapestAnswer).ranking).toHaveLength(top);
  });

  it('a count with a unit or "tokens" is still a volume, and "3 per provider" still each provider\'s', () => {
    expect(parseText(catalog, '/models cheapest 50 m tokens')).toMatchObject({ tokens: 50_000_000, top: null });
    expect(parseText(catalog, '/models cheapest 500 tokens').tokens).toBe(500);
    expect(parseText(catalog, '/models cheapest 3 per provider').filters).toMatchObject({ eachProvider: true, perProvider: 3 });
  });
});

describe('contexts of a size beside a count of requests', () => {
  it('"… with 100k token contexts at 5M requests a month" reads each prompt\'s size and asks for the requests\' size, never pricing 100k tokens', () => {
    for (const text of ['gpt-5 with 100k token contexts at 5M requests a month', 'pick a model for our RAG chatbot with 100k token contexts at 5M requests a month']) {
      const query = parseText(catalog, text);
      expect(query.promptTokens, text).toBe(100_000);
      expect(query.tokens, text).toBeNull();
      expect([...query.problems, ...(query.notes ?? [])].join(' '), text).toMatch(/“5M requests” counts requests, not tokens/);
    }
    // A context asked of a model ("with 100k token context") is still a floor on its window.
    expect(parseText(catalog, 'cheapest model with 100k token context').filters.minContext).toBe(100_000);
  });
});
