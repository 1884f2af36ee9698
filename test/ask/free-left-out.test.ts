// Free models asked for: the models that pass every other filter but have no free endpoint are said among what is left
// out, so "free claude models" with none says why, not only that nothing passed.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-12-06T12:00:00Z'), logger: createLogger('error') };
const ask = (text: string) => handle({ text, where: LOCAL }, ports);

describe('free models left out', () => {
  it('"free claude models": every current Anthropic model is said to have no free endpoint', async () => {
    const { answer } = await ask('free claude models');
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    expect(answer.ranking).toHaveLength(0);
    const current = catalog.models.filter((m) => m.provider === 'anthropic' && m.status !== 'deprecated' && !m.retires).length;
    const free = answer.excluded.find((e) => e.filter === 'free');
    expect(free?.count).toBeGreaterThan(0);
    expect(free?.count).toBeLessThanOrEqual(current);
    expect(renderText(answer)).toMatch(new RegExp(`${free?.count} no free endpoint in the catalog`));
  });

  it('free models: those the other filters keep but no free endpoint sells are counted, no more', async () => {
    const [free, all] = await Promise.all([ask('free deepseek models'), ask('/models cheapest from deepseek top 999')]);
    if (free.answer.kind !== 'cheapest' || all.answer.kind !== 'cheapest') throw new Error('not rankings');
    const none = free.answer.excluded.find((e) => e.filter === 'free')?.count ?? 0;
    // Snapshots of one model rank once, so the kept models are at least the paid ranking's rows.
    expect(free.answer.eligible + none).toBeGreaterThanOrEqual(all.answer.eligible);
    expect(none).toBeLessThanOrEqual(catalog.models.filter((m) => m.provider === 'deepseek').length);
    expect(none).toBeGreaterThan(0);
  });

  it('a ranking of prices says nothing of free endpoints', async () => {
    const { answer } = await ask('cheapest from deepseek');
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    expect(answer.excluded.some((e) => e.filter === 'free')).toBe(false);
  });
});
