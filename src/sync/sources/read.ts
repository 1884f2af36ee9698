// What the source adapters share: checking a document (or one part of it) against its schema, reading a source's
// price keys, and counting the entries left out.
import type { z } from 'zod';
import type { TierField } from '../../digest/fields.ts';
import { SyncError } from '../types.ts';

/** Where in a document a schema issue is: ".data[3].pricing". */
function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  return value === null ? 'null' : typeof value;
}

/** The whole document, checked against its schema; SyncError('shape') says what was expected and what came. */
export function checkDocument<T>(schema: z.ZodType<T>, document: unknown, label: string, expected: string): T {
  const parsed = schema.safeParse(document);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const at = issue ? issuePath(issue) : '';
  throw new SyncError('shape', at === '' || !issue ? `${label}: expected ${expected}, got ${kindOf(document)}` : `${label}: expected ${expected}; at ${at}: ${issue.message}`);
}

/** One part of a document (an entry, a model), checked against its schema; SyncError('shape') names the part. */
export function checkPart<T>(schema: z.ZodType<T>, value: unknown, label: string, where: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const at = issue ? issuePath(issue).replace(/^\./, '') : '';
  throw new SyncError('shape', `${label}: ${where}: ${at === '' ? '' : `${at}: `}${issue?.message ?? 'unexpected shape'}`);
}

/** Counts `n` entries left out for `reason`. */
export function tally(skipped: Record<string, number>, reason: string, n = 1): void {
  skipped[reason] = (skipped[reason] ?? 0) + n;
}

/**
 * Reads the prices `keys` name in `record`: each present price is converted (and so checked) by `convert`, then
 * handed to `put` with the catalog field the key stands for; `put` decides where it goes, or whether it is compared.
 */
export function readPrices<K extends string>(
  record: Partial<Record<K, unknown>>,
  keys: readonly (readonly [key: K, field: TierField])[],
  convert: (value: unknown, key: K) => number,
  put: (field: TierField, usd: number, key: K) => void,
): void {
  for (const [key, field] of keys) {
    const value = record[key];
    if (value !== undefined && value !== null) put(field, convert(value, key), key);
  }
}
