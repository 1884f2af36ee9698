// The same store suite against both backends: embedded PGlite and a real PostgreSQL server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../src/store/store.ts';
import { subscription } from '../helpers/subscriptions.ts';
import { storeBackends } from '../helpers/backends.ts';

const backends = storeBackends();

const sub = subscription;
const t = (iso: string) => new Date(iso);

describe.each(backends)('store on %s', (_name, open) => {
  let store: Store;
  beforeAll(async () => {
    store = await open();
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  it('migrates once: a second run applies nothing', async () => {
    expect(await store.migrate()).toBe(0);
  });

  it('subscribes, updates, lists, pauses and unsubscribes', async () => {
    await store.subscribe(sub('C1'), t('2026-11-01T10:00:00Z'));
    const updated = await store.subscribe(sub('C1', { weekday: 5, localTime: '17:30', providers: ['openai'], watched: ['gpt-4.1-mini'] }), t('2026-11-02T10:00:00Z'));
    expect(updated).toMatchObject({ weekday: 5, localTime: '17:30', providers: ['openai'], watched: ['gpt-4.1-mini'], status: 'active' });
    await store.subscribe(sub('C2'), t('2026-11-02T10:00:00Z'));
    expect((await store.subscriptions({ teamId: 'T1' })).map((s) => s.channelId)).toEqual(['C1', 'C2']);
    await store.setSubscriptionStatus('T1', 'C2', 'paused', 'channel_not_found', t('2026-11-03T00:00:00Z'));
    expect((await store.subscriptions({ status: 'active' })).map((s) => s.channelId)).toEqual(['C1']);
    expect((await store.subscriptions({ status: 'paused' }))[0]).toMatchObject({ pausedReason: 'channel_not_found' });
    expect(await store.unsubscribe('T1', 'C2')).toBe(true);
    expect(await store.unsubscribe('T1', 'C2')).toBe(false);
  });

  it('refuses a malformed time at the database, not only in code', async () => {
    await expect(store.subscribe(sub('C9', { localTime: '9am' }), t('2026-11-01T00:00:00Z'))).rejects.toThrow();
  });

  it('claims a (channel, week) once; a second claimant within the lease is refused', async () => {
    const key = { teamId: 'T1', channelId: 'C1', weekStart: '2026-11-23' };
    const first = await store.claimDelivery(key, 'replica-a', t('2026-11-23T08:00:00Z'), 60_000);
    const second = await store.claimDelivery(key, 'replica-b', t('2026-11-23T08:00:30Z'), 60_000);
    expect(first.outcome).toBe('claimed');
    expect(second).toMatchObject({ outcome: 'taken', delivery: { claimedBy: 'replica-a', status: 'claimed' } });
    expect(await store.finishDelivery(key, 'replica-b', { status: 'posted', messageTs: '1.1' }, t('2026-11-23T08:00:31Z'))).toBe(false);
    expect(await store.finishDelivery(key, 'replica-a', { status: 'posted', messageTs: '1.2' }, t('2026-11-23T08:00:32Z'))).toBe(true);
    const after = await store.claimDelivery(key, 'replica-b', t('2026-11-23T09:00:00Z'), 60_000);
    expect(after).toMatchObject({ outcome: 'taken', delivery: { status: 'posted', messageTs: '1.2' } });
  });

  it('lets a claim whose lease ran out be taken over, once', async () => {
    const key = { teamId: 'T1', channelId: 'C3', weekStart: '2026-11-23' };
    await store.claimDelivery(key, 'crashed', t('2026-11-23T08:00:00Z'), 60_000);
    const [a, b] = await Promise.all([
      store.claimDelivery(key, 'replica-a', t('2026-11-23T08:05:00Z'), 60_000),
      store.claimDelivery(key, 'replica-b', t('2026-11-23T08:05:00Z'), 60_000),
    ]);
    expect([a.outcome, b.outcome].sort()).toEqual(['reclaimed', 'taken']);
    const winner = a.outcome === 'reclaimed' ? a : b;
    expect(winner.delivery.attempts).toBe(2);
  });

  it('a retryable failure may be claimed again, keeping the main post noted before it; a final one may not', async () => {
    const retry = { teamId: 'T1', channelId: 'C4', weekStart: '2026-11-23' };
    await store.claimDelivery(retry, 'replica-a', t('2026-11-23T08:00:00Z'), 60_000);
    expect(await store.noteMessage(retry, 'replica-b', '9.1')).toBe(false);
    expect(await store.noteMessage(retry, 'replica-a', '9.1')).toBe(true);
    await store.finishDelivery(retry, 'replica-a', { status: 'failed', retryable: true, detail: 'internal_error' }, t('2026-11-23T08:00:05Z'));
    expect((await store.deliveries({ channelId: 'C4' }))[0]).toMatchObject({ status: 'failed', retryable: true, messageTs: '9.1', detail: 'internal_error' });
    const again = await store.claimDelivery(retry, 'replica-b', t('2026-11-23T08:00:10Z'), 60_000);
    expect(again).toMatchObject({ outcome: 'reclaimed', delivery: { status: 'claimed', retryable: false, messageTs: '9.1', attempts: 2 } });

    const final = { teamId: 'T1', channelId: 'C5', weekStart: '2026-11-23' };
    await store.claimDelivery(final, 'replica-a', t('2026-11-23T08:00:00Z'), 60_000);
    await store.finishDelivery(final, 'replica-a', { status: 'failed', retryable: false, detail: 'paused: is_archived' }, t('2026-11-23T08:00:05Z'));
    expect(await store.claimDelivery(final, 'replica-b', t('2026-11-23T09:00:00Z'), 60_000)).toMatchObject({ outcome: 'taken', delivery: { status: 'failed', retryable: false } });
  });

  it('answers a health check', async () => {
    expect(await store.health()).toEqual({ ok: true, detail: expect.stringMatching(/^(PGlite in memory|PostgreSQL at 127\.0\.0\.1:\d+\/\w+) answers$/) });
  });

  it('records observations exactly (no float noise) and without duplicates', async () => {
    const at = t('2026-11-20T03:00:00Z');
    const obs = [
      { source: 'litellm', model: 'gpt-4.1-mini', field: 'input', value: 0.3, catalogValue: 0.4, observedAt: at },
      { source: 'openrouter', model: 'grok-4.3', field: 'cachedInput', value: 0.30000000000000004 * 0 + 0.3, catalogValue: 0.2, observedAt: at },
    ];
    expect(await store.recordObservations(obs)).toBe(2);
    expect(await store.recordObservations(obs)).toBe(0);
    const read = await store.observations({ from: t('2026-11-19T00:00:00Z'), to: t('2026-11-21T00:00:00Z') });
    expect(read.map((o) => [o.source, o.model, o.field, o.value, o.catalogValue])).toEqual([
      ['litellm', 'gpt-4.1-mini', 'input', 0.3, 0.4],
      ['openrouter', 'grok-4.3', 'cachedInput', 0.3, 0.2],
    ]);
    expect(await store.observations({ model: 'grok-4.3' })).toHaveLength(1);
  });

  it('records a batch of observations all together or not at all', async () => {
    const at = t('2026-11-21T03:00:00Z');
    const good = { source: 'models.dev', model: 'gpt-5.4', field: 'input', value: 2.6, catalogValue: 2.5, observedAt: at };
    const bad = { ...good, field: 'output', value: 'not a number' as unknown as number };
    await expect(store.recordObservations([good, bad])).rejects.toThrow();
    expect(await store.observations({ source: 'models.dev' })).toEqual([]);
  });

  it('keeps workspace settings', async () => {
    expect(await store.workspaceSettings('T7')).toBeUndefined();
    await store.setWorkspaceSettings({ teamId: 'T7', defaultTokens: 50_000_000, mix: { input: 7, output: 3 }, updatedAt: t('2026-11-01T00:00:00Z') });
    expect(await store.workspaceSettings('T7')).toMatchObject({ defaultTokens: 50_000_000, mix: { input: 7, output: 3 } });
  });
});
