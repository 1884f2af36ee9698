// Cost per task: where a benchmark's publisher reports what a whole run cost (Aider's polyglot run of 225 tasks),
// the cost of one task in that run. It is one benchmark's workload at that run's prices and configuration: every
// answer that shows it says so, beside the per-token price, never instead of it.
import type { Source } from './schema.ts';
import type { Catalog, CatalogModel } from './validate.ts';

export interface TaskCost {
  benchmark: string;
  benchmarkName: string;
  /** The run's configuration as the publisher names it ("high reasoning, diff edit format"), or null. */
  setting: string | null;
  score: number;
  tasks: number;
  totalCostUsd: number;
  /** totalCostUsd / tasks, to 6 significant digits. */
  perTaskUsd: number;
  /** The day of the run. */
  date: string;
  /** What the figure is: "Aider polyglot run of 2025-06-25, high reasoning, diff edit format, 225 tasks; one benchmark's workload, not yours". */
  label: string;
  source: Source;
  checked: string;
}

export const ONE_WORKLOAD = "one benchmark's workload, not yours";

/** The benchmark with the most published runs with a cost across the catalog (what "cost per task" is counted on unless one is named). */
export function mostRunBenchmark(catalog: Catalog): string | undefined {
  const runs = new Map<string, number>();
  for (const m of catalog.models) for (const b of m.benchmarks) if (b.run !== undefined) runs.set(b.id, (runs.get(b.id) ?? 0) + 1);
  return [...runs].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0]?.[0];
}

/** A model's cheapest published run per task on one benchmark, if it has one. */
export function cheapestRun(catalog: Catalog, model: CatalogModel, benchmark: string): TaskCost | undefined {
  return taskCosts(catalog, model)
    .filter((c) => c.benchmark === benchmark)
    .reduce<TaskCost | undefined>((best, c) => (best === undefined || c.perTaskUsd < best.perTaskUsd ? c : best), undefined);
}

/** Every published run with a cost for a model, the highest-scoring configuration first. */
export function taskCosts(catalog: Catalog, model: CatalogModel): TaskCost[] {
  return model.benchmarks
    .flatMap((b) => {
      if (b.run === undefined) return [];
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
