// How prices spread across the models a ranking's filters leave: how many, the cheapest and the dearest, the median
// and the mean ("what's the average price of anthropic models?", "price range of google models").
import type { Ranked } from './rank.ts';

/** One end of the spread: a model and its price at the profile. */
export interface SpreadEnd {
  model: string;
  name: string;
  blendedPerMillion: number;
  monthlyUsd: number;
}

export interface PriceSpread {
  /** How many models were priced. */
  count: number;
  low: SpreadEnd;
  high: SpreadEnd;
  /** The median and the mean of the blended prices per 1M, and of the month at the profile. */
  medianPerMillion: number;
  meanPerMillion: number;
  medianMonthlyUsd: number;
  meanMonthlyUsd: number;
  /**
   * A model set against the spread ("is gpt-5 expensive?"), or a price alone (`model` empty: "is $0.50 per million
   * input cheap?"): its price, and how many of the models cost less or more.
   */
  against?: SpreadEnd & { cheaper: number; dearer: number };
}

const end = (r: Ranked): SpreadEnd => ({ model: r.model, name: r.name, blendedPerMillion: r.blendedPerMillion, monthlyUsd: r.monthlyUsd });

/** The middle value of numbers in order (the mean of the two middle ones for an even count). */
function median(sorted: readonly number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The spread of `rows` (a whole ranking by price, cheapest first); null when there is none. */
export function priceSpread(rows: readonly Ranked[]): PriceSpread | null {
  const [first] = rows;
  const last = rows.at(-1);
  if (!first || !last) return null;
  const blended = rows.map((r) => r.blendedPerMillion).sort((a, b) => a - b);
  const monthly = rows.map((r) => r.monthlyUsd).sort((a, b) => a - b);
  // A mean is no published price: four significant figures say it.
  const mean = (xs: readonly number[]) => Number((xs.reduce((sum, x) => sum + x, 0) / xs.length).toPrecision(4));
  return {
    count: rows.length,
    low: end(first),
    high: end(last),
    medianPerMillion: median(blended),
    meanPerMillion: mean(blended),
    medianMonthlyUsd: median(monthly),
    meanMonthlyUsd: mean(monthly),
  };
}

/** `spread` with `model`'s price set against the rows it was taken from: how many cost less, how many more. */
export function setAgainst(spread: PriceSpread, rows: readonly Ranked[], model: SpreadEnd): PriceSpread {
  const others = rows.filter((r) => r.model !== model.model);
  return {
    ...spread,
    against: {
      ...model,
      cheaper: others.filter((r) => r.monthlyUsd < model.monthlyUsd).length,
      dearer: others.filter((r) => r.monthlyUsd > model.monthlyUsd).length,
    },
  };
}
