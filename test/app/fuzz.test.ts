// Whatever is typed — absurd numbers, mixes, units, full-width digits — every face gets an answer:
// never a throw, never NaN, Infinity or undefined, always within Block Kit's limits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calculate, calculatorInput } from '../../src/app/calculator.ts';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { calculatorView } from '../../src/render/blocks/views.ts';
import { renderText } from '../../src/render/text/index.ts';

const ports: Ports = { catalog: loadCatalog(), now: () => new Date('2026-11-22T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };
const BROKEN = /NaN|Infinity|undefined|\[object Object\]|∞/;

/** Numbers as people (and attackers) type them. */
const number = fc.oneof(
  fc.double({ noNaN: false }).map(String),
  fc.bigInt({ min: -(10n ** 400n), max: 10n ** 400n }).map(String),
  fc.integer({ min: 0, max: 400 }).map((e) => `1e${e}`),
  fc.integer({ min: 0, max: 400 }).map((e) => `10^${e}`),
  fc.constantFrom('0', '-0', '-5', '0.0000001', '1e-400', '５０', '９９９', '.5', '1,000,000', '1e+400', 'NaN', 'Infinity'),
);
const unit = fc.constantFrom('', 'k', 'M', 'B', 'T', ' million', ' tokens', 'M tokens', ' per second', '/day', ' a year', '%');
const piece = fc.oneof(
  fc.tuple(number, unit).map(([n, u]) => `${n}${u}`),
  fc.tuple(number, number).map(([a, b]) => `mix ${a}:${b}`),
  number.map((n) => `cached ${n}%`),
  number.map((n) => `${n}k-token prompts`),
  number.map((n) => `under $${n} a month`),
  fc.constantFrom('gpt-4.1-mini', 'o3', 'grok-4.3', 'vs', 'cheapest', 'for', 'cost', 'batch', 'compare', 'best terminal', 'context ≥', 'with vision'),
  fc.string({ maxLength: 12 }),
);
const prefix = fc.constantFrom(
  '',
  '/compare ',
  '/models ',
  '/models cost o3 ',
  '/models cheapest ',
  '/compare gpt-4.1-mini grok-4.3 for ',
  '/models settings ',
  '/models digest preview ',
);
const typed = fc.tuple(prefix, fc.array(piece, { maxLength: 6 })).map(([p, parts]) => `${p}${parts.join(' ')}`);

function visible(value: unknown): string {
  return JSON.stringify(value, (key, v) => (key === 'value' || key === 'block_id' || key === 'action_id' || key === 'private_metadata' ? undefined : v));
}

describe('any typed text', () => {
  it('is answered without throwing, with no broken figure, within Block Kit limits, in Slack and the terminal', async () => {
    await fc.assert(
      fc.asyncProperty(typed, async (text) => {
        const handled = await handle({ text, where: LOCAL }, ports);
        const message = renderBlocks(handled.answer, { query: handled.query, command: handled.command, ephemeral: true });
        expect(limitViolations(message)).toEqual([]);
        // A reply may echo what was typed; it must never make a broken figure of its own.
        if (BROKEN.test(text)) return;
        expect(visible(message)).not.toMatch(BROKEN);
        expect(renderText(handled.answer)).not.toMatch(BROKEN);
      }),
      { numRuns: 400 },
    );
  });

  it.each(['cheapest for 1e400 tokens', 'cheapest for 10^400 tokens', `cheapest for ${'9'.repeat(309)} tokens`, '/models cost o3 0 tokens', '/compare o3 gpt-5 mix 1e400:1'])(
    '“%s” is refused with a message that says what would be right',
    async (text) => {
      const { answer } = await handle({ text, where: LOCAL }, ports);
      expect(answer.kind).toBe('input-problem');
      expect(renderText(answer)).toMatch(/Valid forms|Volumes: 50M/);
    },
  );

  it('reads full-width digits and per-second volumes as typed', async () => {
    const wide = await handle({ text: '/models cost o3 ５０M', where: LOCAL }, ports);
    expect(wide.query.tokens).toBe(50_000_000);
    const perSecond = await handle({ text: '/models cost o3 50M per second', where: LOCAL }, ports);
    expect(perSecond.query.tokens).toBeCloseTo(50_000_000 * 86_400 * (365.25 / 12), -3);
  });
});

describe('the calculator', () => {
  it('answers any field values with a result or a message on the field, never a broken figure', async () => {
    const input = calculatorInput(ports, '/compare gpt-4.1-mini grok-4.3 for 10M tokens');
    const field = fc.oneof(
      fc.tuple(number, unit).map(([n, u]) => `${n}${u}`),
      fc.string({ maxLength: 20 }),
    );
    await fc.assert(
      fc.asyncProperty(field, field, field, fc.boolean(), async (volume, mix, cached, batch) => {
        const result = await calculate(ports, { ...input, volume, mix, cached, batch }, LOCAL);
        const view = calculatorView(input, result);
        expect(limitViolations({ blocks: view.blocks }, 'modal')).toEqual([]);
        if (!BROKEN.test(`${volume} ${mix} ${cached}`)) expect(visible(view.blocks)).not.toMatch(BROKEN);
        if (!result.ok) for (const p of result.problems) expect(['volume', 'mix', 'cached']).toContain(p.field);
      }),
      { numRuns: 200 },
    );
  });
});
