// `where` names the cheapest way of buying a model at the volume asked (else the default), and answers the hosts a
// question names first ("cheaper on groq or cerebras?"), the provider's own API counting as one.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { WhereAnswer } from '../../src/ask/answer.ts';
import { hostName } from '../../src/catalog/schema.ts';
import { money } from '../../src/cost/format.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { createLogger } from '../../src/log.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-12-02T12:00:00Z'), logger: createLogger('error') };

async function where(text: string): Promise<{ answer: WhereAnswer; words: string; slack: string }> {
  const { answer } = await handle({ text, where: LOCAL }, ports);
  if (answer.kind !== 'where') throw new Error(`${text}: expected a where answer, got ${answer.kind}`);
  return { answer, words: renderText(answer), slack: JSON.stringify(renderBlocks(answer)) };
}

/** Every priced way of buying the model in the answer: the provider's own API (via null) and each host. */
const offersOf = (m: WhereAnswer['models'][number]) => [
  ...(m.ownPrice?.monthlyUsd != null ? [{ via: null as string | null, monthlyUsd: m.ownPrice.monthlyUsd }] : []),
  ...m.routes.flatMap((r) => (r.monthlyUsd === null ? [] : [{ via: r.platform as string | null, monthlyUsd: r.monthlyUsd }])),
];

describe('where, the cheapest named', () => {
  it.each(['cheapest inference for deepseek r1', 'what is the cheapest gpt-5 endpoint', "what's the cheapest api for llama 3.3 70b", 'where can I run gpt-oss-120b'])(
    '%j prices every way of buying at the default volume and names the cheapest',
    async (text) => {
      const { answer, words, slack } = await where(text);
      const m = answer.models[0];
      if (!m) throw new Error('expected one model');
      const offers = offersOf(m);
      expect(offers.length).toBeGreaterThan(1);
      const least = Math.min(...offers.map((o) => o.monthlyUsd));
      expect(m.cheapest?.monthlyUsd).toBe(least);
      expect(offers.find((o) => o.via === m.cheapest?.via)?.monthlyUsd).toBe(least);
      expect(m.samePrice).toBe(offers.every((o) => o.monthlyUsd === least));
      const said = m.samePrice
        ? `Every way of buying it costs the same: ${money(least)} a month.`
        : `Cheapest: ${m.cheapest?.via === null ? `${m.provider} directly` : hostName(m.cheapest?.via ?? '')}, ${money(least)} a month.`;
      expect(words).toContain(said);
      expect(slack).toContain(said);
      expect(words).toContain('Assumptions: 1M tokens a month');
    },
  );

  it('answers the hosts asked first, cheapest first, and the cheapest anywhere beside them', async () => {
    const { answer, words } = await where('is gpt-oss-120b cheaper on groq or cerebras?');
    const m = answer.models[0];
    if (!m) throw new Error('expected one model');
    expect(m.askedOffers.map((o) => o.via).sort()).toEqual(['cerebras', 'groq']);
    expect(m.routes.slice(0, 2).map((r) => r.platform)).toEqual(m.askedOffers.map((o) => o.via));
    const [first, second] = m.askedOffers;
    if (!first || !second) throw new Error('expected two offers');
    expect(first.monthlyUsd).toBeLessThanOrEqual(second.monthlyUsd);
    const lead =
      first.monthlyUsd === second.monthlyUsd
        ? `${first.name} and ${second.name} cost the same`
        : `Of ${second.name === 'Groq' ? 'Cerebras and Groq' : 'Groq and Cerebras'}, ${first.name} costs least`;
    expect(words).toContain(`${lead}: ${money(first.monthlyUsd)} a month`);
    if (m.cheapest && m.cheapest.monthlyUsd < first.monthlyUsd)
      expect(words).toContain(`cheapest anywhere: ${hostName(m.cheapest.via ?? '')}, ${money(m.cheapest.monthlyUsd)} a month`);
  });

  it('counts the provider’s own API as a way asked, and says one host asked alone', async () => {
    const { answer } = await where('compare claude sonnet 4.5 on bedrock and anthropic');
    expect(answer.models[0]?.askedOffers.map((o) => o.via).sort()).toEqual(['bedrock', null].sort());
    const alone = await where('is nova-2-lite-v1 on OpenRouter or Google Vertex AI?');
    const nova = alone.answer.models[0];
    expect(nova?.notOn).toEqual(['vertex']);
    expect(nova?.askedOffers.map((o) => o.via)).toEqual(['openrouter']);
    expect(alone.words).toContain(`On OpenRouter: ${money(nova?.askedOffers[0]?.monthlyUsd ?? 0)} a month`);
  });
});
