// The verdict (2–4 lines, "Choose A if you need …") and the switch friction, both built from the rows.
import type { CatalogModel } from '../catalog/validate.ts';
import { cheaperBy, count, money, points, times } from '../cost/format.ts';
import type { Row } from './rows.ts';

/** Rows a verdict may cite, most decisive first; each says how a win reads. */
const CITABLE: { key: RegExp; says: (row: Row, winner: string, others: string[]) => string }[] = [
  {
    key: /^price\.blended$/,
    says: (row, w, others) => {
      const mine = row.values[w]?.value as number;
      const theirs = Math.min(...others.map((o) => row.values[o]?.value as number).filter((v) => typeof v === 'number'));
      return `the lower cost (${cheaperBy(mine, theirs)} ${row.label.replace(/^Blended /, '').replace(' (per 1M)', '')}: ${row.values[w]?.text} vs ${valuesText(row, others)})`;
    },
  },
  { key: /^benchmark\./, says: (row, w, others) => `higher ${row.label} (${row.values[w]?.text} vs ${valuesText(row, others)})` },
  { key: /^surface\./, says: (row) => row.label },
  { key: /^contextWindow$/, says: (row, w, others) => `the larger context (${count(row.values[w]?.value as number)} vs ${others.map((o) => count(row.values[o]?.value as number)).join(' / ')} tokens)` },
  { key: /^speed\./, says: (row, w, others) => `faster output (${row.values[w]?.text} vs ${valuesText(row, others)})` },
  { key: /^capability\./, says: (row) => row.label.toLowerCase() },
  { key: /^maxOutput$/, says: (row, w, others) => `longer outputs (${row.values[w]?.text} vs ${valuesText(row, others)})` },
  { key: /^knowledgeCutoff$/, says: (row, w, others) => `newer knowledge (cutoff ${row.values[w]?.text} vs ${valuesText(row, others)})` },
  { key: /^openWeights$/, says: () => 'open weights' },
  { key: /^price\.batchInput$/, says: () => 'a published batch price' },
];

function valuesText(row: Row, ids: string[]): string {
  return ids.map((id) => row.values[id]?.text ?? '').join(' / ');
}

/** A capability row only counts as a strength when the others say "no" (not "not published"). */
function citable(row: Row, winner: string, models: CatalogModel[]): boolean {
  if (row.winner !== winner) return false;
  if (row.key.startsWith('capability.') || row.key.startsWith('surface.') || row.key === 'openWeights') {
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
        if (rule.key.test(row.key) && citable(row, model.id, models)) {
          const text = rule.says(row, model.id, others);
          if (!strengths.includes(text)) strengths.push(text);
        }
      }
      if (strengths.length >= 3) break;
    }
    const shown = strengths.slice(0, 3);
    if (shown.length === 0) {
      lines.push(`${model.name} leads on no row at this profile.`);
    } else {
      const list = shown.length === 1 ? shown[0] : `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
      lines.push(`Choose ${model.name} if you need ${list}.`);
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

export function switchFriction(from: CatalogModel, to: CatalogModel, rows: Row[]): SwitchFriction {
  const capRows = rows.filter((r) => r.key.startsWith('capability.'));
  const name = (r: Row) => r.key.slice('capability.'.length);
  const capabilitiesLost = capRows.filter((r) => r.values[from.id]?.value === true && r.values[to.id]?.value === false).map(name);
  const capabilitiesGained = capRows.filter((r) => r.values[to.id]?.value === true && r.values[from.id]?.value === false).map(name);
  const capabilitiesUnknown = capRows
    .filter((r) => (r.values[from.id]?.value === true && r.values[to.id]?.value === null) || (r.values[to.id]?.value === true && r.values[from.id]?.value === null))
    .map(name);
  const platforms = (m: CatalogModel) => new Set([...m.routes.map((r) => r.platform)]);
  const fromRoutes = platforms(from);
  const toRoutes = platforms(to);
  const routesLost = [...fromRoutes].filter((p) => !toRoutes.has(p));
  const routesGained = [...toRoutes].filter((p) => !fromRoutes.has(p));
  const available = (m: CatalogModel) => new Set(m.surfaces.filter((s) => s.available).map((s) => s.id));
  const fromSurfaces = available(from);
  const toSurfaces = available(to);
  const surfacesLost = [...fromSurfaces].filter((s) => !toSurfaces.has(s));
  const surfacesGained = [...toSurfaces].filter((s) => !fromSurfaces.has(s));
  const modalitiesLost = from.modalities.input.filter((x) => !to.modalities.input.includes(x));
  const modalitiesGained = to.modalities.input.filter((x) => !from.modalities.input.includes(x));
  const costRow = rows.find((r) => r.key === 'cost.volume') ?? rows.filter((r) => r.group === 'cost').at(-1);
  const monthlyFrom = typeof costRow?.values[from.id]?.value === 'number' ? (costRow.values[from.id]?.value as number) : null;
  const monthlyTo = typeof costRow?.values[to.id]?.value === 'number' ? (costRow.values[to.id]?.value as number) : null;
  const costMultiplier = monthlyFrom !== null && monthlyTo !== null && monthlyFrom > 0 ? monthlyTo / monthlyFrom : null;

  const summary: string[] = [];
  if (costMultiplier !== null && monthlyFrom !== null && monthlyTo !== null) {
    const volume = costRow?.label.replace(/^Monthly cost at /, '').replace(' (yours)', '') ?? '';
    summary.push(
      costMultiplier >= 1
        ? `Cost: ${times(costMultiplier)} the monthly bill at ${volume} (${money(monthlyFrom)} → ${money(monthlyTo)}).`
        : `Cost: ${cheaperBy(monthlyTo, monthlyFrom)} at ${volume} (${money(monthlyFrom)} → ${money(monthlyTo)}).`,
    );
  } else {
    summary.push('Cost: no comparable price for this profile.');
  }
  const delta = to.contextWindow - from.contextWindow;
  if (delta !== 0) summary.push(`Context: ${delta > 0 ? 'gains' : 'loses'} ${count(Math.abs(delta))} tokens (${count(from.contextWindow)} → ${count(to.contextWindow)}).`);
  if (capabilitiesLost.length > 0) summary.push(`Loses: ${capabilitiesLost.join(', ')} — check replacement coverage before moving traffic.`);
  if (capabilitiesGained.length > 0) summary.push(`Gains: ${capabilitiesGained.join(', ')}.`);
  if (capabilitiesUnknown.length > 0) summary.push(`Not published for one side: ${capabilitiesUnknown.join(', ')}.`);
  if (modalitiesLost.length > 0) summary.push(`Input modalities lost: ${modalitiesLost.join(', ')}.`);
  if (modalitiesGained.length > 0) summary.push(`Input modalities gained: ${modalitiesGained.join(', ')}.`);
  if (surfacesLost.length > 0) summary.push(`Surfaces lost: ${surfacesLost.join(', ')}.`);
  if (surfacesGained.length > 0) summary.push(`Surfaces gained: ${surfacesGained.join(', ')}.`);
  if (routesLost.length > 0) summary.push(`Routes lost: ${routesLost.join(', ')}.`);
  if (routesGained.length > 0) summary.push(`Routes gained: ${routesGained.join(', ')}.`);
  const shared = [...fromRoutes].filter((p) => toRoutes.has(p));
  if (from.provider !== to.provider && shared.length > 0) summary.push(`Both are sold on ${shared.join(', ')}: A/B test the switch there.`);
  if (to.status === 'deprecated') summary.push(`${to.id} is deprecated${to.retires ? ` and retires ${to.retires}` : ''}.`);
  for (const row of rows.filter((r) => r.group === 'benchmarks')) {
    const a = row.values[from.id]?.value;
    const b = row.values[to.id]?.value;
    if (typeof a === 'number' && typeof b === 'number' && a !== b) {
      summary.push(`${row.label}: ${row.values[from.id]?.text} → ${row.values[to.id]?.text} (${row.values[from.id]?.text.endsWith('%') ? points(b - a) : `${b > a ? '+' : '−'}${Math.abs(Number((b - a).toFixed(1)))}`}).`);
    }
  }
  return {
    from: from.id,
    to: to.id,
    capabilitiesLost,
    capabilitiesGained,
    capabilitiesUnknown,
    contextChange: delta,
    maxOutputChange: from.maxOutput !== undefined && to.maxOutput !== undefined ? to.maxOutput - from.maxOutput : null,
    modalitiesLost,
    modalitiesGained,
    routesLost,
    routesGained,
    surfacesLost,
    surfacesGained,
    costMultiplier,
    monthlyFrom,
    monthlyTo,
    summary,
  };
}
