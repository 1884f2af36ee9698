// What importing costs at startup: imports the project's runtime dependencies one after another, then
// the modules src/main.ts imports (read from its import lines), and prints one JSON line with the time and
// the RSS after each. Order matters (a later import reuses what an earlier one loaded); this is the order
// a start roughly follows. The first entry is node's own start plus tsx's registration.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const steps: { name: string; ms: number; rssMb: number }[] = [];
const rss = () => Math.round(process.memoryUsage.rss() / 1048576);
steps.push({ name: 'node + tsx (process start → first line)', ms: performance.now(), rssMb: rss() });

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
const packages = Object.keys(pkg.dependencies).filter((d) => d !== 'tsx');
const mainPath = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
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
  await import(new URL(rel, new URL('../../src/main.ts', import.meta.url)).href);
  steps.push({ name: `src/${rel.replace(/^\.\//, '')}`, ms: performance.now() - t, rssMb: rss() });
}
process.stdout.write(`${JSON.stringify({ event: 'imports', steps })}\n`);
