// LiteLLM's price file (BerriAI/litellm model_prices_and_context_window.json): one object keyed by model id,
// prices in USD per token as JSON numbers.
//
// Read: entries whose `litellm_provider` is a catalog provider's own API (openai, anthropic, gemini, xai, deepseek,
// mistral). Resellers (azure, azure_ai, bedrock, bedrock_converse, vertex_ai-*, …) are routes, not the provider's own
// price: they are skipped (counted under skipped["reseller route"]). Fine-tuned-model prices ("ft:…") are skipped too.
//
// Fields: input_cost_per_token → input, output_cost_per_token → output, cache_read_input_token_cost → cachedInput,
// cache_creation_input_token_cost → cacheWrite5m, cache_creation_input_token_cost_above_1hr → cacheWrite1h,
// *_batches → batchInput/batchOutput, *_above_<N>k_tokens → long-context tier fields "tier><N000>.<field>".
// Flex/priority service tiers, per-image, per-audio and per-query prices are not compared.
import { z } from 'zod';
import { perMillionFromPerToken, SyncError, tierField, type Adapter, type FieldName, type FieldPrices, type ReadDocument, type SourceEntry, type TierField } from '../types.ts';

export const LITELLM_URL = 'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json';

/** litellm_provider → catalog provider, for the providers' own APIs. */
const PROVIDERS: Record<string, string> = {
  openai: 'openai',
  anthropic: 'anthropic',
  gemini: 'google',
  xai: 'xai',
  deepseek: 'deepseek',
  mistral: 'mistral',
};

/** Providers that resell catalog providers' models: their entries are routes, not list prices. */
const RESELLER = /^(azure|azure_ai|azure_text|bedrock|bedrock_converse|bedrock_mantle|vertex_ai|vertex_ai-|sagemaker|openrouter|github|snowflake|databricks|oci|watsonx)/;

const BASE: Record<string, FieldName> = {
  input_cost_per_token: 'input',
  output_cost_per_token: 'output',
  cache_read_input_token_cost: 'cachedInput',
  cache_creation_input_token_cost: 'cacheWrite5m',
  cache_creation_input_token_cost_above_1hr: 'cacheWrite1h',
  input_cost_per_token_batches: 'batchInput',
  output_cost_per_token_batches: 'batchOutput',
};

const TIER_BASE: Record<string, TierField> = {
  input_cost_per_token: 'input',
  output_cost_per_token: 'output',
  cache_read_input_token_cost: 'cachedInput',
  cache_creation_input_token_cost: 'cacheWrite5m',
  cache_creation_input_token_cost_above_1hr: 'cacheWrite1h',
};
const TIER_KEY = /^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost|cache_creation_input_token_cost_above_1hr|cache_creation_input_token_cost)_above_(\d+)k_tokens$/;

const Document = z.record(z.string(), z.unknown(), { error: 'expected a JSON object keyed by model id' });
const Entry = z.looseObject({ litellm_provider: z.string(), mode: z.string().optional() });

const MODEL_MODES = new Set(['chat', 'responses', 'completion']);

export const litellm: Adapter = {
  id: 'litellm',
  label: 'LiteLLM',
  defaultUrl: LITELLM_URL,
  read(document: unknown): ReadDocument {
    const parsed = Document.safeParse(document);
    if (!parsed.success || Array.isArray(document)) {
      throw new SyncError('shape', `LiteLLM: expected a JSON object keyed by model id, got ${Array.isArray(document) ? 'a list' : document === null ? 'null' : typeof document}`);
    }
    const keys = Object.keys(parsed.data).filter((k) => k !== 'sample_spec');
    if (keys.length === 0) throw new SyncError('empty', 'LiteLLM: the price file has no entries');
    const entries: SourceEntry[] = [];
    const skipped: Record<string, number> = {};
    const skip = (reason: string) => (skipped[reason] = (skipped[reason] ?? 0) + 1);
    for (const key of keys) {
      const raw = parsed.data[key];
      const entry = Entry.safeParse(raw);
      if (!entry.success) {
        throw new SyncError('shape', `LiteLLM: entry ${JSON.stringify(key)} is not an object with a litellm_provider string`);
      }
      const provider = PROVIDERS[entry.data.litellm_provider];
      if (provider === undefined) {
        skip(RESELLER.test(entry.data.litellm_provider) ? 'reseller route' : 'other provider');
        continue;
      }
      if (key.startsWith('ft:')) {
        skip('fine-tuned model');
        continue;
      }
      const prices: FieldPrices = {};
      for (const [name, value] of Object.entries(entry.data)) {
        const where = `LiteLLM ${key}: ${name}`;
        const base = BASE[name];
        if (base) {
          prices[base] = perMillionFromPerToken(value, where);
          continue;
        }
        const tier = TIER_KEY.exec(name);
        if (tier) prices[tierField(Number(tier[2]) * 1000, TIER_BASE[tier[1] as string] as TierField)] = perMillionFromPerToken(value, where);
      }
      const mode = entry.data.mode;
      entries.push({
        id: key,
        provider,
        name: key,
        prices,
        kind: mode,
        looksLikeModel: (mode === undefined || MODEL_MODES.has(mode)) && prices.input !== undefined && prices.output !== undefined,
      });
    }
    return { entries, total: keys.length, skipped };
  },
};
