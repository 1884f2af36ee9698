// Feedback on answers, stored with the question: one vote per person per answer, on both backends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedbackInput, Store } from '../../src/store/store.ts';
import { storeBackends } from '../helpers/backends.ts';

const backends = storeBackends();

const vote = (more: Partial<FeedbackInput>): FeedbackInput => ({
  teamId: 'T1',
  channelId: 'D1',
  messageTs: '1700000000.000100',
  userId: 'U1',
  vote: 'down',
  question: 'cheapest for 50M tokens?',
  recordedAt: new Date('2026-11-22T12:00:00Z'),
  ...more,
});

describe.each(backends)('feedback on %s', (_name, open) => {
  let store: Store;
  beforeAll(async () => {
    store = await open();
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  it('keeps each vote with its question, and a changed mind replaces the earlier vote', async () => {
    await store.recordFeedback(vote({}));
    await store.recordFeedback(vote({ userId: 'U2', vote: 'up', recordedAt: new Date('2026-11-22T12:01:00Z') }));
    await store.recordFeedback(vote({ vote: 'up', recordedAt: new Date('2026-11-22T12:02:00Z') }));
    await store.recordFeedback(vote({ teamId: 'T2', messageTs: '1700000000.000200', question: 'compare a b' }));
    const t1 = await store.feedback({ teamId: 'T1' });
    expect(t1.map((f) => [f.userId, f.vote])).toEqual([
      ['U1', 'up'],
      ['U2', 'up'],
    ]);
    expect(t1[0]?.question).toBe('cheapest for 50M tokens?');
    expect(t1[0]?.recordedAt.toISOString()).toBe('2026-11-22T12:02:00.000Z');
    expect((await store.feedback({ vote: 'down' })).map((f) => f.question)).toEqual(['compare a b']);
    expect(await store.feedback()).toHaveLength(3);
  });
});
