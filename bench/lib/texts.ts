// What the load types: for each command, the few texts (the "repeated" set) and an endless supply
// of different texts of the same kind (the "computed" load: a new question every request).
//
// The computed supply is what a workspace's users send: /compare of two models drawn from the catalog
// (typed as their id, an alias or a vendor-prefixed id) with a volume, a mix, a cached share or batch
// pricing now and then; /models cheapest at many volumes and mixes, now and then with a filter. The i-th
// text is a pure function of i (the same sequence for every bot, so two catalogs answer the same
// questions), and texts are pairwise different for i below `variety` (far more than a run sends).

export interface CommandLoad {
  /** e.g. "compare", used in the response_url path so the fake can tell the replies apart. */
  key: string;
  command: '/compare' | '/models';
  /** The texts typed, for the "repeated" variant: each becomes one body (several bodies → several signatures). */
  texts: string[];
  /** The i-th of an endless supply of different texts of the same kind, for the computed variant. */
  distinct: (i: number) => string;
  /** How many texts the supply holds before it starts over. */
  variety: number;
}

/** A model as the catalog holds it, for the ways people name it. */
export interface NameableModel {
  id: string;
  provider: string;
  aliases: readonly string[];
  status: string;
}

/** The texts: a few realistic /compare pairs, and /models cheapest 50M. */
export const REPEATED = {
  compare: ['gpt-4.1-mini gpt-5.3-codex', 'claude-sonnet-4-5 gemini-2.5-pro', 'gpt-5.4 grok-4.3 for 50M tokens', 'deepseek-chat mistral-medium-3'],
  cheapest: ['cheapest 50M', 'cheapest 50M', 'cheapest 50M', 'cheapest 50M'],
};

/**
 * The ways each model may be typed: its id and its one-word aliases. `resolvesTo` (one per catalog the
 * load will be sent to) says which model a name reaches; a name is kept only if every catalog resolves it
 * to this model, and a model only if at least its id is kept. Deprecated models are left out (people
 * compare what they can still buy). ("provider/id" is left out too: after another model's name, the
 * command parser reads "a provider/b" as b alone.)
 */
export function nameablePool(models: readonly NameableModel[], resolvesTo: ((name: string) => string | undefined)[]): string[][] {
  const reaches = (name: string, id: string) => resolvesTo.every((r) => r(name) === id);
  const pool: string[][] = [];
  for (const m of models) {
    if (m.status === 'deprecated') continue;
    const names = [m.id, ...m.aliases.filter((a) => !/\s/.test(a))];
    const kept = names.filter((name, i) => names.indexOf(name) === i && reaches(name, m.id));
    if (kept[0] === m.id) pool.push(kept);
  }
  return pool;
}

const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));

/**
 * The j-th of `radices`' combinations, scrambled: j → (a·j + b) mod total is a bijection on [0, total)
 * when a is coprime with total, so consecutive requests land far apart in every digit (pair, volume…).
 */
function digits(j: number, radices: number[], b: number): number[] {
  const total = radices.reduce((x, y) => x * y, 1);
  let a = 2_654_435_761 % total; // Knuth's multiplicative constant, moved up until coprime with total
  while (gcd(a, total) !== 1) a += 1;
  let k = Number((BigInt(a) * BigInt(j % total) + BigInt(b)) % BigInt(total));
  return radices.map((r) => {
    const d = k % r;
    k = Math.floor(k / r);
    return d;
  });
}

/** One shape of text (which parts are typed), how often it comes (`weight` slots in each cycle) and its parts' choices. */
interface Shape {
  weight: number;
  radices: number[];
  /** The text for one combination (`j`: its number within the shape, free to vary what does not count). */
  render: (d: number[], j: number) => string;
}

/**
 * An endless supply mixing `shapes` by weight. Request i falls in slot i mod W of a cycle of W slots; each
 * shape numbers its own texts, and shapes differ in which parts are typed, so two requests get the same
 * text only once a shape runs out of combinations (`variety` requests in).
 */
function supply(shapes: Shape[]): { distinct: (i: number) => string; variety: number } {
  const slots = shapes.flatMap((shape, s) => Array.from({ length: shape.weight }, (_, k) => ({ shape, k, b: 12_345 + 7_919 * s })));
  const cycle = slots.length;
  // Cycle c uses texts c·weight … c·weight + weight − 1 of each shape: every one is new while they last.
  const variety = Math.min(...shapes.map((sh) => Math.floor(sh.radices.reduce((x, y) => x * y, 1) / sh.weight) * cycle));
  return {
    variety,
    distinct: (i) => {
      const { shape, k, b } = slots[i % cycle] as (typeof slots)[number];
      const j = Math.floor(i / cycle) * shape.weight + k;
      return shape.render(digits(j, shape.radices, b), j);
    },
  };
}

const pick = <T>(list: readonly T[], d: number): T => list[d % list.length] as T;
/** Monthly volumes: 100k … 999k, 1M … 5,000M. */
const VOLUMES = [...Array.from({ length: 900 }, (_, n) => `${n + 100}k`), ...Array.from({ length: 5000 }, (_, n) => `${n + 1}M`)];
const MIXES = ['mix 3:1', 'mix 1:1', 'mix 10:1', 'mix 1:3', 'mix 5:1'];
const EXTRAS = ['cached 30%', 'cached 75%', 'batch'];
const FILTERS = ['with vision', 'context ≥ 200k', 'open weights', 'with function-calling'];
const TOPS = ['top 5', 'top 3'];
/** Ways of typing a volume after "cheapest". */
const PHRASINGS = ['#', 'for # tokens', '# a month', '# tokens'];

/**
 * /compare of two different models from `pool` (each a list of names for one model, typed as one of them),
 * half the time with a volume; then and again a mix, a cached share or batch pricing.
 */
export function compareSupply(pool: string[][]): { distinct: (i: number) => string; variety: number } {
  const n = pool.length;
  if (n < 2) throw new Error('the /compare load needs at least two nameable models');
  // Ordered pairs of different models (a, a + 1 + offset), each typed as one of its names (which one
  // varies with j; a name reaches one model only, so the pair alone makes the text different).
  const pair = [n, n - 1];
  const two = (d: number[], j: number) => `${pick(pool[d[0]!]!, j)} ${pick(pool[(d[0]! + 1 + d[1]!) % n]!, j >> 1)}`;
  const volume = (d: number) => `for ${VOLUMES[d]} tokens`;
  return supply([
    { weight: 3, radices: pair, render: two },
    { weight: 4, radices: [...pair, VOLUMES.length], render: (d, j) => `${two(d, j)} ${volume(d[2]!)}` },
    { weight: 1, radices: [...pair, VOLUMES.length, MIXES.length], render: (d, j) => `${two(d, j)} ${volume(d[2]!)} ${MIXES[d[3]!]}` },
    { weight: 1, radices: [...pair, VOLUMES.length, EXTRAS.length], render: (d, j) => `${two(d, j)} ${volume(d[2]!)} ${EXTRAS[d[3]!]}` },
    { weight: 1, radices: [...pair, MIXES.length], render: (d, j) => `${two(d, j)} ${MIXES[d[2]!]}` },
  ]);
}

/** /models cheapest at many volumes; then and again a mix, a filter or a shorter list. */
export function cheapestSupply(): { distinct: (i: number) => string; variety: number } {
  const v = (d: number) => `cheapest ${VOLUMES[d]}`;
  return supply([
    { weight: 5, radices: [VOLUMES.length, PHRASINGS.length], render: (d) => `cheapest ${(PHRASINGS[d[1]!] as string).replace('#', VOLUMES[d[0]!] as string)}` },
    { weight: 2, radices: [VOLUMES.length, MIXES.length], render: (d) => `${v(d[0]!)} ${MIXES[d[1]!]}` },
    { weight: 2, radices: [VOLUMES.length, FILTERS.length], render: (d) => `${v(d[0]!)} ${FILTERS[d[1]!]}` },
    { weight: 1, radices: [VOLUMES.length, MIXES.length, TOPS.length], render: (d) => `${v(d[0]!)} ${MIXES[d[1]!]} ${TOPS[d[2]!]}` },
  ]);
}

/** The two loads the issue names, their computed texts drawn from `pool` (see nameablePool). */
export function commandLoads(pool: string[][]): CommandLoad[] {
  return [
    { key: 'compare', command: '/compare', texts: REPEATED.compare, ...compareSupply(pool) },
    { key: 'cheapest', command: '/models', texts: REPEATED.cheapest, ...cheapestSupply() },
  ];
}
