import { z } from 'zod';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
export function showValue(value) {
    if (value === undefined)
        return 'nothing';
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    return String(value);
}
const expected = (what) => ({ error: (issue) => `expected ${what}, got ${showValue(issue.input)}` });
export const IsoDate = z
    .string(expected('a date like 2026-03-17'))
    .regex(/^\d{4}-\d{2}-\d{2}$/, expected('a date like 2026-03-17'))
    .refine((s) => isValid(parseISO(s)), expected('a real calendar date'));
export const MonthOrDate = z
    .string(expected('a month like 2025-08 or a date like 2025-08-31'))
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, expected('a month like 2025-08 or a date like 2025-08-31'))
    .refine((s) => isValid(parseISO(s)), expected('a real month or date'));
export const Usd = z.number(expected('a number ≥ 0')).nonnegative(expected('a number ≥ 0')).finite().max(10_000, expected('at most 10000 (USD per 1M tokens)'));
const Tokens = z.number(expected('a whole number of tokens > 0')).int(expected('a whole number of tokens > 0')).positive(expected('a whole number of tokens > 0'));
export const Source = z.strictObject({
    url: z.url(expected('a URL')),
    via: z.string().min(1).optional(),
});
const sourced = { source: Source, checked: IsoDate };
export const CAPABILITIES = [
    'vision',
    'reasoning',
    'function-calling',
    'tool-use',
    'structured-outputs',
    'code-execution',
    'web-search',
    'computer-use',
    'prompt-caching',
    'batch-api',
    'fine-tuning',
];
export const Capability = z.enum(CAPABILITIES, expected(`one of ${CAPABILITIES.join(', ')}`));
export const MODALITIES = ['text', 'image', 'audio', 'video', 'pdf', 'embedding'];
export const Modality = z.enum(MODALITIES, expected(`one of ${MODALITIES.join(', ')}`));
export const STATUSES = ['active', 'preview', 'deprecated'];
export const Status = z.enum(STATUSES, expected(`one of ${STATUSES.join(', ')}`));
export const SERVICE_TIERS = ['priority', 'flex', 'fast'];
export const ServiceTierName = z.enum(SERVICE_TIERS, expected(`one of ${SERVICE_TIERS.join(', ')}`));
export const LongContextTier = z.strictObject({
    above: Tokens,
    inclusive: z.boolean().default(false),
    input: Usd,
    cachedInput: Usd.optional(),
    cacheWrite5m: Usd.optional(),
    cacheWrite1h: Usd.optional(),
    output: Usd,
});
export const ServiceTierPrices = z.strictObject({
    input: Usd,
    cachedInput: Usd.optional(),
    cacheWrite5m: Usd.optional(),
    output: Usd,
});
export const PriceEntry = z.strictObject({
    from: IsoDate,
    input: Usd,
    cachedInput: Usd.optional(),
    cacheWrite5m: Usd.optional(),
    cacheWrite1h: Usd.optional(),
    output: Usd,
    batchInput: Usd.optional(),
    batchOutput: Usd.optional(),
    tiers: z.array(LongContextTier).default([]),
    serviceTiers: z.partialRecord(ServiceTierName, ServiceTierPrices).default({}),
    note: z.string().min(1).optional(),
    host: z
        .string()
        .regex(/^[a-z0-9-]+$/, expected('a host id such as openrouter'))
        .optional(),
    free: z.literal(true).optional(),
    ...sourced,
});
const holdsUsd = (field) => field === Usd || (field instanceof z.ZodOptional && field.unwrap() === Usd);
export const PRICE_FIELDS = Object.entries(PriceEntry.shape)
    .filter(([, field]) => holdsUsd(field))
    .map(([key]) => key);
export const PRICE_FIELD_LABELS = {
    input: 'input',
    cachedInput: 'cached input',
    cacheWrite5m: 'cache write (5 min)',
    cacheWrite1h: 'cache write (1 hour)',
    output: 'output',
    batchInput: 'batch input',
    batchOutput: 'batch output',
};
export const SELDOM_PRICED = ['cacheWrite5m', 'cacheWrite1h'];
export function priceFieldsOf(schema) {
    return PRICE_FIELDS.filter((field) => field in schema.shape);
}
export const REPORTERS = ['independent', 'vendor'];
export const BenchmarkRun = z.strictObject({
    tasks: z.number().int().positive(),
    totalCostUsd: z.number(expected('a cost in USD > 0')).positive(expected('a cost in USD > 0')).finite(),
    date: IsoDate,
});
export const BenchmarkScore = z.strictObject({
    id: z.string().min(1),
    score: z.number(expected('a score')).finite(),
    setting: z.string().min(1).optional(),
    reportedBy: z.enum(REPORTERS).optional(),
    ci: z.strictObject({ low: z.number().finite(), high: z.number().finite() }).optional(),
    votes: z.number().int().positive().optional(),
    run: BenchmarkRun.optional(),
    ...sourced,
});
export const Speed = z.strictObject({
    outputTokensPerSecond: z.number().positive().optional(),
    timeToFirstTokenSeconds: z.number().positive().optional(),
    ...sourced,
});
export const HOST_NAMES = {
    direct: 'the provider',
    openrouter: 'OpenRouter',
    azure: 'Azure',
    bedrock: 'Amazon Bedrock',
    'amazon-bedrock': 'Amazon Bedrock',
    vertex: 'Google Vertex AI',
    'google-vertex': 'Google Vertex AI',
    togetherai: 'Together AI',
    'fireworks-ai': 'Fireworks AI',
    groq: 'Groq',
    deepinfra: 'DeepInfra',
    cerebras: 'Cerebras',
    nebius: 'Nebius',
    baseten: 'Baseten',
    'novita-ai': 'Novita AI',
    siliconflow: 'SiliconFlow',
    huggingface: 'Hugging Face',
    'cloudflare-workers-ai': 'Cloudflare Workers AI',
    friendli: 'Friendli',
    chutes: 'Chutes',
    scaleway: 'Scaleway',
    ovhcloud: 'OVHcloud',
    nvidia: 'NVIDIA NIM',
};
export const ROUTE_PLATFORMS = ['openrouter', 'azure', 'bedrock', 'vertex', 'direct'];
export const HostId = z.string(expected('a host id')).regex(/^[a-z0-9][a-z0-9.-]*$/, expected('a lower-case host id such as groq or fireworks-ai'));
export function hostName(id) {
    return HOST_NAMES[id] ?? id;
}
export const Route = z.strictObject({
    platform: HostId,
    id: z.string().min(1),
    input: Usd.optional(),
    cachedInput: Usd.optional(),
    cacheWrite5m: Usd.optional(),
    output: Usd.optional(),
    free: z.literal(true).optional(),
    batch: z.literal(true).optional(),
    ...sourced,
});
export const SURFACES = ['codex-local', 'codex-cloud', 'codex-code-review'];
export const Surface = z.strictObject({
    id: z.enum(SURFACES, expected(`one of ${SURFACES.join(', ')}`)),
    available: z.boolean(),
    creditsPerTask: z.number().positive().optional(),
    ...sourced,
});
export const RateLimits = z.strictObject({
    tokensPerMinute: z.record(z.string().regex(/^tier-\d$/), Tokens),
    ...sourced,
});
export const Parameters = z.strictObject({
    totalBillions: z.number().positive(),
    activeBillions: z.number().positive().optional(),
    ...sourced,
});
export const Model = z.strictObject({
    id: z.string(expected('a model id')).regex(/^[a-z0-9][a-z0-9._:-]*$/, expected('a lower-case API id such as gpt-4.1-mini')),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    snapshots: z.array(z.string().min(1)).default([]),
    family: z.string().min(1),
    released: IsoDate.optional(),
    knowledgeCutoff: MonthOrDate.optional(),
    status: Status,
    deprecated: IsoDate.optional(),
    retires: IsoDate.optional(),
    replacement: z.string().optional(),
    contextWindow: Tokens,
    maxInput: Tokens.optional(),
    maxOutput: Tokens.optional(),
    modalities: z.strictObject({ input: z.array(Modality).min(1), output: z.array(Modality).min(1) }),
    capabilities: z.partialRecord(Capability, z.boolean()).default({}),
    license: z.string().min(1),
    openWeights: z.boolean(),
    parameters: Parameters.optional(),
    pricing: z.array(PriceEntry).min(1, { error: 'expected at least one price entry' }),
    benchmarks: z.array(BenchmarkScore).default([]),
    speed: Speed.optional(),
    routes: z.array(Route).default([]),
    surfaces: z.array(Surface).default([]),
    rateLimits: RateLimits.optional(),
    notes: z.string().optional(),
    specSource: Source,
    specChecked: IsoDate,
});
export const Provider = z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    website: z.url(),
    pricingUrl: z.url(),
    prefixes: z.array(z.string().min(1)).default([]),
});
export const OUT_OF_SCOPE_KINDS = ['image', 'embedding', 'speech', 'transcription', 'video', 'music', 'moderation', 'rerank'];
export const OutOfScopeModel = z.strictObject({
    id: z.string().min(1),
    kind: z.enum(OUT_OF_SCOPE_KINDS, expected(`one of ${OUT_OF_SCOPE_KINDS.join(', ')}`)),
    source: Source.optional(),
});
export const ProviderFile = z.strictObject({
    provider: Provider,
    models: z.array(Model),
    outOfScope: z.array(OutOfScopeModel).default([]),
});
export const Benchmark = z.strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    aliases: z.array(z.string().min(1)).default([]),
    measures: z.string().min(1),
    scale: z.strictObject({
        unit: z.enum(['percent', 'index', 'elo']),
        min: z.number(),
        max: z.number().optional(),
        higherIsBetter: z.boolean().default(true),
    }),
    publishedBy: z.string().min(1),
    url: z.url(),
    terms: z.enum(['open', 'attribution-only']).default('open'),
});
export const EvidenceFile = z.strictObject({
    evidence: z.string().min(1),
    license: z.string().min(1).optional(),
    models: z.record(z.string().min(1), z.array(BenchmarkScore).min(1)),
});
export const BenchmarksFile = z.strictObject({ benchmarks: z.array(Benchmark).min(1) });
//# sourceMappingURL=schema.js.map