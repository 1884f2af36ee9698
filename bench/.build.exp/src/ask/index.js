import { resolveModel } from '../catalog/resolve.js';
import { spanFlags, spansAsked } from '../cost/span.js';
import { answer, DEFAULTS } from './answer.js';
import { parseCommand } from './command.js';
import { commandFor } from './command-text.js';
import { plainText } from './markup.js';
import { parseQuestion, settleUnsized, settleVolumes } from './question.js';
export function parseText(catalog, typed) {
    const text = plainText(typed).normalize('NFKC');
    const m = /^\s*(\/compare|\/models)(?:\s+|$)([\s\S]*)$/i.exec(text);
    if (m)
        return settleVolumes(settleUnsized(parseCommand(catalog, (m[1] ?? '').toLowerCase(), m[2] ?? '')));
    return parseQuestion(catalog, text);
}
export function ask(catalog, query, asOf, defaults = DEFAULTS) {
    return { query, answer: answer(catalog, query, asOf, defaults), command: commandFor(query) };
}
export function queryJson(catalog, query) {
    return {
        intent: query.intent,
        models: query.models.map((name) => {
            const r = resolveModel(catalog, name);
            return r.kind === 'found' ? r.model.id : name;
        }),
        tokens: query.tokens,
        ...(query.volumes ? { volumes: query.volumes } : {}),
        mix: query.mix,
        cachedShare: query.cachedShare,
        batch: query.batch,
        serviceTier: query.serviceTier,
        promptTokens: query.promptTokens,
        filters: query.filters,
        attribute: query.attribute,
        lane: query.lane,
        ...(query.benchmark !== undefined ? { benchmark: query.benchmark } : {}),
        ...(query.platform !== undefined ? { platform: query.platform } : {}),
        ...(query.reach !== undefined ? { reach: query.reach } : {}),
        ...(query.topic !== undefined ? { topic: query.topic } : {}),
        ...(query.decent ? { decent: query.decent } : {}),
        ...(query.order !== 'price' ? { order: query.order } : {}),
        ...(query.released ? { released: query.released } : {}),
        ...spanFlags(spansAsked(query)),
        ...(query.pricedOn ? { pricedOn: query.pricedOn } : {}),
        ...(query.digest ? { digest: query.digest } : {}),
        problems: query.problems,
    };
}
//# sourceMappingURL=index.js.map