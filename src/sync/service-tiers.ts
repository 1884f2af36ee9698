// `sync generate --litellm FILE`: service-tier prices (OpenAI's flex and priority, Gemini's) from LiteLLM's price
// file, added to the catalog's models wherever LiteLLM publishes them and the catalog's entry lacks them.
//
// For each direct-provider LiteLLM entry with `*_flex` or `*_priority` prices that maps to a catalog model (by its own
// id, name, alias, snapshot or dated id; the closest id wins), the tier is added to the price entry in force on the
// file's date, only when
// - the entry has no price for that tier yet (a figure already in the catalog, hand-written or reviewed, is kept:
//   where sources disagree, a person chose), and
// - LiteLLM's standard input and output prices equal the entry's (its tier prices then belong to the same period),
// - the tier has both an input and an output price, different from the standard ones (LiteLLM repeats the standard
//   price for some models that have no such tier).
// A cached-input price dearer than the tier's input is left out. Long-context variants of a tier have no place in the
// schema and are not read. The text is spliced into the file: every other byte, comment and hand edit stays; a comment
// above the new block names the file and its date, as the catalog's other comments do.
import { isMap, isScalar, parseDocument, type Pair, type YAMLMap } from 'yaml';
import { quotedPrice } from '../catalog/history.ts';
import type { ServiceTierName } from '../catalog/schema.ts';
import type { Catalog } from '../catalog/validate.ts';
import { mapEntry } from './compare.ts';
import type { SourceDoc } from './generate.ts';
import { providerLookup } from './providers.ts';
import { litellm } from './sources/litellm.ts';
import { perMillionFromPerToken, samePrice } from './types.ts';

const TIERS = ['priority', 'flex'] as const satisfies readonly ServiceTierName[];
type TierName = (typeof TIERS)[number];

export interface TierPrices {
  input: number;
  cachedInput?: number;
  cacheWrite5m?: number;
  output: number;
}

/** A tier to add to a model's entry in force. */
export interface TierFill {
  model: string;
  provider: string;
  /** The `from` of the price entry it goes into. */
  entryFrom: string;
  tier: TierName;
  prices: TierPrices;
  /** LiteLLM's key it was read from. */
  sourceId: string;
}

export interface TierReport {
  fills: TierFill[];
  /** Tiers LiteLLM publishes that were not added, with why. */
  skipped: { model: string; tier: string; reason: string }[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function tierPrices(raw: Obj, tier: TierName, where: string): TierPrices | undefined {
  const get = (key: string) => (raw[key] === undefined || raw[key] === null ? undefined : perMillionFromPerToken(raw[key], `${where}: ${key}`));
  const input = get(`input_cost_per_token_${tier}`);
  const output = get(`output_cost_per_token_${tier}`);
  if (input === undefined || output === undefined) return undefined;
  const out: TierPrices = { input, output };
  const cached = get(`cache_read_input_token_cost_${tier}`);
  if (cached !== undefined && cached <= input) out.cachedInput = cached;
  const write = get(`cache_creation_input_token_cost_${tier}`);
  if (write !== undefined) out.cacheWrite5m = write;
  return out;
}

/** The tiers LiteLLM publishes that the catalog's entries in force lack (see the rules above). */
export function planServiceTiers(catalog: Catalog, doc: SourceDoc): TierReport {
  const data = isObj(doc.data) ? doc.data : {};
  const read = litellm.read(data, providerLookup(catalog, 'litellm'));
  // The closest LiteLLM id per catalog model (own id first, then snapshot, dated id…), then file order.
  const best = new Map<string, { key: string; rank: number }>();
  for (const entry of read.entries) {
    const raw = data[entry.id];
    if (!isObj(raw) || !Object.keys(raw).some((k) => /_(flex|priority)$/.test(k))) continue;
    const outcome = mapEntry(catalog, 'litellm', entry);
    if (outcome.kind !== 'mapped') continue;
    const previous = best.get(outcome.model.id);
    if (!previous || outcome.rank < previous.rank) best.set(outcome.model.id, { key: entry.id, rank: outcome.rank });
  }
  const report: TierReport = { fills: [], skipped: [] };
  for (const [id, { key }] of [...best].sort(([a], [b]) => a.localeCompare(b))) {
    const model = catalog.byId.get(id);
    const raw = data[key];
    if (!model || !isObj(raw)) continue;
    const entry = quotedPrice(model, doc.checked);
    for (const tier of TIERS) {
      const prices = tierPrices(raw, tier, `LiteLLM ${key}`);
      if (!prices) continue;
      const skip = (reason: string) => report.skipped.push({ model: id, tier, reason });
      if (entry.serviceTiers[tier]) continue;
      const base = { input: raw.input_cost_per_token, output: raw.output_cost_per_token };
      if (base.input === undefined || base.output === undefined) {
        skip(`LiteLLM ${key} has no standard price to match the catalog's`);
        continue;
      }
      const standard = { input: perMillionFromPerToken(base.input, `LiteLLM ${key}`), output: perMillionFromPerToken(base.output, `LiteLLM ${key}`) };
      if (!samePrice(standard.input, entry.input) || !samePrice(standard.output, entry.output)) {
        skip(`LiteLLM's standard price ${standard.input}/${standard.output} is not the catalog's ${entry.input}/${entry.output} (from ${entry.from}): another price period`);
        continue;
      }
      if (samePrice(prices.input, entry.input) && samePrice(prices.output, entry.output)) {
        skip(`LiteLLM's ${tier} price is the standard price: no ${tier} tier of its own`);
        continue;
      }
      report.fills.push({ model: id, provider: model.provider, entryFrom: entry.from, tier, prices, sourceId: key });
    }
  }
  return report;
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function tierLines(tier: TierName, prices: TierPrices, indent: string): string[] {
  const fields = (['input', 'cachedInput', 'cacheWrite5m', 'output'] as const).flatMap((f) => (prices[f] === undefined ? [] : [`${indent}  ${f}: ${prices[f]}`]));
  return [`${indent}${tier}:`, ...fields];
}

/**
 * The provider file with the fills for its models spliced in (every other byte unchanged), or undefined when none of
 * the fills is for this file.
 */
export function appendServiceTiers(existing: string, fills: readonly TierFill[], doc: Pick<SourceDoc, 'file' | 'checked'>): string | undefined {
  const parsed = parseDocument(existing);
  const models = parsed.get('models', true);
  if (!models || !('items' in (models as object))) return undefined;
  const inserts: [number, string][] = [];
  for (const item of (models as { items: unknown[] }).items) {
    if (!isMap(item)) continue;
    const id = String(item.get('id'));
    const mine = fills.filter((f) => f.model === id);
    if (mine.length === 0) continue;
    const pricing = item.get('pricing', true) as { items?: unknown[] } | undefined;
    const entry = pricing?.items?.find((e) => isMap(e) && String((e as YAMLMap).get('from')) === mine[0]?.entryFrom) as YAMLMap | undefined;
    if (!entry) continue;
    const keyOf = (p: Pair) => (isScalar(p.key) ? String(p.key.value) : '');
    const comment = (indent: string) => `${indent}# ${mine.map((f) => `serviceTiers.${f.tier}`).join(', ')}: LiteLLM ${mine[0]?.sourceId} (${doc.file}, ${doc.checked})`;
    const existingTiers = entry.items.find((p) => keyOf(p) === 'serviceTiers');
    if (existingTiers && isMap(existingTiers.value) && existingTiers.value.items.length > 0) {
      // Add the missing tiers after the last one, at the same indentation.
      const tiers = existingTiers.value;
      const first = tiers.items[0] as Pair;
      const firstKey = (first.key as { range: [number, number, number] }).range[0];
      const indent = ' '.repeat(firstKey - lineStartOf(existing, firstKey));
      const end = (tiers.range as [number, number, number])[2];
      const at = existing[end - 1] === '\n' ? end : existing.indexOf('\n', end) + 1;
      inserts.push([at, `${[comment(indent), ...mine.flatMap((f) => tierLines(f.tier, f.prices, indent))].join('\n')}\n`]);
      continue;
    }
    // A new serviceTiers block before the entry's first key that follows it in the schema's order.
    const after = entry.items.find((p) => ['note', 'host', 'free', 'source', 'checked'].includes(keyOf(p)));
    if (!after || !isScalar(after.key)) continue;
    const keyAt = (after.key.range as [number, number, number])[0];
    const at = lineStartOf(existing, keyAt);
    const indent = ' '.repeat(keyAt - at);
    const block = [comment(indent), `${indent}serviceTiers:`, ...mine.flatMap((f) => tierLines(f.tier, f.prices, `${indent}  `))];
    inserts.push([at, `${block.join('\n')}\n`]);
  }
  if (inserts.length === 0) return undefined;
  let text = existing;
  for (const [at, s] of inserts.sort((a, b) => b[0] - a[0])) text = text.slice(0, at) + s + text.slice(at);
  return text;
}
