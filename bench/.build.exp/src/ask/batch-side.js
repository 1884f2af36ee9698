import { escapeRegExp } from './extract.js';
import { PLACEHOLDER_SOURCE, placeholderId } from './names.js';
const NAME = `(${PLACEHOLDER_SOURCE})`;
const BATCH_WORD = /batch/i;
const BATCH = String.raw `(?:the\s+)?batch(?:ed)?(?:\s+api)?`;
const BATCH_BEFORE = new RegExp(String.raw `\b${BATCH}(?:'s)?\s+(?:(?:only\s+)?(?:for|on|of)\s+)?(?:the\s+)?${NAME}`, 'gi');
const BATCH_AFTER = new RegExp(String.raw `${NAME}\s+(?:(?:on|via|through|with|using|in)\s+)?${BATCH}\b`, 'gi');
const STANDARD_BEFORE = new RegExp(String.raw `\b(?:standard|regular|normal|real[- ]?time|interactive|non[- ]batch|sync(?:hronous)?|on[- ]demand)\s+${NAME}`, 'gi');
const STANDARD_AFTER = new RegExp(String.raw `${NAME}\s+(?:(?:at|on|with|via)\s+)?(?:standard|regular|normal|real[- ]?time|interactive|non[- ]batch|sync(?:hronous)?|on[- ]demand)\b`, 'gi');
function attached(re, masked, exact) {
    const ids = new Set();
    for (const m of masked.matchAll(re)) {
        const id = placeholderId(m[1], exact);
        if (id !== undefined)
            ids.add(id);
    }
    return ids;
}
export function batchBoughtFor(masked, exact, models) {
    if (models.length < 2 || !BATCH_WORD.test(masked))
        return undefined;
    const before = attached(BATCH_BEFORE, masked, exact);
    for (const id of models)
        if (new RegExp(String.raw `\bbatch\s+(?:only\s+)?for\s+${escapeRegExp(id)}(?![\w.-])`, 'i').test(masked))
            before.add(id);
    const after = attached(BATCH_AFTER, masked, exact);
    const standard = new Set([...attached(STANDARD_BEFORE, masked, exact), ...attached(STANDARD_AFTER, masked, exact)]);
    const last = models[models.length - 1];
    const afterOwn = [...after].filter((id) => id !== last || standard.size > 0);
    const batch = models.filter((id) => (before.has(id) || afterOwn.includes(id)) && !standard.has(id));
    if (batch.length === 0 || batch.length === models.length)
        return undefined;
    return batch;
}
export function batchSides(query, masked, exact) {
    const only = query.batch ? batchBoughtFor(masked, exact, query.models) : undefined;
    if (!only)
        return;
    query.batch = false;
    query.batchModels = only;
}
//# sourceMappingURL=batch-side.js.map