import { z } from 'zod';
import { tierField } from '../../digest/fields.js';
import { perMillionFromPerToken, SyncError } from '../types.js';
import { checkDocument, checkPart, readPrices, tally } from './read.js';
import { openrouterFacts } from '../facts.js';
import { ORIGINAL_PROVIDERS, providerLookup } from '../providers.js';
export const OPENROUTER_URL = 'https://openrouter.ai/api/v1/models';
const Price = z.union([z.string(), z.number()]).optional();
const Override = z.looseObject({
    min_prompt_tokens: z.number().int().positive().optional(),
    prompt: Price,
    completion: Price,
    input_cache_read: Price,
    input_cache_write: Price,
    input_cache_write_1h: Price,
});
const Pricing = z.looseObject({
    prompt: z.union([z.string(), z.number()]),
    completion: z.union([z.string(), z.number()]),
    input_cache_read: Price,
    input_cache_write: Price,
    input_cache_write_1h: Price,
    overrides: z.array(Override).optional(),
});
const Document = z.looseObject({ data: z.array(z.looseObject({ id: z.string().min(1) })) });
const OwnEntry = z.looseObject({ id: z.string(), pricing: Pricing });
const FIELDS = [
    ['prompt', 'input'],
    ['input_cache_read', 'cachedInput'],
    ['input_cache_write', 'cacheWrite5m'],
    ['input_cache_write_1h', 'cacheWrite1h'],
    ['completion', 'output'],
];
function pricesOf(pricing, entry) {
    const { where } = entry;
    const prices = {};
    const compared = (key) => !(key === 'input_cache_write' && entry.provider === 'google');
    if (entry.variant === 'batch') {
        readPrices(pricing, FIELDS, (value, key) => perMillionFromPerToken(value, where(key)), () => undefined);
        prices.batchInput = perMillionFromPerToken(pricing.prompt, where('prompt'));
        prices.batchOutput = perMillionFromPerToken(pricing.completion, where('completion'));
        return prices;
    }
    readPrices(pricing, FIELDS, (value, key) => perMillionFromPerToken(value, where(key)), (field, usd, key) => {
        if (compared(key))
            prices[field] = usd;
    });
    (pricing.overrides ?? []).forEach((override, i) => {
        const above = override.min_prompt_tokens;
        readPrices(override, FIELDS, (value, key) => perMillionFromPerToken(value, where(`overrides[${i}].${key}`)), (field, usd, key) => {
            if (above !== undefined && compared(key))
                prices[tierField(above, field)] = usd;
        });
    });
    return prices;
}
const ORIGINAL = providerLookup(ORIGINAL_PROVIDERS, 'openrouter');
export const openrouter = {
    id: 'openrouter',
    label: 'OpenRouter',
    defaultUrl: OPENROUTER_URL,
    read(document, providers = ORIGINAL) {
        const data = checkDocument(Document, document, 'OpenRouter', '{"data": [{"id": …, "pricing": …}, …]}').data;
        if (data.length === 0)
            throw new SyncError('empty', 'OpenRouter: the model list is empty ("data": [])');
        const entries = [];
        const skipped = {};
        data.forEach((raw, index) => {
            const slash = raw.id.indexOf('/');
            const found = slash > 0 ? providers(raw.id.slice(0, slash), raw.id) : undefined;
            if (found === undefined || 'reseller' in found) {
                tally(skipped, 'other provider');
                return;
            }
            const { provider } = found;
            const outputs = raw.architecture?.output_modalities;
            if (Array.isArray(outputs) && !outputs.includes('text')) {
                tally(skipped, 'not a text model');
                return;
            }
            const own = checkPart(OwnEntry, raw, 'OpenRouter', `data[${index}] (${raw.id})`);
            const colon = raw.id.lastIndexOf(':');
            const variant = colon > slash ? raw.id.slice(colon + 1) : undefined;
            const prices = pricesOf(own.pricing, { variant, provider, where: (key) => `OpenRouter ${raw.id}: pricing.${key}` });
            entries.push({
                id: raw.id,
                provider,
                name: variant === undefined ? raw.id : raw.id.slice(0, colon),
                variant,
                prices,
                facts: openrouterFacts(raw),
                looksLikeModel: variant === undefined,
            });
        });
        return { entries, total: data.length, skipped };
    },
};
//# sourceMappingURL=openrouter.js.map