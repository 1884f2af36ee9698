// The verdict (2–4 lines, "Choose A if you need …") and the switch friction, both built from the rows.
import { lifecycleNote } from '../catalog/lifecycle.ts';
import type { CatalogModel } from '../catalog/validate.ts';
import { cheaperBy, count, wordList, money, points, requestMoney, times, tokens } from '../cost/format.ts';
import type { Mix } from '../cost/profile.ts';
import { spanWords, type Stretch } from '../cost/span.ts';
import { mixText, volumeWords, type Cell, type Row } from './rows.ts';

/** Rows a verdict may cite, most decisive first; each says how a win reads. */
const CITABLE: { cites: (row: Row) => boolean; says: (row: Row, winner: string, others: string[]) => string }[] = [
  {
    cites: (row) => row.mix !== undefined,
    says: (row, w, others) => {
      const mine = row.values[w]?.value as number;
      // Models tied with this one for the lowest cost are said as such; the share is against the next cheapest.
      const tied = others.filter((o) => row.sharedBy?.includes(o));
      const priced = others.filter((o) => !tied.includes(o) && typeof row.values[o]?.value === 'number');
      const theirs = Math.min(...priced.map((o) => row.values[o]?.value as number));
      // Among three or more, the share is against the next cheapest, named.
      const next = priced.length > 1 || tied.length > 0 ? ` than ${priced.find((o) => row.values[o]?.value === theirs)}` : '';
      const tie = tied.length > 0 ? `, tied with ${wordList(tied)}` : '';
      return `the lower cost (${cheaperBy(mine, theirs)}${next} at ${mixText(row.mix as Mix)}${tie}: ${row.values[w]?.text} vs ${valuesText(row, others)})`;
    },
  },
  {
    cites: (row) => row.group === 'benchmarks',
    // The score alone: the run's details ("(high, diff edit format)") are the table's, not a sentence's.
    says: (row, w, others) => `higher ${row.label} (${scoreOnly(row.values[w]?.text ?? '')} vs ${named(others, (o) => scoreOnly(row.values[o]?.text ?? ''))})`,
  },
  { cites: (row) => row.group === 'surfaces', says: (row) => row.label },
  {
    cites: (row) => row.key === 'contextWindow',
    says: (row, w, others) => `the larger context (${count(row.values[w]?.value as number)} vs ${named(others, (o) => count(row.values[o]?.value as number))} tokens)`,
  },
  { cites: (row) => row.group === 'speed', says: (row, w, others) => `faster output (${row.values[w]?.text} vs ${valuesText(row, others)})` },
  { cites: (row) => row.capability !== undefined, says: (row) => row.label.toLowerCase() },
  { cites: (row) => row.key === 'maxOutput', says: (row, w, others) => `longer outputs (${row.values[w]?.text} vs ${valuesText(row, others)})` },
  { cites: (row) => row.key === 'knowledgeCutoff', says: (row, w, others) => `newer knowledge (cutoff ${row.values[w]?.text} vs ${valuesText(row, others)})` },
  { cites: (row) => row.key === 'openWeights', says: () => 'open weights' },
  { cites: (row) => row.key === 'price.batchInput', says: () => 'a published batch price' },
];

/** A score cell without the run's details in brackets: "88% (high, diff edit format)" → "88%". */
const scoreOnly = (text: string) => text.replace(/\s*\([^()]*\)$/, '');

/** The others' figures; among three or more, each with whose it is ("$2.00/1M (claude-haiku-4-5) / $0.85/1M (gemini-2.5-flash)"). */
function named(ids: string[], text: (id: string) => string): string {
  return ids.map((id) => (ids.length > 1 ? `${text(id)} (${id})` : text(id))).join(' / ');
}

function valuesText(row: Row, ids: string[]): string {
  return named(ids, (id) => row.values[id]?.text ?? '');
}

/** A benchmark lead smaller than this share of the leader's score is noise, not a reason to choose ("26.5 vs 26.4"). */
export const BENCHMARK_LEAD = 0.02;

/** Whether the winner's score leads every other published score by at least BENCHMARK_LEAD of it. */
function clearLead(row: Row, winner: string): boolean {
  const mine = row.values[winner]?.value;
  if (typeof mine !== 'number') return false;
  const others = Object.entries(row.values)
    .filter(([id, cell]) => id !== winner && typeof cell?.value === 'number')
    .map(([, cell]) => cell?.value as number);
  const lead = (theirs: number) => (row.better === 'lower' ? theirs - mine : mine - theirs);
  return others.every((theirs) => lead(theirs) >= BENCHMARK_LEAD * Math.abs(mine));
}

/** A capability row only counts as a strength when the others say "no" (not "not published"). */
function citable(row: Row, winner: string, models: CatalogModel[]): boolean {
  // A cost shared with another model is still a reason to choose either over the rest.
  if (row.mix !== undefined && row.sharedBy?.includes(winner)) return true;
  if (row.winner !== winner) return false;
  if (row.group === 'benchmarks') return clearLead(row, winner);
  if (row.capability !== undefined || row.group === 'surfaces' || row.key === 'openWeights') {
    return models.every((m) => m.id === winner || row.values[m.id]?.value === false);
  }
  if (row.key === 'price.batchInput') return models.every((m) => m.id === winner || row.values[m.id]?.value === null);
  return true;
}

export function buildVerdict(models: CatalogModel[], rows: Row[]): string[] {
  const lines: string[] = [];
  for (const model of models) {
    const others = models.filter((m) => m.id !== model.id).map((m) => m.id);
    const strengths: string[] = [];
    for (const rule of CITABLE) {
      for (const row of rows) {
        if (rule.cites(row) && citable(row, model.id, models)) {
          const text = rule.says(row, model.id, others);
          if (!strengths.includes(text)) strengths.push(text);
        }
      }
      if (strengths.length >= 3) break;
    }
    const shown = strengths.slice(0, 3);
    if (shown.length === 0) {
      lines.push(`No figure in this comparison favours ${model.name} at this volume and mix.`);
    } else {
      lines.push(`Choose ${model.name} if you need ${wordList(shown)}.`);
    }
  }
  return lines.slice(0, 4);
}

export interface SwitchFriction {
  from: string;
  to: string;
  capabilitiesLost: string[];
  capabilitiesGained: string[];
  /** Capabilities published for one side only. */
  capabilitiesUnknown: string[];
  contextChange: number;
  maxOutputChange: number | null;
  modalitiesLost: string[];
  modalitiesGained: string[];
  routesLost: string[];
  routesGained: string[];
  surfacesLost: string[];
  surfacesGained: string[];
  /** Monthly cost of `to` divided by `from` at the user's volume; null when either has no price for the profile. */
  costMultiplier: number | null;
  monthlyFrom: number | null;
  monthlyTo: number | null;
  summary: string[];
}

/** What the second list has that the first lacks (gained), and the reverse (lost). */
function difference<T>(from: Iterable<T>, to: Iterable<T>): { lost: T[]; gained: T[] } {
  const before = new Set(from);
  const after = new Set(to);
  return { lost: [...before].filter((x) => !after.has(x)), gained: [...after].filter((x) => !before.has(x)) };
}

function capabilityChanges(from: CatalogModel, to: CatalogModel, rows: Row[]): { lost: string[]; gained: string[]; unknown: string[] } {
  const capabilities = rows.filter((r) => r.capability !== undefined);
  const names = (test: (a: Cell['value'] | undefined, b: Cell['value'] | undefined) => boolean) =>
    capabilities.filter((r) => test(r.values[from.id]?.value, r.values[to.id]?.value)).map((r) => r.capability as string);
  return {
    lost: names((a, b) => a === true && b === false),
    gained: names((a, b) => b === true && a === false),
    unknown: names((a, b) => (a === true && b === null) || (b === true && a === null)),
  };
}

/** The monthly cost of each side at the user's volume, read from the cost row for it. */
function monthlyCosts(from: CatalogModel, to: CatalogModel, rows: Row[]): { volume: NonNullable<Row['volume']>; from: number | null; to: number | null } | undefined {
  const row = rows.find((r) => r.volume?.yours);
  if (!row?.volume) return undefined;
  const usd = (id: string) => (typeof row.values[id]?.value === 'number' ? (row.values[id]?.value as number) : null);
  return { volume: row.volume, from: usd(from.id), to: usd(to.id) };
}

/** Each span's cost of each side (an hour, a day, a week, a year), from the comparison's rows for the spans asked for. */
function spanCosts(from: CatalogModel, to: CatalogModel, rows: Row[]): { per: Stretch; from: number; to: number }[] {
  return rows.flatMap((row) => {
    const [a, b] = [row.values[from.id]?.value, row.values[to.id]?.value];
    return row.span && typeof a === 'number' && typeof b === 'number' ? [{ per: row.span.per, from: a, to: b }] : [];
  });
}

function costLine(cost: ReturnType<typeof monthlyCosts>, multiplier: number | null, spans: ReturnType<typeof spanCosts>): string {
  if (!cost || cost.from === null || cost.to === null || multiplier === null) return 'Cost: no comparable price for this profile.';
  // One request's cost, or that of things counted ("per 1000 words"), is no monthly bill.
  const { volume } = cost;
  const perRequest = volume.per === 'request';
  const bill = perRequest ? 'cost' : 'monthly bill';
  const change = cost.to === cost.from ? `the same ${bill}` : multiplier >= 1 ? `${times(multiplier)} the ${bill}` : cheaperBy(cost.to, cost.from);
  const others = spans.map(
    (s) => `; ${spanWords(s.per).per}: ${money(s.from)} → ${money(s.to)}${s.to === s.from ? '' : `, ${money(Math.abs(s.to - s.from))} ${s.to < s.from ? 'saved' : 'more'}`}`,
  );
  // What the move saves or adds each month, in dollars: what "how much would we save?" asks.
  const month = others.length > 0 ? ' a month' : '';
  const amount = perRequest ? requestMoney : money;
  const each = perRequest ? (volume.count === undefined ? ` a ${volume.what ?? 'request'}` : '') : month ? '' : ' a month';
  const difference = cost.to === cost.from ? '' : `, ${amount(Math.abs(cost.to - cost.from))}${each} ${cost.to < cost.from ? 'saved' : 'more'}`;
  const at = perRequest ? volumeWords(volume) : `at ${tokens(volume.tokens)} tokens`;
  return `Cost: ${change} ${at} (${amount(cost.from)} → ${amount(cost.to)}${month}${difference}${others.join('')}).`;
}

/** The move's month at each other volume asked ("at 10M and 50M tokens"): "At 50M tokens: $218.75 → $171.88, $46.88 a month saved." */
function askedVolumeLines(from: CatalogModel, to: CatalogModel, rows: Row[]): string[] {
  return rows.flatMap((row) => {
    const [a, b] = [row.values[from.id]?.value, row.values[to.id]?.value];
    if (!row.volume?.asked || row.volume.yours || typeof a !== 'number' || typeof b !== 'number') return [];
    const difference = a === b ? '' : `, ${money(Math.abs(b - a))} a month ${b < a ? 'saved' : 'more'}`;
    return [`At ${tokens(row.volume.tokens)} tokens: ${money(a)} → ${money(b)}${difference}.`];
  });
}

/** How each benchmark both sides have a score on moves: "SWE-bench Pro: 41% → 56.8% (+15.8 pp)." */
function benchmarkLines(from: CatalogModel, to: CatalogModel, rows: Row[]): string[] {
  const lines: string[] = [];
  for (const row of rows.filter((r) => r.group === 'benchmarks')) {
    const a = row.values[from.id];
    const b = row.values[to.id];
    if (typeof a?.value !== 'number' || typeof b?.value !== 'number' || a.value === b.value) continue;
    const diff = b.value - a.value;
    const change = a.text.endsWith('%') ? points(diff) : `${diff > 0 ? '+' : '−'}${Math.abs(Number(diff.toFixed(1)))}`;
    lines.push(`${row.label}: ${a.text} → ${b.text} (${change}).`);
  }
  return lines;
}

function summary(from: CatalogModel, to: CatalogModel, rows: Row[], f: Omit<SwitchFriction, 'summary'>, asOf: string): string[] {
  const lines = [costLine(monthlyCosts(from, to, rows), f.costMultiplier, spanCosts(from, to, rows)), ...askedVolumeLines(from, to, rows)];
  const delta = f.contextChange;
  if (delta !== 0) lines.push(`Context: ${delta > 0 ? 'gains' : 'loses'} ${count(Math.abs(delta))} tokens (${count(from.contextWindow)} → ${count(to.contextWindow)}).`);
  const listed: [string[], (items: string) => string][] = [
    [f.capabilitiesLost, (x) => `Loses: ${x} — check replacement coverage before moving traffic.`],
    [f.capabilitiesGained, (x) => `Gains: ${x}.`],
    [f.capabilitiesUnknown, (x) => `Not published for one side: ${x}.`],
    [f.modalitiesLost, (x) => `Input modalities lost: ${x}.`],
    [f.modalitiesGained, (x) => `Input modalities gained: ${x}.`],
    [f.surfacesLost, (x) => `Surfaces lost: ${x}.`],
    [f.surfacesGained, (x) => `Surfaces gained: ${x}.`],
    [f.routesLost, (x) => `Routes lost: ${x}.`],
    [f.routesGained, (x) => `Routes gained: ${x}.`],
  ];
  for (const [items, line] of listed) if (items.length > 0) lines.push(line(items.join(', ')));
  const shared = [...new Set(from.routes.map((r) => r.platform))].filter((p) => to.routes.some((r) => r.platform === p));
  if (from.provider !== to.provider && shared.length > 0) lines.push(`Both are sold on ${shared.join(', ')}: A/B test the switch there.`);
  const lifecycle = lifecycleNote(to, asOf);
  if (lifecycle) lines.push(`${lifecycle}.`);
  return [...lines, ...benchmarkLines(from, to, rows)];
}

export function switchFriction(from: CatalogModel, to: CatalogModel, rows: Row[], asOf: string): SwitchFriction {
  const capabilities = capabilityChanges(from, to, rows);
  const routes = difference(
    from.routes.map((r) => r.platform),
    to.routes.map((r) => r.platform),
  );
  const available = (m: CatalogModel) => m.surfaces.filter((s) => s.available).map((s) => s.id as string);
  const surfaces = difference(available(from), available(to));
  const modalities = difference(from.modalities.input, to.modalities.input);
  const cost = monthlyCosts(from, to, rows);
  const monthlyFrom = cost?.from ?? null;
  const monthlyTo = cost?.to ?? null;
  const friction: Omit<SwitchFriction, 'summary'> = {
    from: from.id,
    to: to.id,
    capabilitiesLost: capabilities.lost,
    capabilitiesGained: capabilities.gained,
    capabilitiesUnknown: capabilities.unknown,
    contextChange: to.contextWindow - from.contextWindow,
    maxOutputChange: from.maxOutput !== undefined && to.maxOutput !== undefined ? to.maxOutput - from.maxOutput : null,
    modalitiesLost: modalities.lost,
    modalitiesGained: modalities.gained,
    routesLost: routes.lost,
    routesGained: routes.gained,
    surfacesLost: surfaces.lost,
    surfacesGained: surfaces.gained,
    costMultiplier: monthlyFrom !== null && monthlyTo !== null && monthlyFrom > 0 ? monthlyTo / monthlyFrom : null,
    monthlyFrom,
    monthlyTo,
  };
  return { ...friction, summary: summary(from, to, rows, friction, asOf) };
}
