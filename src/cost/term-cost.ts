// A term's cost when a dated price change falls within it ("gemini 3.8 flash over the next 6 months", its introductory
// price ending in January): each stretch between changes at the price then in force, by the month convention.
import { TZDate } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { scheduledChanges } from '../catalog/history.ts';
import type { CatalogModel } from '../catalog/validate.ts';
import { exact, priceProfile } from './price.ts';
import { DAYS_PER_MONTH, type UsageProfile } from './profile.ts';
import { spanUsd, termMonths, type Term, type TermCost } from './span.ts';

/** A day's midnight in UTC (cost imports only the catalog, so not the digest's own). */
const utcDay = (ymd: string) => new TZDate(`${ymd}T00:00:00Z`, 'UTC');

/** The term's length in days from its first: days and weeks as counted, months, quarters and years at 30.4375 days a month. */
function termDays(term: Term): number {
  if (term.unit === 'day' || term.unit === 'week') return term.count * (term.unit === 'week' ? 7 : 1);
  return termMonths(term) * DAYS_PER_MONTH;
}

/**
 * The model's cost over a term that starts on `asOf`, at `monthlyUsd` a month until the first dated change within it,
 * then at each later price in force; the days of the changes it crossed are listed. Without a change within it, the
 * month times the term, as for any span.
 */
export function termCostFor(model: CatalogModel, profile: UsageProfile, asOf: string, term: Term, monthlyUsd: number): TermCost {
  const days = termDays(term);
  const dayOf = (ymd: string) => differenceInCalendarDays(utcDay(ymd), utcDay(asOf));
  const within = scheduledChanges(model, asOf).filter((p) => dayOf(p.from) < days);
  if (within.length === 0) return { term, usd: spanUsd(monthlyUsd, term) };
  let usd = 0;
  let month = monthlyUsd;
  let from = 0;
  for (const change of within) {
    const at = dayOf(change.from);
    usd += (month * (at - from)) / DAYS_PER_MONTH;
    const next = priceProfile(model, profile, change.from);
    // A later price that cannot price this profile (no batch price from then): the total cannot be given in full.
    if (!next.ok) return { term, usd: spanUsd(monthlyUsd, term), changes: within.map((p) => p.from), partial: true };
    month = next.monthlyUsd;
    from = at;
  }
  usd += (month * (days - from)) / DAYS_PER_MONTH;
  return { term, usd: exact(usd), changes: within.map((p) => p.from) };
}
