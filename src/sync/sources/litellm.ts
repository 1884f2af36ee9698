// LiteLLM's price file (BerriAI/litellm model_prices_and_context_window.json): one object keyed by model id,
// prices in USD per token as JSON numbers.
//
// Read: entries whose `litellm_provider` is a catalog provider's own API (openai, gemini, dashscope, moonshot, zai…;
// see ../providers.ts). Resellers and hosts (azure, bedrock, vertex_ai-*, fireworks_ai, together_ai, …) are routes,
// not the provider's own price: they are skipped (counted under skipped["reseller route"]). Fine-tuned-model prices
// ("ft:…") are skipped too. An id carries no provider prefix once read ("dashscope/qwen-max" is named "qwen-max").
//
// Fields: input_cost_per_token → input, output_cost_per_token → output, cache_read_input_token_cost → cachedInput,
// cache_creation_input_token_cost → cacheWrite5m, cache_creation_input_token_cost_above_1hr → cacheWrite1h,
// *_batches → batchInput/batchOutput, *_above_<N>k_tokens → long-context tier fields "tier><N000>.<field>".
// Flex/priority service tiers, per-image, per-audio and per-query prices are not compared.
import { z } from 'zod';
import { isTierField, tierField, type FieldName } from '../../digest/fields.ts';
import { perMillionFromPerToken, SyncError, type Adapter, type FieldPrices, type ReadDocument, type SourceEntry } from '../types.ts';
import { checkDocument, checkPart, tally } from './read.ts';
import { litellmFacts } from '../facts.ts';
import { LITELLM_RESELLER, ORIGINAL_PROVIDERS, providerLookup, type ProviderLookup } from '../providers.ts';

export const LITELLM_URL = 'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json';

/** LiteLLM's keys for the catalog's fields; those a tier also carries take a suffix "_above_<N>k_tokens". */
const BASE: Record<string, FieldName> = {
  input_cost_per_token: 'input',
  output_cost_per_token: 'output',
  cache_read_input_token_cost: 'cachedInput',
  cache_creation_input_token_cost: 'cacheWrite5m',
  cache_creation_input_token_cost_above_1hr: 'cacheWrite1h',
  input_cost_per_token_batches: 'batchInput',
  output_cost_per_token_batches: 'batchOutput',
};
const TIER_KEY = /^(\w+?)_above_(\d+)k_tokens$/;

/** The catalog field a LiteLLM key names, if it is one compared. */
function fieldOf(key: string): FieldName | undefined {
  const tier = TIER_KEY.exec(key);
  if (!tier) return BASE[key];
  const field = BASE[tier[1] as string];
  return isTierField(field) ? tierField(Number(tier[2]) * 1000, field) : undefined;
}

const Document = z.record(z.string(), z.unknown(), { error: 'expected a JSON object keyed by model id' });
const Entry = z.looseObject({ litellm_provider: z.string(), mode: z.string().optional() });

const MODEL_MODES = new Set(['chat', 'responses', 'completion']);

const ORIGINAL = providerLookup(ORIGINAL_PROVIDERS, 'litellm');

export const litellm: Adapter = {
  id: 'litellm',
  label: 'LiteLLM',
  defaultUrl: LITELLM_URL,
  read(document: unknown, providers: ProviderLookup = ORIGINAL): ReadDocument {
    const data = checkDocument(Document, document, 'LiteLLM', 'a JSON object keyed by model id');
    const keys = Object.keys(data).filter((k) => k !== 'sample_spec');
    if (keys.length === 0) throw new SyncError('empty', 'LiteLLM: the price file has no entries');
    const entries: SourceEntry[] = [];
    const skipped: Record<string, number> = {};
    for (const key of keys) {
      const raw = data[key];
      // Entries without a provider are the file's own settings (its "fallback_generalizations" rules), not models.
      if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && !('litellm_provider' in raw) && !('input_cost_per_token' in raw)) {
        tally(skipped, 'not a model entry');
        continue;
      }
      const entry = checkPart(Entry, raw, 'LiteLLM', `entry ${JSON.stringify(key)}`);
      const found = providers(entry.litellm_provider, key);
      if (found === undefined || 'reseller' in found) {
        tally(skipped, found ? 'reseller route' : LITELLM_RESELLER.test(entry.litellm_provider) ? 'reseller route' : 'other provider');
        continue;
      }
      const { provider } = found;
      if (key.startsWith('ft:')) {
        tally(skipped, 'fine-tuned model');
        continue;
      }
      const prices: FieldPrices = {};
      for (const [name, value] of Object.entries(entry)) {
        const field = fieldOf(name);
        if (field) prices[field] = perMillionFromPerToken(value, `LiteLLM ${key}: ${name}`);
      }
      const mode = entry.mode;
      const prefix = `${entry.litellm_provider}/`;
      entries.push({
        id: key,
        provider,
        name: key.toLowerCase().startsWith(prefix.toLowerCase()) ? key.slice(prefix.length) : key,
        prices,
        kind: mode,
        facts: litellmFacts(raw),
        looksLikeModel: (mode === undefined || MODEL_MODES.has(mode)) && prices.input !== undefined && prices.output !== undefined,
      });
    }
    return { entries, total: keys.length, skipped };
  },
};
