import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { parse, View } from 'vega';
import { compile } from 'vega-lite';
export const FONT_FILE = fileURLToPath(new URL('../../../assets/fonts/DejaVuSans.ttf', import.meta.url));
export async function svgOf(spec) {
    const view = new View(parse(compile(spec).spec), { renderer: 'none' });
    try {
        return await view.toSVG();
    }
    finally {
        view.finalize();
    }
}
export function rasterise(svg, options = {}) {
    const fonts = options.fonts ?? true;
    const image = new Resvg(svg, {
        fitTo: { mode: 'zoom', value: options.scale ?? 2 },
        background: 'white',
        font: fonts ? { fontFiles: [FONT_FILE], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', sansSerifFamily: 'DejaVu Sans' } : { loadSystemFonts: false, fontFiles: [] },
    }).render();
    return { png: image.asPng(), width: image.width, height: image.height, pixels: image.pixels };
}
export async function pngOf(spec) {
    return rasterise(await svgOf(spec));
}
//# sourceMappingURL=png.js.map