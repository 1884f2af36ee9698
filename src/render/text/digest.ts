// The digest for a terminal.
import type { DigestAnswer } from '../../digest/digest.ts';
import { fieldLabel } from '../../digest/fields.ts';
import { addedPrice, changeLine, digestTitle, latestReleaseLine, noneAhead, noNewModelsLine, quietDigest, signedPercent } from '../words.ts';
import { perMillion } from '../../cost/format.ts';
import { sourcesText } from './answers.ts';
import { table } from './table.ts';

/** What is ahead after the window: announced price changes, deprecations and retirements (each part when it has lines). */
function aheadParts(d: DigestAnswer): string[][] {
  return [
    d.ahead.length > 0 ? ['Price changes ahead:', ...d.ahead.map((c) => `  ${changeLine(c)}`)] : [noneAhead(d)].filter((line): line is string => line !== undefined),
    d.deprecated.length + d.retiring.length > 0
      ? [
          'Retirements ahead:',
          ...d.deprecated.map((x) => `  ${x.model} deprecated ${x.date}`),
          ...d.retiring.map((x) => `  ${x.model} retires ${x.retires}${x.replacement ? ` (replacement ${x.replacement})` : ''}`),
        ]
      : [],
  ].filter((part) => part.length > 0);
}

export function digestText(d: DigestAnswer): string {
  const title = digestTitle(d);
  if (d.quiet) {
    // A quiet week still says what is coming.
    const ahead = aheadParts(d);
    return [
      title,
      '',
      [quietDigest(d), latestReleaseLine(d)].filter(Boolean).join(' '),
      ...(d.watchedUnchanged.length > 0 ? [`Watched and unchanged: ${d.watchedUnchanged.join(', ')}.`] : []),
      ...[...ahead, ...(d.sources.length > 0 ? [[sourcesText(d.sources)]] : [])].flatMap((part) => ['', ...part]),
    ].join('\n');
  }
  // Each part that has something to say, a blank line before each.
  const moves = [
    ...(d.cuts.length > 0 ? ['Biggest cuts:', ...d.cuts.map((c) => `  ${changeLine(c)}`)] : []),
    ...(d.increases.length > 0 ? ['Biggest increases:', ...d.increases.map((c) => `  ${changeLine(c)}`)] : []),
  ];
  const parts: string[][] = [
    moves,
    d.changes.length > 0
      ? [
          table(
            ['Model', 'Price', 'Old', 'New', 'Change', 'From'],
            d.changes.map((c) => [c.model, fieldLabel(c.field), perMillion(c.old), perMillion(c.new), signedPercent(c.pct), c.date]),
          ),
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
