// Listener-level tests in the style of Slack's starter templates: each registered callback is called
// with mocked ack/respond/say/client and must ack first, then answer.
import { describe, expect, it, vi } from 'vitest';
import { loadCatalog } from '../../src/load/catalog.ts';
import { registerActions } from '../../src/slack/listeners/actions.ts';
import { ACK_DEADLINE_MS, registerCommands } from '../../src/slack/listeners/commands.ts';
import { registerEvents, withoutMention } from '../../src/slack/listeners/events.ts';
import { registerViews } from '../../src/slack/listeners/views.ts';
import type { Listeners } from '../../src/slack/routes.ts';
import { defaultProfile } from '../../src/cost/profile.ts';
import { costAnswer } from '../../src/cost/quote.ts';
import { money } from '../../src/cost/format.ts';
import type { Ports as Bot } from '../../src/app/ports.ts';

type Handler = (args: Record<string, unknown>) => Promise<void>;

/** Records what a module registers, keyed the way Bolt matches it. */
class Registry {
  readonly handlers: { kind: string; key: string | RegExp; fn: Handler }[] = [];
  private add = (kind: string) => (key: string | RegExp, fn: Handler) => void this.handlers.push({ kind, key, fn });
  command = this.add('command');
  event = this.add('event');
  action = this.add('action');
  options = this.add('options');
  view = this.add('view');
  find(kind: string, name: string): Handler {
    const h = this.handlers.find((x) => x.kind === kind && (typeof x.key === 'string' ? x.key === name : x.key.test(name)));
    if (!h) throw new Error(`no ${kind} listener for ${name}`);
    return h.fn;
  }
}

const logs: string[] = [];
const bot: Bot = {
  catalog: loadCatalog(),
  now: () => new Date('2026-11-22T09:00:00Z'),
  logger: { debug: () => undefined, info: () => undefined, warn: () => undefined, error: (...m: unknown[]) => void logs.push(m.join(' ')) },
};
const registry = new Registry();
const app = registry as unknown as Listeners;
registerCommands(app, bot);
registerEvents(app, bot);
registerActions(app, bot);
registerViews(app, bot);

/** A mock that records the order of calls across ack/respond/say. */
function recorder() {
  const calls: string[] = [];
  const make = (name: string) => vi.fn(async (..._args: unknown[]) => void calls.push(name));
  return { calls, ack: make('ack'), respond: make('respond'), say: make('say') };
}

describe('commands', () => {
  it('/compare answers in its acknowledgement, ephemerally', async () => {
    const r = recorder();
    await registry.find('command', '/compare')({ command: { command: '/compare', text: 'gpt-4.1-mini gpt-5.3-codex' }, ack: r.ack, respond: r.respond });
    expect(r.calls).toEqual(['ack']);
    expect(r.ack.mock.calls[0]?.[0]).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^GPT-4\.1 mini vs GPT-5\.3 Codex/) });
  });

  it('computes every answer afresh: the same command twice acks equal replies, each a fresh object', async () => {
    const command = { command: '/compare', text: 'gpt-4.1 claude-sonnet-4-5 for 7M tokens', team_id: 'T1' };
    const first = recorder();
    await registry.find('command', '/compare')({ command, ack: first.ack, respond: first.respond });
    const second = recorder();
    await registry.find('command', '/compare')({ command, ack: second.ack, respond: second.respond });
    const body = first.ack.mock.calls[0]?.[0];
    expect(body).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^GPT-4\.1 vs Claude Sonnet 4\.5/), blocks: expect.any(Array) });
    expect(JSON.stringify(body)).toContain('Monthly cost at 7M tokens');
    expect(second.ack.mock.calls[0]?.[0]).toEqual(body);
    expect(second.ack.mock.calls[0]?.[0]).not.toBe(body);
  });

  it('/models help answers with what the bot can do', async () => {
    const r = recorder();
    await registry.find('command', '/models')({ command: { command: '/models', text: 'help' }, ack: r.ack, respond: r.respond });
    expect(r.ack.mock.calls[0]?.[0]).toMatchObject({ text: expect.stringMatching(/^Model Scout knows \d+ models/) });
  });

  it('/models with a bad volume explains the valid forms', async () => {
    const r = recorder();
    await registry.find('command', '/models')({ command: { command: '/models', text: 'cost gpt-4.1-mini -5M tokens' }, ack: r.ack, respond: r.respond });
    expect(JSON.stringify(r.ack.mock.calls[0]?.[0])).toMatch(/more than zero tokens.*Valid forms: 50M/);
  });

  it('acks empty within the deadline when an answer is slow, then answers at response_url', async () => {
    vi.useFakeTimers();
    try {
      const slowStore = { workspaceSettings: () => new Promise((resolve) => setTimeout(() => resolve(undefined), 5000)) } as unknown as Bot['store'];
      const local = new Registry();
      registerCommands(local as unknown as Listeners, { ...bot, store: slowStore });
      const r = recorder();
      const done = local.find(
        'command',
        '/models',
      )({ command: { command: '/models', text: 'help', team_id: 'T1', channel_id: 'C1', user_id: 'U1' }, ack: r.ack, respond: r.respond, client: {} });
      await vi.advanceTimersByTimeAsync(ACK_DEADLINE_MS);
      expect(r.calls).toEqual(['ack']);
      expect(r.ack.mock.calls[0]).toEqual([]);
      await vi.advanceTimersByTimeAsync(5000);
      await done;
      expect(r.calls).toEqual(['ack', 'respond']);
      expect(r.respond.mock.calls[0]?.[0]).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^Model Scout knows/) });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('events', () => {
  it('strips the leading mention', () => {
    expect(withoutMention('<@U0123ABC> cheapest for 50M tokens?')).toBe('cheapest for 50M tokens?');
    expect(withoutMention('<@U0123ABC|scout>: hi')).toBe('hi');
  });

  it('answers a mention in its thread', async () => {
    const r = recorder();
    await registry.find(
      'event',
      'app_mention',
    )({ event: { text: '<@UBOT> gpt-4.1 mini vs grok 4.3', ts: '1.2', thread_ts: '1.0', user: 'U1', channel: 'C1' }, say: r.say, context: { teamId: 'T1' } });
    expect(r.say.mock.calls[0]?.[0]).toMatchObject({ thread_ts: '1.0', text: expect.stringMatching(/^GPT-4\.1 mini vs Grok 4\.3/) });
  });

  it('ignores messages that are not a person writing in a DM', async () => {
    const r = recorder();
    const handler = registry.find('event', 'message');
    const context = { teamId: 'T1' };
    await handler({ event: { channel_type: 'channel', text: 'hi', ts: '1' }, say: r.say, context });
    await handler({ event: { channel_type: 'im', subtype: 'message_changed', text: 'hi', ts: '1' }, say: r.say, context });
    await handler({ event: { channel_type: 'im', bot_id: 'B1', text: 'hi', ts: '1' }, say: r.say, context });
    expect(r.say).not.toHaveBeenCalled();
    await handler({ event: { channel_type: 'im', text: 'hi', ts: '5.5', channel: 'D1', user: 'U1' }, say: r.say, context });
    expect(r.say).toHaveBeenCalledOnce();
  });
});

describe('actions and views', () => {
  it('a run_command button answers its value, replacing an ephemeral reply', async () => {
    const r = recorder();
    await registry.find(
      'action',
      'run_command:retry:0',
    )({
      ack: r.ack,
      respond: r.respond,
      action: { action_id: 'run_command:retry:0', value: '/models cost grok-4.3 for 1M tokens mix 7:3' },
      body: { container: { is_ephemeral: true }, team: { id: 'T1' }, channel: { id: 'C1' }, user: { id: 'U1' } },
    });
    expect(r.calls).toEqual(['ack', 'respond']);
    const grok = bot.catalog.byId.get('grok-4.3');
    if (!grok) throw new Error('grok-4.3 is not in the catalog');
    const quote = costAnswer(grok, { ...defaultProfile(1_000_000), mix: { input: 7, output: 3 } }, '2026-11-22');
    expect(r.respond.mock.calls[0]?.[0]).toMatchObject({ replace_original: true, text: expect.stringContaining(`${money(quote.monthlyUsd ?? Number.NaN)} a month`) });
  });

  it('/compare replies brief; its Full comparison button replaces it with every row, the switch details and every lane', async () => {
    const r = recorder();
    await registry.find('command', '/compare')({ command: { command: '/compare', text: 'gpt-4.1-mini gpt-5.3-codex' }, ack: r.ack, respond: r.respond });
    const brief = r.ack.mock.calls[0]?.[0] as unknown as { blocks: { type: string; elements?: { action_id: string; value: string }[] }[] };
    expect(JSON.stringify(brief).length).toBeLessThan(4000);
    const full = brief.blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'full_comparison');
    expect(full?.value).toMatch(/^\/compare gpt-4\.1-mini gpt-5\.3-codex/);
    const click = recorder();
    await registry.find(
      'action',
      'full_comparison',
    )({
      ack: click.ack,
      respond: click.respond,
      action: { action_id: 'full_comparison', value: full?.value },
      body: { container: { is_ephemeral: true }, team: { id: 'T1' }, channel: { id: 'C1' }, user: { id: 'U1' } },
    });
    expect(click.calls).toEqual(['ack', 'respond']);
    const answer = click.respond.mock.calls[0]?.[0] as unknown as { replace_original: boolean; blocks: unknown[] };
    expect(answer.replace_original).toBe(true);
    const shown = JSON.stringify(answer.blocks);
    expect(shown).toContain('Switching from GPT-4.1 mini to GPT-5.3 Codex');
    expect(shown).toContain('Monthly cost at 100M tokens');
    expect(shown).not.toContain('full_comparison');
  });

  it('the model select offers matching models', async () => {
    const ack = vi.fn(async () => undefined);
    await registry.find('options', 'add_model')({ ack, options: { value: 'sonnet' } });
    const options = (ack.mock.calls[0] as unknown as [{ options: { value: string }[] }])[0].options;
    expect(options.map((o) => o.value)).toContain('claude-sonnet-4-5');
    expect(options.length).toBeLessThanOrEqual(100);
  });

  it('adding a model re-runs the comparison with it', async () => {
    const r = recorder();
    await registry.find(
      'action',
      'add_model',
    )({
      ack: r.ack,
      respond: r.respond,
      action: { action_id: 'add_model', block_id: 'cmd:/compare gpt-4.1-mini gpt-5.3-codex for 10M tokens', selected_option: { value: 'grok-4.3' } },
      body: { container: { is_ephemeral: true }, user: { id: 'U1' }, team: { id: 'T1' } },
    });
    expect(r.respond.mock.calls[0]?.[0]).toMatchObject({ text: expect.stringMatching(/^GPT-4\.1 mini vs GPT-5\.3 Codex vs Grok 4\.3/) });
  });

  it('a calculator submission with a good volume closes the modal', async () => {
    const ack = vi.fn(async () => undefined);
    const state = { values: { calc_volume: { calc_volume: { value: '20M' } }, calc_mix: { calc_mix: { value: '3:1' } }, calc_cached: { calc_cached: { value: '0' } } } };
    await registry.find('view', 'cost_calculator')({ ack, view: { private_metadata: '/compare gpt-4.1-mini grok-4.3', state }, body: { user: { id: 'U1' }, team: { id: 'T1' } } });
    expect(ack).toHaveBeenCalledWith();
  });

  it.each(['1e400', '10^400', '-5M', 'lots'])('a calculator submission with the volume %s is acknowledged with an error on that field', async (volume) => {
    const ack = vi.fn(async (_response?: unknown) => undefined);
    const state = { values: { calc_volume: { calc_volume: { value: volume } }, calc_mix: { calc_mix: { value: '1e400:1' } }, calc_cached: { calc_cached: { value: '0' } } } };
    await registry.find('view', 'cost_calculator')({ ack, view: { private_metadata: '/compare gpt-4.1-mini grok-4.3', state }, body: { user: { id: 'U1' }, team: { id: 'T1' } } });
    expect(ack).toHaveBeenCalledOnce();
    const response = ack.mock.calls[0]?.[0] as { response_action: string; errors: Record<string, string> };
    expect(response.response_action).toBe('errors');
    expect(Object.keys(response.errors).sort()).toEqual(['calc_mix', 'calc_volume']);
    expect(response.errors.calc_volume).toMatch(/volume|workload|zero/i);
  });

  it('an internal failure is apologised for with an id and logged under it', async () => {
    const broken: Bot = {
      ...bot,
      now: () => {
        throw new Error('boom');
      },
    };
    const local = new Registry();
    registerCommands(local as unknown as Listeners, broken);
    const r = recorder();
    await local.find('command', '/models')({ command: { command: '/models', text: 'help' }, ack: r.ack, respond: r.respond });
    const text = String((r.ack.mock.calls[0]?.[0] as { text: string } | undefined)?.text);
    const id = /error id ([0-9a-f]{8})/.exec(text)?.[1];
    expect(id).toBeDefined();
    expect(logs.some((l) => l.includes(`[${id}]`))).toBe(true);
  });
});
