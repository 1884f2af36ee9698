// The catalog's schema. The zod schemas are the types (z.infer); nothing here is duplicated by hand.
import { z } from 'zod';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';

/** Shows a bad value the way a person wrote it, for error messages. */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

const expected = (what: string) => ({ error: (issue: { input?: unknown }) => `expected ${what}, got ${showValue(issue.input)}` });

export const IsoDate = z
  .string(expected('a date like 2026-03-17'))
  .regex(/^\d{4}-\d{2}-\d{2}$/, expected('a date like 2026-03-17'))
  .refine((s) => isValid(parseISO(s)), expected('a real calendar date'));

/** Knowledge cutoffs are published to the month or to the day. */
export const MonthOrDate = z
  .string(expected('a month like 2025-08 or a date like 2025-08-31'))
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, expected('a month like 2025-08 or a date like 2025-08-31'))
  .refine((s) => isValid(parseISO(s)), expected('a real month or date'));

/** USD per 1M tokens; no model charges anywhere near $10,000 per million, so a larger figure is a typo. */
export const Usd = z.number(expected('a number ≥ 0')).nonnegative(expected('a number ≥ 0')).finite().max(10_000, expected('at most 10000 (USD per 1M tokens)'));
const Tokens = z.number(expected('a whole number of tokens > 0')).int(expected('a whole number of tokens > 0')).positive(expected('a whole number of tokens > 0'));

export const Source = z.strictObject({
  /** Where the figure is published. */
  url: z.url(expected('a URL')),
  /** The dataset snapshot the figure came through, if any (e.g. "models.dev api.json, commit f3fc692, 2026-07-02"). */
  via: z.string().min(1).optional(),
});
export type Source = z.infer<typeof Source>;

/** Every published figure carries where it came from and when it was last confirmed there. */
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
] as const;
export const Capability = z.enum(CAPABILITIES, expected(`one of ${CAPABILITIES.join(', ')}`));
export type Capability = z.infer<typeof Capability>;

export const MODALITIES = ['text', 'image', 'audio', 'video', 'pdf', 'embedding'] as const;
export const Modality = z.enum(MODALITIES, expected(`one of ${MODALITIES.join(', ')}`));
export type Modality = z.infer<typeof Modality>;

/** The status a provider announces; `retired` is computed from `retires` on the date asked (lifecycle.ts). */
export const STATUSES = ['active', 'preview', 'deprecated'] as const;
export const Status = z.enum(STATUSES, expected(`one of ${STATUSES.join(', ')}`));

export const SERVICE_TIERS = ['priority', 'flex', 'fast'] as const;
export const ServiceTierName = z.enum(SERVICE_TIERS, expected(`one of ${SERVICE_TIERS.join(', ')}`));
export type ServiceTierName = z.infer<typeof ServiceTierName>;

/** Prices that replace the base prices for the whole request once the prompt crosses `above` tokens. */
export const LongContextTier = z.strictObject({
  above: Tokens,
  /** xAI counts a prompt of exactly `above` tokens as inside the tier; most providers need more than `above`. */
  inclusive: z.boolean().default(false),
  input: Usd,
  cachedInput: Usd.optional(),
  cacheWrite5m: Usd.optional(),
  cacheWrite1h: Usd.optional(),
  output: Usd,
});
export type LongContextTier = z.infer<typeof LongContextTier>;

export const ServiceTierPrices = z.strictObject({
  input: Usd,
  cachedInput: Usd.optional(),
  cacheWrite5m: Usd.optional(),
  output: Usd,
});
export type ServiceTierPrices = z.infer<typeof ServiceTierPrices>;

/** One period of a model's price list, applying from `from` (inclusive) until the next entry's `from`. */
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
  /** Why this period started, when it is a vendor change (a data correction is not a period). */
  note: z.string().min(1).optional(),
  /**
   * The host whose price this is, when the provider sells no API of its own and the entry is a host's price
   * (e.g. "openrouter" for an open-weight model); absent = the provider's own price.
   */
  host: z
    .string()
    .regex(/^[a-z0-9-]+$/, expected('a host id such as openrouter'))
    .optional(),
  /** A free or rate-limited endpoint (OpenRouter's ":free", a promotional $0): not a price a team can plan on. */
  free: z.literal(true).optional(),
  ...sourced,
});
export type PriceEntry = z.infer<typeof PriceEntry>;

type PriceEntryShape = typeof PriceEntry.shape;
/** A price field of an entry: a key of PriceEntry that holds USD per 1M tokens ("input", "cachedInput", …). */
export type PriceField = { [K in keyof PriceEntryShape]: PriceEntryShape[K] extends typeof Usd | z.ZodOptional<typeof Usd> ? K : never }[keyof PriceEntryShape];
const holdsUsd = (field: z.ZodType) => field === Usd || (field instanceof z.ZodOptional && field.unwrap() === Usd);
/** The price fields of a price entry, in the catalog's order, read from the schema. */
export const PRICE_FIELDS: readonly PriceField[] = Object.entries(PriceEntry.shape)
  .filter(([, field]) => holdsUsd(field))
  .map(([key]) => key as PriceField);
/** How answers say each price field. */
export const PRICE_FIELD_LABELS: Record<PriceField, string> = {
  input: 'input',
  cachedInput: 'cached input',
  cacheWrite5m: 'cache write (5 min)',
  cacheWrite1h: 'cache write (1 hour)',
  output: 'output',
  batchInput: 'batch input',
  batchOutput: 'batch output',
};
/** Price fields few providers sell (cache writes): answers list them where a model publishes them and leave them out elsewhere. */
export const SELDOM_PRICED: readonly PriceField[] = ['cacheWrite5m', 'cacheWrite1h'];
/** The price fields another schema of prices also carries (a long-context tier, a route), in the catalog's order. */
export function priceFieldsOf<S extends z.ZodRawShape>(schema: { shape: S }): Extract<PriceField, keyof S>[] {
  return PRICE_FIELDS.filter((field): field is Extract<PriceField, keyof S> => field in schema.shape);
}

/** Who published a score: the benchmark's own board or an independent run (`independent`), or the model's vendor (`vendor`). */
export const REPORTERS = ['independent', 'vendor'] as const;

/** A published run of a benchmark's whole task set, where its publisher says what the run cost. */
export const BenchmarkRun = z.strictObject({
  /** Tasks in the run (Aider's polyglot run: 225). */
  tasks: z.number().int().positive(),
  /** What the whole run cost, in USD, as the publisher reports it. */
  totalCostUsd: z.number(expected('a cost in USD > 0')).positive(expected('a cost in USD > 0')).finite(),
  /** The day the run was made. */
  date: IsoDate,
});
export type BenchmarkRun = z.infer<typeof BenchmarkRun>;

export const BenchmarkScore = z.strictObject({
  id: z.string().min(1),
  score: z.number(expected('a score')).finite(),
  /** The setting the score was measured in, when the publisher names one (e.g. "xhigh reasoning"). */
  setting: z.string().min(1).optional(),
  /** Absent = independent; `vendor` for a figure from the model's own launch post or model card. */
  reportedBy: z.enum(REPORTERS).optional(),
  /** The published confidence interval (LMArena: 95%). */
  ci: z.strictObject({ low: z.number().finite(), high: z.number().finite() }).optional(),
  /** Votes behind an arena score. */
  votes: z.number().int().positive().optional(),
  run: BenchmarkRun.optional(),
  ...sourced,
});
export type BenchmarkScore = z.infer<typeof BenchmarkScore>;

export const Speed = z.strictObject({
  outputTokensPerSecond: z.number().positive().optional(),
  timeToFirstTokenSeconds: z.number().positive().optional(),
  ...sourced,
});

/**
 * Hosts the catalog names in words; a route may name any other host id (lower case), which answers show as written.
 * The id is models.dev's provider key where it has one (togetherai, fireworks-ai, amazon-bedrock…).
 */
export const HOST_NAMES: Record<string, string> = {
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
/** Kept for readers of the older fixed list: the hosts every catalog answer already knew. */
export const ROUTE_PLATFORMS = ['openrouter', 'azure', 'bedrock', 'vertex', 'direct'] as const;
export const HostId = z.string(expected('a host id')).regex(/^[a-z0-9][a-z0-9.-]*$/, expected('a lower-case host id such as groq or fireworks-ai'));
/** How answers name a host. */
export function hostName(id: string): string {
  return HOST_NAMES[id] ?? id;
}

export const Route = z.strictObject({
  platform: HostId,
  /** The id the platform sells the model under. */
  id: z.string().min(1),
  /** Only where the route's price differs from the provider's own (a host's own price list). */
  input: Usd.optional(),
  cachedInput: Usd.optional(),
  cacheWrite5m: Usd.optional(),
  output: Usd.optional(),
  /** A free or rate-limited endpoint (OpenRouter's ":free"): listed, never ranked as a price unless free models are asked for. */
  free: z.literal(true).optional(),
  /** A batch endpoint (OpenRouter's ":batch"): its prices are Batch API prices, so no request is priced by them as standard. */
  batch: z.literal(true).optional(),
  ...sourced,
});
export type Route = z.infer<typeof Route>;

export const SURFACES = ['codex-local', 'codex-cloud', 'codex-code-review'] as const;
export const Surface = z.strictObject({
  id: z.enum(SURFACES, expected(`one of ${SURFACES.join(', ')}`)),
  available: z.boolean(),
  /** Average credits an average task uses on this surface, where published. */
  creditsPerTask: z.number().positive().optional(),
  ...sourced,
});
export type Surface = z.infer<typeof Surface>;

const UsageTier = z.string().regex(/^tier-\d$/, expected('a usage tier such as tier-1'));

export const RateLimits = z.strictObject({
  /** Tokens per minute by usage tier, e.g. {"tier-1": 500000} (input tokens where the provider limits input and output apart). */
  tokensPerMinute: z.record(UsageTier, Tokens),
  /** Output tokens per minute by usage tier, where the provider limits output apart. */
  outputTokensPerMinute: z.record(UsageTier, Tokens).optional(),
  /** Requests per minute by usage tier, where published. */
  requestsPerMinute: z.record(UsageTier, z.number(expected('a whole number of requests > 0')).int().positive()).optional(),
  ...sourced,
});

export const Parameters = z.strictObject({
  /** Billions of parameters. */
  totalBillions: z.number().positive(),
  activeBillions: z.number().positive().optional(),
  ...sourced,
});

export const Model = z.strictObject({
  id: z.string(expected('a model id')).regex(/^[a-z0-9][a-z0-9._:-]*$/, expected('a lower-case API id such as gpt-4.1-mini')),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** Dated snapshot ids the provider also serves under this model (e.g. gpt-4.1-mini-2025-04-14). */
  snapshots: z.array(z.string().min(1)).default([]),
  family: z.string().min(1),
  released: IsoDate.optional(),
  knowledgeCutoff: MonthOrDate.optional(),
  status: Status,
  deprecated: IsoDate.optional(),
  retires: IsoDate.optional(),
  /** The model the provider names as the replacement, when it does. */
  replacement: z.string().optional(),
  contextWindow: Tokens,
  maxInput: Tokens.optional(),
  maxOutput: Tokens.optional(),
  modalities: z.strictObject({ input: z.array(Modality).min(1), output: z.array(Modality).min(1) }),
  /** true = supported, false = not supported, absent = not published. */
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
  /** Facts a reader should know that fit no field (kept short). */
  notes: z.string().optional(),
  /** Where the model's specs (context, modalities, capabilities, dates) were read. */
  specSource: Source,
  specChecked: IsoDate,
});
export type Model = z.infer<typeof Model>;

export const Provider = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  website: z.url(),
  pricingUrl: z.url(),
  /**
   * Where the maker is headquartered, as an ISO 3166-1 alpha-2 code ("US", "CN", "FR"), with where that is stated: what
   * "non-Chinese models" or "made in Europe" filter on. Absent where the maker's public information does not settle it.
   */
  country: z
    .strictObject({
      code: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code in capitals, such as US, CN or FR'),
      ...sourced,
    })
    .optional(),
  /** Vendor prefixes other catalogs put before this provider's ids ("x-ai/", "xai/", "gemini/"). */
  prefixes: z.array(z.string().min(1)).default([]),
});
export type Provider = z.infer<typeof Provider>;

/** A model of the provider that Model Scout does not cover (image, embedding, speech, video…): named so answers can say so. */
export const OUT_OF_SCOPE_KINDS = ['image', 'embedding', 'speech', 'transcription', 'video', 'music', 'moderation', 'rerank'] as const;
export const OutOfScopeModel = z.strictObject({
  /** The provider's id, or a family prefix ending in "*" (e.g. "dall-e-*"). */
  id: z.string().min(1),
  kind: z.enum(OUT_OF_SCOPE_KINDS, expected(`one of ${OUT_OF_SCOPE_KINDS.join(', ')}`)),
  source: Source.optional(),
});
export type OutOfScopeModel = z.infer<typeof OutOfScopeModel>;

export const ProviderFile = z.strictObject({
  provider: Provider,
  models: z.array(Model),
  /** Models of this provider that are not text or multimodal chat models. */
  outOfScope: z.array(OutOfScopeModel).default([]),
});
export type ProviderFile = z.infer<typeof ProviderFile>;

export const Benchmark = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** Other names people use for it in questions ("swe-bench pro", "tbench"). */
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
  /**
   * The publisher's terms for its figures: `open` (may be redistributed with the source), or `attribution-only`
   * (shown with attribution; no lane may depend on such a benchmark alone).
   */
  terms: z.enum(['open', 'attribution-only']).default('open'),
});
export type Benchmark = z.infer<typeof Benchmark>;

/**
 * One file of data/evidence/: the scores one source published, keyed by catalog model id. Written by
 * `modelscout sync --source <source> --write`, merged into the models' benchmarks when the catalog loads.
 */
export const EvidenceFile = z.strictObject({
  /** The source's name as answers say it ("LMArena", "Aider polyglot leaderboard", "vendor launch posts"). */
  evidence: z.string().min(1),
  /** The licence or terms its figures are published under. */
  license: z.string().min(1).optional(),
  models: z.record(z.string().min(1), z.array(BenchmarkScore).min(1)),
});
export type EvidenceFile = z.infer<typeof EvidenceFile>;

export const BenchmarksFile = z.strictObject({ benchmarks: z.array(Benchmark).min(1) });
