const usdCents = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 });
const usdSmall = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumSignificantDigits: 4 });
const usdPrice = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 6 });
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
export function money(usd) {
    if (usd !== 0 && Math.abs(usd) < 0.005)
        return usdSmall.format(usd);
    return usdCents.format(usd);
}
export function requestMoney(usd) {
    return usd !== 0 && Math.abs(usd) < 1 ? usdSmall.format(usd).replace(/(\.\d)$/, '$10') : usdCents.format(usd);
}
export function price(usd) {
    return usdPrice.format(Number(usd.toPrecision(12)));
}
export function perMillion(usd) {
    return `${price(usd)}/1M`;
}
const usdFine = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 9 });
export function perUnit(usdPerMillion, unit) {
    return unit === 'million' ? perMillion(usdPerMillion) : `${usdFine.format(Number((usdPerMillion / 1000).toPrecision(12)))}/1K`;
}
export function pricePair(input, output) {
    return `${price(input)}/${price(output)} per 1M`;
}
export function tokens(n) {
    const units = [
        [1e12, 'T'],
        [1e9, 'B'],
        [1e6, 'M'],
        [1e3, 'K'],
    ];
    for (const [size, suffix] of units) {
        if (Math.abs(n) >= size)
            return `${plain.format(Number((n / size).toPrecision(3)))}${suffix}`;
    }
    return grouped.format(n);
}
export function count(n) {
    return grouped.format(n);
}
export function tokensPerSecond(n) {
    return `${n} tokens/s`;
}
export function times(ratio) {
    return `${plain.format(Number(ratio.toPrecision(3)))}×`;
}
export function percent(share, digits = 0) {
    return `${(share * 100)
        .toFixed(digits)
        .replace(/(\.\d*?)0+$/, '$1')
        .replace(/\.$/, '')}%`;
}
export function cheaperBy(low, high) {
    if (high <= 0 || low >= high)
        return 'no cheaper';
    return `${percent((high - low) / high)} cheaper`;
}
export function points(diff) {
    const rounded = Number(diff.toFixed(1));
    return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${plain.format(Math.abs(rounded))} pp`;
}
const andList = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const orList = new Intl.ListFormat('en-GB', { type: 'disjunction' });
export function wordList(names, joiner = 'and') {
    return (joiner === 'and' ? andList : orList).format(names);
}
export const FREE_ENDPOINT = 'free, rate-limited endpoint (not a price)';
//# sourceMappingURL=format.js.map