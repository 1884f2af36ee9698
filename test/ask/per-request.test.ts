// One request's cost set between models: "which is cheaper per request: 2k in/500 out on gpt-5 mini vs haiku 4.5" and
// "/compare a b per request 2k in 500 out" price one request (not a month of 2.5K tokens), say so, and their commands
// ask the same again.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import type { AttributeAnswer } from '../../src/ask/answer.ts';
import { parseText } from '../../src/ask/index.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import type { ComparisonAnswer } from '../../src/compare/compare.ts';
import { requestMoney } from '../../src/cost/format.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports: Ports = { catalog, now: () => new Date('2026-12-02T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };
/** One request of 2,000 input and 500 output tokens at a model's list prices. */
const request = (id: string) => {
  const p = quotedPrice(catalog.byId.get(id)!, '2026-12-02');
  return (2000 * p.input + 500 * p.output) / 1e6;
};

describe('one request set between models', () => {
  it('"2k input/500 output", "2k in / 500 out" are each side of a volume, as "2k in and 500 out" is', () => {
    for (const text of ['gpt-5 for 2k input/500 output', 'gpt-5 for 2k in / 500 out', 'gpt-5 for 2k in and 500 out']) {
      const q = parseText(catalog, text);
      expect([q.tokens, q.mix], text).toEqual([2500, { input: 4, output: 1 }]);
    }
  });

  it('"which is cheaper per request" prices one request of each, says so, and its command asks it again', async () => {
    const text = 'which is cheaper per request: 2k in/500 out on gpt-5 mini vs haiku 4.5';
    const handled = await handle({ text, where: LOCAL }, ports);
    const a = handled.answer as AttributeAnswer;
    expect([a.kind, a.attribute]).toEqual(['attribute', 'price']);
    for (const id of ['gpt-5-mini', 'claude-haiku-4-5']) expect(a.row.values[id]?.value as number).toBeCloseTo(request(id), 12);
    expect(a.sentence).toContain('for one request of 2.5K tokens');
    expect(a.sentence).toMatch(/costs \$[\d.]+ a request less/);
    expect(renderText(a)).toContain('one request of 2,500 tokens');
    const again = parseText(catalog, handled.command);
    expect([again.intent, again.attribute, again.tokens, again.mix, again.per]).toEqual(['attribute', 'price', 2500, { input: 4, output: 1 }, 'request']);
  });

  it('"/compare a b per request …" labels the cost row as one request\'s, and keeps "per request" in its command', async () => {
    const handled = await handle({ text: '/compare gpt-5-mini claude-haiku-4-5 per request 2k in 500 out', where: LOCAL }, ports);
    const a = handled.answer as ComparisonAnswer;
    const yours = a.rows.find((r) => r.volume?.yours);
    expect(yours?.label).toBe('Cost of one request of 2.5K tokens (yours)');
    expect(yours?.volume?.per).toBe('request');
    for (const id of ['gpt-5-mini', 'claude-haiku-4-5']) expect(yours?.values[id]?.value as number).toBeCloseTo(request(id), 12);
    expect(a.assumptions.text.join(' ')).toContain('one request of 2,500 tokens');
    expect(parseText(catalog, handled.command).per).toBe('request');
    // Without "per request", the same volume is a month's.
    const monthly = (await handle({ text: '/compare gpt-5-mini claude-haiku-4-5 2k in 500 out', where: LOCAL }, ports)).answer as ComparisonAnswer;
    expect(monthly.rows.find((r) => r.volume?.yours)?.label).toBe('Monthly cost at 2.5K tokens (yours)');
  });

  it('one document or conversation set between models is named as asked, each cost said below a cent as one request is', async () => {
    const compared = (await handle({ text: 'compare gpt-5 and claude-sonnet-4-5 per document of 20k tokens', where: LOCAL }, ports)).answer as ComparisonAnswer;
    const yours = compared.rows.find((r) => r.volume?.yours);
    expect(yours?.label).toBe('Cost of one document of 20K tokens (yours)');
    /** One request at 3:1 of a model's list prices. */
    const one = (id: string, size: number) => {
      const p = quotedPrice(catalog.byId.get(id)!, '2026-12-02');
      return (((size * 3) / 4) * p.input + (size / 4) * p.output) / 1e6;
    };
    // Below a cent, as one request's cost is said: never rounded to "$0.01" or "$0.00".
    expect(yours?.values['gpt-5']?.text).toBe(requestMoney(one('gpt-5', 20_000)));
    expect(one('gpt-5', 20_000)).toBeLessThan(1);
    const asked = (await handle({ text: 'which is cheaper per conversation of 3k tokens, gpt-5 mini or haiku 4.5', where: LOCAL }, ports)).answer as AttributeAnswer;
    const [mini, haiku] = [one('gpt-5-mini', 3000), one('claude-haiku-4-5', 3000)];
    expect(mini).toBeLessThan(haiku);
    expect(renderText(asked)).toContain(
      `GPT-5 Mini is cheaper for one conversation of 3K tokens — GPT-5 Mini: ${requestMoney(mini)}; Claude Haiku 4.5: ${requestMoney(haiku)}. GPT-5 Mini costs ${requestMoney(haiku - mini)} a conversation less`,
    );
  });
});

describe('one of the things asked per, sized as what it is', () => {
  it.each([
    ['cost per page on gpt-4.1 for 500-token pages', 500],
    ['cost per ticket on haiku 4.5 for 2k token tickets', 2000],
  ])('%j prices one of them at %i tokens', (text, tokens) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.per, q.tokens, q.problems]).toEqual(['cost', 'request', tokens, []]);
  });
});
