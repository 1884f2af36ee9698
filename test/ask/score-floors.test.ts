// A benchmark named in a ranking is never dropped: a score beside it is a floor (however it is worded), "per dollar" is
// value on it, and named alone it keeps the models scored on it. Output floors, long prompts and caching's saving read
// as asked.
import { describe, expect, it } from 'vitest';
import { commandFor } from '../../src/ask/command-text.ts';
import { parseText } from '../../src/ask/index.ts';
import { QUALITY_INDEX } from '../../src/ask/intents.ts';
import { ASSUMED_CACHED_SHARE } from '../../src/ask/question.ts';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import { scoreOf } from '../../src/catalog/needs.ts';
import type { CheapestAnswer } from '../../src/cost/rank.ts';
import type { CostAnswer } from '../../src/cost/quote.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports: Ports = { catalog, now: () => new Date('2026-12-02T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };
const ask = async (text: string) => (await handle({ text, where: LOCAL }, ports)).answer;
const model = (id: string) => catalog.byId.get(id) ?? catalog.models.find((m) => m.id === id);

describe('score floors, however they are worded', () => {
  it.each([
    ['cheapest model with intelligence index >= 60', 'aa-intelligence-index', 60],
    ['cheapest model with an intelligence index of 60 or more', 'aa-intelligence-index', 60],
    ['cheapest model with >= 60 intelligence index', 'aa-intelligence-index', 60],
    ['cheapest model with at least 55 aa intelligence index', 'aa-intelligence-index', 55],
    ['cheapest model scoring 60+ on aa intelligence', 'aa-intelligence-index', 60],
    ['cheapest with swe-bench pro 40 and up', 'swe-bench-pro', 40],
    ['a 50+ swe-bench pro score, cheapest', 'swe-bench-pro', 50],
    ['cheapest model with over 70% on aider', 'aider-polyglot', 70],
  ])('%j keeps only models at or above %s %d', async (text, benchmark, min) => {
    const a = (await ask(text)) as CheapestAnswer;
    expect(a.kind).toBe('cheapest');
    expect(a.filters.benchmarkFloors).toEqual([{ benchmark, min }]);
    expect(a.ranking.length).toBeGreaterThan(0);
    for (const row of a.ranking) expect(scoreOf(model(row.model)!, benchmark)).toBeGreaterThanOrEqual(min);
  });

  it('a score with no word for more is read as a floor, and the answer says how it was read', async () => {
    for (const text of ['cheapest model with intelligence index 60', 'cheapest model with intelligence index around 60']) {
      const a = (await ask(text)) as CheapestAnswer;
      expect(a.filters.benchmarkFloors, text).toEqual([{ benchmark: 'aa-intelligence-index', min: 60 }]);
      expect(renderText(a), text).toMatch(/read as a score of at least 60 on Artificial Analysis Intelligence Index/);
    }
  });

  it('a volume, a price or a year after a benchmark is not a score', () => {
    for (const text of ['cheapest model on aider 50M tokens', 'cheapest with aider 2026', 'cheapest model with aider under $5 per million']) {
      expect(parseText(catalog, text).filters.benchmarkFloors, text).toBeUndefined();
    }
  });
});

describe('a benchmark named without a floor', () => {
  it('a price ranking keeps the models scored on it, and each row shows its score', async () => {
    const a = (await ask('cheapest model with a swe-bench pro score')) as CheapestAnswer;
    expect(a.order).toBe('price');
    expect(a.scoredOn?.id).toBe('swe-bench-pro');
    const scored = catalog.models.filter((m) => scoreOf(m, 'swe-bench-pro') !== undefined);
    expect(a.ranking.length).toBeGreaterThan(0);
    expect(a.ranking.length).toBeLessThanOrEqual(scored.length);
    for (const row of a.ranking) {
      const score = scoreOf(model(row.model)!, 'swe-bench-pro');
      expect(score).toBeDefined();
      expect(row.why.join(' ')).toContain(`SWE-Bench Pro ${(score as number).toFixed(1)}%`);
    }
    // Its command keeps the benchmark, so a button asks the same.
    const again = parseText(catalog, commandFor(parseText(catalog, 'cheapest model with a swe-bench pro score')));
    expect([again.order, again.filters.scoredOn]).toEqual(['price', 'swe-bench-pro']);
  });

  it('"<benchmark> per dollar" and "for the money" rank value on that benchmark', async () => {
    for (const [text, benchmark] of [
      ['which model has the best intelligence index per dollar?', 'aa-intelligence-index'],
      ['best aider score for the money', 'aider-polyglot'],
    ] as const) {
      const a = (await ask(text)) as CheapestAnswer;
      expect([a.order, a.scoredOn?.id], text).toEqual(['value', benchmark]);
    }
  });
});

describe('output floors, long prompts and caching', () => {
  it('"a model with 500k output" and "more than 200k output tokens" are output floors on a ranking', async () => {
    for (const [text, min] of [
      ['anthropic model with 500k output', 500_000],
      ['models with more than 200k output tokens', 200_000],
    ] as const) {
      const a = (await ask(text)) as CheapestAnswer;
      expect(a.kind, text).toBe('cheapest');
      expect(a.filters.minOutput, text).toBe(min);
      for (const row of a.ranking) expect(model(row.model)?.maxOutput).toBeGreaterThanOrEqual(min);
    }
  });

  it('"200k+ prompts" is a prompt past 200k tokens, priced at the long-context rates', async () => {
    const q = parseText(catalog, 'claude sonnet 4.5 at 200k+ prompt pricing');
    expect([q.intent, q.promptTokens, q.tokens]).toEqual(['cost', 200_001, null]);
    const m = model('claude-sonnet-4-5')!;
    const tier = quotedPrice(m, '2026-12-02').tiers[0];
    expect(tier).toBeDefined();
    const a = (await ask('claude sonnet 4.5 at 200k+ prompt pricing')) as CostAnswer;
    expect(a.rates?.input).toBe(tier?.input);
  });

  it('what caching saves, asked without a share, is priced at a stated share against none', async () => {
    for (const text of [
      'how much does caching save on claude sonnet 4.5?',
      'gpt-5 cached vs uncached',
      'does claude sonnet 4.5 support prompt caching and how much does it save?',
    ]) {
      const a = (await ask(text)) as CostAnswer;
      expect(a.kind, text).toBe('cost');
      expect(a.withoutCaching, text).not.toBeNull();
      expect(renderText(a), text).toContain(`priced with ${ASSUMED_CACHED_SHARE * 100}% of input read from the cache`);
    }
    // A share given is used as given.
    expect(parseText(catalog, 'how much does caching save on gpt-5 at a 70% hit rate').cachedShare).toBe(0.7);
  });

  it('the saving says that cache writes are not counted, only where writing is charged', async () => {
    const charged = catalog.models.find((m) => quotedPrice(m, '2026-12-02').cacheWrite5m !== undefined && quotedPrice(m, '2026-12-02').cachedInput !== undefined);
    const free = catalog.models.find((m) => quotedPrice(m, '2026-12-02').cacheWrite5m === undefined && quotedPrice(m, '2026-12-02').cachedInput !== undefined);
    if (!charged || !free) throw new Error('the catalog needs models with and without a cache-write price');
    const withWrites = (await ask(`/models cost ${charged.id} 10M cached 50%`)) as CostAnswer;
    expect(withWrites.withoutCaching?.cacheWritePerMillion).toBe(quotedPrice(charged, '2026-12-02').cacheWrite5m);
    expect(renderText(withWrites)).toContain('Cache writes are not counted');
    const without = (await ask(`/models cost ${free.id} 10M cached 50%`)) as CostAnswer;
    expect(without.withoutCaching?.cacheWritePerMillion).toBeNull();
    expect(renderText(without)).not.toContain('Cache writes');
  });
});

describe('a score floor no model reaches', () => {
  const current = catalog.models.filter((m) => m.status === 'active' && !(m.retires !== undefined && m.retires <= '2026-12-02'));
  const best = (models: typeof current, id: string) => Math.max(...models.map((m) => scoreOf(m, id)).filter((s): s is number => s !== undefined));

  it('names the highest score there is: of a current model, or of one that passes the other filters', async () => {
    const aider = best(current, 'aider-polyglot');
    const a = (await ask(`cheapest model with at least ${Math.ceil(aider) + 5}% on aider`)) as CheapestAnswer;
    expect(a.ranking).toEqual([]);
    expect(a.topScore?.among).toBe('current');
    expect(a.topScore?.score).toBe(aider);
    expect(scoreOf(model(a.topScore?.model as string) as (typeof current)[number], 'aider-polyglot')).toBe(aider);
    expect(renderText(a)).toContain(`The highest Aider polyglot score of a current model is ${a.topScore?.text} (${a.topScore?.model}).`);
    const anthropic = best(
      current.filter((m) => m.provider === 'anthropic'),
      'aa-intelligence-index',
    );
    const b = (await ask(`cheapest anthropic model with at least ${Math.ceil(anthropic) + 10} on aa intelligence`)) as CheapestAnswer;
    expect([b.topScore?.among, b.topScore?.score]).toEqual(['filtered', anthropic]);
    expect(model(b.topScore?.model as string)?.provider).toBe('anthropic');
    // A floor some model reaches names none.
    expect(((await ask('cheapest model with at least 10 on aa intelligence')) as CheapestAnswer).topScore).toBeNull();
  });
});

describe('above average', () => {
  it('"the cheapest model above average intelligence" floors the broadest quality index at the mean of the models scored on it', async () => {
    const scores = catalog.models.filter((m) => m.status !== 'deprecated').flatMap((m) => m.benchmarks.filter((b) => b.id === QUALITY_INDEX).map((b) => b.score));
    const mean = Number((scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(1));
    for (const text of ['which is the cheapest model above average intelligence?', 'cheapest model smarter than the average model']) {
      const q = parseText(catalog, text);
      expect(q.filters.benchmarkFloors, text).toEqual([{ benchmark: QUALITY_INDEX, min: mean }]);
      expect(q.notes?.join(' ')).toContain(`at least ${mean}, the mean of the ${scores.length} models scored on it`);
    }
  });
});

describe('a score above a model named, on the benchmark named', () => {
  /** A current model scored on both benchmarks, so the one named must decide which score is the floor. */
  const both = (a: string, b: string) => catalog.models.find((m) => m.status === 'active' && m.aliases.length > 0 && scoreOf(m, a) !== undefined && scoreOf(m, b) !== undefined);

  it.each([
    'cheapest model better than {m} on aider',
    'cheapest model that beats {m} on aider polyglot',
    'cheapest model with a higher aider score than {m}',
    'anything that outperforms {m} on the aider benchmark?',
  ])('%j sets the floor just above its score on that benchmark, not on a quality index', (template) => {
    const m = both('aider-polyglot', QUALITY_INDEX);
    expect(m).toBeDefined();
    const q = parseText(catalog, template.replace('{m}', m?.id as string));
    const score = scoreOf(m as NonNullable<typeof m>, 'aider-polyglot') as number;
    expect([q.intent, q.filters.benchmarkFloors]).toEqual(['cheapest', [{ benchmark: 'aider-polyglot', min: Math.round((score + 0.1) * 10) / 10 }]]);
  });

  it('a benchmark the model has no score on is said, with one it has', () => {
    const m = catalog.models.find((x) => x.status === 'active' && x.aliases.length > 0 && scoreOf(x, 'swe-bench-pro') === undefined && scoreOf(x, QUALITY_INDEX) !== undefined);
    const q = parseText(catalog, `cheapest model better than ${m?.id} on swe-bench pro`);
    expect(q.problems.join(' ')).toContain(`${m?.id} has no SWE-Bench Pro score to compare other models with`);
  });

  it('"cheaper than X with a higher coding score" is both, and the score words are not said to be unread', async () => {
    const gpt5 = model('gpt-5') as NonNullable<ReturnType<typeof model>>;
    const q = parseText(catalog, 'models cheaper than gpt-5 with a higher coding score');
    const coding = scoreOf(gpt5, 'aa-coding-index') as number;
    expect(q.filters.benchmarkFloors).toEqual([{ benchmark: 'aa-coding-index', min: Math.round((coding + 0.1) * 10) / 10 }]);
    expect([q.filters.like, q.filters.cheaperThanLike]).toEqual(['gpt-5', true]);
    expect((q.notes ?? []).join(' ')).not.toMatch(/read as no filter/);
    const answer = (await ask('models cheaper than gpt-5 with a higher coding score')) as CheapestAnswer;
    const price = quotedPrice(gpt5, '2026-12-02');
    expect(answer.ranking.length).toBeGreaterThan(0);
    for (const r of answer.ranking) {
      expect(scoreOf(model(r.model) as NonNullable<ReturnType<typeof model>>, 'aa-coding-index')).toBeGreaterThan(coding);
      expect(r.blendedPerMillion).toBeLessThan((price.input * 3 + price.output) / 4);
    }
  });
});

describe('is a model worth it', () => {
  it('a model without the quality index is weighed on a score it has, and the stand-ins are as good on it', async () => {
    const m = catalog.models.find((x) => x.status === 'active' && scoreOf(x, QUALITY_INDEX) === undefined && scoreOf(x, 'aider-polyglot') !== undefined);
    expect(m).toBeDefined();
    const id = m?.id as string;
    const q = parseText(catalog, `is ${id} worth it?`);
    const score = scoreOf(m as NonNullable<typeof m>, 'aider-polyglot');
    expect([q.intent, q.filters.like, q.filters.benchmarkFloors]).toEqual(['cheapest', id, [{ benchmark: 'aider-polyglot', min: score }]]);
    expect((q.notes ?? []).join(' ')).toContain(`${id} has no Artificial Analysis Intelligence Index score`);
  });

  it('no model as good: the highest score is said once as a score, whatever the benchmark is called', async () => {
    const top = catalog.models
      .filter((m) => m.status === 'active' && scoreOf(m, 'lmarena-text') !== undefined)
      .sort((a, b) => (scoreOf(b, 'lmarena-text') ?? 0) - (scoreOf(a, 'lmarena-text') ?? 0))[0];
    const text = renderText(await ask(`cheapest model with lmarena text score above ${(scoreOf(top as NonNullable<typeof top>, 'lmarena-text') ?? 0) + 100}`));
    expect(text).toMatch(/The highest LMArena text score (?:of a current model|of a model that passes the other filters) is/);
    expect(text).not.toMatch(/score score/);
  });
});
