import { money, perMillion, tokens } from '../../cost/format.js';
import { fieldLabel } from '../../digest/fields.js';
import { digestSpan, signedPercent } from '../words.js';
import { chartText, xyChart } from './kit.js';
export function volumeLabel(volume) {
    return `${tokens(volume.tokens)}${volume.yours && !volume.asked ? ' (yours)' : ''}`;
}
export function costByVolumeChart(a) {
    const rows = a.rows.filter((r) => r.group === 'cost' && r.volume !== undefined);
    if (rows.length === 0)
        return undefined;
    return xyChart({
        type: 'bar',
        title: 'Monthly cost by volume (USD)',
        categories: rows.map((r) => volumeLabel(r.volume)),
        series: a.models
            .map((id) => ({ name: a.names[id] ?? id, values: rows.map((r) => r.values[id]?.value) }))
            .filter((s) => s.values.every((v) => typeof v === 'number'))
            .map((s) => ({ name: s.name, values: s.values })),
        xLabel: 'Tokens a month',
        yLabel: 'USD a month',
    }, 'cost_by_volume');
}
export function costByVolumeText(chart) {
    return chartText(chart, money);
}
export function priceHistoryChart(card) {
    const entries = card.model.pricing.slice(-20);
    if (entries.length < 2)
        return undefined;
    return xyChart({
        type: 'line',
        title: 'Price history (USD per 1M tokens)',
        categories: entries.map((e) => (e.from > card.asOf ? `${e.from} scheduled` : e.from)),
        series: [
            { name: 'Input per 1M', values: entries.map((e) => e.input) },
            { name: 'Output per 1M', values: entries.map((e) => e.output) },
        ],
        xLabel: 'In force from',
        yLabel: 'USD per 1M tokens',
    }, 'price_history');
}
export function priceHistoryText(chart) {
    return chartText(chart, perMillion);
}
export function digestMovesChart(d) {
    const moves = [...d.cuts, ...d.increases];
    if (moves.length === 0)
        return undefined;
    return xyChart({
        type: 'bar',
        title: `Biggest price moves ${digestSpan(d)} (% change)`,
        categories: moves.map((c) => `${c.name} ${fieldLabel(c.field)}`),
        series: [{ name: 'Change (%)', values: moves.map((c) => Math.round(c.pct * 1000) / 10) }],
        xLabel: 'Model and price',
        yLabel: '% change',
    }, 'digest_moves');
}
export function digestMovesText(chart) {
    return chartText(chart, (v) => signedPercent(v / 100));
}
//# sourceMappingURL=charts.js.map