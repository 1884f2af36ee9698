export function priceScoreFrontier(items, priceOf, scoreOf, samePrice = (a, b) => a === b) {
    const score = (item) => scoreOf(item) ?? Number.NEGATIVE_INFINITY;
    const byPrice = items
        .filter((item) => Number.isFinite(priceOf(item)) && scoreOf(item) !== undefined)
        .sort((a, b) => (samePrice(priceOf(a), priceOf(b)) ? 0 : priceOf(a) - priceOf(b)) || score(b) - score(a));
    const kept = [];
    let best = Number.NEGATIVE_INFINITY;
    for (const item of byPrice) {
        const last = kept[kept.length - 1];
        const tie = last !== undefined && samePrice(priceOf(last), priceOf(item)) && score(last) === score(item);
        if (score(item) <= best && !tie)
            continue;
        kept.push(item);
        best = score(item);
    }
    return kept;
}
//# sourceMappingURL=frontier.js.map