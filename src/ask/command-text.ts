// A query as the slash command that asks it: what buttons carry and what "did you mean" offers.
import { placeWords } from '../catalog/countries.ts';
import { parseVolume } from '../cost/parse.ts';
import { familiesPhrase, percent, tokens } from '../cost/format.ts';
import { PRICE_BOUNDS, type RankOrder } from '../cost/rank.ts';
import { SPAN_WORDS, spansAsked, spanWords, VOLUME_SPANS } from '../cost/span.ts';
import { DEFAULT_TOP, type Query } from './query.ts';
import type { SplitPart } from './split.ts';
import { dayAfter } from '../digest/window.ts';
import { releaseWindowText } from './released.ts';
import { retireWindowText } from './retiring.ts';
import { priceDayText } from './price-day.ts';
import { rangeWords, type DigestCommand } from '../digest/command.ts';

/** A volume written so it reads back exactly: "50M", else the whole number. */
export function volumeText(n: number): string {
  const short = tokens(n);
  const back = parseVolume(short);
  return back.ok && back.value.tokensPerMonth === n ? short : String(Math.round(n));
}

export function profileText(
  q: Pick<
    Query,
    | 'tokens'
    | 'volumes'
    | 'forCount'
    | 'scaleBy'
    | 'mix'
    | 'cachedShare'
    | 'cachedShares'
    | 'batch'
    | 'batchModels'
    | 'batchShare'
    | 'serviceTier'
    | 'promptTokens'
    | 'people'
    | 'hourly'
    | 'daily'
    | 'weekly'
    | 'yearly'
    | 'term'
    | 'pricedOn'
  >,
): string {
  const parts: string[] = [];
  // First: after a volume, "annually" would make it a year's volume.
  const spans = spansAsked(q);
  for (const s of spans) parts.push(SPAN_WORDS[s].asked);
  // With an hour, a day or a week asked for (or a term of days or weeks), a volume without its period would be read as that span's.
  const dayOrWeek = spans.some((s) => VOLUME_SPANS.includes(s)) || q.term?.unit === 'day' || q.term?.unit === 'week';
  const each = q.forCount && q.tokens !== null ? q.tokens / q.forCount.count : undefined;
  // Words and characters are counted by themselves: "per 1000 words" (each one is not a whole number of tokens).
  const share = q.people && q.tokens !== null ? q.tokens / q.people.count : undefined;
  if (q.people && share !== undefined && Number.isInteger(share) && !q.forCount && !q.volumes)
    parts.push(`for ${q.people.count} ${q.people.who} at ${volumeText(share)} tokens each`);
  else if (q.forCount && /^(?:words?|characters?)$/.test(q.forCount.what)) parts.push(`per ${q.forCount.count} ${q.forCount.what.replace(/s?$/, 's')}`);
  else if (q.forCount && each !== undefined && Number.isInteger(each)) parts.push(`for ${q.forCount.count} ${q.forCount.what} of ${each} tokens`);
  else if (q.volumes) parts.push(`for ${q.volumes.map(volumeText).join(', ')} tokens`);
  else if (q.tokens !== null) parts.push(`for ${volumeText(q.tokens)} tokens${dayOrWeek ? ' a month' : ''}`);
  else if (q.scaleBy !== undefined) parts.push(`at ${Number(q.scaleBy.toPrecision(6))}x the volume`);
  // After the volume's own period: "over 6 months" right after a bare volume would spread it over the term.
  if (q.term) parts.push(`${q.tokens !== null && !dayOrWeek ? 'a month ' : ''}${spanWords(q.term).asked}`);
  // A prompt size before the mix: "mix 4:1 2K-token prompts" would read as one 2K-token prompt.
  if (q.promptTokens !== null) parts.push(`${volumeText(q.promptTokens)}-token prompts`);
  if (q.mix) parts.push(`mix ${q.mix.input}:${q.mix.output}`);
  const cached = (share: number) => `cached ${Number((share * 100).toFixed(4))}%`;
  if (q.cachedShare !== null && q.cachedShare > 0) parts.push(cached(q.cachedShare));
  for (const [id, share] of Object.entries(q.cachedShares ?? {})) if (share > 0) parts.push(`${cached(share)} for ${id}`);
  if (q.batch) parts.push('batch');
  else for (const id of q.batchModels ?? []) parts.push(`batch for ${id}`);
  if (!q.batch && q.batchShare !== undefined) parts.push(`${Number((q.batchShare * 100).toFixed(4))}% batch`);
  if (q.serviceTier !== null && q.serviceTier !== 'standard') parts.push(`${q.serviceTier} tier`);
  if (q.pricedOn) parts.push(`prices ${priceDayText(q.pricedOn)}`);
  return parts.join(' ');
}

/** Orders that rank on a benchmark, named right after the ranking's word. */
const SCORED_ORDERS: readonly RankOrder[] = ['score', 'task', 'value'];

function filtersText(q: Query): string {
  const f = q.filters;
  const parts: string[] = [];
  if (f.need?.length) parts.push(`with ${f.need.join(' ')}`);
  for (const c of f.without ?? []) parts.push(`without ${c}`);
  if (f.excludeProviders?.length) parts.push(`not from ${f.excludeProviders.join(' or ')}`);
  // Several as one phrase ("in the glm, glm-air or glm-flash families"), as a ranking keeps any of them.
  if (f.families?.length) parts.push(`in ${familiesPhrase(f.families)}`);
  if (f.named !== undefined) parts.push(`named ${f.named}`);
  if (f.inputModalities?.length) parts.push(f.inputModalities.map((m) => `${m} input`).join(' '));
  if (f.minContext !== undefined) parts.push(`context ≥ ${volumeText(f.minContext)}`);
  if (f.maxContext !== undefined) parts.push(`context ≤ ${volumeText(f.maxContext)}`);
  if (f.minOutput !== undefined) parts.push(`output ≥ ${volumeText(f.minOutput)}`);
  if (f.maxOutput !== undefined) parts.push(`output ≤ ${volumeText(f.maxOutput)}`);
  if (f.minSpeed !== undefined) parts.push(`speed ≥ ${f.minSpeed} tokens/s`);
  if (f.outputModalities?.length) parts.push(f.outputModalities.map((m) => `${m} output`).join(' '));
  if (f.minKnowledgeCutoff !== undefined) parts.push(`knowledge cutoff since ${f.minKnowledgeCutoff}`);
  if (f.knowledgeCutoffBefore !== undefined) parts.push(`knowledge cutoff before ${f.knowledgeCutoffBefore}`);
  if (f.providers?.length) parts.push(f.providers.map((p) => `from ${p}`).join(' '));
  if (f.madeIn?.length) parts.push(`made in ${placeWords(f.madeIn)}`);
  if (f.notMadeIn?.length) parts.push(`not made in ${placeWords(f.notMadeIn)}`);
  if (f.openWeights !== undefined) parts.push(f.openWeights ? 'open weights' : 'proprietary');
  for (const family of f.excludeFamilies ?? []) parts.push(`excluding ${family}`);
  for (const model of f.excludeModels ?? []) parts.push(`excluding ${model}`);
  for (const bound of PRICE_BOUNDS) {
    const [min, max, side] = [f[bound.min], f[bound.max], bound.side ? ` ${bound.side}` : ''];
    if (min !== undefined && min === max) parts.push(`exactly $${min} per million${side}`);
    else if (min !== undefined && max !== undefined) parts.push(`between $${min} and $${max} per million${side}`);
    else if (max !== undefined) parts.push(`under $${max} per million${side}`);
    else if (min !== undefined) parts.push(`at least $${min} per million${side}`);
  }
  if (f.maxMonthlyUsd !== undefined) parts.push(`under $${f.maxMonthlyUsd} a month`);
  for (const floor of f.benchmarkFloors ?? []) parts.push(`scoring at least ${floor.min} on ${floor.benchmark}`);
  // A leaderboard, value or cost-per-task ranking names its benchmark first; any other keeps the models scored on it.
  if (f.scoredOn !== undefined && !SCORED_ORDERS.includes(q.order)) parts.push(`scored on ${f.scoredOn}`);
  if (f.includeDeprecated) parts.push('including deprecated');
  if (f.free) parts.push('free models');
  if (f.longPromptPriced) parts.push('with a long-prompt price');
  if (f.noPreviews) parts.push('excluding previews');
  if (f.eachProvider) parts.push(f.flagships ? 'flagships' : (f.perProvider ?? 1) > 1 ? `${f.perProvider} per provider` : 'per provider');
  parts.push(hostsText(q));
  if (f.lane) parts.push(`${f.laneTested ? 'tested ' : ''}for ${f.lane}`);
  if (f.like)
    parts.push(
      `${f.likeShare !== undefined ? `at ${percent(f.likeShare, 2)} price ` : f.cheaperThanLike ? 'cheaper ' : f.noDearerThanLike ? 'no dearer ' : ''}instead of ${f.like}`,
    );
  if (f.pricierThan) parts.push(`pricier than ${f.pricierThan}`);
  if (q.placeOf) parts.push(`where ${q.placeOf} ranks${q.placeWithin !== undefined ? ` in the top ${q.placeWithin}` : ''}`);
  if (f.pricedBetween) parts.push(`priced between ${f.pricedBetween[0]} and ${f.pricedBetween[1]}`);
  if (q.retiring) parts.push(retireWindowText(q.retiring));
  if (q.released) parts.push(releaseWindowText(q.released));
  else if (f.released?.from !== undefined) parts.push(`released since ${f.released.from}`);
  else if (f.released) parts.push(releaseWindowText({ before: dayAfter(f.released.to) }));
  parts.push(placesText(q));
  return parts.filter((p) => p !== '').join(' ');
}

/** The hosts models are bought on: "on bedrock or azure". */
function hostsText(q: Query): string {
  return q.filters.hosts?.length ? `on ${q.filters.hosts.join(' or ')}` : '';
}

/** How many rows and from which place, as the command grammar reads them back: "top 10", "ranks 6 to 10". */
function placesText(q: Query): string {
  if (q.skip) return `ranks ${q.skip + 1} to ${q.skip + (q.top ?? DEFAULT_TOP)}`;
  return q.top === null ? '' : `top ${q.top}`;
}

function previewText(d: Extract<DigestCommand, { action: 'preview' }>): string {
  return join(
    '/models digest preview',
    rangeWords(d.range),
    d.providers?.length ? `providers ${d.providers.join(',')}` : '',
    d.direction === 'cut' ? 'cuts' : d.direction === 'increase' ? 'increases' : '',
    d.newModels ? 'new-models' : '',
  );
}

const join = (...parts: string[]) => parts.filter((p) => p !== '').join(' ');

/** An attribute question as a command that reads back as the same question (the benchmark or host included). */
function attributeCommand(q: Query): string {
  const models = q.models.join(' vs ');
  if (q.attribute === 'route') return join('/models is', models, `on ${q.platform ?? ''}?`);
  if (q.attribute === 'free-endpoint' && q.platform !== undefined) return join('/models is', models, `free on ${q.platform}?`);
  if (q.attribute === 'surface') return join('/models is', models, `available in ${(q.platform ?? '').replace(/-/g, ' ')}?`);
  if (q.attribute === 'benchmark') return join('/models', models, `${q.benchmark || 'benchmarks'}?`);
  if (q.attribute === 'price-schedule') return `/models when ${q.models.length > 1 ? `do ${q.models.join(' and ')} prices` : `does ${q.models[0] ?? ''}'s price`} change?`;
  if (q.attribute === 'maker-country') return `/models where ${q.models.length > 1 ? `are ${q.models.join(' and ')}` : `is ${q.models[0] ?? ''}`} made?`;
  // Which is cheaper is asked at a profile (a volume, one request's): the question again, with it.
  if (q.attribute === 'price' && q.models.length >= 2)
    return join(
      '/models which is cheaper,',
      // What a month's budget buys of each ("how many tokens can I get for $100 with a vs b?").
      q.budget === undefined ? q.models.join(' or ') : `${q.models.join(' or ')}, tokens for $${q.budget} a month`,
      profileText(q),
      q.per === 'request' ? 'per request' : '',
    ).replace(/\s*$/, '?');
  const attribute = (q.attribute ?? '').replace(/-/g, ' ');
  // Asked of no model ("which models have the highest rate limits?"): of every model, or of the providers named.
  if (q.models.length === 0) return join('/models', attribute, q.filters.providers ? `of ${q.filters.providers.join(' and ')} models` : '');
  return join('/models', attribute, `${models}?`);
}

/** The `/models` word for each ranking order (also the CLI command for it). */
export const RANKING_COMMANDS: Record<RankOrder, string> = {
  price: 'cheapest',
  priciest: 'priciest',
  newest: 'newest',
  context: 'largest-context',
  output: 'largest-output',
  speed: 'fastest',
  score: 'leaderboard',
  task: 'cheapest-per-task',
  retiring: 'retiring',
  value: 'best-value',
  cutoff: 'newest-knowledge',
};

/** A month's budget the answer is priced at, as the command grammar reads it back ("spending $3000 a month"). */
const spendingText = (q: Query) => (q.budget === undefined ? '' : `spending $${q.budget} a month`);
/** A month's budget the cost is checked against ("within $100 a month"). */
const withinText = (q: Query) => (q.within === undefined ? '' : `within $${q.within} a month`);

/** The lane a comparison, a move or a lane question is for, by its id ("for long-context"). */
const laneText = (q: Query) => (q.lane ? `for ${q.lane}` : '');

/** "80% to gpt-5-mini and 20% to gpt-5", "total of 50M tokens on gpt-5 plus 200M tokens on gpt-5-mini". */
function splitText(split: readonly SplitPart[], eachOwn: boolean): string {
  const part = (p: SplitPart) => ('share' in p ? `${Number((p.share * 100).toFixed(4))}% to ${p.model}` : `${volumeText(p.tokens)} tokens on ${p.model}`);
  if (split.every((p) => 'share' in p)) return split.map(part).join(' and ');
  // "200M tokens on gpt-5-mini or 50M tokens on claude-sonnet-4-5": each at its own volume, set against each other.
  return eachOwn ? split.map(part).join(' or ') : `total of ${split.map(part).join(' plus ')}`;
}

/** "move 50% from gpt-4o to gpt-4o-mini": a share moved off one model, as the question reader takes it back. */
function movedText(split: readonly SplitPart[], from: string | undefined): string | undefined {
  const to = split.find((p) => p.model !== from);
  if (from === undefined || split.length !== 2 || !to || !('share' in to)) return undefined;
  return `move ${Number((to.share * 100).toFixed(4))}% from ${from} to ${to.model}`;
}

export function commandFor(q: Query): string {
  const profile = profileText(q);
  switch (q.intent) {
    case 'compare':
      return join('/compare', q.models.join(' '), profile, hostsText(q), q.per === 'request' ? 'per request' : '', laneText(q));
    case 'cost':
      // A month split across models is asked in words the question reader takes back: "80% to gpt-5-mini and 20% to gpt-5".
      if (q.split?.length) return join('/models', movedText(q.split, q.movedFrom) ?? splitText(q.split, q.eachOwn === true), profile);
      return join(
        '/models cost',
        q.models.join(' '),
        profile,
        hostsText(q),
        spendingText(q),
        withinText(q),
        q.per === 'request' ? `per ${q.perWhat ?? 'request'}` : '',
        q.unit === 'thousand' ? 'per 1k tokens' : '',
      );
    case 'upgrade':
      return join('/models upgrade', q.models.join(' '), profile, hostsText(q), spendingText(q), laneText(q));
    case 'lanes':
      return join('/models lanes', q.models.join(' '), profile, laneText(q));
    case 'model':
      return join('/models model', q.models[0] ?? '');
    case 'cheapest':
      return join(`/models ${RANKING_COMMANDS[q.order]}`, SCORED_ORDERS.includes(q.order) ? (q.filters.scoredOn ?? '') : '', profile, filtersText(q), spendingText(q));
    case 'best':
      // Several lanes' picks, best value among them said after the lanes ("cheap"), as the best command reads it.
      if (q.lanePicks?.length) return join('/models best', q.lanePicks.join(' '), q.order === 'value' ? 'cheap' : '', profile, filtersText(q));
      return join(q.order === 'value' ? '/models best-value' : '/models best', q.lane ?? '', profile, filtersText(q));
    case 'attribute':
      return attributeCommand(q);
    case 'where':
      return join('/models where can I run', q.models.join(' and '));
    case 'digest':
      return q.digest?.action === 'preview' ? previewText(q.digest) : join('/models', q.text);
    case 'settings':
      return join('/models', q.text);
    case 'help':
      // "What is swe-bench pro?" → `/models help benchmarks swe-bench-pro`: the topic narrowed to the one asked.
      return join('/models help', q.topic ?? '', q.topic === 'benchmarks' ? (q.benchmark ?? '') : q.topic === 'lanes' ? (q.lane ?? '') : '');
    default:
      return join('/models', q.text);
  }
}
