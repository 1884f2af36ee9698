import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { volumeText } from '../ask/command-text.js';
import { SETTINGS_USAGE } from '../ask/settings.js';
import { weekdayPlural } from '../digest/schedule.js';
export function describeSubscription(sub) {
    const when = format(new TZDate(parseISO(sub.next).getTime(), sub.timeZone), 'EEE MMM d, HH:mm');
    const filters = [
        sub.providers.length > 0 ? `providers ${sub.providers.join(', ')}` : '',
        sub.watched.length > 0 ? `watching ${sub.watched.join(', ')}` : '',
        sub.quiet === 'skip' ? 'nothing in a quiet week' : 'one line in a quiet week',
    ].filter((x) => x !== '');
    const state = sub.paused ? ` — paused: ${sub.pausedReason ?? 'by request'}` : `; next ${when}`;
    return `${weekdayPlural(sub.weekday)} at ${sub.localTime} ${sub.timeZone} (${filters.join('; ')})${state}`;
}
export function subscriptionSaid(a) {
    const sub = a.subscription;
    switch (a.change) {
        case 'status':
            return sub
                ? { text: `This channel gets the weekly price digest: ${describeSubscription(sub)}.`, note: 'Change it with /models digest on …; stop it with /models digest off.' }
                : { text: 'This channel has no weekly price digest.', note: 'Turn it on with /models digest on [monday] [09:00] [Europe/Berlin].' };
        case 'off':
            return { text: a.removed ? 'The weekly price digest is off for this channel.' : 'This channel had no weekly price digest; nothing to turn off.' };
        case 'on':
            return {
                text: `The weekly price digest is on for this channel: ${sub ? describeSubscription(sub) : ''}.`,
                note: 'Preview it now with /models digest preview; stop it with /models digest off.',
            };
    }
}
const describeDefaults = (d) => `${volumeText(d.tokensPerMonth)} tokens a month at ${d.mix.input}:${d.mix.output} input:output`;
export function settingsSaid(a) {
    switch (a.change) {
        case 'show':
            if (a.builtIn)
                return {
                    text: `Answers here assume the built-in defaults: ${describeDefaults(a.defaults)}.`,
                    note: 'A question or command can give its own volume and mix: “gpt-5 at 50M tokens, mix 70/30”.',
                };
            return { text: `This workspace's defaults: ${describeDefaults(a.defaults)}.`, note: SETTINGS_USAGE };
        case 'reset':
            return { text: `Back to the defaults: ${describeDefaults(a.defaults)}.` };
        case 'set':
            return { text: `This workspace's defaults are now ${describeDefaults(a.defaults)}. Answers that give their own volume or mix still use theirs.` };
    }
}
export function saidText(s) {
    return s.note ? `${s.text}\n${s.note}` : s.text;
}
//# sourceMappingURL=workspace.js.map