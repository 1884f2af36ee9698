// A budget a question prices at is kept in the command that asks it again (buttons, a thread's memory).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { commandFor } from '../../src/ask/command-text.ts';
import { parseText } from '../../src/ask/index.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const ports: Ports = { catalog, now: () => new Date('2026-12-02T12:00:00Z'), logger: { debug() {}, info() {}, warn() {}, error() {} } };

describe('a budget in the command', () => {
  it('reads back as the same budget, and the command answers as the question did', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 500 }),
        fc.constantFrom('we spend #n a month on gpt-4o, what would we save on gpt-5 mini?', 'how many tokens can I get for #n with claude haiku 4.5?'),
        async (hundreds, template) => {
          const usd = hundreds * 100;
          const question = template.replace('#n', `$${usd}`);
          const asked = parseText(catalog, question);
          expect(asked.budget, question).toBe(usd);
          const command = commandFor(asked);
          expect(command).toContain(`spending $${usd} a month`);
          expect(parseText(catalog, command).budget, command).toBe(usd);
          const [a, b] = await Promise.all([handle({ text: question, where: LOCAL }, ports), handle({ text: command, where: LOCAL }, ports)]);
          expect(JSON.stringify(b.answer.kind === 'cost' ? b.answer.tokens : b.answer)).toBe(JSON.stringify(a.answer.kind === 'cost' ? a.answer.tokens : a.answer));
        },
      ),
      { numRuns: 20 },
    );
  });

  it('a budget that is no amount is said back', () => {
    expect(parseText(catalog, '/models cost gpt-5-mini spending $0 a month').problems[0]).toMatch(/Cannot read “spending \$0 a month” as a budget/);
  });
});
