class Table {
    exact = new Map();
    patterns = [];
    add(key, listener) {
        if (typeof key === 'string')
            this.exact.set(key, listener);
        else
            this.patterns.push([key, listener]);
    }
    find(key) {
        return this.exact.get(key) ?? this.patterns.find(([pattern]) => pattern.test(key))?.[1];
    }
    get empty() {
        return this.exact.size === 0 && this.patterns.length === 0;
    }
}
export class Routes {
    commands = new Table();
    actions = new Table();
    suggestions = new Table();
    submissions = new Table();
    events = new Table();
    command(name, listener) {
        this.commands.add(name, listener);
    }
    action(actionId, listener) {
        this.actions.add(actionId, listener);
    }
    options(actionId, listener) {
        this.suggestions.add(actionId, listener);
    }
    view(callbackId, listener) {
        this.submissions.add(callbackId, listener);
    }
    event(type, listener) {
        this.events.add(type, listener);
    }
    mount(app) {
        const { commands, actions, suggestions, submissions, events } = this;
        if (!commands.empty) {
            app.command(/^/, async (args) => {
                await commands.find(args.command.command)?.(args);
            });
        }
        if (!actions.empty) {
            app.action({ type: 'block_actions' }, async (args) => {
                const listener = actions.find(args.action.action_id);
                await (listener ? listener(args) : args.ack());
            });
        }
        if (!suggestions.empty) {
            app.options({ type: 'block_suggestion' }, async (args) => {
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
//# sourceMappingURL=routes.js.map