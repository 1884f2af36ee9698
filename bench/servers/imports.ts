// What importing costs at startup: imports the project's runtime dependencies one after another, then
// the modules src/main.ts imports (read from its import lines), and prints one JSON line with the time and
// the RSS after each. Order matters (a later import reuses what an earlier one loaded); this is the order
// a start roughly follows. The first entry is node's own start. Run compiled (bench/.build), as the bot runs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const steps: { name: string; ms: number; rssMb: number }[] = [];
const rss = () => Math.round(process.memoryUsage.rss() / 1048576);
steps.push({ name: 'node (process start → first line)', ms: performance.now(), rssMb: rss() });

// Compiled, this file sits in bench/.build/bench/servers/: the project's package.json is two levels further up.
const compiledRun = import.meta.url.endsWith('.js');
const pkg = JSON.parse(readFileSync(new URL(compiledRun ? '../../../../package.json' : '../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
const packages = Object.keys(pkg.dependencies).filter((d) => d !== 'tsx');
const mainUrl = new URL(compiledRun ? '../../src/main.js' : '../../src/main.ts', import.meta.url);
const mainPath = fileURLToPath(mainUrl);
const own = [...readFileSync(mainPath, 'utf8').matchAll(/^import (?!type)[^'"]*from '(\.[^']+)';/gm)].map((m) => m[1] as string);

for (const name of packages) {
  const t = performance.now();
  try {
    await import(name);
  } catch {
    continue; // a package that is not importable on its own (none today)
  }
  steps.push({ name, ms: performance.now() - t, rssMb: rss() });
}
for (const rel of own) {
  const t = performance.now();
  await import(new URL(rel, mainUrl).href);
  steps.push({ name: `src/${rel.replace(/^\.\//, '').replace(/\.js$/, '.ts')}`, ms: performance.now() - t, rssMb: rss() });
}
process.stdout.write(`${JSON.stringify({ event: 'imports', steps })}\n`);
