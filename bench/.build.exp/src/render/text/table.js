const NUMERIC = /^(?:[-+−]?\$?\d[\d,]*(?:\.\d+)?(?:[kKMBT%×]|\/1[MK]| tokens(?:\/s)?)?|\d{4}-\d{2}(?:-\d{2})?)(?: ✓)?$/;
function width(text) {
    return [...text].length;
}
export function table(header, rows, options = {}) {
    const columns = header ?? rows[0] ?? [];
    const widths = columns.map((h, i) => Math.max(header ? width(h) : 0, ...rows.map((r) => width(r[i] ?? ''))));
    const numeric = columns.map((_, i) => rows.length > 0 && rows.every((r) => (r[i] ?? '') === '' || NUMERIC.test(r[i] ?? '') || r[i] === '—'));
    const line = (cells) => (options.indent ?? '') +
        cells
            .map((cell, i) => {
            const pad = ' '.repeat((widths[i] ?? 0) - width(cell));
            return numeric[i] ? pad + cell : cell + pad;
        })
            .join('  ')
            .trimEnd();
    const rule = (options.indent ?? '') + widths.map((w) => '─'.repeat(w)).join('  ');
    return [...(header ? [line(header), rule] : []), ...rows.map(line)].join('\n');
}
//# sourceMappingURL=table.js.map