// Wording the Block Kit and terminal renderers share: a model's price list, what batch or a tier saves, and the digest's title and change lines.
import { tz } from '@date-fns/tz';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { format } from 'date-fns/format';
import { subMilliseconds } from 'date-fns/subMilliseconds';
import { hostName, PRICE_FIELD_LABELS, PRICE_FIELDS, SELDOM_PRICED, type PriceEntry } from '../catalog/schema.ts';
import {
  cheaperBy,
  count,
  FREE_ENDPOINT,
  wordList,
  money,
  percent,
  perMillion,
  perUnit,
  pricePair,
  requestMoney,
  times,
  tokens,
  tokensPerSecond,
  type PriceUnit,
} from '../cost/format.ts';
import { SPAN_FIELDS, SPAN_WORDS, SPANS, spanTokens, spanUsd, spanWords, termChangeWords, type SpanField } from '../cost/span.ts';
import type { CheapestAnswer, Placement, Ranked, RankOrder } from '../cost/rank.ts';
import type { BestAnswer, LanePick, LanePicksAnswer } from '../lanes/best.ts';
import type { CostAnswer } from '../cost/quote.ts';
import { billModels, type BillAnswer, type BillPart } from '../cost/bill.ts';
import type { WhereAnswer } from '../ask/answer.ts';
import type { ComparisonAnswer } from '../compare/compare.ts';
import { crossoverWords } from '../cost/crossover.ts';
import type { PriceChange } from '../digest/changes.ts';
import type { DigestAnswer } from '../digest/digest.ts';
import type { HelpAnswer } from '../ask/answer.ts';
import { pluralOf, TOKENS_PER_WORD } from '../ask/extract.ts';
import type { CatalogModel } from '../catalog/validate.ts';
import { isRetired } from '../catalog/lifecycle.ts';
import { fieldLabel } from '../digest/fields.ts';

/** A price entry as [label, figure] rows in the catalog's order: "not published" where a figure is missing, cache writes only where sold. */
export function priceFieldRows(entry: PriceEntry, unit: PriceUnit = 'million'): [label: string, figure: string][] {
  return PRICE_FIELDS.flatMap((field): [string, string][] => {
    const usd = entry[field];
    if (usd === undefined && SELDOM_PRICED.includes(field)) return [];
    // A free, rate-limited endpoint's $0 is said for what it is.
    return [[PRICE_FIELD_LABELS[field], usd === undefined ? 'not published' : entry.free ? FREE_ENDPOINT : perUnit(usd, unit)]];
  });
}

/** The whole price list: every field, then each long-context tier (it prices the whole request) and each service tier. */
export function priceListRows(entry: PriceEntry, unit: PriceUnit = 'million'): [label: string, figure: string][] {
  const per = (usd: number) => perUnit(usd, unit);
  return [
    ...priceFieldRows(entry, unit),
    ...entry.tiers.map((t): [string, string] => [
      `prompt ${t.inclusive ? '≥' : '>'} ${tokens(t.above)} (whole request)`,
      `${per(t.input)} in / ${per(t.output)} out${t.cachedInput !== undefined ? ` / ${per(t.cachedInput)} cached` : ''}`,
    ]),
    ...Object.entries(entry.serviceTiers).flatMap(([name, t]): [string, string][] => (t ? [[`${name} tier`, `${per(t.input)} in / ${per(t.output)} out`]] : [])),
  ];
}

/** The price list on one line: "input $1.25/1M · output $10.00/1M · prompt > 200K (whole request) $2.50/1M in / $15.00/1M out". */
export function priceListLine(entry: PriceEntry, unit: PriceUnit = 'million'): string {
  return priceListRows(entry, unit)
    .filter(([, figure]) => figure !== 'not published')
    .map(([label, figure]) => `${label} ${figure}`)
    .join(' · ');
}

/** "Model prices: Jun 9 – Jun 16, 2025": the window's first and last day in the subscriber's time zone. */
export function digestTitle(d: DigestAnswer): string {
  const zone = tz(d.timeZone);
  const from = new Date(d.from);
  const to = subMilliseconds(new Date(d.to), 1);
  const sameYear = format(from, 'yyyy', { in: zone }) === format(to, 'yyyy', { in: zone });
  const moves = d.direction === 'cut' ? 'Price cuts' : d.direction === 'increase' ? 'Price increases' : undefined;
  const what = moves && d.newModels ? `${moves} and new models` : (moves ?? (d.newModels ? 'New models' : 'Model prices'));
  const last = format(to, 'MMM d, yyyy', { in: zone });
  // One day ("what changed yesterday") is that day, not a span from it to itself.
  if (format(from, 'yyyy-MM-dd', { in: zone }) === format(to, 'yyyy-MM-dd', { in: zone })) return `${what}: ${last}`;
  return `${what}: ${format(from, sameYear ? 'MMM d' : 'MMM d, yyyy', { in: zone })} – ${last}`;
}

/** Whose prices a digest asked of some providers speaks of: " from OpenAI or Google"; empty when it covers every one. */
function fromProviders(d: { providers?: readonly string[] }): string {
  return d.providers && d.providers.length > 0 ? ` from ${wordList(d.providers, 'or')}` : '';
}

/** A quiet digest in words fit for its window: the weekly one's week, or any other span ("this month", "since october"). */
export function quietDigest(d: Pick<DigestAnswer, 'from' | 'to' | 'timeZone' | 'past' | 'direction' | 'newModels'> & { providers?: readonly string[] }): string {
  // A digest asked of some providers ("what's new from openai") says whose prices and models were quiet.
  const from = fromProviders(d);
  const moves = d.direction === 'cut' ? 'No price cuts' : d.direction === 'increase' ? 'No price increases' : undefined;
  const what = moves && d.newModels ? `${moves} or new models` : (moves ?? (d.newModels ? 'No new models' : 'No price changes or new models'));
  return `${what}${from} ${digestSpan(d)}.`;
}

/** A digest of cuts or increases with none announced after its window: "No price cuts are scheduled ahead." */
export function noneAhead(d: Pick<DigestAnswer, 'direction' | 'ahead'> & { providers?: readonly string[] }): string | undefined {
  if (d.direction === undefined || d.ahead.length > 0) return undefined;
  // A digest asked of some providers says whose prices have none ahead, as its quiet line does.
  return `No price ${d.direction === 'cut' ? 'cuts' : 'increases'}${fromProviders(d)} are scheduled ahead.`;
}

/** A digest's window in words: "this week" (seven days up to today), "that week" (seven days that ended before), "today" or "on that day", or "in this period". */
export function digestSpan(d: Pick<DigestAnswer, 'from' | 'to' | 'timeZone' | 'past'>): string {
  // Counted in calendar days where the reader is: a week across a clock change is 167 or 169 hours.
  const week = differenceInCalendarDays(new Date(d.to), new Date(d.from), { in: tz(d.timeZone) }) === 7;
  if (week) return d.past ? 'that week' : 'this week';
  const day = differenceInCalendarDays(new Date(d.to), new Date(d.from), { in: tz(d.timeZone) }) === 1;
  return day ? (d.past ? 'on that day' : 'today') : 'in this period';
}

/** A digest with price changes but no new model: said, with the last one released before its window. */
export function noNewModelsLine(d: Pick<DigestAnswer, 'latestRelease' | 'providers'>): string {
  return d.latestRelease ? `No new models in this period. ${latestReleaseLine(d)}` : '';
}

/** With no new model in a digest's window: the last one released before it ("any new models this week?"). */
export function latestReleaseLine(d: Pick<DigestAnswer, 'latestRelease' | 'providers'>): string {
  const latest = d.latestRelease;
  if (!latest) return '';
  const whose = d.providers.length > 0 ? ` from ${wordList(d.providers, 'or')}` : '';
  return `The latest model${whose} in the catalog is ${latest.name} (${latest.model}), released ${latest.released}.`;
}

/** A relative change with its sign: "−80%", "+5%". */
export function signedPercent(pct: number): string {
  return pct < 0 ? `−${percent(-pct)}` : `+${percent(pct)}`;
}

export function changeLine(c: PriceChange): string {
  return `${c.name}: ${fieldLabel(c.field)} ${perMillion(c.old)} → ${perMillion(c.new)} (${signedPercent(c.pct)}) on ${c.date}${c.cause === 'correction' ? ', a data correction' : ''}`;
}

/**
 * A model's status on the date asked, in the tense of that date: "retired 2026-05-15" once its retirement date has
 * passed, "deprecated 2026-02-01, retires 2026-05-15" before it.
 */
export function statusWords(m: Pick<CatalogModel, 'status' | 'deprecated' | 'retires'>, asOf: string): string {
  if (isRetired(m, asOf)) return `retired${m.retires ? ` ${m.retires}` : ''}`;
  if (m.status === 'deprecated') return `deprecated${m.deprecated ? ` ${m.deprecated}` : ''}${m.retires ? `, retires ${m.retires}` : ''}`;
  return m.status;
}

/** Said where an answer's sources would be listed when it shows no figure from the catalog. */
export const NO_SOURCES = 'none — no figure shown comes from the catalog.';

/** What batch or a service tier changes against standard prices: "At standard prices: $350.00 a month; batch pricing is 50% cheaper." */
export function againstStandard(a: Pick<CostAnswer, 'monthlyUsd' | 'atStandard' | 'rates' | 'per' | 'perWhat'>): string | undefined {
  if (a.atStandard === null || a.monthlyUsd === null || !a.rates) return undefined;
  const chosen = a.rates.basis === 'batch' ? 'batch pricing' : `the ${a.rates.basis} tier`;
  const standard = a.atStandard.monthlyUsd;
  const { amount, span } = costWords(a);
  const change =
    a.monthlyUsd < standard
      ? `${chosen} is ${cheaperBy(a.monthlyUsd, standard)} (saves ${amount(standard - a.monthlyUsd)} ${span})`
      : a.monthlyUsd > standard
        ? `${chosen} costs ${amount(a.monthlyUsd - standard)} ${span} more (${times(a.monthlyUsd / standard)} the standard ${a.per})`
        : `${chosen} costs the same`;
  return `At standard prices: ${amount(standard)} ${span}; ${change}.`;
}

/** What the cached share saves against none of the input cached: "Without prompt caching: $600.00 a month; caching saves $141.75 a month (24% cheaper)." */
export function againstNoCaching(a: Pick<CostAnswer, 'monthlyUsd' | 'withoutCaching' | 'per' | 'perWhat'>): string | undefined {
  if (a.withoutCaching === null || a.monthlyUsd === null) return undefined;
  const uncached = a.withoutCaching.monthlyUsd;
  const { amount, span } = costWords(a);
  const change =
    a.monthlyUsd < uncached
      ? `caching saves ${amount(uncached - a.monthlyUsd)} ${span} (${cheaperBy(a.monthlyUsd, uncached)})`
      : a.monthlyUsd > uncached
        ? `caching costs ${amount(a.monthlyUsd - uncached)} ${span} more`
        : 'caching changes nothing here (no lower cached price is published)';
  // A charged cache write is not in the month (how often a prefix is written is the workload's): said, so the saving is not overstated.
  const write = a.withoutCaching.cacheWritePerMillion;
  const writes =
    write === null ? '' : ` Cache writes are not counted: tokens written to the cache cost ${perMillion(write)} (5-minute cache), once for each prefix before it is read.`;
  return `Without prompt caching: ${amount(uncached)} ${span}; ${change}.${writes}`;
}

/** The spans asked for besides the month, as a cost leads with them: "$17.19 a day; $6,277.68 a year"; empty when none was. */
export function spanAmounts(a: Pick<CostAnswer, SpanField | 'termCost'>): string {
  const spans = SPANS.flatMap((s) => {
    const usd = a[SPAN_FIELDS[s]];
    return usd === null ? [] : [`${money(usd)} ${SPAN_WORDS[s].per}`];
  });
  const term = a.termCost ? [`${money(a.termCost.usd)} ${spanWords(a.termCost.term).per}${termChangeWords(a.termCost)}`] : [];
  return [...spans, ...term].join('; ');
}

/** A ranking's columns for the spans asked for besides the month ("Daily", "Yearly"): each row's cost over that span. */
export function spanColumns(ranking: readonly Ranked[]): { title: string; usd: (r: Ranked) => number }[] {
  const spans = SPANS.filter((s) => ranking.some((r) => r[SPAN_FIELDS[s]] !== undefined)).map((s) => ({
    title: SPAN_WORDS[s].title,
    usd: (r: Ranked) => r[SPAN_FIELDS[s]] ?? 0,
  }));
  const term = ranking.find((r) => r.termCost)?.termCost?.term;
  return term ? [...spans, { title: spanWords(term).title, usd: (r: Ranked) => r.termCost?.usd ?? 0 }] : spans;
}

/** A new model's first price in a digest: "$0.50/1M in / $2.50/1M out", or what a free endpoint is. */
export function addedPrice(a: { input: number; output: number; free?: true }): string {
  return a.free ? 'a free, rate-limited endpoint (no paid price published)' : `${perMillion(a.input)} in / ${perMillion(a.output)} out`;
}

/** The rows whose cost over the term crosses a dated price change, said under the ranking: "gemini-3.8-flash's 6-month cost (with the price change on 2027-01-01)." */
export function termChangesLine(ranking: readonly Ranked[]): string {
  return ranking
    .flatMap((r) => (r.termCost?.changes?.length ? [`${r.model}'s ${spanWords(r.termCost.term).title.toLowerCase()} cost${termChangeWords(r.termCost)}.`] : []))
    .join(' ');
}

/** A cost as its headline says it: the month ("$523.14 a month"), or the day, week or year first when asked ("$6,277.68 a year ($523.14 a month)"). */
export function costHeadline(a: Pick<CostAnswer, 'monthlyUsd' | SpanField | 'termCost' | 'per' | 'perWhat' | 'forCount'>): string {
  const { amount, span } = costWords(a);
  const month = `${amount(a.monthlyUsd ?? 0)} ${span}`;
  const spans = spanAmounts(a);
  return spans ? `${spans} (${month})` : month;
}

/**
 * What a month's budget buys, when one was asked: "$100.00 a month buys 145M tokens (145,454,545) at 3:1"; with a
 * term asked, over the term ("$500.00 over 3 months buys 250M tokens (250,000,000; 83.3M a month) at 3:1").
 */
export function budgetBuys(a: Pick<CostAnswer, 'budget' | 'budgetEach' | 'perWhat' | 'tokens' | 'mix' | 'termCost' | 'blendedPerMillion'>): string | undefined {
  if (a.budget === undefined) return undefined;
  const term = a.termCost?.term;
  // Over a term, what the whole budget buys (not the month's whole tokens times the term, which loses a token a month).
  const blended = a.blendedPerMillion;
  const over = term ? (blended ? Math.floor((spanUsd(a.budget, term) / blended) * 1e6) : spanTokens(a.tokens, term)) : a.tokens;
  const bought = `${tokens(over)} tokens (${count(Math.round(over))}${term ? `; ${tokens(a.tokens)} a month` : ''}) at ${a.mix.input}:${a.mix.output}`;
  const budget = term ? `${money(spanUsd(a.budget, term))} ${spanWords(term).per}` : `${money(a.budget)} a month`;
  return a.budgetEach === undefined
    ? `${budget} buys ${bought}`
    : `${budget} buys ${count(Math.floor(over / a.budgetEach))} ${pluralOf(a.perWhat ?? 'request')} of ${count(a.budgetEach)} tokens: ${bought}`;
}

/**
 * A cost against the month's budget asked about: "Over the $100.00 a month budget by $71.88 (1.72× it)"; with a term
 * asked, the cost over the term against the budget over it ("Yes: within the $1,000.00 budget over 6 months").
 */
export function againstBudget(a: Pick<CostAnswer, 'within' | 'monthlyUsd' | 'per' | 'termCost'>): string | undefined {
  if (a.within === undefined || a.monthlyUsd === null || a.per === 'request') return undefined;
  const term = a.termCost?.term;
  const [cost, budget] = term ? [a.termCost?.usd ?? 0, spanUsd(a.within, term)] : [a.monthlyUsd, a.within];
  const named = term ? `${money(budget)} budget ${spanWords(term).per}` : `${money(budget)} a month budget`;
  // In cents as shown, so the cost and what is left add up to the budget as written.
  const diff = (Math.round(cost * 100) - Math.round(budget * 100)) / 100;
  return diff > 0 ? `No: over the ${named} by ${money(diff)} (${times(cost / budget)} it).` : `Yes: within the ${named}, with ${money(-diff)} to spare.`;
}

/** One person's singular: "users" → "user", "people" → "person", "staff" → "staff member". */
function onePerson(who: string): string {
  return who === 'people' ? 'person' : who === 'staff' ? 'staff member' : who.replace(/s$/, '');
}

/** Each person's share of the month: "$0.0165 a user a month (2,000 users)". */
export function perPersonLine(a: Pick<CostAnswer, 'perPerson' | 'monthlyUsd'>): string | undefined {
  const p = a.perPerson;
  if (!p || a.monthlyUsd === null) return undefined;
  const one = onePerson(p.who);
  // "An employee", "a user" (the article goes by the sound: no person word starts with a vowel sounded as "you" but user).
  return `${requestMoney(p.usd)} ${/^[aeio]/i.test(one) ? 'an' : 'a'} ${one} a month (${count(p.count)} ${p.who}).`;
}

/**
 * How a cost is said for what it covers: a month to the cent ("$350.00 a month"), one request closer ("$0.0075 a
 * request"), things counted with no month as that many ("$10.50 for 1,000 requests").
 */
export function costWords(a: Pick<CostAnswer, 'per' | 'perWhat' | 'forCount'>): { amount: (usd: number) => string; span: string } {
  if (a.forCount) return { amount: requestMoney, span: `for ${count(a.forCount.count)} ${a.forCount.what}` };
  return a.per === 'request' ? { amount: requestMoney, span: `a ${a.perWhat ?? 'request'}` } : { amount: money, span: 'a month' };
}

/**
 * The month at each of several volumes asked: "$34.38 a month at 10M tokens, $171.88 at 50M and $343.75 at 100M
 * ($3.4375/1M blended at each)"; each volume's blended price where they differ.
 */
export function volumeCosts(a: Pick<CostAnswer, 'atVolumes' | 'unit'>): string | undefined {
  const at = a.atVolumes;
  if (!at || at.length < 2) return undefined;
  const first = at[0]?.blendedPerMillion ?? null;
  const same = first !== null && at.every((v) => v.blendedPerMillion === first);
  const each = at.map((v, i) => {
    const figure = v.monthlyUsd === null ? `no price (${v.refusal ?? 'not published'})` : `${money(v.monthlyUsd)}${i === 0 ? ' a month' : ''}`;
    const blended = !same && v.blendedPerMillion !== null ? ` (${perUnit(v.blendedPerMillion, a.unit)} blended)` : '';
    return `${figure} at ${tokens(v.tokens)}${i === 0 ? ' tokens' : ''}${blended}`;
  });
  return `${wordList(each)}${same ? ` (${perUnit(first, a.unit)} blended at each)` : ''}`;
}

/** What a ranking's cost column covers: "Monthly", "Per request", "Per conversation", "For 1,000 words". */
export function costColumn(a: Pick<CheapestAnswer, 'per' | 'perWhat' | 'forCount'>): string {
  if (a.forCount) return `For ${count(a.forCount.count)} ${a.forCount.what}`;
  return a.per === 'request' ? `Per ${a.perWhat ?? 'request'}` : 'Monthly';
}

/** What a ranking is priced at, in words: "2K tokens a month", "one request of 2K tokens", "1,000 words (1.33K tokens)". */
export function rankedAtWords(a: Pick<CheapestAnswer, 'per' | 'perWhat' | 'forCount' | 'assumptions'>): string {
  const volume = tokens(a.assumptions.tokensPerMonth);
  if (a.forCount) return `${count(a.forCount.count)} ${a.forCount.what} (${volume} tokens)`;
  return a.per === 'request' ? `one ${a.perWhat ?? 'request'} of ${volume} tokens` : `${volume} tokens a month`;
}

/** Where a model is sold directly, in words: "OpenAI directly ($1.25/$10.00 per 1M, checked 2026-07-02)". */
export function directWords(provider: string, own: { input: number; output: number; checked: string; monthlyUsd: number | null } | null): string {
  const month = own?.monthlyUsd !== null && own?.monthlyUsd !== undefined ? `, ${money(own.monthlyUsd)} a month` : '';
  return `${provider} directly${own ? ` (${pricePair(own.input, own.output)}${month}, checked ${own.checked})` : ''}`;
}

/** A route's price in a where-to-run answer (a host without a price list of its own sells at the provider's), a batch endpoint's said for what it is, and its month at the volume asked. */
export function routePrice(r: WhereAnswer['models'][number]['routes'][number]): string | null {
  const parts = [
    r.price === null ? "at the provider's price" : `${r.price}${r.batch ? ' (batch endpoint: Batch API prices, not for interactive requests)' : ''}`,
    r.monthlyUsd === null ? null : `${money(r.monthlyUsd)} a month`,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join(', ') : null;
}

/**
 * Where a model costs least, when more than one way of buying it is priced: " Cheapest: SiliconFlow, $0.92 a month.";
 * among the ways asked first (" Of Groq and Cerebras, Groq costs least: $0.26 a month; cheapest anywhere: …").
 */
export function cheapestOfferWords(m: WhereAnswer['models'][number]): string {
  const priced = (m.ownPrice?.monthlyUsd != null ? 1 : 0) + m.routes.filter((r) => r.monthlyUsd !== null).length;
  if (!m.cheapest || priced < 2) return '';
  if (m.samePrice) return ` Every way of buying it costs the same: ${money(m.cheapest.monthlyUsd)} a month.`;
  const where = (via: string | null) => (via === null ? `${m.provider} directly` : hostName(via));
  const anywhere = `${where(m.cheapest.via)}, ${money(m.cheapest.monthlyUsd)} a month`;
  const [first, second] = m.askedOffers;
  if (!first) return ` Cheapest: ${anywhere}.`;
  const also = first.via === m.cheapest.via || first.monthlyUsd === m.cheapest.monthlyUsd ? '' : `; cheapest anywhere: ${anywhere}`;
  if (!second) return ` On ${first.name}: ${money(first.monthlyUsd)} a month${also}.`;
  const of = wordList(
    m.askedOffers.map((o) => o.name),
    'and',
  );
  if (m.askedOffers.every((o) => o.monthlyUsd === first.monthlyUsd)) return ` ${of} cost the same: ${money(first.monthlyUsd)} a month${also}.`;
  const lead = first.monthlyUsd === second.monthlyUsd ? `${first.name} and ${second.name} cost least` : `${first.name} costs least`;
  return ` Of ${of}, ${lead}: ${money(first.monthlyUsd)} a month${also}.`;
}

/** The hosts asked about that the catalog lists no route of the model on: " Not on Groq or Together AI in the catalog." */
export function notOnWords(notOn: readonly string[]): string {
  if (notOn.length === 0) return '';
  return ` Not on ${wordList(notOn.map(hostName), 'or')} in the catalog.`;
}

/** The month of the model an "instead of" ranking stands in for: "$43.75 a month", or that it has no price. */
export function referenceMonth(monthlyUsd: number | null): string {
  return monthlyUsd === null ? 'no price for this profile' : `${money(monthlyUsd)} a month`;
}

/**
 * How a ranking is introduced: its order's lead, with the benchmark a ranking by score is on ("Highest-scoring on SWE-Bench
 * Pro"), and "from each provider" when it shows one model per provider.
 */
export function rankingLead(a: Pick<CheapestAnswer, 'order' | 'scoredOn' | 'filters'>): string {
  const { lead } = RANKING_WORDS[a.order];
  const on = (a.order === 'score' || a.order === 'task' || a.order === 'value') && a.scoredOn ? `${lead} on ${a.scoredOn.name}` : lead;
  if (a.filters.flagships && a.scoredOn && a.order !== 'score') return `Flagships (each provider's highest on ${a.scoredOn.name}), ${lead.toLowerCase()} first`;
  if (!a.filters.eachProvider) return on;
  return (a.filters.perProvider ?? 1) > 1 ? `${on}, ${a.filters.perProvider} from each provider` : `${on} from each provider`;
}

/**
 * How prices spread across the models that pass: "28 models pass: from $0.05 (gemma-3-4b-it, $0.05/1M) to $4.50 a
 * month (gemini-3-pro-image-preview, $4.50/1M); median $0.99 ($0.9875/1M blended), mean $1.56 ($1.557/1M)."; empty
 * when not asked.
 */
export function spreadLine(a: Pick<CheapestAnswer, 'spread'>): string {
  const s = a.spread;
  if (!s) return '';
  const count = `${s.count} model${s.count === 1 ? ' passes' : 's pass'}`;
  const against = spreadAgainstWords(s);
  if (s.count === 1) return `${count}: ${s.low.model}, ${money(s.low.monthlyUsd)} a month (${perMillion(s.low.blendedPerMillion)} blended).${against}`;
  return `${count}: from ${money(s.low.monthlyUsd)} (${s.low.model}, ${perMillion(s.low.blendedPerMillion)}) to ${money(s.high.monthlyUsd)} a month (${s.high.model}, ${perMillion(s.high.blendedPerMillion)}); median ${money(s.medianMonthlyUsd)} (${perMillion(s.medianPerMillion)} blended), mean ${money(s.meanMonthlyUsd)} (${perMillion(s.meanPerMillion)}).${against}`;
}

/** " Claude Opus 4.5: $10.00 a month ($10.00/1M blended), above the median; 280 of the others cost less, 12 more." */
function spreadAgainstWords(s: NonNullable<CheapestAnswer['spread']>): string {
  const a = s.against;
  if (!a) return '';
  const side = a.monthlyUsd > s.medianMonthlyUsd ? 'above the median' : a.monthlyUsd < s.medianMonthlyUsd ? 'below the median' : 'at the median';
  // A price alone is set against every model's at that price's side: how many are cheaper, how many dearer.
  if (a.model === '') return ` ${a.name} is ${side}: ${count(a.cheaper)} of the ${count(s.count)} models cost less, ${count(a.dearer)} more.`;
  return ` ${a.name}: ${money(a.monthlyUsd)} a month (${perMillion(a.blendedPerMillion)} blended), ${side}; ${count(a.cheaper)} of the others cost less, ${count(a.dearer)} more.`;
}

/** The places a ranking shows, when not from the first: ", #2", ", #6–#10"; empty from #1. */
export function placesWords(firstPlace: number, shown: number): string {
  if (firstPlace === 1 || shown === 0) return '';
  const last = firstPlace + shown - 1;
  return last === firstPlace ? `, #${firstPlace}` : `, #${firstPlace}–#${last}`;
}

/** The column a ranking adds beside the model: its title, the figure to sort by, the cell, and the figure in a sentence. */
interface RankingColumn {
  title: string;
  value: (r: Ranked) => number | null;
  text: (r: Ranked) => string;
  inWords: (r: Ranked) => string;
}

/** The score column of a ranking on a benchmark (the leaderboard, best value). */
const SCORE_COLUMN: RankingColumn = {
  title: 'Score',
  value: (r) => r.score?.value ?? null,
  text: (r) => r.score?.text ?? 'untested',
  inWords: (r) => (r.score ? `scoring ${r.score.text}` : 'untested'),
};

/**
 * How a ranking in each order is introduced ("Cheapest", "Largest context"), and the column it adds beside the model:
 * its title, the figure to sort by, the cell, and the figure in a sentence ("released 2026-10-07").
 */
export const RANKING_WORDS: Record<RankOrder, { lead: string; column?: RankingColumn }> = {
  price: { lead: 'Cheapest' },
  priciest: { lead: 'Most expensive' },
  newest: {
    lead: 'Newest',
    column: { title: 'Released', value: () => null, text: (r) => r.released ?? 'not published', inWords: (r) => `released ${r.released ?? 'on a date not published'}` },
  },
  context: {
    lead: 'Largest context',
    column: { title: 'Context', value: (r) => r.contextWindow, text: (r) => tokens(r.contextWindow), inWords: (r) => `context ${tokens(r.contextWindow)} tokens` },
  },
  output: {
    lead: 'Largest maximum output',
    column: {
      title: 'Max output',
      value: (r) => r.maxOutput,
      text: (r) => (r.maxOutput === null ? 'not published' : tokens(r.maxOutput)),
      inWords: (r) => (r.maxOutput === null ? 'maximum output not published' : `maximum output ${tokens(r.maxOutput)} tokens`),
    },
  },
  score: {
    lead: 'Highest-scoring',
    column: SCORE_COLUMN,
  },
  task: {
    lead: 'Cheapest per task',
    column: {
      title: 'Per task',
      value: (r) => r.perTask?.perTaskUsd ?? null,
      text: (r) => (r.perTask ? requestMoney(r.perTask.perTaskUsd) : 'no published run'),
      inWords: (r) => (r.perTask ? `${requestMoney(r.perTask.perTaskUsd)} per task` : 'no published run'),
    },
  },
  cutoff: {
    lead: 'Most recent knowledge cutoff',
    column: {
      title: 'Cutoff',
      value: () => null,
      text: (r) => r.knowledgeCutoff ?? 'not published',
      inWords: (r) => `knowledge cutoff ${r.knowledgeCutoff ?? 'not published'}`,
    },
  },
  value: {
    lead: 'Best value',
    column: SCORE_COLUMN,
  },
  retiring: {
    lead: 'Retiring soonest',
    column: {
      title: 'Retires',
      value: () => null,
      text: (r) => r.retires ?? 'no date published',
      inWords: (r) => (r.retires ? `retires ${r.retires}` : 'deprecated, no retirement date published'),
    },
  },
  speed: {
    lead: 'Fastest',
    column: {
      title: 'Output speed',
      value: (r) => r.outputTokensPerSecond,
      text: (r) => (r.outputTokensPerSecond === null ? 'not measured' : tokensPerSecond(r.outputTokensPerSecond)),
      inWords: (r) => (r.outputTokensPerSecond === null ? 'output speed not measured' : `output ${tokensPerSecond(r.outputTokensPerSecond)}`),
    },
  },
};

/** Which models a near miss was sought among: those the other filters keep, or, with none asked, every current one. */
const amongWords = (among: 'filtered' | 'current') => (among === 'filtered' ? 'of a model that passes the other filters' : 'of a current model');

/**
 * When no model passes: every filter named, and how near the nearest model comes: the largest context or output under
 * a size floor, the latest release before a release window, the highest score under a score floor.
 */
export function nonePassesLine(a: Pick<CheapestAnswer, 'considered' | 'eligible' | 'firstPlace' | 'largest' | 'latestRelease' | 'topScore'>): string {
  // Asked past the last place ("ranks 20 to 25" of 12): what there is.
  if (a.eligible > 0)
    return `Only ${a.eligible} model${a.eligible === 1 ? ' passes' : 's pass'} every filter (${a.considered} considered): there is no #${a.firstPlace}. Ask for ${a.eligible === 1 ? 'the first' : `ranks 1 to ${a.eligible}`}, or drop a filter.`;
  const largest = a.largest
    ? ` The largest ${a.largest.what === 'context' ? 'context window' : 'maximum output'} ${amongWords(a.largest.among)} is ${count(a.largest.tokens)} tokens (${a.largest.model}).`
    : '';
  const latest = a.latestRelease
    ? ` The latest release before that window ${amongWords(a.latestRelease.among)} is ${a.latestRelease.model}, released ${a.latestRelease.released}.`
    : '';
  // A benchmark named for its score ("LMArena text score") is not said "score" twice.
  const scoreName = (name: string) => (/\bscore$/i.test(name) ? name : `${name} score`);
  const top = a.topScore ? ` The highest ${scoreName(a.topScore.name)} ${amongWords(a.topScore.among)} is ${a.topScore.text} (${a.topScore.model}).` : '';
  return `No model passes every filter (${a.considered} considered).${largest}${latest}${top}`;
}

/** Where one model stands in a ranking, as asked ("where does gpt-5 rank?"): its place, or what leaves it out. */
export function placedLine(p: Placement): string {
  const place =
    p.place !== null ? `${p.name} is #${p.place} of the ${p.of} model${p.of === 1 ? '' : 's'} ranked here` : `${p.name} is not in this ranking: ${p.leftOutBy.join('; ')}`;
  if (p.within === undefined) return `${place}.`;
  const inside = p.place !== null && p.place <= p.within;
  return `${inside ? 'Yes' : 'No'}: ${place}${p.place === null ? '' : inside ? `, within the top ${p.within}` : `, outside the top ${p.within}`}.`;
}

/** A lane's picks as headed: "Best for Terminal-heavy engineering", or "Best value for …" when value was asked. */
/** "Best pick for each kind of work" (or best value): what an answer of several lanes' first picks is. */
export function lanePicksTitle(a: Pick<LanePicksAnswer, 'value' | 'lanes'>): string {
  return `${a.value ? 'Best value' : 'Best pick'} for ${a.lanes.length === 1 ? 'one kind' : 'each kind'} of work`;
}

/** A lane's row in that answer: why its pick leads, or why it has none ("none qualifies: 12 meet its needs untested"). */
export function lanePickWhy(row: LanePick): string {
  if (row.pick) return row.pick.why;
  return row.untested > 0 ? `none qualifies: ${count(row.untested)} meet its needs but are untested on its benchmarks` : 'none qualifies';
}

/** Where the rest of a lane's picks are: said under an answer of several lanes. */
export const ONE_LANE_IN_FULL = '`/models best <lane>` ranks one lane in full, with its rule and what it leaves out.';

export function bestTitle(a: { name: string; value: boolean }): string {
  return `${a.value ? 'Best value' : 'Best'} for ${a.name}`;
}

/**
 * A lane with no pick: how many models meet its needs, and how many of those have no score on its benchmarks; or, when
 * the filters asked leave none of them, that those filters did.
 */
export function noneQualifiesLine({ eligible, untested, meetNeeds }: Pick<BestAnswer, 'eligible' | 'untested' | 'meetNeeds'>): string {
  const many = (n: number, one: string, more: string) => (n === 1 ? one : more);
  if (eligible === 0 && meetNeeds > 0) return "No model qualifies: the filters asked leave out every model that meets the lane's needs (Excluded says which).";
  return `No model qualifies: ${eligible} ${many(eligible, "meets the lane's needs", "meet the lane's needs")}, ${untested} of them ${many(untested, 'has', 'have')} no score on its benchmarks.`;
}

/** A lane's picks asked past the last ("the 9th best" of 6): what there is. */
export function pastLastPickLine(a: Pick<BestAnswer, 'picked' | 'firstPlace'>): string {
  return `Only ${a.picked} model${a.picked === 1 ? ' qualifies' : 's qualify'}: there is no #${a.firstPlace}. Ask for ${a.picked === 1 ? 'the first' : `ranks 1 to ${a.picked}`}.`;
}

/** The models a lane leaves out for want of a score on its benchmarks. */
export function untestedLine(untested: number): string {
  return untested === 1
    ? "Untested: 1 model meets the needs but has no score on this lane's benchmarks."
    : `Untested: ${untested} models meet the needs but have no score on this lane's benchmarks.`;
}

/** One benchmark explained: what it measures, who publishes it, how many current models have a score, the highest, the lanes that weigh it. */
function benchmarkLines(a: HelpAnswer, b: HelpAnswer['benchmarks'][number]): string[] {
  const lanes = a.lanes.filter((l) => l.evidence.some((e) => e.benchmark === b.id));
  return [
    `${b.name} (${b.id}): ${b.measures} Published by ${b.publishedBy}, ${b.url}.`,
    b.leader
      ? `${count(b.scored)} current model${b.scored === 1 ? ' has' : 's have'} a score in the catalog; the highest is ${b.leader.model}'s ${b.leader.score}. \`/models leaderboard ${b.id}\` ranks them, highest first.`
      : 'No current model has a score on it in the catalog.',
    lanes.length > 0
      ? `Lanes that weigh it: ${lanes.map((l) => `${l.id}${l.evidence.find((e) => e.benchmark === b.id)?.proxy ? ' (as a proxy)' : ''}`).join(', ')}.`
      : 'No lane weighs it.',
  ];
}

/** One lane explained: what it is for, what a model needs to take it, the benchmarks that decide it, and how. */
function laneLines(l: HelpAnswer['lanes'][number]): string[] {
  const words = (ids: readonly string[]) => ids.map((id) => id.replace(/-/g, ' '));
  const needs = [
    ...words(l.needs.capabilities),
    ...words(l.needs.surfaces).map((s) => `the ${s} surface`),
    ...l.needs.inputModalities.map((m) => `${m} input`),
    ...(l.needs.minContext !== undefined ? [`a context of at least ${count(l.needs.minContext)} tokens`] : []),
    ...(l.needs.minInput !== undefined ? [`a maximum input of at least ${count(l.needs.minInput)} tokens`] : []),
  ];
  const evidence = l.evidence.map((e) => `${e.name} (${e.weight}${e.proxy ? ', a proxy' : ''}${e.floor !== undefined ? `, at least ${e.floor}` : ''})`);
  return [
    `${l.id}: ${l.name}. ${l.description}`,
    `A model needs ${needs.length > 0 ? wordList(needs) : 'nothing in particular'} to take it; one that lacks a need is no, one whose sources do not say is untested.`,
    evidence.length > 0
      ? `Benchmarks: ${evidence.join(', ')}; a model with no score on them is untested, never picked on price alone.`
      : 'No benchmark in the catalog measures it: it is decided by its needs and price.',
    `${l.decideBy === 'price' ? 'Price decides among the models that clear the floors, unless a dearer one is far ahead on the benchmarks' : 'The benchmarks decide, unless the strongest is far dearer'}: ${l.rationale}`,
    `\`/models best ${l.id}\` ranks it.`,
  ];
}

/** How the bot's own figures are made, for the question asked about them ("what does blended price mean?"); empty without one. */
export function helpTopicLines(a: HelpAnswer): string[] {
  const { asOf, within30, within90, priced } = a.freshness;
  switch (a.topic) {
    case null:
      return [];
    case 'blended': {
      // A worked example: the blend is computed, not typed.
      const [input, output] = [3, 15];
      return [
        'A blended price is one price per 1M tokens for a mix of input and output: the input price weighted by the input share plus the output price weighted by the output share.',
        `At the default 3:1 input:output, ${money(input)}/1M in and ${money(output)}/1M out blend to (3 × ${money(input)} + 1 × ${money(output)}) ÷ 4 = ${perMillion((3 * input + output) / 4)}. Give yours with "mix 10:1", "70/30" or "mostly output".`,
      ];
    }
    case 'monthly':
      return [
        "A month's cost is uncached input tokens × the input price + cached input tokens × the cached-input price + output tokens × the output price, at your volume and mix (3:1 unless you say).",
        'Batch and service tiers use their published prices (never an invented discount); a prompt past a long-context threshold bills the whole request at the higher tier; volumes a day or a week convert with a month of 30.4375 days. Every answer states the volume, mix, caching, tier and price day it used.',
      ];
    case 'sources':
      return [
        `Prices are the providers' published prices, each read from a dated public dataset or the provider's page: ${a.priceSources.map((s) => `${s.via ?? "the provider's own page"} (${count(s.models)} model${s.models === 1 ? '' : 's'})`).join(', ')}.`,
        "Every answer cites the page behind each figure and the day it was checked; a host (Bedrock, Vertex, OpenRouter…) carries its own price, or the provider's where it sells at it.",
      ];
    case 'freshness':
      return [
        `Of ${count(priced)} models' prices in force on ${asOf}, ${count(within30)} were checked in the last 30 days and ${count(within90)} in the last 90; the oldest check is ${a.checkedOldest}, the newest ${a.checkedNewest}.`,
        'An answer whose prices are older than 30 days says so; the daily sync re-reads the public catalogs where it runs.',
      ];
    case 'list-prices':
      return [
        'Prices are list prices as providers publish them: no negotiated, committed-use or volume discounts, credits or taxes. Batch, service tiers and prompt caching are priced only where published, and each answer says which it used.',
      ];
    case 'tokens':
      return [
        `A token is the unit models read, write and bill by: a piece of a word, each model's tokenizer splitting text its own way. By OpenAI's rule of thumb a token is about ¾ of an English word, so 1M tokens is about ${count(1_000_000 / TOKENS_PER_WORD)} words; code, numbers and other languages take more.`,
        'Prices are per 1M tokens, input (what you send, the prompt and any documents or images) and output (what the model writes, its reasoning included) priced apart. Ask in words ("2M words a month") and the answer converts at the same rule.',
        'A reasoning model\'s thinking tokens are billed as output at its output price, though they are not shown as the answer: its mix leans to output ("mix 1:1" or "mostly output" prices that).',
        'A page, an image or a minute of audio has no fixed count: a page is as many tokens as its words, and each provider turns images and audio into tokens by its own rules, which the catalog does not record. Count a page\'s words, or give the tokens ("500 pages of 600 tokens each").',
      ];
    case 'buying': {
      const { current, batch, tiers } = a.buying;
      return [
        'Besides the standard price, some providers publish others: a Batch API price (requests sent as a batch and answered within hours, usually a day at most, at about half the price where published), service tiers (flex: slower and may be refused when busy, for less; priority: faster and steadier, for more; fast: a quicker model route, for more), and a lower price for cached input.',
        `Of ${count(current)} current models (not deprecated or retired) on ${a.freshness.asOf}, ${count(batch)} publish a batch price, ${count(tiers.flex)} a flex tier, ${count(tiers.priority)} a priority tier and ${count(tiers.fast)} a fast tier. Answers price them only where published ("gpt-5 at 50M tokens with batch", "priority tier", "--tier flex"), and say what the choice saves or costs against the standard price.`,
      ];
    }
    case 'caching': {
      const { current, cachedInput, cacheWrite } = a.buying;
      return [
        'Prompt caching: input a provider has seen before (a repeated prefix: a system prompt, instructions, documents, tool definitions) is billed at a lower cached-input price; some providers also charge to write the cache (for 5 minutes or an hour).',
        `Of ${count(current)} current models on ${a.freshness.asOf}, ${count(cachedInput)} publish a cached-input price and ${count(cacheWrite)} a cache-write price. Say how much of your input is cached ("with 50% cached", "80% cache hits", \`cached 50%\` in a command): the cost uses the cached-input price for that share, says what caching saves, and names the cache-write price where one is charged.`,
      ];
    }
    case 'benchmarks': {
      const one = a.benchmarks.find((b) => b.id === a.about);
      if (one) return benchmarkLines(a, one);
      return [
        `The catalog carries ${a.benchmarks.length} benchmarks; lanes, "best" and leaderboards rank on them, and every score shown cites its source and the day it was checked. Of the current models (not deprecated or retired):`,
        a.benchmarks
          .map((b) => `${b.name} (${b.id}): ${b.measures} ${count(b.scored)} current model${b.scored === 1 ? '' : 's'} scored; published by ${b.publishedBy}, ${b.url}`)
          .join('\n'),
        '`/models leaderboard <benchmark>` ranks one, highest first; a benchmark the catalog does not carry is said to be missing, never guessed.',
      ];
    }
    case 'lifecycle': {
      const { active, preview, deprecated, retired, retiringAhead } = a.lifecycle;
      return [
        "A model's status is its provider's: active (sold and supported), preview (sold to try, and may change or go away), deprecated (its end is announced: still callable until its retirement date, if one is published) and retired (from that date on, no longer served).",
        `On ${asOf}: ${count(active)} active, ${count(preview)} in preview, ${count(deprecated)} deprecated and ${count(retired)} retired; ${count(retiringAhead)} ${retiringAhead === 1 ? 'has' : 'have'} a retirement date ahead. Rankings leave deprecated models out unless asked ("including deprecated", \`--include-deprecated\`) and retired ones always; any of them is still answered by name, its status said. \`/models retiring\` lists the soonest to go.`,
      ];
    }
    case 'thanks':
      return ['Glad to help. Ask a follow-up here, or a new question any time.'];
    case 'winners':
      return [
        'Each row of a comparison marks its better figure with ✓ and names the winner: the lower price or monthly cost at your volume and mix, the larger context window or maximum output, the higher benchmark score, the later knowledge cutoff or release, the capability one has and another lacks. Equal figures tie; a figure a model does not publish wins nothing, and a row no model publishes has no winner (—).',
        "The verdict (\"Choose A if you need …\") cites each model's wins that matter most, the lower cost at your mix first, then benchmark scores. A lane's call (use, rarely, no, untested) rests on the lane's needs and benchmarks: a model with no score on them is untested, never picked on price alone.",
      ];
    case 'lanes': {
      const one = a.lanes.find((l) => l.id === a.about);
      if (one) return laneLines(one);
      return [
        'A lane is a kind of work, with what a model must have to take it and the benchmarks that decide it; a model without a score on them is untested there, never ranked on price alone. `/models best <lane>` ranks a lane, and a comparison says which model to use in each.',
        "A model's call on a lane: no when it lacks one of the lane's needs, scores under one of its floors or is retired; untested when it has no score on the lane's benchmarks (or its sources do not say whether it has a need); the rest are set against each other on the benchmarks they share. Where a lane's own benchmark decides, the best score is use and the others sometimes or rarely by how far they trail; where only proxies are shared (benchmarks of related work standing in for the lane's own, such as a coding index for terminal work), models within the lane's margin of the best are weighed on price, the cheapest use, and one trailing beyond the margin is rarely, whatever its price. Each lane weighs its benchmarks strong, moderate or weak; `/models help lanes <lane>` gives one lane's needs, benchmarks and floors.",
        a.lanes.map((l) => `${l.id}: ${l.name}. ${l.description}`).join('\n'),
      ];
    }
  }
}

/**
 * A split month's headline: "100M tokens a month across 2 models: $1,150.00 ($11.50/1M blended)", or across ways of
 * buying one model: "100M tokens a month on GPT-4.1, 30% through the Batch API: …".
 */
export function billHeadline(a: BillAnswer): string {
  if (a.eachOwn) return eachOwnHeadline(a);
  const models = billModels(a);
  const batched = a.parts.filter((p) => p.batch).reduce((share, p) => share + p.share, 0);
  const across =
    models.length === 1
      ? `${tokens(a.tokens)} tokens a month on ${a.parts[0]?.name}, ${percent(batched, 2)} through the Batch API`
      : `${tokens(a.tokens)} tokens a month across ${models.length} models`;
  const unpriced = a.parts.filter((p) => p.monthlyUsd === null).map((p) => (models.length === 1 ? billPartName(p) : p.model));
  if (a.totalUsd === null) return `${across}: no total, ${wordList(unpriced)} cannot be priced this way`;
  return `${across}: ${money(a.totalUsd)} a month (${perMillion(a.blendedPerMillion ?? 0)} blended)`;
}

/**
 * A split set against the whole month on the model the share moved from: "All on GPT-4o: $1,312.50 a month; this split
 * is $616.87 a month less (47% cheaper)."; empty without one.
 */
export function billAgainstLine(a: BillAnswer): string {
  if (a.eachOwn) return eachOwnGap(a);
  const base = a.baseline;
  if (!base) return '';
  if (base.monthlyUsd === null) return `All on ${base.name}: no price for this profile.`;
  const all = `All on ${base.name}: ${money(base.monthlyUsd)} a month`;
  if (a.totalUsd === null) return `${all}.`;
  if (a.totalUsd === base.monthlyUsd) return `${all}; this split costs the same.`;
  const less = a.totalUsd < base.monthlyUsd;
  const gap = money(Math.abs(base.monthlyUsd - a.totalUsd));
  return `${all}; this split is ${gap} a month ${less ? 'less' : 'more'} (${less ? cheaperBy(a.totalUsd, base.monthlyUsd) : `${times(a.totalUsd / base.monthlyUsd)} the cost`}).`;
}

/** The parts priced, cheapest first; null when one cannot be priced. */
function pricedParts(a: BillAnswer): (BillPart & { monthlyUsd: number })[] | null {
  if (a.parts.some((p) => p.monthlyUsd === null)) return null;
  return [...(a.parts as (BillPart & { monthlyUsd: number })[])].sort((x, y) => x.monthlyUsd - y.monthlyUsd);
}

/** "200M tokens on A or 50M on B?": "GPT-5 Mini costs less, each at its own volume". */
function eachOwnHeadline(a: BillAnswer): string {
  const priced = pricedParts(a);
  if (!priced) return `Each at its own volume: ${wordList(a.parts.filter((p) => p.monthlyUsd === null).map((p) => p.model))} cannot be priced this way`;
  const [first, second] = priced;
  if (first && second && first.monthlyUsd === second.monthlyUsd) return `Each at its own volume, ${first.name} and ${second.name} cost the same`;
  return `${first?.name} costs least, each at its own volume`;
}

/** "GPT-5 Mini at 200M tokens a month: $137.50; Claude Sonnet 4.5 at 50M: $300.00. GPT-5 Mini costs $162.50 a month less (54% cheaper)." */
function eachOwnGap(a: BillAnswer): string {
  const priced = pricedParts(a);
  const each = a.parts.map((p) => `${p.name} at ${tokens(p.tokens)} tokens a month: ${p.monthlyUsd === null ? 'no price' : money(p.monthlyUsd)}`).join('; ');
  const [first, second] = priced ?? [];
  if (!first || !second || first.monthlyUsd === second.monthlyUsd) return `${each}.`;
  return `${each}. ${first.name} costs ${money(second.monthlyUsd - first.monthlyUsd)} a month less than ${second.name} (${cheaperBy(first.monthlyUsd, second.monthlyUsd)}).`;
}

/** A part of a split month as named in it: "GPT-4.1 (Batch API)" for the part bought through the Batch API. */
function billPartName(p: BillPart): string {
  return p.batch ? `${p.name} (Batch API)` : p.name;
}

/**
 * A split month's parts as table rows: model, share, tokens, monthly cost, blended price (or why it has none); parts each
 * at its own volume have no share of one month.
 */
export function billRows(a: BillAnswer): string[][] {
  return a.parts.map((p) => [
    billPartName(p),
    ...(a.eachOwn ? [] : [percent(p.share, p.share * 100 === Math.round(p.share * 100) ? 0 : 1)]),
    count(Math.round(p.tokens)),
    p.monthlyUsd === null ? '—' : money(p.monthlyUsd),
    p.blendedPerMillion === null ? (p.refusal ?? '—') : perMillion(p.blendedPerMillion),
  ]);
}

/** The columns of billRows. */
export function billColumns(a: BillAnswer): string[] {
  return a.eachOwn ? ['Model', 'Tokens a month', 'Monthly', 'Blended'] : ['Model', 'Share', 'Tokens a month', 'Monthly', 'Blended'];
}

/** Of a comparison of two, where the cheaper of them changes, in words; undefined when nothing changes it. */
export function crossoverLine(a: Pick<ComparisonAnswer, 'crossover' | 'names' | 'assumptions'>): string | undefined {
  if (!a.crossover) return undefined;
  const words = crossoverWords(a.crossover, { names: a.names, volume: false, breakEven: false, cache: a.assumptions.cachedShare > 0 || a.assumptions.cachedShares !== undefined });
  return words === '' ? undefined : words;
}

/** Where price decides a lane, its strongest model when the picks leave it out, with its place by the rule. */
export function strongestLine(a: Pick<BestAnswer, 'strongest' | 'lane'>): string | undefined {
  const s = a.strongest;
  if (!s) return undefined;
  const scores = s.evidence.map((e) => `${e.name} ${e.text}${e.proxy ? ' (proxy)' : ''}`).join(', ');
  return `Strongest on this lane's benchmarks: ${s.name} (${scores}), ${s.price}, #${s.place} by the rule, since price decides this lane; "best value for ${a.lane}" weighs price and strength together.`;
}
