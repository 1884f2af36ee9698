// How observations and changes name a price: a price field of the entry in force ("cachedInput"), a long-context
// tier's field, named by the tier's threshold ("tier>200000.input" = the input price once the prompt crosses
// 200,000 tokens), or a route's own price ("route[openrouter:x-ai/grok-4.5].cachedInput"). And how each is said.
import { LongContextTier, PRICE_FIELD_LABELS, priceFieldsOf, Route, type PriceField } from '../catalog/schema.ts';

/** Fields a long-context tier can carry. */
const TIER_FIELDS = priceFieldsOf(LongContextTier);
export type TierField = (typeof TIER_FIELDS)[number];

/** Fields a route can carry its own price for. */
export const ROUTE_FIELDS = priceFieldsOf(Route);
export type RouteField = (typeof ROUTE_FIELDS)[number];

export type FieldName = PriceField | `tier>${number}.${TierField}` | `route[${string}].${RouteField}`;

export function tierField(above: number, field: TierField): FieldName {
  return `tier>${above}.${field}`;
}

/**
 * A route's own price: "route[openrouter:x-ai/grok-4.5].cachedInput" is what OpenRouter charges for cached input on
 * its x-ai/grok-4.5 route, where the catalog records a route price that differs from the provider's.
 */
export function routeField(platform: string, id: string, field: RouteField): FieldName {
  return `route[${platform}:${id}].${field}`;
}

const isOneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T => (list as readonly string[]).includes(value ?? '');
export const isTierField = (field: string | undefined): field is TierField => isOneOf(TIER_FIELDS, field);

export function parseRouteField(field: string): { platform: string; id: string; field: RouteField } | undefined {
  const m = /^route\[([a-z]+):(.+)\]\.(\w+)$/.exec(field);
  if (!m || !isOneOf(ROUTE_FIELDS, m[3])) return undefined;
  return { platform: m[1] as string, id: m[2] as string, field: m[3] };
}

/** Splits "tier>200000.input" into {above: 200000, field: "input"}; undefined for any other field. */
export function parseTierField(field: string): { above: number; field: TierField } | undefined {
  const m = /^tier>(\d+)\.(\w+)$/.exec(field);
  if (!m || !isTierField(m[2])) return undefined;
  return { above: Number(m[1]), field: m[2] };
}

/** How a field is said: "cached input", "output above 200K tokens", "input on the OpenRouter route x-ai/grok-4.5". */
export function fieldLabel(field: string): string {
  const route = parseRouteField(field);
  if (route) return `${PRICE_FIELD_LABELS[route.field]} on the ${route.platform === 'openrouter' ? 'OpenRouter' : route.platform} route ${route.id}`;
  const tier = parseTierField(field);
  if (tier) {
    const k = tier.above % 1000 === 0 ? `${tier.above / 1000}K` : String(tier.above);
    return `${PRICE_FIELD_LABELS[tier.field]} above ${k} tokens`;
  }
  return PRICE_FIELD_LABELS[field as PriceField] ?? field;
}
