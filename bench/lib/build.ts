// The servers under test run as compiled JavaScript, as `npm start` runs the bot (dist/), not through
// tsx: tsx's transform adds a helper call to every function that defines a named closure and loads every
// module through a loader hook, which would be measured as the bot's cost. bench/.build mirrors the
// project's layout (src/, bench/), with data/ linked in, so every relative path resolves as in the source.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The project's root: the nearest folder up with a package.json (the same from bench/ and bench/.build/). */
function findRoot(from: string): string {
  return existsSync(join(from, 'package.json')) || dirname(from) === from ? from : findRoot(dirname(from));
}
export const ROOT = `${findRoot(dirname(fileURLToPath(import.meta.url)))}/`;
export const BUILD = join(ROOT, 'bench/.build');

/** Compiles src/ and bench/ into bench/.build and the production entry into dist/ (`npm run build`). */
export function buildForBench(): void {
  const tsc = join(ROOT, 'node_modules/.bin/tsc');
  execFileSync(tsc, ['-p', join(ROOT, 'tsconfig.bench.json')], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(tsc, ['-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
  for (const out of [join(BUILD, 'src/store'), join(ROOT, 'dist/store')]) {
    cpSync(join(ROOT, 'src/store/migrations'), join(out, 'migrations'), { recursive: true });
    cpSync(join(ROOT, 'src/store/pglite-init.mjs'), join(out, 'pglite-init.mjs'));
  }
  if (!existsSync(join(BUILD, 'data'))) symlinkSync(join(ROOT, 'data'), join(BUILD, 'data'));
  // As `npm run build` ends: the catalog's parsed snapshot, which a start reads instead of the YAML.
  execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'catalog', 'snapshot'], { cwd: ROOT, stdio: 'ignore' });
}

/** The compiled file for a TypeScript file of the project (bench/servers/bot.ts → bench/.build/bench/servers/bot.js). */
export function compiled(file: string): string {
  if (!file.endsWith('.ts')) return file;
  return join(BUILD, relative(ROOT, file)).replace(/\.ts$/, '.js');
}

// `npm run bench` builds first (tsx bench/lib/build.ts), then runs the compiled harness.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) buildForBench();
