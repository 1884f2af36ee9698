// "Is there a free version of X?": yes with its free, rate-limited endpoints (never a price to plan on), or no with
// the price in force, from the catalog's routes and price entries.
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/ask/answer.ts';
import { commandFor } from '../../src/ask/command-text.ts';
import { parseText } from '../../src/ask/index.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import { perMillion } from '../../src/cost/format.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const AS_OF = '2026-12-02';
const active = catalog.models.filter((m) => m.status === 'active');
const withFree = active.filter((m) => m.routes.some((r) => r.free)).slice(0, 6);
const without = active.filter((m) => !m.routes.some((r) => r.free) && !quotedPrice(m, AS_OF).free).slice(0, 6);

const fact = (text: string) => {
  const a = answer(catalog, parseText(catalog, text), AS_OF);
  if (a.kind !== 'fact') throw new Error(`${text}: ${a.kind}`);
  return { a, f: a.facts[0], text: renderText(a) };
};

describe('a free version of a model', () => {
  it('a model with a free route: yes, each free id named, said to be rate-limited', () => {
    expect(withFree.length).toBeGreaterThan(0);
    for (const m of withFree) {
      const { f, text } = fact(`is there a free version of ${m.id}?`);
      expect(f?.answer, m.id).toBe('yes');
      for (const r of m.routes.filter((x) => x.free)) expect(text).toContain(r.id);
      expect(text).toContain('rate-limited');
    }
  });

  it('a model with none: no, with the price in force', () => {
    for (const m of without) {
      const own = quotedPrice(m, AS_OF);
      const { f, text } = fact(`is ${m.id} free?`);
      expect(f?.answer, m.id).toBe('no');
      expect(text).toContain(`${perMillion(own.input)} input, ${perMillion(own.output)} output`);
    }
  });

  it.each(['does llama 3.3 70b have a free tier', 'can I use deepseek v3.2 for free', 'is gpt-5 free to use'])('reads as that question: %s', (text) => {
    const q = parseText(catalog, text);
    expect([q.intent, q.attribute]).toEqual(['attribute', 'free-endpoint']);
    // The command the buttons repeat asks it again.
    const again = parseText(catalog, commandFor(q));
    expect([again.intent, again.attribute, again.models]).toEqual([q.intent, q.attribute, q.models]);
  });

  it('a name several models share ("is there a free version of deepseek v4?") asks which one, by that name alone', () => {
    const q = parseText(catalog, 'is there a free version of deepseek v4?');
    expect([q.intent, q.attribute, q.models]).toEqual(['attribute', 'free-endpoint', ['deepseek v4']]);
    const a = answer(catalog, q, AS_OF);
    if (a.kind !== 'unknown-model') throw new Error(a.kind);
    expect(a.names[0]?.kind).toBe('ambiguous');
    expect(a.names[0]?.suggestions.every((id) => id.startsWith('deepseek-v4'))).toBe(true);
  });

  it('"free models" with no model named stays a ranking of free endpoints; "non-free" is not one', () => {
    expect(parseText(catalog, 'what models have free tiers').intent).toBe('cheapest');
    expect(parseText(catalog, 'cheapest non-free model').filters.free).toBeUndefined();
  });

  it('"is X free on <host>?" answers for that host: yes with its free id, no when it sells only at a price there', () => {
    const host = (m: (typeof active)[number]) => m.routes.find((r) => r.free)?.platform as string;
    for (const m of withFree) {
      const platform = host(m);
      const q = parseText(catalog, `is ${m.id} free on ${platform}?`);
      expect([q.attribute, q.platform], m.id).toEqual(['free-endpoint', platform]);
      const { f, text } = fact(`is ${m.id} free on ${platform}?`);
      expect(f?.answer, m.id).toBe('yes');
      for (const r of m.routes.filter((x) => x.free && x.platform === platform)) expect(text).toContain(r.id);
      // Its command asks the same of the same host.
      const again = parseText(catalog, commandFor(q));
      expect([again.attribute, again.platform]).toEqual(['free-endpoint', platform]);
    }
    // Sold on a host only at a price: no, and said that it is sold there.
    const paidOnly = active.find((m) => m.routes.some((r) => !r.free && r.platform === 'openrouter') && !m.routes.some((r) => r.free && r.platform === 'openrouter'));
    expect(paidOnly).toBeDefined();
    const { f, text } = fact(`is ${paidOnly?.id} free on openrouter?`);
    expect(f?.answer).toBe('no');
    expect(text).toContain('no free endpoint on OpenRouter in the catalog');
    expect(text).toContain('OpenRouter sells it as');
  });
});
