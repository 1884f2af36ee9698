import { clip, context, esc } from './kit.js';
import { NO_SOURCES } from '../words.js';
export function assumptionsLine(a) {
    return `*Assumptions:* ${esc(a.text.slice(0, -1).join(' · '))}`;
}
export function sourcesContext(sources, max = 4) {
    if (sources.length === 0)
        return context([`*Sources:* ${NO_SOURCES}`]);
    const shown = sources.slice(0, max).map((s) => `<${s.url}|${esc(clip(s.what, 80))}>${s.via ? ` via ${esc(clip(s.via, 80))}` : ''}, checked ${s.checked}`);
    const more = sources.length - shown.length;
    return context([`*Sources:* ${shown.join(' · ')}${more > 0 ? ` · and ${more} more` : ''}`]);
}
export const VERDICT_MARK = { use: '✅ use', sometimes: '🟡 sometimes', rarely: '⚪ rarely', no: '⛔ no', untested: '❔ untested' };
export function lanesLines(models, names, lanes, mrkdwn = true) {
    const text = (s) => (mrkdwn ? esc(s) : s);
    const verdict = (v) => (mrkdwn ? (VERDICT_MARK[v] ?? v) : v);
    return lanes
        .map((l) => `• ${mrkdwn ? `*${esc(l.name)}*` : l.name} — ${models.map((id) => `${text(names[id] ?? id)}: ${verdict(l.verdicts[id] ?? 'no')}`).join(' · ')}`)
        .join('\n');
}
//# sourceMappingURL=common.js.map