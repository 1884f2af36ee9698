import { z } from 'zod';
import { tierField } from '../../digest/fields.js';
import { perMillion, SyncError } from '../types.js';
import { checkDocument, checkPart, readPrices, tally } from './read.js';
import { modelsdevFacts } from '../facts.js';
import { ORIGINAL_PROVIDERS, providerLookup } from '../providers.js';
export const MODELSDEV_URL = 'https://models.dev/api.json';
const Num = z.unknown().optional();
const TierPrices = z.looseObject({ input: Num, output: Num, cache_read: Num, cache_write: Num });
const Cost = z.looseObject({
    input: Num,
    output: Num,
    cache_read: Num,
    cache_write: Num,
    tiers: z.array(TierPrices.extend({ tier: z.looseObject({ type: z.string(), size: z.number().int().positive().optional() }) })).optional(),
    context_over_200k: TierPrices.optional(),
});
const Model = z.looseObject({
    id: z.string().min(1),
    cost: Cost.nullish(),
    modalities: z.looseObject({ output: z.array(z.string()).optional() }).optional(),
});
const Provider = z.looseObject({ models: z.record(z.string(), z.unknown()) });
const Document = z.record(z.string(), z.unknown());
const FIELDS = [
    ['input', 'input'],
    ['cache_read', 'cachedInput'],
    ['cache_write', 'cacheWrite5m'],
    ['output', 'output'],
];
function costPrices(cost, where) {
    const prices = {};
    readPrices(cost, FIELDS, (value, k) => perMillion(value, where(k)), (field, usd) => (prices[field] = usd));
    const tiers = cost.tiers ?? (cost.context_over_200k ? [{ ...cost.context_over_200k, tier: { type: 'context', size: 200_000 } }] : []);
    tiers.forEach((tier, i) => {
        const path = cost.tiers ? `tiers[${i}]` : 'context_over_200k';
        const above = tier.tier.type === 'context' ? tier.tier.size : undefined;
        readPrices(tier, FIELDS, (value, k) => perMillion(value, where(`${path}.${k}`)), (field, usd) => {
            if (above !== undefined)
                prices[tierField(above, field)] = usd;
        });
    });
    return prices;
}
const ORIGINAL = providerLookup(ORIGINAL_PROVIDERS, 'models.dev');
export const modelsdev = {
    id: 'models.dev',
    label: 'models.dev',
    defaultUrl: MODELSDEV_URL,
    read(document, providers = ORIGINAL) {
        const data = checkDocument(Document, document, 'models.dev', 'a JSON object keyed by provider id');
        const entries = [];
        const skipped = {};
        let total = 0;
        for (const [providerKey, rawProvider] of Object.entries(data)) {
            const models = Object.entries(checkPart(Provider, rawProvider, 'models.dev', `provider ${JSON.stringify(providerKey)}`).models);
            total += models.length;
            const read = providers(providerKey, '');
            if (read !== undefined && 'reseller' in read) {
                tally(skipped, 'reseller route', models.length);
                continue;
            }
            for (const [key, rawModel] of models) {
                const found = providers(providerKey, key);
                if (found === undefined || 'reseller' in found) {
                    tally(skipped, 'other provider');
                    continue;
                }
                const { provider } = found;
                const model = checkPart(Model, rawModel, 'models.dev', `${providerKey}.models.${key}`);
                const prices = model.cost ? costPrices(model.cost, (path) => `models.dev ${providerKey}/${key}: cost.${path}`) : {};
                const outputs = model.modalities?.output;
                entries.push({
                    id: model.id,
                    provider,
                    name: model.id,
                    prices,
                    facts: modelsdevFacts(rawModel),
                    looksLikeModel: prices.input !== undefined && prices.output !== undefined && (outputs === undefined || outputs.includes('text')) && !/embed/i.test(model.id),
                });
            }
        }
        if (total === 0)
            throw new SyncError('empty', 'models.dev: the catalog lists no models');
        return { entries, total, skipped };
    },
};
//# sourceMappingURL=modelsdev.js.map