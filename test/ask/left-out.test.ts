// What a ranking's models must not be: a family left out, proprietary (not open weights), a capability they lack.
// Each is read as left out, never as asked for, and each ranked row holds it.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { commandFor } from '../../src/ask/command-text.ts';
import { parseText } from '../../src/ask/index.ts';
import type { CheapestAnswer } from '../../src/cost/rank.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports: Ports = { catalog, now: () => new Date('2026-12-02T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };
const ranked = async (text: string) => {
  const { answer } = await handle({ text, where: LOCAL }, ports);
  if (answer.kind !== 'cheapest') throw new Error(`${text}: expected a ranking, got ${answer.kind}`);
  return answer as CheapestAnswer;
};
const model = (id: string) => catalog.byId.get(id);

describe('left out', () => {
  it.each([
    ['cheapest model except llama', ['llama']],
    ['cheapest non-llama model', ['llama']],
    ['cheapest model not in the llama family', ['llama']],
    ['cheapest model except gemma and llama', ['gemma', 'llama']],
  ])('%j leaves out %j, and reads back from its command', async (text, families) => {
    const q = parseText(catalog, text);
    expect([q.filters.excludeFamilies, q.filters.families]).toEqual([families, undefined]);
    expect(parseText(catalog, commandFor(q)).filters.excludeFamilies).toEqual(families);
    const a = await ranked(`${text} top 50`);
    expect(a.ranking.length).toBeGreaterThan(0);
    for (const r of a.ranking) expect(families, r.model).not.toContain(model(r.model)?.family);
    // The families exist: without the words, some of their models rank.
    const all = await ranked('cheapest models top 999');
    expect(all.ranking.some((r) => families.includes(model(r.model)?.family ?? ''))).toBe(true);
  });

  it.each(['cheapest closed source model', 'cheapest proprietary model with vision', 'cheapest model that is not open source'])(
    '%j ranks only models whose weights are not open',
    async (text) => {
      const q = parseText(catalog, text);
      expect(q.filters.openWeights).toBe(false);
      expect(parseText(catalog, commandFor(q)).filters.openWeights).toBe(false);
      const a = await ranked(`${text} top 50`);
      expect(a.ranking.length).toBeGreaterThan(0);
      for (const r of a.ranking) expect(model(r.model)?.openWeights, r.model).not.toBe(true);
      expect(parseText(catalog, 'cheapest open source model').filters.openWeights).toBe(true);
    },
  );

  it.each([
    ['cheapest model excluding reasoning models', 'reasoning'],
    ["cheapest model that doesn't support function calling", 'function-calling'],
    ["which models don't support vision", 'vision'],
  ] as const)('%j ranks models without %s', async (text, capability) => {
    const q = parseText(catalog, text);
    expect([q.filters.without, q.filters.need]).toEqual([[capability], undefined]);
    const a = await ranked(`${text} top 50`);
    for (const r of a.ranking) expect(model(r.model)?.capabilities[capability], r.model).not.toBe(true);
  });

  it('"remove the family filter", "drop the proprietary filter" after such a ranking lift it', async () => {
    const families = await handle({ text: 'cheapest model except llama', where: LOCAL }, ports);
    const lifted = await handle({ text: 'remove the family filter', where: LOCAL, previous: families.asked }, ports);
    expect(lifted.asked.filters.excludeFamilies).toBeUndefined();
    const closed = await handle({ text: 'cheapest closed source model', where: LOCAL }, ports);
    const open = await handle({ text: 'drop the proprietary filter', where: LOCAL, previous: closed.asked }, ports);
    expect(open.asked.filters.openWeights).toBeUndefined();
  });

  it('a bound said with "not" is the bound the words mean; a release window left out is said, never read as the window', () => {
    expect(parseText(catalog, 'cheapest model not under $1 per million').filters).toMatchObject({ minPerMillion: 1 });
    expect(parseText(catalog, 'cheapest model not under $1 per million').filters.maxPerMillion).toBeUndefined();
    expect(parseText(catalog, 'cheapest model not over $2 per million output').filters).toMatchObject({ maxOutputPerMillion: 2 });
    const q = parseText(catalog, 'cheapest model not released this year');
    expect(q.released).toBeUndefined();
    expect(q.problems).toEqual([
      '“not released this year” leaves a window out, which is no filter here: ask for models released before a day, such as released before 2026-01-01.',
    ]);
  });

  it('"similar to gpt-4o but newer" keeps stand-ins released after it, and says so', async () => {
    const released = model('gpt-4o')?.released as string;
    const a = await ranked('similar to gpt-4o but newer top 30');
    expect(a.ranking.length).toBeGreaterThan(0);
    for (const r of a.ranking) expect((r.released ?? '') > released, r.model).toBe(true);
    expect(a.assumptions.text.join(' ')).toContain(`released after gpt-4o (${released})`);
  });

  it('a maker left out as a clause or in a list is left out', () => {
    expect(parseText(catalog, "best coding model that isn't claude").filters.excludeProviders).toEqual(['anthropic']);
    expect(parseText(catalog, 'cheapest model that is neither google nor openai').filters).toMatchObject({ excludeProviders: ['openai', 'google'] });
    expect(parseText(catalog, 'cheapest model that is neither google nor openai').filters.providers).toBeUndefined();
  });
});

describe('a list that leaves out models, or makers beside families', () => {
  it.each([
    ['except llama and gpt-5, what is the cheapest reasoning model', { families: ['llama'], models: ['gpt-5'] }],
    ['cheapest reasoning model other than gpt-5 and o3', { models: ['gpt-5', 'o3'] }],
    ["besides gpt-5 nano, what's the cheapest model with web search?", { models: ['gpt-5-nano'] }],
    ["excluding qwen, mistral or llama, what's the cheapest model with 128k context?", { providers: ['qwen', 'mistral'], families: ['llama'] }],
    ['cheapest model not from deepseek or llama', { providers: ['deepseek'], families: ['llama'] }],
  ] as const)('%j ranks without them, none of them read as asked for', async (text, out) => {
    const q = parseText(catalog, text);
    expect(q.intent).toBe('cheapest');
    expect(q.models).toEqual([]);
    expect(q.filters.families).toBeUndefined();
    expect(q.filters.providers).toBeUndefined();
    expect([...(q.filters.excludeModels ?? [])].sort()).toEqual([...('models' in out ? out.models : [])].sort());
    expect([...(q.filters.excludeFamilies ?? [])].sort()).toEqual([...('families' in out ? out.families : [])].sort());
    expect([...(q.filters.excludeProviders ?? [])].sort()).toEqual([...('providers' in out ? out.providers : [])].sort());
    // Its command asks the same.
    const back = parseText(catalog, commandFor(q)).filters;
    const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();
    expect([back.excludeModels, back.excludeFamilies, back.excludeProviders].map(sorted)).toEqual(
      [q.filters.excludeModels, q.filters.excludeFamilies, q.filters.excludeProviders].map(sorted),
    );
    const a = await ranked(`${text} top 50`);
    expect(a.ranking.length).toBeGreaterThan(0);
    for (const r of a.ranking) {
      const m = model(r.model);
      expect(q.filters.excludeModels ?? [], r.model).not.toContain(r.model);
      expect(q.filters.excludeFamilies ?? [], r.model).not.toContain(m?.family);
      expect(q.filters.excludeProviders ?? [], r.model).not.toContain(m?.provider);
    }
  });

  it('a model left out would rank without the words, and the answer says how many it left out', async () => {
    const all = await ranked('cheapest model with web search top 3');
    const first = all.ranking[0]?.model as string;
    const without = await ranked(`cheapest model with web search other than ${first} top 3`);
    expect(without.ranking.map((r) => r.model)).not.toContain(first);
    expect(without.ranking[0]?.model).toBe(all.ranking[1]?.model);
    expect(renderText(without)).toContain(`left out by name (${first})`);
  });

  it('a list of makers alone, or of families alone, reads as before; a capability after "without" stays a capability', () => {
    expect(parseText(catalog, 'cheapest model not from openai or google').filters).toMatchObject({ excludeProviders: ['openai', 'google'] });
    expect(parseText(catalog, 'cheapest model except gemma and llama').filters.excludeFamilies).toEqual(['gemma', 'llama']);
    const q = parseText(catalog, 'cheapest model without vision');
    expect([q.filters.without, q.filters.excludeFamilies]).toEqual([['vision'], undefined]);
  });
});

describe('every way of leaving something out', () => {
  const WORDS = [
    'excluding',
    'exclude',
    'except',
    'but not',
    'not from',
    'no',
    'without',
    'anything but',
    'other than',
    'besides',
    'filter out',
    'hide',
    'skip',
    'ignore',
    'minus',
    'avoid',
    "don't want",
    'not interested in',
    'rather than',
    'leave out',
    'drop',
    'remove',
    'other than from',
  ];
  it.each(WORDS)('"cheapest model, %s deepseek" leaves deepseek out, never keeps only it', (word) => {
    for (const text of [`cheapest model ${word} deepseek`, `${word} deepseek, cheapest model?`]) {
      const f = parseText(catalog, text).filters;
      expect(f.excludeProviders ?? [], text).toContain('deepseek');
      expect(f.providers, text).toBeUndefined();
    }
  });

  it.each(['exclude', 'filter out', 'skip', 'ignore', 'minus', "don't want", 'not', 'avoid', 'remove', 'drop'])(
    '"cheapest model, %s reasoning models" ranks models without it, never only those with it',
    (word) => {
      for (const capability of ['reasoning', 'vision'] as const) {
        const q = parseText(catalog, `cheapest model, ${word} ${capability} models`);
        expect([q.filters.without, q.filters.need], `${word} ${capability}`).toEqual([[capability], undefined]);
      }
    },
  );

  it.each(['filter out', 'skip', "don't want", 'drop'])('"cheapest model, %s llama" leaves the family out', (word) => {
    const f = parseText(catalog, `cheapest model, ${word} llama`).filters;
    expect([f.excludeFamilies, f.families]).toEqual([['llama'], undefined]);
  });

  it('a model set against another ("gemini 2.5 pro rather than gpt-5") is compared, not left out', () => {
    const q = parseText(catalog, 'should we use gemini 2.5 pro rather than gpt-5 for coding?');
    expect([q.models, q.filters.excludeModels]).toEqual([['gemini-2.5-pro', 'gpt-5'], undefined]);
  });

  it.each(['compare gpt-5, o3 and claude sonnet 4.5 without o3', 'compare gpt-5, o3 and claude sonnet 4.5 but not o3', 'gpt-5 vs o3 vs claude sonnet 4.5, drop o3'])(
    '%j compares the others, and says which was left out',
    async (text) => {
      const q = parseText(catalog, text);
      expect([q.intent, q.models, q.filters.excludeModels]).toEqual(['compare', ['gpt-5', 'claude-sonnet-4-5'], undefined]);
      const { answer } = await handle({ text, where: LOCAL }, ports);
      if (answer.kind !== 'comparison') throw new Error(answer.kind);
      expect(answer.models).toEqual(['gpt-5', 'claude-sonnet-4-5']);
      expect(answer.assumptions.text.join('; ')).toContain('o3 left out, as asked');
    },
  );

  it('every model named left out again leaves none, and says so', () => {
    const q = parseText(catalog, 'compare gpt-5 and o3 without gpt-5 and o3');
    expect(q.problems).toEqual(['Leaving out gpt-5 and o3 leaves no model named: name the ones to keep, such as compare gpt-5, o3 and sonnet 4.5 without o3.']);
  });
});

describe('other things left out', () => {
  it.each(['cheapest model, skip open source', 'exclude open weights models', 'cheapest model, no open source ones'])('%j ranks proprietary models', (text) => {
    expect(parseText(catalog, text).filters.openWeights).toBe(false);
  });

  it.each(['cheapest model without free endpoints', 'cheapest model, no free ones', 'skip the free models, cheapest model?'])(
    '%j ranks as a ranking does anyway, never only the free endpoints',
    (text) => {
      expect(parseText(catalog, text).filters.free).toBeUndefined();
    },
  );

  it.each(['cheapest model not on bedrock', 'cheapest model except on openrouter', '/models cheapest not on bedrock'])(
    '%j is said to leave a host out, which no filter does, never ranked on that host alone',
    (text) => {
      const q = parseText(catalog, text);
      expect(q.filters.hosts).toBeUndefined();
      expect(q.problems).toHaveLength(1);
      expect(q.problems[0]).toMatch(/^Leaving (?:Amazon Bedrock|OpenRouter) out is no filter here/);
    },
  );
});
