// Side-by-side rows for 2–4 models. Every row names its winner (or a tie), and a missing figure is
// shown as "not published", "untested" or "not measured" — rows are never dropped to hide a gap, and never guessed.
import { countryLabel } from '../catalog/countries.ts';
import { CAPABILITIES, PRICE_FIELD_LABELS, PRICE_FIELDS, SELDOM_PRICED, SURFACES, type Capability, type PriceEntry } from '../catalog/schema.ts';
import { quotedPrice } from '../catalog/history.ts';
import type { Catalog, CatalogModel } from '../catalog/validate.ts';
import { exact, MILLION, priceProfile, rawCost } from '../cost/price.ts';
import { REFERENCE_VOLUMES, type Mix, type UsageProfile } from '../cost/profile.ts';
import { count, FREE_ENDPOINT, money, perMillion, perUnit, requestMoney, tokens, tokensPerSecond, type PriceUnit } from '../cost/format.ts';
import { ONE_WORKLOAD, taskCosts, type TaskCost } from '../catalog/runs.ts';
import { buyingOptions } from '../cost/rank.ts';
import { spanKey, spanUsd, spanWords, termChangeWords, type Stretch } from '../cost/span.ts';
import { termCostFor } from '../cost/term-cost.ts';
import type { CostPer } from '../cost/assumptions.ts';

export type Better = 'lower' | 'higher' | 'newer' | 'yes' | 'more';
export type RowGroup = 'price' | 'cost' | 'specs' | 'capabilities' | 'benchmarks' | 'speed' | 'license' | 'routes' | 'surfaces';

export interface Cell {
  /** The raw figure: number, date string, boolean, list; null when the catalog has none. */
  value: number | string | boolean | string[] | null;
  text: string;
}

export interface Row {
  key: string;
  label: string;
  group: RowGroup;
  better: Better | null;
  values: Record<string, Cell>;
  /** The winning model id, "tie" when two or more share the best figure, null when the figures cannot be ranked. */
  winner: string | null;
  /** A tie among some of three or more models, not all of those with a figure: the models sharing the best one. */
  sharedBy?: string[];
  /** Cost rows: the monthly volume priced, and whether it is the user's own; `per: 'request'` when the user's is one request's. */
  volume?: { tokens: number; yours: boolean; per?: 'request'; what?: string; count?: number; asked?: true };
  /** A span's cost row (when an hour, a day, a week or a year is asked for): that span at this monthly volume, the user's own. */
  span?: { tokens: number; per: Stretch };
  /** The blended price row: the input:output mix it blends at. */
  mix?: Mix;
  /** Capability rows: the capability. */
  capability?: Capability;
  /** Cost-per-task rows: every published run with a cost, per model (the cell shows the highest-scoring one). */
  runs?: Record<string, TaskCost[]>;
}

/** Whether a model holds a row's best figure: its winner, or one of the models sharing it. */
export function leads(row: Row, id: string): boolean {
  return row.winner === id || row.sharedBy?.includes(id) === true;
}

/** Whether a row's figures depend on the usage profile and the price day (prices, costs, the hosts priced at a volume): only such a row's answer states them. */
export function dependsOnProfile(r: Row): boolean {
  return r.group === 'price' || r.group === 'cost' || r.key === 'firstParty' || r.key === 'cheapestHost';
}

const SURFACE_LABELS: Record<(typeof SURFACES)[number], string> = {
  'codex-local': 'Codex local tasks',
  'codex-cloud': 'Codex cloud tasks',
  'codex-code-review': 'Codex code reviews',
};

const NOT_PUBLISHED = 'not published';
const UNTESTED = 'untested';
/** A speed is measured by someone, not published by the provider or tested on a benchmark. */
const NOT_MEASURED = 'not measured';

/** The models holding a row's best figure, and how many have a figure; null when the figures cannot be ranked. */
function leadersOf(models: CatalogModel[], values: Record<string, Cell>, better: Better | null): { leaders: string[]; known: number } | null {
  if (better === null) return null;
  const score = (v: Cell['value']): number => {
    if (better === 'yes') return v === true ? 1 : 0;
    if (better === 'more') return Array.isArray(v) ? v.length : 0;
    if (better === 'newer') return Date.parse(String(v).length === 7 ? `${String(v)}-01` : String(v));
    return better === 'lower' ? -(v as number) : (v as number);
  };
  // The best score among the models with a figure, and who has it.
  let known = 0;
  let best = Number.NEGATIVE_INFINITY;
  let leaders: string[] = [];
  for (const m of models) {
    const v = values[m.id]?.value;
    if (v === null || v === undefined) continue;
    known += 1;
    const s = score(v);
    if (s > best) {
      best = s;
      leaders = [m.id];
    } else if (s === best) leaders.push(m.id);
  }
  const [leader] = leaders;
  if (known < 2 || leader === undefined) return null;
  if (better === 'more') {
    // A longer list only wins if it contains every other list.
    const set = new Set(values[leader]?.value as string[]);
    const superset = models.every((m) => ((values[m.id]?.value ?? []) as string[]).every((x) => set.has(x)));
    if (!superset) return null;
  }
  return { leaders, known };
}

/** A row: each model's cell and the winner; `extra` holds what only some rows carry (volume, mix, capability, runs). */
function row(
  models: CatalogModel[],
  key: string,
  label: string,
  group: RowGroup,
  better: Better | null,
  cell: (m: CatalogModel) => Cell,
  extra?: Pick<Row, 'volume' | 'span' | 'mix' | 'capability' | 'runs'>,
): Row {
  const values: Record<string, Cell> = {};
  for (const m of models) values[m.id] = cell(m);
  const best = leadersOf(models, values, better);
  const winner = best === null ? null : best.leaders.length === 1 ? (best.leaders[0] as string) : 'tie';
  const sharedBy = best !== null && best.leaders.length > 1 && best.leaders.length < best.known ? best.leaders : undefined;
  // Spread last: in V8 11 (Node 20) a property added after a spread gives every object a hidden class of its own.
  return { key, label, group, better, values, winner, sharedBy, ...extra };
}

const priceCell = (v: number | undefined): Cell => (v === undefined ? { value: null, text: NOT_PUBLISHED } : { value: v, text: perMillion(v) });
const yesNo = (v: boolean | undefined): Cell => (v === undefined ? { value: null, text: NOT_PUBLISHED } : { value: v, text: v ? 'yes' : 'no' });

/** A mix as people write it: "3:1". */
export function mixText(mix: Mix): string {
  return `${mix.input}:${mix.output}`;
}

/** A label as a row heading: "cached input" → "Cached input". */
export const capitalized = (text: string) => text.replace(/^./, (c) => c.toUpperCase());

/** One price field's row, whether or not any of the models sells it ("the cache write price of gpt-5": not published). */
export function priceFieldRow(models: CatalogModel[], field: (typeof PRICE_FIELDS)[number], price: (m: CatalogModel) => PriceEntry): Row {
  return row(models, `price.${field}`, PRICE_ROW_LABELS[field], 'price', 'lower', (m) => {
    const entry = price(m);
    // A free, rate-limited endpoint's $0 is no price to plan on, and wins no row.
    return entry.free && entry[field] !== undefined ? { value: null, text: FREE_ENDPOINT } : priceCell(entry[field]);
  });
}

/** One row per price field (cache writes only where a compared model sells them), then the blended price at the user's mix. */
function priceRows(models: CatalogModel[], profile: UsageProfile, asOf: string): Row[] {
  const prices = new Map(models.map((m) => [m.id, quotedPrice(m, asOf)]));
  const price = (m: CatalogModel) => prices.get(m.id) as PriceEntry;
  const fields = PRICE_FIELDS.filter((f) => !SELDOM_PRICED.includes(f) || models.some((m) => price(m)[f] !== undefined));
  const rows = fields.map((f) => priceFieldRow(models, f, price));
  const blended = row(
    models,
    'price.blended',
    `Blended at ${mixText(profile.mix)}`,
    'price',
    'lower',
    (m) => {
      const q = rawCost(m, profile, asOf);
      if (!q.ok) return { value: null, text: q.reason };
      const blendedPerMillion = exact(q.total / profile.tokensPerMonth);
      return { value: blendedPerMillion, text: perMillion(blendedPerMillion) };
    },
    { mix: profile.mix },
  );
  return [...rows, blended];
}

/** Rows with their unit prices quoted per 1K when asked ("compare gpt-4o and gpt-4.1 per 1k tokens"); the figures stay per 1M. */
export function inPriceUnit(rows: Row[], unit: PriceUnit): Row[] {
  if (unit === 'million') return rows;
  const cell = (c: Cell): Cell => (typeof c.value === 'number' ? { value: c.value, text: perUnit(c.value, unit) } : c);
  return rows.map((r) => (r.group === 'price' ? { ...r, values: Object.fromEntries(Object.entries(r.values).map(([id, c]) => [id, cell(c)])) } : r));
}

const PRICE_ROW_LABELS = Object.fromEntries(PRICE_FIELDS.map((f) => [f, capitalized(PRICE_FIELD_LABELS[f])])) as Record<(typeof PRICE_FIELDS)[number], string>;

/** How a cost row's volume is said after its figures: "for one ticket of 2K tokens", "for 1,000 words", "at 50M tokens a month". */
export function volumeWords(volume: NonNullable<Row['volume']>): string {
  if (volume.per !== 'request') return `at ${tokens(volume.tokens)} tokens a month`;
  if (volume.count === undefined) return `for one ${volume.what ?? 'request'} of ${tokens(volume.tokens)} tokens`;
  // Each thing's size when it is a whole number of tokens ("1,000 requests of 3K tokens"; words are not).
  const each = volume.tokens / volume.count;
  return `for ${count(volume.count)} ${volume.what ?? 'requests'}${Number.isInteger(each) ? ` of ${tokens(each)} tokens` : ''}`;
}

/**
 * The monthly cost at each volume: the user's own is marked (one request's cost, when its volume is one request's); with
 * several asked (`asked`), each of them is, and the first is the user's own.
 */
function costRows(models: CatalogModel[], profile: UsageProfile, asOf: string, volumes: readonly number[], per: CostPer, what: string, counted?: number, asked = false): Row[] {
  const reference: readonly number[] = REFERENCE_VOLUMES;
  return volumes.map((volume) => {
    const yours = volume === profile.tokensPerMonth;
    const key = reference.includes(volume) && !asked ? `cost.${tokens(volume)}` : 'cost.volume';
    const request = yours && per === 'request';
    const label = !request
      ? `Monthly cost at ${tokens(volume)} tokens${asked ? ' (asked)' : yours ? ' (yours)' : ''}`
      : counted !== undefined
        ? `Cost for ${count(counted)} ${what} (${tokens(volume)} tokens, yours)`
        : `Cost of one ${what} of ${tokens(volume)} tokens (yours)`;
    return row(
      models,
      key,
      label,
      'cost',
      'lower',
      (m) => {
        const q = rawCost(m, { ...profile, tokensPerMonth: volume }, asOf);
        if (!q.ok) return { value: null, text: q.reason };
        const monthlyUsd = exact(q.total / MILLION);
        // One request's cost is said closer than a month's ("$0.006", never "$0.01").
        return { value: monthlyUsd, text: request ? requestMoney(monthlyUsd) : money(monthlyUsd) };
      },
      { volume: request ? { tokens: volume, yours, per, what, ...(counted !== undefined ? { count: counted } : {}) } : { tokens: volume, yours, ...(asked ? { asked } : {}) } },
    );
  });
}

/** A span asked for (an hour, a day, a week, a year) at the user's monthly volume: each model's month, as its own row says it, over that span. */
function spanRow(models: CatalogModel[], monthly: Row, span: Stretch, profile: UsageProfile, asOf: string): Row {
  const tokensPerMonth = monthly.volume?.tokens ?? 0;
  return row(
    models,
    `cost.${spanKey(span)}`,
    `${spanWords(span).title} cost at ${tokens(tokensPerMonth)} tokens a month (yours)`,
    'cost',
    'lower',
    (m) => {
      const month = monthly.values[m.id] as Cell;
      if (typeof month.value !== 'number') return month;
      // A term crossing a dated price change prices each stretch at its own price, and says so.
      const term = typeof span === 'string' ? undefined : termCostFor(m, profile, asOf, span, month.value);
      const usd = term ? term.usd : spanUsd(month.value, span);
      return { value: usd, text: `${money(usd)}${term ? termChangeWords(term) : ''}` };
    },
    { span: { tokens: tokensPerMonth, per: span } },
  );
}

/** The monthly cost rows and, for each span asked for (an hour, a day, a week, a year), its row after the user's own month. */
function costRowsAsked(
  models: CatalogModel[],
  profile: UsageProfile,
  asOf: string,
  spans: readonly Stretch[],
  per: CostPer,
  what: string,
  counted?: number,
  volumes?: readonly number[],
): Row[] {
  // Several volumes asked ("at 10M, 50M and 100M tokens") stand in for the reference ones.
  const rows = volumes ? costRows(models, profile, asOf, volumes, per, what, counted, true) : costRows(models, profile, asOf, allVolumes(profile), per, what, counted);
  const yours = rows.find((r) => r.volume?.yours);
  return yours ? [...rows, ...spans.map((s) => spanRow(models, yours, s, profile, asOf))] : rows;
}

/** The reference volumes (1M, 10M, 100M) and the user's own. */
function allVolumes(profile: UsageProfile): readonly number[] {
  const reference: readonly number[] = REFERENCE_VOLUMES;
  return reference.includes(profile.tokensPerMonth) ? reference : [...reference, profile.tokensPerMonth];
}

const tokenCount = (n: number | undefined): Cell => (n === undefined ? { value: null, text: NOT_PUBLISHED } : { value: n, text: `${count(n)} tokens` });
const published = (v: string | undefined): Cell => (v === undefined ? { value: null, text: NOT_PUBLISHED } : { value: v, text: v });

/** Context, outputs and knowledge: what a verdict may cite. */
function sizeRows(models: CatalogModel[]): Row[] {
  return [
    row(models, 'contextWindow', 'Context window', 'specs', 'higher', (m) => tokenCount(m.contextWindow)),
    row(models, 'maxOutput', 'Max output', 'specs', 'higher', (m) => tokenCount(m.maxOutput)),
    row(models, 'knowledgeCutoff', 'Knowledge cutoff', 'specs', 'newer', (m) => published(m.knowledgeCutoff)),
  ];
}

/** When the models came out, and what they take in and give out. */
function releaseRows(models: CatalogModel[]): Row[] {
  return [
    row(models, 'released', 'Released', 'specs', 'newer', (m) => published(m.released)),
    row(models, 'modalities.input', 'Input modalities', 'specs', 'more', (m) => ({ value: m.modalities.input, text: m.modalities.input.join(', ') })),
    row(models, 'modalities.output', 'Output modalities', 'specs', 'more', (m) => ({ value: m.modalities.output, text: m.modalities.output.join(', ') })),
  ];
}

const CAPABILITY_LABELS = Object.fromEntries(CAPABILITIES.map((c) => [c, capitalized(c.replace(/-/g, ' '))])) as Record<Capability, string>;

function capabilityRows(models: CatalogModel[]): Row[] {
  return CAPABILITIES.map((capability) =>
    row(models, `capability.${capability}`, CAPABILITY_LABELS[capability], 'capabilities', 'yes', (m) => yesNo(m.capabilities[capability]), { capability }),
  );
}

/** A row for each benchmark at least one compared model has a score on. */
function benchmarkRows(catalog: Catalog, models: CatalogModel[]): Row[] {
  const ids = [...catalog.benchmarks.keys()].filter((id) => models.some((m) => m.benchmarks.some((b) => b.id === id)));
  return ids.map((id) => {
    const meta = catalog.benchmarks.get(id);
    const unit = meta?.scale.unit === 'percent' ? '%' : '';
    return row(models, `benchmark.${id}`, meta?.name ?? id, 'benchmarks', meta?.scale.higherIsBetter === false ? 'lower' : 'higher', (m) => {
      // The best published configuration, said with its setting and, for a vendor's own figure, so marked.
      const s = m.benchmarks.filter((b) => b.id === id).sort((a, b) => b.score - a.score)[0];
      if (!s) return { value: null, text: UNTESTED };
      const notes = [s.setting, s.reportedBy === 'vendor' ? 'vendor-reported' : undefined].filter((x): x is string => x !== undefined);
      return { value: s.score, text: `${s.score}${unit}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}` };
    });
  });
}

/**
 * A cost-per-task row for each benchmark whose publisher reports what a run cost (Aider's 225-task polyglot run),
 * where at least one compared model has such a run: the cell is the highest-scoring configuration's cost per task,
 * with its configuration and date. One benchmark's workload, said in the label; no winner is named, because runs
 * differ in date, configuration and the prices of their day.
 */
function costPerTaskRows(catalog: Catalog, models: CatalogModel[]): Row[] {
  const runs = new Map(models.map((m) => [m.id, taskCosts(catalog, m)]));
  const benchmarks = [...new Set(models.flatMap((m) => (runs.get(m.id) ?? []).map((r) => r.benchmark)))];
  return benchmarks.map((id) => {
    const per = Object.fromEntries(models.map((m) => [m.id, (runs.get(m.id) ?? []).filter((r) => r.benchmark === id)]));
    const first = Object.values(per).flat()[0] as TaskCost;
    return row(
      models,
      `costPerTask.${id}`,
      `Cost per task (${first.benchmarkName}, ${first.tasks} tasks; ${ONE_WORKLOAD})`,
      'cost',
      null,
      (m) => {
        const top = per[m.id]?.[0];
        if (!top) return { value: null, text: UNTESTED };
        const more = (per[m.id]?.length ?? 1) - 1;
        return {
          value: top.perTaskUsd,
          text: `${money(top.perTaskUsd)} (${top.setting ? `${top.setting}, ` : ''}run of ${top.date}${more > 0 ? `; ${more} other run${more === 1 ? '' : 's'}` : ''})`,
        };
      },
      { runs: per },
    );
  });
}

/** Speed and open weights. */
function speedRows(models: CatalogModel[]): Row[] {
  return [
    row(models, 'speed.outputTokensPerSecond', 'Output speed', 'speed', 'higher', (m) =>
      m.speed?.outputTokensPerSecond === undefined
        ? { value: null, text: NOT_MEASURED }
        : { value: m.speed.outputTokensPerSecond, text: tokensPerSecond(m.speed.outputTokensPerSecond) },
    ),
    row(models, 'openWeights', 'Open weights', 'license', 'yes', (m) => yesNo(m.openWeights)),
  ];
}

/** The surfaces (Codex tasks, reviews) at least one compared model is published for. */
function surfaceRows(models: CatalogModel[]): Row[] {
  return SURFACES.filter((surface) => models.some((m) => m.surfaces.some((s) => s.id === surface))).map((surface) =>
    row(models, `surface.${surface}`, SURFACE_LABELS[surface], 'surfaces', 'yes', (m) => yesNo(m.surfaces.find((x) => x.id === surface)?.available)),
  );
}

/** The license and where the models are sold. */
function licenseRows(models: CatalogModel[]): Row[] {
  return [
    row(models, 'license', 'License', 'license', null, (m) => ({ value: m.license, text: m.license })),
    row(models, 'makerCountry', "Maker's country", 'license', null, (m) => ({
      value: m.makerCountry ?? null,
      text: m.makerCountry ? countryLabel(m.makerCountry) : 'not recorded',
    })),
    row(models, 'routes', 'Routes', 'routes', 'more', (m) => {
      const platforms = [m.provider, ...new Set(m.routes.map((r) => r.platform))];
      return { value: platforms, text: platforms.join(', ') };
    }),
  ];
}

/**
 * Where any compared model is sold by a host at the host's own price: the provider's own price for the profile and the
 * cheapest paid host's, each a month at the profile, naming the host (free endpoints are not prices and never count).
 */
function hostRows(catalog: Catalog, models: CatalogModel[], profile: UsageProfile, asOf: string): Row[] {
  const hosted = new Map(
    models.map((m) => {
      const [own, ...hosts] = buyingOptions(catalog, m, asOf);
      const priced = hosts
        .filter((o) => !o.route.free)
        .flatMap((o) => {
          const q = priceProfile(o.priced, profile, asOf);
          return q.ok ? [{ o, q }] : [];
        })
        .sort((a, b) => a.q.monthlyUsd - b.q.monthlyUsd || a.q.rates.output - b.q.rates.output);
      return [m.id, { own: own!, cheapest: priced[0] }] as const;
    }),
  );
  if (![...hosted.values()].some((h) => h.cheapest !== undefined)) return [];
  return [
    row(models, 'firstParty', `Provider's own price (a month at ${tokens(profile.tokensPerMonth)})`, 'routes', 'lower', (m) => {
      const own = hosted.get(m.id)!.own;
      if (own.route.free) return { value: null, text: 'only a free, rate-limited endpoint' };
      const q = priceProfile(own.priced, profile, asOf);
      if (!q.ok) return { value: null, text: q.reason };
      return { value: q.monthlyUsd, text: `${money(q.monthlyUsd)} (${own.route.name})` };
    }),
    row(models, 'cheapestHost', `Cheapest host (a month at ${tokens(profile.tokensPerMonth)})`, 'routes', 'lower', (m) => {
      const c = hosted.get(m.id)!.cheapest;
      if (!c) return { value: null, text: 'no host with its own price' };
      return { value: c.q.monthlyUsd, text: `${money(c.q.monthlyUsd)} (${c.o.route.name}, ${perMillion(c.q.rates.input)} in / ${perMillion(c.q.rates.output)} out)` };
    }),
  ];
}

/**
 * The rows of a comparison. `brief` (a channel's reply) keeps the prices, the monthly costs and every row a verdict may
 * cite, so its verdict is the full one's; `full` adds hosts, cost per task, release, modalities, license and routes.
 */
export function comparisonRows(
  catalog: Catalog,
  models: CatalogModel[],
  profile: UsageProfile,
  asOf: string,
  detail: 'brief' | 'full' = 'full',
  spans: readonly Stretch[] = [],
  per: CostPer = 'month',
  /** What one request is called, when the question named it ("document"); with `counted`, what is counted ("words"). */
  what = 'request',
  /** Things counted with no period ("per 1000 words"): the cost row is that many's. */
  counted?: number,
  /** Several months' volumes asked ("at 10M, 50M and 100M tokens"): a cost row for each, the first the profile's. */
  volumes?: readonly number[],
): Row[] {
  if (detail === 'brief') {
    return [
      ...priceRows(models, profile, asOf),
      ...costRowsAsked(models, profile, asOf, per === 'request' ? [] : spans, per, what, counted, volumes),
      ...sizeRows(models),
      ...capabilityRows(models),
      ...benchmarkRows(catalog, models),
      ...speedRows(models),
      ...surfaceRows(models),
    ];
  }
  return [
    ...priceRows(models, profile, asOf),
    ...costRowsAsked(models, profile, asOf, per === 'request' ? [] : spans, per, what, counted, volumes),
    ...hostRows(catalog, models, profile, asOf),
    ...costPerTaskRows(catalog, models),
    ...sizeRows(models),
    ...releaseRows(models),
    ...capabilityRows(models),
    ...benchmarkRows(catalog, models),
    ...speedRows(models),
    ...licenseRows(models),
    ...surfaceRows(models),
  ];
}
