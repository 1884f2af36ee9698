// What a start loads: the modules src/main.ts reaches through static imports. The YAML parser, the generator and the
// PNG chart renderer cost a third of a cold start; they load when first used, never at start.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../../src');
const LATE = ['yaml', 'vega', 'vega-lite', '@resvg/resvg-js'];

/** Static value imports (not `import type`, not `import()`), as written: "./x.ts", "yaml". */
function staticImports(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?\s+from\s+'([^']+)';/gms)) found.push(m[1] as string);
  for (const m of text.matchAll(/^import\s+'([^']+)';/gm)) found.push(m[1] as string);
  return found;
}

/** Each package the start loads, with the chain of files that leads to it. */
function packagesAtStart(entry: string): Map<string, string[]> {
  const packages = new Map<string, string[]>();
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) {
        const next = normalize(join(dirname(file), spec));
        if (existsSync(next)) walk(next, [...chain, next.slice(SRC.length + 1)]);
      } else if (!spec.startsWith('node:') && !packages.has(spec)) packages.set(spec, chain);
    }
  };
  walk(join(SRC, entry), [entry]);
  return packages;
}

describe('a start', () => {
  it('loads neither the YAML parser nor the chart renderer', () => {
    const packages = packagesAtStart('main.ts');
    expect(packages.has('@slack/bolt')).toBe(true);
    const late = LATE.filter((p) => packages.has(p)).map((p) => `${p} via ${packages.get(p)?.join(' → ')}`);
    expect(late).toEqual([]);
  });

  it('is checked by a reader that sees static imports and skips type-only and dynamic ones', () => {
    const text = [
      "import { a } from './a.ts';",
      "import type { B } from 'yaml';",
      "const c = await import('vega');",
      "export { d } from 'vega-lite';",
      "import 'side-effect';",
    ].join('\n');
    expect(staticImports(text)).toEqual(['./a.ts', 'vega-lite', 'side-effect']);
  });
});
