import { z } from 'zod';
import { isTierField, tierField } from '../../digest/fields.js';
import { perMillionFromPerToken, SyncError } from '../types.js';
import { checkDocument, checkPart, tally } from './read.js';
import { litellmFacts } from '../facts.js';
import { LITELLM_RESELLER, ORIGINAL_PROVIDERS, providerLookup } from '../providers.js';
export const LITELLM_URL = 'https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json';
const BASE = {
    input_cost_per_token: 'input',
    output_cost_per_token: 'output',
    cache_read_input_token_cost: 'cachedInput',
    cache_creation_input_token_cost: 'cacheWrite5m',
    cache_creation_input_token_cost_above_1hr: 'cacheWrite1h',
    input_cost_per_token_batches: 'batchInput',
    output_cost_per_token_batches: 'batchOutput',
};
const TIER_KEY = /^(\w+?)_above_(\d+)k_tokens$/;
function fieldOf(key) {
    const tier = TIER_KEY.exec(key);
    if (!tier)
        return BASE[key];
    const field = BASE[tier[1]];
    return isTierField(field) ? tierField(Number(tier[2]) * 1000, field) : undefined;
}
const Document = z.record(z.string(), z.unknown(), { error: 'expected a JSON object keyed by model id' });
const Entry = z.looseObject({ litellm_provider: z.string(), mode: z.string().optional() });
const MODEL_MODES = new Set(['chat', 'responses', 'completion']);
const ORIGINAL = providerLookup(ORIGINAL_PROVIDERS, 'litellm');
export const litellm = {
    id: 'litellm',
    label: 'LiteLLM',
    defaultUrl: LITELLM_URL,
    read(document, providers = ORIGINAL) {
        const data = checkDocument(Document, document, 'LiteLLM', 'a JSON object keyed by model id');
        const keys = Object.keys(data).filter((k) => k !== 'sample_spec');
        if (keys.length === 0)
            throw new SyncError('empty', 'LiteLLM: the price file has no entries');
        const entries = [];
        const skipped = {};
        for (const key of keys) {
            const raw = data[key];
            if (typeof raw === 'object' && raw !== null && !Array.isArray(raw) && !('litellm_provider' in raw) && !('input_cost_per_token' in raw)) {
                tally(skipped, 'not a model entry');
                continue;
            }
            const entry = checkPart(Entry, raw, 'LiteLLM', `entry ${JSON.stringify(key)}`);
            const found = providers(entry.litellm_provider, key);
            if (found === undefined || 'reseller' in found) {
                tally(skipped, found ? 'reseller route' : LITELLM_RESELLER.test(entry.litellm_provider) ? 'reseller route' : 'other provider');
                continue;
            }
            const { provider } = found;
            if (key.startsWith('ft:')) {
                tally(skipped, 'fine-tuned model');
                continue;
            }
            const prices = {};
            for (const [name, value] of Object.entries(entry)) {
                const field = fieldOf(name);
                if (field)
                    prices[field] = perMillionFromPerToken(value, `LiteLLM ${key}: ${name}`);
            }
            const mode = entry.mode;
            const prefix = `${entry.litellm_provider}/`;
            entries.push({
                id: key,
                provider,
                name: key.toLowerCase().startsWith(prefix.toLowerCase()) ? key.slice(prefix.length) : key,
                prices,
                kind: mode,
                facts: litellmFacts(raw),
                looksLikeModel: (mode === undefined || MODEL_MODES.has(mode)) && prices.input !== undefined && prices.output !== undefined,
            });
        }
        return { entries, total: keys.length, skipped };
    },
};
//# sourceMappingURL=litellm.js.map