// A cached share said of some of the models named, not one for all: "sonnet 4.5 with 90% cache hits vs gpt-5 with no
// caching", "90% cached on sonnet 4.5, none on gpt-5". Each model is then priced with its own share.
import { idWrittenAt, PLACEHOLDER_SOURCE, placeholderId } from './names.ts';
import type { Query } from './query.ts';
import { SHARE_WORD, shareSaid } from './share-words.ts';

/** A model name taken out of the text (maskModelNames). */
const NAME = `(${PLACEHOLDER_SOURCE})`;
/** A share: "90%", "half", "0.9". */
const SHARE = String.raw`(\d{1,3}(?:\.\d+)?\s*%|${SHARE_WORD}|0?\.\d+)`;
/** What a share is of: "cache hits", "cached", "cache hit rate", "prompt caching", "cached input". */
const CACHE = String.raw`(?:cache[ds]?(?:\s+hits?)?|cache[- ]hit\s+(?:rate|ratio)|(?:prompt\s+)?caching|cached\s+input|cache\s+reads?)`;
/** Words that join a model to what is said of it: "with", "at", "(", ",". */
const JOIN = String.raw`\s*(?:,\s*|\(\s*|[-–—:]\s*)?(?:(?:with|at|using|on|having|getting|gets|hitting)\s+)?(?:an?\s+|the\s+)?`;
/** "No caching", "without caching", "0% cache hits", "uncached", "caching off". */
const NONE = String.raw`(?:(?:no|zero|without(?:\s+any)?)\s+(?:prompt\s+)?(?:caching|cache(?:\s+hits?)?)|0\s*%\s*${CACHE}|uncached|caching\s+off|none)`;

/** "gpt-5 with 90% cache hits", "sonnet 4.5 (90% cached)", and "gpt-5 with no caching". */
const SHARE_AFTER = new RegExp(String.raw`${NAME}${JOIN}(?:${SHARE}\s*(?:(?:of\s+)?(?:its\s+|the\s+)?(?:input|prompts?)\s+(?:(?:is|are)\s+)?)?${CACHE}|(${NONE}))`, 'gi');
/** "90% cache hits on gpt-5", "no caching for gpt-5", "none on gpt-5", and the command's "cached 90% for <id>". */
const SHARE_BEFORE = new RegExp(String.raw`(?:${SHARE}\s*${CACHE}|${CACHE}\s+${SHARE}|(${NONE}))\s+(?:on|for|with)\s+(?:the\s+)?${NAME}`, 'gi');
/** A command names each model once in its list and again after "cached N% for" (commandFor): the second is left unmasked. */
const CACHED_FOR = /\bcached\s+(\d{1,3}(?:\.\d+)?%)\s+for\s+/gi;

/** A share as said, or 0 for "none". */
const ownShareOf = (said: string | undefined, none: string | undefined): number | undefined =>
  none !== undefined ? 0 : said === undefined ? undefined : (shareSaid(said) ?? (/^0?\.\d+$/.test(said) ? Number(said) : undefined));

/**
 * Each model's own cached share when they are said apart; undefined when one share is said for all. A share after the
 * last model ends the question ("compare gpt-5 and o3 with 50% cache hits"): it is that model's alone only when
 * another model has a share of its own.
 */
export function cachedSharesOf(masked: string, exact: readonly string[], models: readonly string[]): Record<string, number> | undefined {
  if (models.length < 2 || !/cach/i.test(masked)) return undefined;
  const own = new Map<string, number>();
  const said = (id: string | undefined, share: number | undefined) => {
    if (id !== undefined && share !== undefined && share <= 1 && models.includes(id) && !own.has(id)) own.set(id, share);
  };
  // A share before a model ("… on gpt-5") is read first: "90% cached on a, none on b" says nothing after a of a.
  for (const m of masked.matchAll(SHARE_BEFORE)) said(placeholderId(m[4] as string, exact), ownShareOf(m[1] ?? m[2], m[3]));
  const last = models[models.length - 1] as string;
  // A share after the last model may be the question's; one before a model ("… for gpt-5") is that model's.
  let afterLast = false;
  for (const m of masked.matchAll(SHARE_AFTER)) {
    const id = placeholderId(m[1] as string, exact);
    afterLast ||= id === last && !own.has(last);
    said(id, ownShareOf(m[2], m[3]));
  }
  for (const m of masked.matchAll(CACHED_FOR)) said(idWrittenAt(masked, (m.index ?? 0) + m[0].length, models), shareSaid(m[1] as string));
  // Said only after the last model, the share is the question's; said of one model alone, the others have none.
  if (own.size === 0 || (own.size === 1 && own.has(last) && afterLast)) return undefined;
  const shares = Object.fromEntries(models.map((id) => [id, own.get(id) ?? 0]));
  return new Set(Object.values(shares)).size > 1 ? shares : undefined;
}

/** "Sonnet 4.5 with 90% cache hits vs gpt-5 with none": the share said of each model prices it, none for all. */
export function cacheSides(query: Query, masked: string, exact: readonly string[]): void {
  const shares = cachedSharesOf(masked, exact, query.models);
  if (!shares) return;
  query.cachedShare = null;
  query.cachedShares = shares;
  // "With no caching" said of a model prices it so; it asks for no model without caching.
  const without = query.filters.without?.filter((n) => n !== 'prompt-caching');
  if (without?.length) query.filters.without = without;
  else delete query.filters.without;
}
