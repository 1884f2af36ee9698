// A model's country is not in the catalog: asked for, it is said not to be applied, and nothing else is lost.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/ask/index.ts';
import { loadCatalog } from '../../src/load/catalog.ts';

const catalog = loadCatalog();

describe('where a model comes from', () => {
  it.each([
    ['cheapest non-chinese model', 'non-chinese'],
    ["cheapest model that isn't chinese", "isn't chinese"],
    ['cheapest reasoning model, not from china', 'not from china'],
    ['best european model', 'european'],
    ['cheapest model from china', 'from china'],
    ['cheapest us-based model with vision', 'us-based'],
    ['non-chinese open weights model for coding', 'non-chinese'],
    ['cheapest model with 200k context and vision from a US company', 'from a US company'],
    ['best coding model from an american lab', 'from an american lab'],
    ['cheapest western models', 'western models'],
  ])('%s: says “%s” is not applied', (text, said) => {
    const q = parseText(catalog, text);
    expect(q.notes?.join(' ')).toContain(`“${said}” is not applied: the catalog records who makes each model, not the country`);
  });

  it('keeps the filters beside it', () => {
    expect(parseText(catalog, 'non-chinese open weights model for coding').filters.openWeights).toBe(true);
    expect(parseText(catalog, 'cheapest us-based model with vision').filters.need).toEqual(['vision']);
  });

  it('alone, still lists the models, with the words said not applied', () => {
    const q = parseText(catalog, 'us-based models only');
    expect(q.intent).toBe('cheapest');
    expect(q.notes?.join(' ')).toContain('“us-based” is not applied');
  });

  it('leaves "us" the pronoun alone', () => {
    expect(parseText(catalog, 'cheapest model for us').notes ?? []).toEqual([]);
    expect(parseText(catalog, 'give us models with vision').notes ?? []).toEqual([]);
  });
});
