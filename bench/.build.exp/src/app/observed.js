import { subDays } from 'date-fns/subDays';
import { acceptedListings, LISTING_LOOKBACK_DAYS } from '../sync/listings.js';
import { acceptedChanges, LOOKBACK_DAYS } from '../sync/policy.js';
import { overlayCatalog } from './overlay.js';
export async function observedChanges(store, catalog, window) {
    const observations = await store.observations({ from: subDays(window.to, LOOKBACK_DAYS), to: window.to });
    if (observations.length === 0)
        return [];
    return acceptedChanges(observations, catalog, { now: window.to }).filter((c) => c.date >= window.from && c.date < window.to);
}
export async function overlayFromStore(store, reviewed, now) {
    const observations = await store.observations({ from: subDays(now, LOOKBACK_DAYS), to: now });
    const listings = store.listings ? await store.listings({ from: subDays(now, LISTING_LOOKBACK_DAYS), to: new Date(now.getTime() + 1) }) : [];
    return overlayCatalog(reviewed, observations.length === 0 ? [] : acceptedChanges(observations, reviewed, { now }), listings.length === 0 ? [] : acceptedListings(listings, reviewed, { now }));
}
//# sourceMappingURL=observed.js.map