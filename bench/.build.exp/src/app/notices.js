import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { priceOn, quotedPrice, scheduledChanges } from '../catalog/history.js';
import { statusOn } from '../catalog/lifecycle.js';
import { billModels } from '../cost/bill.js';
import { LISTED } from './overlay.js';
export const STALE_AFTER_DAYS = 30;
export function answerModels(a) {
    switch (a.kind) {
        case 'comparison':
        case 'lanes':
        case 'attribute':
            return a.models;
        case 'upgrade':
            return [a.from, a.to];
        case 'cost':
            return [a.model];
        case 'bill':
            return billModels(a);
        case 'cheapest':
            return a.ranking.map((r) => r.model);
        case 'best':
            return a.picks.map((p) => p.model);
        case 'model-card':
            return [a.model.id];
        case 'where':
            return a.models.map((m) => m.id);
        default:
            return [];
    }
}
const INTRODUCTORY = /\b(introductory|promotional|launch|preview pricing|limited[- ]time)\b/i;
function scheduledNote(model, asOf) {
    const [next] = scheduledChanges(model, asOf);
    const current = priceOn(model, asOf);
    if (!next || !current)
        return undefined;
    return {
        model: model.id,
        name: model.name,
        current: { input: current.input, output: current.output, note: current.note ?? null },
        next: { from: next.from, input: next.input, output: next.output, note: next.note ?? null },
        introductory: INTRODUCTORY.test(current.note ?? '') || INTRODUCTORY.test(next.note ?? ''),
    };
}
function lifecycleNote(model, asOf) {
    const replacement = model.replacement ?? null;
    if (model.released !== undefined && model.released > asOf)
        return { model: model.id, name: model.name, state: 'unreleased', date: model.released, replacement };
    const status = statusOn(model, asOf);
    if (status === 'retired' || status === 'deprecated')
        return { model: model.id, name: model.name, state: status, date: model.retires ?? null, replacement };
    return undefined;
}
export function staleness(models, asOf, today = asOf) {
    const asked = parseISO(today);
    const daysSince = new Map();
    const ageOf = (checked) => {
        let days = daysSince.get(checked);
        if (days === undefined) {
            days = differenceInCalendarDays(asked, parseISO(checked));
            daysSince.set(checked, days);
        }
        return days;
    };
    const aged = models
        .map((m) => {
        const { checked } = quotedPrice(m, asOf);
        return { id: m.id, checked, days: ageOf(checked) };
    })
        .filter((x) => x.days > STALE_AFTER_DAYS);
    if (aged.length === 0)
        return null;
    const oldest = aged.reduce((a, b) => (b.days > a.days ? b : a));
    return { days: oldest.days, checked: oldest.checked, models: aged.map((x) => x.id) };
}
function quotesPrices(a) {
    return a.kind !== 'attribute' || a.row.group === 'price' || a.row.group === 'cost';
}
export function noticesFor(a, catalog, overlay, asOf, today = asOf) {
    const models = answerModels(a).flatMap((id) => catalog.byId.get(id) ?? []);
    if (models.length === 0)
        return undefined;
    const priced = quotesPrices(a);
    return {
        asOf,
        synced: models.flatMap((m) => (overlay.get(m.id) ?? []).filter((n) => n.date <= asOf && n.field !== LISTED).map((n) => ({ ...n, name: m.name }))),
        listed: models.flatMap((m) => (overlay.get(m.id) ?? []).filter((n) => n.field === LISTED).map((n) => ({ model: m.id, name: m.name, sources: n.sources, date: n.date }))),
        scheduled: priced ? models.flatMap((m) => scheduledNote(m, asOf) ?? []) : [],
        lifecycle: models.flatMap((m) => lifecycleNote(m, asOf) ?? []),
        stale: priced ? staleness(models, asOf, today) : null,
    };
}
export function unreleasedCost(a, notices) {
    if (a.kind !== 'cost' || !notices)
        return a;
    const unreleased = notices.lifecycle.find((l) => l.model === a.model && l.state === 'unreleased');
    if (!unreleased)
        return a;
    return {
        ...a,
        monthlyUsd: null,
        blendedPerMillion: null,
        breakdown: [],
        rates: null,
        notes: [],
        sources: [],
        refusal: `${a.name} was not yet released on ${notices.asOf} (released ${unreleased.date})`,
    };
}
//# sourceMappingURL=notices.js.map