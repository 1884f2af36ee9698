// How an answer's notices are said, in Slack as in the terminal: a figure from the sync, a scheduled price
// change, a model retired or not yet released on the date asked, and the age of the prices.
import type { LifecycleNote, ListedNote, Notices, ScheduledNote, Staleness, SyncedNote } from '../app/notices.ts';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { subDays } from 'date-fns/subDays';
import { price, wordList } from '../cost/format.ts';
import { fieldLabel } from '../digest/fields.ts';

/** "Gemini 3.8 Flash: $0.35 input, reported by LiteLLM and models.dev on 2026-12-01; the reviewed catalog says $0.40." */
export function syncedLine(n: SyncedNote): string {
  const reviewed = n.reviewed === null ? 'the reviewed catalog has no figure' : `the reviewed catalog says ${price(n.reviewed)}`;
  return `${n.name}: ${price(n.value)} ${fieldLabel(n.field)}, reported by ${wordList(n.sources)} on ${n.date}; ${reviewed}.`;
}

/** "Kimi K3: listed by LiteLLM and models.dev on 2026-12-01; not yet in the reviewed catalog." */
export function listedLine(n: ListedNote): string {
  return `${n.name}: listed by ${wordList(n.sources)} on ${n.date}; not yet in the reviewed catalog.`;
}

const pair = (p: { input: number; output: number }) => `${price(p.input)}/${price(p.output)}`;

/** "Gemini 3.8 Flash's introductory $0.75/$3.75 ends on 2026-12-31, then $1.50/$7.50 (input/output per 1M)." */
export function scheduledLine(s: ScheduledNote): string {
  const next = `${pair(s.next)}${s.next.note ? ` (${s.next.note})` : ''}`;
  // An entry applies from its date, so the introductory price's last day is the day before the next one starts.
  const lastDay = format(subDays(parseISO(s.next.from), 1), 'yyyy-MM-dd');
  if (s.introductory) return `${s.name}'s introductory ${pair(s.current)} ends on ${lastDay}, then ${next} from ${s.next.from} (input/output per 1M).`;
  return `${s.name}'s price changes on ${s.next.from}: ${pair(s.current)} now, then ${next} (input/output per 1M).`;
}

/**
 * "GPT-4.5 Preview retired on 2026-05-15 (replacement: gpt-4.1).", "o4-mini is deprecated: no retirement date is
 * published." or "… was not yet released on 2025-01-01 (released 2025-04-14)."
 */
export function lifecycleLine(l: LifecycleNote, asOf: string): string {
  const replacement = l.replacement ? ` (replacement: ${l.replacement})` : '';
  switch (l.state) {
    case 'unreleased':
      return `${l.name} was not yet released on ${asOf} (released ${l.date}); it is not priced for that date.`;
    case 'retired':
      return `${l.name} ${l.date ? `retired on ${l.date}` : 'is retired'}${replacement}.`;
    case 'deprecated':
      return `${l.name} is deprecated: ${l.date ? `it retires on ${l.date}` : 'no retirement date is published'}${replacement}.`;
  }
}

/** "Prices checked 153 days ago — run the sync or see Sources." */
export function staleLine(s: Staleness): string {
  return `Prices checked ${s.days} days ago (${s.checked}) — run the sync or see Sources.`;
}

/** Every notice of an answer, one sentence each: lifecycle first, then synced figures, scheduled changes, age. */
export function noticeLines(n: Notices | undefined): string[] {
  if (!n) return [];
  return [
    ...n.lifecycle.map((l) => lifecycleLine(l, n.asOf)),
    ...(n.listed ?? []).map(listedLine),
    ...n.synced.map(syncedLine),
    ...n.scheduled.map(scheduledLine),
    ...(n.stale ? [staleLine(n.stale)] : []),
  ];
}
