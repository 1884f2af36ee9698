import { fieldLabel } from '../../digest/fields.js';
import { perMillion } from '../../cost/format.js';
import { addedPrice, changeLine, digestTitle, latestReleaseLine, noNewModelsLine, quietDigest, signedPercent } from '../words.js';
import { blockTextLength, context, esc, header, LIMITS, section, table } from './kit.js';
import { sourcesContext } from './common.js';
import { digestMovesChart, digestMovesText } from './charts.js';
function changeRow(c) {
    return [c.name, fieldLabel(c.field), `${perMillion(c.old)} → ${perMillion(c.new)}`, signedPercent(c.pct), c.date];
}
const HEAD = ['Model', 'Price', 'Old → new', 'Change', 'From'];
const ALIGN = ['left', 'left', 'right', 'right', 'right'];
const ROWS_PER_MESSAGE = 40;
const ROWS_STEP = 5;
function listSection(title, lines, max) {
    if (lines.length === 0)
        return [];
    return [section(`*${title}*\n${lines.slice(0, max).join('\n')}${lines.length > max ? `\n+${lines.length - max} more` : ''}`)];
}
function highlights(d) {
    const parts = [];
    if (d.cuts.length > 0)
        parts.push(`*Biggest cuts*\n${d.cuts.map((c) => `• ${esc(changeLine(c))}`).join('\n')}`);
    if (d.increases.length > 0)
        parts.push(`*Biggest increases*\n${d.increases.map((c) => `• ${esc(changeLine(c))}`).join('\n')}`);
    return parts.length > 0 ? [section(parts.join('\n\n'))] : [];
}
function ahead(d) {
    const replacement = (r) => (r ? `; replacement \`${esc(r)}\`` : '');
    return [
        ...listSection('Price changes ahead', d.ahead.map((c) => `• ${esc(changeLine(c))}`), 10),
        ...listSection('Retirements ahead', [
            ...d.deprecated.map((x) => `• ${esc(x.name)} deprecated ${x.date}${replacement(x.replacement)}`),
            ...d.retiring.map((x) => `• ${esc(x.name)} retires ${x.retires}${replacement(x.replacement)}`),
        ], 15),
    ];
}
function tail(d) {
    return [
        ...listSection('New models', d.added.map((a) => `• ${esc(a.name)} (\`${esc(a.model)}\`, ${a.date}): ${addedPrice(a)}`), 15),
        ...(d.added.length === 0 && d.latestRelease ? [context([esc(noNewModelsLine(d))])] : []),
        ...ahead(d),
        ...listSection('Context and output limits', d.limits.map((l) => `• \`${esc(l.model)}\` ${l.field === 'contextWindow' ? 'context window' : 'max output'}: ${l.old ?? '—'} → ${l.new ?? '—'} (${l.date}, ${esc(l.source)})`), 10),
        ...(d.watchedUnchanged.length > 0 ? [context([`Watched and unchanged: ${esc(d.watchedUnchanged.join(', '))}`])] : []),
        sourcesContext(d.sources),
    ];
}
function changesTable(shown, inThread) {
    if (shown.length === 0)
        return [];
    return [table(HEAD, shown, ALIGN), ...(inThread > 0 ? [context([`+${inThread} more in the thread`])] : [])];
}
export function renderDigest(d, quiet = 'line') {
    const title = digestTitle(d);
    if (d.quiet) {
        if (quiet === 'skip')
            return null;
        const text = `${title}. ${quietDigest(d)}`;
        const coming = ahead(d);
        const blocks = [
            section(`*${esc(title)}*\n${esc([quietDigest(d), latestReleaseLine(d)].filter(Boolean).join(' '))}${d.watchedUnchanged.length > 0 ? ` Watched and unchanged: ${esc(d.watchedUnchanged.join(', '))}.` : ''}`),
            ...coming,
            ...(d.sources.length > 0 ? [sourcesContext(d.sources)] : []),
        ];
        return { main: { text, blocks }, thread: [] };
    }
    const rows = d.changes.map(changeRow);
    const moves = digestMovesChart(d);
    const before = [header(title), ...highlights(d), ...(moves ? [moves] : [])];
    const after = tail(d);
    const compose = (shown) => [...before, ...changesTable(rows.slice(0, shown), rows.length - shown), ...after];
    let shown = Math.min(rows.length, ROWS_PER_MESSAGE);
    let blocks = compose(shown);
    while (blockTextLength(blocks) > LIMITS.messageTextBudget && shown > ROWS_STEP) {
        shown -= ROWS_STEP;
        blocks = compose(shown);
    }
    const top = d.changes[0];
    const summary = `${title}: ${d.changes.length} price change${d.changes.length === 1 ? '' : 's'}${top ? `, biggest: ${changeLine(top)}` : ''}.`;
    const main = { text: moves ? `${summary}\n${digestMovesText(moves)}` : summary, blocks };
    const thread = [];
    for (let i = shown; i < rows.length; i += ROWS_PER_MESSAGE) {
        const part = rows.slice(i, i + ROWS_PER_MESSAGE);
        thread.push({ text: `${title}, continued (${part.length} changes)`, blocks: [table(HEAD, part, ALIGN)] });
    }
    return { main, thread };
}
//# sourceMappingURL=digest.js.map