import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, symlinkSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
function findRoot(from) {
    return existsSync(join(from, 'package.json')) || dirname(from) === from ? from : findRoot(dirname(from));
}
export const ROOT = `${findRoot(dirname(fileURLToPath(import.meta.url)))}/`;
export const BUILD = join(ROOT, 'bench/.build');
export function buildForBench() {
    const tsc = join(ROOT, 'node_modules/.bin/tsc');
    execFileSync(tsc, ['-p', join(ROOT, 'tsconfig.bench.json')], { cwd: ROOT, stdio: 'inherit' });
    execFileSync(tsc, ['-p', join(ROOT, 'tsconfig.build.json')], { cwd: ROOT, stdio: 'inherit' });
    for (const out of [join(BUILD, 'src/store'), join(ROOT, 'dist/store')]) {
        cpSync(join(ROOT, 'src/store/migrations'), join(out, 'migrations'), { recursive: true });
        cpSync(join(ROOT, 'src/store/pglite-init.mjs'), join(out, 'pglite-init.mjs'));
    }
    if (!existsSync(join(BUILD, 'data')))
        symlinkSync(join(ROOT, 'data'), join(BUILD, 'data'));
    execFileSync(process.execPath, [join(ROOT, 'dist/cli.js'), 'catalog', 'snapshot'], { cwd: ROOT, stdio: 'ignore' });
}
export function compiled(file) {
    if (!file.endsWith('.ts'))
        return file;
    return join(BUILD, relative(ROOT, file)).replace(/\.ts$/, '.js');
}
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
    buildForBench();
//# sourceMappingURL=build.js.map