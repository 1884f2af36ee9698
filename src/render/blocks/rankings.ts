import type { CheapestAnswer } from '../../cost/rank.ts';
import type { BestAnswer, LanesAnswer } from '../../lanes/best.ts';
import { money, perMillion, tokens } from '../../cost/format.ts';
import { clip, context, esc, header, section, table, type Block, type SlackMessage } from './kit.ts';
import { answerActions, type RenderContext } from './actions.ts';
import { assumptionsLine, lanesLines, sourcesContext } from './common.ts';

export function cheapestBlocks(a: CheapestAnswer, ctx: RenderContext): SlackMessage {
  const title = `Cheapest for ${tokens(a.assumptions.tokensPerMonth)} tokens a month`;
  const blocks: Block[] = [header(title)];
  if (a.ranking.length === 0) {
    blocks.push(section(`No model passes every filter (${a.considered} considered).`));
  } else {
    blocks.push(
      table(
        ['#', 'Model', 'Monthly', 'Per 1M', 'Why it qualifies'],
        a.ranking.map((r, i) => [String(i + 1), r.name, money(r.monthlyUsd), perMillion(r.blendedPerMillion), [...r.why, ...r.notes].join('; ')]),
        ['right', 'left', 'right', 'right', 'left'],
      ),
    );
  }
  const excluded = a.excluded.filter((e) => e.count > 0).map((e) => `${e.count} ${esc(e.label)}`);
  blocks.push(
    section(
      [
        `${a.eligible} of ${a.considered} models pass the filters${a.ranking.length < a.eligible ? `; showing the top ${a.ranking.length}` : ''}.`,
        excluded.length > 0 ? `Excluded: ${excluded.join('; ')}.` : '',
        a.unpriced.length > 0 ? `No price for this profile: ${a.unpriced.length} (${esc(a.unpriced[0]?.reason ?? '')}${a.unpriced.length > 1 ? ', …' : ''}).` : '',
        `Ties: ${a.tieBreak}.`,
      ]
        .filter((x) => x !== '')
        .join('\n'),
    ),
  );
  blocks.push(...answerActions(ctx, { models: [], volumes: true }));
  blocks.push(context([assumptionsLine(a.assumptions)]), sourcesContext(a.sources));
  const top = a.ranking
    .slice(0, 3)
    .map((r) => `${r.name} ${money(r.monthlyUsd)}`)
    .join(', ');
  return { text: clip(`${title}: ${top || 'no model passes the filters'}.`, 1000), blocks };
}

export function lanesBlocks(a: LanesAnswer, ctx: RenderContext): SlackMessage {
  const names = Object.fromEntries(a.models.map((id) => [id, id]));
  const blocks: Block[] = [
    header(`Lanes: ${a.models.join(' vs ')}`),
    table(
      ['Lane', ...a.models, 'Why'],
      a.lanes.map((l) => [l.name, ...a.models.map((id) => l.verdicts[id] ?? ''), clip(l.reason, 280)]),
    ),
    ...answerActions(ctx, { models: a.models, volumes: false }),
    context([assumptionsLine(a.assumptions)]),
    sourcesContext(a.sources),
  ];
  return { text: clip(`Lanes for ${a.models.join(', ')}:\n${lanesLines(a.models, names, a.lanes, false)}`, 1500), blocks };
}

export function bestBlocks(a: BestAnswer, ctx: RenderContext): SlackMessage {
  const blocks: Block[] = [header(`Best for ${a.name}`), section(esc(a.description))];
  if (a.picks.length === 0) {
    blocks.push(section(`No model qualifies: ${a.eligible} meet the lane's needs, ${a.untested} of them have no score on its benchmarks.`));
  } else {
    blocks.push(
      table(
        ['#', 'Model', 'Why'],
        a.picks.map((p, i) => [String(i + 1), p.name, p.why]),
        ['right', 'left', 'left'],
      ),
    );
  }
  blocks.push(
    section(
      [`Rule: ${esc(a.rule)}.`, a.untested > 0 ? `Untested: ${a.untested} models meet the needs but have no score on this lane's benchmarks.` : ''].filter(Boolean).join('\n'),
    ),
  );
  blocks.push(...answerActions(ctx, { models: [], volumes: false }));
  blocks.push(context([assumptionsLine(a.assumptions)]), sourcesContext(a.sources));
  return { text: clip(`Best for ${a.name}: ${a.picks.map((p) => p.name).join(', ') || 'none qualifies'}.`, 1000), blocks };
}
