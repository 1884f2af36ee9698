// Prices over time asked of a line of models or a maker, and the watches asked for as "alerts".
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { parseText } from '../../src/ask/index.ts';
import { familiesNamed } from '../../src/ask/families.ts';
import { statusOn } from '../../src/catalog/lifecycle.ts';
import type { CheapestAnswer } from '../../src/cost/rank.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const today = '2026-12-02';
const ports: Ports = { catalog, now: () => new Date(`${today}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } };

describe('prices over time', () => {
  it.each([
    ['how have gemini flash prices changed over time?', 'gemini flash'],
    ['price history of claude sonnet', 'claude sonnet'],
    ['how did claude sonnet pricing evolve', 'claude sonnet'],
    ['how have llama prices changed', 'llama'],
    ['claude opus price history', 'claude opus'],
  ])('%j lists the line’s models newest first, deprecated ones too, each at its price', async (text, line) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.order, q.filters.families, q.filters.includeDeprecated]).toEqual(['cheapest', 'newest', familiesNamed(catalog, line), true]);
    const answer = (await handle({ text, where: LOCAL }, ports)).answer as CheapestAnswer;
    const inLine = catalog.models.filter((m) => familiesNamed(catalog, line).includes(m.family) && statusOn(m, today) !== 'retired');
    const ids = new Set(inLine.map((m) => m.id));
    expect(answer.ranking.length).toBeGreaterThan(1);
    expect(answer.ranking.every((r) => ids.has(r.model))).toBe(true);
    if (inLine.some((m) => m.status === 'deprecated')) expect(answer.ranking.some((r) => r.status === 'deprecated')).toBe(true);
    const released = answer.ranking.map((r) => r.released).filter((d): d is string => d !== null);
    expect(released).toEqual([...released].sort().reverse());
    expect(answer.assumptions.text.join(' ')).toContain(`the ${line} models newest first`);
  });

  it.each(['gpt-4o price history', 'gemini 2.5 flash pricing history', 'sonnet 4.5 price history'])('%j, one model named, is its card with its dated prices', (text) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.models.length]).toEqual(['model', 1]);
  });

  it('a maker’s prices over time are every change the catalog records, from its first dated price', () => {
    const q = parseText(catalog, 'how have openai prices changed over time');
    const first = catalog.models.flatMap((m) => m.pricing.map((e) => e.from)).sort()[0];
    expect([q.intent, q.digest]).toEqual(['digest', { action: 'preview', range: { from: first }, providers: ['openai'] }]);
    // Without "over time", still this week.
    expect(parseText(catalog, 'have anthropic’s prices changed?').digest).toMatchObject({ action: 'preview', range: 'last-7-days' });
    // Over a span, that span's changes.
    expect(parseText(catalog, 'has claude haiku pricing changed since last year?').intent).toBe('digest');
  });

  it('a word that names no provider, family or model is said, never dropped for every maker’s changes', () => {
    const q = parseText(catalog, 'how have zzz prices changed over time?');
    expect(q.intent).toBe('digest');
    expect(q.problems.join(' ')).toContain('“zzz” names no provider, model family or model in the catalog');
    for (const text of ['how have model prices changed over time?', 'how have llm prices changed over time']) expect(parseText(catalog, text).problems).toEqual([]);
  });
});

describe('watches asked for as alerts', () => {
  it.each(['what alerts do we have?', 'show my alerts', 'list alerts', 'which price alerts have we set', 'our alerts?', 'what alerts are active?'])(
    '%j lists the watches',
    (text) => {
      const q = parseText(catalog, text);
      expect([q.intent, q.watch]).toEqual(['watch', { action: 'list' }]);
    },
  );
});
