import autocannon, {} from 'autocannon';
import { cpuMs, vmRssKb } from '../lib/child.js';
import { commandRequests } from '../lib/slack-requests.js';
import { figure, quantile } from '../lib/stats.js';
import { fakeStats, resetFake } from '../lib/fake-control.js';
export function perConnection(lists) {
    let next = 0;
    return (client) => client.setRequests(lists[next++ % lists.length]);
}
async function once(target, load, fakeUrl, s, who, variant, supply) {
    await resetFake(fakeUrl);
    const common = { url: `http://127.0.0.1:${target.port}`, connections: s.connections, duration: s.durationS, timeout: 30 };
    const lists = (count) => Array.from({ length: s.connections }, () => {
        const list = commandRequests(load, variant, fakeUrl, supply.next, count);
        supply.next += count;
        return list;
    });
    const main = lists(Math.max(200, Math.ceil(s.durationS * 150)));
    const warm = lists(Math.max(50, Math.ceil(s.warmupS * 150)));
    if (variant === 'distinct' && supply.next > load.variety)
        process.stderr.write(`    (${load.command} texts start over after ${load.variety.toLocaleString('en-US')}: some computed texts repeat in this bot)\n`);
    const options = {
        ...common,
        requests: main[0],
        setupClient: perConnection(main),
        ...(s.warmupS > 0 ? { warmup: { connections: s.connections, duration: s.warmupS, requests: warm[0], setupClient: perConnection(warm) } } : {}),
    };
    const bodies = { inAck: 0, apologies: 0, notEphemeral: 0 };
    options.verifyBody = (body) => {
        if (body.includes('"blocks"') || body.includes('"text"')) {
            bodies.inAck += 1;
            if (body.includes('went wrong on our side'))
                bodies.apologies += 1;
            if (!body.includes('"response_type":"ephemeral"'))
                bodies.notEphemeral += 1;
        }
        return true;
    };
    const latencies = [];
    let rssPeakKb = 0;
    const poll = setInterval(() => {
        const kb = target.proc.pid === undefined ? undefined : vmRssKb(target.proc.pid);
        if (kb !== undefined && kb > rssPeakKb)
            rssPeakKb = kb;
    }, 100);
    const cpuAtStart = target.proc.pid === undefined ? undefined : cpuMs(target.proc.pid);
    const instance = autocannon(options);
    instance.on('response', (_client, _status, _bytes, responseTime) => {
        latencies.push(responseTime);
    });
    const result = await instance.then((r) => r, (e) => {
        clearInterval(poll);
        throw e;
    });
    clearInterval(poll);
    const measured = result['2xx'];
    const acked = measured + (result.warmup?.['2xx'] ?? 0);
    const cpuAtEnd = target.proc.pid === undefined ? undefined : cpuMs(target.proc.pid);
    const sample = {
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
        const deadline = Date.now() + 60_000;
        let stats = await fakeStats(fakeUrl);
        let last = -1;
        let stableSince = Date.now();
        while (Date.now() < deadline) {
            const n = stats.responses[load.key] ?? 0;
            if (n !== last) {
                last = n;
                stableSince = Date.now();
            }
            else if (n + bodies.inAck >= acked && Date.now() - stableSince >= 500)
                break;
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
const supplies = () => ({ distinct: { next: 0 }, repeated: { next: 100_000_000 } });
const side = (samples) => ({
    rps: figure(samples.map((x) => x.rps)),
    p50: figure(samples.map((x) => x.p50)),
    p99: figure(samples.map((x) => x.p99)),
    rssPeakMb: figure(samples.map((x) => x.rssPeakMb ?? Number.NaN)),
    ...(samples.every((x) => x.cpuMsPerRequest !== undefined) ? { cpuMsPerRequest: figure(samples.map((x) => x.cpuMsPerRequest)) } : {}),
    samples,
});
export async function runLoad(targets, loads, fakeUrl, s, log) {
    const out = [];
    for (const load of loads) {
        const bot = { repeated: [], distinct: [] };
        const bare = [];
        const supply = supplies();
        for (let r = 0; r < s.runs; r++) {
            const order = r % 2 === 0
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
                log(`    ${targets.catalog} ${load.command} run ${r + 1} ${who === 'bot' ? `bot (${variant === 'distinct' ? 'computed' : variant})` : 'bare Bolt'}: ${sample.rps.toFixed(0)} req/s, p50 ${sample.p50.toFixed(2)} ms, p99 ${sample.p99.toFixed(2)} ms` +
                    (sample.cpuMsPerRequest !== undefined ? `, CPU ${sample.cpuMsPerRequest.toFixed(2)} ms/request` : '') +
                    (sample.non2xx || sample.errors ? `, non-2xx ${sample.non2xx}, errors ${sample.errors}` : '') +
                    (who === 'bot'
                        ? `, answered ${(sample.inAck ?? 0) + (sample.delivered ?? 0)}/${sample.acked} (in ack ${sample.inAck}, response_url ${sample.delivered})${sample.apologies ? `, apologies ${sample.apologies}` : ''}`
                        : ''));
            }
        }
        const baseline = side(bare);
        for (const variant of ['repeated', 'distinct']) {
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
                p99RatioRuns: bot[variant].map((x, i) => x.p99 / bare[i].p99),
                rpsRatioRuns: bot[variant].map((x, i) => x.rps / bare[i].rps),
            });
        }
    }
    return out;
}
export async function warmUp(bot, loads, fakeUrl, seconds, connections) {
    if (seconds <= 0)
        return;
    let next = 200_000_000;
    for (const load of loads) {
        const lists = Array.from({ length: connections }, () => {
            const list = commandRequests(load, 'distinct', fakeUrl, next, Math.max(100, Math.ceil(seconds * 150)));
            next += list.length;
            return list;
        });
        await autocannon({ url: `http://127.0.0.1:${bot.port}`, connections, duration: seconds, timeout: 30, requests: lists[0], setupClient: perConnection(lists) });
    }
}
export async function soak(bot, loads, fakeUrl, s) {
    const samples = [];
    for (const load of loads) {
        const supply = supplies();
        for (const variant of ['repeated', 'distinct'])
            samples.push(await once(bot, load, fakeUrl, s, 'bot', variant, supply[variant]));
    }
    return samples;
}
//# sourceMappingURL=load.js.map