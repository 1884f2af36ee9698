// Money said as spent ("we spent 12k on gpt-5", "our bill was $4,200 on sonnet 4.5") is what it buys, not a cap or a
// token count; what batch or a tier saves is said beside each price it ranks; several families read back as one phrase.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { parseText } from '../../src/ask/index.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import { cheaperBy } from '../../src/cost/format.ts';
import { priceProfile } from '../../src/cost/price.ts';
import { DEFAULT_MIX } from '../../src/cost/profile.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-12-06T12:00:00Z'), logger: createLogger('error') };
const ask = (text: string) => handle({ text, where: LOCAL }, ports);
const asOf = '2026-12-06';

/** The tokens a month's money buys on a model at the default mix: the oracle for a spend read as a budget. */
function bought(id: string, usd: number): number {
  const model = catalog.byId.get(id);
  if (!model) throw new Error(id);
  const p = quotedPrice(model, asOf);
  const blended = (p.input * DEFAULT_MIX.input + p.output * DEFAULT_MIX.output) / (DEFAULT_MIX.input + DEFAULT_MIX.output);
  return Math.floor((usd / blended) * 1_000_000);
}

describe('an amount spent', () => {
  it.each([
    ['we spent 12k on gpt-5 last month, how many tokens is that?', 'gpt-5', 12_000],
    ['our bill was 4,200 last month on sonnet 4.5', 'claude-sonnet-4-5', 4_200],
    ['we spend $3k a month on gpt-4o', 'gpt-4o', 3_000],
    ["we're paying 2500/month for gpt-5 mini", 'gpt-5-mini', 2_500],
    ['we pay 900 dollars a month on haiku 4.5', 'claude-haiku-4-5', 900],
  ])('"%s" is the volume that money buys on %s', async (text, model, usd) => {
    const { query, answer } = await ask(text);
    expect(query).toMatchObject({ intent: 'cost', budget: usd, tokens: null });
    expect(query.filters.maxMonthlyUsd).toBeUndefined();
    if (answer.kind !== 'cost') throw new Error(answer.kind);
    expect(answer.model).toBe(model);
    expect(Math.abs(answer.tokens - bought(model, usd))).toBeLessThanOrEqual(1);
  });

  it.each(['we spend 50M tokens a month on gpt-5', 'we spend 20 hours a week on gpt-5', 'we spent 3 weeks testing gpt-5'])('"%s" spends no money', (text) => {
    const query = parseText(catalog, text);
    expect(query.budget).toBeUndefined();
    expect(query.filters.maxMonthlyUsd).toBeUndefined();
  });

  it('a spend with a bill checked against it stays a check, not a volume', async () => {
    const { query, answer } = await ask('we spend $3k a month on gpt-4o, is that enough for 1B tokens?');
    expect(query).toMatchObject({ intent: 'cost', tokens: 1_000_000_000, within: 3_000 });
    if (answer.kind !== 'cost') throw new Error(answer.kind);
  });

  it('"…, alternatives?" after a spend on one model: its stand-ins at the volume that spend buys', async () => {
    const { query, answer } = await ask('we pay $12k a month on opus 4.1, alternatives?');
    expect(query.intent).toBe('cheapest');
    expect(query.budget).toBe(12_000);
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    expect(answer.reference?.model).toBe('claude-opus-4-1');
  });

  it.each([
    ['we spent 12k on claude last month, what would gemini 2.5 pro have cost?', 'Anthropic', 'gemini-2.5-pro'],
    ['we spend $5k a month on openai, what would gemini 2.5 flash cost?', 'OpenAI', 'gemini-2.5-flash'],
  ])('"%s": money spent on a maker is asked about, not priced as a budget for the other model', async (text, maker, other) => {
    const { answer } = await ask(text);
    if (answer.kind !== 'input-problem') throw new Error(answer.kind);
    const said = answer.problems.join(' ');
    expect(said).toContain(maker);
    expect(said).toContain(other);
    expect(said).toMatch(/name it/);
  });

  it("a spend on the maker's own model is that model's budget", async () => {
    const { query } = await ask("we spend $5k a month on openai's gpt-5");
    expect(query).toMatchObject({ intent: 'cost', budget: 5_000, problems: [] });
  });
});

describe('what batch or a tier saves', () => {
  it.each([
    ["what's the batch discount for gemini?", true, 'standard'],
    ['how much does batch save on anthropic models?', true, 'standard'],
    ['cheapest with batch', true, 'standard'],
    ['cheapest on flex', false, 'flex'],
    ["what's the flex discount?", false, 'flex'],
  ] as const)('"%s" ranks the models at that price, each row saying what it saves against standard', async (text, batch, tier) => {
    const { query, answer } = await ask(text);
    expect(query).toMatchObject({ intent: 'cheapest', batch, serviceTier: tier === 'standard' ? null : tier });
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    expect(answer.ranking.length).toBeGreaterThan(0);
    for (const row of answer.ranking) {
      const model = catalog.byId.get(row.model);
      if (!model) throw new Error(row.model);
      const standard = priceProfile(model, { tokensPerMonth: 1_000_000, mix: DEFAULT_MIX, cachedShare: 0, batch: false, serviceTier: 'standard' }, asOf);
      if (!standard.ok) throw new Error(row.model);
      const way = batch ? 'priced at its batch rates' : `priced at its ${tier} tier`;
      const expected = row.monthlyUsd < standard.monthlyUsd ? `${way}, ${cheaperBy(row.monthlyUsd, standard.monthlyUsd)} than standard` : way;
      if (row.monthlyUsd <= standard.monthlyUsd) expect(row.why).toContain(expected);
    }
  });

  it('a priority tier, dearer than standard, says how many times standard', async () => {
    const { answer } = await ask('cheapest model on the priority tier');
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    expect(answer.ranking.length).toBeGreaterThan(0);
    for (const row of answer.ranking) expect(row.why.join('; ')).toMatch(/priced at its priority tier(, [\d.]+× standard)?$/);
  });

  it("one model's batch price says what it saves on each side", async () => {
    const { answer } = await ask("what's the batch discount on gemini 2.5 pro?");
    if (answer.kind !== 'fact') throw new Error(answer.kind);
    const p = quotedPrice(catalog.byId.get('gemini-2.5-pro') as NonNullable<ReturnType<typeof catalog.byId.get>>, asOf);
    if (p.batchInput === undefined || p.batchOutput === undefined) throw new Error('no batch price');
    const onInput = cheaperBy(p.batchInput, p.input);
    const onOutput = cheaperBy(p.batchOutput, p.output);
    const said = onInput === onOutput ? `${onInput} on input and output` : `${onInput} on input, ${onOutput} on output`;
    expect(answer.facts[0]?.details).toContain(said);
  });
});

describe('several families', () => {
  it.each(['cheapest glm model', 'cheapest gemini model', 'cheapest kimi model'])('"%s" reads back as one phrase that asks for the same families', async (text) => {
    const { query, command } = await ask(text);
    const families = query.filters.families ?? [];
    expect(families.length).toBeGreaterThan(1);
    expect(command).toContain(`in the ${families.slice(0, -1).join(', ')} or ${families.at(-1)} families`);
    expect(command).not.toMatch(/family in the/);
    expect(parseText(catalog, command).filters.families).toEqual(families);
  });

  it('the exclusion line lists them as one phrase', async () => {
    const { answer } = await ask('cheapest glm model');
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    const line = answer.excluded.map((e) => e.label).join('; ');
    expect(line).toMatch(/not in the glm, glm-air or glm-flash families/);
  });
});

describe('a bill cut by a share', () => {
  it.each([
    ['halve our bill on gpt-4o at 100M tokens', 'gpt-4o', 0.5],
    ['we need to reduce our costs by 30% on gpt-5', 'gpt-5', 0.7],
    ['we want to cut our LLM bill in half, we use sonnet 4.5 at 500M tokens/month', 'claude-sonnet-4-5', 0.5],
  ])('"%s": the strongest stand-ins for %s within that share of its month', async (text, id, share) => {
    const { query, answer } = await ask(text);
    expect(query).toMatchObject({ intent: 'cheapest', order: 'score' });
    expect(query.filters).toMatchObject({ like: id, likeShare: share, scoredOn: 'aa-intelligence-index' });
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    const reference = answer.reference?.monthlyUsd ?? Number.NaN;
    const scores = answer.ranking.map((r) => r.score?.value ?? Number.NaN);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    for (const row of answer.ranking) expect(row.monthlyUsd).toBeLessThanOrEqual(reference * share + 1e-9);
  });

  it('"something like sonnet 4.5 at half the price" caps the stand-ins at half its month', () => {
    expect(parseText(catalog, 'something like sonnet 4.5 at half the price').filters).toMatchObject({ like: 'claude-sonnet-4-5', likeShare: 0.5 });
  });
});

describe('whether batch pays off', () => {
  it.each(['at what volume does batch pay off?', 'is batch worth it?', 'is flex worth it?'])('"%s" ranks the models at that price, each row saying what it saves', async (text) => {
    const { query, answer } = await ask(text);
    expect(query.intent).toBe('cheapest');
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    expect(answer.ranking.some((r) => r.why.some((w) => / than standard$/.test(w)))).toBe(true);
  });

  it('a volume asked for it is said to be no threshold', () => {
    expect(parseText(catalog, 'at what volume does batch pay off?').notes?.join(' ')).toMatch(/no minimum, so what it saves against standard is the same share at any volume/);
  });
});
