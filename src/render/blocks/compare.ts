import type { ComparisonAnswer, UpgradeAnswer } from '../../compare/compare.ts';
import { leads, volumeWords, type Row } from '../../compare/rows.ts';
import { clip, context, esc, header, section, table, type Block, type SlackMessage } from './kit.ts';
import { answerActions, type RenderContext } from './actions.ts';
import { assumptionsLine, lanesLines, sourcesContext, VERDICT_MARK } from './common.ts';
import type { LaneVerdicts } from '../../lanes/verdicts.ts';
import { spanWords } from '../../cost/span.ts';
import { inSentence } from '../../ask/sentence.ts';
import { costByVolumeChart, costByVolumeText } from './charts.ts';
import { crossoverLine } from '../words.ts';

/** Rows shown in the full comparison table: everything but rows where every model has no figure. */
function tableRows(a: ComparisonAnswer): Row[] {
  return a.rows.filter((r) => r.key !== 'license' && a.models.some((id) => r.values[id]?.value !== null));
}

/** The rows that decide a brief comparison: prices, the cost at the user's volume, context, and benchmarks two models share. */
const DECIDING = new Set(['price.input', 'price.output', 'price.blended', 'cost.volume', 'cost.day', 'cost.year', 'contextWindow']);

function decidingRows(a: ComparisonAnswer, benchmarks: number, volumes = Number.POSITIVE_INFINITY): Row[] {
  const yours = (r: Row) => r.volume?.yours === true || r.volume?.asked === true;
  const shared = (r: Row) => r.group === 'benchmarks' && a.models.filter((id) => typeof r.values[id]?.value === 'number').length >= 2;
  // Asked volumes past the first `volumes` wait for the full comparison.
  const later = new Set(a.rows.filter((r) => r.volume?.asked).slice(volumes));
  return [...a.rows.filter((r) => (DECIDING.has(r.key) || yours(r)) && !later.has(r)), ...a.rows.filter(shared).slice(0, benchmarks)];
}

function rowsTable(a: ComparisonAnswer, rows: Row[], names: string[]): Block {
  return table(
    ['', ...names],
    rows.map((r) => [r.label, ...a.models.map((id) => `${r.values[id]?.text ?? ''}${leads(r, id) ? ' ✓' : ''}`)]),
    ['left', ...a.models.map(() => 'right' as const)],
  );
}

/** The lane asked about, as the reply's first line: "For long-context RAG: A use · B rarely — why." */
function focusLine(a: ComparisonAnswer): string | undefined {
  const lane = a.lanes.find((l) => l.lane === a.focus);
  if (!lane) return undefined;
  return `*For ${esc(inSentence(lane.name))}:* ${a.models.map((id) => `${esc(a.names[id] ?? id)} ${VERDICT_MARK[lane.verdicts[id] ?? 'no'] ?? ''}`).join(' · ')}\n${esc(clip(lane.reason, 400))}`;
}

/** Lanes where the models' verdicts differ (the asked lane is said first, apart). */
function differingLanes(a: ComparisonAnswer): LaneVerdicts[] {
  return a.lanes.filter((l) => l.lane !== a.focus && new Set(a.models.map((id) => l.verdicts[id])).size > 1);
}

/** What the notification says: the names and each model's month at the user's volume, then the verdict's first line if it fits. */
function notificationText(a: ComparisonAnswer, names: string[]): string {
  const cost = a.rows.find((r) => r.volume?.yours);
  const monthly = cost ? a.models.map((id) => `${a.names[id] ?? id} ${cost.values[id]?.text ?? ''}`).join(', ') : '';
  const volume = cost?.volume ? ` ${volumeWords(cost.volume)}` : '';
  const spans = a.rows
    .flatMap((r) => (r.span ? [`; ${spanWords(r.span.per).per}: ${a.models.map((id) => `${a.names[id] ?? id} ${r.values[id]?.text ?? ''}`).join(', ')}`] : []))
    .join('');
  const lead = `${names.join(' vs ')}${volume}${monthly ? `: ${monthly}${spans}.` : '.'}`;
  const verdict = a.verdict[0] ?? '';
  return lead.length + verdict.length < 200 ? `${lead} ${verdict}` : lead;
}

/**
 * How much of a brief reply fits a channel: under 4 KB of JSON with its notices (the caller leaves them room); each
 * step down shows fewer differing lanes and shared benchmarks, and the last drops the chart. It names one source.
 */
export const BRIEF_MESSAGE_BYTES = 3950;
const BRIEF_STEPS: { lanes: number; benchmarks: number; chart?: false; volumes?: number }[] = [
  { lanes: 3, benchmarks: 1 },
  { lanes: 2, benchmarks: 0 },
  { lanes: 1, benchmarks: 0 },
  { lanes: 0, benchmarks: 0 },
  // Long names and long notices: the chart goes (the table still has the cost at the user's volume).
  { lanes: 0, benchmarks: 0, chart: false },
  // Many volumes asked of many models: the first three stay, the rest are in the full comparison.
  { lanes: 0, benchmarks: 0, chart: false, volumes: 3 },
];

/** The length of `{text, blocks}` as JSON, from each block's own length (measured once, however many steps reuse it). */
function jsonLength(text: string, blocks: Block[], measured: Map<Block, number>): number {
  let length = JSON.stringify({ text, blocks: [] }).length + Math.max(0, blocks.length - 1);
  for (const block of blocks) {
    let own = measured.get(block);
    if (own === undefined) {
      own = JSON.stringify(block).length;
      measured.set(block, own);
    }
    length += own;
  }
  return length;
}

/** The verdict's lines, and of two models where the cheaper of them changes. */
function verdictText(a: ComparisonAnswer): string {
  const flips = crossoverLine(a);
  return [...a.verdict.map((v) => esc(v)), ...(flips ? [`_${esc(flips)}_`] : [])].join('\n');
}

function briefMessage(a: ComparisonAnswer, ctx: RenderContext, names: string[], room: number): SlackMessage {
  const chart = costByVolumeChart(a);
  const text = chart ? `${notificationText(a, names)}\n${costByVolumeText(chart)}` : notificationText(a, names);
  const differ = differingLanes(a);
  const agree = a.lanes.length - differ.length - (a.focus ? 1 : 0);
  const focus = focusLine(a);
  // What every step shows alike is built once; a step changes only the table, the chart and the lanes section.
  const head: Block[] = [header(names.join(' vs '))];
  if (focus) head.push(section(focus));
  head.push(section(verdictText(a)));
  const tail: Block[] = [...answerActions(ctx, { models: a.models, volumes: true, full: true }), context([assumptionsLine(a.assumptions)]), sourcesContext(a.sources, 1)];
  const tables = new Map<string, Block>();
  const tableWith = (benchmarks: number, volumes = Number.POSITIVE_INFINITY): Block => {
    let block = tables.get(`${benchmarks}:${volumes}`);
    if (!block) {
      block = rowsTable(a, decidingRows(a, benchmarks, volumes), names);
      tables.set(`${benchmarks}:${volumes}`, block);
    }
    return block;
  };
  const asked = a.rows.filter((r) => r.volume?.asked).length;
  const lanesSection = (shown: number): Block => {
    const lanes =
      differ.length === 0
        ? '*Lanes:* the same verdict on every lane that applies.'
        : shown === 0
          ? `*Lanes:* they differ on ${differ.length}`
          : `*Where they differ*\n${lanesLines(a.models, a.names, differ.slice(0, shown))}`;
    const more = [differ.length > shown && shown > 0 ? `${differ.length - shown} more differ` : '', agree > 0 && differ.length > 0 ? `${agree} agree` : '']
      .filter(Boolean)
      .join('; ');
    return section(`${lanes}${more ? `\n_${more}: see the full comparison._` : shown === 0 && differ.length > 0 ? ': see the full comparison.' : ''}`);
  };
  const measured = new Map<Block, number>();
  let message: SlackMessage = { text, blocks: [] };
  for (const step of BRIEF_STEPS) {
    const shown = Math.max(Math.min(1, step.lanes), step.lanes - (a.models.length - 2));
    const later = step.volumes === undefined ? 0 : Math.max(0, asked - step.volumes);
    const blocks = [
      ...head,
      tableWith(step.benchmarks, step.volumes),
      ...(later > 0 ? [context([`${later} more of the volumes asked: see the full comparison.`])] : []),
      ...(chart && step.chart !== false ? [chart] : []),
      lanesSection(shown),
      ...tail,
    ];
    message = { text: step.chart === false ? notificationText(a, names) : text, blocks };
    if (jsonLength(message.text, blocks, measured) <= room) break;
  }
  return message;
}

function fullMessage(a: ComparisonAnswer, ctx: RenderContext, names: string[]): SlackMessage {
  const chart = costByVolumeChart(a);
  const shown = tableRows(a);
  const hidden = a.rows.length - shown.length - 1;
  const focus = focusLine(a);
  const blocks: Block[] = [header(names.join(' vs '))];
  if (focus) blocks.push(section(focus));
  blocks.push(section(verdictText(a)), rowsTable(a, shown, names));
  if (chart) blocks.push(chart);
  if (hidden > 0)
    blocks.push(
      context([
        `✓ marks the winner of a row (or the models tied for it). ${hidden} rows where no model has a published figure are left out of the table; \`/models model <name>\` shows every field.`,
      ]),
    );
  for (const s of a.switch) {
    blocks.push(
      section(
        `*Switching from ${esc(a.names[s.from] ?? s.from)} to ${esc(a.names[s.to] ?? s.to)}*\n${s.summary
          .slice(0, 8)
          .map((x) => `• ${esc(x)}`)
          .join('\n')}`,
      ),
    );
  }
  const lanes = a.lanes.filter((l) => l.lane !== a.focus);
  const neither = a.lanesForNeither.length > 0 ? `\n_For neither: ${esc(a.lanesForNeither.join(', '))}._` : '';
  if (lanes.length > 0 || neither) blocks.push(section(`*Lanes*\n${lanesLines(a.models, a.names, lanes)}${neither}`));
  blocks.push(...answerActions(ctx, { models: a.models, volumes: true }));
  blocks.push(context([assumptionsLine(a.assumptions)]), sourcesContext(a.sources));
  const text = notificationText(a, names);
  return { text: chart ? `${text}\n${costByVolumeText(chart)}` : text, blocks };
}

/** A comparison: brief in a channel (verdict, deciding rows, differing lanes, a "Full comparison" button), or whole. */
export function comparisonBlocks(a: ComparisonAnswer, ctx: RenderContext, room = BRIEF_MESSAGE_BYTES): SlackMessage {
  const names = a.models.map((id) => a.names[id] ?? id);
  return a.detail === 'brief' ? briefMessage(a, ctx, names, room) : fullMessage(a, ctx, names);
}

export function upgradeBlocks(a: UpgradeAnswer, ctx: RenderContext): SlackMessage {
  const from = a.comparison.names[a.from] ?? a.from;
  const to = a.comparison.names[a.to] ?? a.to;
  const list = (items: { row: string; from: string; to: string }[]) =>
    items.length === 0
      ? '_none on the compared rows_'
      : items
          .slice(0, 12)
          .map((g) => `• ${esc(g.row)}: ${esc(g.from)} → ${esc(g.to)}`)
          .join('\n');
  const focus = a.lanes.find((l) => l.lane === a.comparison.focus);
  const flips = crossoverLine(a.comparison);
  const move = (l: LaneVerdicts) => `${VERDICT_MARK[l.verdicts[a.from] ?? 'no'] ?? ''} → ${VERDICT_MARK[l.verdicts[a.to] ?? 'no'] ?? ''}`;
  const changed = a.lanes.filter((l) => l !== focus);
  const blocks: Block[] = [
    header(`Moving from ${from} to ${to}`),
    ...(focus ? [section(`*For ${esc(inSentence(focus.name))}:* ${move(focus)}\n${esc(clip(focus.reason, 400))}`)] : []),
    section(`*Price*\n${[...a.friction.summary.slice(0, 2).map((x) => esc(x)), ...(flips ? [`_${esc(flips)}_`] : [])].join('\n')}`),
    section(`*Gains*\n${list(a.gains)}`),
    section(`*Losses*\n${list(a.losses)}`),
    ...(a.friction.summary.length > 2
      ? [
          section(
            `*Friction*\n${a.friction.summary
              .slice(2, 10)
              .map((x) => `• ${esc(x)}`)
              .join('\n')}`,
          ),
        ]
      : []),
    ...(changed.length > 0
      ? [
          section(
            `*Lanes where the verdict changes*\n${changed
              .slice(0, 8)
              .map((l) => `• ${esc(l.name)}: ${move(l)}`)
              .join('\n')}${changed.length > 8 ? `\n_${changed.length - 8} more: \`/compare ${a.from} ${a.to}\` shows every lane._` : ''}`,
          ),
        ]
      : []),
    ...answerActions(ctx, { models: [a.from, a.to], volumes: true }),
    context([assumptionsLine(a.comparison.assumptions)]),
    sourcesContext(a.comparison.sources),
  ];
  return { text: clip(`Moving from ${from} to ${to}: ${a.friction.summary[0] ?? ''}`, 1000), blocks };
}
