// Which listener answers which request. Bolt runs every registered listener's middleware chain for every
// request (each step a fresh spread of the request's arguments), so the bot gives Bolt one listener per
// kind of request (command, button, select options, modal submission, event), and that listener calls
// the one registered here for the request's command, action id, callback id or event type.
import type {
  App,
  BlockAction,
  Middleware,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
  SlackOptionsMiddlewareArgs,
  SlackViewMiddlewareArgs,
} from '@slack/bolt';

/** What the listener modules register: Bolt's own calls, narrowed to the forms the bot uses. */
export interface Listeners {
  command(name: string | RegExp, listener: Middleware<SlackCommandMiddlewareArgs>): void;
  // biome-ignore lint/suspicious/noExplicitAny: each listener names the block action it handles, as with Bolt's app.action
  action(actionId: string | RegExp, listener: Middleware<SlackActionMiddlewareArgs<BlockAction<any>>>): void;
  options(actionId: string | RegExp, listener: Middleware<SlackOptionsMiddlewareArgs<'block_suggestion'>>): void;
  view(callbackId: string | RegExp, listener: Middleware<SlackViewMiddlewareArgs>): void;
  event<E extends string>(type: E, listener: Middleware<SlackEventMiddlewareArgs<E>>): void;
}

/** Listeners of one kind by key: a name or an id, or a pattern tried in the order registered. */
class Table<L> {
  private readonly exact = new Map<string, L>();
  private readonly patterns: [RegExp, L][] = [];
  add(key: string | RegExp, listener: L): void {
    if (typeof key === 'string') this.exact.set(key, listener);
    else this.patterns.push([key, listener]);
  }
  find(key: string): L | undefined {
    return this.exact.get(key) ?? this.patterns.find(([pattern]) => pattern.test(key))?.[1];
  }
  get empty(): boolean {
    return this.exact.size === 0 && this.patterns.length === 0;
  }
}

export class Routes implements Listeners {
  private readonly commands = new Table<Middleware<SlackCommandMiddlewareArgs>>();
  private readonly actions = new Table<Middleware<SlackActionMiddlewareArgs<BlockAction>>>();
  private readonly suggestions = new Table<Middleware<SlackOptionsMiddlewareArgs<'block_suggestion'>>>();
  private readonly submissions = new Table<Middleware<SlackViewMiddlewareArgs>>();
  private readonly events = new Table<Middleware<SlackEventMiddlewareArgs>>();

  command(name: string | RegExp, listener: Middleware<SlackCommandMiddlewareArgs>): void {
    this.commands.add(name, listener);
  }
  action(actionId: string | RegExp, listener: Middleware<SlackActionMiddlewareArgs<BlockAction>>): void {
    this.actions.add(actionId, listener);
  }
  options(actionId: string | RegExp, listener: Middleware<SlackOptionsMiddlewareArgs<'block_suggestion'>>): void {
    this.suggestions.add(actionId, listener);
  }
  view(callbackId: string | RegExp, listener: Middleware<SlackViewMiddlewareArgs>): void {
    this.submissions.add(callbackId, listener);
  }
  event<E extends string>(type: E, listener: Middleware<SlackEventMiddlewareArgs<E>>): void {
    this.events.add(type, listener as unknown as Middleware<SlackEventMiddlewareArgs>);
  }

  /**
   * One Bolt listener per kind that has any. A button, select or modal nobody registered is still
   * acknowledged, so Slack shows no error for it (a link button sends an action too); a command nobody
   * registered gets no listener, as in Bolt.
   */
  mount(app: App): void {
    const { commands, actions, suggestions, submissions, events } = this;
    if (!commands.empty) {
      app.command(/^/, async (args) => {
        await commands.find(args.command.command)?.(args);
      });
    }
    if (!actions.empty) {
      app.action<BlockAction>({ type: 'block_actions' }, async (args) => {
        const listener = actions.find(args.action.action_id);
        await (listener ? listener(args) : args.ack());
      });
    }
    if (!suggestions.empty) {
      app.options<'block_suggestion'>({ type: 'block_suggestion' }, async (args) => {
        const listener = suggestions.find(args.payload.action_id);
        await (listener ? listener(args) : args.ack({ options: [] }));
      });
    }
    if (!submissions.empty) {
      app.view({ type: 'view_submission' }, async (args) => {
        const listener = submissions.find(args.view.callback_id);
        await (listener ? listener(args) : args.ack());
      });
    }
    if (!events.empty) {
      app.event(/^/, async (args) => {
        await events.find(args.event.type)?.(args);
      });
    }
  }
}
