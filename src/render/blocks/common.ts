import type { SourceRef } from '../../catalog/sources.ts';
import type { Assumptions } from '../../cost/assumptions.ts';
import type { LaneVerdicts } from '../../lanes/verdicts.ts';
import { clip, context, esc, type Block } from './kit.ts';
import { NO_SOURCES } from '../words.ts';

export function assumptionsLine(a: Assumptions): string {
  return `*Assumptions:* ${esc(a.text.slice(0, -1).join(' · '))}`;
}

/** Sources as one context element each (Slack allows 10), newest check first. */
export function sourcesContext(sources: SourceRef[], max = 4): Block {
  if (sources.length === 0) return context([`*Sources:* ${NO_SOURCES}`]);
  const shown = sources.slice(0, max).map((s) => `<${s.url}|${esc(clip(s.what, 80))}>${s.via ? ` via ${esc(clip(s.via, 80))}` : ''}, checked ${s.checked}`);
  const more = sources.length - shown.length;
  return context([`*Sources:* ${shown.join(' · ')}${more > 0 ? ` · and ${more} more` : ''}`]);
}

export const VERDICT_MARK: Record<string, string> = { use: '✅ use', sometimes: '🟡 sometimes', rarely: '⚪ rarely', no: '⛔ no', untested: '❔ untested' };

/** Each lane's verdicts on a line: in mrkdwn with marks (for a section), or plain (for the fallback text). */
export function lanesLines(models: string[], names: Record<string, string>, lanes: LaneVerdicts[], mrkdwn = true): string {
  const text = (s: string) => (mrkdwn ? esc(s) : s);
  const verdict = (v: string) => (mrkdwn ? (VERDICT_MARK[v] ?? v) : v);
  return lanes
    .map((l) => `• ${mrkdwn ? `*${esc(l.name)}*` : l.name} — ${models.map((id) => `${text(names[id] ?? id)}: ${verdict(l.verdicts[id] ?? 'no')}`).join(' · ')}`)
    .join('\n');
}
