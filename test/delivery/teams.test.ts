// The scheduler with installs by many workspaces: each workspace's digest goes out with its own token,
// and a workspace without an installation is paused (a reinstall resumes it), never posted to with
// another workspace's token.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryClient } from '../../src/delivery/client.ts';
import { runDue } from '../../src/delivery/deliver.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { openPgliteStore } from '../../src/store/pglite.ts';
import type { Store } from '../../src/store/store.ts';
import { FakeSlack } from '../e2e/fake-slack.ts';
import { subscription } from '../helpers/subscriptions.ts';

const quiet = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };
let fake: FakeSlack;
let fakeUrl = '';
let store: Store;
beforeAll(async () => {
  fake = new FakeSlack();
  fakeUrl = await fake.start();
  store = await openPgliteStore();
});
afterAll(async () => {
  await store.close();
  await fake.stop();
});

describe('digests for many workspaces', () => {
  it("posts each workspace's digest with its own token and pauses one without an installation", async () => {
    const tokens: Record<string, string> = { TA: 'xoxb-team-a', TB: 'xoxb-team-b' };
    await store.subscribe(subscription('C-A', { teamId: 'TA' }), new Date('2026-11-01T00:00:00Z'));
    await store.subscribe(subscription('C-B', { teamId: 'TB' }), new Date('2026-11-01T00:00:00Z'));
    await store.subscribe(subscription('C-X', { teamId: 'TX' }), new Date('2026-11-01T00:00:00Z'));
    const asked: string[] = [];
    const reports = await runDue(
      {
        store,
        catalog: loadCatalog(),
        clientFor: async (teamId) => {
          asked.push(teamId);
          const token = tokens[teamId];
          return token ? deliveryClient(token, `${fakeUrl}/api/`) : undefined;
        },
        logger: quiet,
        claimant: 'replica-a',
        leaseMs: 60_000,
        observed: async () => [],
      },
      new Date('2026-11-23T08:00:00Z'),
    );
    expect(reports.map((r) => [r.teamId, r.outcome])).toEqual([
      ['TA', 'posted'],
      ['TB', 'posted'],
      ['TX', 'paused'],
    ]);
    const posts = fake.received.filter((r) => r.path === '/api/chat.postMessage');
    expect(posts.find((r) => r.body.channel === 'C-A')?.authorization).toBe('Bearer xoxb-team-a');
    expect(posts.find((r) => r.body.channel === 'C-B')?.authorization).toBe('Bearer xoxb-team-b');
    expect(posts.some((r) => r.body.channel === 'C-X')).toBe(false);
    expect((await store.subscriptions({ teamId: 'TX' }))[0]).toMatchObject({ status: 'paused', pausedReason: 'app_uninstalled' });
    expect(await store.deliveries({ teamId: 'TX' })).toEqual([]);
  });
});
