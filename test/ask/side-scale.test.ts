// One side of the volume changed in a follow-up ("what if we cut output by half?", "with twice the input"): that side
// scaled, the other kept, and the answer priced at the new volume and mix.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { parseText } from '../../src/ask/index.ts';
import type { Query } from '../../src/ask/query.ts';
import { sideScaleIn } from '../../src/ask/side-scale.ts';
import { priceProfile } from '../../src/cost/price.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import type { CostAnswer } from '../../src/cost/quote.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const AS_OF = '2026-12-02';
const ports: Ports = { catalog, now: () => new Date(`${AS_OF}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } };

async function conversation(...texts: string[]) {
  const out = [];
  let previous: Query | undefined;
  for (const text of texts) {
    const handled = await handle({ text, where: LOCAL, ...(previous ? { previous } : {}) }, ports);
    previous = handled.asked;
    out.push(handled);
  }
  return out;
}

describe('one side of the volume scaled', () => {
  it.each([
    ['what if we cut output by half', 'output', 0.5],
    ['cut the output by 30%', 'output', 0.7],
    ['reduce input to a third', 'input', 1 / 3],
    ['increase output by 50%', 'output', 1.5],
    ['and if we double the output?', 'output', 2],
    ['halve our prompts', 'input', 0.5],
    ['with twice the output', 'output', 2],
    ['30% more input', 'input', 1.3],
    ['50% less output', 'output', 0.5],
    ['what if responses were 3x longer', 'output', 3],
    ['prompts 50% shorter', 'input', 0.5],
  ] as const)('%j scales the %s by %d', (text, side, factor) => {
    const read = sideScaleIn(text);
    if (!read || 'problem' in read) throw new Error(`${text}: ${JSON.stringify(read)}`);
    expect(read.side).toBe(side);
    expect(read.factor).toBeCloseTo(factor, 9);
  });

  it.each([
    ['cut output by 100%', 'mix 1:0'],
    ['cut the input by 200%', 'mix 0:1'],
  ])('%j leaves nothing of that side, and says so with what would be right', async (text, mix) => {
    const read = sideScaleIn(text);
    expect(read && 'problem' in read ? read.problem : '').toContain('leaves no');
    const [, after] = await conversation('gpt-5 at 10M tokens', text);
    expect(after?.answer.kind).toBe('input-problem');
    expect(renderText(after?.answer as never)).toContain(mix);
  });

  it.each(['75% input', 'with 30% cached input', 'cut costs by half', 'double the context'])('%j scales no side', (text) => {
    expect(sideScaleIn(text)).toBeUndefined();
  });

  it('after a cost at 30M tokens, 3:1, "what if we cut output by half?" prices 22.5M in and 3.75M out, and says so', async () => {
    const [, halved] = await conversation("what's the monthly cost of gpt-5 mini at 30M tokens", 'what if we cut output by half?');
    expect([halved?.asked.intent, halved?.asked.tokens, halved?.asked.mix]).toEqual(['cost', 26_250_000, { input: 6, output: 1 }]);
    const answer = halved?.answer as CostAnswer;
    expect(answer.kind).toBe('cost');
    const model = catalog.byId.get('gpt-5-mini');
    if (!model) throw new Error('the catalog needs gpt-5-mini');
    const expected = priceProfile(model, { ...defaultProfile(26_250_000), mix: { input: 6, output: 1 } }, AS_OF);
    if (!expected.ok) throw new Error('gpt-5-mini has no price');
    expect([answer.tokens, answer.mix]).toEqual([26_250_000, { input: 6, output: 1 }]);
    expect(answer.monthlyUsd).toBeCloseTo(expected.monthlyUsd, 9);
    expect(renderText(answer)).toContain('output × 0.5 (“cut output by half”)');
  });

  it('with no volume before, the default volume is scaled when answered; a comparison keeps its models', async () => {
    const [before, after] = await conversation('compare gpt-5 and o3', 'with twice the output');
    expect(after?.asked.models).toEqual(before?.asked.models);
    expect([after?.asked.tokens, after?.asked.scaleBy, after?.asked.mix]).toEqual([null, 1.25, { input: 3, output: 2 }]);
    // Standing alone, the words are not a follow-up's: nothing to scale.
    expect(parseText(catalog, 'what if we cut output by half').intent).toBe('unknown');
  });
});
