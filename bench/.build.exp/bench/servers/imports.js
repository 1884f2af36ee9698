var __rewriteRelativeImportExtension = (this && this.__rewriteRelativeImportExtension) || function (path, preserveJsx) {
    if (typeof path === "string" && /^\.\.?\//.test(path)) {
        return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function (m, tsx, d, ext, cm) {
            return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : (d + ext + "." + cm.toLowerCase() + "js");
        });
    }
    return path;
};
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
const steps = [];
const rss = () => Math.round(process.memoryUsage.rss() / 1048576);
steps.push({ name: 'node (process start → first line)', ms: performance.now(), rssMb: rss() });
const compiledRun = import.meta.url.endsWith('.js');
const pkg = JSON.parse(readFileSync(new URL(compiledRun ? '../../../../package.json' : '../../package.json', import.meta.url), 'utf8'));
const packages = Object.keys(pkg.dependencies).filter((d) => d !== 'tsx');
const mainUrl = new URL(compiledRun ? '../../src/main.js' : '../../src/main.ts', import.meta.url);
const mainPath = fileURLToPath(mainUrl);
const own = [...readFileSync(mainPath, 'utf8').matchAll(/^import (?!type)[^'"]*from '(\.[^']+)';/gm)].map((m) => m[1]);
for (const name of packages) {
    const t = performance.now();
    try {
        await import(__rewriteRelativeImportExtension(name));
    }
    catch {
        continue;
    }
    steps.push({ name, ms: performance.now() - t, rssMb: rss() });
}
for (const rel of own) {
    const t = performance.now();
    await import(__rewriteRelativeImportExtension(new URL(rel, mainUrl).href));
    steps.push({ name: `src/${rel.replace(/^\.\//, '').replace(/\.js$/, '.ts')}`, ms: performance.now() - t, rssMb: rss() });
}
process.stdout.write(`${JSON.stringify({ event: 'imports', steps })}\n`);
//# sourceMappingURL=imports.js.map