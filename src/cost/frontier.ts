// The price–quality frontier: what "best value" ranks, for a benchmark's score or a lane's strength alike.

/**
 * The items no other beats on both price and score (another as cheap or cheaper and scoring at least as high, better
 * on one), cheapest first: each step up in price buys a higher score. Items tied with the last one kept on both price
 * and score are kept beside it. Items with no score are never on it.
 */
export function priceScoreFrontier<T>(
  items: readonly T[],
  priceOf: (item: T) => number,
  scoreOf: (item: T) => number | undefined,
  samePrice: (a: number, b: number) => boolean = (a, b) => a === b,
): T[] {
  const score = (item: T) => scoreOf(item) ?? Number.NEGATIVE_INFINITY;
  const byPrice = items
    .filter((item) => Number.isFinite(priceOf(item)) && scoreOf(item) !== undefined)
    .sort((a, b) => (samePrice(priceOf(a), priceOf(b)) ? 0 : priceOf(a) - priceOf(b)) || score(b) - score(a));
  const kept: T[] = [];
  let best = Number.NEGATIVE_INFINITY;
  for (const item of byPrice) {
    const last = kept[kept.length - 1];
    const tie = last !== undefined && samePrice(priceOf(last), priceOf(item)) && score(last) === score(item);
    if (score(item) <= best && !tie) continue;
    kept.push(item);
    best = score(item);
  }
  return kept;
}
