// Child processes for the servers under test: spawned as `node <compiled file>` (see build.ts; no npm
// wrapper process in between, so the pid is the server's own), ready when a line on stdout (or
// stderr, for src/main.ts) says it listens. Peak RSS comes from /proc/<pid>/status (VmHWM) on Linux,
// else from the server itself (SIGUSR2 → a {"event":"rss"} line).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { compiled, ROOT } from './build.ts';

export { ROOT };

/** How `npm start` runs the bot (package.json): the environment it sets and its node flags, so the bot is measured as it ships. */
const START = (() => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const m = /((?:\b[A-Z_]+=\S+\s+)*)\bnode((?:\s+--\S+)*)\s+dist\/main\.js/.exec(pkg.scripts.start ?? '');
  const words = (text: string | undefined) => text?.trim().split(/\s+/).filter(Boolean) ?? [];
  return {
    env: Object.fromEntries(words(m?.[1]).map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)])) as Record<string, string>,
    flags: words(m?.[2]),
  };
})();
export const BOT_NODE_FLAGS: string[] = START.flags;
export const BOT_ENV: Record<string, string> = START.env;

export interface Ready {
  port: number;
  /** Whatever else the ready line carried (the bench servers report their startup phases). */
  info: Record<string, unknown>;
}

export interface Server {
  proc: ChildProcess;
  port: number;
  /** Spawn → ready line, in ms. */
  readyMs: number;
  info: Record<string, unknown>;
  /** stderr lines seen so far (warnings and errors the server logged). */
  stderr: string[];
  peakRssKb(): Promise<number | undefined>;
  /** Resolves with the first stdout line (already printed or coming) that matches, or undefined after the timeout. */
  waitForLine(re: RegExp, timeoutMs: number): Promise<string | undefined>;
  /** The bench servers' own account (SIGUSR2): peak RSS and process.memoryUsage(), bytes. */
  memory(): Promise<{ maxRssKb: number; memory: NodeJS.MemoryUsage } | undefined>;
  stop(): Promise<number | null>;
}

export interface StartOptions {
  args?: string[];
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeArgs?: string[];
  /** Parses a line into Ready, or undefined; default: a JSON line {"event":"listening","port":N,...} on stdout. */
  readyFrom?: { stream: 'stdout' | 'stderr'; parse: (line: string) => Ready | undefined };
  timeoutMs?: number;
}

export function jsonReady(line: string): Ready | undefined {
  if (!line.startsWith('{')) return undefined;
  try {
    const msg = JSON.parse(line) as { event?: string; port?: number };
    if (msg.event === 'listening' && typeof msg.port === 'number') return { port: msg.port, info: msg as Record<string, unknown> };
  } catch {
    // not ours
  }
  return undefined;
}

function procStatusKb(pid: number, field: 'VmHWM' | 'VmRSS'): number | undefined {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+)\\s+kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Peak resident set size so far (Linux), kB. */
export const vmHwmKb = (pid: number) => procStatusKb(pid, 'VmHWM');
/** Resident set size now (Linux), kB. */
export const vmRssKb = (pid: number) => procStatusKb(pid, 'VmRSS');

/**
 * CPU time the process has used so far, user + system, every thread (Linux: /proc/<pid>/stat, in clock
 * ticks of 10 ms), ms. Unlike throughput, it does not drop when another process shares the cores.
 */
export function cpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces, inside parentheses): utime is the 14th, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

export async function startServer(file: string, options: StartOptions = {}): Promise<Server> {
  const readyFrom = options.readyFrom ?? { stream: 'stdout', parse: jsonReady };
  const t0 = performance.now();
  const args = options.args ?? [];
  // Source maps only where a profile is mapped back to the TypeScript: loading them slows a start.
  const sourceMaps = args.includes('--cpu-profile') ? ['--enable-source-maps'] : [];
  const isBot = /bench\/servers\/bot\.ts$|dist\/main\.js$/.test(file);
  const botFlags = isBot ? BOT_NODE_FLAGS : [];
  const proc = spawn(process.execPath, [...sourceMaps, ...botFlags, ...(options.nodeArgs ?? []), compiled(file), ...args], {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, NODE_ENV: 'production', ...(isBot ? BOT_ENV : {}), ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stderr: string[] = [];
  const stdout: string[] = [];
  const lineWaiters: ((line: string) => void)[] = [];
  let onReady: ((r: Ready & { at: number }) => void) | undefined;
  const watch = (stream: 'stdout' | 'stderr') =>
    createInterface({ input: proc[stream]! }).on('line', (line) => {
      const at = performance.now();
      if (stream === 'stderr') stderr.push(line);
      else if (stdout.length < 1000) stdout.push(line);
      if (stream === readyFrom.stream && onReady) {
        const r = readyFrom.parse(line);
        if (r) {
          onReady({ ...r, at });
          onReady = undefined;
        }
      }
      if (stream === 'stdout') for (const w of lineWaiters.splice(0)) w(line);
    });
  watch('stdout');
  watch('stderr');
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));

  const ready = await new Promise<Ready & { at: number }>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${file} did not report listening within ${options.timeoutMs ?? 60_000} ms; stderr:\n${stderr.slice(-20).join('\n')}`)),
      options.timeoutMs ?? 60_000,
    );
    onReady = (r) => {
      clearTimeout(timer);
      resolve(r);
    };
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${file} exited (${code}) before listening; stderr:\n${stderr.slice(-20).join('\n')}`));
    });
  });

  const memory = () =>
    new Promise<{ maxRssKb: number; memory: NodeJS.MemoryUsage } | undefined>((resolve) => {
      const timer = setTimeout(() => resolve(undefined), 2000);
      lineWaiters.push(function wait(line) {
        if (line.startsWith('{"event":"rss"')) {
          clearTimeout(timer);
          resolve(JSON.parse(line) as { maxRssKb: number; memory: NodeJS.MemoryUsage });
        } else lineWaiters.push(wait);
      });
      proc.kill('SIGUSR2');
    });

  const waitForLine = (re: RegExp, timeoutMs: number) =>
    new Promise<string | undefined>((resolve) => {
      const already = stdout.find((l) => re.test(l));
      if (already !== undefined) return resolve(already);
      const timer = setTimeout(() => resolve(undefined), timeoutMs);
      lineWaiters.push(function wait(line) {
        if (re.test(line)) {
          clearTimeout(timer);
          resolve(line);
        } else lineWaiters.push(wait);
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
      if (fromProc !== undefined) return fromProc;
      return (await memory())?.maxRssKb; // not Linux: ask the server (only the bench servers answer)
    },
    memory,
    async stop() {
      if (proc.exitCode !== null || proc.signalCode !== null) return proc.exitCode;
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
