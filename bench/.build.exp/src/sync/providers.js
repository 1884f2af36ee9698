import { HOSTS, PROVIDER_SPECS } from './provider-specs.js';
const ORIGINAL = [
    { provider: 'openai', litellm: ['openai'], openrouter: ['openai'], modelsdev: ['openai'] },
    { provider: 'anthropic', litellm: ['anthropic'], openrouter: ['anthropic'], modelsdev: ['anthropic'] },
    { provider: 'google', litellm: ['gemini'], openrouter: ['google'], modelsdev: ['google'] },
    { provider: 'xai', litellm: ['xai'], openrouter: ['x-ai'], modelsdev: ['xai'] },
    { provider: 'deepseek', litellm: ['deepseek'], openrouter: ['deepseek'], modelsdev: ['deepseek'] },
    { provider: 'mistral', litellm: ['mistral'], openrouter: ['mistralai'], modelsdev: ['mistral'] },
];
const LITELLM_KEYS = {
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
export const LITELLM_RESELLER = /^(azure|azure_ai|azure_text|bedrock|bedrock_converse|bedrock_mantle|vertex_ai|vertex_ai-|sagemaker|openrouter|github|snowflake|databricks|oci|watsonx|vercel_ai_gateway|fireworks_ai|together_ai|deepinfra|groq|cerebras|novita|nebius|baseten|cloudflare|ovhcloud|scaleway|replicate|nvidia_nim|sambanova|hyperbolic|lambda_ai|friendliai|featherless_ai|volcengine)/;
const MODELSDEV_RESELLER = new Set([...Object.keys(HOSTS), 'openrouter', 'azure', 'google-vertex', 'google-vertex-anthropic', 'amazon-bedrock', 'github-models', 'vercel']);
const KEYS = [
    ...ORIGINAL,
    ...PROVIDER_SPECS.map((s) => ({
        provider: s.id,
        litellm: LITELLM_KEYS[s.id] ?? [],
        openrouter: s.openrouter,
        modelsdev: s.modelsdev,
        ...(s.ownIds ? { ownIds: s.ownIds } : {}),
    })),
];
const field = (source) => (source === 'models.dev' ? 'modelsdev' : source);
export function providerLookup(catalog, source) {
    const have = new Set(catalog.providers.map((p) => p.id));
    const byKey = new Map();
    for (const k of KEYS) {
        if (!have.has(k.provider))
            continue;
        for (const key of k[field(source)])
            byKey.set(key, [...(byKey.get(key) ?? []), k]);
    }
    const known = new Set(KEYS.map((k) => k.provider));
    const byPrefix = new Map();
    for (const p of catalog.providers) {
        if (known.has(p.id))
            continue;
        for (const key of [p.id, ...p.prefixes])
            if (!byPrefix.has(key.toLowerCase()))
                byPrefix.set(key.toLowerCase(), p.id);
    }
    const reseller = (key) => (source === 'litellm' ? LITELLM_RESELLER.test(key) : source === 'models.dev' ? MODELSDEV_RESELLER.has(key) : false);
    return (rawKey, id) => {
        const key = rawKey.toLowerCase();
        const listed = byKey.get(key);
        if (listed) {
            const own = listed.find((k) => !k.ownIds || k.ownIds.test(id.toLowerCase().slice(id.lastIndexOf('/') + 1)));
            return own ? { provider: own.provider } : undefined;
        }
        if (reseller(key))
            return { reseller: true };
        const provider = byPrefix.get(key);
        return provider ? { provider } : undefined;
    };
}
export const ORIGINAL_PROVIDERS = {
    providers: ORIGINAL.map((k) => ({ id: k.provider, name: k.provider, website: 'https://example.com', pricingUrl: 'https://example.com', prefixes: [] })),
};
//# sourceMappingURL=providers.js.map