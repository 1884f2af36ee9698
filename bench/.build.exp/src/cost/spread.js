const end = (r) => ({ model: r.model, name: r.name, blendedPerMillion: r.blendedPerMillion, monthlyUsd: r.monthlyUsd });
function median(sorted) {
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
export function priceSpread(rows) {
    const [first] = rows;
    const last = rows.at(-1);
    if (!first || !last)
        return null;
    const blended = rows.map((r) => r.blendedPerMillion).sort((a, b) => a - b);
    const monthly = rows.map((r) => r.monthlyUsd).sort((a, b) => a - b);
    const mean = (xs) => Number((xs.reduce((sum, x) => sum + x, 0) / xs.length).toPrecision(4));
    return {
        count: rows.length,
        low: end(first),
        high: end(last),
        medianPerMillion: median(blended),
        meanPerMillion: mean(blended),
        medianMonthlyUsd: median(monthly),
        meanMonthlyUsd: mean(monthly),
    };
}
export function setAgainst(spread, rows, model) {
    const others = rows.filter((r) => r.model !== model.model);
    return {
        ...spread,
        against: {
            ...model,
            cheaper: others.filter((r) => r.monthlyUsd < model.monthlyUsd).length,
            dearer: others.filter((r) => r.monthlyUsd > model.monthlyUsd).length,
        },
    };
}
//# sourceMappingURL=spread.js.map