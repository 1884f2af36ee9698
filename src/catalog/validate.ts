// Turns raw catalog documents into a validated Catalog, or a list of every problem found.
// Pure: callers hand in the parsed documents; reading files happens in load.ts.
import type { z } from 'zod';
import {
  BenchmarksFile,
  EvidenceFile,
  ProviderFile,
  showValue,
  type Benchmark,
  type BenchmarkScore,
  type LongContextTier,
  type Model,
  type OutOfScopeModel,
  type PriceEntry,
  type Provider,
} from './schema.ts';
import { normalizeName } from './normalize.ts';
import { LanesFile, type CapabilityWords, type Lane } from './lanes-schema.ts';

export interface CatalogModel extends Model {
  provider: string;
  /** Where its maker is headquartered (Provider.country), when the catalog records it. */
  makerCountry?: string;
}

export interface Catalog {
  providers: Provider[];
  models: CatalogModel[];
  byId: ReadonlyMap<string, CatalogModel>;
  benchmarks: ReadonlyMap<string, Benchmark>;
  lanes: Lane[];
  /** The words questions use for each capability (data/lanes.yml `capabilities`). */
  capabilityWords?: CapabilityWords;
  /** Model families other catalogs name (data/lanes.yml `familiesElsewhere`). */
  familiesElsewhere?: string[];
  /** Models the catalog names as out of scope (image, embedding, speech…), with their provider. */
  outOfScope?: (OutOfScopeModel & { provider: string })[];
}

/** One thing wrong with the catalog, said so a person can find and fix it. */
export interface Problem {
  file: string;
  model?: string;
  path?: string;
  message: string;
}

/** How answers name a provider (its maker's name, "OpenAI"), or its id where the catalog has no such provider. */
export function providerName(catalog: Pick<Catalog, 'providers'>, id: string): string {
  return catalog.providers.find((p) => p.id === id)?.name ?? id;
}

export function formatProblem(p: Problem): string {
  return [p.file, p.model, p.path, p.message].filter((part) => part !== undefined && part !== '').join(': ');
}

export interface RawDocument {
  /** The path shown in messages, e.g. data/catalog/openai.yml. */
  file: string;
  /** The parsed YAML, or the error that stopped parsing. */
  data: unknown;
  parseError?: string;
}

export type CatalogResult = { ok: true; catalog: Catalog } | { ok: false; problems: Problem[] };

function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
  }
  if (issue.code === 'invalid_type' && !issue.message.startsWith('expected ')) {
    return `expected ${issue.expected}, got ${showValue((issue as { input?: unknown }).input)}`;
  }
  return issue.message;
}

/** Maps a zod issue on a provider file to file / model id / field path. */
function providerIssue(file: string, raw: unknown, issue: z.core.$ZodIssue): Problem {
  const path = issue.path;
  if (path[0] === 'models' && typeof path[1] === 'number') {
    const rawModel = (raw as { models?: unknown[] }).models?.[path[1]];
    const id = (rawModel as { id?: unknown } | undefined)?.id;
    const model = typeof id === 'string' ? id : `models[${path[1]}]`;
    return { file, model, path: pathText(path.slice(2)) || undefined, message: issueMessage(issue) };
  }
  return { file, path: pathText(path) || undefined, message: issueMessage(issue) };
}

function checkTiers(tiers: LongContextTier[], where: string, add: (path: string, message: string) => void): void {
  tiers.forEach((tier, i) => {
    const previous = tiers[i - 1];
    if (previous && tier.above <= previous.above) {
      add(`${where}.tiers[${i}].above`, `tiers out of order: ${tier.above} must be above the previous tier's ${previous.above}`);
    }
    if (tier.cachedInput !== undefined && tier.cachedInput > tier.input) {
      add(`${where}.tiers[${i}].cachedInput`, `cached input (${tier.cachedInput}) dearer than input (${tier.input})`);
    }
  });
}

function checkPricing(pricing: PriceEntry[], add: (path: string, message: string) => void): void {
  pricing.forEach((entry, i) => {
    const where = `pricing[${i}]`;
    const previous = pricing[i - 1];
    if (previous && entry.from <= previous.from) {
      add(
        `${where}.from`,
        entry.from === previous.from
          ? `price periods overlap: two entries start on ${entry.from}`
          : `price periods out of order: ${entry.from} comes after ${previous.from} (list them oldest first)`,
      );
    }
    if (entry.cachedInput !== undefined && entry.cachedInput > entry.input) {
      add(`${where}.cachedInput`, `cached input (${entry.cachedInput}) dearer than input (${entry.input})`);
    }
    if ((entry.batchInput === undefined) !== (entry.batchOutput === undefined)) {
      add(`${where}`, 'batch prices need both batchInput and batchOutput');
    }
    for (const [name, tier] of Object.entries(entry.serviceTiers)) {
      if (tier?.cachedInput !== undefined && tier.cachedInput > tier.input) {
        add(`${where}.serviceTiers.${name}.cachedInput`, `cached input (${tier.cachedInput}) dearer than input (${tier.input})`);
      }
    }
    checkTiers(entry.tiers, where, add);
    if (entry.free && (entry.input > 0 || entry.output > 0)) add(`${where}.free`, 'a free endpoint with a price above $0');
    if (!entry.free && entry.input === 0 && entry.output === 0) {
      add(where, 'a $0 input and output price: mark it `free: true` (a free or rate-limited endpoint is not a price)');
    }
  });
}

function checkRoutes(routes: Model['routes'], add: (path: string, message: string) => void): void {
  const seen = new Set<string>();
  routes.forEach((route, i) => {
    const where = `routes[${i}]`;
    const key = `${route.platform}|${route.id}`;
    if (seen.has(key)) add(where, `duplicate route: ${route.platform} ${route.id}`);
    seen.add(key);
    if (route.cachedInput !== undefined && route.input !== undefined && route.cachedInput > route.input) {
      add(`${where}.cachedInput`, `cached input (${route.cachedInput}) dearer than input (${route.input})`);
    }
    if (route.free && ((route.input ?? 0) > 0 || (route.output ?? 0) > 0)) add(`${where}.free`, 'a free endpoint with a price above $0');
    if (!route.free && route.input === 0 && route.output === 0) add(where, 'a $0 route price: mark it `free: true`');
    if (/:batch$/.test(route.id) && !route.batch)
      add(`${where}.batch`, 'a batch endpoint (":batch"): mark it `batch: true` (its prices are Batch API prices, not a standard price)');
  });
}

/**
 * Validates every document and the rules that span them. Reports every problem, not just the first.
 */
export function buildCatalog(providerDocs: RawDocument[], benchmarksDoc: RawDocument, lanesDoc?: RawDocument, evidenceDocs: RawDocument[] = []): CatalogResult {
  const problems: Problem[] = [];
  const files: { file: string; parsed: ProviderFile }[] = [];

  for (const doc of providerDocs) {
    if (doc.parseError) {
      problems.push({ file: doc.file, message: `not valid YAML: ${doc.parseError}` });
      continue;
    }
    const result = ProviderFile.safeParse(doc.data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(providerIssue(doc.file, doc.data, issue));
      continue;
    }
    const expectedId = doc.file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
    if (result.data.provider.id !== expectedId) {
      problems.push({
        file: doc.file,
        path: 'provider.id',
        message: `expected "${expectedId}" (the file's name), got ${JSON.stringify(result.data.provider.id)}`,
      });
    }
    files.push({ file: doc.file, parsed: result.data });
  }

  const benchmarks = new Map<string, Benchmark>();
  if (benchmarksDoc.parseError) {
    problems.push({ file: benchmarksDoc.file, message: `not valid YAML: ${benchmarksDoc.parseError}` });
  } else {
    const result = BenchmarksFile.safeParse(benchmarksDoc.data, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push({ file: benchmarksDoc.file, path: pathText(issue.path) || undefined, message: issueMessage(issue) });
      }
    } else {
      for (const b of result.data.benchmarks) {
        if (benchmarks.has(b.id)) problems.push({ file: benchmarksDoc.file, message: `duplicate benchmark id "${b.id}"` });
        benchmarks.set(b.id, b);
      }
    }
  }

  const models: CatalogModel[] = [];
  const byId = new Map<string, CatalogModel>();
  const idFile = new Map<string, string>();
  // Every name a model answers to, normalised, so "GPT 4.1 mini" and "gpt-4.1-mini" collide as they would in resolution.
  const names = new Map<string, { id: string; file: string; text: string }>();

  for (const { file, parsed } of files) {
    for (const model of parsed.models) {
      const add = (path: string | undefined, message: string) => problems.push({ file, model: model.id, path, message });
      const firstFile = idFile.get(model.id);
      if (firstFile !== undefined) {
        add('id', `duplicate id: already defined in ${firstFile}`);
        continue;
      }
      idFile.set(model.id, file);

      const own = new Set<string>();
      const claims: [string, string][] = [
        ['id', model.id],
        ['name', model.name],
        ...model.aliases.map((a, i): [string, string] => [`aliases[${i}]`, a]),
        ...model.snapshots.map((s, i): [string, string] => [`snapshots[${i}]`, s]),
      ];
      for (const [path, text] of claims) {
        const key = normalizeName(text);
        if (key === '') {
          add(path, `expected a name with letters or digits, got ${JSON.stringify(text)}`);
          continue;
        }
        if (own.has(key)) continue;
        own.add(key);
        const holder = names.get(key);
        if (holder) {
          const where = holder.file === file ? '' : ` in ${holder.file}`;
          add(path, `duplicate name: "${text}" is already taken by ${holder.id}${where} ("${holder.text}")`);
        } else {
          names.set(key, { id: model.id, file, text });
        }
      }

      checkPricing(model.pricing, add);
      checkRoutes(model.routes, add);
      const seen = new Set<string>();
      model.benchmarks.forEach((b, i) => {
        if (!benchmarks.has(b.id) && !benchmarksDoc.parseError) {
          add(`benchmarks[${i}].id`, `unknown benchmark id "${b.id}" (add it to ${benchmarksDoc.file} first)`);
        }
        const key = `${b.id}|${b.setting ?? ''}`;
        if (seen.has(key)) add(`benchmarks[${i}].id`, `duplicate score for benchmark "${b.id}"${b.setting ? ` (${b.setting})` : ''}`);
        seen.add(key);
      });
      if (model.deprecated && model.retires && model.retires < model.deprecated) {
        add('retires', `retirement (${model.retires}) before deprecation (${model.deprecated})`);
      }
      if (model.maxInput !== undefined && model.maxInput > model.contextWindow) {
        add('maxInput', `max input (${model.maxInput}) larger than the context window (${model.contextWindow})`);
      }
      const catalogModel: CatalogModel = { ...model, provider: parsed.provider.id, ...(parsed.provider.country ? { makerCountry: parsed.provider.country.code } : {}) };
      models.push(catalogModel);
      byId.set(model.id, catalogModel);
    }
  }

  for (const model of models) {
    if (model.replacement !== undefined && !byId.has(model.replacement)) {
      problems.push({ file: idFile.get(model.id) ?? '', model: model.id, path: 'replacement', message: `unknown model "${model.replacement}"` });
    }
  }

  for (const doc of evidenceDocs) {
    mergeEvidence(doc, byId, benchmarks, problems, (model, scores) => {
      const merged: CatalogModel = { ...model, benchmarks: scores };
      models[models.indexOf(model)] = merged;
      byId.set(model.id, merged);
    });
  }

  const lanesFile = lanesDoc ? buildLanes(lanesDoc, benchmarks, problems) : undefined;

  if (problems.length > 0) return { ok: false, problems };
  const outOfScope = files.flatMap((f) => f.parsed.outOfScope.map((o) => ({ ...o, provider: f.parsed.provider.id })));
  const lanes = lanesFile?.lanes ?? [];
  const capabilityWords = lanesFile?.capabilities;
  const familiesElsewhere = lanesFile?.familiesElsewhere ?? [];
  return {
    ok: true,
    catalog: { providers: files.map((f) => f.parsed.provider), models, byId, benchmarks, lanes, ...(capabilityWords ? { capabilityWords } : {}), familiesElsewhere, outOfScope },
  };
}

/**
 * Adds one data/evidence/ file's scores to the models they name. A score for a benchmark and setting the model's
 * catalog entry already has replaces it (the evidence files are where scores are kept). Scores for a model the
 * catalog does not have are left aside; an unknown benchmark, or the same benchmark and setting twice in one file,
 * is a problem.
 */
function mergeEvidence(
  doc: RawDocument,
  byId: ReadonlyMap<string, CatalogModel>,
  benchmarks: ReadonlyMap<string, Benchmark>,
  problems: Problem[],
  replace: (model: CatalogModel, scores: BenchmarkScore[]) => void,
): void {
  if (doc.parseError) {
    problems.push({ file: doc.file, message: `not valid YAML: ${doc.parseError}` });
    return;
  }
  const result = EvidenceFile.safeParse(doc.data, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [first, id, ...rest] = issue.path;
      if (first === 'models' && typeof id === 'string') problems.push({ file: doc.file, model: id, path: pathText(rest) || undefined, message: issueMessage(issue) });
      else problems.push({ file: doc.file, path: pathText(issue.path) || undefined, message: issueMessage(issue) });
    }
    return;
  }
  for (const [id, scores] of Object.entries(result.data.models)) {
    const model = byId.get(id);
    // Scores for a model the catalog does not have (yet, or any more) wait in the file until it does.
    if (!model) continue;
    const seen = new Set<string>();
    const merged: BenchmarkScore[] = [...model.benchmarks];
    scores.forEach((score, i) => {
      if (benchmarks.size > 0 && !benchmarks.has(score.id)) problems.push({ file: doc.file, model: id, path: `[${i}].id`, message: `unknown benchmark id "${score.id}"` });
      const key = `${score.id}|${score.setting ?? ''}`;
      if (seen.has(key))
        problems.push({ file: doc.file, model: id, path: `[${i}].id`, message: `duplicate score for benchmark "${score.id}"${score.setting ? ` (${score.setting})` : ''}` });
      seen.add(key);
      const at = merged.findIndex((b) => b.id === score.id && (b.setting ?? '') === (score.setting ?? ''));
      if (at >= 0) merged[at] = score;
      else merged.push(score);
    });
    replace(model, merged);
  }
}

/** The lanes file, read once: its lanes checked against the benchmarks, its capability and family words. */
function buildLanes(doc: RawDocument, benchmarks: ReadonlyMap<string, Benchmark>, problems: Problem[]): z.infer<typeof LanesFile> | undefined {
  if (doc.parseError) {
    problems.push({ file: doc.file, message: `not valid YAML: ${doc.parseError}` });
    return undefined;
  }
  const result = LanesFile.safeParse(doc.data, { reportInput: true });
  if (!result.success) {
    for (const issue of result.error.issues) problems.push({ file: doc.file, path: pathText(issue.path) || undefined, message: issueMessage(issue) });
    return undefined;
  }
  const ids = new Set<string>();
  result.data.lanes.forEach((lane, i) => {
    if (ids.has(lane.id)) problems.push({ file: doc.file, path: `lanes[${i}].id`, message: `duplicate lane id "${lane.id}"` });
    ids.add(lane.id);
    lane.evidence.forEach((e, j) => {
      if (benchmarks.size > 0 && !benchmarks.has(e.benchmark)) {
        problems.push({ file: doc.file, path: `lanes[${i}].evidence[${j}].benchmark`, message: `unknown benchmark id "${e.benchmark}"` });
      }
    });
    const restricted = (b: string) => benchmarks.get(b)?.terms === 'attribution-only';
    if (benchmarks.size > 0 && lane.evidence.length > 0 && lane.evidence.every((e) => restricted(e.benchmark))) {
      problems.push({
        file: doc.file,
        path: `lanes[${i}].evidence`,
        message: `the lane depends only on attribution-only benchmarks (${lane.evidence.map((e) => e.benchmark).join(', ')}): add an openly published one`,
      });
    }
  });
  return result.data;
}
