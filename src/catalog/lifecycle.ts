// A model's lifecycle on a date: a model past its retirement date is retired, whatever status the file gives.
import type { CatalogModel } from './validate.ts';

export const LIFECYCLE = ['active', 'preview', 'deprecated', 'retired'] as const;
export type Lifecycle = (typeof LIFECYCLE)[number];

/** The model's status on `asOf` (YYYY-MM-DD): `retired` from its retirement date on. */
export function statusOn(model: Pick<CatalogModel, 'status' | 'retires'>, asOf: string): Lifecycle {
  if (model.retires !== undefined && model.retires <= asOf) return 'retired';
  return model.status;
}

/** Whether the model is no longer served on `asOf`: never a candidate in a ranking, still answerable by name. */
export function isRetired(model: Pick<CatalogModel, 'status' | 'retires'>, asOf: string): boolean {
  return statusOn(model, asOf) === 'retired';
}

/** How a model's lifecycle is said on `asOf`, in the right tense; undefined for a model in service. */
export function lifecycleNote(model: Pick<CatalogModel, 'id' | 'status' | 'retires'>, asOf: string): string | undefined {
  const status = statusOn(model, asOf);
  if (status === 'retired') return `${model.id} retired${model.retires ? ` on ${model.retires}` : ''}`;
  if (status === 'deprecated') return `${model.id} is deprecated${model.retires ? ` and retires ${model.retires}` : ''}`;
  return undefined;
}
