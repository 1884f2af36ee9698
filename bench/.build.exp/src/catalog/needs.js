export function scoreOf(model, benchmark) {
    let best;
    for (const b of model.benchmarks)
        if (b.id === benchmark && (best === undefined || b.score > best))
            best = b.score;
    return best;
}
export function scoreText(catalog, id, score) {
    return catalog.benchmarks.get(id)?.scale.unit === 'percent' ? `${score.toFixed(1)}%` : String(score);
}
export function maxInputOf(model) {
    return model.maxInput ?? model.contextWindow;
}
export function belowFloor(lane, model) {
    const scored = lane.evidence.flatMap((e) => {
        const score = scoreOf(model, e.benchmark);
        return score === undefined ? [] : [{ e, score }];
    });
    const direct = scored.filter(({ e }) => !e.proxy);
    const under = ({ e, score }) => e.floor !== undefined && score < e.floor;
    const fails = direct.length > 0 ? direct.filter(under) : scored.filter(({ e }) => e.floor !== undefined).every(under) ? scored.filter(under) : [];
    const first = fails[0];
    return first ? { benchmark: first.e.benchmark, score: first.score, floor: first.e.floor } : undefined;
}
export function unmetNeed(lane, model) {
    const lacks = (reason) => ({ kind: 'lacks', reason });
    for (const surface of lane.needs.surfaces) {
        const s = model.surfaces.find((x) => x.id === surface);
        if (!s)
            return lacks(`no published ${surface} availability`);
        if (!s.available)
            return lacks(`not available for ${surface.replace('codex-', 'Codex ').replace('-', ' ')}`);
    }
    let unpublished;
    for (const capability of lane.needs.capabilities) {
        const has = model.capabilities[capability];
        if (has === false)
            return lacks(`no ${capability}`);
        if (has === undefined)
            unpublished ??= { kind: 'unpublished', reason: `${capability} not published` };
    }
    for (const modality of lane.needs.inputModalities) {
        if (!model.modalities.input.includes(modality))
            return lacks(`no ${modality} input`);
    }
    if (lane.needs.minContext !== undefined && model.contextWindow < lane.needs.minContext) {
        return lacks(`context ${model.contextWindow.toLocaleString('en-US')} < ${lane.needs.minContext.toLocaleString('en-US')} tokens`);
    }
    if (lane.needs.minInput !== undefined && maxInputOf(model) < lane.needs.minInput) {
        const what = model.maxInput !== undefined ? 'maximum input' : 'context window (no separate input limit published)';
        return lacks(`${what} ${maxInputOf(model).toLocaleString('en-US')} < ${lane.needs.minInput.toLocaleString('en-US')} tokens`);
    }
    const floor = belowFloor(lane, model);
    if (floor)
        return { kind: 'floor', reason: `${floor.benchmark} ${floor.score} is under the lane's floor of ${floor.floor}`, ...floor };
    return unpublished;
}
export const PLATFORM_FEATURES = ['prompt-caching', 'batch-api', 'fine-tuning', 'web-search', 'code-execution'];
export function canStandIn(model, other) {
    const capabilities = Object.entries(other.capabilities);
    return (capabilities.every(([capability, has]) => has !== true || PLATFORM_FEATURES.includes(capability) || model.capabilities[capability] === true) &&
        other.modalities.input.every((modality) => model.modalities.input.includes(modality)) &&
        model.contextWindow >= other.contextWindow);
}
//# sourceMappingURL=needs.js.map