// The Batch API said of some of the models named: those are priced at their batch rates and named so, the others at
// standard prices; said of the question as a whole, every model is priced at batch as before.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { Ports } from '../../src/app/ports.ts';
import { commandFor } from '../../src/ask/command-text.ts';
import { parseText } from '../../src/ask/index.ts';
import { priceProfile } from '../../src/cost/price.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const AS_OF = '2026-12-02';
const ports: Ports = { catalog, now: () => new Date(`${AS_OF}T12:00:00Z`), logger: { debug() {}, info() {}, warn() {}, error() {} } };
const blended = (id: string, batch: boolean) => {
  const q = priceProfile(catalog.byId.get(id)!, { ...defaultProfile(), batch }, AS_OF);
  if (!q.ok) throw new Error(`${id} has no ${batch ? 'batch' : 'standard'} price`);
  return q.blendedPerMillion;
};

describe('batch said of some of the models named', () => {
  it.each([
    ['is batch gpt-4.1 cheaper than gpt-4.1 mini?', ['gpt-4.1']],
    ['gpt-4.1 batch vs gpt-4o', ['gpt-4.1']],
    ['batch gpt-4.1 or standard gpt-4.1 mini at 100M tokens', ['gpt-4.1']],
    ['gpt-4.1 on batch vs o3 vs gpt-4o', ['gpt-4.1']],
    ['gpt-4.1 mini at standard prices vs gpt-4.1 via batch', ['gpt-4.1']],
  ])('%j prices only %j at batch', (text, batched) => {
    const q = parseText(catalog, text);
    expect([q.batch, q.batchModels]).toEqual([false, batched]);
    // Its command asks the same.
    const again = parseText(catalog, commandFor(q));
    expect([again.models, again.batch, again.batchModels]).toEqual([q.models, false, batched]);
  });

  it.each(['compare gpt-4.1 and gpt-4.1 mini with batch', 'compare batch pricing of gpt-4.1 and gpt-4o', 'gpt-4.1 vs gpt-4o on the batch api', 'batch gpt-4.1 and batch gpt-4o'])(
    '%j is batch for every model',
    (text) => {
      const q = parseText(catalog, text);
      expect([q.batch, q.batchModels ?? []]).toEqual([true, []]);
    },
  );

  it('the answer bills the batch model at its batch rates and the other at standard, names the batch one so and says it', async () => {
    const { answer } = await handle({ text: 'is batch gpt-4.1 cheaper than gpt-4.1 mini?', where: LOCAL }, ports);
    if (answer.kind !== 'attribute') throw new Error(`expected an attribute, got ${answer.kind}`);
    expect([answer.row.values['gpt-4.1']?.value, answer.row.values['gpt-4.1-mini']?.value]).toEqual([blended('gpt-4.1', true), blended('gpt-4.1-mini', false)]);
    expect(answer.names['gpt-4.1']).toBe(`${catalog.byId.get('gpt-4.1')?.name} (Batch API)`);
    expect(renderText(answer)).toContain('Batch API for gpt-4.1, standard tier for the rest');
  });

  it('a comparison’s monthly cost prices each model its own way', async () => {
    const { answer } = await handle({ text: 'gpt-4.1 batch vs gpt-4o at 10M tokens', where: LOCAL }, ports);
    if (answer.kind !== 'comparison') throw new Error(`expected a comparison, got ${answer.kind}`);
    const cost = answer.rows.find((r) => r.volume?.yours);
    expect([cost?.values['gpt-4.1']?.value, cost?.values['gpt-4o']?.value]).toEqual([blended('gpt-4.1', true) * 10, blended('gpt-4o', false) * 10]);
  });

  it('a follow-up keeps the batch model until batch is asked for every one', async () => {
    const first = await handle({ text: 'gpt-4.1 batch vs gpt-4o', where: LOCAL }, ports);
    const more = await handle({ text: 'and at 100M tokens?', where: LOCAL, previous: first.asked }, ports);
    expect([more.asked.batch, more.asked.batchModels, more.asked.tokens]).toEqual([false, ['gpt-4.1'], 100_000_000]);
    const all = await handle({ text: 'and both on batch?', where: LOCAL, previous: more.asked }, ports);
    expect([all.asked.batch, all.asked.batchModels ?? []]).toEqual([true, []]);
  });
});
