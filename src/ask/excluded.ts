// A list of what a ranking leaves out that names models, or mixes makers with families: "except llama and gpt-5",
// "other than gpt-5 and o3", "excluding qwen, mistral or llama". A list of makers alone ("not from openai or google")
// is the profile's to read, and one of families alone ("except gemma and llama") is readExcludedFamilies'.
import type { Catalog } from '../catalog/validate.ts';
import type { RankFilters } from '../cost/rank.ts';
import { LEAVING_OUT, providersNamedBy } from './extract.ts';
import { capabilityWordsOf, familiesLeftOut } from './families.ts';
import { exactId, hasPlaceholder, PLACEHOLDER_SOURCE, placeholderId } from './names.ts';

export interface LeftOut {
  providers: string[];
  families: string[];
  /** Catalog ids. */
  models: string[];
  /** Models named in the question and left out again ("compare A, B and C without B"): taken out of those named (catalog ids). */
  again: string[];
  /** The text with the lists read blanked, up to the last item read. */
  rest: string;
}

const ITEM = String.raw`(?:${PLACEHOLDER_SOURCE}|[a-z][\w.-]*[a-z0-9])`;
const SEPARATOR = String.raw`(?:\s*,\s*(?:(?:or|and|nor)\s+)?|\s+(?:or|and|nor)\s+|\s*\/\s*)`;
const LIST = new RegExp(String.raw`\b(?:${LEAVING_OUT}|not(?:\s+(?:in|from|by))?)\s+(?:the\s+|any\s+)?(${ITEM}(?:${SEPARATOR}${ITEM})*)`, 'gi');
const SEPARATOR_SPLIT = new RegExp(`(${SEPARATOR})`, 'i');
const PLACEHOLDERS = new RegExp(PLACEHOLDER_SOURCE, 'g');

type Item = { providers: string[] } | { families: string[] } | { model: string };

/**
 * Reads each list that leaves out a model, or a maker beside a family no maker's word names, from `text` (`exact`: the
 * ids behind maskModelNames' placeholders). A list is read from its first item to the last that names something; an
 * item that names nothing (or a capability, "without vision") ends it and stays to be read.
 */
export function readLeftOut(catalog: Catalog, text: string, exact: readonly string[] = []): LeftOut {
  const out: LeftOut = { providers: [], families: [], models: [], again: [], rest: text };
  if (!LIST.test(text)) return out;
  LIST.lastIndex = 0;
  const capabilities = capabilityWordsOf(catalog);
  const itemOf = (typed: string): Item | undefined => {
    const model = placeholderId(typed, exact) ?? exactId(catalog, typed);
    if (model !== undefined) return { model };
    const providers = providersNamedBy(typed, catalog.providers);
    if (providers.length > 0) return { providers };
    if (capabilities.has(typed.toLowerCase())) return undefined;
    const families = familiesLeftOut(catalog, typed);
    return families.length > 0 ? { families } : undefined;
  };
  out.rest = text.replace(LIST, (phrase: string, list: string, at: number) => {
    const parts = list.split(SEPARATOR_SPLIT);
    const items: Item[] = [];
    for (let i = 0; i < parts.length; i += 2) {
      const item = itemOf(parts[i] as string);
      if (!item) break;
      items.push(item);
    }
    const names = items.some((item) => 'model' in item);
    const mixes = items.some((item) => 'providers' in item) && items.some((item) => 'families' in item);
    if (!names && !mixes) return phrase;
    const end = phrase.indexOf(list) + parts.slice(0, 2 * items.length - 1).join('').length;
    const elsewhere = `${text.slice(0, at)} ${text.slice(at + phrase.length)}`;
    if (names && hasPlaceholder(elsewhere)) {
      // "Compare gpt-5, o3 and sonnet 4.5 without o3": models named and left out again are taken out of those named.
      const named = new Set([...elsewhere.matchAll(PLACEHOLDERS)].map((m) => placeholderId(m[0], exact)));
      const again = items.flatMap((item) => ('model' in item && named.has(item.model) ? [item.model] : []));
      // Otherwise another model is set against them ("use gemini 2.5 pro rather than gpt-5"), not ranked.
      if (again.length !== items.length) return phrase;
      out.again.push(...again);
      return ' '.repeat(end) + phrase.slice(end);
    }
    for (const item of items) {
      if ('model' in item) out.models.push(item.model);
      else if ('providers' in item) out.providers.push(...item.providers);
      else out.families.push(...item.families);
    }
    return ' '.repeat(end) + phrase.slice(end);
  });
  out.providers = [...new Set(out.providers)];
  out.families = [...new Set(out.families)];
  out.models = [...new Set(out.models)];
  out.again = [...new Set(out.again)];
  return out;
}

/** What the lists left out, joined to what `filters` already leave out. */
export function leaveOut(filters: RankFilters, leftOut: Pick<LeftOut, 'providers' | 'families' | 'models'>): void {
  const join = (read: string[] | undefined, more: string[]) => [...new Set([...(read ?? []), ...more])];
  if (leftOut.providers.length > 0) filters.excludeProviders = join(filters.excludeProviders, leftOut.providers);
  if (leftOut.families.length > 0) filters.excludeFamilies = join(filters.excludeFamilies, leftOut.families);
  if (leftOut.models.length > 0) filters.excludeModels = join(filters.excludeModels, leftOut.models);
}
