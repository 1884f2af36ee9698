// Profile and filter flags shared by cost, compare, cheapest, lanes and best.
import type { ParseArgsConfig } from 'node:util';
import { CAPABILITIES, MODALITIES, SERVICE_TIERS, type Capability, type Modality } from '../catalog/schema.ts';
import { modelsNamed, resolveModel } from '../catalog/resolve.ts';
import { familiesNamed } from '../ask/families.ts';
import { releaseBounds, releaseWindowInWords, windowProblem } from '../ask/released.ts';
import { MAX_TOP } from '../ask/extract.ts';
import type { Catalog } from '../catalog/validate.ts';
import { parseMix, parsePromptSize, parseShare, parseTerm, parseVolume, type Parsed } from '../cost/parse.ts';
import type { ServiceTier } from '../cost/profile.ts';
import { asStretch, SPAN_FLAGS, SPANS, type Term } from '../cost/span.ts';
import type { Query } from '../ask/query.ts';
import { crossedPriceBounds, type RankFilters } from '../cost/rank.ts';
import { InputError } from './errors.ts';

type Values = Record<string, string | boolean | undefined>;

export const profileOptions: NonNullable<ParseArgsConfig['options']> = {
  tokens: { type: 'string' },
  mix: { type: 'string' },
  cached: { type: 'string' },
  batch: { type: 'boolean' },
  tier: { type: 'string' },
  'prompt-size': { type: 'string' },
  // --hourly, --daily, --weekly, --yearly: that span's cost beside the month.
  ...Object.fromEntries(SPANS.map((s) => [SPAN_FLAGS[s], { type: 'boolean' as const }])),
  // --over "6 months": the cost over that term beside the month.
  over: { type: 'string' },
};

export const filterOptions: NonNullable<ParseArgsConfig['options']> = {
  need: { type: 'string' },
  input: { type: 'string' },
  'min-context': { type: 'string' },
  'max-context': { type: 'string' },
  provider: { type: 'string' },
  'open-weights': { type: 'boolean' },
  lane: { type: 'string' },
  top: { type: 'string' },
  from: { type: 'string' },
  place: { type: 'string' },
  'long-prompt-price': { type: 'boolean' },
  'no-previews': { type: 'boolean' },
  'max-price': { type: 'string' },
  'max-input-price': { type: 'string' },
  'max-output-price': { type: 'string' },
  'max-monthly': { type: 'string' },
  'min-price': { type: 'string' },
  'min-input-price': { type: 'string' },
  'min-output-price': { type: 'string' },
  'min-score': { type: 'string', multiple: false },
  'include-deprecated': { type: 'boolean' },
  free: { type: 'boolean' },
  'instead-of': { type: 'string' },
  'pricier-than': { type: 'string' },
  without: { type: 'string' },
  'exclude-provider': { type: 'string' },
  family: { type: 'string' },
  named: { type: 'string' },
  released: { type: 'string' },
  tested: { type: 'boolean' },
  host: { type: 'string' },
  output: { type: 'string' },
  'min-output': { type: 'string' },
  'max-output': { type: 'string' },
  'min-speed': { type: 'string' },
  'cutoff-since': { type: 'string' },
  'cutoff-before': { type: 'string' },
};

function take<T>(flag: string, parsed: Parsed<T>): T {
  if (!parsed.ok) throw new InputError(`--${flag}: ${parsed.error}`);
  return parsed.value;
}

export type ProfileFlags = Pick<Query, 'tokens' | 'volumes' | 'mix' | 'cachedShare' | 'batch' | 'serviceTier' | 'promptTokens' | 'hourly' | 'daily' | 'weekly' | 'yearly' | 'term'>;

/** A term asked for: a term of one day, week or year is that span's flag; one month is the month itself. */
function askOver(flags: ProfileFlags, term: Term): void {
  const stretch = asStretch(term);
  if (typeof stretch === 'string') flags[SPAN_FLAGS[stretch]] = true;
  else if (stretch !== null) flags.term = stretch;
}

/** The usage profile the flags give; what they leave out, the answer fills with its defaults. */
export function profileFlags(values: Values): ProfileFlags {
  const flags: ProfileFlags = { tokens: null, mix: null, cachedShare: null, batch: values.batch === true, serviceTier: null, promptTokens: null };
  if (typeof values.tokens === 'string' && values.tokens.includes(',')) {
    // "--tokens 10M,50M,100M": several months' volumes, each priced (a cost or a comparison; elsewhere said to take one).
    const volumes = values.tokens.split(',').map((v) => {
      const volume = take('tokens', parseVolume(v.trim()));
      if (volume.term) throw new InputError(`--tokens: several volumes are priced by the month; give a term with one volume, such as --tokens 60M --over "6 months"`);
      return volume.tokensPerMonth;
    });
    flags.tokens = volumes[0] ?? null;
    const distinct = [...new Set(volumes)];
    if (distinct.length > 1) flags.volumes = distinct;
  } else if (typeof values.tokens === 'string') {
    const volume = take('tokens', parseVolume(values.tokens));
    flags.tokens = volume.tokensPerMonth;
    if (volume.term) flags.term = volume.term;
  }
  if (typeof values.mix === 'string') flags.mix = take('mix', parseMix(values.mix));
  if (typeof values.cached === 'string') flags.cachedShare = take('cached', parseShare(values.cached));
  if (typeof values.tier === 'string') {
    const tier = values.tier.toLowerCase();
    if (tier !== 'standard' && !(SERVICE_TIERS as readonly string[]).includes(tier)) {
      throw new InputError(`--tier: expected one of standard, ${SERVICE_TIERS.join(', ')}, got ${JSON.stringify(values.tier)}`);
    }
    flags.serviceTier = tier as ServiceTier;
  }
  if (typeof values['prompt-size'] === 'string') flags.promptTokens = take('prompt-size', parsePromptSize(values['prompt-size']));
  for (const s of SPANS) if (values[SPAN_FLAGS[s]] === true) flags[SPAN_FLAGS[s]] = true;
  if (typeof values.over === 'string') askOver(flags, take('over', parseTerm(values.over)));
  return flags;
}

function list(value: string | boolean | undefined): string[] {
  return typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim().toLowerCase())
        .filter((s) => s !== '')
    : [];
}

function usd(flag: string, value: string | boolean | undefined): number | undefined {
  if (typeof value !== 'string') return undefined;
  const n = Number(value.replace(/^\$/, ''));
  if (!Number.isFinite(n) || n < 0) throw new InputError(`--${flag}: expected an amount in USD such as 5 or $2.50, got ${JSON.stringify(value)}`);
  return n;
}

/** The model a flag names (`--instead-of gpt-4o`), by id: one model, or an error that says which were meant. */
function modelFlag(catalog: Catalog, flag: string, value: string): string {
  const found = resolveModel(catalog, value);
  const typed = JSON.stringify(value.slice(0, 60));
  const some = (models: { id: string }[]) =>
    models
      .slice(0, 3)
      .map((m) => m.id)
      .join(', ');
  if (found.kind === 'ambiguous') throw new InputError(`--${flag}: ${typed} matches several models; name one, such as ${some(found.candidates)}`);
  if (found.kind !== 'found') throw new InputError(`--${flag}: unknown model ${typed}${found.suggestions.length > 0 ? `; did you mean ${some(found.suggestions)}?` : ''}`);
  return found.model.id;
}

/** `asOf` is the day a release window in words (`--released "this year"`) is counted from. */
export function filtersFrom(values: Values, catalog: Catalog, asOf: string): RankFilters {
  const filters: RankFilters = {};
  const need = list(values.need).map((c) => c.replace(/\s+/g, '-'));
  for (const c of need) {
    if (!(CAPABILITIES as readonly string[]).includes(c)) throw new InputError(`--need: unknown capability ${JSON.stringify(c)}; valid: ${CAPABILITIES.join(', ')}`);
  }
  if (need.length > 0) filters.need = need as Capability[];
  const without = list(values.without).map((c) => c.replace(/\s+/g, '-'));
  for (const c of without) {
    if (!(CAPABILITIES as readonly string[]).includes(c)) throw new InputError(`--without: unknown capability ${JSON.stringify(c)}; valid: ${CAPABILITIES.join(', ')}`);
  }
  if (without.length > 0) filters.without = without as Capability[];
  const input = list(values.input);
  for (const m of input) {
    if (!(MODALITIES as readonly string[]).includes(m)) throw new InputError(`--input: unknown modality ${JSON.stringify(m)}; valid: ${MODALITIES.join(', ')}`);
  }
  if (input.length > 0) filters.inputModalities = input as Modality[];
  const output = list(values.output);
  for (const m of output) {
    if (!(MODALITIES as readonly string[]).includes(m)) throw new InputError(`--output: unknown modality ${JSON.stringify(m)}; valid: ${MODALITIES.join(', ')}`);
  }
  if (output.length > 0) filters.outputModalities = output as Modality[];
  if (typeof values['min-context'] === 'string') filters.minContext = take('min-context', parsePromptSize(values['min-context']));
  if (typeof values['max-context'] === 'string') filters.maxContext = take('max-context', parsePromptSize(values['max-context']));
  if (filters.minContext !== undefined && filters.maxContext !== undefined && filters.minContext > filters.maxContext)
    throw new InputError('--min-context is above --max-context: no window is both; give the smaller first, such as --min-context 100k --max-context 200k');
  if (typeof values['min-output'] === 'string') filters.minOutput = take('min-output', parsePromptSize(values['min-output']));
  if (typeof values['max-output'] === 'string') filters.maxOutput = take('max-output', parsePromptSize(values['max-output']));
  const speed = values['min-speed'];
  if (typeof speed === 'string') {
    const n = Number(speed);
    if (!/^\d+(?:\.\d+)?$/.test(speed.trim()) || !(n > 0) || n > 1e6)
      throw new InputError(`--min-speed: expected output tokens per second, a number such as 100, got ${JSON.stringify(speed.slice(0, 40))}`);
    filters.minSpeed = n;
  }
  for (const flag of ['cutoff-since', 'cutoff-before'] as const) {
    const cutoff = values[flag];
    if (typeof cutoff !== 'string') continue;
    if (!/^20\d{2}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/.test(cutoff))
      throw new InputError(`--${flag}: expected a month or day such as 2025-06 or 2025-06-15, got ${JSON.stringify(cutoff.slice(0, 40))}`);
    if (flag === 'cutoff-since') filters.minKnowledgeCutoff = cutoff;
    else filters.knowledgeCutoffBefore = cutoff;
  }
  const providers = list(values.provider);
  for (const p of providers) {
    if (!catalog.providers.some((x) => x.id === p))
      throw new InputError(`--provider: unknown provider ${JSON.stringify(p)}; valid: ${catalog.providers.map((x) => x.id).join(', ')}`);
  }
  if (providers.length > 0) filters.providers = providers;
  const excluded = list(values['exclude-provider']);
  for (const p of excluded) {
    if (!catalog.providers.some((x) => x.id === p))
      throw new InputError(`--exclude-provider: unknown provider ${JSON.stringify(p)}; valid: ${catalog.providers.map((x) => x.id).join(', ')}`);
  }
  if (excluded.length > 0) filters.excludeProviders = excluded;
  // Where models are bought: any route's platform, or a provider's own API.
  const known = new Set([...catalog.models.flatMap((m) => m.routes.map((r) => r.platform)), ...catalog.providers.map((p) => p.id)]);
  const hosts = list(values.host);
  for (const h of hosts) {
    if (!known.has(h)) throw new InputError(`--host: unknown host ${JSON.stringify(h.slice(0, 40))}; valid: ${[...known].sort().join(', ')}`);
  }
  if (hosts.length > 0) filters.hosts = hosts;
  const families = list(values.family).flatMap((typed) => {
    const named = familiesNamed(catalog, typed);
    if (named.length === 0) throw new InputError(`--family: no model family ${JSON.stringify(typed.slice(0, 40))} in the catalog; for example llama, qwen, claude-opus`);
    return named;
  });
  if (families.length > 0) filters.families = [...new Set(families)];
  if (typeof values.named === 'string') {
    if (modelsNamed(catalog, values.named).length === 0)
      throw new InputError(`--named: no model answers to ${JSON.stringify(values.named.slice(0, 40))}; give part of a model's name, for example gpt-5 or gemini 3`);
    filters.named = values.named.trim().toLowerCase();
  }
  if (typeof values.released === 'string') {
    // The whole value is the window ("2025" is "in 2025"), not a part of it.
    const whole = (text: string) => {
      const hit = releaseWindowInWords(text);
      return hit && text.slice(hit.end).trim() === '' ? hit : undefined;
    };
    const found = whole(`released ${values.released.trim()}`) ?? whole(`released in ${values.released.trim()}`);
    if (!found)
      throw new InputError(
        `--released: cannot read ${JSON.stringify(values.released.slice(0, 60))} as a window; for example "this year", "in 2025", "since september", "in the last 3 months" or "since 2026-06-01"`,
      );
    const problem = windowProblem(found.window);
    if (problem) throw new InputError(`--released: ${problem}`);
    filters.released = releaseBounds(found.window, asOf);
  }
  if (values['open-weights'] === true) filters.openWeights = true;
  if (values['include-deprecated'] === true) filters.includeDeprecated = true;
  if (values.free === true) filters.free = true;
  if (values['long-prompt-price'] === true) filters.longPromptPriced = true;
  if (values['no-previews'] === true) filters.noPreviews = true;
  if (typeof values['instead-of'] === 'string') filters.like = modelFlag(catalog, 'instead-of', values['instead-of']);
  if (typeof values['pricier-than'] === 'string') filters.pricierThan = modelFlag(catalog, 'pricier-than', values['pricier-than']);
  if (typeof values.lane === 'string') {
    const lane = catalog.lanes.find((l) => l.id === values.lane);
    if (!lane) throw new InputError(`--lane: unknown lane ${JSON.stringify(values.lane)}; valid: ${catalog.lanes.map((l) => l.id).join(', ')}`);
    filters.lane = lane.id;
    if (values.tested === true) filters.laneTested = true;
  } else if (values.tested === true) throw new InputError("--tested keeps the models a lane's benchmarks back: give the lane too, such as --lane api-coding --tested");
  filters.maxPerMillion = usd('max-price', values['max-price']);
  filters.maxInputPerMillion = usd('max-input-price', values['max-input-price']);
  filters.maxOutputPerMillion = usd('max-output-price', values['max-output-price']);
  filters.maxMonthlyUsd = usd('max-monthly', values['max-monthly']);
  filters.minPerMillion = usd('min-price', values['min-price']);
  filters.minInputPerMillion = usd('min-input-price', values['min-input-price']);
  filters.minOutputPerMillion = usd('min-output-price', values['min-output-price']);
  const [crossed] = crossedPriceBounds(filters);
  if (crossed) {
    const flag = crossed.side ? `-${crossed.side}-price` : '-price';
    throw new InputError(`--min${flag} is above --max${flag}: no price can be both; give the lower bound first, such as --min${flag} 1 --max${flag} 3`);
  }
  if (typeof values['min-score'] === 'string') {
    const m = /^([a-z0-9-]+)\s*(?:>=|≥|=|:)\s*(\d+(?:\.\d+)?)$/i.exec(values['min-score'].trim());
    if (!m || !catalog.benchmarks.has((m[1] ?? '').toLowerCase())) {
      throw new InputError(`--min-score: expected <benchmark>>=<score> such as swe-bench-pro>=50; benchmarks: ${[...catalog.benchmarks.keys()].join(', ')}`);
    }
    filters.benchmarkFloors = [{ benchmark: (m[1] ?? '').toLowerCase(), min: Number(m[2]) }];
  }
  for (const key of Object.keys(filters) as (keyof RankFilters)[]) if (filters[key] === undefined) delete filters[key];
  return filters;
}

/**
 * How many rows and from which place (--top 5 --from 6: #6–#10), as a Query holds them; or around one model's place
 * (--place gpt-5: where it ranks, the rows around it).
 */
export function placesFrom(values: Values, fallback: number, catalog: Catalog): { top: number; skip?: number; placeOf?: string } {
  const top = topFrom(values, fallback);
  if (typeof values.place === 'string') {
    if (typeof values.from === 'string') throw new InputError('--place shows the rows around that model: give --place or --from, not both');
    return { top, placeOf: modelFlag(catalog, 'place', values.place) };
  }
  if (typeof values.from !== 'string') return { top };
  const n = Number(values.from);
  if (!Number.isInteger(n) || n < 1 || n > MAX_TOP)
    throw new InputError(`--from: expected the place of the first row, a whole number from 1 to ${MAX_TOP}, got ${JSON.stringify(values.from)}`);
  return n === 1 ? { top } : { top, skip: n - 1 };
}

export function topFrom(values: Values, fallback: number): number {
  if (typeof values.top !== 'string') return fallback;
  const n = Number(values.top);
  if (!Number.isInteger(n) || n < 1 || n > MAX_TOP) throw new InputError(`--top: expected a whole number from 1 to ${MAX_TOP}, got ${JSON.stringify(values.top)}`);
  return n;
}
