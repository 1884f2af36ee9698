// sync generate: slices of the real source files (test/fixtures/sync/generate/) → a provider file → parsed back by the
// catalog's own schema and validation. Expected figures are read from the fixture documents, never restated.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { outOfScopeModel } from '../../src/catalog/out-of-scope.ts';
import { ProviderFile } from '../../src/catalog/schema.ts';
import { buildCatalog } from '../../src/catalog/validate.ts';
import { appendHostRoutes, appendToProviderYaml, generateProvider, matchKey, providerYaml, type GenerateInputs, type SourceDoc } from '../../src/sync/generate.ts';
import { outOfScopeKind } from '../../src/catalog/out-of-scope.ts';
import { PROVIDER_SPECS } from '../../src/sync/provider-specs.ts';

const dir = new URL('../fixtures/sync/generate/', import.meta.url);
const read = (file: string, checked: string): SourceDoc => ({ data: JSON.parse(readFileSync(new URL(file, dir), 'utf8')), file, checked });
const modelsdev = read('modelsdev.json', '2026-08-22');
const openrouter = read('openrouter.2026-08-18.json', '2026-08-18');
const arena = read('lmarena-openrouter.2026-10-10.json', '2026-10-10');
const zhipu = PROVIDER_SPECS.find((s) => s.id === 'zhipu')!;
const BENCHMARKS = {
  file: 'benchmarks.yml',
  data: { benchmarks: [{ id: 'b', name: 'B', measures: 'm', scale: { unit: 'percent', min: 0 }, publishedBy: 'p', url: 'https://example.com' }] },
};

const generate = (inputs: GenerateInputs) => generateProvider(zhipu, inputs, { ids: new Set(), names: new Set() });
type Doc = { provider: { id: string }; models: { id: string; pricing: Record<string, unknown>[]; routes?: Record<string, unknown>[] }[] };
const md = (id: string) => (modelsdev.data as Record<string, { models: Record<string, { cost: Record<string, number> }> }>).zai!.models[id]!;
const or = (id: string) => (openrouter.data as { data: { id: string; pricing: Record<string, string> }[] }).data.find((e) => e.id === id)!;
const board = (id: string) => (arena.data as { models: { id: string; price_in: number; price_out: number; context_length: number }[] }).models.find((m) => m.id === id)!;
const perMillion = (perToken: string) => Number((Number(perToken) * 1e6).toPrecision(12));

describe('sync generate', () => {
  const all = generate({ modelsdev, openrouter, arena });
  const text = providerYaml(all, ['fixtures']);
  const doc = parse(text) as Doc;
  const model = (id: string) => doc.models.find((m) => m.id === id)!;

  it('writes a file the catalog schema and validation accept (a round trip)', () => {
    expect(ProviderFile.safeParse(doc).success).toBe(true);
    const built = buildCatalog([{ file: 'zhipu.yml', data: doc }], BENCHMARKS);
    expect(built.ok).toBe(true);
    expect(doc.models.map((m) => m.id).sort()).toEqual(['glm-4.5', 'glm-5.2', 'glm-5.3']);
    // Readable: flow lists on one line, no YAML anchors.
    expect(text).toContain('input: [text]');
    expect(text).not.toMatch(/[&*]a\d/);
  });

  it('prices each model from its first party, with the source and date of every figure', () => {
    const glm45 = model('glm-4.5');
    expect(glm45.pricing[0]).toMatchObject({
      input: md('glm-4.5').cost.input,
      output: md('glm-4.5').cost.output,
      cachedInput: md('glm-4.5').cost.cache_read,
      checked: '2026-08-22',
    });
    expect((glm45.pricing[0]!.source as { via: string }).via).toContain('modelsdev.json');
    expect(glm45.pricing[0]!.host).toBeUndefined();
  });

  it("gives open-weight models a route per host with that host's own price", () => {
    const hosts = model('glm-4.5').routes!.map((r) => r.platform);
    expect(hosts).toEqual(expect.arrayContaining(['openrouter', 'novita-ai']));
    const novita = (modelsdev.data as Record<string, { models: Record<string, { cost: { input: number; output: number } }> }>)['novita-ai']!.models['zai-org/glm-4.5']!;
    expect(model('glm-4.5').routes!.find((r) => r.platform === 'novita-ai')).toMatchObject({ id: 'zai-org/glm-4.5', input: novita.cost.input, output: novita.cost.output });
    expect(matchKey('zai-org/GLM-4.5-FP8')).toBe(matchKey('z-ai/glm-4.5'));
  });

  it('marks a ":free" endpoint free, never as a price', () => {
    const free = model('glm-5.2').routes!.find((r) => r.id === 'z-ai/glm-5.2:free');
    expect(free).toMatchObject({ platform: 'openrouter', free: true });
    expect(free!.input).toBeUndefined();
    expect(doc.models.flatMap((m) => m.pricing).every((p) => p.free === true || (p.input as number) > 0)).toBe(true);
  });

  it('an expiration date in the listing retires the model on it, unless it is a placeholder decades out (2098-12-31)', () => {
    const listed = (openrouter.data as { data: { id: string; expiration_date?: string | null }[] }).data;
    const dated = (days: Record<string, string>): SourceDoc => ({ ...openrouter, data: { data: listed.map((e) => ({ ...e, expiration_date: days[e.id] ?? null })) } });
    const [a, b] = ['z-ai/glm-4.5', 'z-ai/glm-5.2'];
    const out = parse(providerYaml(generate({ modelsdev, openrouter: dated({ [a]: '2027-01-31', [b]: '2098-12-31' }), arena }), ['fixtures'])) as {
      models: { id: string; status: string; retires?: string }[];
    };
    const by = (id: string) => out.models.find((m) => m.id === id);
    expect(by('glm-4.5')).toMatchObject({ status: 'deprecated', retires: '2027-01-31' });
    expect(by('glm-5.2')?.status).toBe('active');
    expect(by('glm-5.2')?.retires).toBeUndefined();
  });

  it('adds a model only the newest source lists, priced at that source', () => {
    const b = board('z-ai/glm-5.3');
    expect(model('glm-5.3')).toMatchObject({ contextWindow: b.context_length, pricing: [{ input: b.price_in, output: b.price_out, host: 'openrouter', checked: '2026-10-10' }] });
  });

  it("records a newer source's different price as a dated period, not an overwrite", () => {
    const viaOpenRouter = parse(providerYaml(generate({ openrouter, arena }), ['fixtures'])) as Doc;
    const glm52 = viaOpenRouter.models.find((m) => m.id === 'glm-5.2')!;
    const august = or('z-ai/glm-5.2').pricing;
    expect(glm52.pricing.map((p) => [p.input, p.output, p.checked])).toEqual([
      [perMillion(august.prompt!), perMillion(august.completion!), '2026-08-18'],
      [board('z-ai/glm-5.2').price_in, board('z-ai/glm-5.2').price_out, '2026-10-10'],
    ]);
    expect(glm52.pricing[1]).toMatchObject({ from: '2026-10-10', note: expect.stringContaining('not in the sources') });
  });

  it("keeps a file's hand edits and adds only the models it lacks; a second run adds nothing", () => {
    const first = providerYaml(generate({ modelsdev, openrouter }), ['fixtures']);
    const edited = first.replace('name: GLM 4.5\n', 'name: GLM 4.5  # checked by hand against z.ai\n');
    const appended = appendToProviderYaml(edited, all)!;
    expect(appended.startsWith(edited.trimEnd())).toBe(true);
    expect((parse(appended) as Doc).models.map((m) => m.id)).toEqual([...(parse(first) as Doc).models.map((m) => m.id), 'glm-5.3']);
    expect(buildCatalog([{ file: 'zhipu.yml', data: parse(appended) }], BENCHMARKS).ok).toBe(true);
    expect(appendToProviderYaml(appended, all)).toBeUndefined();
  });
});

describe('sync generate --hosts', () => {
  it('adds a route per host to an open-weight model already in a file, once', () => {
    const first = providerYaml(generate({ modelsdev, openrouter }), ['fixtures']);
    // The file as a person might have written it: no routes on glm-4.5.
    const doc = parse(first) as Doc;
    const bare = first.replace(/ {4}routes:\n(?: {6}.*\n| {8}.*\n| {10}.*\n)+?(?= {4}specSource:)/, '');
    expect((parse(bare) as Doc).models.find((m) => m.id === 'glm-4.5')!.routes).toBeUndefined();
    const added = appendHostRoutes(bare, modelsdev)!;
    expect(added.added).toContainEqual({ model: 'glm-4.5', platform: 'novita-ai' });
    const after = parse(added.text) as Doc;
    expect(after.models.find((m) => m.id === 'glm-4.5')!.routes!.map((r) => r.platform)).toContain('novita-ai');
    expect(buildCatalog([{ file: 'zhipu.yml', data: after }], BENCHMARKS).ok).toBe(true);
    expect(appendHostRoutes(added.text, modelsdev)).toBeUndefined();
    expect(doc.models.length).toBe(after.models.length);
  });
});

describe('out of scope', () => {
  it('tells image, embedding and speech models from chat models', () => {
    expect(outOfScopeKind('text-embedding-3-large', ['embedding'])).toBe('embedding');
    expect(outOfScopeKind('speech-2.8-hd', ['audio'])).toBe('speech');
    expect(outOfScopeKind('seedream-4.5', ['image'])).toBe('image');
    expect(outOfScopeKind('glm-5.2', ['text'])).toBeUndefined();
  });

  it('says a listed model or family is out of scope, and nothing else', () => {
    const catalog = {
      outOfScope: [
        { id: 'dall-e-*', kind: 'image' as const, provider: 'openai' },
        { id: 'mistral-embed', kind: 'embedding' as const, provider: 'mistral' },
      ],
    };
    expect(outOfScopeModel(catalog, 'DALL-E 3')).toMatchObject({
      kind: 'image',
      provider: 'openai',
      sentence: expect.stringContaining('Model Scout covers text and multimodal chat models'),
    });
    expect(outOfScopeModel(catalog, 'mistral embed')).toMatchObject({ kind: 'embedding' });
    expect(outOfScopeModel(catalog, 'gpt-4.1')).toBeUndefined();
  });
});
