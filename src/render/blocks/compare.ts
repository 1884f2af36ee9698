import type { ComparisonAnswer, UpgradeAnswer } from '../../compare/compare.ts';
import type { Row } from '../../compare/rows.ts';
import { clip, context, esc, header, section, table, type Block, type SlackMessage } from './kit.ts';
import { answerActions, type RenderContext } from './actions.ts';
import { assumptionsLine, lanesLines, sourcesContext } from './common.ts';

/** Rows shown in the comparison table: everything but rows where every model has no figure. */
function tableRows(a: ComparisonAnswer): Row[] {
  return a.rows.filter((r) => r.key !== 'license' && a.models.some((id) => r.values[id]?.value !== null));
}

export function comparisonBlocks(a: ComparisonAnswer, ctx: RenderContext): SlackMessage {
  const names = a.models.map((id) => a.names[id] ?? id);
  const shown = tableRows(a);
  const hidden = a.rows.length - shown.length - 1;
  const blocks: Block[] = [
    header(names.join(' vs ')),
    section(a.verdict.map((v) => esc(v)).join('\n')),
    table(
      ['', ...names],
      shown.map((r) => [r.label, ...a.models.map((id) => `${r.values[id]?.text ?? ''}${r.winner === id ? ' ✓' : ''}`)]),
      ['left', ...a.models.map(() => 'right' as const)],
    ),
  ];
  if (hidden > 0)
    blocks.push(
      context([`✓ marks the winner of a row. ${hidden} rows where no model has a published figure are left out of the table; \`/models model <name>\` shows every field.`]),
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
  blocks.push(section(`*Lanes*\n${lanesLines(a.models, a.names, a.lanes)}`));
  blocks.push(...answerActions(ctx, { models: a.models, volumes: true }));
  blocks.push(context([assumptionsLine(a.assumptions)]), sourcesContext(a.sources));
  return { text: clip(`${names.join(' vs ')}: ${a.verdict.join(' ')}`, 1000), blocks };
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
  const blocks: Block[] = [
    header(`Moving from ${from} to ${to}`),
    section(
      `*Price*\n${a.friction.summary
        .slice(0, 2)
        .map((x) => esc(x))
        .join('\n')}`,
    ),
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
    ...answerActions(ctx, { models: [a.from, a.to], volumes: true }),
    context([assumptionsLine(a.comparison.assumptions)]),
    sourcesContext(a.comparison.sources),
  ];
  return { text: clip(`Moving from ${from} to ${to}: ${a.friction.summary[0] ?? ''}`, 1000), blocks };
}
