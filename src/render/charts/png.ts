// A Vega-Lite spec to a PNG without a browser: Vega-Lite compiles it to Vega, Vega's headless view draws
// SVG, resvg rasterises it with the bundled DejaVu Sans (without a font file resvg draws no text at all).
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** The bundled open font (Bitstream Vera licence; assets/fonts/LICENSE-DejaVu.txt). */
export const FONT_FILE = fileURLToPath(new URL('../../../assets/fonts/DejaVuSans.ttf', import.meta.url));

export async function svgOf(spec: Record<string, unknown>): Promise<string> {
  const view = new View(parse(compile(spec as unknown as TopLevelSpec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export interface Raster {
  png: Buffer;
  width: number;
  height: number;
  /** RGBA, row by row. */
  pixels: Buffer;
}

/** Rasterises SVG at twice its size (crisp in Slack), with the bundled font unless `fonts` is false. */
export function rasterise(svg: string, options: { fonts?: boolean; scale?: number } = {}): Raster {
  const fonts = options.fonts ?? true;
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: options.scale ?? 2 },
    background: 'white',
    font: fonts ? { fontFiles: [FONT_FILE], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' } : { loadSystemFonts: false, fontFiles: [] },
  }).render();
  return { png: image.asPng(), width: image.width, height: image.height, pixels: image.pixels };
}

export async function pngOf(spec: Record<string, unknown>): Promise<Raster> {
  return rasterise(await svgOf(spec));
}
