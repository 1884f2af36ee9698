// The app's own pane: suggested prompts on a new thread, a titled thread, a status, an answer with feedback
// buttons, and a feedback click stored with its question.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SUGGESTED_PROMPTS, threadTitle } from '../../src/app/assistant.ts';
import type { Ports } from '../../src/app/ports.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { FEEDBACK_ACTION, feedbackValue, readFeedbackValue } from '../../src/render/blocks/feedback.ts';
import { feedbackClicked, threadStarted, userMessage } from '../../src/slack/listeners/assistant.ts';
import { openPgliteStore } from '../../src/store/pglite.ts';
import type { Store } from '../../src/store/store.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const logs: string[] = [];
const logger = { debug: () => undefined, info: () => undefined, warn: (...m: unknown[]) => void logs.push(m.join(' ')), error: (...m: unknown[]) => void logs.push(m.join(' ')) };
const catalog = loadCatalog();
let store: Store;
let ports: Ports;

beforeAll(async () => {
  store = await openPgliteStore();
  ports = { catalog, now: () => new Date('2026-11-22T12:00:00Z'), logger, store };
});
afterAll(async () => {
  await store?.close();
});

describe('the pane', () => {
  it('offers the suggested prompts the manifest declares when a thread starts', async () => {
    const postMessage = vi.fn(async () => ({ ok: true }));
    const setSuggestedPrompts = vi.fn(async () => ({ ok: true }));
    const event = { type: 'assistant_thread_started', assistant_thread: { user_id: 'U1', channel_id: 'D1', thread_ts: '1700000000.000100', context: {} }, event_ts: '1' };
    await threadStarted(ports)({ event, client: { chat: { postMessage } }, setSuggestedPrompts } as never);
    expect(setSuggestedPrompts).toHaveBeenCalledTimes(1);
    const prompts = (setSuggestedPrompts.mock.calls[0] as unknown as [{ prompts: { title: string; message: string }[] }])[0].prompts;
    expect(prompts.map((p) => p.message)).toEqual(['cheapest for 50M tokens?', 'compare Claude Sonnet 5 and GPT-5.4', 'what changed in prices this week?']);
    const manifest = parse(readFileSync('manifest.yml', 'utf8'));
    expect(manifest.features.assistant_view.suggested_prompts).toEqual(SUGGESTED_PROMPTS.map((p) => ({ ...p })));
    expect(postMessage).toHaveBeenCalledWith(expect.objectContaining({ channel: 'D1', thread_ts: '1700000000.000100' }));
  });

  it('titles the thread from the question, shows a status before answering, and answers with feedback buttons', async () => {
    const calls: string[] = [];
    const postMessage = vi.fn(async (_m: Record<string, unknown>) => void calls.push('post'));
    const setTitle = vi.fn(async (_t: string) => void calls.push('title'));
    const setStatus = vi.fn(async (_s: string) => void calls.push('status'));
    const message = { type: 'message', channel: 'D1', channel_type: 'im', user: 'U1', text: 'cheapest for 50M tokens?', ts: '1700000000.000200', thread_ts: '1700000000.000100' };
    const handler = userMessage(ports, { statusAfterMs: 0 });
    await handler({ message, client: { chat: { postMessage } }, context: { teamId: 'T1' }, setTitle, setStatus } as never);
    expect(calls).toEqual(['title', 'status', 'post']);
    expect(setTitle).toHaveBeenCalledWith('cheapest for 50M tokens?');
    const posted = postMessage.mock.calls[0]?.[0] as { thread_ts: string; text: string; blocks: { type: string; elements?: Record<string, unknown>[] }[] };
    expect(posted.thread_ts).toBe('1700000000.000100');
    expect(posted.text).toMatch(/^Cheapest for 50M tokens a month/);
    const feedback = posted.blocks.at(-1);
    expect(feedback?.type).toBe('context_actions');
    expect(feedback?.elements?.[0]).toMatchObject({ type: 'feedback_buttons', action_id: FEEDBACK_ACTION, negative_button: { value: 'down:cheapest for 50M tokens?' } });
    // The same thread is titled once.
    await handler({ message: { ...message, ts: '1700000000.000300' }, client: { chat: { postMessage } }, context: { teamId: 'T1' }, setTitle, setStatus } as never);
    expect(setTitle).toHaveBeenCalledTimes(1);
  });

  it('still answers in a DM thread outside the pane, where the pane’s own calls fail', async () => {
    const postMessage = vi.fn(async (_m: Record<string, unknown>) => ({ ok: true }));
    const fail = vi.fn(async () => {
      throw new Error('not_allowed');
    });
    const message = { type: 'message', channel: 'D2', channel_type: 'im', user: 'U1', text: '/models help', ts: '2', thread_ts: '1' };
    await userMessage(ports, { statusAfterMs: 0 })({ message, client: { chat: { postMessage } }, context: { teamId: 'T1' }, setTitle: fail, setStatus: fail } as never);
    expect(postMessage).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(postMessage.mock.calls[0]?.[0])).toContain('context_actions');
  });

  it('ignores bot posts and edits', async () => {
    const postMessage = vi.fn(async () => ({ ok: true }));
    const handler = userMessage(ports, { statusAfterMs: 0 });
    const base = { type: 'message', channel: 'D1', channel_type: 'im', text: 'hi', ts: '3', thread_ts: '1' };
    await handler({ message: { ...base, bot_id: 'B1' }, client: { chat: { postMessage } }, context: {}, setTitle: vi.fn(), setStatus: vi.fn() } as never);
    await handler({ message: { ...base, subtype: 'message_changed' }, client: { chat: { postMessage } }, context: {}, setTitle: vi.fn(), setStatus: vi.fn() } as never);
    expect(postMessage).not.toHaveBeenCalled();
  });
});

describe('feedback', () => {
  it('round-trips the vote and question through the button value, within Slack’s 2,000 characters', () => {
    expect(readFeedbackValue(feedbackValue('down', 'which is cheaper: a or b?'))).toEqual({ vote: 'down', question: 'which is cheaper: a or b?' });
    expect(feedbackValue('up', 'x'.repeat(5000))).toHaveLength(2000);
    expect(readFeedbackValue('sideways:what')).toBeUndefined();
    expect(threadTitle(`  ${'long question '.repeat(10)}`)).toHaveLength(60);
  });

  it('stores a click with the question, the answer it was on and who clicked', async () => {
    const ack = vi.fn(async () => undefined);
    const body = { type: 'block_actions', user: { id: 'U7' }, team: { id: 'T1' }, channel: { id: 'D1' }, message: { ts: '1700000000.000500' }, container: {} };
    await feedbackClicked(ports)({
      ack,
      action: { type: 'feedback_buttons', action_id: FEEDBACK_ACTION, value: feedbackValue('down', 'cheapest for 50M tokens?') },
      body,
      context: { teamId: 'T1' },
    } as never);
    expect(ack).toHaveBeenCalled();
    const stored = await store.feedback({ teamId: 'T1' });
    expect(stored).toEqual([
      {
        teamId: 'T1',
        channelId: 'D1',
        messageTs: '1700000000.000500',
        userId: 'U7',
        vote: 'down',
        question: 'cheapest for 50M tokens?',
        recordedAt: new Date('2026-11-22T12:00:00Z'),
      },
    ]);
  });
});
