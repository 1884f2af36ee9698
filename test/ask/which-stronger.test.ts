// "Which is smarter, A or B?" answered with their scores and which is ahead; embeddings counted are out of scope before
// their size is asked; a family word after a model reads as one model, said once.
import { describe, expect, it } from 'vitest';
import { buildsOn } from '../../src/ask/follow-up.ts';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Query } from '../../src/ask/query.ts';
import { scoreOf } from '../../src/catalog/needs.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { factBlocks } from '../../src/render/blocks/facts.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-12-06T12:00:00Z'), logger: createLogger('error') };
const ask = (text: string, previous?: Query) => handle({ text, where: LOCAL, ...(previous ? { previous } : {}) }, ports);
const model = (id: string) => {
  const m = catalog.byId.get(id);
  if (!m) throw new Error(id);
  return m;
};

describe('which of two models is stronger', () => {
  it.each([
    ['which is smarter, gemini 2.5 pro or gpt-5?', ['gemini-2.5-pro', 'gpt-5']],
    ['is gpt-5 smarter than gemini 2.5 pro?', ['gpt-5', 'gemini-2.5-pro']],
    ['which scores higher on intelligence, gpt-5 or gemini 2.5 pro?', ['gpt-5', 'gemini-2.5-pro']],
    ['is claude opus 4.5 more capable than gemini 3 pro?', ['claude-opus-4-5', 'gemini-3-pro-preview']],
  ])('"%s": their scores on a benchmark both carry, the higher said first', async (text, ids) => {
    const { query, answer } = await ask(text);
    expect(query.intent).toBe('attribute');
    expect(query.models).toEqual(ids);
    if (answer.kind !== 'fact') throw new Error(answer.kind);
    const benchmark = query.benchmark as string;
    expect(['aa-intelligence-index', 'lmarena-text']).toContain(benchmark);
    const scores = ids.map((id) => scoreOf(model(id), benchmark));
    expect(scores.every((s) => s !== undefined)).toBe(true);
    const higher = ids[(scores[0] as number) >= (scores[1] as number) ? 0 : 1] as string;
    expect(answer.ahead?.scores[0]?.model).toBe(higher);
    const said = renderText(answer).split('\n')[0] ?? '';
    expect(said).toMatch(new RegExp(`^${model(higher).name.replace(/[.()]/g, '\\$&')} scores higher on the `));
    expect(factBlocks(answer).text).toBe(said);
  });

  it('the index, when it scores both, is the one asked', async () => {
    const { query } = await ask('which is smarter, gemini 2.5 pro or gpt-5?');
    expect(query.benchmark).toBe('aa-intelligence-index');
  });

  it('one model untested on every signal is said untested, with no winner made up', async () => {
    const untested = catalog.models.find((m) => m.status === 'active' && scoreOf(m, 'aa-intelligence-index') === undefined && scoreOf(m, 'lmarena-text') === undefined);
    if (!untested) throw new Error('every model is scored');
    const { answer } = await ask(`is gpt-5 smarter than ${untested.id}?`);
    if (answer.kind !== 'fact') throw new Error(answer.kind);
    expect(answer.ahead).toBeUndefined();
    expect(renderText(answer)).toMatch(/untested/);
  });

  it('a kind of work named is that lane’s verdict, not the index', async () => {
    const { query } = await ask('is opus 4.5 smarter than sonnet 4.5 for coding?');
    expect(query.intent).toBe('compare');
  });

  it('three models on a benchmark: the highest first, then the others in order', async () => {
    const { answer } = await ask('gpt-5 vs o3 vs gpt-4.1 on aider polyglot');
    if (answer.kind !== 'fact') throw new Error(answer.kind);
    const scores = answer.ahead?.scores.map((s) => s.score) ?? [];
    expect(scores.length).toBe(3);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(renderText(answer).split('\n')[0]).toMatch(/ scores highest on the Aider polyglot: .+, then .+, .+\.$/);
  });
});

describe('embeddings counted', () => {
  it.each(['price of 1 million embeddings', 'cost of 500k text embeddings', 'generating embeddings for 10M docs'])('"%s" is out of scope, said first', async (text) => {
    const { answer } = await ask(text);
    if (answer.kind !== 'input-problem') throw new Error(answer.kind);
    expect(answer.problems[0]).toMatch(/embedding models are not among them/);
  });
});

describe('a family word after one model', () => {
  it('"what about haiku?" after sonnet 4.5 is said once, as the same generation', async () => {
    const first = await ask('cheapest way to run sonnet 4.5');
    const next = await ask('what about haiku?', first.asked);
    expect(next.query.models).toEqual(['claude-haiku-4-5']);
    const notes = (next.query.notes ?? []).filter((n) => n.startsWith('“haiku” read as'));
    expect(notes).toEqual(['“haiku” read as Claude Haiku 4.5, of the same generation as Claude Sonnet 4.5 (name a version to ask about another)']);
  });
});

describe('a place alone after a ranking', () => {
  it.each([
    ["what's second?", 2],
    ['and the third?', 3],
    ['2nd?', 2],
    ['what about the 4th', 4],
    ['second place?', 2],
  ])('"%s" is the model at that place', async (text, place) => {
    const ranking = await ask('cheapest model for coding');
    if (ranking.answer.kind !== 'cheapest') throw new Error(ranking.answer.kind);
    const next = await ask(text, ranking.asked);
    if (next.answer.kind !== 'model-card') throw new Error(next.answer.kind);
    expect(next.answer.model.id).toBe(ranking.answer.ranking[place - 1]?.model);
  });

  it('"why that one?" says how the lane decides, and what follows is still about the ranking', async () => {
    const ranking = await ask('cheapest model for coding');
    if (ranking.answer.kind !== 'cheapest') throw new Error(ranking.answer.kind);
    const why = await ask('why that one?', ranking.asked);
    expect(why.query).toMatchObject({ intent: 'help', lane: 'api-coding' });
    expect(buildsOn(why.query)).toBe(false);
    const next = await ask('compare the top two', ranking.asked);
    if (next.answer.kind !== 'comparison') throw new Error(next.answer.kind);
    expect(next.answer.models).toEqual(ranking.answer.ranking.slice(0, 2).map((r) => r.model));
  });
});

describe('two models set against each other for a kind of work', () => {
  it.each([
    ['o3 vs o4-mini for reasoning', 'reasoning'],
    ['gpt-5 versus gemini 2.5 pro for vision', 'vision-docs'],
  ])('"%s" is their comparison led by that lane’s verdict', async (text, lane) => {
    const { query, answer } = await ask(text);
    expect(query).toMatchObject({ intent: 'compare', lane });
    if (answer.kind !== 'comparison') throw new Error(answer.kind);
    expect(answer.focus).toBe(lane);
  });

  it('"which is better for vision, A or B?" still asks whether each has it', async () => {
    expect((await ask('which is better for vision, gpt-5 or gemini 2.5 pro?')).query).toMatchObject({ intent: 'attribute', attribute: 'vision' });
  });
});
