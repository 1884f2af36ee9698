// The Batch API said of some of the models named, not all: "is batch gpt-4.1 cheaper than gpt-4.1 mini?", "gpt-5 batch
// vs gpt-5 mini", "batch gpt-5 or standard gpt-5 mini". Each model is then priced the way it is bought.
import { idWrittenAt, PLACEHOLDER_SOURCE, placeholderId } from './names.ts';
import type { Query } from './query.ts';

/** A model name taken out of the text (maskModelNames). */
const NAME = `(${PLACEHOLDER_SOURCE})`;
const BATCH_WORD = /batch/i;
const BATCH = String.raw`(?:the\s+)?batch(?:ed)?(?:\s+api)?`;
/** "batch gpt-4.1", "batch for gpt-4.1", "batch only for gpt-4.1", "the batch api's gpt-4.1". */
const BATCH_BEFORE = new RegExp(String.raw`\b${BATCH}(?:'s)?\s+(?:(?:only\s+)?(?:for|on|of)\s+)?(?:the\s+)?${NAME}`, 'gi');
/** "gpt-4.1 batch", "gpt-4.1 on batch", "gpt-4.1 via the batch api" (the name, then how it is bought). */
const BATCH_AFTER = new RegExp(String.raw`${NAME}\s+(?:(?:on|via|through|with|using|in)\s+)?${BATCH}\b`, 'gi');
/** "standard gpt-5 mini", "gpt-5 mini at standard prices", "real-time gpt-4.1": a model said to be bought the usual way. */
const STANDARD_BEFORE = new RegExp(String.raw`\b(?:standard|regular|normal|real[- ]?time|interactive|non[- ]batch|sync(?:hronous)?|on[- ]demand)\s+${NAME}`, 'gi');
const STANDARD_AFTER = new RegExp(
  String.raw`${NAME}\s+(?:(?:at|on|with|via)\s+)?(?:standard|regular|normal|real[- ]?time|interactive|non[- ]batch|sync(?:hronous)?|on[- ]demand)\b`,
  'gi',
);

/** The names a pattern attaches to, as ids. */
function attached(re: RegExp, masked: string, exact: readonly string[]): Set<string> {
  const ids = new Set<string>();
  for (const m of masked.matchAll(re)) {
    const id = placeholderId(m[1] as string, exact);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/**
 * The models bought through the Batch API when batch is said of some of those named but not all; undefined when it is
 * said of every one, or of the question as a whole ("compare gpt-5 and gpt-5 mini with batch": the batch word after
 * the last name, with no other model said to be bought the usual way, is the question's).
 * `masked` is the text with the exact names taken out (maskModelNames), `exact` their ids, `models` the ids named.
 */
/** "batch for <id>", "batch only for <id>": where a command names a model bought through the Batch API. */
const BATCH_FOR = /\bbatch\s+(?:only\s+)?for\s+/gi;

export function batchBoughtFor(masked: string, exact: readonly string[], models: readonly string[]): string[] | undefined {
  // With no batch word, no model is bought through the Batch API (and no pattern below can match).
  if (models.length < 2 || !BATCH_WORD.test(masked)) return undefined;
  const before = attached(BATCH_BEFORE, masked, exact);
  // A command names each model once in its list and again after "batch for" (commandFor): the second is left unmasked.
  for (const m of masked.matchAll(BATCH_FOR)) {
    const id = idWrittenAt(masked, (m.index ?? 0) + m[0].length, models);
    if (id !== undefined) before.add(id);
  }
  const after = attached(BATCH_AFTER, masked, exact);
  const standard = new Set([...attached(STANDARD_BEFORE, masked, exact), ...attached(STANDARD_AFTER, masked, exact)]);
  const last = models[models.length - 1];
  // A batch word after the last name ends the question: said of it alone only when another model is said to be standard.
  const afterOwn = [...after].filter((id) => id !== last || standard.size > 0);
  const batch = models.filter((id) => (before.has(id) || afterOwn.includes(id)) && !standard.has(id));
  if (batch.length === 0 || batch.length === models.length) return undefined;
  return batch;
}

/** "Is batch gpt-4.1 cheaper than gpt-4.1 mini?": batch said of some of the models named prices only those at batch. */
export function batchSides(query: Query, masked: string, exact: readonly string[]): void {
  const only = query.batch ? batchBoughtFor(masked, exact, query.models) : undefined;
  if (!only) return;
  query.batch = false;
  query.batchModels = only;
}
