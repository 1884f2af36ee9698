import { LongContextTier, PRICE_FIELD_LABELS, priceFieldsOf, Route } from '../catalog/schema.js';
const TIER_FIELDS = priceFieldsOf(LongContextTier);
export const ROUTE_FIELDS = priceFieldsOf(Route);
export function tierField(above, field) {
    return `tier>${above}.${field}`;
}
export function routeField(platform, id, field) {
    return `route[${platform}:${id}].${field}`;
}
const isOneOf = (list, value) => list.includes(value ?? '');
export const isTierField = (field) => isOneOf(TIER_FIELDS, field);
export function parseRouteField(field) {
    const m = /^route\[([a-z]+):(.+)\]\.(\w+)$/.exec(field);
    if (!m || !isOneOf(ROUTE_FIELDS, m[3]))
        return undefined;
    return { platform: m[1], id: m[2], field: m[3] };
}
export function parseTierField(field) {
    const m = /^tier>(\d+)\.(\w+)$/.exec(field);
    if (!m || !isTierField(m[2]))
        return undefined;
    return { above: Number(m[1]), field: m[2] };
}
export function fieldLabel(field) {
    const route = parseRouteField(field);
    if (route)
        return `${PRICE_FIELD_LABELS[route.field]} on the ${route.platform === 'openrouter' ? 'OpenRouter' : route.platform} route ${route.id}`;
    const tier = parseTierField(field);
    if (tier) {
        const k = tier.above % 1000 === 0 ? `${tier.above / 1000}K` : String(tier.above);
        return `${PRICE_FIELD_LABELS[tier.field]} above ${k} tokens`;
    }
    return PRICE_FIELD_LABELS[field] ?? field;
}
//# sourceMappingURL=fields.js.map