import Big from 'big.js';
export const SOURCE_IDS = ['litellm', 'openrouter', 'models.dev'];
const ABSURD_PRICE = 10_000;
export const JUMP_FACTOR = 10;
const DECIMALS = 6;
export class SyncError extends Error {
    kind;
    reason;
    name = 'SyncError';
    constructor(kind, reason) {
        super(reason);
        this.kind = kind;
        this.reason = reason;
    }
}
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
export function perMillionFromPerToken(value, where) {
    return checkedPrice(toBig(value, where).times(1_000_000), where, value);
}
export function perMillion(value, where) {
    return checkedPrice(toBig(value, where), where, value);
}
function toBig(value, where) {
    const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : undefined;
    if (typeof value === 'number' && !Number.isFinite(value))
        throw new SyncError('price', `${where} is ${String(value)}: every price must be a finite number`);
    if (text === undefined || !DECIMAL.test(text))
        throw new SyncError('price', `${where} is ${JSON.stringify(value)}: expected a number`);
    return new Big(text);
}
function checkedPrice(usdPerMillion, where, raw) {
    if (usdPerMillion.lt(0))
        throw new SyncError('price', `${where} is ${JSON.stringify(raw)} (USD ${usdPerMillion.toString()} per 1M): a price cannot be negative`);
    if (usdPerMillion.gte(ABSURD_PRICE)) {
        throw new SyncError('price', `${where} is ${JSON.stringify(raw)} (USD ${usdPerMillion.toString()} per 1M): at or above $${ABSURD_PRICE.toLocaleString('en-US')} per 1M tokens is not a plausible price`);
    }
    let rounded = usdPerMillion.round(DECIMALS, Big.roundHalfUp);
    if (rounded.eq(0) && !usdPerMillion.eq(0))
        rounded = new Big(usdPerMillion.toPrecision(DECIMALS));
    return Number(rounded.toString());
}
export function samePrice(a, b) {
    return new Big(a).eq(new Big(b));
}
export function catalogId(id) {
    return id
        .toLowerCase()
        .slice(id.lastIndexOf('/') + 1)
        .replace(/:(free|batch)$/, '')
        .replace(/[^a-z0-9._:-]/g, '-');
}
//# sourceMappingURL=types.js.map