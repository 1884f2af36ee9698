// Small statistics helpers: percentiles over raw samples, and "median of runs (min–max)".

/** The q-quantile (0..1) of `values` by linear interpolation between closest ranks. */
export function quantile(values: ArrayLike<number>, q: number): number {
  const n = values.length;
  if (n === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (pos - lo);
}

export const median = (values: ArrayLike<number>) => quantile(values, 0.5);

/** A figure over several runs: the median, and the spread as min and max. */
export interface Figure {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function figure(runs: number[]): Figure {
  return { median: median(runs), min: Math.min(...runs), max: Math.max(...runs), runs };
}

/** "12.3 (11.9–13.0)" with `digits` decimals. */
export function showFigure(f: Figure, digits = 1, unit = ''): string {
  const n = (x: number) => `${x.toFixed(digits)}${unit}`;
  if (f.runs.length <= 1) return n(f.median);
  return `${n(f.median)} (${f.min.toFixed(digits)}–${f.max.toFixed(digits)})`;
}

/**
 * Times `fn`: after a few warm-up calls, in batches big enough to last about `batchMs` (so the timer's
 * resolution does not matter), until `minMs` has passed. Returns the median and p90 of the per-call time
 * over batches, in ms.
 */
export function timePerCall(
  fn: () => unknown,
  options: { minMs: number; batchMs?: number; minBatches?: number; warmup?: number },
): { medianMs: number; p90Ms: number; calls: number } {
  for (let i = 0; i < (options.warmup ?? 20); i++) fn();
  const t = performance.now();
  fn();
  const one = Math.max(performance.now() - t, 0.0005);
  const batch = Math.max(1, Math.round((options.batchMs ?? 2) / one));
  const perCall: number[] = [];
  const start = performance.now();
  while (performance.now() - start < options.minMs || perCall.length < (options.minBatches ?? 7)) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) fn();
    perCall.push((performance.now() - t0) / batch);
  }
  return { medianMs: median(perCall), p90Ms: quantile(perCall, 0.9), calls: perCall.length * batch };
}
