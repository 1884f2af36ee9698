// The app in HTTP mode on loopback, spoken to as Slack speaks to it, against a fake Slack.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '@slack/bolt';
import { loadCatalog } from '../../src/load/catalog.ts';
import { createSlackApp, startSlackApp } from '../../src/slack/app.ts';
import { limitViolations } from '../../src/render/blocks/kit.ts';
import { FakeSlack, type Received } from './fake-slack.ts';
import { openPgliteStore } from '../../src/store/pglite.ts';
import type { Store } from '../../src/store/store.ts';
import { event, httpSettings, interaction, send, slashCommand } from './signed.ts';

const fake = new FakeSlack();
let fakeUrl = '';
let base = '';
let app: App;
let server: Server | undefined;
const logs: string[] = [];
let clockBroken = false;
let store: Store;

beforeAll(async () => {
  fakeUrl = await fake.start();
  const settings = httpSettings(fakeUrl);
  const logger = { debug: () => undefined, info: () => undefined, warn: (...m: unknown[]) => logs.push(m.join(' ')), error: (...m: unknown[]) => logs.push(m.join(' ')) };
  const now = () => {
    if (clockBroken) throw new Error('clock exploded');
    return new Date('2026-11-22T12:00:00Z');
  };
  store = await openPgliteStore();
  app = createSlackApp(settings, { catalog: loadCatalog(), now, logger, store });
  server = await startSlackApp(app, settings);
  base = `http://127.0.0.1:${(server?.address() as AddressInfo | undefined)?.port}`;
});

afterAll(async () => {
  await app?.stop();
  await store?.close();
  await fake.stop();
});

const responses = (id: string) => (r: Received) => r.path === `/response/${id}`;

/** Sends a slash command; the answer comes back in the acknowledgement's body. */
async function command(name: string, text: string, options: { id: string; user?: string }): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await slashCommand(base, fakeUrl, name, text, options);
  expect(res.status).toBe(200);
  return { status: res.status, body: JSON.parse(res.text) as Record<string, unknown> };
}
const allText = (r: { body: unknown }) => JSON.stringify(r.body);

const click = (id: string, action: Record<string, unknown>, ephemeral = true) =>
  interaction(base, {
    type: 'block_actions',
    user: { id: 'U1', username: 'ada', team_id: 'T1' },
    container: { type: 'message', message_ts: '1700000004.1', channel_id: 'C1', is_ephemeral: ephemeral },
    channel: { id: 'C1', name: 'ai-costs' },
    trigger_id: '1337.42.trigger',
    response_url: `${fakeUrl}/response/${id}`,
    actions: [{ type: 'button', block_id: 'b1', action_ts: '1700000004.2', ...action }],
  });

describe('slash commands', () => {
  it('answers /compare ephemerally in its acknowledgement, within Block Kit limits', async () => {
    const reply = await command('/compare', 'gpt-4.1-mini gpt-5.3-codex for 50M tokens', { id: 'c1' });
    const body = reply.body as { response_type: string; text: string; blocks: { type: string; text?: { text: string } }[] };
    expect(body.response_type).toBe('ephemeral');
    expect(body.blocks[0]).toMatchObject({ type: 'header', text: { text: 'GPT-4.1 mini vs GPT-5.3 Codex' } });
    expect(body.blocks.filter((b) => b.type === 'table')).toHaveLength(1);
    expect(body.text).toMatch(/^GPT-4\.1 mini vs GPT-5\.3 Codex at 50M tokens a month: GPT-4\.1 mini \$35\.00, GPT-5\.3 Codex \$/);
    expect(allText(reply)).toContain('Share in channel');
    expect(allText(reply)).toContain('Full comparison');
    expect(allText(reply)).toContain('$35.00');
    expect(JSON.stringify(body).length).toBeLessThan(4000);
    expect(limitViolations(body)).toEqual([]);
  });

  it('sends a repeated command the same answer, marked as JSON both times (Slack shows untyped bodies as text)', async () => {
    const first = await slashCommand(base, fakeUrl, '/compare', 'gpt-4.1 gpt-5.4 for 20M tokens', { id: 'rep1' });
    const again = await slashCommand(base, fakeUrl, '/compare', 'gpt-4.1 gpt-5.4 for 20M tokens', { id: 'rep2' });
    for (const res of [first, again]) {
      expect(res.status).toBe(200);
      expect(res.contentType).toMatch(/^application\/json/);
    }
    expect(again.text).toBe(first.text);
    expect(JSON.parse(first.text)).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^GPT-4\.1 vs GPT-5\.4/) });
  });

  it('answers /models cheapest 50M with a ranking', async () => {
    const reply = await command('/models', 'cheapest 50M with vision context ≥ 400k', { id: 'm1' });
    expect(reply.body.response_type).toBe('ephemeral');
    expect(allText(reply)).toContain('Cheapest for 50M tokens a month');
    expect(limitViolations(reply.body as { text: string; blocks: unknown[] })).toEqual([]);
  });

  it('offers did-you-mean buttons that run the corrected command for a misspelt model', async () => {
    // Two letters off: a suggestion, not a guess (one letter off in a comparison of two is read with a note).
    const reply = await command('/compare', 'gpt-4.1-mniii gpt-5.3-codex', { id: 'typo' });
    const blocks = reply.body.blocks as { type: string; elements?: { action_id: string; value: string }[] }[];
    const buttons = blocks.find((b) => b.type === 'actions')?.elements ?? [];
    expect(reply.body.response_type).toBe('ephemeral');
    expect(reply.body.text).toMatch(/No model is called “gpt-4\.1-mniii”\. Did you mean gpt-4\.1-mini/);
    expect(buttons[0]).toMatchObject({ action_id: 'run_command:retry:0', value: '/compare gpt-4.1-mini gpt-5.3-codex' });
  });

  it('answers an empty /compare with a short message showing the right form', async () => {
    const reply = await command('/compare', '', { id: 'empty' });
    expect(reply.body.response_type).toBe('ephemeral');
    expect(String(reply.body.text)).toMatch(/compare/i);
    expect(allText(reply)).toMatch(/needs at least 2 models/);
  });

  it('answers a command the app does not declare (a stale or foreign install) with the ones it has', async () => {
    const reply = await command('/modelz', 'cheapest 50M', { id: 'unknown-command' });
    expect(reply.body.response_type).toBe('ephemeral');
    expect(String(reply.body.text)).toBe('Model Scout answers /compare and /models; it has no /modelz command. Try /models help.');
  });

  it('never lets typed Slack markup ping anyone', async () => {
    const reply = await command('/models', '<!channel> <@U999> what is this &', { id: 'inject' });
    const text = allText(reply);
    expect(text).not.toContain('<!channel>');
    expect(text).not.toContain('<@U999>');
  });

  it('apologises with an error id when something breaks inside, logs it, and keeps serving', async () => {
    clockBroken = true;
    const reply = await command('/models', 'help', { id: 'boom' });
    clockBroken = false;
    const id = /error id ([0-9a-f]{8})/.exec(String(reply.body.text))?.[1];
    expect(id).toBeDefined();
    expect(logs.some((l) => l.includes(`[${id}]`) && l.includes('clock exploded'))).toBe(true);
    expect(allText(reply)).not.toContain('clock exploded');
    expect((await command('/models', 'help', { id: 'after' })).body.text).toMatch(/Model Scout knows \d+ models/);
  });
});

describe('signatures', () => {
  const postsSoFar = () => fake.received.length;

  it.each([
    ['unsigned', { signature: null }],
    ['forged', { signature: 'v0=0000000000000000000000000000000000000000000000000000000000000000' }],
    ['stale (6 minutes old)', { timestamp: Math.floor(Date.now() / 1000) - 360 }],
  ])('refuses a %s request with 401 and runs nothing', async (_name, options) => {
    const count = postsSoFar();
    const res = await slashCommand(base, fakeUrl, '/compare', 'gpt-4.1-mini gpt-5.3-codex', { ...options, id: 'forged' });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 150));
    expect(fake.received.length).toBe(count);
    expect(fake.to('/response/forged')).toHaveLength(0);
  });

  it("answers Slack's unsigned SSL check with 200 and lets nothing ride along with it", async () => {
    const count = postsSoFar();
    const check = await send(base, 'ssl_check=1&token=t', 'application/x-www-form-urlencoded', { signature: null });
    expect(check.status).toBe(200);
    const smuggled = new URLSearchParams({ ssl_check: '1', command: '/compare', text: 'gpt-4.1-mini gpt-5.3-codex', response_url: `${fakeUrl}/response/smuggled` }).toString();
    const res = await send(base, smuggled, 'application/x-www-form-urlencoded', { signature: null });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('gpt');
    await new Promise((r) => setTimeout(r, 150));
    expect(fake.received.length).toBe(count);
    expect(fake.to('/response/smuggled')).toHaveLength(0);
  });

  it.each(['/slack/./events', '/slack/x/../events', '/slack/events#x'])('refuses an unsigned command posted to %s (the endpoint spelt another way) with 401', async (path) => {
    const count = postsSoFar();
    const body = new URLSearchParams({
      command: '/compare',
      text: 'gpt-4.1-mini gpt-5.3-codex',
      team_id: 'T1',
      user_id: 'U1',
      channel_id: 'C1',
      response_url: `${fakeUrl}/response/spelt`,
    }).toString();
    const { port } = new URL(base);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(status).toBe(401);
    await new Promise((r) => setTimeout(r, 150));
    expect(fake.received.length).toBe(count);
    expect(fake.to('/response/spelt')).toHaveLength(0);
  });

  it('refuses an unsigned JSON event with 401', async () => {
    const res = await send(
      base,
      JSON.stringify({ type: 'event_callback', event_id: 'EvUNSIGNED', event: { type: 'app_mention', text: 'help', channel: 'C1' } }),
      'application/json',
      {
        signature: null,
      },
    );
    expect(res.status).toBe(401);
  });

  it('answers Slack URL verification', async () => {
    const res = await send(base, JSON.stringify({ type: 'url_verification', challenge: 'abc123', token: 't' }), 'application/json');
    expect(res.status).toBe(200);
    expect(res.text).toContain('abc123');
  });

  it('serves GET /healthz', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ ok: true });
  });
});

describe('events', () => {
  it('answers a mention in a thread', async () => {
    const res = await event(base, {
      type: 'app_mention',
      user: 'U1',
      text: '<@UBOT> cheapest for 50M tokens?',
      ts: '1700000001.000200',
      channel: 'C77',
      event_ts: '1700000001.000200',
    });
    expect(res.status).toBe(200);
    const post = await fake.waitFor((r) => r.path === '/api/chat.postMessage' && r.body.channel === 'C77');
    expect(post.body.thread_ts).toBe('1700000001.000200');
    expect(String(post.body.text)).toMatch(/^Cheapest for 50M tokens a month/);
  });

  it('answers a DM in a thread, and ignores plain channel messages and bot messages', async () => {
    await event(base, { type: 'message', channel_type: 'channel', user: 'U1', text: 'cheapest for 50M tokens?', ts: '1700000002.1', channel: 'C88' });
    await event(base, { type: 'message', channel_type: 'im', bot_id: 'B9', user: 'U9', text: 'hello', ts: '1700000002.2', channel: 'D99' });
    await event(base, { type: 'message', channel_type: 'im', user: 'U1', text: 'gpt-4.1 mini vs grok 4.3', ts: '1700000002.3', channel: 'D42' });
    const post = await fake.waitFor((r) => r.path === '/api/chat.postMessage' && r.body.channel === 'D42');
    expect(post.body.thread_ts).toBe('1700000002.3');
    expect(String(post.body.text)).toMatch(/^GPT-4\.1 mini vs Grok 4\.3/);
    expect(fake.received.filter((r) => r.body.channel === 'C88' || r.body.channel === 'D99')).toHaveLength(0);
  });

  it('follows up in a thread: "and for 100M tokens?" re-asks the question before it in that thread, not in another', async () => {
    await event(base, { type: 'message', channel_type: 'im', user: 'U1', text: 'how much is gpt-4.1 mini at 10M tokens', ts: '1700000003.1', channel: 'D51' });
    const first = await fake.waitFor((r) => r.path === '/api/chat.postMessage' && r.body.channel === 'D51');
    expect(String(first.body.text)).toMatch(/^GPT-4\.1 mini: \$7\.00 a month at 10M tokens/);
    await event(base, { type: 'message', channel_type: 'im', user: 'U1', text: 'and for 100M tokens?', ts: '1700000003.2', thread_ts: '1700000003.1', channel: 'D51' });
    const second = await fake.waitFor((r) => r.path === '/api/chat.postMessage' && r.body.channel === 'D51' && r.body.thread_ts === '1700000003.1' && r !== first);
    expect(String(second.body.text)).toMatch(/^GPT-4\.1 mini: \$70\.00 a month at 100M tokens/);
    // The DM's top level goes on from its own last question (the thread's follow-up stays in the thread).
    await event(base, { type: 'message', channel_type: 'im', user: 'U1', text: 'what about gpt-5 mini?', ts: '1700000003.5', channel: 'D51' });
    const third = await fake.waitFor((r) => r.path === '/api/chat.postMessage' && r.body.channel === 'D51' && r.body.thread_ts === '1700000003.5');
    expect(String(third.body.text)).toMatch(/^GPT-5 Mini: \$\S+ a month at 10M tokens/);
    // Another DM's thread has no question before it.
    await event(base, { type: 'message', channel_type: 'im', user: 'U2', text: 'and for 100M tokens?', ts: '1700000003.4', thread_ts: '1700000003.3', channel: 'D52' });
    const other = await fake.waitFor((r) => r.path === '/api/chat.postMessage' && r.body.channel === 'D52');
    expect(String(other.body.text)).not.toMatch(/GPT-4\.1 mini/);
  });

  it('publishes App Home when it is opened', async () => {
    await event(base, { type: 'app_home_opened', user: 'U5', channel: 'D5', tab: 'home', event_ts: '1700000003.1' });
    const publish = await fake.waitFor((r) => r.path === '/api/views.publish' && r.body.user_id === 'U5');
    const view = publish.body.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe('home');
    expect(JSON.stringify(view)).toMatch(/Prices last checked \d+ days ago/);
    expect(limitViolations({ blocks: view.blocks }, 'home')).toEqual([]);
  });
});

describe('interactivity', () => {
  it('"Share in channel" posts the same answer in the channel', async () => {
    await click('share', { action_id: 'share_in_channel', value: '/compare gpt-4.1-mini gpt-5.3-codex', text: { type: 'plain_text', text: 'Share in channel' } });
    const reply = await fake.waitFor(responses('share'));
    expect(reply.body.response_type).toBe('in_channel');
    expect(allText(reply)).toContain('Shared by <@U1>');
    expect(allText(reply)).not.toContain('Share in channel');
  });

  it('a volume button re-runs the comparison at that volume, replacing the ephemeral reply', async () => {
    await click('vol', { action_id: 'run_command:volume:100M', value: '/compare gpt-4.1-mini gpt-5.3-codex for 100M tokens' });
    const reply = await fake.waitFor(responses('vol'));
    expect(reply.body.replace_original).toBe(true);
    expect(allText(reply)).toContain('Monthly cost at 100M tokens');
  });

  it('"Cost calculator" opens a modal, and each change of an input updates it', async () => {
    await click('calc', { action_id: 'open_calculator:button', value: '/compare gpt-4.1-mini gpt-5.3-codex for 50M tokens' });
    const open = await fake.waitFor((r) => r.path === '/api/views.open');
    expect(open.body.trigger_id).toBe('1337.42.trigger');
    const view = open.body.view as { callback_id: string; private_metadata: string; blocks: unknown[] };
    expect(view.callback_id).toBe('cost_calculator');
    expect(JSON.stringify(view)).toContain('$35.00');
    expect(limitViolations({ blocks: view.blocks }, 'modal')).toEqual([]);

    const state = (volume: string) => ({
      values: {
        calc_volume: { calc_volume: { type: 'plain_text_input', value: volume } },
        calc_mix: { calc_mix: { type: 'plain_text_input', value: '1:1' } },
        calc_cached: { calc_cached: { type: 'plain_text_input', value: '0' } },
        calc_batch: { calc_batch: { type: 'checkboxes', selected_options: [] } },
      },
    });
    await interaction(base, {
      type: 'block_actions',
      user: { id: 'U1' },
      container: { type: 'view', view_id: 'V123' },
      trigger_id: '1337.43.trigger',
      view: { id: 'V123', hash: 'h1', type: 'modal', callback_id: 'cost_calculator', private_metadata: view.private_metadata, state: state('100M') },
      actions: [{ type: 'plain_text_input', action_id: 'calc_volume', block_id: 'calc_volume', value: '100M', action_ts: '1' }],
    });
    const update = await fake.waitFor((r) => r.path === '/api/views.update');
    expect(update.body.view_id).toBe('V123');
    expect(JSON.stringify(update.body.view)).toContain('$787.50');

    const res = await interaction(base, {
      type: 'view_submission',
      user: { id: 'U1' },
      view: { id: 'V123', hash: 'h2', type: 'modal', callback_id: 'cost_calculator', private_metadata: view.private_metadata, state: state('lots') },
    });
    expect(res.status).toBe(200);
    const ack = JSON.parse(res.text);
    expect(ack.response_action).toBe('errors');
    expect(ack.errors.calc_volume).toMatch(/Cannot read "lots" as a token volume/);
  });
});

describe('weekly digest subscriptions', () => {
  it("/models digest on subscribes the channel, in the user's Slack time zone by default", async () => {
    const reply = await command('/models', 'digest on friday 17:00', { id: 'sub1', user: 'U42' });
    expect(reply.body.response_type).toBe('ephemeral');
    expect(String(reply.body.text)).toMatch(/The weekly price digest is on for this channel: Fridays at 17:00 America\/Chicago/);
    expect(fake.received.some((r) => r.path === '/api/users.info' && r.body.user === 'U42')).toBe(true);
    expect(await store.subscriptions({ teamId: 'T1' })).toMatchObject([{ channelId: 'C1', weekday: 5, localTime: '17:00', timeZone: 'America/Chicago', createdBy: 'U42' }]);
  });

  it('refuses a bad weekday or zone with the valid forms', async () => {
    expect(String((await command('/models', 'digest on someday', { id: 'sub-bad' })).body.text)).toMatch(/expected a weekday \(monday … sunday\)/);
    expect(String((await command('/models', 'digest on monday Moon/Base', { id: 'sub-zone' })).body.text)).toMatch(/Unknown time zone “Moon\/Base”/);
  });

  it('previews a past week with its real changes', async () => {
    const reply = await command('/models', 'digest preview 2025-06-09..2025-06-16', { id: 'prev' });
    expect(allText(reply)).toContain('Model prices: Jun 9 – Jun 15, 2025');
    expect(allText(reply)).toContain('$10.00/1M → $2.00/1M');
  });

  it('shows the subscription in App Home, where it can be turned off', async () => {
    await event(base, { type: 'app_home_opened', user: 'U42', channel: 'D42', tab: 'home', event_ts: '1700000009.1' });
    const publish = await fake.waitFor((r) => r.path === '/api/views.publish' && r.body.user_id === 'U42');
    expect(JSON.stringify(publish.body.view)).toContain('<#C1> — Fridays at 17:00 America/Chicago');
    const count = fake.to('/api/views.publish').length;
    await interaction(base, {
      type: 'block_actions',
      user: { id: 'U42' },
      container: { type: 'view', view_id: 'VHOME' },
      trigger_id: '1.2.3',
      view: { id: 'VHOME', type: 'home' },
      actions: [{ type: 'button', action_id: 'digest_off', block_id: 'b', value: 'C1', action_ts: '1' }],
    });
    await fake.waitFor((r) => r.path === '/api/views.publish' && fake.to('/api/views.publish').length > count);
    expect(await store.subscriptions({ teamId: 'T1' })).toEqual([]);
  });
});

describe('workspace settings', () => {
  it('sets a default volume and mix that answers without their own then use', async () => {
    expect(String((await command('/models', 'settings volume 50M mix 70/30', { id: 'set1' })).body.text)).toBe(
      "This workspace's defaults are now 50M tokens a month at 7:3 input:output. Answers that give their own volume or mix still use theirs.",
    );
    const reply = await command('/models', 'cheapest', { id: 'set2' });
    expect(String(reply.body.text)).toMatch(/^Cheapest for 50M tokens a month/);
    expect(allText(reply)).toContain('7:3 input:output');
    // Shared in the channel, the answer is the one the sharer saw: the workspace's defaults, not the built-in ones.
    await click('share-settings', { action_id: 'share_in_channel', value: '/models cheapest', text: { type: 'plain_text', text: 'Share in channel' } });
    const shared = await fake.waitFor(responses('share-settings'));
    expect(String(shared.body.text)).toMatch(/^Cheapest for 50M tokens a month/);
    expect(String((await command('/models', 'settings mix lots', { id: 'set3' })).body.text)).toMatch(/^Cannot read “mix lots” as settings\. Volumes: 50M/);
    expect(String((await command('/models', 'settings reset', { id: 'set4' })).body.text)).toBe('Back to the defaults: 1M tokens a month at 3:1 input:output.');
  });
});
