export function priceOn(model, date) {
    let found;
    for (const entry of model.pricing) {
        if (entry.from <= date)
            found = entry;
        else
            break;
    }
    return found;
}
export function quotedPrice(model, date) {
    return priceOn(model, date) ?? model.pricing[0];
}
export function scheduledChanges(model, date) {
    return model.pricing.filter((entry) => entry.from > date);
}
//# sourceMappingURL=history.js.map