// A model's card: everything the catalog knows about one model, with the price in force on a date.
import { makerFigures } from './sources.ts';
import { CAPABILITIES, type Capability, type PriceEntry, type Source } from './schema.ts';
import { quotedPrice, scheduledChanges } from './history.ts';
import { providerName, type Catalog, type CatalogModel } from './validate.ts';
import { statusOn, type Lifecycle } from './lifecycle.ts';
import { taskCosts, type TaskCost } from './runs.ts';

export interface SourcedFigure {
  what: string;
  source: Source;
  checked: string;
}

export interface ModelCard {
  kind: 'model-card';
  asOf: string;
  model: CatalogModel;
  /** The model's status on `asOf`: `retired` once its retirement date has passed. */
  status: Lifecycle;
  providerName: string;
  price: PriceEntry;
  scheduled: PriceEntry[];
  /** Every capability, with null where the catalog has no published answer. */
  capabilities: Record<Capability, boolean | null>;
  benchmarks: { id: string; name: string; unit: string; score: number; setting?: string; source: Source; checked: string }[];
  /** Cost per task where a benchmark's publisher reports a run's cost (one benchmark's workload, beside the per-token price). */
  costPerTask: TaskCost[];
  sources: SourcedFigure[];
}

export function capabilityTable(model: CatalogModel): Record<Capability, boolean | null> {
  return Object.fromEntries(CAPABILITIES.map((c) => [c, model.capabilities[c] ?? null])) as Record<Capability, boolean | null>;
}

/** Distinct sources behind a model's figures, newest check first. */
export function modelSources(model: CatalogModel, price: PriceEntry): SourcedFigure[] {
  const figures: SourcedFigure[] = [
    { what: 'prices', source: price.source, checked: price.checked },
    { what: 'specs', source: model.specSource, checked: model.specChecked },
    ...model.benchmarks.map((b) => ({ what: `${b.id} score`, source: b.source, checked: b.checked })),
    ...(model.speed ? [{ what: 'speed', source: model.speed.source, checked: model.speed.checked }] : []),
    ...model.routes.map((r) => ({ what: `${r.platform} route`, source: r.source, checked: r.checked })),
    ...model.surfaces.map((s) => ({ what: `${s.id} availability`, source: s.source, checked: s.checked })),
    ...(model.rateLimits ? [{ what: 'rate limits', source: model.rateLimits.source, checked: model.rateLimits.checked }] : []),
  ];
  const merged = new Map<string, SourcedFigure>();
  for (const f of figures) {
    const key = `${f.source.url}|${f.source.via ?? ''}|${f.checked}`;
    const seen = merged.get(key);
    if (seen) seen.what = seen.what.split(', ').includes(f.what) ? seen.what : `${seen.what}, ${f.what}`;
    else merged.set(key, { ...f });
  }
  return [...merged.values()].sort((a, b) => b.checked.localeCompare(a.checked));
}

export function modelCard(catalog: Catalog, model: CatalogModel, asOf: string): ModelCard {
  const price = quotedPrice(model, asOf);
  return {
    kind: 'model-card',
    asOf,
    model,
    status: statusOn(model, asOf),
    providerName: providerName(catalog, model.provider),
    price,
    scheduled: scheduledChanges(model, asOf),
    capabilities: capabilityTable(model),
    benchmarks: model.benchmarks.map((b) => {
      const meta = catalog.benchmarks.get(b.id);
      return { ...b, name: meta?.name ?? b.id, unit: meta?.scale.unit ?? 'score' };
    }),
    costPerTask: taskCosts(catalog, model),
    // The maker's headquarters, checked last of all the card's figures, leads the sources (newest check first).
    sources: [...makerFigures(catalog, model).map((f) => ({ ...f, what: 'maker headquarters' })), ...modelSources(model, price)],
  };
}

/** One catalog row for `catalog --json`: the model with its current prices resolved. */
export function catalogRow(model: CatalogModel, asOf: string) {
  const p = quotedPrice(model, asOf);
  return {
    id: model.id,
    name: model.name,
    provider: model.provider,
    family: model.family,
    status: statusOn(model, asOf),
    released: model.released ?? null,
    knowledgeCutoff: model.knowledgeCutoff ?? null,
    deprecated: model.deprecated ?? null,
    retires: model.retires ?? null,
    contextWindow: model.contextWindow,
    maxInput: model.maxInput ?? null,
    maxOutput: model.maxOutput ?? null,
    modalities: model.modalities,
    capabilities: model.capabilities,
    license: model.license,
    openWeights: model.openWeights,
    aliases: model.aliases,
    prices: {
      from: p.from,
      input: p.input,
      cachedInput: p.cachedInput ?? null,
      cacheWrite5m: p.cacheWrite5m ?? null,
      cacheWrite1h: p.cacheWrite1h ?? null,
      output: p.output,
      batchInput: p.batchInput ?? null,
      batchOutput: p.batchOutput ?? null,
      host: p.host ?? null,
      free: p.free === true,
      tiers: p.tiers,
      serviceTiers: p.serviceTiers,
      source: p.source,
      checked: p.checked,
    },
    routes: model.routes.map((r) => ({
      host: r.platform,
      id: r.id,
      input: r.input ?? null,
      cachedInput: r.cachedInput ?? null,
      output: r.output ?? null,
      free: r.free === true,
      checked: r.checked,
    })),
  };
}
