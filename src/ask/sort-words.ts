// The orders a ranking is asked in by what it is sorted by: "sort them by context", "ordered by release date", "where
// does gpt-5 rank by speed?".
import type { RankOrder } from '../cost/rank.ts';

const ORDER_WORD = String.raw`((?:input\s+|output\s+|blended\s+)?(?:price|cost)|context(?:\s+window)?|release(?:\s+date)?|date|newest|max(?:imum)?\s+output|output(?:\s+limit)?|speed|knowledge(?:\s+cutoff)?|cutoff)`;
/** "Sort them by context", "ordered by release date", "rank these by price". */
const SORT_BY = new RegExp(String.raw`\b(?:sort|order|rank)(?:ed)?\s+(?:them|these|those|it|the list|that)?\s*by\s+(?:the\s+|their\s+)?${ORDER_WORD}\b`, 'i');
/** "By context window", "on price", "for speed": the order alone, as the words after a model's name ask it. */
const BY_ORDER = new RegExp(String.raw`^\s*(?:by|on|for|in)\s+(?:the\s+|their\s+|its\s+)?${ORDER_WORD}\s*$`, 'i');
/** "List openai models by release date", "claude models by context window": a list asked in an order. */
const LISTED_BY = new RegExp(String.raw`\b(?:models?|llms?|them|ones)\s+(?:\w+\s+){0,2}?(?:by|in order of)\s+(?:the\s+|their\s+)?${ORDER_WORD}\b`, 'i');
const SORT_ORDERS: Record<string, RankOrder> = {
  price: 'price',
  cost: 'price',
  context: 'context',
  release: 'newest',
  date: 'newest',
  newest: 'newest',
  max: 'output',
  maximum: 'output',
  output: 'output',
  speed: 'speed',
  knowledge: 'cutoff',
  cutoff: 'cutoff',
};

/** An order's words → the order: any price or cost is the price ("output price" too), else the first word says it. */
const orderOf = (m: RegExpExecArray | null): RankOrder | undefined => {
  const words = (m?.[1] ?? '').toLowerCase();
  return m ? (/\b(?:price|cost)$/.test(words) ? 'price' : SORT_ORDERS[words.split(/\s+/)[0] as string]) : undefined;
};

/** The order "sort them by …" asks for, if any. */
export const sortedBy = (text: string): RankOrder | undefined => orderOf(SORT_BY.exec(text));
/** The order a list is asked in ("openai models by release date"), if any. */
export const listedBy = (text: string): RankOrder | undefined => orderOf(LISTED_BY.exec(text));
/** The order words that are only an order ("by speed", "on price") ask for, if any. */
export const orderNamed = (text: string): RankOrder | undefined => orderOf(BY_ORDER.exec(text));
