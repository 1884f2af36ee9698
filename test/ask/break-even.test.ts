// "When is A cheaper than B?", "at what volume…?", "break-even": which of two is cheaper, and where that changes (a mix,
// a cached share, a prompt size, a scheduled price), never the week's digest or a bare comparison table.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import type { AttributeAnswer } from '../../src/ask/answer.ts';
import { parseText } from '../../src/ask/index.ts';
import type { CatalogModel } from '../../src/catalog/validate.ts';
import { cheapestByMix, crossover, ratioOf } from '../../src/cost/crossover.ts';
import { percent } from '../../src/cost/format.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const today = '2026-12-02';
const ports: Ports = { catalog, now: () => new Date(`${today}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } };
const ask = async (text: string) => (await handle({ text, where: LOCAL }, ports)).answer as AttributeAnswer;
const current = catalog.models.filter((m) => m.status === 'active' && m.aliases.length > 0 && !m.pricing.some((e) => e.host !== undefined));
/** The first pair of current models (by catalog order) whose crossover at the default profile has `what`. */
function pairWith(what: (c: NonNullable<ReturnType<typeof crossover>>) => boolean): [CatalogModel, CatalogModel] {
  for (const a of current)
    for (const b of current) {
      const c = a.id !== b.id ? crossover(a, b, defaultProfile(), today) : null;
      if (c && what(c)) return [a, b];
    }
  throw new Error('no such pair in the catalog');
}

describe('where two models break even', () => {
  it.each([
    'at what volume does {a} become cheaper than {b}?',
    'break even point between {a} and {b}',
    "what's the break-even between {a} and {b}",
    'does {a} ever get cheaper than {b}?',
    'did {a} get cheaper than {b}?',
    'is there a volume where {a} beats {b} on price',
  ])('%j is which of the two is cheaper, with where that changes', async (template) => {
    const [a, b] = pairWith((c) => c.always === c.models[0]);
    const text = template.replace('{a}', a.id).replace('{b}', b.id);
    const q = parseText(catalog, text);
    expect([q.intent, q.attribute, q.models]).toEqual(['attribute', 'price', [a.id, b.id]]);
    const answer = await ask(text);
    expect(answer.kind).toBe('attribute');
    expect(answer.sentence).toMatch(new RegExp(`^${a.name} is cheaper`));
    // "Did A get cheaper than B?" asks which is cheaper now; the others ask where that changes, and are told it never does.
    if (!template.startsWith('did')) expect(answer.sentence).toContain(`${a.name} costs no more than ${b.name} on input, cached input or output`);
    if (/volume/.test(template)) expect(answer.sentence).toContain('no monthly volume changes which is cheaper');
  });

  it('when the mix decides, the answer names the mix where the order flips and who wins on each side', async () => {
    const [a, b] = pairWith((c) => c.mix !== null);
    const c = crossover(a, b, defaultProfile(), today);
    if (!c?.mix) throw new Error('no mix');
    const answer = await ask(`when is ${a.id} cheaper than ${b.id}?`);
    const name = (id: string) => catalog.byId.get(id)?.name;
    expect(answer.sentence).toContain(`The order flips at ${percent(c.mix.inputShare, 1)} input (${ratioOf(c.mix.inputShare)} input:output)`);
    expect(answer.sentence).toContain(`with more input than that, ${name(c.mix.moreInput)} is cheaper; with more output, ${name(c.mix.moreOutput)}.`);
    // In Slack too.
    expect(JSON.stringify(renderBlocks(answer).blocks)).toContain('The order flips at');
  });

  it('a scheduled price change that reverses the order is said with its date, even when not asked', async () => {
    const [a, b] = pairWith((c) => c.flips.length > 0 && c.flips[0]?.cheaper !== 'same');
    const flip = crossover(a, b, defaultProfile(), today)?.flips[0];
    const answer = await ask(`which is cheaper, ${a.id} or ${b.id}?`);
    expect(answer.sentence).toContain(`From ${flip?.from}, after a scheduled price change, ${catalog.byId.get(flip?.cheaper as string)?.name} is the cheaper.`);
  });

  it('a long-context price that reverses the order is said with its size', async () => {
    const [a, b] = pairWith((c) => c.prompts.length > 0);
    const p = crossover(a, b, defaultProfile(), today)?.prompts[0];
    const answer = await ask(`break-even between ${a.id} and ${b.id}`);
    expect(answer.sentence).toContain(`With prompts over ${p?.above.toLocaleString('en-US')} tokens`);
  });

  it('a comparison of two says where the cheaper changes under its verdict, in Slack and in text; of three, nothing', async () => {
    const [a, b] = pairWith((c) => c.mix !== null);
    const c = crossover(a, b, defaultProfile(), today);
    const { answer } = await handle({ text: `/compare ${a.id} ${b.id}`, where: LOCAL }, ports);
    if (answer.kind !== 'comparison') throw new Error(answer.kind);
    expect(answer.crossover).toEqual(c);
    const flips = `The order flips at ${percent(c?.mix?.inputShare ?? 0, 1)} input`;
    expect(renderText(answer)).toMatch(new RegExp(`Verdict:\\n(?:  .*\\n)*  ${flips.replace(/[.()]/g, '\\$&')}`));
    for (const detail of ['brief', 'full'] as const) {
      const reply = await handle({ text: `/compare ${a.id} ${b.id}`, where: LOCAL, detail }, ports);
      expect(JSON.stringify(renderBlocks(reply.answer).blocks)).toContain(flips);
    }
    const third = current.find((m) => m.id !== a.id && m.id !== b.id) as CatalogModel;
    const three = (await handle({ text: `/compare ${a.id} ${b.id} ${third.id}`, where: LOCAL }, ports)).answer;
    expect(three.kind === 'comparison' && three.crossover).toBeNull();
  });

  it('of three or more, which costs least at each mix is said where that changes', async () => {
    const [a, b] = pairWith((c) => c.mix !== null);
    const third = current.find((m) => m.id !== a.id && m.id !== b.id && (cheapestByMix([a, b, m], defaultProfile(), today)?.length ?? 0) > 1) as CatalogModel;
    const spans = cheapestByMix([a, b, third], defaultProfile(), today);
    const answer = await ask(`which is cheapest: ${a.id}, ${b.id} or ${third.id}?`);
    expect(answer.sentence).toContain(`By input:output mix, ${spans?.[0]?.cheapest.map((id) => catalog.byId.get(id)?.name).join(' and ')}`);
    expect(answer.sentence).toContain(`below ${percent(spans?.[0]?.to ?? 0, 1)} input`);
  });

  it.each(['which models got cheaper this year?', 'did gpt-4o prices drop?', 'any price cuts this week?'])(
    '%j is still about changes of price, not two models set against each other',
    (text) => {
      const q = parseText(catalog, text);
      expect(q.intent === 'digest' || q.attribute === 'price-schedule').toBe(true);
    },
  );
});

describe('a move between two models', () => {
  it('says under its cost where the cheaper of the two changes, in text and in Slack', async () => {
    const [a, b] = pairWith((c) => c.mix !== null);
    const { answer } = await handle({ text: `should we move from ${a.id} to ${b.id}?`, where: LOCAL }, ports);
    if (answer.kind !== 'upgrade') throw new Error(answer.kind);
    const c = crossover(a, b, defaultProfile(), today);
    const flips = `The order flips at ${percent(c?.mix?.inputShare ?? 0, 1)} input`;
    expect(renderText(answer)).toMatch(new RegExp(`Friction:\\n  Cost: .*\\n  ${flips.replace(/[.()]/g, '\\$&')}`));
    expect(JSON.stringify(renderBlocks(answer).blocks)).toContain(flips);
  });
});

describe('asked after models were set against each other', () => {
  it.each(['break even?', 'when does that flip?', "where's the break-even?"])('%j is which of them is cheaper and where that changes', async (text) => {
    const [a, b] = pairWith((c) => c.mix !== null);
    const first = await handle({ text: `/compare ${a.id} ${b.id}`, where: LOCAL }, ports);
    const next = await handle({ text, where: LOCAL, previous: first.asked }, ports);
    expect([next.query.intent, next.query.attribute, next.query.models]).toEqual(['attribute', 'price', [a.id, b.id]]);
    expect((next.answer as AttributeAnswer).sentence).toContain('The order flips at');
  });
});
