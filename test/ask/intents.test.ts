// Questions answered as asked, over the shipped catalog: what the question names is what the answer speaks to.
// Expectations are read from the catalog (never today's prices), so a catalog update keeps these tests honest.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CannotSeeAnswer, FactAnswer, WhereAnswer } from '../../src/ask/answer.ts';
import { parseText, queryJson } from '../../src/ask/index.ts';
import { commandFor } from '../../src/ask/command-text.ts';
import { DECENT_FLOOR, QUALITY_INDEX } from '../../src/ask/intents.ts';
import { familiesNamed } from '../../src/ask/families.ts';
import { outOfScopeModel } from '../../src/catalog/out-of-scope.ts';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { resolveModel, versionOf } from '../../src/catalog/resolve.ts';
import { PLATFORM_FEATURES } from '../../src/catalog/needs.ts';
import { snapshotGroupOf } from '../../src/catalog/snapshots.ts';
import { priceProfile } from '../../src/cost/price.ts';
import type { CostAnswer } from '../../src/cost/quote.ts';
import { MAX_COMPARED, type ComparisonAnswer, type UpgradeAnswer } from '../../src/compare/compare.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import { money, perMillion, perUnit, pricePair, requestMoney } from '../../src/cost/format.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import type { CatalogModel } from '../../src/catalog/validate.ts';
import type { CheapestAnswer } from '../../src/cost/rank.ts';
import type { BestAnswer } from '../../src/lanes/best.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { renderText } from '../../src/render/text/index.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { answersTo } from '../helpers/names.ts';

const catalog = loadCatalog();
const NOW = new Date('2026-12-02T12:00:00Z');
const ports: Ports = { catalog, now: () => NOW, logger: { debug() {}, info() {}, warn() {}, error() {} } };
const ask = (text: string) => handle({ text, where: LOCAL }, ports);
const model = (id: string) => {
  const m = catalog.byId.get(id);
  if (!m) throw new Error(`the catalog needs ${id}`);
  return m;
};

async function fact(text: string): Promise<{ a: FactAnswer; text: string }> {
  const { answer } = await ask(text);
  expect(answer.kind, text).toBe('fact');
  const rendered = renderText(answer);
  // Never a whole model card.
  expect(rendered).not.toMatch(/Prices \(USD per 1M|Capabilities:|Knowledge cutoff/);
  expect(limitViolations(renderBlocks(answer))).toEqual([]);
  return { a: answer as FactAnswer, text: rendered };
}

describe('comparisons with a purpose', () => {
  it('"X vs Y for <kind of work>" is the full comparison, keeping the models, the volume, the batch flag and the lane', async () => {
    const { query, answer } = await ask('o3 vs o4-mini for math-heavy reasoning, 10M/mo with batch');
    expect(queryJson(catalog, query)).toMatchObject({ intent: 'compare', models: ['o3', 'o4-mini'], tokens: 10_000_000, batch: true, lane: 'reasoning' });
    expect(answer.kind).toBe('comparison');
  });

  it('"should I use A or B for <work named after a capability>" chooses for that work; "which is better for vision" asks the capability', async () => {
    for (const [text, lane] of [
      ['should I use o3 or gpt-5 for reasoning?', 'reasoning'],
      ['which should we pick for vision, gpt-5 or gpt-4.1?', 'vision-docs'],
      // "A or B for …" with no question of the capability before it is the same choice.
      ['o3 or gemini 2.5 pro for reasoning at 5M tokens a month', 'reasoning'],
      ['gpt-5 or o3 for vision?', 'vision-docs'],
    ] as const) {
      const { query, answer } = await ask(text);
      expect([query.intent, query.lane, answer.kind], text).toEqual(['compare', lane, 'comparison']);
    }
    expect((await ask('which is better for vision, gpt-4o or o3-mini?')).query.attribute).toBe('vision');
    expect((await ask('does o3 or gpt-5 support vision?')).query.attribute).toBe('vision');
  });

  it('"which is better for vision, A or B?" is the capability while it sets them apart, and the lane named after it once both have it', async () => {
    const has = (id: string) => catalog.byId.get(id)?.capabilities.vision === true;
    const apart = await ask('which is better for vision, gpt-4o or o3-mini?');
    expect(has('gpt-4o') && !has('o3-mini')).toBe(true);
    expect(apart.answer.kind).toBe('attribute');
    const both = await ask('which is better for vision, gemini 2.5 pro or gpt-5?');
    expect(has('gemini-2.5-pro') && has('gpt-5')).toBe(true);
    expect([both.query.attribute, both.query.lane]).toEqual(['vision', 'vision-docs']);
    if (both.answer.kind !== 'comparison') throw new Error(both.answer.kind);
    expect(both.answer.focus).toBe('vision-docs');
    // Asked whether they have it, not which is better: the capability, both yes.
    const support = await ask('does gemini 2.5 pro or gpt-5 support vision?');
    expect([support.query.lane, support.answer.kind]).toEqual([null, 'attribute']);
  });

  it('"code review" without Codex is reviewing code, not the Codex-only lane; with Codex it is that lane', async () => {
    expect((await ask('gpt-4.1-mini vs claude-haiku-4-5 for code review')).query.lane).toBe('api-coding');
    expect((await ask('best model for code review')).query.lane).toBe('api-coding');
    expect((await ask('best model for codex code review')).query.lane).toBe('code-review');
  });
});

describe('attribute questions answer the attribute', () => {
  it('retirement: the date when the catalog has one, else "no retirement date in the catalog"', async () => {
    const { a, text } = await fact('when does sonnet 4.5 retire?');
    const m = model('claude-sonnet-4-5');
    expect(a.facts.map((f) => f.model)).toEqual([m.id]);
    if (m.retires) expect(text).toContain(m.retires);
    else expect(text).toContain('no retirement date in the catalog');
    const retiring = catalog.models.find((x) => x.retires !== undefined && x.status !== 'active');
    if (!retiring) throw new Error('the catalog needs a model with a retirement date');
    expect((await fact(`when does ${retiring.id} retire?`)).text).toContain(retiring.retires as string);
  });

  it('rate limits: every tier when recorded, else "not recorded in the catalog"', async () => {
    const { a, text } = await fact('grok 4.6 rate limits?');
    const limits = model('grok-4.6').rateLimits;
    expect(a.facts[0]?.recorded).toBe(limits !== undefined);
    if (!limits) expect(text).toContain('no rate limits recorded in the catalog');
    const limited = catalog.models.find((x) => x.rateLimits !== undefined) as CatalogModel;
    const found = await fact(`${limited.id} rate limits?`);
    for (const tier of Object.keys(limited.rateLimits?.tokensPerMinute ?? {})) expect(found.text).toContain(tier);
    expect(found.text).toContain(limited.rateLimits?.source.url as string);
  });

  it('seeing images, where no vision flag is recorded, is answered from the input modalities, with the specs as source', async () => {
    const unflagged = catalog.models.filter((m) => m.status === 'active' && m.capabilities.vision === undefined && /^[a-z0-9.-]+$/.test(m.id));
    expect(unflagged.length).toBeGreaterThan(0);
    for (const m of unflagged.slice(0, 6)) {
      const { a, text } = await fact(`can ${m.id} see images?`);
      const sees = m.modalities.input.includes('image');
      expect([a.facts[0]?.answer, a.facts[0]?.recorded], m.id).toEqual([sees ? 'yes' : 'no', true]);
      expect(text).toContain(m.specSource.url);
    }
  });

  it('one named benchmark: the score when the catalog has one, else untested', async () => {
    const { a, text } = await fact('gpt-5.5 SWE-bench Pro?');
    expect(a.subject).toBe(catalog.benchmarks.get('swe-bench-pro')?.name);
    const score = model('gpt-5.5').benchmarks.find((b) => b.id === 'swe-bench-pro');
    if (score) expect(text).toContain(String(score.score));
    else expect(text).toMatch(/no SWE-Bench Pro score in the catalog/);
    const scored = catalog.models.find((x) => x.benchmarks.some((b) => b.id === 'terminal-bench-2')) as CatalogModel;
    const s = scored.benchmarks.find((b) => b.id === 'terminal-bench-2')?.score as number;
    expect((await fact(`what does ${scored.id} score on terminal bench?`)).text).toContain(String(s));
  });

  it('a benchmark with a published run says what the run cost; "how does A compare to B on it?" is that benchmark', async () => {
    const run = catalog.models.find((m) => m.status === 'active' && m.benchmarks.some((b) => b.id === 'aider-polyglot' && b.run !== undefined)) as CatalogModel;
    const { text } = await fact(`how much did the aider run cost for ${run.id}?`);
    for (const b of run.benchmarks.filter((x) => x.id === 'aider-polyglot' && x.run !== undefined)) {
      const r = b.run as NonNullable<typeof b.run>;
      expect(text).toContain(`${money(r.totalCostUsd)} for ${r.tasks} tasks`);
    }
    expect(text).toContain("one benchmark's workload, not yours");
    const on = await fact('how does gpt-5.5 compare to claude-opus-5 on swe-bench pro?');
    expect([on.a.attribute, on.a.facts.map((f) => f.model)]).toEqual(['benchmark', ['gpt-5.5', 'claude-opus-5']]);
    expect((await ask('compare gpt-5.5 and claude-opus-5')).answer.kind).toBe('comparison');
  });

  it('batch price, maximum input and a capability, each with its source or "not recorded"', async () => {
    const batch = await fact("what's the batch price of gpt-4.1-mini?");
    expect(batch.a.attribute).toBe('batch-price');
    expect(batch.a.facts[0]?.recorded).toBe(model('gpt-4.1-mini').pricing.some((p) => p.batchInput !== undefined));
    const input = await fact('max input for gemini 2.5 pro');
    expect(input.a.attribute).toBe('max-input');
    const caching = await fact('does deepseek v4 flash support prompt caching?');
    const has = model('deepseek-v4-flash').capabilities['prompt-caching'];
    expect(caching.a.facts[0]?.answer).toBe(has === undefined ? null : has ? 'yes' : 'no');
  });

  it('service tiers: whether a model is sold at flex or priority, with each tier’s prices beside the standard and batch ones', async () => {
    const tiered = catalog.models.find((m) => m.status === 'active' && quotedPrice(m, NOW.toISOString().slice(0, 10)).serviceTiers.flex !== undefined) as CatalogModel;
    const plain = catalog.models.find((m) => m.status === 'active' && Object.keys(quotedPrice(m, NOW.toISOString().slice(0, 10)).serviceTiers).length === 0) as CatalogModel;
    const flex = quotedPrice(tiered, NOW.toISOString().slice(0, 10)).serviceTiers.flex;
    const yes = await fact(`does ${tiered.id} support flex processing?`);
    expect([yes.a.attribute, yes.a.facts[0]?.answer]).toEqual(['tier-price', 'yes']);
    expect(yes.text).toContain(`flex tier ${perMillion(flex?.input as number)} input, ${perMillion(flex?.output as number)} output`);
    const none = await fact(`is there a priority tier for ${plain.id}?`);
    expect([none.a.attribute, none.a.facts[0]?.recorded]).toEqual(['tier-price', false]);
    // Two ways of buying set against each other: the prices, batch's among them, and no bare "yes".
    const weighed = await fact(`is flex cheaper than batch for ${tiered.id}?`);
    expect(weighed.a.facts[0]?.answer).toBeNull();
    expect(weighed.text).toMatch(/Batch API \$|no batch price published/);
  });

  it('"fast mode" and "the fast tier" price a model at its fast tier; "fast" alone is speed', async () => {
    const day = NOW.toISOString().slice(0, 10);
    const fast = catalog.models.find((m) => m.status === 'active' && quotedPrice(m, day).serviceTiers.fast !== undefined) as CatalogModel;
    for (const text of [`${fast.id} fast mode price at 10M tokens`, `${fast.id} at 10M tokens on the fast tier`]) {
      const q = parseText(catalog, text);
      expect([q.intent, q.serviceTier], text).toEqual(['cost', 'fast']);
      const { answer } = await ask(text);
      const expected = priceProfile(fast, { ...defaultProfile(10_000_000), serviceTier: 'fast' }, day);
      if (!expected.ok || answer.kind !== 'cost') throw new Error(text);
      expect(answer.monthlyUsd).toBe(expected.monthlyUsd);
    }
    expect(parseText(catalog, 'fast model for chat').serviceTier).toBeNull();
    expect(parseText(catalog, 'fastest model').serviceTier).toBeNull();
  });

  it.each(['cheapest speech to text model', 'best model for transcription', 'cheapest model to transcribe calls'])(
    '%j ranks the models that take audio in; “transcripts” alone are text',
    (text) => {
      expect(parseText(catalog, text).filters.inputModalities).toEqual(['audio']);
      expect(parseText(catalog, 'summarize transcripts with gpt-5').filters.inputModalities).toBeUndefined();
    },
  );

  it('a price schedule: the price in force and every announced change, or that none is announced', async () => {
    // Asked on NOW: the models with a dated price change after it, and one without.
    const day = NOW.toISOString().slice(0, 10);
    const scheduled = catalog.models.find((m) => m.status === 'active' && m.pricing.some((p) => p.from > day));
    const steady = catalog.models.find((m) => m.status === 'active' && m.pricing.every((p) => p.from <= day) && m.id.startsWith('gpt-5'));
    if (!scheduled || !steady) throw new Error('the catalog needs a model with a scheduled price change and one without');
    for (const text of [`when does the ${scheduled.id} price change?`, `is ${scheduled.id}'s intro price ending?`, `any scheduled price changes for ${scheduled.id}?`]) {
      const { a, text: said } = await fact(text);
      expect(a.attribute, text).toBe('price-schedule');
      for (const p of scheduled.pricing.filter((x) => x.from > day))
        expect(said, text).toContain(`from ${p.from}: ${perUnit(p.input, 'million')} input, ${perUnit(p.output, 'million')} output`);
    }
    const none = await fact(`will ${steady.id} get more expensive?`);
    const now = quotedPrice(steady, day);
    expect(none.text).toContain(`${perUnit(now.input, 'million')} input, ${perUnit(now.output, 'million')} output since ${now.from}`);
    expect(none.text).toContain("no price change announced in the catalog's sources");
    // The week's changes are still the digest.
    expect((await ask('what changed in prices this week?')).answer.kind).toBe('digest');
  });

  it('a price asked of the past ("did X\'s price change?"; its history is its card): the change that made the price in force, or that it is the first recorded', async () => {
    const day = NOW.toISOString().slice(0, 10);
    // A current model whose price in force replaced an earlier one, and one priced once: found in the catalog.
    const changed = catalog.models.find((m) => m.status === 'active' && m.pricing.filter((p) => p.from <= day).length >= 2);
    const once = catalog.models.find((m) => m.status === 'active' && m.pricing.length === 1 && m.pricing[0]?.from !== undefined && m.id.startsWith('claude'));
    if (!changed || !once) throw new Error('the catalog needs a model whose price changed and one priced once');
    const now = quotedPrice(changed, day);
    const before = changed.pricing.filter((p) => p.from < now.from).at(-1) as (typeof changed.pricing)[number];
    const moved = (a: number, b: number) => (b === a ? 'unchanged' : b < a ? `${Math.round((1 - b / a) * 100)}% cheaper` : undefined);
    for (const text of [`did ${changed.id}'s price change?`, `when did ${changed.id} last change price?`, `has ${changed.id} gotten cheaper?`]) {
      const { a, text: said } = await fact(text);
      expect(a.attribute, text).toBe('price-schedule');
      expect(said, text).toContain(`last changed on ${now.from}, from ${perMillion(before.input)} input, ${perMillion(before.output)} output (from ${before.from})`);
      const input = moved(before.input, now.input);
      if (input) expect(said, text).toContain(`input ${input}`);
    }
    const first = await fact(`did ${once.id}'s price ever change?`);
    expect(first.text).toContain(`since ${quotedPrice(once, day).from}, the first price the catalog's sources record`);
  });

  it('a route: yes or no from the routes, with the source when yes', async () => {
    const { a } = await fact('is claude opus 5 on bedrock?');
    const onBedrock = model('claude-opus-5').routes.some((r) => r.platform === 'bedrock');
    expect(a.facts[0]?.answer).toBe(onBedrock ? 'yes' : 'no');
    const hosted = catalog.models.find((x) => x.status === 'active' && x.routes.some((r) => r.platform === 'bedrock')) as CatalogModel;
    const yes = await fact(`is ${hosted.id} available on bedrock?`);
    expect(yes.a.facts[0]?.answer).toBe('yes');
    expect(yes.text).toContain(hosted.routes.find((r) => r.platform === 'bedrock')?.source.url as string);
  });
});

describe('words that look like hosts or out-of-reach topics', () => {
  it('a host named outside a routing phrase is not a route question; schema-compliant JSON is not compliance', async () => {
    expect((await ask('compare gpt-4.1 and claude haiku 4.5 together')).query.intent).toBe('compare');
    expect((await ask('does gpt-5.4 mini give schema-compliant json?')).query.intent).not.toBe('cannot-see');
    expect((await ask('what would our spend be on gpt-5.4 mini?')).query.intent).toBe('cost');
    expect((await ask('how do we build a support chatbot, which model should we use?')).query.intent).toBe('best');
  });
});

describe('surfaces', () => {
  it('"is X available in the codex cli?" is yes or no from the model\'s surfaces, with the source', async () => {
    const offered = catalog.models.find((m) => m.surfaces.some((s) => s.id === 'codex-local' && s.available)) as CatalogModel;
    const { a, text } = await fact(`is ${offered.id} available in the codex cli?`);
    expect(a.attribute).toBe('surface');
    expect(a.facts[0]?.answer).toBe('yes');
    expect(text).toContain(offered.surfaces.find((s) => s.id === 'codex-local')?.source.url as string);
  });
});

describe('filters in words', () => {
  it('"top N" shows N rows from 1 to 999; outside that range it says the range instead of guessing', async () => {
    for (const n of [1, 7, 100]) {
      const { answer } = await ask(`/models newest top ${n}`);
      expect(answer.kind).toBe('cheapest');
      expect((answer as CheapestAnswer).ranking).toHaveLength(n);
    }
    for (const n of ['0', '1000', '100000000000000000000']) {
      const { answer } = await ask(`/models cheapest top ${n}`);
      expect(answer.kind).toBe('input-problem');
      expect(renderText(answer)).toContain('ask for the top 1 to 999');
    }
  });

  it('a score floor keeps only models at or above it on that benchmark', async () => {
    const { answer } = await ask('cheapest model scoring at least 50 on SWE-bench Pro');
    const a = answer as CheapestAnswer;
    expect(a.kind).toBe('cheapest');
    expect(a.filters.benchmarkFloors).toEqual([{ benchmark: 'swe-bench-pro', min: 50 }]);
    for (const row of a.ranking) expect(model(row.model).benchmarks.find((b) => b.id === 'swe-bench-pro')?.score).toBeGreaterThanOrEqual(50);
  });

  it('a budget is honoured, and "decent" is a stated floor the answer names', async () => {
    const { answer } = await ask('$500 budget, cheapest decent model at 2B tokens a month');
    const a = answer as CheapestAnswer;
    expect(a.filters.maxMonthlyUsd).toBe(500);
    for (const row of a.ranking) {
      expect(row.monthlyUsd).toBeLessThanOrEqual(500);
      expect(model(row.model).benchmarks.find((b) => b.id === DECENT_FLOOR.benchmark)?.score).toBeGreaterThanOrEqual(DECENT_FLOOR.min);
    }
    expect(a.assumptions.text.join(' ')).toContain(`“decent” read as an Artificial Analysis Intelligence Index of at least ${DECENT_FLOOR.min}`);
  });

  it('snapshots of one model rank once, as the newest snapshot', async () => {
    const a = (await ask('cheapest deepseek model, top 10')).answer as CheapestAnswer;
    const keys = a.ranking.map((r) => snapshotGroupOf(catalog, r.model));
    expect(new Set(keys).size).toBe(keys.length);
    // The catalog lists dated snapshots of DeepSeek models: each shown row says which it stands for.
    const folded = catalog.models.filter((m) => m.provider === 'deepseek' && snapshotGroupOf(catalog, m.id) !== m.id);
    expect(folded.length).toBeGreaterThan(0);
    expect(a.ranking.some((r) => r.notes.some((n) => n.startsWith('also sold as')))).toBe(true);
    // and the sources are those of the rows shown.
    const shown = new Set(a.ranking.map((r) => r.model));
    for (const src of a.sources) for (const what of src.what.split('; ')) expect(shown.has(what.split(' ')[0] as string), what).toBe(true);
  });
});

describe('what the catalog cannot know', () => {
  it.each([
    ["what was our team's openai spend last month?", 'spend'],
    ['which GPUs to self-host deepseek v4 pro?', 'hardware'],
    ['how do I set up the openai python sdk?', 'how-to'],
  ])('%j → a short "I can\'t see that" with what to ask instead', async (text, reach) => {
    const { answer } = await ask(text);
    expect(answer.kind).toBe('cannot-see');
    const a = answer as CannotSeeAnswer;
    expect(a.reach).toBe(reach);
    expect(a.instead.length).toBeGreaterThan(0);
    const rendered = renderText(answer);
    expect(rendered).toMatch(/^I can't/);
    expect(rendered).not.toMatch(/Open weights: yes|\$\d/);
    expect(limitViolations(renderBlocks(answer))).toEqual([]);
  });
});

describe('time windows in words', () => {
  it.each([
    ['what got cheaper this month?', '2026-12-01', '2026-12-03'],
    ['anthropic price changes in november?', '2026-11-01', '2026-12-01'],
    ['new models since october?', '2026-10-01', '2026-12-03'],
    ['any price cuts last quarter?', '2026-07-01', '2026-10-01'],
    ['price changes in q3', '2026-07-01', '2026-10-01'],
    ['what changed this quarter', '2026-10-01', '2026-12-03'],
    ['price changes in q4', '2026-10-01', '2026-12-03'],
    // Days in words: both included; "since" a day, up to today; "after" a day, from the next.
    ['what changed between 2026-09-01 and 2026-09-30?', '2026-09-01', '2026-10-01'],
    ['price changes from 2026-10-01 to 2026-10-31', '2026-10-01', '2026-11-01'],
    ['digest 2026-10-01..2026-10-08', '2026-10-01', '2026-10-08'],
    ['any price cuts since 2026-10-05?', '2026-10-05', '2026-12-03'],
    ['what changed after 2026-10-09?', '2026-10-10', '2026-12-03'],
    // A month asked ahead is its next occurrence; asked back, its last.
    ["what's changing in january?", '2027-01-01', '2027-02-01'],
    ['price changes next march', '2027-03-01', '2027-04-01'],
    ['what changed in january?', '2026-01-01', '2026-02-01'],
  ])('%j covers %s to %s', async (text, from, to) => {
    const { answer } = await ask(text);
    expect(answer.kind).toBe('digest');
    const a = answer as { from: string; to: string };
    expect([a.from.slice(0, 10), a.to.slice(0, 10)]).toEqual([from, to]);
  });
});

describe('price changes ahead', () => {
  it.each(['which models are getting more expensive?', 'upcoming price increases', 'any price increases coming up?'])('%j is the digest, with the changes ahead', async (text) => {
    const { answer } = await ask(text);
    expect(answer.kind).toBe('digest');
    expect(renderText(answer)).toContain('Price changes ahead');
  });
});

describe('a lane for one product, named without it', () => {
  it('"best model for code review" says the code-review lane is Codex\'s and which lane it ranked on; with "codex" it is that lane', async () => {
    const gated = catalog.lanes.find((l) => l.id === 'code-review');
    expect(gated?.needs.surfaces.length).toBeGreaterThan(0);
    const plain = await ask('best model for code review');
    expect(plain.answer.kind).toBe('best');
    const lane = plain.query.lane;
    expect(lane).not.toBe('code-review');
    expect(renderText(plain.answer)).toContain(`the code-review lane (${gated?.name}) is for codex-code-review only: ranked on ${lane}`);
    expect((await ask('best model for codex code review')).query.lane).toBe('code-review');
    expect(renderText((await ask('best model for coding')).answer)).not.toContain('is for codex');
  });
});

describe("a family word that is not its maker's whole line", () => {
  it('"cheapest gemini model" ranks Gemini models only (never Gemma); "google models" every Google model', async () => {
    const gemma = catalog.models.filter((m) => m.provider === 'google' && !m.family.startsWith('gemini'));
    expect(gemma.length).toBeGreaterThan(0);
    for (const text of ['cheapest gemini model', 'which gemini models are cheapest?', 'top 20 cheapest gemini models']) {
      const { answer, query } = await ask(text);
      const a = answer as CheapestAnswer;
      expect(query.filters.providers, text).toBeUndefined();
      expect(a.ranking.length, text).toBeGreaterThan(0);
      for (const r of a.ranking) expect(model(r.model).family, `${text}: ${r.model}`).toMatch(/^gemini/);
    }
    const google = (await ask('cheapest google models')).query;
    expect(google.filters.providers).toEqual(['google']);
    expect(google.filters.families).toBeUndefined();
  });
});

describe('question words beside a partial name', () => {
  it.each(['who hosts qwen3 235b?', 'where can I run qwen3 235b?'])('%j names the model, not "hosts qwen3 235b"', async (text) => {
    const { answer, query } = await ask(text);
    expect(answer.kind).toBe('where');
    expect(query.models).toHaveLength(1);
    expect(model(query.models[0] as string).id).toMatch(/^qwen3-235b/);
  });

  it('a spec word inside a workload ("6k tokens context + 400 token answers") is no question of that spec: the comparison at that workload', async () => {
    const { query, answer } = await ask('our RAG app: 1M queries/month, 6k tokens context + 400 token answers, sonnet 4.5 vs gpt-5');
    expect([query.intent, query.attribute, answer.kind]).toEqual(['compare', null, 'comparison']);
    expect(query.tokens).toBe(1_000_000 * 6_400);
    expect((await ask('which has a bigger context at 10M tokens, gpt-5 or sonnet 4.5?')).query.attribute).toBe('context');
  });

  it('"deepinfra vs together for qwen3 235b": both hosts are where it is bought, neither is part of the name', async () => {
    const { answer, query } = await ask('deepinfra vs together for qwen3 235b');
    if (answer.kind !== 'where') throw new Error(answer.kind);
    expect(query.models).toHaveLength(1);
    expect(model(query.models[0] as string).id).toMatch(/^qwen3-235b/);
    expect(query.filters.hosts).toEqual(expect.arrayContaining(['deepinfra', 'togetherai']));
  });

  it('"how reliable is openrouter?" is live health the catalog cannot see', async () => {
    expect((await ask('how reliable is openrouter?')).answer.kind).toBe('cannot-see');
  });

  it('where a model is hosted or its data stays ("hosted in the EU", "an eu region") is said to be outside the catalog', async () => {
    for (const text of ['cheapest model hosted in the EU', 'which models can run in an eu region', 'is our data processed in the US with gpt-5?']) {
      const { answer } = await ask(text);
      expect(answer.kind, text).toBe('cannot-see');
      expect(renderText(answer), text).toContain('residency');
    }
    // A maker's country is a note beside the ranking, as before.
    expect((await ask('cheapest model from a european company')).answer.kind).toBe('cheapest');
  });
});

describe('price moves asked with a verb', () => {
  it.each([
    // One model's: the change that made its price (a fact of its prices); a maker's or every model's: the digest.
    ['has gpt-4o ever changed price?', 'attribute'],
    ['did deepseek chat change its price?', 'attribute'],
    ['did openai lower prices this year?', 'digest'],
    ['will anthropic raise prices?', 'digest'],
    ['which models have lower prices than gpt-5?', 'cheapest'],
  ])('%j is answered as %s', async (text, intent) => {
    const { query } = await ask(text);
    expect(query.intent).toBe(intent);
    if (intent === 'cheapest') expect([query.filters.like, query.filters.cheaperThanLike]).toEqual(['gpt-5', true]);
  });
});

describe('open weights of a maker', () => {
  it.each([
    ['is deepseek open source?', 'deepseek'],
    ['can I self-host gpt-oss?', 'openai'],
    ['can I self host claude?', 'anthropic'],
  ])("%j ranks that maker's open-weights models (none when it has none)", async (text, provider) => {
    const { answer, query } = await ask(text);
    expect(answer.kind).toBe('cheapest');
    expect(query.filters).toMatchObject({ openWeights: true, providers: [provider] });
    const a = answer as CheapestAnswer;
    const open = catalog.models.filter((m) => m.provider === provider && m.openWeights === true && m.status === 'active');
    if (open.length === 0) expect(a.ranking).toEqual([]);
    for (const r of a.ranking) expect([model(r.model).provider, model(r.model).openWeights]).toEqual([provider, true]);
  });

  it('"which models can I download?" is the open-weights ranking', async () => {
    expect((await ask('which models can I download?')).query.filters.openWeights).toBe(true);
  });
});

describe("what a maker's models can do", () => {
  it.each([
    ['can claude read pdfs?', 'anthropic', { inputModalities: ['pdf'] }],
    ['does claude support pdf input?', 'anthropic', { inputModalities: ['pdf'] }],
    ['can grok see images?', 'xai', { need: ['vision'] }],
    ['which claude models support pdf input?', 'anthropic', { inputModalities: ['pdf'] }],
  ] as const)("%j lists every one of that maker's current models that can, not the best for documents", async (text, provider, filter) => {
    const { answer, query } = await ask(text);
    expect([answer.kind, query.filters.lane]).toEqual(['cheapest', undefined]);
    expect(query.filters).toMatchObject({ providers: [provider], ...filter });
    const a = answer as CheapestAnswer;
    // Every one listed can; none that can is left out for the list's length.
    for (const r of a.ranking) expect(model(r.model).provider).toBe(provider);
    expect(a.ranking.length).toBe(a.eligible);
  });

  it('"which claude model is best for pdfs?" is still the best for documents', async () => {
    expect((await ask('which claude model is best for pdfs?')).answer.kind).toBe('best');
  });

  it('"what license is qwen3?" reads the name, not "license qwen3"', async () => {
    for (const text of ['what license is qwen3?', "what's the license for qwen3?", 'qwen3 license']) expect(parseText(catalog, text).models, text).toEqual(['qwen3']);
  });

  it('"can I use X commercially?" is its license, the name read without the word', async () => {
    for (const [text, id] of [
      ['can I use llama 3.3 70b commercially?', 'llama-3.3-70b-instruct'],
      ['can we use gpt-oss-120b for commercial use?', 'gpt-oss-120b'],
      ['is deepseek v3.2 ok for commercial products', 'deepseek-v3.2'],
    ] as const) {
      const q = parseText(catalog, text);
      expect([q.intent, q.attribute, q.models], text).toEqual(['attribute', 'license', [id]]);
      const { answer } = await ask(text);
      expect(renderText(answer)).toContain(`License of ${model(id).name}:`);
    }
    expect(parseText(catalog, 'can I use qwen3 commercially?').models).toEqual(['qwen3']);
  });

  it('"claude code" beside a model is the Claude models it runs, said; its price alone is a plan\'s', async () => {
    const { query, answer } = await ask('compare gpt-5 codex and claude code');
    expect(query.models).toEqual(['gpt-5-codex', 'claude']);
    if (answer.kind !== 'comparison') throw new Error(answer.kind);
    expect(answer.models.map((m) => model(m).provider)).toEqual(['openai', 'anthropic']);
    expect(renderText(answer)).toContain("“Claude Code” is Anthropic's coding tool");
    expect((await ask('how much does claude code cost')).answer.kind).toBe('cannot-see');
  });
});

describe('another language', () => {
  it.each(['¿cuál es el modelo más barato?', 'quel est le modèle le moins cher ?', 'günstigstes Modell', 'qual é o modelo mais barato?'])(
    '%j is said to need English, in both renderings',
    async (text) => {
      const { answer } = await ask(text);
      expect(answer.kind).toBe('not-understood');
      expect(renderText(answer)).toContain('Model Scout reads questions in English');
      expect(JSON.stringify(renderBlocks(answer).blocks)).toContain('Model Scout reads questions in English');
    },
  );

  it('an English question not understood is not told so', async () => {
    expect(renderText((await ask('foo bar baz')).answer)).not.toContain('in English');
  });
});

describe('too many models', () => {
  it('a comparison of more models than it takes is refused, and the command offered is one that runs', async () => {
    const five = catalog.models.filter((m) => m.status === 'active').slice(0, MAX_COMPARED + 1);
    const { answer } = await ask(`/compare ${five.map((m) => m.id).join(' ')}`);
    expect(answer.kind).toBe('not-understood');
    const suggestion = (answer as { suggestion: string | null }).suggestion;
    expect(suggestion).toBe(
      `/compare ${five
        .slice(0, MAX_COMPARED)
        .map((m) => m.id)
        .join(' ')}`,
    );
    expect((await ask(suggestion as string)).answer.kind).toBe('comparison');
  });
});

describe('days a digest cannot cover', () => {
  it.each([
    ['what changed between 2026-10-01 and 2026-09-01?', 'The window 2026-10-01..2026-09-01 ends before it starts'],
    ['digest preview 2026-13-01..2026-13-08', 'Cannot read 2026-13-01 as a day of the calendar'],
    ['price changes since 2026-02-30', 'Cannot read 2026-02-30 as a day of the calendar'],
  ])('%j is said, never this week instead', async (text, said) => {
    const { answer } = await ask(text);
    expect(answer.kind).toBe('input-problem');
    expect(renderText(answer)).toContain(said);
  });
});

describe('context floors written out', () => {
  it.each([
    ['cheapest model with 200000 context', 200_000],
    ['cheapest model with 1,000,000 token context', 1_000_000],
    ['cheapest model with a 2 million token context window', 2_000_000],
    ['cheapest model with 2e6 context', 2_000_000],
    ['cheapest model with context of at least 300000 tokens', 300_000],
  ])('%j ranks only models with that context', async (text, floor) => {
    const { answer, query } = await ask(text);
    expect(query.filters.minContext).toBe(floor);
    const a = answer as CheapestAnswer;
    for (const r of a.ranking) expect(r.contextWindow).toBeGreaterThanOrEqual(floor);
    if (a.ranking.length === 0) expect(a.largest?.tokens).toBeLessThan(floor);
  });

  it('a year beside "context" is not a size', async () => {
    expect((await ask('cheapest model with the longest context in 2025')).query.filters.minContext).toBeUndefined();
  });
});

describe('names', () => {
  it('a family name picks the newest active model of the family', async () => {
    const { query } = await ask('mistral large');
    const [id] = queryJson(catalog, query).models;
    const chosen = model(id as string);
    const family = catalog.models.filter((m) => m.family === chosen.family && m.status === 'active');
    expect(family.length).toBeGreaterThan(1);
    const higher = (a: number[], b: number[]) => {
      for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
      return false;
    };
    const newer = family.filter((m) => higher(versionOf(m.name), versionOf(chosen.name)));
    expect(newer.map((m) => m.id)).toEqual([]);
  });

  it('a family word set against a named model ("gpt-5 vs claude") is that family’s best current model, said so, not a filter', async () => {
    for (const [text, word, at] of [
      ['gpt-5 vs claude', 'claude', 1],
      ['is gemini cheaper than gpt-4.1?', 'gemini', 0],
      ['gpt-4.1 or grok for 10M tokens', 'grok', 1],
    ] as const) {
      const { query, answer } = await ask(text);
      expect(query.models[at], text).toBe(word);
      expect(query.filters.providers, text).toBeUndefined();
      expect(['comparison', 'attribute'], text).toContain(answer.kind);
      // The other model is kept; the family word is one of its family's models, named in the assumptions.
      const compared = answer.kind === 'comparison' || answer.kind === 'attribute' ? answer.models : [];
      const other = resolveModel(catalog, query.models[1 - at] as string);
      expect(other.kind === 'found' && compared[1 - at] === other.model.id, text).toBe(true);
      const family = resolveModel(catalog, word);
      expect(family.kind === 'ambiguous' && family.candidates.some((m) => m.id === compared[at]), text).toBe(true);
      expect(JSON.stringify(answer), text).toContain(`“${word}” names`);
    }
  });

  it('two family words set against each other ("compare claude and gemini") compare a model of each; a listing of models is not', async () => {
    const { query, answer } = await ask('compare claude and gemini');
    expect(query.models).toEqual(['claude', 'gemini']);
    expect(answer.kind).toBe('comparison');
    if (answer.kind === 'comparison') expect(answer.models.map((id) => catalog.models.find((m) => m.id === id)?.provider)).toEqual(['anthropic', 'google']);
    expect((await ask('cheapest model from openai or google')).query.filters.providers).toEqual(['openai', 'google']);
  });

  it('three or four family words set against each other compare a model of each (the third was dropped)', async () => {
    for (const [text, providers] of [
      ['gemini vs claude vs gpt for coding', ['google', 'anthropic', 'openai']],
      ['grok or deepseek or mistral or claude?', ['xai', 'deepseek', 'mistral', 'anthropic']],
    ] as const) {
      const { answer } = await ask(text);
      expect(answer.kind, text).toBe('comparison');
      if (answer.kind === 'comparison')
        expect(
          answer.models.map((id) => catalog.byId.get(id)?.provider),
          text,
        ).toEqual(providers);
    }
  });

  it('a bare version resolves when the other names make it certain; three family words keep three models', async () => {
    expect(queryJson(catalog, (await ask('4o vs 4.1')).query).models).toEqual(['gpt-4o', 'gpt-4.1']);
    const three = await ask('luna vs terra vs sol');
    expect(three.answer.kind).toBe('comparison');
    expect(queryJson(catalog, three.query).models).toHaveLength(3);
  });

  it('a version newer than any the catalog has is unknown, said to be newer, never an older model', async () => {
    const haikus = catalog.models.filter((m) => m.family === 'claude-haiku');
    const top = Math.max(...haikus.map((m) => versionOf(m.name)[0] ?? 0));
    const { answer } = await ask(`claude-haiku-${top + 1}`);
    expect(answer.kind).toBe('unknown-model');
    expect(renderText(answer)).toMatch(/newer than any the catalog has/);
  });

  it('a size the catalog lacks of a version it has is unknown, with that version\'s models, never "newer" than the family', async () => {
    // The family's words against every model that has them: a fine-tune named after one size must not stand for the family.
    const sameVersion = catalog.models.filter((m) => /^llama-3\.1-\d+b/.test(m.id));
    expect(sameVersion.length).toBeGreaterThan(0);
    expect(sameVersion.some((m) => m.id.includes('405b'))).toBe(false);
    const r = resolveModel(catalog, 'llama 3.1 405b');
    expect(r.kind).toBe('unknown');
    if (r.kind !== 'unknown') return;
    expect(r.note).toContain('only in other sizes or variants');
    expect(r.note).not.toMatch(/newer than any/);
    expect(r.suggestions.map((m) => m.id).sort()).toEqual(sameVersion.map((m) => m.id).sort());
    const { answer } = await ask('llama 3.1 405b on together vs fireworks');
    expect(answer.kind).toBe('unknown-model');
    expect(renderText(answer)).not.toMatch(/newer than any/);
    // A version past the family's newest is still said to be newer.
    const llamas = catalog.models.filter((m) => /^llama-\d/.test(m.id));
    const top = Math.max(...llamas.map((m) => versionOf(m.name)[0] ?? 0));
    expect(renderText((await ask(`llama ${top + 1}`)).answer)).toMatch(/newer than any the catalog has/);
  });

  it('a close typo in a comparison of two resolves with a note; a far one gets did-you-mean', async () => {
    const close = await ask('gpt-4.1-mnii vs gpt-5.3-codx');
    expect(close.answer.kind).toBe('comparison');
    expect(renderText(close.answer)).toContain('“gpt-4.1-mnii” read as gpt-4.1-mini');
    const far = await ask('gpt-4.1-mnxx vs gpt-5.3-codex');
    expect(far.answer.kind).toBe('unknown-model');
  });
});

describe('the newest models', () => {
  it('"the latest anthropic model" ranks the provider\'s models newest first, with their release dates, in both renderings', async () => {
    const { answer } = await ask("what's the latest anthropic model?");
    expect(answer.kind).toBe('cheapest');
    const a = answer as CheapestAnswer;
    expect(a.order).toBe('newest');
    expect(a.ranking.length).toBeGreaterThan(1);
    expect(a.ranking.every((r) => r.provider === 'anthropic')).toBe(true);
    const days = a.ranking.map((r) => r.released ?? '');
    expect(days).toEqual([...days].sort().reverse());
    const text = renderText(a);
    expect(text).toMatch(/^Newest of \d+ eligible models/);
    for (const r of a.ranking) expect(text).toContain(r.released ?? 'not published');
    const message = renderBlocks(a);
    expect(limitViolations(message)).toEqual([]);
    expect(JSON.stringify(message.blocks)).toContain('"Released"');
    expect(message.text).toContain(`${a.ranking[0]?.name} released ${a.ranking[0]?.released}`);
  });
});

describe('largest context and fastest', () => {
  it('"which model has the largest context window?" ranks by context window, largest first, with the window in both renderings', async () => {
    const { answer, command } = await ask('which model has the largest context window?');
    const a = answer as CheapestAnswer;
    expect([a.kind, a.order]).toEqual(['cheapest', 'context']);
    const windows = a.ranking.map((r) => r.contextWindow);
    expect(windows).toEqual([...windows].sort((x, y) => y - x));
    // No active model has a larger window than the first.
    const largest = Math.max(...catalog.models.filter((m) => m.status === 'active').map((m) => m.contextWindow));
    expect(windows[0]).toBe(largest);
    expect(renderText(a)).toMatch(/^Largest context of \d+ eligible models/);
    const message = renderBlocks(a);
    expect(limitViolations(message)).toEqual([]);
    expect(message.text).toContain(`${a.ranking[0]?.name} context `);
    // The button's command asks the same again.
    expect(command).toBe('/models largest-context');
    expect((await ask(command)).query.order).toBe('context');
  });

  it('"which model has the biggest output limit?" ranks by published maximum output and counts the models that publish none', async () => {
    for (const text of ['which model has the biggest output limit?', 'which model writes the longest responses?', '/models largest output']) {
      const { answer, command } = await ask(text);
      const a = answer as CheapestAnswer;
      expect([a.kind, a.order], text).toEqual(['cheapest', 'output']);
      const outputs = a.ranking.map((r) => r.maxOutput ?? 0);
      expect(outputs).toEqual([...outputs].sort((x, y) => y - x));
      const largest = Math.max(...catalog.models.filter((m) => m.status === 'active').map((m) => m.maxOutput ?? 0));
      expect(outputs[0], text).toBe(largest);
      const unpublished = catalog.models.filter((m) => m.maxOutput === undefined).length;
      expect(a.excluded.find((e) => e.filter === 'outputLimit')?.count).toBe(unpublished);
      expect(renderText(a)).toMatch(/^Largest maximum output of \d+ eligible models/);
      const message = renderBlocks(a);
      expect(limitViolations(message)).toEqual([]);
      expect(message.text).toContain(`${a.ranking[0]?.name} maximum output `);
      expect(command).toBe('/models largest-output');
      expect((await ask(command)).query.order).toBe('output');
    }
  });

  it('"fastest model" ranks only measured speeds and says how many have none; "/models fastest" is the same ranking', async () => {
    const { answer } = await ask("what's the fastest openai model?");
    const a = answer as CheapestAnswer;
    expect([a.kind, a.order, a.filters.providers]).toEqual(['cheapest', 'speed', ['openai']]);
    const measured = catalog.models.filter((m) => m.provider === 'openai' && m.speed?.outputTokensPerSecond !== undefined && m.status === 'active');
    expect(a.ranking.map((r) => r.model).sort()).toEqual(measured.map((m) => m.id).sort());
    const speeds = a.ranking.map((r) => r.outputTokensPerSecond ?? 0);
    expect(speeds).toEqual([...speeds].sort((x, y) => y - x));
    const text = renderText(a);
    expect(text).toMatch(/^Fastest of \d+ eligible models/);
    expect(text).toMatch(/Excluded: .*\d+ no measured output speed/);
    expect(JSON.stringify(renderBlocks(a).blocks)).toContain('"Output speed"');
    const command = await ask('/models fastest from openai');
    expect((command.answer as CheapestAnswer).ranking.map((r) => r.model)).toEqual(a.ranking.map((r) => r.model));
  });

  it('"cheapest per task on aider" ranks by each model’s cheapest published run, with that run’s score; the rest are counted', async () => {
    for (const text of ['which model is cheapest per task on aider?', 'lowest cost per task', '/models cheapest-per-task']) {
      const { answer, command } = await ask(text);
      const a = answer as CheapestAnswer;
      expect([a.kind, a.order, a.scoredOn?.id], text).toEqual(['cheapest', 'task', 'aider-polyglot']);
      const runs = (m: CatalogModel) =>
        m.benchmarks.filter((b) => b.id === 'aider-polyglot' && b.run !== undefined).map((b) => Number(((b.run?.totalCostUsd ?? 0) / (b.run?.tasks ?? 1)).toPrecision(6)));
      for (const r of a.ranking) expect(r.perTask?.perTaskUsd, r.model).toBe(Math.min(...runs(model(r.model))));
      const costs = a.ranking.map((r) => r.perTask?.perTaskUsd ?? 0);
      expect(costs).toEqual([...costs].sort((x, y) => x - y));
      expect(a.excluded.find((e) => e.filter === 'taskCost')?.count).toBe(catalog.models.filter((m) => runs(m).length === 0).length);
      expect(a.ranking[0]?.why[0]).toMatch(/^scored [\d.]+% in the Aider polyglot run of \d{4}-\d{2}-\d{2}/);
      expect(renderText(a)).toMatch(/^Cheapest per task on Aider polyglot of \d+ eligible models/);
      expect(limitViolations(renderBlocks(a))).toEqual([]);
      expect(command).toMatch(/^\/models cheapest-per-task\b/);
      expect(
        ((await ask(command)).answer as CheapestAnswer).ranking.map((r) => r.model),
        command,
      ).toEqual(a.ranking.map((r) => r.model));
    }
  });

  it('a speed no one measured is "not measured", never "untested" (no benchmark is missing)', async () => {
    const unmeasured = catalog.models.find((m) => m.status === 'active' && m.speed === undefined && m.id.startsWith('gpt-5'));
    if (!unmeasured) throw new Error('the catalog needs an active gpt-5 model without a measured speed');
    const text = renderText((await ask(`how fast is ${unmeasured.id}?`)).answer);
    expect(text).toContain(`Output speed of ${unmeasured.name}: not measured`);
    expect(text).not.toContain('untested');
  });
});

describe('good at a kind of work', () => {
  it('"cheapest model that\'s good at coding" ranks only models the coding lane\'s benchmarks back; "cheapest coding model" says which are untested', async () => {
    const good = (await ask("what's the cheapest model that's good at coding?")).answer as CheapestAnswer;
    expect(good.filters).toMatchObject({ lane: 'api-coding', laneTested: true });
    expect(good.ranking.length).toBeGreaterThan(0);
    for (const r of good.ranking) expect(r.why.some((w) => w.startsWith('fits api-coding ('))).toBe(true);
    const plain = (await ask('cheapest coding model')).answer as CheapestAnswer;
    expect(plain.filters.laneTested).toBeUndefined();
    expect(plain.ranking.some((r) => r.why.includes("meets api-coding's needs, untested on its benchmarks"))).toBe(true);
    // The same from the command its buttons send.
    expect((await ask('/models cheapest tested for api-coding')).query.filters).toMatchObject({ lane: 'api-coding', laneTested: true });
  });
});

describe('prices per 1K tokens', () => {
  it('"price of gpt-4.1 per 1k tokens" quotes every unit price per 1K, in both renderings and in the command it repeats', async () => {
    const { query, answer, command } = await ask('price of gpt-4.1 per 1k tokens');
    expect([query.intent, query.unit, query.tokens]).toEqual(['cost', 'thousand', null]);
    const a = answer as CostAnswer;
    expect(a.unit).toBe('thousand');
    const text = renderText(a);
    const p = quotedPrice(model('gpt-4.1'), '2026-12-02');
    expect(text).toContain(`input ${perUnit(p.input, 'thousand')}`);
    expect(text).toContain(`output ${perUnit(p.output, 'thousand')}`);
    expect(text).not.toMatch(/\/1M/);
    expect(JSON.stringify(renderBlocks(a).blocks)).toContain(perUnit(p.output, 'thousand'));
    expect(command).toContain('per 1k tokens');
    // Requests per thousand are a volume, not a unit.
    expect((await ask('cost of gpt-4.1 for 10k requests per day at 1,000 tokens per request')).query.unit).toBeUndefined();
  });
});

describe('where a model is sold', () => {
  it("a host whose price is the model's own (no API of the provider) shows that price, in its place by price", async () => {
    const asOf = '2026-12-02';
    const hostedAt = catalog.models.filter((m) => {
      const own = quotedPrice(m, asOf);
      return m.status === 'active' && own.host !== undefined && !own.free && m.routes.some((r) => r.platform === own.host && r.input === undefined && !r.free && !r.batch);
    });
    expect(hostedAt.length).toBeGreaterThan(0);
    for (const m of hostedAt.slice(0, 12)) {
      const own = quotedPrice(m, asOf);
      const { answer } = await ask(`which platforms serve ${m.id}`);
      expect(answer.kind, m.id).toBe('where');
      const routes = (answer as WhereAnswer).models[0]?.routes ?? [];
      const there = routes.find((r) => r.platform === own.host && r.price !== null && !/free/.test(r.price));
      expect(there?.price, m.id).toBe(pricePair(own.input, own.output));
      // Among the priced hosts, before those at the provider's price.
      const firstUnpriced = routes.findIndex((r) => r.price === null);
      if (there && firstUnpriced >= 0) expect(routes.indexOf(there), m.id).toBeLessThan(firstUnpriced);
    }
  });
});

describe('where a ranking is bought', () => {
  it('"cheapest model on bedrock" ranks only what Bedrock sells, each at its Bedrock price; the command repeats it', async () => {
    const { answer, command } = await ask('cheapest model on bedrock with vision');
    const a = answer as CheapestAnswer;
    expect(a.filters).toMatchObject({ hosts: ['bedrock'], need: ['vision'] });
    expect(a.ranking.length).toBeGreaterThan(0);
    for (const r of a.ranking) {
      expect(r.route.host).toBe('bedrock');
      expect(model(r.model).routes.some((x) => x.platform === 'bedrock')).toBe(true);
    }
    const notThere = catalog.models.filter((m) => !m.routes.some((x) => x.platform === 'bedrock') && m.provider !== 'bedrock').length;
    expect(a.excluded.find((e) => e.filter === 'hosts')?.count).toBe(notThere);
    expect(command).toContain('on bedrock');
    expect((await ask(command)).query.filters.hosts).toEqual(['bedrock']);
    // "which models does groq host" lists them; a host's name inside a model's ("nvidia nemotron") is no host.
    expect((await ask('which models does groq host?')).query.filters.hosts).toEqual(['groq']);
    expect((await ask('cheapest nvidia nemotron model')).query.filters.hosts).toBeUndefined();
  });
});

describe('a comparison with a purpose', () => {
  it.each([
    ['is gpt-5 better than claude opus 4.1 at coding', 'best model for coding'],
    ['which is better at terminal work, o3 or gpt-5', 'best model for terminal work'],
    ['gpt-5 vs opus 4.1: which is stronger in reasoning?', 'best model for reasoning'],
  ])('"better at" names the lane the comparison is for, as "for" does: %s', (text, same) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.lane]).toEqual(['compare', parseText(catalog, same).lane]);
    expect(q.lane).not.toBeNull();
  });

  it('names the lane inside its sentence as written, acronyms kept ("long-context RAG"), in both renderings', async () => {
    const { answer } = await ask('which is better for long documents, gemini 2.5 pro or claude sonnet 4.5?');
    const lane = catalog.lanes.find((l) => l.id === 'long-context');
    expect(lane?.name).toMatch(/RAG/);
    const inText = lane?.name.replace(/^L/, 'l') ?? '';
    expect(renderText(answer)).toContain(`For ${inText}:`);
    expect(JSON.stringify(renderBlocks(answer).blocks)).toContain(`*For ${inText}:*`);
  });
});

describe('volumes from users and requests', () => {
  it.each([
    'gpt-5-mini 2000 requests a day, 400 input and 150 output tokens each',
    'gpt-5 mini 2000 calls per day at 400 tokens in, 150 out',
    'gpt-5-mini: 2000 requests/day, 400 in / 150 out',
    'gpt-5-mini 2000 requests/day 400 in 150 out',
    '/models cost gpt-5-mini 2000 requests a day 400 in 150 out',
  ])('a count right after a model’s name is the count of requests, not a dated snapshot: %s', (text) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.models, q.tokens, q.mix]).toEqual(['cost', ['gpt-5-mini'], Math.round(2000 * 550 * 30.4375), { input: 8, output: 3 }]);
  });

  it("multiplies users, requests and tokens in the period, and says in the asker's words when the product is no workload", async () => {
    const { query } = await ask('gpt-5 cost for 10k users sending 20 messages a day of 500 tokens');
    expect(query.tokens).toBeCloseTo(10_000 * 20 * 500 * 30.4375, 3);
    const absurd = await ask('1e9 users sending 1e9 messages a day of 1e9 tokens on gpt-5');
    expect(absurd.answer.kind).toBe('input-problem');
    expect(renderText(absurd.answer)).toContain('Cannot price “1e9 users sending 1e9 messages a day of 1e9 tokens”');
    // A count no workload has is said too, never read as a model's name; a model named inside the phrase reads "…".
    for (const [text, phrase] of [
      ['1e400 requests a day at 2k tokens each on gpt-5', '1e400 requests a day at 2k tokens each'],
      ['1e400 requests to gpt-5 if each is 2k tokens', '1e400 requests to … if each is 2k tokens'],
      ['0 calls a day to gpt-5, 2k tokens each', '0 calls a day to …, 2k tokens each'],
    ] as const) {
      const { query, answer } = await ask(text);
      expect(answer.kind, text).toBe('input-problem');
      expect(query.models, text).not.toContainEqual(expect.stringMatching(/requests|calls/));
      expect(renderText(answer), text).toContain(`Cannot price “${phrase}”`);
    }
  });

  it('counts × each one’s size, by side or whole, in the period said by the requests or by "daily" users', async () => {
    const DAYS = 30.4375;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 9_999 }),
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('support tickets', 'messages', 'api calls', 'documents', 'requests'),
        async (count, inK, outH, things) => {
          const sides = (await ask(`cheapest model for ${count} ${things} a day, each ${inK}k tokens in and ${outH}00 out`)).query;
          expect(sides.tokens).toBeCloseTo(count * (inK * 1000 + outH * 100) * DAYS, 3);
          expect(sides.mix && sides.mix.input / sides.mix.output).toBeCloseTo((inK * 1000) / (outH * 100), 6);
          const users = (await ask(`gpt-5 for ${count} daily users, ${outH} ${things} each, ${inK}k tokens per message`)).query;
          expect(users.tokens).toBeCloseTo(count * outH * inK * 1000 * DAYS, 3);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('a size said later in the sentence, with the model named between, counts each one ("3M requests on X if each is 1.5k tokens")', async () => {
    const named = catalog.models.filter((m) => m.status === 'active').slice(0, 40);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 9_999 }),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom(...named),
        fc.constantFrom('requests', 'calls', 'support tickets'),
        fc.constantFrom(
          (n: string, m: string, k: string) => `how much would ${n} a month cost on ${m} if each is ${k} tokens`,
          (n: string, m: string, k: string) => `${n} a month to ${m}, ${k} tokens each`,
        ),
        async (count, k, m, things, say) => {
          const { query } = await ask(say(`${count} ${things}`, m.id, `${k}k`));
          expect([query.models, query.tokens]).toEqual([[m.id], count * k * 1000]);
        },
      ),
      { numRuns: 30 },
    );
  });

  it('people with nothing said of what they send are noted beside a ranking at the default volume, and asked what each sends for a bill; a later volume answers', async () => {
    for (const [text, who, kind] of [
      ['cheapest model for a team of 10 engineers', '10 engineers', 'cheapest'],
      ['how much would gpt-5 cost for 20 developers using it 4 hours a day', '20 developers', 'input-problem'],
    ] as const) {
      const { query, answer } = await handle({ text, where: LOCAL }, ports);
      expect(answer.kind, text).toBe(kind);
      expect(query.tokens, text).toBeNull();
      expect(renderText(answer), text).toContain(
        kind === 'cheapest'
          ? `“${who}” counts ${who.split(' ')[1]}, not tokens, so the default volume is priced`
          : `“${who}” counts ${who.split(' ')[1]}, not tokens: say what each sends`,
      );
      const next = await handle({ text: 'and for 100M tokens?', where: LOCAL, previous: { ...query, problems: [] } }, ports);
      expect(next.query.tokens, text).toBe(100_000_000);
      expect(next.answer.kind, text).not.toBe('input-problem');
      expect(renderText(next.answer), text).not.toContain('counts');
    }
    // Their workload, when said, is multiplied out: "200 support reps sending 50 messages a day of 1k tokens".
    expect((await ask('200 support reps sending 50 messages a day of 1k tokens on gpt-5')).query.tokens).toBeCloseTo(200 * 50 * 1000 * 30.4375, 3);
  });

  it('a count of things with no size in tokens is asked for their size, never priced as tokens', async () => {
    for (const text of ['2M prompts and 1M responses a month on gpt-5', 'cheapest model for 10k prompts and 10k responses']) {
      const { query, answer } = await ask(text);
      expect([query.tokens, query.promptTokens, answer.kind], text).toEqual([null, null, 'input-problem']);
      expect(renderText(answer), text).toMatch(/counts prompts, not tokens/);
    }
    for (const text of ['how much to process 10,000 PDFs of 20 pages each with gemini-2.5-flash?', 'cheapest model for 500 support tickets a day']) {
      const { query, answer } = await ask(text);
      expect(query.tokens, text).toBeNull();
      expect(answer.kind, text).toBe('input-problem');
      expect(renderText(answer), text).toMatch(/counts (?:PDFs|tickets), not tokens: give the size of each in tokens, such as/);
    }
  });

  it('people and their messages with no size are asked for the size, in the period they said, never priced at the default volume', async () => {
    for (const [text, example] of [
      ['what would 500 users sending 20 messages a day cost on gpt-5 mini', '500 users sending 20 messages a day of 2k tokens each'],
      ['cheapest model for 1000 customers with 5 chats a week', '1000 customers sending 5 chats a week of 2k tokens each'],
    ] as const) {
      const { query, answer } = await ask(text);
      expect([query.tokens, answer.kind], text).toEqual([null, 'input-problem']);
      expect(renderText(answer), text).toContain(`not tokens: give the size of each, such as ${example}`);
      // The example it gives is read as the volume it stands for.
      const sized = (await ask(`${example} on gpt-5 mini`)).query.tokens;
      expect(sized, example).toBeGreaterThan(0);
    }
  });
});

describe('a purpose no lane covers', () => {
  it('ranks the strongest overall and says, in the asker’s words, that no benchmark measures that work; a purpose a lane covers is that lane', async () => {
    const { query, answer } = await ask('recommend a model for translation');
    expect([query.intent, query.order, query.filters.scoredOn, query.purpose]).toEqual(['cheapest', 'score', QUALITY_INDEX, 'translation']);
    const ranking = (answer as CheapestAnswer).ranking;
    expect(ranking.length).toBeGreaterThan(1);
    const scores = ranking.map((r) => r.score?.value ?? Number.NaN);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(renderText(answer)).toContain('no benchmark in the catalog measures “translation”');
    expect((await ask('recommend a model for coding')).query.lane).not.toBeNull();
    // "A good model for …" asks the same as "the best model for …" (it was not understood).
    for (const text of ['good model for translation', 'a good model for writing', 'best for translation', "what's the best for legal drafting?"]) {
      const good = (await ask(text)).query;
      expect([good.intent, good.order, good.filters.scoredOn], text).toEqual(['cheapest', 'score', QUALITY_INDEX]);
    }
    // A kind of model the catalog does not cover is said instead.
    expect((await ask('best model for embeddings')).answer.kind).toBe('input-problem');
  });
});

describe('prompt sizes', () => {
  it('"prompts are 300k tokens", "each prompt is about 250k" size the prompt (its long-context price), not the month or one request', async () => {
    for (const [text, tokens, prompt] of [
      ['what would claude-sonnet-4-5 cost at 1B tokens if prompts are 300k tokens?', 1e9, 300_000],
      ['gpt-5 at 10M tokens, each prompt is about 250k tokens', 1e7, 250_000],
      ['gemini-2.5-pro 50M tokens, prompts average 300k', 5e7, 300_000],
      ['gemini-2.5-pro at 20M tokens with 300k-token prompts', 2e7, 300_000],
    ] as const) {
      const { query, answer } = await ask(text);
      expect([query.tokens, query.promptTokens, query.per, query.problems], text).toEqual([tokens, prompt, undefined, []]);
      expect(answer.kind, text).toBe('cost');
      expect((answer as CostAnswer).assumptions.text, text).toContain(`${prompt / 1000}K-token prompts`);
    }
    // "500 prompts of 2k tokens" counts prompts: 500 × 2k tokens, each request's input (at 3:1) its prompt.
    expect((await ask('500 prompts of 2k tokens on gpt-5')).query).toMatchObject({ tokens: 1_000_000, promptTokens: 1_500 });
  });
});

describe("each request's prompt", () => {
  it('a workload of long requests bills each one at the long-context price its prompt reaches, and says the prompt size', async () => {
    const lake = quotedPrice(model('gemini-2.5-pro'), '2026-12-02').tiers.find((t) => t.above === 200_000);
    if (!lake) throw new Error('the catalog needs gemini-2.5-pro priced above 200k-token prompts');
    for (const [text, prompt, mix] of [
      ['100 requests a day of 300k tokens each on gemini 2.5 pro', 225_000, { input: 3, output: 1 }],
      ['100 requests a day of 250k tokens in and 2k out each on gemini 2.5 pro', 250_000, { input: 125, output: 1 }],
    ] as const) {
      const { query, answer } = await ask(text);
      expect([answer.kind, query.promptTokens], text).toEqual(['cost', prompt]);
      const a = answer as CostAnswer;
      expect(a.blendedPerMillion, text).toBeCloseTo((mix.input * lake.input + mix.output * lake.output) / (mix.input + mix.output), 6);
      expect(a.assumptions.text, text).toContain(`${prompt / 1000}K-token prompts`);
    }
    // Short requests stay below every threshold.
    const short = await ask('10k requests a day at 2k tokens each on gpt-5');
    expect(short.query.promptTokens).toBe(1_500);
  });
});

describe('how many to show', () => {
  it('"the three cheapest", "cheapest 5 models" and "top ten" set the list length; a volume stays a volume', async () => {
    for (const [text, top] of [
      ['show me the three cheapest models with vision', 3],
      ['cheapest 5 models for 10M tokens', 5],
      ['top ten newest anthropic models', 10],
    ] as const) {
      const { query, answer } = await ask(text);
      expect(query.top, text).toBe(top);
      expect((answer as CheapestAnswer).ranking.length, text).toBeLessThanOrEqual(top);
    }
    const volume = await ask('cheapest 5m tokens');
    expect([volume.query.top, volume.query.tokens]).toEqual([null, 5_000_000]);
  });

  it('"list all xai models", "what are all the anthropic models?" show every model that passes', async () => {
    for (const text of ['list all xai models', 'what are all the anthropic models?']) {
      const a = (await ask(text)).answer as CheapestAnswer;
      expect(a.eligible, text).toBeGreaterThan(5);
      expect(a.ranking.length, text).toBe(a.eligible);
    }
  });
});

describe("a benchmark's leaderboard", () => {
  it('"top models on SWE-bench Pro" ranks the models with a score, highest first, each score cited; the command repeats it', async () => {
    const { answer, command } = await ask('top models on swe-bench pro');
    const a = answer as CheapestAnswer;
    expect([a.kind, a.order, a.scoredOn?.id]).toEqual(['cheapest', 'score', 'swe-bench-pro']);
    const scored = catalog.models.filter((m) => m.status === 'active' && m.benchmarks.some((b) => b.id === 'swe-bench-pro'));
    expect(a.ranking.length).toBeGreaterThan(1);
    expect(a.ranking.map((r) => r.model).every((id) => scored.some((m) => m.id === id))).toBe(true);
    const values = a.ranking.map((r) => r.score?.value ?? Number.NaN);
    expect(values).toEqual([...values].sort((x, y) => y - x));
    for (const r of a.ranking) {
      const best = Math.max(
        ...model(r.model)
          .benchmarks.filter((b) => b.id === 'swe-bench-pro')
          .map((b) => b.score),
      );
      expect(r.score?.value).toBe(best);
      expect(a.sources.some((s) => s.what.split('; ').includes(`${r.model} swe-bench-pro`))).toBe(true);
    }
    expect(renderText(a)).toMatch(/^Highest-scoring on SWE-Bench Pro of \d+ eligible models/);
    expect(JSON.stringify(renderBlocks(a).blocks)).toContain('"Score"');
    expect(command).toBe('/models leaderboard swe-bench-pro');
    expect(((await ask(command)).answer as CheapestAnswer).ranking.map((r) => r.model)).toEqual(a.ranking.map((r) => r.model));
    // A floor on the benchmark is a filter, not a leaderboard; a model's own score is a fact.
    expect((await ask('best model for coding scoring at least 50 on swe-bench pro')).query.order).toBe('price');
    expect((await ask('gpt-5 swe-bench pro score')).query.intent).toBe('attribute');
  });
});

describe('the cost of one request', () => {
  it('"cost per request … with 2k input and 500 output tokens" prices that request, to the fraction of a cent', async () => {
    const { query, answer } = await ask('cost per request for gpt-5 with 2k input and 500 output tokens');
    expect([query.per, query.tokens, query.mix]).toEqual(['request', 2500, { input: 4, output: 1 }]);
    const a = answer as CostAnswer;
    const p = quotedPrice(model('gpt-5'), '2026-12-02');
    const usd = (2000 * p.input + 500 * p.output) / 1e6;
    expect(a.per).toBe('request');
    expect(a.monthlyUsd).toBeCloseTo(usd, 12);
    const text = renderText(a);
    expect(text).toContain(`GPT-5 (gpt-5): ${requestMoney(usd)} a request`);
    expect(text).toContain('one request of 2,500 tokens');
    expect(text).not.toContain('a month is 365.25/12');
    expect(renderBlocks(a).text).toContain('for one request of 2,500 tokens');
    // "1 request" in figures is one request too; "1 requests a day" would be a workload.
    for (const text of ['how much for 1 request to gpt-5 with 2k input and 500 output', '1 call to gpt-5 of 2k input and 500 output tokens'])
      expect([(await ask(text)).query.per, (await ask(text)).query.tokens], text).toEqual(['request', 2500]);
  });

  it('a long request is priced at the long-context tier its prompt reaches; a request with no size is asked for one', async () => {
    const { answer } = await ask('price per call of gemini 2.5 pro at 300k tokens');
    const tier = quotedPrice(model('gemini-2.5-pro'), '2026-12-02').tiers.find((t) => t.above === 200_000);
    if (!tier) throw new Error('the catalog needs gemini-2.5-pro priced above 200k-token prompts');
    expect((answer as CostAnswer).blendedPerMillion).toBeCloseTo((3 * tier.input + tier.output) / 4, 9);
    const sizeless = await ask('cost per request of gpt-5');
    expect(sizeless.answer.kind).toBe('input-problem');
    expect(renderText(sizeless.answer)).toContain("Give the request's size");
  });
});

describe('negations', () => {
  it('"non-reasoning", "not from openai": the models without it, from anyone else — never the opposite', async () => {
    const { answer } = await ask('cheapest non-reasoning model with vision, not from openai or google');
    const a = answer as CheapestAnswer;
    expect(a.kind).toBe('cheapest');
    expect(a.filters).toMatchObject({ without: ['reasoning'], need: ['vision'], excludeProviders: ['openai', 'google'] });
    expect(a.ranking.length).toBeGreaterThan(0);
    for (const r of a.ranking) {
      expect(model(r.model).capabilities.reasoning).not.toBe(true);
      expect(model(r.model).capabilities.vision).toBe(true);
      expect(['openai', 'google']).not.toContain(r.provider);
    }
    // Any provider of the catalog, by its id, name or the name in brackets ("alibaba" for Qwen), asked for or left out.
    for (const provider of catalog.providers) {
      const { query } = await ask(`cheapest models from ${provider.id}`);
      expect(query.filters.providers, provider.id).toEqual([provider.id]);
      const left = await ask(`cheapest model, not from ${provider.name.replace(/\s*\(.*\)/, '')}`);
      expect(left.query.filters.excludeProviders, provider.name).toEqual([provider.id]);
      expect(left.query.filters.providers, provider.name).toBeUndefined();
    }
    // "No vision needed" asks for nothing either way.
    expect((await ask('cheapest model, no vision needed')).query.filters).toEqual({});
  });

  it.each([
    ["cheapest model that isn't from openai", ['openai']],
    ['cheapest models that are not made by anthropic', ['anthropic']],
    ["cheapest models that don't come from google or openai", ['google', 'openai']],
    ["which models aren't from xai and have vision?", ['xai']],
  ])('%j leaves those makers out, and each row says so', async (text, left) => {
    const { answer, query } = await ask(text);
    expect(query.filters.excludeProviders?.slice().sort()).toEqual(left.slice().sort());
    expect(query.filters.providers).toBeUndefined();
    const a = answer as CheapestAnswer;
    expect(a.kind).toBe('cheapest');
    expect(a.ranking.length).toBeGreaterThan(0);
    for (const r of a.ranking) {
      expect(left).not.toContain(r.provider);
      // Never "no filter asked": the row names what was left out.
      expect(r.why.join('; ')).toMatch(/^(?:.*; )?not from /);
      expect(r.why.join('; ')).not.toContain('no filter asked');
    }
  });
});

describe('sides of a volume, the side first', () => {
  it.each([
    ['gpt-5 input 8M output 2M', 10_000_000, { input: 4, output: 1 }],
    ['gpt-5 input: 8M, output: 2M tokens a day', 10_000_000 * 30.4375, { input: 4, output: 1 }],
    ['/models cost gpt-5 output 1M input 3M', 4_000_000, { input: 3, output: 1 }],
  ])('%j is the sum of both sides at their ratio', async (text, tokens, mix) => {
    const { query, answer } = await ask(text);
    expect(answer.kind).toBe('cost');
    expect(query.tokens).toBeCloseTo(tokens, 0);
    expect(query.mix).toEqual(mix);
    expect(query.problems).toEqual([]);
  });

  it('words with a word for their unit are echoed as written, "50 million words"', async () => {
    expect(renderText((await ask('gpt-5 for 50 million words')).answer)).toContain('50 million words read as 66,666,667 tokens');
  });
});

describe("a dollar's worth, and turns", () => {
  it('"how many tokens do I get per dollar on X?" is what $1 buys on it', async () => {
    const { query, answer } = await ask('how many tokens do I get per dollar on gpt-5 mini?');
    expect([answer.kind, query.budget]).toEqual(['cost', 1]);
    const price = priceProfile(model('gpt-5-mini'), defaultProfile(1_000_000), '2026-12-02');
    if (!price.ok) throw new Error('gpt-5-mini needs a price');
    expect(renderText(answer)).toContain(`$1.00 a month buys`);
    expect(renderText(answer)).toContain(`(${Math.floor((1 / price.monthlyUsd) * 1_000_000).toLocaleString('en-US')})`);
  });

  it('"10 turns of 500 tokens" is 10 × 500 tokens', async () => {
    expect((await ask('cost of 10 turns of 500 tokens on gpt-5')).query.tokens).toBe(5_000);
  });
});

describe('requests of an average size', () => {
  it.each([
    ['cost of 10k conversations a day averaging 2k tokens on gpt-5 mini', 10_000 * 2_000 * 30.4375],
    ['gpt-5 for 500 requests a day, averaging 3k tokens', 500 * 3_000 * 30.4375],
    ['haiku 4.5: 2000 tickets a month with an average of 1.5k tokens', 2_000 * 1_500],
    ['1000 chats a week that average 4k tokens on gpt-5', (1_000 * 4_000 * 30.4375) / 7],
  ])('%j is that many of that size', async (text, tokens) => {
    const { query, answer } = await ask(text);
    expect(answer.kind).toBe('cost');
    expect(query.tokens).toBeCloseTo(tokens, 0);
  });
});

describe('prompt sizes in words', () => {
  it('"pricing above 200k tokens" is the long-context price (a prompt just past it), not a volume of 200k a month', async () => {
    const { query, answer } = await ask('gemini-2.5-pro pricing above 200k tokens');
    expect([query.promptTokens, query.tokens]).toEqual([200_001, null]);
    const tier = quotedPrice(model('gemini-2.5-pro'), '2026-12-02').tiers.find((t) => t.above === 200_000);
    if (!tier) throw new Error('the catalog needs gemini-2.5-pro priced above 200k-token prompts');
    expect(answer.kind).toBe('cost');
    expect((answer as CostAnswer).blendedPerMillion).toBeCloseTo((3 * tier.input + tier.output) / 4, 9);
    // A volume a month stays a volume.
    const volume = await ask('cost of gpt-5 at over 1M tokens a month');
    expect([volume.query.promptTokens, volume.query.tokens]).toEqual([null, 1_000_000]);
  });
});

describe('families', () => {
  it('"cheapest llama model" ranks the family, not the one model the word would pick; a named model stays a model', async () => {
    const { answer } = await ask('cheapest llama model for 10M tokens');
    const a = answer as CheapestAnswer;
    expect(a.kind).toBe('cheapest');
    expect(a.ranking.length).toBeGreaterThan(1);
    for (const r of a.ranking) expect(model(r.model).family).toBe('llama');
    const unknown = await ask('/models cheapest in the zzyzx family');
    expect(unknown.answer.kind).toBe('input-problem');
    expect(renderText(unknown.answer)).toContain('No model family “zzyzx” in the catalog');
    expect((await ask('mistral large')).query.models).toHaveLength(1);
  });

  it('a family the catalog lacks is said, with the closest families, never dropped for a ranking of every model', async () => {
    // A family other catalogs name that this one has no model of, nor a word of a model's id, a provider, a host or an
    // out-of-scope model either.
    const families = new Set(catalog.models.map((m) => m.family));
    const sellers = new Set([...catalog.providers.flatMap((p) => [p.id, ...p.prefixes]), ...catalog.models.flatMap((m) => m.routes.map((r) => r.platform))]);
    const missing = (catalog.familiesElsewhere ?? []).find(
      (f) =>
        /^[a-z]{3,}$/.test(f) &&
        !families.has(f) &&
        familiesNamed(catalog, f).length === 0 &&
        !sellers.has(f) &&
        outOfScopeModel(catalog, f) === undefined &&
        !catalog.models.some((m) => m.id.split(/[-.]/).includes(f)),
    );
    if (!missing) throw new Error('the test needs a family other catalogs name that this catalog lacks');
    const asked = await ask(`cheapest ${missing} model for 10M tokens`);
    expect(asked.answer.kind).toBe('input-problem');
    expect(renderText(asked.answer)).toContain(`No model family “${missing}” in the catalog`);
    // A model the catalog lists as out of scope, named in a question, is said to be one: its words ("image", "audio")
    // are no filter, and it is never garbled into another name.
    for (const [text, name, kind] of [
      ['gpt-image-1 price', 'gpt-image-1', 'an image'],
      ['compare gpt-image-1 and gpt-5', 'gpt-image-1', 'an image'],
      ['whisper pricing', 'whisper', 'a transcription'],
      ['how much is sora 2?', 'sora 2', 'a video'],
    ] as const) {
      const { answer } = await ask(text);
      expect(answer.kind, text).toBe('unavailable');
      expect(renderText(answer), text).toContain(`${name} is ${kind} model`);
    }
    // A model the catalog covers as out of scope says what Model Scout covers.
    const whisper = await ask('cheapest whisper model');
    expect(whisper.answer.kind).toBe('input-problem');
    expect(renderText(whisper.answer)).toContain('whisper is a transcription model');
    // So does a kind of model asked about without a name, once; a chat workload that mentions embeddings is priced.
    for (const [text, kind] of [
      ['cheapest embedding model', 'embedding'],
      ['what would it cost to embed 1B tokens?', 'embedding'],
      ['best reranker for search', 'rerank'],
      ['cheapest text-to-speech model', 'speech'],
    ] as const) {
      const { answer } = await ask(text);
      expect(answer.kind, text).toBe('input-problem');
      const said = renderText(answer);
      expect(said, text).toContain(`${kind} models are not among them`);
      expect(said.split('Model Scout covers').length, text).toBe(2);
      // No volume or mix form would make it answerable: none is offered.
      expect(answer.kind === 'input-problem' && answer.forms, text).toEqual([]);
    }
    expect((await ask('cheapest model for RAG over our docs with embeddings at 50M tokens')).answer.kind).toBe('cheapest');
    // One letter off a family the catalog has: offered, in words and as a command.
    for (const text of ['cheapest lama models', '/models cheapest in the lama family']) {
      const typo = await ask(text);
      expect(typo.answer.kind, text).toBe('input-problem');
      expect(renderText(typo.answer), text).toContain('did you mean llama?');
    }
    // A word that describes models names no family.
    for (const text of ['cheapest small model', 'cheapest open model', 'which reasoning models are cheapest', 'cheapest proven model for extraction'])
      expect((await ask(text)).answer.kind, text).toBe('cheapest');
    // Nor does a word no catalog names as a family.
    expect((await ask('which is the best value model for coding')).answer.kind).toBe('best');
  });

  it.each(['cheap and smart model', 'smart but cheap model', 'cheap capable llm', 'cheap but good model'])(
    '%j asks for both at once: the price–quality frontier, not the cheapest',
    (text) => {
      expect([parseText(catalog, text).intent, parseText(catalog, text).order]).toEqual(['cheapest', 'value']);
      expect(parseText(catalog, 'cheap models').order).toBe('price');
    },
  );

  it('"cheapest flash models" ranks every family the word names', async () => {
    const { answer } = await ask('cheapest flash models');
    const a = answer as CheapestAnswer;
    const named = [...new Set(catalog.models.map((m) => m.family))].filter((f) => f === 'flash' || f.startsWith('flash-') || f.endsWith('-flash'));
    expect(named.length).toBeGreaterThan(0);
    expect(a.filters.families?.sort()).toEqual(named.sort());
    for (const r of a.ranking) expect(named).toContain(model(r.model).family);
  });
});

describe('the best with no kind of work', () => {
  it('"what\'s the best model?", "smartest open model", "top 5 by intelligence" rank on the broadest quality index, highest first, said', async () => {
    for (const text of ["what's the best model?", 'smartest open weights model', 'top 5 models by intelligence', 'most intelligent model from anthropic']) {
      const { answer } = await ask(text);
      expect(answer.kind, text).toBe('cheapest');
      const a = answer as CheapestAnswer;
      expect([a.order, a.scoredOn?.id], text).toEqual(['score', QUALITY_INDEX]);
      const scores = a.ranking.map((r) => r.score?.value ?? Number.NaN);
      expect(scores.every(Number.isFinite), text).toBe(true);
      expect(scores, text).toEqual([...scores].sort((x, y) => y - x));
      expect(renderText(answer), text).toContain(`Highest-scoring on ${catalog.benchmarks.get(QUALITY_INDEX)?.name}`);
    }
    // Latency is answered with output speed, and said to be.
    for (const text of [
      'which model has the lowest latency',
      'time to first token for claude haiku 4.5',
      'we need sub-second latency, which model?',
      'low latency model for voice',
    ]) {
      const { answer, query } = await ask(text);
      expect(renderText(answer), text).toContain('the catalog records measured output speed (tokens per second), not latency or time to first token');
      if (query.models.length === 0) expect(query.order, text).toBe('speed');
    }
    // A kind of work, a need or a purpose keeps its own answer.
    expect((await ask('best model for coding')).answer.kind).toBe('best');
    expect((await ask('which model has the largest context window?')).query.order).toBe('context');
  });
});

describe('currencies', () => {
  it('answers in USD and says it does not convert; an amount in another currency is asked again in dollars', async () => {
    for (const [text, code] of [
      ["what's gpt-5's price in euros", 'EUR'],
      ['compare gpt-5 and gpt-5-mini in GBP at 10M tokens', 'GBP'],
      ['cheapest model with vision, in yen', 'JPY'],
    ] as const) {
      const { query, answer } = await ask(text);
      expect(query.currency, text).toBe(code);
      expect(answer.kind, text).not.toBe('input-problem');
      expect(renderText(answer), text).toContain(`prices in USD, as published: Model Scout does not convert them to ${code}`);
    }
    for (const [text, amount] of [
      ['cheapest model under €500 a month', '€500'],
      ['cost of gpt-5 for 100 rupees', '100 rupees'],
    ] as const) {
      const { answer } = await ask(text);
      expect(answer.kind, text).toBe('input-problem');
      expect(renderText(answer), text).toContain(`Cannot read “${amount}”: prices are published in USD`);
    }
    expect((await ask('cheapest model under $500 a month')).query.currency).toBeUndefined();
  });
});

describe('a name as a filter', () => {
  it('"cheapest gpt-5 model" ranks every model gpt-5 names (gpt-5-mini, gpt-5.4-nano…), not gpt-5 alone; the command its buttons carry says the same', async () => {
    for (const [text, typed] of [
      ['cheapest gpt-5 model', 'gpt-5'],
      ['which GPT 5 models are cheapest for 20M tokens?', 'gpt-5'],
      ['list all claude 4 models', 'claude 4'],
      ['newest gemini 3 model', 'gemini 3'],
      ['/models cheapest named gpt-5.4 for 10M', 'gpt-5.4'],
      ['cheapest model named claude 4 with vision', 'claude 4'],
      ['compare all gpt-6 models', 'gpt-6'],
      ['every gpt-6 model', 'gpt-6'],
    ] as const) {
      const { query, answer } = await ask(text);
      expect(answer.kind, text).toBe('cheapest');
      const a = answer as CheapestAnswer;
      expect(query.filters.named, text).toBe(typed);
      const eligible = catalog.models.filter((m) => answersTo(m, typed));
      expect(eligible.length, text).toBeGreaterThan(2);
      expect(a.ranking.length, text).toBeGreaterThan(1);
      for (const r of a.ranking) expect(answersTo(model(r.model), typed), `${text}: ${r.model}`).toBe(true);
      expect(renderText(answer), text).toContain(`not named ${typed}`);
      // The command the answer's buttons carry reads back the same filter.
      const again = parseText(catalog, `/models cheapest named ${typed}`);
      expect(again.filters.named, text).toBe(typed);
    }
    // One model's name without "models" stays that model.
    expect((await ask('what does gpt-5 cost')).query.models).toEqual(['gpt-5']);
    // A name no model answers to is said, not dropped for a ranking of every model.
    const unknown = await ask('/models cheapest named zzyzx');
    expect(unknown.answer.kind).toBe('input-problem');
    expect(renderText(unknown.answer)).toContain('No model answers to “zzyzx”');
  });

  it('"which models have vision?" lists every model with vision, untested ones too, not the images-and-documents lane', async () => {
    for (const text of ['which models have vision?', 'which anthropic models support vision', 'list models with vision', 'open source models with vision']) {
      const { answer } = await ask(text);
      expect(answer.kind, text).toBe('cheapest');
      const a = answer as CheapestAnswer;
      expect(a.filters.need, text).toEqual(['vision']);
      expect(a.filters.lane, text).toBeUndefined();
      for (const r of a.ranking) expect(model(r.model).capabilities.vision, r.model).toBe(true);
    }
    // Nothing but the capability (and the retired and deprecated, as every ranking) leaves a model out.
    const all = (await ask('which models have vision?')).answer as CheapestAnswer;
    expect(all.excluded.map((e) => e.label).sort()).toEqual(['deprecated', 'no vision', 'retired']);
    // Asking for the best still asks the lane.
    expect((await ask('best model for reading screenshots')).answer.kind).toBe('best');
  });
});

describe('a lane asked for by command', () => {
  it('with none named, asks for one and lists every lane with what it is for; an unknown one is quoted back', () => {
    const [none] = parseText(catalog, '/models best').problems;
    expect(none).toMatch(/^Name a lane, such as \/models best terminal\. Lanes: /);
    for (const lane of catalog.lanes) expect(none).toContain(`${lane.id} (${lane.name})`);
    expect(parseText(catalog, '/models best gardening').problems[0]).toMatch(/^Unknown lane “gardening”\. Lanes: /);
  });
});

describe('as good as a model, or better', () => {
  const scored = catalog.models.filter((m) => m.status === 'active' && m.benchmarks.some((b) => b.id === 'aa-intelligence-index') && /^[a-z0-9.-]+$/.test(m.id));
  const score = (id: string, b = 'aa-intelligence-index') => catalog.byId.get(id)?.benchmarks.find((x) => x.id === b)?.score;

  it('sets a floor at the named model’s score and, with cheaper, keeps what stands in for it for less', async () => {
    expect(scored.length).toBeGreaterThan(10);
    for (const m of scored.slice(0, 8)) {
      const q = parseText(catalog, `anything as good as ${m.id} but cheaper?`);
      expect([q.intent, q.models, q.filters.like, q.filters.cheaperThanLike], m.id).toEqual(['cheapest', [], m.id, true]);
      expect(q.filters.benchmarkFloors, m.id).toEqual([{ benchmark: 'aa-intelligence-index', min: score(m.id) }]);
      const { answer } = await ask(`anything as good as ${m.id} but cheaper?`);
      for (const r of (answer as CheapestAnswer).ranking) expect(score(r.model) ?? -1, `${r.model} vs ${m.id}`).toBeGreaterThanOrEqual(score(m.id) as number);
    }
  });

  it('"better than" is a higher score; "on coding" is the coding index; a second model after "cheaper than" caps the price', () => {
    const [a, b] = scored;
    if (!a || !b) throw new Error('too few scored models');
    const better = parseText(catalog, `models better than ${a.id} under $2 per million`);
    expect(better.filters.benchmarkFloors?.[0]?.min).toBeCloseTo((score(a.id) as number) + 0.1, 6);
    expect(better.filters.maxPerMillion).toBe(2);
    const coder = catalog.models.find((m) => m.status === 'active' && score(m.id, 'aa-coding-index') !== undefined) as CatalogModel;
    expect(parseText(catalog, `cheapest model at least as good as ${coder.id} at coding`).filters.benchmarkFloors).toEqual([
      { benchmark: 'aa-coding-index', min: score(coder.id, 'aa-coding-index') },
    ]);
    const both = parseText(catalog, `something smarter than ${a.id} but cheaper than ${b.id}`);
    expect([both.filters.like, both.filters.benchmarkFloors?.[0]?.benchmark]).toEqual([b.id, 'aa-intelligence-index']);
  });

  it('"<model> level quality", "<model>-class", "<model> tier" set the same floor', () => {
    for (const m of scored.slice(0, 6))
      for (const text of [`cheapest way to get ${m.id} level quality`, `any model with ${m.id}-class performance?`, `${m.id} tier smarts for less, which models?`]) {
        const q = parseText(catalog, text);
        expect([q.intent, q.models, q.filters.benchmarkFloors], text).toEqual(['cheapest', [], [{ benchmark: 'aa-intelligence-index', min: score(m.id) }]]);
      }
  });

  it('"similar quality", "without losing quality", "just as good" said apart from the one model named set its floor', async () => {
    for (const m of scored.slice(0, 4))
      for (const text of [
        `we're spending too much on ${m.id}, what's a cheaper alternative with similar quality?`,
        `something like ${m.id} but cheaper, without losing quality`,
        `${m.id} is too expensive; anything just as good for less?`,
      ]) {
        const q = parseText(catalog, text);
        expect([q.intent, q.filters.like, q.filters.cheaperThanLike, q.filters.benchmarkFloors], text).toEqual([
          'cheapest',
          m.id,
          true,
          [{ benchmark: 'aa-intelligence-index', min: score(m.id) }],
        ]);
      }
    // Two models named: a question about them, not a floor.
    expect(parseText(catalog, 'is gpt-5-mini similar quality to gpt-5?').intent).toBe('compare');
  });

  it('a model without the score is said, with a score it has as the floor to ask for instead', async () => {
    const unscored = catalog.models.find((m) => m.status === 'active' && m.benchmarks.length > 0 && !m.benchmarks.some((b) => b.id.startsWith('aa-intelligence')));
    if (!unscored) throw new Error('every model is scored');
    const { answer } = await ask(`cheapest model at least as good as ${unscored.id}`);
    expect(answer.kind).toBe('input-problem');
    expect(renderText(answer)).toContain(`${unscored.id} has no Artificial Analysis Intelligence Index score to compare other models with. It is scored on`);
  });
});

describe('a name one letter off', () => {
  it('is kept beside the other names and read as the one model a letter away, said in the assumptions (it was dropped)', async () => {
    for (const [text, meant, other] of [
      ['sonet 4.5 vs gpt 5', 'claude-sonnet-4-5', 'gpt-5'],
      ['compare opsu 4.1 and sonnet 4.5', 'claude-opus-4-1', 'claude-sonnet-4-5'],
    ] as const) {
      const { answer } = await ask(text);
      expect(answer.kind, text).toBe('comparison');
      const a = answer as ComparisonAnswer;
      expect([...a.models].sort(), text).toEqual([meant, other].sort());
      expect(a.assumptions.text.join(' '), text).toMatch(new RegExp(`read as ${meant}`));
    }
  });
});

describe('instead of a model', () => {
  it('"what should we use instead of gpt-4o?" ranks the models that can stand in for it, beside its own month', async () => {
    const { query, answer } = await ask('what should we use instead of gpt-4o at 10M tokens?');
    expect(query.filters.like).toBe('gpt-4o');
    expect(answer.kind).toBe('cheapest');
    const a = answer as CheapestAnswer;
    const ref = model('gpt-4o');
    const own = priceProfile(ref, { ...defaultProfile(10_000_000) }, '2026-12-02');
    expect(a.reference).toEqual({ model: 'gpt-4o', name: ref.name, monthlyUsd: own.ok ? own.monthlyUsd : null });
    expect(a.ranking.length).toBeGreaterThan(0);
    for (const r of a.ranking) {
      const m = model(r.model);
      expect(snapshotGroupOf(catalog, m.id)).not.toBe(snapshotGroupOf(catalog, 'gpt-4o'));
      // Its platform's features (batch, caching, fine-tuning, hosted tools) are not asked of a stand-in.
      for (const [c, has] of Object.entries(ref.capabilities))
        if (has && !(PLATFORM_FEATURES as readonly string[]).includes(c)) expect(m.capabilities[c as keyof typeof m.capabilities], `${m.id} ${c}`).toBe(true);
      for (const input of ref.modalities.input) expect(m.modalities.input).toContain(input);
      expect(m.contextWindow).toBeGreaterThanOrEqual(ref.contextWindow);
    }
    expect(renderText(a)).toMatch(/^Instead of GPT-4o \(\$[\d,.]+ a month\): the cheapest of \d+ models that can stand in for it/);
    expect(limitViolations(renderBlocks(a))).toEqual([]);
  });

  it('replacing a model whose provider names a successor is the move to that successor; otherwise the stand-ins', async () => {
    const named = { ...model('gpt-4o'), replacement: 'gpt-4.1' };
    const withSuccessor = { ...catalog, models: catalog.models.map((m) => (m.id === named.id ? named : m)), byId: new Map([...catalog.byId, [named.id, named]]) };
    const replaced = parseText(withSuccessor, "gpt-4o is being retired, what's the replacement?");
    expect([replaced.intent, replaced.models]).toEqual(['upgrade', ['gpt-4o', 'gpt-4.1']]);
    const instead = parseText(withSuccessor, 'what can we use instead of gpt-4o?');
    expect([instead.intent, instead.filters.like]).toEqual(['cheapest', 'gpt-4o']);
    // Without a named successor, replacing is the stand-ins too.
    expect(parseText(catalog, "gpt-4o is being retired, what's the replacement?").filters.like).toBe('gpt-4o');
  });

  it('a count of alternatives or options is how many to show, never a version of the model named ("3" is not Claude Sonnet 3)', () => {
    for (const [text, like, top] of [
      ['what are 3 good alternatives to claude sonnet 4.5', 'claude-sonnet-4-5', 3],
      ['give me 4 alternatives to claude sonnet 4.5', 'claude-sonnet-4-5', 4],
      ['two cheaper options instead of gpt-4o', 'gpt-4o', 2],
    ] as const) {
      const q = parseText(catalog, text);
      expect([q.intent, q.models, q.filters.like, q.top], text).toEqual(['cheapest', [], like, top]);
    }
    expect(parseText(catalog, 'give me three options for a cheap summarization model').top).toBe(3);
    // A bare version set against a model is still that model's version.
    expect(parseText(catalog, 'claude sonnet 4.5 vs 3').models).toEqual(['claude-sonnet-4-5', 'claude-3-sonnet-20240229']);
  });
});

describe('the dearest first', () => {
  it.each([
    ["what's the most expensive model?", 'cheapest', 'priciest'],
    ['priciest anthropic models at 10M tokens', 'cheapest', 'priciest'],
    ['/models priciest 10M', 'cheapest', 'priciest'],
    ['which is the most expensive, gpt-5 or o3?', 'attribute', 'price'],
  ] as const)('%s', async (text, intent, order) => {
    const { query, answer } = await ask(text);
    expect([query.intent, intent === 'attribute' ? query.attribute : query.order]).toEqual([intent, order]);
    if (intent === 'cheapest') expect(renderText(answer)).toMatch(/^Most expensive of \d+ eligible models/);
  });
});

describe('ranked by one side’s price', () => {
  it.each([
    ['rank anthropic models by output price', 'output'],
    ['which openai model has the cheapest output?', 'output'],
    ['lowest input price model with vision', 'input'],
  ] as const)('%s ranks by the %s price, and says so', async (text, side) => {
    const { query, answer } = await ask(text);
    expect(query.mix).toEqual(side === 'input' ? { input: 1, output: 0 } : { input: 0, output: 1 });
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    // Each row's blended price at that mix is its price on that side; the order follows it.
    const prices = answer.ranking.map((r) => r.blendedPerMillion);
    expect(prices).toEqual([...prices].sort((x, y) => x - y));
    for (const r of answer.ranking) {
      const m = catalog.byId.get(r.model)!;
      if (r.route.host === null) expect(r.blendedPerMillion, r.model).toBe(quotedPrice(m, '2026-12-02')[side]);
    }
    expect(answer.assumptions.text[0]).toBe(`ranked by ${side} price: every token is priced as ${side}`);
  });
});

describe('who makes a family of models', () => {
  it.each([
    ['who makes grok?', 'xai', 'xAI'],
    ['which company makes claude?', 'anthropic', 'Anthropic'],
  ] as const)('%s names that provider first, where it is based, and how to list its models', async (text, provider, name) => {
    const { query, answer } = await ask(text);
    expect([query.intent, query.attribute]).toEqual(['attribute', 'maker-country']);
    expect(catalog.byId.get(query.models[0] as string)?.provider).toBe(provider);
    const said = renderText(answer);
    expect(said.split('\n')[0]).toMatch(new RegExp(`is made by ${name}, headquartered in the US\\.$`));
    expect(said).toContain(`/models cheapest from ${provider} top 20`);
  });

  it('a name several models of one maker share: that maker', async () => {
    const { answer } = await ask('who makes kimi?');
    expect(renderText(answer).split('\n')[0]).toBe('Kimi K3 is made by Moonshot AI, headquartered in China.');
  });

  it.each([
    ['what is deepseek?', 'DeepSeek', 'China'],
    ['tell me about anthropic', 'Anthropic', 'the US'],
    ['what is mistral?', 'Mistral AI', 'France'],
  ])('%s: the maker, where it is based, and its models', async (text, name, place) => {
    const said = renderText((await ask(text)).answer);
    expect(said.split('\n')[0]).toMatch(new RegExp(`is made by ${name}, headquartered in ${place}\\.$`));
    expect(said).toContain(`${name}'s models in the catalog: /models cheapest from`);
  });
});

describe('one model per provider', () => {
  it.each(["what's the cheapest model from each provider?", 'newest model per vendor', 'smartest model by provider'])('%s', async (text) => {
    const { query, answer, command } = await ask(text);
    expect([query.intent, query.filters.eachProvider, query.top]).toEqual(['cheapest', true, 999]);
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    expect(new Set(answer.ranking.map((r) => r.provider)).size).toBe(answer.ranking.length);
    expect(answer.ranking.length).toBeGreaterThan(10);
    expect(renderText(answer)).toMatch(/ from each provider: \d+ providers, of \d+ eligible models/);
    expect(limitViolations(renderBlocks(answer))).toEqual([]);
    // The buttons ask the same again.
    expect(parseText(catalog, command).filters.eachProvider).toBe(true);
  });
});

describe('a move with its volume between the verb and the models', () => {
  it.each([
    ['what would it cost to switch our 200M tokens/month from gpt-4o to claude-haiku-4-5?', ['gpt-4o', 'claude-haiku-4-5'], 200_000_000],
    ['moving 50M tokens a month of traffic from gpt-4o to gpt-5-mini', ['gpt-4o', 'gpt-5-mini'], 50_000_000],
    ['switching our 1.5B monthly tokens over to gemini-2.5-flash from gpt-4.1', ['gpt-4.1', 'gemini-2.5-flash'], 1_500_000_000],
  ] as const)('%s', (text, models, tokens) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.models, q.tokens]).toEqual(['upgrade', models, tokens]);
  });
});

describe('the command an answer carries asks the same question again', () => {
  it.each([
    'when does sonnet 4.5 retire?',
    'grok 4.6 rate limits?',
    'gpt-5.5 SWE-bench Pro?',
    "what's the batch price of gpt-4.1-mini?",
    'max input for gemini 2.5 pro',
    'does deepseek v4 flash support prompt caching?',
    'is claude opus 5 on bedrock?',
    'is gpt-5.3-codex available in the codex cli?',
    'which has the longer context, gpt-4.1 or gemini 2.5 pro?',
    'anthropic price changes in november?',
    'new models since october?',
    'cheapest model scoring at least 50 on SWE-bench Pro',
    '$500 budget, cheapest model with vision',
    "what's the latest openai model with vision under $1 per million input?",
    'cheapest alternatives to claude-sonnet-4-5 with batch pricing',
    'cheapest non-reasoning model not from openai or google',
    'newest claude models with vision',
  ])('%j', async (text) => {
    const first = await ask(text);
    const again = await ask(first.command);
    const pick = (q: typeof first.query) => {
      const j = queryJson(catalog, q) as Record<string, unknown>;
      return { intent: j.intent, models: j.models, attribute: j.attribute, benchmark: j.benchmark, platform: j.platform, digest: j.digest, filters: j.filters, order: j.order };
    };
    expect(pick(again.query), first.command).toEqual(pick(first.query));
  });
});

describe('any mix of the new words', () => {
  const words = [
    ...[...catalog.benchmarks.values()].flatMap((b) => [b.name, ...b.aliases]),
    ...Object.values(catalog.capabilityWords ?? {}).flat(),
    ...catalog.lanes.flatMap((l) => l.keywords),
    'bedrock',
    'via azure',
    'on together',
    'retire',
    'rate limits',
    'batch price',
    'max input',
    'decent',
    'good enough',
    '$500 budget',
    'under $2k a month',
    'at least 50 on',
    '40+',
    'our spend',
    'how do I',
    'GPUs',
    'this month',
    'since october',
    'in november',
    'last quarter',
    'vs',
    'or',
    'for',
    '4.1',
    '4o',
    'gpt-4.1-mnii',
    'claude-haiku-9',
    'mistral large',
    'luna',
    '10M/mo',
    '<!channel>',
    '?',
    'cheapest',
    'best',
    'compare',
  ];
  it('is read and answered without throwing, and every reply fits Block Kit (property)', async () => {
    const { default: fc } = await import('fast-check');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 8 }), async (parts) => {
        const { answer } = await ask(parts.join(' '));
        expect(renderText(answer).length).toBeGreaterThan(0);
        expect(limitViolations(renderBlocks(answer))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});

describe('what a budget buys', () => {
  it('"how many tokens can I get for $100 with gpt-5 mini?" prices the volume the budget buys, to the cent, and says it', async () => {
    for (const [text, usd] of [
      ['how many tokens can I get for $100 with gpt-5 mini', 100],
      ['I have a $200 monthly budget, how much usage of claude haiku 4.5 does that buy', 200],
      ['how far does $2.5k go on gpt-5?', 2500],
    ] as const) {
      const { query, answer } = await ask(text);
      expect([query.intent, query.budget], text).toEqual(['cost', usd]);
      const a = answer as CostAnswer;
      expect(a.kind, text).toBe('cost');
      // The most tokens the budget pays for: one more would cost more than it.
      const tokens = a.assumptions.tokensPerMonth;
      expect(a.monthlyUsd ?? Number.NaN, text).toBeLessThanOrEqual(usd);
      const more = priceProfile(model(a.model), { ...defaultProfile(tokens + 1) }, '2026-12-02');
      expect(more.ok && more.monthlyUsd + 0.005 >= usd, text).toBe(true);
      expect(renderText(answer), text).toContain(`${money(usd)} a month buys ${tokens.toLocaleString('en-US')} tokens of ${a.model}`);
    }
    // What is spent on one model now is the volume a move to another is priced at.
    const move = await ask('we spend $3k/month on gpt-4o, what would we save on gpt-5 mini');
    expect([move.query.intent, move.query.models, move.query.budget]).toEqual(['upgrade', ['gpt-4o', 'gpt-5-mini'], 3000]);
    const friction = (move.answer as UpgradeAnswer).friction;
    expect(friction.monthlyFrom ?? Number.NaN).toBeLessThanOrEqual(3000);
    expect(friction.monthlyFrom ?? 0).toBeGreaterThan(2999.98);
    expect(renderText(move.answer)).toContain('$3,000.00 a month buys');
    // A follow-up's volume replaces the budget; another question keeps it.
    const first = await ask('how many tokens can I get for $100 with gpt-5 mini');
    const next = await handle({ text: 'and for 10M tokens?', where: LOCAL, previous: first.query }, ports);
    expect([next.query.tokens, next.query.budget]).toEqual([10_000_000, undefined]);
    expect((next.answer as CostAnswer).assumptions.tokensPerMonth).toBe(10_000_000);
  });
});

describe('a model’s price history', () => {
  it.each(['gpt-5 price history', 'show me gpt-5 pricing history', "what's the pricing history of claude sonnet 4.5", 'price changes of o3'])(
    'is its card, which carries every dated price: %s',
    (text) => {
      expect(parseText(catalog, text).intent).toBe('model');
    },
  );
});

describe('counts inside counts', () => {
  it.each([
    ['how much would 1000 conversations a day of 10 turns of 500 tokens cost on gpt-5 mini', 1_000 * 10 * 500 * 30.4375],
    ['1000 conversations a day, 10 turns each, 500 tokens per turn on gpt-5 mini', 1_000 * 10 * 500 * 30.4375],
    ['5000 sessions a month, each with 20 requests of 1k tokens on claude haiku 4.5', 5_000 * 20 * 1_000],
    ['gpt-5 for 200 chats a week with 6 messages each of 2k tokens', (200 * 6 * 2_000 * 30.4375) / 7],
    ['cost for each report of 10k tokens on gpt-5, 1000 reports a month', 1_000 * 10_000],
    ['gpt-5 for 500 screenshots a day at 2k tokens each', 500 * 2_000 * 30.4375],
  ])('%j multiplies every count by the size of the innermost', async (text, tokens) => {
    const { query, answer } = await ask(text);
    expect(answer.kind).toBe('cost');
    expect(query.problems).toEqual([]);
    expect(query.tokens).toBeCloseTo(tokens, 0);
    expect(query.per).toBeUndefined();
  });
});

describe('the cost of one conversation, ticket or document', () => {
  it.each([
    ['cost per conversation for claude sonnet 4.5 if each conversation is 3k in and 1k out', 'claude-sonnet-4-5', 4_000, 'conversation'],
    ['how much does one support ticket cost on gpt-5 mini at 4k tokens in and 800 out', 'gpt-5-mini', 4_800, 'ticket'],
    ['price per page for gemini 2.5 flash with 1k tokens a page', 'gemini-2.5-flash', 1_000, 'page'],
  ])('%j is priced as one request of its tokens, and says so', async (text, id, tokens, what) => {
    const { query, answer } = await ask(text);
    expect([answer.kind, query.per, query.tokens]).toEqual(['cost', 'request', tokens]);
    const a = answer as CostAnswer;
    // Prompts this short are below every long-context threshold, so the month's formula prices the one request.
    const price = priceProfile(model(id), { ...defaultProfile(tokens), mix: a.mix }, '2026-12-02');
    if (!price.ok) throw new Error(`${id} needs a price`);
    expect(a.monthlyUsd).toBeCloseTo(price.monthlyUsd, 12);
    const text2 = renderText(answer);
    // Said as the thing asked about, and the button's command asks the same.
    expect(text2).toContain(`${requestMoney(price.monthlyUsd)} a ${what}`);
    const again = await ask(commandFor(query));
    expect([again.query.per, again.query.perWhat, again.query.tokens]).toEqual(['request', what, tokens]);
    expect(text2).toContain(`a ${what} priced as one request of all its tokens`);
  });

  it.each([
    ['how much is claude opus 4.1 for a 100k token prompt and 2k output', 'cost', 102_000],
    ['gpt-5 vs haiku 4.5 for a 3k input and 500 output request', 'comparison', 3_500],
  ])('%j prices one request of both sides', async (text, kind, tokens) => {
    const { query, answer } = await ask(text);
    expect([answer.kind, query.per, query.tokens]).toEqual([kind, 'request', tokens]);
    // With a period, both sides are a month's volume.
    expect((await ask('gpt-5 cost with 5M input and 1M output a day')).query.per).toBeUndefined();
  });

  it('a comparison "per document of 20k tokens" compares one request of 20k tokens, not a month at the default volume', async () => {
    const { query, answer } = await ask('gpt-4o vs claude haiku 4.5 per document of 20k tokens');
    expect([answer.kind, query.per, query.tokens, query.promptTokens]).toEqual(['comparison', 'request', 20_000, null]);
  });

  it('"cost of one conversation" with no size asks for it; "cheapest per task on aider" stays a benchmark’s task', async () => {
    const asked = await ask('cost of one conversation on gpt-5');
    expect(asked.answer.kind).toBe('input-problem');
    expect(renderText(asked.answer)).toContain("Give the request's size");
    expect((await ask('which model is cheapest per task on aider?')).query.per).toBeUndefined();
  });
});

describe('"any new … models?"', () => {
  it.each([
    ['any new anthropic models?', 'anthropic'],
    ['new models from google', 'google'],
    ['is there a new claude model', 'anthropic'],
    ['any new models?', undefined],
    ['what did google release recently', 'google'],
    ['what has anthropic shipped lately?', 'anthropic'],
  ])('%j ranks the newest releases first', async (text, provider) => {
    const { query, answer } = await ask(text);
    expect([answer.kind, query.order]).toEqual(['cheapest', 'newest']);
    expect(query.filters.providers).toEqual(provider ? [provider] : undefined);
    const a = answer as CheapestAnswer;
    const days = a.ranking.map((r) => model(r.model).released ?? '');
    expect(days.length).toBeGreaterThan(1);
    expect([...days].sort().reverse()).toEqual(days);
  });

  it('"new models this week" stays the digest of that week', async () => {
    expect((await ask('new models this week')).answer.kind).toBe('digest');
  });
});

describe('value and evidence within a kind of work', () => {
  it.each([
    ['best value model for terminal coding', 'terminal'],
    ['best cheap model for long context rag', 'long-context'],
    ['best value model for coding', 'api-coding'],
  ])('%j is the lane’s price–strength frontier, headed "Best value", and its command asks the same', async (text, lane) => {
    const { query, answer, command } = await ask(text);
    expect([answer.kind, query.lane, query.order]).toEqual(['best', lane, 'value']);
    const a = answer as BestAnswer;
    expect(a.value).toBe(true);
    expect(renderText(answer).split('\n')[0]).toMatch(/^Best value for /);
    const prices = a.picks.map((p) => p.monthlyUsd ?? Number.POSITIVE_INFINITY);
    expect([...prices].sort((x, y) => x - y)).toEqual(prices);
    expect(command).toBe(`/models best-value ${lane}`);
    const again = (await ask(command)).answer as BestAnswer;
    expect(again.picks.map((p) => p.model)).toEqual(a.picks.map((p) => p.model));
  });

  it('"best model for terminal coding" still ranks by strength', async () => {
    const a = (await ask('best model for terminal coding')).answer as BestAnswer;
    expect(a.value).toBe(false);
    expect(renderText(a).split('\n')[0]).toMatch(/^Best for /);
  });

  it('"cheapest good model for terminal coding" ranks only models the lane’s benchmarks back', async () => {
    const { query, answer } = await ask('cheapest good model for terminal coding');
    expect([answer.kind, query.filters.lane, query.filters.laneTested]).toEqual(['cheapest', 'terminal', true]);
    const rows = (answer as CheapestAnswer).ranking;
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.why.join('; ')).toContain('fits terminal');
  });
});

describe('what a question is for, and who it is for', () => {
  it('"is o3 or o4-mini cheaper for reasoning?" sets their prices side by side, not whether both can reason', async () => {
    const { query, answer } = await ask('is o3 or o4-mini cheaper for reasoning?');
    expect(query.attribute).not.toBe('reasoning');
    expect(answer.kind).toBe('comparison');
    expect(query.models).toEqual(['o3', 'o4-mini']);
    // Alone, the capability is still the question.
    expect((await ask('does o3 support reasoning?')).query.attribute).toBe('reasoning');
  });

  it.each(['what model should a startup use', 'which model should our company pick?'])('%j is the best overall, on the quality index', async (text) => {
    const { query, answer } = await ask(text);
    expect([answer.kind, query.order, query.filters.scoredOn]).toEqual(['cheapest', 'score', QUALITY_INDEX]);
  });

  it('"groq vs together for llama 3.3 70b" is where to buy it, and says neither host sells it in the catalog', async () => {
    const { query, answer } = await ask('groq vs together for llama 3.3 70b');
    expect([answer.kind, query.models]).toEqual(['where', ['llama-3.3-70b-instruct']]);
    expect(query.filters.hosts).toEqual(expect.arrayContaining(['groq']));
    expect(renderText(answer)).toMatch(/Not on Groq or Together AI in the catalog/);
  });
});

describe('images counted, not tokens', () => {
  it('"which vision model is cheapest for 10k images a day" asks for each image’s size, never prices 10k tokens', async () => {
    const { query, answer } = await ask('which vision model is cheapest for 10k images a day');
    expect(answer.kind).toBe('input-problem');
    expect(query.problems[0]).toContain('“10k images” counts images, not tokens');
  });
});

describe('counts below zero, and names asked about with "is there a new"', () => {
  it.each([
    ['-500 requests a day of 2k tokens on gpt-5', '-500 requests'],
    ['-10 users sending 20 messages a day of 500 tokens on gpt-5', '-10 users'],
    ['1000 conversations a day of -10 turns of 500 tokens on gpt-5', '-10 turns'],
  ])('%j is said, never priced at its absolute value', async (text, phrase) => {
    const { query, answer } = await ask(text);
    expect(answer.kind).toBe('input-problem');
    expect(query.problems[0]).toContain(`Cannot count “${phrase}”`);
    expect(renderText(answer)).not.toMatch(/a month|\$\d/);
  });

  it('"for q1" is a quarter, never a model called “q1”', async () => {
    const { query, answer } = await ask('cost of gpt-5 for q1 at 5M tokens a day');
    expect([answer.kind, query.models]).toEqual(['cost', ['gpt-5']]);
  });

  it.each(['is there a new gpt-9 model', 'any new gpt-9', 'is there a gpt-9 model'])('%j looks for gpt-9, not a model called “there new gpt-9”', async (text) => {
    const { query, answer } = await ask(text);
    expect([answer.kind, query.models]).toEqual(['unknown-model', ['gpt-9']]);
    expect(renderText(answer)).toContain('newer than any the catalog has');
  });
});

describe('a choice said with "worth", and a floor that names the benchmark', () => {
  it.each([
    ['is batch worth it for claude haiku 4.5', 'batch'],
    ['is the priority tier worth paying for on gpt-5', 'priority'],
  ])('%j prices that choice against the standard month, not a move to another model', async (text, basis) => {
    const { answer } = await ask(text);
    expect(answer.kind).toBe('cost');
    const a = answer as CostAnswer;
    expect(a.rates?.basis).toBe(basis);
    expect(a.atStandard?.monthlyUsd).toBeGreaterThan(0);
  });

  it('"which models score over 1400 on lmarena under $1" ranks on LMArena, every row above the floor', async () => {
    const { query, answer } = await ask('which models score over 1400 on lmarena under $1');
    expect([answer.kind, query.order, query.filters.scoredOn]).toEqual(['cheapest', 'score', 'lmarena-text']);
    const rows = (answer as CheapestAnswer).ranking;
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.score?.value).toBeGreaterThan(1400);
  });
});

describe('a line word set against a model', () => {
  it.each(['which is cheaper: flash or haiku', "which one's cheaper, flash or haiku?", 'is flash cheaper than haiku'])(
    '%j sets a Flash model against a Haiku, and says which Flash',
    async (text) => {
      const { query, answer } = await ask(text);
      expect([answer.kind, query.attribute]).toEqual(['attribute', 'price']);
      expect(query.models).toHaveLength(2);
      const said = renderText(answer);
      expect(said).toMatch(/“flash” names \d+ models; compared [\w.-]*flash/);
      expect(said).toMatch(/Claude Haiku/);
    },
  );

  it.each([
    ['which is cheaper, deepseek or kimi', 'price'],
    ['deepseek or kimi, which is cheaper?', 'price'],
    ['which is cheaper per million output tokens, deepseek or kimi', 'output-price'],
    ['which is cheaper, llama or mistral', 'price'],
  ])('%j sets a maker’s line against another’s, read as models, not filters', async (text, attribute) => {
    const { query, answer } = await ask(text);
    expect([answer.kind, query.attribute, query.models.length]).toEqual(['attribute', attribute, 2]);
    expect([query.filters.providers, query.filters.families]).toEqual([undefined, undefined]);
  });

  it('"which providers offer batch discounts" ranks each provider’s cheapest model at its batch price, one row each', async () => {
    const { query, answer } = await ask('which providers offer batch discounts');
    expect([answer.kind, query.batch, query.filters.eachProvider]).toEqual(['cheapest', true, true]);
    const rows = (answer as CheapestAnswer).ranking;
    expect(rows.length).toBeGreaterThan(1);
    expect(new Set(rows.map((r) => r.provider)).size).toBe(rows.length);
  });

  it('"what replaced gpt-4o" with no successor on record says so, and ranks its own line\'s later releases, newest first', async () => {
    const { query, answer } = await ask('what replaced gpt-4o');
    expect([answer.kind, query.order, query.filters.families, query.released]).toEqual(['cheapest', 'newest', ['gpt'], { since: '2024-05-14' }]);
    expect(renderText(answer)).toContain("the catalog's sources name no successor to gpt-4o");
  });

  it('a model with nothing later in its line: the models that stand in for it, the missing successor said', async () => {
    const { query, answer } = await ask("what's replacing gpt-6-luna?");
    expect([answer.kind, query.filters.like]).toEqual(['cheapest', 'gpt-6-luna']);
    expect(renderText(answer)).toContain("the catalog's sources name no successor to gpt-6-luna");
  });

  it('"the replacement for gpt-4o" asks for a stand-in, not its successor', () => {
    expect(parseText(catalog, "what's the replacement for gpt-4o?").filters.like).toBe('gpt-4o');
  });

  it.each([
    ['what should I use for a coding agent on a tight budget', 'api-coding'],
    ['cheap model for a coding agent', 'api-coding'],
    ['what should I use for coding on a budget', 'api-coding'],
    ['best budget model for coding', 'api-coding'],
    ['cheap model for our code', 'api-coding'],
  ])('%j is the best value in the %s lane: its price–strength frontier, never its cheapest untested model', async (text, lane) => {
    const { query, answer } = await ask(text);
    expect([answer.kind, query.lane, query.order]).toEqual(['best', lane, 'value']);
  });

  it('"/models best terminal on a budget", "/models best coding cheap" are the lane\'s best value; "/models best terminal" its best', async () => {
    for (const [text, lane] of [
      ['/models best terminal on a budget', 'terminal'],
      ['/models best coding cheap', 'api-coding'],
    ] as const) {
      const { query, answer } = await ask(text);
      expect([answer.kind, query.lane, query.order, query.problems], text).toEqual(['best', lane, 'value', []]);
    }
    expect((await ask('/models best terminal')).query.order).toBe('price');
  });

  it('a cheap model asked with no work is the cheapest; a budget with an amount is still the best it affords', async () => {
    for (const text of ["what's a cheap model", 'any cheap models?', 'a cheap llm please']) {
      const { query, answer } = await ask(text);
      expect([answer.kind, query.order], text).toEqual(['cheapest', 'price']);
    }
    const budget = await ask('we have a budget of $200/month, which model should we use?');
    expect([budget.answer.kind, budget.query.order, budget.query.filters.scoredOn]).toEqual(['cheapest', 'score', 'aa-intelligence-index']);
    const coding = await ask('cheapest model for a coding agent');
    expect([coding.answer.kind, coding.query.order, coding.query.filters.lane]).toEqual(['cheapest', 'price', 'api-coding']);
  });

  it('"50M tokens on every anthropic model" lists them at that volume; "the most tokens per dollar" is the cheapest', async () => {
    for (const text of ["what's 50M tokens on every anthropic model", '50M tokens on each anthropic model']) {
      const { query, answer } = await ask(text);
      expect([answer.kind, query.tokens, query.filters.providers], text).toEqual(['cheapest', 50_000_000, ['anthropic']]);
    }
    const { query, answer } = await ask('what model gives the most tokens per dollar');
    expect([answer.kind, query.order]).toEqual(['cheapest', 'price']);
  });

  it('running a model locally is whether its weights are open: one model answered, a series name listed', async () => {
    for (const [text, open] of [
      ['can I run llama 3.3 70b locally', 'yes'],
      ['can I run gpt-5 on prem', 'no'],
    ] as const) {
      const { query, answer } = await ask(text);
      expect([answer.kind, query.attribute], text).toEqual(['attribute', 'open-weights']);
      expect(renderText(answer)).toContain(`: ${open}.`);
    }
    for (const text of ['can I run qwen3 locally', 'is qwen3 open source', 'can I self-host qwen3']) {
      const { query, answer } = await ask(text);
      expect([answer.kind, query.filters.named, query.filters.openWeights], text).toEqual(['cheapest', 'qwen3', true]);
      const rows = (answer as CheapestAnswer).ranking;
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.model.startsWith('qwen3'))).toBe(true);
    }
  });

  it('"what\'s new with gpt-5.5" is that model\'s card; "what\'s new this week" the digest', async () => {
    expect((await ask("what's new with gpt-5.5")).answer.kind).toBe('model-card');
    expect((await ask('anything new on claude opus 5?')).answer.kind).toBe('model-card');
    expect((await ask("what's new this week")).answer.kind).toBe('digest');
  });

  it('"which is cheaper, openai or anthropic" sets the providers against each other, one row each', async () => {
    const { query, answer } = await ask('which is cheaper, openai or anthropic');
    expect([answer.kind, query.filters.eachProvider, query.filters.providers?.sort()]).toEqual(['cheapest', true, ['anthropic', 'openai']]);
  });

  it('"gemini pro vs claude opus for 200k context docs" is a comparison for that work, not the context window alone', async () => {
    const { answer } = await ask('gemini pro vs claude opus for 200k context docs');
    expect(answer.kind).toBe('comparison');
    expect((await ask('gpt-5 vs sonnet 4.5 context window')).query.attribute).toBe('context');
    // The spec right after "for" is still the one thing asked.
    expect((await ask('Which is better for multimodal input, GPT-4.1 Mini or Grok 4.3?')).query.attribute).toBe('multimodal');
  });
});

describe('whether a model is still usable, and any good', () => {
  it('"can I still use gpt-3.5 turbo?" is its retirement, said in one line', async () => {
    const { query, answer } = await ask('can I still use gpt-3.5 turbo?');
    expect([answer.kind, query.attribute]).toEqual(['fact', 'retirement']);
  });

  it.each(['is gpt-5 mini any good', 'how good is gpt-5 mini'])('%j is its verdict in every lane', async (text) => {
    const { query, answer } = await ask(text);
    expect([answer.kind, query.models]).toEqual(['lanes', ['gpt-5-mini']]);
    expect((answer as { lanes: unknown[] }).lanes.length).toBe(catalog.lanes.length);
  });
});

describe('characters and bytes of text', () => {
  it.each([
    ['cost of 100k characters on gpt-5', 25_000, '100k characters read as 25,000 tokens a month'],
    ['we have 2TB of text, how much to process it with gpt-5 nano', 500_000_000_000, '2TB of text read as 500,000,000,000 tokens a month'],
    ['500 MB of logs a day on gemini 2.5 flash', (500e6 / 4) * 30.4375, '500 MB of logs a day read as'],
  ])('%j is priced at about 4 characters (bytes of plain text) per token, and says so', async (text, tokens, said) => {
    const { query, answer } = await ask(text);
    expect(answer.kind).toBe('cost');
    expect(query.tokens).toBeCloseTo(tokens, 0);
    expect(renderText(answer)).toContain(said);
  });
});

describe('a cost checked against a budget, and a budget counted in requests', () => {
  const monthOf = (id: string, tokens: number) => {
    const price = priceProfile(model(id), defaultProfile(tokens), '2026-12-02');
    if (!price.ok) throw new Error(`${id} needs a price`);
    return price.monthlyUsd;
  };

  it.each([
    ['is $100 enough for 50M tokens on gpt-5', 'gpt-5', 50_000_000, 100],
    ['can we afford gpt-5 mini at 100M tokens on $100 a month', 'gpt-5-mini', 100_000_000, 100],
    ['is gpt-5 under $100 a month at 50M tokens?', 'gpt-5', 50_000_000, 100],
    ['can we run gpt-5 mini for under $500 a month at 100M tokens?', 'gpt-5-mini', 100_000_000, 500],
  ])('%j answers yes or no with the difference, and its command asks the same', async (text, id, tokens, budget) => {
    const { answer, command } = await ask(text);
    expect(answer.kind).toBe('cost');
    const a = answer as CostAnswer;
    expect([a.within, a.tokens]).toEqual([budget, tokens]);
    const month = monthOf(id, tokens);
    const diff = (Math.round(month * 100) - budget * 100) / 100;
    const said = renderText(answer);
    expect(said).toContain(
      diff > 0 ? `No: over the ${money(budget)} a month budget by ${money(diff)}` : `Yes: within the ${money(budget)} a month budget, with ${money(-diff)} to spare`,
    );
    expect(command).toContain(`within $${budget} a month`);
    expect(((await ask(command)).answer as CostAnswer).within).toBe(budget);
  });

  it('"how many requests can I make for $10 on gpt-5 mini at 2k tokens each?" counts the requests the budget buys', async () => {
    const { answer } = await ask('how many requests can I make for $10 on gpt-5 mini at 2k tokens each?');
    const a = answer as CostAnswer;
    expect([a.kind, a.budget, a.budgetEach]).toEqual(['cost', 10, 2_000]);
    const tokens = Math.floor((10 / monthOf('gpt-5-mini', 1_000_000)) * 1_000_000);
    expect(a.tokens).toBe(tokens);
    expect(renderText(answer)).toContain(`$10.00 a month buys ${Math.floor(tokens / 2_000).toLocaleString('en-US')} requests of 2,000 tokens`);
  });

  it('"gpt-5 at 2k tokens each", with no count, is one request of 2k tokens', async () => {
    const { query, answer } = await ask('how much is gpt-5 at 2k tokens each');
    expect([answer.kind, query.per, query.tokens]).toEqual(['cost', 'request', 2_000]);
  });
});

describe('flagships', () => {
  it('"compare costs across openai, anthropic and google flagships" compares each maker’s highest on the quality index', async () => {
    const { query, answer } = await ask('compare costs across openai, anthropic and google flagships');
    const pick = query.picks?.[0];
    expect([answer.kind, pick?.order, pick?.filters.scoredOn, pick?.filters.eachProvider]).toEqual(['comparison', 'score', QUALITY_INDEX, true]);
    const rows = (answer as ComparisonAnswer).models.map((id) => {
      const m = catalog.byId.get(id) as CatalogModel;
      return { provider: m.provider, score: { value: m.benchmarks.find((b) => b.id === QUALITY_INDEX)?.score } };
    });
    expect(rows.map((r) => r.provider).sort()).toEqual(['anthropic', 'google', 'openai']);
    for (const r of rows) {
      const best = Math.max(
        ...catalog.models
          .filter((m) => m.provider === r.provider)
          .flatMap((m) =>
            m.benchmarks.filter((b) => b.id === QUALITY_INDEX && (m.retires === undefined || m.retires > '2026-12-02') && m.status !== 'deprecated').map((b) => b.score),
          ),
      );
      expect(r.score?.value, r.provider).toBe(best);
    }
  });

  it('"what is openai\'s flagship model" is its one highest', async () => {
    const { query, answer } = await ask("what is openai's flagship model");
    expect([answer.kind, query.order, query.top, (answer as CheapestAnswer).ranking.length]).toEqual(['cheapest', 'score', 1, 1]);
  });
});

describe('one model’s price changes, and two set against each other', () => {
  it.each([
    ['gemini 3.8 flash price change', 'model'],
    ['gpt-5 price changes', 'model'],
    ['when does gemini 3.8 flash get more expensive', 'attribute'],
  ])('%j is about that model’s prices, not the week’s digest', async (text, intent) => {
    const { query, answer } = await ask(text);
    expect(query.intent).toBe(intent);
    expect(answer.kind).not.toBe('digest');
    expect(query.models).toHaveLength(1);
  });

  it('"what\'s new in claude sonnet 5.5 vs 4.5" compares them; "price changes" alone is the digest', async () => {
    const { query } = await ask("what's new in claude sonnet 5.5 vs 4.5");
    expect([query.intent, query.models]).toEqual(['compare', ['claude-sonnet-5-5', 'claude-sonnet-4-5']]);
    expect((await ask('price changes')).answer.kind).toBe('digest');
  });
});

describe('where one model is cheapest to buy', () => {
  it.each([
    ['who sells claude sonnet 4.5 cheapest', 'claude-sonnet-4-5', null],
    ['llama 3.3 70b cheapest host at 1B tokens', 'llama-3.3-70b-instruct', 1_000_000_000],
  ])('%j lists where it is sold, cheapest first', async (text, id, tokens) => {
    const { query, answer } = await ask(text);
    expect([answer.kind, query.models, query.tokens]).toEqual(['where', [id], tokens]);
  });
});

describe('windows and schedules in words', () => {
  it.each([
    ['which models got cheaper in the last 30 days', { last: 30, unit: 'day' }, { direction: 'cut' }],
    ['price changes over the last 3 months', { last: 3, unit: 'month' }, {}],
    ['any price cuts in the past two weeks', { last: 2, unit: 'week' }, { direction: 'cut' }],
    ['price changes in the past 2 years', { last: 2, unit: 'year' }, {}],
  ])('%j is the digest over that window, not this week', async (text, range, direction) => {
    const { query, answer } = await ask(text);
    expect([answer.kind, query.digest]).toEqual(['digest', { action: 'preview', range, ...direction }]);
  });

  it('the window reaches back that far from today, and beyond ten years is said', async () => {
    const { answer } = await ask('which models got cheaper in the last 30 days');
    expect(renderText(answer)).toContain('Price cuts: Nov 3 – Dec 2, 2026');
    const { query } = await ask('what changed in the last 500 years');
    expect(query.problems.join(' ')).toContain('Cannot look back over the last 500 years');
  });

  it.each([
    ['which models got more expensive this year', 'increase'],
    ['any price hikes in 2026?', 'increase'],
    ['which models got cheaper this year', 'cut'],
    ['price drops since january', 'cut'],
    ['did any prices go up or down this year', undefined],
    ['what changed this year', undefined],
  ] as const)('%j: only the prices that moved that way, and nothing else', async (text, direction) => {
    const { query, answer } = await ask(text);
    if (answer.kind !== 'digest' || query.digest?.action !== 'preview') throw new Error(`expected a digest preview, got ${answer.kind}`);
    expect([query.digest.direction, answer.direction]).toEqual([direction, direction]);
    if (direction) {
      expect(answer.changes.every((c) => c.direction === direction)).toBe(true);
      expect(answer.ahead.every((c) => c.direction === direction)).toBe(true);
      expect([answer.added, answer.deprecated, answer.retiring]).toEqual([[], [], []]);
      expect(renderText(answer)).toMatch(direction === 'cut' ? /^Price cuts: / : /^Price increases: /);
      // Its command asks the same again.
      const again = await ask(commandFor(query));
      expect(again.query.digest).toEqual(query.digest);
    }
    // The same window asked every way holds these changes and the other way's.
    if (direction) {
      const all = await ask(
        `/models ${commandFor(query)
          .replace(/^\/models /, '')
          .replace(/ (?:cuts|increases)$/, '')}`,
      );
      if (all.answer.kind !== 'digest') throw new Error(`expected a digest, got ${all.answer.kind}`);
      expect(all.answer.changes.filter((c) => c.direction === direction)).toEqual(answer.changes);
    }
  });

  it('"is gpt-5 going to get cheaper", "is gemini 3.8 flash getting cheaper" are that model’s schedule; "did it get more expensive" its last change', async () => {
    for (const text of ['is gpt-5 going to get cheaper', 'is gemini 3.8 flash getting cheaper']) {
      const { query, answer } = await ask(text);
      expect([answer.kind, query.models.length], text).toEqual(['fact', 1]);
    }
    const past = await ask('did gemini 2.5 pro get more expensive this year?');
    expect([past.answer.kind, past.query.attribute]).toEqual(['fact', 'price-schedule']);
    expect((await ask('which models are getting more expensive?')).answer.kind).toBe('digest');
  });
});

describe('the best for a kind of work, with a floor or a price asked', () => {
  it.each([
    ['best vision model with at least 200k context', 'vision-docs', { minContext: 200_000 }],
    ['top 3 models for rag with at least 1M context', 'long-context', { minContext: 1_000_000 }],
    ['best model for terminal coding and what would it cost at 50M', 'terminal', {}],
    ['which is the best model for subagents and how much at 100M tokens', 'subagents', {}],
  ])('%j ranks the lane’s best, the floor a filter on it, never the largest context or the cheapest', async (text, lane, floor) => {
    const { query, answer } = await ask(text);
    expect([answer.kind, query.lane]).toEqual(['best', lane]);
    if ('minContext' in floor) expect(query.filters.minContext).toBe(floor.minContext);
  });

  it('a spec asked of models with no kind of work still orders them by it', async () => {
    expect((await ask('which models can use tools and have 1M context')).query.order).toBe('context');
    expect((await ask('gemini knowledge cutoff')).query.order).toBe('cutoff');
  });
});

describe("a line's price at a version", () => {
  it('"how much did opus get cheaper with 4.5?" sets that version\'s price against the version before it in its family, said', async () => {
    const { query, answer } = await ask('how much did opus get cheaper with 4.5?');
    const opus = model('claude-opus-4-5');
    const before = catalog.models
      .filter((m) => m.family === opus.family && m.id !== opus.id && versionOf(m.id).length > 0)
      .map((m) => ({ m, v: versionOf(m.id).join('.') }))
      .filter(({ v }) => v.localeCompare('4.5', undefined, { numeric: true }) < 0)
      .sort((a, b) => b.v.localeCompare(a.v, undefined, { numeric: true }))[0]?.m;
    expect([query.intent, query.attribute, query.models]).toEqual(['attribute', 'price', [before?.id, 'claude-opus-4-5']]);
    expect(renderText(answer)).toContain(`claude-opus-4-5 set against the version before it in the ${opus.family} family, ${before?.id}`);
    // The week's price moves are still the digest's.
    expect((await ask('did prices go down this week?')).query.intent).toBe('digest');
  });
});

describe('news of a name, and a model asked for with nothing but a workload', () => {
  it('"what\'s new in gpt-6" ranks the models that name answers to, newest first; a maker\'s word alone is its week in the digest', async () => {
    for (const [text, answersToName] of [
      ["what's new in gpt-6", (m: CatalogModel) => m.id.startsWith('gpt-6-')],
      ['anything new with claude opus?', (m: CatalogModel) => m.family === 'claude-opus'],
    ] as const) {
      const { query, answer } = await ask(text);
      expect([query.intent, query.order], text).toEqual(['cheapest', 'newest']);
      if (answer.kind !== 'cheapest') throw new Error(`${text}: ${answer.kind}`);
      const named = new Set(answer.ranking.map((r) => r.model));
      expect(named.size).toBeGreaterThan(0);
      // Every model ranked answers to the name, and the first is the newest of them.
      const released = answer.ranking.map((r) => model(r.model).released ?? '');
      expect(released).toEqual([...released].sort().reverse());
      for (const id of named) expect(answersToName(model(id)), id).toBe(true);
    }
    for (const text of ["what's new with gemini", "what's new with openai", "what's new this week"]) expect((await ask(text)).query.intent, text).toBe('digest');
  });

  it('"which model?" and "what model for 50M tokens" after a workload rank on the broadest quality index at that workload', async () => {
    for (const [text, tokens] of [
      ['we process 2 billion tokens a month, mostly input (90%), which model?', 2_000_000_000],
      ['what model for 50M tokens', 50_000_000],
      ['what model to use for 5M tokens a day?', 5_000_000 * 30.4375],
    ] as const) {
      const { query, answer } = await ask(text);
      expect([query.intent, query.order, query.filters.scoredOn], text).toEqual(['cheapest', 'score', QUALITY_INDEX]);
      expect(query.tokens).toBeCloseTo(tokens, 3);
      expect(answer.kind).toBe('cheapest');
    }
    expect((await ask('which model has the largest context?')).query.order).toBe('context');
  });
});
