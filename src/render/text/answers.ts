// Terminal text for the core answers: cost, comparison, upgrade, cheapest, lanes, best.
import type { SourceRef } from '../../catalog/sources.ts';
import type { Assumptions } from '../../cost/assumptions.ts';
import type { CostAnswer } from '../../cost/quote.ts';
import type { BillAnswer } from '../../cost/bill.ts';
import type { CheapestAnswer } from '../../cost/rank.ts';
import type { ComparisonAnswer, UpgradeAnswer } from '../../compare/compare.ts';
import { leads, type Row } from '../../compare/rows.ts';
import type { BestAnswer, LanePicksAnswer, LanesAnswer } from '../../lanes/best.ts';
import type { LaneVerdicts } from '../../lanes/verdicts.ts';
import { count, money, percent, perMillion, perUnit, tokens } from '../../cost/format.ts';
import {
  againstNoCaching,
  lanePicksTitle,
  lanePickWhy,
  ONE_LANE_IN_FULL,
  billColumns,
  billAgainstLine,
  billHeadline,
  billRows,
  againstStandard,
  againstBudget,
  budgetBuys,
  costColumn,
  costWords,
  NO_SOURCES,
  nonePassesLine,
  pastLastPickLine,
  placesWords,
  spreadLine,
  perPersonLine,
  volumeCosts,
  bestTitle,
  placedLine,
  noneQualifiesLine,
  priceListLine,
  RANKING_WORDS,
  rankingLead,
  referenceMonth,
  spanAmounts,
  spanColumns,
  termChangesLine,
  untestedLine,
  crossoverLine,
  strongestLine,
} from '../words.ts';
import { table } from './table.ts';
import { inSentence } from '../../ask/sentence.ts';

export function assumptionsText(a: Assumptions): string {
  return `Assumptions: ${a.text.join('; ')}.`;
}

export function sourcesText(sources: SourceRef[], limit = 8): string {
  if (sources.length === 0) return `Sources: ${NO_SOURCES}`;
  const shown = sources.slice(0, limit).map((s) => `  ${s.what}: ${s.url}${s.via ? ` via ${s.via}` : ''} (checked ${s.checked})`);
  const more = sources.length - shown.length;
  return ['Sources:', ...shown, ...(more > 0 ? [`  … and ${more} more (use --json for all)`] : [])].join('\n');
}

/** A month split across models: the total, then each part. */
export function billText(a: BillAnswer): string {
  const against = billAgainstLine(a);
  return [
    `${billHeadline(a)}.`,
    ...(against ? [against] : []),
    '',
    table(billColumns(a), billRows(a), { indent: '  ' }),
    '',
    assumptionsText(a.assumptions),
    sourcesText(a.sources),
  ].join('\n');
}

export function costText(a: CostAnswer): string {
  const published = `Published prices (in force since ${a.prices.from}): ${priceListLine(a.prices, a.unit)}.`;
  if (a.monthlyUsd === null)
    return [`${a.name} (${a.model}): no price for this profile — ${a.refusal}.`, published, '', assumptionsText(a.assumptions), sourcesText(a.sources)].join('\n');
  const { amount, span } = costWords(a);
  const blended = `${perUnit(a.blendedPerMillion ?? 0, a.unit)} blended`;
  const bought = budgetBuys(a);
  const volumes = volumeCosts(a);
  const lines = [
    volumes
      ? `${a.name} (${a.model}): ${volumes}.`
      : bought
        ? `${a.name} (${a.model}): ${bought} (${blended}).`
        : `${a.name} (${a.model}): ${spanAmounts(a) ? `${spanAmounts(a)} (${amount(a.monthlyUsd)} ${span}; ${blended})` : `${amount(a.monthlyUsd)} ${span} (${blended})`}.`,
    ...[againstBudget(a), perPersonLine(a)].filter((line): line is string => line !== undefined),
    published,
    '',
    ...(volumes ? [`Breakdown at ${tokens(a.tokens)} tokens:`] : []),
    table(
      ['Part', 'Tokens', 'Rate', 'Cost'],
      a.breakdown.map((l) => [l.part, count(Math.round(l.tokens)), perUnit(l.rate, a.unit), amount(l.usd)]),
      { indent: '  ' },
    ),
  ];
  if (a.rates?.basis && a.rates.basis !== 'standard') lines.push(`  Prices: ${a.rates.basis}.`);
  for (const against of [againstStandard(a), againstNoCaching(a)]) if (against) lines.push(`  ${against}`);
  for (const n of a.notes) lines.push(`  Note: ${n}.`);
  lines.push('', assumptionsText(a.assumptions), sourcesText(a.sources));
  return lines.join('\n');
}

/** The Winner column: the model, the models tied for the best figure, "tie" when all share it, — when none can be named. */
function winnerCell(r: Row, names: Record<string, string>): string {
  if (r.sharedBy) return `${r.sharedBy.map((id) => names[id] ?? id).join(' = ')} (tie)`;
  return r.winner === null ? '—' : r.winner === 'tie' ? 'tie' : (names[r.winner] ?? r.winner);
}

export function comparisonText(a: ComparisonAnswer): string {
  const header = ['', ...a.models.map((id) => a.names[id] ?? id), 'Winner'];
  const rows = a.rows.map((r) => [r.label, ...a.models.map((id) => `${r.values[id]?.text ?? ''}${leads(r, id) ? ' ✓' : ''}`), winnerCell(r, a.names)]);
  const focus = a.lanes.find((l) => l.lane === a.focus);
  const lines = [`${a.models.map((id) => a.names[id] ?? id).join(' vs ')}`, ''];
  if (focus) lines.push(`For ${inSentence(focus.name)}: ${a.models.map((id) => `${a.names[id] ?? id} ${focus.verdicts[id] ?? 'no'}`).join(' · ')} — ${focus.reason}`, '');
  const flips = crossoverLine(a);
  lines.push(table(header, rows), '', 'Verdict:', ...a.verdict.map((v) => `  ${v}`), ...(flips ? [`  ${flips}`] : []));
  for (const s of a.switch) {
    lines.push('', `Switching from ${s.from} to ${s.to}:`, ...s.summary.map((x) => `  ${x}`));
  }
  lines.push('', lanesTable(a.models, a.lanes));
  if (a.lanesForNeither.length > 0) lines.push(`For neither: ${a.lanesForNeither.join(', ')}.`);
  lines.push('', assumptionsText(a.assumptions), sourcesText(a.sources));
  return lines.join('\n');
}

function lanesTable(models: string[], lanes: LaneVerdicts[]): string {
  return table(
    ['Lane', ...models, 'Why'],
    lanes.map((l) => [l.name, ...models.map((id) => l.verdicts[id] ?? ''), l.reason]),
  );
}

export function upgradeText(a: UpgradeAnswer): string {
  const lines = [`Moving from ${a.from} to ${a.to}`, ''];
  const focus = a.lanes.find((l) => l.lane === a.comparison.focus);
  if (focus) lines.push(`For ${inSentence(focus.name)}: ${focus.verdicts[a.from] ?? 'no'} → ${focus.verdicts[a.to] ?? 'no'} — ${focus.reason}`, '');
  lines.push('Gains:', ...(a.gains.length > 0 ? a.gains.map((g) => `  ${g.row}: ${g.from} → ${g.to}`) : ['  none on the compared rows']));
  lines.push('Losses:', ...(a.losses.length > 0 ? a.losses.map((g) => `  ${g.row}: ${g.from} → ${g.to}`) : ['  none on the compared rows']));
  const flips = crossoverLine(a.comparison);
  // Where the cheaper of the two changes is said under the cost it qualifies.
  const [cost, ...rest] = a.friction.summary;
  lines.push('Friction:', ...[...(cost ? [cost] : []), ...(flips ? [flips] : []), ...rest].map((x) => `  ${x}`));
  const changed = a.lanes.filter((l) => l !== focus);
  if (changed.length > 0) lines.push('', 'Lanes where the verdict changes:', ...changed.map((l) => `  ${l.name}: ${l.verdicts[a.from] ?? 'no'} → ${l.verdicts[a.to] ?? 'no'}`));
  lines.push('', assumptionsText(a.comparison.assumptions), sourcesText(a.comparison.sources));
  return lines.join('\n');
}

/**
 * A ranked model as the ranking names it: its id, and the host it is priced at when that is not its provider's own
 * API ("llama-4-maverick via Groq"), marked when the endpoint is free (not a price).
 */
function rankedModel(r: CheapestAnswer['ranking'][number]): string {
  const hosted = r.route.host !== r.provider;
  const at = hosted ? ` via ${r.route.name}` : '';
  return `${r.model}${at}${r.route.free ? ' (free)' : ''}`;
}

export function cheapestText(a: CheapestAnswer): string {
  const lines: string[] = [];
  if (a.ranking.length === 0) {
    lines.push(nonePassesLine(a));
  } else {
    const { column } = RANKING_WORDS[a.order];
    const lead = rankingLead(a);
    const ref = a.reference;
    const spans = spanColumns(a.ranking);
    lines.push(
      ref
        ? `Instead of ${ref.name} (${referenceMonth(ref.monthlyUsd)}): the ${lead.charAt(0).toLowerCase()}${lead.slice(1)} of ${a.eligible} model${a.eligible === 1 ? '' : 's'} that can stand in for it${a.filters.likeShare !== undefined ? ` for at most ${percent(a.filters.likeShare, 2)} of its price` : a.filters.cheaperThanLike ? ' for less' : a.filters.noDearerThanLike ? ' for no more' : ''} (of ${a.considered}):`
        : a.filters.eachProvider
          ? `${lead}: ${providersShown(a)} provider${providersShown(a) === 1 ? '' : 's'}, of ${a.eligible} eligible models (of ${a.considered}):`
          : `${lead} of ${a.eligible} eligible models (of ${a.considered})${placesWords(a.firstPlace, a.ranking.length)}:`,
      '',
    );
    lines.push(
      table(
        ['#', 'Model', ...(column ? [column.title] : []), costColumn(a), ...spans.map((c) => c.title), 'Blended', 'Why it qualifies'],
        a.ranking.map((r, i) => [
          String(a.firstPlace + i),
          rankedModel(r),
          ...(column ? [column.text(r)] : []),
          money(r.monthlyUsd),
          ...spans.map((c) => money(c.usd(r))),
          perMillion(r.blendedPerMillion),
          [...r.why, ...r.notes].join('; '),
        ]),
      ),
    );
  }
  const spread = spreadLine(a);
  if (spread) lines.splice(1, 0, spread);
  if (a.placed) lines.unshift(placedLine(a.placed), '');
  const excluded = a.excluded.filter((e) => e.count > 0);
  if (excluded.length > 0) lines.push('', `Excluded: ${excluded.map((e) => `${e.count} ${e.label}`).join('; ')}.`);
  if (a.unpriced.length > 0)
    lines.push(
      `No price for this profile: ${a.unpriced.length} model${a.unpriced.length === 1 ? '' : 's'} (${a.unpriced
        .slice(0, 3)
        .map((u) => u.reason)
        .join('; ')}${a.unpriced.length > 3 ? '; …' : ''}).`,
    );
  const changes = termChangesLine(a.ranking);
  if (changes) lines.push(changes);
  lines.push(`Ties: ${a.tieBreak}.`, assumptionsText(a.assumptions), sourcesText(a.sources, 4));
  return lines.join('\n');
}

export function lanesText(a: LanesAnswer): string {
  return [lanesTable(a.models, a.lanes), '', assumptionsText(a.assumptions), sourcesText(a.sources)].join('\n');
}

export function bestText(a: BestAnswer): string {
  const lines = [`${bestTitle(a)} (${a.lane})${placesWords(a.firstPlace, a.picks.length)}: ${a.description}`, ''];
  if (a.placed) lines.push(placedLine(a.placed), '');
  if (a.picks.length === 0) lines.push(a.picked > 0 ? pastLastPickLine(a) : noneQualifiesLine(a));
  else
    lines.push(
      table(
        ['#', 'Model', 'Why'],
        a.picks.map((p, i) => [String(a.firstPlace + i), p.model, p.why]),
      ),
    );
  const strongest = strongestLine(a);
  lines.push('', ...(strongest ? [strongest] : []), `Rule: ${a.rule}.`);
  if (a.excluded.length > 0) lines.push(`Excluded: ${a.excluded.map((e) => `${e.count} ${e.label}`).join('; ')}.`);
  if (a.untested > 0) lines.push(untestedLine(a.untested));
  lines.push(assumptionsText(a.assumptions), sourcesText(a.sources, 6));
  return lines.join('\n');
}

/** Each lane's first pick, one row per lane. */
export function lanePicksText(a: LanePicksAnswer): string {
  return [
    `${lanePicksTitle(a)}:`,
    '',
    table(
      ['Lane', 'Pick', 'Monthly', 'Why'],
      a.lanes.map((row) => [
        `${row.name} (${row.lane})`,
        row.pick?.model ?? '—',
        row.pick ? (row.pick.monthlyUsd === null ? row.pick.price : money(row.pick.monthlyUsd)) : '—',
        lanePickWhy(row),
      ]),
    ),
    '',
    ONE_LANE_IN_FULL,
    assumptionsText(a.assumptions),
    sourcesText(a.sources, 8),
  ].join('\n');
}

/** How many providers a ranking from each provider shows. */
function providersShown(a: CheapestAnswer): number {
  return new Set(a.ranking.map((r) => r.provider)).size;
}
