// `where` with hosts named: a named host that sells the model is among its routes; one the catalog lists no route
// on is said ("Not on … in the catalog."), in Slack and the terminal. Hosts and models are drawn from the catalog.
import { describe, expect, it } from 'vitest';
import { handle, LOCAL } from '../../src/app/handle.ts';
import type { WhereAnswer } from '../../src/ask/answer.ts';
import { parseText } from '../../src/ask/index.ts';
import { hostName } from '../../src/catalog/schema.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { createLogger } from '../../src/log.ts';
import { renderBlocks } from '../../src/render/blocks/index.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-11-22T12:00:00Z'), logger: createLogger('error') };
const hostsOf = (id: string) => new Set(catalog.byId.get(id)?.routes.map((r) => r.platform));

async function whereAnswer(text: string): Promise<WhereAnswer> {
  const { answer } = await handle({ text, where: LOCAL }, ports);
  if (answer.kind !== 'where') throw new Error(`expected a where answer for “${text}”, got ${answer.kind}`);
  return answer;
}

describe('where, with hosts named', () => {
  const allHosts = [...new Set(catalog.models.flatMap((m) => m.routes.map((r) => r.platform)))];
  // A model with a route on one host and none on another, both hosts named in words people use.
  const cases = catalog.models
    .filter((m) => m.status !== 'deprecated' && m.routes.length > 0 && /^[a-z0-9.-]+$/.test(m.id))
    .flatMap((m) => {
      const on = m.routes.find((r) => allHosts.includes(r.platform))?.platform;
      const off = allHosts.find((h) => !hostsOf(m.id).has(h) && h !== m.provider);
      return on && off ? [{ model: m.id, on, off }] : [];
    })
    .slice(0, 12);

  it('says the named hosts the model is not sold on, and only those', async () => {
    expect(cases.length).toBeGreaterThan(5);
    let checked = 0;
    for (const { model, on, off } of cases) {
      const text = `is ${model} on ${hostName(on)} or ${hostName(off)}?`;
      const query = parseText(catalog, text);
      if (query.intent !== 'where') continue; // a host word that is also a model word reads otherwise (counted below)
      checked += 1;
      const answer = await whereAnswer(text);
      const entry = answer.models.find((m) => m.id === model);
      expect(entry?.notOn, text).toEqual([off]);
      expect(
        entry?.routes.map((r) => r.platform),
        text,
      ).toContain(on);
      expect(renderText(answer), text).toContain(`Not on ${hostName(off)} in the catalog.`);
      expect(JSON.stringify(renderBlocks(answer)), text).toContain(`Not on ${hostName(off)} in the catalog.`);
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('reads a host anywhere in the question, and says nothing when every named host sells it', async () => {
    const gpt4o = await whereAnswer('azure gpt-4o price');
    const azureSells = hostsOf('gpt-4o').has('azure');
    expect(gpt4o.models[0]?.notOn).toEqual(azureSells ? [] : ['azure']);
    const [model, route] = cases.map((c) => [c.model, c.on] as const)[0] ?? [];
    if (!model || !route) throw new Error('no case');
    const sold = await whereAnswer(`compare ${hostName(route)} and openrouter for ${model}`);
    expect(sold.models[0]?.notOn).toEqual(['openrouter'].filter((h) => !hostsOf(model).has(h) && h !== route));
    expect(renderText(await whereAnswer(`where can i run ${model}`))).not.toContain('Not on');
  });
});
