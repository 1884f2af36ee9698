// Rate limits asked of no model: every model whose limits the catalog records, highest top tier first, with what the
// catalog does not say (other models' limits, requests a minute, one provider's tier against another's).
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import type { FactAnswer } from '../../src/ask/answer.ts';
import { commandFor } from '../../src/ask/command-text.ts';
import { parseText } from '../../src/ask/index.ts';
import { statusOn } from '../../src/catalog/lifecycle.ts';
import { RateLimits } from '../../src/catalog/schema.ts';
import type { CatalogModel } from '../../src/catalog/validate.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const today = '2026-12-02';
const ports: Ports = { catalog, now: () => new Date(`${today}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } };
const ask = (text: string) => handle({ text, where: LOCAL }, ports);
const top = (m: CatalogModel) => Math.max(...Object.values(m.rateLimits?.tokensPerMinute ?? {}));
/** The models the answer must list, in its order, from the catalog's own data. */
const recorded = (providers?: string[]) =>
  catalog.models
    .filter((m) => m.rateLimits !== undefined && statusOn(m, today) !== 'retired' && (providers === undefined || providers.includes(m.provider)))
    .sort((a, b) => top(b) - top(a) || a.id.localeCompare(b.id))
    .map((m) => m.id);

describe('rate limits asked of no model', () => {
  it.each(['which models have the highest rate limits?', 'rate limits', 'what are the rate limits?', 'model with the highest tpm', 'show me tokens per minute limits'])(
    '%j lists every model the catalog records limits for, highest top tier first, and says how few that is',
    async (text) => {
      const { query, answer } = await ask(text);
      expect([query.intent, query.attribute, query.models]).toEqual(['attribute', 'rate-limits', []]);
      const fact = answer as FactAnswer;
      expect(fact.kind).toBe('fact');
      expect(recorded().length).toBeGreaterThan(1);
      expect(fact.facts.map((f) => f.model)).toEqual(recorded());
      expect(fact.facts.every((f) => f.recorded && f.source !== null && /tokens per minute/.test(f.value))).toBe(true);
      const notRetired = catalog.models.filter((m) => statusOn(m, today) !== 'retired').length;
      expect(fact.scope).toContain(`for ${recorded().length} of the ${notRetired} models`);
      expect(fact.scope).toMatch(/own usage tiers/);
      expect(fact.scope).not.toMatch(/requests per minute/);
    },
  );

  it('of the providers asked, only theirs; none recorded is said, not an empty reply', async () => {
    const anthropic = (await ask("what are anthropic's rate limits")).answer as FactAnswer;
    expect(anthropic.facts.map((f) => f.model)).toEqual(recorded(['anthropic']));
    expect(anthropic.scope).toContain('from Anthropic');
    const none = catalog.providers.find((p) => recorded([p.id]).length === 0 && catalog.models.some((m) => m.provider === p.id));
    expect(none).toBeDefined();
    const { answer } = await ask(`which ${none?.id} models have the highest rate limits?`);
    const fact = answer as FactAnswer;
    expect(fact.facts).toEqual([]);
    expect(fact.scope).toMatch(/no rate limits for (?:the one model|any of the \d+ models) from /);
    expect(renderText(answer)).toContain(`from ${none?.name}`);
    const blocks = JSON.stringify(renderBlocks(answer).blocks);
    expect(blocks).toContain('records no rate limits');
  });

  it('requests a minute asked: which models record them is said, and each one’s are given', async () => {
    const fact = (await ask('which model has the highest rpm?')).answer as FactAnswer;
    expect(fact.facts.map((f) => f.model)).toEqual(recorded());
    const withRequests = recorded().filter((id) => catalog.byId.get(id)?.rateLimits?.requestsPerMinute !== undefined);
    expect(withRequests.length).toBeGreaterThan(0);
    expect(withRequests.length).toBeLessThan(recorded().length);
    for (const id of withRequests) expect(fact.scope).toContain(catalog.byId.get(id)?.name);
    expect(fact.scope).toMatch(/requests per minute are recorded for .+ only, tokens per minute for all/);
    // Only one model's limits, and none of them a minute's requests: said in tokens, not silently.
    const tokensOnly = recorded().filter((id) => !withRequests.includes(id));
    const openai = catalog.byId.get(tokensOnly[0] as string)?.provider as string;
    if (recorded([openai]).every((id) => tokensOnly.includes(id))) {
      const some = (await ask(`${openai} rpm limits`)).answer as FactAnswer;
      expect(some.scope).toMatch(/tokens per minute, not requests per minute/);
    }
  });

  it('a model’s requests and output tokens a minute, where published, are its fact and on its card in Slack', async () => {
    const id = recorded().find((m) => catalog.byId.get(m)?.rateLimits?.requestsPerMinute !== undefined) as string;
    const limits = catalog.byId.get(id)?.rateLimits;
    const fact = (await ask(`rate limits of ${id}`)).answer as FactAnswer;
    const value = fact.facts[0]?.value ?? '';
    for (const n of Object.values(limits?.requestsPerMinute ?? {})) expect(value).toContain(n.toLocaleString('en-US'));
    for (const n of Object.values(limits?.outputTokensPerMinute ?? {})) expect(value).toContain(n.toLocaleString('en-US'));
    expect(value).toMatch(/^input tokens per minute by usage tier: .*; output tokens per minute by usage tier: .*; requests per minute by usage tier: /);
    const card = JSON.stringify(renderBlocks((await ask(`tell me about ${id}`)).answer).blocks);
    expect(card).toContain('*Rate limits*');
    expect(card).toContain('Requests per minute by usage tier');
    const without = catalog.models.find((m) => m.rateLimits === undefined && statusOn(m, today) === 'active') as CatalogModel;
    expect(JSON.stringify(renderBlocks((await ask(`tell me about ${without.id}`)).answer).blocks)).not.toContain('*Rate limits*');
  });

  it('a usage tier is named tier-N in every measure, or the catalog does not load', () => {
    const source = { url: 'https://example.com/limits' };
    expect(RateLimits.safeParse({ tokensPerMinute: { 'tier-1': 1000 }, requestsPerMinute: { 'tier-1': 50 }, source, checked: '2026-10-03' }).success).toBe(true);
    const bad = RateLimits.safeParse({ tokensPerMinute: { 'tier-1': 1000 }, requestsPerMinute: { Start: 50 }, source, checked: '2026-10-03' });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain('a usage tier such as tier-1');
  });

  it.each([
    ['which free models are rate limited', 'cheapest'],
    ['cheapest model for 100 requests per minute of 2k tokens', 'cheapest'],
    ['gpt-5.4 mini rate limits', 'attribute'],
  ])('%j is not the list of every model’s limits', (text, intent) => {
    const q = parseText(catalog, text);
    expect(q.intent).toBe(intent);
    if (intent === 'attribute') expect(q.models).toEqual(['gpt-5.4-mini']);
  });

  it('a name the catalog does not know is said to be unknown, not dropped for every model; a usage tier is no name', async () => {
    const { answer } = await ask('rate limits of foobar');
    expect(answer.kind).toBe('unknown-model');
    expect(JSON.stringify(answer)).toContain('foobar');
    for (const text of ['what are the rate limits on tier 2', 'rate limits of everything', 'rate limits for all models']) {
      const fact = (await ask(text)).answer as FactAnswer;
      expect(fact.facts.map((f) => f.model)).toEqual(recorded());
    }
  });

  it('its command reads back as the same question, the providers kept', () => {
    for (const text of ['which models have the highest rate limits?', 'rate limits for openai and anthropic models']) {
      const q = parseText(catalog, text);
      const again = parseText(catalog, commandFor(q));
      expect([again.intent, again.attribute, again.models, [...(again.filters.providers ?? [])].sort()]).toEqual([
        q.intent,
        q.attribute,
        q.models,
        [...(q.filters.providers ?? [])].sort(),
      ]);
    }
    expect(parseText(catalog, 'rate limits for openai and anthropic models').filters.providers?.length).toBe(2);
  });

  it('renders as a Block Kit reply that starts with what the list covers', async () => {
    const { answer } = await ask('which models have the highest rate limits?');
    const message = renderBlocks(answer);
    const [first, second] = message.blocks as { type: string; text?: { text: string } }[];
    expect(first?.text?.text).toMatch(/^The catalog records rate limits for \d+ of/);
    expect(second?.text?.text).toContain(catalog.byId.get(recorded()[0] as string)?.name);
    expect(message.text).toMatch(/^The catalog records|: tokens per minute/);
  });
});
