// sync generate --litellm: flex and priority prices from LiteLLM's price file (real entries, test/fixtures/sync/
// generate/litellm.2026-08-12.json) spliced into a provider file: added where the entry in force lacks them and its
// standard price is LiteLLM's, kept where a person already wrote one, every other byte unchanged, and the result
// valid. Expected figures are read from the fixture, never restated.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildCatalog, type Catalog } from '../../src/catalog/validate.ts';
import type { SourceDoc } from '../../src/sync/generate.ts';
import { appendServiceTiers, planServiceTiers } from '../../src/sync/service-tiers.ts';

const raw = JSON.parse(readFileSync(new URL('../fixtures/sync/generate/litellm.2026-08-12.json', import.meta.url), 'utf8')) as Record<string, Record<string, number>>;
const litellm: SourceDoc = { data: raw, file: 'litellm.2026-08-12.json', checked: '2026-08-12' };
const perMillion = (perToken: number | undefined) => (perToken === undefined ? undefined : Number((perToken * 1e6).toPrecision(12)));
const BENCHMARKS = {
  file: 'benchmarks.yml',
  data: { benchmarks: [{ id: 'b', name: 'B', measures: 'm', scale: { unit: 'percent', min: 0 }, publishedBy: 'p', url: 'https://example.com' }] },
};

/** A provider file with one model per LiteLLM entry; `extra` lines go into the model's price entry. */
function model(id: string, input: number, output: number, extra = ''): string {
  return `  - id: ${id}
    name: ${id.toUpperCase()}
    family: gpt
    status: active
    contextWindow: 400000
    modalities: { input: [text], output: [text] }
    license: proprietary
    openWeights: false
    pricing:
      # the figures a person checked
      - from: 2026-07-01
        input: ${input}
        output: ${output}
${extra}        source: { url: "https://openai.com/api/pricing" }
        checked: 2026-07-01
    specSource: { url: "https://platform.openai.com/docs/models" }
    specChecked: 2026-07-01
`;
}

const price = (key: string) => ({ input: perMillion(raw[key]!.input_cost_per_token)!, output: perMillion(raw[key]!.output_cost_per_token)! });
const terra = price('gpt-5.6-terra');
const HAND_PRIORITY = '        serviceTiers:\n          # a person chose models.dev here\n          priority:\n            input: 9\n            output: 50\n';
const TEXT = `provider: { id: openai, name: OpenAI, website: "https://openai.com", pricingUrl: "https://openai.com/api/pricing", prefixes: [openai] }
models:
${model('gpt-4o', price('gpt-4o').input, price('gpt-4o').output)}${model('gpt-5.6-terra', terra.input, terra.output, HAND_PRIORITY)}${model('gpt-5.6-sol', 2.5, 15)}`;

function catalogOf(text: string): Catalog {
  const built = buildCatalog([{ file: 'openai.yml', data: parse(text) }], BENCHMARKS);
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return built.catalog;
}

describe('service tiers from LiteLLM', () => {
  const catalog = catalogOf(TEXT);
  const plan = planServiceTiers(catalog, litellm);
  const text = appendServiceTiers(TEXT, plan.fills, litellm);
  const after = text === undefined ? undefined : catalogOf(text);
  const tiers = (id: string) => after?.byId.get(id)?.pricing[0]?.serviceTiers;

  it('adds the tiers LiteLLM publishes where the entry lacks them, with LiteLLM’s figures', () => {
    expect(text).toBeDefined();
    expect(tiers('gpt-4o')?.priority).toEqual({
      input: perMillion(raw['gpt-4o']!.input_cost_per_token_priority),
      cachedInput: perMillion(raw['gpt-4o']!.cache_read_input_token_cost_priority),
      output: perMillion(raw['gpt-4o']!.output_cost_per_token_priority),
    });
    expect(tiers('gpt-5.6-terra')?.flex).toMatchObject({
      input: perMillion(raw['gpt-5.6-terra']!.input_cost_per_token_flex),
      output: perMillion(raw['gpt-5.6-terra']!.output_cost_per_token_flex),
    });
  });

  it('keeps a tier a person wrote, and its comment', () => {
    expect(tiers('gpt-5.6-terra')?.priority).toEqual({ input: 9, output: 50 });
    expect(text).toContain('# a person chose models.dev here');
    expect(plan.fills.some((f) => f.model === 'gpt-5.6-terra' && f.tier === 'priority')).toBe(false);
  });

  it('leaves a model whose standard price is not LiteLLM’s, saying why', () => {
    expect(tiers('gpt-5.6-sol')).toEqual({});
    expect(plan.skipped).toContainEqual(expect.objectContaining({ model: 'gpt-5.6-sol', tier: 'flex', reason: expect.stringContaining('another price period') }));
  });

  it('changes no other byte, names its source above each block, and adds nothing the second time', () => {
    const removed = (text as string).split('\n').filter((l) => !TEXT.split('\n').includes(l));
    expect(removed.every((l) => /^\s+(# serviceTiers\.|serviceTiers:|priority:|flex:|input:|cachedInput:|cacheWrite5m:|output:)/.test(l))).toBe(true);
    expect(TEXT.split('\n').every((l) => (text as string).split('\n').includes(l))).toBe(true);
    expect(text).toContain('# serviceTiers.priority: LiteLLM gpt-4o (litellm.2026-08-12.json, 2026-08-12)');
    expect(planServiceTiers(after as Catalog, litellm).fills).toEqual([]);
  });
});
