// Slash commands over real HTTP on loopback: autocannon sends correctly signed /compare and
// /models cheapest 50M requests at fixed concurrency to the bot (its own process, replying to response_url
// on the fake Slack) and, with the same settings in the same run, to a bare Bolt app that only acks.
//
// The bot may answer in the acknowledgement's body or later at response_url (both are counted, and every
// acked command must be answered one way or the other).
// The load comes in two variants (lib/texts.ts):
//  - "distinct" (computed answers, the budgets): every request asks something different (model pairs drawn
//    from the catalog, volumes, mixes, filters; each connection its own list, never reused across runs), so
//    every answer is computed, as a workspace's users load the bot;
//  - "repeated": the issue's few texts, rotated (while the bot keeps an answer cache, served from it after
//    the first of each; without one, the same computed path with the same few texts).
// Either way every request is a body of its own (its user, trigger id and response_url differ), as Slack
// sends them: a body the bot has seen before is a replay, acknowledged and not acted on.
// The bare app's figure is shared by both variants of a run (it never reads the text).
// Latency percentiles come from every response's own time (sub-millisecond; autocannon's histogram rounds
// to whole ms), throughput is 2xx responses per second of the measured phase (warm-up excluded).
import autocannon, { type Client, type Options, type Request } from 'autocannon';
import { cpuMs, vmRssKb, type Server } from '../lib/child.ts';
import { commandRequests } from '../lib/slack-requests.ts';
import type { CommandLoad } from '../lib/texts.ts';
import { figure, quantile, type Figure } from '../lib/stats.ts';
import { fakeStats, resetFake } from '../lib/fake-control.ts';

export type Variant = 'repeated' | 'distinct';

export interface LoadSettings {
  connections: number;
  durationS: number;
  warmupS: number;
  runs: number;
}

export interface RunSample {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /**
   * Bot only, warm-up included: requests acked (2xx), answers carried in the ack's body, answers the fake
   * received at response_url (a command may be answered either way).
   */
  acked?: number;
  inAck?: number;
  delivered?: number;
  /** Highest RSS seen while the run (and its warm-up) went on, polled every 100 ms (Linux), MB. */
  rssPeakMb?: number;
  /**
   * The server's CPU time (every thread) per request answered, warm-up included (Linux), ms: what a request
   * costs, whatever else shares the machine.
   */
  cpuMsPerRequest?: number;
  apologies?: number;
  notEphemeral?: number;
}

export interface Side {
  rps: Figure;
  p50: Figure;
  p99: Figure;
  /** Highest RSS during each run, MB. */
  rssPeakMb: Figure;
  /** CPU time per request, ms (absent where /proc is not). */
  cpuMsPerRequest?: Figure;
  samples: RunSample[];
}

export interface LoadResult {
  catalog: string;
  models: number;
  command: string;
  variant: Variant;
  /** What was typed: the repeated set, or the first few of the computed texts. */
  texts: string[];
  bot: Side;
  bare: Side;
  /** Ratios of the medians: bot p99 / bare p99, bot rps / bare rps (and per run, paired with that run's bare). */
  p99Ratio: number;
  rpsRatio: number;
  p99RatioRuns: number[];
  rpsRatioRuns: number[];
}

/** Per connection, a list of distinct requests; setupClient hands each connection its own. */
export function perConnection(lists: Request[][]): (client: Client) => void {
  let next = 0;
  return (client) => client.setRequests(lists[next++ % lists.length] as Request[]);
}

async function once(target: Server, load: CommandLoad, fakeUrl: string, s: LoadSettings, who: 'bot' | 'bare', variant: Variant, supply: { next: number }): Promise<RunSample> {
  await resetFake(fakeUrl);
  const common = { url: `http://127.0.0.1:${target.port}`, connections: s.connections, duration: s.durationS, timeout: 30 };
  // Each connection its own list of bodies, more than it can send in the run: no body is sent twice (the
  // bot takes a body seen before for a replay), and with computed texts no text either.
  const lists = (count: number) =>
    Array.from({ length: s.connections }, () => {
      const list = commandRequests(load, variant, fakeUrl, supply.next, count);
      supply.next += count;
      return list;
    });
  const main = lists(Math.max(200, Math.ceil(s.durationS * 150)));
  const warm = lists(Math.max(50, Math.ceil(s.warmupS * 150)));
  if (variant === 'distinct' && supply.next > load.variety)
    process.stderr.write(`    (${load.command} texts start over after ${load.variety.toLocaleString('en-US')}: some computed texts repeat in this bot)\n`);
  const options: Options = {
    ...common,
    requests: main[0] as Request[],
    setupClient: perConnection(main),
    ...(s.warmupS > 0 ? { warmup: { connections: s.connections, duration: s.warmupS, requests: warm[0] as Request[], setupClient: perConnection(warm) } } : {}),
  };
  // Every ack body is looked at: an answer in it (the bot may reply in the acknowledgement), an apology?
  const bodies = { inAck: 0, apologies: 0, notEphemeral: 0 };
  options.verifyBody = (body: string) => {
    if (body.includes('"blocks"') || body.includes('"text"')) {
      bodies.inAck += 1;
      if (body.includes('went wrong on our side')) bodies.apologies += 1;
      if (!body.includes('"response_type":"ephemeral"')) bodies.notEphemeral += 1;
    }
    return true;
  };
  const latencies: number[] = [];
  let rssPeakKb = 0;
  const poll = setInterval(() => {
    const kb = target.proc.pid === undefined ? undefined : vmRssKb(target.proc.pid);
    if (kb !== undefined && kb > rssPeakKb) rssPeakKb = kb;
  }, 100);
  const cpuAtStart = target.proc.pid === undefined ? undefined : cpuMs(target.proc.pid);
  const instance = autocannon(options);
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
    latencies.push(responseTime);
  });
  const result = await instance.then(
    (r) => r,
    (e: unknown) => {
      clearInterval(poll);
      throw e;
    },
  );
  clearInterval(poll);
  const measured = result['2xx'];
  const acked = measured + (result.warmup?.['2xx'] ?? 0);
  const cpuAtEnd = target.proc.pid === undefined ? undefined : cpuMs(target.proc.pid);
  const sample: RunSample = {
    rps: measured / result.duration,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    requests: measured,
    non2xx: result.non2xx + (result.warmup?.non2xx ?? 0),
    errors: result.errors + (result.warmup?.errors ?? 0),
    timeouts: result.timeouts + (result.warmup?.timeouts ?? 0),
    ...(rssPeakKb > 0 ? { rssPeakMb: rssPeakKb / 1024 } : {}),
    ...(cpuAtStart !== undefined && cpuAtEnd !== undefined && acked > 0 ? { cpuMsPerRequest: (cpuAtEnd - cpuAtStart) / acked } : {}),
  };
  if (who === 'bot') {
    // Every acked command must be answered, in the ack's body or at its response_url. Wait (bounded) until
    // the response_url count covers the rest and has stopped moving: requests still in flight when
    // autocannon stopped are answered there too.
    const deadline = Date.now() + 60_000;
    let stats = await fakeStats(fakeUrl);
    let last = -1;
    let stableSince = Date.now();
    while (Date.now() < deadline) {
      const n = stats.responses[load.key] ?? 0;
      if (n !== last) {
        last = n;
        stableSince = Date.now();
      } else if (n + bodies.inAck >= acked && Date.now() - stableSince >= 500) break;
      await new Promise((r) => setTimeout(r, 100));
      stats = await fakeStats(fakeUrl);
    }
    Object.assign(sample, {
      acked,
      inAck: bodies.inAck,
      delivered: stats.responses[load.key] ?? 0,
      apologies: stats.apologies + bodies.apologies,
      notEphemeral: stats.notEphemeral + bodies.notEphemeral,
    });
  }
  return sample;
}

/**
 * Where each variant's request numbers start in a server's life: computed texts are the supply's 0th,
 * 1st…; repeated requests are numbered far above, so their bodies never meet a computed one's and use up
 * none of the computed texts.
 */
const supplies = (): Record<Variant, { next: number }> => ({ distinct: { next: 0 }, repeated: { next: 100_000_000 } });

const side = (samples: RunSample[]): Side => ({
  rps: figure(samples.map((x) => x.rps)),
  p50: figure(samples.map((x) => x.p50)),
  p99: figure(samples.map((x) => x.p99)),
  rssPeakMb: figure(samples.map((x) => x.rssPeakMb ?? Number.NaN)),
  ...(samples.every((x) => x.cpuMsPerRequest !== undefined) ? { cpuMsPerRequest: figure(samples.map((x) => x.cpuMsPerRequest as number)) } : {}),
  samples,
});

export async function runLoad(
  targets: { bot: Server; bare: Server; catalog: string; models: number },
  loads: CommandLoad[],
  fakeUrl: string,
  s: LoadSettings,
  log: (line: string) => void,
): Promise<LoadResult[]> {
  const out: LoadResult[] = [];
  for (const load of loads) {
    const bot: Record<Variant, RunSample[]> = { repeated: [], distinct: [] };
    const bare: RunSample[] = [];
    const supply = supplies();
    for (let r = 0; r < s.runs; r++) {
      // Alternate the order, so drift over the run (thermal, other load) falls on all three alike.
      const order: ['bot' | 'bare', Variant][] =
        r % 2 === 0
          ? [
              ['bot', 'repeated'],
              ['bare', 'repeated'],
              ['bot', 'distinct'],
            ]
          : [
              ['bot', 'distinct'],
              ['bare', 'repeated'],
              ['bot', 'repeated'],
            ];
      for (const [who, variant] of order) {
        const sample = await once(targets[who], load, fakeUrl, s, who, variant, supply[variant]);
        (who === 'bot' ? bot[variant] : bare).push(sample);
        log(
          `    ${targets.catalog} ${load.command} run ${r + 1} ${who === 'bot' ? `bot (${variant === 'distinct' ? 'computed' : variant})` : 'bare Bolt'}: ${sample.rps.toFixed(0)} req/s, p50 ${sample.p50.toFixed(2)} ms, p99 ${sample.p99.toFixed(2)} ms` +
            (sample.cpuMsPerRequest !== undefined ? `, CPU ${sample.cpuMsPerRequest.toFixed(2)} ms/request` : '') +
            (sample.non2xx || sample.errors ? `, non-2xx ${sample.non2xx}, errors ${sample.errors}` : '') +
            (who === 'bot'
              ? `, answered ${(sample.inAck ?? 0) + (sample.delivered ?? 0)}/${sample.acked} (in ack ${sample.inAck}, response_url ${sample.delivered})${sample.apologies ? `, apologies ${sample.apologies}` : ''}`
              : ''),
        );
      }
    }
    const baseline = side(bare);
    for (const variant of ['repeated', 'distinct'] as const) {
      const b = side(bot[variant]);
      out.push({
        catalog: targets.catalog,
        models: targets.models,
        command: `${load.command} ${load.texts[0]}`,
        variant,
        texts: variant === 'repeated' ? [...new Set(load.texts)] : Array.from({ length: 6 }, (_, i) => load.distinct(i)),
        bot: b,
        bare: baseline,
        p99Ratio: b.p99.median / baseline.p99.median,
        rpsRatio: b.rps.median / baseline.rps.median,
        p99RatioRuns: bot[variant].map((x, i) => x.p99 / (bare[i] as RunSample).p99),
        rpsRatioRuns: bot[variant].map((x, i) => x.rps / (bare[i] as RunSample).rps),
      });
    }
  }
  return out;
}

/**
 * Unmeasured load before a bot's first measured run: `seconds` of each command's computed texts (numbered
 * apart from the runs'). A new bot spends its first seconds of load compiling (V8 optimising the answer
 * code, PGlite's WebAssembly tiering up), which would otherwise fall on its first runs alone.
 */
export async function warmUp(bot: Server, loads: CommandLoad[], fakeUrl: string, seconds: number, connections: number): Promise<void> {
  if (seconds <= 0) return;
  let next = 200_000_000;
  for (const load of loads) {
    const lists = Array.from({ length: connections }, () => {
      const list = commandRequests(load, 'distinct', fakeUrl, next, Math.max(100, Math.ceil(seconds * 150)));
      next += list.length;
      return list;
    });
    await autocannon({ url: `http://127.0.0.1:${bot.port}`, connections, duration: seconds, timeout: 30, requests: lists[0] as Request[], setupClient: perConnection(lists) });
  }
}

/**
 * The same commands, once each way, against a bot whose figures are not compared (a second store for the
 * same catalog): what is measured is its memory under the load, and that every command was answered.
 */
export async function soak(bot: Server, loads: CommandLoad[], fakeUrl: string, s: LoadSettings): Promise<RunSample[]> {
  const samples: RunSample[] = [];
  for (const load of loads) {
    const supply = supplies();
    for (const variant of ['repeated', 'distinct'] as const) samples.push(await once(bot, load, fakeUrl, s, 'bot', variant, supply[variant]));
  }
  return samples;
}
