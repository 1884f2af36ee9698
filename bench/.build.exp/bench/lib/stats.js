export function quantile(values, q) {
    const n = values.length;
    if (n === 0)
        return Number.NaN;
    const sorted = Float64Array.from(values).sort();
    const pos = (n - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}
export const median = (values) => quantile(values, 0.5);
export function figure(runs) {
    return { median: median(runs), min: Math.min(...runs), max: Math.max(...runs), runs };
}
export function showFigure(f, digits = 1, unit = '') {
    const n = (x) => `${x.toFixed(digits)}${unit}`;
    if (f.runs.length <= 1)
        return n(f.median);
    return `${n(f.median)} (${f.min.toFixed(digits)}–${f.max.toFixed(digits)})`;
}
export function timePerCall(fn, options) {
    for (let i = 0; i < (options.warmup ?? 20); i++)
        fn();
    const t = performance.now();
    fn();
    const one = Math.max(performance.now() - t, 0.0005);
    const batch = Math.max(1, Math.round((options.batchMs ?? 2) / one));
    const perCall = [];
    const start = performance.now();
    while (performance.now() - start < options.minMs || perCall.length < (options.minBatches ?? 7)) {
        const t0 = performance.now();
        for (let i = 0; i < batch; i++)
            fn();
        perCall.push((performance.now() - t0) / batch);
    }
    return { medianMs: median(perCall), p90Ms: quantile(perCall, 0.9), calls: perCall.length * batch };
}
//# sourceMappingURL=stats.js.map