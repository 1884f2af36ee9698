// Shares of a whole as people say them ("half", "a third", "30%"), read the same wherever a share is asked: traffic
// moved between models, a side scaled, a cached share.
/** Shares said in words: "half", "a third", "three quarters". */
const SHARE_WORDS: Record<string, number> = {
  half: 0.5,
  'a half': 0.5,
  'one half': 0.5,
  'a third': 1 / 3,
  'one third': 1 / 3,
  'a quarter': 0.25,
  'one quarter': 0.25,
  'a fourth': 0.25,
  'a fifth': 0.2,
  'a tenth': 0.1,
  'two thirds': 2 / 3,
  'three quarters': 0.75,
};
export const SHARE_WORD = Object.keys(SHARE_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** A share as said ("half", "30%", "a third") → 0..1; undefined for anything else. */
export function shareSaid(said: string): number | undefined {
  const words = SHARE_WORDS[said.trim().toLowerCase().replace(/\s+/g, ' ')];
  if (words !== undefined) return Number(words.toPrecision(12));
  const percent = /^(\d{1,3}(?:\.\d+)?)\s*%$/.exec(said.trim());
  return percent ? shareOf(percent[1] as string) : undefined;
}

/** "33.3" (percent) → 0.333, without binary noise (so a share written back reads as the same share). */
export const shareOf = (percent: string) => Number((Number(percent.replace(/\s+/g, '')) / 100).toPrecision(12));

/** "Cut our bill in half", "halve our costs", "reduce our spend by 30%": what is left of the month, as a share of it. */
const BILL_CUT =
  /\b(?:(?:cut|reduce|lower|slash|trim|bring down)\s+(?:our|my|the|this)?\s*(?:\S+\s+){0,2}?(?:bill|costs?|spend(?:ing)?)\s+(?:(?:on|for|with)\s+(?:\S+\s+){1,3}?)?(?:in\s+half|by\s+(?:half|(\d{1,2}(?:\.\d+)?)\s*%))|halve\s+(?:our|my|the|this)\s+(?:\S+\s+){0,2}?(?:bill|costs?|spend(?:ing)?))(?!\w)/i;

export function billCutTo(text: string): number | undefined {
  const m = BILL_CUT.exec(text);
  if (!m) return undefined;
  return m[1] === undefined ? 0.5 : 1 - Number(m[1]) / 100;
}
