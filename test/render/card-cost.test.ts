// The model card shows what a published benchmark run cost per task, in Slack and in the terminal.
import { describe, expect, it } from 'vitest';
import { modelCard } from '../../src/catalog/card.ts';
import { money } from '../../src/cost/format.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const AS_OF = '2026-11-22';
const withRuns = catalog.models.map((m) => modelCard(catalog, m, AS_OF)).filter((c) => c.costPerTask.length > 0);

describe('cost per task on the model card', () => {
  it('is shown with its run and the warning that it is one workload', () => {
    expect(withRuns.length).toBeGreaterThan(0);
    for (const card of withRuns.slice(0, 5)) {
      const first = card.costPerTask[0];
      if (!first) continue;
      const text = renderText(card);
      expect(text).toContain(`Cost per task: ${money(first.perTaskUsd)}`);
      expect(text).toContain("one benchmark's workload");
      expect(JSON.stringify(renderBlocks(card).blocks)).toContain(`${money(first.perTaskUsd)} a task`);
    }
  });
});
