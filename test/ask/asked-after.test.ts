// Follow-ups after an explanation or a spec: "only from google" after how a lane decides narrows that lane's picks,
// and "how about 80% cached?" after which has the bigger context asks what those models cost so.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Query } from '../../src/ask/query.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-12-06T12:00:00Z'), logger: createLogger('error') };
const ask = (text: string, previous?: Query) => handle({ text, where: LOCAL, ...(previous ? { previous } : {}) }, ports);

describe("narrowed after a lane's rule", () => {
  it.each([
    ['what about from google only?', { providers: ['google'] }],
    ['only open weights', { openWeights: true }],
  ])("%s: the lane's picks with it", async (text, filters) => {
    const explained = await ask('how does the terminal lane decide?');
    expect(explained.answer.kind).toBe('help');
    const next = await ask(text, explained.asked);
    expect(next.query).toMatchObject({ intent: 'best', lane: 'terminal', filters });
    if (next.answer.kind !== 'best') throw new Error(next.answer.kind);
    expect(next.answer.picks.length).toBeGreaterThan(0);
    for (const p of next.answer.picks) {
      const m = catalog.byId.get(p.model);
      if ('providers' in filters) expect(m?.provider).toBe('google');
      else expect(m?.openWeights).toBe(true);
    }
  });

  it('a question of its own after it stands on its own', async () => {
    const explained = await ask('how does the terminal lane decide?');
    expect((await ask('cost of gpt-5 at 50M', explained.asked)).query.intent).toBe('cost');
  });
});

describe('a price profile after a spec', () => {
  it('"how about 80% cached?" after which has the bigger context: the two models compared at that share', async () => {
    const first = await ask('which has the bigger context, claude haiku 4.5 or claude sonnet 4.5?');
    expect(first.query.attribute).toBe('context');
    const next = await ask('how about 80% cached?', first.asked);
    expect(next.query).toMatchObject({ intent: 'compare', models: ['claude-haiku-4-5', 'claude-sonnet-4-5'], cachedShare: 0.8 });
  });

  it('"and on batch?" after one model\'s context window: its cost on batch', async () => {
    const first = await ask('gpt-5 context window');
    const next = await ask('and on batch?', first.asked);
    expect(next.query).toMatchObject({ intent: 'cost', models: ['gpt-5'], batch: true });
  });
});
