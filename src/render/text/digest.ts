// The digest for a terminal.
import type { DigestAnswer } from '../../digest/digest.ts';
import { fieldLabel } from '../../digest/fields.ts';
import { changeLine, digestTitle, quietDigest, signedPercent } from '../words.ts';
import { perMillion } from '../../cost/format.ts';
import { sourcesText } from './answers.ts';
import { table } from './table.ts';

export function digestText(d: DigestAnswer): string {
  const lines = [digestTitle(d), ''];
  if (d.quiet) return [...lines, quietDigest(d), ...(d.watchedUnchanged.length > 0 ? [`Watched and unchanged: ${d.watchedUnchanged.join(', ')}.`] : [])].join('\n');
  if (d.cuts.length > 0) lines.push('Biggest cuts:', ...d.cuts.map((c) => `  ${changeLine(c)}`));
  if (d.increases.length > 0) lines.push('Biggest increases:', ...d.increases.map((c) => `  ${changeLine(c)}`));
  if (d.changes.length > 0) {
    lines.push(
      '',
      table(
        ['Model', 'Price', 'Old', 'New', 'Change', 'From'],
        d.changes.map((c) => [c.model, fieldLabel(c.field), perMillion(c.old), perMillion(c.new), signedPercent(c.pct), c.date]),
      ),
    );
  }
  if (d.added.length > 0) lines.push('', 'New models:', ...d.added.map((a) => `  ${a.model} (${a.date}): ${perMillion(a.input)} in / ${perMillion(a.output)} out`));
  if (d.deprecated.length + d.retiring.length > 0) {
    lines.push(
      '',
      'Retirements ahead:',
      ...d.deprecated.map((x) => `  ${x.model} deprecated ${x.date}`),
      ...d.retiring.map((x) => `  ${x.model} retires ${x.retires}${x.replacement ? ` (replacement ${x.replacement})` : ''}`),
    );
  }
  if (d.limits.length > 0) lines.push('', 'Limits:', ...d.limits.map((l) => `  ${l.model} ${l.field}: ${l.old ?? '—'} → ${l.new ?? '—'} (${l.date})`));
  if (d.watchedUnchanged.length > 0) lines.push('', `Watched and unchanged: ${d.watchedUnchanged.join(', ')}.`);
  lines.push('', sourcesText(d.sources));
  return lines.join('\n');
}
