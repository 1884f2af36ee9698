import { quotedPrice, scheduledChanges } from '../catalog/history.js';
import { statusOn } from '../catalog/lifecycle.js';
import { CAPABILITIES, hostName, SERVICE_TIERS } from '../catalog/schema.js';
import { cheaperBy, count, money, perMillion, price, times } from '../cost/format.js';
import { PRICE_BOUNDS } from '../cost/rank.js';
import { ONE_WORKLOAD, taskCosts } from '../catalog/runs.js';
import { scoreOf, scoreText } from '../catalog/needs.js';
export const FACT_ATTRIBUTES = [
    'retirement',
    'rate-limits',
    'benchmark',
    'batch-price',
    'tier-price',
    'price-schedule',
    'price-bound',
    'max-input',
    'route',
    'surface',
    'free-endpoint',
];
export function isFactAttribute(attribute) {
    return attribute !== null && (FACT_ATTRIBUTES.includes(attribute) || CAPABILITIES.includes(attribute));
}
const spec = (m) => ({ ...m.specSource, checked: m.specChecked });
const notRecorded = (m, details = []) => ({ model: m.id, name: m.name, answer: null, recorded: false, value: '', details, source: null });
function retirement(m, asOf) {
    const status = statusOn(m, asOf);
    const details = m.replacement ? [`the provider names ${m.replacement} as its replacement`] : [];
    if (m.retires) {
        const value = status === 'retired' ? `retired on ${m.retires}` : `retires on ${m.retires}${m.deprecated ? ` (deprecated since ${m.deprecated})` : ''}`;
        return { model: m.id, name: m.name, answer: null, recorded: true, value, details, source: spec(m) };
    }
    if (status === 'deprecated' || m.deprecated)
        return {
            model: m.id,
            name: m.name,
            answer: null,
            recorded: true,
            value: `deprecated${m.deprecated ? ` since ${m.deprecated}` : ''}; no retirement date published`,
            details,
            source: spec(m),
        };
    return { ...notRecorded(m, [`status: ${status}; no deprecation or retirement has been announced in the catalog's sources`]), source: spec(m) };
}
function rateLimits(m) {
    const limits = m.rateLimits;
    if (!limits)
        return notRecorded(m);
    const tiers = Object.entries(limits.tokensPerMinute)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([tier, tpm]) => `${tier} ${count(tpm)}`);
    return {
        model: m.id,
        name: m.name,
        answer: null,
        recorded: true,
        value: `tokens per minute by usage tier: ${tiers.join(', ')}`,
        details: [],
        source: { ...limits.source, checked: limits.checked },
    };
}
function scoresCarried(catalog, m) {
    return [...new Set(m.benchmarks.map((b) => b.id))].map((id) => `${catalog.benchmarks.get(id)?.name ?? id} ${scoreText(catalog, id, scoreOf(m, id))}`);
}
function benchmark(catalog, m, id) {
    const meta = catalog.benchmarks.get(id);
    if (!meta) {
        const carried = scoresCarried(catalog, m);
        if (id === '') {
            const [first, ...rest] = m.benchmarks;
            if (!first)
                return notRecorded(m);
            const others = [...new Set(rest.map((b) => b.source.url).filter((url) => url !== first.source.url))];
            const details = others.length > 0 ? [`also from ${others.join(', ')}`] : [];
            return { model: m.id, name: m.name, answer: null, recorded: true, value: carried.join('; '), details, source: { ...first.source, checked: first.checked } };
        }
        return notRecorded(m, [
            carried.length > 0 ? `the catalog carries no ${id} scores; it has ${carried.join(', ')}` : `the catalog carries no ${id} scores, and none of its others for this model`,
        ]);
    }
    const scores = m.benchmarks.filter((b) => b.id === id);
    if (scores.length === 0)
        return notRecorded(m, ['untested']);
    const unit = meta?.scale.unit === 'percent' ? '%' : '';
    const [first, ...more] = scores;
    const said = (b) => `${b.score}${unit}${b.setting ? ` (${b.setting})` : ''}`;
    return {
        model: m.id,
        name: m.name,
        answer: null,
        recorded: true,
        value: `${said(first)}${more.length > 0 ? `; also ${more.map(said).join('; ')}` : ''}`,
        details: [...(meta ? [`${meta.name} measures: ${meta.measures.replace(/\.$/, '')}`] : []), ...runCosts(catalog, m, id)],
        source: { ...first.source, checked: first.checked },
    };
}
function runCosts(catalog, m, benchmark) {
    const runs = taskCosts(catalog, m).filter((c) => c.benchmark === benchmark);
    if (runs.length === 0)
        return [];
    const each = runs.map((c) => `${money(c.totalCostUsd)} for ${c.tasks} tasks (${money(c.perTaskUsd)} per task; ${c.setting ? `${c.setting}, ` : ''}run of ${c.date})`);
    return [`${runs.length === 1 ? 'the published run cost' : 'the published runs cost'} ${each.join(', ')} — ${ONE_WORKLOAD}`];
}
function batchPrice(m, asOf) {
    const p = quotedPrice(m, asOf);
    if (p.batchInput === undefined || p.batchOutput === undefined)
        return { ...notRecorded(m, [`standard price: ${perMillion(p.input)} input, ${perMillion(p.output)} output`]) };
    return {
        model: m.id,
        name: m.name,
        answer: null,
        recorded: true,
        value: `${perMillion(p.batchInput)} input, ${perMillion(p.batchOutput)} output with the Batch API`,
        details: [`standard: ${perMillion(p.input)} input, ${perMillion(p.output)} output`],
        source: { ...p.source, checked: p.checked },
    };
}
function tierPrices(m, asOf, question) {
    const p = quotedPrice(m, asOf);
    const batch = p.batchInput !== undefined && p.batchOutput !== undefined ? `Batch API ${perMillion(p.batchInput)} input, ${perMillion(p.batchOutput)} output` : 'no batch price published';
    const standard = `standard: ${perMillion(p.input)} input, ${perMillion(p.output)} output; ${batch}`;
    const tiers = SERVICE_TIERS.flatMap((tier) => {
        const t = p.serviceTiers[tier];
        return t ? [`${tier} tier ${perMillion(t.input)} input, ${perMillion(t.output)} output`] : [];
    });
    if (tiers.length === 0)
        return notRecorded(m, [`no flex, priority or fast tier is published for it; ${standard}`]);
    const weighed = /\b(?:cheaper|dearer|pricier|more expensive|less expensive|than|or|vs\.?|versus|compared)\b/i.test(question);
    return { model: m.id, name: m.name, answer: weighed ? null : 'yes', recorded: true, value: tiers.join('; '), details: [standard], source: { ...p.source, checked: p.checked } };
}
function priceSchedule(m, asOf) {
    const now = quotedPrice(m, asOf);
    const ahead = scheduledChanges(m, asOf);
    const pair = (p) => `${perMillion(p.input)} input, ${perMillion(p.output)} output`;
    const inForce = `${pair(now)} since ${now.from}${now.note ? ` (${now.note})` : ''}`;
    const last = ahead.at(-1);
    if (!last)
        return {
            model: m.id,
            name: m.name,
            answer: null,
            recorded: true,
            value: `${inForce}${pastChanges(m, now)}; no price change announced in the catalog's sources`,
            details: [],
            source: { ...now.source, checked: now.checked },
        };
    const changes = ahead.map((p) => `from ${p.from}: ${pair(p)}${p.note ? ` (${p.note})` : ''}`);
    return {
        model: m.id,
        name: m.name,
        answer: null,
        recorded: true,
        value: `${inForce}${pastChanges(m, now)}; ${changes.join('; ')}`,
        details: [],
        source: { ...last.source, checked: last.checked },
    };
}
function moved(before, after) {
    if (after === before)
        return 'unchanged';
    return after < before ? cheaperBy(after, before) : `${times(after / before)} as much`;
}
function pastChanges(m, now) {
    const before = m.pricing.filter((p) => p.from < now.from);
    const previous = before.at(-1);
    if (!previous)
        return `, the first price the catalog's sources record`;
    const earlier = before.length > 1
        ? `; earlier prices from ${before
            .slice(0, -1)
            .map((p) => p.from)
            .join(', ')}`
        : '';
    return `; last changed on ${now.from}, from ${perMillion(previous.input)} input, ${perMillion(previous.output)} output (from ${previous.from}): input ${moved(previous.input, now.input)}, output ${moved(previous.output, now.output)}${earlier}`;
}
function priceBound(m, asOf, bounds, mix) {
    const p = quotedPrice(m, asOf);
    const blended = (p.input * mix.input + p.output * mix.output) / (mix.input + mix.output);
    const checks = PRICE_BOUNDS.map((b) => ({
        name: b.side ?? `blended at ${mix.input}:${mix.output}`,
        value: b.side === 'input' ? p.input : b.side === 'output' ? p.output : Number(blended.toPrecision(12)),
        min: bounds[b.min],
        max: bounds[b.max],
    })).filter((c) => c.min !== undefined || c.max !== undefined);
    const said = checks.map((c) => {
        const exactly = c.min !== undefined && c.min === c.max;
        const onBound = !exactly && (c.value === c.min || c.value === c.max);
        const within = (c.min === undefined || c.value >= c.min) && (c.max === undefined || c.value <= c.max);
        const where = exactly
            ? within
                ? `as asked`
                : `not the ${perMillion(c.min ?? 0)} asked`
            : c.min !== undefined && c.max !== undefined
                ? `${within ? 'within' : 'outside'} ${price(c.min)}–${perMillion(c.max)}`
                : c.max !== undefined
                    ? `${within ? 'below' : 'above'} ${perMillion(c.max)}`
                    : `${within ? 'above' : 'below'} ${perMillion(c.min ?? 0)}`;
        return { onBound, within, words: `${c.name} ${perMillion(c.value)}: ${onBound ? `exactly the ${perMillion(c.value)} asked` : where}` };
    });
    const answer = said.some((c) => !c.within) ? 'no' : said.some((c) => c.onBound) ? null : 'yes';
    return {
        model: m.id,
        name: m.name,
        answer,
        recorded: true,
        value: said.map((c) => c.words).join('; '),
        details: [`prices in force since ${p.from}`],
        source: { ...p.source, checked: p.checked },
    };
}
function maxInput(m) {
    const details = [`context window ${count(m.contextWindow)} tokens${m.maxOutput ? `, maximum output ${count(m.maxOutput)}` : ''}`];
    if (m.maxInput === undefined)
        return { ...notRecorded(m, [...details, 'no separate input limit is published; the context window bounds the prompt']), source: spec(m) };
    return { model: m.id, name: m.name, answer: null, recorded: true, value: `${count(m.maxInput)} tokens`, details, source: spec(m) };
}
function capability(m, c) {
    const v = m.capabilities[c];
    if (v === undefined && c === 'vision') {
        const sees = m.modalities.input.includes('image');
        return {
            model: m.id,
            name: m.name,
            answer: sees ? 'yes' : 'no',
            recorded: true,
            value: sees ? 'it takes image input' : `it takes ${m.modalities.input.join(', ')} input only, no images`,
            details: [`from its input modalities (${m.modalities.input.join(', ')}); the provider publishes no vision flag the catalog has read`],
            source: spec(m),
        };
    }
    if (v === undefined)
        return notRecorded(m, ['the provider publishes no answer the catalog has read']);
    return { model: m.id, name: m.name, answer: v ? 'yes' : 'no', recorded: true, value: v ? 'supported' : 'not supported', details: [], source: spec(m) };
}
function route(m, platform, asOf) {
    const on = m.routes.filter((r) => r.platform === platform);
    const host = hostName(platform);
    if (on.length > 0) {
        const r = on[0];
        const own = quotedPrice(m, asOf);
        const priceOf = (x) => x.input !== undefined && x.output !== undefined
            ? `${host}'s own price: ${perMillion(x.input)} input, ${perMillion(x.output)} output`
            : x.free || x.batch || own.free
                ? undefined
                : `priced at the provider's ${perMillion(own.input)} input and ${perMillion(own.output)} output, in force since ${own.from}, checked ${own.checked} at ${own.source.url}; the catalog has no ${host} price of its own`;
        const prices = on.flatMap((x) => {
            const p = priceOf(x);
            return p === undefined ? [] : [on.length > 1 ? `${x.id}: ${p}` : p];
        });
        return {
            model: m.id,
            name: m.name,
            answer: 'yes',
            recorded: true,
            value: `${host} sells it as ${on.map((x) => x.id).join(', ')}${r.free ? ' (a free, rate-limited endpoint)' : ''}`,
            details: prices,
            source: { ...r.source, checked: r.checked },
        };
    }
    const others = [...new Set(m.routes.map((r) => hostName(r.platform)))];
    return {
        model: m.id,
        name: m.name,
        answer: 'no',
        recorded: true,
        value: `no ${host} route in the catalog`,
        details: [
            others.length > 0 ? `routes it lists: ${others.slice(0, 8).join(', ')}${others.length > 8 ? ` and ${others.length - 8} more` : ''}` : 'it lists no host besides the provider',
        ],
        source: null,
    };
}
function freeEndpoint(m, asOf, platform) {
    const own = quotedPrice(m, asOf);
    const free = m.routes.filter((r) => r.free && (platform === undefined || r.platform === platform));
    const ownFree = own.free && (platform === undefined || own.host === platform);
    const where = free.length > 0 ? free.map((r) => `${hostName(r.platform)} (${r.id})`) : ownFree ? [`the provider's own listing${own.host ? ` on ${hostName(own.host)}` : ''}`] : [];
    if (where.length > 0)
        return {
            model: m.id,
            name: m.name,
            answer: 'yes',
            recorded: true,
            value: `a free, rate-limited endpoint: ${where.join(', ')}`,
            details: ['rate-limited and not a price a team can plan on; rankings leave it out unless free models are asked for'],
            source: free[0] ? { ...free[0].source, checked: free[0].checked } : { ...own.source, checked: own.checked },
        };
    const paid = platform === undefined ? [] : m.routes.filter((r) => r.platform === platform && !r.free);
    return {
        model: m.id,
        name: m.name,
        answer: 'no',
        recorded: true,
        value: platform === undefined ? 'no free endpoint in the catalog' : `no free endpoint on ${hostName(platform)} in the catalog`,
        details: [
            ...(paid.length > 0 ? [`${hostName(platform)} sells it as ${paid.map((r) => r.id).join(', ')}, at a price`] : []),
            `its price in force: ${perMillion(own.input)} input, ${perMillion(own.output)} output`,
        ],
        source: { ...own.source, checked: own.checked },
    };
}
function surface(m, id, name) {
    const s = m.surfaces.find((x) => x.id === id);
    if (!s)
        return { ...notRecorded(m) };
    return {
        model: m.id,
        name: m.name,
        answer: s.available ? 'yes' : 'no',
        recorded: true,
        value: s.available ? `offered for ${name}${s.creditsPerTask !== undefined ? ` (about ${s.creditsPerTask} credits a task)` : ''}` : `not offered for ${name}`,
        details: [],
        source: { ...s.source, checked: s.checked },
    };
}
const SUBJECTS = {
    retirement: 'retirement',
    'rate-limits': 'rate limits',
    'batch-price': 'batch price',
    'tier-price': 'service tiers',
    'price-schedule': 'price changes',
    'price-bound': 'price',
    'max-input': 'maximum input',
    'free-endpoint': 'free endpoint',
};
export function factAnswer(catalog, models, attribute, options) {
    const { asOf } = options;
    const surfaceName = catalog.lanes.find((l) => l.needs.surfaces.length === 1 && l.needs.surfaces[0] === options.platform)?.name ?? options.platform ?? '';
    const one = (m) => {
        switch (attribute) {
            case 'retirement':
                return retirement(m, asOf);
            case 'rate-limits':
                return rateLimits(m);
            case 'benchmark':
                return benchmark(catalog, m, options.benchmark ?? '');
            case 'batch-price':
                return batchPrice(m, asOf);
            case 'tier-price':
                return tierPrices(m, asOf, options.question);
            case 'price-schedule':
                return priceSchedule(m, asOf);
            case 'price-bound':
                return priceBound(m, asOf, options.bounds ?? {}, options.mix ?? { input: 3, output: 1 });
            case 'max-input':
                return maxInput(m);
            case 'route':
                return route(m, options.platform ?? '', asOf);
            case 'surface':
                return surface(m, options.platform ?? '', surfaceName);
            case 'free-endpoint':
                return freeEndpoint(m, asOf, options.platform);
            default:
                return capability(m, attribute);
        }
    };
    const subject = attribute === 'benchmark'
        ? (catalog.benchmarks.get(options.benchmark ?? '')?.name ?? (options.benchmark || 'benchmark'))
        : attribute === 'route'
            ? hostName(options.platform ?? '')
            : attribute === 'surface'
                ? surfaceName
                : (SUBJECTS[attribute] ?? attribute.replace(/-/g, ' '));
    return { kind: 'fact', attribute, subject, question: options.question, asOf, facts: models.map(one) };
}
//# sourceMappingURL=facts.js.map