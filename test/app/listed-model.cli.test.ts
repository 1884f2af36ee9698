import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const MODEL = 'gemini-robotics-er-1.6-preview';
const dir = mkdtempSync(join(tmpdir(), 'modelscout-listed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;

describe('a new model two sources list reaches the answers', () => {
  const env = { MODELSCOUT_DATA_DIR: join(dir, 'data') };
  const litellm = { ...read('test/fixtures/sync/litellm-prices.json'), ...read('test/fixtures/sync/listings/litellm-entries.2026-08-12.json') };
  const modelsdev = read('test/fixtures/sync/modelsdev-api.json') as Record<string, { models: Record<string, unknown> }>;
  modelsdev.google = { ...modelsdev.google, models: { ...modelsdev.google!.models, ...read('test/fixtures/sync/listings/modelsdev-google.2026-08-22.json') } } as {
    models: Record<string, unknown>;
  };
  const a = join(dir, 'litellm.json');
  const b = join(dir, 'modelsdev.json');
  writeFileSync(a, JSON.stringify(litellm));
  writeFileSync(b, JSON.stringify(modelsdev));

  it('is unknown before, listed by one source is not enough, and two agreeing sources list it', async () => {
    expect(loadCatalog().byId.has(MODEL)).toBe(false);
    const before = await cli(['cost', MODEL, '--tokens', '1M', '--json'], env);
    expect(before.code).toBe(1);

    const first = await cli(['sync', '--source', 'litellm', '--file', a, '--json'], env);
    expect(first.code, first.err).toBe(0);
    expect(JSON.parse(first.out).newModels).toContainEqual(
      expect.objectContaining({
        id: `gemini/${MODEL}`,
        provider: 'google',
        catalogId: MODEL,
        prices: { input: 1, output: 5 },
        facts: expect.objectContaining({ contextWindow: 131_072 }),
      }),
    );
    // One source alone does not list a model.
    expect((await cli(['cost', MODEL, '--tokens', '1M', '--json'], env)).code).toBe(1);

    expect(JSON.parse(first.out).listed.map((l: { model: string }) => l.model)).not.toContain(MODEL);
    const second = await cli(['sync', '--source', 'models.dev', '--file', b, '--json'], env);
    expect(second.code, second.err).toBe(0);
    expect(JSON.parse(second.out).listed).toContainEqual(
      expect.objectContaining({ model: MODEL, provider: 'google', sources: ['models.dev', 'litellm'], prices: { input: 1, output: 5 } }),
    );

    const cost = await cli(['cost', MODEL, '--tokens', '1M', '--mix', '1:1', '--json'], env);
    expect(cost.code, cost.err).toBe(0);
    const answer = JSON.parse(cost.out);
    expect(answer.model).toBe(MODEL);
    expect(answer.rates).toMatchObject({ input: 1, output: 5 });
    expect(answer.monthlyUsd).toBeCloseTo(3, 10);
    expect(answer.notices.listed).toEqual([
      { model: MODEL, name: 'Gemini Robotics-ER 1.6 Preview', sources: ['models.dev', 'LiteLLM'], date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    ]);
    expect(answer.notices.synced).toEqual([]);
    expect(answer.sources[0].via).toMatch(/^models\.dev and LiteLLM, reported \d{4}-\d{2}-\d{2} \(price sync, not yet in the reviewed catalog\)$/);

    const card = await cli(['model', MODEL, '--json'], env);
    expect(card.code, card.err).toBe(0);
    const model = JSON.parse(card.out);
    expect(model.model).toMatchObject({ id: MODEL, provider: 'google', contextWindow: 131_072, maxOutput: 65_536, released: '2026-04-14', openWeights: false });
    expect(model.model.modalities.input).toEqual(['text', 'image', 'video', 'audio']);

    const text = await cli(['model', MODEL], env);
    expect(text.out).toMatch(/Gemini Robotics-ER 1\.6 Preview: listed by models\.dev and LiteLLM on \d{4}-\d{2}-\d{2}; not yet in the reviewed catalog\./);

    const compare = await cli(['compare', MODEL, 'gemini-2.5-flash', '--json'], env);
    expect(compare.code, compare.err).toBe(0);
    expect(JSON.parse(compare.out).notices.listed.map((l: { model: string }) => l.model)).toEqual([MODEL]);

    const cheapest = await cli(['cheapest', '--tokens', '1M', '--provider', 'google', '--max-price', '3', '--top', '50', '--json'], env);
    expect(cheapest.code, cheapest.err).toBe(0);
    expect(JSON.parse(cheapest.out).ranking.map((r: { model: string }) => r.model)).toContain(MODEL);

    // The reviewed catalog still lacks it: the listing lives in the answers, not in data/.
    expect(loadCatalog().byId.has(MODEL)).toBe(false);
  }, 300_000);
});
