// Where a model's maker is based: "non-chinese models", "made in europe" filter on the maker's country; where a model
// is served, or a region with no borders ("western"), is said not to be applied, and nothing else is lost.
import { describe, expect, it } from 'vitest';
import { parseText } from '../../src/ask/index.ts';
import { handle, LOCAL } from '../../src/app/handle.ts';
import { createLogger } from '../../src/log.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { renderText } from '../../src/render/text/index.ts';

const catalog = loadCatalog();
const ports = { catalog, now: () => new Date('2026-12-06T12:00:00Z'), logger: createLogger('error') };
const ask = (text: string) => handle({ text, where: LOCAL }, ports);
const countryOf = (id: string) => catalog.providers.find((p) => p.id === catalog.byId.get(id)?.provider)?.country?.code;
const EUROPE_HAS = ['FR', 'DE', 'GB'];

describe('where a model is made', () => {
  it.each([
    ['cheapest non-chinese model', undefined, ['CN']],
    ["cheapest model that isn't chinese", undefined, ['CN']],
    ['cheapest reasoning model, not from china', undefined, ['CN']],
    ['no chinese models, cheapest with vision', undefined, ['CN']],
    ['cheapest model from china', ['CN'], undefined],
    ['cheapest us-based model with vision', ['US'], undefined],
    ['cheapest model with 200k context and vision from a US company', ['US'], undefined],
    ['cheapest model from a non-us company', undefined, ['US']],
    ['cheapest model outside the us', undefined, ['US']],
    ['korean models', ['KR'], undefined],
    ['cheapest model from france or china', ['CN', 'FR'], undefined],
    ['which us models are best for long context?', ['US'], undefined],
    ['best us model for coding', ['US'], undefined],
    ['cheapest model from the united states', ['US'], undefined],
    ['cheapest non-chinese reasoning model with vision', undefined, ['CN']],
    ['best chinese open weights coding models', ['CN'], undefined],
    ['cheapest model from the uk', ['GB'], undefined],
    ['cheapest model from britain', ['GB'], undefined],
  ])('%s: kept to %j, leaving out %j', (text, madeIn, notMadeIn) => {
    const q = parseText(catalog, text);
    expect(q.filters.madeIn).toEqual(madeIn);
    expect(q.filters.notMadeIn).toEqual(notMadeIn);
    expect(q.notes ?? []).toEqual([]);
  });

  it('"a european alternative to gpt-5" keeps the stand-ins to Europe', async () => {
    const { answer } = await ask('is there a good european alternative to gpt-5?');
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    expect(answer.filters.like).toBe('gpt-5');
    for (const r of answer.ranking) expect(['FR', 'DE', 'GB']).toContain(countryOf(r.model));
  });

  it('a region is its countries: "european" holds France, Germany and the UK; "the eu" not the UK', () => {
    const europe = parseText(catalog, 'best european model for coding').filters.madeIn ?? [];
    for (const code of EUROPE_HAS) expect(europe).toContain(code);
    const eu = parseText(catalog, 'cheapest model from the eu').filters.madeIn ?? [];
    expect(eu).toContain('FR');
    expect(eu).not.toContain('GB');
  });

  it('ranks only models whose maker is based where asked, and says so on each row and in what it left out', async () => {
    const { answer } = await ask('cheapest non-chinese models, top 10');
    if (answer.kind !== 'cheapest') throw new Error(answer.kind);
    expect(answer.ranking.length).toBe(10);
    for (const r of answer.ranking) {
      expect(countryOf(r.model)).toBeDefined();
      expect(countryOf(r.model)).not.toBe('CN');
      expect(r.why.join(' ')).toMatch(/^made in /);
    }
    const china = answer.excluded.find((e) => e.filter === 'notMadeIn');
    expect(china?.label).toBe('made in China');
    // Every model the catalog knows to come from China is among those left out.
    const chinese = catalog.models.filter((m) => countryOf(m.id) === 'CN').length;
    expect(china?.count).toBeGreaterThan(0);
    expect(china?.count).toBeLessThanOrEqual(chinese);
    const unrecorded = answer.excluded.find((e) => e.filter === 'makerCountry');
    const without = catalog.models.filter((m) => countryOf(m.id) === undefined).length;
    expect(unrecorded?.count ?? 0).toBeLessThanOrEqual(without);

    const kept = await ask('cheapest model made in the us or europe');
    if (kept.answer.kind !== 'cheapest') throw new Error(kept.answer.kind);
    for (const r of kept.answer.ranking) expect(['US', ...EUROPE_HAS]).toContain(countryOf(r.model));
    expect(renderText(kept.answer)).toMatch(/made outside Europe or the US/);
  });

  it('keeps the filters beside it, and reads back from its command', async () => {
    const q = parseText(catalog, 'non-chinese open weights model for coding');
    expect(q.filters.openWeights).toBe(true);
    expect(q.filters.notMadeIn).toEqual(['CN']);
    for (const text of ['cheapest non-chinese model', 'cheapest model made in the us or europe', 'best european models for coding', 'korean models']) {
      const first = await ask(text);
      expect(first.command).toMatch(/\bmade in\b/);
      const again = await ask(first.command);
      expect(again.query.filters.madeIn).toEqual(first.query.filters.madeIn);
      expect(again.query.filters.notMadeIn).toEqual(first.query.filters.notMadeIn);
    }
  });

  it('says where a model is made, with its maker and where that is stated', async () => {
    const { answer } = await ask('is kimi k2 chinese?');
    const text = renderText(answer);
    expect(text).toMatch(/^Kimi K2 is made by Moonshot AI, headquartered in China\./);
    expect(text).toMatch(/Moonshot AI headquarters: https:\/\/www\.moonshot\.ai/);
    const two = renderText((await ask('where are gpt-5 and mistral large from?')).answer);
    expect(two).toMatch(/GPT-5 is made by OpenAI, headquartered in the US\..*headquartered in France\./);
    expect(two).not.toMatch(/winner/);
    // Asked where to buy it, it is still the routes.
    expect((await ask('where can I run deepseek v4 flash?')).answer.kind).toBe('where');
  });

  it('a maker alone is answered by its flagship; the command reads back as the same question', async () => {
    const { query, answer, command } = await ask('is deepseek chinese?');
    expect(query.attribute).toBe('maker-country');
    expect(catalog.byId.get(query.models[0] as string)?.provider).toBe('deepseek');
    expect(renderText(answer)).toMatch(/is made by DeepSeek, headquartered in China\./);
    expect(command).toMatch(/^\/models where is [\w.-]+ made\?$/);
    const again = await ask(command);
    expect(again.query).toMatchObject({ intent: 'attribute', attribute: 'maker-country', models: query.models });
  });

  it('names the maker and its country on the model card', async () => {
    expect(renderText((await ask('tell me about deepseek v4 flash')).answer)).toMatch(/— DeepSeek \(China\)/);
  });

  it.each([
    ['cheapest model hosted in the eu', 'hosted in the eu', 'not where it is served'],
    ['cheapest western models', 'western models', 'name the countries'],
  ])('%s: says “%s” is not applied', (text, said, why) => {
    const q = parseText(catalog, text);
    expect(q.notes?.join(' ') ?? `${q.intent}: ${q.reach}`).toMatch(new RegExp(`“${said}” is not applied: .*${why}|compliance`));
  });

  it('leaves "us" the pronoun, and languages, alone', () => {
    for (const text of [
      'cheapest model for us',
      'give us models with vision',
      'tell us models that are cheap',
      'does gpt-5 speak french?',
      'chinese language models',
      'best chinese to english translation models',
    ]) {
      const q = parseText(catalog, text);
      expect(q.filters.madeIn).toBeUndefined();
      expect(q.filters.notMadeIn).toBeUndefined();
      expect(q.notes ?? []).toEqual([]);
    }
  });
});
