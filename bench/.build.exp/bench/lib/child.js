import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { compiled, ROOT } from './build.js';
export { ROOT };
const START = (() => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const m = /((?:\b[A-Z_]+=\S+\s+)*)\bnode((?:\s+--\S+)*)\s+dist\/main\.js/.exec(pkg.scripts.start ?? '');
    const words = (text) => text?.trim().split(/\s+/).filter(Boolean) ?? [];
    return {
        env: Object.fromEntries(words(m?.[1]).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)])),
        flags: words(m?.[2]),
    };
})();
export const BOT_NODE_FLAGS = START.flags;
export const BOT_ENV = START.env;
export function jsonReady(line) {
    if (!line.startsWith('{'))
        return undefined;
    try {
        const msg = JSON.parse(line);
        if (msg.event === 'listening' && typeof msg.port === 'number')
            return { port: msg.port, info: msg };
    }
    catch {
    }
    return undefined;
}
function procStatusKb(pid, field) {
    try {
        const m = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
        return m ? Number(m[1]) : undefined;
    }
    catch {
        return undefined;
    }
}
export const vmHwmKb = (pid) => procStatusKb(pid, 'VmHWM');
export const vmRssKb = (pid) => procStatusKb(pid, 'VmRSS');
export function cpuMs(pid) {
    try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return (Number(fields[11]) + Number(fields[12])) * 10;
    }
    catch {
        return undefined;
    }
}
export async function startServer(file, options = {}) {
    const readyFrom = options.readyFrom ?? { stream: 'stdout', parse: jsonReady };
    const t0 = performance.now();
    const args = options.args ?? [];
    const sourceMaps = args.includes('--cpu-profile') ? ['--enable-source-maps'] : [];
    const isBot = /bench\/servers\/bot\.ts$|dist\/main\.js$/.test(file);
    const botFlags = isBot ? BOT_NODE_FLAGS : [];
    const proc = spawn(process.execPath, [...sourceMaps, ...botFlags, ...(options.nodeArgs ?? []), compiled(file), ...args], {
        cwd: options.cwd ?? ROOT,
        env: { ...process.env, NODE_ENV: 'production', ...(isBot ? BOT_ENV : {}), ...options.env },
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stderr = [];
    const stdout = [];
    const lineWaiters = [];
    let onReady;
    const watch = (stream) => createInterface({ input: proc[stream] }).on('line', (line) => {
        const at = performance.now();
        if (stream === 'stderr')
            stderr.push(line);
        else if (stdout.length < 1000)
            stdout.push(line);
        if (stream === readyFrom.stream && onReady) {
            const r = readyFrom.parse(line);
            if (r) {
                onReady({ ...r, at });
                onReady = undefined;
            }
        }
        if (stream === 'stdout')
            for (const w of lineWaiters.splice(0))
                w(line);
    });
    watch('stdout');
    watch('stderr');
    const exited = new Promise((resolve) => proc.once('exit', (code) => resolve(code)));
    const ready = await new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${file} did not report listening within ${options.timeoutMs ?? 60_000} ms; stderr:\n${stderr.slice(-20).join('\n')}`)), options.timeoutMs ?? 60_000);
        onReady = (r) => {
            clearTimeout(timer);
            resolve(r);
        };
        void exited.then((code) => {
            clearTimeout(timer);
            reject(new Error(`${file} exited (${code}) before listening; stderr:\n${stderr.slice(-20).join('\n')}`));
        });
    });
    const memory = () => new Promise((resolve) => {
        const timer = setTimeout(() => resolve(undefined), 2000);
        lineWaiters.push(function wait(line) {
            if (line.startsWith('{"event":"rss"')) {
                clearTimeout(timer);
                resolve(JSON.parse(line));
            }
            else
                lineWaiters.push(wait);
        });
        proc.kill('SIGUSR2');
    });
    const waitForLine = (re, timeoutMs) => new Promise((resolve) => {
        const already = stdout.find((l) => re.test(l));
        if (already !== undefined)
            return resolve(already);
        const timer = setTimeout(() => resolve(undefined), timeoutMs);
        lineWaiters.push(function wait(line) {
            if (re.test(line)) {
                clearTimeout(timer);
                resolve(line);
            }
            else
                lineWaiters.push(wait);
        });
    });
    return {
        proc,
        port: ready.port,
        waitForLine,
        readyMs: ready.at - t0,
        info: ready.info,
        stderr,
        async peakRssKb() {
            const fromProc = proc.pid === undefined ? undefined : vmHwmKb(proc.pid);
            if (fromProc !== undefined)
                return fromProc;
            return (await memory())?.maxRssKb;
        },
        memory,
        async stop() {
            if (proc.exitCode !== null || proc.signalCode !== null)
                return proc.exitCode;
            proc.kill('SIGTERM');
            const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
            const code = await exited;
            clearTimeout(timer);
            return code;
        },
    };
}
//# sourceMappingURL=child.js.map