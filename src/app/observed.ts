// The changes the digest reports from recorded observations: the observations of the 30 days before
// the window's end, through the sync policy, restricted to the window.
import { subDays } from 'date-fns/subDays';
import type { Catalog } from '../catalog/validate.ts';
import type { ObservedChange, Window } from '../digest/changes.ts';
import type { Store } from '../store/store.ts';
import { acceptedChanges, LOOKBACK_DAYS } from '../sync/policy.ts';

export async function observedChanges(store: Store, catalog: Catalog, window: Window): Promise<ObservedChange[]> {
  const observations = await store.observations({ from: subDays(window.to, LOOKBACK_DAYS), to: window.to });
  if (observations.length === 0) return [];
  return acceptedChanges(observations, catalog, { now: window.to }).filter((c) => c.date >= window.from && c.date < window.to);
}
