// How numbers (and lists of names) are said: money to the cent (4 significant digits below a cent), unit prices exactly,
// token counts short, ratios as a careful analyst says them. No float noise ever reaches a reader.

const usdCents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const usdSmall = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumSignificantDigits: 4 });
const usdPrice = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 6 });
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A cost: "$787.50", "$1,234.00", "$0.0042" (below a cent: 4 significant digits), "$0.00" for zero. */
export function money(usd: number): string {
  if (usd !== 0 && Math.abs(usd) < 0.005) return usdSmall.format(usd);
  return usdCents.format(usd);
}

/** A cost of one request: to the cent from a dollar up, 4 significant digits below ("$0.0075", never "$0.01"; "$0.60", never "$0.6"). */
export function requestMoney(usd: number): string {
  return usd !== 0 && Math.abs(usd) < 1 ? usdSmall.format(usd).replace(/(\.\d)$/, '$10') : usdCents.format(usd);
}

/** A unit price as published: "$0.075", "$14.00", "$0.0375" (never rounded away). */
export function price(usd: number): string {
  return usdPrice.format(Number(usd.toPrecision(12)));
}

/** USD per 1M tokens: "$0.40/1M". */
export function perMillion(usd: number): string {
  return `${price(usd)}/1M`;
}

/** The token count a unit price is quoted per: 1M (as providers publish) or 1K (as some teams still budget). */
export type PriceUnit = 'million' | 'thousand';

const usdFine = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 9 });

/** A price per 1M tokens in the unit asked: "$2.00/1M", or per 1K "$0.002/1K" (never rounded away). */
export function perUnit(usdPerMillion: number, unit: PriceUnit): string {
  return unit === 'million' ? perMillion(usdPerMillion) : `${usdFine.format(Number((usdPerMillion / 1000).toPrecision(12)))}/1K`;
}

/** An input and an output price per 1M tokens together: "$0.40/$1.60 per 1M". */
export function pricePair(input: number, output: number): string {
  return `${price(input)}/${price(output)} per 1M`;
}

/** Token counts the way people say them: 400K, 1.05M, 2.5B; exact below a thousand. */
export function tokens(n: number): string {
  const units: [number, string][] = [
    [1e12, 'T'],
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'K'],
  ];
  for (const [size, suffix] of units) {
    if (Math.abs(n) >= size) return `${plain.format(Number((n / size).toPrecision(3)))}${suffix}`;
  }
  return grouped.format(n);
}

/** A full count with separators: 1,047,576. */
export function count(n: number): string {
  return grouped.format(n);
}

/** A measured speed as published: "98.09 tokens/s". */
export function tokensPerSecond(n: number): string {
  return `${n} tokens/s`;
}

/** "8.75×" — how many times larger, to 3 significant digits. */
export function times(ratio: number): string {
  return `${plain.format(Number(ratio.toPrecision(3)))}×`;
}

/** A share as a percentage: 0.84 → "84%". */
export function percent(share: number, digits = 0): string {
  // Up to `digits` decimals, none written that add nothing ("12.5%", not "12.50%").
  return `${(share * 100)
    .toFixed(digits)
    .replace(/(\.\d*?)0+$/, '$1')
    .replace(/\.$/, '')}%`;
}

/**
 * How much cheaper `low` is than `high`, said correctly: "84% cheaper" when low < high (never above 100%),
 * and as a multiple ("8.75× the price") for the dearer side.
 */
export function cheaperBy(low: number, high: number): string {
  if (high <= 0 || low >= high) return 'no cheaper';
  return `${percent((high - low) / high)} cheaper`;
}

/** A score difference in percentage points: "+17.3 pp". */
export function points(diff: number): string {
  const rounded = Number(diff.toFixed(1));
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${plain.format(Math.abs(rounded))} pp`;
}

const andList = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const orList = new Intl.ListFormat('en-GB', { type: 'disjunction' });
/** "a", "a and b", "a, b and c" (or "a, b or c"): names in a sentence, no serial comma. */
export function wordList(names: readonly string[], joiner: 'and' | 'or' = 'and'): string {
  return (joiner === 'and' ? andList : orList).format(names);
}

/** "the llama family", "the glm, glm-air or glm-flash families": families a ranking keeps (or leaves out), as one phrase. */
export function familiesPhrase(families: readonly string[]): string {
  return `the ${wordList(families, 'or')} famil${families.length === 1 ? 'y' : 'ies'}`;
}

/** What a free, rate-limited endpoint's $0 is, wherever a price would show. */
export const FREE_ENDPOINT = 'free, rate-limited endpoint (not a price)';
