// Aligned plain-text tables for terminals. A column of figures (amounts, prices, counts, sizes, dates) aligns right;
// a column with any words in it ("2 scores: …") aligns left.

const NUMERIC = /^(?:[-+−]?\$?\d[\d,]*(?:\.\d+)?(?:[kKMBT%×]|\/1[MK]| tokens(?:\/s)?)?|\d{4}-\d{2}(?:-\d{2})?)(?: ✓)?$/;

/** Visible width: counts code points, so "×" and "—" are one column wide. */
function width(text: string): number {
  return [...text].length;
}

/** An aligned table; `header: null` gives the rows alone, aligned as a table would align them. */
export function table(header: string[] | null, rows: string[][], options: { indent?: string } = {}): string {
  const columns = header ?? rows[0] ?? [];
  const widths = columns.map((h, i) => Math.max(header ? width(h) : 0, ...rows.map((r) => width(r[i] ?? ''))));
  const numeric = columns.map((_, i) => rows.length > 0 && rows.every((r) => (r[i] ?? '') === '' || NUMERIC.test(r[i] ?? '') || r[i] === '—'));
  const line = (cells: string[]) =>
    (options.indent ?? '') +
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
