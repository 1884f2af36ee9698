// The evidence sync: `modelscout sync --source lmarena|aider|artificial-analysis [--url URL | --file PATH] [--dry-run | --write] [--json]`
// reads one published leaderboard, maps its entries to catalog models, and with --write replaces
// data/evidence/<source>.yml with the scores it found. Each score keeps its source and checked date. The refusal
// rules are the price sync's: an unreadable or invalid document, the wrong shape, an empty or truncated list
// (fewer than half the catalog models the source scored before), an absurd figure. Entries for models the catalog
// does not have are skipped and reported, so a re-import after the catalog grows picks them up.
import { readFile, writeFile, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { EvidenceFile, type BenchmarkScore } from '../../catalog/schema.ts';
import type { Catalog } from '../../catalog/validate.ts';
import { exactModel } from '../../catalog/resolve.ts';
import { SyncError } from '../types.ts';

/** One score an adapter read, before it is mapped to a catalog model. */
export interface EvidenceEntry {
  /** The id or name exactly as the source spells it. */
  sourceId: string;
  /** The names to try, in order, against the catalog's exact names (id, name, alias, snapshot, route). */
  names: string[];
  score: BenchmarkScore;
}

export interface EvidenceRead {
  entries: EvidenceEntry[];
  /** Entries in the whole document. */
  total: number;
  /** Entries left out before mapping, by reason. */
  skipped: Record<string, number>;
}

export interface EvidenceAdapter {
  id: EvidenceSourceId;
  label: string;
  /** The file under data/evidence/ the scores go to. */
  file: string;
  /** How the evidence file names the source, and the licence its figures come under. */
  evidence: string;
  license: string;
  defaultUrl: string | undefined;
  format: 'json' | 'yaml';
  /** Reads and checks the document; `context` gives the file's name (for a date in it) and the fetch date. */
  read(document: unknown, context: { name: string; fetchedOn: string }): EvidenceRead;
}

export const EVIDENCE_SOURCE_IDS = ['lmarena', 'aider', 'artificial-analysis'] as const;
export type EvidenceSourceId = (typeof EVIDENCE_SOURCE_IDS)[number];
export function isEvidenceSource(value: string): value is EvidenceSourceId {
  return (EVIDENCE_SOURCE_IDS as readonly string[]).includes(value);
}

export interface EvidenceScore {
  model: string;
  benchmark: string;
  score: number;
  setting: string | null;
  sourceId: string;
  /** The score the catalog had for this model, benchmark and setting before, or null. */
  previous: number | null;
}

export interface EvidenceSyncResult {
  source: EvidenceSourceId;
  label: string;
  from: { url: string } | { file: string };
  fetchedAt: string;
  /** Entries read (all providers). */
  entries: number;
  /** Distinct catalog models scored. */
  mapped: number;
  /** Catalog models the source scored before, and the least a complete document maps. */
  expected: number;
  minimum: number;
  scores: EvidenceScore[];
  /** Entries naming a model the catalog does not have: skipped, picked up by a later import. */
  notInCatalog: { sourceId: string; reason: string }[];
  /** Two entries for the same model and setting: the later run is kept. */
  duplicates: { model: string; setting: string | null; kept: string; dropped: string }[];
  skipped: Record<string, number>;
  /** The evidence file's content the sync proposes. */
  document: EvidenceFile;
}

/** A figure outside the benchmark's scale, or a CI that does not hold its score: refused as absurd. */
export function checkFigure(ok: boolean, label: string, where: string, what: string): void {
  if (!ok) throw new SyncError('shape', `${label}: ${where}: ${what} is not a plausible figure; nothing was changed`);
}

/** A YYYY-MM-DD date in a file name ("aider-polyglot.2025-10-04.yml"), if there is one. */
export function dateInName(name: string): string | undefined {
  return /(\d{4}-\d{2}-\d{2})/.exec(name)?.[1];
}

async function readDocument(adapter: EvidenceAdapter, from: { url: string } | { file: string }, timeoutMs: number, fetchImpl: typeof fetch): Promise<unknown> {
  let text: string;
  const what = `${adapter.label} (${'url' in from ? from.url : from.file})`;
  if ('file' in from) {
    try {
      text = await readFile(from.file, 'utf8');
    } catch (error) {
      throw new SyncError('network', `${what}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
  } else {
    try {
      const response = await fetchImpl(from.url, { signal: AbortSignal.timeout(timeoutMs), headers: { 'user-agent': 'modelscout-sync' }, redirect: 'follow' });
      if (!response.ok) throw new SyncError('http', `${what}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
      text = await response.text();
    } catch (error) {
      if (error instanceof SyncError) throw error;
      const e = error as Error & { cause?: { code?: string } };
      if (e.name === 'TimeoutError' || e.name === 'AbortError') throw new SyncError('timeout', `${what}: no complete response within ${timeoutMs} ms`);
      throw new SyncError('network', `${what}: ${e.cause?.code ?? e.message}`);
    }
  }
  if (text.trim() === '') throw new SyncError('empty', `${what}: the document is empty`);
  try {
    return adapter.format === 'json' ? JSON.parse(text) : parse(text);
  } catch (error) {
    throw new SyncError(
      'json',
      `${what}: not valid ${adapter.format === 'json' ? 'JSON' : 'YAML'} (${(error as Error).message.split('\n')[0]}); a cut-off download looks like this`,
    );
  }
}

/** Maps the adapter's entries to catalog models and builds the evidence file; throws SyncError('truncated'). */
export function mapEvidence(catalog: Catalog, adapter: EvidenceAdapter, read: EvidenceRead, benchmark: string, minimum?: number): Omit<EvidenceSyncResult, 'from' | 'fetchedAt'> {
  const byModel = new Map<string, { score: BenchmarkScore; sourceId: string }[]>();
  const notInCatalog: EvidenceSyncResult['notInCatalog'] = [];
  const duplicates: EvidenceSyncResult['duplicates'] = [];
  for (const entry of read.entries) {
    const hit = entry.names.map((n) => exactModel(catalog, n)).find((h) => h !== undefined);
    if (!hit) {
      if (!notInCatalog.some((n) => n.sourceId === entry.sourceId))
        notInCatalog.push({ sourceId: entry.sourceId, reason: `no catalog model is named ${entry.names.map((n) => JSON.stringify(n)).join(' or ')}` });
      continue;
    }
    const list = byModel.get(hit.model.id) ?? [];
    const same = list.findIndex((x) => x.score.id === entry.score.id && (x.score.setting ?? '') === (entry.score.setting ?? ''));
    if (same >= 0) {
      const earlier = list[same] as { score: BenchmarkScore; sourceId: string };
      const laterWins = (entry.score.run?.date ?? '') > (earlier.score.run?.date ?? '');
      duplicates.push({
        model: hit.model.id,
        setting: entry.score.setting ?? null,
        kept: laterWins ? entry.sourceId : earlier.sourceId,
        dropped: laterWins ? earlier.sourceId : entry.sourceId,
      });
      if (laterWins) list[same] = { score: entry.score, sourceId: entry.sourceId };
    } else list.push({ score: entry.score, sourceId: entry.sourceId });
    byModel.set(hit.model.id, list);
  }
  const expected = catalog.models.filter((m) => m.benchmarks.some((b) => b.id === benchmark)).length;
  const floor = minimum ?? Math.ceil(expected / 2);
  if (byModel.size < floor) {
    throw new SyncError(
      'truncated',
      `${adapter.label}: only ${byModel.size} catalog models scored, where the catalog has ${expected} scored by it (a complete list maps at least ${floor}); nothing was changed`,
    );
  }
  const ids = [...byModel.keys()].sort();
  const scores: EvidenceScore[] = ids.flatMap((id) =>
    (byModel.get(id) ?? []).map(({ score, sourceId }) => ({
      model: id,
      benchmark: score.id,
      score: score.score,
      setting: score.setting ?? null,
      sourceId,
      previous: catalog.byId.get(id)?.benchmarks.find((b) => b.id === score.id && (b.setting ?? '') === (score.setting ?? ''))?.score ?? null,
    })),
  );
  const document: EvidenceFile = {
    evidence: adapter.evidence,
    license: adapter.license,
    models: Object.fromEntries(ids.map((id) => [id, (byModel.get(id) ?? []).map((x) => x.score)])),
  };
  return {
    source: adapter.id,
    label: adapter.label,
    entries: read.total,
    mapped: byModel.size,
    expected,
    minimum: floor,
    scores,
    notInCatalog,
    duplicates,
    skipped: read.skipped,
    document,
  };
}

export interface EvidenceSyncOptions {
  catalog: Catalog;
  adapter: EvidenceAdapter;
  benchmark: string;
  url?: string;
  file?: string;
  now?: () => Date;
  timeoutMs?: number;
  fetchImpl?: typeof fetch;
  minimum?: number;
}

/** One evidence sync: read, check, map. Writes nothing; throws SyncError on any failure. */
export async function syncEvidence(options: EvidenceSyncOptions): Promise<EvidenceSyncResult> {
  const { adapter } = options;
  const url = options.url ?? adapter.defaultUrl;
  if (options.file === undefined && url === undefined) throw new SyncError('network', `${adapter.label} has no public URL the sync knows: give --file or --url`);
  const from: { url: string } | { file: string } = options.file !== undefined ? { file: options.file } : { url: url as string };
  const document = await readDocument(adapter, from, options.timeoutMs ?? 30_000, options.fetchImpl ?? fetch);
  const fetchedAt = (options.now ?? (() => new Date()))();
  const name = 'file' in from ? basename(from.file) : basename(new URL(from.url).pathname);
  const read = adapter.read(document, { name, fetchedOn: fetchedAt.toISOString().slice(0, 10) });
  if (read.entries.length === 0) throw new SyncError('empty', `${adapter.label}: no scored entries in the document; nothing was changed`);
  return { ...mapEvidence(options.catalog, adapter, read, options.benchmark, options.minimum), from, fetchedAt: fetchedAt.toISOString() };
}

/** The evidence file's text: a header naming the source, then the scores keyed by catalog model id. */
export function evidenceText(result: EvidenceSyncResult): string {
  const checked = EvidenceFile.parse(result.document);
  const where = 'url' in result.from ? result.from.url : basename(result.from.file);
  const header = [
    `# ${result.label}: scores keyed by catalog model id, written by \`modelscout sync --source ${result.source} --write\``,
    `# from ${where} (read ${result.fetchedAt.slice(0, 10)}). Entries for models the catalog does not have are left out;`,
    '# a later import picks them up. Edit by re-running the sync, not by hand.',
  ];
  return `${header.join('\n')}\n${stringify(checked, { lineWidth: 0 })}`;
}

/** Writes data/evidence/<file> after checking every model and benchmark it names exists; returns the path. */
export async function writeEvidence(dataDir: string, catalog: Catalog, result: EvidenceSyncResult, adapter: EvidenceAdapter): Promise<string> {
  for (const [id, scores] of Object.entries(result.document.models)) {
    if (!catalog.byId.has(id)) throw new SyncError('write', `${adapter.file}: unknown model ${id}; nothing was written`);
    for (const s of scores) if (!catalog.benchmarks.has(s.id)) throw new SyncError('write', `${adapter.file}: unknown benchmark ${s.id}; add it to data/benchmarks.yml first`);
  }
  const path = join(dataDir, 'evidence', adapter.file);
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, evidenceText(result));
    await rename(temp, path);
  } catch (error) {
    throw new SyncError('write', `${path}: ${(error as Error).message}`);
  }
  return path;
}
