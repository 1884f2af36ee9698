// What the one way in needs from the world: the catalog, the clock, the log and the store. Every face
// (Slack, the console, the CLI) builds these once and passes them to `handle`.
import type { Catalog } from '../catalog/validate.ts';
import type { ObservedChange, Window } from '../digest/changes.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/store.ts';
import type { OverlayNote } from './overlay.ts';

export interface Ports {
  /** What answers read: the reviewed catalog with the sync's accepted changes laid over it (src/app/overlay.ts). */
  catalog: Catalog;
  /** The reviewed catalog, where `catalog` has an overlay: the digest reports changes against it. */
  reviewed?: Catalog;
  /** The overlay's figures by model id (none where nothing is laid over the reviewed catalog). */
  overlay?: ReadonlyMap<string, readonly OverlayNote[]>;
  now: () => Date;
  logger: Logger;
  /** Subscriptions, deliveries, settings, observations; absent where nothing is stored. */
  store?: Store;
  /** Settles once `store` is open (a bot starts listening before that; store users wait for it). */
  ready?: Promise<unknown>;
  /** The price changes the sync policy accepted in a window (none where nothing is observed). */
  observed?: (window: Window) => Promise<ObservedChange[]>;
}

/** Who asked, and where: answers that read or change stored state are keyed by it. */
export interface Where {
  teamId: string;
  channelId: string;
  userId: string;
  /** The user's time zone, looked up only when a new subscription needs a default. */
  userTimeZone?: () => Promise<string | undefined>;
}

/** Today's date in UTC (YYYY-MM-DD): the date answers quote prices for. */
export function today(ports: Pick<Ports, 'now'>): string {
  return ports.now().toISOString().slice(0, 10);
}
