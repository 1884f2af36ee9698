// Which catalog provider a source's entry belongs to, for every provider the catalog has.
//
// Each source names providers in its own way: LiteLLM by `litellm_provider` ("gemini", "dashscope", "meta_llama"),
// OpenRouter by the id's vendor prefix ("x-ai", "meta-llama", "z-ai"), models.dev by its provider key ("xai",
// "alibaba", "zai"). The keys come from one place per provider: the six original providers below, and the generated
// providers' specs (generate.ts PROVIDER_SPECS); a provider added to the catalog by hand is found by its id and the
// `prefixes` its file lists. Only providers the catalog has are read. Hosts and resellers (LiteLLM's azure, bedrock,
// vertex_ai-*; models.dev's togetherai, amazon-bedrock…) sell other vendors' models: their entries are routes, never a
// provider's own price, so they are never mapped to a provider here. A key a provider shares with another vendor's
// models (models.dev's "alibaba" also lists GLM and DeepSeek) is read only for the ids the spec calls its own.
import type { Catalog } from '../catalog/validate.ts';
import { HOSTS, PROVIDER_SPECS } from './provider-specs.ts';
import type { SourceId } from './types.ts';

/** How each source names a provider's own API. */
interface SourceKeys {
  provider: string;
  litellm: readonly string[];
  openrouter: readonly string[];
  modelsdev: readonly string[];
  /** Which ids under these keys are the provider's own models (absent: all). */
  ownIds?: RegExp;
}

/** The six providers the sync started with, and the LiteLLM keys of generated providers (their specs do not carry them). */
const ORIGINAL: readonly SourceKeys[] = [
  { provider: 'openai', litellm: ['openai'], openrouter: ['openai'], modelsdev: ['openai'] },
  { provider: 'anthropic', litellm: ['anthropic'], openrouter: ['anthropic'], modelsdev: ['anthropic'] },
  { provider: 'google', litellm: ['gemini'], openrouter: ['google'], modelsdev: ['google'] },
  { provider: 'xai', litellm: ['xai'], openrouter: ['x-ai'], modelsdev: ['xai'] },
  { provider: 'deepseek', litellm: ['deepseek'], openrouter: ['deepseek'], modelsdev: ['deepseek'] },
  { provider: 'mistral', litellm: ['mistral'], openrouter: ['mistralai'], modelsdev: ['mistral'] },
];

/** LiteLLM's names for the generated providers' own APIs. */
const LITELLM_KEYS: Record<string, readonly string[]> = {
  qwen: ['dashscope'],
  moonshot: ['moonshot'],
  zhipu: ['zai'],
  minimax: ['minimax'],
  cohere: ['cohere', 'cohere_chat'],
  perplexity: ['perplexity'],
  ai21: ['ai21'],
  meta: ['meta_llama', 'meta'],
  amazon: ['amazon_nova'],
  tencent: ['tencent'],
  inception: ['inception'],
};

/** LiteLLM providers that resell other vendors' models: routes, not list prices. */
export const LITELLM_RESELLER =
  /^(azure|azure_ai|azure_text|bedrock|bedrock_converse|bedrock_mantle|vertex_ai|vertex_ai-|sagemaker|openrouter|github|snowflake|databricks|oci|watsonx|vercel_ai_gateway|fireworks_ai|together_ai|deepinfra|groq|cerebras|novita|nebius|baseten|cloudflare|ovhcloud|scaleway|replicate|nvidia_nim|sambanova|hyperbolic|lambda_ai|friendliai|featherless_ai|volcengine)/;
/** models.dev providers that host or resell other vendors' models. */
const MODELSDEV_RESELLER = new Set([...Object.keys(HOSTS), 'openrouter', 'azure', 'google-vertex', 'google-vertex-anthropic', 'amazon-bedrock', 'github-models', 'vercel']);

const KEYS: readonly SourceKeys[] = [
  ...ORIGINAL,
  ...PROVIDER_SPECS.map((s) => ({
    provider: s.id,
    litellm: LITELLM_KEYS[s.id] ?? [],
    openrouter: s.openrouter,
    modelsdev: s.modelsdev,
    ...(s.ownIds ? { ownIds: s.ownIds } : {}),
  })),
];

const field = (source: SourceId): 'litellm' | 'openrouter' | 'modelsdev' => (source === 'models.dev' ? 'modelsdev' : source);

/** What a source's provider key is: a catalog provider's own API (for which ids), a reseller, or another vendor. */
export type ProviderLookup = (key: string, id: string) => { provider: string } | { reseller: true } | undefined;

/**
 * The lookup for one source over the catalog's providers. `key` is the source's provider key, `id` the entry's id
 * (checked against a spec's own ids where the key lists other vendors' models too).
 */
export function providerLookup(catalog: Pick<Catalog, 'providers'>, source: SourceId): ProviderLookup {
  const have = new Set(catalog.providers.map((p) => p.id));
  const byKey = new Map<string, SourceKeys[]>();
  for (const k of KEYS) {
    if (!have.has(k.provider)) continue;
    for (const key of k[field(source)]) byKey.set(key, [...(byKey.get(key) ?? []), k]);
  }
  // A provider added by hand (no keys above): its id and the prefixes its file lists. A provider with keys is read
  // under those alone (NVIDIA's models.dev key is its NIM host, which sells other vendors' models).
  const known = new Set(KEYS.map((k) => k.provider));
  const byPrefix = new Map<string, string>();
  for (const p of catalog.providers) {
    if (known.has(p.id)) continue;
    for (const key of [p.id, ...p.prefixes]) if (!byPrefix.has(key.toLowerCase())) byPrefix.set(key.toLowerCase(), p.id);
  }
  const reseller = (key: string) => (source === 'litellm' ? LITELLM_RESELLER.test(key) : source === 'models.dev' ? MODELSDEV_RESELLER.has(key) : false);
  return (rawKey, id) => {
    const key = rawKey.toLowerCase();
    const listed = byKey.get(key);
    if (listed) {
      const own = listed.find((k) => !k.ownIds || k.ownIds.test(id.toLowerCase().slice(id.lastIndexOf('/') + 1)));
      return own ? { provider: own.provider } : undefined;
    }
    if (reseller(key)) return { reseller: true };
    const provider = byPrefix.get(key);
    return provider ? { provider } : undefined;
  };
}

/** The lookup of the six original providers: what an adapter reads when no catalog is given (tests of one document). */
export const ORIGINAL_PROVIDERS: Pick<Catalog, 'providers'> = {
  providers: ORIGINAL.map((k) => ({ id: k.provider, name: k.provider, website: 'https://example.com', pricingUrl: 'https://example.com', prefixes: [] })),
};
