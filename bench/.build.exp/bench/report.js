import { showFigure } from './lib/stats.js';
import { BOT_ENV, BOT_NODE_FLAGS } from './lib/child.js';
export const BUDGETS = {
    p99Ratio: 2.5,
    rpsRatio: 0.35,
    compareScaleGrowth: 1.2,
    coldStartMs: 1000,
    peakRssMb: 200,
    fanoutRatio: 1.2,
    rankPerModelGrowth: 1.25,
    resolveUs: 1000,
};
const x2 = (n) => `${n.toFixed(2)}×`;
const VARIANT = { distinct: 'computed answers (a new text every request)', repeated: 'repeated texts' };
const commandName = (l) => (l.command.startsWith('/compare') ? '/compare a b' : l.command);
export function evaluate(r) {
    const out = [];
    for (const l of r.load ?? []) {
        const where = `${commandName(l)}, ${l.catalog === 'real' ? `real catalog (${l.models} models)` : l.catalog}, ${VARIANT[l.variant]}`;
        const kind = l.variant === 'distinct' && l.catalog === 'real' ? 'budget' : 'extra';
        out.push({
            kind,
            name: `p99 vs bare Bolt: ${where}`,
            limit: `≤ ${BUDGETS.p99Ratio}×`,
            measured: `${x2(l.p99Ratio)} (${l.bot.p99.median.toFixed(2)} ms vs ${l.bare.p99.median.toFixed(2)} ms)`,
            pass: l.p99Ratio <= BUDGETS.p99Ratio,
        });
        out.push({
            kind,
            name: `throughput vs bare Bolt: ${where}`,
            limit: `≥ ${BUDGETS.rpsRatio}×`,
            measured: `${x2(l.rpsRatio)} (${l.bot.rps.median.toFixed(0)} vs ${l.bare.rps.median.toFixed(0)} req/s)`,
            pass: l.rpsRatio >= BUDGETS.rpsRatio,
        });
    }
    const compare = (real) => r.load?.find((l) => l.variant === 'distinct' && l.command.startsWith('/compare') && (l.catalog === 'real') === real);
    const [small, large] = [compare(true), compare(false)];
    if (small && large) {
        const byThroughput = small.rpsRatio / large.rpsRatio;
        const [cpuSmall, cpuLarge] = [small.bot.cpuMsPerRequest?.median, large.bot.cpuMsPerRequest?.median];
        const byCpu = cpuSmall !== undefined && cpuLarge !== undefined ? cpuLarge / cpuSmall : undefined;
        const growth = byCpu ?? byThroughput;
        const throughputText = `time per request relative to bare Bolt ${x2(1 / large.rpsRatio)} vs ${x2(1 / small.rpsRatio)}: ${x2(byThroughput)}`;
        out.push({
            kind: 'budget',
            name: `computed /compare of two models at ${large.catalog} vs the real catalog (${small.models} models): ${byCpu === undefined ? 'time per request relative to bare Bolt' : 'bot CPU time per request'}`,
            limit: `≤ ${BUDGETS.compareScaleGrowth}×`,
            measured: byCpu === undefined
                ? `${x2(growth)} (${throughputText})`
                : `${x2(growth)} (${cpuLarge.toFixed(2)} vs ${cpuSmall.toFixed(2)} ms; ${throughputText})`,
            pass: growth <= BUDGETS.compareScaleGrowth,
        });
    }
    if (r.load?.length) {
        const bare = new Set(r.load.map((l) => l.bare));
        const bots = [...r.load.flatMap((l) => l.bot.samples), ...(r.loadServers ?? []).flatMap((s) => s.soak ?? [])];
        const samples = [...bots, ...[...bare].flatMap((b) => b.samples)];
        const failed = samples.reduce((n, s) => n + s.non2xx + s.errors + s.timeouts, 0);
        const acked = bots.reduce((n, s) => n + (s.acked ?? 0), 0);
        const missing = bots.reduce((n, s) => n + Math.max(0, (s.acked ?? 0) - (s.inAck ?? 0) - (s.delivered ?? 0)), 0);
        const inAck = bots.reduce((n, s) => n + (s.inAck ?? 0), 0);
        const atUrl = bots.reduce((n, s) => n + (s.delivered ?? 0), 0);
        const apologies = bots.reduce((n, s) => n + (s.apologies ?? 0) + (s.notEphemeral ?? 0), 0);
        out.push({
            kind: 'correctness',
            name: 'every load request acked 2xx; every bot command answered ephemerally (in the ack or at its response_url)',
            limit: '0 failures',
            measured: `${failed} non-2xx/errors; ${missing} of ${acked.toLocaleString('en-US')} unanswered (${inAck.toLocaleString('en-US')} answered in the ack, ${atUrl.toLocaleString('en-US')} at response_url); ${apologies} apologies or non-ephemeral`,
            pass: failed === 0 && missing === 0 && apologies === 0,
        });
    }
    const main = r.coldStart?.find((v) => v.entry.endsWith('dist/main.js'));
    if (main) {
        out.push({
            kind: 'budget',
            name: 'cold start, real catalog (dist/main.js as npm start runs it, HTTP mode: spawn → listening)',
            limit: `≤ ${BUDGETS.coldStartMs} ms`,
            measured: `${main.readyMs.median.toFixed(0)} ms`,
            pass: main.readyMs.median <= BUDGETS.coldStartMs,
        });
    }
    for (const store of ['PGlite', 'PostgreSQL']) {
        const started = r.coldStart?.find((v) => v.catalog === 'generated' && v.store === store);
        const loaded = r.loadServers?.find((s) => s.models >= 3000 && (s.store ?? 'PGlite') === store);
        if (!started && !loaded)
            continue;
        const peak = Math.max(started?.peakRssMb.max ?? 0, started?.firstBootRssMb?.max ?? 0, loaded?.peakRssMb ?? 0);
        const when = [started ? 'restarted' : '', started?.firstBootRssMb ? 'first boot' : '', loaded ? 'under load' : ''].filter(Boolean);
        out.push({
            kind: 'budget',
            name: `peak RSS at ${(started?.models ?? loaded?.models ?? 3000).toLocaleString('en-US')} models, ${store} store (${when.length > 1 ? `${when.slice(0, -1).join(', ')} and ${when[when.length - 1]}` : when[0]})`,
            limit: `≤ ${BUDGETS.peakRssMb} MB`,
            measured: `${peak.toFixed(0)} MB`,
            pass: peak <= BUDGETS.peakRssMb,
        });
    }
    if (r.fanout) {
        const f = r.fanout;
        out.push({
            kind: 'budget',
            name: `digest fan-out time vs floor (${f.channels} channels, concurrency ${f.checked.concurrency})`,
            limit: `≤ ${BUDGETS.fanoutRatio}× floor`,
            measured: `${x2(f.checked.ratio.median)} (${f.checked.seconds.median.toFixed(1)} s vs ${(f.checked.runs[0]?.floorSeconds ?? 0).toFixed(1)} s)`,
            pass: f.checked.ratio.median <= BUDGETS.fanoutRatio,
        });
        const all = [f.unlimited, ...f.sweep, ...f.checked.runs, ...f.recommended.runs];
        const dups = all.reduce((n, x) => n + x.duplicates, 0);
        out.push({ kind: 'budget', name: 'digest fan-out duplicates (every run)', limit: '0', measured: String(dups), pass: dups === 0 });
        const lost = [...f.checked.runs, ...f.recommended.runs].reduce((n, x) => n + x.lost, 0);
        out.push({
            kind: 'budget',
            name: `digest fan-out losses (concurrency ${f.checked.concurrency} and ${f.recommended.concurrency})`,
            limit: '0',
            measured: String(lost),
            pass: lost === 0,
        });
    }
    if (r.scale) {
        const s = r.scale;
        const first = s.ranking.find((p) => p.models === s.growthFrom) ?? s.ranking[0];
        const last = s.ranking[s.ranking.length - 1];
        out.push({
            kind: 'requirement',
            name: `ranking no worse than linear: cost per model at ${last?.models.toLocaleString('en-US')} vs ${first?.models} models`,
            limit: `≤ ${BUDGETS.rankPerModelGrowth}×`,
            measured: `${x2(s.perModelGrowth)} (${last?.usPerModel.toFixed(1)} vs ${first?.usPerModel.toFixed(1)} µs/model)`,
            pass: s.perModelGrowth <= BUDGETS.rankPerModelGrowth,
        });
        const worst = s.resolution.filter((p) => p.models === last?.models).sort((a, b) => b.us - a.us)[0];
        out.push({
            kind: 'extra',
            name: `name resolution under 1 ms at ${last?.models} models (slowest kind, median)`,
            limit: `≤ ${BUDGETS.resolveUs} µs`,
            measured: `${s.worstResolveUs.toFixed(0)} µs (${worst?.kind}: “${worst?.query}”)`,
            pass: s.worstResolveUs <= BUDGETS.resolveUs,
        });
    }
    return out;
}
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map((_h, i) => (i === 0 ? '---' : '---:')).join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const fig = (f, digits = 1) => showFigure(f, digits);
function sideRow(name, s) {
    return [name, fig(s.rps, 0), fig(s.p50, 2), fig(s.p99, 2), s.cpuMsPerRequest ? fig(s.cpuMsPerRequest, 2) : '—', Number.isFinite(s.rssPeakMb.median) ? fig(s.rssPeakMb, 0) : '—'];
}
function loadSection(loads) {
    const commands = [...new Set(loads.map((l) => l.command))];
    return commands
        .map((command) => {
        const rows = loads.filter((l) => l.command === command);
        const computed = rows.find((l) => l.variant === 'distinct');
        const repeated = rows.find((l) => l.variant === 'repeated');
        const bare = (computed ?? repeated)?.bare;
        const ratio = (l) => [
            `**bot (${l.variant === 'distinct' ? 'computed' : 'repeated'}) / bare**`,
            `**${x2(l.rpsRatio)}** (runs ${l.rpsRatioRuns.map((v) => v.toFixed(2)).join(', ')})`,
            x2(l.bot.p50.median / l.bare.p50.median),
            `**${x2(l.p99Ratio)}** (runs ${l.p99RatioRuns.map((v) => v.toFixed(2)).join(', ')})`,
            l.bot.cpuMsPerRequest && l.bare.cpuMsPerRequest ? x2(l.bot.cpuMsPerRequest.median / l.bare.cpuMsPerRequest.median) : '',
            '',
        ];
        const label = { distinct: 'computed', repeated: 'repeated' };
        const replies = rows.map((l) => `${label[l.variant]}: ${l.bot.samples.map((s) => `${s.inAck} + ${s.delivered} / ${s.acked}`).join(', ')}`).join('; ');
        return [
            `**${commandName(rows[0])}**`,
            '',
            table(['app', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/request', 'RSS peak MB'], [
                ...(computed ? [sideRow('bot, computed answers (a new text every request)', computed.bot)] : []),
                ...(repeated ? [sideRow('bot, repeated texts', repeated.bot)] : []),
                ...(bare ? [sideRow('bare Bolt (ack only)', bare)] : []),
                ...[computed, repeated].filter((l) => l !== undefined).map(ratio),
            ]),
            '',
            `Texts — computed: ${computed?.texts.map((t) => `\`${t}\``).join(', ')}, … (a new one every request); repeated: ${repeated?.texts.map((t) => `\`${t}\``).join(', ')}. ` +
                `Answers per bot run (warm-up included), in the ack + at response_url / commands acked — ${replies}.`,
        ].join('\n');
    })
        .join('\n\n');
}
function scaleTable(loads) {
    const rows = loads
        .filter((l) => l.variant === 'distinct' && l.catalog !== 'real')
        .flatMap((big) => {
        const real = loads.find((l) => l.variant === 'distinct' && l.catalog === 'real' && l.command === big.command);
        if (!real)
            return [];
        const cpu = (l) => l.bot.cpuMsPerRequest?.median;
        const cpuGrowth = cpu(real) !== undefined && cpu(big) !== undefined ? `**${x2(cpu(big) / cpu(real))}**` : '—';
        const ms = (l) => (cpu(l) === undefined ? '—' : cpu(l).toFixed(2));
        return [[commandName(big), ms(real), ms(big), cpuGrowth, x2(1 / real.rpsRatio), x2(1 / big.rpsRatio), x2(real.rpsRatio / big.rpsRatio)]];
    });
    if (rows.length === 0)
        return '';
    const big = loads.find((l) => l.catalog !== 'real');
    return [
        `Computed answers at ${big?.catalog} against the real catalog (${loads.find((l) => l.catalog === 'real')?.models} models): the bot's CPU time per request (every thread, warm-up included; another process on the machine does not move it), and its time per request relative to bare Bolt's in the runs paired with it (bare req/s ÷ bot req/s). The /compare budget holds the CPU growth to ≤ ${BUDGETS.compareScaleGrowth}×; \`cheapest\` ranks every model, so it may grow up to linearly (checked per model in process, below).`,
        '',
        table([`command`, 'real, CPU ms/request', `${big?.catalog}, CPU ms/request`, 'CPU growth', 'real, × bare', `${big?.catalog}, × bare`, 'growth vs bare'], rows),
    ].join('\n');
}
export function renderMarkdown(r, verdicts) {
    const m = r.meta;
    const s = m.settings;
    const out = [];
    out.push('# Model Scout — benchmark results', '');
    out.push(`Written by \`npm run bench\`${m.quick ? ' **--quick (a smoke check: runs too short for the figures to mean much)**' : ''} on ${m.date.replace('T', ' ').slice(0, 16)} UTC, in ${m.totalSeconds.toFixed(0)} s.`, '');
    out.push(`- Machine: ${m.cpu}, ${m.memoryGb} GB RAM, ${m.os}`);
    out.push(`- Node ${m.node}; every server runs compiled JavaScript (the bot as \`npm start\` runs it${BOT_NODE_FLAGS.length + Object.keys(BOT_ENV).length > 0 ? `, with \`${[...Object.entries(BOT_ENV).map(([k, v]) => `${k}=${v}`), ...BOT_NODE_FLAGS].join(' ')}\`` : ''}; bare Bolt with Node's defaults)`);
    const v = (c) => c
        ? `commit ${c.commit}${c.changedFiles ? ` with ${c.changedFiles} uncommitted change${c.changedFiles === 1 ? '' : 's'} in src/, data/ or package.json` : ''}`
        : 'unknown (no git)';
    const same = JSON.stringify(m.code.atStart) === JSON.stringify(m.code.atEnd);
    out.push(`- Code: ${v(m.code.atStart)}${same ? '' : ` at the start, ${v(m.code.atEnd)} at the end — **the code changed during the run**: the in-process phases (scale, fan-out) ran the code as it was at the start, each server the code as it was when that server started`}`);
    out.push(`- 1-minute load average when each phase began: ${m.loadavg.map((l) => `${l.phase} ${l.loadavg1.toFixed(2)}`).join(', ')} (the bench's own processes count too; anything else running on the machine shares its ${m.cpu.split(' ')[0]} cores with it)`);
    out.push(`- Figures are the **median of the runs, with the spread (min–max)** in brackets.`, '');
    out.push('## Budgets', '');
    out.push(table(['', 'check', 'limit', 'measured', ''], verdicts.map((v) => [v.kind, v.name, v.limit, v.measured, v.kind === 'extra' ? (v.pass ? 'within' : 'beyond') : v.pass ? 'pass' : '**MISS**'])));
    out.push('', "`npm run bench -- --check` exits 1 when any budget, requirement or correctness row above is a MISS. The slash-command budgets count computed answers: a new text every request (model pairs drawn from the catalog, varied volumes, mixes and filters), the load a workspace's users create, on the real catalog; " +
        `a computed two-model /compare must cost the same at ${r.load?.find((l) => l.catalog !== 'real')?.catalog ?? '3,000 models'} (≤ ${BUDGETS.compareScaleGrowth}× the bot's CPU time per request). ` +
        'The "extra" rows hold the same limits against figures the budgets do not name (the issue\'s few repeated texts; computed answers at 3,000 models) and are not counted by `--check`. ' +
        `The "requirement" row reads the issue's words "no worse than linearly" (≤ ${BUDGETS.rankPerModelGrowth}× the cost per model); name resolution is shown against a millisecond as an extra row.`, '');
    if (r.load) {
        const real = r.load.filter((l) => l.catalog === 'real');
        const big = r.load.filter((l) => l.catalog !== 'real');
        out.push('## 1. Slash commands over HTTP (real catalog)', '');
        out.push(`autocannon, ${s.connections} connections, ${s.warmupS} s warm-up + ${s.durationS} s measured, ${s.runs} runs per app alternating bot / bare Bolt (the first of each pair alternates too)${s.botWarmupS ? `; each bot first takes ${s.botWarmupS} s of each command unmeasured (a new process spends its first seconds of load compiling)` : ''}. ` +
            'Both apps run in their own process on 127.0.0.1 with the Bolt HTTP receiver, and each verifies the signature of every request once (bare Bolt in its receiver, the bot in the guard in front of it); every request carries a valid v0 signature with a fresh timestamp. ' +
            "The bot answers each command in its acknowledgement or at its response_url on a fake Slack (its own process, answers 200); both are counted. Latency is each response's own time (the ack), in ms; throughput is 2xx responses per second. " +
            "When the bot answers in the ack, latency includes the answer's work; when it acks first, the answer work still holds the event loop while the next requests wait. " +
            'Each command runs twice per run: with a different text every request ("computed": model pairs drawn from the real catalog\'s current models and typed by id or alias, volumes from 100k to 5,000M tokens, mixes, cached shares, batch pricing, filters; see bench/lib/texts.ts), so that every answer is computed, and with the issue\'s few texts ("repeated"; answered from the bot\'s answer cache where it keeps one). The bare app runs once per run; both bot variants are compared with it.', '');
        out.push(loadSection(real), '');
        if (big.length) {
            out.push(`## 2. Scale: ${big[0]?.catalog}`, '');
            out.push(`The same load against the bot with the generated catalog (bench/generate-catalog.ts: the ${r.generated?.realModels} real models and variants of them — dated snapshots, -latest, regional and hosting-platform variants, fine-tunes — with jittered prices, long-context and service tiers, 1–3 dated price periods and unique aliases; it passes buildCatalog).`, '');
            out.push(loadSection(big), '');
            const growth = scaleTable(r.load);
            if (growth)
                out.push(growth, '');
        }
    }
    if (r.scale) {
        const sc = r.scale;
        if (!r.load?.some((l) => l.catalog !== 'real'))
            out.push('## 2. Scale', '');
        out.push(`**Ranking** — \`cheapest(catalog, 50M tokens/month, no filters, top 10)\` over every model, in process, median per call (as of ${sc.asOf}), and the same for a batch profile:`, '');
        const opt = (v) => (v === undefined ? '—' : v.toFixed(3));
        out.push(table(['models', 'ms per ranking', 'p90 ms', 'µs per model', 'batch profile, ms'], sc.ranking.map((p) => [p.models.toLocaleString('en-US'), p.ms.toFixed(3), p.p90Ms.toFixed(3), p.usPerModel.toFixed(3), opt(p.batchMs)])));
        out.push('', `Cost per model at ${sc.ranking[sc.ranking.length - 1]?.models.toLocaleString('en-US')} is ${x2(sc.perModelGrowth)} the cost per model at ${sc.growthFrom} (1× = exactly linear); ` +
            `time grows as models^${sc.exponent.toFixed(2)} (least-squares fit over all four sizes; 1 = linear, n log n ≈ 1.16 over this range, quadratic = 2).`, '');
        const sizes = [...new Set(sc.resolution.map((p) => p.models))];
        const kinds = [...new Set(sc.resolution.map((p) => p.kind))];
        out.push('**Name resolution** — `resolveModel`, median µs per call:', '');
        out.push(table(['kind', 'query', `result at ${sizes[sizes.length - 1]?.toLocaleString('en-US')}`, ...sizes.map((n) => `${n.toLocaleString('en-US')} models`)], kinds.map((k) => {
            const pts = sc.resolution.filter((p) => p.kind === k);
            return [k, `\`${pts[0]?.query}\``, pts[pts.length - 1]?.outcome ?? '', ...sizes.map((n) => (pts.find((p) => p.models === n)?.us ?? Number.NaN).toFixed(1))];
        })));
        out.push('');
    }
    if (r.coldStart) {
        out.push('## 3. Cold start and memory', '');
        out.push('Spawn of `node <entry>` (compiled JavaScript: dist/ as `npm start` builds it, bench/.build for the bench server) → the line saying it listens (catalog loaded, HTTP server bound), and its peak RSS (VmHWM) once started (its store, which may open while the app starts, open too). ' +
            'Both read the catalog\'s parsed snapshot, written as `npm run build` writes it. "Restart" starts with an existing PGlite store (one unmeasured start first); ' +
            '"first boot" starts with an empty TMPDIR and a new store.', '');
        out.push(table(['entry', 'models', 'restart ms', 'peak RSS MB', 'first boot ms', 'first boot RSS MB'], r.coldStart.map((v) => [
            v.name,
            v.models.toLocaleString('en-US'),
            fig(v.readyMs, 0),
            fig(v.peakRssMb, 0),
            v.firstBootMs ? fig(v.firstBootMs, 0) : '—',
            v.firstBootRssMb ? fig(v.firstBootRssMb, 0) : '—',
        ])));
        const withPhases = r.coldStart.filter((v) => v.phases);
        if (withPhases.length) {
            out.push('', 'Where a restart\'s time and memory go (bench server, composed as src/main.ts is; median ms per phase, "modules" being process start → every module imported, and "store ready at" ms after process start; RSS in MB after each phase):', '');
            const keys = Object.keys(withPhases[0]?.phases ?? {});
            const rssKeys = Object.keys(withPhases[0]?.rssMb ?? {});
            out.push(table(['entry', ...keys.map((k) => `${k} ms`), ...rssKeys.map((k) => `RSS after ${k}`)], withPhases.map((v) => [v.name, ...keys.map((k) => (v.phases?.[k] ?? Number.NaN).toFixed(0)), ...rssKeys.map((k) => (v.rssMb?.[k] ?? Number.NaN).toFixed(0))])));
        }
        for (const v of r.coldStart.filter((x) => x.startupProfile)) {
            const p = v.startupProfile;
            out.push('', `CPU during one restart of ${v.name} (--cpu-prof, spawn → stop once started, store open; ${p.busyMs.toFixed(0)} ms busy), by package:`, '');
            out.push(table(['code', 'ms', '% busy'], p.groups.slice(0, 10).map((g) => [g.group, g.ms.toFixed(0), g.pct.toFixed(1)])));
        }
        if (r.imports) {
            out.push('', 'What importing costs (bench/servers/imports.ts: the runtime dependencies one after another, then the modules src/main.ts imports; median of runs):', '');
            const total = r.imports.reduce((n, x) => n + x.ms, 0);
            out.push(table(['import', 'ms', 'RSS after, MB'], [
                ...r.imports.filter((x) => x.ms >= 5 || x === r.imports?.[0]).map((x) => [x.name, x.ms.toFixed(0), x.rssMb.toFixed(0)]),
                ['**total**', `**${total.toFixed(0)}**`, String(r.imports[r.imports.length - 1]?.rssMb ?? '')],
            ]));
            out.push('', '(imports under 5 ms are left out of the table, not of the total)');
        }
        if (r.generated)
            out.push('', `The generated catalog's first load in the harness (YAML parse of ${r.generated.models.toLocaleString('en-US')} models, validation and writing its snapshot): ${r.generated.firstLoadMs.toFixed(0)} ms.`);
        out.push('');
    }
    if (r.loadServers) {
        out.push('Peak RSS (VmHWM) of the servers after all their load runs:', '');
        const mb = (b) => (b === undefined ? '—' : (b / 1024 / 1024).toFixed(0));
        out.push(table(['server', 'peak RSS MB', 'RSS now', 'V8 heap total', 'heap used', 'external (incl. WASM/buffers)', 'log lines (warn/error)'], r.loadServers.map((x) => [x.server, x.peakRssMb.toFixed(0), mb(x.memory?.rss), mb(x.memory?.heapTotal), mb(x.memory?.heapUsed), mb(x.memory?.external), x.logLines])));
        const lite = r.coldStart?.find((v) => v.catalog === 'generated' && v.store === 'PGlite');
        const pg = r.coldStart?.find((v) => v.catalog === 'generated' && v.store === 'PostgreSQL');
        if (lite && pg) {
            out.push('', `The memory budget is checked for both stores at ${lite.models.toLocaleString('en-US')} models, started and under load. The embedded PGlite store, the default when no \`DATABASE_URL\` is set, ` +
                `runs PostgreSQL compiled to WebAssembly inside the bot's process: the started bot peaks at ${lite.peakRssMb.median.toFixed(0)} MB with it and ${pg.peakRssMb.median.toFixed(0)} MB with PostgreSQL (a process of its own, not counted), ` +
                `so PGlite accounts for about ${(lite.peakRssMb.median - pg.peakRssMb.median).toFixed(0)} MB.`);
        }
        out.push('');
    }
    if (r.fanout) {
        const f = r.fanout;
        out.push('## 4. Digest fan-out', '');
        out.push(`${f.channels.toLocaleString('en-US')} subscribed channels (ten time zones, mixed provider filters and watch lists, all due) in an in-memory PGlite store; one \`runDue\` pass at ${'2026-04-27 18:00 UTC'} (a week with six real price changes), ` +
            'with `deliveryClient` pointed at a fake Slack in its own process that enforces **1 message per second per channel** and **' +
            `${f.workspacePerSecond} messages per rolling second across the workspace**, answering 429 with \`Retry-After: 1\` beyond either. ` +
            'Floor = the least time those limits allow between the first and the last of the messages that had to go out: with N per rolling second, M messages span ⌈M ÷ N⌉ − 1 seconds (1,000 at 100/s: 9 s); a channel with several messages would also need one second per extra message. The time measured is the whole pass, reading subscriptions and claiming included. ' +
            'Duplicates and losses are counted from what the fake accepted.', '');
        const row = (x, label) => [
            label ?? String(x.concurrency),
            x.seconds.toFixed(1),
            !Number.isFinite(x.ratio) ? '—' : x.floorSeconds.toFixed(1),
            !Number.isFinite(x.ratio) ? '—' : x2(x.ratio),
            x.achievedPerSecond.toFixed(0),
            `${x.rejectedWorkspace} / ${x.rejectedChannel}`,
            x.retryAfterSeconds.toFixed(0),
            x.cpuMsPerDelivery.toFixed(1),
            x.duplicates,
            x.lost,
            Object.entries(x.outcomes)
                .map(([k, v]) => `${k} ${v}`)
                .join(', '),
        ];
        const head = ['concurrency', 's', 'floor s', 'vs floor', 'msg/s', '429s workspace / channel', 'Retry-After s waited', 'CPU ms / delivery', 'dup', 'lost', 'outcomes'];
        out.push(table(head, [row(f.unlimited, `${f.unlimited.concurrency} (no Slack limits)`), ...f.sweep.map((x) => row(x))]));
        out.push('');
        out.push(`- Checked setting (${f.checked.concurrency}): **${fig(f.checked.seconds)} s**, **${showFigure(f.checked.ratio, 2)}× the floor** over ${f.checked.runs.length} runs.`);
        out.push(`- Recommended (the fastest in the sweep with no duplicates or losses, then run again): concurrency **${f.recommended.concurrency}**: ${fig(f.recommended.seconds)} s, ${showFigure(f.recommended.ratio, 2)}× the floor over ${f.recommended.runs.length} runs.`);
        out.push('');
    }
    if (r.profiles?.length) {
        out.push("## Where the bot's time goes under load", '');
        out.push('CPU profile of the bot server (sampling every 250 µs from the moment its store is open, positions mapped back to the TypeScript) under each load for 1 s + 4 s. Shares are of busy (non-idle) time. An anonymous function is named by the start of its source line.', '');
        for (const p of r.profiles) {
            out.push(`**${p.command}, ${p.catalog === 'real' ? 'real catalog' : p.catalog}, ${p.variant} texts** — busy ${(p.summary.busyMs / 1000).toFixed(1)} s, idle ${(p.summary.idleMs / 1000).toFixed(1)} s, GC ${((p.summary.gcMs / Math.max(1, p.summary.busyMs)) * 100).toFixed(0)}% of busy.`, '');
            out.push('Project functions, inclusive time (the function and everything it calls):', '');
            out.push(table(['function', 'where', '% busy'], p.summary.srcInclusive.slice(0, 12).map((h) => [`\`${h.name}\``, h.where, h.pct.toFixed(1)])));
            out.push('', 'Hottest functions by self time (any code):', '');
            out.push(table(['function', 'where', '% busy'], p.summary.self.slice(0, 10).map((h) => [`\`${h.name}\``, h.where, h.pct.toFixed(1)])));
            out.push('');
        }
    }
    out.push('---', '', 'Reproduce: `npm run bench` (see bench/README.md). Raw figures, every run: bench/results.json.', '');
    return out.join('\n');
}
export const missed = (verdicts) => verdicts.filter((v) => !v.pass && v.kind !== 'extra');
//# sourceMappingURL=report.js.map