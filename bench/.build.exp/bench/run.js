import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, release, tmpdir, totalmem, type as osType } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCatalog, writeSnapshot } from '../src/load/catalog.js';
import { resolveModel } from '../src/catalog/resolve.js';
import { generateCatalog } from './generate-catalog.js';
import { commandLoads, nameablePool } from './lib/texts.js';
import { ROOT, startServer } from './lib/child.js';
import { figure } from './lib/stats.js';
import { runColdStart, runImports } from './phases/coldstart.js';
import { fanoutOnce } from './phases/fanout.js';
import { runLoad, soak, warmUp } from './phases/load.js';
import { runProfiles } from './phases/profile.js';
import { runScale } from './phases/scale.js';
import { evaluate, missed, renderMarkdown } from './report.js';
import { startPostgres } from '../test/helpers/postgres.js';
const { values } = parseArgs({
    options: {
        check: { type: 'boolean', default: false },
        quick: { type: 'boolean', default: false },
        runs: { type: 'string' },
        duration: { type: 'string' },
        warmup: { type: 'string' },
        connections: { type: 'string' },
        channels: { type: 'string' },
        'workspace-rate': { type: 'string' },
        'fanout-concurrency': { type: 'string' },
        'bot-warmup': { type: 'string' },
        only: { type: 'string' },
        'no-profile': { type: 'boolean', default: false },
        out: { type: 'string' },
        'report-from': { type: 'string' },
    },
});
const quick = values.quick ?? false;
const num = (v, fallback) => (v === undefined ? fallback : Number(v));
const load = {
    runs: num(values.runs, quick ? 1 : 3),
    durationS: num(values.duration, quick ? 2 : 4),
    warmupS: num(values.warmup, quick ? 1 : 1),
    connections: num(values.connections, 10),
};
const channels = num(values.channels, quick ? 200 : 1000);
const botWarmupS = num(values['bot-warmup'], quick ? 1 : 5);
const workspaceRate = num(values['workspace-rate'], 100);
const checkedConcurrency = values['fanout-concurrency'] === undefined ? undefined : Number(values['fanout-concurrency']);
const phases = new Set((values.only ?? 'scale,cold,load,fanout,profile').split(',').map((s) => s.trim()));
if (values['no-profile'] || (quick && values.only === undefined))
    phases.delete('profile');
const outDir = values.out ?? join(ROOT, 'bench');
if (values.out)
    mkdirSync(values.out, { recursive: true });
if (values['report-from']) {
    const saved = JSON.parse(readFileSync(values['report-from'], 'utf8'));
    const savedVerdicts = evaluate(saved);
    writeFileSync(join(values.out ?? dirname(values['report-from']), 'RESULTS.md'), renderMarkdown(saved, savedVerdicts));
    for (const v of savedVerdicts)
        process.stderr.write(`  ${v.kind === 'extra' ? (v.pass ? 'within' : 'beyond') : v.pass ? 'pass' : 'MISS'}  ${v.name}: ${v.measured} (limit ${v.limit})\n`);
    process.exit(values.check && missed(savedVerdicts).length > 0 ? 1 : 0);
}
const GENERATED_MODELS = 3000;
const started = Date.now();
const log = (line) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}\n`);
const loads = [];
const mark = (phase) => loads.push({ phase, at: new Date().toISOString(), loadavg1: loadavg()[0] ?? 0 });
function codeVersion() {
    try {
        const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
        const status = execFileSync('git', ['status', '--porcelain', '--', 'src', 'data', 'package.json'], { cwd: ROOT, encoding: 'utf8' });
        return { commit, changedFiles: status.split('\n').filter((l) => l.trim() !== '').length };
    }
    catch {
        return undefined;
    }
}
const cpu = cpus();
const results = {
    meta: {
        date: new Date().toISOString(),
        node: process.version,
        os: `${osType()} ${release()} ${process.arch}`,
        cpu: `${cpu.length} × ${cpu[0]?.model ?? 'unknown'}`,
        memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
        freeMemoryGb: Math.round((freemem() / 1024 ** 3) * 10) / 10,
        quick,
        code: { atStart: codeVersion() },
        settings: { ...load, botWarmupS, channels, workspaceRate, checkedConcurrency: checkedConcurrency ?? 'default', generatedModels: GENERATED_MODELS },
        phases: [...phases],
        loadavg: loads,
        totalSeconds: 0,
    },
};
const servers = [];
const storeRoot = mkdtempSync(join(tmpdir(), 'modelscout-bench-stores-'));
let storeCount = 0;
const storeArgs = () => ['--store-dir', join(storeRoot, `store-${storeCount++}`)];
let postgres;
async function cleanup() {
    await Promise.all(servers.splice(0).map((s) => s.stop().catch(() => null)));
    await postgres?.stop().catch(() => undefined);
    postgres = undefined;
}
process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
try {
    mark('start');
    log(`Model Scout bench: ${results.meta.cpu}, Node ${process.version}${quick ? ' (quick: figures are a smoke check only)' : ''}`);
    log(`generating a ${GENERATED_MODELS.toLocaleString('en-US')}-model catalog from data/catalog/*.yml …`);
    const realCatalog = loadCatalog();
    const gen = generateCatalog({ models: GENERATED_MODELS });
    const t0 = performance.now();
    const written = writeSnapshot(gen.dir);
    if (!written.ok)
        throw new Error(`the generated catalog is invalid: ${written.problems.length} problems`);
    results.generated = { dir: gen.dir, models: gen.catalog.models.length, realModels: gen.docs.realModels, firstLoadMs: performance.now() - t0 };
    log(`  ${gen.catalog.models.length} models (${gen.docs.realModels} real) in ${gen.dir}; YAML parse, validation and snapshot ${results.generated.firstLoadMs.toFixed(0)} ms`);
    const resolvesIn = (catalog) => (name) => {
        const r = resolveModel(catalog, name);
        return r.kind === 'found' ? r.model.id : undefined;
    };
    const pool = nameablePool(realCatalog.models, [resolvesIn(realCatalog), resolvesIn(gen.catalog)]);
    const loads = commandLoads(pool);
    log(`  computed /compare texts pair ${pool.length} of the ${realCatalog.models.length} real models (${pool.flat().length} names)`);
    if (phases.has('scale')) {
        mark('scale');
        log('scale: ranking and name resolution at 150 / 750 / 1,500 / 3,000 models');
        results.scale = runScale(gen.docs, { quick, log });
    }
    if (phases.has('load') || phases.has('cold')) {
        try {
            postgres = await startPostgres();
        }
        catch (error) {
            log(`  no PostgreSQL server (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): every bot uses PGlite`);
        }
    }
    const pgUrl = postgres?.url;
    const fake = await startServer(join(ROOT, 'bench/servers/fake-slack.ts'));
    servers.push(fake);
    const fakeUrl = `http://127.0.0.1:${fake.port}`;
    if (phases.has('cold')) {
        mark('cold');
        log('cold start: spawn → listening, peak RSS');
        results.imports = await runImports(quick ? 1 : 3);
        log(`  imports: ${results.imports.map((s) => `${s.name} ${s.ms.toFixed(0)} ms`).join(', ')}`);
        results.coldStart = await runColdStart({
            pgUrl,
            runs: quick ? 2 : 5,
            firstBootRuns: quick ? 1 : 2,
            profileStartup: phases.has('profile'),
            fakeUrl,
            generatedDir: gen.dir,
            generatedModels: gen.catalog.models.length,
            realModels: realCatalog.models.length,
            log,
        });
    }
    if (phases.has('load')) {
        mark('load');
        log(`load: ${load.connections} connections, ${load.warmupS} s warm-up + ${load.durationS} s, ${load.runs} runs each, bot and bare Bolt alternating`);
        const bare = await startServer(join(ROOT, 'bench/servers/bare.ts'), { args: ['--api-url', `${fakeUrl}/api/`] });
        servers.push(bare);
        results.load = [];
        results.loadServers = [];
        const big = { catalog: `${gen.catalog.models.length.toLocaleString('en-US')} models`, models: gen.catalog.models.length, catalogArgs: ['--catalog-dir', gen.dir] };
        const targets = [
            { catalog: 'real', models: realCatalog.models.length, args: storeArgs(), store: 'PGlite', compared: true },
            { catalog: big.catalog, models: big.models, args: [...big.catalogArgs, ...storeArgs()], store: 'PGlite', compared: true },
            ...(pgUrl ? [{ catalog: big.catalog, models: big.models, args: [...big.catalogArgs, '--database-url', pgUrl], store: 'PostgreSQL', compared: false }] : []),
        ];
        for (const target of targets) {
            const bot = await startServer(join(ROOT, 'bench/servers/bot.ts'), { args: [...target.args, '--api-url', `${fakeUrl}/api/`] });
            servers.push(bot);
            if ((await bot.waitForLine(/"event":"store-ready"/, 180_000)) === undefined)
                log('  (the bot did not report its store open within 180 s: the first runs measure commands waiting for it)');
            log(`  bot (${target.catalog}, ${target.store} store) on :${bot.port}${target.compared ? `, bare Bolt on :${bare.port}` : ', memory under the same commands'}; ${botWarmupS} s of each command unmeasured first`);
            await warmUp(bot, loads, fakeUrl, botWarmupS, load.connections);
            let soaked;
            if (target.compared)
                results.load.push(...(await runLoad({ bot, bare, catalog: target.catalog, models: target.models }, loads, fakeUrl, load, log)));
            else
                soaked = await soak(bot, loads, fakeUrl, load);
            const peakRssMb = ((await bot.peakRssKb()) ?? Number.NaN) / 1024;
            if (soaked)
                log(`    peak RSS ${peakRssMb.toFixed(0)} MB; answered ${soaked.reduce((n, x) => n + (x.inAck ?? 0) + (x.delivered ?? 0), 0)}/${soaked.reduce((n, x) => n + (x.acked ?? 0), 0)}`);
            results.loadServers.push({
                server: `bot, ${target.catalog}, ${target.store} store`,
                models: target.models,
                store: target.store,
                peakRssMb,
                memory: (await bot.memory())?.memory,
                logLines: bot.stderr.length,
                sampleLog: bot.stderr.slice(0, 3),
                ...(soaked ? { soak: soaked } : {}),
            });
            await bot.stop();
            servers.splice(servers.indexOf(bot), 1);
        }
        results.loadServers.push({
            server: 'bare Bolt',
            models: 0,
            peakRssMb: ((await bare.peakRssKb()) ?? Number.NaN) / 1024,
            logLines: bare.stderr.length,
            sampleLog: bare.stderr.slice(0, 3),
        });
        await bare.stop();
        servers.splice(servers.indexOf(bare), 1);
    }
    if (phases.has('fanout')) {
        mark('fanout');
        log(`digest fan-out: ${channels} channels, 1 message/s per channel, ${workspaceRate}/s workspace-wide`);
        const once = async (concurrency, limited = true) => {
            const r = await fanoutOnce({ fakeUrl, channels, workspacePerSecond: limited ? workspaceRate : 0, concurrency });
            log(`  concurrency ${r.concurrency}${limited ? '' : ' (no limits)'}: ${r.seconds.toFixed(1)} s${Number.isFinite(r.ratio) ? ` (floor ${r.floorSeconds.toFixed(1)} s, ${r.ratio.toFixed(2)}×)` : ''}, ${r.messages} messages, 429s ${r.rejectedWorkspace} workspace / ${r.rejectedChannel} channel, duplicates ${r.duplicates}, lost ${r.lost}, CPU ${r.cpuMsPerDelivery.toFixed(1)} ms/delivery`);
            return r;
        };
        const unlimited = await once(checkedConcurrency, false);
        const sweep = [];
        for (const c of quick ? [1, 8] : [1, 8, 32, 64])
            sweep.push(await once(c));
        const sweepOk = sweep.filter((r) => r.duplicates === 0 && r.lost === 0);
        const best = [...(sweepOk.length ? sweepOk : sweep)].sort((a, b) => a.seconds - b.seconds)[0];
        const repeat = async (c) => {
            const runs = [];
            const fromSweep = c === undefined ? undefined : sweep.find((r) => r.concurrency === c);
            if (fromSweep)
                runs.push(fromSweep);
            while (runs.length < (quick ? 1 : 3))
                runs.push(await once(c));
            return runs;
        };
        const checked = await repeat(checkedConcurrency);
        const recommendedRuns = checkedConcurrency !== undefined && best.concurrency === checkedConcurrency ? checked : await repeat(best.concurrency);
        results.fanout = {
            channels,
            workspacePerSecond: workspaceRate,
            channelPerSecond: 1,
            unlimited,
            sweep,
            checked: { concurrency: checkedConcurrency ?? "runDue's default", runs: checked, seconds: figure(checked.map((r) => r.seconds)), ratio: figure(checked.map((r) => r.ratio)) },
            recommended: {
                concurrency: best.concurrency,
                runs: recommendedRuns,
                seconds: figure(recommendedRuns.map((r) => r.seconds)),
                ratio: figure(recommendedRuns.map((r) => r.ratio)),
            },
        };
    }
    if (phases.has('profile')) {
        mark('profile');
        log('profile: the bot under each load, CPU-profiled');
        results.profiles = await runProfiles({
            fakeUrl,
            loads,
            seconds: 4,
            connections: load.connections,
            catalogs: [
                { name: 'real', args: storeArgs(), variants: ['distinct', 'repeated'] },
                { name: `${gen.catalog.models.length.toLocaleString('en-US')} models`, args: ['--catalog-dir', gen.dir, ...storeArgs()], variants: ['distinct'] },
            ],
        });
    }
}
finally {
    await cleanup();
    rmSync(storeRoot, { recursive: true, force: true });
    if (results.generated)
        rmSync(results.generated.dir, { recursive: true, force: true });
}
mark('end');
results.meta.code.atEnd = codeVersion();
results.meta.totalSeconds = (Date.now() - started) / 1000;
const verdicts = evaluate(results);
writeFileSync(join(outDir, 'results.json'), `${JSON.stringify({ ...results, budgets: verdicts }, null, 2)}\n`);
writeFileSync(join(outDir, 'RESULTS.md'), renderMarkdown(results, verdicts));
log(`wrote ${join(outDir, 'RESULTS.md')} and results.json in ${results.meta.totalSeconds.toFixed(0)} s`);
for (const v of verdicts)
    log(`  ${v.kind === 'extra' ? (v.pass ? 'within' : 'beyond') : v.pass ? 'pass' : 'MISS'}  ${v.name}: ${v.measured} (limit ${v.limit})`);
const misses = missed(verdicts);
if (values.check && misses.length > 0) {
    process.stderr.write(`\n${misses.length} budget${misses.length === 1 ? '' : 's'} missed:\n${misses.map((m) => `  - ${m.name}: ${m.measured} (limit ${m.limit})`).join('\n')}\n`);
    process.exitCode = 1;
}
//# sourceMappingURL=run.js.map