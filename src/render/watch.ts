// How watches and alerts are said, for Block Kit and the terminal alike.
import { volumeText } from '../ask/command-text.ts';
import { money, perMillion } from '../cost/format.ts';
import { fieldLabel } from '../digest/fields.ts';
import type { Alert, WatchAnswer, WatchView } from '../digest/watch.ts';
import type { Said } from './workspace.ts';
import { signedPercent } from './words.ts';

/** Names escaped for Slack's mrkdwn, or left as they are for a terminal. */
const plain = (text: string) => text;
const mrkdwnEscape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * "Claude Sonnet 5 (claude-sonnet-5) → <#C1>" or "Anthropic (provider anthropic) → your DMs". In mrkdwn the
 * channel is a link (its id is Slack's, checked, never free text) and names are escaped.
 */
export function watchLine(w: WatchView, mrkdwn = false): string {
  const e = mrkdwn ? mrkdwnEscape : plain;
  const channel = /^[CGD][A-Z0-9]+$/.test(w.channelId) ? (mrkdwn ? `<#${w.channelId}>` : `#${w.channelId}`) : 'this conversation';
  return `${e(w.name)} (${e(w.kind === 'model' ? w.target : `provider ${w.target}`)}) → ${w.dm ? 'your DMs' : channel}${w.paused ? ` (paused: ${e('the workspace removed the app or the channel is gone')})` : ''}`;
}

/** How many watches a reply lists (App Home lists them too, each with its Remove button). */
const LISTED = 10;

/** How watches are said; `mrkdwn` for Slack (escaped names, channel links), else for a terminal. */
export function watchSaid(a: WatchAnswer, mrkdwn = false): Said {
  const e = mrkdwn ? mrkdwnEscape : plain;
  const listOf = (views: WatchView[]) =>
    views
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

/** The alert's headline: what changed, old → new. */
export function alertHeadline(a: Alert): string {
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

/** "At 50M tokens a month (3:1): $10.00 → $2.00 a month", or undefined where the change does not bear on that bill. */
export function alertCostLine(a: Alert): string | undefined {
  if (!a.monthly) return undefined;
  const m = a.monthly;
  return `At this workspace's ${volumeText(m.tokensPerMonth)} tokens a month (${m.mix.input}:${m.mix.output} input:output): ${money(m.before)} → ${money(m.after)} a month`;
}

/** Why this alert reached here, and where the figure comes from. */
export function alertContext(a: Alert): string[] {
  const why = a.watched.kind === 'model' ? `You watch ${a.model}.` : `You watch provider ${a.watched.target}.`;
  const source = a.source ? `Source: ${a.source.url}${a.source.via ? ` (via ${a.source.via})` : ''}` : 'Source: the Model Scout catalog';
  return [why, source, 'Stop with /models unwatch …'];
}

export function alertText(a: Alert): string {
  return [alertHeadline(a), alertCostLine(a), ...alertContext(a)].filter((l): l is string => l !== undefined).join('\n');
}
