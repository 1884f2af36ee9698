// What a team spends on one model now, asked for something cheaper ("we spend $2k a month on gpt-4o, cheaper
// alternatives?"): the models that stand in for it for less, priced at the volume that spend buys on it.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { parseText } from '../../src/ask/index.ts';
import { priceProfile } from '../../src/cost/price.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import type { CheapestAnswer } from '../../src/cost/rank.ts';
import { QUALITY_INDEX } from '../../src/ask/intents.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const AS_OF = '2026-12-02';
const ports: Ports = { catalog, now: () => new Date(`${AS_OF}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } };

describe('spent on one model, what to switch to', () => {
  it('"we\'re spending $12k/month on claude opus 4.1, what should we switch to?" ranks every stand-in at the volume the spend buys, the spend no cap', async () => {
    const text = "we're spending $12k/month on claude opus 4.1, what should we switch to?";
    const handled = await handle({ text, where: LOCAL }, ports);
    const a = handled.answer as CheapestAnswer;
    expect(a.kind).toBe('cheapest');
    expect([a.filters.like, a.filters.maxMonthlyUsd, handled.query.budget]).toEqual(['claude-opus-4-1', undefined, 12_000]);
    expect(a.reference?.monthlyUsd).toBeCloseTo(12_000, 1);
    expect(a.ranking.length).toBeGreaterThan(0);
    expect(renderText(a)).not.toContain('≤ $12,000.00 a month');
  });
});

describe('spent on one model, something cheaper', () => {
  it.each([
    ['we spend $2k a month on gpt-4o, cheaper alternatives?', 'gpt-4o', 2000],
    ["we're on gpt-4o spending ~$2k/mo. what's the cheapest comparable option?", 'gpt-4o', 2000],
    ['paying $350 a month for claude sonnet 4.5, anything similar but cheaper?', 'claude-sonnet-4-5', 350],
  ])('%j ranks stand-ins for less at the volume the spend buys', async (text, id, spend) => {
    const handled = await handle({ text, where: LOCAL }, ports);
    const a = handled.answer as CheapestAnswer;
    expect(a.kind).toBe('cheapest');
    expect([a.filters.like, a.filters.cheaperThanLike]).toEqual([id, true]);
    const perMillion = priceProfile(catalog.byId.get(id)!, defaultProfile(1_000_000), AS_OF);
    if (!perMillion.ok) throw new Error(`${id} needs a price`);
    const tokens = Math.floor((spend / perMillion.monthlyUsd) * 1_000_000);
    expect(a.assumptions.text.join(' ')).toContain(`${tokens.toLocaleString('en-US')} tokens of ${id}`);
    // The model stood in for costs the spend (to the cent), and every row less.
    expect(a.reference?.monthlyUsd).toBeCloseTo(spend, 1);
    expect(a.ranking.length).toBeGreaterThan(0);
    for (const row of a.ranking) expect(row.monthlyUsd).toBeLessThan(spend);
    expect(renderText(a)).not.toMatch(/undefined|NaN/);
    // Its command asks the same again.
    const again = parseText(catalog, handled.command);
    expect([again.intent, again.filters.like, again.budget]).toEqual(['cheapest', id, spend]);
  });

  it('without a spend, the stand-ins are priced at the default volume', () => {
    const q = parseText(catalog, 'cheaper alternative to gpt-4o');
    expect([q.filters.like, q.budget, q.tokens]).toEqual(['gpt-4o', undefined, null]);
  });
});

describe('an alternative is as good as the model it stands in for', () => {
  const scored = (id: string) => catalog.byId.get(id)?.benchmarks.find((b) => b.id === QUALITY_INDEX)?.score;
  // Current models with and without a score on the quality index, whatever they are: the test pins no model.
  const current = catalog.models.filter((m) => m.status === 'active' && m.replacement === undefined);
  const withScore = current.filter((m) => scored(m.id) !== undefined).map((m) => m.id);
  const withoutScore = current.filter((m) => m.benchmarks.length === 0).map((m) => m.id);

  it.each(withScore.slice(0, 6).flatMap((id) => [`alternatives to ${id}`, `${id} vs its competitors`]))('%j: every row scores at least as high, said', async (text) => {
    const { answer, query, command } = await handle({ text, where: LOCAL }, ports);
    const a = answer as CheapestAnswer;
    const id = query.filters.like as string;
    // Its command asks the same again.
    expect(parseText(catalog, command).filters.benchmarkFloors).toEqual(query.filters.benchmarkFloors);
    const floor = scored(id) as number;
    expect(a.kind, text).toBe('cheapest');
    expect(query.filters.benchmarkFloors).toEqual([{ benchmark: QUALITY_INDEX, min: floor }]);
    for (const row of a.ranking) expect(scored(row.model), row.model).toBeGreaterThanOrEqual(floor);
    expect(renderText(a)).toContain(`stand-ins as good as ${id}: a score of at least ${floor}`);
  });

  it('a model with no score is stood in for on what it can take, and the answer says quality is not compared', async () => {
    const id = withoutScore[0] as string;
    const { answer, query } = await handle({ text: `alternatives to ${id}`, where: LOCAL }, ports);
    expect(query.filters.benchmarkFloors).toBeUndefined();
    expect(renderText(answer)).toContain(`${id} has no Artificial Analysis Intelligence Index score: these can take its requests`);
  });

  it('"something like X but cheaper", "a model like X": stand-ins as good as X, for less when asked', () => {
    const id = withScore[0] as string;
    const floor = [{ benchmark: QUALITY_INDEX, min: scored(id) }];
    const cheaper = parseText(catalog, `something like ${id} but cheaper`);
    expect([cheaper.intent, cheaper.filters.like, cheaper.filters.cheaperThanLike, cheaper.filters.benchmarkFloors]).toEqual(['cheapest', id, true, floor]);
    const like = parseText(catalog, `a model like ${id}`);
    expect([like.intent, like.filters.like, like.filters.cheaperThanLike, like.filters.benchmarkFloors]).toEqual(['cheapest', id, undefined, floor]);
    // "I like X" is no stand-in.
    expect(parseText(catalog, `i like ${id}, what does it cost?`).intent).toBe('cost');
  });

  it('"is X worth the price?" asks what else could take its work, as good as it, as "is X worth it?" does', () => {
    const id = withScore[0] as string;
    for (const text of [`is ${id} worth the price?`, `is ${id} worth the money?`, `is ${id} worth it?`]) {
      const q = parseText(catalog, text);
      expect([q.intent, q.filters.like, q.filters.benchmarkFloors], text).toEqual(['cheapest', id, [{ benchmark: QUALITY_INDEX, min: scored(id) }]]);
      // No move is asked, so no successor is looked for (or said missing).
      expect(q.notes?.join(' ') ?? '', text).not.toContain('successor');
    }
  });

  it('"anything cheaper than" asks for a lower price only', () => {
    const id = withScore[0] as string;
    const q = parseText(catalog, `anything cheaper than ${id}?`);
    expect([q.filters.like, q.filters.cheaperThanLike, q.filters.benchmarkFloors]).toEqual([id, true, undefined]);
  });
});
