const LABELLED_LINK = /<(?:https?|mailto):[^|>]*\|([^>]*)>/g;
const BARE_LINK = /<(?:https?|mailto):[^>]*>/g;
const MENTION = /<[@#!][^>]*>/g;
const ESCAPED = { '&lt;': '<', '&gt;': '>', '&amp;': '&' };
export function plainText(raw) {
    return raw
        .replace(MENTION, ' ')
        .replace(LABELLED_LINK, ' $1 ')
        .replace(BARE_LINK, ' ')
        .replace(/&(?:lt|gt|amp);/g, (entity) => ESCAPED[entity] ?? entity);
}
//# sourceMappingURL=markup.js.map