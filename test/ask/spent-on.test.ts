// What a team spends on one model now, asked for something cheaper ("we spend $2k a month on gpt-4o, cheaper
// alternatives?"): the models that stand in for it for less, priced at the volume that spend buys on it.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { parseText } from '../../src/ask/index.ts';
import { priceProfile } from '../../src/cost/price.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import type { CheapestAnswer } from '../../src/cost/rank.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const AS_OF = '2026-12-02';
const ports: Ports = { catalog, now: () => new Date(`${AS_OF}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } };

describe('spent on one model, something cheaper', () => {
  it.each([
    ['we spend $2k a month on gpt-4o, cheaper alternatives?', 'gpt-4o', 2000],
    ["we're on gpt-4o spending ~$2k/mo. what's the cheapest comparable option?", 'gpt-4o', 2000],
    ['paying $350 a month for claude sonnet 4.5, anything similar but cheaper?', 'claude-sonnet-4-5', 350],
  ])('%j ranks stand-ins for less at the volume the spend buys', async (text, id, spend) => {
    const handled = await handle({ text, where: LOCAL }, ports);
    const a = handled.answer as CheapestAnswer;
    expect(a.kind).toBe('cheapest');
    expect([a.filters.like, a.filters.cheaperThanLike]).toEqual([id, true]);
    const perMillion = priceProfile(catalog.byId.get(id)!, defaultProfile(1_000_000), AS_OF);
    if (!perMillion.ok) throw new Error(`${id} needs a price`);
    const tokens = Math.floor((spend / perMillion.monthlyUsd) * 1_000_000);
    expect(a.assumptions.text.join(' ')).toContain(`${tokens.toLocaleString('en-US')} tokens of ${id}`);
    // The model stood in for costs the spend (to the cent), and every row less.
    expect(a.reference?.monthlyUsd).toBeCloseTo(spend, 1);
    expect(a.ranking.length).toBeGreaterThan(0);
    for (const row of a.ranking) expect(row.monthlyUsd).toBeLessThan(spend);
    expect(renderText(a)).not.toMatch(/undefined|NaN/);
    // Its command asks the same again.
    const again = parseText(catalog, handled.command);
    expect([again.intent, again.filters.like, again.budget]).toEqual(['cheapest', id, spend]);
  });

  it('without a spend, the stand-ins are priced at the default volume', () => {
    const q = parseText(catalog, 'cheaper alternative to gpt-4o');
    expect([q.filters.like, q.budget, q.tokens]).toEqual(['gpt-4o', undefined, null]);
  });
});
