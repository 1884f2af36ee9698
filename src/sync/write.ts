// `sync --write`: proposes the catalog update as a new dated price entry for a person to review.
//
// For each model with observations in this sync (held jumps and route prices excluded), a new `pricing` entry is
// appended after the entry in force: a copy of it with the observed fields changed, `from` and `checked` = the day of
// the sync, a `note` and a YAML comment saying it is a proposal, and `source.via` naming the source and when it was
// fetched. Old entries are never touched — history is not rewritten. The file is located and understood with the
// `yaml` Document API (parseDocument), and the new entry's text is spliced in after the last entry, so every other
// byte of the file — comments, flow lists, spacing — stays exactly as it was. Before anything is written, the whole
// catalog is re-validated with the new texts and every old entry is checked to be unchanged; if any check fails,
// nothing is written.
//
// New models: a model the sync policy lists (two sources agree on it; see listings.ts) and the reviewed catalog lacks
// is written whole, after the provider file's last model, as the overlay answers with it, with a comment saying it was
// proposed by the sync for review (writeNewModels). From then on the reviewed entry is what answers read.
//
// Not proposed (reported as skipped, for a person): a model whose entry in force already starts on the sync's day
// (a second entry that day would overlap), a model with a scheduled future entry (a new entry would have to go
// between dated entries), and route prices (routes carry no history; edit them by hand).
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Document, isMap, isScalar, isSeq, parse, parseDocument, visit, type YAMLMap, type YAMLSeq } from 'yaml';
import { quotedPrice } from '../catalog/history.ts';
import { Model, PriceEntry } from '../catalog/schema.ts';
import { buildCatalog, formatProblem, type Catalog, type CatalogModel, type RawDocument } from '../catalog/validate.ts';
import { parseRouteField, parseTierField, type FieldName } from '../digest/fields.ts';
import { SyncError, type SyncResult } from './types.ts';

export interface ProposedChange {
  field: FieldName;
  old: number;
  new: number;
}

export interface Proposal {
  model: string;
  provider: string;
  /** The catalog file, relative to the data folder's parent (data/catalog/openai.yml). */
  file: string;
  from: string;
  changes: ProposedChange[];
}

export interface WriteReport {
  proposals: Proposal[];
  /** New models written whole (sync --write; see writeNewModels). */
  newModels?: string[];
  skipped: { model: string; reason: string }[];
  /** Files written (none when there was nothing to propose). */
  written: string[];
}

type Plain = Record<string, unknown>;

/** A price entry's keys in the order the catalog writes them: the schema's. */
const KEY_ORDER = Object.keys(PriceEntry.shape);

function fmt(n: number): string {
  return String(n);
}

/** The new entry: a copy of the one in force with the observed fields changed, in the catalog's key order. */
function newEntry(current: PriceEntry, changes: ProposedChange[], result: SyncResult, from: string): Plain {
  const base: Plain = structuredClone({ ...current }) as Plain;
  const tiers = (base.tiers as Plain[] | undefined) ?? [];
  for (const c of changes) {
    const tier = parseTierField(c.field);
    if (tier) {
      const t = tiers.find((x) => x.above === tier.above);
      if (t) t[tier.field] = c.new;
    } else {
      base[c.field] = c.new;
    }
  }
  const where = 'url' in result.from ? result.from.url : result.from.file;
  const summary = changes.map((c) => `${c.field} ${fmt(c.old)} -> ${fmt(c.new)}`).join(', ');
  base.from = from;
  base.note = `PROPOSED by modelscout sync from ${result.label} (${from}): ${summary}. Review before merging: set "from" to the day the price took effect, and write why; a correction of a wrong figure is fixed in place instead.`;
  base.source = { url: current.source.url, via: `${result.label} ${where} (fetched ${result.fetchedAt.toISOString()})` };
  base.checked = from;
  const out: Plain = {};
  for (const key of KEY_ORDER) {
    const value = base[key];
    if (value === undefined) continue;
    if (key === 'tiers' && Array.isArray(value) && value.length === 0) continue;
    if (key === 'serviceTiers' && typeof value === 'object' && value !== null && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out;
}

/** Which models get a proposal, and which are left for a person (with why). */
export function planProposals(catalog: Catalog, result: SyncResult): { plans: { proposal: Proposal; entry: Plain }[]; skipped: WriteReport['skipped'] } {
  const from = result.fetchedAt.toISOString().slice(0, 10);
  const byModel = new Map<string, ProposedChange[]>();
  const skipped: WriteReport['skipped'] = [];
  for (const o of result.observations) {
    if (parseRouteField(o.field)) {
      skipped.push({ model: o.model, reason: `${o.field}: route prices carry no history; edit the route by hand (${fmt(o.catalog)} -> ${fmt(o.source)})` });
      continue;
    }
    byModel.set(o.model, [...(byModel.get(o.model) ?? []), { field: o.field, old: o.catalog, new: o.source }]);
  }
  for (const h of result.held) skipped.push({ model: h.model, reason: `${h.field}: held for review (${h.reason}); not proposed` });
  const plans: { proposal: Proposal; entry: Plain }[] = [];
  for (const [id, changes] of byModel) {
    const model = catalog.byId.get(id);
    if (!model) continue;
    const current = quotedPrice(model, result.asOf);
    const later = model.pricing.filter((p) => p.from > from);
    if (later.length > 0) {
      skipped.push({ model: id, reason: `has a scheduled price entry from ${later[0]?.from}; place the new entry by hand` });
      continue;
    }
    if (current.from >= from) {
      skipped.push({
        model: id,
        reason: `its price entry in force starts on ${current.from}; a second entry from ${from} would overlap (a correction is fixed in place, by hand)`,
      });
      continue;
    }
    plans.push({
      proposal: { model: id, provider: model.provider, file: `data/catalog/${model.provider}.yml`, from, changes },
      entry: newEntry(current, changes, result, from),
    });
  }
  return { plans, skipped };
}

/** Appends `entry` to the model's `pricing` list in `text`, leaving every other byte as it was. */
export function appendPriceEntry(text: string, modelId: string, entry: Plain, comment: string): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new SyncError('write', `cannot parse the file: ${doc.errors[0]?.message.split('\n')[0]}`);
  const models = doc.get('models', true);
  if (!isSeq(models)) throw new SyncError('write', 'the file has no models list');
  const model = (models as YAMLSeq).items.find((item) => isMap(item) && (item as YAMLMap).get('id') === modelId) as YAMLMap | undefined;
  if (!model) throw new SyncError('write', `model ${modelId} not found in the file`);
  const pricing = model.get('pricing', true);
  if (!isSeq(pricing) || pricing.items.length === 0 || pricing.flow) throw new SyncError('write', `${modelId}: pricing is not a block list of entries`);
  const last = pricing.items[pricing.items.length - 1] as YAMLMap;
  if (!last.range) throw new SyncError('write', `${modelId}: cannot locate the last price entry`);

  // The column of the entries' "- ": the line of the last entry's first key, minus "- ".
  const lineStart = text.lastIndexOf('\n', last.range[0] - 1) + 1;
  const dash = last.range[0] - lineStart - 2;
  if (dash < 0 || text.slice(lineStart + dash, lineStart + dash + 2) !== '- ') throw new SyncError('write', `${modelId}: unexpected layout of the pricing list`);
  let at = last.range[2];
  if (at > 0 && text[at - 1] !== '\n') {
    const newline = text.indexOf('\n', at);
    at = newline < 0 ? text.length : newline + 1;
  }
  const item = new Document([entry]);
  const seq = item.contents as YAMLSeq;
  (seq.items[0] as YAMLMap).commentBefore = comment
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
  const rendered = item
    .toString({ lineWidth: 0, indentSeq: true, flowCollectionPadding: false })
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => ' '.repeat(dash) + line)
    .join('\n');
  const before = text.slice(0, at);
  return `${before}${before.endsWith('\n') || before === '' ? '' : '\n'}${rendered}\n${text.slice(at)}`;
}

function readDoc(path: string, shownAs: string, override?: string): RawDocument {
  try {
    return { file: shownAs, data: parse(override ?? readFileSync(path, 'utf8')) };
  } catch (error) {
    return { file: shownAs, data: undefined, parseError: (error as Error).message.split('\n')[0] ?? 'syntax error' };
  }
}

/**
 * Writes the proposals into the catalog under `dataDir` (the folder holding catalog/, benchmarks.yml, lanes.yml).
 * All or nothing: every new text is checked first (old entries unchanged, the new entry as intended, the whole
 * catalog valid); on any problem nothing is written and SyncError('write') says why.
 */
export function writeProposals(dataDir: string, catalog: Catalog, result: SyncResult): WriteReport {
  const { plans, skipped } = planProposals(catalog, result);
  if (plans.length === 0) return { proposals: [], skipped, written: [] };
  const catalogDir = join(dataDir, 'catalog');
  const texts = new Map<string, string>();
  for (const { proposal, entry } of plans) {
    const path = join(catalogDir, `${proposal.provider}.yml`);
    if (!existsSync(path)) throw new SyncError('write', `${path}: no such catalog file`);
    const before = texts.get(path) ?? readFileSync(path, 'utf8');
    const comment = `Proposed by \`modelscout sync --source ${result.source} --write\` on ${proposal.from} for review (${result.label} fetched ${result.fetchedAt.toISOString()}).\nService tiers and unchanged fields are copied from the previous entry; check them before merging.`;
    let after: string;
    try {
      after = appendPriceEntry(before, proposal.model, entry, comment);
    } catch (error) {
      if (error instanceof SyncError) throw new SyncError('write', `${proposal.file}: ${error.reason}; nothing was written`);
      throw error;
    }
    // History preserved: the old entries read back exactly as before, and the new one exactly as intended.
    const pricingOf = (text: string) => (parse(text) as { models: { id: string; pricing: unknown[] }[] }).models.find((m) => m.id === proposal.model)?.pricing ?? [];
    const old = pricingOf(before);
    const now = pricingOf(after);
    if (now.length !== old.length + 1 || JSON.stringify(now.slice(0, old.length)) !== JSON.stringify(old) || JSON.stringify(now[old.length]) !== JSON.stringify(entry)) {
      throw new SyncError('write', `${proposal.file}: ${proposal.model}: the proposed text did not read back as intended; nothing was written`);
    }
    const others = (text: string) => JSON.stringify((parse(text) as { models: { id: string }[] }).models.filter((m) => m.id !== proposal.model));
    if (others(before) !== others(after)) throw new SyncError('write', `${proposal.file}: other models would change; nothing was written`);
    texts.set(path, after);
  }

  const base = join(dataDir, '..');
  const shown = (path: string) => relative(base, path);
  const written = writeChecked(dataDir, catalogDir, texts, shown, 'the proposed catalog');
  return { proposals: plans.map((p) => ({ ...p.proposal, file: shown(join(catalogDir, `${p.proposal.provider}.yml`)) })), skipped, written };
}

// ---------------------------------------------------------------------------------------------------------------
// New models

/** A new model to write, and the words of the comment above it. */
export interface NewModelProposal {
  model: CatalogModel;
  comment: string;
}

const MODEL_KEYS = Object.keys(Model.shape);
const ENTRY_KEYS = Object.keys(PriceEntry.shape);
const empty = (v: unknown) => v === undefined || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

/** The model as the catalog writes it: the schema's key order, no empty lists or maps, no defaults. */
function modelObject(m: CatalogModel): Plain {
  const out: Plain = {};
  for (const key of MODEL_KEYS) {
    const value = (m as unknown as Plain)[key];
    if (empty(value)) continue;
    if (key === 'pricing') {
      out.pricing = (value as Plain[]).map((e) => {
        const entry: Plain = {};
        for (const k of ENTRY_KEYS) {
          let v = e[k];
          if (k === 'tiers' && Array.isArray(v)) v = v.map((t: Plain) => Object.fromEntries(Object.entries(t).filter(([tk, tv]) => !(tk === 'inclusive' && tv === false))));
          if (!empty(v)) entry[k] = v;
        }
        return entry;
      });
    } else out[key] = value;
  }
  return out;
}

/** Appends whole models after the last model of a provider file's `models` list, every other byte unchanged. */
export function appendModels(text: string, proposals: readonly NewModelProposal[]): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new SyncError('write', `cannot parse the file: ${doc.errors[0]?.message.split('\n')[0]}`);
  const models = doc.get('models', true);
  if (!isSeq(models) || models.flow) throw new SyncError('write', 'the file has no block list of models');
  const out = new Document({ models: proposals.map((p) => modelObject(p.model)) }, { aliasDuplicateObjects: false });
  (out.get('models') as YAMLSeq).items.forEach((item, i) => {
    (item as YAMLMap).commentBefore = (proposals[i] as NewModelProposal).comment
      .split('\n')
      .map((l) => ` ${l}`)
      .join('\n');
  });
  // Lists of scalars on one line ([text, image]), as the catalog writes them.
  visit(out, {
    Seq(_key, node) {
      if (node.items.every((i) => isScalar(i))) node.flow = true;
    },
  });
  // Rendered under "models:", every line is indented two more than the list's items: taken off here.
  const rendered = out
    .toString({ lineWidth: 0, flowCollectionPadding: false })
    .replace(/^models:\n/, '')
    .split('\n')
    .map((l) => l.replace(/^ {2}/, ''))
    .join('\n');
  // The list's items start at the column of its first "- ".
  const first = models.items[0] as YAMLMap | undefined;
  const lineStart = first?.range ? text.lastIndexOf('\n', first.range[0] - 1) + 1 : -1;
  const dash = first?.range ? first.range[0] - lineStart - 2 : 2;
  const indented = rendered
    .replace(/\n$/, '')
    .split('\n')
    .map((l) => (l === '' ? l : ' '.repeat(Math.max(0, dash)) + l))
    .join('\n');
  const end = (models.range as [number, number, number])[1];
  const before = text.slice(0, end);
  return `${before}${before.endsWith('\n') ? '' : '\n'}${indented}\n${text.slice(end)}`;
}

/**
 * Writes the new models into their provider files under `dataDir`, all or nothing: each file must read back with
 * its old models unchanged and the new ones as intended, and the whole catalog must validate.
 */
export function writeNewModels(dataDir: string, catalog: Catalog, proposals: readonly NewModelProposal[]): { written: string[]; models: string[] } {
  const fresh = proposals.filter((p) => !catalog.byId.has(p.model.id));
  if (fresh.length === 0) return { written: [], models: [] };
  const catalogDir = join(dataDir, 'catalog');
  const base = join(dataDir, '..');
  const shown = (path: string) => relative(base, path);
  const texts = new Map<string, string>();
  for (const provider of [...new Set(fresh.map((p) => p.model.provider))].sort()) {
    const path = join(catalogDir, `${provider}.yml`);
    if (!existsSync(path)) throw new SyncError('write', `${shown(path)}: no such catalog file; nothing was written`);
    const before = readFileSync(path, 'utf8');
    const mine = fresh.filter((p) => p.model.provider === provider);
    let after: string;
    try {
      after = appendModels(before, mine);
    } catch (error) {
      if (error instanceof SyncError) throw new SyncError('write', `${shown(path)}: ${error.reason}; nothing was written`);
      throw error;
    }
    const models = (t: string) => (parse(t) as { models: { id: string }[] }).models;
    const old = models(before);
    const now = models(after);
    if (
      JSON.stringify(now.slice(0, old.length)) !== JSON.stringify(old) ||
      now
        .slice(old.length)
        .map((m) => m.id)
        .join() !== mine.map((p) => p.model.id).join()
    ) {
      throw new SyncError('write', `${shown(path)}: the new models did not read back as intended; nothing was written`);
    }
    texts.set(path, after);
  }
  const written = writeChecked(dataDir, catalogDir, texts, shown, 'the new models');
  return { written, models: fresh.map((p) => p.model.id) };
}

/**
 * Checks the catalog as it would be with `texts` (changed files by path) in place, and writes them only if it
 * validates: each whole, then renamed over the old file. Returns the files written, as shown.
 */
function writeChecked(dataDir: string, catalogDir: string, texts: Map<string, string>, shown: (path: string) => string, what: string): string[] {
  const names = readdirSync(catalogDir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort();
  const lanesPath = join(dataDir, 'lanes.yml');
  const checked = buildCatalog(
    names.map((n) => readDoc(join(catalogDir, n), shown(join(catalogDir, n)), texts.get(join(catalogDir, n)))),
    readDoc(join(dataDir, 'benchmarks.yml'), shown(join(dataDir, 'benchmarks.yml'))),
    existsSync(lanesPath) ? readDoc(lanesPath, shown(lanesPath)) : undefined,
  );
  if (!checked.ok) {
    throw new SyncError('write', `${what} would not validate, so nothing was written:\n${checked.problems.slice(0, 10).map(formatProblem).join('\n')}`);
  }
  const written: string[] = [];
  for (const [path, text] of texts) {
    const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
    writeFileSync(temp, text);
    renameSync(temp, path);
    written.push(shown(path));
  }
  return written;
}
