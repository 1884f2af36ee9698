export const LIMITS = {
    blocksPerMessage: 50,
    blocksPerView: 100,
    sectionText: 3000,
    fieldsPerSection: 10,
    fieldText: 2000,
    headerText: 150,
    contextElements: 10,
    contextText: 3000,
    actionsElements: 25,
    buttonText: 75,
    buttonValue: 2000,
    blockId: 255,
    actionId: 255,
    tablesPerMessage: 1,
    tableRows: 100,
    tableCells: 20,
    markdownPerMessage: 12000,
    messageTextBudget: 9000,
    fallbackText: 3000,
    optionText: 75,
    optionValue: 150,
    privateMetadata: 3000,
    viewTitle: 24,
    chartTitle: 50,
    chartSeries: 6,
    chartPoints: 20,
    chartLabel: 20,
    chartAxisLabel: 50,
    chartsPerMessage: 2,
    dataTableRows: 100,
    dataTablePageSize: 100,
};
export function esc(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
export function clip(text, max) {
    if (text.length <= max)
        return text;
    const chars = [...text];
    return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}
export function header(text) {
    return { type: 'header', text: { type: 'plain_text', text: clip(text, LIMITS.headerText), emoji: true } };
}
export function section(text, blockId) {
    return { type: 'section', text: { type: 'mrkdwn', text: clip(text, LIMITS.sectionText) }, ...(blockId ? { block_id: clip(blockId, LIMITS.blockId) } : {}) };
}
export function fields(items) {
    return {
        type: 'section',
        fields: items.slice(0, LIMITS.fieldsPerSection).map((text) => ({ type: 'mrkdwn', text: clip(text, LIMITS.fieldText) })),
    };
}
export function context(items) {
    return {
        type: 'context',
        elements: items.slice(0, LIMITS.contextElements).map((text) => ({ type: 'mrkdwn', text: clip(text, LIMITS.contextText) })),
    };
}
export function divider() {
    return { type: 'divider' };
}
export function button(text, actionId, value, style) {
    return {
        type: 'button',
        text: { type: 'plain_text', text: clip(text, LIMITS.buttonText), emoji: true },
        action_id: clip(actionId, LIMITS.actionId),
        value: clip(value, LIMITS.buttonValue),
        ...(style ? { style } : {}),
    };
}
export function actions(elements, blockId) {
    return { type: 'actions', elements: elements.slice(0, LIMITS.actionsElements), ...(blockId ? { block_id: clip(blockId, LIMITS.blockId) } : {}) };
}
const CUT = Symbol('cut');
function withCut(block, cut) {
    return Object.defineProperty(block, CUT, { value: cut });
}
const cuttable = (block) => block[CUT];
const tableCell = (text) => ({ type: 'raw_text', text: text === '' ? ' ' : clip(text, 300) });
function tableBlock(data, shown) {
    const width = Math.min(data.head.length, LIMITS.tableCells);
    const omitted = data.rows.length - shown;
    const more = omitted > 0 ? [[`… and ${omitted} more`, ...Array(width - 1).fill('')]] : [];
    const block = {
        type: 'table',
        column_settings: data.head.slice(0, width).map((_, i) => ({ align: data.align[i] ?? 'left', is_wrapped: true })),
        rows: [data.head, ...data.rows.slice(0, shown), ...more].map((r) => r.slice(0, width).map(tableCell)),
    };
    return withCut(block, { total: data.rows.length, shown, build: (n) => tableBlock(data, n) });
}
export function table(head, rows, align = []) {
    const shown = rows.length + 1 > LIMITS.tableRows ? LIMITS.tableRows - 2 : rows.length;
    return tableBlock({ head, rows, align }, shown);
}
const dataCell = (cell) => typeof cell === 'string' ? tableCell(cell) : Number.isFinite(cell.number) ? { type: 'raw_number', value: cell.number, text: clip(cell.text, 300) || ' ' } : tableCell(cell.text);
function dataTableBlock(data, shown) {
    const width = Math.min(data.head.length, LIMITS.tableCells);
    const cut = shown < data.rows.length ? ` (first ${shown} of ${data.rows.length})` : '';
    const block = {
        type: 'data_table',
        caption: `${clip(data.caption, 200 - cut.length)}${cut}`,
        page_size: Math.max(1, Math.min(LIMITS.dataTablePageSize, data.pageSize, shown)),
        rows: [data.head.slice(0, width).map(tableCell), ...data.rows.slice(0, shown).map((r) => r.slice(0, width).map(dataCell))],
    };
    return withCut(block, { total: data.rows.length, shown, build: (n) => dataTableBlock(data, n) });
}
export function dataTable(caption, head, rows, pageSize = 10) {
    if (rows.length === 0)
        return section(esc(`${caption}: none.`));
    return dataTableBlock({ caption, head, rows, pageSize }, Math.min(rows.length, LIMITS.dataTableRows));
}
function distinctLabels(labels, max) {
    const used = new Set();
    return labels.map((label) => {
        let out = clip(label.trim() || '—', max);
        for (let n = 2; used.has(out); n++)
            out = `${clip(label.trim() || '—', max - String(n).length - 1)} ${n}`;
        used.add(out);
        return out;
    });
}
export function xyChart(data, blockId) {
    const categories = distinctLabels(data.categories.slice(0, LIMITS.chartPoints), LIMITS.chartLabel);
    const series = data.series
        .map((s) => ({
        name: s.name,
        data: categories.flatMap((label, i) => {
            const value = s.values[i];
            return typeof value === 'number' && Number.isFinite(value) ? [{ label, value }] : [];
        }),
    }))
        .filter((s) => s.data.length > 0)
        .slice(0, LIMITS.chartSeries);
    if (series.length === 0)
        return undefined;
    const names = distinctLabels(series.map((s) => s.name), LIMITS.chartLabel);
    return {
        type: 'data_visualization',
        title: clip(data.title.trim() || 'Chart', LIMITS.chartTitle),
        chart: {
            type: data.type,
            series: series.map((s, i) => ({ name: names[i], data: s.data })),
            axis_config: {
                categories,
                ...(data.xLabel?.trim() ? { x_label: clip(data.xLabel.trim(), LIMITS.chartAxisLabel) } : {}),
                ...(data.yLabel?.trim() ? { y_label: clip(data.yLabel.trim(), LIMITS.chartAxisLabel) } : {}),
            },
        },
        ...(blockId ? { block_id: clip(blockId, LIMITS.blockId) } : {}),
    };
}
export function chartText(block, format = String) {
    const c = block.chart;
    const lines = c.type === 'pie'
        ? [c.segments.map((p) => `${p.label} ${format(p.value)}`).join(', ')]
        : c.series.map((s) => `${s.name}: ${s.data.map((p) => `${p.label} ${format(p.value)}`).join(', ')}`);
    return `${block.title}. ${lines.join('; ')}.`;
}
export function blockTextLength(blocks) {
    let total = 0;
    const walk = (node) => {
        if (typeof node === 'string')
            total += node.length;
        else if (Array.isArray(node))
            node.forEach(walk);
        else if (node && typeof node === 'object') {
            const fields = node;
            for (const key in fields)
                if (key === 'text' || key === 'value' || typeof fields[key] === 'object')
                    walk(fields[key]);
        }
    };
    walk(blocks);
    return total;
}
const isRecord = (x) => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x, max) => typeof x === 'string' && x.trim() !== '' && [...x].length <= max;
function dataTableViolations(b) {
    const problems = [];
    if (typeof b.caption !== 'string' || b.caption.trim() === '')
        problems.push('no caption');
    const rows = Array.isArray(b.rows) ? b.rows : [];
    if (rows.length < 2 || rows.length > LIMITS.dataTableRows + 1)
        problems.push(`${rows.length} rows (2–${LIMITS.dataTableRows + 1} with the header)`);
    const widths = new Set(rows.map((r) => (Array.isArray(r) ? r.length : -1)));
    if (widths.size > 1 || widths.has(-1))
        problems.push('rows of different widths');
    if ([...widths].some((w) => w > LIMITS.tableCells))
        problems.push(`more than ${LIMITS.tableCells} cells in a row`);
    if (b.page_size !== undefined && !(Number.isInteger(b.page_size) && b.page_size >= 1 && b.page_size <= LIMITS.dataTablePageSize))
        problems.push(`page_size ${String(b.page_size)}`);
    for (const [i, row] of rows.entries()) {
        for (const cell of Array.isArray(row) ? row : []) {
            if (!isRecord(cell))
                problems.push(`row ${i}: a cell is not an object`);
            else if (cell.type === 'raw_text') {
                if (typeof cell.text !== 'string' || cell.text === '')
                    problems.push(`row ${i}: empty raw_text`);
            }
            else if (cell.type === 'raw_number') {
                if (typeof cell.value !== 'number' || !Number.isFinite(cell.value))
                    problems.push(`row ${i}: raw_number without a finite value`);
                if (typeof cell.text !== 'string' || cell.text === '')
                    problems.push(`row ${i}: raw_number without text`);
            }
            else if (cell.type === 'rich_text') {
                if (i === 0)
                    problems.push('rich_text in the header');
            }
            else
                problems.push(`row ${i}: cell of type ${String(cell.type)}`);
        }
    }
    return problems;
}
function chartViolations(b) {
    const problems = [];
    if (!isText(b.title, LIMITS.chartTitle))
        problems.push(`title empty or over ${LIMITS.chartTitle} characters`);
    const c = isRecord(b.chart) ? b.chart : {};
    if (c.type === 'pie') {
        const segments = Array.isArray(c.segments) ? c.segments : [];
        if (segments.length < 1 || segments.length > LIMITS.chartSeries)
            problems.push(`${segments.length} segments`);
        for (const p of segments) {
            if (!isRecord(p) || !isText(p.label, LIMITS.chartLabel))
                problems.push('segment label empty or too long');
            else if (typeof p.value !== 'number' || !(p.value > 0) || !Number.isFinite(p.value))
                problems.push(`segment ${String(p.label)}: value must be a number above 0`);
        }
        return problems;
    }
    if (c.type !== 'bar' && c.type !== 'line' && c.type !== 'area')
        return [...problems, `chart type ${String(c.type)}`];
    const axis = isRecord(c.axis_config) ? c.axis_config : undefined;
    const categories = axis && Array.isArray(axis.categories) ? axis.categories : [];
    if (!axis)
        problems.push('no axis_config');
    if (categories.length === 0)
        problems.push('no categories');
    for (const cat of categories)
        if (!isText(cat, LIMITS.chartLabel))
            problems.push(`category ${JSON.stringify(cat)} empty or over ${LIMITS.chartLabel} characters`);
    if (new Set(categories).size !== categories.length)
        problems.push('repeated categories');
    for (const key of ['x_label', 'y_label'])
        if (axis?.[key] !== undefined && !isText(axis[key], LIMITS.chartAxisLabel))
            problems.push(`${key} over ${LIMITS.chartAxisLabel} characters`);
    const series = Array.isArray(c.series) ? c.series : [];
    if (series.length < 1 || series.length > LIMITS.chartSeries)
        problems.push(`${series.length} series (1–${LIMITS.chartSeries})`);
    const names = new Set();
    for (const s of series) {
        if (!isRecord(s)) {
            problems.push('a series is not an object');
            continue;
        }
        if (!isText(s.name, LIMITS.chartLabel))
            problems.push(`series name ${JSON.stringify(s.name)} empty or over ${LIMITS.chartLabel} characters`);
        if (names.has(s.name))
            problems.push(`series name ${String(s.name)} repeated`);
        names.add(s.name);
        const data = Array.isArray(s.data) ? s.data : [];
        if (data.length < 1 || data.length > LIMITS.chartPoints)
            problems.push(`series ${String(s.name)}: ${data.length} points (1–${LIMITS.chartPoints})`);
        for (const p of data) {
            if (!isRecord(p) || !categories.includes(p.label))
                problems.push(`series ${String(s.name)}: a point's label is not a category`);
            else if (typeof p.value !== 'number' || !Number.isFinite(p.value))
                problems.push(`series ${String(s.name)}: ${String(p.label)} has no finite value`);
        }
    }
    return problems;
}
export function limitViolations(message, surface = 'message') {
    const problems = [];
    const maxBlocks = surface === 'message' ? LIMITS.blocksPerMessage : LIMITS.blocksPerView;
    if (surface === 'message' && (typeof message.text !== 'string' || message.text.trim() === ''))
        problems.push('no fallback text');
    if (typeof message.text === 'string' && message.text.length > LIMITS.fallbackText)
        problems.push(`fallback text ${message.text.length} > ${LIMITS.fallbackText}`);
    if (message.blocks.length > maxBlocks)
        problems.push(`${message.blocks.length} blocks > ${maxBlocks}`);
    let tables = 0;
    let charts = 0;
    const textLen = (t) => (t && typeof t === 'object' && 'text' in t ? String(t.text).length : 0);
    for (const [i, raw] of message.blocks.entries()) {
        const b = raw;
        const where = `block ${i} (${String(b.type)})`;
        if (typeof b.block_id === 'string' && b.block_id.length > LIMITS.blockId)
            problems.push(`${where}: block_id too long`);
        if (b.type === 'header' && textLen(b.text) > LIMITS.headerText)
            problems.push(`${where}: header > ${LIMITS.headerText}`);
        if (b.type === 'section') {
            if (textLen(b.text) > LIMITS.sectionText)
                problems.push(`${where}: text > ${LIMITS.sectionText}`);
            const f = b.fields ?? [];
            if (f.length > LIMITS.fieldsPerSection)
                problems.push(`${where}: ${f.length} fields`);
            for (const x of f)
                if (textLen(x) > LIMITS.fieldText)
                    problems.push(`${where}: field > ${LIMITS.fieldText}`);
            if (!b.text && f.length === 0)
                problems.push(`${where}: empty section`);
            if (b.text && textLen(b.text) === 0)
                problems.push(`${where}: empty text`);
        }
        if (b.type === 'context') {
            const e = b.elements ?? [];
            if (e.length === 0 || e.length > LIMITS.contextElements)
                problems.push(`${where}: ${e.length} elements`);
            for (const x of e)
                if (textLen(x) > LIMITS.contextText)
                    problems.push(`${where}: element > ${LIMITS.contextText}`);
        }
        if (b.type === 'actions') {
            const e = b.elements ?? [];
            if (e.length === 0 || e.length > LIMITS.actionsElements)
                problems.push(`${where}: ${e.length} elements`);
            for (const x of e) {
                if (typeof x.action_id === 'string' && x.action_id.length > LIMITS.actionId)
                    problems.push(`${where}: action_id too long`);
                if (x.type === 'button') {
                    if (textLen(x.text) > LIMITS.buttonText)
                        problems.push(`${where}: button text > ${LIMITS.buttonText}`);
                    if (typeof x.value === 'string' && x.value.length > LIMITS.buttonValue)
                        problems.push(`${where}: button value > ${LIMITS.buttonValue}`);
                }
            }
        }
        if (b.type === 'table') {
            tables += 1;
            const rows = b.rows ?? [];
            if (rows.length > LIMITS.tableRows)
                problems.push(`${where}: ${rows.length} rows`);
            for (const r of rows)
                if (r.length > LIMITS.tableCells)
                    problems.push(`${where}: ${r.length} cells in a row`);
            if (rows.some((r) => r.length !== rows[0]?.length))
                problems.push(`${where}: rows of different widths`);
        }
        if (b.type === 'data_table') {
            tables += 1;
            problems.push(...dataTableViolations(b).map((p) => `${where}: ${p}`));
        }
        if (b.type === 'data_visualization') {
            charts += 1;
            problems.push(...chartViolations(b).map((p) => `${where}: ${p}`));
        }
    }
    if (tables > LIMITS.tablesPerMessage && surface === 'message')
        problems.push(`${tables} tables > ${LIMITS.tablesPerMessage}`);
    if (charts > LIMITS.chartsPerMessage)
        problems.push(`${charts} charts > ${LIMITS.chartsPerMessage}`);
    const size = blockTextLength(message.blocks);
    if (size > LIMITS.messageTextBudget)
        problems.push(`block text ${size} > budget ${LIMITS.messageTextBudget}`);
    return problems;
}
export function fitToBudget(message, budget = LIMITS.messageTextBudget) {
    const kept = message.blocks.slice(0, LIMITS.blocksPerMessage);
    if (blockTextLength(kept) <= budget)
        return { text: message.text, blocks: kept };
    const blocks = kept.map((b) => structuredClone(b));
    const size = () => blockTextLength(blocks);
    const tableIndex = kept.findIndex((b) => cuttable(b) !== undefined);
    const source = tableIndex >= 0 ? cuttable(kept[tableIndex]) : undefined;
    if (source) {
        let shown = source.shown;
        while (size() > budget && shown > 2) {
            shown = Math.max(2, Math.floor(shown * 0.8));
            blocks[tableIndex] = source.build(shown);
        }
    }
    for (let guard = 0; size() > budget && guard < 50; guard++) {
        let longest;
        for (const b of blocks) {
            const text = b.text;
            if (b.type === 'section' && text && (!longest || text.text.length > longest.text.text.length))
                longest = b;
        }
        if (!longest || longest.text.text.length < 80)
            break;
        longest.text.text = clip(longest.text.text, Math.floor(longest.text.text.length * 0.75));
    }
    return { text: message.text, blocks };
}
//# sourceMappingURL=kit.js.map