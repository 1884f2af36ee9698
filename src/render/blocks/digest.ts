// The digest as Block Kit: header with the week's dates, biggest cuts and increases, a table of
// every change, new models, retirements ahead, watched models unchanged, sources. What does not
// fit one message is cut cleanly ("+14 more") and returned as thread replies.
import type { DigestAnswer } from '../../digest/digest.ts';
import type { PriceChange } from '../../digest/changes.ts';
import { fieldLabel } from '../../digest/fields.ts';
import { perMillion } from '../../cost/format.ts';
import { addedPrice, changeLine, digestTitle, latestReleaseLine, noneAhead, noNewModelsLine, quietDigest, signedPercent } from '../words.ts';
import { blockTextLength, context, esc, header, LIMITS, section, table, type Block, type SlackMessage } from './kit.ts';
import { sourcesContext } from './common.ts';
import { digestMovesChart, digestMovesText } from './charts.ts';

function changeRow(c: PriceChange): string[] {
  return [c.name, fieldLabel(c.field), `${perMillion(c.old)} → ${perMillion(c.new)}`, signedPercent(c.pct), c.date];
}

const HEAD = ['Model', 'Price', 'Old → new', 'Change', 'From'];
const ALIGN: ('left' | 'right')[] = ['left', 'left', 'right', 'right', 'right'];
const ROWS_PER_MESSAGE = 40;
/** Rows moved to the thread at a time while the main message is over the text budget, and the fewest kept. */
const ROWS_STEP = 5;

export interface DigestMessages {
  main: SlackMessage;
  /** Posted as replies in the main message's thread. */
  thread: SlackMessage[];
}

/** A titled list of at most `max` lines, saying how many more there are. */
function listSection(title: string, lines: string[], max: number): Block[] {
  if (lines.length === 0) return [];
  return [section(`*${title}*\n${lines.slice(0, max).join('\n')}${lines.length > max ? `\n+${lines.length - max} more` : ''}`)];
}

function highlights(d: DigestAnswer): Block[] {
  const parts: string[] = [];
  if (d.cuts.length > 0) parts.push(`*Biggest cuts*\n${d.cuts.map((c) => `• ${esc(changeLine(c))}`).join('\n')}`);
  if (d.increases.length > 0) parts.push(`*Biggest increases*\n${d.increases.map((c) => `• ${esc(changeLine(c))}`).join('\n')}`);
  return parts.length > 0 ? [section(parts.join('\n\n'))] : [];
}

/** What is ahead after the window: announced price changes, deprecations and retirements. */
function ahead(d: DigestAnswer): Block[] {
  const replacement = (r: string | null) => (r ? `; replacement \`${esc(r)}\`` : '');
  const none = noneAhead(d);
  return [
    ...listSection(
      'Price changes ahead',
      d.ahead.map((c) => `• ${esc(changeLine(c))}`),
      10,
    ),
    ...(none ? [section(esc(none))] : []),
    ...listSection(
      'Retirements ahead',
      [
        ...d.deprecated.map((x) => `• ${esc(x.name)} deprecated ${x.date}${replacement(x.replacement)}`),
        ...d.retiring.map((x) => `• ${esc(x.name)} retires ${x.retires}${replacement(x.replacement)}`),
      ],
      15,
    ),
  ];
}

/** Everything after the table: new models, what is ahead, limits, watched models, sources. */
function tail(d: DigestAnswer): Block[] {
  return [
    ...listSection(
      'New models',
      d.added.map((a) => `• ${esc(a.name)} (\`${esc(a.model)}\`, ${a.date}): ${addedPrice(a)}`),
      15,
    ),
    ...(d.added.length === 0 && d.latestRelease ? [context([esc(noNewModelsLine(d))])] : []),
    ...ahead(d),
    ...listSection(
      'Context and output limits',
      d.limits.map(
        (l) => `• \`${esc(l.model)}\` ${l.field === 'contextWindow' ? 'context window' : 'max output'}: ${l.old ?? '—'} → ${l.new ?? '—'} (${l.date}, ${esc(l.source)})`,
      ),
      10,
    ),
    ...(d.watchedUnchanged.length > 0 ? [context([`Watched and unchanged: ${esc(d.watchedUnchanged.join(', '))}`])] : []),
    sourcesContext(d.sources),
  ];
}

/** The table of the first rows, and how many more the thread holds. */
function changesTable(shown: string[][], inThread: number): Block[] {
  if (shown.length === 0) return [];
  return [table(HEAD, shown, ALIGN), ...(inThread > 0 ? [context([`+${inThread} more in the thread`])] : [])];
}

export function renderDigest(d: DigestAnswer, quiet: 'line' | 'skip' = 'line'): DigestMessages | null {
  const title = digestTitle(d);
  if (d.quiet) {
    if (quiet === 'skip') return null;
    const text = `${title}. ${quietDigest(d)}`;
    // A quiet week still says what is coming.
    const coming = ahead(d);
    const blocks: Block[] = [
      section(
        `*${esc(title)}*\n${esc([quietDigest(d), latestReleaseLine(d)].filter(Boolean).join(' '))}${d.watchedUnchanged.length > 0 ? ` Watched and unchanged: ${esc(d.watchedUnchanged.join(', '))}.` : ''}`,
      ),
      ...coming,
      ...(d.sources.length > 0 ? [sourcesContext(d.sources)] : []),
    ];
    return { main: { text, blocks }, thread: [] };
  }
  const rows = d.changes.map(changeRow);
  const moves = digestMovesChart(d);
  const before = [header(title), ...highlights(d), ...(moves ? [moves] : [])];
  const after = tail(d);
  const compose = (shown: number) => [...before, ...changesTable(rows.slice(0, shown), rows.length - shown), ...after];
  // Keep the main message inside the text budget by moving table rows to the thread.
  let shown = Math.min(rows.length, ROWS_PER_MESSAGE);
  let blocks = compose(shown);
  while (blockTextLength(blocks) > LIMITS.messageTextBudget && shown > ROWS_STEP) {
    shown -= ROWS_STEP;
    blocks = compose(shown);
  }
  const top = d.changes[0];
  const summary = `${title}: ${d.changes.length} price change${d.changes.length === 1 ? '' : 's'}${top ? `, biggest: ${changeLine(top)}` : ''}.`;
  const main: SlackMessage = { text: moves ? `${summary}\n${digestMovesText(moves)}` : summary, blocks };
  const thread: SlackMessage[] = [];
  for (let i = shown; i < rows.length; i += ROWS_PER_MESSAGE) {
    const part = rows.slice(i, i + ROWS_PER_MESSAGE);
    thread.push({ text: `${title}, continued (${part.length} changes)`, blocks: [table(HEAD, part, ALIGN)] });
  }
  return { main, thread };
}
