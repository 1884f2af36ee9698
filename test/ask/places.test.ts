// Places in a ranking: "the second cheapest", "models 6 through 10", "next 5" and "show more" after a ranking, "the 4th
// one" and "compare the first and the third": each row is the model at that place of the whole ranking, numbered so.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { commandFor } from '../../src/ask/command-text.ts';
import { MAX_TOP } from '../../src/ask/extract.ts';
import { parseText } from '../../src/ask/index.ts';
import type { Query } from '../../src/ask/query.ts';
import type { Answer } from '../../src/ask/answer.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports: Ports = { catalog, now: () => new Date('2026-12-02T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };
const ask = (text: string, previous?: Query) => handle({ text, where: LOCAL, ...(previous ? { previous } : {}) }, ports);
const rowsOf = (a: Answer) => {
  if (a.kind === 'cheapest') return a.ranking.map((r) => r.model);
  if (a.kind === 'best') return a.picks.map((p) => p.model);
  throw new Error(`expected a ranking, got ${a.kind}`);
};
/** The first `n` of a ranking asked in full, to find each place in. */
const whole = async (text: string, n = 20) => rowsOf((await ask(`${text} top ${n}`)).answer);

describe('places in a ranking', () => {
  it.each([
    ['second cheapest model with vision', 1, 1],
    ["what's the 2nd cheapest model with vision?", 1, 1],
    ['cheapest models 6 through 10', 5, 5],
    ['cheapest models with reasoning, ranks 11-15', 10, 5],
    ['show the cheapest #6–#10 from anthropic', 5, 5],
    ['the 3rd newest openai model', 2, 1],
    ['cheapest ranks 6 to 10', 5, 5],
  ])('%j reads as places %i on, %i shown', (text, skip, top) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.skip, q.top, q.problems]).toEqual(['cheapest', skip, top, []]);
  });

  it('a range of volumes or a plain list length is not a place', () => {
    expect(parseText(catalog, 'cheapest for 6 to 10M tokens').skip).toBeUndefined();
    expect(parseText(catalog, 'are there models 4 to 5 times cheaper than gpt-5').skip).toBeUndefined();
    expect(parseText(catalog, 'top 10 cheapest').skip).toBeUndefined();
    expect(parseText(catalog, 'top 10 cheapest').top).toBe(10);
  });

  it('places written backwards are refused with a form that would be right', () => {
    expect(parseText(catalog, 'cheapest models 10 to 6').problems).toEqual(['Cannot show ranks 10 to 6: give the first place, then the last, such as ranks 6 to 10.']);
  });

  it.each([
    ['cheapest models with vision', 'cheapest models with vision 6 through 10', 5, 10],
    ['cheapest models with vision', 'second cheapest model with vision', 1, 2],
    ['newest openai models', 'the 3rd newest openai model', 2, 3],
    ['cheapest models with reasoning', 'cheapest models with reasoning, ranks 11-15', 10, 15],
  ])('%j: the rows of %j are those places of the whole ranking, numbered so', async (full, text, from, to) => {
    const all = await whole(full);
    const { answer } = await ask(text);
    expect(rowsOf(answer)).toEqual(all.slice(from, to));
    if (answer.kind !== 'cheapest') throw new Error('expected a ranking');
    expect(answer.firstPlace).toBe(from + 1);
    const shown = renderText(answer);
    expect(shown).toContain(to - from === 1 ? `, #${from + 1}:` : `, #${from + 1}–#${to}:`);
    expect(shown).toMatch(new RegExp(`^\\s*${from + 1}\\s+${all[from]}\\b`, 'm'));
    // In Slack the table's first cell is the place, as a number to sort by.
    const message = renderBlocks(answer);
    const table = message.blocks.find((b) => b.type === 'data_table') as unknown as { rows: unknown[][] };
    expect(table.rows[1]?.[0]).toEqual({ type: 'raw_number', value: from + 1, text: String(from + 1) });
    expect(JSON.stringify(message.blocks[0])).toContain(to - from === 1 ? `#${from + 1}` : `#${from + 1}–#${to}`);
  });

  it('past the last place, how many there are is said', async () => {
    const { answer } = await ask('cheapest anthropic models ranks 900 to 905');
    if (answer.kind !== 'cheapest') throw new Error('expected a ranking');
    expect(answer.ranking).toEqual([]);
    expect(answer.eligible).toBeGreaterThan(0);
    expect(renderText(answer)).toContain(`Only ${answer.eligible} models pass every filter (${answer.considered} considered): there is no #900.`);
    expect(renderText(answer)).not.toContain('No model passes every filter');
  });

  it("a lane's picks at a place: the second best for coding is the whole list's second", async () => {
    const all = rowsOf((await ask('best models for coding top 10')).answer);
    const { answer } = await ask('second best model for coding');
    expect(rowsOf(answer)).toEqual([all[1]]);
    expect(renderText(answer)).toMatch(/\(api-coding\), #2:/);
  });

  it('the command written back reads as the same places', () => {
    for (const text of ['cheapest models 6 through 10', 'second cheapest model with vision', 'second best model for coding']) {
      const q = parseText(catalog, text);
      const again = parseText(catalog, commandFor(q));
      expect([again.intent, again.skip, again.top], text).toEqual([q.intent, q.skip, q.top]);
    }
  });
});

describe('more of a ranking, in a thread', () => {
  it('"next 5", "show more", "3 more" and "the rest" show the places after those shown; "next 5" is not a model', async () => {
    const all = await whole('cheapest models with vision');
    const first = await ask('cheapest models with vision');
    const next = await ask('next 5', first.asked);
    expect(rowsOf(next.answer)).toEqual(all.slice(5, 10));
    const more = await ask('show more', next.asked);
    expect(rowsOf(more.answer)).toEqual(all.slice(10, 15));
    const three = await ask('3 more', more.asked);
    expect(rowsOf(three.answer)).toEqual(all.slice(15, 18));
    const rest = await ask('ok, the rest', three.asked);
    expect([rest.asked.skip, rest.asked.top]).toEqual([18, MAX_TOP]);
    expect(rowsOf(rest.answer)[0]).toBe(all[18]);
    // After a list of every model that passes, there are no more, and it says so.
    const every = await ask('list all anthropic models');
    const none = await ask('show more', every.asked);
    expect(renderText(none.answer)).toContain('The ranking before lists every model that passes its filters: there are no more.');
    // Of a lane's picks too.
    const picks = rowsOf((await ask('best models for coding top 10')).answer);
    const lane = await ask('more please', (await ask('best model for coding')).asked);
    expect(rowsOf(lane.answer)).toEqual(picks.slice(5, 10));
  });

  it('"what about the 4th one?", "#3\'s context window?" ask of the model at that place; past the last, how many there are', async () => {
    const all = await whole('cheapest models with vision');
    const first = await ask('cheapest models with vision');
    const fourth = await ask('what about the 4th one?', first.asked);
    expect(renderText(fourth.answer)).toContain(`(${all[3]})`);
    const third = await ask("#3's context window?", first.asked);
    expect(third.answer.kind).toBe('attribute');
    expect(renderText(third.answer)).toContain(`read as ${all[2]} (#3 of`);
    const cost = await ask('what does the second one cost at 500M tokens?', first.asked);
    if (cost.answer.kind !== 'cost') throw new Error(`expected a cost, got ${cost.answer.kind}`);
    expect([cost.answer.model, cost.answer.tokens]).toEqual([all[1], 500_000_000]);
    const past = await ask('what about the 900th one?', first.asked);
    expect(renderText(past.answer)).toMatch(/There is no #900 of “cheapest models with vision”: only \d+ models pass its filters/);
  });

  it('"compare the first and the third", "#2 vs #4 at 50M tokens" compare the models at those places, at the volume said', async () => {
    const all = await whole('cheapest models with vision');
    const first = await ask('cheapest models with vision');
    const pair = await ask('compare the first and the third', first.asked);
    if (pair.answer.kind !== 'comparison') throw new Error(`expected a comparison, got ${pair.answer.kind}`);
    expect(pair.answer.models).toEqual([all[0], all[2]]);
    const at = await ask('#2 vs #4 at 50M tokens', first.asked);
    if (at.answer.kind !== 'comparison') throw new Error(`expected a comparison, got ${at.answer.kind}`);
    expect(at.answer.models).toEqual([all[1], all[3]]);
    expect(at.answer.assumptions.tokensPerMonth).toBe(50_000_000);
    // "Compare the first two" takes the volume said now too.
    const two = await ask('compare the first two at 200M tokens', first.asked);
    if (two.answer.kind !== 'comparison') throw new Error(`expected a comparison, got ${two.answer.kind}`);
    expect([two.answer.models, two.answer.assumptions.tokensPerMonth]).toEqual([all.slice(0, 2), 200_000_000]);
  });
});
