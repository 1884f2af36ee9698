export const ONE_WORKLOAD = "one benchmark's workload, not yours";
export function mostRunBenchmark(catalog) {
    const runs = new Map();
    for (const m of catalog.models)
        for (const b of m.benchmarks)
            if (b.run !== undefined)
                runs.set(b.id, (runs.get(b.id) ?? 0) + 1);
    return [...runs].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]?.[0];
}
export function cheapestRun(catalog, model, benchmark) {
    return taskCosts(catalog, model)
        .filter((c) => c.benchmark === benchmark)
        .reduce((best, c) => (best === undefined || c.perTaskUsd < best.perTaskUsd ? c : best), undefined);
}
export function taskCosts(catalog, model) {
    return model.benchmarks
        .flatMap((b) => {
        if (b.run === undefined)
            return [];
        const benchmarkName = catalog.benchmarks.get(b.id)?.name ?? b.id;
        return [
            {
                benchmark: b.id,
                benchmarkName,
                setting: b.setting ?? null,
                score: b.score,
                tasks: b.run.tasks,
                totalCostUsd: b.run.totalCostUsd,
                perTaskUsd: Number((b.run.totalCostUsd / b.run.tasks).toPrecision(6)),
                date: b.run.date,
                label: `${benchmarkName} run of ${b.run.date}${b.setting ? `, ${b.setting}` : ''}, ${b.run.tasks} tasks; ${ONE_WORKLOAD}`,
                source: b.source,
                checked: b.checked,
            },
        ];
    })
        .sort((a, b) => b.score - a.score || a.perTaskUsd - b.perTaskUsd);
}
//# sourceMappingURL=runs.js.map