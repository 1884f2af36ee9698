// OpenRouter's models API (GET https://openrouter.ai/api/v1/models): {"data": [{id, pricing, …}]}, prices in USD per
// token as decimal strings.
//
// Read: ids under a catalog provider's vendor prefix (openai/, x-ai/, meta-llama/, z-ai/, …; see ../providers.ts);
// every other vendor is skipped. "<id>:batch" is the Batch API price of <id> (prompt → batchInput, completion →
// batchOutput). Other variants (":free", ":online", ":nitro", …) are ways of buying a model, mapped only when the
// catalog lists that exact id as an OpenRouter route (compare.ts decides).
//
// Fields: prompt → input, completion → output, input_cache_read → cachedInput, input_cache_write → cacheWrite5m
// (except Google, whose figure OpenRouter derives from Gemini's cache storage, not a 5-minute write),
// input_cache_write_1h → cacheWrite1h. `overrides` with `min_prompt_tokens` N are long-context tiers
// ("tier>N.input", …); overrides without it (DeepSeek's `utc_start`/`utc_end` time-of-day windows) are not compared.
// Image, audio, web-search and reasoning prices are not compared; entries without text output (transcription) are
// skipped, their prices being per audio, not per token.
import { z } from 'zod';
import { tierField, type TierField } from '../../digest/fields.ts';
import { perMillionFromPerToken, SyncError, type Adapter, type FieldPrices, type ReadDocument, type SourceEntry } from '../types.ts';
import { checkDocument, checkPart, readPrices, tally } from './read.ts';
import { openrouterFacts } from '../facts.ts';
import { ORIGINAL_PROVIDERS, providerLookup, type ProviderLookup } from '../providers.ts';

export const OPENROUTER_URL = 'https://openrouter.ai/api/v1/models';

const Price = z.union([z.string(), z.number()]).optional();
const Override = z.looseObject({
  min_prompt_tokens: z.number().int().positive().optional(),
  prompt: Price,
  completion: Price,
  input_cache_read: Price,
  input_cache_write: Price,
  input_cache_write_1h: Price,
});
const Pricing = z.looseObject({
  prompt: z.union([z.string(), z.number()]),
  completion: z.union([z.string(), z.number()]),
  input_cache_read: Price,
  input_cache_write: Price,
  input_cache_write_1h: Price,
  overrides: z.array(Override).optional(),
});
const Document = z.looseObject({ data: z.array(z.looseObject({ id: z.string().min(1) })) });
const OwnEntry = z.looseObject({ id: z.string(), pricing: Pricing });

const FIELDS: [key: 'prompt' | 'completion' | 'input_cache_read' | 'input_cache_write' | 'input_cache_write_1h', field: TierField][] = [
  ['prompt', 'input'],
  ['input_cache_read', 'cachedInput'],
  ['input_cache_write', 'cacheWrite5m'],
  ['input_cache_write_1h', 'cacheWrite1h'],
  ['completion', 'output'],
];

/**
 * The prices of one entry, each checked (even where not compared, so a malformed price anywhere refuses the sync).
 * Google's input_cache_write is OpenRouter's figure for Gemini's cache storage, not a 5-minute write: not compared.
 */
function pricesOf(pricing: z.infer<typeof Pricing>, entry: { variant: string | undefined; provider: string; where: (key: string) => string }): FieldPrices {
  const { where } = entry;
  const prices: FieldPrices = {};
  const compared = (key: string) => !(key === 'input_cache_write' && entry.provider === 'google');
  if (entry.variant === 'batch') {
    readPrices(
      pricing,
      FIELDS,
      (value, key) => perMillionFromPerToken(value, where(key)),
      () => undefined,
    );
    prices.batchInput = perMillionFromPerToken(pricing.prompt, where('prompt'));
    prices.batchOutput = perMillionFromPerToken(pricing.completion, where('completion'));
    return prices;
  }
  readPrices(
    pricing,
    FIELDS,
    (value, key) => perMillionFromPerToken(value, where(key)),
    (field, usd, key) => {
      if (compared(key)) prices[field] = usd;
    },
  );
  (pricing.overrides ?? []).forEach((override, i) => {
    // Overrides without a prompt threshold are time-of-day windows, not long-context tiers.
    const above = override.min_prompt_tokens;
    readPrices(
      override,
      FIELDS,
      (value, key) => perMillionFromPerToken(value, where(`overrides[${i}].${key}`)),
      (field, usd, key) => {
        if (above !== undefined && compared(key)) prices[tierField(above, field)] = usd;
      },
    );
  });
  return prices;
}

const ORIGINAL = providerLookup(ORIGINAL_PROVIDERS, 'openrouter');

export const openrouter: Adapter = {
  id: 'openrouter',
  label: 'OpenRouter',
  defaultUrl: OPENROUTER_URL,
  read(document: unknown, providers: ProviderLookup = ORIGINAL): ReadDocument {
    const data = checkDocument(Document, document, 'OpenRouter', '{"data": [{"id": …, "pricing": …}, …]}').data;
    if (data.length === 0) throw new SyncError('empty', 'OpenRouter: the model list is empty ("data": [])');
    const entries: SourceEntry[] = [];
    const skipped: Record<string, number> = {};
    data.forEach((raw, index) => {
      const slash = raw.id.indexOf('/');
      const found = slash > 0 ? providers(raw.id.slice(0, slash), raw.id) : undefined;
      if (found === undefined || 'reseller' in found) {
        tally(skipped, 'other provider');
        return;
      }
      const { provider } = found;
      // Transcription and other non-text outputs are priced per audio second or request, not per token.
      const outputs = (raw.architecture as { output_modalities?: unknown } | undefined)?.output_modalities;
      if (Array.isArray(outputs) && !outputs.includes('text')) {
        tally(skipped, 'not a text model');
        return;
      }
      const own = checkPart(OwnEntry, raw, 'OpenRouter', `data[${index}] (${raw.id})`);
      const colon = raw.id.lastIndexOf(':');
      const variant = colon > slash ? raw.id.slice(colon + 1) : undefined;
      const prices = pricesOf(own.pricing, { variant, provider, where: (key) => `OpenRouter ${raw.id}: pricing.${key}` });
      entries.push({
        id: raw.id,
        provider,
        name: variant === undefined ? raw.id : raw.id.slice(0, colon),
        variant,
        prices,
        facts: openrouterFacts(raw),
        looksLikeModel: variant === undefined,
      });
    });
    return { entries, total: data.length, skipped };
  },
};
