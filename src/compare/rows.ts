// Side-by-side rows for 2–4 models. Every row names its winner (or a tie), and a missing figure is
// shown as "not published" / "untested" — rows are never dropped to hide a gap, and never guessed.
import { CAPABILITIES, SURFACES } from '../catalog/schema.ts';
import { quotedPrice } from '../catalog/history.ts';
import type { Catalog, CatalogModel } from '../catalog/validate.ts';
import { priceProfile } from '../cost/price.ts';
import { REFERENCE_VOLUMES, type UsageProfile } from '../cost/profile.ts';
import { count, money, perMillion, tokens } from '../cost/format.ts';

export type Better = 'lower' | 'higher' | 'newer' | 'yes' | 'more';
export type RowGroup = 'price' | 'cost' | 'specs' | 'capabilities' | 'benchmarks' | 'speed' | 'license' | 'routes' | 'surfaces';

export interface Cell {
  /** The raw figure: number, date string, boolean, list; null when the catalog has none. */
  value: number | string | boolean | string[] | null;
  text: string;
}

export interface Row {
  key: string;
  label: string;
  group: RowGroup;
  better: Better | null;
  values: Record<string, Cell>;
  /** The winning model id, "tie" when the best are equal, null when the figures cannot be ranked. */
  winner: string | null;
}

export const SURFACE_LABELS: Record<(typeof SURFACES)[number], string> = {
  'codex-local': 'Codex local tasks',
  'codex-cloud': 'Codex cloud tasks',
  'codex-code-review': 'Codex code reviews',
};

const NOT_PUBLISHED = 'not published';
const UNTESTED = 'untested';

function pickWinner(models: CatalogModel[], values: Record<string, Cell>, better: Better | null): string | null {
  if (better === null) return null;
  const known = models.filter((m) => values[m.id]?.value !== null && values[m.id]?.value !== undefined);
  if (known.length < 2) return null;
  const score = (m: CatalogModel): number => {
    const v = values[m.id]?.value;
    if (better === 'yes') return v === true ? 1 : 0;
    if (better === 'more') return Array.isArray(v) ? v.length : 0;
    if (better === 'newer') return Date.parse(String(v).length === 7 ? `${String(v)}-01` : String(v));
    return better === 'lower' ? -(v as number) : (v as number);
  };
  const best = Math.max(...known.map(score));
  const leaders = known.filter((m) => score(m) === best);
  if (better === 'more') {
    // A longer list only wins if it contains every other list.
    const leader = leaders[0] as CatalogModel;
    const set = new Set(values[leader.id]?.value as string[]);
    const superset = known.every((m) => (values[m.id]?.value as string[]).every((x) => set.has(x)));
    if (!superset) return null;
  }
  return leaders.length === 1 ? (leaders[0] as CatalogModel).id : 'tie';
}

function row(models: CatalogModel[], key: string, label: string, group: RowGroup, better: Better | null, cell: (m: CatalogModel) => Cell): Row {
  const values = Object.fromEntries(models.map((m) => [m.id, cell(m)]));
  return { key, label, group, better, values, winner: pickWinner(models, values, better) };
}

const priceCell = (v: number | undefined): Cell => (v === undefined ? { value: null, text: NOT_PUBLISHED } : { value: v, text: perMillion(v) });
const yesNo = (v: boolean | undefined): Cell => (v === undefined ? { value: null, text: NOT_PUBLISHED } : { value: v, text: v ? 'yes' : 'no' });

export function mixText(profile: UsageProfile): string {
  return `${profile.mix.input}:${profile.mix.output}`;
}

export function comparisonRows(catalog: Catalog, models: CatalogModel[], profile: UsageProfile, asOf: string): Row[] {
  const rows: Row[] = [];
  const price = (m: CatalogModel) => quotedPrice(m, asOf);
  rows.push(row(models, 'price.input', 'Input (per 1M)', 'price', 'lower', (m) => priceCell(price(m).input)));
  rows.push(row(models, 'price.cachedInput', 'Cached input (per 1M)', 'price', 'lower', (m) => priceCell(price(m).cachedInput)));
  rows.push(row(models, 'price.output', 'Output (per 1M)', 'price', 'lower', (m) => priceCell(price(m).output)));
  rows.push(row(models, 'price.batchInput', 'Batch input (per 1M)', 'price', 'lower', (m) => priceCell(price(m).batchInput)));
  rows.push(row(models, 'price.batchOutput', 'Batch output (per 1M)', 'price', 'lower', (m) => priceCell(price(m).batchOutput)));
  rows.push(
    row(models, 'price.blended', `Blended at ${mixText(profile)} (per 1M)`, 'price', 'lower', (m) => {
      const q = priceProfile(m, profile, asOf);
      return q.ok ? { value: q.blendedPerMillion, text: perMillion(q.blendedPerMillion) } : { value: null, text: q.reason };
    }),
  );

  const volumes: number[] = [...REFERENCE_VOLUMES];
  if (!volumes.includes(profile.tokensPerMonth)) volumes.push(profile.tokensPerMonth);
  for (const volume of volumes) {
    const own = volume === profile.tokensPerMonth && !REFERENCE_VOLUMES.includes(volume as (typeof REFERENCE_VOLUMES)[number]);
    rows.push(
      row(models, own ? 'cost.volume' : `cost.${tokens(volume)}`, `Monthly cost at ${tokens(volume)} tokens${own ? ' (yours)' : ''}`, 'cost', 'lower', (m) => {
        const q = priceProfile(m, { ...profile, tokensPerMonth: volume }, asOf);
        return q.ok ? { value: q.monthlyUsd, text: money(q.monthlyUsd) } : { value: null, text: q.reason };
      }),
    );
  }

  rows.push(row(models, 'contextWindow', 'Context window', 'specs', 'higher', (m) => ({ value: m.contextWindow, text: `${count(m.contextWindow)} tokens` })));
  rows.push(
    row(models, 'maxOutput', 'Max output', 'specs', 'higher', (m) =>
      m.maxOutput === undefined ? { value: null, text: NOT_PUBLISHED } : { value: m.maxOutput, text: `${count(m.maxOutput)} tokens` },
    ),
  );
  rows.push(
    row(models, 'knowledgeCutoff', 'Knowledge cutoff', 'specs', 'newer', (m) =>
      m.knowledgeCutoff === undefined ? { value: null, text: NOT_PUBLISHED } : { value: m.knowledgeCutoff, text: m.knowledgeCutoff },
    ),
  );
  rows.push(
    row(models, 'released', 'Released', 'specs', 'newer', (m) => (m.released === undefined ? { value: null, text: NOT_PUBLISHED } : { value: m.released, text: m.released })),
  );
  rows.push(row(models, 'modalities.input', 'Input modalities', 'specs', 'more', (m) => ({ value: m.modalities.input, text: m.modalities.input.join(', ') })));
  rows.push(row(models, 'modalities.output', 'Output modalities', 'specs', 'more', (m) => ({ value: m.modalities.output, text: m.modalities.output.join(', ') })));

  for (const capability of CAPABILITIES) {
    rows.push(row(models, `capability.${capability}`, capability.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()), 'capabilities', 'yes', (m) => yesNo(m.capabilities[capability])));
  }

  const benchmarkIds = [...catalog.benchmarks.keys()].filter((id) => models.some((m) => m.benchmarks.some((b) => b.id === id)));
  for (const id of benchmarkIds) {
    const meta = catalog.benchmarks.get(id);
    const unit = meta?.scale.unit === 'percent' ? '%' : '';
    rows.push(
      row(models, `benchmark.${id}`, meta?.name ?? id, 'benchmarks', meta?.scale.higherIsBetter === false ? 'lower' : 'higher', (m) => {
        const s = m.benchmarks.find((b) => b.id === id);
        return s ? { value: s.score, text: `${s.score}${unit}` } : { value: null, text: UNTESTED };
      }),
    );
  }

  rows.push(
    row(models, 'speed.outputTokensPerSecond', 'Output speed', 'speed', 'higher', (m) =>
      m.speed?.outputTokensPerSecond === undefined ? { value: null, text: UNTESTED } : { value: m.speed.outputTokensPerSecond, text: `${m.speed.outputTokensPerSecond} tokens/s` },
    ),
  );
  rows.push(row(models, 'openWeights', 'Open weights', 'license', 'yes', (m) => yesNo(m.openWeights)));
  rows.push(row(models, 'license', 'License', 'license', null, (m) => ({ value: m.license, text: m.license })));
  rows.push(
    row(models, 'routes', 'Routes', 'routes', 'more', (m) => {
      const platforms = [m.provider, ...new Set(m.routes.map((r) => r.platform))];
      return { value: platforms, text: platforms.join(', ') };
    }),
  );
  for (const surface of SURFACES) {
    if (!models.some((m) => m.surfaces.some((s) => s.id === surface))) continue;
    rows.push(
      row(models, `surface.${surface}`, SURFACE_LABELS[surface], 'surfaces', 'yes', (m) => {
        const s = m.surfaces.find((x) => x.id === surface);
        return s === undefined ? { value: null, text: NOT_PUBLISHED } : { value: s.available, text: s.available ? 'yes' : 'no' };
      }),
    );
  }
  return rows;
}
