export class UsageError extends Error {
    name = 'UsageError';
}
export class InputError extends Error {
    name = 'InputError';
}
//# sourceMappingURL=errors.js.map