import { leads, volumeWords } from '../../compare/rows.js';
import { clip, context, esc, header, section, table } from './kit.js';
import { answerActions } from './actions.js';
import { assumptionsLine, lanesLines, sourcesContext, VERDICT_MARK } from './common.js';
import { spanWords } from '../../cost/span.js';
import { inSentence } from '../../ask/sentence.js';
import { costByVolumeChart, costByVolumeText } from './charts.js';
function tableRows(a) {
    return a.rows.filter((r) => r.key !== 'license' && a.models.some((id) => r.values[id]?.value !== null));
}
const DECIDING = new Set(['price.input', 'price.output', 'price.blended', 'cost.volume', 'cost.day', 'cost.year', 'contextWindow']);
function decidingRows(a, benchmarks, volumes = Number.POSITIVE_INFINITY) {
    const yours = (r) => r.volume?.yours === true || r.volume?.asked === true;
    const shared = (r) => r.group === 'benchmarks' && a.models.filter((id) => typeof r.values[id]?.value === 'number').length >= 2;
    const later = new Set(a.rows.filter((r) => r.volume?.asked).slice(volumes));
    return [...a.rows.filter((r) => (DECIDING.has(r.key) || yours(r)) && !later.has(r)), ...a.rows.filter(shared).slice(0, benchmarks)];
}
function rowsTable(a, rows, names) {
    return table(['', ...names], rows.map((r) => [r.label, ...a.models.map((id) => `${r.values[id]?.text ?? ''}${leads(r, id) ? ' ✓' : ''}`)]), ['left', ...a.models.map(() => 'right')]);
}
function focusLine(a) {
    const lane = a.lanes.find((l) => l.lane === a.focus);
    if (!lane)
        return undefined;
    return `*For ${esc(inSentence(lane.name))}:* ${a.models.map((id) => `${esc(a.names[id] ?? id)} ${VERDICT_MARK[lane.verdicts[id] ?? 'no'] ?? ''}`).join(' · ')}\n${esc(clip(lane.reason, 400))}`;
}
function differingLanes(a) {
    return a.lanes.filter((l) => l.lane !== a.focus && new Set(a.models.map((id) => l.verdicts[id])).size > 1);
}
function notificationText(a, names) {
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
export const BRIEF_MESSAGE_BYTES = 3950;
const BRIEF_STEPS = [
    { lanes: 3, benchmarks: 1 },
    { lanes: 2, benchmarks: 0 },
    { lanes: 1, benchmarks: 0 },
    { lanes: 0, benchmarks: 0 },
    { lanes: 0, benchmarks: 0, chart: false },
    { lanes: 0, benchmarks: 0, chart: false, volumes: 3 },
];
function jsonLength(text, blocks, measured) {
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
function briefMessage(a, ctx, names, room) {
    const chart = costByVolumeChart(a);
    const text = chart ? `${notificationText(a, names)}\n${costByVolumeText(chart)}` : notificationText(a, names);
    const differ = differingLanes(a);
    const agree = a.lanes.length - differ.length - (a.focus ? 1 : 0);
    const focus = focusLine(a);
    const head = [header(names.join(' vs '))];
    if (focus)
        head.push(section(focus));
    head.push(section(a.verdict.map((v) => esc(v)).join('\n')));
    const tail = [...answerActions(ctx, { models: a.models, volumes: true, full: true }), context([assumptionsLine(a.assumptions)]), sourcesContext(a.sources, 1)];
    const tables = new Map();
    const tableWith = (benchmarks, volumes = Number.POSITIVE_INFINITY) => {
        let block = tables.get(`${benchmarks}:${volumes}`);
        if (!block) {
            block = rowsTable(a, decidingRows(a, benchmarks, volumes), names);
            tables.set(`${benchmarks}:${volumes}`, block);
        }
        return block;
    };
    const asked = a.rows.filter((r) => r.volume?.asked).length;
    const lanesSection = (shown) => {
        const lanes = differ.length === 0
            ? '*Lanes:* the same verdict on every lane that applies.'
            : shown === 0
                ? `*Lanes:* they differ on ${differ.length}`
                : `*Where they differ*\n${lanesLines(a.models, a.names, differ.slice(0, shown))}`;
        const more = [differ.length > shown && shown > 0 ? `${differ.length - shown} more differ` : '', agree > 0 && differ.length > 0 ? `${agree} agree` : '']
            .filter(Boolean)
            .join('; ');
        return section(`${lanes}${more ? `\n_${more}: see the full comparison._` : shown === 0 && differ.length > 0 ? ': see the full comparison.' : ''}`);
    };
    const measured = new Map();
    let message = { text, blocks: [] };
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
        if (jsonLength(message.text, blocks, measured) <= room)
            break;
    }
    return message;
}
function fullMessage(a, ctx, names) {
    const chart = costByVolumeChart(a);
    const shown = tableRows(a);
    const hidden = a.rows.length - shown.length - 1;
    const focus = focusLine(a);
    const blocks = [header(names.join(' vs '))];
    if (focus)
        blocks.push(section(focus));
    blocks.push(section(a.verdict.map((v) => esc(v)).join('\n')), rowsTable(a, shown, names));
    if (chart)
        blocks.push(chart);
    if (hidden > 0)
        blocks.push(context([
            `✓ marks the winner of a row (or the models tied for it). ${hidden} rows where no model has a published figure are left out of the table; \`/models model <name>\` shows every field.`,
        ]));
    for (const s of a.switch) {
        blocks.push(section(`*Switching from ${esc(a.names[s.from] ?? s.from)} to ${esc(a.names[s.to] ?? s.to)}*\n${s.summary
            .slice(0, 8)
            .map((x) => `• ${esc(x)}`)
            .join('\n')}`));
    }
    const lanes = a.lanes.filter((l) => l.lane !== a.focus);
    const neither = a.lanesForNeither.length > 0 ? `\n_For neither: ${esc(a.lanesForNeither.join(', '))}._` : '';
    if (lanes.length > 0 || neither)
        blocks.push(section(`*Lanes*\n${lanesLines(a.models, a.names, lanes)}${neither}`));
    blocks.push(...answerActions(ctx, { models: a.models, volumes: true }));
    blocks.push(context([assumptionsLine(a.assumptions)]), sourcesContext(a.sources));
    const text = notificationText(a, names);
    return { text: chart ? `${text}\n${costByVolumeText(chart)}` : text, blocks };
}
export function comparisonBlocks(a, ctx, room = BRIEF_MESSAGE_BYTES) {
    const names = a.models.map((id) => a.names[id] ?? id);
    return a.detail === 'brief' ? briefMessage(a, ctx, names, room) : fullMessage(a, ctx, names);
}
export function upgradeBlocks(a, ctx) {
    const from = a.comparison.names[a.from] ?? a.from;
    const to = a.comparison.names[a.to] ?? a.to;
    const list = (items) => items.length === 0
        ? '_none on the compared rows_'
        : items
            .slice(0, 12)
            .map((g) => `• ${esc(g.row)}: ${esc(g.from)} → ${esc(g.to)}`)
            .join('\n');
    const focus = a.lanes.find((l) => l.lane === a.comparison.focus);
    const move = (l) => `${VERDICT_MARK[l.verdicts[a.from] ?? 'no'] ?? ''} → ${VERDICT_MARK[l.verdicts[a.to] ?? 'no'] ?? ''}`;
    const changed = a.lanes.filter((l) => l !== focus);
    const blocks = [
        header(`Moving from ${from} to ${to}`),
        ...(focus ? [section(`*For ${esc(inSentence(focus.name))}:* ${move(focus)}\n${esc(clip(focus.reason, 400))}`)] : []),
        section(`*Price*\n${a.friction.summary
            .slice(0, 2)
            .map((x) => esc(x))
            .join('\n')}`),
        section(`*Gains*\n${list(a.gains)}`),
        section(`*Losses*\n${list(a.losses)}`),
        ...(a.friction.summary.length > 2
            ? [
                section(`*Friction*\n${a.friction.summary
                    .slice(2, 10)
                    .map((x) => `• ${esc(x)}`)
                    .join('\n')}`),
            ]
            : []),
        ...(changed.length > 0
            ? [
                section(`*Lanes where the verdict changes*\n${changed
                    .slice(0, 8)
                    .map((l) => `• ${esc(l.name)}: ${move(l)}`)
                    .join('\n')}${changed.length > 8 ? `\n_${changed.length - 8} more: \`/compare ${a.from} ${a.to}\` shows every lane._` : ''}`),
            ]
            : []),
        ...answerActions(ctx, { models: [a.from, a.to], volumes: true }),
        context([assumptionsLine(a.comparison.assumptions)]),
        sourcesContext(a.comparison.sources),
    ];
    return { text: clip(`Moving from ${from} to ${to}: ${a.friction.summary[0] ?? ''}`, 1000), blocks };
}
//# sourceMappingURL=compare.js.map