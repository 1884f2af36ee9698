import { fieldLabel } from '../../digest/fields.js';
import { addedPrice, changeLine, digestTitle, latestReleaseLine, noNewModelsLine, quietDigest, signedPercent } from '../words.js';
import { perMillion } from '../../cost/format.js';
import { sourcesText } from './answers.js';
import { table } from './table.js';
function aheadParts(d) {
    return [
        d.ahead.length > 0 ? ['Price changes ahead:', ...d.ahead.map((c) => `  ${changeLine(c)}`)] : [],
        d.deprecated.length + d.retiring.length > 0
            ? [
                'Retirements ahead:',
                ...d.deprecated.map((x) => `  ${x.model} deprecated ${x.date}`),
                ...d.retiring.map((x) => `  ${x.model} retires ${x.retires}${x.replacement ? ` (replacement ${x.replacement})` : ''}`),
            ]
            : [],
    ].filter((part) => part.length > 0);
}
export function digestText(d) {
    const title = digestTitle(d);
    if (d.quiet) {
        const ahead = aheadParts(d);
        return [
            title,
            '',
            [quietDigest(d), latestReleaseLine(d)].filter(Boolean).join(' '),
            ...(d.watchedUnchanged.length > 0 ? [`Watched and unchanged: ${d.watchedUnchanged.join(', ')}.`] : []),
            ...[...ahead, ...(d.sources.length > 0 ? [[sourcesText(d.sources)]] : [])].flatMap((part) => ['', ...part]),
        ].join('\n');
    }
    const moves = [
        ...(d.cuts.length > 0 ? ['Biggest cuts:', ...d.cuts.map((c) => `  ${changeLine(c)}`)] : []),
        ...(d.increases.length > 0 ? ['Biggest increases:', ...d.increases.map((c) => `  ${changeLine(c)}`)] : []),
    ];
    const parts = [
        moves,
        d.changes.length > 0
            ? [
                table(['Model', 'Price', 'Old', 'New', 'Change', 'From'], d.changes.map((c) => [c.model, fieldLabel(c.field), perMillion(c.old), perMillion(c.new), signedPercent(c.pct), c.date])),
            ]
            : [],
        d.added.length > 0 ? ['New models:', ...d.added.map((a) => `  ${a.model} (${a.date}): ${addedPrice(a)}`)] : [noNewModelsLine(d)].filter(Boolean),
        ...aheadParts(d),
        d.limits.length > 0 ? ['Limits:', ...d.limits.map((l) => `  ${l.model} ${l.field}: ${l.old ?? '—'} → ${l.new ?? '—'} (${l.date})`)] : [],
        d.watchedUnchanged.length > 0 ? [`Watched and unchanged: ${d.watchedUnchanged.join(', ')}.`] : [],
        [sourcesText(d.sources)],
    ].filter((part) => part.length > 0);
    return [title, ...parts.flatMap((part) => ['', ...part])].join('\n');
}
//# sourceMappingURL=digest.js.map