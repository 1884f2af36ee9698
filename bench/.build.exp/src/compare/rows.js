import { CAPABILITIES, PRICE_FIELD_LABELS, PRICE_FIELDS, SELDOM_PRICED, SURFACES } from '../catalog/schema.js';
import { quotedPrice } from '../catalog/history.js';
import { exact, MILLION, priceProfile, rawCost } from '../cost/price.js';
import { REFERENCE_VOLUMES } from '../cost/profile.js';
import { count, FREE_ENDPOINT, money, perMillion, perUnit, requestMoney, tokens, tokensPerSecond } from '../cost/format.js';
import { ONE_WORKLOAD, taskCosts } from '../catalog/runs.js';
import { buyingOptions } from '../cost/rank.js';
import { spanKey, spanUsd, spanWords, termChangeWords } from '../cost/span.js';
import { termCostFor } from '../cost/term-cost.js';
export function leads(row, id) {
    return row.winner === id || row.sharedBy?.includes(id) === true;
}
export function dependsOnProfile(r) {
    return r.group === 'price' || r.group === 'cost' || r.key === 'firstParty' || r.key === 'cheapestHost';
}
const SURFACE_LABELS = {
    'codex-local': 'Codex local tasks',
    'codex-cloud': 'Codex cloud tasks',
    'codex-code-review': 'Codex code reviews',
};
const NOT_PUBLISHED = 'not published';
const UNTESTED = 'untested';
const NOT_MEASURED = 'not measured';
function leadersOf(models, values, better) {
    if (better === null)
        return null;
    const score = (v) => {
        if (better === 'yes')
            return v === true ? 1 : 0;
        if (better === 'more')
            return Array.isArray(v) ? v.length : 0;
        if (better === 'newer')
            return Date.parse(String(v).length === 7 ? `${String(v)}-01` : String(v));
        return better === 'lower' ? -v : v;
    };
    let known = 0;
    let best = Number.NEGATIVE_INFINITY;
    let leaders = [];
    for (const m of models) {
        const v = values[m.id]?.value;
        if (v === null || v === undefined)
            continue;
        known += 1;
        const s = score(v);
        if (s > best) {
            best = s;
            leaders = [m.id];
        }
        else if (s === best)
            leaders.push(m.id);
    }
    const [leader] = leaders;
    if (known < 2 || leader === undefined)
        return null;
    if (better === 'more') {
        const set = new Set(values[leader]?.value);
        const superset = models.every((m) => (values[m.id]?.value ?? []).every((x) => set.has(x)));
        if (!superset)
            return null;
    }
    return { leaders, known };
}
function row(models, key, label, group, better, cell, extra) {
    const values = {};
    for (const m of models)
        values[m.id] = cell(m);
    const best = leadersOf(models, values, better);
    const winner = best === null ? null : best.leaders.length === 1 ? best.leaders[0] : 'tie';
    const sharedBy = best !== null && best.leaders.length > 1 && best.leaders.length < best.known ? best.leaders : undefined;
    return { key, label, group, better, values, winner, sharedBy, ...extra };
}
const priceCell = (v) => (v === undefined ? { value: null, text: NOT_PUBLISHED } : { value: v, text: perMillion(v) });
const yesNo = (v) => (v === undefined ? { value: null, text: NOT_PUBLISHED } : { value: v, text: v ? 'yes' : 'no' });
export function mixText(mix) {
    return `${mix.input}:${mix.output}`;
}
export const capitalized = (text) => text.replace(/^./, (c) => c.toUpperCase());
export function priceFieldRow(models, field, price) {
    return row(models, `price.${field}`, PRICE_ROW_LABELS[field], 'price', 'lower', (m) => {
        const entry = price(m);
        return entry.free && entry[field] !== undefined ? { value: null, text: FREE_ENDPOINT } : priceCell(entry[field]);
    });
}
function priceRows(models, profile, asOf) {
    const prices = new Map(models.map((m) => [m.id, quotedPrice(m, asOf)]));
    const price = (m) => prices.get(m.id);
    const fields = PRICE_FIELDS.filter((f) => !SELDOM_PRICED.includes(f) || models.some((m) => price(m)[f] !== undefined));
    const rows = fields.map((f) => priceFieldRow(models, f, price));
    const blended = row(models, 'price.blended', `Blended at ${mixText(profile.mix)}`, 'price', 'lower', (m) => {
        const q = rawCost(m, profile, asOf);
        if (!q.ok)
            return { value: null, text: q.reason };
        const blendedPerMillion = exact(q.total / profile.tokensPerMonth);
        return { value: blendedPerMillion, text: perMillion(blendedPerMillion) };
    }, { mix: profile.mix });
    return [...rows, blended];
}
export function inPriceUnit(rows, unit) {
    if (unit === 'million')
        return rows;
    const cell = (c) => (typeof c.value === 'number' ? { value: c.value, text: perUnit(c.value, unit) } : c);
    return rows.map((r) => (r.group === 'price' ? { ...r, values: Object.fromEntries(Object.entries(r.values).map(([id, c]) => [id, cell(c)])) } : r));
}
const PRICE_ROW_LABELS = Object.fromEntries(PRICE_FIELDS.map((f) => [f, capitalized(PRICE_FIELD_LABELS[f])]));
export function volumeWords(volume) {
    if (volume.per !== 'request')
        return `at ${tokens(volume.tokens)} tokens a month`;
    if (volume.count === undefined)
        return `for one ${volume.what ?? 'request'} of ${tokens(volume.tokens)} tokens`;
    const each = volume.tokens / volume.count;
    return `for ${count(volume.count)} ${volume.what ?? 'requests'}${Number.isInteger(each) ? ` of ${tokens(each)} tokens` : ''}`;
}
function costRows(models, profile, asOf, volumes, per, what, counted, asked = false) {
    const reference = REFERENCE_VOLUMES;
    return volumes.map((volume) => {
        const yours = volume === profile.tokensPerMonth;
        const key = reference.includes(volume) && !asked ? `cost.${tokens(volume)}` : 'cost.volume';
        const request = yours && per === 'request';
        const label = !request
            ? `Monthly cost at ${tokens(volume)} tokens${asked ? ' (asked)' : yours ? ' (yours)' : ''}`
            : counted !== undefined
                ? `Cost for ${count(counted)} ${what} (${tokens(volume)} tokens, yours)`
                : `Cost of one ${what} of ${tokens(volume)} tokens (yours)`;
        return row(models, key, label, 'cost', 'lower', (m) => {
            const q = rawCost(m, { ...profile, tokensPerMonth: volume }, asOf);
            if (!q.ok)
                return { value: null, text: q.reason };
            const monthlyUsd = exact(q.total / MILLION);
            return { value: monthlyUsd, text: request ? requestMoney(monthlyUsd) : money(monthlyUsd) };
        }, { volume: request ? { tokens: volume, yours, per, what, ...(counted !== undefined ? { count: counted } : {}) } : { tokens: volume, yours, ...(asked ? { asked } : {}) } });
    });
}
function spanRow(models, monthly, span, profile, asOf) {
    const tokensPerMonth = monthly.volume?.tokens ?? 0;
    return row(models, `cost.${spanKey(span)}`, `${spanWords(span).title} cost at ${tokens(tokensPerMonth)} tokens a month (yours)`, 'cost', 'lower', (m) => {
        const month = monthly.values[m.id];
        if (typeof month.value !== 'number')
            return month;
        const term = typeof span === 'string' ? undefined : termCostFor(m, profile, asOf, span, month.value);
        const usd = term ? term.usd : spanUsd(month.value, span);
        return { value: usd, text: `${money(usd)}${term ? termChangeWords(term) : ''}` };
    }, { span: { tokens: tokensPerMonth, per: span } });
}
function costRowsAsked(models, profile, asOf, spans, per, what, counted, volumes) {
    const rows = volumes ? costRows(models, profile, asOf, volumes, per, what, counted, true) : costRows(models, profile, asOf, allVolumes(profile), per, what, counted);
    const yours = rows.find((r) => r.volume?.yours);
    return yours ? [...rows, ...spans.map((s) => spanRow(models, yours, s, profile, asOf))] : rows;
}
function allVolumes(profile) {
    const reference = REFERENCE_VOLUMES;
    return reference.includes(profile.tokensPerMonth) ? reference : [...reference, profile.tokensPerMonth];
}
const tokenCount = (n) => (n === undefined ? { value: null, text: NOT_PUBLISHED } : { value: n, text: `${count(n)} tokens` });
const published = (v) => (v === undefined ? { value: null, text: NOT_PUBLISHED } : { value: v, text: v });
function sizeRows(models) {
    return [
        row(models, 'contextWindow', 'Context window', 'specs', 'higher', (m) => tokenCount(m.contextWindow)),
        row(models, 'maxOutput', 'Max output', 'specs', 'higher', (m) => tokenCount(m.maxOutput)),
        row(models, 'knowledgeCutoff', 'Knowledge cutoff', 'specs', 'newer', (m) => published(m.knowledgeCutoff)),
    ];
}
function releaseRows(models) {
    return [
        row(models, 'released', 'Released', 'specs', 'newer', (m) => published(m.released)),
        row(models, 'modalities.input', 'Input modalities', 'specs', 'more', (m) => ({ value: m.modalities.input, text: m.modalities.input.join(', ') })),
        row(models, 'modalities.output', 'Output modalities', 'specs', 'more', (m) => ({ value: m.modalities.output, text: m.modalities.output.join(', ') })),
    ];
}
const CAPABILITY_LABELS = Object.fromEntries(CAPABILITIES.map((c) => [c, capitalized(c.replace(/-/g, ' '))]));
function capabilityRows(models) {
    return CAPABILITIES.map((capability) => row(models, `capability.${capability}`, CAPABILITY_LABELS[capability], 'capabilities', 'yes', (m) => yesNo(m.capabilities[capability]), { capability }));
}
function benchmarkRows(catalog, models) {
    const ids = [...catalog.benchmarks.keys()].filter((id) => models.some((m) => m.benchmarks.some((b) => b.id === id)));
    return ids.map((id) => {
        const meta = catalog.benchmarks.get(id);
        const unit = meta?.scale.unit === 'percent' ? '%' : '';
        return row(models, `benchmark.${id}`, meta?.name ?? id, 'benchmarks', meta?.scale.higherIsBetter === false ? 'lower' : 'higher', (m) => {
            const s = m.benchmarks.filter((b) => b.id === id).sort((a, b) => b.score - a.score)[0];
            if (!s)
                return { value: null, text: UNTESTED };
            const notes = [s.setting, s.reportedBy === 'vendor' ? 'vendor-reported' : undefined].filter((x) => x !== undefined);
            return { value: s.score, text: `${s.score}${unit}${notes.length > 0 ? ` (${notes.join('; ')})` : ''}` };
        });
    });
}
function costPerTaskRows(catalog, models) {
    const runs = new Map(models.map((m) => [m.id, taskCosts(catalog, m)]));
    const benchmarks = [...new Set(models.flatMap((m) => (runs.get(m.id) ?? []).map((r) => r.benchmark)))];
    return benchmarks.map((id) => {
        const per = Object.fromEntries(models.map((m) => [m.id, (runs.get(m.id) ?? []).filter((r) => r.benchmark === id)]));
        const first = Object.values(per).flat()[0];
        return row(models, `costPerTask.${id}`, `Cost per task (${first.benchmarkName}, ${first.tasks} tasks; ${ONE_WORKLOAD})`, 'cost', null, (m) => {
            const top = per[m.id]?.[0];
            if (!top)
                return { value: null, text: UNTESTED };
            const more = (per[m.id]?.length ?? 1) - 1;
            return {
                value: top.perTaskUsd,
                text: `${money(top.perTaskUsd)} (${top.setting ? `${top.setting}, ` : ''}run of ${top.date}${more > 0 ? `; ${more} other run${more === 1 ? '' : 's'}` : ''})`,
            };
        }, { runs: per });
    });
}
function speedRows(models) {
    return [
        row(models, 'speed.outputTokensPerSecond', 'Output speed', 'speed', 'higher', (m) => m.speed?.outputTokensPerSecond === undefined
            ? { value: null, text: NOT_MEASURED }
            : { value: m.speed.outputTokensPerSecond, text: tokensPerSecond(m.speed.outputTokensPerSecond) }),
        row(models, 'openWeights', 'Open weights', 'license', 'yes', (m) => yesNo(m.openWeights)),
    ];
}
function surfaceRows(models) {
    return SURFACES.filter((surface) => models.some((m) => m.surfaces.some((s) => s.id === surface))).map((surface) => row(models, `surface.${surface}`, SURFACE_LABELS[surface], 'surfaces', 'yes', (m) => yesNo(m.surfaces.find((x) => x.id === surface)?.available)));
}
function licenseRows(models) {
    return [
        row(models, 'license', 'License', 'license', null, (m) => ({ value: m.license, text: m.license })),
        row(models, 'routes', 'Routes', 'routes', 'more', (m) => {
            const platforms = [m.provider, ...new Set(m.routes.map((r) => r.platform))];
            return { value: platforms, text: platforms.join(', ') };
        }),
    ];
}
function hostRows(catalog, models, profile, asOf) {
    const hosted = new Map(models.map((m) => {
        const [own, ...hosts] = buyingOptions(catalog, m, asOf);
        const priced = hosts
            .filter((o) => !o.route.free)
            .flatMap((o) => {
            const q = priceProfile(o.priced, profile, asOf);
            return q.ok ? [{ o, q }] : [];
        })
            .sort((a, b) => a.q.monthlyUsd - b.q.monthlyUsd || a.q.rates.output - b.q.rates.output);
        return [m.id, { own: own, cheapest: priced[0] }];
    }));
    if (![...hosted.values()].some((h) => h.cheapest !== undefined))
        return [];
    return [
        row(models, 'firstParty', `Provider's own price (a month at ${tokens(profile.tokensPerMonth)})`, 'routes', 'lower', (m) => {
            const own = hosted.get(m.id).own;
            if (own.route.free)
                return { value: null, text: 'only a free, rate-limited endpoint' };
            const q = priceProfile(own.priced, profile, asOf);
            if (!q.ok)
                return { value: null, text: q.reason };
            return { value: q.monthlyUsd, text: `${money(q.monthlyUsd)} (${own.route.name})` };
        }),
        row(models, 'cheapestHost', `Cheapest host (a month at ${tokens(profile.tokensPerMonth)})`, 'routes', 'lower', (m) => {
            const c = hosted.get(m.id).cheapest;
            if (!c)
                return { value: null, text: 'no host with its own price' };
            return { value: c.q.monthlyUsd, text: `${money(c.q.monthlyUsd)} (${c.o.route.name}, ${perMillion(c.q.rates.input)} in / ${perMillion(c.q.rates.output)} out)` };
        }),
    ];
}
export function comparisonRows(catalog, models, profile, asOf, detail = 'full', spans = [], per = 'month', what = 'request', counted, volumes) {
    if (detail === 'brief') {
        return [
            ...priceRows(models, profile, asOf),
            ...costRowsAsked(models, profile, asOf, per === 'request' ? [] : spans, per, what, counted, volumes),
            ...sizeRows(models),
            ...capabilityRows(models),
            ...benchmarkRows(catalog, models),
            ...speedRows(models),
            ...surfaceRows(models),
        ];
    }
    return [
        ...priceRows(models, profile, asOf),
        ...costRowsAsked(models, profile, asOf, per === 'request' ? [] : spans, per, what, counted, volumes),
        ...hostRows(catalog, models, profile, asOf),
        ...costPerTaskRows(catalog, models),
        ...sizeRows(models),
        ...releaseRows(models),
        ...capabilityRows(models),
        ...benchmarkRows(catalog, models),
        ...speedRows(models),
        ...licenseRows(models),
        ...surfaceRows(models),
    ];
}
//# sourceMappingURL=rows.js.map