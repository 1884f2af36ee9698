// Block Kit building blocks, Slack's limits in one place, and escaping of text for mrkdwn.
import type { types } from '@slack/bolt';

/**
 * Slack's data visualization block (docs.slack.dev, Block Kit reference): a titled bar, line, area or
 * pie chart. @slack/types does not type it yet, so it is typed here and checked by `limitViolations`.
 */
export interface ChartPoint {
  /** ≤ 20 characters; in bar, line and area charts one of the axis categories. */
  label: string;
  value: number;
}

export interface ChartSeries {
  /** Shown in the legend; ≤ 20 characters and unique within the chart. */
  name: string;
  /** 1–20 points. */
  data: ChartPoint[];
}

export interface AxisConfig {
  /** The x-axis categories in order, each ≤ 20 characters. */
  categories: string[];
  x_label?: string;
  y_label?: string;
}

export type Chart = { type: 'pie'; segments: ChartPoint[] } | { type: 'bar' | 'line' | 'area'; series: ChartSeries[]; axis_config: AxisConfig };

export interface DataVisualizationBlock {
  type: 'data_visualization';
  /** ≤ 50 characters. */
  title: string;
  chart: Chart;
  block_id?: string;
}

export type Block = types.KnownBlock | DataVisualizationBlock;
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
  /** data_visualization: title, series (or pie segments), points per series, label and axis title lengths. */
  chartTitle: 50,
  chartSeries: 6,
  chartPoints: 20,
  chartLabel: 20,
  chartAxisLabel: 50,
  /** Our own rule: more than two charts make a message a dashboard. */
  chartsPerMessage: 2,
  /** data_table: rows after the header, and rows a page shows. */
  dataTableRows: 100,
  dataTablePageSize: 100,
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

/**
 * How each table built here was made and how many of its rows it shows, so a later cut rebuilds it
 * from the data with fewer rows (never from its text).
 */
interface Cuttable {
  total: number;
  shown: number;
  build: (shown: number) => Block;
}
/**
 * Rides on the table block itself, under a symbol and not enumerable, so JSON, copies and comparisons leave it out.
 * (A WeakMap keyed by blocks kept each answer's table data alive through young-generation collections until a
 * full one, which the load showed.)
 */
const CUT = Symbol('cut');
function withCut<B extends Block>(block: B, cut: Cuttable): B {
  return Object.defineProperty(block, CUT, { value: cut });
}
const cuttable = (block: Block): Cuttable | undefined => (block as Block & { [CUT]?: Cuttable })[CUT];

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
  return withCut(block, { total: data.rows.length, shown, build: (n) => tableBlock(data, n) });
}

/**
 * Slack's table block: the first row is the header. Cells are raw text (never mrkdwn), so nothing
 * in them needs escaping. Rows beyond the limit are cut with a last row saying how many were left.
 */
export function table(head: string[], rows: string[][], align: Align[] = []): Block {
  const shown = rows.length + 1 > LIMITS.tableRows ? LIMITS.tableRows - 2 : rows.length;
  return tableBlock({ head, rows, align }, shown);
}

/** A data table cell: text, or a number with the text it is shown as (numbers sort as numbers). */
export type DataCell = string | { number: number; text: string };

const dataCell = (cell: DataCell): types.RawTextElement | types.RawNumberElement =>
  typeof cell === 'string' ? tableCell(cell) : Number.isFinite(cell.number) ? { type: 'raw_number', value: cell.number, text: clip(cell.text, 300) || ' ' } : tableCell(cell.text);

interface DataTableData {
  caption: string;
  head: string[];
  rows: DataCell[][];
  pageSize: number;
}

function dataTableBlock(data: DataTableData, shown: number): Block {
  const width = Math.min(data.head.length, LIMITS.tableCells);
  const cut = shown < data.rows.length ? ` (first ${shown} of ${data.rows.length})` : '';
  const block: types.DataTableBlock = {
    type: 'data_table',
    caption: `${clip(data.caption, 200 - cut.length)}${cut}`,
    page_size: Math.max(1, Math.min(LIMITS.dataTablePageSize, data.pageSize, shown)),
    rows: [data.head.slice(0, width).map(tableCell), ...data.rows.slice(0, shown).map((r) => r.slice(0, width).map(dataCell))],
  };
  return withCut(block, { total: data.rows.length, shown, build: (n) => dataTableBlock(data, n) });
}

/**
 * Slack's data table block: a captioned table people can sort and page through. The first row is
 * the header; numeric cells carry their number, so a column of costs sorts by value, not by text.
 * Rows beyond the limit are cut and the caption says how many it shows. Needs at least one row.
 */
export function dataTable(caption: string, head: string[], rows: DataCell[][], pageSize = 10): Block {
  if (rows.length === 0) return section(esc(`${caption}: none.`));
  return dataTableBlock({ caption, head, rows, pageSize }, Math.min(rows.length, LIMITS.dataTableRows));
}

/** Shortens labels to `max` characters, keeping them distinct ("GPT-5.4 mini (20…", "… 2"). */
function distinctLabels(labels: string[], max: number): string[] {
  const used = new Set<string>();
  return labels.map((label) => {
    let out = clip(label.trim() || '—', max);
    for (let n = 2; used.has(out); n++) out = `${clip(label.trim() || '—', max - String(n).length - 1)} ${n}`;
    used.add(out);
    return out;
  });
}

/** A line, bar or area chart's data: values line up with `categories`; null is no point. */
export interface XYChartData {
  type: 'bar' | 'line' | 'area';
  title: string;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  xLabel?: string;
  yLabel?: string;
}

/**
 * A data visualization block within Slack's limits: title, labels and names shortened (and kept
 * distinct), at most 6 series of 20 points; series with no figure are left out. Undefined when no
 * series has a point to draw.
 */
export function xyChart(data: XYChartData, blockId?: string): DataVisualizationBlock | undefined {
  const categories = distinctLabels(data.categories.slice(0, LIMITS.chartPoints), LIMITS.chartLabel);
  const series = data.series
    .map((s) => ({
      name: s.name,
      data: categories.flatMap((label, i) => {
        const value = s.values[i];
        return typeof value === 'number' && Number.isFinite(value) ? [{ label, value }] : [];
      }),
    }))
    .filter((s) => s.data.length > 0)
    .slice(0, LIMITS.chartSeries);
  if (series.length === 0) return undefined;
  const names = distinctLabels(
    series.map((s) => s.name),
    LIMITS.chartLabel,
  );
  return {
    type: 'data_visualization',
    title: clip(data.title.trim() || 'Chart', LIMITS.chartTitle),
    chart: {
      type: data.type,
      series: series.map((s, i) => ({ name: names[i] as string, data: s.data })),
      axis_config: {
        categories,
        ...(data.xLabel?.trim() ? { x_label: clip(data.xLabel.trim(), LIMITS.chartAxisLabel) } : {}),
        ...(data.yLabel?.trim() ? { y_label: clip(data.yLabel.trim(), LIMITS.chartAxisLabel) } : {}),
      },
    },
    ...(blockId ? { block_id: clip(blockId, LIMITS.blockId) } : {}),
  };
}

/** The numbers a chart shows, as text: its fallback for screen readers and clients that do not draw it. */
export function chartText(block: DataVisualizationBlock, format: (value: number) => string = String): string {
  const c = block.chart;
  const lines =
    c.type === 'pie'
      ? [c.segments.map((p) => `${p.label} ${format(p.value)}`).join(', ')]
      : c.series.map((s) => `${s.name}: ${s.data.map((p) => `${p.label} ${format(p.value)}`).join(', ')}`);
  return `${block.title}. ${lines.join('; ')}.`;
}

/** Characters of text a message carries in its blocks (what Slack's size limit counts). */
export function blockTextLength(blocks: unknown): number {
  let total = 0;
  const walk = (node: unknown) => {
    if (typeof node === 'string') total += node.length;
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const fields = node as Record<string, unknown>;
      for (const key in fields) if (key === 'text' || key === 'value' || typeof fields[key] === 'object') walk(fields[key]);
    }
  };
  walk(blocks);
  return total;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: unknown, max: number) => typeof x === 'string' && x.trim() !== '' && [...x].length <= max;

/** What breaks a data_table block's rules: caption, 1–100 rows after the header, ≤ 20 cells, equal widths, typed cells. */
function dataTableViolations(b: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (typeof b.caption !== 'string' || b.caption.trim() === '') problems.push('no caption');
  const rows = Array.isArray(b.rows) ? (b.rows as unknown[]) : [];
  if (rows.length < 2 || rows.length > LIMITS.dataTableRows + 1) problems.push(`${rows.length} rows (2–${LIMITS.dataTableRows + 1} with the header)`);
  const widths = new Set(rows.map((r) => (Array.isArray(r) ? r.length : -1)));
  if (widths.size > 1 || widths.has(-1)) problems.push('rows of different widths');
  if ([...widths].some((w) => w > LIMITS.tableCells)) problems.push(`more than ${LIMITS.tableCells} cells in a row`);
  if (b.page_size !== undefined && !(Number.isInteger(b.page_size) && (b.page_size as number) >= 1 && (b.page_size as number) <= LIMITS.dataTablePageSize))
    problems.push(`page_size ${String(b.page_size)}`);
  for (const [i, row] of rows.entries()) {
    for (const cell of Array.isArray(row) ? row : []) {
      if (!isRecord(cell)) problems.push(`row ${i}: a cell is not an object`);
      else if (cell.type === 'raw_text') {
        if (typeof cell.text !== 'string' || cell.text === '') problems.push(`row ${i}: empty raw_text`);
      } else if (cell.type === 'raw_number') {
        if (typeof cell.value !== 'number' || !Number.isFinite(cell.value)) problems.push(`row ${i}: raw_number without a finite value`);
        if (typeof cell.text !== 'string' || cell.text === '') problems.push(`row ${i}: raw_number without text`);
      } else if (cell.type === 'rich_text') {
        if (i === 0) problems.push('rich_text in the header');
      } else problems.push(`row ${i}: cell of type ${String(cell.type)}`);
    }
  }
  return problems;
}

/** What breaks a data_visualization block's rules (title ≤ 50; ≤ 6 series of ≤ 20 points; labels ≤ 20 and on the axis). */
function chartViolations(b: Record<string, unknown>): string[] {
  const problems: string[] = [];
  if (!isText(b.title, LIMITS.chartTitle)) problems.push(`title empty or over ${LIMITS.chartTitle} characters`);
  const c = isRecord(b.chart) ? b.chart : {};
  if (c.type === 'pie') {
    const segments = Array.isArray(c.segments) ? (c.segments as unknown[]) : [];
    if (segments.length < 1 || segments.length > LIMITS.chartSeries) problems.push(`${segments.length} segments`);
    for (const p of segments) {
      if (!isRecord(p) || !isText(p.label, LIMITS.chartLabel)) problems.push('segment label empty or too long');
      else if (typeof p.value !== 'number' || !(p.value > 0) || !Number.isFinite(p.value)) problems.push(`segment ${String(p.label)}: value must be a number above 0`);
    }
    return problems;
  }
  if (c.type !== 'bar' && c.type !== 'line' && c.type !== 'area') return [...problems, `chart type ${String(c.type)}`];
  const axis = isRecord(c.axis_config) ? c.axis_config : undefined;
  const categories = axis && Array.isArray(axis.categories) ? (axis.categories as unknown[]) : [];
  if (!axis) problems.push('no axis_config');
  if (categories.length === 0) problems.push('no categories');
  for (const cat of categories) if (!isText(cat, LIMITS.chartLabel)) problems.push(`category ${JSON.stringify(cat)} empty or over ${LIMITS.chartLabel} characters`);
  if (new Set(categories).size !== categories.length) problems.push('repeated categories');
  for (const key of ['x_label', 'y_label'] as const)
    if (axis?.[key] !== undefined && !isText(axis[key], LIMITS.chartAxisLabel)) problems.push(`${key} over ${LIMITS.chartAxisLabel} characters`);
  const series = Array.isArray(c.series) ? (c.series as unknown[]) : [];
  if (series.length < 1 || series.length > LIMITS.chartSeries) problems.push(`${series.length} series (1–${LIMITS.chartSeries})`);
  const names = new Set<unknown>();
  for (const s of series) {
    if (!isRecord(s)) {
      problems.push('a series is not an object');
      continue;
    }
    if (!isText(s.name, LIMITS.chartLabel)) problems.push(`series name ${JSON.stringify(s.name)} empty or over ${LIMITS.chartLabel} characters`);
    if (names.has(s.name)) problems.push(`series name ${String(s.name)} repeated`);
    names.add(s.name);
    const data = Array.isArray(s.data) ? (s.data as unknown[]) : [];
    if (data.length < 1 || data.length > LIMITS.chartPoints) problems.push(`series ${String(s.name)}: ${data.length} points (1–${LIMITS.chartPoints})`);
    for (const p of data) {
      if (!isRecord(p) || !categories.includes(p.label)) problems.push(`series ${String(s.name)}: a point's label is not a category`);
      else if (typeof p.value !== 'number' || !Number.isFinite(p.value)) problems.push(`series ${String(s.name)}: ${String(p.label)} has no finite value`);
    }
  }
  return problems;
}

/** Every way a message breaks Block Kit's limits; empty when it is safe to send. */
export function limitViolations(message: { text?: string; blocks: unknown[] }, surface: 'message' | 'modal' | 'home' = 'message'): string[] {
  const problems: string[] = [];
  const maxBlocks = surface === 'message' ? LIMITS.blocksPerMessage : LIMITS.blocksPerView;
  if (surface === 'message' && (typeof message.text !== 'string' || message.text.trim() === '')) problems.push('no fallback text');
  if (typeof message.text === 'string' && message.text.length > LIMITS.fallbackText) problems.push(`fallback text ${message.text.length} > ${LIMITS.fallbackText}`);
  if (message.blocks.length > maxBlocks) problems.push(`${message.blocks.length} blocks > ${maxBlocks}`);
  let tables = 0;
  let charts = 0;
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
    if (b.type === 'data_table') {
      tables += 1;
      problems.push(...dataTableViolations(b).map((p) => `${where}: ${p}`));
    }
    if (b.type === 'data_visualization') {
      charts += 1;
      problems.push(...chartViolations(b).map((p) => `${where}: ${p}`));
    }
  }
  if (tables > LIMITS.tablesPerMessage && surface === 'message') problems.push(`${tables} tables > ${LIMITS.tablesPerMessage}`);
  if (charts > LIMITS.chartsPerMessage) problems.push(`${charts} charts > ${LIMITS.chartsPerMessage}`);
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
  const tableIndex = kept.findIndex((b) => cuttable(b) !== undefined);
  const source = tableIndex >= 0 ? cuttable(kept[tableIndex] as Block) : undefined;
  if (source) {
    // Keep at least two rows: enough to show what the table is.
    let shown = source.shown;
    while (size() > budget && shown > 2) {
      shown = Math.max(2, Math.floor(shown * 0.8));
      blocks[tableIndex] = source.build(shown);
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
