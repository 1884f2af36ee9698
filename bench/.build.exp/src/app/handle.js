import { answer, DEFAULTS, inputProblem } from '../ask/answer.js';
import { commandFor } from '../ask/command-text.js';
import { parseText } from '../ask/index.js';
import { followUp } from '../ask/follow-up.js';
import { settleVolumes } from '../ask/question.js';
import { nextChangeDay, priceDayOn } from '../ask/price-day.js';
import { resolveModel } from '../catalog/resolve.js';
import { wordList } from '../cost/format.js';
import { StoreUnavailable } from '../store/store.js';
import { digestPreview, subscriptionAnswer } from './digest.js';
import { answerModels, noticesFor, unreleasedCost } from './notices.js';
import { today } from './ports.js';
import { settingsAnswer, workspaceDefaults } from './settings.js';
import { watchAnswer } from './watch.js';
import { watchQuery } from './watch-command.js';
export const LOCAL = { teamId: 'local', channelId: 'console', userId: 'you' };
async function storedAnswer(query, where, ports) {
    try {
        if (query.intent === 'settings' && query.settings)
            return await settingsAnswer(query.settings, where.teamId, ports);
        if (query.intent === 'watch' && query.watch)
            return await watchAnswer(query.watch, where, ports, query.text);
        if (query.intent === 'digest' && query.digest) {
            return query.digest.action === 'preview' ? await digestPreview(query.digest, where, ports) : await subscriptionAnswer(query.digest, where, ports, query.text);
        }
        return undefined;
    }
    catch (error) {
        if (!(error instanceof StoreUnavailable))
            throw error;
        ports.logger.error(error.message);
        return {
            kind: 'unavailable',
            what: query.intent,
            message: "I can't reach my database right now, so nothing was changed; try again in a minute. Prices, comparisons and rankings still work.",
        };
    }
}
async function defaultsFor(ports, teamId) {
    try {
        return await workspaceDefaults(ports, teamId);
    }
    catch (error) {
        if (!(error instanceof StoreUnavailable))
            throw error;
        ports.logger.warn(`${error.message} Answering with the built-in defaults.`);
        return DEFAULTS;
    }
}
const NO_OVERLAY = new Map();
async function answerFor(query, where, ports, detail) {
    if (query.problems.length > 0)
        return inputProblem(query);
    const stored = await storedAnswer(query, where, ports);
    if (stored)
        return stored;
    const asOf = today(ports);
    const change = query.pricedOn && 'nextChange' in query.pricedOn ? scheduledChange(ports.catalog, query, asOf) : undefined;
    const pricedOn = query.pricedOn ? priceDayOn(query.pricedOn, asOf, change?.day) : asOf;
    const a = answer(ports.catalog, change?.query ?? query, pricedOn, await defaultsFor(ports, where.teamId), detail);
    const notices = noticesFor(a, ports.catalog, ports.overlay ?? NO_OVERLAY, pricedOn, asOf);
    return notices ? { notices, ...unreleasedCost(a, notices) } : a;
}
function scheduledChange(catalog, query, asOf) {
    const models = query.models.flatMap((name) => {
        const found = resolveModel(catalog, name);
        return found.kind === 'found' ? [found.model] : [];
    });
    const day = nextChangeDay(models, catalog.models, asOf);
    if (day)
        return { day };
    const whose = models.length > 0 ? `for ${wordList(models.map((m) => m.id))} ` : '';
    return { query: { ...query, notes: [...(query.notes ?? []), `no price change is scheduled ${whose}after ${asOf}: prices in force today`] } };
}
export async function handle(request, ports) {
    const read = (request.query ? settleVolumes(request.query) : undefined) ?? watchQuery(request.text) ?? parseText(ports.catalog, request.text);
    const query = request.previous && !request.query ? settleVolumes(followUp(ports.catalog, request.previous, read), true) : read;
    const answered = await answerFor(query, request.where, ports, query.fullDetail ? 'full' : (request.detail ?? 'full'));
    const picked = (query.picks?.length ?? 0) > 0 && answered.kind !== 'cheapest' && answered.kind !== 'best';
    const about = picked ? (answered.kind === 'fact' ? answered.facts.map((f) => f.model) : answerModels(answered)) : [];
    const asked = about.length > 0 ? { ...query, models: about, picks: [] } : alternativesAnswered(query, answered);
    return { query, asked, answer: answered, command: commandFor(asked) };
}
function alternativesAnswered(query, answered) {
    if (!query.alternativesTo || answered.kind !== 'cheapest' || !answered.reference)
        return query;
    const { alternativesTo: _read, ...rest } = query;
    return { ...rest, filters: { ...rest.filters, like: answered.reference.model, cheaperThanLike: true } };
}
//# sourceMappingURL=handle.js.map