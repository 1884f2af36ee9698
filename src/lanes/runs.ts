// Cost per task as answers say it: the figure, then what it is (which run, which configuration, one workload).
import type { TaskCost } from '../catalog/runs.ts';
import { money } from '../cost/format.ts';

export { taskCosts, type TaskCost } from '../catalog/runs.ts';

/** "$0.0943 per task (Aider polyglot run of 2025-06-25, high reasoning, diff edit format, 225 tasks; one benchmark's workload, not yours)". */
export function taskCostText(cost: TaskCost): string {
  return `${money(cost.perTaskUsd)} per task (${cost.label})`;
}
