import { SyncError } from '../types.js';
function issuePath(issue) {
    return issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}
function kindOf(value) {
    if (Array.isArray(value))
        return 'a list';
    return value === null ? 'null' : typeof value;
}
export function checkDocument(schema, document, label, expected) {
    const parsed = schema.safeParse(document);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const at = issue ? issuePath(issue) : '';
    throw new SyncError('shape', at === '' || !issue ? `${label}: expected ${expected}, got ${kindOf(document)}` : `${label}: expected ${expected}; at ${at}: ${issue.message}`);
}
export function checkPart(schema, value, label, where) {
    const parsed = schema.safeParse(value);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const at = issue ? issuePath(issue).replace(/^\./, '') : '';
    throw new SyncError('shape', `${label}: ${where}: ${at === '' ? '' : `${at}: `}${issue?.message ?? 'unexpected shape'}`);
}
export function tally(skipped, reason, n = 1) {
    skipped[reason] = (skipped[reason] ?? 0) + n;
}
export function readPrices(record, keys, convert, put) {
    for (const [key, field] of keys) {
        const value = record[key];
        if (value !== undefined && value !== null)
            put(field, convert(value, key), key);
    }
}
//# sourceMappingURL=read.js.map