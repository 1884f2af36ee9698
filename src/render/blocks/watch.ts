// Watches in Block Kit: the answer to `/models watch …`, App Home's list with a remove button each, and
// the alert the scheduler posts.
import type { Alert, WatchAnswer, WatchView } from '../../digest/watch.ts';
import { alertContext, alertCostLine, alertHeadline, alertText, watchLine, watchSaid } from '../watch.ts';
import { button, clip, context, esc, LIMITS, section, type Block, type SlackMessage } from './kit.ts';

export const WATCH_ACTION = { remove: 'watch_remove' } as const;

/** A watch's remove button value: where, what kind, which target (all Slack or catalog ids). */
export function watchValue(w: Pick<WatchView, 'channelId' | 'kind' | 'target'>): string {
  return [w.channelId, w.kind, w.target].join('|');
}

export function readWatchValue(value: string): Pick<WatchView, 'channelId' | 'kind' | 'target'> | undefined {
  const [channelId, kind, target, ...rest] = value.split('|');
  if (!channelId || !target || rest.length > 0 || (kind !== 'model' && kind !== 'provider')) return undefined;
  return { channelId, kind, target };
}

export function watchBlocks(a: WatchAnswer): SlackMessage {
  const said = watchSaid(a, true);
  return {
    text: clip(watchSaid(a).text, LIMITS.fallbackText),
    blocks: [section(said.text), ...(said.note ? [context([said.note])] : [])],
  };
}

/** How many watches App Home lists (each is one block; Home allows 100 in all). */
export const HOME_WATCHES = 15;

export function watchHomeBlocks(watches: WatchView[]): Block[] {
  if (watches.length === 0)
    return [section('*Watches*'), context(['None yet. Run `/models watch <model>` or `/models watch provider <id>` in a channel (add `dm` to get alerts by DM).'])];
  return [
    section('*Watches*: a message the moment a price changes, a model is added, deprecated or given a retirement date'),
    ...watches
      .slice(0, HOME_WATCHES)
      .map((w) => ({ ...(section(watchLine(w, true)) as object), accessory: button('Remove', WATCH_ACTION.remove, watchValue(w), 'danger') }) as Block),
    ...(watches.length > HOME_WATCHES ? [context([`and ${watches.length - HOME_WATCHES} more (see /models watch list in their channels)`])] : []),
  ];
}

/** The alert message: what changed, the monthly cost before and after, why it came here and its source. */
export function alertBlocks(a: Alert): SlackMessage {
  const cost = alertCostLine(a);
  return {
    text: clip(alertText(a), LIMITS.fallbackText),
    blocks: [section(`:bell: *${esc(alertHeadline(a))}*`), ...(cost ? [section(esc(cost))] : []), context(alertContext(a).map((l) => esc(l)))],
  };
}
