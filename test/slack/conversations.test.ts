// A conversation's last question outlives the process that answered it: a follow-up on another replica, or after a
// restart, builds on it (through the store), a day-old one is forgotten, and an unreachable store costs only the context.
import { addHours, addMinutes } from 'date-fns';
import { describe, expect, it } from 'vitest';
import type { Ports, Where } from '../../src/app/ports.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { conversationKey, handleInConversation } from '../../src/slack/conversations.ts';
import { StoreUnavailable, type Store } from '../../src/store/store.ts';
import { storeBackends } from '../helpers/backends.ts';

const catalog = loadCatalog();
const START = new Date('2026-11-22T09:00:00Z');
const where: Where = { teamId: 'T1', channelId: 'C1', userId: 'U1' };
const [a, b] = catalog.models.filter((m) => m.status === 'active' && /\d/.test(m.id));
if (!a || !b) throw new Error('the catalog needs two active models');

/** One replica (or one run of the bot): its own memory, the shared store, a clock. */
function replica(store: Store | undefined, now: () => Date, warnings: string[] = []): Ports {
  return {
    catalog,
    now,
    logger: { debug: () => undefined, info: () => undefined, warn: (...m: unknown[]) => void warnings.push(m.join(' ')), error: () => undefined },
    ...(store ? { store } : {}),
  };
}

describe.each(storeBackends())('conversations on %s', (_name, open) => {
  it('a follow-up on another replica, or after a restart, builds on the thread’s last question; another thread does not', async () => {
    const store = await open();
    try {
      const key = conversationKey(where, '1.0');
      const first = await handleInConversation(
        replica(store, () => START),
        `${a.id} vs ${b.id}`,
        where,
        key,
      );
      expect(first.query.models).toEqual([a.id, b.id]);
      const other = replica(store, () => addMinutes(START, 5));
      const next = await handleInConversation(other, 'and for 100M tokens?', where, key);
      expect([next.query.intent, next.query.models, next.query.tokens]).toEqual(['compare', [a.id, b.id], 100_000_000]);
      // A third replica goes on from the follow-up, not the first question.
      const third = await handleInConversation(
        replica(store, () => addMinutes(START, 10)),
        'what about with batch?',
        where,
        key,
      );
      expect([third.query.models, third.query.tokens, third.query.batch]).toEqual([[a.id, b.id], 100_000_000, true]);
      // Another thread has no context.
      const elsewhere = await handleInConversation(
        replica(store, () => addMinutes(START, 10)),
        'and for 100M tokens?',
        where,
        conversationKey(where, '2.0'),
      );
      expect(elsewhere.query.models).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('a conversation quiet for a day is forgotten, in the store too', async () => {
    const store = await open();
    try {
      const key = conversationKey(where, '3.0');
      await handleInConversation(
        replica(store, () => START),
        `${a.id} vs ${b.id}`,
        where,
        key,
      );
      const later = await handleInConversation(
        replica(store, () => addHours(START, 25)),
        'and for 100M tokens?',
        where,
        key,
      );
      expect(later.query.models).toEqual([]);
      // A question anywhere a day later clears the store of day-old ones.
      const quiet = conversationKey(where, '3.5');
      await handleInConversation(
        replica(store, () => START),
        `${a.id} vs ${b.id}`,
        where,
        quiet,
      );
      expect(await store.lastQuestion(quiet, START)).toBe(`/compare ${a.id} ${b.id}`);
      await handleInConversation(
        replica(store, () => addHours(START, 25)),
        `${b.id} vs ${a.id}`,
        where,
        conversationKey(where, '3.6'),
      );
      expect(await store.lastQuestion(quiet, START)).toBeUndefined();
    } finally {
      await store.close();
    }
  });
});

describe('conversations without a reachable store', () => {
  it('answers the question on its own and says why in the log, never failing the answer', async () => {
    const down = new StoreUnavailable('PGlite in memory did not answer within 5000 ms', 'timeout');
    const store = {
      workspaceSettings: async () => undefined,
      lastQuestion: async () => {
        throw down;
      },
      rememberQuestion: async () => {
        throw down;
      },
    } as unknown as Store;
    const warnings: string[] = [];
    const handled = await handleInConversation(
      replica(store, () => START, warnings),
      `${a.id} vs ${b.id}`,
      where,
      conversationKey(where, '4.0'),
    );
    expect(handled.answer.kind).toBe('comparison');
    expect(warnings.join('\n')).toMatch(/reading the conversation: PGlite in memory did not answer/);
    expect(warnings.join('\n')).toMatch(/remembering the conversation: PGlite in memory did not answer/);
  });

  it('keeps the conversation in memory when no store is configured', async () => {
    const ports = replica(undefined, () => START);
    const key = conversationKey(where, '5.0');
    await handleInConversation(ports, `${a.id} vs ${b.id}`, where, key);
    expect((await handleInConversation(ports, 'and for 100M tokens?', where, key)).query.models).toEqual([a.id, b.id]);
  });
});
