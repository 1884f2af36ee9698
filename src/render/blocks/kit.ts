// Block Kit building blocks, Slack's limits in one place, and escaping of text for mrkdwn.
import type { types } from '@slack/bolt';

export type Block = types.KnownBlock;
export type ButtonElement = types.Button;

export interface SlackMessage {
  /** Fallback text: notifications and screen readers read it. */
  text: string;
  blocks: Block[];
}

/** Slack's published limits (../shared/GUIDE.md), plus our own budget below msg_blocks_too_long. */
export const LIMITS = {
  blocksPerMessage: 50,
  blocksPerView: 100,
  sectionText: 3000,
  fieldsPerSection: 10,
  fieldText: 2000,
  headerText: 150,
  contextElements: 10,
  contextText: 3000,
  actionsElements: 25,
  buttonText: 75,
  buttonValue: 2000,
  blockId: 255,
  actionId: 255,
  tablesPerMessage: 1,
  tableRows: 100,
  tableCells: 20,
  markdownPerMessage: 12000,
  /** Slack rejects messages near 11–13k characters of block text; we stay well below. */
  messageTextBudget: 9000,
  fallbackText: 3000,
  optionText: 75,
  optionValue: 150,
  privateMetadata: 3000,
  viewTitle: 24,
} as const;

/** Escapes the three characters mrkdwn treats as markup, so `<!channel>` typed by a user stays text. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts text to `max` characters (counting code points), ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  // Code points never outnumber UTF-16 units: text that short needs no counting.
  if (text.length <= max) return text;
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

export function header(text: string): Block {
  return { type: 'header', text: { type: 'plain_text', text: clip(text, LIMITS.headerText), emoji: true } };
}

/** A mrkdwn section; `text` must already be escaped where it holds outside text. */
export function section(text: string, blockId?: string): Block {
  return { type: 'section', text: { type: 'mrkdwn', text: clip(text, LIMITS.sectionText) }, ...(blockId ? { block_id: clip(blockId, LIMITS.blockId) } : {}) };
}

export function fields(items: string[]): Block {
  return {
    type: 'section',
    fields: items.slice(0, LIMITS.fieldsPerSection).map((text) => ({ type: 'mrkdwn', text: clip(text, LIMITS.fieldText) })),
  };
}

export function context(items: string[]): Block {
  return {
    type: 'context',
    elements: items.slice(0, LIMITS.contextElements).map((text) => ({ type: 'mrkdwn', text: clip(text, LIMITS.contextText) })),
  };
}

export function divider(): Block {
  return { type: 'divider' };
}

export function button(text: string, actionId: string, value: string, style?: 'primary' | 'danger'): ButtonElement {
  return {
    type: 'button',
    text: { type: 'plain_text', text: clip(text, LIMITS.buttonText), emoji: true },
    action_id: clip(actionId, LIMITS.actionId),
    value: clip(value, LIMITS.buttonValue),
    ...(style ? { style } : {}),
  };
}

export function actions(elements: types.ActionsBlockElement[], blockId?: string): Block {
  return { type: 'actions', elements: elements.slice(0, LIMITS.actionsElements), ...(blockId ? { block_id: clip(blockId, LIMITS.blockId) } : {}) };
}

type Align = 'left' | 'right' | 'center';
interface TableData {
  head: string[];
  rows: string[][];
  align: Align[];
}

/** The rows behind each table built here and how many of them it shows, so a later cut works from the data, not the text. */
const tables = new WeakMap<Block, { data: TableData; shown: number }>();

const tableCell = (text: string): types.RawTextElement => ({ type: 'raw_text', text: text === '' ? ' ' : clip(text, 300) });

/** The table block showing the first `shown` rows, ending with a row saying how many were left out when any were. */
function tableBlock(data: TableData, shown: number): Block {
  const width = Math.min(data.head.length, LIMITS.tableCells);
  const omitted = data.rows.length - shown;
  const more = omitted > 0 ? [[`… and ${omitted} more`, ...Array<string>(width - 1).fill('')]] : [];
  const block: Block = {
    type: 'table',
    column_settings: data.head.slice(0, width).map((_, i) => ({ align: data.align[i] ?? 'left', is_wrapped: true })),
    rows: [data.head, ...data.rows.slice(0, shown), ...more].map((r) => r.slice(0, width).map(tableCell)),
  };
  tables.set(block, { data, shown });
  return block;
}

/**
 * Slack's table block: the first row is the header. Cells are raw text (never mrkdwn), so nothing
 * in them needs escaping. Rows beyond the limit are cut with a last row saying how many were left.
 */
export function table(head: string[], rows: string[][], align: Align[] = []): Block {
  const shown = rows.length + 1 > LIMITS.tableRows ? LIMITS.tableRows - 2 : rows.length;
  return tableBlock({ head, rows, align }, shown);
}

/** Characters of text a message carries in its blocks (what Slack's size limit counts). */
export function blockTextLength(blocks: unknown): number {
  let total = 0;
  const walk = (node: unknown) => {
    if (typeof node === 'string') total += node.length;
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) if (key === 'text' || key === 'value' || typeof value === 'object') walk(value);
    }
  };
  walk(blocks);
  return total;
}

/** Every way a message breaks Block Kit's limits; empty when it is safe to send. */
export function limitViolations(message: { text?: string; blocks: unknown[] }, surface: 'message' | 'modal' | 'home' = 'message'): string[] {
  const problems: string[] = [];
  const maxBlocks = surface === 'message' ? LIMITS.blocksPerMessage : LIMITS.blocksPerView;
  if (surface === 'message' && (typeof message.text !== 'string' || message.text.trim() === '')) problems.push('no fallback text');
  if (typeof message.text === 'string' && message.text.length > LIMITS.fallbackText) problems.push(`fallback text ${message.text.length} > ${LIMITS.fallbackText}`);
  if (message.blocks.length > maxBlocks) problems.push(`${message.blocks.length} blocks > ${maxBlocks}`);
  let tables = 0;
  const textLen = (t: unknown) => (t && typeof t === 'object' && 'text' in t ? String((t as { text: unknown }).text).length : 0);
  for (const [i, raw] of message.blocks.entries()) {
    const b = raw as Record<string, unknown>;
    const where = `block ${i} (${String(b.type)})`;
    if (typeof b.block_id === 'string' && b.block_id.length > LIMITS.blockId) problems.push(`${where}: block_id too long`);
    if (b.type === 'header' && textLen(b.text) > LIMITS.headerText) problems.push(`${where}: header > ${LIMITS.headerText}`);
    if (b.type === 'section') {
      if (textLen(b.text) > LIMITS.sectionText) problems.push(`${where}: text > ${LIMITS.sectionText}`);
      const f = (b.fields as unknown[] | undefined) ?? [];
      if (f.length > LIMITS.fieldsPerSection) problems.push(`${where}: ${f.length} fields`);
      for (const x of f) if (textLen(x) > LIMITS.fieldText) problems.push(`${where}: field > ${LIMITS.fieldText}`);
      if (!b.text && f.length === 0) problems.push(`${where}: empty section`);
      if (b.text && textLen(b.text) === 0) problems.push(`${where}: empty text`);
    }
    if (b.type === 'context') {
      const e = (b.elements as unknown[]) ?? [];
      if (e.length === 0 || e.length > LIMITS.contextElements) problems.push(`${where}: ${e.length} elements`);
      for (const x of e) if (textLen(x) > LIMITS.contextText) problems.push(`${where}: element > ${LIMITS.contextText}`);
    }
    if (b.type === 'actions') {
      const e = (b.elements as Record<string, unknown>[]) ?? [];
      if (e.length === 0 || e.length > LIMITS.actionsElements) problems.push(`${where}: ${e.length} elements`);
      for (const x of e) {
        if (typeof x.action_id === 'string' && x.action_id.length > LIMITS.actionId) problems.push(`${where}: action_id too long`);
        if (x.type === 'button') {
          if (textLen(x.text) > LIMITS.buttonText) problems.push(`${where}: button text > ${LIMITS.buttonText}`);
          if (typeof x.value === 'string' && x.value.length > LIMITS.buttonValue) problems.push(`${where}: button value > ${LIMITS.buttonValue}`);
        }
      }
    }
    if (b.type === 'table') {
      tables += 1;
      const rows = (b.rows as unknown[][]) ?? [];
      if (rows.length > LIMITS.tableRows) problems.push(`${where}: ${rows.length} rows`);
      for (const r of rows) if (r.length > LIMITS.tableCells) problems.push(`${where}: ${r.length} cells in a row`);
      if (rows.some((r) => r.length !== rows[0]?.length)) problems.push(`${where}: rows of different widths`);
    }
  }
  if (tables > LIMITS.tablesPerMessage && surface === 'message') problems.push(`${tables} tables > ${LIMITS.tablesPerMessage}`);
  const size = blockTextLength(message.blocks);
  if (size > LIMITS.messageTextBudget) problems.push(`block text ${size} > budget ${LIMITS.messageTextBudget}`);
  return problems;
}

/**
 * Cuts a message down to Slack's limits deliberately: long tables lose rows from the end (the last
 * row says how many), then the longest sections are shortened. Never leaves a message Slack rejects.
 */
export function fitToBudget(message: SlackMessage, budget: number = LIMITS.messageTextBudget): SlackMessage {
  const kept = message.blocks.slice(0, LIMITS.blocksPerMessage);
  // Most answers fit as they are; only one that must be cut is copied first (the caller's stays whole).
  if (blockTextLength(kept) <= budget) return { text: message.text, blocks: kept };
  const blocks = kept.map((b) => structuredClone(b));
  const size = () => blockTextLength(blocks);
  const tableIndex = blocks.findIndex((b) => b.type === 'table');
  const source = tableIndex >= 0 ? tables.get(kept[tableIndex] as Block) : undefined;
  if (source) {
    // Rows in the block: the header, the rows shown and, when rows are left out, the row counting them.
    const rowsIn = (shown: number) => 1 + shown + (shown < source.data.rows.length ? 1 : 0);
    let shown = source.shown;
    while (size() > budget && rowsIn(shown) > 4) {
      shown = Math.max(2, Math.floor(shown * 0.8));
      blocks[tableIndex] = tableBlock(source.data, shown);
    }
  }
  for (let guard = 0; size() > budget && guard < 50; guard++) {
    // Shorten the longest mrkdwn section by a quarter.
    let longest: { text: { text: string } } | undefined;
    for (const b of blocks) {
      const text = (b as { text?: { type: string; text: string } }).text;
      if (b.type === 'section' && text && (!longest || text.text.length > longest.text.text.length)) longest = b as unknown as { text: { text: string } };
    }
    if (!longest || longest.text.text.length < 80) break;
    longest.text.text = clip(longest.text.text, Math.floor(longest.text.text.length * 0.75));
  }
  return { text: message.text, blocks };
}
