// The digest as Block Kit: header with the week's dates, biggest cuts and increases, a table of
// every change, new models, retirements ahead, watched models unchanged, sources. What does not
// fit one message is cut cleanly ("+14 more") and returned as thread replies.
import { tz } from '@date-fns/tz';
import { format } from 'date-fns/format';
import type { DigestAnswer } from '../../digest/digest.ts';
import type { PriceChange } from '../../digest/changes.ts';
import { perMillion, percent } from '../../cost/format.ts';
import { blockTextLength, context, esc, header, LIMITS, section, table, type Block, type SlackMessage } from './kit.ts';
import { sourcesContext } from './answers.ts';

export const FIELD_LABELS: Record<string, string> = {
  input: 'input',
  cachedInput: 'cached input',
  output: 'output',
  batchInput: 'batch input',
  batchOutput: 'batch output',
  cacheWrite5m: 'cache write (5 min)',
  cacheWrite1h: 'cache write (1 h)',
};

export function digestTitle(d: DigestAnswer): string {
  const zone = tz(d.timeZone);
  const from = new Date(d.from);
  const to = new Date(new Date(d.to).getTime() - 1);
  const sameYear = format(from, 'yyyy', { in: zone }) === format(to, 'yyyy', { in: zone });
  return `Model prices: ${format(from, sameYear ? 'MMM d' : 'MMM d, yyyy', { in: zone })} – ${format(to, 'MMM d, yyyy', { in: zone })}`;
}

export function changeLine(c: PriceChange): string {
  const pct = c.pct < 0 ? `−${percent(-c.pct)}` : `+${percent(c.pct)}`;
  return `${c.name}: ${FIELD_LABELS[c.field] ?? c.field} ${perMillion(c.old)} → ${perMillion(c.new)} (${pct}) on ${c.date}${c.cause === 'correction' ? ', a data correction' : ''}`;
}

function changeRow(c: PriceChange): string[] {
  const pct = c.pct < 0 ? `−${percent(-c.pct)}` : `+${percent(c.pct)}`;
  return [c.name, FIELD_LABELS[c.field] ?? c.field, `${perMillion(c.old)} → ${perMillion(c.new)}`, pct, c.date];
}

const HEAD = ['Model', 'Price', 'Old → new', 'Change', 'From'];
const ALIGN: ('left' | 'right')[] = ['left', 'left', 'right', 'right', 'right'];
const ROWS_PER_MESSAGE = 40;

export interface DigestMessages {
  main: SlackMessage;
  /** Posted as replies in the main message's thread. */
  thread: SlackMessage[];
}

export function renderDigest(d: DigestAnswer, quiet: 'line' | 'skip' = 'line'): DigestMessages | null {
  const title = digestTitle(d);
  if (d.quiet) {
    if (quiet === 'skip') return null;
    const text = `${title}. No price changes this week.`;
    const blocks: Block[] = [section(`*${esc(title)}*\nNo price changes this week.${d.watchedUnchanged.length > 0 ? ` Watched and unchanged: ${esc(d.watchedUnchanged.join(', '))}.` : ''}`)];
    return { main: { text, blocks }, thread: [] };
  }
  const blocks: Block[] = [header(title)];
  const highlights: string[] = [];
  if (d.cuts.length > 0) highlights.push(`*Biggest cuts*\n${d.cuts.map((c) => `• ${esc(changeLine(c))}`).join('\n')}`);
  if (d.increases.length > 0) highlights.push(`*Biggest increases*\n${d.increases.map((c) => `• ${esc(changeLine(c))}`).join('\n')}`);
  if (highlights.length > 0) blocks.push(section(highlights.join('\n\n')));

  const rows = d.changes.map(changeRow);
  const first = rows.slice(0, ROWS_PER_MESSAGE);
  const rest = rows.slice(ROWS_PER_MESSAGE);
  if (first.length > 0) {
    blocks.push(table(HEAD, first, ALIGN));
    if (rest.length > 0) blocks.push(context([`+${rest.length} more in the thread`]));
  }
  if (d.added.length > 0) {
    blocks.push(section(`*New models*\n${d.added.slice(0, 15).map((a) => `• ${esc(a.name)} (\`${esc(a.model)}\`, ${a.date}): ${perMillion(a.input)} in / ${perMillion(a.output)} out`).join('\n')}${d.added.length > 15 ? `\n+${d.added.length - 15} more` : ''}`));
  }
  const ending = [
    ...d.deprecated.map((x) => `• ${esc(x.name)} deprecated ${x.date}${x.replacement ? `; replacement \`${esc(x.replacement)}\`` : ''}`),
    ...d.retiring.map((x) => `• ${esc(x.name)} retires ${x.retires}${x.replacement ? `; replacement \`${esc(x.replacement)}\`` : ''}`),
  ];
  if (ending.length > 0) blocks.push(section(`*Retirements ahead*\n${ending.slice(0, 15).join('\n')}${ending.length > 15 ? `\n+${ending.length - 15} more` : ''}`));
  if (d.limits.length > 0) {
    blocks.push(section(`*Context and output limits*\n${d.limits.slice(0, 10).map((l) => `• \`${esc(l.model)}\` ${l.field === 'contextWindow' ? 'context window' : 'max output'}: ${l.old ?? '—'} → ${l.new ?? '—'} (${l.date}, ${esc(l.source)})`).join('\n')}`));
  }
  if (d.watchedUnchanged.length > 0) blocks.push(context([`Watched and unchanged: ${esc(d.watchedUnchanged.join(', '))}`]));
  blocks.push(sourcesContext(d.sources));

  const top = d.changes[0];
  const main: SlackMessage = { text: `${title}: ${d.changes.length} price change${d.changes.length === 1 ? '' : 's'}${top ? `, biggest: ${changeLine(top)}` : ''}.`, blocks };
  // Keep the main message inside the text budget by moving table rows to the thread.
  while (blockTextLength(main.blocks) > LIMITS.messageTextBudget && first.length > 5) {
    rest.unshift(...first.splice(first.length - 5));
    const i = main.blocks.findIndex((b) => b.type === 'table');
    main.blocks[i] = table(HEAD, first, ALIGN);
    const more = main.blocks.findIndex((b) => b.type === 'context' && JSON.stringify(b).includes('more in the thread'));
    if (more >= 0) main.blocks[more] = context([`+${rest.length} more in the thread`]);
    else main.blocks.splice(i + 1, 0, context([`+${rest.length} more in the thread`]));
  }
  const thread: SlackMessage[] = [];
  for (let i = 0; i < rest.length; i += ROWS_PER_MESSAGE) {
    const part = rest.slice(i, i + ROWS_PER_MESSAGE);
    thread.push({ text: `${title}, continued (${part.length} changes)`, blocks: [table(HEAD, part, ALIGN)] });
  }
  return { main, thread };
}
