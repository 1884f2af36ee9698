// "Which is cheaper / has the larger context / is newer?" between named models: the row that answers it, the model
// that row says wins, and only the sources that row reads. Expectations come from the catalog and the cost engine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AttributeAnswer } from '../../src/ask/answer.ts';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import { priceFigure, specFigure } from '../../src/catalog/sources.ts';
import { cheaperBy, money, perMillion, times, tokens } from '../../src/cost/format.ts';
import { priceProfile } from '../../src/cost/price.ts';
import { buyingOptions } from '../../src/cost/rank.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const NOW = new Date('2026-12-02T12:00:00Z');
const AS_OF = '2026-12-02';
const ports: Ports = { catalog, now: () => NOW, logger: { debug() {}, info() {}, warn() {}, error() {} } };

async function attribute(text: string): Promise<AttributeAnswer> {
  const { answer } = await handle({ text, where: LOCAL }, ports);
  expect(answer.kind, text).toBe('attribute');
  expect(limitViolations(renderBlocks(answer))).toEqual([]);
  return answer as AttributeAnswer;
}

// Active models with a price on the day.
const priced = catalog.models.filter((m) => m.status === 'active' && priceProfile(m, defaultProfile(), AS_OF).ok);
const pair = fc
  .tuple(fc.integer({ min: 0, max: priced.length - 1 }), fc.integer({ min: 0, max: priced.length - 1 }))
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => [priced[a]!, priced[b]!] as const);
/**
 * What a model is billed at: its own price, or, when that is only a free endpoint, its cheapest paid host at the
 * profile (a model no host sells at a price stays as it is: its list price shows, its bill is refused).
 */
function billed(id: string, profile: ReturnType<typeof defaultProfile>) {
  const m = catalog.byId.get(id)!;
  if (!quotedPrice(m, AS_OF).free) return m;
  const paid = buyingOptions(catalog, m, AS_OF)
    .filter((o) => !o.route.free)
    .map((o) => ({ model: o.priced, q: priceProfile(o.priced, profile, AS_OF) }))
    .flatMap((x) => (x.q.ok ? [{ model: x.model, usd: x.q.monthlyUsd }] : []))
    .sort((a, b) => a.usd - b.usd)[0];
  return paid ? paid.model : m;
}

/** Where figures come from, as the answer's sources say it: the page and the date it was checked. */
const sources = (figures: { source: { url: string }; checked: string }[]) => new Set(figures.map((f) => `${f.source.url} ${f.checked}`));
const cited = (answer: AttributeAnswer) => new Set(answer.sources.map((s) => `${s.url} ${s.checked}`));

describe('input and output prices', () => {
  it('a model sold only at a free, rate-limited endpoint shows that for its prices and wins no price row', async () => {
    const freeOnly = priced.find((m) => quotedPrice(m, AS_OF).free && billed(m.id, defaultProfile()) === m);
    if (!freeOnly) throw new Error('the catalog needs a model sold only at a free endpoint');
    const one = await attribute(`what's the input price of ${freeOnly.id}?`);
    expect(one.sentence).toBe(`Input price of ${freeOnly.name}: free, rate-limited endpoint (not a price).`);
    const { answer } = await handle({ text: `compare ${freeOnly.id} and gpt-5-nano`, where: LOCAL, detail: 'full' }, ports);
    if (answer.kind !== 'comparison') throw new Error(`expected a comparison, got ${answer.kind}`);
    for (const key of ['price.input', 'price.output']) {
      const row = answer.rows.find((r) => r.key === key);
      expect([row?.winner, row?.values[freeOnly.id]?.text], key).toEqual([null, 'free, rate-limited endpoint (not a price)']);
    }
    expect(renderText(answer)).not.toContain('$0.00/1M');
  });

  it('one model: its list price on that side; two: the lower one wins, by how much, citing prices only', async () => {
    await fc.assert(
      fc.asyncProperty(pair, fc.constantFrom('input', 'output'), async ([a, b], side) => {
        const price = (id: string) => quotedPrice(billed(id, defaultProfile()), AS_OF)[side];
        // A model sold only at a free, rate-limited endpoint (no paid host) shows that, never a $0 price, and wins nothing.
        const free = (id: string) => quotedPrice(billed(id, defaultProfile()), AS_OF).free === true;
        const one = await attribute(`what's the ${side} price of ${a.id}?`);
        expect(one.row.key).toBe(`price.${side}`);
        const shown = free(a.id) ? 'free, rate-limited endpoint (not a price)' : perMillion(price(a.id));
        expect(one.sentence).toBe(`${side === 'input' ? 'Input' : 'Output'} price of ${a.name}: ${shown}.`);
        const two = await attribute(`which has the lower ${side} price, ${a.id} or ${b.id}?`);
        const [x, y] = [price(a.id), price(b.id)];
        if (free(a.id) || free(b.id)) expect(two.row.winner).toBeNull();
        else if (x !== y) {
          const [cheaper, dearer] = x < y ? [a, b] : [b, a];
          expect(two.row.winner).toBe(cheaper.id);
          expect(two.sentence).toContain(`${cheaper.name} has the lower ${side} price`);
          expect(two.sentence).toContain(`${cheaper.name} costs ${perMillion(Math.abs(x - y))} less than ${dearer.name}`);
        }
        expect(cited(two)).toEqual(sources([priceFigure(billed(a.id, defaultProfile()), AS_OF), priceFigure(billed(b.id, defaultProfile()), AS_OF)]));
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it("a price per token of one side, however the unit is said, is that side's list price", async () => {
    for (const [text, side] of [
      ['price per million output tokens for gpt-5.4', 'output'],
      ['how much is gpt-5 per output token?', 'output'],
      ['gpt-5 cost per 1M input tokens', 'input'],
      ['what does claude-sonnet-4-5 charge per input token', 'input'],
    ] as const) {
      const answer = await attribute(text);
      expect(answer.row.key, text).toBe(`price.${side}`);
    }
    // A volume of one side is still a bill.
    expect((await handle({ text: 'cost of gpt-5 for 5M output tokens', where: LOCAL }, ports)).answer.kind).toBe('cost');
  });

  it('a cached share beside "cheaper" is part of the bill, not a question about prompt caching', async () => {
    const answer = await attribute('is grok-4.3 cheaper than gpt-5-mini at 10M tokens with 50% caching?');
    expect(answer.attribute).toBe('price');
    expect(answer.row.volume?.tokens).toBe(10_000_000);
    expect(answer.assumptions.cachedShare).toBe(0.5);
    // Asked on its own, caching is still the capability.
    expect((await handle({ text: 'which has caching, gpt-5 or o3?', where: LOCAL }, ports)).query.attribute).toBe('prompt-caching');
  });

  it('"half our prompts are cached", "most of the input cached": the cached share, said in words', async () => {
    for (const [text, share] of [
      ['what would gpt-5 cost us if half our prompts are cached', 0.5],
      ['gpt-5 at 10M tokens, half of our prompts are cached', 0.5],
      ['gpt-5 with most of the input cached', 0.8],
    ] as const) {
      const { answer } = await handle({ text, where: LOCAL }, ports);
      if (answer.kind !== 'cost') throw new Error(`${text}: ${answer.kind}`);
      expect(answer.assumptions.cachedShare, text).toBe(share);
    }
  });

  it('with a workload, batch or a long prompt it is a bill, not a list price', async () => {
    for (const text of ['gpt-5 input cost at 10M tokens', 'output cost of gemini-2.5-pro for prompts over 200k', 'input price of gpt-4.1 with batch'])
      expect((await handle({ text, where: LOCAL }, ports)).answer.kind, text).toBe('cost');
  });
});

describe('which is cheaper', () => {
  it('at a stated volume: the month at that volume, won by the model the cost engine bills less, citing prices only', async () => {
    await fc.assert(
      fc.asyncProperty(pair, fc.constantFrom(1e6, 5e7, 2e8, 3e9), fc.constantFrom(0, 0.5, 0.8), async ([a, b], volume, cached) => {
        const text = `is ${a.id} cheaper than ${b.id} for ${tokens(volume)} tokens a month${cached > 0 ? ` with ${cached * 100}% cached` : ''}?`;
        const answer = await attribute(text);
        expect(answer.row.volume).toEqual({ tokens: volume, yours: true });
        const profile = { ...defaultProfile(), tokensPerMonth: volume, cachedShare: cached };
        const bill = (id: string) => {
          const m = billed(id, profile);
          // Still only a free endpoint: no host sells it at a price, and a bill refuses it.
          const q = quotedPrice(m, AS_OF).free ? undefined : priceProfile(m, profile, AS_OF);
          return q?.ok ? q.monthlyUsd : Number.NaN;
        };
        const [x, y] = [bill(a.id), bill(b.id)];
        // A model with no price to plan on has no month: no winner can be named.
        if (Number.isNaN(x) || Number.isNaN(y)) expect(answer.row.winner).toBeNull();
        else if (x !== y) {
          const [cheaper, dearer] = x < y ? [a, b] : [b, a];
          const [low, high] = [Math.min(x, y), Math.max(x, y)];
          expect(answer.row.winner).toBe(cheaper.id);
          expect(answer.sentence).toContain(`${cheaper.name} is cheaper at ${tokens(volume)} tokens a month`);
          // How much: the month's difference, the share saved and, when the cheaper one costs anything, the multiple.
          expect(answer.sentence).toContain(`${cheaper.name} costs ${money(high - low)} a month less than ${dearer.name}: ${cheaperBy(low, high)}`);
          if (low > 0) expect(answer.sentence).toContain(`${dearer.name} costs ${times(high / low)} as much`);
        }
        expect(cited(answer)).toEqual(sources([priceFigure(billed(a.id, profile), AS_OF), priceFigure(billed(b.id, profile), AS_OF)]));
      }),
      { numRuns: 60 },
    );
  }, 60_000);

  it('without a volume: the blended price at the mix', async () => {
    const answer = await attribute('which is cheaper, gpt-5-mini or gemini-2.5-flash?');
    expect(answer.row.key).toBe('price.blended');
    expect(answer.row.volume).toBeUndefined();
    // Among three: the cheapest, and how much less than the next cheapest.
    const three = await attribute('which is cheapest at 30M tokens: gpt-5-mini, claude-haiku-4-5 or gemini-2.5-flash?');
    const months = Object.entries(three.row.values)
      .map(([id, v]) => [id, v.value as number] as const)
      .sort((x, y) => x[1] - y[1]);
    const [first, second] = months.map(([id]) => three.names[id]);
    expect(three.sentence).toMatch(new RegExp(`^${first} is cheapest at 30M tokens a month`));
    expect(three.sentence).toContain(`less than ${second}:`);
    const how = await attribute('how much cheaper is claude-haiku-4-5 than claude-sonnet-4-5?');
    const [haiku, sonnet] = ['claude-haiku-4-5', 'claude-sonnet-4-5'].map((id) => how.row.values[id]?.value as number);
    expect(how.sentence).toContain(`Claude Haiku 4.5 costs ${perMillion((sonnet as number) - (haiku as number))} less than Claude Sonnet 4.5`);
  });
});

describe('spec and capability questions', () => {
  it('the larger context wins and only the specs are cited', async () => {
    await fc.assert(
      fc.asyncProperty(pair, async ([a, b]) => {
        fc.pre(a.contextWindow !== b.contextWindow);
        const answer = await attribute(`does ${a.id} have a bigger context window than ${b.id}?`);
        const larger = a.contextWindow > b.contextWindow ? a : b;
        expect(answer.row.key).toBe('contextWindow');
        expect(answer.row.winner).toBe(larger.id);
        expect(answer.sentence.startsWith(`${larger.name} has the larger context window`)).toBe(true);
        expect(cited(answer)).toEqual(sources([specFigure(a), specFigure(b)]));
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it('a capability both have is said as both having it; one only one has, as that one having it', async () => {
    const vision = catalog.models.filter((m) => m.status === 'active');
    const seeing = vision.filter((m) => m.capabilities.vision === true);
    const blind = vision.find((m) => m.capabilities.vision === false);
    if (seeing.length < 2 || !blind) throw new Error('the catalog needs two models with vision and one without');
    const [a, b] = seeing as [(typeof seeing)[number], (typeof seeing)[number]];
    expect((await attribute(`which has vision, ${a.id} or ${b.id}?`)).sentence).toMatch(/^Both have vision — /);
    const one = await attribute(`which has vision, ${a.id} or ${blind.id}?`);
    expect(one.row.winner).toBe(a.id);
    expect(one.sentence.startsWith(`${a.name} has vision — `)).toBe(true);
  });

  it('among three, a capability two have is said of those two, and the third as lacking it (never "all 3")', async () => {
    const active = catalog.models.filter((m) => m.status === 'active');
    const reasoning = active.filter((m) => m.capabilities.reasoning === true);
    const without = active.find((m) => m.capabilities.reasoning === false);
    if (reasoning.length < 2 || !without) throw new Error('the catalog needs two reasoning models and one without');
    const [a, b] = reasoning as [(typeof reasoning)[number], (typeof reasoning)[number]];
    const answer = await attribute(`which of ${a.id}, ${without.id} and ${b.id} supports reasoning?`);
    expect(answer.row.sharedBy).toEqual([a.id, b.id]);
    expect(answer.sentence).toMatch(new RegExp(`^${a.name} and ${b.name} have reasoning; ${without.name} does not — `));
    const none = active.filter((m) => m.capabilities.reasoning === false).slice(0, 2);
    if (none.length === 2) expect((await attribute(`do ${none[0]?.id} or ${none[1]?.id} support reasoning?`)).sentence).toMatch(/^Neither has reasoning — /);
  });

  it('among three, the cheapest price shared by two names both, tied, and the gap to the third', async () => {
    // Two active models with the same blended price at the default profile, and a third that costs more.
    const blended = new Map<string, string[]>();
    for (const m of priced) {
      const cost = priceProfile(m, defaultProfile(), AS_OF);
      if (!cost.ok || cost.monthlyUsd <= 0 || m.pricing.some((e) => e.free)) continue;
      const key = String(cost.monthlyUsd);
      blended.set(key, [...(blended.get(key) ?? []), m.id]);
    }
    const [total, [a, b] = []] = [...blended].find(([, ids]) => ids.length >= 2) ?? [];
    const dearer = priced.find((m) => {
      const cost = priceProfile(m, defaultProfile(), AS_OF);
      return cost.ok && cost.monthlyUsd > Number(total) && !m.pricing.some((e) => e.free);
    });
    if (!a || !b || !dearer) throw new Error('the catalog needs two models at one price and one dearer');
    const answer = await attribute(`which is cheapest: ${a}, ${dearer.id} or ${b}?`);
    const ids = answer.row.sharedBy ?? [];
    expect(ids.sort()).toEqual([a, b].sort());
    expect(answer.row.winner).toBe('tie');
    expect(answer.sentence).toMatch(/^.+ and .+ are cheapest .*, tied — /);
    expect(answer.sentence).toContain(`Each costs `);
    expect(answer.sentence).toContain(` less than ${answer.names[dearer.id]}`);
  });

  it('one model: the figure in a sentence ("Release date of o3: …"), with the specs as its source', async () => {
    const dated = priced.find((m) => m.released !== undefined)!;
    const answer = await attribute(`when was ${dated.id} released?`);
    expect(answer.sentence).toBe(`Release date of ${dated.name}: ${dated.released}.`);
    expect(cited(answer)).toEqual(sources([specFigure(dated)]));
  });

  it('a spec answer says nothing of price age or scheduled prices; a price answer does', async () => {
    // A year on, every price in the catalog is older than the staleness threshold.
    const later: Ports = { ...ports, now: () => new Date('2027-12-02T12:00:00Z') };
    const asked = async (text: string) => (await handle({ text, where: LOCAL }, later)).answer as AttributeAnswer & { notices?: { stale: unknown; scheduled: unknown[] } };
    const spec = await asked('which has the larger context, gpt-4.1 or claude-sonnet-4-5?');
    expect(spec.kind).toBe('attribute');
    expect(spec.notices?.stale).toBeNull();
    expect(spec.notices?.scheduled).toEqual([]);
    const price = await asked('which is cheaper, gpt-4.1 or claude-sonnet-4-5?');
    expect(price.notices?.stale).not.toBeNull();
  });

  it('a spec, a capability or a score states no volume or price day; a price states both, and a name read loosely is said either way', async () => {
    for (const text of ['when was gemini-2.5-pro released?', 'which has the larger context, gpt-4.1 or claude-sonnet-4-5?', 'does grok-4.3 have vision?']) {
      const answer = (await handle({ text, where: LOCAL }, ports)).answer;
      const shown = `${renderText(answer)}\n${JSON.stringify(renderBlocks(answer).blocks)}`;
      expect(shown, text).not.toMatch(/tokens a month|input:output|prices in force/);
    }
    const price = await attribute('which is cheaper, gpt-4.1 or claude-sonnet-4-5?');
    expect(renderText(price)).toContain(`prices in force on ${AS_OF}`);
    expect(JSON.stringify(renderBlocks(price).blocks)).toContain('3:1 input:output');
    const loose = await attribute('which has the larger context, gemini flash or claude-sonnet-4-5?');
    expect(renderText(loose)).toMatch(/Assumptions: “gemini flash” (?:names \d+ models; compared|read as) gemini-/);
    expect(renderText(loose)).not.toMatch(/tokens a month/);
  });

  it('no figure from the catalog: the sources say none, rather than an empty list', async () => {
    const unmeasured = priced.filter((m) => m.speed === undefined);
    if (unmeasured.length < 2) throw new Error('the catalog needs two models without a speed measurement');
    const answer = await attribute(`which is faster, ${unmeasured[0]?.id} or ${unmeasured[1]?.id}?`);
    expect(answer.sources).toEqual([]);
    expect(renderText(answer)).toContain('Sources: none');
    expect(JSON.stringify(renderBlocks(answer).blocks)).toContain('*Sources:* none');
  });
});

describe('one price field, and the license', () => {
  const active = catalog.models.filter((m) => m.status === 'active');
  const withCache = active.find((m) => quotedPrice(m, AS_OF).cachedInput !== undefined && quotedPrice(m, AS_OF).cacheWrite5m !== undefined);
  const withoutWrite = active.find((m) => quotedPrice(m, AS_OF).cachedInput !== undefined && quotedPrice(m, AS_OF).cacheWrite5m === undefined);

  it('"the cached input price of X" is its cached input price, never its input price', async () => {
    for (const m of [withCache, withoutWrite]) {
      if (!m) throw new Error('the catalog needs models with and without cache writes');
      const a = await attribute(`what's the cached input price of ${m.id}?`);
      expect(a.attribute).toBe('cached-input-price');
      const said = `Cached input price of ${m.name}: ${perMillion(quotedPrice(m, AS_OF).cachedInput as number)}.`;
      expect(a.sentence.slice(0, said.length)).toBe(said);
      // Then how far below the input price it is, where it is below.
      expect(a.sentence.slice(said.length)).toMatch(/^(?:| Cached input is \d+% below .+'s input price \(\$[\d.]+\/1M\)\.)$/);
    }
  });

  it('"the cache write price of X": the price where it is sold, "not published" where it is not, never an error', async () => {
    const sold = await attribute(`how much does it cost to write to the cache on ${withCache?.id}?`);
    expect(sold.sentence).toContain(perMillion(quotedPrice(withCache as NonNullable<typeof withCache>, AS_OF).cacheWrite5m as number));
    const none = await attribute(`what's the cache write price of ${withoutWrite?.id}?`);
    expect(none.sentence).toMatch(/: not published\.$/);
    const both = await attribute(`${withoutWrite?.id} vs ${withCache?.id} cache write price`);
    expect(both.sentence).toContain('Not enough published figures to name a winner');
  });

  it('"what license is X?" is its license as published', async () => {
    const m = active.find((x) => x.openWeights === true && !/not recorded/.test(x.license)) ?? active[0];
    const a = await attribute(`what license is ${m?.id}?`);
    expect(a.attribute).toBe('license');
    expect(a.sentence).toContain(m?.license as string);
  });
});

describe('a claimed price gap, checked', () => {
  /** The blended price at the default 3:1 of a model, as the answer computes it. */
  const blended = (id: string) => {
    const p = quotedPrice(catalog.byId.get(id)!, AS_OF);
    return (3 * p.input + p.output) / 4;
  };

  it('a multiple is checked against the real one: yes within 5%, no with the real multiple, more than that', async () => {
    const actual = blended('gpt-4o') / blended('gemini-2.5-flash');
    const no = await attribute('is gemini 2.5 flash 10x cheaper than gpt-4o?');
    expect(no.sentence.startsWith(`No: GPT-4o costs ${times(actual)} as much as Gemini 2.5 Flash, not 10×. `)).toBe(true);
    const near = Math.round(actual);
    const yes = await attribute(`is gemini 2.5 flash ${near}x cheaper than gpt-4o?`);
    expect(yes.sentence.startsWith(Math.abs(actual / near - 1) <= 0.05 ? 'Yes: ' : 'No: ')).toBe(true);
    const more = await attribute('is gpt-4o 2 times more expensive than gemini 2.5 flash');
    expect(more.sentence.startsWith(`More than that: GPT-4o costs ${times(actual)} as much`)).toBe(true);
  });

  it('a share is checked within 2 points, and a claim the wrong way round is a no', async () => {
    const share = Math.round((1 - blended('claude-haiku-4-5') / blended('claude-sonnet-4-5')) * 100);
    const yes = await attribute(`is haiku 4.5 ${share - 1}% cheaper than sonnet 4.5`);
    expect(yes.sentence.startsWith(`Yes: Claude Haiku 4.5 is ${share}% cheaper.`)).toBe(true);
    const no = await attribute(`is haiku 4.5 ${share + 10}% cheaper than sonnet 4.5`);
    expect(no.sentence.startsWith(`No: Claude Haiku 4.5 is ${share}% cheaper, not ${share + 10}%.`)).toBe(true);
    const wrongWay = await attribute('is gpt-4o 3x cheaper than gemini 2.5 flash');
    expect(wrongWay.sentence.startsWith('No: GPT-4o is not cheaper than Gemini 2.5 Flash here.')).toBe(true);
    // With no claim, no verdict.
    expect((await attribute('is gpt-4o cheaper than gemini 2.5 flash')).sentence).not.toMatch(/^(?:Yes|No|More than that):/);
  });
});

describe('the models named, in the order of one figure', () => {
  const attributeOf = async (text: string) => {
    const { answer } = await handle({ text, where: LOCAL }, { catalog, now: () => NOW, logger: { debug() {}, info() {}, warn() {}, error() {} } });
    if (answer.kind !== 'attribute') throw new Error(`${text}: expected an attribute, got ${answer.kind}`);
    return answer as AttributeAnswer;
  };

  it.each([
    ['rank gpt-5, o3 and gemini 2.5 pro by price', 'price'],
    ['sort gpt-5, claude opus 4.5 and gemini 2.5 pro by release date', 'newer'],
    ['order o3, gpt-5 and gpt-4.1 by context window', 'context'],
    ['which of these is cheapest: gpt-5 mini, claude haiku 4.5, gemini 2.5 flash', 'price'],
  ])('%j lists each best first (%s)', async (text, attribute) => {
    const a = await attributeOf(text);
    expect(a.attribute).toBe(attribute);
    const value = (id: string) => a.row.values[id]?.value as number | string;
    const order = [...a.models].sort((x, y) => {
      const [p, q] = [value(x), value(y)];
      if (typeof p === 'number' && typeof q === 'number') return a.row.better === 'lower' ? p - q : q - p;
      return String(q).localeCompare(String(p));
    });
    const listed = order.map((id) => a.sentence.indexOf(`${a.names[id]}: `));
    expect(listed.every((at) => at >= 0)).toBe(true);
    expect(listed).toEqual([...listed].sort((x, y) => x - y));
  });
});
