// The terminal ranking names where each model is priced: "via Groq" for a host's price, nothing for the provider's
// own API. Read from the answer's `route`, on the real catalog.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { emptyQuery, type Query } from '../../src/ask/query.ts';
import type { CheapestAnswer } from '../../src/cost/rank.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { createLogger } from '../../src/log.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();

async function cheapest(more: Partial<Query>): Promise<{ answer: CheapestAnswer; text: string }> {
  const query: Query = { ...emptyQuery('cheapest', 'cheapest'), tokens: 50_000_000, ...more };
  const { answer } = await handle({ text: query.text, where: LOCAL, query }, { catalog, now: () => new Date('2026-11-22T12:00:00Z'), logger: createLogger('error') });
  if (answer.kind !== 'cheapest') throw new Error(`expected a ranking, got ${answer.kind}`);
  return { answer, text: renderText(answer) };
}

/** The ranking table's row for a model (its line starts with the rank). */
function row(text: string, rank: number): string {
  return text.split('\n').find((l) => l.trimStart().startsWith(`${rank} `)) ?? '';
}

describe('cheapest in the terminal', () => {
  it('names the host a model is priced at, and no host for a provider’s own price', async () => {
    const { answer, text } = await cheapest({ top: 25 });
    const hosted = answer.ranking.filter((r) => r.route.host !== r.provider);
    const own = answer.ranking.filter((r) => r.route.host === r.provider);
    expect(hosted.length).toBeGreaterThan(0);
    expect(own.length).toBeGreaterThan(0);
    answer.ranking.forEach((r, i) => {
      const line = row(text, i + 1);
      if (r.route.host !== r.provider) expect(line).toContain(`${r.model} via ${r.route.name}`);
      else expect(line).not.toContain(' via ');
    });
  });

  it('says a free endpoint is free where free models are asked for', async () => {
    const { answer, text } = await cheapest({ top: 3, filters: { free: true } });
    expect(answer.ranking.length).toBeGreaterThan(0);
    for (const [i, r] of answer.ranking.entries()) expect(row(text, i + 1)).toContain(`${r.model} via ${r.route.name} (free)`);
  });
});
