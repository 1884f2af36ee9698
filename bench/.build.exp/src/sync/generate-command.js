import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import { normalizeName } from '../catalog/normalize.js';
import { buildCatalog, formatProblem } from '../catalog/validate.js';
import { InputError, UsageError } from '../cli/errors.js';
import { printJson } from '../cli/io.js';
import { DEFAULT_DATA_DIR } from '../load/catalog.js';
import { appendHostRoutes, appendToProviderYaml, dateOfFile, generateProvider, providerYaml } from './generate.js';
import { PROVIDER_SPECS } from './provider-specs.js';
import { readdirSync } from 'node:fs';
import { appendServiceTiers, planServiceTiers } from './service-tiers.js';
import { SyncError } from './types.js';
export const GENERATE_USAGE = 'modelscout sync generate [--modelsdev FILE] [--openrouter FILE] [--arena FILE] [--litellm FILE] [--providers meta,qwen,…] [--hosts] [--write] [--json]';
function readSource(path, asOf) {
    if (path === undefined)
        return undefined;
    if (typeof path !== 'string')
        throw new UsageError(`expected a file path.\nUsage: ${GENERATE_USAGE}`);
    let bytes;
    try {
        bytes = readFileSync(path);
    }
    catch (error) {
        throw new InputError(`cannot read ${path} (${error.code ?? 'error'})`);
    }
    const text = path.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
    try {
        return { data: JSON.parse(text), file: basename(path), checked: dateOfFile(path, asOf) };
    }
    catch {
        throw new InputError(`${path} is not JSON`);
    }
}
export function runGenerate(ctx) {
    const v = ctx.values;
    const inputs = { modelsdev: readSource(v.modelsdev, ctx.asOf), openrouter: readSource(v.openrouter, ctx.asOf), arena: readSource(v.arena, ctx.asOf) };
    const litellmDoc = readSource(v.litellm, ctx.asOf);
    if (!inputs.modelsdev && !inputs.openrouter && !inputs.arena && !litellmDoc)
        throw new UsageError(`sync generate needs at least one of --modelsdev, --openrouter, --arena, --litellm.\nUsage: ${GENERATE_USAGE}`);
    const wanted = typeof v.providers === 'string'
        ? v.providers
            .split(',')
            .map((p) => p.trim())
            .filter((p) => p !== '')
        : PROVIDER_SPECS.map((s) => s.id);
    const unknown = wanted.filter((p) => !PROVIDER_SPECS.some((s) => s.id === p));
    if (unknown.length > 0)
        throw new InputError(`Unknown provider ${unknown.join(', ')}: expected some of ${PROVIDER_SPECS.map((s) => s.id).join(', ')}.`);
    const catalog = ctx.catalog();
    const taken = { ids: new Set(catalog.models.map((m) => m.id)), names: new Set() };
    for (const m of catalog.models)
        for (const n of [m.id, m.name, ...m.aliases, ...m.snapshots, ...m.routes.map((r) => r.id)])
            taken.names.add(normalizeName(n));
    const sources = Object.values(inputs).flatMap((s) => (s ? [`${s.file} (${s.checked})`] : []));
    const generated = PROVIDER_SPECS.filter((s) => wanted.includes(s.id)).map((spec) => generateProvider(spec, inputs, taken));
    const catalogDir = join(DEFAULT_DATA_DIR, 'catalog');
    const texts = new Map();
    for (const g of generated) {
        const path = join(catalogDir, `${g.spec.id}.yml`);
        if (existsSync(path)) {
            const text = appendToProviderYaml(readFileSync(path, 'utf8'), g);
            if (text !== undefined)
                texts.set(path, text);
        }
        else if (g.models.length > 0)
            texts.set(path, providerYaml(g, sources));
    }
    const hostRoutes = [];
    if (v.hosts === true) {
        if (!inputs.modelsdev)
            throw new UsageError(`--hosts reads the hosts from --modelsdev.\nUsage: ${GENERATE_USAGE}`);
        for (const name of readdirSync(catalogDir)
            .filter((n) => /\.ya?ml$/.test(n))
            .sort()) {
            const path = join(catalogDir, name);
            if (texts.has(path))
                continue;
            const added = appendHostRoutes(readFileSync(path, 'utf8'), inputs.modelsdev);
            if (!added)
                continue;
            texts.set(path, added.text);
            hostRoutes.push(...added.added);
        }
    }
    let tiers = { fills: [], skipped: [] };
    if (litellmDoc) {
        try {
            tiers = planServiceTiers(catalog, litellmDoc);
        }
        catch (error) {
            if (error instanceof SyncError)
                throw new InputError(`--litellm ${String(v.litellm)}: ${error.reason}`);
            throw error;
        }
        for (const name of readdirSync(catalogDir)
            .filter((n) => /\.ya?ml$/.test(n))
            .sort()) {
            const path = join(catalogDir, name);
            const mine = tiers.fills.filter((f) => `${f.provider}.yml` === name);
            if (mine.length === 0)
                continue;
            const text = appendServiceTiers(texts.get(path) ?? readFileSync(path, 'utf8'), mine, litellmDoc);
            if (text !== undefined)
                texts.set(path, text);
        }
    }
    let written = [];
    if (v.write === true && texts.size > 0) {
        const shown = (p) => relative(join(DEFAULT_DATA_DIR, '..'), p);
        const docs = [
            ...new Set([
                ...readdirSync(catalogDir)
                    .filter((n) => /\.ya?ml$/.test(n))
                    .map((n) => join(catalogDir, n)),
                ...texts.keys(),
            ]),
        ]
            .sort()
            .map((p) => ({ file: shown(p), data: parse(texts.get(p) ?? readFileSync(p, 'utf8')) }));
        const result = buildCatalog(docs, { file: 'data/benchmarks.yml', data: parse(readFileSync(join(DEFAULT_DATA_DIR, 'benchmarks.yml'), 'utf8')) });
        const mine = new Set([...texts.keys()].map(shown));
        const problems = result.ok ? [] : result.problems.filter((p) => mine.has(p.file));
        if (problems.length > 0)
            throw new InputError(`Nothing written: the generated files would not validate:\n${problems.slice(0, 30).map(formatProblem).join('\n')}`);
        for (const [path, text] of texts)
            writeFileSync(path, text);
        written = [...texts.keys()].map(shown);
    }
    const report = generated.map((g) => ({ provider: g.spec.id, models: g.models.map((m) => m.id), outOfScope: g.outOfScope.length, skipped: g.skipped }));
    const serviceTiers = tiers.fills.map((f) => ({ model: f.model, tier: f.tier, ...f.prices, sourceId: f.sourceId }));
    if (ctx.json)
        printJson(ctx.io, { ok: true, sources, providers: report, hostRoutes, serviceTiers, serviceTiersSkipped: tiers.skipped, written });
    else {
        const lines = generated.map((g) => `${g.spec.id}: ${g.models.length} model${g.models.length === 1 ? '' : 's'} (${g.models.map((m) => m.id).join(', ') || 'none'}); ${g.outOfScope.length} out of scope; ${g.skipped.length} skipped`);
        if (v.hosts === true)
            lines.push(`Host routes added to models already in the catalog: ${hostRoutes.length}${hostRoutes.length > 0 ? ` (${[...new Set(hostRoutes.map((h) => h.model))].join(', ')})` : ''}`);
        if (litellmDoc) {
            lines.push(`Service tiers added from LiteLLM: ${tiers.fills.length}${tiers.fills.length > 0 ? ` (${tiers.fills.map((f) => `${f.model} ${f.tier}`).join(', ')})` : ''}`);
            for (const sk of tiers.skipped)
                lines.push(`  not added: ${sk.model} ${sk.tier}: ${sk.reason}`);
        }
        lines.push('', written.length > 0
            ? `Written: ${written.join(', ')}. Review them (\`git diff data/catalog\`), then run \`modelscout catalog check\`.`
            : v.write === true
                ? 'Nothing to write.'
                : 'Nothing written (add --write to write the files).');
        ctx.io.out(lines.join('\n'));
    }
    return 0;
}
//# sourceMappingURL=generate-command.js.map