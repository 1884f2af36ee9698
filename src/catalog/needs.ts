// Whether a model can take a kind of work at all: the surfaces, capabilities, input modalities, maximum input
// and context a lane needs, checked against the model's published facts, and the lane's score floors.
import type { Capability } from './schema.ts';
import type { Lane } from './lanes-schema.ts';
import type { Catalog, CatalogModel } from './validate.ts';

/** A model's score on a benchmark: its best published configuration; undefined when it has none. */
export function scoreOf(model: CatalogModel, benchmark: string): number | undefined {
  let best: number | undefined;
  for (const b of model.benchmarks) if (b.id === benchmark && (best === undefined || b.score > best)) best = b.score;
  return best;
}

/** A score as answers write it: percent benchmarks with one decimal and a % sign ("40.0%"), others as published. */
export function scoreText(catalog: Catalog, id: string, score: number): string {
  return catalog.benchmarks.get(id)?.scale.unit === 'percent' ? `${score.toFixed(1)}%` : String(score);
}

/** The most input a model takes: its published maximum input, else its context window. */
export function maxInputOf(model: CatalogModel): number {
  return model.maxInput ?? model.contextWindow;
}

/**
 * The lane floor a model's score falls under, or undefined. A score on a benchmark that measures the lane is held
 * to its floor. Proxies stand in for such scores and do not overrule them: their floors apply only to a model with
 * no direct score, and it falls short only when none of its floored proxy scores reaches its floor.
 */
export function belowFloor(lane: Lane, model: CatalogModel): { benchmark: string; score: number; floor: number } | undefined {
  const scored = lane.evidence.flatMap((e) => {
    const score = scoreOf(model, e.benchmark);
    return score === undefined ? [] : [{ e, score }];
  });
  const direct = scored.filter(({ e }) => !e.proxy);
  const under = ({ e, score }: { e: Lane['evidence'][number]; score: number }) => e.floor !== undefined && score < e.floor;
  const fails = direct.length > 0 ? direct.filter(under) : scored.filter(({ e }) => e.floor !== undefined).every(under) ? scored.filter(under) : [];
  const first = fails[0];
  return first ? { benchmark: first.e.benchmark, score: first.score, floor: first.e.floor as number } : undefined;
}

/**
 * Why a model cannot take a lane: a need it lacks, a score under a floor, or a needed capability its sources do not
 * publish (whether it can is unknown, not no). Something it lacks is said before something unpublished.
 */
export type UnmetNeed = { kind: 'lacks' | 'unpublished'; reason: string } | { kind: 'floor'; reason: string; benchmark: string; score: number; floor: number };

/** Why a model cannot take a lane, or undefined if it can. */
export function unmetNeed(lane: Lane, model: CatalogModel): UnmetNeed | undefined {
  const lacks = (reason: string): UnmetNeed => ({ kind: 'lacks', reason });
  for (const surface of lane.needs.surfaces) {
    const s = model.surfaces.find((x) => x.id === surface);
    if (!s) return lacks(`no published ${surface} availability`);
    if (!s.available) return lacks(`not available for ${surface.replace('codex-', 'Codex ').replace('-', ' ')}`);
  }
  let unpublished: UnmetNeed | undefined;
  for (const capability of lane.needs.capabilities) {
    const has = model.capabilities[capability];
    if (has === false) return lacks(`no ${capability}`);
    if (has === undefined) unpublished ??= { kind: 'unpublished', reason: `${capability} not published` };
  }
  for (const modality of lane.needs.inputModalities) {
    if (!model.modalities.input.includes(modality)) return lacks(`no ${modality} input`);
  }
  if (lane.needs.minContext !== undefined && model.contextWindow < lane.needs.minContext) {
    return lacks(`context ${model.contextWindow.toLocaleString('en-US')} < ${lane.needs.minContext.toLocaleString('en-US')} tokens`);
  }
  if (lane.needs.minInput !== undefined && maxInputOf(model) < lane.needs.minInput) {
    const what = model.maxInput !== undefined ? 'maximum input' : 'context window (no separate input limit published)';
    return lacks(`${what} ${maxInputOf(model).toLocaleString('en-US')} < ${lane.needs.minInput.toLocaleString('en-US')} tokens`);
  }
  const floor = belowFloor(lane, model);
  if (floor) return { kind: 'floor', reason: `${floor.benchmark} ${floor.score} is under the lane's floor of ${floor.floor}`, ...floor };
  return unpublished;
}

/**
 * What a provider's platform offers around a model, not what its requests need: a replacement is bought without
 * them (its own batch or caching, if any, is priced where asked), so standing in does not ask for them.
 */
export const PLATFORM_FEATURES: readonly (keyof CatalogModel['capabilities'])[] = ['prompt-caching', 'batch-api', 'fine-tuning', 'web-search', 'code-execution'];

/**
 * Whether a model can stand in for another: every capability the other's requests can use (vision, tools, structured
 * outputs, reasoning, computer use; not its platform's features), every kind of input it takes, and at least its context window.
 */
export function canStandIn(model: CatalogModel, other: CatalogModel, waived: readonly Capability[] = []): boolean {
  const capabilities = Object.entries(other.capabilities) as [Capability, boolean | undefined][];
  // What the user said the work does without ("cheaper than sonnet 4.5, without vision") is not asked of a stand-in;
  // without vision, neither are images.
  const inputs = waived.includes('vision') ? other.modalities.input.filter((m) => m !== 'image') : other.modalities.input;
  return (
    capabilities.every(([capability, has]) => has !== true || PLATFORM_FEATURES.includes(capability) || waived.includes(capability) || model.capabilities[capability] === true) &&
    inputs.every((modality) => model.modalities.input.includes(modality)) &&
    model.contextWindow >= other.contextWindow
  );
}
