// models.dev's catalog (GET https://models.dev/api.json): {"<provider>": {id, name, models: {"<model id>": {id, cost,
// modalities, …}}}}, prices in USD per 1M tokens as JSON numbers.
//
// Read: the provider objects of catalog providers' own APIs (openai, xai, alibaba, zai, moonshotai…; see
// ../providers.ts). Every other provider object — hosts and resellers such as azure, amazon-bedrock, google-vertex,
// togetherai, openrouter, and other vendors — is skipped.
//
// Fields: cost.input → input, cost.output → output, cost.cache_read → cachedInput, cost.cache_write → cacheWrite5m,
// cost.tiers[] with tier.type "context" and tier.size N → "tier>N.input", …; the older cost.context_over_200k is
// read as "tier>200000.*" only when cost.tiers is absent (models.dev used that key for 272k tiers too). Audio and
// reasoning prices are not compared. A model without `cost` publishes no price: it is read with no prices.
import { z } from 'zod';
import { tierField, type TierField } from '../../digest/fields.ts';
import { perMillion, SyncError, type Adapter, type FieldPrices, type ReadDocument, type SourceEntry } from '../types.ts';
import { checkDocument, checkPart, readPrices, tally } from './read.ts';
import { modelsdevFacts } from '../facts.ts';
import { ORIGINAL_PROVIDERS, providerLookup, type ProviderLookup } from '../providers.ts';

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

const FIELDS: [key: 'input' | 'cache_read' | 'cache_write' | 'output', field: TierField][] = [
  ['input', 'input'],
  ['cache_read', 'cachedInput'],
  ['cache_write', 'cacheWrite5m'],
  ['output', 'output'],
];

/** The prices of a model's `cost`, each checked; `where` names a price for error messages. */
function costPrices(cost: z.infer<typeof Cost>, where: (path: string) => string): FieldPrices {
  const prices: FieldPrices = {};
  readPrices(
    cost,
    FIELDS,
    (value, k) => perMillion(value, where(k)),
    (field, usd) => (prices[field] = usd),
  );
  const tiers = cost.tiers ?? (cost.context_over_200k ? [{ ...cost.context_over_200k, tier: { type: 'context', size: 200_000 } }] : []);
  tiers.forEach((tier, i) => {
    const path = cost.tiers ? `tiers[${i}]` : 'context_over_200k';
    const above = tier.tier.type === 'context' ? tier.tier.size : undefined;
    readPrices(
      tier,
      FIELDS,
      (value, k) => perMillion(value, where(`${path}.${k}`)),
      (field, usd) => {
        if (above !== undefined) prices[tierField(above, field)] = usd;
      },
    );
  });
  return prices;
}

const ORIGINAL = providerLookup(ORIGINAL_PROVIDERS, 'models.dev');

export const modelsdev: Adapter = {
  id: 'models.dev',
  label: 'models.dev',
  defaultUrl: MODELSDEV_URL,
  read(document: unknown, providers: ProviderLookup = ORIGINAL): ReadDocument {
    const data = checkDocument(Document, document, 'models.dev', 'a JSON object keyed by provider id');
    const entries: SourceEntry[] = [];
    const skipped: Record<string, number> = {};
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
    if (total === 0) throw new SyncError('empty', 'models.dev: the catalog lists no models');
    return { entries, total, skipped };
  },
};
