// Questions about one field of the catalog, answered model by model: when a model retires, its rate limits, one
// benchmark's score, its batch price, its maximum input or context, a capability, whether a host sells it. Each fact
// says where it was read and when it was checked — or that the catalog does not record it. Never a whole model card.
import { quotedPrice, scheduledChanges } from '../catalog/history.ts';
import { statusOn } from '../catalog/lifecycle.ts';
import { CAPABILITIES, hostName, SERVICE_TIERS, type Capability, type PriceEntry, type Source } from '../catalog/schema.ts';
import { providerName, type Catalog, type CatalogModel } from '../catalog/validate.ts';
import { cheaperBy, count, money, perMillion, price, times, wordList } from '../cost/format.ts';
import { PRICE_BOUNDS, type RankFilters } from '../cost/rank.ts';
import { ONE_WORKLOAD, taskCosts } from '../catalog/runs.ts';
import { maxInputOf, scoreOf, scoreText } from '../catalog/needs.ts';

export interface Fact {
  model: string;
  name: string;
  /** For yes-or-no questions (a capability, a host): the answer; null for other fields, or when not recorded. */
  answer: 'yes' | 'no' | null;
  /** Whether the catalog records the field for this model. */
  recorded: boolean;
  /** The value in words ("retires on 2026-10-28"); empty when not recorded. */
  value: string;
  /** More that a reader should know (the replacement, a benchmark's setting, the host's model id). */
  details: string[];
  source: (Source & { checked: string }) | null;
}

export interface FactAnswer {
  kind: 'fact';
  /** retirement, rate-limits, benchmark, batch-price, max-input, context, route, or a capability id. */
  attribute: string;
  /** What was asked about, in words ("retirement", "SWE-Bench Pro", "Amazon Bedrock", "prompt caching"). */
  subject: string;
  question: string;
  asOf: string;
  facts: Fact[];
  /** Which models were answered when none was named ("which models have the highest rate limits?"), in words. */
  scope?: string;
  /** A benchmark asked of several models: the scored ones, highest first (which is stronger, said before each fact). */
  ahead?: { benchmark: string; scores: { model: string; name: string; score: number; text: string }[] };
}

/** The attributes answered here (a capability id is answered here too). */
export const FACT_ATTRIBUTES = [
  'retirement',
  'rate-limits',
  'benchmark',
  'batch-price',
  'tier-price',
  'price-schedule',
  'price-bound',
  'max-input',
  'route',
  'surface',
  'free-endpoint',
] as const;

/** A floor or a cap on a price per 1M tokens, blended at a mix or on one side ("is gpt-5 mini under $1 per million?"). */
export type PriceBounds = Pick<RankFilters, (typeof PRICE_BOUNDS)[number]['min' | 'max']>;

export function isFactAttribute(attribute: string | null): boolean {
  return attribute !== null && ((FACT_ATTRIBUTES as readonly string[]).includes(attribute) || (CAPABILITIES as readonly string[]).includes(attribute));
}

const spec = (m: CatalogModel) => ({ ...m.specSource, checked: m.specChecked });
const notRecorded = (m: CatalogModel, details: string[] = []): Fact => ({ model: m.id, name: m.name, answer: null, recorded: false, value: '', details, source: null });

function retirement(m: CatalogModel, asOf: string): Fact {
  const status = statusOn(m, asOf);
  const details = m.replacement ? [`the provider names ${m.replacement} as its replacement`] : [];
  if (m.retires) {
    const value = status === 'retired' ? `retired on ${m.retires}` : `retires on ${m.retires}${m.deprecated ? ` (deprecated since ${m.deprecated})` : ''}`;
    return { model: m.id, name: m.name, answer: null, recorded: true, value, details, source: spec(m) };
  }
  if (status === 'deprecated' || m.deprecated)
    return {
      model: m.id,
      name: m.name,
      answer: null,
      recorded: true,
      value: `deprecated${m.deprecated ? ` since ${m.deprecated}` : ''}; no retirement date published`,
      details,
      source: spec(m),
    };
  // An active model with no announced date: the catalog records its status, not a retirement plan.
  return { ...notRecorded(m, [`status: ${status}; no deprecation or retirement has been announced in the catalog's sources`]), source: spec(m) };
}

/** A model's published limits in words, one part per measure: "tokens per minute by usage tier: tier-1 500,000, …". */
export function rateLimitWords(limits: NonNullable<CatalogModel['rateLimits']>): string[] {
  const byTier = (what: string, tiers: Record<string, number> | undefined) =>
    tiers === undefined
      ? []
      : [
          `${what} by usage tier: ${Object.entries(tiers)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([tier, n]) => `${tier} ${count(n)}`)
            .join(', ')}`,
        ];
  return [
    ...byTier(limits.outputTokensPerMinute ? 'input tokens per minute' : 'tokens per minute', limits.tokensPerMinute),
    ...byTier('output tokens per minute', limits.outputTokensPerMinute),
    ...byTier('requests per minute', limits.requestsPerMinute),
  ];
}

function rateLimits(m: CatalogModel): Fact {
  const limits = m.rateLimits;
  if (!limits) return notRecorded(m);
  return {
    model: m.id,
    name: m.name,
    answer: null,
    recorded: true,
    value: rateLimitWords(limits).join('; '),
    details: [],
    source: { ...limits.source, checked: limits.checked },
  };
}

/** A model's highest published limit, over its usage tiers. */
const topRateLimit = (m: CatalogModel): number => Math.max(...Object.values(m.rateLimits?.tokensPerMinute ?? {}));

/**
 * "Which models have the highest rate limits?": every model whose limits the catalog records (retired ones left out;
 * of the providers asked, when some are), highest top tier first. Each provider sets its own usage tiers, so the scope
 * says that one tier's number is no measure of another provider's.
 */
export function recordedRateLimits(catalog: Catalog, question: string, asOf: string, providers?: readonly string[]): FactAnswer {
  const inScope = catalog.models.filter((m) => statusOn(m, asOf) !== 'retired' && (providers === undefined || providers.includes(m.provider)));
  const recorded = inScope.filter((m) => m.rateLimits !== undefined).sort((a, b) => topRateLimit(b) - topRateLimit(a) || a.id.localeCompare(b.id));
  const whose = providers === undefined ? '' : ` from ${providers.map((id) => providerName(catalog, id)).join(' or ')}`;
  const models = `${whose} not retired on ${asOf}`;
  const scope =
    recorded.length === 0
      ? `The catalog records no rate limits for ${inScope.length === 1 ? 'the one model' : `any of the ${count(inScope.length)} models`}${models}; each provider's rate-limit page has them`
      : `The catalog records rate limits for ${inScope.length === 1 ? 'the one model' : `${count(recorded.length)} of the ${count(inScope.length)} models`}${models}${recorded.length > 1 ? ', listed by their highest tier first' : ''}. Each provider sets its own usage tiers (reached by spend and account age), so a tier's number at one provider is not the same account at another, and a model with none recorded is not unlimited`;
  // Most sources publish tokens a minute; asked about requests a minute, which models record them is said.
  const withRequests = recorded.filter((m) => m.rateLimits?.requestsPerMinute !== undefined);
  const requests =
    !/\b(?:rpm|requests? (?:per|a|an) minute)\b/i.test(question) || recorded.length === 0 || withRequests.length === recorded.length
      ? ''
      : withRequests.length === 0
        ? '; the limits recorded are tokens per minute, not requests per minute'
        : `; requests per minute are recorded for ${wordList(withRequests.map((m) => m.name))} only, tokens per minute for all`;
  return { kind: 'fact', attribute: 'rate-limits', subject: SUBJECTS['rate-limits'] as string, question, asOf, facts: recorded.map(rateLimits), scope: `${scope}${requests}` };
}

/** A model's best score on each benchmark the catalog carries, in words ("Aider polyglot 88.0%"). */
function scoresCarried(catalog: Catalog, m: CatalogModel): string[] {
  return [...new Set(m.benchmarks.map((b) => b.id))].map((id) => `${catalog.benchmarks.get(id)?.name ?? id} ${scoreText(catalog, id, scoreOf(m, id) as number)}`);
}

/**
 * A model's score on one benchmark. Every benchmark ("what benchmarks does X have?") when `id` is empty; one the
 * catalog does not carry ("MMLU") is said to be missing, beside the scores it does carry.
 */
function benchmark(catalog: Catalog, m: CatalogModel, id: string): Fact {
  const meta = catalog.benchmarks.get(id);
  if (!meta) {
    const carried = scoresCarried(catalog, m);
    if (id === '') {
      const [first, ...rest] = m.benchmarks;
      if (!first) return notRecorded(m);
      // Each score's own source: the first as the fact's, the others named beside it.
      const others = [...new Set(rest.map((b) => b.source.url).filter((url) => url !== first.source.url))];
      const details = others.length > 0 ? [`also from ${others.join(', ')}`] : [];
      return { model: m.id, name: m.name, answer: null, recorded: true, value: carried.join('; '), details, source: { ...first.source, checked: first.checked } };
    }
    return notRecorded(m, [
      carried.length > 0 ? `the catalog carries no ${id} scores; it has ${carried.join(', ')}` : `the catalog carries no ${id} scores, and none of its others for this model`,
    ]);
  }
  const scores = m.benchmarks.filter((b) => b.id === id);
  if (scores.length === 0) return notRecorded(m, ['untested']);
  const unit = meta?.scale.unit === 'percent' ? '%' : '';
  const [first, ...more] = scores;
  const said = (b: (typeof scores)[number]) => `${b.score}${unit}${b.setting ? ` (${b.setting})` : ''}`;
  return {
    model: m.id,
    name: m.name,
    answer: null,
    recorded: true,
    value: `${said(first as (typeof scores)[number])}${more.length > 0 ? `; also ${more.map(said).join('; ')}` : ''}`,
    // What a published run cost ("how much did the aider run cost?"), beside what the benchmark measures.
    details: [...(meta ? [`${meta.name} measures: ${meta.measures.replace(/\.$/, '')}`] : []), ...runCosts(catalog, m, id)],
    source: { ...(first as (typeof scores)[number]).source, checked: (first as (typeof scores)[number]).checked },
  };
}

/** What the published runs on a benchmark cost, in one detail: "runs cost $29.08 for 225 tasks ($0.13 per task; high, …) …". */
function runCosts(catalog: Catalog, m: CatalogModel, benchmark: string): string[] {
  const runs = taskCosts(catalog, m).filter((c) => c.benchmark === benchmark);
  if (runs.length === 0) return [];
  const each = runs.map((c) => `${money(c.totalCostUsd)} for ${c.tasks} tasks (${money(c.perTaskUsd)} per task; ${c.setting ? `${c.setting}, ` : ''}run of ${c.date})`);
  return [`${runs.length === 1 ? 'the published run cost' : 'the published runs cost'} ${each.join(', ')} — ${ONE_WORKLOAD}`];
}

/** What batch saves on each side: "50% cheaper on input and output", or each side's own. */
function batchDiscount(batchIn: number, input: number, batchOut: number, output: number): string {
  const onInput = cheaperBy(batchIn, input);
  const onOutput = cheaperBy(batchOut, output);
  return onInput === onOutput ? `${onInput} on input and output` : `${onInput} on input, ${onOutput} on output`;
}

function batchPrice(m: CatalogModel, asOf: string): Fact {
  const p = quotedPrice(m, asOf);
  if (p.batchInput === undefined || p.batchOutput === undefined) return { ...notRecorded(m, [`standard price: ${perMillion(p.input)} input, ${perMillion(p.output)} output`]) };
  return {
    model: m.id,
    name: m.name,
    answer: null,
    recorded: true,
    value: `${perMillion(p.batchInput)} input, ${perMillion(p.batchOutput)} output with the Batch API`,
    details: [`standard: ${perMillion(p.input)} input, ${perMillion(p.output)} output`, batchDiscount(p.batchInput, p.input, p.batchOutput, p.output)],
    source: { ...p.source, checked: p.checked },
  };
}

/** The service tiers a model is sold at (flex, priority, fast), each with its prices beside the standard and batch ones. */
function tierPrices(m: CatalogModel, asOf: string, question: string): Fact {
  const p = quotedPrice(m, asOf);
  const batch =
    p.batchInput !== undefined && p.batchOutput !== undefined ? `Batch API ${perMillion(p.batchInput)} input, ${perMillion(p.batchOutput)} output` : 'no batch price published';
  const standard = `standard: ${perMillion(p.input)} input, ${perMillion(p.output)} output; ${batch}`;
  const tiers = SERVICE_TIERS.flatMap((tier) => {
    const t = p.serviceTiers[tier];
    return t ? [`${tier} tier ${perMillion(t.input)} input, ${perMillion(t.output)} output`] : [];
  });
  if (tiers.length === 0) return notRecorded(m, [`no flex, priority or fast tier is published for it; ${standard}`]);
  // "Is flex cheaper than batch?" sets two ways of buying against each other: the prices answer it, not a yes.
  const weighed = /\b(?:cheaper|dearer|pricier|more expensive|less expensive|than|or|vs\.?|versus|compared)\b/i.test(question);
  return { model: m.id, name: m.name, answer: weighed ? null : 'yes', recorded: true, value: tiers.join('; '), details: [standard], source: { ...p.source, checked: p.checked } };
}

/** The price in force and each announced change after it, from the model's dated price history. */
function priceSchedule(m: CatalogModel, asOf: string): Fact {
  const now = quotedPrice(m, asOf);
  const ahead = scheduledChanges(m, asOf);
  const pair = (p: PriceEntry) => `${perMillion(p.input)} input, ${perMillion(p.output)} output`;
  const inForce = `${pair(now)} since ${now.from}${now.note ? ` (${now.note})` : ''}`;
  const last = ahead.at(-1);
  if (!last)
    return {
      model: m.id,
      name: m.name,
      answer: null,
      recorded: true,
      value: `${inForce}${pastChanges(m, now)}; no price change announced in the catalog's sources`,
      details: [],
      source: { ...now.source, checked: now.checked },
    };
  const changes = ahead.map((p) => `from ${p.from}: ${pair(p)}${p.note ? ` (${p.note})` : ''}`);
  return {
    model: m.id,
    name: m.name,
    answer: null,
    recorded: true,
    value: `${inForce}${pastChanges(m, now)}; ${changes.join('; ')}`,
    details: [],
    source: { ...last.source, checked: last.checked },
  };
}

/** How one price moved: "6% cheaper", "2× as much", "unchanged". */
function moved(before: number, after: number): string {
  if (after === before) return 'unchanged';
  return after < before ? cheaperBy(after, before) : `${times(after / before)} as much`;
}

/** What the price in force replaced, and when ("; last changed on 2026-10-10, from …: input 6% cheaper, output 20% cheaper"). */
function pastChanges(m: CatalogModel, now: PriceEntry): string {
  const before = m.pricing.filter((p) => p.from < now.from);
  const previous = before.at(-1);
  if (!previous) return `, the first price the catalog's sources record`;
  const earlier =
    before.length > 1
      ? `; earlier prices from ${before
          .slice(0, -1)
          .map((p) => p.from)
          .join(', ')}`
      : '';
  return `; last changed on ${now.from}, from ${perMillion(previous.input)} input, ${perMillion(previous.output)} output (from ${previous.from}): input ${moved(previous.input, now.input)}, output ${moved(previous.output, now.output)}${earlier}`;
}

/**
 * Whether a model's published price is within the bounds asked ("does gpt-5 cost more than $10 per million output?"):
 * yes or no for each price bounded, and no answer when it sits exactly on a bound (whether "more than $10" takes $10 in
 * is the asker's call, so the price is said instead).
 */
function priceBound(m: CatalogModel, asOf: string, bounds: PriceBounds, mix: { input: number; output: number }): Fact {
  const p = quotedPrice(m, asOf);
  const blended = (p.input * mix.input + p.output * mix.output) / (mix.input + mix.output);
  const checks = PRICE_BOUNDS.map((b) => ({
    name: b.side ?? `blended at ${mix.input}:${mix.output}`,
    value: b.side === 'input' ? p.input : b.side === 'output' ? p.output : Number(blended.toPrecision(12)),
    min: bounds[b.min],
    max: bounds[b.max],
  })).filter((c) => c.min !== undefined || c.max !== undefined);
  const said = checks.map((c) => {
    // A price asked exactly ("is gpt-4.1 priced at $2/$8?") is that price or not.
    const exactly = c.min !== undefined && c.min === c.max;
    const onBound = !exactly && (c.value === c.min || c.value === c.max);
    const within = (c.min === undefined || c.value >= c.min) && (c.max === undefined || c.value <= c.max);
    const where = exactly
      ? within
        ? `as asked`
        : `not the ${perMillion(c.min ?? 0)} asked`
      : c.min !== undefined && c.max !== undefined
        ? `${within ? 'within' : 'outside'} ${price(c.min)}–${perMillion(c.max)}`
        : c.max !== undefined
          ? `${within ? 'below' : 'above'} ${perMillion(c.max)}`
          : `${within ? 'above' : 'below'} ${perMillion(c.min ?? 0)}`;
    return { onBound, within, words: `${c.name} ${perMillion(c.value)}: ${onBound ? `exactly the ${perMillion(c.value)} asked` : where}` };
  });
  const answer = said.some((c) => !c.within) ? 'no' : said.some((c) => c.onBound) ? null : 'yes';
  return {
    model: m.id,
    name: m.name,
    answer,
    recorded: true,
    value: said.map((c) => c.words).join('; '),
    details: [`prices in force since ${p.from}`],
    source: { ...p.source, checked: p.checked },
  };
}

function maxInput(m: CatalogModel, prompt?: number): Fact {
  const details = [`context window ${count(m.contextWindow)} tokens${m.maxOutput ? `, maximum output ${count(m.maxOutput)}` : ''}`];
  // "Can gpt-5 take a 300k token prompt?": whether it fits, against the published limit (else the context window).
  if (prompt !== undefined) {
    const limit = maxInputOf(m);
    const fits = prompt <= limit;
    const bound = m.maxInput === undefined ? `its context window of ${count(limit)} tokens, with no separate input limit published` : `its maximum input of ${count(limit)} tokens`;
    const around = m.maxInput === undefined ? (m.maxOutput ? [`maximum output ${count(m.maxOutput)}`] : []) : details;
    return {
      model: m.id,
      name: m.name,
      answer: fits ? 'yes' : 'no',
      recorded: true,
      value: `a ${count(prompt)}-token prompt ${fits ? 'fits' : 'does not fit'} ${bound}`,
      details: around,
      source: spec(m),
    };
  }
  if (m.maxInput === undefined) return { ...notRecorded(m, [...details, 'no separate input limit is published; the context window bounds the prompt']), source: spec(m) };
  return { model: m.id, name: m.name, answer: null, recorded: true, value: `${count(m.maxInput)} tokens`, details, source: spec(m) };
}

function capability(m: CatalogModel, c: Capability): Fact {
  const v = m.capabilities[c];
  // Seeing images is taking them as input: the spec's input modalities answer it when the capability is not recorded.
  if (v === undefined && c === 'vision') {
    const sees = m.modalities.input.includes('image');
    return {
      model: m.id,
      name: m.name,
      answer: sees ? 'yes' : 'no',
      recorded: true,
      value: sees ? 'it takes image input' : `it takes ${m.modalities.input.join(', ')} input only, no images`,
      details: [`from its input modalities (${m.modalities.input.join(', ')}); the provider publishes no vision flag the catalog has read`],
      source: spec(m),
    };
  }
  if (v === undefined) return notRecorded(m, ['the provider publishes no answer the catalog has read']);
  return { model: m.id, name: m.name, answer: v ? 'yes' : 'no', recorded: true, value: v ? 'supported' : 'not supported', details: [], source: spec(m) };
}

function route(m: CatalogModel, platform: string, asOf: string): Fact {
  const on = m.routes.filter((r) => r.platform === platform);
  const host = hostName(platform);
  if (on.length > 0) {
    const r = on[0] as (typeof on)[number];
    // A route with no price of its own sells at the provider's (as the where answer says): that price is the answer to "how much".
    const own = quotedPrice(m, asOf);
    const priceOf = (x: (typeof on)[number]) =>
      x.input !== undefined && x.output !== undefined
        ? `${host}'s own price: ${perMillion(x.input)} input, ${perMillion(x.output)} output`
        : x.free || x.batch || own.free
          ? undefined
          : `priced at the provider's ${perMillion(own.input)} input and ${perMillion(own.output)} output, in force since ${own.from}, checked ${own.checked} at ${own.source.url}; the catalog has no ${host} price of its own`;
    // Several ids on one host ("…-fast"): each one's price, by id.
    const prices = on.flatMap((x) => {
      const p = priceOf(x);
      return p === undefined ? [] : [on.length > 1 ? `${x.id}: ${p}` : p];
    });
    return {
      model: m.id,
      name: m.name,
      answer: 'yes',
      recorded: true,
      value: `${host} sells it as ${on.map((x) => x.id).join(', ')}${r.free ? ' (a free, rate-limited endpoint)' : ''}`,
      details: prices,
      source: { ...r.source, checked: r.checked },
    };
  }
  const others = [...new Set(m.routes.map((r) => hostName(r.platform)))];
  return {
    model: m.id,
    name: m.name,
    answer: 'no',
    recorded: true,
    value: `no ${host} route in the catalog`,
    details: [
      others.length > 0 ? `routes it lists: ${others.slice(0, 8).join(', ')}${others.length > 8 ? ` and ${others.length - 8} more` : ''}` : 'it lists no host besides the provider',
    ],
    source: null,
  };
}

/**
 * "Is there a free version of X?", "is X free on openrouter?": its free, rate-limited endpoints (OpenRouter's ":free", a
 * promotional $0), if any; with `platform`, only that host's.
 */
function freeEndpoint(m: CatalogModel, asOf: string, platform?: string): Fact {
  const own = quotedPrice(m, asOf);
  const free = m.routes.filter((r) => r.free && (platform === undefined || r.platform === platform));
  const ownFree = own.free && (platform === undefined || own.host === platform);
  // A price entry that is itself free names its host; a free route there says the same, with its id.
  const where =
    free.length > 0 ? free.map((r) => `${hostName(r.platform)} (${r.id})`) : ownFree ? [`the provider's own listing${own.host ? ` on ${hostName(own.host)}` : ''}`] : [];
  if (where.length > 0)
    return {
      model: m.id,
      name: m.name,
      answer: 'yes',
      recorded: true,
      value: `a free, rate-limited endpoint: ${where.join(', ')}`,
      details: ['rate-limited and not a price a team can plan on; rankings leave it out unless free models are asked for'],
      source: free[0] ? { ...free[0].source, checked: free[0].checked } : { ...own.source, checked: own.checked },
    };
  // Asked of one host: whether it sells the model at all, at a price, is part of the answer.
  const paid = platform === undefined ? [] : m.routes.filter((r) => r.platform === platform && !r.free);
  return {
    model: m.id,
    name: m.name,
    answer: 'no',
    recorded: true,
    value: platform === undefined ? 'no free endpoint in the catalog' : `no free endpoint on ${hostName(platform)} in the catalog`,
    details: [
      ...(paid.length > 0 ? [`${hostName(platform as string)} sells it as ${paid.map((r) => r.id).join(', ')}, at a price`] : []),
      `its price in force: ${perMillion(own.input)} input, ${perMillion(own.output)} output`,
    ],
    source: { ...own.source, checked: own.checked },
  };
}

/** A Codex surface (the CLI and app, cloud tasks, GitHub code reviews): whether the model is offered there. */
function surface(m: CatalogModel, id: string, name: string): Fact {
  const s = m.surfaces.find((x) => x.id === id);
  if (!s) return { ...notRecorded(m) };
  return {
    model: m.id,
    name: m.name,
    answer: s.available ? 'yes' : 'no',
    recorded: true,
    value: s.available ? `offered for ${name}${s.creditsPerTask !== undefined ? ` (about ${s.creditsPerTask} credits a task)` : ''}` : `not offered for ${name}`,
    details: [],
    source: { ...s.source, checked: s.checked },
  };
}

const SUBJECTS: Record<string, string> = {
  retirement: 'retirement',
  'rate-limits': 'rate limits',
  'batch-price': 'batch price',
  'tier-price': 'service tiers',
  'price-schedule': 'price changes',
  'price-bound': 'price',
  'max-input': 'maximum input',
  'free-endpoint': 'free endpoint',
};

export function factAnswer(
  catalog: Catalog,
  models: CatalogModel[],
  attribute: string,
  options: { benchmark?: string; platform?: string; question: string; asOf: string; bounds?: PriceBounds; mix?: { input: number; output: number }; prompt?: number },
): FactAnswer {
  const { asOf } = options;
  // A surface is named by the lane that needs it ("Codex local routine work").
  const surfaceName = catalog.lanes.find((l) => l.needs.surfaces.length === 1 && l.needs.surfaces[0] === options.platform)?.name ?? options.platform ?? '';
  const one = (m: CatalogModel): Fact => {
    switch (attribute) {
      case 'retirement':
        return retirement(m, asOf);
      case 'rate-limits':
        return rateLimits(m);
      case 'benchmark':
        return benchmark(catalog, m, options.benchmark ?? '');
      case 'batch-price':
        return batchPrice(m, asOf);
      case 'tier-price':
        return tierPrices(m, asOf, options.question);
      case 'price-schedule':
        return priceSchedule(m, asOf);
      case 'price-bound':
        return priceBound(m, asOf, options.bounds ?? {}, options.mix ?? { input: 3, output: 1 });
      case 'max-input':
        return maxInput(m, options.prompt);
      case 'route':
        return route(m, options.platform ?? '', asOf);
      case 'surface':
        return surface(m, options.platform ?? '', surfaceName);
      case 'free-endpoint':
        return freeEndpoint(m, asOf, options.platform);
      default:
        return capability(m, attribute as Capability);
    }
  };
  const subject =
    attribute === 'benchmark'
      ? (catalog.benchmarks.get(options.benchmark ?? '')?.name ?? (options.benchmark || 'benchmark'))
      : attribute === 'route'
        ? hostName(options.platform ?? '')
        : attribute === 'surface'
          ? surfaceName
          : (SUBJECTS[attribute] ?? attribute.replace(/-/g, ' '));
  const ahead = attribute === 'benchmark' ? scoredHighestFirst(catalog, models, options.benchmark ?? '') : undefined;
  return { kind: 'fact', attribute, subject, question: options.question, asOf, facts: models.map(one), ...(ahead ? { ahead } : {}) };
}

/** "Which is smarter, A or B?": the models scored on the benchmark, highest first, when at least two are. */
function scoredHighestFirst(catalog: Catalog, models: CatalogModel[], benchmark: string): FactAnswer['ahead'] {
  const scores = models.flatMap((m) => {
    const score = scoreOf(m, benchmark);
    return score === undefined ? [] : [{ model: m.id, name: m.name, score, text: scoreText(catalog, benchmark, score) }];
  });
  if (scores.length < 2) return undefined;
  return { benchmark: catalog.benchmarks.get(benchmark)?.name ?? benchmark, scores: scores.sort((a, b) => b.score - a.score) };
}
