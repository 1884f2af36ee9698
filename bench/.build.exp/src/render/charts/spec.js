import { money, perMillion } from '../../cost/format.js';
import { volumeLabel } from '../blocks/charts.js';
export const PLOT = { width: 900, height: 540 };
const FONT = 'DejaVu Sans';
const LABEL_SIZE = 11;
const labelWidth = (text) => [...text].length * LABEL_SIZE * 0.62;
const LABEL_HEIGHT = LABEL_SIZE + 3;
const config = {
    font: FONT,
    background: 'white',
    view: { stroke: null },
    axis: { labelFont: FONT, titleFont: FONT, labelFontSize: 12, titleFontSize: 13, gridColor: '#e6e6e6' },
    legend: { labelFont: FONT, titleFont: FONT, labelFontSize: 12, titleFontSize: 12, orient: 'bottom', labelLimit: 400 },
    title: { font: FONT, fontSize: 18, subtitleFont: FONT, subtitleFontSize: 12, anchor: 'start' },
};
const overlaps = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
export function placeLabels(points, order, size = PLOT) {
    const dots = points.map((p) => ({ x: p.px - 4, y: p.py - 4, w: 8, h: 8 }));
    const placed = [];
    for (const i of order) {
        const p = points[i];
        if (!p)
            continue;
        const w = labelWidth(p.text);
        const h = LABEL_HEIGHT;
        const candidates = [
            { x: p.px + 7, y: p.py - h / 2, w, h },
            { x: p.px - 7 - w, y: p.py - h / 2, w, h },
            { x: p.px - w / 2, y: p.py - 7 - h, w, h },
            { x: p.px - w / 2, y: p.py + 7, w, h },
        ];
        const free = candidates.find((b) => b.x >= 0 && b.y >= 0 && b.x + b.w <= size.width && b.y + b.h <= size.height && !placed.some((q) => overlaps(q.box, b)) && !dots.some((d, j) => j !== i && overlaps(d, b)));
        if (free)
            placed.push({ index: i, box: free });
    }
    return placed;
}
const HIGHLIGHT = 'Cheapest in its quality band';
const OTHER = 'Other models';
export function priceVsScoreSpec(a) {
    const prices = a.points.map((p) => p.blendedPerMillion);
    const scores = a.points.map((p) => p.score);
    const x0 = Math.min(...prices) / 1.6;
    const x1 = Math.max(...prices) * 1.6;
    const pad = Math.max(1, (Math.max(...scores) - Math.min(...scores)) * 0.08);
    const y0 = Math.min(...scores) - pad;
    const y1 = Math.max(...scores) + pad;
    const lx = (v) => (PLOT.width * (Math.log(v) - Math.log(x0))) / (Math.log(x1) - Math.log(x0));
    const ly = (v) => PLOT.height * (1 - (v - y0) / (y1 - y0));
    const fromPx = (px, py) => ({
        x: Math.exp(Math.log(x0) + (px / PLOT.width) * (Math.log(x1) - Math.log(x0))),
        y: y0 + (1 - py / PLOT.height) * (y1 - y0),
    });
    const located = a.points.map((p) => ({ px: lx(p.blendedPerMillion), py: ly(p.score), text: p.name }));
    const order = a.points
        .map((p, i) => ({ p, i }))
        .sort((m, n) => Number(n.p.cheapestInBand) - Number(m.p.cheapestInBand) || n.p.score - m.p.score)
        .map((m) => m.i);
    const labels = placeLabels(located, order).map((l) => {
        const at = fromPx(l.box.x, l.box.y + l.box.h / 2);
        const p = a.points[l.index];
        return { label: p?.name ?? '', lx: at.x, ly: at.y, kind: p?.cheapestInBand ? HIGHLIGHT : OTHER };
    });
    const values = a.points.map((p) => ({ ...p, kind: p.cheapestInBand ? HIGHLIGHT : OTHER, price: perMillion(p.blendedPerMillion) }));
    const unit = a.unit === 'percent' ? '%' : '';
    const title = `Price against ${a.benchmarkName}`;
    const color = { field: 'kind', type: 'nominal', title: null, scale: { domain: [HIGHLIGHT, OTHER], range: ['#d62728', '#7f8fa6'] } };
    const spec = {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        title: {
            text: title,
            subtitle: [
                `${a.points.length} models with a score${a.proxy ? ' (a proxy for the lane)' : ''}; USD per 1M tokens blended at ${a.assumptions.mix.input}:${a.assumptions.mix.output} input:output, prices of ${a.assumptions.asOf}.`,
                `${a.unscored} priced models have no score and are not shown. Dashed lines divide five quality bands.`,
            ],
        },
        width: PLOT.width,
        height: PLOT.height,
        config,
        layer: [
            {
                data: { values: a.bands.slice(1).map((b) => ({ y: b.from })) },
                mark: { type: 'rule', strokeDash: [4, 4], color: '#bbbbbb' },
                encoding: { y: { field: 'y', type: 'quantitative', scale: { domain: [y0, y1], nice: false, zero: false } } },
            },
            {
                data: { values },
                mark: { type: 'point', filled: true, opacity: 0.9 },
                encoding: {
                    x: { field: 'blendedPerMillion', type: 'quantitative', title: 'Blended price, USD per 1M tokens (log scale)', scale: { type: 'log', domain: [x0, x1], nice: false } },
                    y: { field: 'score', type: 'quantitative', title: `${a.benchmarkName}${unit ? ' (%)' : ''}`, scale: { domain: [y0, y1], nice: false, zero: false } },
                    color,
                    size: { condition: { test: `datum.kind === '${HIGHLIGHT}'`, value: 110 }, value: 45 },
                    tooltip: [{ field: 'name' }, { field: 'price' }, { field: 'score' }],
                },
            },
            {
                data: { values: labels },
                mark: { type: 'text', align: 'left', baseline: 'middle', fontSize: LABEL_SIZE, font: FONT },
                encoding: {
                    x: { field: 'lx', type: 'quantitative', scale: { type: 'log', domain: [x0, x1], nice: false } },
                    y: { field: 'ly', type: 'quantitative', scale: { domain: [y0, y1], nice: false, zero: false } },
                    text: { field: 'label' },
                    color: { condition: { test: `datum.kind === '${HIGHLIGHT}'`, value: '#d62728' }, value: '#55607a' },
                },
            },
        ],
    };
    const best = a.bands
        .map((b) => a.points.find((p) => p.model === b.cheapest))
        .filter((p) => p !== undefined)
        .map((p) => `${p.name} ${perMillion(p.blendedPerMillion)} at ${p.score}${unit}`);
    const alt = `${title}: ${a.points.length} models. Cheapest in each quality band, lowest band first: ${best.join('; ') || 'none'}.`;
    return { spec, title, alt };
}
export function costSpec(a) {
    const rows = a.rows.filter((r) => r.group === 'cost' && r.volume);
    const volumes = rows.map((r) => volumeLabel(r.volume));
    const values = rows.flatMap((r, i) => a.models.flatMap((id) => {
        const usd = r.values[id]?.value;
        return typeof usd === 'number' ? [{ volume: volumes[i], model: a.names[id] ?? id, usd, label: money(usd) }] : [];
    }));
    const title = 'Monthly cost by volume';
    const spec = {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        title: { text: title, subtitle: a.assumptions.text.slice(0, 2).join(' ') },
        width: PLOT.width,
        height: 420,
        config,
        data: { values },
        encoding: {
            x: { field: 'volume', type: 'nominal', sort: volumes, title: 'Tokens a month', axis: { labelAngle: 0 } },
            xOffset: { field: 'model', type: 'nominal' },
            y: { field: 'usd', type: 'quantitative', title: 'USD a month' },
            color: { field: 'model', type: 'nominal', title: null },
        },
        layer: [{ mark: { type: 'bar' } }, { mark: { type: 'text', dy: -7, fontSize: 11, font: FONT }, encoding: { text: { field: 'label' }, color: { value: '#333333' } } }],
    };
    const alt = `${title}: ${a.models
        .map((id) => `${a.names[id] ?? id}: ${values
        .filter((v) => v.model === (a.names[id] ?? id))
        .map((v) => `${v.volume} ${v.label}`)
        .join(', ')}`)
        .join('; ')}.`;
    return { spec, title, alt };
}
export function historySpec(card) {
    const entries = card.model.pricing;
    const values = entries.flatMap((e) => {
        const scheduled = e.from > card.asOf ? 'scheduled' : 'in force';
        return [
            { date: e.from, series: 'Input', usd: e.input, scheduled, label: perMillion(e.input) },
            { date: e.from, series: 'Output', usd: e.output, scheduled, label: perMillion(e.output) },
        ];
    });
    const title = `${card.model.name}: price history`;
    const spec = {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        title: { text: title, subtitle: `USD per 1M tokens, from each dated price entry; hollow points are scheduled changes (as of ${card.asOf}).` },
        width: PLOT.width,
        height: 420,
        config,
        data: { values },
        encoding: {
            x: { field: 'date', type: 'temporal', title: 'In force from', axis: { format: '%Y-%m-%d', labelAngle: 0 } },
            y: { field: 'usd', type: 'quantitative', title: 'USD per 1M tokens' },
            color: { field: 'series', type: 'nominal', title: null },
        },
        layer: [
            { mark: { type: 'line', interpolate: 'step-after' } },
            {
                mark: { type: 'point', size: 80 },
                encoding: { fill: { condition: { test: "datum.scheduled === 'scheduled'", value: 'white' }, field: 'series', type: 'nominal', legend: null } },
            },
            { mark: { type: 'text', dy: -10, fontSize: 11, font: FONT }, encoding: { text: { field: 'label' } } },
        ],
    };
    const alt = `${title} (USD per 1M tokens): ${entries.map((e) => `${e.from}${e.from > card.asOf ? ' (scheduled)' : ''}: ${perMillion(e.input)} input, ${perMillion(e.output)} output`).join('; ')}.`;
    return { spec, title, alt };
}
//# sourceMappingURL=spec.js.map