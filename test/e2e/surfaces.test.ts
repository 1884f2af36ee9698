// The 2026 surfaces end to end: the app over HTTP on loopback, signed Slack requests, and what a fake Slack
// receives — a pasted model link unfurls once, the app's pane offers prompts and answers with feedback
// buttons, and a feedback click is stored.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { quotedPrice } from '../../src/catalog/history.ts';
import { perMillion } from '../../src/cost/format.ts';
import { loadCatalog } from '../../src/load/catalog.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { createSlackApp, startSlackApp } from '../../src/slack/app.ts';
import { openPgliteStore } from '../../src/store/pglite.ts';
import type { Store } from '../../src/store/store.ts';
import { FakeSlack } from './fake-slack.ts';
import { event, httpSettings, interaction } from './signed.ts';

const fake = new FakeSlack();
const catalog = loadCatalog();
const NOW = new Date('2026-11-22T12:00:00Z');
let fakeUrl = '';
let base = '';
let app: App;
let server: Server | undefined;
let store: Store;
const logs: string[] = [];

beforeAll(async () => {
  fakeUrl = await fake.start();
  const settings = httpSettings(fakeUrl);
  const log = (...m: unknown[]) => logs.push(m.map(String).join(' '));
  store = await openPgliteStore();
  app = createSlackApp(settings, { catalog, now: () => NOW, logger: { debug: () => undefined, info: () => undefined, warn: log, error: log }, store });
  server = await startSlackApp(app, settings);
  base = `http://127.0.0.1:${(server?.address() as AddressInfo | undefined)?.port}`;
}, 60_000);

afterAll(async () => {
  await app?.stop();
  await store?.close();
  await fake.stop();
});

const linkShared = (ts: string, urls: string[]) =>
  event(base, {
    type: 'link_shared',
    channel: 'C1',
    user: 'U1',
    is_bot_user_member: true,
    message_ts: ts,
    links: urls.map((url) => ({ url, domain: new URL(url).hostname })),
    event_ts: ts,
  });

describe('link unfurls', () => {
  it('unfurls an OpenRouter link into one card naming the model and its price; an unknown model unfurls nothing', async () => {
    expect((await linkShared('1700000100.000100', ['https://openrouter.ai/openai/gpt-4.1-ultra-max'])).status).toBe(200);
    const url = 'https://openrouter.ai/openai/gpt-4.1-mini';
    expect((await linkShared('1700000100.000200', [url])).status).toBe(200);
    const call = await fake.waitFor((r) => r.path === '/api/chat.unfurl');
    expect(fake.to('/api/chat.unfurl')).toHaveLength(1);
    expect(call.body).toMatchObject({ channel: 'C1', ts: '1700000100.000200' });
    const unfurls = JSON.parse(String(call.body.unfurls)) as Record<string, { blocks: unknown[] }>;
    expect(Object.keys(unfurls)).toEqual([url]);
    const card = JSON.stringify(unfurls[url]?.blocks);
    const price = quotedPrice(catalog.byId.get('gpt-4.1-mini') as NonNullable<ReturnType<typeof catalog.byId.get>>, '2026-11-22');
    expect(card).toContain('GPT-4.1 mini');
    expect(card).toContain(perMillion(price.input));
    expect(card).toContain(perMillion(price.output));
    expect(limitViolations({ text: 'card', blocks: unfurls[url]?.blocks ?? [] })).toEqual([]);
  });
});

describe("the app's pane", () => {
  it('offers the suggested prompts when a thread starts', async () => {
    const res = await event(base, {
      type: 'assistant_thread_started',
      assistant_thread: { user_id: 'U1', channel_id: 'D1', thread_ts: '1700000200.000100', context: {} },
      event_ts: '1700000200.000200',
    });
    expect(res.status).toBe(200);
    const call = await fake.waitFor((r) => r.path === '/api/assistant.threads.setSuggestedPrompts');
    expect(call.body).toMatchObject({ channel_id: 'D1', thread_ts: '1700000200.000100' });
    const prompts = JSON.parse(String(call.body.prompts)) as { message: string }[];
    expect(prompts.map((p) => p.message)).toContain('cheapest for 50M tokens?');
  });

  it('answers a question in the pane in its thread, titled, with feedback buttons', async () => {
    const res = await event(base, {
      type: 'message',
      channel: 'D1',
      channel_type: 'im',
      user: 'U1',
      text: 'compare gpt-4.1-mini and grok-4.3',
      ts: '1700000200.000300',
      thread_ts: '1700000200.000100',
      event_ts: '1700000200.000300',
    });
    expect(res.status).toBe(200);
    const title = await fake.waitFor((r) => r.path === '/api/assistant.threads.setTitle');
    expect(title.body).toMatchObject({ channel_id: 'D1', thread_ts: '1700000200.000100', title: 'compare gpt-4.1-mini and grok-4.3' });
    const answer = await fake.waitFor(
      (r) => r.path === '/api/chat.postMessage' && r.body.thread_ts === '1700000200.000100' && String(r.body.text).startsWith('GPT-4.1 mini vs Grok 4.3'),
    );
    const blocks = answer.body.blocks as { type: string }[];
    expect(blocks.at(-1)?.type).toBe('context_actions');
    // Only the pane answered it: the DM listener left the thread to the pane.
    expect(fake.to('/api/chat.postMessage').filter((r) => r.body.thread_ts === '1700000200.000100' && String(r.body.text).startsWith('GPT-4.1 mini vs Grok 4.3'))).toHaveLength(1);
  });

  it('uploads the comparison’s cost chart into the thread as a PNG with alt text', async () => {
    const complete = await fake.waitFor((r) => r.path === '/api/files.completeUploadExternal');
    expect(complete.body).toMatchObject({ channel_id: 'D1', thread_ts: '1700000200.000100' });
    const [file] = JSON.parse(String(complete.body.files)) as { id: string; title: string }[];
    expect(file?.title).toBe('Monthly cost by volume');
    const asked = fake.to('/api/files.getUploadURLExternal')[0];
    expect(String(asked?.body.alt_text)).toMatch(/^Monthly cost by volume: GPT-4\.1 mini: 1M( \(yours\))? \$\d/);
    // The upload is a multipart form holding the file: find the PNG in it and read its width from the header.
    const body = fake.uploads.get(file?.id ?? '') ?? Buffer.alloc(0);
    const at = body.indexOf(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(body.readUInt32BE(at + 16)).toBeGreaterThanOrEqual(800);
  });

  it('stores a feedback click with the question', async () => {
    const res = await interaction(base, {
      type: 'block_actions',
      user: { id: 'U1', username: 'ada', team_id: 'T1' },
      container: { type: 'message', message_ts: '1700000200.000400', channel_id: 'D1', is_ephemeral: false },
      channel: { id: 'D1', name: 'directmessage' },
      message: { ts: '1700000200.000400', text: 'an answer' },
      trigger_id: '1337.42.trigger',
      actions: [{ type: 'feedback_buttons', action_id: 'answer_feedback', block_id: 'fb', value: 'down:compare gpt-4.1-mini and grok-4.3', action_ts: '1700000200.000500' }],
    });
    expect(res.status).toBe(200);
    await vi.waitFor(async () => expect(await store.feedback({ teamId: 'T1' })).toHaveLength(1), { timeout: 5000 });
    expect(await store.feedback({ teamId: 'T1' })).toEqual([
      { teamId: 'T1', channelId: 'D1', messageTs: '1700000200.000400', userId: 'U1', vote: 'down', question: 'compare gpt-4.1-mini and grok-4.3', recordedAt: NOW },
    ]);
  });
});
