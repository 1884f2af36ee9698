import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { quotedPrice } from '../../src/catalog/history.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const MODEL = 'claude-haiku-4-5';
const dir = mkdtempSync(join(tmpdir(), 'modelscout-overlay-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the sync reaches the answers', () => {
  const reviewed = quotedPrice(loadCatalog().byId.get(MODEL)!, new Date().toISOString().slice(0, 10)).input;
  // A new price both sources report: 80% of the reviewed one, kept to the cent's hundredth.
  const moved = Number((reviewed * 0.8).toFixed(4));

  it(`records LiteLLM and models.dev agreeing on a new ${MODEL} input price, and cost uses it, saying where it came from`, async () => {
    const litellm = JSON.parse(readFileSync('test/fixtures/sync/litellm-prices.json', 'utf8')) as Record<string, { input_cost_per_token?: number }>;
    (litellm[MODEL] as { input_cost_per_token: number }).input_cost_per_token = moved / 1e6;
    const modelsdev = JSON.parse(readFileSync('test/fixtures/sync/modelsdev-api.json', 'utf8')) as Record<string, { models: Record<string, { cost: { input: number } }> }>;
    (modelsdev.anthropic as { models: Record<string, { cost: { input: number } }> }).models[MODEL]!.cost.input = moved;
    const a = join(dir, 'litellm.json');
    const b = join(dir, 'modelsdev.json');
    writeFileSync(a, JSON.stringify(litellm));
    writeFileSync(b, JSON.stringify(modelsdev));
    const env = { MODELSCOUT_DATA_DIR: join(dir, 'data') };

    // No store yet: the answer is the reviewed catalog's, and asking creates no store.
    const before = await cli(['cost', MODEL, '--tokens', '1M', '--mix', '1:0', '--json'], env);
    expect(before.err).toBe('');
    expect(JSON.parse(before.out).rates.input).toBe(reviewed);
    expect(existsSync(env.MODELSCOUT_DATA_DIR)).toBe(false);

    for (const [source, file] of [
      ['litellm', a],
      ['models.dev', b],
    ] as const) {
      const r = await cli(['sync', '--source', source, '--file', file, '--json'], env);
      expect(r.code, r.err).toBe(0);
      expect(JSON.parse(r.out).observations).toContainEqual(expect.objectContaining({ model: MODEL, field: 'input', catalog: reviewed, source: moved }));
    }

    const after = await cli(['cost', MODEL, '--tokens', '1M', '--mix', '1:0', '--json'], env);
    expect(after.code, after.err).toBe(0);
    const answer = JSON.parse(after.out);
    expect(answer.rates.input).toBe(moved);
    expect(answer.monthlyUsd).toBeCloseTo(moved, 10);
    expect(answer.notices.synced).toContainEqual(expect.objectContaining({ model: MODEL, field: 'input', value: moved, reviewed, sources: ['LiteLLM', 'models.dev'] }));
    expect(answer.sources[0].via).toMatch(/^LiteLLM and models\.dev, reported \d{4}-\d{2}-\d{2}/);

    const text = await cli(['cost', MODEL, '--tokens', '1M'], env);
    expect(text.out).toMatch(
      new RegExp(`input, reported by LiteLLM and models\\.dev on \\d{4}-\\d{2}-\\d{2}; the reviewed catalog says \\$${reviewed.toFixed(2).replace('.', '\\.')}`),
    );

    // The reviewed catalog still says what it said: the overlay lives in the answers, not in data/.
    expect(quotedPrice(loadCatalog().byId.get(MODEL)!, new Date().toISOString().slice(0, 10)).input).toBe(reviewed);
  }, 300_000);
});
