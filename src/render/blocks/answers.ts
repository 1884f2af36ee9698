// Block Kit for the core answers: comparison, upgrade, cost, cheapest, lanes, best, model card.
import type { ModelCard } from '../../catalog/card.ts';
import type { SourceRef } from '../../catalog/sources.ts';
import type { ComparisonAnswer, UpgradeAnswer } from '../../compare/compare.ts';
import { capitalized, type Row } from '../../compare/rows.ts';
import type { Assumptions } from '../../cost/assumptions.ts';
import type { CostAnswer } from '../../cost/quote.ts';
import type { CheapestAnswer } from '../../cost/rank.ts';
import type { BestAnswer, LanesAnswer } from '../../lanes/best.ts';
import type { LaneVerdicts } from '../../lanes/verdicts.ts';
import { count, money, perMillion, tokens } from '../../cost/format.ts';
import { priceFieldRows, statusWords } from '../words.ts';
import { clip, context, esc, fields, header, section, table, type Block, type SlackMessage } from './kit.ts';
import { answerActions, type RenderContext } from './actions.ts';

export function assumptionsLine(a: Assumptions): string {
  return `*Assumptions:* ${esc(a.text.slice(0, -1).join(' · '))}`;
}

/** Sources as one context element each (Slack allows 10), newest check first. */
export function sourcesContext(sources: SourceRef[], max = 4): Block {
  const shown = sources.slice(0, max).map((s) => `<${s.url}|${esc(clip(s.what, 80))}>${s.via ? ` via ${esc(clip(s.via, 80))}` : ''}, checked ${s.checked}`);
  const more = sources.length - shown.length;
  return context([`*Sources:* ${shown.join(' · ')}${more > 0 ? ` · and ${more} more` : ''}`]);
}

const VERDICT_MARK: Record<string, string> = { use: '✅ use', sometimes: '🟡 sometimes', rarely: '⚪ rarely', no: '⛔ no', untested: '❔ untested' };

/** Each lane's verdicts on a line: in mrkdwn with marks (for a section), or plain (for the fallback text). */
function lanesLines(models: string[], names: Record<string, string>, lanes: LaneVerdicts[], mrkdwn = true): string {
  const text = (s: string) => (mrkdwn ? esc(s) : s);
  const verdict = (v: string) => (mrkdwn ? (VERDICT_MARK[v] ?? v) : v);
  return lanes
    .map((l) => `• ${mrkdwn ? `*${esc(l.name)}*` : l.name} — ${models.map((id) => `${text(names[id] ?? id)}: ${verdict(l.verdicts[id] ?? 'no')}`).join(' · ')}`)
    .join('\n');
}

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

export function costBlocks(a: CostAnswer, ctx: RenderContext): SlackMessage {
  if (a.monthlyUsd === null) {
    const text = `${a.name} has no price for this profile: ${a.refusal}.`;
    return { text, blocks: [section(esc(text)), context([assumptionsLine(a.assumptions)])] };
  }
  const headline = `${a.name}: ${money(a.monthlyUsd)} a month`;
  const blocks: Block[] = [
    header(headline),
    fields(
      a.breakdown
        .map((l) => `*${l.part}*\n${count(Math.round(l.tokens))} tokens × ${perMillion(l.rate)} = ${money(l.usd)}`)
        .concat([`*blended*\n${perMillion(a.blendedPerMillion ?? 0)}`]),
    ),
  ];
  const notes = [...(a.rates && a.rates.basis !== 'standard' ? [`Prices: ${a.rates.basis}.`] : []), ...a.notes.map((n) => `${n}.`)];
  if (notes.length > 0) blocks.push(section(notes.map(esc).join('\n')));
  blocks.push(...answerActions(ctx, { models: [a.model], volumes: true }));
  blocks.push(context([assumptionsLine(a.assumptions)]), sourcesContext(a.sources));
  return { text: `${headline} at ${tokens(a.tokens)} tokens (${a.mix.input}:${a.mix.output}).`, blocks };
}

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

export function modelCardBlocks(card: ModelCard, ctx: RenderContext): SlackMessage {
  const m = card.model;
  const p = card.price;
  const status = statusWords(m, card.asOf);
  const priceRows: string[][] = [
    ...priceFieldRows(p).map(([label, figure]) => [capitalized(label), figure]),
    ...p.tiers.map((t) => [`Prompt ${t.inclusive ? '≥' : '>'} ${tokens(t.above)}`, `${perMillion(t.input)} in / ${perMillion(t.output)} out`]),
    ...Object.entries(p.serviceTiers).map(([k, t]) => [`${k} tier`, `${perMillion(t!.input)} in / ${perMillion(t!.output)} out`]),
  ];
  const caps = Object.entries(card.capabilities)
    .map(([k, v]) => `${v === true ? '✓' : v === false ? '✗' : '?'} ${k}`)
    .join(' · ');
  const benches = card.benchmarks.map((b) => `${esc(b.name)} ${b.score}${b.unit === 'percent' ? '%' : ''}`).join(' · ');
  const blocks: Block[] = [
    header(`${m.name} (${m.id})`),
    fields([
      `*Provider*\n${esc(card.providerName)}`,
      `*Status*\n${esc(status)}`,
      `*Context*\n${count(m.contextWindow)} tokens`,
      `*Max output*\n${m.maxOutput ? `${count(m.maxOutput)} tokens` : 'not published'}`,
      `*Released*\n${m.released ?? 'not published'}`,
      `*Knowledge cutoff*\n${m.knowledgeCutoff ?? 'not published'}`,
      `*Input*\n${m.modalities.input.join(', ')}`,
      `*License*\n${esc(m.license)}${m.openWeights ? ' (open weights)' : ''}`,
    ]),
    table(['Price (USD per 1M)', `from ${p.from}`], priceRows, ['left', 'right']),
    section(`*Capabilities* (✓ yes, ✗ no, ? not published)\n${caps}`),
    section(`*Benchmarks*\n${benches || 'untested: no published scores in the catalog'}`),
  ];
  if (card.costPerTask.length > 0) {
    blocks.push(
      section(
        `*Cost per task*\n${card.costPerTask
          .slice(0, 3)
          .map((t) => `• ${money(t.perTaskUsd)} a task at ${t.score}% — ${esc(t.label)}`)
          .join('\n')}`,
      ),
    );
  }
  if (m.pricing.length > 1) {
    blocks.push(
      section(`*Price history*\n${m.pricing.map((e) => `• ${e.from}: ${perMillion(e.input)} in / ${perMillion(e.output)} out${e.note ? ` — ${esc(e.note)}` : ''}`).join('\n')}`),
    );
  }
  if (m.routes.length > 0) blocks.push(section(`*Also sold on* ${m.routes.map((r) => `${r.platform} (\`${esc(r.id)}\`)`).join(', ')}`));
  blocks.push(...answerActions(ctx, { models: [m.id], volumes: false }));
  blocks.push(
    sourcesContext(
      card.sources.map((s) => ({ what: s.what, url: s.source.url, via: s.source.via ?? null, checked: s.checked })),
      5,
    ),
  );
  return { text: `${m.name} (${m.id}): ${perMillion(p.input)} input, ${perMillion(p.output)} output, ${count(m.contextWindow)}-token context.`, blocks };
}
