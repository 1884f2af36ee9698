// Bolt runs every incoming request through the matchers of every registered listener, so each listener
// costs every request, slash commands included. The router collects the bot's handlers and gives Bolt
// one listener per kind of request (commands, actions, options, views, events), picking the handler
// itself: a command passes five matchers instead of fifteen.
import type {
  AllMiddlewareArgs,
  App,
  SlackAction,
  SlackActionMiddlewareArgs,
  SlackCommandMiddlewareArgs,
  SlackEventMiddlewareArgs,
  SlackOptionsMiddlewareArgs,
  SlackViewMiddlewareArgs,
} from '@slack/bolt';

type Key = string | RegExp;
type Handler<A> = (args: A & AllMiddlewareArgs) => Promise<void>;
interface Route {
  key: Key;
  handler: Handler<never>;
}

/** The bot only sends Block Kit, so its actions and option requests are named by action_id. */
const blockId = (payload: object) => ('action_id' in payload && typeof payload.action_id === 'string' ? payload.action_id : '');
const matches = (key: Key, name: string) => (typeof key === 'string' ? key === name : key.test(name));
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern matching exactly what any of the keys matches (a string key is a whole name). */
export function anyOf(keys: Key[]): RegExp {
  return new RegExp(keys.map((k) => (typeof k === 'string' ? `^${escapeRe(k)}$` : `(?:${k.source})`)).join('|'));
}

export class Listeners {
  private readonly routes = { command: [] as Route[], action: [] as Route[], options: [] as Route[], view: [] as Route[], event: [] as Route[] };

  command(key: Key, handler: Handler<SlackCommandMiddlewareArgs>): void {
    this.routes.command.push({ key, handler });
  }

  action<A extends SlackAction = SlackAction>(key: Key, handler: Handler<SlackActionMiddlewareArgs<A>>): void {
    this.routes.action.push({ key, handler });
  }

  options(key: Key, handler: Handler<SlackOptionsMiddlewareArgs<'block_suggestion'>>): void {
    this.routes.options.push({ key, handler });
  }

  view(key: Key, handler: Handler<SlackViewMiddlewareArgs>): void {
    this.routes.view.push({ key, handler });
  }

  event<E extends string>(type: E, handler: Handler<SlackEventMiddlewareArgs<E>>): void {
    this.routes.event.push({ key: type, handler });
  }

  /** Registers one Bolt listener per kind; each hands the request to the first route whose key matches. */
  install(app: App): void {
    const pick = (routes: Route[], name: string) => {
      const route = routes.find((r) => matches(r.key, name));
      // Unreachable: Bolt only calls the listener for names its pattern matched.
      if (!route) throw new Error(`no handler for ${name}`);
      return route.handler as Handler<unknown>;
    };
    const { command, action, options, view, event } = this.routes;
    if (command.length > 0) app.command(anyOf(command.map((r) => r.key)), (args) => pick(command, args.command.command)(args));
    if (action.length > 0) {
      app.action(anyOf(action.map((r) => r.key)), (args) => pick(action, blockId(args.action))(args));
    }
    if (options.length > 0) {
      app.options(anyOf(options.map((r) => r.key)), (args) => pick(options, blockId(args.options))(args));
    }
    if (view.length > 0) app.view(anyOf(view.map((r) => r.key)), (args) => pick(view, args.view.callback_id)(args));
    if (event.length > 0) app.event(anyOf(event.map((r) => r.key)), (args) => pick(event, args.event.type)(args));
  }
}
