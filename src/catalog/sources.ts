// The sources an answer cites: each distinct (url, via, checked) once, with what it supports.
import { quotedPrice } from './history.ts';
import type { Source } from './schema.ts';
import type { Catalog, CatalogModel } from './validate.ts';

export interface SourceRef {
  what: string;
  url: string;
  via: string | null;
  checked: string;
}

export function collectSources(figures: { what: string; source: Source; checked: string }[]): SourceRef[] {
  const merged = new Map<string, { ref: Omit<SourceRef, 'what'>; what: Set<string> }>();
  for (const f of figures) {
    const key = `${f.source.url}|${f.source.via ?? ''}|${f.checked}`;
    const seen = merged.get(key);
    if (seen) seen.what.add(f.what);
    else merged.set(key, { ref: { url: f.source.url, via: f.source.via ?? null, checked: f.checked }, what: new Set([f.what]) });
  }
  return [...merged.values()].map(({ ref, what }) => ({ what: [...what].join('; '), ...ref })).sort((a, b) => b.checked.localeCompare(a.checked) || a.url.localeCompare(b.url));
}

/** Where a model's prices in force on `asOf` come from. */
export function priceFigure(model: CatalogModel, asOf: string) {
  const p = quotedPrice(model, asOf);
  return { what: `${model.id} prices`, source: p.source, checked: p.checked };
}

/** Where a model's specs (context, output limit, dates, capabilities, license, modalities) come from. */
export function specFigure(model: CatalogModel) {
  return { what: `${model.id} specs`, source: model.specSource, checked: model.specChecked };
}

/** Where a model's measured speed comes from, when the catalog has one. */
export function speedFigures(model: CatalogModel) {
  return model.speed ? [{ what: `${model.id} speed`, source: model.speed.source, checked: model.speed.checked }] : [];
}

/** Where a model's maker says it is headquartered, when the catalog records it. */
export function makerFigures(catalog: Catalog, model: CatalogModel) {
  const maker = catalog.providers.find((p) => p.id === model.provider);
  return maker?.country ? [{ what: `${maker.name} headquarters`, source: maker.country.source, checked: maker.country.checked }] : [];
}
