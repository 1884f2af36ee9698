const VARIANT_SUFFIX = /:(batch|free|online|nitro|floor|extended|thinking|beta)$/;
export function stripVendor(text) {
    const trimmed = text.trim().toLowerCase().replace(VARIANT_SUFFIX, '');
    const slash = trimmed.lastIndexOf('/');
    return slash >= 0 ? trimmed.slice(slash + 1) : trimmed;
}
export function normalizeName(text) {
    return stripVendor(text.normalize('NFKC'))
        .replace(/[\s._\-/:]+/g, '')
        .replace(/[^\p{L}\p{N}]/gu, '');
}
export function nameTokens(text) {
    return stripVendor(text.normalize('NFKC'))
        .split(/[^\p{L}\p{N}]+|(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u)
        .filter((t) => t !== '');
}
//# sourceMappingURL=normalize.js.map