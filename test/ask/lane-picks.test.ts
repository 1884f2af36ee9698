// Each lane's first pick in one answer ("which model for each kind of work?", "what should we use for terminal work,
// subagents and RAG?", `/models best every lane`): one row per lane, each the lane's own first pick.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { parseText } from '../../src/ask/index.ts';
import { DEFAULT_MIX } from '../../src/cost/profile.ts';
import { best } from '../../src/lanes/best.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const asOf = '2026-12-06';
const ports = { catalog, now: () => new Date(`${asOf}T12:00:00Z`), logger: createLogger('error') };
const ask = (text: string) => handle({ text, where: LOCAL }, ports);
const every = catalog.lanes.map((l) => l.id);

/** A lane's first pick as its own ranking has it: the oracle for each row. */
function firstPick(laneId: string, tokensPerMonth: number, value = false): string | undefined {
  const lane = catalog.lanes.find((l) => l.id === laneId);
  if (!lane) throw new Error(laneId);
  const profile = { tokensPerMonth, mix: DEFAULT_MIX, cachedShare: 0, batch: false, serviceTier: 'standard' as const };
  return best(catalog, lane, profile, {}, asOf, 1, value).picks[0]?.model;
}

describe('every lane at once', () => {
  it.each(['recommend a model for each lane', 'which is the best model for each kind of work?', 'best model for every use case', '/models best every lane'])(
    '"%s" is one row per lane, each its lane’s first pick',
    async (text) => {
      const { query, answer } = await ask(text);
      expect(query).toMatchObject({ intent: 'best', lane: null, lanePicks: every });
      if (answer.kind !== 'lane-picks') throw new Error(answer.kind);
      expect(answer.lanes.map((r) => r.lane)).toEqual(every);
      for (const row of answer.lanes) expect(row.pick?.model).toBe(firstPick(row.lane, 1_000_000));
    },
  );

  it('"cheap" asks each lane’s best value, and the volume said prices every row', async () => {
    const { query, answer } = await ask('best cheap model for each lane at 50M tokens');
    expect(query.order).toBe('value');
    if (answer.kind !== 'lane-picks') throw new Error(answer.kind);
    expect(answer.value).toBe(true);
    for (const row of answer.lanes) expect(row.pick?.model).toBe(firstPick(row.lane, 50_000_000, true));
  });
});

describe('several lanes named in a list', () => {
  it.each([
    ['what should we use for terminal coding, subagents and RAG?', ['terminal', 'subagents', 'long-context']],
    ['which model for chat and extraction?', ['chat', 'extraction']],
    ['best models for rag / chat / extraction', ['long-context', 'chat', 'extraction']],
  ])('"%s" is those lanes in the order named', async (text, lanes) => {
    const { query, answer } = await ask(text);
    expect(query.lanePicks).toEqual(lanes);
    if (answer.kind !== 'lane-picks') throw new Error(answer.kind);
    expect(answer.lanes.map((r) => r.lane)).toEqual(lanes);
  });

  it.each([
    ['best model for agents that use the terminal, open weights only', 'terminal'],
    ['best model for coding and vision', 'api-coding'],
  ])('"%s" is one kind of work, not a list of them', (text, lane) => {
    const query = parseText(catalog, text);
    expect(query.lanePicks).toBeUndefined();
    expect(query.lane).toBe(lane);
  });
});

describe('the command and the message', () => {
  it.each(['which model for chat and extraction?', 'best cheap model for each lane', 'recommend a model for each lane at 20M tokens'])(
    '"%s" reads back to the same lanes',
    async (text) => {
      const { query, command } = await ask(text);
      const again = parseText(catalog, command);
      expect(again.lanePicks).toEqual(query.lanePicks);
      expect(again.order).toBe(query.order);
      expect(again.tokens).toBe(query.tokens);
    },
  );

  it('a command naming one lane and a word that is not one says so', () => {
    expect(parseText(catalog, '/models best chat extraction banana').problems.join(' ')).toMatch(/Not understood: “banana”/);
  });

  it('renders within Slack’s limits, one table row per lane, and says every lane in the text', async () => {
    const { answer, query, command } = await ask('recommend a model for each lane');
    if (answer.kind !== 'lane-picks') throw new Error(answer.kind);
    const message = renderBlocks(answer, { query, command, ephemeral: true });
    expect(limitViolations(message)).toEqual([]);
    const table = message.blocks.find((b) => b.type === 'data_table' || b.type === 'table') as { rows?: unknown[] } | undefined;
    expect(table).toBeDefined();
    const text = renderText(answer);
    for (const lane of catalog.lanes) expect(text).toContain(`${lane.name} (${lane.id})`);
    expect(message.text).toContain(catalog.lanes[0]?.name);
  });
});

describe('the CLI', () => {
  it('`best chat extraction` and `best every` answer each lane’s first pick; --json carries the rows', async () => {
    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: () => {}, isTTY: false } as unknown as Parameters<typeof runCli>[1];
    expect(await runCli(['best', 'chat', 'extraction'], io)).toBe(0);
    expect(out.join('\n')).toContain('User-facing chat (chat)');
    out.length = 0;
    expect(await runCli(['best', 'every', '--json'], io)).toBe(0);
    const json = JSON.parse(out.join('\n')) as { kind: string; lanes: { lane: string }[]; notices?: { stale?: { models: string[] } } };
    expect(json.kind).toBe('lane-picks');
    expect(json.lanes.map((r) => r.lane)).toEqual(every);
    const stale = json.notices?.stale?.models ?? [];
    expect(new Set(stale).size).toBe(stale.length);
  });
});

describe('each kind of work asked in other words', () => {
  it.each([
    ["what's the cheapest good option for every kind of work?", 'value'],
    ['cheapest model for all workloads', 'value'],
    ['best per lane from anthropic', 'price'],
  ])('"%s" is every lane’s pick (order %s)', (text, order) => {
    const query = parseText(catalog, text);
    expect(query.lanePicks).toEqual(every);
    expect(query.order).toBe(order);
  });

  it('filters said apply to every row', async () => {
    const { answer } = await ask('best per lane from anthropic');
    if (answer.kind !== 'lane-picks') throw new Error(answer.kind);
    for (const row of answer.lanes) if (row.pick) expect(catalog.byId.get(row.pick.model)?.provider).toBe('anthropic');
  });
});

describe('another lane after a lane’s picks', () => {
  it.each(['best model for chat at 50M tokens', 'which model for chat and extraction at 50M tokens?'])(
    '"what about terminal?" after "%s" is the terminal lane at the same volume',
    async (first) => {
      const before = await ask(first);
      const next = await handle({ text: 'what about terminal?', where: LOCAL, previous: before.asked }, ports);
      expect(next.query).toMatchObject({ intent: 'best', lane: 'terminal', tokens: 50_000_000 });
      expect(next.query.lanePicks).toBeUndefined();
      expect(next.answer.kind).toBe('best');
    },
  );
});
