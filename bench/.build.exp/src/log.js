const ORDER = { debug: 10, info: 20, warn: 30, error: 40 };
export function redact(text) {
    return text
        .replace(/\bxox[a-z]-[A-Za-z0-9-]+/g, 'xox?-[redacted]')
        .replace(/\bxapp-[A-Za-z0-9-]+/g, 'xapp-[redacted]')
        .replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^:/\s@]+:)[^@\s/]+@/gi, '$1[redacted]@');
}
export function createLogger(level = 'info', write = (l) => process.stderr.write(`${l}\n`)) {
    const at = (l) => (...msg) => {
        if (ORDER[l] < ORDER[level])
            return;
        const text = msg.map((m) => (m instanceof Error ? (m.stack ?? m.message) : typeof m === 'string' ? m : JSON.stringify(m))).join(' ');
        write(redact(`${new Date().toISOString()} ${l.toUpperCase()} ${text}`));
    };
    return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}
//# sourceMappingURL=log.js.map