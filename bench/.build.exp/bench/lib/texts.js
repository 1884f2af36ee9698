export const REPEATED = {
    compare: ['gpt-4.1-mini gpt-5.3-codex', 'claude-sonnet-4-5 gemini-2.5-pro', 'gpt-5.4 grok-4.3 for 50M tokens', 'deepseek-chat mistral-medium-3'],
    cheapest: ['cheapest 50M', 'cheapest 50M', 'cheapest 50M', 'cheapest 50M'],
};
export function nameablePool(models, resolvesTo) {
    const reaches = (name, id) => resolvesTo.every((r) => r(name) === id);
    const pool = [];
    for (const m of models) {
        if (m.status === 'deprecated')
            continue;
        const names = [m.id, ...m.aliases.filter((a) => !/\s/.test(a))];
        const kept = names.filter((name, i) => names.indexOf(name) === i && reaches(name, m.id));
        if (kept[0] === m.id)
            pool.push(kept);
    }
    return pool;
}
const gcd = (x, y) => (y === 0 ? x : gcd(y, x % y));
function digits(j, radices, b) {
    const total = radices.reduce((x, y) => x * y, 1);
    let a = 2_654_435_761 % total;
    while (gcd(a, total) !== 1)
        a += 1;
    let k = Number((BigInt(a) * BigInt(j % total) + BigInt(b)) % BigInt(total));
    return radices.map((r) => {
        const d = k % r;
        k = Math.floor(k / r);
        return d;
    });
}
function supply(shapes) {
    const slots = shapes.flatMap((shape, s) => Array.from({ length: shape.weight }, (_, k) => ({ shape, k, b: 12_345 + 7_919 * s })));
    const cycle = slots.length;
    const variety = Math.min(...shapes.map((sh) => Math.floor(sh.radices.reduce((x, y) => x * y, 1) / sh.weight) * cycle));
    return {
        variety,
        distinct: (i) => {
            const { shape, k, b } = slots[i % cycle];
            const j = Math.floor(i / cycle) * shape.weight + k;
            return shape.render(digits(j, shape.radices, b), j);
        },
    };
}
const pick = (list, d) => list[d % list.length];
const VOLUMES = [...Array.from({ length: 900 }, (_, n) => `${n + 100}k`), ...Array.from({ length: 5000 }, (_, n) => `${n + 1}M`)];
const MIXES = ['mix 3:1', 'mix 1:1', 'mix 10:1', 'mix 1:3', 'mix 5:1'];
const EXTRAS = ['cached 30%', 'cached 75%', 'batch'];
const FILTERS = ['with vision', 'context ≥ 200k', 'open weights', 'with function-calling'];
const TOPS = ['top 5', 'top 3'];
const PHRASINGS = ['#', 'for # tokens', '# a month', '# tokens'];
export function compareSupply(pool) {
    const n = pool.length;
    if (n < 2)
        throw new Error('the /compare load needs at least two nameable models');
    const pair = [n, n - 1];
    const two = (d, j) => `${pick(pool[d[0]], j)} ${pick(pool[(d[0] + 1 + d[1]) % n], j >> 1)}`;
    const volume = (d) => `for ${VOLUMES[d]} tokens`;
    return supply([
        { weight: 3, radices: pair, render: two },
        { weight: 4, radices: [...pair, VOLUMES.length], render: (d, j) => `${two(d, j)} ${volume(d[2])}` },
        { weight: 1, radices: [...pair, VOLUMES.length, MIXES.length], render: (d, j) => `${two(d, j)} ${volume(d[2])} ${MIXES[d[3]]}` },
        { weight: 1, radices: [...pair, VOLUMES.length, EXTRAS.length], render: (d, j) => `${two(d, j)} ${volume(d[2])} ${EXTRAS[d[3]]}` },
        { weight: 1, radices: [...pair, MIXES.length], render: (d, j) => `${two(d, j)} ${MIXES[d[2]]}` },
    ]);
}
export function cheapestSupply() {
    const v = (d) => `cheapest ${VOLUMES[d]}`;
    return supply([
        { weight: 5, radices: [VOLUMES.length, PHRASINGS.length], render: (d) => `cheapest ${PHRASINGS[d[1]].replace('#', VOLUMES[d[0]])}` },
        { weight: 2, radices: [VOLUMES.length, MIXES.length], render: (d) => `${v(d[0])} ${MIXES[d[1]]}` },
        { weight: 2, radices: [VOLUMES.length, FILTERS.length], render: (d) => `${v(d[0])} ${FILTERS[d[1]]}` },
        { weight: 1, radices: [VOLUMES.length, MIXES.length, TOPS.length], render: (d) => `${v(d[0])} ${MIXES[d[1]]} ${TOPS[d[2]]}` },
    ]);
}
export function commandLoads(pool) {
    return [
        { key: 'compare', command: '/compare', texts: REPEATED.compare, ...compareSupply(pool) },
        { key: 'cheapest', command: '/models', texts: REPEATED.cheapest, ...cheapestSupply() },
    ];
}
//# sourceMappingURL=texts.js.map