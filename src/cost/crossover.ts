// Where the cheaper of two models changes. Both are billed by the token with no fixed fee, so a month's volume alone never
// changes which is cheaper; the input:output mix, the share of input read from the cache and a scheduled price change can.
import { quotedPrice, scheduledChanges } from '../catalog/history.ts';
import type { CatalogModel } from '../catalog/validate.ts';
import { count, percent } from './format.ts';
import { exact, rawCost } from './price.ts';
import { cachedShareOf, type UsageProfile } from './profile.ts';

export interface Crossover {
  models: [string, string];
  /**
   * The model that costs no more at every mix and cached share (at the tier, batch and prompt size asked), or, with a
   * cached share each (`ownShares`), at every mix at those shares; `same` when every rate is equal; null when it depends.
   */
  always: string | 'same' | null;
  /** Each model's own cached share, in `models` order, when they differ ("a with 90% cache hits vs b with none"); else null. */
  ownShares: [number, number] | null;
  /** The input share of tokens (strictly between 0 and 1) at which both cost the same a token, at the cached share asked. */
  mix: { inputShare: number; moreInput: string; moreOutput: string } | null;
  /** The share of input read from the cache (strictly between 0 and 1) at which both cost the same, at the mix asked. */
  cached: { share: number; moreCached: string; lessCached: string } | null;
  /** With no flip at the cached share asked, the mix at which they cross with all input read from the cache. */
  mixAllCached: { inputShare: number; moreInput: string; moreOutput: string } | null;
  /** Long-context prices (a prompt over a size) that change which is cheaper, smallest size first; `whose` price from that size. */
  prompts: { above: number; whose: string[]; cheaper: string | 'same' }[];
  /** Scheduled price changes after the date asked that change which is cheaper at the profile asked, in date order. */
  flips: { from: string; cheaper: string | 'same' }[];
}

/** The input share at which A's cost a token minus B's, `dIn` on input and `dOut` on output, is zero, if between 0 and 1. */
function mixFlip(a: string, b: string, dIn: number, dOut: number): Crossover['mix'] {
  if (sign(dIn) * sign(dOut) >= 0) return null;
  return { inputShare: exact(dOut / (dOut - dIn)), moreInput: sign(dIn) < 0 ? a : b, moreOutput: sign(dOut) < 0 ? a : b };
}

/** A difference of rates is a tie within float noise: the same price written two ways is no crossover. */
const sign = (x: number) => (Math.abs(exact(x)) < 1e-12 ? 0 : Math.sign(x));

/** Which of two models costs less, by their totals, or `same`. */
function lower(a: CatalogModel, b: CatalogModel, totalA: number, totalB: number): string | 'same' {
  const s = sign(totalA - totalB);
  return s === 0 ? 'same' : s < 0 ? a.id : b.id;
}

/** Which of the two costs less at the profile on a date, or `same`; undefined when either has no price for it. */
function cheaperOn(a: CatalogModel, b: CatalogModel, profile: UsageProfile, date: string): string | 'same' | undefined {
  const [x, y] = [rawCost(a, profile, date), rawCost(b, profile, date)];
  return x.ok && y.ok ? lower(a, b, x.total, y.total) : undefined;
}

/** Where the cheaper of `a` and `b` changes from the profile asked, or null when either has no price for it. */
export function crossover(a: CatalogModel, b: CatalogModel, profile: UsageProfile, asOf: string): Crossover | null {
  const [x, y] = [rawCost(a, profile, asOf), rawCost(b, profile, asOf)];
  if (!x.ok || !y.ok) return null;
  // A's cost a token minus B's is linear in the input share s and, at a given s, in the cached share c:
  // s·((1 − c)·dIn + c·dCached) + (1 − s)·dOut.
  const dIn = x.rates.input - y.rates.input;
  const dCached = x.rates.cachedInput - y.rates.cachedInput;
  const dOut = x.rates.output - y.rates.output;
  // Each model's input a token, at its own cached share ("a with 90% cache hits vs b with none") or the profile's.
  const [ca, cb] = [cachedShareOf(profile, a.id), cachedShareOf(profile, b.id)];
  const oneShare = ca === cb;
  const dInAsked = oneShare ? (1 - ca) * dIn + ca * dCached : (1 - ca) * x.rates.input + ca * x.rates.cachedInput - ((1 - cb) * y.rates.input + cb * y.rates.cachedInput);
  // With one share, cheaper at every mix and every cached share; with a share each, at every mix at those shares.
  const corners = oneShare ? [sign(dIn), sign(dCached), sign(dOut)] : [sign(dInAsked), sign(dOut)];
  const always = corners.every((s) => s === 0) ? 'same' : corners.every((s) => s <= 0) ? a.id : corners.every((s) => s >= 0) ? b.id : null;

  const share = profile.mix.input / (profile.mix.input + profile.mix.output);
  const mix = mixFlip(a.id, b.id, dInAsked, dOut);
  // The cached share moved for both (where all input is cached, where the cheaper changes) only when both share one.
  const mixAllCached = mix === null && ca < 1 && oneShare ? mixFlip(a.id, b.id, dCached, dOut) : null;
  const atNone = share * dIn + (1 - share) * dOut;
  const atAll = share * dCached + (1 - share) * dOut;
  const cached =
    oneShare && share > 0 && sign(atNone) * sign(atAll) < 0
      ? { share: exact(atNone / (atNone - atAll)), moreCached: sign(atAll) < 0 ? a.id : b.id, lessCached: sign(atNone) < 0 ? a.id : b.id }
      : null;

  // A prompt just over each long-context threshold neither model's asked prompt reaches, where both can take it.
  const prompts: Crossover['prompts'] = [];
  const now = lower(a, b, x.total, y.total);
  const tiers = [a, b].map((m) => ({ id: m.id, above: (quotedPrice(m, asOf).tiers ?? []).map((t) => t.above) }));
  // A size both models price from is one step (a token over it), whichever of them counts the size itself.
  const sizes = [...new Set(tiers.flatMap((t) => t.above))]
    .filter((above) => above + 1 > (profile.promptTokens ?? 0) && [a, b].every((m) => (m.maxInput ?? m.contextWindow) > above))
    .sort((p, q) => p - q);
  let last = now;
  for (const above of sizes) {
    const then = cheaperOn(a, b, { ...profile, promptTokens: above + 1 }, asOf);
    const whose = tiers.filter((t) => t.above.includes(above)).map((t) => t.id);
    if (then !== undefined && then !== last) prompts.push({ above, whose, cheaper: then });
    last = then ?? last;
  }

  const flips: Crossover['flips'] = [];
  let before = now;
  const dates = [...new Set([...scheduledChanges(a, asOf), ...scheduledChanges(b, asOf)].map((e) => e.from))].sort();
  for (const date of dates) {
    const then = cheaperOn(a, b, profile, date);
    if (then !== undefined && then !== before) flips.push({ from: date, cheaper: then });
    before = then ?? before;
  }
  return { models: [a.id, b.id], always, ownShares: oneShare ? null : [ca, cb], mix, cached, mixAllCached, prompts, flips };
}

/** An input share as the ratio people write: 0.727 → "2.67:1", 0.2 → "1:4". */
export function ratioOf(inputShare: number): string {
  const r = inputShare / (1 - inputShare);
  const short = (x: number) => String(Number(x.toPrecision(3)));
  return r >= 1 ? `${short(r)}:1` : `1:${short(1 / r)}`;
}

/** What the words need besides the crossover: the models' names, and what the question asked about. */
export interface CrossoverAsked {
  names: Record<string, string>;
  /** A volume ("at what volume…?"): said to change nothing on its own. */
  volume: boolean;
  /** Where they break even ("break-even", "when is A cheaper?"): said even when one is cheaper everywhere. */
  breakEven: boolean;
  /** The cached share: said when asked, or when the profile has one. */
  cache: boolean;
}

/** The crossover in sentences, or '' when there is nothing the question needs said. */
export function crossoverWords(c: Crossover, asked: CrossoverAsked): string {
  const name = (id: string) => asked.names[id] ?? id;
  const out: string[] = [];
  if (asked.volume) out.push('Both are billed by the token with no fixed fee, so no monthly volume changes which is cheaper.');
  if (c.ownShares && c.always !== null && (asked.breakEven || asked.volume)) {
    const [a, b] = c.models.map(name);
    const at = `with ${percent(c.ownShares[0], 1)} of ${a}'s input and ${percent(c.ownShares[1], 1)} of ${b}'s read from the cache`;
    out.push(c.always === 'same' ? `They cost the same a token at every mix ${at}.` : `${name(c.always)} is the cheaper at every mix ${at}.`);
  } else if (c.always === 'same' && (asked.breakEven || asked.volume))
    out.push('Their rates are the same on input, cached input and output, so no mix or cached share sets them apart either.');
  else if (c.always !== null && (asked.breakEven || asked.volume)) {
    const other = name(c.models[0] === c.always ? c.models[1] : c.models[0]);
    out.push(`${name(c.always)} costs no more than ${other} on input, cached input or output, so no mix or cached share makes ${other} the cheaper at today's prices.`);
  }
  if (c.mix)
    out.push(
      `The order flips at ${percent(c.mix.inputShare, 1)} input (${ratioOf(c.mix.inputShare)} input:output): with more input than that, ${name(c.mix.moreInput)} is cheaper; with more output, ${name(c.mix.moreOutput)}.`,
    );
  if (c.cached && (asked.cache || asked.breakEven))
    out.push(
      `At this mix, ${name(c.cached.moreCached)} is cheaper once more than ${percent(c.cached.share, 1)} of input is read from the cache, ${name(c.cached.lessCached)} below that.`,
    );
  if (c.mixAllCached && asked.breakEven)
    out.push(
      `Only caching could flip it: with all input read from the cache, ${name(c.mixAllCached.moreInput)} is cheaper above ${percent(c.mixAllCached.inputShare, 1)} input (${ratioOf(c.mixAllCached.inputShare)}), ${name(c.mixAllCached.moreOutput)} below.`,
    );
  for (const p of c.prompts) {
    const whose = p.whose.length === 1 ? `${name(p.whose[0] as string)}'s long-context price applies` : 'both long-context prices apply';
    out.push(
      p.cheaper === 'same'
        ? `With prompts over ${count(p.above)} tokens (${whose}), they cost the same.`
        : `With prompts over ${count(p.above)} tokens (${whose}), ${name(p.cheaper)} is the cheaper.`,
    );
  }
  for (const f of c.flips)
    out.push(
      f.cheaper === 'same'
        ? `From ${f.from}, after a scheduled price change, they cost the same.`
        : `From ${f.from}, after a scheduled price change, ${name(f.cheaper)} is the cheaper.`,
    );
  return out.join(' ');
}

/** A stretch of input shares over which the same models cost least a token: from one share to the next (0 to 1). */
export interface MixSpan {
  from: number;
  to: number;
  /** The cheapest there (several when they tie over the whole stretch). */
  cheapest: string[];
}

/**
 * Of three or more models, which costs least a token at each input:output mix, at the cached share, tier and prompt size
 * asked: the stretches of input share between the points where the cheapest changes. Null when any has no price for it,
 * or when one model is cheapest at every mix.
 */
export function cheapestByMix(models: readonly CatalogModel[], profile: UsageProfile, asOf: string): MixSpan[] | null {
  const lines: { id: string; input: number; output: number }[] = [];
  for (const m of models) {
    const cost = rawCost(m, profile, asOf);
    if (!cost.ok) return null;
    const c = cachedShareOf(profile, m.id);
    lines.push({ id: m.id, input: (1 - c) * cost.rates.input + c * cost.rates.cachedInput, output: cost.rates.output });
  }
  // Where any two cost the same: between those points the cheapest cannot change.
  const points = new Set([0, 1]);
  for (const a of lines)
    for (const b of lines) {
      const flip = mixFlip(a.id, b.id, a.input - b.input, a.output - b.output);
      if (flip) points.add(flip.inputShare);
    }
  const sorted = [...points].sort((x, y) => x - y);
  const spans: MixSpan[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [from, to] = [sorted[i] as number, sorted[i + 1] as number];
    const s = (from + to) / 2;
    const cost = (l: (typeof lines)[number]) => s * l.input + (1 - s) * l.output;
    const least = Math.min(...lines.map(cost));
    const cheapest = lines.filter((l) => sign(cost(l) - least) === 0).map((l) => l.id);
    const last = spans.at(-1);
    if (last && last.cheapest.join() === cheapest.join()) last.to = to;
    else spans.push({ from, to, cheapest });
  }
  return spans.length > 1 ? spans : null;
}

/** The stretches in words: "by mix, o3 costs least below 72.7% input (2.67:1), GPT-5 above". */
export function cheapestByMixWords(spans: readonly MixSpan[], names: Record<string, string>): string {
  const who = (ids: readonly string[]) => ids.map((id) => names[id] ?? id).join(' and ');
  const where = (span: MixSpan, i: number) =>
    i === 0
      ? `below ${percent(span.to, 1)} input (${ratioOf(span.to)})`
      : i === spans.length - 1
        ? `above ${percent(span.from, 1)} (${ratioOf(span.from)})`
        : `from ${percent(span.from, 1)} to ${percent(span.to, 1)} input`;
  return `By input:output mix, ${spans.map((span, i) => `${who(span.cheapest)} ${i === 0 ? `cost${span.cheapest.length === 1 ? 's' : ''} least ` : ''}${where(span, i)}`).join(', ')}.`;
}
