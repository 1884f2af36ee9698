// Whether a model can take a kind of work at all: the surfaces, capabilities, input modalities and
// context a lane needs, checked against the model's published facts.
import type { Lane } from './lanes-schema.ts';
import type { CatalogModel } from './validate.ts';

/** Why a model cannot take a lane, or undefined if it meets every need. */
export function unmetNeed(lane: Lane, model: CatalogModel): string | undefined {
  for (const surface of lane.needs.surfaces) {
    const s = model.surfaces.find((x) => x.id === surface);
    if (!s) return `no published ${surface} availability`;
    if (!s.available) return `not available for ${surface.replace('codex-', 'Codex ').replace('-', ' ')}`;
  }
  for (const capability of lane.needs.capabilities) {
    const has = model.capabilities[capability];
    if (has === false) return `no ${capability}`;
    if (has === undefined) return `${capability} not published`;
  }
  for (const modality of lane.needs.inputModalities) {
    if (!model.modalities.input.includes(modality)) return `no ${modality} input`;
  }
  if (lane.needs.minContext !== undefined && model.contextWindow < lane.needs.minContext) {
    return `context ${model.contextWindow.toLocaleString('en-US')} < ${lane.needs.minContext.toLocaleString('en-US')} tokens`;
  }
  return undefined;
}
