// A small leveled logger to stderr. Anything shaped like a Slack token or a URL password is
// redacted before it is written, as a last line of defence: secrets never reach a log line.

export interface Logger {
  debug(...msg: unknown[]): void;
  info(...msg: unknown[]): void;
  warn(...msg: unknown[]): void;
  error(...msg: unknown[]): void;
}

const ORDER = { debug: 10, info: 20, warn: 30, error: 40 } as const;
export type Level = keyof typeof ORDER;

export function redact(text: string): string {
  return text
    .replace(/\bxox[a-z]-[A-Za-z0-9-]+/g, 'xox?-[redacted]')
    .replace(/\bxapp-[A-Za-z0-9-]+/g, 'xapp-[redacted]')
    .replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/\s@]+:)[^@\s/]+@/gi, '$1[redacted]@');
}

export function createLogger(level: Level = 'info', write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Logger {
  const at =
    (l: Level) =>
    (...msg: unknown[]) => {
      if (ORDER[l] < ORDER[level]) return;
      const text = msg.map((m) => (m instanceof Error ? (m.stack ?? m.message) : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
      write(redact(`${new Date().toISOString()} ${l.toUpperCase()} ${text}`));
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
