// Every ranking order reads back from the command its buttons carry, and from the CLI command of the same name.
import { describe, expect, it } from 'vitest';
import { commandFor, RANKING_COMMANDS } from '../../src/ask/command-text.ts';
import { parseText } from '../../src/ask/index.ts';
import { emptyQuery } from '../../src/ask/query.ts';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { RANK_ORDERS } from '../../src/cost/rank.ts';
import type { CheapestAnswer } from '../../src/cost/rank.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports: Ports = { catalog, now: () => new Date('2026-12-02T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };

describe('ranking orders', () => {
  it.each([...RANK_ORDERS])('%s: its command reads back as the same order, and its answer renders within Slack limits', async (order) => {
    // A leaderboard is always on a named benchmark.
    const scoredOn = order === 'score' ? { scoredOn: 'aa-intelligence-index' } : {};
    const query = { ...emptyQuery('', 'cheapest'), order, filters: { providers: ['openai'], ...scoredOn }, tokens: 10_000_000 };
    const command = commandFor(query);
    expect(command.startsWith(`/models ${RANKING_COMMANDS[order]}`), command).toBe(true);
    const again = parseText(catalog, command);
    expect([again.intent, again.order, again.filters.providers, again.tokens], command).toEqual(['cheapest', order, ['openai'], 10_000_000]);
    const { answer } = await handle({ text: command, where: LOCAL }, ports);
    expect(answer.kind, command).toBe('cheapest');
    expect((answer as CheapestAnswer).order, command).toBe(order);
    expect(renderText(answer), command).not.toMatch(/undefined|NaN/);
    expect(limitViolations(renderBlocks(answer)), command).toEqual([]);
  });
});

describe('a low price said as a word beside another order', () => {
  it.each([
    ['fastest cheap model', 'speed', 'cheap'],
    ['newest affordable models', 'newest', 'affordable'],
    ['largest context budget models', 'context', 'budget'],
  ])('%j ranks in its order (%s), and says "%s" sets no bound', async (text, order, word) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.order]).toEqual(['cheapest', order]);
    const { answer } = await handle({ text, where: LOCAL }, ports);
    expect(renderText(answer)).toContain(`“${word}” sets no price bound of its own: add one, such as under $1 per million`);
  });

  it('with a bound said, the bound holds and nothing more is said; "cheap models" alone rank by price', () => {
    const bounded = parseText(catalog, 'fastest cheap model under $1 per million');
    expect([bounded.order, bounded.filters.maxPerMillion, bounded.notes ?? []]).toEqual(['speed', 1, []]);
    expect(parseText(catalog, 'cheap models').order).toBe('price');
  });
});
