import { money } from '../cost/format.js';
export { taskCosts } from '../catalog/runs.js';
export function taskCostText(cost) {
    return `${money(cost.perTaskUsd)} per task (${cost.label})`;
}
//# sourceMappingURL=runs.js.map