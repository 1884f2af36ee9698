// The day prices are read on, when a question names one: "what will gemini 3.8 flash cost in january?", "gpt-4o's
// price on 2025-01-01", "cost at 50M tokens next month", "what did gpt-4o cost in 2024?". Kept in words on the Query
// (the core never reads the clock); the answer turns it into a day on the day it is asked (priceDayOn).
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { subDays } from 'date-fns/subDays';
import { isDay, utcDay } from '../digest/window.ts';
import { MONTH_WORD, MONTHS, monthOf } from '../digest/command.ts';
import { COUNT, TERM_UNIT, termOf, termProblem } from '../cost/parse.ts';
import { termWords, type Term } from '../cost/span.ts';

/** A price day as asked: a day, a month (this coming one when no year is said), a year, or the next month or year. */
export type PriceDay =
  | { day: string }
  | { month: number; year: number | null }
  | { year: number }
  | { next: 'month' | 'year' }
  | { ahead: Term }
  | { ago: Term }
  /** "After the price change": the day the next scheduled change of the models asked takes effect (nextChangeDay). */
  | { nextChange: true };

/** "After the january price change", "once the price increase lands", "after its next price cut". */
const AFTER_CHANGE = new RegExp(
  String.raw`\b(?:after|once|following|when)\s+(?:the|its|their)\s+(?:(?:${MONTH_WORD}|next|upcoming|scheduled|planned|announced|coming|new)\s+)*(?:price|pricing)\s+(?:changes?|increases?|rises?|hikes?|cuts?|drops?|updates?|bumps?)\b(?:\s+(?:lands?|kicks? in|takes? effect|happens?|goes? live))?`,
  'i',
);

/**
 * "After the price change" read out of a question, and its text without it: the words of a change would otherwise
 * ask for the model's price history.
 */
export function afterChangeIn(text: string): string | undefined {
  const m = AFTER_CHANGE.exec(text);
  return m ? `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}` : undefined;
}

/** Each way a price day is written, and what it reads as. */
const FORMS: [RegExp, (m: RegExpExecArray) => PriceDay][] = [
  [AFTER_CHANGE, () => ({ nextChange: true })],
  [/\b(?:on|as of|from|starting|effective|at)\s+(\d{4}-\d{2}-\d{2})\b/i, (m) => ({ day: m[1] as string })],
  [
    new RegExp(String.raw`\b(?:in|by|from|starting(?:\s+in)?|come|during|as of)\s+${MONTH_WORD}(?:\s+(20\d{2}))?\b`, 'i'),
    (m) => ({ month: monthOf(m[1] as string) ?? 1, year: m[2] ? Number(m[2]) : null }),
  ],
  // "After january", "once december 2026 is over": the month after it.
  [
    new RegExp(String.raw`\b(?:after|once|past|beyond)\s+${MONTH_WORD}(?:\s+(20\d{2}))?\b`, 'i'),
    (m) => {
      const month = monthOf(m[1] as string) ?? 1;
      const year = m[2] ? Number(m[2]) : null;
      return month === 12 ? { month: 1, year: year === null ? null : year + 1 } : { month: month + 1, year };
    },
  ],
  [/\b(?:in|during|by)\s+(20\d{2})\b(?!-)/i, (m) => ({ year: Number(m[1]) })],
  // Not a term ("over the next year").
  [/(?<!\b(?:over|for|during|across|throughout)\s+the\s+)\bnext\s+(month|year)\b/i, (m) => ({ next: (m[1] as string).toLowerCase() as 'month' | 'year' })],
  // "In 6 months", "a year from now": that long after the day asked ("save in a year" is a year's span, not a day).
  [
    // Not a workload's own span ("1M tokens in 3 days").
    new RegExp(
      String.raw`(?<!\b(?:tokens?|[\d.,]+\s*[kmbt]?|requests?|calls?|messages?)\s+)\bin\s+(?!(?:a|an|one|1)\s)(${COUNT})[\s-]*(${TERM_UNIT})(?:\s+time)?\b(?!\s+of\b)|\b(${COUNT})[\s-]*(${TERM_UNIT})\s+from\s+(?:now|today)\b`,
      'i',
    ),
    (m) => ({ ahead: termOf(m[1] ?? m[3] ?? '', m[2] ?? m[4] ?? '') }),
  ],
  // "6 months ago": that long before it.
  [new RegExp(String.raw`\b(${COUNT})[\s-]*(${TERM_UNIT})\s+ago\b`, 'i'), (m) => ({ ago: termOf(m[1] ?? '', m[2] ?? '') })],
];

/** The price day a text names, and the span of its phrase. */
export function priceDayInWords(text: string): { day: PriceDay; start: number; end: number } | undefined {
  for (const [re, read] of FORMS) {
    const m = re.exec(text);
    if (m) return { day: read(m), start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** What is wrong with a price day as read, if anything: a day the calendar does not have. */
export function priceDayProblem(p: PriceDay): string | undefined {
  if ('day' in p && !isDay(p.day)) return `Cannot read ${p.day} as a day of the calendar: give one such as on 2027-01-01.`;
  if ('ahead' in p) return termProblem(p.ahead, `in ${termWords(p.ahead)}`, 'ahead');
  if ('ago' in p) return termProblem(p.ago, `${termWords(p.ago)} ago`, 'ago');
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day of the month `months` after the month of `ymd`, minus `days` days. */
function monthStart(ymd: string, months: number, days = 0): string {
  return subDays(addMonths(utcDay(`${ymd.slice(0, 7)}-01`), months), days)
    .toISOString()
    .slice(0, 10);
}

/**
 * The day a price day means on `asOf` (YYYY-MM-DD). A month or year still to come starts on its first day; one under
 * way is today; one past is its last day (the price it ended on). A month without a year is the coming one ("in
 * january" in December is next January); "next month" is its first day.
 */
export function priceDayOn(p: PriceDay, asOf: string, nextChange?: string): string {
  const [year, month] = [Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7))];
  if ('day' in p) return p.day;
  if ('nextChange' in p) return nextChange ?? asOf;
  if ('ahead' in p || 'ago' in p) {
    const [{ count, unit }, sign] = 'ahead' in p ? [p.ahead, 1] : [p.ago, -1];
    const start = utcDay(asOf);
    const moved =
      unit === 'day' || unit === 'week'
        ? addDays(start, sign * Math.round(count * (unit === 'week' ? 7 : 1)))
        : addMonths(start, sign * Math.round(count * (unit === 'year' ? 12 : unit === 'quarter' ? 3 : 1)));
    return moved.toISOString().slice(0, 10);
  }
  if ('next' in p) return p.next === 'year' ? `${year + 1}-01-01` : monthStart(asOf, 1);
  if ('month' in p) {
    const first = `${p.year ?? (p.month < month ? year + 1 : year)}-${pad(p.month)}-01`;
    if (first.slice(0, 7) === asOf.slice(0, 7)) return asOf;
    return first > asOf ? first : monthStart(first, 1, 1);
  }
  if (p.year === year) return asOf;
  return p.year > year ? `${p.year}-01-01` : `${p.year}-12-31`;
}

/** The price day in words that read back as the same day. */
export function priceDayText(p: PriceDay): string {
  if ('day' in p) return `on ${p.day}`;
  if ('nextChange' in p) return 'after the next price change';
  if ('next' in p) return `next ${p.next}`;
  if ('ahead' in p) return `in ${termWords(p.ahead).replace(/^an? /, '1 ')}`;
  if ('ago' in p) return `${termWords(p.ago)} ago`;
  if ('month' in p) return `in ${MONTHS[p.month - 1]}${p.year !== null ? ` ${p.year}` : ''}`;
  return `in ${p.year}`;
}

/**
 * The day "after the price change" means: the latest of the named models' next scheduled price changes (so each one's
 * is in force), or with none named, the last change the catalog schedules; undefined when none is scheduled after `asOf`.
 */
export function nextChangeDay(
  models: readonly { pricing: readonly { from: string }[] }[],
  all: readonly { pricing: readonly { from: string }[] }[],
  asOf: string,
): string | undefined {
  const ahead = (m: { pricing: readonly { from: string }[] }) => m.pricing.map((p) => p.from).filter((from) => from > asOf);
  const days = models.length > 0 ? models.flatMap((m) => ahead(m).sort().slice(0, 1)) : all.flatMap(ahead);
  return days.sort().at(-1);
}
