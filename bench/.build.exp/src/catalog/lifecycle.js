export const LIFECYCLE = ['active', 'preview', 'deprecated', 'retired'];
export function statusOn(model, asOf) {
    if (model.retires !== undefined && model.retires <= asOf)
        return 'retired';
    return model.status;
}
export function isRetired(model, asOf) {
    return statusOn(model, asOf) === 'retired';
}
export function lifecycleNote(model, asOf) {
    const status = statusOn(model, asOf);
    if (status === 'retired')
        return `${model.id} retired${model.retires ? ` on ${model.retires}` : ''}`;
    if (status === 'deprecated')
        return `${model.id} is deprecated${model.retires ? ` and retires ${model.retires}` : ''}`;
    return undefined;
}
//# sourceMappingURL=lifecycle.js.map