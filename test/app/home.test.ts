// App Home says how many models' prices are older than 30 and 90 days, counted on the date asked.
import { describe, expect, it } from 'vitest';
import { homeSummary } from '../../src/app/home.ts';
import { createLogger } from '../../src/log.ts';
import { homeView } from '../../src/render/blocks/views.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { handMadeCatalog } from './hand-made.ts';

const model = (id: string, checked: string) => ({ id, pricing: [{ from: '2026-01-01', input: 1, output: 4, checked }] });
const catalog = handMadeCatalog([model('a', '2026-11-25'), model('b', '2026-10-15'), model('c', '2026-07-02'), model('d', '2026-06-01')]);

describe('App Home', () => {
  it('counts the models whose prices are older than 30 and 90 days, and says so', async () => {
    const summary = await homeSummary({ catalog, now: () => new Date('2026-12-02T09:00:00Z'), logger: createLogger('error') });
    expect(summary.stale).toEqual({ over30: 3, over90: 2, models: 4 });
    const view = homeView(summary);
    expect(JSON.stringify(view.blocks)).toContain('Prices older than 30 days: 3 of 4 models (older than 90 days: 2) — run the sync or see Sources.');
    expect(limitViolations({ blocks: view.blocks }, 'home')).toEqual([]);
  });

  it('says every price is recent when none is older than 30 days', async () => {
    const summary = await homeSummary({ catalog, now: () => new Date('2026-06-15T09:00:00Z'), logger: createLogger('error') });
    expect(summary.stale.over30).toBe(0);
    expect(JSON.stringify(homeView(summary).blocks)).toContain("Every model's prices were checked in the last 30 days.");
  });
});
