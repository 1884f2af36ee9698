// A month split across models, by shares or by each model's tokens: each part priced on its model, and the total.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { commandFor } from '../../src/ask/command-text.ts';
import { parseText } from '../../src/ask/index.ts';
import type { BillAnswer } from '../../src/cost/bill.ts';
import { money } from '../../src/cost/format.ts';
import { priceProfile } from '../../src/cost/price.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const AS_OF = '2026-12-02';
const ports: Ports = { catalog, now: () => new Date(`${AS_OF}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } };
const monthOf = (id: string, tokens: number) => {
  const q = priceProfile(catalog.byId.get(id)!, defaultProfile(tokens), AS_OF);
  if (!q.ok) throw new Error(`${id} has no price`);
  return q.monthlyUsd;
};
const billFor = async (text: string, previous?: Parameters<typeof handle>[0]['previous']) => {
  const handled = await handle({ text, where: LOCAL, ...(previous ? { previous } : {}) }, ports);
  if (handled.answer.kind !== 'bill') throw new Error(`${text}: expected a bill, got ${handled.answer.kind}`);
  return { ...handled, bill: handled.answer as BillAnswer };
};

describe('a month split across models', () => {
  it.each([
    [
      "we send 80% of 100M tokens to gpt-5-mini and 20% to gpt-5, what's our monthly bill?",
      [
        ['gpt-5-mini', 80_000_000],
        ['gpt-5', 20_000_000],
      ],
    ],
    [
      'if we route 70% of traffic to claude haiku 4.5 and 30% to claude sonnet 4.5 at 500M tokens, how much?',
      [
        ['claude-haiku-4-5', 350_000_000],
        ['claude-sonnet-4-5', 150_000_000],
      ],
    ],
    [
      '70% to claude haiku 4.5, the rest to claude sonnet 4.5, 10M tokens',
      [
        ['claude-haiku-4-5', 7_000_000],
        ['claude-sonnet-4-5', 3_000_000],
      ],
    ],
    [
      'gpt-5 for 20%, gpt-5-mini for 80%, 50M tokens',
      [
        ['gpt-5', 10_000_000],
        ['gpt-5-mini', 40_000_000],
      ],
    ],
    [
      "we use 60% gpt-5-mini and 40% claude sonnet 4.5 at 80M tokens, what's the bill?",
      [
        ['gpt-5-mini', 48_000_000],
        ['claude-sonnet-4-5', 32_000_000],
      ],
    ],
    [
      '80M tokens a month split 70/30 between gpt-5 mini and gpt-5',
      [
        ['gpt-5-mini', 56_000_000],
        ['gpt-5', 24_000_000],
      ],
    ],
    [
      'what would a 25/75 split across claude haiku 4.5 and claude sonnet 4.5 cost at 20M',
      [
        ['claude-haiku-4-5', 5_000_000],
        ['claude-sonnet-4-5', 15_000_000],
      ],
    ],
    [
      'total cost of 50M tokens on gpt-5 plus 200M on gpt-5-mini',
      [
        ['gpt-5', 50_000_000],
        ['gpt-5-mini', 200_000_000],
      ],
    ],
  ] as const)('%j prices each part on its model and adds them up', async (text, parts) => {
    const { bill, query } = await billFor(text);
    expect(bill.parts.map((p) => [p.model, p.tokens])).toEqual(parts);
    const months = parts.map(([id, tokens]) => monthOf(id, tokens));
    expect(bill.parts.map((p) => p.monthlyUsd)).toEqual(months);
    expect(bill.totalUsd).toBeCloseTo(
      months.reduce((a, b) => a + b, 0),
      9,
    );
    expect(bill.tokens).toBe(parts.reduce((sum, [, tokens]) => sum + tokens, 0));
    // Said in words and in Block Kit, within Slack's limits; its command asks the same.
    expect(renderText(bill)).toContain(`across ${parts.length} models`);
    expect(limitViolations(renderBlocks(bill))).toEqual([]);
    expect(parseText(catalog, commandFor(query)).split).toEqual(query.split);
  });

  it.each([
    [
      "what's cheaper: 200M tokens on gpt-5 mini or 50M on claude sonnet 4.5?",
      [
        ['gpt-5-mini', 200_000_000],
        ['claude-sonnet-4-5', 50_000_000],
      ],
    ],
    [
      'gpt-5 at 50M vs gpt-5-mini at 200M',
      [
        ['gpt-5', 50_000_000],
        ['gpt-5-mini', 200_000_000],
      ],
    ],
    [
      'is 50M on gpt-5 cheaper than 200M on gpt-5-mini?',
      [
        ['gpt-5', 50_000_000],
        ['gpt-5-mini', 200_000_000],
      ],
    ],
  ] as const)('%j sets each model at its own volume against the other: which costs less and by how much, no total', async (text, parts) => {
    const { bill, query } = await billFor(text);
    expect(bill.eachOwn).toBe(true);
    expect(bill.parts.map((p) => [p.model, p.tokens])).toEqual(parts);
    const months = parts.map(([id, tokens]) => monthOf(id, tokens));
    expect(bill.parts.map((p) => p.monthlyUsd)).toEqual(months);
    const [low, high] = [Math.min(...months), Math.max(...months)];
    const cheaper = bill.parts.find((p) => p.monthlyUsd === low)?.name as string;
    const said = renderText(bill);
    expect(said).toContain(`${cheaper} costs least, each at its own volume`);
    expect(said).toContain(`${cheaper} costs ${money(high - low)} a month less`);
    // No one month's total or volume is said.
    expect(said).not.toContain('across 2 models');
    expect(said).toContain('each model at its own volume');
    expect(limitViolations(renderBlocks(bill))).toEqual([]);
    const again = parseText(catalog, commandFor(query));
    expect([again.split, again.eachOwn]).toEqual([query.split, true]);
  });

  it.each([
    ['0% to gpt-5 and 100% to o3', 'gpt-5 at 0%'],
    ['150% to gpt-5 and -50% to o3', 'o3 at -50%'],
  ])('%j says a share must be more than 0%', (text, said) => {
    const q = parseText(catalog, text);
    expect(q.problems[0]).toMatch(/^Each model's share must be more than 0%/);
    expect(q.problems[0]).toContain(said);
  });

  it('shares that do not add up to 100% are said to, with no volume forms', async () => {
    const { answer, query } = await handle({ text: '60% to gpt-5 and 30% to o3', where: LOCAL }, ports);
    expect(answer.kind).toBe('input-problem');
    expect(query.problems[0]).toMatch(/^The shares add up to 90%/);
    expect(renderText(answer)).not.toContain('Volumes:');
  });

  it.each([
    'compare gpt-5 and gpt-5-mini with 50% cached',
    'gpt-5 vs gpt-5-mini with 80% input',
    'is gpt-5 30% cheaper than o3?',
    'gpt-5 and gpt-5-mini at 50M tokens',
    '80% to gpt-5-mini',
  ])('%j splits nothing', (text) => {
    expect(parseText(catalog, text).split).toBeUndefined();
  });

  it('a follow-up with a new volume splits that volume the same way', async () => {
    const first = await billFor('80% to gpt-5-mini and 20% to gpt-5 at 100M tokens');
    const { bill } = await billFor('and at 1B tokens?', first.asked);
    expect(bill.parts.map((p) => [p.model, p.tokens])).toEqual([
      ['gpt-5-mini', 800_000_000],
      ['gpt-5', 200_000_000],
    ]);
  });

  it.each([
    ['total cost of 20M on gpt-5 plus 100M on gpt-5-mini', 'what would it cost to move all of it to gemini 2.5 flash', 'gemini-2.5-flash', 120_000_000],
    ['we send 80% of 100M tokens to gpt-5-mini and 20% to gpt-5', 'what about all on gpt-5 mini?', 'gpt-5-mini', 100_000_000],
  ])('after %j, %j is the whole month on that one model', async (first, then, id, tokens) => {
    const { asked } = await billFor(first);
    const next = await handle({ text: then, where: LOCAL, previous: asked }, ports);
    if (next.answer.kind !== 'cost') throw new Error(`expected a cost, got ${next.answer.kind}`);
    expect([next.answer.model, next.answer.tokens, next.answer.monthlyUsd]).toEqual([id, tokens, monthOf(id, tokens)]);
  });
});

describe('a share moved from one model to another', () => {
  it.each([
    ['if we switch half our traffic from gpt-4o to gpt-4o-mini how much do we save at 300M tokens/month', 'gpt-4o', 'gpt-4o-mini', 0.5, 300e6],
    ['move 30% of requests from claude sonnet 4.5 to claude haiku 4.5 at 100M tokens', 'claude-sonnet-4-5', 'claude-haiku-4-5', 0.3, 100e6],
    ['route a quarter of the volume off gpt-4o-mini onto gpt-5 at 40M tokens', 'gpt-4o-mini', 'gpt-5', 0.25, 40e6],
    // The model named inside the share: "30% of our sonnet 4.5 traffic to haiku 4.5".
    ['if we moved 30% of our claude sonnet 4.5 traffic to claude haiku 4.5 at 200M tokens, how much would we save?', 'claude-sonnet-4-5', 'claude-haiku-4-5', 0.3, 200e6],
  ])('%j: that share on the second, the rest on the first, set against all on the first', async (text, from, to, share, tokens) => {
    const { bill, command } = await billFor(text);
    const kept = Math.round((1 - share) * tokens);
    const moved = Math.round(share * tokens);
    expect(bill.parts.map((p) => [p.model, p.tokens])).toEqual([
      [from, kept],
      [to, moved],
    ]);
    const total = monthOf(from, kept) + monthOf(to, moved);
    expect(bill.totalUsd).toBeCloseTo(total, 6);
    const all = monthOf(from, tokens);
    expect(bill.baseline).toEqual({ model: from, name: catalog.byId.get(from)?.name, monthlyUsd: all });
    const line = renderText(bill).split('\n')[1] as string;
    expect(line.startsWith(`All on ${catalog.byId.get(from)?.name}: `)).toBe(true);
    expect(line).toContain(total < all ? 'a month less' : 'a month more');
    expect(limitViolations(renderBlocks(bill))).toEqual([]);
    // The command it writes reads back as the same move.
    const again = parseText(catalog, command);
    expect([again.movedFrom, again.split?.map((p) => p.model), again.tokens]).toEqual([from, [from, to], tokens]);
  });

  it('"what about 30%?", "and a third?" after it move that share instead; "with 50% cached?" stays the cached share', async () => {
    const first = await billFor('switch half our traffic from gpt-4o to gpt-4o-mini at 300M tokens');
    const thirty = await billFor('what about 30%?', first.asked);
    expect(thirty.bill.parts.map((p) => [p.model, p.tokens])).toEqual([
      ['gpt-4o', 210e6],
      ['gpt-4o-mini', 90e6],
    ]);
    expect(thirty.bill.baseline?.monthlyUsd).toBe(monthOf('gpt-4o', 300e6));
    const third = await billFor('and a third?', thirty.asked);
    expect(third.bill.parts.map((p) => p.tokens)).toEqual([200e6, 100e6]);
    const cached = await billFor('with 50% cached?', third.asked);
    expect([cached.asked.cachedShare, cached.bill.parts.map((p) => p.tokens)]).toEqual([0.5, [200e6, 100e6]]);
  });

  it('all of it is a move, and a share past 100% is said back', async () => {
    expect(parseText(catalog, 'switch 100% of traffic from gpt-4o to gpt-4.1').intent).toBe('upgrade');
    const { answer } = await handle({ text: 'move 150% of traffic from gpt-4o to gpt-4.1', where: LOCAL }, ports);
    expect(renderText(answer)).toContain('Cannot move 150% of the traffic: give a share above 0% and below 100%');
  });
});
