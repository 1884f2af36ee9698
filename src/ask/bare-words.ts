// A command's word typed alone ("compare", "price?", "best"). After an answer about models it is asked of them (a
// follow-up); otherwise it is the command itself, which says what it needs and shows an example.

const ENDING = String.raw`\s*[?.!:]*\s*$`;

/** "Compare", "side by side?". */
export const COMPARE_ALONE = new RegExp(String.raw`^\s*(?:please\s+)?(?:compare|comparison|side by side|vs\.?)(?:\s+please)?${ENDING}`, 'i');

/** "Price", "how much?", "cost?". */
export const COST_ALONE = new RegExp(
  String.raw`^\s*(?:(?:and|so|ok(?:ay)?)[\s,]+)?(?:price|prices|pricing|cost|costs|price of|cost of|how much(?: is it| does it cost| would it cost| are they)?)${ENDING}`,
  'i',
);

/** "Best", "recommendation?". */
export const BEST_ALONE = new RegExp(String.raw`^\s*(?:best|best one|best model|recommend|recommendations?)${ENDING}`, 'i');

/** The command a word alone is, if it is one. */
export function bareCommandWord(text: string): 'compare' | 'cost' | 'best' | undefined {
  if (COMPARE_ALONE.test(text)) return 'compare';
  if (COST_ALONE.test(text)) return 'cost';
  if (BEST_ALONE.test(text)) return 'best';
  return undefined;
}
