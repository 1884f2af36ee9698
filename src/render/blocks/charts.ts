// Native Slack charts (data_visualization blocks) built from answers: monthly cost by volume for a
// comparison, a model's price history, the digest's biggest moves. Each returns undefined when there is
// nothing to draw, and `chartText` gives the numbers it shows for the message's fallback text.
import type { ModelCard } from '../../catalog/card.ts';
import type { ComparisonAnswer } from '../../compare/compare.ts';
import { money, perMillion, tokens } from '../../cost/format.ts';
import type { DigestAnswer } from '../../digest/digest.ts';
import { fieldLabel } from '../../digest/fields.ts';
import { digestSpan, signedPercent } from '../words.ts';
import { chartText, type DataVisualizationBlock, xyChart } from './kit.ts';

/** How a cost row's volume is labelled on a chart: "10M", or "50M (yours)" for the user's own. */
export function volumeLabel(volume: { tokens: number; yours: boolean; asked?: true }): string {
  // Several volumes asked are all the asker's: none is marked.
  return `${tokens(volume.tokens)}${volume.yours && !volume.asked ? ' (yours)' : ''}`;
}

/**
 * A bar chart of each model's monthly cost at 1M, 10M and 100M tokens and at the user's own volume
 * (the comparison's cost rows). A model with no price at some volume is left out of the chart; the
 * table beside it says why.
 */
export function costByVolumeChart(a: ComparisonAnswer): DataVisualizationBlock | undefined {
  const rows = a.rows.filter((r) => r.group === 'cost' && r.volume !== undefined);
  if (rows.length === 0) return undefined;
  return xyChart(
    {
      type: 'bar',
      title: 'Monthly cost by volume (USD)',
      categories: rows.map((r) => volumeLabel(r.volume as { tokens: number; yours: boolean })),
      series: a.models
        .map((id) => ({ name: a.names[id] ?? id, values: rows.map((r) => r.values[id]?.value) }))
        // A model priced at some volumes but not others would draw a misleading gap: all or nothing.
        .filter((s) => s.values.every((v) => typeof v === 'number'))
        .map((s) => ({ name: s.name, values: s.values as number[] })),
      xLabel: 'Tokens a month',
      yLabel: 'USD a month',
    },
    'cost_by_volume',
  );
}

/** The cost chart's numbers as text, in money. */
export function costByVolumeText(chart: DataVisualizationBlock): string {
  return chartText(chart, money);
}

/**
 * A line chart of a model's input and output price per 1M over its dated price entries (the last 20),
 * scheduled changes marked "scheduled". Undefined for a model whose price never changed.
 */
export function priceHistoryChart(card: ModelCard): DataVisualizationBlock | undefined {
  const entries = card.model.pricing.slice(-20);
  if (entries.length < 2) return undefined;
  return xyChart(
    {
      type: 'line',
      title: 'Price history (USD per 1M tokens)',
      categories: entries.map((e) => (e.from > card.asOf ? `${e.from} scheduled` : e.from)),
      series: [
        { name: 'Input per 1M', values: entries.map((e) => e.input) },
        { name: 'Output per 1M', values: entries.map((e) => e.output) },
      ],
      xLabel: 'In force from',
      yLabel: 'USD per 1M tokens',
    },
    'price_history',
  );
}

export function priceHistoryText(chart: DataVisualizationBlock): string {
  return chartText(chart, perMillion);
}

/** A bar chart of the digest's biggest cuts and increases, in percent (cuts below zero). */
export function digestMovesChart(d: DigestAnswer): DataVisualizationBlock | undefined {
  const moves = [...d.cuts, ...d.increases];
  if (moves.length === 0) return undefined;
  return xyChart(
    {
      type: 'bar',
      title: `Biggest price moves ${digestSpan(d)} (% change)`,
      categories: moves.map((c) => `${c.name} ${fieldLabel(c.field)}`),
      series: [{ name: 'Change (%)', values: moves.map((c) => Math.round(c.pct * 1000) / 10) }],
      xLabel: 'Model and price',
      yLabel: '% change',
    },
    'digest_moves',
  );
}

export function digestMovesText(chart: DataVisualizationBlock): string {
  return chartText(chart, (v) => signedPercent(v / 100));
}
