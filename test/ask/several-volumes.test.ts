// Several months' volumes in one question ("cost of gpt-5 at 10M, 50M and 100M tokens"): one model's cost and a
// comparison show the month at each, every figure the same as asking at that volume alone; elsewhere the asker is told
// to give one.
import { describe, expect, it } from 'vitest';
import { calculate, calculatorInput } from '../../src/app/calculator.ts';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { commandFor } from '../../src/ask/command-text.ts';
import { parseText } from '../../src/ask/index.ts';
import { money, tokens } from '../../src/cost/format.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const AS_OF = '2026-12-02';
const ports: Ports = { catalog, now: () => new Date(`${AS_OF}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } };

/** The month one model costs at one volume, asked alone. */
async function monthAlone(model: string, volume: string): Promise<number> {
  const { answer } = await handle({ text: `/models cost ${model} for ${volume} tokens`, where: LOCAL }, ports);
  if (answer.kind !== 'cost' || answer.monthlyUsd === null) throw new Error(`${model} at ${volume}: ${answer.kind}`);
  return answer.monthlyUsd;
}

describe('one model at several volumes', () => {
  it.each([
    ['cost of gpt-5 at 10M, 50M and 100M tokens', 'gpt-5', ['10M', '50M', '100M']],
    ['how does the price of claude haiku 4.5 scale from 1M to 1B tokens?', 'claude-haiku-4-5', ['1M', '1B']],
    ['gemini 2.5 pro at 500k vs 2.5M tokens a month', 'gemini-2.5-pro', ['500K', '2.5M']],
  ] as const)('%j prices each volume as asking it alone would', async (text, model, volumes) => {
    const q = parseText(catalog, text);
    expect(q.intent).toBe('cost');
    expect(q.problems).toEqual([]);
    const { answer } = await handle({ text, where: LOCAL }, ports);
    if (answer.kind !== 'cost') throw new Error(answer.kind);
    expect(answer.model).toBe(model);
    expect(answer.atVolumes?.map((v) => tokens(v.tokens))).toEqual(volumes);
    const shown = renderText(answer);
    for (const [i, v] of volumes.entries()) {
      const alone = await monthAlone(model, v);
      expect(answer.atVolumes?.[i]?.monthlyUsd).toBeCloseTo(alone, 9);
      expect(shown).toContain(`${money(alone)}${i === 0 ? ' a month' : ''} at ${v}`);
    }
    // The breakdown is the first volume's, and the assumptions name every one.
    expect(answer.monthlyUsd).toBeCloseTo(await monthAlone(model, volumes[0]), 9);
    expect(answer.assumptions.text[0]).toContain(
      volumes
        .map((v) => v)
        .join(volumes.length > 2 ? ', ' : ' and ')
        .replace(/, (?=[^,]*$)/, ' and '),
    );
    const message = renderBlocks(answer);
    expect(limitViolations(message)).toEqual([]);
    expect(message.text).toContain(money(answer.atVolumes?.at(-1)?.monthlyUsd ?? Number.NaN));
    expect(JSON.stringify(message)).not.toMatch(/NaN|undefined/);
  });

  it('asks again at the same volumes from its command, and a follow-up scales them or says one', async () => {
    const text = 'price of claude haiku 4.5 at 500k, 2.5M and 3 billion tokens';
    const first = await handle({ text, where: LOCAL }, ports);
    expect(parseText(catalog, first.command).volumes).toEqual([500_000, 2_500_000, 3_000_000_000]);
    const doubled = await handle({ text: 'what if we double it?', where: LOCAL, previous: first.asked }, ports);
    expect(doubled.query.volumes).toEqual([1_000_000, 5_000_000, 6_000_000_000]);
    const one = await handle({ text: 'and at 20M?', where: LOCAL, previous: first.asked }, ports);
    expect(one.query.volumes).toBeUndefined();
    expect(one.answer.kind === 'cost' && one.answer.atVolumes).toBeFalsy();
    expect(one.query.tokens).toBe(20_000_000);
  });
});

describe('the cost calculator opened from several volumes', () => {
  it('starts at the first and prices the one volume typed into it', async () => {
    const input = calculatorInput(ports, '/models cost gpt-5 for 10M, 50M tokens');
    expect(input.volume).toBe('10M');
    const result = await calculate(ports, { ...input, volume: '20M' }, LOCAL);
    if (!result.ok) throw new Error('the calculator should price 20M');
    expect(result.quotes.map((q) => [q.tokens, q.atVolumes])).toEqual([[20_000_000, undefined]]);
    expect(result.quotes[0]?.monthlyUsd).toBeCloseTo(await monthAlone('gpt-5', '20M'), 9);
  });
});

describe('a multiple of several volumes', () => {
  it('scales each of them, and says so', () => {
    const q = parseText(catalog, 'gpt-5 at 10M and 50M tokens, what if it was 10x more?');
    expect([q.tokens, q.volumes]).toEqual([100_000_000, [100_000_000, 500_000_000]]);
    expect(q.notes).toContain('“10x more” read as 10 × each volume (10M, 50M tokens a month)');
  });
});

describe('which is cheaper, and a move, at several volumes', () => {
  it('"is gpt-5 cheaper than o3 at 10M and 1B tokens?" is the comparison, a winner at each volume', async () => {
    const text = 'is gpt-5 cheaper than o3 at 10M and 1B tokens?';
    expect(parseText(catalog, text).intent).toBe('compare');
    const { answer } = await handle({ text, where: LOCAL }, ports);
    if (answer.kind !== 'comparison') throw new Error(answer.kind);
    const rows = answer.rows.filter((r) => r.volume?.asked);
    expect(rows.map((r) => r.volume?.tokens)).toEqual([10_000_000, 1_000_000_000]);
    for (const r of rows) {
      const [a, b] = [await monthAlone('gpt-5', tokens(r.volume?.tokens ?? 0)), await monthAlone('o3', tokens(r.volume?.tokens ?? 0))];
      expect(r.winner).toBe(a < b ? 'gpt-5' : a > b ? 'o3' : 'tie');
    }
  });

  it('a move at several volumes says what it saves or adds at each', async () => {
    const { answer } = await handle({ text: 'upgrade from gpt-4o to gpt-5 at 10M and 50M tokens', where: LOCAL }, ports);
    if (answer.kind !== 'upgrade') throw new Error(answer.kind);
    const [from, to] = [await monthAlone('gpt-4o', '50M'), await monthAlone('gpt-5', '50M')];
    expect(answer.friction.summary).toContain(`At 50M tokens: ${money(from)} → ${money(to)}, ${money(Math.abs(to - from))} a month ${to < from ? 'saved' : 'more'}.`);
    expect(answer.friction.summary[0]).toContain('at 10M tokens');
  });
});

describe('volumes said more than once', () => {
  it('count once: the same volume twice is one volume', () => {
    expect(parseText(catalog, 'cost of gpt-5 at 10M, 10M and 10M tokens').volumes).toBeUndefined();
    expect(parseText(catalog, 'cost of gpt-5 at 10M, 20M and 10M tokens').volumes).toEqual([10_000_000, 20_000_000]);
  });
});

describe('a comparison at several volumes', () => {
  it('has a cost row for each volume asked, in the brief reply too, each as the models cost there alone', async () => {
    const text = 'compare gpt-5 and claude sonnet 4.5 at 10M, 50M and 1B tokens';
    const { answer } = await handle({ text, where: LOCAL, detail: 'brief' }, ports);
    if (answer.kind !== 'comparison') throw new Error(answer.kind);
    const rows = answer.rows.filter((r) => r.volume?.asked);
    expect(rows.map((r) => r.volume?.tokens)).toEqual([10_000_000, 50_000_000, 1_000_000_000]);
    // The reference volumes give way to the asked ones.
    expect(answer.rows.filter((r) => r.volume && !r.volume.asked)).toEqual([]);
    for (const r of rows) for (const id of answer.models) expect(r.values[id]?.value).toBeCloseTo(await monthAlone(id, tokens(r.volume?.tokens ?? 0)), 9);
    const message = renderBlocks(answer);
    expect(limitViolations(message)).toEqual([]);
    const table = JSON.stringify(message.blocks.find((b) => b.type === 'table'));
    for (const v of ['10M', '50M', '1B']) expect(table).toContain(`Monthly cost at ${v} tokens (asked)`);
  });

  it('of four models at eight volumes, the brief reply keeps the first three and points to the rest', async () => {
    const text = '/compare gpt-5 o3 claude-sonnet-4-5 gemini-2.5-pro for 1M, 2M, 3M, 4M, 5M, 6M, 7M, 8M tokens';
    const { answer } = await handle({ text, where: LOCAL, detail: 'brief' }, ports);
    if (answer.kind !== 'comparison') throw new Error(answer.kind);
    expect(answer.rows.filter((r) => r.volume?.asked)).toHaveLength(8);
    const message = renderBlocks(answer);
    expect(limitViolations(message)).toEqual([]);
    const json = JSON.stringify(message.blocks);
    for (const v of ['1M', '2M', '3M']) expect(json).toContain(`Monthly cost at ${v} tokens (asked)`);
    expect(json).not.toContain('Monthly cost at 4M tokens');
    expect(json).toContain('5 more of the volumes asked: see the full comparison.');
  });
});

describe('several volumes where one is needed', () => {
  it.each([
    ['cheapest model at 10M and 50M tokens', 'Two volumes given (10,000,000 and 50,000,000 tokens a month): give one volume'],
    ['daily cost of gpt-5 at 10M and 50M tokens', 'Two volumes given (10,000,000 and 50,000,000 tokens a month): a cost by the hour, day, week or year'],
    ['cost of gpt-5 at 10M, 50M tokens for 6 months', 'over a term or per request takes one volume'],
    ['gpt-5 cost at 1M 2M 3M 4M 5M 6M 7M 8M 9M tokens', '9 volumes given (1,000,000, 2,000,000, 3,000,000 … 9,000,000 tokens a month): give at most 8'],
  ])('%j says what was wrong and what would be right', (text, problem) => {
    const q = parseText(catalog, text);
    expect(q.volumes).toBeUndefined();
    expect(q.problems.join(' ')).toContain(problem);
  });

  it('a ranking after a comparison at several volumes is priced at the first, and says so', async () => {
    const first = await handle({ text: 'compare gpt-5 and o3 at 10M and 50M tokens', where: LOCAL }, ports);
    const next = await handle({ text: 'any cheaper alternatives?', where: LOCAL, previous: first.asked }, ports);
    expect(next.query.intent).toBe('cheapest');
    expect(next.query.volumes).toBeUndefined();
    expect(next.query.tokens).toBe(10_000_000);
    expect(next.query.notes?.join(' ')).toContain('at 10M tokens a month, the first of the volumes asked before');
    expect(next.answer.kind).toBe('cheapest');
    expect(commandFor(next.query)).not.toContain('50M');
  });
});
