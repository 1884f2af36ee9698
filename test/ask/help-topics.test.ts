// Questions about the bot's own figures: what a blended price is, how a month is costed, where prices come from, how
// fresh they are, whether they are list prices. Each is answered from the catalog, and its command asks it again.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import type { HelpAnswer } from '../../src/ask/answer.ts';
import { commandFor } from '../../src/ask/command-text.ts';
import { parseText } from '../../src/ask/index.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const AS_OF = '2026-12-02';
const ports: Ports = { catalog, now: () => new Date(`${AS_OF}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } };

describe("questions about the bot's own figures", () => {
  it.each([
    ['what does "blended price" mean?', 'blended', 'A blended price is one price per 1M tokens'],
    ['how do you calculate monthly cost?', 'monthly', "A month's cost is uncached input tokens"],
    ['where do your prices come from?', 'sources', "Prices are the providers' published prices"],
    ['how up to date are your prices?', 'freshness', `prices in force on ${AS_OF}`],
    ['are these prices official?', 'list-prices', 'Prices are list prices as providers publish them'],
    ['what are lanes?', 'lanes', 'A lane is a kind of work'],
    ['what does lane mean?', 'lanes', 'A lane is a kind of work'],
    ['which lanes do you have?', 'lanes', 'A lane is a kind of work'],
    ['/models lanes', 'lanes', 'A lane is a kind of work'],
    ['what is a token?', 'tokens', 'A token is the unit models read, write and bill by'],
    ['does anthropic offer volume discounts?', 'list-prices', 'Prices are list prices as providers publish them'],
    ['how many words is a token?', 'tokens', 'so 1M tokens is about 750,000 words'],
    ["what's the difference between batch and flex?", 'buying', 'publish a batch price'],
    ['what is flex processing?', 'buying', 'flex: slower and may be refused when busy, for less'],
    ['how does the batch api work', 'buying', 'a Batch API price'],
    ['batch vs flex', 'buying', 'a priority tier'],
    ['what benchmarks do you have?', 'benchmarks', 'benchmarks; lanes, "best" and leaderboards rank on them'],
    ['list your benchmarks', 'benchmarks', 'ranks one, highest first'],
    ['how many tokens is a 10-page pdf?', 'tokens', 'A page, an image or a minute of audio has no fixed count'],
    ['how do you pick winners?', 'winners', 'Each row of a comparison marks its better figure with ✓'],
    ['what does the check mark mean?', 'winners', 'a model with no score on them is untested'],
    ['what is prompt caching?', 'caching', 'billed at a lower cached-input price'],
    ['how does caching work?', 'caching', 'publish a cached-input price'],
    ["what's a cache write?", 'caching', 'a cache-write price'],
    ['how accurate are your prices?', 'list-prices', 'Prices are list prices as providers publish them'],
    ['how often do you update prices?', 'freshness', `prices in force on ${AS_OF}`],
    ['what does 3:1 mean?', 'blended', 'At the default 3:1 input:output'],
    ['difference between input and output tokens?', 'tokens', 'input (what you send'],
  ])('%j is answered (%s), in text and in Block Kit, and its command asks it again', async (text, topic, said) => {
    const handled = await handle({ text, where: LOCAL }, ports);
    const a = handled.answer as HelpAnswer;
    expect([a.kind, a.topic]).toEqual(['help', topic]);
    expect(renderText(a)).toContain(said);
    const message = renderBlocks(a);
    expect(JSON.stringify(message.blocks)).toContain(said.replace(/"/g, '\\"'));
    expect(limitViolations(message)).toEqual([]);
    expect(parseText(catalog, handled.command).topic).toBe(topic);
  });

  it("the benchmarks carried are every one of the catalog's, each with how many current models have a score on it", async () => {
    const a = (await handle({ text: 'what benchmarks do you have?', where: LOCAL }, ports)).answer as HelpAnswer;
    expect(a.benchmarks.map((b) => b.id)).toEqual([...catalog.benchmarks.keys()]);
    for (const b of a.benchmarks) {
      const scored = catalog.models.filter((m) => m.status !== 'deprecated' && !(m.retires && m.retires <= AS_OF) && m.benchmarks.some((s) => s.id === b.id));
      expect(b.scored, b.id).toBe(scored.length);
      expect(renderText(a)).toContain(`${b.name} (${b.id})`);
    }
    // A model's benchmarks stay that model's.
    expect((await handle({ text: 'what benchmarks does gpt-5 have?', where: LOCAL }, ports)).answer.kind).toBe('fact');
  });

  it('where prices come from counts every model once, by the dataset its price in force came through', async () => {
    const a = (await handle({ text: 'where do your prices come from?', where: LOCAL }, ports)).answer as HelpAnswer;
    expect(a.priceSources.reduce((n, s) => n + s.models, 0)).toBe(catalog.models.length);
    const viaModelsDev = catalog.models.filter((m) => quotedPrice(m, AS_OF).source.via?.startsWith('models.dev')).length;
    expect(a.priceSources.find((s) => s.via === 'models.dev')?.models).toBe(viaModelsDev);
  });

  it('the ways of buying are counted among the current models, as the rankings count them', async () => {
    const a = (await handle({ text: "what's the difference between batch and flex?", where: LOCAL }, ports)).answer as HelpAnswer;
    const current = catalog.models.filter((m) => m.status !== 'deprecated' && !(m.retires !== undefined && m.retires <= AS_OF)).map((m) => quotedPrice(m, AS_OF));
    expect(a.buying).toEqual({
      current: current.length,
      batch: current.filter((p) => p.batchInput !== undefined).length,
      tiers: {
        priority: current.filter((p) => p.serviceTiers.priority).length,
        flex: current.filter((p) => p.serviceTiers.flex).length,
        fast: current.filter((p) => p.serviceTiers.fast).length,
      },
      cachedInput: current.filter((p) => p.cachedInput !== undefined).length,
      cacheWrite: current.filter((p) => p.cacheWrite5m !== undefined || p.cacheWrite1h !== undefined).length,
    });
    expect(a.buying.batch).toBeGreaterThan(0);
    // With a model named, it is that model's price, not the explanation.
    expect((await handle({ text: 'what is the batch price of gpt-5', where: LOCAL }, ports)).answer.kind).not.toBe('help');
    expect((await handle({ text: "what's the cheapest model with batch", where: LOCAL }, ports)).answer.kind).toBe('cheapest');
  });

  it('how fresh the prices are is counted on the day asked', async () => {
    const a = (await handle({ text: 'how up to date are your prices?', where: LOCAL }, ports)).answer as HelpAnswer;
    const age = (m: (typeof catalog.models)[number]) => (Date.parse(AS_OF) - Date.parse(quotedPrice(m, AS_OF).checked)) / 86_400_000;
    expect(a.freshness).toEqual({
      asOf: AS_OF,
      within30: catalog.models.filter((m) => age(m) <= 30).length,
      within90: catalog.models.filter((m) => age(m) <= 90).length,
      priced: catalog.models.length,
    });
  });

  it('about a model, the same words ask about that model, not the bot', () => {
    expect(parseText(catalog, "where does gpt-5's price come from?").intent).not.toBe('help');
    expect(parseText(catalog, 'which lanes does gpt-5.4 mini fit?').intent).toBe('lanes');
    expect(parseText(catalog, '/models lanes gpt-5 o3').intent).toBe('lanes');
  });

  it('what the lanes are lists every lane of the catalog with its name and what it is for', async () => {
    const a = (await handle({ text: 'what are lanes?', where: LOCAL }, ports)).answer as HelpAnswer;
    const text = renderText(a);
    for (const lane of catalog.lanes) expect(text).toContain(`${lane.id}: ${lane.name}. ${lane.description}`);
  });

  it('"/models lane <lane>" names a lane, not a model: that lane\'s top models', () => {
    for (const lane of catalog.lanes) {
      for (const text of [`/models lane ${lane.id}`, `/models lanes for ${lane.id}`]) {
        const q = parseText(catalog, text);
        expect([q.intent, q.lane, q.problems], text).toEqual(['best', lane.id, []]);
      }
    }
  });
});

describe('one benchmark or lane explained', () => {
  const ask = async (text: string) => (await handle({ text, where: LOCAL }, ports)).answer as HelpAnswer;

  it.each([
    ['what is swe-bench pro?', 'swe-bench-pro'],
    ['what is the aider polyglot benchmark?', 'aider-polyglot'],
    ['what does terminal bench measure?', 'terminal-bench-2'],
    ['explain the lmarena score', 'lmarena-text'],
    ['/models help benchmarks osworld-verified', 'osworld-verified'],
  ])('%j explains that benchmark alone: what it measures, its highest current score, the lanes that weigh it', async (text, id) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.topic, q.benchmark]).toEqual(['help', 'benchmarks', id]);
    const answer = await ask(text);
    const meta = catalog.benchmarks.get(id);
    const lines = renderText(answer);
    expect(lines).toContain(`${meta?.name} (${id}): ${meta?.measures}`);
    // Only that one.
    for (const other of catalog.benchmarks.values()) if (other.id !== id) expect(lines).not.toContain(`(${other.id}):`);
    const leader = answer.benchmarks.find((b) => b.id === id)?.leader;
    const scored = catalog.models.filter((m) => m.status !== 'deprecated' && (m.retires === undefined || m.retires > AS_OF) && m.benchmarks.some((b) => b.id === id));
    if (leader) {
      const top = Math.max(...scored.map((m) => Math.max(...m.benchmarks.filter((b) => b.id === id).map((b) => b.score))));
      expect(scored.find((m) => m.id === leader.model)?.benchmarks.some((b) => b.id === id && b.score === top)).toBe(true);
      expect(lines).toContain(`the highest is ${leader.model}'s ${leader.score}`);
    }
    for (const lane of catalog.lanes.filter((l) => l.evidence.some((e) => e.benchmark === id))) expect(lines).toContain(lane.id);
    expect(parseText(catalog, commandFor(q))).toMatchObject({ intent: 'help', topic: 'benchmarks', benchmark: id });
    expect(limitViolations(renderBlocks(answer))).toEqual([]);
  });

  it.each([
    ['what is the terminal lane?', 'terminal'],
    ['explain the long-context lane', 'long-context'],
    ['tell me about the api-coding lane', 'api-coding'],
  ])('%j explains that lane: its needs, benchmarks with weights and floors, and how it decides', async (text, id) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.topic, q.lane]).toEqual(['help', 'lanes', id]);
    const lane = catalog.lanes.find((l) => l.id === id);
    const lines = renderText(await ask(text));
    expect(lines).toContain(`${id}: ${lane?.name}. ${lane?.description}`);
    for (const e of lane?.evidence ?? []) {
      expect(lines).toContain(`${catalog.benchmarks.get(e.benchmark)?.name} (${e.weight}`);
      if (e.floor !== undefined) expect(lines).toContain(`at least ${e.floor}`);
    }
    expect(lines).toContain(lane?.rationale);
    expect(lines).toContain(`/models best ${id}`);
    expect(parseText(catalog, commandFor(q))).toMatchObject({ intent: 'help', topic: 'lanes', lane: id });
  });

  it.each(["what is gpt-5's aider score?", 'what is the best model on swe-bench pro?', 'what is the aider score of the cheapest model?'])(
    '%j is not the benchmark explained',
    (text) => {
      expect(parseText(catalog, text).intent).not.toBe('help');
    },
  );

  it('a status and thinking tokens are explained from the catalog', async () => {
    const status = await ask('what does deprecated mean?');
    expect(status.topic).toBe('lifecycle');
    const deprecated = catalog.models.filter((m) => m.status === 'deprecated' && (m.retires === undefined || m.retires > AS_OF)).length;
    expect(renderText(status)).toContain(`${deprecated} deprecated`);
    const thinking = await ask('are reasoning tokens billed as output?');
    expect(thinking.topic).toBe('tokens');
    expect(renderText(thinking)).toContain('thinking tokens are billed as output');
    // Asked of a model, it is that model's price.
    expect(parseText(catalog, 'how are thinking tokens priced for o3?').intent).toBe('cost');
  });
});

describe('a follow-up to a benchmark or lane explained', () => {
  it('"it" is the benchmark or lane explained', async () => {
    const first = await handle({ text: 'what is swe-bench pro?', where: LOCAL }, ports);
    const next = await handle({ text: 'which models score highest on it?', where: LOCAL, previous: first.asked }, ports);
    expect([next.query.intent, next.query.order, next.query.filters.scoredOn]).toEqual(['cheapest', 'score', 'swe-bench-pro']);
    const lane = await handle({ text: 'what is the terminal lane?', where: LOCAL }, ports);
    const best = await handle({ text: 'best model for it', where: LOCAL, previous: lane.asked }, ports);
    expect([best.query.intent, best.query.lane]).toEqual(['best', 'terminal']);
    // A question of its own after it is read as asked.
    const own = await handle({ text: 'cheapest model for 10M tokens', where: LOCAL, previous: first.asked }, ports);
    expect([own.query.intent, own.query.filters.scoredOn, own.query.tokens]).toEqual(['cheapest', undefined, 10_000_000]);
  });
});
