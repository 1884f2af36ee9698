import { alertContext, alertCostLine, alertHeadline, alertText, watchLine, watchSaid } from '../watch.js';
import { button, clip, context, esc, LIMITS, section } from './kit.js';
export const WATCH_ACTION = { remove: 'watch_remove' };
export function watchValue(w) {
    return [w.channelId, w.kind, w.target].join('|');
}
export function readWatchValue(value) {
    const [channelId, kind, target, ...rest] = value.split('|');
    if (!channelId || !target || rest.length > 0 || (kind !== 'model' && kind !== 'provider'))
        return undefined;
    return { channelId, kind, target };
}
export function watchBlocks(a) {
    const said = watchSaid(a, true);
    return {
        text: clip(watchSaid(a).text, LIMITS.fallbackText),
        blocks: [section(said.text), ...(said.note ? [context([said.note])] : [])],
    };
}
export const HOME_WATCHES = 15;
export function watchHomeBlocks(watches) {
    if (watches.length === 0)
        return [section('*Watches*'), context(['None yet. Run `/models watch <model>` or `/models watch provider <id>` in a channel (add `dm` to get alerts by DM).'])];
    return [
        section('*Watches*: a message the moment a price changes, a model is added, deprecated or given a retirement date'),
        ...watches
            .slice(0, HOME_WATCHES)
            .map((w) => ({ ...section(watchLine(w, true)), accessory: button('Remove', WATCH_ACTION.remove, watchValue(w), 'danger') })),
        ...(watches.length > HOME_WATCHES ? [context([`and ${watches.length - HOME_WATCHES} more (see /models watch list in their channels)`])] : []),
    ];
}
export function alertBlocks(a) {
    const cost = alertCostLine(a);
    return {
        text: clip(alertText(a), LIMITS.fallbackText),
        blocks: [section(`:bell: *${esc(alertHeadline(a))}*`), ...(cost ? [section(esc(cost))] : []), context(alertContext(a).map((l) => esc(l)))],
    };
}
//# sourceMappingURL=watch.js.map