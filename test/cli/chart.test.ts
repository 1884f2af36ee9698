// `modelscout chart`: PNG files at least 800 px wide whose labels are drawn (the bundled font reaches the
// rasteriser), labels that do not collide, and clear messages for bad usage and bad input.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { priceVsScore, type PriceScoreAnswer } from '../../src/app/charts.ts';
import { runCli } from '../../src/cli/main.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { rasterise, svgOf } from '../../src/render/charts/png.ts';
import { placeLabels, PLOT, priceVsScoreSpec } from '../../src/render/charts/spec.ts';

const dir = mkdtempSync(join(tmpdir(), 'modelscout-chart-'));
const catalog = loadCatalog();
const AS_OF = '2026-11-22';

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await runCli([...argv, '--as-of', AS_OF], { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

/** The width and height a PNG's header declares. */
function pngSize(file: Buffer): { width: number; height: number } {
  expect(file.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

/** Pixels darker than light grey within a rectangle of an RGBA raster. */
function darkPixels(r: { pixels: Buffer; width: number }, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0;
  for (let y = y0; y < y1; y++)
    for (let x = x0; x < x1; x++) {
      const i = (y * r.width + x) * 4;
      if ((r.pixels[i] ?? 255) + (r.pixels[i + 1] ?? 255) + (r.pixels[i + 2] ?? 255) < 3 * 160) n++;
    }
  return n;
}

const pvs = () => priceVsScore(catalog, defaultProfile(), {}, AS_OF) as PriceScoreAnswer;

describe('modelscout chart', () => {
  it('price-vs-score writes a PNG at least 800 px wide and says where', async () => {
    const out = join(dir, 'x.png');
    const r = await run('chart', 'price-vs-score', '--out', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`to ${out} (`);
    const size = pngSize(readFileSync(out));
    expect(size.width).toBeGreaterThanOrEqual(800);
    const json = await run('chart', 'price-vs-score', '--out', out, '--json');
    expect(JSON.parse(json.out)).toMatchObject({ chart: 'price-vs-score', out, width: size.width, height: size.height });
  });

  it('draws its text: with the bundled font the title band has ink, without any font it is blank', async () => {
    const svg = await svgOf(priceVsScoreSpec(pvs()).spec);
    const withFont = rasterise(svg);
    const noFont = rasterise(svg, { fonts: false });
    // The title and subtitle sit above the plot: text only, nothing else is drawn there.
    const band = [0, 0, Math.min(1000, withFont.width), 90] as const;
    expect(darkPixels(noFont, ...band)).toBe(0);
    expect(darkPixels(withFont, ...band)).toBeGreaterThan(2000);
    // Over the whole image the labels add ink too.
    expect(darkPixels(withFont, 0, 0, withFont.width, withFont.height)).toBeGreaterThan(darkPixels(noFont, 0, 0, noFont.width, noFont.height) * 1.2);
  });

  it('places point labels that never overlap, the cheapest of every quality band labelled first', () => {
    const a = pvs();
    const spec = priceVsScoreSpec(a).spec as { layer: { data: { values: { label: string }[] } }[] };
    const labels = spec.layer[2]?.data.values.map((v) => v.label) ?? [];
    for (const p of a.points.filter((q) => q.cheapestInBand)) expect(labels).toContain(p.name);
    expect(a.bands.every((b) => b.cheapest === null || a.points.some((p) => p.model === b.cheapest && p.cheapestInBand))).toBe(true);
    // Crowded points: every placed box is inside the plot and apart from every other.
    const points = Array.from({ length: 60 }, (_, i) => ({ px: 400 + (i % 6) * 9, py: 200 + Math.floor(i / 6) * 7, text: `Model number ${i}` }));
    const placed = placeLabels(
      points,
      points.map((_, i) => i),
    );
    expect(placed.length).toBeGreaterThan(0);
    expect(placed.length).toBeLessThan(points.length);
    for (const [i, a1] of placed.entries()) {
      expect(a1.box.x).toBeGreaterThanOrEqual(0);
      expect(a1.box.x + a1.box.w).toBeLessThanOrEqual(PLOT.width);
      for (const b of placed.slice(i + 1)) {
        const apart = a1.box.x + a1.box.w <= b.box.x || b.box.x + b.box.w <= a1.box.x || a1.box.y + a1.box.h <= b.box.y || b.box.y + b.box.h <= a1.box.y;
        expect(apart).toBe(true);
      }
    }
  });

  it('in each quality band, the highlighted model is the cheapest', () => {
    const a = pvs();
    for (const [i, band] of a.bands.entries()) {
      const members = a.points.filter((p) => p.band === i);
      const min = Math.min(...members.map((p) => p.blendedPerMillion));
      if (band.cheapest) expect(members.find((p) => p.model === band.cheapest)?.blendedPerMillion).toBe(min);
      for (const p of members) expect(p.score).toBeGreaterThanOrEqual(band.from - 1e-9);
    }
  });

  it('cost and history charts come from the comparison and the model card', async () => {
    const cost = await run('chart', 'cost', 'gpt-4.1-mini', 'gpt-5.3-codex', '--tokens', '50M', '--out', join(dir, 'cost.png'), '--json');
    expect(cost.code).toBe(0);
    expect(JSON.parse(cost.out).alt).toMatch(/GPT-4\.1 mini: 1M \$[\d.]+, 10M \$[\d.]+, 100M \$[\d.]+, 50M \(yours\) \$[\d.]+/);
    expect(pngSize(readFileSync(join(dir, 'cost.png'))).width).toBeGreaterThanOrEqual(800);
    const history = await run('chart', 'history', 'o3', '--out', join(dir, 'h.png'), '--json');
    expect(history.code).toBe(0);
    const o3 = catalog.byId.get('o3');
    for (const e of o3?.pricing ?? []) expect(JSON.parse(history.out).alt).toContain(e.from);
  });

  it('says what is wrong with bad usage (exit 2) and bad input (exit 1)', async () => {
    expect((await run('chart', 'price-vs-score')).code).toBe(2);
    expect((await run('chart', 'pie', '--out', join(dir, 'p.png'))).code).toBe(2);
    const typo = await run('chart', 'history', 'gpt-4.1-mnii', '--out', join(dir, 'p.png'));
    expect(typo.code).toBe(1);
    expect(typo.err).toContain('gpt-4.1-mini');
    const bench = await run('chart', 'price-vs-score', '--benchmark', 'nope', '--out', join(dir, 'p.png'));
    expect(bench.code).toBe(1);
    expect(bench.err).toContain('No benchmark is called nope');
    expect((await run('chart', 'price-vs-score', '--out', join(dir, 'p.txt'))).code).toBe(1);
  });
});
