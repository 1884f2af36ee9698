// The core (catalog, cost, compare, lanes, digest, ask) is pure: it imports no edge module, no Node module
// that reaches the file system, the network, other processes or the machine, and never reads the clock
// (callers pass `now` in). Its folders depend on each other in one direction only.
import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const CORE = ['catalog', 'cost', 'compare', 'lanes', 'digest', 'ask'] as const;
/** Folders (and top-level files) of src/ that are the edge. */
const EDGE = new Set(['render', 'slack', 'delivery', 'store', 'sync', 'cli', 'app', 'load', 'main', 'console', 'config']);
/** Node modules that reach outside the process's own computation. */
const IMPURE_NODE = new Set(['fs', 'child_process', 'net', 'http', 'https', 'http2', 'dgram', 'dns', 'tls', 'os', 'worker_threads', 'v8', 'cluster']);

/**
 * Core files that still break a rule while they are being moved to the edge, each with its reason.
 * An entry here only silences that file; the test fails again once the file is gone or clean (see below).
 */
const MOVING_OUT: Record<string, string> = {};

interface SourceText {
  /** Path from the repository root, with forward slashes: "src/cost/rank.ts". */
  path: string;
  text: string;
}

interface Violation {
  path: string;
  rule: 'edge import' | 'impure node module' | 'clock';
  detail: string;
}

/** The text with comments blanked out (strings, template literals and regular code are kept as written). */
function withoutComments(text: string): string {
  let out = '';
  let i = 0;
  let quote: string | undefined;
  while (i < text.length) {
    const c = text[i] as string;
    const next = text[i + 1];
    if (quote) {
      out += c;
      if (c === '\\') {
        out += next ?? '';
        i += 2;
        continue;
      }
      if (c === quote) quote = undefined;
      i += 1;
    } else if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') i += 1;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else {
      if (c === '"' || c === "'" || c === '`') quote = c;
      out += c;
      i += 1;
    }
  }
  return out;
}

const IMPORT_PATTERNS = [
  // import x from '…'; import { a, b } from '…'; import type …; import '…'; export … from '…' (across lines)
  /(?:^|[;\n])\s*(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]*?\s*from\s*)?['"]([^'"\n]+)['"]/g,
  // import('…') and require('…')
  /\b(?:import|require)\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g,
];

/** Every module specifier a file imports, statically or dynamically. */
function importsOf(text: string): string[] {
  const code = withoutComments(text);
  const found: string[] = [];
  for (const pattern of IMPORT_PATTERNS) for (const m of code.matchAll(pattern)) found.push(m[1] as string);
  return found;
}

/** A relative specifier as a path from the repository root; undefined for packages and node: modules. */
function resolved(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  return posix.normalize(posix.join(posix.dirname(from), specifier));
}

/** The top-level part of src/ a path belongs to ("src/render/blocks/kit.ts" → "render", "src/main.ts" → "main"). */
function srcPart(path: string): string | undefined {
  const m = /^src\/([^/]+)/.exec(path);
  return m ? (m[1] as string).replace(/\.[cm]?[jt]s$/, '') : undefined;
}

const isCore = (part: string | undefined): part is (typeof CORE)[number] => (CORE as readonly string[]).includes(part ?? '');

/** Every rule a core file breaks. Files outside the core are not judged. */
function violations(files: SourceText[]): Violation[] {
  const found: Violation[] = [];
  for (const file of files) {
    if (!isCore(srcPart(file.path))) continue;
    for (const specifier of importsOf(file.text)) {
      const target = resolved(file.path, specifier);
      const part = target === undefined ? undefined : srcPart(target);
      if (part !== undefined && EDGE.has(part)) found.push({ path: file.path, rule: 'edge import', detail: specifier });
      const nodeName = specifier.replace(/^node:/, '').split('/')[0] as string;
      if (target === undefined && IMPURE_NODE.has(nodeName) && (specifier.startsWith('node:') || !specifier.includes('@'))) {
        found.push({ path: file.path, rule: 'impure node module', detail: specifier });
      }
    }
    const code = withoutComments(file.text);
    for (const m of code.matchAll(/\bnew\s+Date\s*\(\s*\)|\bDate\s*\.\s*now\b/g)) {
      found.push({ path: file.path, rule: 'clock', detail: m[0].replace(/\s+/g, '') });
    }
  }
  return found;
}

/** The core folders each core folder imports from (itself excluded). */
function folderGraph(files: SourceText[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>(CORE.map((c) => [c, new Set<string>()]));
  for (const file of files) {
    const from = srcPart(file.path);
    if (!isCore(from)) continue;
    for (const specifier of importsOf(file.text)) {
      const target = resolved(file.path, specifier);
      const to = target === undefined ? undefined : srcPart(target);
      if (isCore(to) && to !== from) graph.get(from)?.add(to);
    }
  }
  return graph;
}

/** A cycle in the graph as the folders around it ("cost → lanes → cost"), or undefined if it has none. */
function findCycle(graph: Map<string, Set<string>>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | undefined => {
    if (state.get(node) === 'done') return undefined;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return undefined;
  };
  for (const node of [...graph.keys()].sort()) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Every .ts file under the core folders of the working tree. */
function coreFiles(): SourceText[] {
  return CORE.flatMap((folder) => {
    let names: string[];
    try {
      names = readdirSync(posix.join(ROOT, 'src', folder), { recursive: true, encoding: 'utf8' });
    } catch {
      return [];
    }
    return names
      .filter((n) => n.endsWith('.ts'))
      .sort()
      .map((n) => {
        const path = posix.join('src', folder, n.split('\\').join('/'));
        return { path, text: readFileSync(posix.join(ROOT, path), 'utf8') };
      });
  });
}

const said = (v: Violation) => `${v.path}: ${v.rule}: ${v.detail}`;

describe('the core', () => {
  const files = coreFiles();

  it('is read from the working tree', () => {
    expect(files.filter((f) => f.path.startsWith('src/catalog/')).length).toBeGreaterThan(0);
    expect(files.filter((f) => f.path.startsWith('src/cost/')).length).toBeGreaterThan(0);
  });

  it('imports no edge module and no impure Node module, and never reads the clock', () => {
    const found = violations(files);
    expect(found.filter((v) => !(v.path in MOVING_OUT)).map(said)).toEqual([]);
    // An allow-list entry that no longer breaks a rule (or no longer exists) is removed, not kept.
    const stillBreaking = new Set(found.map((v) => v.path));
    expect(Object.keys(MOVING_OUT).filter((path) => !stillBreaking.has(path))).toEqual([]);
  });

  it('has no import cycle between its folders', () => {
    expect(findCycle(folderGraph(files.filter((f) => !(f.path in MOVING_OUT))))).toBeUndefined();
  });

  it('layers catalog under cost: the catalog imports no other core folder, cost imports only the catalog', () => {
    const graph = folderGraph(files);
    expect([...(graph.get('catalog') ?? [])]).toEqual([]);
    expect([...(graph.get('cost') ?? [])].filter((f) => f !== 'catalog')).toEqual([]);
  });
});

describe('the checker', () => {
  const planted: SourceText[] = [
    {
      path: 'src/cost/planted.ts',
      text: [
        "import { money } from './format.ts';",
        "import type { Block } from '../render/blocks/kit.ts';",
        'import {',
        '  openStore,',
        "} from '../store/open.ts';",
        "export { renderDigest } from '../render/blocks/digest.ts';",
        "import { readFileSync } from 'node:fs';",
        "import { spawn } from 'child_process';",
        "const config = await import('../config.ts');",
        'export const stamp = () => new Date();',
        'export const later = () => Date.now() + 1;',
        // Allowed: a date from a value, and mentions in comments and strings.
        'export const at = (iso: string) => new Date(iso);',
        "// import { x } from '../slack/app.ts'; new Date() is fine in a comment",
        "/* Date.now() and import('node:os') in a block comment */",
        "export const text = 'from ../render/text.ts';",
      ].join('\n'),
    },
    { path: 'src/catalog/loop-a.ts', text: "import { b } from '../lanes/loop-b.ts';\nexport const a = 1;" },
    { path: 'src/lanes/loop-b.ts', text: "import { a } from '../catalog/loop-a.ts';\nexport const b = a;" },
    // Outside the core, the same imports are the edge's business.
    { path: 'src/slack/app.ts', text: "import { readFileSync } from 'node:fs';\nimport { x } from '../render/x.ts';\nDate.now();" },
  ];

  it('reports each planted violation, and nothing in comments, strings or the edge', () => {
    expect(violations(planted).map(said)).toEqual([
      'src/cost/planted.ts: edge import: ../render/blocks/kit.ts',
      'src/cost/planted.ts: edge import: ../store/open.ts',
      'src/cost/planted.ts: edge import: ../render/blocks/digest.ts',
      'src/cost/planted.ts: impure node module: node:fs',
      'src/cost/planted.ts: impure node module: child_process',
      'src/cost/planted.ts: edge import: ../config.ts',
      'src/cost/planted.ts: clock: newDate()',
      'src/cost/planted.ts: clock: Date.now',
    ]);
  });

  it('finds a cycle between core folders, and none once it is broken', () => {
    expect(findCycle(folderGraph(planted))).toEqual(['catalog', 'lanes', 'catalog']);
    expect(findCycle(folderGraph(planted.filter((f) => f.path !== 'src/lanes/loop-b.ts')))).toBeUndefined();
  });
});
