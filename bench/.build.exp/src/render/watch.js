import { volumeText } from '../ask/command-text.js';
import { money, perMillion } from '../cost/format.js';
import { fieldLabel } from '../digest/fields.js';
import { signedPercent } from './words.js';
const plain = (text) => text;
const mrkdwnEscape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export function watchLine(w, mrkdwn = false) {
    const e = mrkdwn ? mrkdwnEscape : plain;
    const channel = /^[CGD][A-Z0-9]+$/.test(w.channelId) ? (mrkdwn ? `<#${w.channelId}>` : `#${w.channelId}`) : 'this conversation';
    return `${e(w.name)} (${e(w.kind === 'model' ? w.target : `provider ${w.target}`)}) → ${w.dm ? 'your DMs' : channel}${w.paused ? ` (paused: ${e('the workspace removed the app or the channel is gone')})` : ''}`;
}
const LISTED = 10;
export function watchSaid(a, mrkdwn = false) {
    const e = mrkdwn ? mrkdwnEscape : plain;
    const listOf = (views) => views
        .slice(0, LISTED)
        .map((w) => e(w.name))
        .join(', ') + (views.length > LISTED ? ` and ${views.length - LISTED} more` : '');
    const shown = a.watches.slice(0, LISTED);
    const more = a.watches.length > LISTED ? ` And ${a.watches.length - LISTED} more.` : '';
    const list = a.watches.length > 0 ? `Watching: ${shown.map((w) => watchLine(w, mrkdwn)).join('; ')}.${more}` : 'Nothing is watched here.';
    switch (a.change) {
        case 'list':
            return { text: list, note: e('Add one with /models watch <model> [here | dm] or /models watch provider <id>; remove with /models unwatch …') };
        case 'added': {
            const dm = a.changed.some((w) => w.dm);
            return {
                text: `Watching ${listOf(a.changed)}: ${dm ? 'you get a DM' : 'this channel gets a message'} when a price changes, a new model is listed or one is deprecated or retired.`,
                note: list,
            };
        }
        case 'removed': {
            const none = a.notWatched.length > 0 ? ` ${e(a.notWatched.join(', '))} ${a.notWatched.length > 1 ? 'were' : 'was'} not watched here.` : '';
            return { text: `${a.changed.length > 0 ? `Stopped watching ${listOf(a.changed)}.` : 'Nothing was removed.'}${none}`, note: list };
        }
    }
}
export function alertHeadline(a) {
    switch (a.kind) {
        case 'price': {
            const pct = a.old && a.new !== null ? ` (${signedPercent((a.new - a.old) / a.old)})` : '';
            return `${a.name}: ${fieldLabel(a.field)} ${perMillion(a.old ?? 0)} → ${perMillion(a.new ?? 0)}${pct} from ${a.date}`;
        }
        case 'added':
            return `${a.name} (${a.model}) is new from ${a.provider}, listed ${a.date}`;
        case 'deprecated':
            return `${a.name} is deprecated from ${a.date}${a.replacement ? `; its replacement is ${a.replacement}` : ''}`;
        case 'retiring':
            return `${a.name} retires on ${a.date}${a.replacement ? `; move to ${a.replacement}` : ''}`;
    }
}
export function alertCostLine(a) {
    if (!a.monthly)
        return undefined;
    const m = a.monthly;
    return `At this workspace's ${volumeText(m.tokensPerMonth)} tokens a month (${m.mix.input}:${m.mix.output} input:output): ${money(m.before)} → ${money(m.after)} a month`;
}
export function alertContext(a) {
    const why = a.watched.kind === 'model' ? `You watch ${a.model}.` : `You watch provider ${a.watched.target}.`;
    const source = a.source ? `Source: ${a.source.url}${a.source.via ? ` (via ${a.source.via})` : ''}` : 'Source: the Model Scout catalog';
    return [why, source, 'Stop with /models unwatch …'];
}
export function alertText(a) {
    return [alertHeadline(a), alertCostLine(a), ...alertContext(a)].filter((l) => l !== undefined).join('\n');
}
//# sourceMappingURL=watch.js.map