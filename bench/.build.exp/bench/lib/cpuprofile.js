import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
function where(url, line, root) {
    if (url === '')
        return '(native)';
    let path = url.startsWith('file://') ? fileURLToPath(url) : url;
    if (path.startsWith(root))
        path = path.slice(root.length);
    const nm = path.lastIndexOf('node_modules/');
    if (nm >= 0)
        path = path.slice(nm + 'node_modules/'.length);
    return `${path}:${line + 1}`;
}
function label(name, url, line, root) {
    if (name !== '' || !url.startsWith('file://') || url.includes('/node_modules/'))
        return name || '(anonymous)';
    try {
        const path = fileURLToPath(url);
        if (!path.startsWith(root))
            return '(anonymous)';
        const text = (readFileSync(path, 'utf8').split('\n')[line] ?? '').trim();
        return `(anonymous) ${text.length > 60 ? `${text.slice(0, 57)}…` : text}`;
    }
    catch {
        return '(anonymous)';
    }
}
export function summarize(file, root, top = 15) {
    const p = JSON.parse(readFileSync(file, 'utf8'));
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of p.nodes)
        for (const c of n.children ?? [])
            parent.set(c, n.id);
    const labels = new Map();
    const key = (n) => {
        let k = labels.get(n.id);
        if (k === undefined) {
            k = `${label(n.callFrame.functionName, n.callFrame.url, n.callFrame.lineNumber, root)}\u0000${where(n.callFrame.url, n.callFrame.lineNumber, root)}`;
            labels.set(n.id, k);
        }
        return k;
    };
    const self = new Map();
    const inclusive = new Map();
    let idle = 0;
    let gc = 0;
    let busy = 0;
    p.samples.forEach((id, i) => {
        const dt = (p.timeDeltas[i + 1] ?? p.timeDeltas[i] ?? 0) / 1000;
        const node = byId.get(id);
        if (!node)
            return;
        const name = node.callFrame.functionName;
        if (name === '(idle)') {
            idle += dt;
            return;
        }
        busy += dt;
        if (name === '(garbage collector)')
            gc += dt;
        self.set(key(node), (self.get(key(node)) ?? 0) + dt);
        const seen = new Set();
        for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
            const n = byId.get(cur);
            if (!n?.callFrame.url.includes('/src/'))
                continue;
            const k = key(n);
            if (seen.has(k))
                continue;
            seen.add(k);
            inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
        }
    });
    const rows = (m) => [...m.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(([k, ms]) => {
        const [name = '', w = ''] = k.split('\u0000');
        return { name, where: w, ms, pct: (ms / busy) * 100 };
    });
    return { busyMs: busy, idleMs: idle, gcMs: gc, self: rows(self), srcInclusive: rows(inclusive).filter((r) => r.where.startsWith('src/')) };
}
function groupOf(url, functionName, root) {
    if (url === '')
        return functionName === '(garbage collector)' ? '(garbage collector)' : functionName === '(program)' ? '(V8: compile, parse, other)' : '(native)';
    if (url.startsWith('node:'))
        return 'node: internals';
    const path = url.startsWith('file://') ? fileURLToPath(url) : url;
    const nm = path.lastIndexOf('node_modules/');
    if (nm >= 0) {
        const rest = path.slice(nm + 'node_modules/'.length).split('/');
        return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? path);
    }
    if (path.startsWith(root))
        return `${path.slice(root.length).split('/').slice(0, 2).join('/')}/ (project)`;
    return path;
}
export function byGroup(file, root) {
    const p = JSON.parse(readFileSync(file, 'utf8'));
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const groups = new Map();
    let busy = 0;
    p.samples.forEach((id, i) => {
        const node = byId.get(id);
        const dt = (p.timeDeltas[i + 1] ?? p.timeDeltas[i] ?? 0) / 1000;
        if (!node || node.callFrame.functionName === '(idle)')
            return;
        busy += dt;
        const g = groupOf(node.callFrame.url, node.callFrame.functionName, root);
        groups.set(g, (groups.get(g) ?? 0) + dt);
    });
    return {
        busyMs: busy,
        groups: [...groups.entries()].sort((a, b) => b[1] - a[1]).map(([group, ms]) => ({ group, ms, pct: (ms / busy) * 100 })),
    };
}
//# sourceMappingURL=cpuprofile.js.map