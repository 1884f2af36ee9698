// The changes the digest reports from recorded observations: the observations of the 30 days before
// the window's end, through the sync policy, restricted to the window.
import { subDays } from 'date-fns/subDays';
import type { Catalog } from '../catalog/validate.ts';
import type { ObservedChange, Window } from '../digest/changes.ts';
import type { Store } from '../store/store.ts';
import { acceptedListings, LISTING_LOOKBACK_DAYS } from '../sync/listings.ts';
import { acceptedChanges, LOOKBACK_DAYS } from '../sync/policy.ts';
import { overlayCatalog, type Overlaid } from './overlay.ts';

export async function observedChanges(store: Store, catalog: Catalog, window: Window): Promise<ObservedChange[]> {
  const observations = await store.observations({ from: subDays(window.to, LOOKBACK_DAYS), to: window.to });
  if (observations.length === 0) return [];
  return acceptedChanges(observations, catalog, { now: window.to }).filter((c) => c.date >= window.from && c.date < window.to);
}

/**
 * The reviewed catalog with the changes and new models the sync policy accepts now laid over it: built when the
 * store's observations change (on start, after each sync), never per request.
 */
export async function overlayFromStore(store: Pick<Store, 'observations'> & Partial<Pick<Store, 'listings'>>, reviewed: Catalog, now: Date): Promise<Overlaid> {
  const observations = await store.observations({ from: subDays(now, LOOKBACK_DAYS), to: now });
  // Up to and including now: a sync recorded a moment ago counts.
  const listings = store.listings ? await store.listings({ from: subDays(now, LISTING_LOOKBACK_DAYS), to: new Date(now.getTime() + 1) }) : [];
  return overlayCatalog(
    reviewed,
    observations.length === 0 ? [] : acceptedChanges(observations, reviewed, { now }),
    listings.length === 0 ? [] : acceptedListings(listings, reviewed, { now }),
  );
}
