import type { SubscriptionInput } from '../../src/store/store.ts';

/** A digest subscription for tests: team T1, Mondays 09:00 Berlin, unless `extra` says otherwise. */
export const subscription = (channelId: string, extra: Partial<SubscriptionInput> = {}): SubscriptionInput => ({
  teamId: 'T1',
  channelId,
  createdBy: 'U1',
  weekday: 1,
  localTime: '09:00',
  timeZone: 'Europe/Berlin',
  providers: [],
  watched: [],
  quiet: 'line',
  ...extra,
});
