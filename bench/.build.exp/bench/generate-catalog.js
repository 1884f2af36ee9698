import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse, stringify } from 'yaml';
import { DEFAULT_DATA_DIR } from '../src/load/catalog.js';
import { normalizeName } from '../src/catalog/normalize.js';
import { buildCatalog, formatProblem } from '../src/catalog/validate.js';
const LATEST_DATE = '2026-11-15';
function prng(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
function addDays(iso, days) {
    const d = new Date(`${iso}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
}
const minDate = (a, b) => (a < b ? a : b);
export function nicePrice(x) {
    if (x <= 0)
        return 0;
    const step = x >= 10 ? 0.25 : x >= 1 ? 0.05 : x >= 0.1 ? 0.005 : x >= 0.01 ? 0.0005 : 0.00005;
    return Number(Math.max(step, Math.round(x / step) * step).toFixed(6));
}
const PRICE_FIELDS = ['input', 'cachedInput', 'cacheWrite5m', 'cacheWrite1h', 'output', 'batchInput', 'batchOutput'];
function scaleEntry(entry, factor) {
    const scaleBlock = (block) => {
        const out = { ...block };
        for (const f of PRICE_FIELDS)
            if (typeof block[f] === 'number')
                out[f] = nicePrice(block[f] * factor);
        if (typeof out.cachedInput === 'number' && typeof out.input === 'number' && out.cachedInput > out.input)
            out.cachedInput = out.input;
        return out;
    };
    const out = scaleBlock(entry);
    if (Array.isArray(entry.tiers))
        out.tiers = entry.tiers.map(scaleBlock);
    if (entry.serviceTiers && typeof entry.serviceTiers === 'object') {
        out.serviceTiers = Object.fromEntries(Object.entries(entry.serviceTiers).map(([k, v]) => [k, scaleBlock(v)]));
    }
    return out;
}
const _pad = (n) => String(n).padStart(2, '0');
function datedId(providerId, baseId, date) {
    const [y = '', m = '', d = ''] = date.split('-');
    const id = baseId.replace(/-(latest|\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|\d{2}-\d{4})$/, '');
    switch (providerId) {
        case 'openai':
            return `${id}-${date}`;
        case 'anthropic':
            return `${id}-${y}${m}${d}`;
        case 'google':
            return `${id}-preview-${m}-${y}`;
        case 'mistral':
            return `${id}-${y.slice(2)}${m}`;
        default:
            return `${id}-${m}${d}`;
    }
}
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const REGIONS = [
    ['eu', 'EU data zone'],
    ['us', 'US data zone'],
    ['apac', 'APAC'],
    ['jp', 'Japan'],
    ['uk', 'UK'],
    ['ca', 'Canada'],
];
const PLATFORMS = [
    ['azure', 'Azure'],
    ['bedrock', 'Bedrock'],
    ['vertex', 'Vertex'],
    ['together', 'Together'],
    ['fireworks', 'Fireworks'],
];
const ORGS = ['acme', 'globex', 'initech', 'umbrella', 'hooli', 'stark', 'wayne', 'wonka', 'tyrell', 'cyberdyne', 'soylent', 'aperture'];
const TASKS = ['support-bot', 'sql-gen', 'triage', 'summarizer', 'classifier', 'extractor', 'router', 'redactor', 'translator', 'tagger'];
function* candidates(base, providerId, rng) {
    const released = minDate(base.released ?? '2025-01-15', LATEST_DATE);
    const jitter = (spread) => 1 + (rng() * 2 - 1) * spread;
    for (let k = 1; k <= 5; k++) {
        const date = minDate(addDays(released, Math.round(k * 38 + rng() * 20)), LATEST_DATE);
        const [y = '', m = ''] = date.split('-');
        yield {
            kind: 'dated',
            id: datedId(providerId, base.id, date),
            name: `${base.name} (${date})`,
            aliases: [`${base.name} ${MONTHS[Number(m) - 1]} ${y} snapshot`],
            factor: jitter(0.05),
            released: date,
            keepBenchmarks: true,
        };
    }
    if (!base.id.endsWith('-latest'))
        yield { kind: 'latest', id: `${base.id}-latest`, name: `${base.name} Latest`, aliases: [`${base.name} newest`], factor: 1, released, keepBenchmarks: true };
    for (const [region, label] of REGIONS) {
        yield {
            kind: 'regional',
            id: `${base.id}-${region}`,
            name: `${base.name} (${label})`,
            aliases: [`${base.id} ${region} region`],
            factor: 1.1 * jitter(0.02),
            released: minDate(addDays(released, 30 + Math.round(rng() * 120)), LATEST_DATE),
            keepBenchmarks: true,
        };
    }
    for (const [platform, label] of PLATFORMS) {
        yield {
            kind: 'platform',
            id: `${platform}-${base.id}`,
            name: `${base.name} on ${label}`,
            aliases: [`${base.id} via ${platform}`],
            factor: jitter(0.15),
            released: minDate(addDays(released, 7 + Math.round(rng() * 60)), LATEST_DATE),
            keepBenchmarks: true,
        };
    }
    for (let _n = 0;; _n++) {
        const org = ORGS[Math.floor(rng() * ORGS.length)];
        const task = TASKS[Math.floor(rng() * TASKS.length)];
        const hash = Math.floor(rng() * 36 ** 6)
            .toString(36)
            .padStart(6, '0');
        yield {
            kind: 'fine-tune',
            id: `ft:${base.id}:${org}:${task}:${hash}`,
            name: `${base.name} ft ${org} ${task} ${hash}`,
            aliases: [`${org}-${task}-${hash}`],
            factor: 1.5 + rng() * 0.5,
            released: minDate(addDays(released, 14 + Math.round(rng() * 200)), LATEST_DATE),
            keepBenchmarks: false,
        };
    }
}
function history(base, c, rng) {
    const current = base.pricing[base.pricing.length - 1];
    const periods = 1 + Math.floor(rng() * 3);
    const dates = [c.released];
    for (let i = 1; i < periods; i++) {
        const next = addDays(dates[i - 1], 45 + Math.round(rng() * 90));
        if (next > LATEST_DATE)
            break;
        dates.push(next);
    }
    const factors = dates.map(() => c.factor);
    for (let i = dates.length - 2; i >= 0; i--)
        factors[i] = factors[i + 1] / (0.5 + rng() * 0.4);
    const via = `Model Scout bench generator (synthetic ${c.kind} variant of ${base.id})`;
    return dates.map((from, i) => {
        const entry = scaleEntry(current, factors[i]);
        delete entry.note;
        const source = { ...current.source, via };
        const out = { ...entry, from, source, checked: minDate(addDays(from, 3), LATEST_DATE) };
        if (i > 0) {
            const prev = scaleEntry(current, factors[i - 1]);
            out.note = `Price cut from $${prev.input}/$${prev.output} to $${entry.input}/$${entry.output} per 1M tokens`;
        }
        return out;
    });
}
function variantModel(base, c, rng) {
    const model = { ...structuredClone(base), id: c.id, name: c.name, aliases: c.aliases, pricing: history(base, c, rng), released: c.released };
    delete model.snapshots;
    delete model.routes;
    delete model.surfaces;
    delete model.notes;
    delete model.replacement;
    if (!c.keepBenchmarks)
        delete model.benchmarks;
    if (c.kind === 'latest')
        model.status = base.status === 'deprecated' ? 'active' : base.status;
    if (c.kind === 'dated' && base.status !== 'preview' && rng() < 0.35) {
        model.status = 'deprecated';
        model.deprecated = minDate(addDays(c.released, 120 + Math.round(rng() * 120)), LATEST_DATE);
        model.retires = addDays(model.deprecated, 90 + Math.round(rng() * 90));
    }
    if (model.status !== 'deprecated') {
        delete model.deprecated;
        delete model.retires;
    }
    if (model.knowledgeCutoff && String(model.knowledgeCutoff) > c.released)
        model.knowledgeCutoff = c.released.slice(0, 7);
    return model;
}
function readReal(dataDir) {
    const dir = join(dataDir, 'catalog');
    return readdirSync(dir)
        .filter((n) => /\.ya?ml$/.test(n))
        .sort()
        .map((n) => {
        const doc = parse(readFileSync(join(dir, n), 'utf8'));
        return { file: `data/catalog/${n}`, provider: doc.provider, models: doc.models, realCount: doc.models.length };
    });
}
function claimsOf(m) {
    return [m.id, m.name, ...(m.aliases ?? []), ...(m.snapshots ?? [])].map(normalizeName);
}
export function generateDocs(total = 3000, seed = 1, dataDir = DEFAULT_DATA_DIR) {
    const rng = prng(seed);
    const real = readReal(dataDir);
    const realCount = real.reduce((n, p) => n + p.models.length, 0);
    if (total < realCount)
        throw new Error(`a generated catalog holds at least the ${realCount} real models`);
    const taken = new Set();
    for (const p of real)
        for (const m of p.models)
            for (const k of claimsOf(m))
                taken.add(k);
    const providers = real.map((p) => ({ ...p, models: [...p.models] }));
    const bases = providers.flatMap((p) => p.models.map((m) => ({ p, base: m, gen: candidates(m, p.provider.id, rng) })));
    let made = realCount;
    while (made < total) {
        for (const b of bases) {
            if (made >= total)
                break;
            for (;;) {
                const c = b.gen.next().value;
                const keys = [c.id, c.name].map(normalizeName);
                if (keys.some((k) => taken.has(k)))
                    continue;
                c.aliases = c.aliases.filter((a) => !taken.has(normalizeName(a)) && !keys.includes(normalizeName(a)));
                const model = variantModel(b.base, c, rng);
                for (const k of claimsOf(model))
                    taken.add(k);
                b.p.models.push(model);
                made += 1;
                break;
            }
        }
    }
    const raw = (name) => ({ file: `data/${name}`, data: parse(readFileSync(join(dataDir, name), 'utf8')) });
    return { providers, benchmarks: raw('benchmarks.yml'), lanes: raw('lanes.yml'), realModels: realCount, dataDir };
}
function providerDocs(providers) {
    return providers.map((p) => ({ file: p.file, data: { provider: p.provider, models: p.models } }));
}
export function validate(docs) {
    const result = buildCatalog(providerDocs(docs.providers), docs.benchmarks, docs.lanes);
    if (!result.ok)
        throw new Error(`generated catalog is invalid (${result.problems.length} problems):\n${result.problems.slice(0, 10).map(formatProblem).join('\n')}`);
    return result.catalog;
}
export function subsetCatalog(docs, n, seed = 7) {
    const rng = prng(seed);
    const real = [];
    const generated = [];
    docs.providers.forEach((p, pi) => {
        p.models.forEach((_, mi) => {
            if (mi < p.realCount)
                real.push(`${pi}:${mi}`);
            else
                generated.push({ key: `${pi}:${mi}`, order: rng() });
        });
    });
    generated.sort((a, b) => a.order - b.order);
    const keep = new Set([...real, ...generated.map((g) => g.key)].slice(0, n));
    const providers = docs.providers.map((p, pi) => ({ ...p, models: p.models.filter((_, mi) => keep.has(`${pi}:${mi}`)) })).filter((p) => p.models.length > 0);
    return validate({ ...docs, providers });
}
export function writeDataDir(docs, dir) {
    mkdirSync(join(dir, 'catalog'), { recursive: true });
    for (const p of docs.providers) {
        const header = `# Generated by bench/generate-catalog.ts from ${p.file}: ${p.models.length} models (real ones first, then synthetic variants).\n`;
        writeFileSync(join(dir, 'catalog', `${p.provider.id}.yml`), header + stringify({ provider: p.provider, models: p.models }, { lineWidth: 0, aliasDuplicateObjects: false }));
    }
    copyFileSync(join(docs.dataDir, 'benchmarks.yml'), join(dir, 'benchmarks.yml'));
    copyFileSync(join(docs.dataDir, 'lanes.yml'), join(dir, 'lanes.yml'));
    return dir;
}
export function generateCatalog(options = {}) {
    const docs = generateDocs(options.models ?? 3000, options.seed ?? 1);
    const catalog = validate(docs);
    const dir = writeDataDir(docs, options.out ?? mkdtempSync(join(tmpdir(), 'modelscout-bench-catalog-')));
    return { dir, docs, catalog };
}
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    const { values } = parseArgs({ options: { models: { type: 'string', default: '3000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } } });
    const { dir, catalog, docs } = generateCatalog({ models: Number(values.models), seed: Number(values.seed), ...(values.out ? { out: resolve(values.out) } : {}) });
    process.stderr.write(`${catalog.models.length} models (${docs.realModels} real) in ${dir}\n`);
    process.stdout.write(`${dir}\n`);
}
//# sourceMappingURL=generate-catalog.js.map