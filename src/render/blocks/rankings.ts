import type { CheapestAnswer, Ranked } from '../../cost/rank.ts';
import type { BestAnswer, LanePicksAnswer, LanesAnswer } from '../../lanes/best.ts';
import { money, percent, perMillion, tokens } from '../../cost/format.ts';
import { clip, context, dataTable, esc, header, section, table, type Block, type SlackMessage } from './kit.ts';
import { answerActions, type RenderContext } from './actions.ts';
import { assumptionsLine, lanesLines, sourcesContext } from './common.ts';
import {
  bestTitle,
  lanePicksTitle,
  lanePickWhy,
  ONE_LANE_IN_FULL,
  placedLine,
  costColumn,
  nonePassesLine,
  pastLastPickLine,
  placesWords,
  spreadLine,
  noneQualifiesLine,
  RANKING_WORDS,
  rankedAtWords,
  rankingLead,
  referenceMonth,
  spanColumns,
  strongestLine,
  termChangesLine,
  untestedLine,
} from '../words.ts';

/** A table cell: sortable by its number when it has one. */
const cellOf = (value: number | null, text: string) => (value === null ? text : { number: value, text });

/** Where a ranked price is bought, in words: the provider's own API, or the host and its id ("Groq: openai/gpt-oss-20b"). */
export function routeWords(r: Ranked): string {
  const own = r.route.host === r.provider;
  const where = own ? `${r.route.name} API` : `${r.route.name}${r.route.id && r.route.id !== r.model ? `: ${r.route.id}` : ''}`;
  return `${where}${r.route.free ? ' (free)' : ''}`;
}

export function cheapestBlocks(a: CheapestAnswer, ctx: RenderContext): SlackMessage {
  const { column } = RANKING_WORDS[a.order];
  const lead = rankingLead(a);
  // The table always has a Context column: ranked by context, it is the order's own.
  const extra = a.order === 'context' ? undefined : column;
  const ref = a.reference;
  const pricedAt = rankedAtWords(a);
  const title = `${
    ref
      ? `Instead of ${ref.name}, at ${pricedAt}`
      : a.order === 'price' && !a.filters.eachProvider
        ? `Cheapest for ${pricedAt}`
        : `${lead}${a.filters.flagships ? '' : ' models'}, priced at ${pricedAt}`
  }${placesWords(a.firstPlace, a.ranking.length)}`;
  const costTitle = costColumn(a);
  const blocks: Block[] = [header(title)];
  if (a.placed) blocks.push(section(esc(placedLine(a.placed))));
  const spread = spreadLine(a);
  if (spread) blocks.push(section(esc(spread)));
  const spans = spanColumns(a.ranking);
  if (a.ranking.length === 0) {
    blocks.push(section(esc(nonePassesLine(a))));
  } else {
    blocks.push(
      dataTable(
        `${title}${a.firstPlace === 1 ? `: the top ${a.ranking.length}` : ''} of ${a.eligible}, sortable by ${extra ? `${extra.title.toLowerCase()}, ` : ''}${costTitle === 'Monthly' ? 'monthly cost' : 'cost'}, price per 1M or context`,
        ['#', 'Model', ...(extra ? [extra.title] : []), costTitle, ...spans.map((c) => c.title), 'Per 1M', 'Context', 'Priced at', 'Why it qualifies'],
        a.ranking.map((r, i) => [
          { number: a.firstPlace + i, text: String(a.firstPlace + i) },
          r.name,
          ...(extra ? [cellOf(extra.value(r), extra.text(r))] : []),
          { number: r.monthlyUsd, text: money(r.monthlyUsd) },
          ...spans.map((c) => ({ number: c.usd(r), text: money(c.usd(r)) })),
          { number: r.blendedPerMillion, text: perMillion(r.blendedPerMillion) },
          { number: r.contextWindow, text: tokens(r.contextWindow) },
          routeWords(r),
          [...r.why, ...r.notes].join('; '),
        ]),
      ),
    );
  }
  const excluded = a.excluded.filter((e) => e.count > 0).map((e) => `${e.count} ${esc(e.label)}`);
  blocks.push(
    section(
      [
        ref
          ? `${esc(ref.name)} itself: ${referenceMonth(ref.monthlyUsd)}; the models below have its capabilities, inputs and context${a.filters.likeShare !== undefined ? `, for at most ${percent(a.filters.likeShare, 2)} of its price` : a.filters.cheaperThanLike ? ', for less' : a.filters.noDearerThanLike ? ', for no more' : ''}.`
          : '',
        `${a.eligible} of ${a.considered} models pass the filters${a.firstPlace > 1 && a.ranking.length > 0 ? `; showing ${placesWords(a.firstPlace, a.ranking.length).slice(2)}` : a.ranking.length < a.eligible ? `; showing the top ${a.ranking.length}` : ''}.`,
        excluded.length > 0 ? `Excluded: ${excluded.join('; ')}.` : '',
        a.unpriced.length > 0 ? `No price for this profile: ${a.unpriced.length} (${esc(a.unpriced[0]?.reason ?? '')}${a.unpriced.length > 1 ? ', …' : ''}).` : '',
        esc(termChangesLine(a.ranking)),
        `Ties: ${a.tieBreak}.`,
      ]
        .filter((x) => x !== '')
        .join('\n'),
    ),
  );
  blocks.push(...answerActions(ctx, { models: [], volumes: a.per === undefined && a.forCount === undefined }));
  blocks.push(context([assumptionsLine(a.assumptions)]), sourcesContext(a.sources));
  const top = a.ranking
    .slice(0, 3)
    .map((r) => `${r.name} ${column ? `${column.inWords(r)}, ` : ''}${money(r.monthlyUsd)} (${routeWords(r)})`)
    .join(', ');
  return {
    text: clip(
      `${a.placed ? `${placedLine(a.placed)} ` : ''}${spread ? `${spread} ` : ''}${title}: ${top || (a.eligible > 0 ? `only ${a.eligible} pass the filters, none at #${a.firstPlace}` : 'no model passes the filters')}.`,
      1000,
    ),
    blocks,
  };
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
  const blocks: Block[] = [header(`${bestTitle(a)}${placesWords(a.firstPlace, a.picks.length)}`), section(esc(a.description))];
  if (a.placed) blocks.push(section(esc(placedLine(a.placed))));
  if (a.picks.length === 0) {
    blocks.push(section(esc(a.picked > 0 ? pastLastPickLine(a) : noneQualifiesLine(a))));
  } else {
    // Evidence-led lanes rank on strength (a share of the catalog's best); price-led ones on the monthly cost.
    const strength = a.picks.some((p) => p.strength !== null);
    blocks.push(
      dataTable(
        `${bestTitle(a)}: ${a.firstPlace === 1 ? `${a.picks.length} picks` : placesWords(a.firstPlace, a.picks.length).slice(2)}, sortable by ${strength ? 'strength, ' : ''}scores or monthly cost`,
        ['#', 'Model', ...(strength ? ['Strength'] : []), 'Scores', 'Monthly', 'Evidence', 'Why'],
        a.picks.map((p, i) => [
          { number: a.firstPlace + i, text: String(a.firstPlace + i) },
          p.name,
          ...(strength ? [p.strength === null ? 'untested' : { number: Math.round(p.strength * 1000) / 10, text: percent(p.strength) }] : []),
          { number: p.scores, text: String(p.scores) },
          p.monthlyUsd === null ? p.price : { number: p.monthlyUsd, text: money(p.monthlyUsd) },
          p.evidence.map((e) => `${e.name} ${e.text}${e.proxy ? ' (proxy)' : ''}${e.reportedBy === 'vendor' ? ' (vendor-reported)' : ''}`).join('; ') || 'none',
          p.why,
        ]),
      ),
    );
  }
  blocks.push(
    section(
      [
        esc(strongestLine(a) ?? ''),
        `Rule: ${esc(a.rule)}.`,
        a.excluded.length > 0 ? `Excluded: ${a.excluded.map((e) => `${e.count} ${esc(e.label)}`).join('; ')}.` : '',
        a.untested > 0 ? untestedLine(a.untested) : '',
      ]
        .filter(Boolean)
        .join('\n'),
    ),
  );
  blocks.push(...answerActions(ctx, { models: [], volumes: false }));
  blocks.push(context([assumptionsLine(a.assumptions)]), sourcesContext(a.sources));
  return { text: clip(`${a.placed ? `${placedLine(a.placed)} ` : ''}${bestTitle(a)}: ${a.picks.map((p) => p.name).join(', ') || 'none qualifies'}.`, 1000), blocks };
}

/** Each lane's first pick, one row per lane, sortable by monthly cost. */
export function lanePicksBlocks(a: LanePicksAnswer): SlackMessage {
  const title = lanePicksTitle(a);
  const blocks: Block[] = [
    header(title),
    dataTable(
      `${title}: ${a.lanes.length} lanes, sortable by monthly cost`,
      ['Lane', 'Pick', 'Monthly', 'Why'],
      a.lanes.map((row) => [
        row.name,
        row.pick?.name ?? '—',
        row.pick ? (row.pick.monthlyUsd === null ? row.pick.price : { number: row.pick.monthlyUsd, text: money(row.pick.monthlyUsd) }) : '—',
        lanePickWhy(row),
      ]),
      20,
    ),
    context([ONE_LANE_IN_FULL, assumptionsLine(a.assumptions)]),
    sourcesContext(a.sources),
  ];
  const picks = a.lanes.map((row) => `${row.name}: ${row.pick?.name ?? 'none'}`).join('; ');
  return { text: clip(`${title} — ${picks}.`, 1000), blocks };
}
