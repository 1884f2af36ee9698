// A big catalog for the scale benchmarks, derived from the project's own data/catalog/*.yml (the real
// models): each real model is kept as it is and multiplied into the variants real catalogs are full of —
// dated snapshots (in the provider's own date style), a -latest pointer, regional deployments, the same
// weights sold by a hosting platform, and customers' fine-tunes — with jittered but plausible prices (a
// regional uplift, fine-tune surcharges, rounded to the steps vendors publish), the base's long-context and
// service tiers scaled alike, 1–3 dated price periods each (later ones cuts with a note), unique aliases,
// and statuses and dates that hang together. The output is a data dir (catalog/<provider>.yml,
// benchmarks.yml, lanes.yml) that passes buildCatalog; it is deterministic for a given size and seed.
//
//   npx tsx bench/generate-catalog.ts [--models 3000] [--seed 1] [--out <dir>]   (prints the dir)
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { DEFAULT_DATA_DIR } from '../src/load/catalog.ts';
import { normalizeName } from '../src/catalog/normalize.ts';
import { buildCatalog, formatProblem, type Catalog, type RawDocument } from '../src/catalog/validate.ts';

/** No generated date is later than this (the catalog's own newest dates are around 2026-08). */
const LATEST_DATE = '2026-11-15';

type Raw = Record<string, unknown>;
type RawModel = Raw & { id: string; name: string; family: string; pricing: Raw[]; aliases?: string[]; snapshots?: string[]; released?: string; status: string };
interface ProviderDoc {
  file: string;
  provider: Raw & { id: string };
  models: RawModel[];
  /** The first `realCount` models are the real ones. */
  realCount: number;
}

export interface GeneratedDocs {
  providers: ProviderDoc[];
  benchmarks: RawDocument;
  lanes: RawDocument;
  /** How many of the models are the real ones (they come first in each provider). */
  realModels: number;
  dataDir: string;
}

/** mulberry32: a small seeded PRNG, so the catalog is the same every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
const minDate = (a: string, b: string) => (a < b ? a : b);

/** Rounds a price to the steps vendors publish ($2.75, $0.375, $0.0375 …), never to 0 from above 0. */
export function nicePrice(x: number): number {
  if (x <= 0) return 0;
  const step = x >= 10 ? 0.25 : x >= 1 ? 0.05 : x >= 0.1 ? 0.005 : x >= 0.01 ? 0.0005 : 0.00005;
  return Number(Math.max(step, Math.round(x / step) * step).toFixed(6));
}

const PRICE_FIELDS = ['input', 'cachedInput', 'cacheWrite5m', 'cacheWrite1h', 'output', 'batchInput', 'batchOutput'] as const;

/** A price entry (prices, long-context tiers, service tiers) scaled by `factor`, keeping cached ≤ input. */
function scaleEntry(entry: Raw, factor: number): Raw {
  const scaleBlock = (block: Raw): Raw => {
    const out: Raw = { ...block };
    for (const f of PRICE_FIELDS) if (typeof block[f] === 'number') out[f] = nicePrice((block[f] as number) * factor);
    if (typeof out.cachedInput === 'number' && typeof out.input === 'number' && out.cachedInput > out.input) out.cachedInput = out.input;
    return out;
  };
  const out = scaleBlock(entry);
  if (Array.isArray(entry.tiers)) out.tiers = (entry.tiers as Raw[]).map(scaleBlock);
  if (entry.serviceTiers && typeof entry.serviceTiers === 'object') {
    out.serviceTiers = Object.fromEntries(Object.entries(entry.serviceTiers as Record<string, Raw>).map(([k, v]) => [k, scaleBlock(v)]));
  }
  return out;
}

const _pad = (n: number) => String(n).padStart(2, '0');

/** A dated id in the provider's own style: gpt-4.1-2025-04-14, claude-…-20250929, mistral-…-2505, grok-…-0709. */
function datedId(providerId: string, baseId: string, date: string): string {
  const [y = '', m = '', d = ''] = date.split('-');
  // A base that is itself a dated id (claude-3-haiku-20240307, mistral-medium-2505) is re-dated, not dated twice.
  const id = baseId.replace(/-(latest|\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|\d{2}-\d{4})$/, '');
  switch (providerId) {
    case 'openai':
      return `${id}-${date}`;
    case 'anthropic':
      return `${id}-${y}${m}${d}`;
    case 'google':
      return `${id}-preview-${m}-${y}`;
    case 'mistral':
      return `${id}-${y.slice(2)}${m}`;
    default:
      return `${id}-${m}${d}`;
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const REGIONS = [
  ['eu', 'EU data zone'],
  ['us', 'US data zone'],
  ['apac', 'APAC'],
  ['jp', 'Japan'],
  ['uk', 'UK'],
  ['ca', 'Canada'],
] as const;
const PLATFORMS = [
  ['azure', 'Azure'],
  ['bedrock', 'Bedrock'],
  ['vertex', 'Vertex'],
  ['together', 'Together'],
  ['fireworks', 'Fireworks'],
] as const;
const ORGS = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'stark', 'wayne', 'wonka', 'tyrell', 'cyberdyne', 'soylent', 'aperture'];
const TASKS = ['support-bot', 'sql-gen', 'triage', 'summarizer', 'classifier', 'extractor', 'router', 'redactor', 'translator', 'tagger'];

interface Candidate {
  kind: 'dated' | 'latest' | 'regional' | 'platform' | 'fine-tune';
  id: string;
  name: string;
  aliases: string[];
  factor: number;
  released: string;
  keepBenchmarks: boolean;
}

/** The variants one real model could have, most typical first; the caller takes as many as it needs. */
function* candidates(base: RawModel, providerId: string, rng: () => number): Generator<Candidate> {
  const released = minDate(base.released ?? '2025-01-15', LATEST_DATE);
  const jitter = (spread: number) => 1 + (rng() * 2 - 1) * spread;
  for (let k = 1; k <= 5; k++) {
    const date = minDate(addDays(released, Math.round(k * 38 + rng() * 20)), LATEST_DATE);
    const [y = '', m = ''] = date.split('-');
    yield {
      kind: 'dated',
      id: datedId(providerId, base.id, date),
      name: `${base.name} (${date})`,
      aliases: [`${base.name} ${MONTHS[Number(m) - 1]} ${y} snapshot`],
      factor: jitter(0.05),
      released: date,
      keepBenchmarks: true,
    };
  }
  if (!base.id.endsWith('-latest'))
    yield { kind: 'latest', id: `${base.id}-latest`, name: `${base.name} Latest`, aliases: [`${base.name} newest`], factor: 1, released, keepBenchmarks: true };
  for (const [region, label] of REGIONS) {
    yield {
      kind: 'regional',
      id: `${base.id}-${region}`,
      name: `${base.name} (${label})`,
      aliases: [`${base.id} ${region} region`],
      factor: 1.1 * jitter(0.02),
      released: minDate(addDays(released, 30 + Math.round(rng() * 120)), LATEST_DATE),
      keepBenchmarks: true,
    };
  }
  for (const [platform, label] of PLATFORMS) {
    yield {
      kind: 'platform',
      id: `${platform}-${base.id}`,
      name: `${base.name} on ${label}`,
      aliases: [`${base.id} via ${platform}`],
      factor: jitter(0.15),
      released: minDate(addDays(released, 7 + Math.round(rng() * 60)), LATEST_DATE),
      keepBenchmarks: true,
    };
  }
  for (let _n = 0; ; _n++) {
    const org = ORGS[Math.floor(rng() * ORGS.length)] as string;
    const task = TASKS[Math.floor(rng() * TASKS.length)] as string;
    const hash = Math.floor(rng() * 36 ** 6)
      .toString(36)
      .padStart(6, '0');
    yield {
      kind: 'fine-tune',
      id: `ft:${base.id}:${org}:${task}:${hash}`,
      name: `${base.name} ft ${org} ${task} ${hash}`,
      aliases: [`${org}-${task}-${hash}`],
      factor: 1.5 + rng() * 0.5,
      released: minDate(addDays(released, 14 + Math.round(rng() * 200)), LATEST_DATE),
      keepBenchmarks: false,
    };
  }
}

/** 1–3 dated price periods ending at the base's current prices × factor; earlier periods were dearer. */
function history(base: RawModel, c: Candidate, rng: () => number): Raw[] {
  const current = base.pricing[base.pricing.length - 1] as Raw;
  const periods = 1 + Math.floor(rng() * 3);
  const dates = [c.released];
  for (let i = 1; i < periods; i++) {
    const next = addDays(dates[i - 1] as string, 45 + Math.round(rng() * 90));
    if (next > LATEST_DATE) break;
    dates.push(next);
  }
  // Oldest first: each earlier period costs more (a cut of 10–50% led to the next one).
  const factors = dates.map(() => c.factor);
  for (let i = dates.length - 2; i >= 0; i--) factors[i] = (factors[i + 1] as number) / (0.5 + rng() * 0.4);
  const via = `Model Scout bench generator (synthetic ${c.kind} variant of ${base.id})`;
  return dates.map((from, i) => {
    const entry = scaleEntry(current, factors[i] as number);
    delete entry.note;
    const source = { ...(current.source as Raw), via };
    const out: Raw = { ...entry, from, source, checked: minDate(addDays(from, 3), LATEST_DATE) };
    if (i > 0) {
      const prev = scaleEntry(current, factors[i - 1] as number);
      out.note = `Price cut from $${prev.input}/$${prev.output} to $${entry.input}/$${entry.output} per 1M tokens`;
    }
    return out;
  });
}

function variantModel(base: RawModel, c: Candidate, rng: () => number): RawModel {
  const model: RawModel = { ...structuredClone(base), id: c.id, name: c.name, aliases: c.aliases, pricing: history(base, c, rng), released: c.released };
  delete model.snapshots;
  delete model.routes;
  delete model.surfaces;
  delete model.notes;
  delete model.replacement;
  if (!c.keepBenchmarks) delete model.benchmarks;
  if (c.kind === 'latest') model.status = base.status === 'deprecated' ? 'active' : base.status;
  // Older dated snapshots are often deprecated, with a retirement 3–6 months later.
  if (c.kind === 'dated' && base.status !== 'preview' && rng() < 0.35) {
    model.status = 'deprecated';
    model.deprecated = minDate(addDays(c.released, 120 + Math.round(rng() * 120)), LATEST_DATE);
    model.retires = addDays(model.deprecated as string, 90 + Math.round(rng() * 90));
  }
  if (model.status !== 'deprecated') {
    delete model.deprecated;
    delete model.retires;
  }
  if (model.knowledgeCutoff && String(model.knowledgeCutoff) > c.released) model.knowledgeCutoff = c.released.slice(0, 7);
  return model;
}

/** Reads the real catalog's documents (raw YAML) from `dataDir`. */
function readReal(dataDir: string): ProviderDoc[] {
  const dir = join(dataDir, 'catalog');
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => {
      const doc = parse(readFileSync(join(dir, n), 'utf8')) as { provider: Raw & { id: string }; models: RawModel[] };
      return { file: `data/catalog/${n}`, provider: doc.provider, models: doc.models, realCount: doc.models.length };
    });
}

function claimsOf(m: { id: string; name: string; aliases?: string[]; snapshots?: string[] }): string[] {
  return [m.id, m.name, ...(m.aliases ?? []), ...(m.snapshots ?? [])].map(normalizeName);
}

/** The raw documents of a catalog of `total` models: the real ones, then variants, spread evenly over them. */
export function generateDocs(total = 3000, seed = 1, dataDir = DEFAULT_DATA_DIR): GeneratedDocs {
  const rng = prng(seed);
  const real = readReal(dataDir);
  const realCount = real.reduce((n, p) => n + p.models.length, 0);
  if (total < realCount) throw new Error(`a generated catalog holds at least the ${realCount} real models`);
  const taken = new Set<string>();
  for (const p of real) for (const m of p.models) for (const k of claimsOf(m)) taken.add(k);

  const providers = real.map((p) => ({ ...p, models: [...p.models] }));
  const bases = providers.flatMap((p) => p.models.map((m) => ({ p, base: m, gen: candidates(m, p.provider.id, rng) })));
  let made = realCount;
  // Round-robin over the real models, one variant each per round, until the catalog is full.
  while (made < total) {
    for (const b of bases) {
      if (made >= total) break;
      for (;;) {
        const c = b.gen.next().value as Candidate;
        const keys = [c.id, c.name].map(normalizeName);
        if (keys.some((k) => taken.has(k))) continue;
        c.aliases = c.aliases.filter((a) => !taken.has(normalizeName(a)) && !keys.includes(normalizeName(a)));
        const model = variantModel(b.base, c, rng);
        for (const k of claimsOf(model)) taken.add(k);
        b.p.models.push(model);
        made += 1;
        break;
      }
    }
  }
  const raw = (name: string): RawDocument => ({ file: `data/${name}`, data: parse(readFileSync(join(dataDir, name), 'utf8')) });
  return { providers, benchmarks: raw('benchmarks.yml'), lanes: raw('lanes.yml'), realModels: realCount, dataDir };
}

function providerDocs(providers: ProviderDoc[]): RawDocument[] {
  return providers.map((p) => ({ file: p.file, data: { provider: p.provider, models: p.models } }));
}

/** Validates generated documents with the project's own buildCatalog; throws listing the first problems. */
export function validate(docs: GeneratedDocs): Catalog {
  const result = buildCatalog(providerDocs(docs.providers), docs.benchmarks, docs.lanes);
  if (!result.ok) throw new Error(`generated catalog is invalid (${result.problems.length} problems):\n${result.problems.slice(0, 10).map(formatProblem).join('\n')}`);
  return result.catalog;
}

/**
 * A validated catalog of `n` models: the real ones first (so the names people type are there at every
 * size), then generated variants in a fixed shuffled order.
 */
export function subsetCatalog(docs: GeneratedDocs, n: number, seed = 7): Catalog {
  const rng = prng(seed);
  const real: string[] = [];
  const generated: { key: string; order: number }[] = [];
  docs.providers.forEach((p, pi) => {
    p.models.forEach((_, mi) => {
      if (mi < p.realCount) real.push(`${pi}:${mi}`);
      else generated.push({ key: `${pi}:${mi}`, order: rng() });
    });
  });
  generated.sort((a, b) => a.order - b.order);
  const keep = new Set([...real, ...generated.map((g) => g.key)].slice(0, n));
  const providers = docs.providers.map((p, pi) => ({ ...p, models: p.models.filter((_, mi) => keep.has(`${pi}:${mi}`)) })).filter((p) => p.models.length > 0);
  return validate({ ...docs, providers });
}

/** Writes the documents as a data dir loadCatalog(dir) reads. */
export function writeDataDir(docs: GeneratedDocs, dir: string): string {
  mkdirSync(join(dir, 'catalog'), { recursive: true });
  for (const p of docs.providers) {
    const header = `# Generated by bench/generate-catalog.ts from ${p.file}: ${p.models.length} models (real ones first, then synthetic variants).\n`;
    writeFileSync(join(dir, 'catalog', `${p.provider.id}.yml`), header + stringify({ provider: p.provider, models: p.models }, { lineWidth: 0, aliasDuplicateObjects: false }));
  }
  copyFileSync(join(docs.dataDir, 'benchmarks.yml'), join(dir, 'benchmarks.yml'));
  copyFileSync(join(docs.dataDir, 'lanes.yml'), join(dir, 'lanes.yml'));
  return dir;
}

/** Generates, validates and writes a catalog of `models` models; returns its data dir (under os.tmpdir() by default). */
export function generateCatalog(options: { models?: number; seed?: number; out?: string } = {}): { dir: string; docs: GeneratedDocs; catalog: Catalog } {
  const docs = generateDocs(options.models ?? 3000, options.seed ?? 1);
  const catalog = validate(docs);
  const dir = writeDataDir(docs, options.out ?? mkdtempSync(join(tmpdir(), 'modelscout-bench-catalog-')));
  return { dir, docs, catalog };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { models: { type: 'string', default: '3000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
  const { dir, catalog, docs } = generateCatalog({ models: Number(values.models), seed: Number(values.seed), ...(values.out ? { out: resolve(values.out) } : {}) });
  process.stderr.write(`${catalog.models.length} models (${docs.realModels} real) in ${dir}\n`);
  process.stdout.write(`${dir}\n`);
}
