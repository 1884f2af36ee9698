import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { compiled } from '../lib/build.js';
import { ROOT, startServer, vmRssKb } from '../lib/child.js';
import { byGroup, summarize } from '../lib/cpuprofile.js';
import { figure } from '../lib/stats.js';
import { BENCH_BOT_TOKEN, BENCH_SIGNING_SECRET } from '../lib/slack-requests.js';
export async function runImports(runs) {
    const { spawnSync } = await import('node:child_process');
    const once = () => {
        const r = spawnSync(process.execPath, [compiled(join(ROOT, 'bench/servers/imports.ts'))], { cwd: ROOT, encoding: 'utf8' });
        const line = r.stdout.split('\n').find((l) => l.startsWith('{"event":"imports"'));
        if (!line)
            throw new Error(`imports.ts failed: ${r.stderr.slice(0, 500)}`);
        return JSON.parse(line).steps;
    };
    once();
    const all = Array.from({ length: runs }, once);
    return (all[0] ?? []).map((step, i) => ({
        name: step.name,
        ms: figure(all.map((r) => r[i]?.ms ?? Number.NaN)).median,
        rssMb: figure(all.map((r) => r[i]?.rssMb ?? Number.NaN)).median,
    }));
}
async function settle(server) {
    if (server.info.event === 'listening') {
        const line = await server.waitForLine(/"event":"store-ready"/, 20_000);
        return line ? JSON.parse(line).atMs : undefined;
    }
    const pid = server.proc.pid;
    if (pid === undefined)
        return undefined;
    const hasChildren = () => {
        try {
            return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim() !== '';
        }
        catch {
            return false;
        }
    };
    let last = vmRssKb(pid) ?? 0;
    let stableFor = 0;
    for (let waited = 0; waited < 15_000 && stableFor < 600; waited += 100) {
        await new Promise((r) => setTimeout(r, 100));
        const now = vmRssKb(pid) ?? 0;
        stableFor = Math.abs(now - last) < 1024 && !hasChildren() ? stableFor + 100 : 0;
        last = now;
    }
    return undefined;
}
const mainReady = (line) => {
    const m = /HTTP on port (\d+)/.exec(line);
    return m ? { port: Number(m[1]), info: {} } : undefined;
};
export async function runColdStart(options) {
    const work = mkdtempSync(join(tmpdir(), 'modelscout-bench-cold-'));
    const variants = [
        {
            name: 'dist/main.js (production entry as npm start runs it, HTTP mode)',
            entry: join(ROOT, 'dist/main.js'),
            catalog: 'real',
            models: options.realModels,
            start: (storeDir) => ({
                cwd: work,
                env: {
                    SLACK_BOT_TOKEN: BENCH_BOT_TOKEN,
                    SLACK_SIGNING_SECRET: BENCH_SIGNING_SECRET,
                    SLACK_APP_TOKEN: '',
                    DATABASE_URL: '',
                    SLACK_API_URL: `${options.fakeUrl}/api/`,
                    PORT: '0',
                    HOST: '127.0.0.1',
                    LOG_LEVEL: 'info',
                    MODELSCOUT_DATA_DIR: storeDir,
                    MODELSCOUT_SYNC_HOURS: '0',
                },
                readyFrom: { stream: 'stderr', parse: mainReady },
            }),
        },
        {
            name: 'bench/servers/bot.ts, real catalog',
            entry: join(ROOT, 'bench/servers/bot.ts'),
            catalog: 'real',
            models: options.realModels,
            start: (storeDir) => ({ args: ['--store-dir', storeDir, '--api-url', `${options.fakeUrl}/api/`] }),
        },
        {
            name: `bench/servers/bot.ts, ${options.generatedModels.toLocaleString('en-US')} models`,
            entry: join(ROOT, 'bench/servers/bot.ts'),
            catalog: 'generated',
            models: options.generatedModels,
            start: (storeDir) => ({ args: ['--catalog-dir', options.generatedDir, '--store-dir', storeDir, '--api-url', `${options.fakeUrl}/api/`] }),
        },
        ...(options.pgUrl
            ? [
                {
                    name: `bench/servers/bot.ts, ${options.generatedModels.toLocaleString('en-US')} models, PostgreSQL store`,
                    entry: join(ROOT, 'bench/servers/bot.ts'),
                    catalog: 'generated',
                    store: 'PostgreSQL',
                    models: options.generatedModels,
                    start: () => ({ args: ['--catalog-dir', options.generatedDir, '--database-url', options.pgUrl, '--api-url', `${options.fakeUrl}/api/`] }),
                },
            ]
            : []),
    ];
    const results = [];
    for (const [i, v] of variants.entries()) {
        const storeDir = join(work, `store-${i}`);
        const once = async (extra = {}, dir = storeDir) => {
            const base = v.start(dir);
            const server = await startServer(v.entry, { ...base, ...extra, env: { ...base.env, ...extra.env } });
            const storeReadyAt = await settle(server);
            const rssKb = await server.peakRssKb();
            await server.stop();
            const phases = server.info.phases;
            return {
                ms: server.readyMs,
                rssMb: (rssKb ?? Number.NaN) / 1024,
                phases: phases && storeReadyAt !== undefined ? { ...phases, 'store ready at': storeReadyAt } : phases,
                rssPhases: server.info.rssMb,
            };
        };
        await once();
        const warm = [];
        for (let r = 0; r < options.runs; r++)
            warm.push(await once());
        const phases = warm[0]?.phases ? Object.fromEntries(Object.keys(warm[0].phases).map((k) => [k, figure(warm.map((w) => w.phases?.[k] ?? Number.NaN)).median])) : undefined;
        const result = {
            name: v.name,
            entry: v.entry.replace(ROOT, ''),
            catalog: v.catalog,
            store: v.store ?? 'PGlite',
            models: v.models,
            readyMs: figure(warm.map((w) => w.ms)),
            peakRssMb: figure(warm.map((w) => w.rssMb)),
            ...(phases ? { phases } : {}),
            ...(warm[0]?.rssPhases ? { rssMb: warm[0].rssPhases } : {}),
        };
        if (options.profileStartup && i !== 1) {
            const dir = join(work, `prof-${i}`);
            await once({ nodeArgs: ['--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-interval', '250'] });
            const file = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith('.cpuprofile')) : undefined;
            if (file) {
                const g = byGroup(join(dir, file), ROOT);
                result.startupProfile = { busyMs: g.busyMs, groups: g.groups.slice(0, 12), self: summarize(join(dir, file), ROOT, 12).self };
            }
        }
        if (options.firstBootRuns > 0 && i !== 1 && v.store === undefined) {
            const boots = [];
            for (let r = 0; r < options.firstBootRuns; r++) {
                const tmp = join(work, `tmp-${i}-${r}`);
                mkdirSync(tmp);
                boots.push(await once({ env: { TMPDIR: tmp } }, join(work, `fresh-store-${i}-${r}`)));
            }
            result.firstBootMs = figure(boots.map((b) => b.ms));
            result.firstBootRssMb = figure(boots.map((b) => b.rssMb));
        }
        options.log(`  ${v.name}: ${result.readyMs.median.toFixed(0)} ms (${result.readyMs.min.toFixed(0)}–${result.readyMs.max.toFixed(0)}), peak RSS ${result.peakRssMb.median.toFixed(0)} MB${result.firstBootMs ? `; first boot ${result.firstBootMs.median.toFixed(0)} ms` : ''}${phases ? `; phases ${JSON.stringify(phases)}` : ''}`);
        results.push(result);
    }
    rmSync(work, { recursive: true, force: true });
    return results;
}
//# sourceMappingURL=coldstart.js.map