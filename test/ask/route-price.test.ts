// "How much is gpt-5 on azure?" is a route question whose answer says the price there: the host's own when the catalog
// has one, else the provider's price it sells at, with that price's date and where it was checked.
import { describe, expect, it } from 'vitest';
import { answer } from '../../src/ask/answer.ts';
import { parseText } from '../../src/ask/index.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import { hostName } from '../../src/catalog/schema.ts';
import { perMillion } from '../../src/cost/format.ts';
import { priceProfile } from '../../src/cost/price.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const AS_OF = '2026-12-02';
const current = catalog.models.filter((m) => m.status === 'active' && !quotedPrice(m, AS_OF).free && quotedPrice(m, AS_OF).host === undefined);
const routed = (priced: boolean) =>
  current.flatMap((m) => m.routes.filter((r) => !r.free && !r.batch && (r.input !== undefined) === priced && /^[a-z]+$/.test(r.platform)).map((r) => ({ m, r }))).slice(0, 5);

function fact(text: string) {
  const a = answer(catalog, parseText(catalog, text), AS_OF);
  if (a.kind !== 'fact') throw new Error(`${text}: ${a.kind}`);
  return { fact: a.facts[0], text: renderText(a) };
}

describe('the price on a host', () => {
  it('a route with no price of its own is said to sell at the provider’s price, dated and cited', () => {
    const cases = routed(false);
    expect(cases.length).toBeGreaterThan(0);
    for (const { m, r } of cases) {
      const own = quotedPrice(m, AS_OF);
      const { fact: f, text } = fact(`how much is ${m.id} on ${r.platform}?`);
      expect(f?.answer, m.id).toBe('yes');
      expect(text).toContain(
        `priced at the provider's ${perMillion(own.input)} input and ${perMillion(own.output)} output, in force since ${own.from}, checked ${own.checked} at ${own.source.url}`,
      );
      expect(text).toContain(`no ${hostName(r.platform)} price of its own`);
    }
  });

  it('a route with its own price says that price', () => {
    for (const { m, r } of routed(true)) {
      const { text } = fact(`price of ${m.id} on ${r.platform}`);
      const several = m.routes.filter((x) => x.platform === r.platform).length > 1;
      expect(text).toContain(`${several ? `${r.id}: ` : ''}${hostName(r.platform)}'s own price: ${perMillion(r.input ?? 0)} input, ${perMillion(r.output ?? 0)} output`);
    }
  });
});

describe('the cost on a host at a volume', () => {
  it('"how much is X on H at 10M tokens" prices every way of buying it at that volume, the host asked among them', () => {
    const cases = [...routed(false), ...routed(true)];
    expect(cases.length).toBeGreaterThan(1);
    for (const { m, r } of cases) {
      const text = `how much is ${m.id} on ${r.platform} at 10M tokens?`;
      const a = answer(catalog, parseText(catalog, text), AS_OF);
      if (a.kind !== 'where') throw new Error(`${text}: ${a.kind}`);
      expect(a.assumptions.tokensPerMonth, text).toBe(10_000_000);
      const [row] = a.models;
      expect(row?.id).toBe(m.id);
      const there = row?.routes.find((x) => x.platform === r.platform && x.id === r.id);
      expect(there?.monthlyUsd, text).not.toBeNull();
      const own = priceProfile(m, defaultProfile(10_000_000), AS_OF);
      if (!own.ok) throw new Error(`${m.id} has no price`);
      // Sold at the provider's price, it costs the provider's month; at its own, that price's month.
      const perToken = r.input === undefined ? own.monthlyUsd : (10_000_000 * (3 * (r.input ?? 0) + (r.output ?? 0))) / 4 / 1_000_000;
      expect(there?.monthlyUsd, text).toBeCloseTo(perToken, 6);
    }
  });

  it('with no volume, the price there is the route’s prices, as before', () => {
    const first = routed(false)[0];
    if (!first) throw new Error('the catalog needs a route priced at its provider’s price');
    const { m, r } = first;
    expect(parseText(catalog, `price of ${m.id} on ${r.platform}`)).toMatchObject({ intent: 'attribute', attribute: 'route', platform: r.platform });
  });
});
