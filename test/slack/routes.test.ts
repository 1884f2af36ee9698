// The routes give Bolt one listener per kind of request; each request must still reach the listener
// registered for its command, action id, callback id or event type, and only that one.
import { App, LogLevel, type Receiver } from '@slack/bolt';
import { describe, expect, it, vi } from 'vitest';
import { Routes } from '../../src/slack/routes.ts';

/** A Bolt app that never listens: requests are handed to it with processEvent, as its receiver would. */
function appWith(routes: Routes): App {
  const receiver: Receiver = { init: () => undefined, start: async () => undefined, stop: async () => undefined };
  const app = new App({ receiver, token: 'xoxb-test', tokenVerificationEnabled: false, botId: 'B1', botUserId: 'U0BOT', logLevel: LogLevel.ERROR });
  routes.mount(app);
  return app;
}

async function deliver(app: App, body: Record<string, unknown>) {
  const ack = vi.fn(async (_response?: unknown) => undefined);
  await app.processEvent({ body, ack });
  return ack;
}

const team = { id: 'T1' };
const user = { id: 'U1' };
const blockAction = (action_id: string) => ({
  type: 'block_actions',
  team,
  user,
  api_app_id: 'A1',
  token: 't',
  trigger_id: '1.2',
  container: { type: 'message' },
  actions: [{ type: 'button', action_id, block_id: 'b', action_ts: '1', value: 'v' }],
});
const viewPayload = (type: 'view_submission' | 'view_closed', callback_id: string) => ({
  type,
  team,
  user,
  api_app_id: 'A1',
  view: { id: 'V1', callback_id, type: 'modal', state: { values: {} }, hash: 'h' },
});
const event = (type: string) => ({
  type: 'event_callback',
  team_id: 'T1',
  api_app_id: 'A1',
  event_id: `Ev${type}`,
  event: { type, user: 'U1', channel: 'C1', ts: '1.0', text: 'hi', tab: 'home' },
});

describe('routes', () => {
  it('sends a button to the listener for its action id, exact or by pattern, and no other', async () => {
    const routes = new Routes();
    const calls: string[] = [];
    routes.action('share', async ({ ack, action }) => {
      calls.push(`share:${action.action_id}`);
      await ack();
    });
    routes.action(/^run_/, async ({ ack, action }) => {
      calls.push(`run:${action.action_id}`);
      await ack();
    });
    const app = appWith(routes);
    await deliver(app, blockAction('run_volume'));
    await deliver(app, blockAction('share'));
    expect(calls).toEqual(['run:run_volume', 'share:share']);
  });

  it('acknowledges a button, a select search or a modal nobody registered, so Slack shows no error', async () => {
    const routes = new Routes();
    routes.action('known', async ({ ack }) => ack());
    routes.options('known', async ({ ack }) => ack({ options: [] }));
    routes.view('known', async ({ ack }) => ack());
    const app = appWith(routes);
    expect((await deliver(app, blockAction('link_button'))).mock.calls).toEqual([[]]);
    const search = { type: 'block_suggestion', team, user, api_app_id: 'A1', action_id: 'other', block_id: 'b', value: 'gp', container: { type: 'view' } };
    expect((await deliver(app, search)).mock.calls).toEqual([[{ options: [] }]]);
    expect((await deliver(app, viewPayload('view_submission', 'other'))).mock.calls).toEqual([[]]);
  });

  it('gives a modal submission to its callback id and never a closed modal', async () => {
    const routes = new Routes();
    const submitted = vi.fn(async ({ ack }: { ack: () => Promise<void> }) => ack());
    routes.view('calculator', submitted);
    const app = appWith(routes);
    await deliver(app, viewPayload('view_closed', 'calculator'));
    expect(submitted).not.toHaveBeenCalled();
    await deliver(app, viewPayload('view_submission', 'calculator'));
    expect(submitted).toHaveBeenCalledTimes(1);
  });

  it('sends an event to the listener for its type; other types reach none', async () => {
    const routes = new Routes();
    const seen: string[] = [];
    routes.event('app_mention', async ({ event }) => void seen.push(event.type));
    routes.event('app_home_opened', async ({ event }) => void seen.push(event.type));
    const app = appWith(routes);
    await deliver(app, event('app_home_opened'));
    await deliver(app, event('reaction_added'));
    await deliver(app, event('app_mention'));
    expect(seen).toEqual(['app_home_opened', 'app_mention']);
  });

  it('sends a command to the listener for its name', async () => {
    const routes = new Routes();
    const seen: string[] = [];
    routes.command('/compare', async ({ ack, command }) => {
      seen.push(command.text);
      await ack();
    });
    const app = appWith(routes);
    const command = (name: string) => ({
      command: name,
      text: `${name} text`,
      team_id: 'T1',
      user_id: 'U1',
      channel_id: 'C1',
      response_url: 'https://hooks.slack.test/x',
      trigger_id: '1.2',
      api_app_id: 'A1',
    });
    const other = await deliver(app, command('/other'));
    await deliver(app, command('/compare'));
    expect(seen).toEqual(['/compare text']);
    expect(other).not.toHaveBeenCalled();
  });
});
