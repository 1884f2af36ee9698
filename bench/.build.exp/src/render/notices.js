import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { subDays } from 'date-fns/subDays';
import { price, wordList } from '../cost/format.js';
import { fieldLabel } from '../digest/fields.js';
export function syncedLine(n) {
    const reviewed = n.reviewed === null ? 'the reviewed catalog has no figure' : `the reviewed catalog says ${price(n.reviewed)}`;
    return `${n.name}: ${price(n.value)} ${fieldLabel(n.field)}, reported by ${wordList(n.sources)} on ${n.date}; ${reviewed}.`;
}
export function listedLine(n) {
    return `${n.name}: listed by ${wordList(n.sources)} on ${n.date}; not yet in the reviewed catalog.`;
}
const pair = (p) => `${price(p.input)}/${price(p.output)}`;
export function scheduledLine(s) {
    const next = `${pair(s.next)}${s.next.note ? ` (${s.next.note})` : ''}`;
    const lastDay = format(subDays(parseISO(s.next.from), 1), 'yyyy-MM-dd');
    if (s.introductory)
        return `${s.name}'s introductory ${pair(s.current)} ends on ${lastDay}, then ${next} from ${s.next.from} (input/output per 1M).`;
    return `${s.name}'s price changes on ${s.next.from}: ${pair(s.current)} now, then ${next} (input/output per 1M).`;
}
export function lifecycleLine(l, asOf) {
    const replacement = l.replacement ? ` (replacement: ${l.replacement})` : '';
    switch (l.state) {
        case 'unreleased':
            return `${l.name} was not yet released on ${asOf} (released ${l.date}); it is not priced for that date.`;
        case 'retired':
            return `${l.name} ${l.date ? `retired on ${l.date}` : 'is retired'}${replacement}.`;
        case 'deprecated':
            return `${l.name} is deprecated: ${l.date ? `it retires on ${l.date}` : 'no retirement date is published'}${replacement}.`;
    }
}
export function staleLine(s) {
    return `Prices checked ${s.days} days ago (${s.checked}) — run the sync or see Sources.`;
}
export function noticeLines(n) {
    if (!n)
        return [];
    return [
        ...n.lifecycle.map((l) => lifecycleLine(l, n.asOf)),
        ...(n.listed ?? []).map(listedLine),
        ...n.synced.map(syncedLine),
        ...n.scheduled.map(scheduledLine),
        ...(n.stale ? [staleLine(n.stale)] : []),
    ];
}
//# sourceMappingURL=notices.js.map