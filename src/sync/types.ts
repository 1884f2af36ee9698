// Types shared by the price sync: the sources, what an adapter reads from a source document, what a sync finds,
// and the one error every refused sync raises. Price fields are named as in src/digest/fields.ts.
import Big from 'big.js';
import type { FieldName } from '../digest/fields.ts';
import type { ProviderLookup } from './providers.ts';

export const SOURCE_IDS = ['litellm', 'openrouter', 'models.dev'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** Prices at or above this many USD per 1M tokens are refused as absurd. */
const ABSURD_PRICE = 10_000;
/** A price this many times the catalog's or more (or 1/this or less) is held for review, not recorded. */
export const JUMP_FACTOR = 10;
/** Prices are kept to this many decimals of USD per 1M tokens (a millionth of a dollar per 1M). */
const DECIMALS = 6;

/** Why a sync was refused. Every kind changes nothing. */
export type SyncErrorKind = 'network' | 'http' | 'timeout' | 'json' | 'shape' | 'empty' | 'truncated' | 'price' | 'store' | 'write';

/** A refused sync: the reason says what was wrong, in words a person can act on. Nothing was changed. */
export class SyncError extends Error {
  override name = 'SyncError';
  constructor(
    readonly kind: SyncErrorKind,
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** Prices of one source entry, USD per 1M tokens, exact to DECIMALS places. */
export type FieldPrices = Partial<Record<FieldName, number>>;

/**
 * What a source says about a model besides its prices, as far as it says (models.dev and OpenRouter say most, LiteLLM
 * least): enough to list a model the reviewed catalog lacks. A fact the source does not publish is absent.
 */
export interface ModelFacts {
  name?: string;
  contextWindow?: number;
  maxOutput?: number;
  /** Modalities in the catalog's words (text, image, audio, video, pdf). */
  input?: string[];
  output?: string[];
  /** YYYY-MM-DD. */
  released?: string;
  /** YYYY-MM or YYYY-MM-DD. */
  knowledgeCutoff?: string;
  openWeights?: boolean;
  capabilities?: Partial<Record<'vision' | 'reasoning' | 'function-calling' | 'tool-use' | 'structured-outputs' | 'prompt-caching', boolean>>;
  /** The page the source publishes the model on, where it has one. */
  url?: string;
}

/** One entry of a source document that belongs to a catalog provider, as the adapter read it. */
export interface SourceEntry {
  /** The id exactly as the source spells it ("openai/gpt-4.1-mini:batch", "gemini/gemini-2.5-pro", "grok-4.3"). */
  id: string;
  /** The catalog provider it belongs to (openai, meta, qwen, …). */
  provider: string;
  /** The name to resolve against the catalog (the id without a ":batch" suffix). */
  name: string;
  /** OpenRouter variant suffix (":batch", ":free", …) without the colon, when there is one. */
  variant?: string;
  /** The prices the source publishes for it; a field it does not publish is absent. */
  prices: FieldPrices;
  /**
   * Whether the entry looks like a model a team could pick (a chat/text model with input and output prices),
   * as opposed to an embedding, speech, image or fine-tuning entry. Decides `newModels`.
   */
  looksLikeModel: boolean;
  /** What the source says the entry is, where it says (LiteLLM's `mode`). */
  kind?: string;
  /** The source's specs for the model (context, modalities, dates…), read for models the catalog lacks. */
  facts?: ModelFacts;
}

/** A source document read by an adapter. */
export interface ReadDocument {
  /** Entries of catalog providers, in document order. */
  entries: SourceEntry[];
  /** Entries in the whole document (all providers). */
  total: number;
  /** Entries left out before mapping, by reason (resellers, other providers, fine-tunes). */
  skipped: Record<string, number>;
}

export interface Adapter {
  id: SourceId;
  /** How people write the source's name: "LiteLLM", "OpenRouter", "models.dev". */
  label: string;
  defaultUrl: string;
  /**
   * Validates the document's shape and prices and reads the entries of catalog providers (`providers`: which source
   * keys are which catalog provider's own API, see providers.ts; default: the six original providers); throws
   * SyncError('shape' | 'empty' | 'price').
   */
  read(document: unknown, providers?: ProviderLookup): ReadDocument;
}

// ---------------------------------------------------------------------------------------------------------------
// Exact units

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * USD per token (a number as LiteLLM writes it, or a string as OpenRouter does) → USD per 1M tokens, exactly:
 * the decimal text is multiplied by 10^6 in decimal arithmetic and kept to 6 decimals (below that, 6 significant
 * digits), so 3e-7 becomes 0.3, never 0.30000000000000004. Throws SyncError('price') for anything that is not a
 * finite number ≥ 0 and below ABSURD_PRICE per 1M.
 */
export function perMillionFromPerToken(value: unknown, where: string): number {
  return checkedPrice(toBig(value, where).times(1_000_000), where, value);
}

/** A price already in USD per 1M (models.dev), checked and kept to 6 decimals. */
export function perMillion(value: unknown, where: string): number {
  return checkedPrice(toBig(value, where), where, value);
}

function toBig(value: unknown, where: string): Big {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
  if (typeof value === 'number' && !Number.isFinite(value)) throw new SyncError('price', `${where} is ${String(value)}: every price must be a finite number`);
  if (text === undefined || !DECIMAL.test(text)) throw new SyncError('price', `${where} is ${JSON.stringify(value)}: expected a number`);
  return new Big(text);
}

function checkedPrice(usdPerMillion: Big, where: string, raw: unknown): number {
  if (usdPerMillion.lt(0)) throw new SyncError('price', `${where} is ${JSON.stringify(raw)} (USD ${usdPerMillion.toString()} per 1M): a price cannot be negative`);
  if (usdPerMillion.gte(ABSURD_PRICE)) {
    throw new SyncError(
      'price',
      `${where} is ${JSON.stringify(raw)} (USD ${usdPerMillion.toString()} per 1M): at or above $${ABSURD_PRICE.toLocaleString('en-US')} per 1M tokens is not a plausible price`,
    );
  }
  let rounded = usdPerMillion.round(DECIMALS, Big.roundHalfUp);
  if (rounded.eq(0) && !usdPerMillion.eq(0)) rounded = new Big(usdPerMillion.toPrecision(DECIMALS));
  return Number(rounded.toString());
}

/** Exact equality of two prices (both already kept to 6 decimals). */
export function samePrice(a: number, b: number): boolean {
  return new Big(a).eq(new Big(b));
}

// ---------------------------------------------------------------------------------------------------------------
// What a sync finds

/** A source price that differs from the catalog's: recorded in the store as an observation. */
export interface PriceObservation {
  model: string;
  field: FieldName;
  /** The catalog's current price (quotedPrice on the sync's date), USD per 1M. */
  catalog: number;
  /** The source's price, USD per 1M. */
  source: number;
  /** The source's id for the entry the price came from. */
  sourceId: string;
}

/** A difference of ×10 or more, or ÷10 or less: held for review, never recorded as an ordinary observation. */
export interface HeldJump extends PriceObservation {
  /** source / catalog (null when the catalog's price is 0). */
  ratio: number | null;
  reason: string;
}

/** An id of a catalog provider that could not be mapped to a catalog model. */
export interface UnmappedId {
  id: string;
  provider: string;
  reason: string;
}

/** An unmapped id that looks like a provider model the catalog does not have, with the source's prices. */
export interface NewModel {
  id: string;
  provider: string;
  prices: FieldPrices;
  /** Other ids of the same source for the same model (same name once vendor prefixes are ignored). */
  alsoAs?: string[];
  /** The id the catalog would give it (the source's id, lower case, without vendor prefix or variant). */
  catalogId: string;
  /** What the source says about it besides prices. */
  facts: ModelFacts;
}

/** A field the source publishes for a mapped model that the catalog's current entry does not have. */
export interface FieldNotInCatalog {
  model: string;
  field: FieldName;
  source: number;
  sourceId: string;
}

/** Several ids of one source map to the same catalog model and field with different prices. */
export interface Conflict {
  model: string;
  field: FieldName;
  used: { id: string; value: number };
  ignored: { id: string; value: number }[];
}

/** One price a source gives for a mapped catalog model and field (equal to the catalog's or not). */
export interface SourceValue {
  model: string;
  field: FieldName;
  value: number;
  sourceId: string;
}

export interface Comparison {
  /** Entries of catalog providers read. */
  entries: number;
  /** Distinct catalog models the entries map to. */
  mapped: number;
  /** How many catalog models the catalog says this source covers, and the least a complete document maps. */
  expected: number;
  minimum: number;
  observations: PriceObservation[];
  held: HeldJump[];
  unmapped: UnmappedId[];
  newModels: NewModel[];
  notInCatalog: FieldNotInCatalog[];
  conflicts: Conflict[];
  /** Entries left out, by reason. */
  skipped: Record<string, number>;
  /** Every price compared (for cross-source comparison), one per model and field. */
  values: SourceValue[];
}

export interface SyncResult extends Comparison {
  source: SourceId;
  label: string;
  /** Where the document came from: a URL or a file path. */
  from: { url: string } | { file: string };
  fetchedAt: Date;
  /** The date the catalog's prices were quoted for (YYYY-MM-DD). */
  asOf: string;
}

/** A catalog id from a source id: lower case, vendor prefix and variant suffix dropped. */
export function catalogId(id: string): string {
  return id
    .toLowerCase()
    .slice(id.lastIndexOf('/') + 1)
    .replace(/:(free|batch)$/, '')
    .replace(/[^a-z0-9._:-]/g, '-');
}
