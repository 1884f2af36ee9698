// Calls counted that are tools' ("40 tool calls per task") are a volume and a need: the model must call tools.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/ask/index.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();

describe('tool calls counted', () => {
  it.each([
    ['our agent makes 40 tool calls per task, 200 tasks a day, ~3k tokens per call, which model?', 40 * 200 * 3000 * 30.4375],
    ['cheapest model for 5000 tool calls a day of 2k tokens each', 5000 * 2000 * 30.4375],
    ['cheapest model for 200 function calls an hour of 1k tokens each', 200 * 24 * 1000 * 30.4375],
  ])('"%s" prices the calls and needs function calling', (text, tokens) => {
    const query = parseText(catalog, text);
    expect(query.tokens).toBeCloseTo(tokens, -1);
    expect(query.filters.need).toContain('function-calling');
  });

  it('calls that are not tools’ need nothing', () => {
    const query = parseText(catalog, 'cheapest model for 5000 api calls a day of 2k tokens each');
    expect(query.filters.need ?? []).not.toContain('function-calling');
  });
});

describe('people counted, then what each uses', () => {
  it.each([
    ["we're a startup with 10 devs using copilot-like autocomplete, ~2M tokens per dev per day, what's cheapest?", 10, 2_000_000],
    ['10 devs, ~2M tokens per dev per day, what is cheapest?', 10, 2_000_000],
    ['10 devs using 2M tokens per dev per day on gpt-5', 10, 2_000_000],
    ['25 engineers, 400k tokens per engineer a day, cheapest model?', 25, 400_000],
  ])('"%s" is the people × what each uses a day', (text, people, each) => {
    const query = parseText(catalog, text);
    expect(query.tokens).toBeCloseTo(people * each * 30.4375, -1);
    expect(query.people?.count).toBe(people);
  });

  it('a tool described as like a subscription product is still a workload priced by the token', () => {
    const query = parseText(catalog, "we're a startup with 10 devs using copilot-like autocomplete, ~2M tokens per dev per day, what's cheapest?");
    expect(query.intent).toBe('cheapest');
    expect(query.reach).toBeUndefined();
  });

  it('the subscription itself is still one the catalog cannot price', () => {
    expect(parseText(catalog, 'how much is github copilot?').intent).toBe('cannot-see');
  });
});

describe('whether a model can do the work', () => {
  it.each(['can gpt-5 mini handle coding?', 'can haiku 4.5 do coding?'])('"%s" is its verdict for routine coding', (text) => {
    expect(parseText(catalog, text)).toMatchObject({ intent: 'lanes', lane: 'api-coding' });
  });

  it.each([
    ['model for parsing invoices to json', 'best'],
    ['cheapest model for parsing resumes into json', 'cheapest'],
  ])('"%s" is structured extraction', (text, intent) => {
    const query = parseText(catalog, text);
    expect(query.intent).toBe(intent);
    expect(query.lane ?? query.filters.lane).toBe('extraction');
  });
});

describe('what each request sends and gets back', () => {
  const month = (perDay: number) => perDay * 30.4375;
  it.each([
    ['our RAG pipeline sends 8k tokens of context per query and gets 500 back, 100k queries a day, compare sonnet 4.5 and gpt-5', 8000, 500, 100_000],
    ['each query sends 8k tokens and gets 500 back, 100k queries a day, gpt-5', 8000, 500, 100_000],
    ['100k calls a day, each call uses 3k tokens and returns 400, on gpt-5 mini', 3000, 400, 100_000],
    ['100k queries a day, each sends 2k tokens and gets 1k back, gpt-5', 2000, 1000, 100_000],
  ])('"%s" is the requests × both sides, in that mix', (text, sent, back, perDay) => {
    const query = parseText(catalog, text);
    expect(query.problems).toEqual([]);
    expect(query.tokens).toBeCloseTo(month(perDay * (sent + back)), -2);
    expect(query.mix).not.toBeNull();
    expect((query.mix?.input ?? 0) / (query.mix?.output ?? 1)).toBeCloseTo(sent / back, 5);
    expect(query.per).toBeUndefined();
  });

  it('one request said so is that request', () => {
    expect(parseText(catalog, 'gpt-5 sends 2k tokens and gets 300 back')).toMatchObject({ tokens: 2300, per: 'request' });
  });

  it('"about" before an inner count keeps the chain: conversations × turns × tokens', () => {
    expect(parseText(catalog, 'haiku 4.5, 50k conversations a month, about 10 turns each, 400 tokens per turn').tokens).toBe(50_000 * 10 * 400);
  });
});

describe('a kind of work one slip off', () => {
  it.each([
    ['best modle for codding', 'api-coding', 'codding', 'coding'],
    ['cheapest model for extraciton', 'extraction', 'extraciton', 'extraction'],
    ['best model for reasonig', 'reasoning', 'reasonig', 'reasoning'],
  ])('"%s" is the %s lane, the reading said', (text, lane, typed, meant) => {
    const query = parseText(catalog, text);
    expect(query.lane ?? query.filters.lane).toBe(lane);
    expect(query.notes).toContain(`“${typed}” read as “${meant}”`);
  });

  it('another form of a word is not a slip', () => {
    expect(parseText(catalog, 'model for generating unit tests').notes ?? []).not.toContain('“generating” read as “generation”');
  });
});

describe('one request of a size', () => {
  it.each([
    ['cost of a single 500-token message on gpt-5 mini', 500],
    ['cost of one 2k-token request on sonnet 4.5', 2000],
  ])('"%s" is that one request, its prompt alone', (text, tokens) => {
    expect(parseText(catalog, text)).toMatchObject({ intent: 'cost', tokens, promptTokens: tokens, per: 'request', mix: { input: 1, output: 0 } });
  });

  it('requests counted keep their count', () => {
    expect(parseText(catalog, '10k 2k-token requests a day on gpt-5').tokens).toBeCloseTo(10_000 * 2000 * 30.4375, -2);
  });
});
