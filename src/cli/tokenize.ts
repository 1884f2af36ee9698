// Splits a console line into arguments the way a shell would for simple quoting ("…" and '…').
export function tokenize(line: string): { ok: true; value: string[] } | { ok: false; error: string } {
  const out: string[] = [];
  let current = '';
  let quote: '"' | "'" | null = null;
  let started = false;
  for (const ch of line) {
    if (quote) {
      if (ch === quote) quote = null;
      else current += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      started = true;
    } else if (/\s/.test(ch)) {
      if (started) out.push(current);
      current = '';
      started = false;
    } else {
      current += ch;
      started = true;
    }
  }
  if (quote) return { ok: false, error: `Unclosed ${quote} quote in: ${line}` };
  if (started) out.push(current);
  return { ok: true, value: out };
}
