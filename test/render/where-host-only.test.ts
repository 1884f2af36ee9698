// `where`: a model its provider sells through its own API is said to be sold by the provider directly; a model only
// hosts sell (its price entry in force is a host's) is not, on the real catalog.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { WhereAnswer } from '../../src/ask/answer.ts';
import { emptyQuery } from '../../src/ask/query.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import { DEFAULTS } from '../../src/ask/answer.ts';
import { money, price } from '../../src/cost/format.ts';
import { priceProfile } from '../../src/cost/price.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { createLogger } from '../../src/log.ts';
import { renderText } from '../../src/render/text/index.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';

const catalog = loadCatalog();
const AS_OF = '2026-11-22';

async function where(id: string): Promise<{ answer: WhereAnswer; text: string }> {
  const query = { ...emptyQuery(`where can I run ${id}?`, 'where' as const), models: [id] };
  const { answer } = await handle({ text: query.text, where: LOCAL, query }, { catalog, now: () => new Date(`${AS_OF}T12:00:00Z`), logger: createLogger('error') });
  if (answer.kind !== 'where') throw new Error(`expected a where answer, got ${answer.kind}`);
  return { answer, text: renderText(answer) };
}

describe('where', () => {
  const hostOnly = catalog.models.filter((m) => m.provider === 'meta' && quotedPrice(m, AS_OF).host !== undefined);
  const direct = catalog.byId.get('gpt-4.1-mini')!;

  it('does not say a provider sells a model directly when only hosts sell it', async () => {
    expect(hostOnly.length).toBeGreaterThan(0);
    for (const m of hostOnly.slice(0, 5)) {
      const { answer, text } = await where(m.id);
      expect(answer.models[0]?.direct).toBe(false);
      expect(text).not.toMatch(/Meta directly/);
      expect(text).toContain(`${m.name}: Meta does not sell it directly; hosts: `);
      const slack = JSON.stringify(renderBlocks(answer));
      expect(slack).not.toMatch(/Meta directly/);
      expect(slack).toContain(`*${m.name}*: Meta does not sell it directly; hosts: `);
    }
  });

  it('says the provider sells its own model directly, at its own price and check date, cited with the hosts', async () => {
    const own = quotedPrice(direct, AS_OF);
    expect(own.host).toBeUndefined();
    const { answer, text } = await where(direct.id);
    expect(answer.models[0]?.direct).toBe(true);
    // Every way of buying is priced for a month at the default volume, said in the assumptions.
    const month = priceProfile(direct, { ...defaultProfile(DEFAULTS.tokensPerMonth), mix: DEFAULTS.mix }, AS_OF);
    if (!month.ok) throw new Error('gpt-4.1-mini needs a price');
    expect(answer.models[0]?.ownPrice).toEqual({ input: own.input, output: own.output, checked: own.checked, monthlyUsd: month.monthlyUsd });
    const said = `${direct.name}: OpenAI directly (${price(own.input)}/${price(own.output)} per 1M, ${money(month.monthlyUsd)} a month, checked ${own.checked})`;
    expect(text).toContain(said);
    expect(JSON.stringify(renderBlocks(answer))).toContain(`*${direct.name}*: ${said.slice(direct.name.length + 2)}`);
    expect(answer.sources.map((s) => s.url)).toContain(own.source.url);
    // A host's own price is written as prices are everywhere ("$0.40", not "$0.4").
    for (const r of answer.models[0]?.routes ?? []) if (r.price && !r.price.startsWith('free')) expect(r.price).toMatch(/^\$\d+\.\d{2,}\/\$\d+\.\d{2,} per 1M$/);
  });

  it('lists a batch endpoint after the ways to buy requests, said for what it is in both renderings', async () => {
    const batch = direct.routes.find((r) => r.batch);
    if (!batch) throw new Error('the catalog needs gpt-4.1-mini sold on a batch endpoint');
    const { answer, text } = await where(direct.id);
    const routes = answer.models[0]?.routes ?? [];
    const at = routes.findIndex((r) => r.id === batch.id);
    expect(routes[at]?.batch).toBe(true);
    expect(routes.slice(at + 1).every((r) => r.batch || r.price?.startsWith('free'))).toBe(true);
    expect(routes.slice(0, at).every((r) => !r.batch)).toBe(true);
    expect(text).toContain(`${batch.id}, ${routes[at]?.price} (batch endpoint: Batch API prices, not for interactive requests)`);
    expect(JSON.stringify(renderBlocks(answer))).toContain('(batch endpoint: Batch API prices, not for interactive requests)');
  });

  it('with a volume, prices every way of buying for the month, cheapest first, and states the profile', async () => {
    const { answer, text } = await handle(
      { text: 'which is cheaper for 1B tokens a month: deepseek v4 flash on deepinfra or on openrouter', where: LOCAL },
      { catalog, now: () => new Date(`${AS_OF}T12:00:00Z`), logger: createLogger('error') },
    ).then((h) => ({ answer: h.answer as WhereAnswer, text: renderText(h.answer) }));
    expect(answer.kind).toBe('where');
    const m = catalog.byId.get('deepseek-v4-flash')!;
    const months = (answer.models[0]?.routes ?? []).map((r) => r.monthlyUsd).filter((x): x is number => x !== null);
    expect(months.length).toBeGreaterThan(1);
    expect(months).toEqual([...months].sort((a, b) => a - b));
    // Each month is the route's price (or the provider's) at 1B tokens, 3:1.
    for (const r of answer.models[0]?.routes ?? []) {
      const route = m.routes.find((x) => x.platform === r.platform && x.id === r.id)!;
      if (route.free || route.batch || route.input === undefined || route.output === undefined || route.cachedInput !== undefined) continue;
      expect(r.monthlyUsd).toBeCloseTo(750 * route.input + 250 * route.output, 6);
    }
    expect(answer.assumptions?.tokensPerMonth).toBe(1e9);
    expect(text).toContain('Assumptions: 1B tokens a month');
  });

  it('gives no price for a provider that sells nothing itself', async () => {
    for (const m of hostOnly.slice(0, 3)) expect((await where(m.id)).answer.models[0]?.ownPrice).toBeNull();
  });
});
