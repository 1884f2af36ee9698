import { emptyQuery } from '../ask/query.js';
import { WATCH_FORMS } from '../digest/watch.js';
const COMMAND = /^\s*(?:\/models\s+)?(watch|unwatch)(?:\s+([\s\S]*))?$/i;
function names(text) {
    const parts = text
        .split(/\s*(?:,|\band\b|&)\s*/i)
        .map((p) => p.trim())
        .filter((p) => p !== '');
    return parts.length === 1 && !text.includes(',') ? parts[0].split(/\s+/) : parts;
}
const FOR_CHANGES = /\s+(?:(?:for|on|about)\s+(?:any\s+|new\s+)?(?:(?:price|pricing)\s+)?(?:changes?|updates?|drops?|cuts?|increases?|moves?|news)|(?:price|pricing)(?:\s+(?:changes?|updates?))?|prices)\s*[.!?]*$/i;
function read(verb, rest) {
    let words = rest.trim().replace(FOR_CHANGES, '');
    if (verb === 'watch' && (words === '' || /^(?:list|ls|show)$/i.test(words)))
        return { action: 'list' };
    if (verb === 'unwatch' && /^(?:all|everything)$/i.test(words))
        return { action: 'remove', models: [], providers: [], all: true };
    let to = 'here';
    const where = /\s*\b(here|dm|in (?:a |my )?dm|by dm|to me)\s*$/i.exec(words);
    if (where && verb === 'watch') {
        to = /here/i.test(where[1]) ? 'here' : 'dm';
        words = words.slice(0, where.index).trim().replace(FOR_CHANGES, '');
    }
    const provider = /^providers?\s+([\s\S]+)$/i.exec(words);
    const models = provider ? [] : names(words);
    const providers = provider ? names(provider[1]).map((p) => p.toLowerCase()) : [];
    if (models.length === 0 && providers.length === 0)
        return `Tell me what to ${verb}: a model or a provider.`;
    return verb === 'watch' ? { action: 'add', models, providers, to } : { action: 'remove', models, providers, all: false };
}
export function watchQuery(text) {
    const m = COMMAND.exec(text);
    if (!m)
        return undefined;
    const verb = m[1].toLowerCase();
    const command = read(verb, m[2] ?? '');
    const query = { ...emptyQuery(text.trim(), 'watch') };
    if (typeof command === 'string')
        return { ...query, problems: [`${command} Forms: ${WATCH_FORMS.join('; ')}.`] };
    return { ...query, watch: command };
}
//# sourceMappingURL=watch-command.js.map