// Loading as the bot does: with no cached parse, a large catalog's YAML is parsed in a child process (its memory goes
// back when the child exits) and the result is the same catalog. Each run gets a fresh temp dir, so the
// parse cache starts empty; the child's CPU time shows in the parent's /proc/self/stat (cutime).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCatalog } from '../../bench/generate-catalog.ts';

const tmp = mkdtempSync(join(tmpdir(), 'modelscout-load-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
// A catalog big enough to be parsed in a child (the bench's generator: the real models and variants of them).
const big = generateCatalog({ models: 1200, out: join(tmp, 'data') }).dir;

/** Loads the catalog twice in a fresh process; reports the models, and the children's CPU ticks each load took. */
function loadTwice(dataDir: string, parseInChild: boolean) {
  const script = `
    import { readFileSync } from 'node:fs';
    import { loadCatalog, checkCatalog } from './src/catalog/load.ts';
    const childTicks = () => Number(readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')[13]) + Number(readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ')[14]);
    const t0 = childTicks();
    const first = checkCatalog(${JSON.stringify(dataDir)}, { parseInChild: ${parseInChild} });
    const t1 = childTicks();
    const again = loadCatalog(${JSON.stringify(dataDir)}, { parseInChild: ${parseInChild} });
    const t2 = childTicks();
    console.log(JSON.stringify({ ok: first.ok, models: first.ok ? first.catalog.models.map((m) => m.id) : [], againModels: again.models.length, firstTicks: t1 - t0, againTicks: t2 - t1 }));`;
  const dir = mkdtempSync(join(tmp, 'run-'));
  const r = spawnSync(join(process.cwd(), 'node_modules/.bin/tsx'), ['--eval', script], { encoding: 'utf8', env: { ...process.env, TMPDIR: dir } });
  expect(r.stderr).toBe('');
  return { ...(JSON.parse(r.stdout) as { ok: boolean; models: string[]; againModels: number; firstTicks: number; againTicks: number }), cache: readdirSync(join(dir, 'modelscout-catalog-cache')) };
}

describe.skipIf(process.platform !== 'linux')('loading the catalog with parseInChild', () => {
  it('parses a large catalog in a child when nothing is cached, then reads the cache the child wrote; the catalog is the same', () => {
    const child = loadTwice(big, true);
    const inline = loadTwice(big, false);
    expect(child.ok).toBe(true);
    expect(child.models).toEqual(inline.models);
    expect(child.models).toHaveLength(1200);
    expect(child.againModels).toBe(1200);
    // A child ran for the first load (starting node and parsing take far more than one 10 ms tick) and none for the second.
    expect(child.firstTicks).toBeGreaterThan(2);
    expect(child.againTicks).toBe(0);
    expect(inline.firstTicks).toBe(0);
    expect(child.cache).toHaveLength(1);
    expect(child.cache).toEqual(inline.cache);
  });

  it('parses the shipped catalog (below the size worth a process) in process', () => {
    const shipped = loadTwice(join(process.cwd(), 'data'), true);
    expect(shipped.ok).toBe(true);
    expect(shipped.firstTicks).toBe(0);
    expect(shipped.cache).toHaveLength(1);
  });
});
