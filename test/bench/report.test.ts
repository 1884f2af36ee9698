// The benchmark's verdicts and `--check`: the figures of a real run (test/fixtures/bench/results.json, as
// `npm run bench` wrote it), moved one at a time across a limit, must flip exactly the row they feed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUDGETS, evaluate, missed, renderMarkdown, type Results } from '../../bench/report.ts';

const FIXTURE = new URL('../fixtures/bench/results.json', import.meta.url);
const saved = (): Results => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Results;

const cpu = (ms: number) => ({ median: ms, min: ms, max: ms, runs: [ms, ms, ms] });

/** The saved run with every checked figure moved comfortably inside its limit. */
function passing(): Results {
  const r = saved();
  for (const l of r.load ?? []) {
    l.p99Ratio = 1;
    l.rpsRatio = 1;
    l.bot.cpuMsPerRequest = cpu(1);
  }
  for (const v of r.coldStart ?? []) {
    v.readyMs = { ...v.readyMs, median: 500 };
    v.peakRssMb = { median: 100, min: 100, max: 100, runs: [100] };
    if (v.firstBootRssMb) v.firstBootRssMb = { median: 100, min: 100, max: 100, runs: [100] };
  }
  for (const s of r.loadServers ?? []) s.peakRssMb = 100;
  const f = r.fanout!;
  f.checked.ratio = { ...f.checked.ratio, median: 1 };
  for (const run of [f.unlimited, ...f.sweep, ...f.checked.runs, ...f.recommended.runs]) {
    run.duplicates = 0;
    run.lost = 0;
  }
  r.scale!.perModelGrowth = 1;
  r.scale!.worstResolveUs = 10;
  return r;
}

const failing = (r: Results) => missed(evaluate(r)).map((v) => v.name);

const computed = (r: Results, command: '/compare' | '/models', real: boolean) =>
  r.load!.find((l) => l.variant === 'distinct' && l.command.startsWith(command) && (l.catalog === 'real') === real)!;

describe('bench verdicts', () => {
  it('judge every phase of a full run, and pass when every figure is within its limit', () => {
    const verdicts = evaluate(passing());
    const kinds = new Set(verdicts.map((v) => v.kind));
    expect([...kinds].sort()).toEqual(['budget', 'correctness', 'extra', 'requirement']);
    // Computed answers on the real catalog: two commands × (p99, throughput) are budgets, and so is the
    // two-model /compare at 3,000 models against the real catalog.
    const budgets = verdicts.filter((v) => v.kind === 'budget' && /vs bare Bolt|computed \/compare/.test(v.name)).map((v) => v.name);
    expect(budgets).toHaveLength(5);
    expect(budgets.filter((n) => n.startsWith('p99 vs bare Bolt')).every((n) => /real catalog .*computed answers/.test(n))).toBe(true);
    // Repeated texts (both catalogs), computed answers at 3,000 models and name resolution are extra rows.
    expect(verdicts.filter((v) => v.kind === 'extra')).toHaveLength(13);
    expect(verdicts.filter((v) => v.kind === 'extra' && v.name.startsWith('name resolution'))).toHaveLength(1);
    expect(missed(verdicts)).toEqual([]);
  });

  it('miss the p99 budget when computed answers on the real catalog are past 2.5× bare Bolt, and only that one', () => {
    const r = passing();
    computed(r, '/models', true).p99Ratio = BUDGETS.p99Ratio + 0.01;
    expect(failing(r)).toEqual([expect.stringMatching(/^p99 vs bare Bolt: \/models cheapest 50M, real catalog \(\d+ models\), computed answers/)]);
  });

  it('miss the throughput budget below 0.35× bare Bolt for computed answers on the real catalog', () => {
    const r = passing();
    computed(r, '/compare', true).rpsRatio = BUDGETS.rpsRatio - 0.01;
    expect(failing(r)).toEqual([expect.stringMatching(/^throughput vs bare Bolt: \/compare a b, real catalog .*computed answers/)]);
  });

  it('miss when a computed two-model /compare costs more than 1.2× the CPU per request at 3,000 models than at the real catalog', () => {
    const within = passing();
    computed(within, '/compare', false).bot.cpuMsPerRequest = cpu(1.19);
    expect(failing(within)).toEqual([]);
    const slower = passing();
    computed(slower, '/compare', false).bot.cpuMsPerRequest = cpu(1.21);
    expect(failing(slower)).toEqual([expect.stringMatching(/^computed \/compare of two models at 3,000 models vs the real catalog .*CPU time per request/)]);
    // CPU time is what is judged: a throughput dip (another process sharing the cores) does not miss it.
    const noisy = passing();
    computed(noisy, '/compare', false).rpsRatio = 0.5;
    expect(failing(noisy)).toEqual([]);
    // cheapest ranks every model: its growth with the catalog is judged per model (scale), not here.
    const cheapest = passing();
    computed(cheapest, '/models', false).bot.cpuMsPerRequest = cpu(3);
    expect(failing(cheapest)).toEqual([]);
  });

  it('judge the /compare growth by throughput relative to bare Bolt where no CPU time was read', () => {
    const r = passing();
    for (const l of r.load!) delete l.bot.cpuMsPerRequest;
    expect(failing(r)).toEqual([]);
    computed(r, '/compare', false).rpsRatio = 1 / 1.21;
    expect(failing(r)).toEqual([expect.stringMatching(/^computed \/compare of two models at 3,000 models .*relative to bare Bolt/)]);
  });

  it('report repeated texts and computed answers at 3,000 models past the limits as extra rows, which --check does not fail on', () => {
    const r = passing();
    for (const l of r.load!.filter((x) => x.variant === 'repeated' || x.catalog !== 'real')) {
      l.p99Ratio = 9;
      if (!(l.variant === 'distinct' && l.command.startsWith('/compare'))) l.rpsRatio = 0.1;
    }
    const verdicts = evaluate(r);
    expect(verdicts.filter((v) => v.kind === 'extra' && !v.pass)).toHaveLength(11);
    expect(missed(verdicts)).toEqual([]);
  });

  it('miss cold start past 1 s, peak RSS past 200 MB at 3,000 models, and the fan-out past 1.2× the floor', () => {
    const slow = passing();
    slow.coldStart!.find((v) => v.entry.endsWith('dist/main.js'))!.readyMs.median = BUDGETS.coldStartMs + 1;
    expect(failing(slow)).toEqual([expect.stringMatching(/^cold start, real catalog/)]);

    // Memory is judged per store, from both the started server and the one that carried the load.
    const started = passing();
    started.coldStart!.find((v) => v.catalog === 'generated' && v.store === 'PGlite')!.peakRssMb.max = BUDGETS.peakRssMb + 1;
    expect(failing(started)).toEqual([expect.stringMatching(/^peak RSS at 3,000 models, PGlite store \(restarted, first boot and under load\)/)]);
    const firstBoot = passing();
    firstBoot.coldStart!.find((v) => v.catalog === 'generated' && v.store === 'PGlite')!.firstBootRssMb!.max = BUDGETS.peakRssMb + 1;
    expect(failing(firstBoot)).toEqual([expect.stringMatching(/^peak RSS at 3,000 models, PGlite store/)]);
    const loaded = passing();
    loaded.loadServers!.find((s) => s.models >= 3000 && s.store === 'PostgreSQL')!.peakRssMb = BUDGETS.peakRssMb + 1;
    expect(failing(loaded)).toEqual([expect.stringMatching(/^peak RSS at 3,000 models, PostgreSQL store/)]);

    const fanout = passing();
    fanout.fanout!.checked.ratio.median = BUDGETS.fanoutRatio + 0.01;
    expect(failing(fanout)).toEqual([expect.stringMatching(/^digest fan-out time vs floor/)]);
  });

  it('miss on a single duplicate or lost digest, an unanswered command, or a ranking that grows faster than linear', () => {
    const dup = passing();
    dup.fanout!.sweep[0]!.duplicates = 1;
    expect(failing(dup)).toEqual(['digest fan-out duplicates (every run)']);

    const lost = passing();
    lost.fanout!.checked.runs[0]!.lost = 1;
    expect(failing(lost)).toEqual([expect.stringMatching(/^digest fan-out losses/)]);

    const unanswered = passing();
    const sample = unanswered.load![0]!.bot.samples[0]!;
    sample.acked = (sample.inAck ?? 0) + (sample.delivered ?? 0) + 1;
    expect(failing(unanswered)).toEqual([expect.stringMatching(/^every load request acked 2xx/)]);

    const quadratic = passing();
    quadratic.scale!.perModelGrowth = 4;
    expect(failing(quadratic)).toEqual([expect.stringMatching(/^ranking no worse than linear/)]);
  });

  it('render every verdict into RESULTS.md, a miss marked MISS', () => {
    const r = passing();
    r.fanout!.checked.ratio.median = 2;
    const verdicts = evaluate(r);
    const md = renderMarkdown(r, verdicts);
    for (const v of verdicts) expect(md).toContain(v.name);
    expect(md).toMatch(/\| budget \| digest fan-out time vs floor[^\n]*\| \*\*MISS\*\* \|/);
    expect(md).not.toMatch(/undefined|NaN/);
  });
});

describe('npm run bench -- --check --report-from', () => {
  const dir = mkdtempSync(join(tmpdir(), 'modelscout-bench-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
  const run = (r: Results) => {
    const file = join(dir, 'results.json');
    writeFileSync(file, JSON.stringify(r));
    return spawnSync(tsx, ['bench/run.ts', '--report-from', file, '--out', dir, '--check'], { encoding: 'utf8' });
  };

  it('exits 0 when every budget is met and 1 naming the budget missed', () => {
    const ok = run(passing());
    expect(ok.status).toBe(0);
    expect(readFileSync(join(dir, 'RESULTS.md'), 'utf8')).toContain('# Model Scout — benchmark results');

    const slow = passing();
    slow.fanout!.checked.ratio.median = 1.5;
    const miss = run(slow);
    expect(miss.status).toBe(1);
    expect(miss.stderr).toMatch(/MISS {2}digest fan-out time vs floor/);
    expect(readFileSync(join(dir, 'RESULTS.md'), 'utf8')).toMatch(/digest fan-out time vs floor[^\n]*\| \*\*MISS\*\* \|/);
  });

  it('the fixture is a real run of this harness', () => {
    // Guards the fixture itself: it must hold every phase, so the tests above exercise each verdict.
    const r = saved();
    expect(r.meta.phases).toEqual(expect.arrayContaining(['scale', 'cold', 'load', 'fanout']));
    expect(r.meta.quick).toBe(false);
    expect(r.load!.every((l) => l.bot.samples.length >= 3 && l.bare.samples.length >= 3)).toBe(true);
    // Computed answers for both commands at both catalogs, each run with texts that differ.
    for (const command of ['/compare', '/models'] as const) {
      for (const real of [true, false]) {
        const l = computed(r, command, real);
        expect(new Set(l.texts).size).toBe(l.texts.length);
        expect(l.texts.length).toBeGreaterThanOrEqual(3);
        expect(l.bot.cpuMsPerRequest?.median).toBeGreaterThan(0);
      }
    }
    expect(
      r
        .loadServers!.filter((s) => s.models >= 3000)
        .map((s) => s.store)
        .sort(),
    ).toEqual(['PGlite', 'PostgreSQL']);
  });
});
