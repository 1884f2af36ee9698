// The changes the digest reports from recorded observations: the observations of the 30 days before
// the window's end, through the sync policy (src/sync/policy.ts), restricted to the window.
import type { Catalog } from '../catalog/validate.ts';
import type { Store } from '../store/store.ts';
import { acceptedChanges, LOOKBACK_DAYS } from '../sync/policy.ts';
import type { ObservedChange, Window } from './changes.ts';

export async function observedChanges(store: Store, catalog: Catalog, window: Window): Promise<ObservedChange[]> {
  const from = new Date(window.to.getTime() - LOOKBACK_DAYS * 86_400_000);
  const observations = await store.observations({ from, to: window.to });
  if (observations.length === 0) return [];
  return acceptedChanges(observations, catalog, { now: window.to }).filter((c) => c.date >= window.from && c.date < window.to);
}
