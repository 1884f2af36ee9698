import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { handle, LOCAL } from '../app/handle.js';
import { DEFAULT_BENCHMARK, priceVsScore } from '../app/charts.js';
import { emptyQuery } from '../ask/query.js';
import { MAX_COMPARED } from '../compare/compare.js';
import { DEFAULT_MIX, defaultProfile } from '../cost/profile.js';
import { laneNamed } from '../ask/command.js';
import { createLogger } from '../log.js';
import { pngOf } from '../render/charts/png.js';
import { costSpec, historySpec, priceVsScoreSpec } from '../render/charts/spec.js';
import { renderText } from '../render/text/index.js';
import { requireModel } from './catalog.js';
import { InputError, UsageError } from './errors.js';
import { printJson } from './io.js';
import { filterOptions, filtersFrom, profileFlags, profileOptions } from './profile.js';
import { registerCommand } from './registry.js';
const KINDS = ['cost', 'history', 'price-vs-score'];
const USAGE = `modelscout chart cost <a> <b> [c] [d] [--tokens 50M] [--mix 3:1] --out FILE.png
       modelscout chart history <model> --out FILE.png
       modelscout chart price-vs-score [--benchmark ${DEFAULT_BENCHMARK} | --lane id] [filters as for cheapest] [--tokens 50M] [--mix 3:1] --out FILE.png`;
async function portsOf(ctx) {
    const { catalog, reviewed, notes } = await ctx.answering();
    return { catalog, reviewed, overlay: notes, now: () => new Date(`${ctx.asOf}T12:00:00Z`), logger: createLogger('warn') };
}
function modelIds(ports, names, min, max) {
    if (names.length < min)
        throw new UsageError(`Name ${min === max ? min : `${min} to ${max}`} model${max === 1 ? '' : 's'}. Usage:\n${USAGE}`);
    if (names.length > max)
        throw new InputError(`At most ${max} model${max === 1 ? '' : 's'} for this chart, got ${names.length}: ${names.join(', ')}.`);
    const ids = [...new Set(names.map((name) => requireModel(ports.catalog, name).model.id))];
    if (ids.length < names.length)
        throw new InputError(`The same model was named twice (${names.join(', ')}).`);
    return ids;
}
async function answered(ctx, ports, intent, models) {
    const query = { ...emptyQuery(`modelscout chart ${ctx.args.join(' ')}`, intent), ...profileFlags(ctx.values), models };
    return (await handle({ text: query.text, where: LOCAL, query }, ports)).answer;
}
function profileOf(ctx) {
    const flags = profileFlags(ctx.values);
    return {
        ...defaultProfile(flags.tokens ?? 1_000_000),
        mix: flags.mix ?? DEFAULT_MIX,
        cachedShare: flags.cachedShare ?? 0,
        batch: flags.batch,
        serviceTier: flags.serviceTier ?? 'standard',
        ...(flags.promptTokens !== null ? { promptTokens: flags.promptTokens } : {}),
    };
}
async function chartFor(ctx, kind, names) {
    const ports = await portsOf(ctx);
    if (kind === 'cost') {
        const answer = await answered(ctx, ports, 'compare', modelIds(ports, names, 2, MAX_COMPARED));
        if (answer.kind !== 'comparison')
            throw new InputError(renderText(answer));
        return costSpec(answer);
    }
    if (kind === 'history') {
        const answer = await answered(ctx, ports, 'model', modelIds(ports, names, 1, 1));
        if (answer.kind !== 'model-card')
            throw new InputError(renderText(answer));
        return historySpec(answer);
    }
    if (names.length > 0)
        throw new UsageError(`price-vs-score takes flags only, got ${JSON.stringify(names.join(' '))}. Usage:\n${USAGE}`);
    const lane = typeof ctx.values.lane === 'string' ? laneNamed(ports.catalog, ctx.values.lane) : undefined;
    if (typeof ctx.values.lane === 'string' && !lane)
        throw new InputError(`Unknown lane ${JSON.stringify(ctx.values.lane)}. Lanes: ${ports.catalog.lanes.map((l) => l.id).join(', ')}.`);
    const benchmark = typeof ctx.values.benchmark === 'string' ? ctx.values.benchmark : undefined;
    if (benchmark && lane)
        throw new UsageError('Choose one of --benchmark and --lane.');
    const answer = priceVsScore(ports.catalog, profileOf(ctx), filtersFrom(ctx.values, ports.catalog, ctx.asOf), ctx.asOf, { benchmark, lane: lane?.id });
    if (answer.kind === 'no-benchmark')
        throw new InputError(answer.message);
    if (answer.points.length === 0)
        throw new InputError(`No priced model that passes the filters has a ${answer.benchmarkName} score, so there is nothing to chart.`);
    return priceVsScoreSpec(answer);
}
registerCommand('chart', {
    usage: `${USAGE} [--json]`,
    summary: 'write a chart as a PNG: monthly cost by volume, a price history, or price against quality',
    options: { ...profileOptions, ...filterOptions, out: { type: 'string' }, benchmark: { type: 'string' } },
    run: async (ctx) => {
        const [kind, ...names] = ctx.args;
        if (!kind || !KINDS.includes(kind))
            throw new UsageError(`chart needs a kind (${KINDS.join(', ')}), got ${JSON.stringify(kind ?? '')}. Usage:\n${USAGE}`);
        const out = ctx.values.out;
        if (typeof out !== 'string' || out.trim() === '')
            throw new UsageError(`chart needs --out FILE.png. Usage:\n${USAGE}`);
        if (!/\.png$/i.test(out))
            throw new InputError(`--out must name a .png file, got ${JSON.stringify(out)}.`);
        const chart = await chartFor(ctx, kind, names);
        const image = await pngOf(chart.spec);
        const path = resolve(out);
        try {
            mkdirSync(dirname(path), { recursive: true });
            writeFileSync(path, image.png);
        }
        catch (error) {
            throw new InputError(`Could not write ${path}: ${error.code ?? error.message}.`);
        }
        if (ctx.json)
            printJson(ctx.io, { chart: kind, out: path, width: image.width, height: image.height, bytes: image.png.length, title: chart.title, alt: chart.alt });
        else
            ctx.io.out(`Wrote ${chart.title} to ${path} (${image.width}×${image.height} PNG).\n${chart.alt}`);
        return 0;
    },
});
//# sourceMappingURL=chart.js.map